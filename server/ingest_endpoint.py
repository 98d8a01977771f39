"""``POST /ingest``: pages in over HTTP, for automation; off unless the ``ingest_token`` setting is set.

The request carries one page or a batch:

- ``multipart/form-data``: every uploaded file is a page (its file name names it);
- ``application/json``: ``{"name": "page.txt", "content": "..."}`` or a list of such objects;
- ``text/plain`` / ``text/html``: the body is one page, named by ``?name=`` (default ``page.txt``).

It needs ``Authorization: Bearer <ingest_token>`` (compared in constant time: 401 otherwise), a body
within ``max_request_bytes`` (413) and one of those types (415). Each page is kept in ``upload_dir``
under its (sanitised) name, which is its source file: posting a changed page under the same name
replaces its document, as ``osce-kg ingest`` does for a changed file. The batch then goes through
graph/ingest's pipeline, run in a process of its own (server/ingest_job.py): the same validation on
arrival, the same quarantine with reports, one transaction per document. The answer lists each
document's outcome (ingested, unchanged, replaced, quarantined with the reason and the report). A
page that takes longer than ``PAGE_SECONDS`` is stopped and quarantined; the batch goes on.

Status: 200 with the outcomes; 400 a malformed or empty batch; 401; 403 HTTP ingest is off; 413; 415;
503 the store is being written by another process for longer than ``LOCK_WAIT`` (``Retry-After``);
507 the store could not be written (disk full), with the outcomes of the pages before.
The public SPARQL endpoint stays read-only: this is the only write over HTTP.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from graph.paths import ROOT
from server.errors import HttpError
from server.execution import worker_env

bp = Blueprint("ingest", __name__)

PAGE_SECONDS = 60.0     # longest one page may take (read, extract, map, validate, write)
LOCK_WAIT = 30.0        # how long a batch waits for another writer (a CLI ingest) to finish
PAGE_SUFFIXES = (".txt", ".html", ".htm")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Upload:
    name: str
    data: bytes


@dataclass
class BatchResult:
    documents: list[dict[str, Any]] = field(default_factory=list)
    error: tuple[int, str] | None = None


def _setting(name: str) -> Any:
    return current_app.config["KG"][name]


def _path_setting(name: str) -> Path:
    p = Path(_setting(name))
    return p if p.is_absolute() else ROOT / p


def _authorize() -> None:
    token = str(_setting("ingest_token") or "")
    if not token:
        raise HttpError(403, "ingest over HTTP is off on this server: it is turned on by setting"
                             " ingest_token (OSCE_KG_INGEST_TOKEN)")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    # compare_digest takes as long for a wrong token of any length as for the right one
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HttpError(401, "POST /ingest needs the header 'Authorization: Bearer <ingest token>'",
                        [("WWW-Authenticate", 'Bearer realm="osce-kg ingest"')])


def safe_name(name: str) -> str:
    """A file name from a client's: its last path part, only [A-Za-z0-9._-], a page suffix."""
    base = _UNSAFE.sub("-", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(".-") or "page"
    return base if base.lower().endswith(PAGE_SUFFIXES) else base + ".txt"


def _uploads() -> list[Upload]:
    mtype = (request.mimetype or "").lower()
    length = request.content_length
    if length is not None and length > int(_setting("max_request_bytes")):
        limit = _setting("max_request_bytes")
        raise HttpError(413, f"the request body is {length} bytes; the limit is {limit} (max_request_bytes):"
                             " send fewer pages per request")
    if mtype == "multipart/form-data":
        return [Upload(f.filename or "page.txt", f.read()) for key in request.files
                for f in request.files.getlist(key)]
    if mtype == "application/json":
        try:
            data = json.loads(request.get_data())
        except (ValueError, UnicodeDecodeError) as exc:
            raise HttpError(400, f"the JSON body does not parse: {exc}") from None
        items = data if isinstance(data, list) else [data]
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("content"), str):
                raise HttpError(400, f"item {i} of the batch is not an object with a string 'content'"
                                     " (and an optional 'name')")
            out.append(Upload(str(item.get("name") or f"page-{i + 1}.txt"), item["content"].encode("utf-8")))
        return out
    if mtype in ("text/plain", "text/html"):
        default = "page.html" if mtype == "text/html" else "page.txt"
        return [Upload(request.args.get("name") or default, request.get_data())]
    what = f"Content-Type {mtype}" if mtype else "a POST without Content-Type"
    raise HttpError(415, f"{what} is not accepted: send pages as multipart/form-data (files),"
                         ' application/json ([{"name": ..., "content": ...}]) or one page as text/plain'
                         " or text/html")


def _store_files(uploads: list[Upload]) -> list[Path]:
    directory = _path_setting("upload_dir")
    directory.mkdir(parents=True, exist_ok=True)
    names: dict[str, int] = {}
    paths = []
    for u in uploads:
        name = safe_name(u.name)
        if name in names:  # the same name twice in one batch: keep both
            names[name] += 1
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{names[name]}.{suffix}" if dot else f"{name}-{names[name]}"
        names.setdefault(name, 1)
        path = directory / name
        partial = path.with_name(f".{name}.partial")
        partial.write_bytes(u.data)
        os.replace(partial, path)
        paths.append(path)
    return paths


def _report(path: Path, qdir: Path) -> str | None:
    """The quarantine report the pipeline wrote for ``path`` (graph.ingest.pipeline.quarantine)."""
    first = f"file: {path}\n"
    renamed = sorted(qdir.glob(f"{path.stem}-*{path.suffix}.report.txt"))  # a name taken by another file
    for candidate in [qdir / f"{path.name}.report.txt", *renamed]:
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if text.startswith(first):
            return text
    return None


