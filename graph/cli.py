"""`osce-kg`: build, validate, query, ingest, load, export and serve the OSCE knowledge graph."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from graph.backup import backup, restore
from graph.cli_options import STORE_SETTINGS, open_configured_store, resolve, settings_options
from graph.extract.command import extract_command
from graph.ingest.command import ingest
from graph.network_command import export_network
from graph.settings import SETTINGS

if TYPE_CHECKING:
    from graph.queries import PlainQuery, StoredQuery

class _Commands(click.Group):
    """Every command: a store that fails (disk full, a foreign or damaged directory, a lock held by
    another writer) ends the command with its message and exit status 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from graph.store.base import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            hint = ""
            if "No space left" in str(exc):
                hint = ("\nwhat was written before stays; free space and run the command again (documents"
                        " already in the store are skipped as unchanged)")
            raise click.ClickException(f"{exc}{hint}") from exc


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="osce-kg")
def cli() -> None:
    """The OSCE knowledge graph: an RDF graph of the OSCE's States, structures, events and people."""


@cli.command()
@settings_options(*STORE_SETTINGS)
def build(**flags: Any) -> None:
    """Rebuild the graph from the repo (ontology, reference data, shipped press releases)."""
    from graph.build import build as run_build
    from graph.build import fingerprint
    from graph.store import one_change

    settings = resolve(**flags)
    store = open_configured_store(settings)
    with one_change(store):  # a serving process switches to the rebuilt graph once, when it is whole
        summary = run_build(store, progress=lambda m: click.echo(f"building: {m}", err=True))
    _write_fingerprint(settings, fingerprint())
    click.echo(f"built {summary.triples} triples in {summary.graphs} named graphs")
    store.close()


def _fingerprint_file(settings: dict[str, Any]) -> Path | None:
    if settings["store"] != "oxigraph":
        return None
    from graph.paths import ROOT

    p = Path(settings["store_path"])
    return (p if p.is_absolute() else ROOT / p).with_suffix(".fingerprint")


def _write_fingerprint(settings: dict[str, Any], value: str) -> None:
    f = _fingerprint_file(settings)
    if f is not None:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(value)


@cli.command()
@settings_options(*STORE_SETTINGS)
@click.option("--report-format", type=click.Choice(["text", "turtle", "json"]), default="text",
              help="How to print the SHACL report.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to a file instead of standard output.")
@click.option("--file", "files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Validate these RDF files instead of the store.")
def validate(report_format: str, output: Path | None, files: tuple[Path, ...], **flags: Any) -> None:
    """Run the SHACL shapes over the graph; exit 0 when it conforms, 1 otherwise."""
    from graph.validation import validate_files, validate_store

    if files:
        report = validate_files(list(files))
    else:
        report = validate_store(open_configured_store(resolve(**flags)))
    text = {"text": report.text, "turtle": report.turtle, "json": report.json}[report_format]()
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"report written to {output}; conforms: {report.conforms}", err=True)
    else:
        click.echo(text)
    sys.exit(0 if report.conforms else 1)


@cli.command()
@settings_options(*STORE_SETTINGS)
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
def query(name: str, params: tuple[str, ...], fmt: str, **flags: Any) -> None:
    """Run a stored query from queries/ (NAME), or a SPARQL file (PATH), or '-' for standard input.

    A file needs no header: SELECT, ASK, CONSTRUCT or DESCRIBE as it is. For a file without a
    '# title:' header, --param values are terms: <iri>, "text", "text"@lang, "text"^^<datatype>,
    an integer, or else a plain string; a SELECT must project each variable it binds.
    """
    from graph.queries import ParameterError, QueryFileError, read_query_file, stored_queries
    from graph.render import render_result
    from graph.store import QuerySyntaxError, StoreError

    values = {}
    for item in params:
        if "=" not in item:
            raise click.UsageError(f"--param takes K=V, not {item!r}")
        k, v = item.split("=", 1)
        values[k] = v
    source = None  # the file named on the command line, for error messages
    if name == "-":
        sparql, bindings = sys.stdin.read(), {}
    else:
        queries = stored_queries()
        path = Path(name)
        sq: StoredQuery | PlainQuery
        if name in queries:
            sq = queries[name]
        elif path.is_file():
            source = path
            try:
                sq = read_query_file(path)
            except QueryFileError as exc:
                raise click.UsageError(str(exc)) from exc
        else:
            raise click.UsageError(f"no stored query {name!r} and no such file;"
                                   f" stored queries: {', '.join(sorted(queries))}")
        try:
            bindings = sq.bindings(values)
        except ParameterError as exc:
            raise click.UsageError(str(exc)) from exc
        sparql = sq.sparql
    store = open_configured_store(resolve(**flags))
    try:
        result = store.query(sparql, bindings=bindings)
    except QuerySyntaxError as exc:
        raise click.ClickException(f"{source}: {exc}" if source else str(exc)) from exc
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()  # release an embedded store's lock, also when the query fails
    click.echo(render_result(result, fmt), nl=False)


