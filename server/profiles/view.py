"""Reading the served graph one node at a time, for the profile pages.

A profile walks a few hops from its entity (a person's appearances, their events, those events'
other appearances). On Oxigraph each hop is an index lookup (microseconds, no query planning); any
other store gets the same answers from bound single-pattern SPARQL queries. Answers are kept for the
length of one page, so a node reached twice is read once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from graph.store.base import Store
from server.entities import native_store
from server.html import LABEL_PROPERTIES, href_for

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Iri(str):
    """An IRI in a view. Terms here are plain strings with a type: rdflib's Literal parses every value
    it is given, which was most of the time of a busy page (hundreds of appearances)."""


class Lit(str):
    """A literal's lexical form, with its language tag (if any)."""

    language: str | None = None

    def __new__(cls, value: str, language: str | None = None) -> Lit:
        lit = super().__new__(cls, value)
        lit.language = language or None
        return lit


Term = Iri | Lit


def _from_ox(term: object) -> Term | None:
    if isinstance(term, ox.NamedNode):
        return Iri(term.value)
    if isinstance(term, ox.Literal):
        return Lit(term.value, term.language)
    return None  # blank nodes and quoted triples are not walked


def _from_rdflib(term: object) -> Term | None:
    if isinstance(term, URIRef):
        return Iri(term)
    if isinstance(term, Literal):
        return Lit(str(term), term.language)
    return None


@dataclass(frozen=True)
class Link:
    """A named link to one of our pages (or plain text when there is no safe target)."""

    text: str
    href: str | None = None
    title: str | None = None

    def __html__(self) -> str:
        title = f' title="{escape(self.title)}"' if self.title else ""
        if self.href:
            return f'<a href="{escape(self.href)}"{title}>{escape(self.text)}</a>'
        return f"<span{title}>{escape(self.text)}</span>"

    def __str__(self) -> str:
        return self.text


