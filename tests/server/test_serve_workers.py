"""`osce-kg serve` with several worker processes: each opens the embedded store read-only, so they all
start (a second read-write opener would fail on the store's lock) and all answer, time limit included."""

from __future__ import annotations

import subprocess
import time
import urllib.parse
from pathlib import Path

import requests

from tests.server.endpoint_process import start, stop


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_two_workers_share_the_store_and_both_answer(tmp_path: Path) -> None:
    proc, base = start(tmp_path, {"workers": "2", "cache_size": "0", "query_timeout": "2"})
    try:
        deadline = time.monotonic() + 30
        while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(_children(proc.pid)) == 2, "granian should run two worker processes"
        with requests.Session() as s:
            # keep-alive pins a session to one worker: fresh connections spread over both
            for _ in range(8):
                r = requests.get(base + "/id/state/fin", headers={"Accept": "text/turtle"}, timeout=10)
                assert r.status_code == 200 and '"Finland"@en' in r.text
                q = "SELECT ?l WHERE { <https://w3id.org/osce-kg/id/state/ita> ?p ?l FILTER(isLiteral(?l)) }"
                r = requests.get(base + "/sparql?" + urllib.parse.urlencode({"query": q}),
                                 headers={"Accept": "text/csv", "Connection": "close"}, timeout=10)
                assert r.status_code == 200 and "Italy" in r.text
            patterns = " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(9))  # about 20^9 rows
            slow = "SELECT (COUNT(*) AS ?n) WHERE { " + patterns + " }"
            r = s.post(base + "/sparql", data={"query": slow}, timeout=30)
            assert r.status_code == 503, r.text
    finally:
        stop(proc)
    assert proc.returncode is not None
