"""Shared fixtures: a freshly built graph in memory, and a real server process over real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from graph.paths import ROOT

SHARED = ROOT.parent / "shared"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def built_store():  # type: ignore[no-untyped-def]
    """The shipped graph, built from the repo into an in-memory store once per test session."""
    from graph.build import build
    from graph.store import open_store

    store = open_store({"store": "memory"})
    build(store)
    return store


def wait_for_http(url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:  # refused, or accepted but slow to answer while it starts
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


def start_server(tmp: Path, extra_env: dict[str, str] | None = None,
                 args: tuple[str, ...] = ()) -> tuple[subprocess.Popen[bytes], str]:
    """`osce-kg serve --build-if-needed` in its own process with its own store directory."""
    port = free_port()
    env = {**os.environ, "OSCE_KG_STORE_PATH": str(tmp / "store"), "OSCE_KG_QUARANTINE_DIR": str(tmp / "q"),
           **(extra_env or {})}
    # output goes to a file, not a pipe: a pipe nobody reads fills up and stalls the server
    log_path = tmp / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "graph.cli", "serve", "--build-if-needed", "--port", str(port), *args],
            cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/sparql?query=ASK%7B%7D", proc)
    except Exception as exc:
        proc.kill()
        proc.wait(10)
        raise RuntimeError(f"{exc}; server log:\n{log_path.read_text(errors='replace')[-3000:]}") from exc
    return proc, base


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real `osce-kg serve` process (granian) serving the shipped graph."""
    proc, base = start_server(tmp_path_factory.mktemp("server"))
    try:
        yield base
    finally:
        stop_server(proc)
