"""What the tests of the annotated document sets share (tests/extract/heldout, outlets, outlets_dev): checks
that a gold record agrees with its document and the corpus conventions, and a run of the project's scorer
(../shared/tools/score_extraction.py) over a set."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SCORER = (REPO / ".." / "shared" / "tools" / "score_extraction.py").resolve()

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
PARTIAL_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def check_date(value: str | None, where: str) -> None:
    if value is None:
        return
    assert PARTIAL_DATE.match(value), f"{where}: {value!r} is not YYYY-MM or YYYY-MM-DD"
    if len(value) == 10:
        dt.date.fromisoformat(value)


def check_events_and_people(rec: dict[str, Any], text: str) -> None:
    """ISO dates in order, one entry per person, people named in the text, roles from the vocabulary."""
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


def score(docs: Path, gold: Path) -> tuple[float, float, str]:
    """(overall F1, people F1, a table of every category) of the extractor on a set, scored by the
    project's scorer with the extractor in-process (``benchmarks.extraction_quality.score``: one process
    per document cost 0.6 s each); a document that fails to extract fails the test."""
    from benchmarks.extraction_quality import score as score_pairs

    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))]
    result = score_pairs([(docs / rec["doc"], rec) for rec in records], verbose=True)
    assert not result["failed"], result["failed"]
    table = "\n".join(f"{category:20} {f1:.3f}" for category, f1 in result["f1"].items())
    return result["overall"], result["f1"]["people"], f"{table}\noverall F1 {result['overall']:.3f}"
