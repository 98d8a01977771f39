"""The query worker pool (`server.execution.WorkerPool`): real worker processes over a real store."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import pytest

from server.evaluation import QueryJob
from server.execution import WorkerPool, worker_env
from tests.server.endpoint_process import load_store

THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")
LIBC, LIBC_VERSION = platform.libc_ver()


def _huge_pages_kb(pool: WorkerPool) -> int:
    answer = pool.run(QueryJob("ASK { ?s ?p ?o }", None, "json", None, True, (), 10), 60)
    assert answer.kind == "ask" and b"true" in answer.body
    (worker,) = pool._all
    rollup = Path(f"/proc/{worker.proc.pid}/smaps_rollup").read_text()
    found = re.search(r"^AnonHugePages:\s+(\d+) kB", rollup, re.MULTILINE)
    assert found, rollup
    return int(found.group(1))


@pytest.mark.skipif(not THP.exists() or "[never]" in THP.read_text(),
                    reason="the kernel has no transparent huge pages (or they are off)")
@pytest.mark.skipif(LIBC != "glibc" or tuple(map(int, LIBC_VERSION.split(".")[:2])) < (2, 35),
                    reason=f"glibc.malloc.hugetlb needs glibc 2.35+ (found {LIBC} {LIBC_VERSION})")
def test_query_workers_hold_their_store_copy_in_huge_pages_unless_told_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_store(tmp_path / "store")
    sizes = {}
    for tunables in ("glibc.malloc.arena_max=4", "glibc.malloc.hugetlb=0"):
        monkeypatch.setenv("GLIBC_TUNABLES", tunables)
        pool = WorkerPool(str(tmp_path / "store"), 1, 10**6)
        try:
            sizes[tunables] = _huge_pages_kb(pool)
        finally:
            pool.close()
    assert sizes["glibc.malloc.arena_max=4"] > 0  # other tunables kept, huge pages added
    assert sizes["glibc.malloc.hugetlb=0"] == 0  # the operator's choice wins


def test_worker_environment_adds_huge_pages_and_keeps_the_rest() -> None:
    env = worker_env({"GLIBC_TUNABLES": "glibc.malloc.arena_max=4", "PYTHONPATH": "/elsewhere"})
    assert env["GLIBC_TUNABLES"] == "glibc.malloc.arena_max=4:glibc.malloc.hugetlb=1"
    assert env["PYTHONPATH"].split(":")[-1] == "/elsewhere"
    mine = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}
    assert worker_env(mine)["GLIBC_TUNABLES"] == "glibc.malloc.hugetlb=0"
