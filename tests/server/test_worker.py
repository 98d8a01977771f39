"""A query worker process (`python -m server.worker`) on its own, over real pipes."""

from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from graph.paths import ROOT
from server.evaluation import QueryJob
from tests.server.endpoint_process import load_store


def _start(store: Path, replica_max_quads: int) -> tuple[subprocess.Popen[bytes], Connection, Connection]:
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "server.worker", str(store), str(req_r), str(rep_w),
                             str(replica_max_quads)], pass_fds=(req_r, rep_w), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(req_r)
    os.close(rep_w)
    return proc, Connection(req_w, readable=False), Connection(rep_r, writable=False)


def _job(text: str) -> bytes:
    return pickle.dumps(QueryJob(text, None, "json", None, True, (), 100))


def test_a_worker_answers_with_and_without_a_copy_of_the_store(tmp_path: Path) -> None:
    load_store(tmp_path / "store")
    for limit in (0, 10**6):  # read-only RocksDB, then an in-memory copy
        proc, send, recv = _start(tmp_path / "store", limit)
        try:
            ready = marshal.loads(recv.recv_bytes())
            assert ready == ("ready",)
            send.send_bytes(_job("ASK { ?s ?p ?o }"))
            status, kind, fmt, body, _ = marshal.loads(recv.recv_bytes())
            assert (status, kind, fmt) == ("ok", "ask", "json") and b"true" in body
        finally:
            send.close()
            recv.close()
            proc.communicate(timeout=30)


def test_a_worker_whose_server_went_away_exits_quietly(tmp_path: Path) -> None:
    """Regression: a worker finishing a query after the server stopped died with a BrokenPipeError
    traceback in the server's log."""
    load_store(tmp_path / "store")
    proc, send, recv = _start(tmp_path / "store", 10**6)
    assert marshal.loads(recv.recv_bytes())[0] == "ready"
    send.send_bytes(_job("SELECT * WHERE { ?s ?p ?o }"))
    recv.close()  # the answer has nowhere to go
    send.close()
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert b"Traceback" not in err, err.decode(errors="replace")