def run_batch(store_path: Path, qdir: Path, files: list[Path], page_seconds: float = PAGE_SECONDS,
              lock_wait: float = LOCK_WAIT) -> BatchResult:
    """Ingest ``files`` through server/ingest_job.py, restarting it after a page that hangs or kills it."""
    from graph.ingest.pipeline import quarantine

    result = BatchResult()
    remaining = list(files)
    while remaining:
        done: set[str] = set()
        proc = subprocess.Popen([sys.executable, "-m", "server.ingest_job", str(store_path), str(qdir),
                                 str(lock_wait), *map(str, remaining)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=worker_env(os.environ), cwd=str(ROOT))
        assert proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + lock_wait + page_seconds  # opening may wait for another writer
        stalled = False
        failed: tuple[str, str] | None = None
        try:
            while True:
                if not sel.select(max(0.0, deadline - time.monotonic())):
                    stalled = True
                    break
                line = proc.stdout.readline()
                if not line:
                    break
                message = json.loads(line)
                if "error" in message:
                    failed = (str(message.get("kind", "write")), str(message["error"]))
                    break
                deadline = time.monotonic() + page_seconds
                if message.get("ready"):
                    continue
                done.add(message["path"])
                entry = {"name": Path(message["path"]).name, "status": message["status"],
                         "graph": message["graph"]}
                if message["status"] == "quarantined":
                    entry["reason"] = message["reason"]
                    entry["report"] = _report(Path(message["path"]), qdir)
                result.documents.append(entry)
        finally:
            sel.close()
            if stalled:
                proc.kill()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
            proc.stdout.close()
        if failed is not None:
            kind, message = failed
            if kind == "open":
                result.error = (503, f"the store could not be opened for writing within {lock_wait:g} s"
                                     f" (another process may be writing it; try again later): {message}")
            else:
                result.error = (507 if "space" in message.lower() else 500,
                                f"the store could not be written (the documents listed were): {message}")
            return result
        remaining = [f for f in remaining if str(f) not in done]
        if not remaining:
            break
        # the job stopped before the next page was done: that page hung or crashed it
        culprit = remaining.pop(0)
        why = (f"{culprit}: took longer than {page_seconds:g} s and was stopped" if stalled else
               f"{culprit}: the ingest process died reading it (exit status {proc.returncode})")
        quarantine(culprit, why, qdir)
        result.documents.append({"name": culprit.name, "status": "quarantined", "graph": None, "reason": why,
                                 "report": _report(culprit, qdir)})
    return result


@bp.route("/ingest", methods=["POST"])
def ingest() -> Response:
    _authorize()
    uploads = _uploads()
    if not uploads:
        raise HttpError(400, "the batch holds no pages")
    if current_app.config["KG"]["store"] != "oxigraph":
        raise HttpError(501, "POST /ingest writes the embedded store (store = oxigraph); use osce-kg ingest"
                             " for other stores")
    files = _store_files(uploads)
    result = run_batch(_path_setting("store_path"), _path_setting("quarantine_dir"), files)
    counts = {k: sum(d["status"] == k for d in result.documents)
              for k in ("ingested", "unchanged", "replaced", "quarantined")}
    body: dict[str, Any] = {"summary": counts, "documents": result.documents}
    if result.error is not None:
        status, message = result.error
        body["error"] = message
        resp = jsonify(body)
        resp.status_code = status
        if status == 503:
            resp.headers["Retry-After"] = "10"
        return resp
    return jsonify(body)


def init_app(app: Any) -> None:
    app.register_blueprint(bp)


def openapi_paths() -> dict[str, Any]:
    """``POST /ingest`` in the OpenAPI description (server.openapi)."""
    page = {"type": "object", "required": ["content"],
            "properties": {"name": {"type": "string"}, "content": {"type": "string"}}}
    text = {"schema": {"type": "string"}}
    return {
        "/ingest": {
            "post": {
                "tags": ["Discovery"],
                "operationId": "ingest",
                "summary": "Ingest pages (automation; off unless ingest_token is set)",
                "description": "One page or a batch through the ingest pipeline (validation on arrival,"
                " quarantine with a report, one transaction per document); the answer lists each"
                " document's outcome. Needs 'Authorization: Bearer <ingest_token>'. docs/operations.md.",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"oneOf": [page, {"type": "array", "items": page}]}},
                    "multipart/form-data": {"schema": {"type": "object", "additionalProperties": {
                        "type": "string", "format": "binary"}}},
                    "text/plain": text, "text/html": text}},
                "parameters": [{"name": "name", "in": "query", "required": False,
                                "schema": {"type": "string"},
                                "description": "the page's file name, for a text/plain or text/html body"}],
                "responses": {
                    "200": {"description": "Each document's outcome",
                            "content": {"application/json": {"schema": {"type": "object"}}}},
                    "400": {"description": "A malformed or empty batch", "content": {"text/plain": text}},
                    "401": {"description": "No or a wrong bearer token", "content": {"text/plain": text}},
                    "403": {"description": "HTTP ingest is off", "content": {"text/plain": text}},
                    "413": {"description": "Over max_request_bytes", "content": {"text/plain": text}},
                    "415": {"description": "Another content type", "content": {"text/plain": text}},
                    "503": {"description": "Another process writes the store; try again",
                            "content": {"application/json": {"schema": {"type": "object"}}}},
                    "507": {"description": "The disk is full; the documents listed were written",
                            "content": {"application/json": {"schema": {"type": "object"}}}},
                },
            }
        }
    }
