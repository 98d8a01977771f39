"""The OpenAPI description (server/openapi.py): complete, valid, and the API it describes never 5xx
under schemathesis' generated requests against a live `osce-kg serve` process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.queries import stored_queries
from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.execution import get_executor

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def document() -> dict:  # type: ignore[type-arg]
    store = OxigraphStore(None)
    store.load_file(DATA / "protocol.trig")
    app = create_app({"store": "memory"}, store=store)
    r = app.test_client().get("/openapi.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    rules = [rule.rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]
    get_executor(app).close()
    doc = json.loads(r.data)
    doc["x-rules"] = rules
    return doc  # type: ignore[no-any-return]


def test_every_route_of_the_app_is_described(document: dict) -> None:  # type: ignore[type-arg]
    paths = list(document["paths"])
    for rule in document["x-rules"]:
        prefix = rule.split("<", 1)[0].rstrip("/") or "/"
        if "<any(" in rule:  # /def.ttl, /shapes.nt …: suffix forms of /def and /shapes
            prefix = "/" + rule.split("'", 2)[1].split(".", 1)[0]
        assert any(p == prefix or p.startswith(prefix + "/") for p in paths), rule


def test_sparql_is_described_fully(document: dict) -> None:  # type: ignore[type-arg]
    sparql = document["paths"]["/sparql"]
    assert {"get", "post", "options"} <= set(sparql)
    names = {p["name"] for p in sparql["get"]["parameters"]}
    assert names == {"query", "default-graph-uri", "named-graph-uri", "format"}
    assert {"400", "403", "406", "413", "415", "503"} <= set(sparql["get"]["responses"])
    media = set(sparql["get"]["responses"]["200"]["content"])
    assert {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml"} <= media
    assert set(sparql["post"]["requestBody"]["content"]) == {"application/x-www-form-urlencoded",
                                                            "application/sparql-query"}


def test_each_stored_query_has_its_typed_parameters(document: dict) -> None:  # type: ignore[type-arg]
    for name, q in stored_queries().items():
        op = document["paths"][f"/queries/{name}"]["get"]
        params = {p["name"]: p for p in op["parameters"]}
        assert op["summary"] == q.title
        for p in q.parameters:
            assert params[p.name]["required"] is (p.default is None)


@pytest.mark.skipif(shutil.which("schemathesis", path=str(Path(sys.executable).parent)) is None,
                    reason="schemathesis is not installed in this environment")
def test_schemathesis_finds_no_server_error(live_server: str, tmp_path: Path) -> None:
    cli = str(Path(sys.executable).parent / "schemathesis")
    run = subprocess.run(
        [cli, "run", live_server + "/openapi.json", "--checks", "not_a_server_error", "--max-examples", "15",
         "--request-timeout", "20", "--seed", "20261128", "--no-color", "--generation-deterministic"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    tail = run.stdout[-6000:]
    failing = [line for line in run.stdout.splitlines() if line.startswith("___")]
    assert "Server error" not in run.stdout, f"5xx from {failing}:\n{tail}"
    assert run.returncode == 0, tail + run.stderr[-2000:]
    assert "Tested: " in run.stdout, tail
