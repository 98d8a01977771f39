"""How far two annotators agree, and how far the extractor is from either: the ceiling of item 3's targets.

    python benchmarks/annotator_agreement.py

``tests/extract/outlets_dev/second/`` holds a second, blind annotation of 24 of the development texts by
other outlets: written by two annotators who saw only each document, the corpus's README (the schema and
conventions) and two example records of other documents, never the first gold, the extractor or its
figures. Scored by the corpus's own scorer (the first gold as gold, the second as a prediction; F1 is
symmetric), it tells how much of the extractor's shortfall is the task's own ambiguity. The extractor is
scored on the same documents against each annotation. Those documents are development data: the
extractor's figures here are in-sample, the annotators' are not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.extraction_quality import SCORER, scorer  # noqa: E402

SET = REPO / "tests" / "extract" / "outlets_dev"
SECOND = SET / "second"


def agreement(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    """Per-category F1 and ``overall`` of the predictions against the golds, as the scorer counts them."""
    sc = scorer()
    tallies = {c: sc.Tally() for c in sc.CATEGORIES}
    for pred, gold in pairs:
        sc.score_doc(pred, gold, tallies, False)
    f1 = {c: tallies[c].prf()[2] for c in sc.CATEGORIES}
    f1["overall"] = sum(f1[c] for c in sc.HEADLINE) / len(sc.HEADLINE)
    return f1


def main() -> int:
    if not SCORER.is_file():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 2
    from graph.extract import extract_file

    files = sorted(SECOND.glob("*.json"))
    seconds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    firsts = [json.loads((SET / "gold" / p.name).read_text(encoding="utf-8")) for p in files]
    extracted = [extract_file(SET / "docs" / g["doc"]) for g in firsts]
    rows = {
        "second annotator vs gold": agreement(list(zip(seconds, firsts, strict=True))),
        "extractor vs gold (in-sample)": agreement(list(zip(extracted, firsts, strict=True))),
        "extractor vs second annotator": agreement(list(zip(extracted, seconds, strict=True))),
    }
    cols = ["overall", *scorer().HEADLINE]
    print(f"{len(seconds)} documents of tests/extract/outlets_dev, annotated twice")
    print(f"{'':32}" + "".join(f"{c[:11]:>12}" for c in cols))
    for label, f1 in rows.items():
        print(f"{label:32}" + "".join(f"{f1[c]:12.3f}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
