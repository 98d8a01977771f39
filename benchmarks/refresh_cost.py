"""What a refresh costs: a real `osce-kg serve` over a copy of a built store, one `osce-kg load` of a
triple from another process, then the time until every answer (fresh connections, either worker)
shows it, the server's own figure for preparing the switch (/health refresh.seconds), and the memory
of the server's process tree before, at the peak of, and after the refresh.

    python benchmarks/refresh_cost.py STORE_DIR [--workers 2] [--threads 2] [--replica-max-quads N]

Prints one JSON object. The store directory is copied first; the original is not written.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port, wait_for_http  # noqa: E402
from tests.reliability.soak import tree_rss  # noqa: E402

NEW = "https://w3id.org/osce-kg/id/test/refresh-cost"
HEADERS = {"Accept": "application/sparql-results+json", "Connection": "close"}


def _sample(pid: int, stop: threading.Event, peak: list[int]) -> None:
    while not stop.wait(0.05):
        peak[0] = max(peak[0], tree_rss(pid)[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--workers", default="2")
    parser.add_argument("--threads", default="2")
    parser.add_argument("--replica-max-quads", default="1000000")
    parser.add_argument("--rounds", type=int, default=3)
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="osce-kg-refresh-") as tmp:
        store = Path(tmp) / "store"
        shutil.copytree(ns.store, store)
        port = free_port()
        env = {**os.environ, "OSCE_KG_STORE": "oxigraph", "OSCE_KG_STORE_PATH": str(store),
               "OSCE_KG_WORKERS": ns.workers, "OSCE_KG_THREADS": ns.threads,
               "OSCE_KG_REPLICA_MAX_QUADS": ns.replica_max_quads, "OSCE_KG_CACHE_SIZE": "0"}
        server = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--port", str(port)], cwd=tmp,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        rounds = []
        try:
            wait_for_http(base + "/health", server, timeout=600)
            time.sleep(2)
            quads = requests.get(base + "/health", timeout=30).json()["triples"]
            for k in range(ns.rounds):
                before = tree_rss(server.pid)[0]
                peak = [before]
                stop = threading.Event()

                sampler = threading.Thread(target=_sample, args=(server.pid, stop, peak), daemon=True)
                sampler.start()
                nt = Path(tmp) / f"new-{k}.nt"
                nt.write_text(f'<{NEW}/{k}> <http://www.w3.org/2000/01/rdf-schema#label> "x"@en .\n')
                subprocess.run([sys.executable, "-m", "graph.cli", "load", str(nt), "--graph",
                                "https://w3id.org/osce-kg/graph/test", "--store-path", str(store)], cwd=ROOT,
                               env=env, check=True, capture_output=True)
                written = time.monotonic()
                query = {"query": f"ASK {{ <{NEW}/{k}> ?p ?o }}"}
                streak = 0
                while streak < 8:
                    r = requests.get(base + "/sparql", params=query, timeout=60, headers=HEADERS)
                    streak = streak + 1 if r.json()["boolean"] else 0
                    if time.monotonic() - written > 120:
                        raise SystemExit("not served within 120 s")
                visible = time.monotonic() - written
                time.sleep(3)  # retired workers end, the old copy is freed and trimmed
                stop.set()
                sampler.join()
                after = tree_rss(server.pid)[0]
                health = requests.get(base + "/health", timeout=30).json()
                rounds.append({"visible_after_s": round(visible, 2),
                               "prepare_s": health["refresh"]["seconds"],
                               "rss_mb": {"before": before >> 20, "peak": peak[0] >> 20,
                                          "after": after >> 20}})
        finally:
            server.terminate()
            server.wait(30)
    print(json.dumps({"quads": quads, "workers": ns.workers, "threads": ns.threads,
                      "replica_max_quads": ns.replica_max_quads, "rounds": rounds}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