@cli.command()
@settings_options(*STORE_SETTINGS)
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle"]), default="trig")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File (default: stdout).")
def export(fmt: str, output: Path | None, **flags: Any) -> None:
    """Write the whole graph: TriG or N-Quads (with named graphs) or Turtle (their union)."""
    store = open_configured_store(resolve(**flags))
    if fmt == "turtle":
        from graph.namespaces import bind_prefixes
        from graph.validation import store_union

        g = store_union(store)
        bind_prefixes(g)
        data = g.serialize(format="turtle", encoding="utf-8")
    else:
        import io

        buf = io.BytesIO()
        store.dump(buf, fmt)
        data = buf.getvalue()
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@settings_options(*STORE_SETTINGS)
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--graph", "graph_iri", help="Target named graph for triple formats (default: one per file).")
def load(files: tuple[Path, ...], graph_iri: str | None, **flags: Any) -> None:
    """Load RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML); each file atomically."""
    from graph.namespaces import KGG
    from graph.store import StoreError

    store = open_configured_store(resolve(**flags))
    failed = 0
    for f in files:
        target = graph_iri or f"{KGG}file/{f.name}"
        try:
            n = store.load_file(f, graph=target)
            click.echo(f"loaded {f}: {n} quads")
        except StoreError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
    store.close()  # release the embedded store's lock (another process may serve it next)
    if failed:
        sys.exit(1)


@cli.command()
@settings_options(*STORE_SETTINGS, "host", "port", "threads", "workers", "replica_max_quads",
                  "base_iri", "public_url", "query_timeout", "max_rows", "max_request_bytes", "cache_size",
                  "refresh_interval", "ingest_token", "upload_dir", "quarantine_dir")
@click.option("--build-if-needed", is_flag=True, help="Build (and validate) first when the repo changed.")
def serve(build_if_needed: bool, **flags: Any) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol and as linked data (granian, a Rust HTTP server).

    Granian runs the Flask app in ``workers`` processes (above 1 they open the embedded store
    read-only) with ``threads`` blocking threads each; a worker builds the app from the environment,
    so the resolved settings are handed over as ``OSCE_KG_*`` variables. The app enforces
    ``max_request_bytes`` (413). SIGTERM/SIGINT stop the workers gracefully (killed after 5 s).
    """
    settings = resolve(**flags)
    if build_if_needed:
        _build_if_needed(settings)
    elif settings["store"] == "oxigraph":  # a damaged or foreign store: one clear error, not one per worker
        from graph.store import open_store

        checked = open_store({**settings, "cache_size": 0}, read_only=True)
        len(checked)
        checked.close()
    from granian import Granian
    from granian.constants import Interfaces

    for setting in SETTINGS:
        os.environ[setting.env] = str(settings[setting.name])
    click.echo(f"serving on http://{settings['host']}:{settings['port']}/", err=True)
    Granian("server.wsgi:serving_app", factory=True, interface=Interfaces.WSGI, address=settings["host"],
            port=settings["port"], workers=max(1, settings["workers"]),
            blocking_threads=max(1, settings["threads"]), log_access=False, workers_kill_timeout=5).serve()


def _build_if_needed(settings: dict[str, Any]) -> None:
    from graph.build import build as run_build
    from graph.build import fingerprint
    from graph.validation import validate_store

    f = _fingerprint_file(settings)
    current = fingerprint()
    built = f is not None and (f.parent / Path(settings["store_path"]).name / "CURRENT").exists()
    if f is not None and f.exists() and f.read_text() == current and built:  # a deleted store is rebuilt
        click.echo("graph is up to date", err=True)
        return
    from graph.store import one_change

    store = open_configured_store(settings)
    with one_change(store):
        summary = run_build(store, progress=lambda m: click.echo(f"building: {m}", err=True))
    click.echo(f"built {summary.triples} triples; validating", err=True)
    report = validate_store(store)
    if not report.conforms:
        click.echo(report.text(), err=True)
        raise click.ClickException("the built graph does not conform to the shapes")
    store.close()
    _write_fingerprint(settings, current)


for command in (extract_command, ingest, backup, restore, export_network):  # defined beside their code
    cli.add_command(command)


def main() -> None:  # pragma: no cover
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
