"""Batch ingestion: files -> page -> extraction -> document graph -> validation -> one write per document.

Per document the outcome is exactly one of:

- **ingested**: new; its graph ``kgg:doc/{slug}`` is written;
- **unchanged**: a graph for this document already records the same SHA-256 of the file's bytes and the
  same extractor version, so nothing is written (the store's generation and triples stay as they are);
- **replaced**: a previous version exists — a graph with the same slug (date + title), or a graph whose
  ``osce:sourceFile`` is this file (the title or date changed) — and is dropped in the same
  transaction that writes the new graph;
- **quarantined**: the file cannot be read or parsed, the extractor fails, or the graph breaks a SHACL
  shape. A copy of the file and a ``.report.txt`` naming the file and the reason go to the quarantine
  folder; the batch continues and any earlier version stays as it was.

Each write is one transaction: ``Store.replace_graphs`` (one SPARQL update on Oxigraph) or, for a new
document on Oxigraph, one transactional load of its N-Triples. A process killed mid-batch leaves every
document either fully present or absent.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.namespace import PROV

from graph.extract.page import Page
from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import MappingError, map_document
from graph.ingest.provenance import describe, extractor_agent, extractor_version, sha256, source_name
from graph.ingest.reference import ReferenceIndex, reference_index
from graph.ingest.shared import SharedContext
from graph.namespaces import KGG, OSCE
from graph.ntriples import nt_lines
from graph.paths import ROOT
from graph.store.base import Store
from graph.validation import validate_document

PHASES = ("read", "extract", "map", "validate", "write")
STATE_QUERY = f"""
SELECT ?g ?sha ?source ?agent WHERE {{
  GRAPH ?g {{ ?g <{OSCE.sha256}> ?sha . }}
  OPTIONAL {{ GRAPH ?g {{ ?g <{OSCE.sourceFile}> ?source . }} }}
  OPTIONAL {{ GRAPH ?g {{ ?g <{PROV.wasGeneratedBy}> ?activity .
                         ?activity <{PROV.wasAssociatedWith}> ?agent . }} }}
  FILTER(STRSTARTS(STR(?g), "{KGG}doc/"))
}}
"""


@dataclass
class Outcome:
    path: Path
    status: str  # ingested | unchanged | replaced | quarantined
    graph: str | None = None
    reason: str | None = None


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    quarantined: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    #: CPU seconds of this process per phase (read, extract, map, validate, write)
    timings: dict[str, float] = field(default_factory=lambda: dict.fromkeys(PHASES, 0.0))

    @property
    def total(self) -> int:
        return self.ingested + self.unchanged + self.replaced + self.quarantined

    def line(self) -> str:
        return (f"ingested {self.ingested}, unchanged {self.unchanged}, replaced {self.replaced}, "
                f"quarantined {self.quarantined}")

    def record(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)


#: what a folder contributes: texts and saved pages (a file named on the command line is read whatever
#: its name; either way the layout is recognised by content)
PAGE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}


def page_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as every text or HTML file below them; sorted within a folder,
    duplicates once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        files = (sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PAGE_SUFFIXES)
                 if p.is_dir() else [p])
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _default_quarantine() -> Path:
    from graph.settings import load_settings

    q = Path(load_settings()["quarantine_dir"])
    return q if q.is_absolute() else ROOT / q


def quarantine(path: Path, reason: str, directory: Path, data: bytes | None = None) -> Path:
    """Copy the file and write ``{name}.report.txt`` beside it; returns the report's path.

    A file of the same name from another folder already there is kept: this one is then named
    ``{stem}-{hash of its path}{suffix}``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    name = path.name
    first_line = f"file: {path}\n"
    earlier = directory / f"{name}.report.txt"
    if earlier.exists() and not earlier.read_text(encoding="utf-8", errors="replace").startswith(first_line):
        name = f"{path.stem}-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]}{path.suffix}"
    copy = directory / name
    if data is not None:
        copy.write_bytes(data)
    elif path.is_file():
        shutil.copyfile(path, copy)
    report = directory / f"{name}.report.txt"
    report.write_text(f"{first_line}reason: {reason}\n", encoding="utf-8")
    return report


class _StoredState:
    """What the store already holds per document graph: checksum, source file, extractor."""

    def __init__(self, store: Store) -> None:
        self.by_graph: dict[str, tuple[str, str | None, str | None]] = {}
        self.by_source: dict[str, set[str]] = {}
        for row in store.select(STATE_QUERY):
            g = str(row["g"])
            source = str(row["source"]) if "source" in row else None
            self.set(g, str(row["sha"]), source, str(row["agent"]) if "agent" in row else None)

    def set(self, g: str, sha: str, source: str | None, agent: str | None) -> None:
        self.by_graph[g] = (sha, source, agent)
        if source is not None:
            self.by_source.setdefault(source, set()).add(g)

    def drop(self, g: str) -> None:
        _, source, _ = self.by_graph.pop(g, ("", None, None))
        if source is not None:
            self.by_source.get(source, set()).discard(g)


def _extractor() -> Callable[[Any], dict[str, Any]]:
    from graph.extract import extract

    return extract


