"""Ingest speed per layout: documents per second, validation included, on one core.

Generates N stories (default 1,000; `graph.ingest.synthetic`, deterministic) in the seed's layout and
writes the same stories as plain text and as saved HTML pages (`graph.ingest.relayout`); ingests each
layout into a fresh in-memory Oxigraph store with the full per-document pipeline (read, recognise the
layout, parse, extract, map, SHACL validation of the document's graph plus the reference data it
points to, one transaction per document) and prints documents per CPU-second and where the time went.
Each layout runs three times, each run in a fresh process; the best run is the layout's figure.
Targets: >= 100 documents/s on the text layouts, >= 30 on HTML.

    python benchmarks/ingest_bench.py [N] [--layout scrape|text|html] [--runs K] [--profile]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as a script from anywhere
    sys.path.insert(0, str(ROOT))

TARGETS = {"scrape": 100.0, "text": 100.0, "html": 30.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=1000, help="documents to generate (1000)")
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    parser.add_argument("--queries", action="store_true",
                        help="then load the ontology and reference data and time the people/event queries")
    parser.add_argument("--layout", action="append", choices=sorted(TARGETS),
                        help="only these layouts (default: every one)")
    parser.add_argument("--runs", type=int, default=3,
                        help="fresh processes per layout; the best counts (3; 1 with --profile)")
    args = parser.parse_args(argv)
    layouts = args.layout or list(TARGETS)
    runs = 1 if args.profile else max(1, args.runs)
    if len(layouts) == 1 and runs == 1:
        return 0 if run(layouts[0], args) else 1
    # each run in a fresh process: the layouts carry the same stories, and the memoised name and label
    # keys a first run leaves behind would flatter the ones measured after it. The best of several runs
    # counts, as timeit's does: a shared machine's other work only ever adds CPU time (one run of the same
    # code measured 75 and 98 documents per CPU-second an hour apart on this project's machine)
    ok = True
    for layout in layouts:
        extra = [str(args.count), "--layout", layout, "--runs", "1"] + (
            ["--profile"] if args.profile else []) + (["--queries"] if args.queries else [])
        rates = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, __file__, *extra], check=False, capture_output=True,
                                 text=True)
            print(out.stdout, end="", flush=True)
            print(out.stderr, end="", file=sys.stderr, flush=True)
            found = re.search(r"= (\d+) documents per CPU-second", out.stdout)
            rates.append(int(found.group(1)) if found else 0)
            if "QUARANTINED" in out.stdout or not found:
                ok = False
        best, target = max(rates), TARGETS[layout]
        met = best >= target
        ok = ok and met
        print(f"{layout}: best of {runs} runs {best} documents per CPU-second (runs: "
              f"{', '.join(map(str, rates))}; target >= {target:.0f}): {'PASS' if met else 'BELOW TARGET'}\n",
              flush=True)
    return 0 if ok else 1


def _in_layout(paths: list[Path], layout: str, directory: Path) -> list[Path]:
    """The generated scrape pages written out again in ``layout``."""
    from graph.extract.layouts import read_page
    from graph.ingest.relayout import relayout

    if layout == "scrape":
        return paths
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for p in paths:
        target = directory / (p.stem + (".html" if layout == "html" else ".txt"))
        target.write_text(relayout(read_page(p), layout, p.read_text(encoding="utf-8")), encoding="utf-8")
        out.append(target)
    return out


def run(layout: str, args: argparse.Namespace) -> bool:
    from graph.ingest import ingest_paths
    from graph.ingest.reference import reference_index
    from graph.ingest.synthetic import write_pages
    from graph.store.oxigraph import OxigraphStore
    from graph.validation import compiled_shapes

    with tempfile.TemporaryDirectory() as tmp:
        pages = _in_layout(write_pages(Path(tmp) / "pages", args.count), layout, Path(tmp) / layout)
        # one-off start-up costs, reported apart: reference index, compiled shapes, extractor tables
        t0 = time.perf_counter()
        reference_index()
        compiled_shapes()
        warm = OxigraphStore(None)
        ingest_paths(warm, _in_layout(write_pages(Path(tmp) / "warm", 1, seed=1), layout, Path(tmp) / "w"),
                     quarantine_dir=Path(tmp) / "wq", show_progress=False)
        startup = time.perf_counter() - t0

        store = OxigraphStore(None)
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t0, c0 = time.perf_counter(), time.process_time()
        summary = ingest_paths(store, pages, quarantine_dir=Path(tmp) / "q", show_progress=False)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    rate, cpu_rate = summary.total / elapsed, summary.total / cpu
    target = TARGETS[layout]
    print(f"ingest, {layout} layout: {summary.total} generated documents in {elapsed:.2f} s = {rate:.0f} "
          f"documents/s (target >= {target:.0f} per CPU-second) — {summary.line()}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  CPU time of the process: {cpu:.2f} s = {cpu_rate:.0f} documents per CPU-second, i.e. on one "
          f"unshared core (load average during the run: {load:.1f} on {os.cpu_count()} cores)")
    print(f"  store: {len(store)} triples in {len(store.named_graphs())} named graphs; "
          f"start-up (reference index, shapes, extractor) {startup:.2f} s, not counted")
    print("  where the CPU time went:")
    for phase, seconds in summary.timings.items():
        print(f"  {phase:<9} {seconds * 1000 / max(summary.total, 1):6.2f} ms/doc  "
              f"{100 * seconds / cpu:5.1f} %")
    other = cpu - sum(summary.timings.values())
    print(f"  {'other':<9} {other * 1000 / max(summary.total, 1):6.2f} ms/doc  {100 * other / cpu:5.1f} %")
    # "on one core" is CPU time: on a shared machine wall-clock also counts other processes' turns
    if args.queries:
        time_queries(store)
    ok = summary.quarantined == 0 and cpu_rate >= target
    print("PASS" if ok else "BELOW TARGET" if summary.quarantined == 0 else "QUARANTINED DOCUMENTS")
    return ok


PEOPLE_QUERIES = ("event-speakers", "person-events", "co-participants", "organisations-by-appearances",
                  "people-by-state", "document-statements", "statement-source")


def time_queries(store) -> None:  # type: ignore[no-untyped-def]
    """CPU time (best of 7) of each people/event query on the ingested graph, with busy parameters."""
    from graph.build import ontology_data
    from graph.namespaces import ONTOLOGY_GRAPH, OSCE, REFERENCE_GRAPH
    from graph.queries import stored_queries
    from graph.reference import build_reference

    store.replace_graphs({str(ONTOLOGY_GRAPH): ontology_data(), str(REFERENCE_GRAPH): build_reference()})
    busiest = store.select(f"SELECT ?p (COUNT(?a) AS ?n) WHERE {{ ?a <{OSCE.person}> ?p }} "
                           "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1")[0]["p"]
    event = store.select(f"SELECT ?e WHERE {{ ?a <{OSCE.event}> ?e }} LIMIT 1")[0]["e"]
    doc = store.select(f"SELECT ?d WHERE {{ ?a <{OSCE.document}> ?d }} LIMIT 1")[0]["d"]
    values = {"person": str(busiest), "event": str(event), "document": str(doc)}
    print(f"  queries on {len(store)} triples (CPU ms, best of 7):")
    for name in PEOPLE_QUERIES:
        q = stored_queries()[name]
        bindings = q.bindings({p.name: values[p.name] for p in q.parameters if p.name in values})
        best, rows = float("inf"), 0
        for _ in range(7):
            c0 = time.process_time()
            rows = len(store.query(q.sparql, bindings=bindings).rows)
            best = min(best, time.process_time() - c0)
        print(f"  {name:<30} {best * 1000:7.1f} ms  {rows} rows")


if __name__ == "__main__":
    sys.exit(main())
