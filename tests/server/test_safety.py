"""Safe defaults (server/safety.py, server/execution.py): read-only, no outbound fetch, time limit.

The tokenizer is tested on texts that hide keywords in strings, IRIs and comments and on texts that
hide real clauses behind escapes. Over real HTTP, a local TCP listener stands in for "the internet":
queries that would make an engine fetch from it are refused, and it must never be contacted. A slow
query and a fast one run at once: the slow one gets 503 near the time limit and its worker process is
killed, the fast one is answered at once.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from server.safety import Refused, check, inspect
from tests.server.endpoint_process import start, stop

TIMEOUT = 2.0


# -- the tokenizer ---------------------------------------------------------------------------------
@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { ?a ?b ?c }" }',
    "SELECT * WHERE { ?s ?p '''a\n SERVICE <http://x/> {} ''' }",
    "SELECT * WHERE { ?s ?p ?o # SERVICE <http://x/> {}\n }",
    "SELECT * WHERE { ?s <http://x/#SERVICE> ?o }",
    "PREFIX service: <http://x/> SELECT ?service WHERE { ?service service:service 'x'@service }",
    'SELECT * WHERE { ?s ?p "escaped \\" SERVICE <http://x/> {} " }',
])
def test_keywords_inside_strings_iris_comments_and_names_are_not_clauses(query: str) -> None:
    found = inspect(query)
    assert found.kind == "select" and not found.service


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "select * where { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://x/> } }",
    "SELECT*{SERVICE<http://x/>{?s ?p ?o}}",
    # a prefixed name with an escaped '#' or quote must not open a comment or a string
    "PREFIX ex: <http://e/> SELECT * WHERE { ?s ?p ex:a\\#b SERVICE <http://x/> { ?s ?p ?o } }",
    "PREFIX ex: <http://e/> SELECT * WHERE { ?s ?p ex:a\\'b SERVICE <http://x/> { ?s ?p ?o } . ?s ?p 'x' }",
    # \u escapes are decoded before parsing by some engines: a quote written as \u0022 ends the string
    'SELECT * WHERE { ?s ?p "x\\u0022 . SERVICE <http://x/> { ?s ?p ?o } ?s ?p \\u0022y" }',
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
])
def test_service_is_found_wherever_it_really_is(query: str) -> None:
    assert inspect(query).service


def test_from_clauses_are_resolved_against_prefixes_and_base() -> None:
    found = inspect("BASE <http://b/dir/> PREFIX g: <http://g/> SELECT * FROM g:one FROM <rel> "
                    "FROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert found.from_graphs == ("http://g/one", "http://b/dir/rel")
    assert found.from_named == ("file:///etc/passwd",)


@pytest.mark.parametrize(("query", "form"), [
    ("INSERT DATA { <a:b> <a:b> <a:b> }", "INSERT"), ("LOAD <http://x/>", "LOAD"),
    ("PREFIX x: <urn:x> CLEAR ALL", "CLEAR"), ("DROP GRAPH <urn:g>", "DROP"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"), ("ASK {} ; LOAD <http://x/>", "ASK"),
])
def test_updates_are_recognised(query: str, form: str) -> None:
    found = inspect(query)
    assert found.kind == "update" and found.form == form
    with pytest.raises(Refused, match="read-only") as info:
        check(found, frozenset(), protocol_dataset=False)
    assert info.value.status == 400


def test_policy() -> None:
    named = frozenset({"urn:g"})
    check(inspect("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }"), named, protocol_dataset=False)
    with pytest.raises(Refused, match="urn:other") as info:
        check(inspect("SELECT * FROM NAMED <urn:other> WHERE { ?s ?p ?o }"), named, protocol_dataset=False)
    assert info.value.status == 403
    # the protocol's default-graph-uri replaces FROM, so FROM is never looked at then
    check(inspect("SELECT * FROM <urn:other> WHERE { ?s ?p ?o }"), named, protocol_dataset=True)
    with pytest.raises(Refused, match="SERVICE"):
        check(inspect("ASK { SERVICE <urn:g> {} }"), named, protocol_dataset=True)


@pytest.mark.parametrize(("query", "capped"), [
    ("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o }\nLIMIT 5"),
    ("SELECT * { ?s ?p ?o } LIMIT 3", "SELECT * { ?s ?p ?o } LIMIT 3"),
    ("SELECT * { ?s ?p ?o } LIMIT 300 OFFSET 2", "SELECT * { ?s ?p ?o } LIMIT 5 OFFSET 2"),
    ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1000 } } # end",
     "SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1000 } } # end\nLIMIT 5"),
    ("SELECT * { ?s ?p ?o } VALUES ?s { <a:b> }", "SELECT * { ?s ?p ?o } LIMIT 5\nVALUES ?s { <a:b> }"),
    ("DESCRIBE <a:b>", "DESCRIBE <a:b>\nLIMIT 5"),
    ("ASK { ?s ?p ?o }", None),
])
def test_row_cap_rewrites_only_the_top_level_limit(query: str, capped: str | None) -> None:
    assert inspect(query).capped(query, 5) == capped


# -- over real HTTP --------------------------------------------------------------------------------
class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.contacts: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(0.5)
            try:
                self.contacts.append(conn.recv(200) or b"(connected)")
            except OSError:
                self.contacts.append(b"(connected)")
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A server process over the small dataset plus 2,000 bulk triples, with a 2 s time limit."""
    bulk = b"".join(b'<urn:bulk:%d> <urn:bulk:p> "%d" .\n' % (i, i) for i in range(2000))
    proc, base = start(tmp_path_factory.mktemp("safety"), {"query_timeout": str(TIMEOUT)}, extra_nt=bulk)
    yield base + "/sparql", proc.pid
    stop(proc)


