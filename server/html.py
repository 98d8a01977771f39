"""Display helpers for the HTML views: which IRIs are ours (and where they live on this server),
compact names, labels, and one view-model for an RDF term.

Nothing here escapes: every value reaches HTML through Jinja with autoescape on. What this module
does guard is links: only http(s) IRIs and our own paths ever become an ``href`` (an IRI such as
``javascript:…`` in the data is shown as text, never made clickable).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape as _esc  # quote=True: & < > " ' all escaped, safe in text and attributes
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import Node

from graph.namespaces import PREFIXES, SCHEMA

#: the display label is the first of these that the entity has (docs/model.md)
LABEL_PROPERTIES: tuple[str, ...] = (
    str(SKOS.prefLabel),
    str(SCHEMA.name),
    str(DCTERMS.title),
    str(RDFS.label),
)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# longest namespace first, so `kg:` never shadows a longer namespace that starts with it
_PREFIXES = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@dataclass(frozen=True)
class Cell:
    """One RDF term as the templates show it."""

    kind: str  # "uri", "bnode", "literal"
    value: str
    text: str  # what is shown: a label, a compact name or the literal's lexical form
    href: str | None = None
    lang: str | None = None
    datatype: str | None = None  # compact name of a non-string datatype

    def __html__(self) -> str:
        """The term as HTML, every value escaped (the hot loops of the templates print cells this way
        instead of calling a macro per cell, which costs several times as much)."""
        if self.kind == "uri":
            if self.href:
                return f'<a href="{_esc(self.href)}" title="{_esc(self.value)}">{_esc(self.text)}</a>'
            return f'<span class="iri" title="{_esc(self.value)}">{_esc(self.text)}</span>'
        if self.kind == "bnode":
            return f'<span class="bnode">{_esc(self.text)}</span>'
        out = f'<span class="lit">{_esc(self.text)}</span>'
        if self.lang:
            out += f'<span class="lang">@{_esc(self.lang)}</span>'
        if self.datatype:
            out += f'<span class="dt">^^{_esc(self.datatype)}</span>'
        return out


def local_path(iri: str, base_iri: str, script_root: str = "") -> str | None:
    """The path on this server that answers for ``iri``, or None when the IRI is not ours."""
    if base_iri and iri.startswith(base_iri):
        return f"{script_root}/{iri[len(base_iri) :]}"
    return None


def href_for(iri: str, base_iri: str, script_root: str = "") -> str | None:
    """A safe link target: our own page, or the IRI itself when it is http(s); otherwise none."""
    local = local_path(iri, base_iri, script_root)
    if local is not None:
        return local
    if iri.startswith(("http://", "https://")):
        return iri
    return None


def curie(iri: str) -> str:
    """``osce:hostState`` for a term in a known namespace, else the full IRI."""
    for prefix, ns in _PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def pick_label(labels: Iterable[tuple[str, Literal | str]]) -> str | None:
    """The display label from (property, literal) pairs: property order first, then English,
    then no language tag, then anything."""
    best: tuple[int, int, str] | None = None
    for prop, lit in labels:
        try:
            rank = LABEL_PROPERTIES.index(prop)
        except ValueError:
            continue
        lang = lit.language if isinstance(lit, Literal) else None
        lang_rank = 0 if lang and lang.lower().startswith("en") else 1 if not lang else 2
        key = (rank, lang_rank, str(lit))
        if best is None or key < best:
            best = key
    return best[2] if best else None


def cell(term: Node, base_iri: str, script_root: str = "", label: str | None = None) -> Cell:
    """The view-model of an rdflib term; ``label`` replaces the compact name of an IRI."""
    if isinstance(term, URIRef):
        iri = str(term)
        return Cell("uri", iri, label or curie(iri), href_for(iri, base_iri, script_root))
    if isinstance(term, BNode):
        return Cell("bnode", str(term), "_:" + str(term))
    assert isinstance(term, Literal)
    dt = str(term.datatype) if term.datatype is not None else None
    shown_dt = curie(dt) if dt and dt not in (_XSD + "string", _LANG_STRING) else None
    return Cell("literal", str(term), str(term), lang=term.language, datatype=shown_dt)


def json_cell(term: Mapping[str, Any], base_iri: str, script_root: str = "") -> Cell:
    """The view-model of a term in SPARQL JSON results (``{"type": …, "value": …}``)."""
    kind, value = term.get("type"), str(term.get("value", ""))
    if kind == "uri":
        return Cell("uri", value, curie(value), href_for(value, base_iri, script_root))
    if kind == "bnode":
        return Cell("bnode", value, "_:" + value)
    dt = term.get("datatype")
    shown_dt = curie(dt) if dt and dt not in (_XSD + "string", _LANG_STRING) else None
    return Cell("literal", value, value, lang=term.get("xml:lang"), datatype=shown_dt)


@dataclass(frozen=True)
class SourceLink:
    """Where a statement comes from: a document (linked) or a named graph (text)."""

    text: str
    href: str | None = None
    graph: str | None = None  # path of the document's named graph, when it has a page

    def __html__(self) -> str:
        if self.href:
            return f'<a class="src" href="{_esc(self.href)}">{_esc(self.text)}</a>'
        return f'<span class="src">{_esc(self.text)}</span>'


__all__ = ["Cell", "SourceLink", "cell", "curie", "href_for", "json_cell", "local_path", "pick_label"]
