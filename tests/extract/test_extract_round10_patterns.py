"""Round 10 of the other-outlet rules (written on tests/extract/outlets_dev d01-d48): a meeting of two
people told by its verb ('X received Y', 'X met with Y', 'X will hold talks with Y') as an event with the
two people's roles, and a meeting first called by its kind and later by its name, each on invented
text."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract import extract
from graph.extract.layouts import parse_page


def record(text: str) -> dict[str, Any]:
    return extract(parse_page(text, "t.txt"))


def person(r: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(p for p in r["people"] if p["name"].endswith(surname))


READOUT = (
    "Ministry of Foreign Affairs of Examplia\n\nMinister meets the organisation's envoy\n\n"
    "12 March 2015\n\n"
    "EXAMPLETOWN - Foreign Minister Ana Novak {verb} OSCE Special Representative Boris Petek"
    " {when}, the ministry said.\n\n"
    "The two officials discussed the situation in the region and the work of the field operation.\n"
)


@pytest.mark.parametrize(("verb", "when", "name", "start", "host_roles", "guest_roles"), [
    ("received", "today", "Meeting of Ana Novak with Boris Petek", "2015-03-12",
     ["host", "meeting partner"], ["visitor"]),
    ("met with", "on Tuesday", "Meeting of Ana Novak with Boris Petek", "2015-03-10",
     ["meeting partner"], ["meeting partner"]),
    ("will hold talks with", "on Friday", "Talks of Ana Novak with Boris Petek", "2015-03-13",
     ["meeting partner"], ["meeting partner"]),
])
def test_a_meeting_told_by_its_verb_is_an_event_of_the_two(
        verb: str, when: str, name: str, start: str, host_roles: list[str], guest_roles: list[str]) -> None:
    r = record(READOUT.format(verb=verb, when=when))
    ev = next(e for e in r["events"] if e["name"] == name)
    assert ev["start"] == start
    assert person(r, "Novak")["roles"] == host_roles
    assert person(r, "Petek")["roles"] == guest_roles


@pytest.mark.parametrize("sentence", [
    # no person right after the verb: a letter, a delegation, a common noun between
    "Foreign Minister Ana Novak received a letter from Boris Petek today.",
    "Foreign Minister Ana Novak met representatives of civil society, and Boris Petek spoke later.",
    # the person before the verb is not its subject
    "Foreign Minister Ana Novak said that the delegation met Boris Petek today.",
])
def test_no_meeting_without_both_people_around_the_verb(sentence: str) -> None:
    r = record("Examplia news\n\nTitle of the item\n\n12 March 2015\n\n" + sentence + "\n")
    assert not [e for e in r["events"] if "Novak" in e["name"] and "Petek" in e["name"]]


def test_a_visit_report_keeps_the_receiver_a_meeting_partner() -> None:
    # where the text tells a visit, the corpus convention holds: whoever receives the visitor meets them
    r = record(
        "Examplia news\n\nEnvoy visits Examplia\n\n12 March 2015\n\n"
        "OSCE Special Representative Boris Petek visited Examplia today. "
        "Foreign Minister Ana Novak received Boris Petek in the capital.\n"
    )
    assert person(r, "Petek")["roles"] == ["visitor"]
    assert "host" not in person(r, "Novak")["roles"]
    # and the meetings of a visit are part of it, not events of their own (the held-out stories' events
    # went 0.909 -> 0.882 while encounters were read inside visits too)
    assert not [e for e in r["events"] if e["name"].startswith("Meeting of")]


def test_a_meeting_called_by_its_kind_and_later_by_its_name_is_one_event() -> None:
    r = record(
        "Wire service\n\nThu, Dec 8 2016\n\nMinister opens OSCE meeting in Hamburg\n\n"
        "Hamburg (Wire) - Foreign Minister Ana Novak urged the participating States on Thursday to "
        "keep their commitments, as a two-day ministerial meeting got under way in the port city.\n\n"
        '"Dialogue is more important than ever," Novak said in her opening statement.\n\n'
        "Around 50 foreign ministers are attending the annual Ministerial Council at the Hamburg trade "
        "fair grounds, which Examplia is hosting at the end of its year in the chair.\n"
    )
    councils = [e for e in r["events"] if "Ministerial Council" in e["name"]]
    assert len(councils) == 1
    assert (councils[0]["start"], councils[0]["end"]) == ("2016-12-08", "2016-12-09")
    assert not [e for e in r["events"] if e["name"] == "OSCE meeting in Hamburg"]
