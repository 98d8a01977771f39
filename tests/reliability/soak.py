"""Soak: mixed queries at several clients while documents are ingested every few seconds.

    python -m tests.reliability.soak --duration 600      # what `make soak DURATION=600` runs

A real `osce-kg serve` (two workers, two threads each, serving in-memory copies) over a store in a
temporary directory; a writer process ingests one generated page (graph/ingest/synthetic.py) every
``--ingest-every`` seconds through graph/ingest's pipeline, holding the store read-write all along
(as a long `osce-kg ingest` batch does): 20 new documents, then changed versions of them (replaced),
so the graph keeps its size and memory growth is the server's, not the data's. ``--clients``
threads send the stored queries, SPARQL, entity lookups and /health over HTTP on 127.0.0.1. It prints
the figures and exits 1 when a target is missed:

- no 5xx answer except 503 for a query over the time limit, and no failed connection;
- every process's memory flat within 10 % after warm-up: per kind of process (serve, server worker,
  query worker) the median size of one process in the last sixth of the run against the second
  (query workers are replaced at each refresh; a refresh briefly holds two copies, so the tree's
  total and peak are reported as well);
- every ingested document queryable at the end.

``tests/reliability/test_soak.py`` runs it for a few seconds inside ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from graph.paths import ROOT

PAGES = 20  # documents the writer adds, then keeps replacing
DOCS = "SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?g a <http://www.w3.org/ns/prov#Entity> } }"
SPARQL = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "ASK { ?s a <http://schema.org/Person> }",
    DOCS,
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://schema.org/Event> ; ?p ?o } LIMIT 200",
]


@dataclass
class Figures:
    duration: float = 0.0
    clients: int = 0
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    memory: list[tuple[float, int, int]] = field(default_factory=list)  # (t, total RSS bytes, processes)
    ingested: int = 0
    replaced: int = 0
    documents_before: int = 0
    documents_after: int = 0
    refreshes: int = 0
    processes: list[list[tuple[int, int, int]]] = field(default_factory=list)  # per sample: (depth, pid, RSS)

    def memory_windows(self) -> list[int]:
        """The lowest total RSS in each sixth of the run (the first sixth is warm-up)."""
        if not self.memory:
            return []
        span = self.duration / 6
        out = []
        for k in range(1, 6 + 1):
            window = [m for t, m, _ in self.memory if (k - 1) * span <= t < k * span + 1e-9]
            if window:
                out.append(min(window))
        return out[1:] if len(out) > 1 else out

    ROLES = ("serve", "server_worker", "query_worker")

    def role_windows(self) -> dict[str, list[int]]:
        """Per kind of process, the median resident size of one such process (MB) in each sixth of
        the run after the first (warm-up). Query workers are replaced at every refresh, so this is
        "every process's memory", not one process's history."""
        span = self.duration / 6
        out: dict[str, list[int]] = {}
        for depth, role in enumerate(self.ROLES):
            medians = []
            for k in range(2, 6 + 1):
                sizes = [rss for (t, _, _), procs in zip(self.memory, self.processes, strict=True)
                         if (k - 1) * span <= t < k * span + 1e-9 for d, _, rss in procs if d == depth]
                if sizes:
                    medians.append(round(statistics.median(sizes) / 2**20))
            out[role] = medians
        return out

    @property
    def role_growth(self) -> float:
        """The largest growth of any kind of process, last window over the first after warm-up."""
        growth = [w[-1] / w[0] - 1.0 for w in self.role_windows().values() if len(w) >= 2 and w[0]]
        return max(growth, default=0.0)

    @property
    def memory_growth(self) -> float:
        w = self.memory_windows()
        return (w[-1] / w[0] - 1.0) if len(w) >= 2 and w[0] else 0.0

    def report(self) -> dict[str, Any]:
        lat = sorted(self.latencies)
        p = (lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))] * 1000, 1)) if lat else (lambda q: 0.0)
        windows = self.memory_windows()
        return {
            "duration_s": round(self.duration, 1), "clients": self.clients, "requests": self.requests,
            "requests_per_s": round(self.requests / self.duration, 1) if self.duration else 0.0,
            "statuses": dict(sorted(self.statuses.items())), "errors": len(self.errors),
            "first_errors": self.errors[:5],
            "latency_ms": {"p50": p(0.5), "p99": p(0.99), "max": p(1.0)},
            "documents": {"before": self.documents_before, "ingested": self.ingested,
                          "replaced": self.replaced, "queryable_at_end": self.documents_after},
            "refreshes": self.refreshes,
            "memory_mb": {"window_minima": [round(m / 2**20) for m in windows],
                          "tree_growth_pct": round(self.memory_growth * 100, 1),
                          "per_process_growth_pct": round(self.role_growth * 100, 1),
                          "peak": round(max((m for _, m, _ in self.memory), default=0) / 2**20),
                          "per_process_median_by_window": self.role_windows(),
                          "processes": statistics.median([n for _, _, n in self.memory] or [0])},
        }

    @property
    def ok(self) -> bool:
        return (not self.errors and self.role_growth <= 0.10
                and self.documents_after == self.documents_before + self.ingested)


