"""Real SPARQL servers for the store tests: Oxigraph server (PyPI `oxigraph`) and Virtuoso Open Source.

Each runs as a child process on free ports bound to 127.0.0.1 with its data in a temporary
directory, and is stopped by its process id. Virtuoso is optional: `virtuoso_available()` says
whether its binary is installed (Debian package `virtuoso-opensource`; `.ci/run` installs it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    query_url: str
    update_url: str
    gsp_url: str | None
    log: Path

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"server exited with {proc.returncode}: {tail}")
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    proc.kill()
    raise TimeoutError(f"{url} did not answer within {timeout}s")


def oxigraph_binary() -> str:
    exe = Path(sys.executable).parent / "oxigraph"
    return str(exe) if exe.exists() else (shutil.which("oxigraph") or "oxigraph")


def start_oxigraph(tmp: Path, union_default_graph: bool = False) -> Server:
    """`oxigraph serve` on a persistent directory; by default *without* --union-default-graph, so
    the remote store has to find the union option itself."""
    port = free_port()
    log = tmp / "oxigraph.log"
    args = [oxigraph_binary(), "serve", "--location", str(tmp / "data"), "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        args.append("--union-default-graph")
    with log.open("wb") as out:  # the child keeps its own descriptor
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    _wait(base + "/query?query=ASK%7B%7D", proc, log, 60)
    return Server(proc, base + "/query", base + "/update", base + "/store", log)


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


def isql_binary() -> str | None:
    return shutil.which("isql-vt") or shutil.which("isql")


_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


def start_virtuoso(tmp: Path) -> Server:
    """A private Virtuoso instance: its own ini and database in ``tmp``, SQL and HTTP on loopback.

    Updates through /sparql need the SPARQL_UPDATE grant for the anonymous SPARQL user, given
    through isql with the fresh database's default dba password; harmless on a throwaway
    instance bound to 127.0.0.1, and never done to a real server.
    """
    exe, isql = virtuoso_binary(), isql_binary()
    assert exe and isql
    sql, http = free_port(), free_port()
    ini = tmp / "virtuoso.ini"
    ini.write_text(_INI.format(d=tmp, sql=sql, http=http))
    log = tmp / "stdout.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([exe, "-c", str(ini), "+foreground"], cwd=tmp, stdout=out,
                                stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http}"
    _wait(base + "/sparql?query=ASK%7B%7D", proc, log, 120)
    grant = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'
    out = subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", f"exec={grant}"], capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0:
        proc.kill()
        raise RuntimeError(f"isql grant failed: {out.stdout}{out.stderr}")
    return Server(proc, base + "/sparql", base + "/sparql", None, log)
