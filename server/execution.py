"""Running queries with a time limit and a row cap, safely: the one way the server evaluates SPARQL.

An Oxigraph query cannot be cancelled in-process, and threads would leave a runaway query eating a
core for as long as it runs. So for the embedded persistent store (what ``make serve`` runs) queries
are evaluated in a small pool of worker processes (``server.worker``), each with the store open
read-only. A query past ``query_timeout`` gets its worker killed (SIGKILL) and replaced in the
background; the request gets a ``QueryError`` (reason ``timeout``, HTTP 503) while other workers
keep serving.

Other stores run in a thread pool: the in-memory store (tests), which another process cannot open,
and the remote store, whose server enforces its own limits. There a query past the limit is answered
with 503 as well, but its thread runs on until the query ends (documented in the OpenAPI text).

Answers are cached (when the app's store is a ``CachingStore``, i.e. ``cache_size`` > 0) by the
whole ``QueryJob`` — text, format, dataset, bindings, cap — plus the data's version.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import pickle
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from flask import Flask, current_app
from rdflib.term import Identifier

from graph.paths import ROOT
from graph.store.base import DatasetSpec, QuerySyntaxError, Store, StoreError
from graph.store.cache import CachingStore
from graph.store.formats import BY_KEY, FAMILY_OF_KIND, formats_for
from server.errors import QueryError, syntax_error
from server.evaluation import Answer, QueryJob, evaluate
from server.safety import Inspection, check, inspect
from server.worker import receive, send

__all__ = ["Answer", "Executor", "QueryJob", "execute", "get_executor"]

EXTENSION = "osce_kg_executor"


class PoolRetired(Exception):
    """The worker pool was replaced by a refresh while a query waited for one of its workers."""


def timeout_error(message: str) -> QueryError:
    return QueryError("timeout", message)


# -- worker processes ----------------------------------------------------------------------------
def worker_env(base: Mapping[str, str]) -> dict[str, str]:
    """The environment a query worker starts with: ``base``, with this project on the path."""
    env = dict(base)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


class _Worker:
    def __init__(self, path: str, replica_max_quads: int) -> None:
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        env = worker_env(os.environ)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "server.worker", path, str(req_r), str(rep_w), str(replica_max_quads)],
                pass_fds=(req_r, rep_w), stdin=subprocess.DEVNULL, env=env, cwd=str(ROOT))
        finally:
            os.close(req_r)
            os.close(rep_w)
        self.jobs, self.replies = req_w, rep_r
        self._open_fds: tuple[int, ...] = (req_w, rep_r)
        self._replied = select.poll()  # made once: polled on every query
        self._replied.register(rep_r, select.POLLIN)

    def ask(self, job: bytes) -> None:
        send(self.jobs, job)

    def wait(self, timeout: float) -> bool:
        """Whether a reply (or the worker's end of the pipe closing) came within ``timeout`` s."""
        return bool(self._replied.poll(max(0, int(timeout * 1000 + 0.999))))

    def reply(self) -> Any:
        return marshal.loads(receive(self.replies))

    def wait_ready(self, timeout: float) -> None:
        if not self.wait(timeout):
            self.kill()
            raise StoreError(f"query worker did not start within {timeout:.0f}s")
        msg = self.reply()
        if msg[0] != "ready":
            self.kill()
            raise StoreError(f"query worker failed: {msg[1]}")

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        fds, self._open_fds = self._open_fds, ()  # closed once: a number closed twice may be reused
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)


