"""Round 8b of the other-outlet rules (written on tests/extract/outlets_dev d25-d36): institutions' names and
section lines above the headline, dotted-day dates, a meeting's days under a statement's title, a newcomer's
post, and organisations named by the sentence rather than the post, each on invented text."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract import extract
from graph.extract.layouts import parse_page
from graph.extract.page import date_line, meeting_days_line


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def person(r: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(p for p in r["people"] if p["name"].endswith(surname))


@pytest.mark.parametrize(("text", "title", "date"), [
    # an institution's name over its site's section line
    ("Government of the Republic of Examplia\nNews | Press releases\n\n"
     "Premier welcomes minorities envoy in the capital\n\n03.05.2011.\n\n"
     "EXAMPLETOWN, May 3 (Wire) - Prime Minister Ana Novak on Tuesday received the envoy "
     "of the organisation, who praised the progress made.\n",
     "Premier welcomes minorities envoy in the capital", "2011-05-03"),
    # a ministry in capitals under the State's name
    ("REPUBLIC OF EXAMPLIA\nMINISTRY OF FOREIGN AFFAIRS\nPress service / Statements\n\n"
     "Novak: We share the same goals with the Mission\n\n7. Mar 2019.\n\n"
     "Minister of Foreign Affairs Ana Novak had a meeting today with the new head of the "
     "field operation in the country.\n",
     "Novak: We share the same goals with the Mission", "2019-03-07"),
    # an academy's name over its menu
    ("EXA - Example Governance Academy\nHome | About | Media | Contact\n\nNews\n\n"
     "Academy moderates panel at security forum\n\n"
     "The concluding meeting of the forum was held in the capital and brought together many "
     "delegations, along with international organizations.\n",
     "Academy moderates panel at security forum", None),
])
def test_an_institutions_name_over_its_site_lines_is_no_title(
        text: str, title: str, date: str | None) -> None:
    page = parse_page(text, "t.txt")
    assert page.title == title
    if date is not None:
        assert page.date == date


def test_a_dotted_day_is_read() -> None:
    assert date_line("25. Jan 2021.") == "2021-01-25"
    assert date_line("4. September 2019") == "2019-09-04"


def test_a_meetings_days_under_a_statements_title_are_no_publication_date() -> None:
    assert meeting_days_line("14-15 September 2023, Prague")
    assert not meeting_days_line("15 September 2023")
    page = parse_page("Delegation of Examplia to the OSCE\nHome > Statements > Statements 2023\n\n"
                      "Closing Statement at the 2023 Example Forum\n\n3-4 October 2023, Vienna\n\n"
                      "The delegation wishes to thank the Chairpersonship and the host country for this "
                      "meeting and all participants for their contributions.\n", "t.txt")
    assert page.title == "Closing Statement at the 2023 Example Forum"
    assert page.date is None


def test_a_newcomers_post_is_the_one_he_took_up() -> None:
    r = record("Minister meets new head of mission\n\nEXAMPLETOWN, 2 June 2020 - Minister of Foreign Affairs "
               "Ana Novak met Piet Larsen, who has just taken up his post as Head of the OSCE Mission to "
               "Serbia, and wished him success.\n")
    assert person(r, "Larsen")["post"] == "Head of the OSCE Mission to Serbia"
    assert person(r, "Larsen")["organisation"] == "OSCE Mission to Serbia"


def test_the_organisations_secretary_general_is_the_secretariats() -> None:
    r = record("Conference on the Mediterranean opens\n\nROME, 4 May 2015 - The organisation's "
               "Secretary General, Piet Larsen, told the OSCE conference that the partnership should be "
               "strengthened.\n")
    assert person(r, "Larsen")["organisation"] == "OSCE Secretariat"


def test_the_head_of_an_observation_mission_is_odihrs() -> None:
    r = record("Observers start work\n\nEXAMPLETOWN, 5 January 2024 - The observation mission of the OSCE "
               "Office for Democratic Institutions and Human Rights (ODIHR) has started its work on the "
               "presidential election, the head of the mission, Piet Larsen, told a press conference.\n")
    assert person(r, "Larsen")["organisation"] == "OSCE Office for Democratic Institutions and Human Rights"
