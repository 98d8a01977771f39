"""Issue 2 item 7: a second `osce-kg serve --build-if-needed` (what `make serve` runs) does not rebuild;
a deleted store is rebuilt even when the fingerprint beside it says the repo did not change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import requests
from store_servers import free_port

from graph.paths import ROOT


def serve_once(tmp: Path) -> str:
    """Start, answer one query, stop; return what the command printed."""
    port = free_port()
    env = {**os.environ, "OSCE_KG_STORE_PATH": str(tmp / "store"), "OSCE_KG_QUARANTINE_DIR": str(tmp / "q")}
    log = tmp / f"serve-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--build-if-needed", "--port",
                                 str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                r = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK { ?s ?p ?o }"},
                                 headers={"Accept": "application/sparql-results+json"}, timeout=5)
                assert r.json()["boolean"] is True
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(20)
    return log.read_text()


def test_second_start_does_not_rebuild_and_a_deleted_store_is_rebuilt(tmp_path: Path) -> None:
    first = serve_once(tmp_path)
    assert "building:" in first
    second = serve_once(tmp_path)
    assert "graph is up to date" in second and "building:" not in second
    shutil.rmtree(tmp_path / "store")
    third = serve_once(tmp_path)
    assert "building:" in third
