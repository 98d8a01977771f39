"""Build the whole graph from what ships in the repo: ontology, reference data, press releases."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph import __version__
from graph.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from graph.ontology import ontology_data, ontology_files
from graph.paths import PAGES_DIR, ROOT
from graph.store.base import Store


def source_files() -> list[Path]:
    """Every file whose content determines the built graph (for the fingerprint)."""
    files = ontology_files() + sorted((ROOT / "graph").rglob("*.py"))
    # the reference fact tables (the .py beside them are counted above; caches are not sources)
    files += sorted(f for f in (ROOT / "graph" / "reference").rglob("*")
                    if f.suffix != ".py" and "__pycache__" not in f.parts)
    from graph.ingest.pipeline import page_files

    files += page_files([PAGES_DIR])
    return [f for f in files if f.is_file()]


def fingerprint() -> str:
    h = hashlib.sha256(__version__.encode())
    for f in source_files():
        h.update(str(f.relative_to(ROOT)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class BuildSummary:
    triples: int
    graphs: int
    ingest: object | None = None


def build(store: Store, pages: list[Path] | None = None,
          progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Rebuild from scratch: the store ends up holding exactly what the repo describes."""
    from graph.reference import build_reference

    say = progress or (lambda _msg: None)
    store.clear()
    say("ontology")
    store.replace_graphs({str(ONTOLOGY_GRAPH): ontology_data(), str(REFERENCE_GRAPH): build_reference()})
    summary = None
    page_paths = [PAGES_DIR] if pages is None else pages
    if any(p.exists() for p in page_paths):
        say("press releases")
        from graph.ingest import ingest_paths

        summary = ingest_paths(store, [p for p in page_paths if p.exists()], show_progress=False)
    return BuildSummary(len(store), len(store.named_graphs()), summary)
