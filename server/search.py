"""Search by name: ``/search?q=`` as a page and as JSON shaped like Wikidata's ``wbsearchentities``.

Every label and alias of people, organisations, States, field operations, events, series, places and
documents (plus the names a person was written under, and ISO codes of States) is folded —
lower-cased, diacritics and punctuation dropped — so ``gisladottir`` finds Ingibjörg Sólrún
Gísladóttir. A result is an *exact* match (the whole name), a *prefix* match (the name starts with
the query: as-you-type) or a *word* match (each query word starts a word of the name), ranked in
that order, then labels before aliases, shorter names first.

The index is built from index scans, one per predicate, the first time it is needed for a data
version, and kept; a query then only bisects sorted word lists (no SPARQL per keystroke).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request
from rdflib import URIRef

from graph.namespaces import OSCE
from graph.store.base import Store
from server.entities import native_store
from server.html import href_for, local_path
from server.kg import get_store, setting
from server.kinds import ALL_CLASSES, KIND_NAMES, kind_of
from server.responses import data_version, negotiate

bp = Blueprint("search", __name__)

MAX_LIMIT = 50
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "ŀ": "l",
    }
)
_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits are kept


def fold(text: str) -> str:
    """Lower case, no diacritics, punctuation as single spaces: the form names are compared in."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "")
    return _NON_WORD.sub(" ", text.replace("'", "")).strip()  # UNODC’s -> unodcs, as typed


@dataclass
class Entry:
    iri: str
    kind: str
    label: str
    description: str = ""
    names: list[tuple[str, str, bool]] = field(default_factory=list)  # (folded, as written, is an alias)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    match: str  # exact | prefix | word
    text: str  # the name that matched, as written
    alias: bool


