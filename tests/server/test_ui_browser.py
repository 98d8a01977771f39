"""The query page at / driven in a real headless browser (Debian's chromium via Selenium + chromedriver)
against a real server process."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and Path(CHROMEDRIVER).exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,900",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    service = Service(executable_path=CHROMEDRIVER, log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver, condition, timeout: float = 30):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def result_rows(driver):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")


def test_typed_query_runs_and_links_iris_to_their_pages(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    keywords = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#highlight .tok-keyword")]
    assert "SELECT" in keywords and "WHERE" in keywords  # the editor is highlighted
    editor = browser.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys(
        "PREFIX osce: <https://w3id.org/osce-kg/def#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?state ?name WHERE { ?state a osce:ParticipatingState ; skos:prefLabel ?name }\n"
        "ORDER BY ?name")
    assert "PREFIX" in [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#highlight .tok-keyword")]
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(result_rows(d)) > 0)
    rows = result_rows(browser)
    assert len(rows) == 57
    assert browser.find_element(By.ID, "status").text.startswith("57 rows")
    finland = [r for r in rows if "Finland" in r.text]
    assert len(finland) == 1
    link = finland[0].find_element(By.TAG_NAME, "a")
    assert link.get_attribute("href") == live_server + "/id/state/fin"
    formats = [a.get_attribute("data-format") for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")]
    assert formats == ["json", "xml", "csv", "tsv"]
    # nothing was fetched from anywhere but this server (no CDN)
    origins = browser.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });")
    assert origins and all(u.startswith(live_server + "/") for u in origins), origins
    link.click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "label"))
    assert browser.find_element(By.ID, "label").text == "Finland"


def test_stored_query_with_a_parameter_and_its_download(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(live_server + "/")
    Select(browser.find_element(By.ID, "stored")).select_by_value("chairpersonship")
    assert "osce:Chairpersonship" in browser.find_element(By.ID, "editor").get_attribute("value")
    year = browser.find_element(By.CSS_SELECTOR, "input[data-param=year]")
    assert year.get_attribute("value") == "2025"  # the default from the query's header
    year.clear()
    year.send_keys("2018")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(result_rows(d)) > 0)
    assert "Italy" in browser.find_element(By.ID, "results").text
    csv_link = browser.find_element(By.CSS_SELECTOR, "#downloads a[data-format=csv]").get_attribute("href")
    assert "year=2018" in csv_link
    r = requests.get(csv_link, timeout=30)
    assert r.headers["Content-Type"].startswith("text/csv")
    assert any("Italy" in row for row in csv.reader(io.StringIO(r.text)))


def test_a_malformed_query_shows_the_servers_message_inline(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    editor = browser.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys("SELECT * WHERE { ?s ?p }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "error").is_displayed())
    message = browser.find_element(By.ID, "error").text
    assert "line 1" in message or "1:25" in message, message
    assert browser.find_element(By.ID, "status").text.startswith("Error 400")
    assert result_rows(browser) == []


def test_a_construct_query_shows_triples_and_offers_rdf_downloads(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    editor = browser.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "CONSTRUCT { ?s skos:prefLabel ?l } WHERE { BIND(<https://w3id.org/osce-kg/id/state/fin> AS ?s)"
        " ?s skos:prefLabel ?l }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(result_rows(d)) > 0)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results thead th")]
    assert headers == ["subject", "predicate", "object"]
    cells = [td.text for td in result_rows(browser)[0].find_elements(By.TAG_NAME, "td")]
    assert cells == ["https://w3id.org/osce-kg/id/state/fin", "http://www.w3.org/2004/02/skos/core#prefLabel",
                     "Finland@en"]
    formats = [a.get_attribute("data-format") for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")]
    assert formats == ["turtle", "nt", "jsonld", "rdfxml"]
    turtle = requests.get(browser.find_element(By.CSS_SELECTOR, "#downloads a[data-format=turtle]")
                          .get_attribute("href"), timeout=30)
    assert turtle.headers["Content-Type"].startswith("text/turtle") and "Finland" in turtle.text


def test_results_are_text_never_markup(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    editor = browser.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys('SELECT ?x ?link WHERE { BIND("<img src=x onerror=window.__xss=1>" AS ?x)'
                     " BIND(IRI(\"javascript:window.__xss=2\") AS ?link) }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(result_rows(d)) > 0)
    cells = result_rows(browser)[0].find_elements(By.TAG_NAME, "td")
    assert cells[0].text == "<img src=x onerror=window.__xss=1>"
    assert browser.find_elements(By.CSS_SELECTOR, "#results img") == []
    assert cells[1].find_elements(By.TAG_NAME, "a") == []  # a javascript: IRI is shown, not linked
    assert cells[1].text == "javascript:window.__xss=2"
    assert browser.execute_script("return window.__xss === undefined;")
