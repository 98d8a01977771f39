"""Event and role rules for texts by other outlets (written on tests/extract/outlets_dev), each on invented
text: numbered sessions and rounds, meetings of standing OSCE bodies a text says were addressed, votes
named by what is elected, run-offs, a mission's first day, and the chairs and delegations of talks."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.layouts import parse_page


def record(text: str) -> dict[str, Any]:
    return extract(parse_page(text, "t.txt"))


def events(text: str) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in record(text)["events"]}


def council_meeting(text: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The one meeting of the Permanent Council the text gives, and all its events."""
    evs = events(text)
    pc = [e for e in evs.values() if e["series"] == "Plenary meetings of the Permanent Council"]
    assert len(pc) == 1, evs
    return pc[0], evs


def test_the_ordinal_of_a_session_before_a_named_meeting_is_its_edition_and_the_headline_meeting() -> None:
    evs = events(
        "Delegates open Ruritania meeting on water\n\nVALDORIA, Ruritania, May 3 (Wire) - Ministers of the "
        "organisation gathered in this river town on Tuesday for talks on shared rivers.\n\n"
        "Opening the meeting, the host minister said cooperation was needed.\n\n"
        "The meeting is the ninth session of the OSCE Ministerial Council and ends the year.\n"
    )
    mc = [e for e in evs.values() if e["series"] == "Ministerial Council meetings"]
    assert len(mc) == 1 and mc[0]["edition"] == 9
    assert not any(name.startswith("Ruritania meeting") for name in evs)


def test_a_numbered_round_of_named_talks_has_its_series_and_the_next_round_is_an_event() -> None:
    evs = events(
        "Statement on the talks\n\nThe 14th round of the Geneva Valdoria Discussions was held on "
        "2 and 3 April 2021 in Geneva. The sides discussed the return of displaced persons.\n\n"
        "The Discussions were set up under the 4 May 2009 Peace Accord between the sides.\n\n"
        "The participants agreed to hold the next round in July 2021.\n"
    )
    assert evs["14th round of the Geneva Valdoria Discussions"]["edition"] == 14
    assert evs["14th round of the Geneva Valdoria Discussions"]["series"] == "Geneva Valdoria Discussions"
    nxt = evs["Next round of the Geneva Valdoria Discussions"]
    assert nxt["start"] == "2021-07" and nxt["series"] == "Geneva Valdoria Discussions"
    assert not any(e["start"] == "2009-05-04" for e in evs.values())  # the accord's date names the accord


def test_a_report_presented_to_the_permanent_council_is_a_dated_meeting_of_it() -> None:
    pc, _ = council_meeting(
        "Watchdog leaves office\n\nApril 14, 2011\n\n(Radio) -- The envoy steps down today.\n\n"
        "She used her annual report, presented last week to the OSCE Permanent Council in Vienna, to "
        "criticise pressure on reporters.\n"
    )
    assert pc["start"] == "2011-04" and "annual report" in pc["name"]


def test_travelling_to_present_a_programme_to_the_council_is_its_meeting_not_a_visit() -> None:
    pc, evs = council_meeting(
        "Chair presents priorities\n\n03.02.2022 - Press release\n\nForeign Minister Anna Varga travelled "
        "to Vienna today (3 February) to present the priorities of the Chairmanship to the OSCE Permanent "
        "Council.\n"
    )
    assert pc["start"] == "2022-02-03"
    assert not any(name.startswith("Visit") for name in evs)


def test_a_vote_named_by_what_is_elected_and_a_possible_runoff_with_the_day_set_for_it() -> None:
    evs = events(
        "Observers at work ahead of polls\n\nAuthor Name | 02.03.2024\n\nLISBON (Wire) - Observers of the "
        "OSCE Election Observation Mission are at work across Portugal, the head of the mission said.\n\n"
        "The core team and the long-term observers started work on February 10, according to the mission.\n\n"
        "On March 24, Portugal will elect a president and 230 members of parliament. The election board has "
        "set April 7 for a possible presidential runoff.\n"
    )
    vote = evs["Presidential and parliamentary elections in Portugal"]
    assert vote["start"] == "2024-03-24"
    assert evs["Possible presidential runoff in Portugal"]["start"] == "2024-04-07"
    mission = next(e for n, e in evs.items() if "Observation Mission" in n)
    assert mission["start"] == "2024-02-10"


def test_the_co_chairs_of_talks_host_them_and_a_delegation_takes_part() -> None:
    r = record(
        "Statement on the talks\n\nThe fifth round of the Geneva Valdoria Discussions was held on "
        "2 April 2021 in Geneva. The delegation was led by Deputy Minister Petra Lind.\n\n"
        "At this round the co-chairs were the UN envoy, Karl Moser, and the OSCE envoy, Ida Berg.\n\n"
        "Otto Rask, a regional governor, was among the members of the delegation.\n"
    )
    roles = {p["name"]: p["roles"] for p in r["people"]}
    assert "host" in roles["Karl Moser"] and "host" in roles["Ida Berg"]
    assert "participant" in roles["Petra Lind"] and "participant" in roles["Otto Rask"]
