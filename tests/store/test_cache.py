"""The query cache: identical queries are answered from the LRU, any write makes the next one a miss."""

from __future__ import annotations

import time

from rdflib import Graph, Literal, URIRef
from store_servers import Server

from graph.store import open_store
from graph.store.cache import CachingStore
from graph.store.oxigraph import OxigraphStore
from graph.store.remote import RemoteStore

G = "https://w3id.org/osce-kg/graph/test/cache"
EX = "https://w3id.org/osce-kg/id/test/"
COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"


def graph(n: int) -> Graph:
    g = Graph()
    for i in range(n):
        g.add((URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(i)))
    return g


def count(store: CachingStore | RemoteStore) -> int:
    return int(store.query(COUNT).values("n")[0])  # type: ignore[arg-type]


def test_open_store_wraps_the_backend_only_when_cache_size_is_positive() -> None:
    assert isinstance(open_store({"store": "memory", "cache_size": 8}), CachingStore)
    assert isinstance(open_store({"store": "memory", "cache_size": 0}), OxigraphStore)


def test_repeat_is_a_hit_and_a_write_makes_it_a_miss() -> None:
    store = CachingStore(OxigraphStore(None), size=8)
    store.replace_graph(G, graph(3))
    assert count(store) == 3 and (store.hits, store.misses) == (0, 1)
    first = store.query(COUNT)
    assert store.query(COUNT) is first and store.hits == 2
    store.query_serialized(COUNT, "json")
    store.query_serialized(COUNT, "json")
    store.query_serialized(COUNT, "csv")
    assert (store.hits, store.misses) == (3, 3)
    store.replace_graph(G, graph(5))
    assert count(store) == 5 and store.misses == 4
    store.inner.load_bytes(graph(7).serialize(format="nt", encoding="utf-8"), "nt", G + "/more")
    assert count(store) == 12, "a write through the wrapped store's own methods also invalidates"


def test_bindings_and_datasets_are_part_of_the_key() -> None:
    store = CachingStore(OxigraphStore(None), size=8)
    store.replace_graph(G, graph(3))
    q = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }}"
    a = store.query(q, bindings={"s": URIRef(EX + "s1")})
    b = store.query(q, bindings={"s": URIRef(EX + "s2")})
    assert a.values("o") == [Literal(1)] and b.values("o") == [Literal(2)]
    assert store.hits == 0


def test_the_lru_keeps_at_most_size_entries() -> None:
    store = CachingStore(OxigraphStore(None), size=2)
    for i in range(4):
        store.query(f"ASK {{ <{EX}s{i}> ?p ?o }}")
    store.query("ASK { <https://w3id.org/osce-kg/id/test/s0> ?p ?o }")
    assert store.misses == 5 and store.hits == 0


def test_a_remote_store_written_by_another_client_is_seen_after_the_ttl(oxigraph_server: Server) -> None:
    reader = CachingStore(RemoteStore(oxigraph_server.query_url, oxigraph_server.update_url), size=8,
                          remote_ttl=0.5)
    writer = RemoteStore(oxigraph_server.query_url, oxigraph_server.update_url)
    writer.clear()
    try:
        writer.replace_graph(G, graph(2))
        assert count(reader) == 2
        writer.replace_graph(G, graph(4))  # another client: the reader's generation does not move
        deadline = time.monotonic() + 5
        while count(reader) != 4 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert count(reader) == 4
    finally:
        writer.clear()