class WorkerPool:
    """``size`` worker processes over one store directory (each with its own in-memory copy when
    ``replica_max_quads`` > 0); a timed-out worker is killed and replaced."""

    def __init__(self, path: str, size: int, replica_max_quads: int = 0) -> None:
        self.path = path
        self.size = size
        self.replica_max_quads = replica_max_quads
        # None: retired, see ``retire``. SimpleQueue: its get and put are C, with no Condition in Python
        self._idle: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self.error: str | None = None

    def _spawn(self) -> None:
        try:
            w = _Worker(self.path, self.replica_max_quads)
            w.wait_ready(60 if not self.replica_max_quads else 600)  # a copy takes ~1 s per 100k quads
        except (OSError, StoreError) as exc:
            self.error = str(exc)
            return
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._all.add(w)
        self._idle.put(w)

    def _spawn_later(self) -> None:
        threading.Thread(target=self._spawn, name="query-worker-spawn", daemon=True).start()

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._spawn_later()

    def ready(self, timeout: float) -> None:
        """Start every worker now and wait until each has opened (or copied) the store; raises
        ``StoreError`` when one cannot. A refresh calls this before switching to the pool."""
        with self._lock:
            self._started = True
        spawners = [threading.Thread(target=self._spawn, name="query-worker-spawn", daemon=True)
                    for _ in range(self.size)]
        for t in spawners:
            t.start()
        deadline = time.monotonic() + timeout
        for t in spawners:
            t.join(max(0.0, deadline - time.monotonic()))
        if len(self._all) < self.size:
            self.close()
            raise StoreError(self.error or f"query workers did not start within {timeout:g} s")

    def run(self, job: QueryJob, timeout: float, deadline: float | None = None) -> Answer:
        self.start()
        deadline = time.monotonic() + timeout if deadline is None else deadline
        try:
            w = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            if self.error and not self._all:
                raise QueryError("store", self.error) from None
            raise timeout_error(f"no query worker became free within the time limit of {timeout:g} s"
                                " (the server is busy); try again later") from None
        if w is None:  # this pool was retired by a refresh while we waited: ask the new one
            self._idle.put(None)
            raise PoolRetired()
        try:
            w.ask(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
            if not w.wait(deadline - time.monotonic()):
                self._retire(w)
                raise timeout_error(f"the query ran longer than the time limit of {timeout:g} s and was"
                                    " stopped")
            reply = w.reply()
        except (EOFError, OSError, ValueError) as exc:
            self._retire(w)
            raise QueryError("store", f"the query worker died while evaluating the query: {exc}") from exc
        self._give_back(w)
        if reply[0] == "ok":
            _, kind, fmt, body, capped = reply
            return Answer(kind, fmt, body, capped)
        _, reason, detail = reply
        raise QueryError(reason, detail)

    def _give_back(self, w: _Worker) -> None:
        with self._lock:
            closed = self._closed
            if closed:
                self._all.discard(w)
        if closed:  # a refresh retired this pool while the query ran: the answer stands, the worker goes
            threading.Thread(target=w.kill, daemon=True).start()
        else:
            self._idle.put(w)

    def retire(self) -> None:
        """Stop taking queries: idle workers end now, busy ones when their query is answered, and
        anyone waiting for a worker is sent to the pool that replaced this one."""
        with self._lock:
            self._closed = True
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            if w is not None:
                with self._lock:
                    self._all.discard(w)
                threading.Thread(target=w.kill, daemon=True).start()
        self._idle.put(None)

    def _retire(self, w: _Worker) -> None:
        with self._lock:
            self._all.discard(w)
        threading.Thread(target=w.kill, daemon=True).start()
        if not self._closed:
            self._spawn_later()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


def protocol_dataset(dataset: DatasetSpec | None) -> DatasetSpec | None:
    """The dataset a request names, as the SPARQL Protocol reads it: once default or named graphs are
    given, the other list is given too (empty when absent); None when neither is."""
    if dataset is None or (dataset.default_graphs is None and dataset.named_graphs is None):
        return None
    return DatasetSpec(tuple(dataset.default_graphs or ()), tuple(dataset.named_graphs or ()))


# -- the executor ----------------------------------------------------------------------------------
class Executor:
    """Inspects, checks, caps, caches and runs queries for one app's store."""

    def __init__(self, store: Store, settings: Mapping[str, Any]) -> None:
        self.store = store
        self.timeout = float(settings["query_timeout"])
        self.max_rows = int(settings["max_rows"])
        self._named: tuple[int, frozenset[str]] | None = None
        directory = store.directory
        # an in-memory copy of a persistent store (server.kg) runs in workers holding copies too
        self._replica_max_quads = int(settings.get("replica_max_quads") or 0) if store.replica_of else 0
        self.mode = "process" if directory is not None and store.native is not None else "thread"
        self._pool: WorkerPool | None = None
        self._path = None if directory is None else str(directory)
        self._threads = ThreadPoolExecutor(max_workers=max(2, int(settings.get("threads") or 8)),
                                           thread_name_prefix="query")
        # one worker per request this process can have in flight (``threads``), two to four of them
        self._pool_size = min(max(1, int(settings.get("threads") or 1)), max(2, min(4, os.cpu_count() or 2)))
        self._lock = threading.Lock()
        # The answer cache is the store's own (graph/store/cache.py), keyed here by the whole job.
        self._cache = store if isinstance(store, CachingStore) and store.size > 0 else None
        live = store.live
        self._follows = live is not None
        self._pool_generation = store.generation
        if live is not None:  # query workers switch to new data together with the store
            live.subscribe(self._prepare_refresh)

    # -- dataset facts ---------------------------------------------------------------------------
    def named_graphs(self) -> frozenset[str]:
        generation = self.store.generation
        named = self._named
        if named is None or named[0] != generation:
            named = (generation, frozenset(self.store.named_graphs()))
            self._named = named
        return named[1]

    # -- running -----------------------------------------------------------------------------------
    def prepare(self, sparql: str, dataset: DatasetSpec | None) -> Inspection:
        """Inspect and check a query (raises ``safety.Refused``), once per request; cached by text."""
        found = inspect(sparql)
        try:
            named = self.named_graphs() if found.has_dataset_clause else frozenset()
        except StoreError as exc:
            raise QueryError("store", str(exc)) from exc
        check(found, named, protocol_dataset(dataset) is not None)
        return found

    def _known_graphs_only(self, dataset: DatasetSpec) -> DatasetSpec:
        """For a remote server, which might fetch a graph it does not hold (Virtuoso can), drop the
        protocol's graph IRIs that are not named graphs of this dataset: here such a graph is empty."""
        named = self.named_graphs()
        return DatasetSpec(tuple(g for g in dataset.default_graphs or () if g in named),
                           tuple(g for g in dataset.named_graphs or () if g in named))

    def job(self, sparql: str, found: Inspection, fmt: str, dataset: DatasetSpec | None = None,
            bindings: Mapping[str, Identifier] | None = None) -> QueryJob:
        """The typed job for a query ``prepare`` inspected."""
        dataset = protocol_dataset(dataset)
        if dataset is not None and self.store.volatile:
            dataset = self._known_graphs_only(dataset)
        return QueryJob(sparql, found.capped(sparql, self.max_rows), fmt, dataset,
                        not found.has_dataset_clause, tuple(sorted((bindings or {}).items())), self.max_rows)

    def run(self, job: QueryJob) -> Answer:
        """The answer to ``job``, from the cache or evaluated; raises ``QueryError``."""
        if self._cache is not None:
            return self._cache.cached(("http", job), lambda: self._dispatch(job))
        return self._dispatch(job)

    def _dispatch(self, job: QueryJob) -> Answer:
        if self.mode == "process":
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    return self._process_pool().run(job, self.timeout, deadline)
                except PoolRetired:
                    continue
        future = self._threads.submit(self._in_thread, job)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            raise timeout_error(f"the query ran longer than the time limit of {self.timeout:g} s") from None

    def _process_pool(self) -> WorkerPool:
        with self._lock:
            generation = self.store.generation
            if self._pool is not None and not self._follows and generation != self._pool_generation:
                # written through this very store (a test's, or an app handed a writable store): the
                # workers' read-only snapshots are old. A LiveStore switches pools in its refresh.
                self._pool.retire()
                self._pool = None
            if self._pool is None:
                assert self._path is not None
                self._pool = WorkerPool(self._path, self._pool_size, self._replica_max_quads)
                self._pool_generation = generation
            return self._pool

    def _prepare_refresh(self) -> Callable[[], None]:
        """Before the store switches to new data (graph/store/live.py): a new pool of workers over
        it, every one started and ready; the switch then retires the old pool, whose busy workers
        finish the queries they run. Raises ``StoreError`` (the refresh is abandoned) on failure."""
        if self.mode != "process" or self._pool is None:
            return lambda: None
        assert self._path is not None
        fresh = WorkerPool(self._path, self._pool_size, self._replica_max_quads)
        fresh.ready(60 if not self._replica_max_quads else 600)

        def switch() -> None:
            with self._lock:
                old, self._pool = self._pool, fresh
            if old is not None:
                old.retire()

        return switch

    def _in_thread(self, job: QueryJob) -> Answer:
        native = self.store.native
        if native is not None:
            return evaluate(native, job)
        return self._through_store(job)

    def _through_store(self, job: QueryJob) -> Answer:
        """Any other backend (remote): through the Store interface."""
        capped = job.capped is not None
        try:
            kind, body = self.store.query_serialized(
                job.capped if capped else job.text, job.fmt, bindings=dict(job.bindings) or None,  # type: ignore[arg-type]
                dataset=job.dataset, max_rows=None if capped else job.max_rows)
        except QuerySyntaxError as exc:
            raise syntax_error(job.text, str(exc)) from exc
        except StoreError as exc:
            raise QueryError("evaluation", str(exc)) from exc
        fits = BY_KEY[job.fmt].family == FAMILY_OF_KIND[kind]
        return Answer(kind, job.fmt if fits else formats_for(kind)[0].key, body, job.rewritten)

    def warm_up(self) -> None:
        """Start worker processes now rather than on the first query."""
        if self.mode == "process":
            self._process_pool().start()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        self._threads.shutdown(wait=False, cancel_futures=True)


# -- app wiring --------------------------------------------------------------------------------------
def init_app(app: Flask, store: Store) -> Executor:
    executor = Executor(store, app.config["KG"])
    app.extensions[EXTENSION] = executor
    atexit.register(executor.close)
    return executor


def get_executor(app: Flask | None = None) -> Executor:
    executor: Executor = (app or current_app).extensions[EXTENSION]
    return executor


def execute(sparql: str, *, fmt: str | Sequence[str], dataset: DatasetSpec | None = None,
            bindings: Mapping[str, Identifier] | None = None) -> tuple[str, bytes, str]:
    """Run a query in the current app: ``(kind, body, media type)``.

    ``fmt`` is a format key (``json``, ``csv``, ``turtle``…) or several in preference order; the first
    one that suits the query form is used. Raises ``QueryError`` or ``ValueError`` (no format fits).
    """
    executor = get_executor()
    found = executor.prepare(sparql, dataset)
    kind = found.kind or "select"
    wanted = [fmt] if isinstance(fmt, str) else list(fmt)
    offered = {f.key for f in formats_for(kind if kind in FAMILY_OF_KIND else "select")}
    chosen = next((f for f in wanted if f in offered), None)
    if chosen is None:
        raise ValueError(f"none of the formats {', '.join(wanted)} can express a {kind.upper()} result")
    answer = executor.run(executor.job(sparql, found, chosen, dataset, bindings))
    return answer.kind, answer.body, answer.media_type
