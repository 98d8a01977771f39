"""``POST /ingest`` against a real server process: off by default, a bearer token, the statuses a
client can act on, one outcome per document (the CLI pipeline's: ingested, unchanged, replaced,
quarantined with the report), the documents served within seconds; a page that hangs is stopped."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from graph.ingest.synthetic import page
from server.ingest_endpoint import run_batch, safe_name
from tests.server.endpoint_process import start, stop

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("ingest-http")
    proc, base = start(tmp, {"ingest_token": TOKEN, "max_request_bytes": "200000", "workers": "2",
                             "threads": "2", "quarantine_dir": str(tmp / "q"), "upload_dir": str(tmp / "up")})
    try:
        yield base, tmp
    finally:
        stop(proc)


def _documents(base: str) -> int:
    q = ("SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?g a <http://www.w3.org/ns/prov#Entity> } }")
    r = requests.get(base + "/sparql", params={"query": q}, headers={"Accept": "text/csv",
                                                                     "Connection": "close"}, timeout=10)
    assert r.status_code == 200, r.text
    return int(r.text.split()[-1])


def test_off_unless_a_token_is_set(tmp_path: Path) -> None:
    proc, base = start(tmp_path)
    try:
        r = requests.post(base + "/ingest", json=[{"name": "a.txt", "content": page(1)}], headers=AUTH,
                          timeout=30)
        assert r.status_code == 403 and "ingest_token" in r.text
    finally:
        stop(proc)


def test_who_and_what_is_refused(server: tuple[str, Path]) -> None:
    base, tmp = server
    one = [{"name": "a.txt", "content": page(1)}]
    r = requests.post(base + "/ingest", json=one, timeout=30)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = requests.post(base + "/ingest", json=one, headers={"Authorization": "Bearer wrong"}, timeout=30)
    assert r.status_code == 401
    r = requests.post(base + "/ingest", json=one, headers={"Authorization": f"Basic {TOKEN}"}, timeout=30)
    assert r.status_code == 401
    r = requests.post(base + "/ingest", data=b"<page/>", headers={**AUTH, "Content-Type": "application/xml"},
                      timeout=30)
    assert r.status_code == 415 and "multipart/form-data" in r.text
    r = requests.post(base + "/ingest", json=[{"name": "big.txt", "content": "x" * 300_000}], headers=AUTH,
                      timeout=30)
    assert r.status_code == 413
    r = requests.post(base + "/ingest", data=b"[{", headers={**AUTH, "Content-Type": "application/json"},
                      timeout=30)
    assert r.status_code == 400 and "JSON" in r.text
    r = requests.post(base + "/ingest", json=[{"name": "x.txt"}], headers=AUTH, timeout=30)
    assert r.status_code == 400 and "content" in r.text
    r = requests.post(base + "/ingest", json=[], headers=AUTH, timeout=30)
    assert r.status_code == 400
    # the SPARQL endpoint stays read-only, token or not
    r = requests.post(base + "/sparql", data={"update": "CLEAR ALL"}, headers=AUTH, timeout=30)
    assert r.status_code == 403
    assert not list((tmp / "up").glob("*")) or all(p.name != "big.txt" for p in (tmp / "up").iterdir())


def test_a_batch_gets_one_outcome_per_document_and_is_served(server: tuple[str, Path]) -> None:
    base, tmp = server
    before = _documents(base)
    batch = [{"name": "first.txt", "content": page(11)},
             {"name": "../../etc/second.txt", "content": page(12)},
             {"name": "empty.txt", "content": ""}]
    r = requests.post(base + "/ingest", json=batch, headers=AUTH, timeout=120)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["summary"] == {"ingested": 2, "unchanged": 0, "replaced": 0, "quarantined": 1}
    by_name = {d["name"]: d for d in body["documents"]}
    assert by_name["first.txt"]["status"] == "ingested" and by_name["first.txt"]["graph"]
    assert by_name["second.txt"]["status"] == "ingested"  # the path was cut to its name
    bad = by_name["empty.txt"]
    assert bad["status"] == "quarantined" and bad["reason"] and "reason:" in bad["report"]
    assert (tmp / "q" / "empty.txt.report.txt").exists()
    assert sorted(p.name for p in (tmp / "up").iterdir()) == ["empty.txt", "first.txt", "second.txt"]
    deadline = time.monotonic() + 5
    while _documents(base) != before + 2:
        assert time.monotonic() < deadline, "the ingested documents were not served within 5 s"
        time.sleep(0.1)

    # the same pages again: nothing written; a changed page under the same name replaces its document
    r = requests.post(base + "/ingest", files={"a": ("first.txt", page(11).encode())}, headers=AUTH,
                      timeout=120)
    assert r.status_code == 200 and r.json()["documents"][0]["status"] == "unchanged", r.text
    changed = page(11).replace("participants", "participants in all", 1)
    r = requests.post(base + "/ingest", data=changed.encode(), params={"name": "second.txt"},
                      headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"}, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["documents"][0]["status"] in ("replaced", "ingested")


def test_a_page_that_hangs_is_stopped_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A FIFO nobody writes: reading it blocks for ever, like an extractor that never ends."""
    from graph.store.oxigraph import OxigraphStore

    OxigraphStore(tmp_path / "store").close()
    hang = tmp_path / "hang.txt"
    os.mkfifo(hang)
    good = tmp_path / "good.txt"
    good.write_text(page(21), encoding="utf-8")
    started = time.monotonic()
    result = run_batch(tmp_path / "store", tmp_path / "q", [hang, good], page_seconds=3, lock_wait=5)
    assert time.monotonic() - started < 60
    assert result.error is None
    statuses = {d["name"]: d["status"] for d in result.documents}
    assert statuses == {"hang.txt": "quarantined", "good.txt": "ingested"}
    hung = next(d for d in result.documents if d["name"] == "hang.txt")
    assert "longer than 3 s" in hung["reason"]


def test_a_batch_waits_for_another_writer_then_says_503(tmp_path: Path) -> None:
    from graph.store.oxigraph import OxigraphStore

    holder = OxigraphStore(tmp_path / "store")  # another writer holds the store's lock
    try:
        good = tmp_path / "good.txt"
        good.write_text(page(22), encoding="utf-8")
        result = run_batch(tmp_path / "store", tmp_path / "q", [good], page_seconds=10, lock_wait=1)
        assert result.error is not None and result.error[0] == 503
        assert result.documents == []
    finally:
        holder.close()


def test_client_names_become_safe_file_names() -> None:
    assert safe_name("../../etc/passwd") == "passwd.txt"
    assert safe_name("C:\\pages\\a b.html") == "a-b.html"
    assert safe_name("") == "page.txt"
    assert safe_name("..") == "page.txt"
