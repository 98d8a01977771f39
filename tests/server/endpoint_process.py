"""A real `osce-kg serve` process (granian running the Flask app) over a small store the test loads.

The shipped graph's `live_server` fixture (tests/conftest.py) builds everything; protocol and
safety behaviour is about the server, so these tests may also run it over a few triples, with
settings (a short time limit, a small row cap) passed as environment variables.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from graph.store.oxigraph import OxigraphStore
from tests.conftest import free_port, stop_server, wait_for_http

DATA = Path(__file__).resolve().parent / "data"


def load_store(path: Path, files: tuple[Path, ...] = (DATA / "protocol.trig",),
               extra_nt: bytes = b"") -> None:
    store = OxigraphStore(path)
    for f in files:
        store.load_file(f)
    if extra_nt:
        store.load_bytes(extra_nt, "nt", graph="https://w3id.org/osce-kg/graph/bulk")
    store.close()


def start(tmp: Path, settings: Mapping[str, str] | None = None,
          extra_nt: bytes = b"") -> tuple[subprocess.Popen[bytes], str]:
    """Load the small store into ``tmp`` and serve it; returns (process, base URL)."""
    load_store(tmp / "store", extra_nt=extra_nt)
    port = free_port()
    env = {**os.environ, "OSCE_KG_STORE": "oxigraph", "OSCE_KG_STORE_PATH": str(tmp / "store"),
           **{f"OSCE_KG_{k.upper()}": v for k, v in (settings or {}).items()}}
    command = [sys.executable, "-m", "graph.cli", "serve", "--port", str(port)]
    proc = subprocess.Popen(command, cwd=tmp, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/sparql?query=ASK%7B%7D", proc, timeout=60)
    except Exception:
        proc.kill()
        raise
    return proc, base


def stop(proc: subprocess.Popen[bytes]) -> None:
    stop_server(proc)
    if proc.stdout is not None:
        proc.stdout.close()


__all__ = ["start", "stop", "load_store", "DATA"]
