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

Files are read and extracted a group at a time (`READ_AHEAD`), ahead of the mapping, validation and
write of each, which stay one document at a time and in order: see `_Ingester.read_ahead`.
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


#: files read and extracted together before each is mapped, validated and written. The extractor reads
#: nothing ingestion writes (a page gives the same record whenever it is extracted), so extracting a few
#: pages in a row changes no outcome, and it makes the phases cheaper: each runs on what the same phase
#: left in the processor's caches rather than on what the other left. SHACL validation of the same data
#: took 1.9-2.1 ms a page back to back and 2.3-2.8 ms with an extraction between two. Measured on
#: 2026-12-08 (load 2.1-2.6 on 2 cores), 8 pairs of fresh processes on 400 plain-text pages, the order
#: alternating: 96.5 against 86.5 documents per CPU-second (medians; best 104 against 96), ahead in 6
#: pairs, level in 1. Groups of 8 to 128 measured alike; 16 keeps little in memory.
READ_AHEAD = 16

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
    ingester = _Ingester(store, summary, qdir, extract=extract, files=files)
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


@dataclass
class _Read:
    """A file read ahead: its bytes, digest and pages with their extractions, or why it was refused.

    ``records[n]`` is the extraction of ``pages[n]``, the exception the extractor raised on it, or None
    when the page looked unchanged (the same bytes by the same extractor: nothing to extract);
    ``sources[n]`` is its ``osce:sourceFile``."""

    data: bytes | None
    digest: str = ""
    pages: list[Page] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    records: list[dict[str, Any] | Exception | None] = field(default_factory=list)
    refused: str | None = None


class _Ingester:
    def __init__(self, store: Store, summary: IngestSummary, qdir: Path,
                 extract: Callable[[Any], dict[str, Any]] | None = None,
                 files: list[Path] | None = None) -> None:
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
        self.files = files or []
        self._next = 0  # the first of ``files`` not yet read ahead
        self._read: dict[Path, _Read] = {}

    def _tick(self, phase: str, since: float) -> float:
        now = time.process_time()
        self.summary.timings[phase] += now - since
        return now

    def one(self, path: Path) -> list[Outcome]:
        """The outcomes of one file: one document, or one per item of a listing page."""
        if path not in self._read:
            self.read_ahead(path)
        read = self._read.pop(path)
        t = time.process_time()
        if read.refused is not None:
            return [self._refuse(path, read.refused, read.data, t)]
        assert read.data is not None
        return [self._document(path, page, source, read.data, read.digest, record,
                               t if n == 0 else time.process_time())
                for n, (page, source, record) in enumerate(zip(read.pages, read.sources, read.records,
                                                               strict=True))]

    def read_ahead(self, path: Path) -> None:
        """Read and extract ``path`` and, when it is the next of ``files``, the files up to `READ_AHEAD`
        from it. Nothing here writes or quarantines: each file's outcome is decided in `one`, in order."""
        group = [path]
        if self._next < len(self.files) and self.files[self._next] == path:
            group = [f for f in self.files[self._next:self._next + READ_AHEAD] if f not in self._read]
            self._next += READ_AHEAD
        for f in group:
            self._read[f] = self._read_file(f)

    def _read_file(self, path: Path) -> _Read:
        from graph.extract.layouts import parse_pages
        from graph.extract.page import PageError, decode

        t = time.process_time()
        data: bytes | None = None
        try:
            data = path.read_bytes()
            read = _Read(data, sha256(data))
            read.pages = parse_pages(decode(data, str(path)), str(path))
        except PageError as exc:
            return _Read(data, refused=str(exc))
        except OSError as exc:
            return _Read(None, refused=f"{path}: cannot read: {exc.strerror or exc}")
        except (RecursionError, ValueError, MemoryError) as exc:  # markup a layout reader cannot take
            return _Read(data, refused=f"{path}: cannot be read as a page: {type(exc).__name__}: {exc}")
        finally:
            t = self._tick("read", t)
        for page in read.pages:
            # a listing's items share the file: each is known by the file and its position
            source = source_name(path) + (f"#item-{page.item + 1}" if page.item is not None else "")
            read.sources.append(source)
            record: dict[str, Any] | Exception | None = None
            if not self._unchanged(source, read.digest):
                try:
                    record = self.extract(page)
                except Exception as exc:  # noqa: BLE001 - any extractor failure quarantines this document only
                    record = exc
            read.records.append(record)
        self._tick("extract", t)
        return read

    def _unchanged(self, source: str, digest: str) -> str | None:
        """The graph of ``source`` when the store has it from the same bytes by the same extractor."""
        known = self.state.by_source.get(source, set())
        if len(known) == 1:
            graph = next(iter(known))
            sha, _, agent = self.state.by_graph[graph]
            if sha == digest and agent == self.agent:
                return graph
        return None

    def _document(self, path: Path, page: Page, source: str, data: bytes, digest: str,
                  record: dict[str, Any] | Exception | None, t: float) -> Outcome:
        graph = self._unchanged(source, digest)
        if graph is not None:  # the same bytes from the same file, by the same extractor: nothing to do
            return Outcome(path, "unchanged", graph)
        try:
            # extracted ahead, unless the page looked unchanged then and an earlier document of the batch
            # has since replaced the graph that made it look so
            extraction = self.extract(page) if record is None else record
            if isinstance(extraction, Exception):
                raise extraction
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
