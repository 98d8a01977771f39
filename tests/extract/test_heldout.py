"""Generalisation of the extractor to unseen press releases: the held-out set in heldout/, scored by the
project's scorer (../shared/tools/score_extraction.py, skipped with a reason when absent).

The extractor was developed on ../shared/corpus/dev; these twelve documents were written afterwards, from
other real OSCE events, and never used to tune it. The floors below are what "works on unseen documents
of the same kind" means; the dev-corpus test holds the extractor to higher ones.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HELDOUT = Path(__file__).resolve().parent / "heldout"
DOCS = HELDOUT / "docs"
GOLD = HELDOUT / "gold"
SCORER = (REPO / ".." / "shared" / "tools" / "score_extraction.py").resolve()

OVERALL_FLOOR = 0.80
PEOPLE_FLOOR = 0.90

ROLES = {
    "speaker",
    "keynote",
    "opening remarks",
    "closing remarks",
    "video address",
    "host",
    "organizer",
    "participant",
    "meeting partner",
    "visitor",
    "trainer",
    "elected",
    "represented",
    "mentioned",
    "press contact",
    "photographer",
}
HEADERS = ("Press release", "News", "Press statement")
PARTIAL_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def gold_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def title_of(text: str) -> str:
    """The line after the last page-type header: the title, as the scorer's gold has it."""
    lines = text.splitlines()
    last = max(i for i, line in enumerate(lines) if line in HEADERS)
    return lines[last + 1]


def check_date(value: str | None, where: str) -> None:
    if value is None:
        return
    assert PARTIAL_DATE.match(value), f"{where}: {value!r} is not YYYY-MM or YYYY-MM-DD"
    if len(value) == 10:
        dt.date.fromisoformat(value)


def test_heldout_gold_is_consistent_with_its_documents() -> None:
    """A wrong gold is worse than none: every record names its document, repeats its title, uses the
    role vocabulary and ISO dates, and names only people whose name is written in the document."""
    records = gold_records()
    assert len(records) == 12
    assert sorted(r["doc"] for r in records) == sorted(p.name for p in DOCS.glob("*.txt"))
    for rec in records:
        text = (DOCS / rec["doc"]).read_text(encoding="utf-8")
        assert rec["title"] == title_of(text), rec["doc"]
        check_date(rec["date"], f"{rec['doc']} date")
        for event in rec["events"]:
            check_date(event["start"], f"{rec['doc']} {event['name']} start")
            check_date(event["end"], f"{rec['doc']} {event['name']} end")
            if event["start"] and event["end"]:
                assert event["start"][: len(event["end"])] <= event["end"], event["name"]
        names = [p["name"] for p in rec["people"]]
        assert len(names) == len(set(names)), f"{rec['doc']}: a person listed twice"
        for person in rec["people"]:
            assert person["name"] in text, f"{rec['doc']}: {person['name']} is not written in the text"
            assert person["roles"] and set(person["roles"]) <= ROLES, (rec["doc"], person["name"])
            assert isinstance(person["quoted"], bool)


@pytest.mark.skipif(not SCORER.is_file(), reason=f"project scorer not found at {SCORER}")
@pytest.mark.slow
def test_extractor_generalises_to_heldout_documents() -> None:
    cmd = f"{sys.executable} -m graph.extract {{doc}}"
    out = subprocess.run(
        [sys.executable, str(SCORER), "--docs", str(DOCS), "--gold", str(GOLD), "--cmd", cmd, "--verbose"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
        check=True,
    )
    print(out.stdout)
    overall_match = re.search(r"overall F1 ([\d.]+)", out.stdout)
    people_match = re.search(r"^people\s+[\d.]+\s+[\d.]+\s+([\d.]+)", out.stdout, re.M)
    assert overall_match and people_match, out.stdout[-1500:]
    table = out.stdout[out.stdout.rfind("category") :]
    assert "FAILED" not in out.stdout, out.stdout
    assert float(people_match.group(1)) >= PEOPLE_FLOOR, table
    assert float(overall_match.group(1)) >= OVERALL_FLOOR, table
