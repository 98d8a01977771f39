"""`osce-kg export-network`: a network of the graph (`graph.network`) written to files or stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from graph.cli_options import STORE_SETTINGS, open_configured_store, resolve, settings_options
from graph.network import KINDS, build_network, write


@click.command("export-network")
@settings_options(*STORE_SETTINGS)
@click.option("--kind", type=click.Choice(KINDS), required=True, help="Which network.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "csv"]),
    default="graphml",
    help="graphml or gexf (one file), csv (a nodes file and an edges file).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File (graphml, gexf; default stdout) or, for csv, the prefix of PREFIX-nodes.csv "
    "and PREFIX-edges.csv (default: the kind, in the current directory).",
)
def export_network(kind: str, fmt: str, output: Path | None, **flags: Any) -> None:
    """Write the co-participation, person-organisation or person-event network, labels and IRIs."""
    store = open_configured_store(resolve(**flags))
    net = build_network(store, kind)
    store.close()
    if fmt == "csv":
        prefix = output or Path(kind)
        for part in ("nodes", "edges"):
            path = prefix.with_name(f"{prefix.name}-{part}.csv")
            path.write_bytes(write(net, f"{part}.csv"))
            click.echo(f"wrote {path}", err=True)
    elif output:
        output.write_bytes(write(net, fmt))
    else:
        sys.stdout.buffer.write(write(net, fmt))
    click.echo(f"{kind}: {len(net.nodes)} nodes, {len(net.edges)} edges", err=True)
