"""`osce-kg ingest PATH...`: ingest press-release pages into the configured store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from graph.cli_options import STORE_SETTINGS, open_configured_store, resolve, settings_options
from graph.paths import ROOT


@click.command("ingest")
@settings_options(*STORE_SETTINGS, "quarantine_dir")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="Print one line per document: its outcome and file.")
def ingest(paths: tuple[Path, ...], verbose: bool, **flags: Any) -> None:
    """Ingest pages (files, or folders of *.txt) into the store, one validated named graph each.

    Unchanged documents are skipped, changed ones replaced in one transaction; pages that cannot
    be read or fail the shapes go to the quarantine folder with a report, and the exit status is 1.
    """
    from graph.ingest.pipeline import Outcome, ingest_paths

    settings = resolve(**flags)
    qdir = Path(settings["quarantine_dir"])
    qdir = qdir if qdir.is_absolute() else ROOT / qdir

    def report(outcome: Outcome) -> None:
        if verbose:
            click.echo(f"{outcome.status}: {outcome.path}")
        if outcome.status == "quarantined":
            click.echo(f"quarantined: {outcome.reason}", err=True)

    store = open_configured_store(settings)
    try:
        summary = ingest_paths(store, list(paths), show_progress=sys.stderr.isatty(), quarantine_dir=qdir,
                               on_outcome=report)
    finally:
        store.close()
    click.echo(summary.line())
    if summary.quarantined:
        click.echo(f"quarantined documents and their reports are in {qdir}", err=True)
        sys.exit(1)