_LABEL_ORDER = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/name",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2000/01/rdf-schema#label",
)
_ALIAS = ("http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2004/02/skos/core#notation")
_FACTS = {f"https://schema.org/{n}": n for n in ("startDate", "location", "containedInPlace", "superEvent")}
_FACTS |= {f"{OSCE}{n}": n for n in ("hostState", "participatingSince", "partnerSince", "ofState")}
_FACTS["http://purl.org/dc/terms/issued"] = "issued"
_FACTS["http://www.w3.org/ns/org#subOrganizationOf"] = "subOrganizationOf"
#: what an organisation is, by its most telling class
_ORG_WORDS = (
    (f"{OSCE}Institution", "OSCE institution"),
    (f"{OSCE}SecretariatUnit", "OSCE Secretariat unit"),
    (f"{OSCE}DecisionMakingBody", "OSCE decision-making body"),
    (f"{OSCE}ExecutiveStructure", "OSCE executive structure"),
    (f"{OSCE}Structure", "OSCE structure"),
    (f"{OSCE}InternationalOrganization", "international organisation"),
)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class SearchIndex:
    """Folded names of every entity of a known kind, searchable by whole name, name prefix and word
    prefixes."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        names: list[tuple[str, int]] = []
        words: dict[str, set[int]] = defaultdict(set)
        for i, e in enumerate(entries):
            for folded, _, _ in e.names:
                names.append((folded, i))
                for w in folded.split():
                    words[w].add(i)
        names.sort()
        self._names = names
        self._words = sorted(words)
        self._postings = [words[w] for w in self._words]

    def _with_word_prefix(self, prefix: str) -> set[int]:
        lo = bisect.bisect_left(self._words, prefix)
        hi = bisect.bisect_left(self._words, prefix + "\uffff")
        if hi - lo == 1:
            return self._postings[lo]
        out: set[int] = set()
        for posting in self._postings[lo:hi]:
            out |= posting
        return out

    def search(self, query: str, limit: int = 10, kind: str | None = None) -> list[Hit]:
        q = fold(query)
        if not q:
            return []
        tokens = q.split()
        candidates = self._with_word_prefix(tokens[0])
        for t in tokens[1:]:
            candidates = candidates & self._with_word_prefix(t)
            if not candidates:
                break
        ranked: list[tuple[tuple[int, int, int, str, str], Hit]] = []
        for i in candidates:
            e = self.entries[i]
            if kind and e.kind != kind:
                continue
            best: tuple[tuple[int, int, int, str, str], Hit] | None = None
            for folded, text, alias in e.names:
                if folded == q:
                    tier = 0
                elif folded.startswith(q):
                    tier = 1
                elif all(any(w.startswith(t) for w in folded.split()) for t in tokens):
                    tier = 2
                else:
                    continue
                key = (tier, int(alias), len(folded), e.label.casefold(), e.iri)
                if best is None or key < best[0]:
                    best = (key, Hit(e, ("exact", "prefix", "word")[tier], text, alias))
            if best is not None:
                ranked.append(best)
        ranked.sort(key=lambda kh: kh[0])
        return [h for _, h in ranked[:limit]]


def _year(value: str) -> str:
    return value[:4] if re.match(r"\d{4}", value) else value


def _scan(store: Store, predicate: str, obj: str | None = None) -> Iterator[tuple[str, str]]:
    """(subject, object) of every statement with ``predicate`` (and ``obj``), as plain strings. On
    Oxigraph an index scan: the same joins as SPARQL took seconds at 10k events, mostly in the query
    engine and in building rdflib terms."""
    native = native_store(store)
    if native is None:
        bindings = {"p": URIRef(predicate)} | ({"o": URIRef(obj)} if obj else {})
        for row in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", bindings=bindings).rows:
            yield str(row["s"]), str(row["o"])
        return
    target = ox.NamedNode(obj) if obj else None
    for q in native.quads_for_pattern(None, ox.NamedNode(predicate), target, None):
        if isinstance(q.subject, ox.NamedNode):
            yield q.subject.value, getattr(q.object, "value", "")


def build_index(store: Store) -> SearchIndex:
    """Read every name, kind and the few facts a one-line description needs, by predicate."""
    classes: dict[str, set[str]] = defaultdict(set)
    for cls in ALL_CLASSES:
        for s, _ in _scan(store, _RDF_TYPE, cls):
            classes[s].add(cls)
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in (*_LABEL_ORDER, *_ALIAS):
        for s, label in _scan(store, p):
            if s in classes:
                labels[s][p].add(label)
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p, name in _FACTS.items():
        for s, o in _scan(store, p):
            facts[s][name].append(o)
    by_appearance: dict[str, dict[str, str]] = defaultdict(dict)
    for p in ("person", "statedName", "statedTitle", "document"):
        for a, o in _scan(store, f"{OSCE}{p}"):
            by_appearance[a][p] = o
    stated: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for told in by_appearance.values():
        if "person" in told and "statedName" in told:
            date = min(facts.get(told.get("document", ""), {}).get("issued", [""]))
            stated[told["person"]].append((told["statedName"], told.get("statedTitle", ""), date))

    def label_of(iri: str) -> str:
        by_prop = labels.get(iri, {})
        for p in _LABEL_ORDER:
            if by_prop.get(p):
                return min(by_prop[p])
        return iri.rsplit("/", 1)[-1]

    entries: list[Entry] = []
    for iri in sorted(classes):
        kind = kind_of(classes[iri])
        if kind is None:
            continue
        entry = Entry(iri, kind, label_of(iri))
        seen: set[str] = set()
        for p, values in labels.get(iri, {}).items():
            for v in sorted(values):
                folded = fold(v)
                if folded and folded not in seen:
                    seen.add(folded)
                    entry.names.append((folded, v, p in _ALIAS))
        for name, _, _ in sorted(stated.get(iri, [])):
            folded = fold(name)
            if folded and folded not in seen:
                seen.add(folded)
                entry.names.append((folded, name, True))
        entry.description = _describe(entry, facts.get(iri, {}), stated.get(iri, []), label_of, classes[iri])
        entries.append(entry)
    return SearchIndex(entries)


def _describe(
    e: Entry, f: dict[str, list[str]], stated: list[tuple[str, str, str]], label_of: Any, classes: set[str]
) -> str:
    """The one line under a result: what it is, and the fact that tells it apart."""
    if e.kind == "person":
        titled = sorted((d, t) for _, t, d in stated if t)
        if titled:
            date, title = titled[-1]
            return f"{title}, {_year(date)}" if date else title
        return "person"
    if e.kind == "state":
        if f.get("participatingSince"):
            return f"OSCE participating State since {_year(min(f['participatingSince']))}"
        if f.get("partnerSince"):
            return f"OSCE Partner for Co-operation since {_year(min(f['partnerSince']))}"
        return "State"
    if e.kind == "field-operation":
        host = f.get("hostState")
        return f"OSCE field operation in {label_of(host[0])}" if host else "OSCE field operation"
    if e.kind == "event":
        parts = ["event"]
        if f.get("startDate"):
            parts.append(min(f["startDate"]))
        if f.get("location"):
            parts.append(label_of(f["location"][0]))
        return ", ".join(parts)
    if e.kind == "document":
        issued = f.get("issued")
        return f"press release, {min(issued)}" if issued else "document"
    if e.kind == "place":
        inside = f.get("containedInPlace")
        return f"place in {label_of(inside[0])}" if inside else "place"
    if e.kind == "organisation" and f.get("ofState"):
        return f"national body of {label_of(f['ofState'][0])}"
    if e.kind == "organisation":
        what = next((words for cls, words in _ORG_WORDS if cls in classes), "organisation")
        parent = f.get("subOrganizationOf")
        return f"{what}, part of {label_of(parent[0])}" if parent else what
    return KIND_NAMES[e.kind]


class _IndexHolder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version: Hashable = None
        self.index: SearchIndex | None = None


def current_index() -> SearchIndex:
    """The index for the store's current data version, built on first use (one builder at a time)."""
    holder: _IndexHolder = current_app.extensions.setdefault("osce_kg_search", _IndexHolder())
    store = get_store()
    version = data_version(store)
    with holder.lock:
        if holder.index is None or holder.version != version:
            holder.index = build_index(store)
            holder.version = version
        return holder.index


