"""Generalisation of the extractor to unseen press releases: the held-out set in heldout/, scored by the
project's scorer (../shared/tools/score_extraction.py, skipped with a reason when absent).

The extractor was developed on ../shared/corpus/dev; these twelve documents were written afterwards, from
other real OSCE events, and never used to tune it. The floors below are what "works on unseen documents
of the same kind" means; the dev-corpus test holds the extractor to higher ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_sets import SCORER, check_events_and_people, score

HELDOUT = Path(__file__).resolve().parent / "heldout"
DOCS = HELDOUT / "docs"
GOLD = HELDOUT / "gold"

OVERALL_FLOOR = 0.80
PEOPLE_FLOOR = 0.90
HEADERS = ("Press release", "News", "Press statement")


def gold_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def title_of(text: str) -> str:
    """The line after the last page-type header: the title, as the scorer's gold has it."""
    lines = text.splitlines()
    last = max(i for i, line in enumerate(lines) if line in HEADERS)
    return lines[last + 1]


def test_heldout_gold_is_consistent_with_its_documents() -> None:
    """A wrong gold is worse than none: every record names its document, repeats its title, uses the
    role vocabulary and ISO dates, and names only people whose name is written in the document."""
    records = gold_records()
    assert len(records) == 12
    assert sorted(r["doc"] for r in records) == sorted(p.name for p in DOCS.glob("*.txt"))
    for rec in records:
        text = (DOCS / rec["doc"]).read_text(encoding="utf-8")
        assert rec["title"] == title_of(text), rec["doc"]
        check_events_and_people(rec, text)


@pytest.mark.skipif(not SCORER.is_file(), reason=f"project scorer not found at {SCORER}")
@pytest.mark.slow
def test_extractor_generalises_to_heldout_documents() -> None:
    overall, people, table = score(DOCS, GOLD)
    assert people >= PEOPLE_FLOOR, table
    assert overall >= OVERALL_FLOOR, table
