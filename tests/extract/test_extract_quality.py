"""Extraction quality floors: in-sample per layout fold of the development corpus, and on unseen
stories in every layout (the held-out stories of heldout/ as scraped, as plain text and as a saved
HTML page in other markup). Scored in-process by the corpus's scorer (skipped when shared/ is absent).

The floors sit a little below the figures in docs/ingest.md, so that a change that loses quality on
any layout fails here while noise from a reworded rule does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extraction_quality import DEV, FOLDS, SCORER, doc_ids, fold_docs, score
from graph.extract.layouts import read_page
from graph.ingest.relayout import LAYOUTS, relayout

HELDOUT = Path(__file__).resolve().parent / "heldout"
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason=f"corpus scorer not found at {SCORER}")

#: in-sample overall F1 per fold of the development corpus (none may fail to read)
FOLD_FLOORS = {
    "osce.org scrape": 0.93,
    "plain-text releases": 0.90,
    "news agencies": 0.74,
    "government and PA statements": 0.76,
    "saved HTML": 0.86,
    "scrape variants": 0.81,
    "listing pages": 0.77,
}
#: the other outlets' documents no rule was written on (the second half of each other-outlet fold, by
#: source): the unseen figure of the last round of rule writing (docs/ingest.md)
UNSEEN_OTHER_OUTLETS = doc_ids((73, 76), (81, 84), (99, 100))


def test_every_fold_has_a_floor() -> None:
    assert set(FOLD_FLOORS) == set(FOLDS)


@needs_scorer
@pytest.mark.parametrize("fold", sorted(FOLDS))
def test_in_sample_floor_per_layout(fold: str) -> None:
    result = score(fold_docs(fold))
    assert result["failed"] == []
    assert result["overall"] >= FOLD_FLOORS[fold], result["f1"]


@needs_scorer
def test_unseen_other_outlets_floor() -> None:
    pairs = []
    for n in UNSEEN_OTHER_OUTLETS:
        gold = json.loads((DEV / "gold" / f"{n}.json").read_text(encoding="utf-8"))
        pairs.append((DEV / "docs" / gold["doc"], gold))
    result = score(pairs)
    assert result["failed"] == []
    assert result["overall"] >= 0.66 and result["f1"]["people"] >= 0.95, result["f1"]


@needs_scorer
@pytest.mark.parametrize("layout", LAYOUTS)
def test_unseen_stories_in_every_layout(layout: str, tmp_path: Path) -> None:
    """The same unseen stories score alike however they come: gold loses the metadata block's fields
    in plain text (there is none), and keeps them in HTML (its fact list carries them)."""
    pairs = []
    for doc in sorted((HELDOUT / "docs").glob("*.txt")):
        gold = json.loads((HELDOUT / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        text = relayout(read_page(doc), layout, doc.read_text(encoding="utf-8"))
        if layout == "text":
            gold = dict(gold, place=None, sources=[], fields_of_work=[])
        out = tmp_path / f"{doc.stem}.{'html' if layout == 'html' else 'txt'}"
        out.write_text(text, encoding="utf-8")
        pairs.append((out, gold))
    result = score(pairs)
    assert result["failed"] == []
    assert result["f1"]["title"] == 1.0 and result["f1"]["date"] == 1.0, result["f1"]
    assert result["f1"]["people"] >= 0.95, result["f1"]
    assert result["overall"] >= 0.90, result["f1"]