# -- the server's process tree ----------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return out


def tree_rss(pid: int) -> tuple[int, list[tuple[int, int, int]]]:
    """(total resident bytes, [(depth, pid, resident bytes)]) of ``pid`` and every descendant: depth
    0 is the `osce-kg serve` process, 1 the server workers, 2 their query workers."""
    total, procs, todo = 0, [], [(pid, 0)]
    while todo:
        p, depth = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) * 1024
                        total += rss
                        procs.append((min(depth, 2), p, rss))
                        break
        except OSError:
            continue
        todo += [(c, depth + 1) for c in _children(p)]
    return total, procs


# -- load ---------------------------------------------------------------------------------------------
def _mix(base: str) -> list[tuple[str, dict[str, Any]]]:
    from graph.queries import stored_queries

    mix: list[tuple[str, dict[str, Any]]] = [(f"{base}/queries/{name}", {"params": {"format": "json"}})
                                             for name in sorted(stored_queries())]
    mix += [(f"{base}/sparql", {"params": {"query": q},
                                "headers": {"Accept": "application/sparql-results+json, text/turtle"}})
            for q in SPARQL]
    mix += [(f"{base}/id/state/fin", {"headers": {"Accept": "text/turtle"}}),  # 404 on a store without it
            (f"{base}/id/org/osce", {"headers": {"Accept": "application/ld+json"}}),
            (f"{base}/health", {})]
    return mix


def _client(base: str, deadline: float, offset: int, figures: Figures, lock: threading.Lock) -> None:
    mix = _mix(base)
    session = requests.Session()
    i = offset
    while time.monotonic() < deadline:
        url, kwargs = mix[i % len(mix)]
        i += 1
        started = time.monotonic()
        try:
            r = session.get(url, timeout=30, **kwargs)
            status, text = r.status_code, r.text[:200]
        except requests.RequestException as exc:
            status, text = 0, f"{type(exc).__name__}: {exc}"
        elapsed = time.monotonic() - started
        with lock:
            figures.requests += 1
            figures.statuses[status] += 1
            figures.latencies.append(elapsed)
            if status == 0 or (status >= 500 and not (status == 503 and "time limit" in text)):
                figures.errors.append(f"{url} -> {status} {text}")


def _count_documents(base: str) -> int:
    r = requests.get(base + "/sparql", params={"query": DOCS}, headers={"Accept": "text/csv"}, timeout=30)
    r.raise_for_status()
    return int(r.text.split()[-1])


