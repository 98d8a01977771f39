"""Writes are served without a restart: a real `osce-kg serve` process, a real `osce-kg ingest` /
`load` in another process against the same store directory, and the new data answered within 5 s,
whatever the number of server workers and whether they serve from an in-memory copy."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from graph.ingest.synthetic import write_pages
from graph.paths import ROOT
from tests.server.endpoint_process import start, stop

NEW = "https://w3id.org/osce-kg/id/test/added-while-serving"
DEADLINE = 5.0


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args, "--store", "oxigraph", "--store-path",
                           str(store)], cwd=ROOT, capture_output=True, text=True, timeout=180)


def _ask(base: str, query: str) -> bool:
    # a fresh connection each time, so with two server workers either may answer
    r = requests.get(base + "/sparql", params={"query": query}, timeout=10,
                     headers={"Accept": "application/sparql-results+json", "Connection": "close"})
    assert r.status_code == 200, r.text
    answer: bool = r.json()["boolean"]
    return answer


def _seen_within(base: str, query: str, since: float) -> float:
    """Seconds from ``since`` until 6 answers in a row (either worker) say yes; fails after 5 s."""
    streak = 0
    while time.monotonic() - since < DEADLINE:
        streak = streak + 1 if _ask(base, query) else 0
        if streak >= 6:
            return time.monotonic() - since
        time.sleep(0.05)
    pytest.fail(f"the server did not answer with the new data within {DEADLINE} s")


@pytest.mark.parametrize(("workers", "replica"), [("1", "1000000"), ("1", "0"), ("2", "1000000")],
                         ids=["1-worker-copy", "1-worker-rocksdb", "2-workers-copy"])
def test_a_load_while_serving_is_answered_within_5_s(tmp_path: Path, workers: str, replica: str) -> None:
    proc, base = start(tmp_path, {"workers": workers, "threads": "2", "replica_max_quads": replica})
    try:
        ask = f"ASK {{ <{NEW}> ?p ?o }}"
        assert not _ask(base, ask)
        before = requests.get(base + "/health", timeout=10).json()
        nt = tmp_path / "new.nt"
        nt.write_text(f'<{NEW}> <http://www.w3.org/2000/01/rdf-schema#label> "added"@en .\n')
        loaded = _cli("load", str(nt), "--graph", "https://w3id.org/osce-kg/graph/test",
                      store=tmp_path / "store")
        assert loaded.returncode == 0, loaded.stderr + loaded.stdout  # the server holds no lock
        _seen_within(base, ask, time.monotonic())
        after = requests.get(base + "/health", timeout=10).json()
        assert after["data_generation"] > before["data_generation"]
        assert after["changed_at"] and after["changed_at"] != before["changed_at"]
        assert after["triples"] == before["triples"] + 1
        assert after["refresh"]["error"] is None
    finally:
        stop(proc)


def test_pages_ingested_while_serving_are_answered_within_5_s(tmp_path: Path) -> None:
    """The issue's case: `osce-kg ingest` in a second terminal; every page's document is queryable."""
    proc, base = start(tmp_path, {"workers": "2", "threads": "1"})
    try:
        pages = write_pages(tmp_path / "pages", 3)
        done = _cli("ingest", str(tmp_path / "pages"), "--quarantine-dir", str(tmp_path / "q"),
                    store=tmp_path / "store")
        assert done.returncode == 0, done.stderr + done.stdout
        assert "ingested 3" in done.stdout
        count = ("ASK { { SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?g a prov:Entity } } }"
                 f" FILTER(?n = {len(pages)}) }}").replace("prov:Entity", "<http://www.w3.org/ns/prov#Entity>")
        _seen_within(base, count, time.monotonic())  # from the end of the command
    finally:
        stop(proc)


def test_refresh_off_serves_the_data_of_the_start(tmp_path: Path) -> None:
    """``refresh_interval`` 0 keeps the old behaviour: a snapshot until restart, and /health says
    nothing about generations it does not follow."""
    proc, base = start(tmp_path, {"refresh_interval": "0", "cache_size": "0"})
    try:
        nt = tmp_path / "new.nt"
        nt.write_text(f'<{NEW}> <http://www.w3.org/2000/01/rdf-schema#label> "added"@en .\n')
        loaded = _cli("load", str(nt), "--graph", "https://w3id.org/osce-kg/graph/test",
                      store=tmp_path / "store")
        assert loaded.returncode == 0, loaded.stderr + loaded.stdout
        time.sleep(2.0)
        assert not _ask(base, f"ASK {{ <{NEW}> ?p ?o }}")
        assert "data_generation" not in requests.get(base + "/health", timeout=10).json()
    finally:
        stop(proc)
