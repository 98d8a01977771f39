"""Disk full during ingest: the store lives on a small tmpfs (needs root to mount; skipped with the
reason otherwise). The ingest ends with a clear error and exit status 1; nothing is corrupted; the
running server keeps serving; with space again the store opens, every document is whole, the graph
validates and a re-run completes the batch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib.namespace import PROV

from graph.ingest.synthetic import write_pages
from graph.namespaces import KGG
from graph.paths import ROOT
from graph.store.oxigraph import OxigraphStore
from graph.validation import validate_store
from tests.conftest import free_port, wait_for_http
from tests.server.endpoint_process import stop

pytestmark = pytest.mark.long  # make reliability runs it; make test stays short
HEADROOM = 16 * 2**20  # the tmpfs: the shipped store's size plus this
LEFT_BYTES = 300 * 2**10  # room left when the ingest starts: some tens of documents


@pytest.fixture
def small_disk(shipped: Path, tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a size-limited tmpfs needs root and mount(8)")
    size = sum(f.stat().st_size for f in shipped.iterdir()) + HEADROOM
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def _ingest(pages: Path, store: Path, q: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph.cli", "ingest", "--store", "oxigraph", "--store-path",
                           str(store), "--quarantine-dir", str(q), str(pages)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_disk_full_during_ingest(shipped: Path, small_disk: Path, tmp_path: Path) -> None:
    store = small_disk / "store"
    shutil.copytree(shipped, store)
    OxigraphStore(store).close()  # RocksDB turns the copied log into tables once, before space runs out
    write_pages(tmp_path / "pages", 60)  # (page 102 would clash with the seed event)
    port = free_port()
    env = {**os.environ, "OSCE_KG_STORE": "oxigraph", "OSCE_KG_STORE_PATH": str(store)}
    server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--port", str(port)], cwd=tmp_path,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/health", server, timeout=120)
        free = shutil.disk_usage(small_disk).free
        with open(small_disk / "filler", "wb") as f:
            f.truncate(0)
            os.posix_fallocate(f.fileno(), 0, max(0, free - LEFT_BYTES))

        full = _ingest(tmp_path / "pages", store, tmp_path / "q")
        out = full.stdout + full.stderr
        assert full.returncode == 1, out[-2000:]
        assert "No space left on device" in out and str(store) in out, out[-2000:]
        assert "Traceback" not in out, out[-2000:]

        # the server goes on answering from what it has
        for path in ("/health", "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"):
            r = requests.get(base + path, timeout=30)
            assert r.status_code == 200, r.text
    finally:
        stop(server)

    (small_disk / "filler").unlink()
    reference = OxigraphStore(shipped, read_only=True)
    shipped_docs = {g for g in reference.named_graphs() if g.startswith(f"{KGG}doc/")}
    del reference
    after = OxigraphStore(store)  # opens (RocksDB replays its log)
    try:
        docs = [g for g in after.named_graphs() if g.startswith(f"{KGG}doc/")]
        assert len(docs) > len(shipped_docs), "the disk was full before the first document: nothing tested"
        for g in docs:  # every document is whole: it carries its provenance, written last in its graph
            assert list(after.graph_triples(g).triples((None, PROV.wasGeneratedBy, None))), g
        report = validate_store(after)
        assert report.conforms, report.text()[:2000]
    finally:
        after.close()
    again = _ingest(tmp_path / "pages", store, tmp_path / "q")
    assert again.returncode == 0, (again.stdout + again.stderr)[-2000:]
    assert "quarantined 0" in again.stdout and "unchanged" in again.stdout