def ingest_paths(store: Store, paths: Iterable[Path], *, show_progress: bool | None = None,
                 quarantine_dir: Path | None = None,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 extract: Callable[[Any], dict[str, Any]] | None = None) -> IngestSummary:
    """Ingest every page under ``paths`` into ``store``; see the module docstring for the outcomes.

    ``show_progress`` draws a progress bar on standard error (default: when it is a terminal);
    ``on_outcome`` is called after each document (the command uses it for ``--verbose``);
    ``extract`` replaces ``graph.extract.extract`` (page -> extraction dict), e.g. to ingest curated
    extractions.
    """
    import sys

    files = page_files(paths)
    qdir = quarantine_dir if quarantine_dir is not None else _default_quarantine()
    summary = IngestSummary()
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    ingester = _Ingester(store, summary, qdir, extract=extract)
    for outcomes in _progress(files, show_progress, ingester.one):
        for outcome in outcomes:
            summary.record(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return summary


def _progress(files: list[Path], show: bool,
              step: Callable[[Path], list[Outcome]]) -> Iterator[list[Outcome]]:
    if not show:
        for f in files:
            yield step(f)
        return
    import sys

    import click

    with click.progressbar(files, label="ingesting", file=sys.stderr, show_pos=True,
                           item_show_func=lambda f: f.name if f else "") as bar:
        for f in bar:
            yield step(f)


class _Ingester:
    def __init__(self, store: Store, summary: IngestSummary, qdir: Path,
                 extract: Callable[[Any], dict[str, Any]] | None = None) -> None:
        self.store = store
        self.summary = summary
        self.qdir = qdir
        self.ref: ReferenceIndex = reference_index()
        self.people = PersonIndex.from_store(store)
        self.state = _StoredState(store)
        self.shared = SharedContext(store)
        self.version = extractor_version()
        self.agent = str(extractor_agent(self.version))
        self.extract = extract or _extractor()

    def _tick(self, phase: str, since: float) -> float:
        now = time.process_time()
        self.summary.timings[phase] += now - since
        return now

    def one(self, path: Path) -> list[Outcome]:
        """The outcomes of one file: one document, or one per item of a listing page."""
        from graph.extract.layouts import parse_pages
        from graph.extract.page import PageError, decode

        t = time.process_time()
        data: bytes | None = None
        try:
            data = path.read_bytes()
            digest = sha256(data)
            pages = parse_pages(decode(data, str(path)), str(path))
        except PageError as exc:
            return [self._refuse(path, str(exc), data, t)]
        except OSError as exc:
            return [self._refuse(path, f"{path}: cannot read: {exc.strerror or exc}", None, t)]
        except (RecursionError, ValueError, MemoryError) as exc:  # markup a layout reader cannot take
            return [self._refuse(path, f"{path}: cannot be read as a page: {type(exc).__name__}: {exc}",
                                 data, t)]
        t = self._tick("read", t)
        return [self._document(path, page, data, digest, t if n == 0 else time.process_time())
                for n, page in enumerate(pages)]

    def _document(self, path: Path, page: Page, data: bytes, digest: str, t: float) -> Outcome:
        # a listing's items share the file: each is known by the file and its position
        source = source_name(path) + (f"#item-{page.item + 1}" if page.item is not None else "")
        known = self.state.by_source.get(source, set())
        if len(known) == 1:  # the same bytes from the same file, by the same extractor: nothing to do
            graph = next(iter(known))
            sha, _, agent = self.state.by_graph[graph]
            if sha == digest and agent == self.agent:
                return Outcome(path, "unchanged", graph)
        try:
            extraction = self.extract(page)
        except Exception as exc:  # noqa: BLE001 - any extractor failure quarantines this document only
            return self._refuse(path, f"{path}: the extractor failed: {type(exc).__name__}: {exc}", data, t)
        t = self._tick("extract", t)
        try:
            mapped = map_document(extraction, body=page.body, ref=self.ref, people=self.people,
                                  title=page.title, date=page.date, kind=page.kind, known=self.shared.value)
        except MappingError as exc:
            return self._refuse(path, f"{path}: {exc}", data, t)
        previous = set(self.state.by_source.get(source, set()))
        if mapped.graph_iri in self.state.by_graph:
            previous.add(mapped.graph_iri)
        stored = self.state.by_graph.get(mapped.graph_iri)
        if stored is not None and stored[0] == digest and stored[2] == self.agent and previous == {
                mapped.graph_iri}:
            self._tick("map", t)
            return Outcome(path, "unchanged", mapped.graph_iri)
        mapped.triples += describe(mapped.graph_iri, mapped.doc_iri, source=source, digest=digest,
                                   version=self.version)
        doc_nt = nt_lines(mapped.triples)
        t = self._tick("map", t)
        shared = self.shared.text_for(mapped.triples, previous)
        report = validate_document(mapped.triples, self.ref, doc_nt=doc_nt, shared=shared)
        t = self._tick("validate", t)
        if not report.conforms:
            reason = f"{path}: the document's graph breaks the SHACL shapes\n\n{report.text()}"
            return self._refuse(path, reason, data, t)
        if not previous:
            # a new document: one transactional load of the N-Triples already written for validation
            self.store.load_bytes(doc_nt.encode("utf-8"), "nt", mapped.graph_iri)
        else:  # drop the previous version(s) and write the new one in one transaction
            self.store.replace_graphs({**dict.fromkeys(previous), mapped.graph_iri: mapped.graph})
        for g in previous:
            self.state.drop(g)
        self.state.set(mapped.graph_iri, digest, source, self.agent)
        self.shared.written(mapped.triples, replaced=bool(previous))
        for iri, canonical, forms in mapped.people:
            self.people.add(URIRef(iri), canonical, forms)
        self._tick("write", t)
        return Outcome(path, "replaced" if previous else "ingested", mapped.graph_iri)

    def _refuse(self, path: Path, reason: str, data: bytes | None, since: float) -> Outcome:
        quarantine(path, reason, self.qdir, data)
        self._tick("read", since)
        return Outcome(path, "quarantined", reason=reason.splitlines()[0])
