"""A batch killed mid-way (SIGKILL) leaves every document either complete or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from rdflib.namespace import PROV

from graph.ingest import ingest_paths
from graph.ingest.synthetic import write_pages
from graph.namespaces import KGG
from graph.store.oxigraph import OxigraphStore

PAGES = 200
KILL_AFTER = 40  # documents reported done before the kill
VOLATILE = {PROV.generatedAtTime, PROV.endedAtTime}  # differ between two ingests of the same file


def _content(store: OxigraphStore, graph: str) -> set[tuple[str, str, str]]:
    return {(str(s), str(p), str(o)) for s, p, o in store.graph_triples(graph) if p not in VOLATILE}


@pytest.mark.slow
def test_killed_batch_leaves_documents_whole_or_absent(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", PAGES)
    store_dir = tmp_path / "store"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "ingest", "--verbose", "--store", "oxigraph", "--store-path",
         str(store_dir), "--quarantine-dir", str(tmp_path / "q"), str(tmp_path / "pages")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = 0
    watchdog = threading.Timer(120, proc.kill)  # a silent, stuck child must not hang the test run
    watchdog.start()
    assert proc.stdout is not None
    try:
        while done < KILL_AFTER:
            line = proc.stdout.readline()
            if not line:
                break
            done += line.startswith(("ingested: ", "replaced: "))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        watchdog.cancel()
    assert done == KILL_AFTER, f"the batch did not get going (exit {proc.returncode})"
    assert proc.returncode == -signal.SIGKILL

    # what a clean, uninterrupted ingest of the same batch gives, document by document
    clean = OxigraphStore(None)
    summary = ingest_paths(clean, pages, quarantine_dir=tmp_path / "q-clean", show_progress=False)
    assert summary.ingested == PAGES
    expected = {g: _content(clean, g) for g in clean.named_graphs() if g.startswith(f"{KGG}doc/")}

    killed = OxigraphStore(store_dir)
    try:
        present = [g for g in killed.named_graphs() if g.startswith(f"{KGG}doc/")]
        assert KILL_AFTER <= len(present) < PAGES  # killed mid-batch
        for g in present:
            assert _content(killed, g) == expected[g], f"{g} is incomplete"
    finally:
        killed.close()
