"""Pieces every view of the linked-data, discovery and stored-query blueprints shares: content
negotiation over a fixed list of offers, and a small response cache keyed on the store generation."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence

from flask import Response, request

#: media types that mean "a person with a browser"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def negotiate(offers: Sequence[str], fallback: str | None = None) -> str | None:
    """The offer the request's Accept header prefers (q-values honoured; ties go to the earlier offer).

    No Accept header means the first offer; an Accept that matches none gives None (→ 406).
    """
    if not request.headers.get("Accept"):
        return offers[0]
    best = request.accept_mimetypes.best_match(offers)
    return best if best is not None else fallback


def not_acceptable(offers: Sequence[str]) -> Response:
    body = "406 Not Acceptable: this resource is available as " + ", ".join(offers) + "\n"
    return Response(body, 406, mimetype="text/plain")


class ResponseCache:
    """Least-recently-used cache of finished response bodies.

    Keys include the store's generation, so a write makes every older entry unreachable; entries
    then age out. ``size`` 0 turns caching off.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, tuple[int, bytes, str, dict[str, str]]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(
        self, key: Hashable, make: Callable[[], tuple[int, bytes, str, dict[str, str]]]
    ) -> tuple[int, bytes, str, dict[str, str]]:
        if self.size <= 0:
            return make()
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                return hit
        value = make()
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._data)


def data_version(store: object) -> Hashable:
    """What a cached response depends on: the store's generation, plus a 5-second time bucket for a
    remote store, which other processes may write at any time."""
    inner = getattr(store, "inner", store)
    generation = getattr(store, "generation", 0)
    if type(inner).__name__ == "RemoteStore":
        return generation, int(time.monotonic() // 5)
    return generation
