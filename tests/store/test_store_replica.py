"""The in-memory copy a server serves from (``OxigraphStore.memory_replica``, setting
``replica_max_quads``): every quad of the persistent store, only when it fits, and read-only."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Graph

from graph.settings import load_settings
from graph.store import open_store
from graph.store.base import StoreError
from graph.store.oxigraph import LOG_FLUSH_BYTES, OxigraphStore

EX = "https://example.org/"
TRIG = f"""
<{EX}g1> {{ <{EX}a> <{EX}p> "one" . <{EX}a> <{EX}q> <{EX}b> . }}
<{EX}g2> {{ <{EX}b> <{EX}p> "two"@en . <{EX}a> <{EX}p> "one" . }}
"""


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    store = OxigraphStore(tmp_path / "store")
    store.load_bytes(TRIG.encode(), "trig")
    store.close()
    return tmp_path / "store"


def test_the_copy_holds_every_quad_and_answers_the_same(disk: Path) -> None:
    replica = OxigraphStore.memory_replica(disk, max_quads=4)
    assert replica is not None and replica.replica_of == disk and replica.path is None
    original = OxigraphStore(disk, read_only=True)
    try:
        assert sorted(replica.quads()) == sorted(original.quads())
        q = f"SELECT ?o WHERE {{ <{EX}a> <{EX}p> ?o }}"
        assert replica.query(q).rows == original.query(q).rows
        assert replica.named_graphs() == [f"{EX}g1", f"{EX}g2"]
    finally:
        original.close()


def test_no_copy_when_the_store_holds_more_than_the_limit(disk: Path) -> None:
    assert OxigraphStore.memory_replica(disk, max_quads=3) is None
    OxigraphStore(disk).close()  # and the directory is not left locked


def test_the_copy_refuses_writes_and_names_the_store(disk: Path, tmp_path: Path) -> None:
    replica = OxigraphStore.memory_replica(disk, max_quads=100)
    assert replica is not None
    nt = tmp_path / "x.nt"
    nt.write_text(f"<{EX}c> <{EX}p> <{EX}d> .\n")
    writes = [
        lambda: replica.replace_graphs({f"{EX}g3": Graph()}),
        lambda: replica.load_file(nt, graph=f"{EX}g3"),
        lambda: replica.load_bytes(nt.read_bytes(), "nt", graph=f"{EX}g3"),
        replica.clear,
    ]
    for write in writes:
        with pytest.raises(StoreError, match="read-only in-memory copy of the store at .*store"):
            write()
    assert len(replica) == 4


def test_open_store_copies_for_the_server_only_when_asked_and_when_it_fits(disk: Path) -> None:
    def opened(limit: int, replica: bool) -> OxigraphStore:
        settings = load_settings({"store": "oxigraph", "store_path": str(disk), "cache_size": 0,
                                  "replica_max_quads": limit}, environ={})
        store = open_store(settings, read_only=True, replica=replica)
        assert isinstance(store, OxigraphStore)
        return store

    for limit, replica, expect_copy in ((100, True, True), (100, False, False), (3, True, False),
                                        (0, True, False)):
        store = opened(limit, replica)
        try:
            assert (store.replica_of == disk) is expect_copy, (limit, replica)
            assert (store.path is None) is expect_copy
            assert len(store) == 4
        finally:
            store.close()


def test_a_read_only_store_closes(disk: Path) -> None:
    """Regression: close() flushed unconditionally, and Oxigraph refuses to flush a read-only store."""
    store = OxigraphStore(disk, read_only=True)
    store.close()
    OxigraphStore(disk).close()


def test_the_copy_is_made_off_the_thread_that_will_query_it(disk: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: made in the querying thread, the copy's allocations shared its malloc arena and
    every stored query ran about 1.7x slower at 10k events (the figure is the benchmark's)."""
    import threading

    copied_on: list[int] = []
    real = OxigraphStore._copy.__func__  # type: ignore[attr-defined]

    def copy(cls: type[OxigraphStore], path: Path, max_quads: int) -> OxigraphStore | None:
        copied_on.append(threading.get_ident())
        return real(cls, path, max_quads)

    monkeypatch.setattr(OxigraphStore, "_copy", classmethod(copy))
    replica = OxigraphStore.memory_replica(disk, max_quads=4)
    assert replica is not None and len(replica) == 4 and replica.replica_of == disk
    assert copied_on and copied_on[0] != threading.get_ident()


def test_a_store_that_cannot_be_opened_says_so_from_the_copying_thread(tmp_path: Path) -> None:
    (tmp_path / "store").write_text("not a store directory")
    with pytest.raises(StoreError, match=f"cannot open Oxigraph store at {tmp_path / 'store'}"):
        OxigraphStore.memory_replica(tmp_path / "store", max_quads=4)


def _log_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.glob("*.log"))


def test_a_writer_holding_the_store_keeps_its_log_short(tmp_path: Path) -> None:
    """Every server refresh opens the store read-only and replays RocksDB's log into a memtable. A
    writer that keeps the store open (a long ``ingest``) used to let that log grow with every write,
    so each refresh replayed all of it and the long-lived server workers kept the freed memtables
    (the soak's server workers grew 84 -> 100 MB over ~100 refreshes). Once the log passes
    ``LOG_FLUSH_BYTES`` an announced write is flushed into table files: the log stays near that
    bound however many writes are made."""
    path = tmp_path / "store"
    writer = OxigraphStore(path)
    try:
        sizes = []
        for round_ in range(60):
            g = Graph()
            g.parse(data="".join(f'<{EX}s{k}> <{EX}p> "round {round_} value {k}" .\n' for k in range(200)),
                    format="nt")
            writer.replace_graphs({f"{EX}doc": g})
            sizes.append(_log_bytes(path))
        assert max(sizes) <= 2 * LOG_FLUSH_BYTES, sizes  # without the flush: 12 MB after 60 writes
        reader = None
        for _ in range(50):  # a compaction may delete a table file while the reader opens: retried,
            try:              # as a server's refresh is on its next tick
                reader = OxigraphStore(path, read_only=True)
                break
            except StoreError:
                time.sleep(0.1)
        assert reader is not None
        try:
            assert len(reader) == 200
        finally:
            reader.close()
    finally:
        writer.close()
