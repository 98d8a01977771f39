"""`osce-kg backup DEST` and `osce-kg restore BACKUP`: a consistent copy of the embedded store, and
putting one back, both while a server is serving it.

``backup`` opens the store read-only (so it runs beside a server and even beside a running ingest,
whose lock it does not need) and asks Oxigraph for a RocksDB checkpoint: a directory that opens as a
store of its own, holding every transaction committed when the copy was made and nothing of one that
was not. On the same file system the immutable table files are hard links, so a backup is cheap.

``restore`` checks the backup opens, copies it beside the store, and swaps the directories with two
renames; the store that was there is kept as ``STORE.replaced-YYYYmmddTHHMMSS`` (delete it yourself).
It bumps the generation marker (graph/store/marker.py), so a running server switches to the restored
data like after an ingest. It refuses while another process writes the store (RocksDB's lock).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import click

from graph.cli_options import STORE_SETTINGS, resolve, settings_options
from graph.paths import ROOT
from graph.store.base import StoreError


def backup_store(store: Path, dest: Path) -> int:
    """Write a checkpoint of ``store`` to ``dest`` (which must not exist); returns its quad count."""
    import pyoxigraph as ox

    from graph.store.oxigraph import OxigraphStore

    if dest.exists():
        raise StoreError(f"cannot back up to {dest}: it exists (give a new directory)")
    source = OxigraphStore(store, read_only=True)
    try:
        source.native.backup(str(dest))
    except OSError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise StoreError(f"backing up the store at {store} to {dest} failed: {exc}") from exc
    finally:
        source.close()
    try:
        return len(ox.Store.read_only(str(dest)))
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"the backup at {dest} does not open: {exc}") from exc


def restore_store(backup: Path, store: Path) -> tuple[int, Path | None]:
    """Replace ``store`` by a copy of ``backup``; returns (quads, where the replaced store was kept)."""
    from graph.store.marker import bump, read_marker
    from graph.store.oxigraph import OxigraphStore

    if not (backup / "CURRENT").exists():
        raise StoreError(f"cannot restore from {backup}: it is not an Oxigraph store or backup"
                         " (no CURRENT file)")
    try:
        quads = len(OxigraphStore(backup, read_only=True))
    except StoreError as exc:
        raise StoreError(f"cannot restore from {backup}: {exc}") from exc
    kept: Path | None = None
    staging = store.with_name(store.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(backup, staging, ignore=shutil.ignore_patterns("LOCK"))
    generation = read_marker(store).generation
    if store.exists():
        holder = OxigraphStore(store)  # raises while another process writes it: nothing has moved yet
        holder.close()
        kept = store.with_name(f"{store.name}.replaced-{time.strftime('%Y%m%dT%H%M%S')}")
        store.rename(kept)
    staging.rename(store)
    _set_generation(store, generation)  # the generation keeps moving forward across the swap
    bump(store)
    return quads, kept


def _set_generation(store: Path, generation: int) -> None:
    import json

    from graph.store.marker import marker_path

    marker_path(store).write_text(json.dumps({"generation": generation, "changed_at": None}),
                                  encoding="utf-8")


def _store_dir(settings: dict[str, Any]) -> Path:
    if settings["store"] != "oxigraph":
        raise click.UsageError("backup and restore work on the embedded store (store = oxigraph); back up a"
                               " remote store with its server's own tools")
    p = Path(settings["store_path"])
    return p if p.is_absolute() else ROOT / p


@click.command("backup")
@settings_options(*STORE_SETTINGS)
@click.argument("dest", type=click.Path(path_type=Path))
def backup(dest: Path, **flags: Any) -> None:
    """Write a consistent copy of the store to DEST (a new directory); safe while serving or ingesting."""
    quads = backup_store(_store_dir(resolve(**flags)), dest)
    click.echo(f"backed up {quads} quads to {dest}")


@click.command("restore")
@settings_options(*STORE_SETTINGS)
@click.argument("backup_dir", metavar="BACKUP",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
def restore(backup_dir: Path, **flags: Any) -> None:
    """Replace the store by the backup in BACKUP; the old store is kept beside it, a server follows."""
    quads, kept = restore_store(backup_dir, _store_dir(resolve(**flags)))
    kept_note = f"; the replaced store is in {kept}" if kept else ""
    click.echo(f"restored {quads} quads from {backup_dir}{kept_note}")
