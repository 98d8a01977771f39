"""Round 8 of the other-outlet rules (written on tests/extract/outlets_dev d01-d24): who is appointed and who
appoints, nominates or is succeeded, speech by blame, and the Chairperson-in-Office hosting the Ministerial
Council, each on invented text."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.layouts import parse_page


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def roles(r: dict[str, Any], surname: str) -> list[str]:
    return next(p["roles"] for p in r["people"] if p["name"].endswith(surname))


def test_the_appointee_and_a_post_to_be_held_are_elected_but_not_the_nominator() -> None:
    r = record("Assembly names its observers\n\nOSLO, 3 March 2011 - The Assembly's President Karl Brenner "
               "has appointed Vice-President Anna Lindqvist of Norway to head the delegation. "
               "Pavel Horak, who chairs the Second Committee, will be Deputy Head of Delegation. "
               "Horak had been nominated for the post by former President Jonas Eriksen.\n")
    assert "elected" in roles(r, "Lindqvist")
    assert "elected" in roles(r, "Horak")
    assert "elected" not in roles(r, "Eriksen")


def test_a_past_term_given_by_its_year_and_the_predecessor_are_not_elected() -> None:
    r = record("Media envoy leaves office\n\nVIENNA, 10 May 2012 - Tomas Varga, the representative, "
               "steps down today. \"The work goes on,\" Varga said. "
               "Varga was appointed in 2006, succeeding Erik Lund of Denmark, and was reappointed in 2009.\n")
    assert "elected" not in roles(r, "Varga")
    assert "elected" not in roles(r, "Lund")


def test_blaming_another_state_is_speaking() -> None:
    r = record("Ministers clash\n\nBERN, 6 June 2014 - At the afternoon session Freedonia's Foreign Minister "
               "Olek Marsh again blamed its neighbour for the failure of the ceasefire.\n")
    assert "speaker" in roles(r, "Marsh")


def test_the_chairperson_in_office_hosts_the_ministerial_council_the_report_covers() -> None:
    r = record("Ministerial Council opens in Graz\n\nGRAZ, 4 December 2014 - The two-day meeting of the OSCE "
               "Ministerial Council opened in Graz today. The meeting is chaired by the Foreign Minister, "
               "Lena Hofer, in her capacity as OSCE Chairperson-in-Office.\n")
    assert "host" in roles(r, "Hofer")
    ahead = record("Chair briefs lawmakers\n\nWASHINGTON, 4 May 2014 - The OSCE Chairperson-in-Office, "
                   "Freedonian Foreign Minister Lena Hofer, told lawmakers much remained to be done before "
                   "the Ministerial Council in Graz in December.\n")
    assert "host" not in roles(ahead, "Hofer")
