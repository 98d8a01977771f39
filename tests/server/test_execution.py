"""The query worker pool (`server.execution.WorkerPool`): real worker processes over a real store."""

from __future__ import annotations

from pathlib import Path

from server.evaluation import QueryJob
from server.execution import WorkerPool, worker_env
from tests.server.endpoint_process import load_store


def test_a_pool_worker_answers_a_job_from_a_copy_of_the_store(tmp_path: Path) -> None:
    load_store(tmp_path / "store")
    pool = WorkerPool(str(tmp_path / "store"), 1, 10**6)
    try:
        answer = pool.run(QueryJob("ASK { ?s ?p ?o }", None, "json", None, True, (), 10), 60)
        assert (answer.kind, answer.fmt) == ("ask", "json") and b"true" in answer.body
    finally:
        pool.close()


def test_worker_environment_puts_the_project_first_on_the_path_and_keeps_the_rest() -> None:
    env = worker_env({"GLIBC_TUNABLES": "glibc.malloc.arena_max=4", "PYTHONPATH": "/elsewhere"})
    assert env["GLIBC_TUNABLES"] == "glibc.malloc.arena_max=4"
    assert env["PYTHONPATH"].split(":")[-1] == "/elsewhere"
