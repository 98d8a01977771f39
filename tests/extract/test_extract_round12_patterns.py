"""Round 12 of the other-outlet rules (events, written on tests/extract/outlets_dev d49-d60): the
foreign ministers' annual meeting told by its verb, an edition given by a sentence saying what the
meeting was, the organisation's Permanent Council addressed on a weekday, and the meeting a release is
about held on the release's day, each on invented text. Layout reading on d61-d72 is at the end."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.event_names import Event
from graph.extract.events import _body_addressed, _lead_today
from graph.extract.layouts import parse_page
from graph.extract.page import date_line
from graph.extract.sentences import split_sentences


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def test_the_ministers_annual_meeting_by_its_verb_with_its_days_and_edition() -> None:
    r = record(
        "Wire Archives\n\nDec. 3, 1998\n\nMinisters see little progress\n\n"
        "EXAMPLETOWN, Dec. 3 (Wire) -- Foreign ministers of the Organization for Security and Cooperation "
        "in Europe ended their two-day annual meeting in the capital Thursday with little to show.\n\n"
        "The gathering was the organization's seventh annual ministerial council meeting.\n"
    )
    council = next(e for e in r["events"] if "Ministerial Council" in e["name"])
    assert (council["start"], council["end"], council["edition"]) == ("1998-12-02", "1998-12-03", 7)


def test_the_organisations_permanent_council_addressed_on_a_weekday() -> None:
    body = ("Writer Boris Petek told the participating States on Thursday that he would judge all of them by "
            "the same yardstick, as he addressed the organisation's Permanent Council in Vienna.")
    found: list[Event] = []
    _body_addressed(split_sentences(body), "2004-03-12", found)
    assert [(e.name, e.start) for e in found] == [("Meeting of the OSCE Permanent Council", "2004-03-11")]


def test_the_meeting_a_release_is_about_is_held_on_its_day_when_the_lead_says_today() -> None:
    body = ("Mr. Boris Petek, Minister of Foreign Affairs of Examplia, today received in the capital the "
            "Co-Chairs of the Minsk Group.\n\nThe meeting was part of the preparations for a visit.")
    sents = split_sentences(body)
    meeting = Event("Meeting of the Minister with the Co-Chairs", sentence=sents[1])
    _lead_today([meeting], sents, "1999-09-09")
    assert (meeting.start, meeting.end) == ("1999-09-09", "1999-09-09")
    # a lead that announces the meeting dates nothing: 'will today receive' is no report of it
    later = Event("Meeting of the Minister with the Co-Chairs", sentence=sents[1])
    _lead_today([later], split_sentences(body.replace("today received", "will receive today")), "1999-09-09")
    assert later.start is None


# layout reading on d61-d72 (after their unseen figure, 0.689, was taken)

def test_an_english_month_in_lower_case_and_an_archives_date_are_dates() -> None:
    assert date_line("9 july 2017") == "2017-07-09"
    assert date_line("Thu Sep 4 15:46:53 2003") == "2003-09-04"


def test_a_breadcrumb_trail_ends_with_the_title_below_a_caption() -> None:
    page = parse_page(
        "Example Mission to the Organization\nHome | About Us | Statements | Fact Sheets\n\n"
        "Home > Statements > Joint statement on the report of the Head of the Mission\n\n"
        "Ambassador Ana Novak, Permanent Representative of Examplia. (Mission/ Kowal)\n\n"
        "Joint statement on the report of the Head of the Mission\n\n"
        "As delivered by the Permanent Representative of Examplia Ambassador Ana Novak\n"
        "to the Permanent Council, Vienna\nThursday 5 March 2020\n\nMr. Chairperson,\n\n"
        "We appreciate the work carried out by the Mission in the past year and thank its Head.\n",
        "t.txt")
    assert page.title == "Joint statement on the report of the Head of the Mission"
    assert page.date is None  # the day it was delivered is the meeting's, not the page's


def test_a_run_off_is_named_by_the_states_whole_name() -> None:
    # regression: 'in North Macedonia' named the run-off 'Run-off elections in North'
    r = record("Example Daily\n\nObservers: vote was competitive\n\n9 May 2024\n\n"
               "The parliamentary elections and the second round of the presidential election in North "
               "Macedonia were competitive, the international observers said on Thursday.\n")
    names = [e["name"] for e in r["events"]]
    assert "Run-off elections in North" not in names
    assert any(n.endswith("in North Macedonia") for n in names if n.startswith("Run-off"))


def test_a_conference_called_by_its_city_and_named_in_a_caption_is_one_event() -> None:
    # round 14 (on d61-d72): 'wrapped up a two-day conference in Tokyo on Tuesday' and the caption's
    # 'the OSCE-Japan Conference in Tokyo': one conference, named and dated; no date in its name
    r = record(
        "Example News\n\nOSCE, Asian partners seek 'safer world' at Tokyo conference\n\nJune 17, 2014\n\n"
        "Representatives of the participating States of the Organization for Security and Cooperation "
        "in Europe and of its Asian partners wrapped up a two-day conference in Tokyo on Tuesday, "
        "calling for closer co-operation.\n\n"
        "Foreign Minister Ana Novak addresses the opening session of the OSCE-Japan Conference in "
        "Tokyo on Monday. (Photo: Example News)\n")
    confs = [e for e in r["events"] if "onference" in e["name"]]
    assert [(e["name"], e["start"], e["end"]) for e in confs] == [
        ("OSCE-Japan Conference", "2014-06-16", "2014-06-17")]
