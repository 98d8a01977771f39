"""`osce-kg extract FILE`: print the extraction record of one file, in any layout, as JSON."""

from __future__ import annotations

import json
import sys

import click

from graph.extract import PageError, extract_file
from graph.extract.people import ExtractionLimit


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
def extract_command(file: str) -> None:
    """Extract people, posts, organisations, places and events from a page (scrape, plain text, HTML
    or a listing page, recognised by content)."""
    try:
        record = extract_file(file)
    except PageError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    except ExtractionLimit as exc:  # a roll of names: refused like an unreadable page, with the bound
        click.echo(f"{file}: {exc}", err=True)
        sys.exit(2)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


command = extract_command
