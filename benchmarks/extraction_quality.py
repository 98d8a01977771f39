"""Extraction quality per layout fold of the development corpus, scored by the corpus's own scorer.

    python benchmarks/extraction_quality.py                 # every fold, in-sample
    python benchmarks/extraction_quality.py --fold html -v  # one fold, with the scorer's notes

The folds are the corpus's layouts (its README's table) and, for texts by other outlets, their
source. Rules are written with some folds out of sight; docs/ingest.md records each fold's score at
the time it was unseen beside its in-sample score. The scorer is imported from
``../shared/tools/score_extraction.py`` (standard library only) and the extractor runs in-process.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SCORER = SHARED / "tools" / "score_extraction.py"
DEV = SHARED / "corpus" / "dev"


def doc_ids(*ranges: tuple[int, int]) -> list[str]:
    return [f"{n:03d}" for a, b in ranges for n in range(a, b + 1)]


#: fold -> document numbers (the corpus README's layouts)
FOLDS: dict[str, list[str]] = {
    "osce.org scrape": doc_ids((0, 0), (31, 60)),
    "plain-text releases": doc_ids((61, 68)),
    "news agencies": doc_ids((69, 76)),
    "government and PA statements": doc_ids((77, 84)),
    "saved HTML": doc_ids((85, 92)),
    "scrape variants": doc_ids((93, 96)),
    "listing pages": doc_ids((97, 100)),
}


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(docs: list[tuple[Path, dict[str, Any]]], verbose: bool = False) -> dict[str, Any]:
    """Per-category F1 and the overall figure of the extractor over (document, gold) pairs."""
    from graph.extract import PageError, extract_file

    sc = scorer()
    tallies = {c: sc.Tally() for c in sc.CATEGORIES}
    failed: list[str] = []
    for doc, gold in docs:
        try:
            pred = extract_file(doc)
        except PageError as exc:
            failed.append(f"{doc.name}: {exc.reason}")
            pred = {}
        notes = sc.score_doc(pred, gold, tallies, verbose)
        if verbose and notes:
            print(doc.name)
            for n in notes:
                print("    " + n)
    f1 = {c: tallies[c].prf()[2] for c in sc.CATEGORIES}
    overall = sum(f1[c] for c in sc.HEADLINE) / len(sc.HEADLINE)
    return {"documents": len(docs), "failed": failed, "f1": f1, "overall": overall}


HELDOUT = REPO / "tests" / "extract" / "heldout"


def heldout_docs(layout: str, directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The held-out stories (tests/extract/heldout) written out in ``layout`` under ``directory``,
    with their gold: in plain text there is no metadata block, so place, sources and fields go."""
    from graph.extract.layouts import read_page
    from graph.ingest.relayout import relayout

    pairs = []
    for doc in sorted((HELDOUT / "docs").glob("*.txt")):
        gold = json.loads((HELDOUT / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        out = directory / f"{doc.stem}.{layout}.{'html' if layout == 'html' else 'txt'}"
        out.write_text(relayout(read_page(doc), layout, doc.read_text(encoding="utf-8")), encoding="utf-8")
        if layout == "text":
            gold = dict(gold, place=None, sources=[], fields_of_work=[])
        pairs.append((out, gold))
    return pairs


def fold_docs(fold: str, corpus: Path = DEV) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for n in FOLDS[fold]:
        gold = json.loads((corpus / "gold" / f"{n}.json").read_text(encoding="utf-8"))
        out.append((corpus / "docs" / gold["doc"], gold))
    return out


HEAD = ["overall", "people", "posts", "affiliations", "roles", "events", "event start", "organisations",
        "places", "date", "title"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fold", action="append", choices=sorted(FOLDS), help="only these folds")
    ap.add_argument("--docs", help="only these documents, e.g. 069-072,077 (a fold of one's own)")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", dest="json_out", type=Path, help="also write the figures as JSON")
    ap.add_argument("--heldout", action="store_true",
                    help="score the held-out stories of tests/extract/heldout as scraped, as plain text "
                         "and as HTML")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 2
    if args.docs:
        FOLDS["selected"] = doc_ids(*((int(a), int(b or a)) for a, _, b in
                                   (part.partition("-") for part in args.docs.split(","))))
        args.fold = ["selected"]
    folds = args.fold or list(FOLDS)
    if args.heldout:
        import tempfile

        from graph.ingest.relayout import LAYOUTS

        with tempfile.TemporaryDirectory() as tmp:
            results = {f"held-out stories, {layout}": score(heldout_docs(layout, Path(tmp)), args.verbose)
                       for layout in LAYOUTS}
        folds = []
    else:
        results = {f: score(fold_docs(f), args.verbose) for f in folds}
    if not args.fold and not args.heldout:
        results["all"] = score([d for f in FOLDS for d in fold_docs(f)])
    print(f"{'fold':32}{'docs':>5}" + "".join(f"{h[:8]:>9}" for h in HEAD))
    for f, r in results.items():
        cells = [r["overall"]] + [r["f1"][h] for h in HEAD[1:]]
        print(f"{f:32}{r['documents']:>5}" + "".join(f"{c:9.3f}" for c in cells))
        for fail in r["failed"]:
            print(f"    FAILED {fail}")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
