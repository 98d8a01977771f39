"""`osce-kg serve` from an in-memory copy of the embedded store (setting ``replica_max_quads``) still
stops slow queries, also in the one-thread-per-process profile the benchmark runs (``--workers 2
--threads 1``). What it does when the store is written while serving: test_serve_refresh.py."""

from __future__ import annotations

from pathlib import Path

import requests

from tests.server.endpoint_process import start, stop


def test_one_thread_per_process_still_stops_slow_queries(tmp_path: Path) -> None:
    proc, base = start(tmp_path, {"workers": "2", "threads": "1", "cache_size": "0", "query_timeout": "2"})
    try:
        patterns = " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(9))
        slow = "SELECT (COUNT(*) AS ?n) WHERE { " + patterns + " }"
        r = requests.post(base + "/sparql", data={"query": slow}, timeout=30)
        assert r.status_code == 503, r.text
        for _ in range(4):  # fresh connections reach both processes; the killed worker was replaced
            r = requests.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                             headers={"Accept": "application/sparql-results+json", "Connection": "close"},
                             timeout=30)
            assert r.status_code == 200 and r.json()["boolean"] is True
    finally:
        stop(proc)
