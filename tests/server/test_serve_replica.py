"""`osce-kg serve` from an in-memory copy of the embedded store (setting ``replica_max_quads``): the
server holds no lock on the store, serves a snapshot until restarted, and still stops slow queries,
also in the one-thread-per-process profile the benchmark runs (``--workers 2 --threads 1``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import requests

from graph.paths import ROOT
from tests.server.endpoint_process import start, stop

NEW = "https://w3id.org/osce-kg/id/test/added-while-serving"
ASK = f"ASK {{ <{NEW}> ?p ?o }}"


def _ask(base: str) -> bool:
    r = requests.get(base + "/sparql", params={"query": ASK},
                     headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert r.status_code == 200, r.text
    answer: bool = r.json()["boolean"]
    return answer


def _load(store: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    nt = tmp / "new.nt"
    nt.write_text(f'<{NEW}> <http://www.w3.org/2000/01/rdf-schema#label> "added"@en .\n')
    return subprocess.run([sys.executable, "-m", "graph.cli", "load", str(nt), "--graph",
                           "https://w3id.org/osce-kg/graph/test", "--store", "oxigraph", "--store-path",
                           str(store)], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_copy_leaves_the_store_writable_and_serves_a_snapshot_until_restart(tmp_path: Path) -> None:
    # one worker, as in the control below: there only the copy leaves the store unlocked
    proc, base = start(tmp_path / "a", {"workers": "1", "cache_size": "0"})
    try:
        assert not _ask(base)
        loaded = _load(tmp_path / "a" / "store", tmp_path)
        assert loaded.returncode == 0, loaded.stderr + loaded.stdout
        assert not _ask(base), "the running server answers from the copy it made at start"
    finally:
        stop(proc)
    proc, base = start(tmp_path / "a", {"workers": "1", "cache_size": "0"})  # start reloads the same store
    try:
        assert _ask(base)
    finally:
        stop(proc)


def test_without_a_copy_the_single_server_process_holds_the_store(tmp_path: Path) -> None:
    """The control: replica off and one worker, the server opens the store read-write and locks it."""
    proc, base = start(tmp_path, {"workers": "1", "replica_max_quads": "0"})
    try:
        loaded = _load(tmp_path / "store", tmp_path)
        assert loaded.returncode != 0
        assert "lock" in (loaded.stderr + loaded.stdout).lower()
    finally:
        stop(proc)


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
