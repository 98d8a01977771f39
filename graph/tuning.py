"""Every tuning knob of the store and the server, in one place, each with why and what it measured.

A knob stays only while it earns its place: 10 % or more on the benchmark that shows its effect
(``docs/scale.md``, "Knobs", has the table and how each was measured). Nothing outside this module
sets malloc options, picks the thread an allocation happens in, or touches the garbage collector.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# -- huge pages for the query workers' heap --------------------------------------------------------
HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb"


def worker_environment(base: Mapping[str, str]) -> dict[str, str]:
    """The environment a query worker process starts with: ``base`` plus glibc's malloc asked for
    transparent huge pages, unless ``GLIBC_TUNABLES`` already says otherwise (the operator's wins).

    Why: a worker's in-memory copy of the store is ~10^6 small allocations, and a query that scans
    and hash-joins much of it spends its time on TLB misses. ``hugetlb=1`` needs glibc 2.35+ (older
    ones ignore it) and nothing installed."""
    env = dict(base)
    tunables = env.get("GLIBC_TUNABLES", "")
    if HUGE_PAGES_TUNABLE + "=" not in tunables:
        env["GLIBC_TUNABLES"] = ":".join(t for t in (tunables, HUGE_PAGES_TUNABLE + "=1") if t)
    return env


# -- a malloc arena of its own for the in-memory copy --------------------------------------------
def in_arena_of_its_own(make: Callable[[], T]) -> T:
    """``make()`` run in a short-lived thread of its own, so that its allocations (an in-memory copy
    of the store: ~10^6 of them, and the garbage of making them) sit in a glibc malloc arena other
    than the one of the thread that will query the result. Made in the querying thread, they slowed
    every later query of that thread, on the copy and on RocksDB alike."""
    with ThreadPoolExecutor(1, thread_name_prefix="replica-copy") as pool:
        return pool.submit(make).result()


def release_free_memory() -> None:
    """Hand freed heap pages back to the system (glibc ``malloc_trim``) after a refreshed snapshot
    replaced the old one: freed, a copy's pages stay with glibc, and each refresh would leave the
    process larger."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if name is None:
        return
    try:
        ctypes.CDLL(name).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


# -- the garbage collector -------------------------------------------------------------------------
def freeze_startup_objects() -> None:
    """Move every object made so far (they live as long as the process) out of the garbage
    collector's sight: a full collection over them took ~30 ms, a latency spike on whichever request
    triggered it."""
    gc.collect()
    gc.freeze()


# -- a query worker outlives no server -------------------------------------------------------------
def exit_with_parent(poll_seconds: float = 1.0) -> None:
    """Exit this process when its parent goes away, even in the middle of a query (which releases the
    GIL): an orphaned worker would otherwise run a runaway query to its end. Not a speed knob: the
    price is one wake-up a second. (Not ``PR_SET_PDEATHSIG``: it fires when the parent *thread* that
    started us ends, and the pool starts workers from short-lived threads.)"""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
