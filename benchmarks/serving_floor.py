"""The serving stack's floor: a Flask app on granian, configured as `osce-kg serve` runs it, that answers
every GET with a fixed Turtle body of 25 triples and touches no store.

No lookup served by a Flask app on granian can be faster than this on the same machine, so the 100k check
(`benchmarks/run.py --big`) measures it beside osce-kg and Oxigraph's server with the same requests: a
lookup target above the floor is out of reach of the project's stack, whatever the store does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flask import Flask, Response

BODY = "@prefix osce: <https://w3id.org/osce-kg/ontology#> .\n" + "".join(
    f'<https://w3id.org/osce-kg/id/x> osce:p{i} "value number {i}" .\n' for i in range(25))


def floor_app() -> Flask:
    app = Flask(__name__)

    @app.route("/<path:_>")
    def any_path(_: str) -> Response:
        return Response(BODY, mimetype="text/turtle")

    return app


def serve(port: int, workers: int, threads: int) -> None:
    from granian import Granian
    from granian.constants import Interfaces

    Granian("benchmarks.serving_floor:floor_app", factory=True, interface=Interfaces.WSGI,
            address="127.0.0.1", port=port, workers=workers, blocking_threads=threads,
            log_access=False).serve()


def start(port: int, workers: int, threads: int, root: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-c", f"from benchmarks.serving_floor import serve; serve({port}, {workers}, "
                                   f"{threads})"], stdout=out, stderr=subprocess.STDOUT, cwd=root)