class GraphView:
    """Outgoing and incoming statements of single nodes, deduplicated across named graphs."""

    def __init__(self, store: Store, base_iri: str, script_root: str = "") -> None:
        self.store = store
        self.native = native_store(store)
        self.base = base_iri
        self.root = script_root
        self._out: dict[str, dict[str, list[Term]]] = {}
        self._in: dict[tuple[str, str], list[str]] = {}
        self._labels: dict[str, str] = {}

    def out(self, s: str) -> dict[str, list[Term]]:
        """Predicate IRI -> objects (sorted, no duplicates) of every statement about ``s``."""
        hit = self._out.get(s)
        if hit is not None:
            return hit
        found: dict[str, set[Term]] = defaultdict(set)
        if self.native is not None:
            for q in self.native.quads_for_pattern(ox.NamedNode(s), None, None, None):
                term = _from_ox(q.object)
                if term is not None:
                    found[q.predicate.value].add(term)
        else:
            for row in self.store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", bindings={"s": URIRef(s)}).rows:
                term = _from_rdflib(row["o"])
                if term is not None:
                    found[str(row["p"])].add(term)
        result = {p: sorted(objs, key=str) for p, objs in found.items()}
        self._out[s] = result
        return result

    def bound(self, s: str, p: str) -> list[str]:
        """The values of (s, p) as text, by a bound lookup: on a long list of nodes each read once (an
        organisation's hundreds of appearances), far cheaper than reading every statement of each."""
        if s in self._out or self.native is None:
            return [str(o) for o in self.objects(s, p)]
        quads = self.native.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, None)
        return sorted({str(t) for t in map(_from_ox, (q.object for q in quads)) if t is not None})

    def one(self, s: str, p: str) -> str | None:
        """The first value of a single-valued property (see `bound`)."""
        values = self.bound(s, p)
        return values[0] if values else None

    def objects(self, s: str, p: str) -> list[Term]:
        return self.out(s).get(p, [])

    def iris(self, s: str, p: str) -> list[str]:
        return [str(o) for o in self.objects(s, p) if isinstance(o, Iri)]

    def iri(self, s: str, p: str) -> str | None:
        found = self.iris(s, p)
        return found[0] if found else None

    def text(self, s: str, p: str) -> str | None:
        """One literal value: English first, then untagged, then the first in order."""
        lits = [o for o in self.objects(s, p) if isinstance(o, Lit)]
        if not lits:
            return None
        lits.sort(
            key=lambda lit: (
                0 if (lit.language or "").startswith("en") else 1 if not lit.language else 2,
                str(lit),
            )
        )
        return str(lits[0])

    def texts(self, s: str, p: str) -> list[str]:
        return [str(o) for o in self.objects(s, p) if isinstance(o, Lit)]

    def subjects(self, p: str, o: str) -> list[str]:
        """Subjects of ``?s p o`` (IRIs only), sorted."""
        key = (p, o)
        hit = self._in.get(key)
        if hit is not None:
            return hit
        if self.native is not None:
            quads = self.native.quads_for_pattern(None, ox.NamedNode(p), ox.NamedNode(o), None)
            found = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
        else:
            rows = self.store.query(
                "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", bindings={"p": URIRef(p), "o": URIRef(o)}
            ).rows
            found = {str(r["s"]) for r in rows if isinstance(r.get("s"), URIRef)}
        result = sorted(found)
        self._in[key] = result
        return result

    def types(self, s: str) -> list[str]:
        return self.iris(s, _RDF_TYPE)

    def label(self, s: str) -> str:
        """The display label (docs/model.md): property order, then English, untagged, any; else the
        IRI's last segment."""
        hit = self._labels.get(s)
        if hit is None:
            out = self.out(s)
            best = min(
                (
                    (rank, 0 if (o.language or "").startswith("en") else 1 if not o.language else 2, str(o))
                    for rank, p in enumerate(LABEL_PROPERTIES)
                    for o in out.get(p, [])
                    if isinstance(o, Lit)
                ),
                default=None,
            )
            hit = best[2] if best else s.rstrip("/").rsplit("/", 1)[-1]
            self._labels[s] = hit
        return hit

    def href(self, iri: str) -> str | None:
        return href_for(iri, self.base, self.root)

    def link(self, iri: str | None, text: str | None = None) -> Link | None:
        return None if iri is None else self.link_of(iri, text)

    def link_of(self, iri: str, text: str | None = None) -> Link:
        return Link(text or self.label(iri), self.href(iri))


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    if len(value) == 7:  # an xsd:gYearMonth (a term known to the month): its first day
        value += "-01"
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def term_span(start: str | None, end: str | None) -> str:
    """A term of office with each date at its own precision: "1 July 2011 – June 2017", "since May 2024"."""

    def one(value: str) -> str:
        return long_date(value, "month" if len(value) == 7 else None)

    if not start:
        return one(end) if end else ""
    return f"{one(start)} – {one(end)}" if end else f"since {one(start)}"


def long_date(value: str | None, precision: str | None = None) -> str:
    """``2018-04-24`` as "24 April 2018" (or "April 2018" when only the month is known)."""
    d = parse_date(value)
    if d is None:
        return value or ""
    if precision == "month":
        return f"{_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def date_range(start: str | None, end: str | None, precision: str | None = None) -> str:
    """ "23–24 April 2018", "30 April – 2 May 2018", or a single day."""
    a, b = parse_date(start), parse_date(end)
    if a is None:
        return long_date(end)
    if b is None or b == a or precision == "month":
        return long_date(start, precision)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {_MONTHS[a.month - 1]} – {b.day} {_MONTHS[b.month - 1]} {a.year}"
    return f"{long_date(start)} – {long_date(end)}"


def capped(items: list[Any], limit: int) -> tuple[list[Any], int]:
    """The first ``limit`` items and how many more there are."""
    return items[:limit], max(0, len(items) - limit)
