"""Every tuning knob of the store and the server, in one place, each with why and what it measured.

A knob stays only while it earns its place: 10 % or more on the benchmark that shows its effect.
``docs/scale.md`` ("Knobs") has the table of every knob tried, kept or removed, and how each was
measured (10k generated events, the stored-query mix in-process as a query worker runs it, medians
of five rounds alternating the variants). Nothing outside this module picks the thread an
allocation happens in or hands memory back to the system.

Kept:

- **In-memory copies** (setting ``replica_max_quads``; ``OxigraphStore.memory_replica``, made by
  ``graph.store.open_store`` and by each query worker): the stored-query mix takes 325 ms a pass on
  the copy against 1,813 ms on RocksDB (5.6x; ``posts-of-person`` 184 against 1,554 ms).
- **A malloc arena of its own for each copy** (``in_arena_of_its_own``): 325 against 397 ms a pass
  (18 % less time; ``organisations-by-appearances`` 50 against 85 ms).
- **Freed memory handed back after a refresh** (``release_free_memory``): a process that switched
  to a fresh copy four times holds 430 MB instead of 605 MB (29 % less).

Removed (under 10 %): glibc's ``malloc.hugetlb=1`` for the query workers (1 % on the mix),
``gc.freeze`` after start-up (one 30-45 ms collection in 15,000 point lookups, nothing on their
throughput or p99).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def in_arena_of_its_own(make: Callable[[], T]) -> T:
    """``make()`` run in a short-lived thread of its own, so that its allocations (an in-memory copy
    of the store: ~10^6 of them, and the garbage of making them) sit in a glibc malloc arena other
    than the one of the thread that will query the result. Made in the querying thread, they slowed
    every later query of that thread, on the copy and on RocksDB alike."""
    with ThreadPoolExecutor(1, thread_name_prefix="replica-copy") as pool:
        return pool.submit(make).result()


def release_free_memory() -> None:
    """Hand freed heap pages back to the system (glibc ``malloc_trim``) after a refreshed snapshot
    replaced the old one (graph/store/live.py): freed, a copy's pages stay with glibc, and each
    refresh would leave the process larger."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if name is None:
        return
    try:
        ctypes.CDLL(name).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