def test_nothing_is_ever_fetched(server: tuple[str, int]) -> None:
    url, _ = server
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}"
    try:
        refused = [
            ("GET", {"query": f"SELECT * WHERE {{ SERVICE <{target}/> {{ ?s ?p ?o }} }}"}, None),
            ("GET", {"query": f"SELECT * WHERE {{ SERVICE SILENT <{target}/sparql> {{ ?s ?p ?o }} }}"}, None),
            ("GET", {"query": f"SELECT * FROM <{target}/x> WHERE {{ ?s ?p ?o }}"}, None),
            ("GET", {"query": f"SELECT * FROM NAMED <{target}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}, None),
            ("GET", {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}, None),
            ("GET", {"query": f"LOAD <{target}/data.ttl>"}, None),
            ("POST", {"update": f"LOAD <{target}/data.ttl>"}, None),
            ("POST", f"LOAD <{target}/data.ttl> INTO GRAPH <urn:g>", "application/sparql-update"),
            ("POST", f"ASK {{ SERVICE <{target}/> {{ }} }}", "application/sparql-query"),
        ]
        for method, payload, ctype in refused:
            if method == "GET":
                r = requests.get(url, params=payload, timeout=10)  # type: ignore[arg-type]
            elif ctype is None:
                r = requests.post(url, data=payload, timeout=10)
            else:
                r = requests.post(url, data=str(payload).encode(), headers={"Content-Type": ctype},
                                  timeout=10)
            assert r.status_code in (400, 403), (payload, r.status_code, r.text)
            assert any(w in r.text for w in ("SERVICE", "read-only", "not a named graph")), r.text
        # a protocol dataset naming the listener is answered from the store (an empty graph), unfetched
        r = requests.get(url, params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": f"{target}/g"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=10)
        assert r.status_code == 200 and r.json()["boolean"] is False
        time.sleep(0.5)
        assert listener.contacts == []
        # the listener does notice a contact (so the assertion above could fail)
        with socket.create_connection(("127.0.0.1", listener.port), timeout=2) as s:
            s.sendall(b"probe")
        deadline = time.monotonic() + 3
        while not listener.contacts and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.contacts == [b"probe"]
    finally:
        listener.close()


def _cpu_seconds_of_children(pid: int) -> dict[int, float]:
    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    return out


def test_a_slow_query_times_out_while_a_fast_one_is_served(server: tuple[str, int]) -> None:
    url, pid = server
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 2e10 rows
    fast = "SELECT ?s WHERE { ?s a <https://w3id.org/osce-kg/def#ParticipatingState> }"
    requests.get(url, params={"query": fast}, timeout=10)  # workers up
    result: dict[str, tuple[int, float, str]] = {}

    def run_slow() -> None:
        t0 = time.monotonic()
        r = requests.get(url, params={"query": slow}, timeout=30)
        result["slow"] = (r.status_code, time.monotonic() - t0, r.text)

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    r = requests.get(url, params={"query": fast}, timeout=30)
    fast_seconds = time.monotonic() - t0
    thread.join(30)
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 3
    assert fast_seconds < 1.0
    status, seconds, text = result["slow"]
    assert status == 503 and "time limit of 2 s" in text
    assert TIMEOUT - 0.1 < seconds < TIMEOUT + 1.5
    # the runaway query's worker was killed: no child process keeps burning CPU
    time.sleep(1.0)
    before = _cpu_seconds_of_children(pid)
    time.sleep(1.0)
    after = _cpu_seconds_of_children(pid)
    assert all(after[p] - before.get(p, 0.0) < 0.5 for p in after), (before, after)
    assert requests.get(url, params={"query": fast}, timeout=10).status_code == 200


# -- the tokenizer agrees with a real SPARQL parser (rdflib's) --------------------------------------
_PIECES = [
    "?s ?p ?o .",
    '?s ?p "SERVICE <http://x/> { }" .',
    "?s ?p 'FROM <http://z/>' .",
    '?s ?p """multi\nline SERVICE <http://x/> {}""" .',
    "# SERVICE <http://x/> { ?a ?b ?c }\n",
    "?s <http://e/#SERVICE> ?o .",
    "SERVICE <http://x/> { ?a ?b ?c }",
    "service silent ?svc { ?a ?b ?c }",
    "OPTIONAL { SERVICE <http://y/> { ?d ?e ?f } }",
    'FILTER(?o != "x # y")',
    "?s ex:a\\#b ?o . SERVICE <http://w/> { ?o ?p ?s }",
    "?s ex:from ?service .",
    "{ SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 }",
]
_DATASET = ["FROM <http://g/1>", "FROM ex:g2", "FROM NAMED <http://g/3>", "FROM NAMED <rel>"]


@settings(max_examples=150, deadline=None)
@given(form=st.sampled_from(["SELECT *", "ASK", "CONSTRUCT { ?s ?p ?o }", "DESCRIBE ?s"]),
       base=st.booleans(),
       dataset=st.lists(st.sampled_from(_DATASET), max_size=3),
       body=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_inspection_agrees_with_rdflibs_parser(form: str, base: bool, dataset: list[str],
                                               body: list[str]) -> None:
    from rdflib.plugins.sparql.algebra import translateQuery, traverse
    from rdflib.plugins.sparql.parser import parseQuery

    text = (("BASE <http://b/d/>\n" if base else "") + "PREFIX ex: <http://e/>\n"
            + f"{form} {' '.join(dataset)} WHERE {{\n" + "\n".join(body) + "\n}")
    try:
        algebra = translateQuery(parseQuery(text)).algebra
    except Exception:  # noqa: BLE001 - some combinations are not SPARQL (relative IRI without BASE)
        assume(False)
        return
    services: list[object] = []

    def visit(node: object) -> None:
        if getattr(node, "name", None) == "ServiceGraphPattern":
            services.append(node)

    traverse(algebra, visit)
    clauses = algebra.get("datasetClause") or []
    found = inspect(text)
    assert found.kind == {"SELECT *": "select", "ASK": "ask"}.get(form, "graph")
    assert found.service == bool(services), text
    assert sorted(found.from_graphs) == sorted(str(c["default"]) for c in clauses if "default" in c), text
    assert sorted(found.from_named) == sorted(str(c["named"]) for c in clauses if "named" in c), text
