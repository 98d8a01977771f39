"""`osce-kg backup` while a server serves the store, `osce-kg restore` while it still does: the
backup opens as a store with every quad, the restore is served within seconds, the replaced store is
kept, and bad input (an existing destination, a folder that is no backup) gets a clear error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from graph.ingest.synthetic import write_pages
from graph.paths import ROOT
from tests.conftest import free_port, wait_for_http
from tests.server.endpoint_process import stop

pytestmark = pytest.mark.long  # make reliability runs it; make test stays short
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args, "--store", "oxigraph", "--store-path",
                           str(store)], cwd=ROOT, capture_output=True, text=True, timeout=300)


def _quads(base: str) -> int:
    r = requests.get(base + "/sparql", params={"query": COUNT},
                     headers={"Accept": "text/csv", "Connection": "close"}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.text.split()[-1])


def _served_within(base: str, expected: int, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while (seen := _quads(base)) != expected:
        assert time.monotonic() < deadline, f"served {seen} quads, expected {expected}"
        time.sleep(0.1)


def test_backup_and_restore_while_serving(shipped: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(shipped, store)
    port = free_port()
    env = {**os.environ, "OSCE_KG_STORE": "oxigraph", "OSCE_KG_STORE_PATH": str(store),
           "OSCE_KG_WORKERS": "2", "OSCE_KG_THREADS": "1"}
    server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--port", str(port)], cwd=tmp_path,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/health", server, timeout=120)
        original = _quads(base)

        done = _cli("backup", str(tmp_path / "backup"), store=store)
        assert done.returncode == 0, done.stderr
        assert f"backed up {original} quads" in done.stdout
        assert len(ox.Store.read_only(str(tmp_path / "backup"))) == original

        write_pages(tmp_path / "pages", 3)
        done = _cli("ingest", str(tmp_path / "pages"), "--quarantine-dir", str(tmp_path / "q"), store=store)
        assert done.returncode == 0, done.stderr
        grown = len(ox.Store.read_only(str(store)))
        assert grown > original
        _served_within(base, grown)

        done = _cli("restore", str(tmp_path / "backup"), store=store)
        assert done.returncode == 0, done.stderr
        kept = [p for p in tmp_path.iterdir() if p.name.startswith("store.replaced-")]
        assert len(kept) == 1 and str(kept[0]) in done.stdout
        assert len(ox.Store.read_only(str(kept[0]))) == grown  # nothing is lost: the replaced store is kept
        _served_within(base, original)
        assert requests.get(base + "/health", timeout=30).json()["refresh"]["error"] is None

        # bad input: a clear error, nothing moved
        again = _cli("backup", str(tmp_path / "backup"), store=store)
        assert again.returncode == 1 and "exists" in again.stderr and "Traceback" not in again.stderr
        (tmp_path / "notes").mkdir()
        (tmp_path / "notes" / "a.txt").write_text("x")
        wrong = _cli("restore", str(tmp_path / "notes"), store=store)
        assert wrong.returncode == 1 and "not an Oxigraph store" in wrong.stderr, wrong.stderr
        assert _quads(base) == original
    finally:
        stop(server)
