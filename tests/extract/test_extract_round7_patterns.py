"""Round 7 of the other-outlet rules (written on tests/extract/outlets_dev d13-d24): mastheads, slugs and
slashed dates of wire copy, statement headings, a news site's info line, and the closing day of a
meeting, each on invented text."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.dates import parse_date
from graph.extract.event_names import CLOSE_CUES
from graph.extract.layouts import parse_page
from graph.extract.page import date_line

_BODY = ("Ministers of the participating States met today to discuss the situation in the region and agreed "
         "to hold further talks in the spring.\n")


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def test_a_slashed_date_is_day_first_unless_the_text_names_the_other_reading_s_month() -> None:
    assert parse_date("07/04/2011") == "2011-04-07"
    assert parse_date("07/04/2011", "The talks ended here July 4 with a joint text.") == "2011-07-04"
    assert parse_date("07/04/2011", "The talks ended on 7 April with a joint text.") == "2011-04-07"
    assert parse_date("25/11/2003") == "2003-11-25"  # only one reading is a date
    assert parse_date("11/25/03") == "2003-11-25"  # two-digit years of wire copy
    assert parse_date("3/4/5") is None


def test_a_date_line_reads_slashed_dates_but_not_decision_numbers() -> None:
    assert date_line("09/10/98", context="a meeting held on September 10") == "1998-09-10"
    assert date_line("Date: 14/02/2020") == "2020-02-14"
    assert date_line("Decision No. 3/11 on the conflict cycle") is None


def test_an_outlet_s_masthead_over_a_date_line_is_not_the_headline() -> None:
    r = record("Freedonian Telegraph Agency\n\nWed, Mar 4 2015\n\nMinisters agree on new border talks\n\n"
               "Valletta (FTA) - " + _BODY)
    assert r["title"] == "Ministers agree on new border talks"
    assert r["date"] == "2015-03-04"


def test_a_rubric_with_a_yearless_date_is_chrome_under_a_masthead() -> None:
    r = record("FREEPRESS Freedonian News Agency\n\nSociety | 12 March\n\n"
               "Foreign Minister receives OSCE envoy\n\nORSK, MARCH 12, FREEPRESS. " + _BODY)
    assert r["title"] == "Foreign Minister receives OSCE envoy"
    assert r["date"] is None  # no year anywhere


def test_a_wire_s_parenthesised_slug_is_no_title_and_its_labelled_headline_is() -> None:
    r = record("OVERSEAS BULLETIN\nFREEDONIAN PRESS SERVICE\nORSK\n\n04/12/01\n"
               "TEXT: MINISTERIAL JOINT STATEMENT\n(Ministers agree on regional plan) (640)\n\n"
               "Bucharest -- The ministers closed their meeting here December 4 with a joint statement "
               "on the regional plan and further talks.\n")
    assert r["title"] == "TEXT: MINISTERIAL JOINT STATEMENT"
    assert r["date"] == "2001-12-04"  # month first: the text names 'December 4'


def test_a_statement_heading_naming_a_numbered_meeting_is_the_title() -> None:
    r = record("Delegation of Freedonia\nFreedonian Diplomatic Service Office at the Vienna Organisations\n\n"
               "Home > Delegation of Freedonia in Vienna > Statements\n\n"
               "Forum for Security Co-operation No. 987 Vienna, 9 March 2022\n\n"
               "Statement on the arms control agenda\n\n09.03.2022\nVienna\n"
               "Press team of the Delegation in Vienna\n\n1. Freedonia thanks the Chairperson for the report "
               "on the arms control agenda and supports the work of the Forum.\n")
    assert r["title"] == "Forum for Security Co-operation No. 987 Vienna, 9 March 2022"
    assert r["date"] == "2022-03-09"


def test_a_news_site_s_info_line_under_the_headline_dates_the_page() -> None:
    html = ("<html><head><title>Portal</title></head><body><div id='nav'><a href='/'>Home</a></div>"
            "<div id='content'><h1>Ministers end talks in Orsk</h1>"
            "<div class='info'>Freedonian Wire, March 6, 2019 &nbsp; <a href='#'>Font size</a></div>"
            "<div id='body'><p>ORSK, March 5 (FW) -- The two-day meeting of ministers wrapped up here "
            "on Tuesday with a joint statement on the regional plan and further talks in the spring.</p>"
            "<p>The ministers agreed to meet again next year in another city of the region.</p></div></div>"
            "</body></html>")
    r = record(html, "t.html")
    assert r["date"] == "2019-03-06"


def test_closing_a_chairmanship_or_a_year_is_not_closing_the_meeting() -> None:
    assert not CLOSE_CUES.search("the meeting, which closes the Freedonian Chairmanship, opened today")
    assert not CLOSE_CUES.search("the meeting informally closed Freedonia's year at the head of the body")
    assert CLOSE_CUES.search("the meeting closed today in Orsk")


def test_a_date_given_with_the_closing_of_a_multi_day_meeting_is_its_last_day() -> None:
    r = record("Leaders adopt declaration at OSCE Summit\n\n10/06/2004\n\nOrsk -- Heads of state of the "
               "participating States concluded their two-day OSCE Summit here October 6 with a declaration "
               "on security.\n")
    summit = next(e for e in r["events"] if "Summit" in e["name"])
    assert (summit["start"], summit["end"]) == ("2004-10-05", "2004-10-06")
