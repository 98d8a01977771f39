"""Profile and search pages in a real headless browser (Debian's chromium via Selenium) against a real
server process: the key facts of the seed press release are visible, nothing is fetched from another
origin, and each page is saved as a screenshot in ``.data/screenshots/`` for a reviewer to open."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = ROOT / ".data" / "screenshots"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and Path(CHROMEDRIVER).exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
)

EVENT = "/id/event/alliance-against-trafficking-in-persons-18"
SPEAKERS = {
    "Madina Jarbussynova",
    "Monique Villa",
    "Vincenzo Amendola",
    "Paul Bekkers",
    "Ingibjörg Sólrún Gísladóttir",
    "John Brandolino",
    "Afshan Khan",
    "Vincent Cochetel",
    "Yannick Glemarec",
}
DOC = "/id/doc/2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1280,1000",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(arg)
    service = Service(executable_path=CHROMEDRIVER, log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def shoot(driver, name: str) -> Path:  # type: ignore[no-untyped-def]
    """The whole page as a PNG (the window stretched to the page's height for the shot)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(1000, int(height) + 40), 6000))
    path = SHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1000)
    assert path.stat().st_size > 10_000
    return path


def only_this_origin(driver, base: str) -> None:  # type: ignore[no-untyped-def]
    urls = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name);")
    assert all(u.startswith(base + "/") for u in urls), urls


def test_monique_villas_page(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/id/person/monique-villa")
    assert browser.find_element(By.ID, "label").text == "Monique Villa"
    assert (
        "Chief Executive Officer of the Thomson Reuters Foundation"
        in browser.find_element(By.ID, "lede").text
    )
    events = browser.find_element(By.ID, "events")
    row = next(
        r
        for r in events.find_elements(By.CSS_SELECTOR, "tbody tr")
        if "18th Conference of the Alliance against Trafficking in Persons" in r.text
    )
    assert "keynote" in row.text
    assert "The fight against slavery entails working together and combining forces" in row.text
    assert row.find_element(By.CSS_SELECTOR, "blockquote.quotation").is_displayed()
    # the ego network: drawn on the server, the eight other speakers among its nodes
    svg = browser.find_element(By.CSS_SELECTOR, "#network svg.ego")
    assert svg.is_displayed() and svg.size["width"] > 300
    names = {
        t.get_attribute("textContent") for t in svg.find_elements(By.CSS_SELECTOR, "g.node:not(.center) text")
    }
    assert SPEAKERS - {"Monique Villa"} <= names, names
    assert browser.find_element(By.CSS_SELECTOR, "#posts svg.timeline").is_displayed()
    assert not browser.find_element(By.ID, "outgoing").is_displayed()  # the raw statements start collapsed
    only_this_origin(browser, live_server)
    shoot(browser, "person-monique-villa")


def test_event_page(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + EVENT)
    assert (
        browser.find_element(By.ID, "label").text
        == "18th Conference of the Alliance against Trafficking in Persons"
    )
    assert "23–24 April 2018" in browser.find_element(By.ID, "lede").text
    assert "Vienna" in browser.find_element(By.ID, "lede").text
    assert (
        "351 participants from 57 participating States and 11 Partners for Co-operation"
        in browser.find_element(By.ID, "attendance").text
    )
    people = {
        r.find_element(By.TAG_NAME, "td").text
        for r in browser.find_elements(By.CSS_SELECTOR, "#speakers tbody tr")
    }
    assert SPEAKERS <= people
    only_this_origin(browser, live_server)
    shoot(browser, "event-alliance-18")


def test_state_page(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/id/state/ita")
    assert browser.find_element(By.ID, "label").text == "Italy"
    assert "2018" in browser.find_element(By.ID, "chairpersonship").text
    assert "Vincenzo Amendola" in browser.find_element(By.ID, "representatives").text
    shoot(browser, "state-italy")


def test_document_page_marks_mentions(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + DOC)
    text = browser.find_element(By.ID, "doc-text")
    person = text.find_element(By.CSS_SELECTOR, "a.ent-person[href$='/id/person/monique-villa']")
    assert person.text.startswith("Monique Villa") and person.is_displayed()
    assert person.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    dates = [m.text for m in text.find_elements(By.CSS_SELECTOR, ".ent-date")]
    assert any(d.startswith("24 April 2018") for d in dates), dates
    posts = [m.text for m in text.find_elements(By.CSS_SELECTOR, ".ent-post")]
    assert any(p.startswith("Chief Executive Officer of the Thomson Reuters Foundation") for p in posts)
    shoot(browser, "document-alliance-18")
    person.click()  # the marks are links to the nodes
    assert browser.find_element(By.ID, "label").text == "Monique Villa"


def test_search_from_the_header(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_server + "/id/state/fin")
    box = browser.find_element(By.CSS_SELECTOR, "header form.search input[name=q]")
    box.send_keys("gisladottir" + Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results li a"))
    first = browser.find_element(By.CSS_SELECTOR, "#results li a")
    assert first.text == "Ingibjörg Sólrún Gísladóttir"
    assert (
        "Director of the OSCE Office for Democratic Institutions and Human Rights"
        in browser.find_element(By.CSS_SELECTOR, "#results li").text
    )
    only_this_origin(browser, live_server)
    shoot(browser, "search-gisladottir")


def test_suggestions_as_you_type(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_server + "/id/state/fin")
    browser.find_element(By.CSS_SELECTOR, "header form.search input[name=q]").send_keys("monique vi")

    def options(driver) -> list[str]:  # type: ignore[no-untyped-def]
        found = driver.find_elements(By.CSS_SELECTOR, "#search-suggestions option")
        return [o.get_attribute("value") for o in found]

    WebDriverWait(browser, 20).until(lambda d: options(d))
    assert options(browser)[0] == "Monique Villa"
