"""Pieces every view of the linked-data, discovery and stored-query blueprints shares: content
negotiation over a fixed list of offers (server/negotiation.py), and a small response cache keyed on
the store generation."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence

from flask import Response, request

from graph.store.base import Store
from server.negotiation import HTML_TYPES, best_offer

__all__ = ["HTML_TYPES", "ResponseCache", "data_version", "negotiate", "not_acceptable"]


def negotiate(offers: Sequence[str], fallback: str | None = None) -> str | None:
    """The offer the request's Accept header prefers (q-values honoured; ties go to the earlier offer).

    No Accept header means the first offer; an Accept that matches none gives None (→ 406).
    """
    best = best_offer(request.headers.get("Accept"), tuple(offers))
    return best if best is not None else fallback


def not_acceptable(offers: Sequence[str]) -> Response:
    body = "406 Not Acceptable: this resource is available as " + ", ".join(offers) + "\n"
    return Response(body, 406, mimetype="text/plain")


#: (status, body, media type, extra headers)
Entry = tuple[int, bytes, str, dict[str, str]]


class ResponseCache:
    """Least-recently-used cache of finished response bodies.

    Keys include the store's generation, so a write makes every older entry unreachable; entries
    then age out. ``size`` 0 turns caching off.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Entry | None:
        if self.size <= 0:
            return None
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, key: Hashable, value: Entry) -> Entry:
        if self.size > 0:
            with self._lock:
                self._data[key] = value
                self._data.move_to_end(key)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return value

    def get_or_make(self, key: Hashable, make: Callable[[], Entry]) -> Entry:
        hit = self.get(key)
        return hit if hit is not None else self.put(key, make())

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


def data_version(store: Store) -> Hashable:
    """What a cached response depends on: the store's generation, plus a 5-second time bucket for a
    volatile store (a remote one, which other processes may write at any time)."""
    if store.volatile:
        return store.generation, int(time.monotonic() // 5)
    return store.generation
