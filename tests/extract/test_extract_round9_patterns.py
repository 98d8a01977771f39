"""Round 9 of the other-outlet rules (written on tests/extract/outlets_dev d37-d48): date lines naming the
month in the outlet's own language (CLDR's names through babel) and a headline above its page's tools,
each on invented text."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.dates import month_number, parse_date
from graph.extract.layouts import parse_page
from graph.extract.page import date_line


@pytest.mark.parametrize(("line", "iso"), [
    ("9 октября 2019, 18:24", "2019-10-09"),
    ("Среда, 9 октября 2019", "2019-10-09"),
    ("2 décembre 2021", "2021-12-02"),
    ("14. März 2011", "2011-03-14"),
    ("5 déc. 2020", "2020-12-05"),
    ("12 Ιανουαρίου 2020", "2020-01-12"),
    ("3 września 2018", "2018-09-03"),
    ("October 6, 2017", "2017-10-06"),
])
def test_date_line_in_other_languages(line: str, iso: str) -> None:
    assert date_line(line) == iso


def test_month_names_keep_english_and_leave_out_ambiguous_ones() -> None:
    assert month_number("Sept.") == 9 and month_number("октября") == 10
    assert month_number("listopad") is None  # Croatian October, Polish and Czech November
    assert date_line("may 5 2019") is None and parse_date("5 jun 2019") == "2019-06-05"


def test_foreign_date_line_is_chrome_not_title() -> None:
    text = ("ЭКТА | EXTA - Example Telegraph Agency\nСреда, 9 октября 2019 | Exampletown +7°C | USD 2.06\n\n"
            "News | Politics | Economics | Society | Regions\n\nPolitics\n9 октября 2019, 18:24\n\n"
            "Envoy: the talks in the east remain very important\n\n"
            "EXAMPLETOWN, 9 October (EXTA) - The talks remain very important, the Secretary General told "
            "reporters on Wednesday.\n")
    r = extract(parse_page(text, "t.txt"))
    assert r["title"] == "Envoy: the talks in the east remain very important"
    assert r["date"] == "2019-10-09"


def test_headline_over_share_tools_and_date() -> None:
    text = ("Example Diplomacy - Ministry for Examples and Foreign Affairs\nFR | EN | ES | DE\n\n"
            "Home > Foreign policy > Europe > News\n\n"
            "Minister attending the Ministerial Council of the organisation in the capital "
            "(Example, 2 December)\n\n"
            "Partager | Imprimer\n2 décembre 2021\n\n"
            "The Minister is taking part today in the meeting of the foreign ministers of the "
            "organisation.\n")
    r = extract(parse_page(text, "t.txt"))
    assert r["title"].startswith("Minister attending the Ministerial Council")
    assert r["date"] == "2021-12-02"
