"""How long the reader's pages take to render: profiles (person, event, series, organisation, field
operation, State, place, document), search and the network exports, on the shipped graph and on a
generated graph.

    python benchmarks/pages_bench.py                 # shipped graph and 10k generated events
    python benchmarks/pages_bench.py --events 1000 --write-docs

Each page is rendered by the Flask app in-process with the response cache off (``cache_size`` 0), so
every request walks the graph and renders the template; the figure is the median (and the slowest)
of ``--repeats`` renders after one warm-up. The store is an in-memory Oxigraph store, what the server
serves from below ``replica_max_quads``. Which pages: the seed press release's person, event, State
and document, and on each graph the busiest of each kind (most appearances, speakers, affiliations,
mentions), found by SPARQL. Search is timed per query once its index is built (the build, once per
data version, is shown on its own). Targets (issue 17): every page ≤ 100 ms on the shipped graph,
≤ 300 ms at 10k events; a search ≤ 50 ms at 10k.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KG = "https://w3id.org/osce-kg/id/"
OSCE = "https://w3id.org/osce-kg/def#"
DOCS = ROOT / "docs" / "pages.md"
SEARCHES = ["gisladottir", "monique villa", "vill", "alliance", "vienna", "mission to", "a", "osce"]

BUSIEST = {  # kind -> SPARQL giving ?x, the entity with the most of what its page lists
    "person": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?a <{OSCE}person> ?x }} GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
    "event": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?a <{OSCE}event> ?x }} GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
    "series": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e <https://schema.org/superEvent> ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
    "organisation": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?a <{OSCE}affiliation> ?x }} GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
    "field operation": f"SELECT ?x (COUNT(?a) AS ?n) WHERE {{ ?x a <{OSCE}FieldOperation> "
    f"OPTIONAL {{ ?a <{OSCE}affiliation> ?x }} }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "State": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?d <https://schema.org/mentions> ?x . "
    f"?x a <{OSCE}ParticipatingState> }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "place": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e <https://schema.org/location> ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
    "document": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?a <{OSCE}document> ?x }} GROUP BY ?x "
    "ORDER BY DESC(?n) ?x LIMIT 1",
}
SEED = [
    ("person", KG + "person/monique-villa"),
    ("event", KG + "event/alliance-against-trafficking-in-persons-18"),
    ("State", KG + "state/ita"),
    ("document", KG + "doc/2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"),
]


def timed(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(median, max) milliseconds of ``repeats`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def measure(store: object, label: str, repeats: int, seed: bool) -> list[tuple[str, str, str, float, float]]:
    from server import create_app

    app = create_app({"store": "memory", "cache_size": 0}, store=store)
    client = app.test_client()
    targets = list(SEED) if seed else []
    for kind, sparql in BUSIEST.items():
        rows = store.query(sparql).rows  # type: ignore[attr-defined]
        if rows:
            targets.append((f"{kind} (busiest)", str(rows[0]["x"])))
    rows_out = []
    for kind, iri in targets:
        path = "/" + iri.split("/osce-kg/", 1)[1]

        def get(path: str = path) -> None:
            r = client.get(path, headers={"Accept": "text/html"})
            assert r.status_code == 200, (path, r.status_code)

        med, worst = timed(get, repeats)
        rows_out.append((label, kind, path.rsplit("/", 1)[-1][:48], med, worst))
    t = time.perf_counter()
    client.get("/search?q=x&format=json")
    ms = (time.perf_counter() - t) * 1000
    rows_out.append((label, "search index build (once per data version)", "", ms, ms))
    times = []
    for q in SEARCHES:
        med, worst = timed(lambda q=q: client.get(f"/search?q={q}&format=json&limit=10"), repeats)
        times.append((med, worst))
    rows_out.append((label, "search (JSON), per query", f"{len(SEARCHES)} queries", statistics.median(
        m for m, _ in times), max(w for _, w in times)))
    med, worst = timed(lambda: client.get("/search?q=villa"), repeats)
    rows_out.append((label, "search page (HTML)", "villa", med, worst))
    for name in ("coparticipation.graphml", "person-event.gexf"):
        t = time.perf_counter()
        client.get("/exports/" + name)
        ms = (time.perf_counter() - t) * 1000
        rows_out.append((label, "export, first request (then kept)", name, ms, ms))
    return rows_out


def shipped_store() -> object:
    from graph.build import build
    from graph.store.oxigraph import OxigraphStore

    store = OxigraphStore(None)
    build(store)
    return store


def generated_store(events: int, tmp: Path) -> object:
    from graph.store.oxigraph import OxigraphStore

    nq = tmp / f"osce-{events}.nq"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(events), "-o", str(nq)],
                   check=True, stdout=subprocess.DEVNULL)
    store = OxigraphStore(None)
    store.load_file(nq)
    return store


def table(rows: list[tuple[str, str, str, float, float]]) -> str:
    lines = ["| graph | page | which | median ms | slowest ms |", "|---|---|---|---|---|"]
    for graph, kind, which, med, worst in rows:
        lines.append(f"| {graph} | {kind} | {which} | {med:.1f} | {worst:.1f} |")
    return "\n".join(lines)


def limit_for(graph: str, kind: str) -> float | None:
    """The target in ms for a row (medians are held to it), None for one-off costs."""
    if kind.startswith(("search index", "export")):
        return None
    if kind.startswith("search (JSON)"):
        return 50.0
    return 100.0 if graph == "shipped" else 300.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000, help="generated events (0: shipped graph only)")
    ap.add_argument("--repeats", type=int, default=15)
    ap.add_argument("--write-docs", action="store_true", help=f"put the table into {DOCS.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    from benchmarks.run import machine as describe_machine

    machine = describe_machine()
    shipped = shipped_store()
    rows = measure(shipped, "shipped", args.repeats, seed=True)
    quads = {"shipped": len(shipped)}  # type: ignore[arg-type]
    if args.events:
        with tempfile.TemporaryDirectory() as tmp:
            store = generated_store(args.events, Path(tmp))
            label = f"{args.events:,} events"
            quads[label] = len(store)  # type: ignore[arg-type]
            rows += measure(store, label, args.repeats, seed=False)
    text = table(rows)
    print(text)
    missed = [r for r in rows if (limit := limit_for(r[0], r[1])) is not None and r[3] > limit]
    print("targets: every page <= 100 ms on the shipped graph, <= 300 ms at 10k; search <= 50 ms")
    print("missed: " + (", ".join(f"{r[0]} {r[1]} {r[3]:.0f} ms" for r in missed) or "none"))
    if args.write_docs:
        write_docs(text, quads, machine, args.repeats, missed)
    return 1 if missed else 0


def write_docs(text: str, quads: dict[str, int], machine: str, repeats: int, missed: list[tuple]) -> None:
    sizes = ", ".join(f"{k}: {v:,} quads" for k, v in quads.items())
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    body = DOCS.read_text() if DOCS.exists() else ""
    start, end = "<!-- pages-bench:start -->", "<!-- pages-bench:end -->"
    block = (f"{start}\nLatest run: {when}, {machine}; {sizes}; median and slowest of {repeats} renders "
             f"each, in-process, cache off.\n\n{text}\n\nMissed: "
             + (", ".join(f"{r[0]} {r[1]} ({r[3]:.0f} ms)" for r in missed) or "none") + f"\n{end}")
    if start in body and end in body:
        body = body[: body.index(start)] + block + body[body.index(end) + len(end):]
    else:
        body = body.rstrip() + "\n\n" + block + "\n"
    DOCS.write_text(body)


if __name__ == "__main__":
    sys.exit(main())
