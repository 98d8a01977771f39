"""Page parsing: every layout variant of the osce.org scrape, and every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract.layouts import parse_page, read_page
from graph.extract.page import PageError

MENU = "-\nOur work\n-\nFields of work\n- Arms control\n- Border management\n-\nCountries\n- All\n"
META = (
    "- Date:\n- 9 July 2015\n- Place:\n- Helsinki\n"
    "- Source:\n- OSCE Parliamentary Assembly, OSCE Secretariat\n"
    "- Fields of work:\n- Elections, Migration\n"
)
BODY = "HELSINKI, 9 July 2015 – The 24th Annual Session closed in Helsinki today.\nSecond paragraph.\n"


def page(header: str = "News", menu: str = MENU, meta: str = META, body: str = BODY) -> str:
    return f"{menu}{header}\nOSCE Parliamentary Assembly concludes session\n{meta}{body}"


def test_full_page_fields() -> None:
    p = parse_page(page(), "x.txt")
    assert p.kind == "news"
    assert p.title == "OSCE Parliamentary Assembly concludes session"
    assert p.date == "2015-07-09"
    assert p.place == "Helsinki"
    assert p.sources == ["OSCE Parliamentary Assembly", "OSCE Secretariat"]
    assert p.fields_of_work == ["Elections", "Migration"]
    assert p.dateline_city == "Helsinki"
    assert p.body.startswith("HELSINKI, 9 July 2015")
    assert page()[p.body_offset :].startswith("HELSINKI")


@pytest.mark.parametrize(
    "header,kind",
    [("Press release", "press release"), ("News", "news"), ("Press statement", "press statement")],
)
def test_header_kinds(header: str, kind: str) -> None:
    assert parse_page(page(header=header)).kind == kind


@pytest.mark.parametrize("menu", [MENU, "-\nOur work\n", ""])
def test_menu_full_short_or_absent(menu: str) -> None:
    p = parse_page(page(menu=menu))
    assert p.title == "OSCE Parliamentary Assembly concludes session"
    assert p.date == "2015-07-09"


def test_empty_metadata_takes_date_from_dateline() -> None:
    meta = "- Date:\n- Place:\n- Vienna\n- Source:\n- OSCE Chairpersonship\n- Fields of work:\n- Youth\n"
    p = parse_page(page(meta=meta, body="VIENNA, 24 April 2018 – Text of the body.\n"))
    assert p.date == "2018-04-24"
    assert p.place == "Vienna"


def test_no_date_anywhere_is_none() -> None:
    meta = "- Date:\n- Place:\n- Seoul\n- Source:\n- OSCE Chairmanship\n- Fields of work:\n"
    p = parse_page(page(meta=meta, body="An OSCE Conference opened in Seoul on 3 May 2010.\n"))
    assert p.date is None
    assert p.fields_of_work == []
    assert p.dateline_city is None


@pytest.mark.parametrize(
    "body,cities,date",
    [
        ("“Vienna, 24 April 2018 – OSCE text.\n", ["Vienna"], "2018-04-24"),
        ("VIENNA/PRAGUE, 3 May 2019 – Text.\n", ["Vienna", "Prague"], "2019-05-03"),
        ("CHISINAU/VIENNA, 27 February 2025 — Text.\n", ["Chisinau", "Vienna"], "2025-02-27"),
        ("TIRANA, 27 March 2007 - Today the Presence turns ten.\n", ["Tirana"], "2007-03-27"),
        ("BANJA LUKA, 2 June 2020 – Text.\n", ["Banja Luka"], "2020-06-02"),
    ],
)
def test_dateline_variants(body: str, cities: list[str], date: str) -> None:
    meta = "- Date:\n- Place:\n- Source:\n- Fields of work:\n"
    p = parse_page(page(meta=meta, body=body))
    assert p.dateline_cities == cities
    assert p.date == date


def test_metadata_value_on_key_line() -> None:
    meta = "- Date: 4 October 2011\n- Place: Warsaw\n- Source:\n- Fields of work:\n"
    p = parse_page(page(meta=meta))
    assert p.date == "2011-10-04"
    assert p.place == "Warsaw"


@pytest.mark.parametrize(
    "text,reason",
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("abc\x00def", "binary"),
        ("-\n- \n--- ...\n", "no letters"),
    ],
)
def test_refusals_name_file_and_reason(text: str, reason: str) -> None:
    with pytest.raises(PageError) as err:
        parse_page(text, "doc-17.txt")
    assert "doc-17.txt" in str(err.value)
    assert reason in err.value.reason


@pytest.mark.parametrize(
    "text,title",
    [
        (MENU + "Just some text\nwithout a header\n", "Just some text"),
        (MENU + "Press release\n", "Press release"),
        (MENU + "Press release\n- Date:\n- 1 May 2020\n", "Press release"),
        (MENU + "News\nA title\n" + META, "A title"),
    ],
)
def test_readable_text_without_the_scrape_parts_still_gives_a_page(text: str, title: str) -> None:
    """Only empty, binary or undecodable input is refused; a scrape missing its parts is plain text."""
    p = parse_page(text, "doc-17.txt")
    assert p.layout == "text"
    assert p.title == title
    assert p.body.strip()


def test_read_page_refuses_undecodable_and_binary(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(page().encode("utf-8") + "caf\u00e9".encode("latin-1"))
    with pytest.raises(PageError, match="UTF-8"):
        read_page(bad)
    nul = tmp_path / "nul.bin"
    nul.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(PageError, match="binary"):
        read_page(nul)
    with pytest.raises(PageError, match="cannot read"):
        read_page(tmp_path / "missing.txt")


def test_read_page_ok(tmp_path: Path) -> None:
    f = tmp_path / "ok.txt"
    f.write_text(page(header="Press release"), encoding="utf-8")
    p = read_page(f)
    assert p.kind == "press release"
    assert p.source == str(f)


def test_menu_entry_named_like_a_header_is_skipped() -> None:
    menu = "-\nOur work\nNews\n- Latest news\n- Press releases\n-\n"
    p = parse_page(page(header="Press release", menu=menu))
    assert p.kind == "press release"
    assert p.title == "OSCE Parliamentary Assembly concludes session"


def test_crlf_page() -> None:
    text = page().replace("\n", "\r\n")
    p = parse_page(text)
    assert p.title == "OSCE Parliamentary Assembly concludes session"
    assert p.date == "2015-07-09"
    assert text[p.body_offset :].startswith("HELSINKI")


@pytest.mark.parametrize(
    "text,title,date",
    [
        ("Short title\n\nVIENNA, 3 May 2019 – Ambassador Jane Roe opened the meeting of the Council today.\n",
         "Short title", "2019-05-03"),
        ("Site Name\nHome\nNews\nMinister meets OSCE envoy in the capital\n23.01.2020\n"
         "The Minister received the envoy of the OSCE in the capital for talks on the reform agenda.\n",
         "Minister meets OSCE envoy in the capital", "2020-01-23"),
        ("Talks open in Bishkek\n\nThe dek says more about the talks\n\nMarch 4, 2021\n\n"
         "BISHKEK (Wire) — Talks on the border opened in the capital of Kyrgyzstan on Thursday morning.\n",
         "Talks open in Bishkek", "2021-03-04"),
        ("Observers: Kyrgyz vote more competitive, yet short of commitments\n\nBISHKEK, 28 February 2005 — "
         "Voters in Kyrgyzstan had a wider choice in yesterday's elections than in earlier polls.\n",
         "Observers: Kyrgyz vote more competitive, yet short of commitments", "2005-02-28"),
        ("BISHKEK, Mar 4, 2021 (Wire) - Talks on the border opened in the capital of Kyrgyzstan today.\n",
         "BISHKEK, Mar 4, 2021 (Wire) - Talks on the border opened in the capital of Kyrgyzstan today.",
         "2021-03-04"),
    ],
)
def test_plain_text_title_and_date(text: str, title: str, date: str) -> None:
    """A short title above a dateline is a title; a dateline paragraph never is (unless it is all there
    is); the date comes from a date line near the title, else the dateline."""
    p = parse_page(text, "t.txt")
    assert p.layout == "text"
    assert (p.title, p.date) == (title, date)


def test_texts_past_the_bounds_are_refused_with_the_bound() -> None:
    from graph.extract.layouts import MAX_BODY_CHARS

    with pytest.raises(PageError, match="split the text"):
        parse_page("A title\n\n" + "word " * (MAX_BODY_CHARS // 5 + 10), "big.txt")


def test_a_roll_of_names_is_refused_by_the_extractor_in_bounded_time() -> None:
    from graph.extract import extract
    from graph.extract.people import MAX_NAME_MENTIONS, ExtractionLimit

    # with honorifics: each 'Mr.' is a full stop that ends no sentence (the splitter once looked back
    # over the whole line for each, quadratic in the line)
    roll = ", ".join(f"Mr. Anna{i} Berger{i}" for i in range(MAX_NAME_MENTIONS + 1))
    with pytest.raises(ExtractionLimit, match="name-like mentions"):
        extract(parse_page(f"Signatories\n\nVIENNA, 3 May 2019 – {roll} signed.", "roll.txt"))