def _result_json(h: Hit, base: str, root: str) -> dict[str, Any]:
    e = h.entry
    return {
        "id": e.iri[len(base) + 3 :] if e.iri.startswith(base + "id/") else e.iri,
        "concepturi": e.iri,
        "url": href_for(e.iri, base, root),
        "label": e.label,
        "description": e.description,
        "type": e.kind,
        "match": {"type": "alias" if h.alias else "label", "text": h.text, "kind": h.match},
    }


@bp.route("/search")
def search() -> Response | str:
    query = request.args.get("q", request.args.get("search", ""))[:200]
    try:
        limit = max(1, min(MAX_LIMIT, int(request.args.get("limit", "20"))))
    except ValueError:
        limit = 20
    kind = request.args.get("type") or None
    wants_json = request.args.get("format") == "json" or (
        "format" not in request.args and negotiate(["text/html", "application/json"]) == "application/json"
    )
    hits = current_index().search(query, limit, kind) if query.strip() else []
    base, root = setting("base_iri"), request.script_root
    if wants_json:
        resp = jsonify(
            {
                "searchinfo": {"search": query},
                "search": [_result_json(h, base, root) for h in hits],
                "success": 1,
            }
        )
        resp.headers["Access-Control-Allow-Origin"] = "*"
        return resp
    results = [
        {
            "hit": h,
            "href": local_path(h.entry.iri, base, root) or h.entry.iri,
            "kind": KIND_NAMES[h.entry.kind],
        }
        for h in hits
    ]
    return render_template("search.html", query=query, results=results, kind=kind, kinds=KIND_NAMES)


def openapi_paths() -> dict[str, Any]:
    """``/search`` in the OpenAPI description (server.openapi)."""
    param = [
        {
            "name": "q",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "maxLength": 200},
            "description": "the name to look for (also accepted as `search`)",
        },
        {
            "name": "type",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": list(KIND_NAMES)},
            "description": "only this kind",
        },
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
        },
        {"name": "format", "in": "query", "required": False, "schema": {"type": "string", "enum": ["json"]}},
    ]
    return {
        "/search": {
            "get": {
                "tags": ["Linked data"],
                "operationId": "search",
                "summary": "Search by name",
                "description": "People, organisations, States, field operations, events, series, places and"
                " documents by any label or alias, case and diacritics ignored, ranked exact > prefix >"
                " word. JSON is shaped like Wikidata's wbsearchentities.",
                "parameters": param,
                "responses": {
                    "200": {
                        "description": "HTML page, or JSON with `format=json` or by Accept",
                        "content": {
                            "text/html": {"schema": {"type": "string"}},
                            "application/json": {"schema": {"type": "object"}},
                        },
                    }
                },
            }
        }
    }
