"""Errors as plain-text HTTP answers that say what is wrong, for /sparql and the rest of the app.

``HttpError`` is the one error type the server answers: a status, a message and extra headers.
``QueryError`` is the one a query raises, whichever way it fails (``QUERY_FAILURES`` maps each reason
to its status and wording); the safety check's ``Refused`` is one. ``text_error`` builds the
WSGI-level answer the SPARQL endpoint sends without Flask; ``init_app`` makes Flask's own errors (404,
405 with ``Allow``, 413, 500) plain text too, unless a blueprint registers a more specific handler
(an HTML 404 page, say), which Flask prefers. (Flask is imported only there: a query worker process
raises these errors too.)
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from flask import Flask, Response
    from werkzeug.exceptions import HTTPException, InternalServerError

Headers = list[tuple[str, str]]

_POSITION = re.compile(r"error at (\d+):(\d+)")
MAX_DETAIL = 600


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: Headers | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


Reason = Literal["refused", "syntax", "unsupported", "evaluation", "store", "timeout"]

#: why a query failed -> (HTTP status, how the SPARQL endpoint words it around the detail)
QUERY_FAILURES: dict[str, tuple[int, str]] = {
    "refused": (403, "{}"),                                                 # the safety check (or 400)
    "syntax": (400, "{}"),                                                  # with line, column, caret
    "unsupported": (400, "the query cannot be evaluated as written: {}"),   # Oxigraph cannot, as written
    "evaluation": (500, "the query could not be evaluated: {}"),            # an I/O error while evaluating
    "store": (500, "the store failed: {}"),                                 # the store or a worker failed
    "timeout": (503, "{}"),                                                 # past query_timeout, or busy
}


class QueryError(HttpError):
    """A query failed; ``reason`` says how (``QUERY_FAILURES``), ``detail`` in the engine's words."""

    def __init__(self, reason: Reason, detail: str, status: int | None = None) -> None:
        default_status, wording = QUERY_FAILURES[reason]
        headers = [("Retry-After", "5")] if reason == "timeout" else None
        super().__init__(status or default_status, wording.format(detail), headers)
        self.reason: Reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


def syntax_error(query: str, parser_message: str) -> QueryError:
    return QueryError("syntax", syntax_message(query, parser_message))


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def text_error(status: int, message: str, headers: Headers | None = None) -> tuple[int, Headers, bytes]:
    body = f"{status_line(status)}: {message}\n".encode()
    return status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))),
                    *(headers or [])], body


def syntax_message(query: str, parser_message: str) -> str:
    """The parser's message (line:column) with the offending line and a caret under the column."""
    detail = parser_message
    cut = detail.find(", ['")  # Oxigraph appends its character classes; they help nobody
    if cut > 0:
        detail = detail[:cut] + ", …"
    if len(detail) > MAX_DETAIL:
        detail = detail[:MAX_DETAIL] + " …"
    m = _POSITION.search(parser_message)
    if not m:
        return f"malformed query: {detail}"
    line_no, col = int(m.group(1)), int(m.group(2))
    lines = query.splitlines() or [""]
    if not 1 <= line_no <= len(lines):
        return f"malformed query at line {line_no}, column {col}: {detail}"
    line = lines[line_no - 1]
    return (f"malformed query at line {line_no}, column {col}: {detail}\n\n"
            f"  {line}\n  {' ' * max(0, col - 1)}^")


def _flask_http_error(exc: HTTPException) -> Response:
    from flask import Response

    status = exc.code or 500
    description = exc.description or status_line(status)
    response = Response(f"{status_line(status)}: {description}\n", status, mimetype="text/plain")
    for name, value in exc.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


def _flask_internal_error(exc: InternalServerError) -> Response:
    from flask import Response

    return Response("500 Internal Server Error: the server failed to answer; the error was logged\n", 500,
                    mimetype="text/plain")


def _own_error(exc: HttpError) -> Response:
    from flask import Response

    status, headers, body = text_error(exc.status, exc.message, exc.headers)
    return Response(body, status, headers=headers)


def init_app(app: Flask) -> None:
    from werkzeug.exceptions import HTTPException, InternalServerError

    app.register_error_handler(HttpError, _own_error)
    app.register_error_handler(InternalServerError, _flask_internal_error)
    app.register_error_handler(HTTPException, _flask_http_error)
