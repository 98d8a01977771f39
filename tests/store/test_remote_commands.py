"""`query`, `validate` and `serve` on the remote backend behave as on the embedded store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from store_servers import Server, free_port

from graph.build import build
from graph.cli import cli
from graph.paths import ROOT
from graph.store.remote import RemoteStore

COUNT_STATES = ("SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/osce-kg/def#ParticipatingState> }")


@pytest.fixture(scope="module")
def remote_args(oxigraph_server: Server) -> Iterator[list[str]]:
    store = RemoteStore(oxigraph_server.query_url, oxigraph_server.update_url)
    build(store)
    try:
        yield ["--store", "remote", "--remote-query-url", oxigraph_server.query_url,
               "--remote-update-url", oxigraph_server.update_url]
    finally:
        store.clear()


def test_query_command_answers_like_the_embedded_store(remote_args: list[str], built_store: object) -> None:
    from graph.queries import stored_queries

    sq = stored_queries()["participating-states"]
    expected = built_store.query(sq.sparql, bindings=sq.bindings())  # type: ignore[attr-defined]
    result = CliRunner().invoke(cli, ["query", "participating-states", "--format", "json", *remote_args])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    rows = rows["results"]["bindings"] if isinstance(rows, dict) else rows
    assert len(rows) == len(expected.rows) == 57


def test_validate_command_conforms_on_the_remote_build(remote_args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["validate", *remote_args])
    assert result.exit_code == 0, result.output


def test_serve_on_the_remote_store_answers_over_http(remote_args: list[str], tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "OSCE_KG_QUARANTINE_DIR": str(tmp_path / "q")}
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--port", str(port),
                                 *remote_args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                r = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": COUNT_STATES},
                                 headers={"Accept": "application/sparql-results+json"}, timeout=10)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "57"
    finally:
        proc.terminate()
        proc.wait(20)
