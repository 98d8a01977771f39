"""CORS for the whole API: any origin may read (the data is public and nothing uses cookies).

Simple requests get ``Access-Control-Allow-Origin: *``; a preflight ``OPTIONS`` gets the methods and
headers a SPARQL client sends. ``/sparql`` adds the same headers itself (it answers outside Flask).
"""

from __future__ import annotations

from flask import Flask, Response, request

ALLOW_METHODS = "GET, POST, HEAD, OPTIONS"
ALLOW_HEADERS = "Accept, Content-Type, Origin, X-Requested-With"
EXPOSE_HEADERS = "Content-Type, Content-Length, X-SPARQL-MaxRows, Retry-After"
SIMPLE: list[tuple[str, str]] = [("Access-Control-Allow-Origin", "*"),
                                 ("Access-Control-Expose-Headers", EXPOSE_HEADERS)]
PREFLIGHT: list[tuple[str, str]] = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Methods", ALLOW_METHODS),
    ("Access-Control-Allow-Headers", ALLOW_HEADERS),
    ("Access-Control-Max-Age", "86400"),
]


def _add_headers(response: Response) -> Response:
    headers = PREFLIGHT if request.method == "OPTIONS" else SIMPLE
    for name, value in headers:
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    app.after_request(_add_headers)