def _wait_for_documents(base: str, expected: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    seen = _count_documents(base)
    while seen != expected and time.monotonic() < deadline:
        time.sleep(0.25)
        seen = _count_documents(base)
    return seen


def run(tmp: Path, duration: float, clients: int = 4, ingest_every: float = 3.0,
        settings: dict[str, str] | None = None) -> Figures:
    from tests.server.endpoint_process import start, stop

    figures = Figures(duration=duration, clients=clients)
    proc, base = start(tmp, {"workers": "2", "threads": "2", "query_timeout": "10", **(settings or {})})
    writer = None
    try:
        figures.documents_before = _count_documents(base)
        writer = subprocess.Popen([sys.executable, "-m", "tests.reliability.soak", "--writer",
                                   str(tmp / "store"), str(tmp / "pages"), str(ingest_every), str(duration)],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        started = time.monotonic()
        deadline = started + duration
        lock = threading.Lock()
        threads = [threading.Thread(target=_client, args=(base, deadline, k * 7, figures, lock), daemon=True)
                   for k in range(clients)]
        for t in threads:
            t.start()
        while time.monotonic() < deadline:
            rss, procs = tree_rss(proc.pid)
            figures.memory.append((time.monotonic() - started, rss, len(procs)))
            figures.processes.append(procs)
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
        for t in threads:
            t.join(60)
        out, err = writer.communicate(timeout=120)
        if writer.returncode != 0:
            figures.errors.append(f"the writer failed ({writer.returncode}): {err[-500:]}")
        lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
        figures.ingested = sum(1 for x in lines if x.get("status") == "ingested")
        figures.replaced = sum(1 for x in lines if x.get("status") == "replaced")
        figures.errors += [f"page {x['path']} was {x['status']}: {x.get('reason')}" for x in lines
                           if x.get("status") not in ("ingested", "replaced")]
        figures.documents_after = _wait_for_documents(base, figures.documents_before + figures.ingested, 10)
        health = requests.get(base + "/health", timeout=30).json()
        figures.refreshes = int(health.get("refresh", {}).get("count", 0))
    finally:
        if writer is not None and writer.poll() is None:
            writer.kill()
            writer.wait(10)
        stop(proc)
    return figures


def writer_main(store: Path, pages: Path, every: float, duration: float) -> int:
    """Hold the store read-write and ingest page i at every tick, printing each outcome as JSON."""
    from graph.ingest.pipeline import ingest_paths
    from graph.ingest.synthetic import page
    from graph.store.oxigraph import OxigraphStore

    pages.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(0.0, duration - every)
    i = 0
    target = None
    for _ in range(100):  # the server opened it read-only a moment ago: RocksDB may be busy
        try:
            target = OxigraphStore(store)
            break
        except Exception:  # noqa: BLE001 - retried; the last attempt raises
            time.sleep(0.1)
    target = target or OxigraphStore(store)
    try:
        while time.monotonic() < deadline:
            i += 1
            # the first PAGES ticks add documents, later ones replace them with a changed page, so the
            # graph keeps its size and what memory does is the server's doing, not the data's
            k = (i - 1) % PAGES + 1
            f = pages / f"soak-{k:03d}.txt"
            text = page(10_000 + k)
            if i > PAGES:
                text = text.rstrip("\n") + f"\nThis page was updated in round {i // PAGES} of the soak.\n"
            f.write_text(text, encoding="utf-8")
            summary = ingest_paths(target, [f], show_progress=False, quarantine_dir=pages / "q")
            for o in summary.outcomes:
                print(json.dumps({"path": str(o.path), "status": o.status, "reason": o.reason}), flush=True)
            time.sleep(every)
    finally:
        target.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args and args[0] == "--writer":
        return writer_main(Path(args[1]), Path(args[2]), float(args[3]), float(args[4]))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--ingest-every", type=float, default=3.0, help="seconds between ingested pages")
    parser.add_argument("--dir", type=Path, help="working directory (default: a temporary one)")
    ns = parser.parse_args(args)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="osce-kg-soak-") as tmp:
        figures = run(ns.dir or Path(tmp), ns.duration, ns.clients, ns.ingest_every)
    print(json.dumps(figures.report(), indent=2))
    print("soak: " + ("all targets met" if figures.ok else "TARGETS MISSED"))
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
