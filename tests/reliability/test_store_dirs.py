"""A corrupted or foreign store directory: every command (query, ingest, load, serve) ends with one
clear error naming the path, exit status 1, no traceback; a foreign folder is never written into."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.paths import ROOT


def _garbage_current(store: Path) -> None:
    (store / "CURRENT").write_text("hello\n")


def _no_manifest(store: Path) -> None:
    for f in store.glob("MANIFEST-*"):
        f.unlink()


def _damaged_tables(store: Path) -> None:
    for f in sorted(store.glob("*.sst")):
        with open(f, "r+b") as out:
            out.seek(100)
            out.write(b"\xde\xad\xbe\xef" * 500)


def _foreign(store: Path) -> None:
    shutil.rmtree(store)
    store.mkdir()
    (store / "notes.txt").write_text("my notes\n")
    (store / "photo.jpg").write_bytes(b"\xff\xd8\xff")


def _a_file(store: Path) -> None:
    shutil.rmtree(store)
    store.write_text("not a directory\n")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage CURRENT": _garbage_current, "no MANIFEST": _no_manifest, "damaged tables": _damaged_tables,
    "a foreign folder": _foreign, "a file": _a_file,
}
COMMANDS = {
    "query": ["query", "participating-states"],
    "ingest": ["ingest", str(ROOT / "graph" / "pages")],
    "load": ["load", str(ROOT / "ontology" / "osce.ttl"), "--graph", "urn:x"],
    "validate": ["validate"],
    "export": ["export"],
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_every_command_names_the_path_without_a_traceback(shipped: Path, tmp_path: Path, damage: str) -> None:
    store = tmp_path / "store"
    shutil.copytree(shipped, store)
    DAMAGE[damage](store)
    before = sorted(p.name for p in store.iterdir()) if store.is_dir() else None
    flags = ["--store", "oxigraph", "--store-path", str(store)]
    for name, args in COMMANDS.items():  # in this process: the real commands, without the start-up cost
        extra = ["--quarantine-dir", str(tmp_path / "q")] if name == "ingest" else []
        result = CliRunner().invoke(cli, [*args, *flags, *extra])
        assert result.exit_code == 1, f"{name}: exit {result.exit_code}\n{result.output[-1500:]}"
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
            f"{name} raised {result.exception!r}")
        assert str(store) in result.output, f"{name} does not name the store:\n{result.output[-1500:]}"
    # the server, as a user starts it: one line, before any worker starts
    done = subprocess.run([sys.executable, "-m", "graph.cli", "serve", "--port", "1", *flags], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    out = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in out and str(store) in out, out[-1500:]
    if damage == "a foreign folder":  # nothing was added to someone's folder
        assert sorted(p.name for p in store.iterdir()) == before
