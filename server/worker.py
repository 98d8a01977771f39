"""A query worker process: opens the store read-only and answers jobs from a pipe until it closes.

Started by ``server.execution.WorkerPool`` as
``python -m server.worker STORE_PATH READ_FD WRITE_FD REPLICA_MAX_QUADS``; with the last above 0 the
worker answers from an in-memory copy of the store when the store holds at most that many quads.
A job is a pickled ``server.evaluation.QueryJob``; replies are ``marshal``-ed tuples: first
``("ready",)`` or ``("error", message)``, then per job ``("ok", kind, format, body, capped)``
or ``("failed", reason, detail)`` (a ``QueryError``'s). The pool kills a worker whose query runs past
the time limit, which is the only way to stop an Oxigraph query (it cannot be cancelled in-process).

Each message is one frame on the pipe (``send``, ``receive``): its length as a 4-byte big-endian
signed integer, then its bytes; the framing of ``multiprocessing.connection.Connection``, written
with ``os.write`` and ``os.read`` directly because this hop is on every query's path and that
class's layers (checks, a selector built per ``poll``) cost more interpreter time than the two
system calls they wrap.
"""

from __future__ import annotations

import marshal
import os
import pickle
import select
import signal
import struct
import sys
import threading
import time
from typing import Any

_LENGTH = struct.Struct("!i")


def send(fd: int, message: bytes) -> None:
    """Write one frame; raises ``OSError`` when the other end is gone."""
    view = memoryview(_LENGTH.pack(len(message)) + message)
    while view:
        view = view[os.write(fd, view):]


def _exactly(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            raise EOFError("the other end of the pipe closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive(fd: int) -> bytes:
    """Read one frame; raises ``EOFError`` when the other end closed."""
    (size,) = _LENGTH.unpack(_exactly(fd, _LENGTH.size))
    return _exactly(fd, size)


def _exit_when_the_server_is_gone(read_fd: int) -> None:
    """Exit as soon as the server closes its end of the job pipe (it stopped or died), even in the
    middle of a query (which releases the GIL): an orphaned worker would otherwise run a runaway query
    to its end. A thread blocks in ``poll`` until the pipe hangs up; nothing is read from it.
    (Not ``PR_SET_PDEATHSIG``: it fires when the parent *thread* that started us ends, and the pool
    starts workers from short-lived threads.)"""

    def wait() -> None:
        hangup = select.poll()
        hangup.register(read_fd, select.POLLHUP)
        while True:
            for _, event in hangup.poll():
                if event & (select.POLLHUP | select.POLLERR | select.POLLNVAL):
                    os._exit(0)

    threading.Thread(target=wait, name="server-watch", daemon=True).start()


def _open(path: str, replica_max_quads: int) -> Any:
    import pyoxigraph as ox

    # Right after a writer opened the directory RocksDB may still be replacing files; retry briefly.
    last: Exception | None = None
    for _ in range(40):
        try:
            copy = _memory_copy(path, replica_max_quads) if replica_max_quads > 0 else None
            return copy if copy is not None else ox.Store.read_only(path)
        except (OSError, RuntimeError) as exc:
            last = exc
            time.sleep(0.1)
    raise RuntimeError(f"cannot open the store at {path} read-only: {last}")


def _memory_copy(path: str, max_quads: int) -> Any:
    """The store copied into memory, or None when it holds more than ``max_quads``."""
    from pathlib import Path

    from graph.store.base import StoreError
    from graph.store.oxigraph import OxigraphStore

    try:
        replica = OxigraphStore.memory_replica(Path(path), max_quads)
    except StoreError as exc:
        raise RuntimeError(str(exc)) from exc
    return None if replica is None else replica.native


def serve(path: str, read_fd: int, write_fd: int, replica_max_quads: int = 0) -> None:
    from server.errors import QueryError
    from server.evaluation import QueryJob, evaluate

    try:
        store = _open(path, replica_max_quads)
    except RuntimeError as exc:
        send(write_fd, marshal.dumps(("error", str(exc))))
        return
    # not len(store): counting is a scan of a whole index (2.3 s at 100k events on disk), paid again
    # by every worker that replaces one killed at the time limit
    send(write_fd, marshal.dumps(("ready",)))
    while True:
        try:
            job: QueryJob = pickle.loads(receive(read_fd))
        except (EOFError, OSError):
            return
        reply: tuple[Any, ...]
        try:
            answer = evaluate(store, job)
            reply = ("ok", answer.kind, answer.fmt, answer.body, answer.capped)
        except QueryError as exc:
            reply = ("failed", exc.reason, exc.detail)
        except Exception as exc:  # noqa: BLE001 - a worker must answer, never die silently
            reply = ("failed", "evaluation", f"{type(exc).__name__}: {exc}")
        try:
            send(write_fd, marshal.dumps(reply))
        except OSError:  # the server went away mid-query (stopped): nobody is left to answer
            return


def main(argv: list[str]) -> None:
    _exit_when_the_server_is_gone(int(argv[1]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the server, which stops us
    serve(argv[0], int(argv[1]), int(argv[2]), int(argv[3]) if len(argv) > 3 else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
