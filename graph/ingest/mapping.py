"""One extraction (the gold-schema dict of graph.extract) -> the RDF graph of one document.

Everything is written in the terms of docs/model.md. Names are linked to the reference graph where a
label matches (OSCE structures, States, UN agencies, meeting series, fields of work, roles) and minted
otherwise, so the graph never holds two nodes for one reference entity. Statements *as stated* (the
name, title and affiliation a document gives a person) live on the person's ``osce:Appearance`` in the
document's own graph, so a later document never overwrites what an earlier one said.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.term import Node

from graph import namespaces
from graph.ids import iri, slugify
from graph.ingest import office_holders
from graph.ingest.identity import NameKey, PersonIndex, name_key
from graph.ingest.reference import ReferenceIndex
from graph.namespaces import KG, Terms, doc_graph

# each term made once, not at each use (`graph.namespaces.Terms`)
DCTERMS, ORG, PROV, RDF, SKOS, XSD, OSCE, SCHEMA = (Terms(n) for n in (
    ns.DCTERMS, ns.ORG, ns.PROV, ns.RDF, ns.SKOS, ns.XSD, namespaces.OSCE, namespaces.SCHEMA))

DOC_CLASSES = {"press release": OSCE.PressRelease, "news": OSCE.NewsItem, "feature story": OSCE.NewsItem,
               "op-ed": OSCE.NewsItem, "interview": OSCE.NewsItem, "announcement": OSCE.NewsItem,
               "media advisory": OSCE.PressRelease, "press statement": OSCE.PressStatement,
               "statement": OSCE.PressStatement, "speech": OSCE.PressStatement}
COUNT_KINDS = {"participants": "participants", "participating_states": "participating-states",
               "partners": "partners"}
# the word a count's number stands next to ("351 participants", "57 participating States", "11 Partners")
COUNT_WORDS = {kind: re.compile(rf"\W*(?:\w+\W+){{0,3}}?{word}", re.IGNORECASE) for kind, word in (
    ("participants", "(?:participants|delegates|attendees|people|representatives|experts)"),
    ("participating-states", "participating states"), ("partners", "partners"))}
# roles that put a person at the document's event (the others: mentioned, press contact, …)
AT_EVENT = {"speaker", "keynote", "opening-remarks", "closing-remarks", "video-address", "host", "organizer",
            "moderator", "participant", "meeting-partner", "visitor", "trainer", "elected"}
NATIONAL_BODY = re.compile(r"^(?:(?:federal|national|state)\s+)?(ministry|government|presidency|parliament|"
                           r"embassy|permanent mission|permanent representation|office of the president|"
                           r"office of the prime minister|national assembly|central election commission)\b",
                           re.IGNORECASE)


Known = Callable[[URIRef, URIRef], Node | None]

# literals that recur from document to document (offsets, counts, dates, the quoted flag), each made once:
# rdflib checks and normalises a typed literal's text whenever one is made (4-6 µs each, some 20 a page)
_TRUE, _FALSE = Literal(True), Literal(False)


@lru_cache(maxsize=8192)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=8192)
def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


class MappingError(ValueError):
    """The extraction cannot be put into the model (the message says which field and why)."""


def document_slug(date: str | None, title: str) -> str:
    """``{yyyy-mm-dd or 'undated'}-{title slug, 60 chars}`` (docs/model.md)."""
    return f"{date or 'undated'}-{slugify(title, max_length=60)}"


def iso_date(value: Any) -> tuple[str, str | None] | None:
    """(xsd:date text, precision) from ``YYYY-MM-DD`` or ``YYYY-MM`` (first of the month, "month")."""
    if not isinstance(value, str):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat(), None
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date.fromisoformat(value + "-01").isoformat(), "month"
    except ValueError:
        return None
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for v in value:
        t = _text(v)
        if t and t not in out:
            out.append(t)
    return out


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value < 10**9:
        return value
    return None


Triple = tuple[Node, Node, Node]


@dataclass
class MappedDocument:
    slug: str
    graph_iri: str
    doc_iri: URIRef
    #: the document's triples, each once. A plain list: ingestion writes them out as N-Triples and reads
    #: their subjects and objects, which costs a fraction of filling and querying an rdflib Graph
    triples: list[Triple]
    people: list[tuple[URIRef, str, list[str]]] = field(default_factory=list)  # (iri, canonical, forms)

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (built on each call), for inspection and queries."""
        g = Graph(store="SimpleMemory", bind_namespaces="none")
        g.addN((s, p, o, g) for s, p, o in self.triples)
        return g


class _Mapper:
    def __init__(self, extraction: dict[str, Any], body: str, kind: str | None, ref: ReferenceIndex,
                 people: PersonIndex, known: Known | None) -> None:
        self.x = extraction
        self.known = known
        self.body = body
        self.kind = kind
        self.ref = ref
        self.people = people
        self.triples: dict[Triple, None] = {}  # an ordered set
        self.minted: set[URIRef] = set()
        self._sentences: list[Any] | None = None
        self.issued: str | None = None  # the document's date, for linking office-holders

    # -- helpers ----------------------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        self.triples[(s, p, o)] = None

    def en(self, text: str) -> Literal:
        return Literal(text, lang="en")

    def label(self, node: URIRef, predicate: URIRef, text: str) -> None:
        """A minted node's label: the one the graph already has for it, else this document's."""
        existing = self.known(node, predicate) if self.known is not None else None
        self.add(node, predicate, existing if isinstance(existing, Literal) else self.en(text))

    def state(self, name: str | None) -> URIRef | None:
        hit = self.ref.lookup("state", name)
        if hit is None and name:
            hit = _pycountry_state(name, self.ref)
        return hit

    def place(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        hit = self.ref.lookup("place", name) or self.state(name)
        if hit is not None:
            return hit
        node = iri("place", slugify(name))
        if self.ref.has(node):
            return node
        if node not in self.minted:
            self.minted.add(node)
            self.add(node, RDF.type, SCHEMA.Place)
            self.label(node, SCHEMA.name, name)
        return node

    def org(self, name: str | None, country: URIRef | None = None, states_too: bool = False) -> URIRef | None:
        """A reference organisation (or State, when ``states_too``) by label, else a minted one."""
        if not name:
            return None
        hit = self.ref.lookup("org", name)
        if hit is None and states_too:
            hit = self.state(name)
        if hit is not None:
            return hit
        node = iri("org", slugify(name))
        if self.ref.has(node):
            return node
        if node not in self.minted:
            self.minted.add(node)
            self.label(node, SKOS.prefLabel, name)
            of_state = self._state_of_body(name, country) if NATIONAL_BODY.match(name) else None
            if of_state is not None:
                self.add(node, RDF.type, OSCE.NationalBody)
                self.add(node, OSCE.ofState, of_state)
            else:
                self.add(node, RDF.type, ORG.FormalOrganization)
        return node

    def _state_of_body(self, name: str, country: URIRef | None) -> URIRef | None:
        for m in reversed(list(re.finditer(r"\bof (?:the )?", name))):  # "Ministry of X of Italy": Italy
            found = self.state(name[m.end():])
            if found is not None:
                return found
        return country

    def sentence_for(self, item: dict[str, Any], needles: Iterable[str],
                     fold: bool = False) -> tuple[str, int, int] | None:
        """The source sentence and its offsets in the body: the extractor's, else the first naming it
        (with ``fold``, also the first naming it in another case: "the OSCE's annual Human Rights …")."""
        sentence = _text(item.get("sentence")) if isinstance(item.get("sentence"), str) else None
        span = item.get("span")
        if isinstance(item.get("sentence"), str) and item["sentence"].strip():
            raw = item["sentence"]
            if (isinstance(span, list | tuple) and len(span) == 2 and all(_int(v) is not None for v in span)
                    and self.body[span[0]:span[1]] == raw):
                return raw, span[0], span[1]
            at = self.body.find(raw)
            if at >= 0:
                return raw, at, at + len(raw)
            if sentence and isinstance(span, list | tuple) and len(span) == 2 and all(
                    _int(v) is not None for v in span) and span[0] <= span[1] <= len(self.body):
                return raw, span[0], span[1]
        needles = [n for n in needles if n]
        for needle in needles:
            for s in self.sentences():
                if needle in s.text:
                    return s.text, s.start, s.end
        for needle in (n.casefold() for n in needles) if fold else ():
            for s in self.sentences():
                if needle in s.text.casefold():
                    return s.text, s.start, s.end
        return None

    def sentences(self) -> list[Any]:
        """The body's sentences with their offsets, split once per document and only when needed."""
        if self._sentences is None:
            from graph.extract.sentences import split_sentences

            self._sentences = split_sentences(self.body)
        return self._sentences

    def sentence_with_words(self, name: str) -> tuple[str, int, int] | None:
        """The first sentence holding most of the name's words ("18th Alliance against Trafficking in
        Persons conference" for "18th Conference of the Alliance …"), if it holds at least 60% of them."""
        words = {w for w in re.findall(r"\w+", name.casefold()) if len(w) > 2 and w not in _STOP}
        if not words:
            return None
        best, found = max(2, -(-3 * len(words) // 5)) - 1, None
        for s in self.sentences():
            hits = len(words & set(re.findall(r"\w+", s.text.casefold())))
            if hits > best:
                best, found = hits, (s.text, s.start, s.end)
        return found

    def count_sentence(self, value: int, kind: str,
                       reported: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
        """The sentence stating an attendance count: the number next to its kind's word, else the number.

        The event's own sentence (``reported``) is tried first: it usually holds the count, and then the
        body need not be split into sentences at all."""
        numbers = {str(value), f"{value:,}"}
        pattern = re.compile(r"(?<![\d,.])(?:" + "|".join(map(re.escape, numbers)) + r")(?![\d,])")
        word = COUNT_WORDS[kind]
        if reported is not None:
            text = reported[0]
            if any(word.match(text, m.end()) for m in pattern.finditer(text)):
                return reported
        fallback = None
        for s in self.sentences():
            ends = [m.end() for m in pattern.finditer(s.text)]
            if any(word.match(s.text, end) for end in ends):
                return s.text, s.start, s.end
            if ends and fallback is None:
                fallback = s.text, s.start, s.end
        return fallback

    def source(self, node: URIRef, found: tuple[str, int, int]) -> None:
        """``found`` (sentence, start, end) as the node's source sentence and its offsets in the body."""
        text, start, end = found
        self.add(node, OSCE.sourceSentence, Literal(text))
        self.add(node, OSCE.charStart, _integer(start))
        self.add(node, OSCE.charEnd, _integer(end))

    # -- the parts --------------------------------------------------------------------------------
    def document(self, doc: URIRef, title: str, date: str | None) -> None:
        self.add(doc, RDF.type, DOC_CLASSES.get((self.kind or "").lower(), OSCE.PressRelease))
        self.add(doc, DCTERMS.title, self.en(title))
        if date:
            self.add(doc, DCTERMS.issued, _date(date))
        place = self.place(_text(self.x.get("place")))
        if place is not None:
            self.add(doc, SCHEMA.locationCreated, place)
        for source in _texts(self.x.get("sources")):
            publisher = self.org(source)
            if publisher is not None:
                self.add(doc, DCTERMS.publisher, publisher)
        for name in _texts(self.x.get("fields_of_work")):
            concept = self.ref.lookup("field", name)
            if concept is not None:
                self.add(doc, DCTERMS.subject, concept)
        for name in _texts(self.x.get("organisations")):
            mentioned = self.org(name, states_too=True)
            if mentioned is not None:
                self.add(doc, SCHEMA.mentions, mentioned)
        for name in _texts(self.x.get("places")):
            mentioned = self.place(name)
            if mentioned is not None:
                self.add(doc, SCHEMA.mentions, mentioned)

    def events(self, doc: URIRef, doc_slug: str, date: str | None) -> list[URIRef]:
        out: list[URIRef] = []
        raw = self.x.get("events")
        for ev in raw if isinstance(raw, list) else []:
            if not isinstance(ev, dict):
                continue
            name = _text(ev.get("name"))
            series_name = _text(ev.get("series"))
            if not name and not series_name:
                continue
            name = name or series_name or ""
            edition = _int(ev.get("edition")) or None
            if edition and not series_name:
                # an edition needs its series (a shape): the event's name without its ordinal names one
                series_name = _series_name_from(name)
                if series_name is None:
                    edition = None
            series = None
            if series_name:
                series = self.ref.lookup("series", series_name)
                if series is None:
                    series = iri("series", slugify(series_name))
                    if not self.ref.has(series) and series not in self.minted:
                        self.minted.add(series)
                        self.add(series, RDF.type, SCHEMA.EventSeries)
                        self.label(series, SKOS.prefLabel, series_name)
            start, end = iso_date(ev.get("start")), iso_date(ev.get("end"))
            if start and end and end[0] < start[0]:
                start, end = end, start  # reversed by the text; keep both dates, in order
            if series is not None and edition:
                slug = f"{str(series).rsplit('/', 1)[-1]}-{edition}"
            elif series is not None:
                slug = f"{str(series).rsplit('/', 1)[-1]}-{start[0] if start else date or doc_slug}"
            else:
                slug = f"{slugify(name, max_length=60)}-{start[0] if start else date or 'undated'}"
            node = iri("event", slug)
            n = 2
            while node in out:
                node = iri("event", f"{slug}-{n}")
                n += 1
            out.append(node)
            self.add(node, RDF.type, SCHEMA.Event)
            low = f"{name} {series_name or ''}".lower()
            if "conference" in low:
                self.add(node, RDF.type, OSCE.Conference)
            elif "meeting" in low:
                self.add(node, RDF.type, OSCE.Meeting)
            self.add(node, SCHEMA.name, self.en(name))
            if series is not None:
                self.add(node, SCHEMA.superEvent, series)
            if edition:
                self.add(node, OSCE.editionNumber, _integer(edition))
            if start:
                self.add(node, SCHEMA.startDate, _date(start[0]))
            if end:
                self.add(node, SCHEMA.endDate, _date(end[0]))
            if (start and start[1]) or (end and end[1]):
                self.add(node, OSCE.datePrecision, Literal("month"))
            place = self.place(_text(ev.get("place")))
            if place is not None:
                self.add(node, SCHEMA.location, place)
            event_slug = node.rsplit("/", 1)[-1]
            # the event is shared by every document reporting it; the sentence this one reports it in
            # lives on a report node of this document's own graph
            reported = (self.sentence_for(ev, (name, series_name or ""), fold=True)
                        or self.sentence_with_words(name) or self.sentence_with_words(series_name or ""))
            if reported is not None:
                report = iri("report", event_slug, doc_slug)
                self.add(report, RDF.type, OSCE.EventReport)
                self.add(report, SCHEMA.about, node)
                self.add(report, PROV.wasDerivedFrom, doc)
                self.source(report, reported)
            for key, kind in COUNT_KINDS.items():
                value = _int(ev.get(key))
                if value is None:
                    continue
                count = iri("count", event_slug, kind, doc_slug)
                self.add(node, OSCE.attendance, count)
                self.add(count, RDF.type, OSCE.AttendanceCount)
                self.add(count, RDF.value, _integer(value))
                self.add(count, OSCE.countOf, KG[f"count-kind/{kind}"])
                self.add(count, PROV.wasDerivedFrom, doc)
                stated = self.count_sentence(value, kind, reported) or reported
                if stated is not None:
                    self.source(count, stated)
            self.add(doc, SCHEMA.about, node)
        return out

    def persons(self, doc: URIRef, doc_slug: str,
                events: list[URIRef]) -> list[tuple[URIRef, str, list[str]]]:
        raw = self.x.get("people")
        taken: dict[URIRef, URIRef] = {}  # person -> appearance
        by_key: dict[NameKey, URIRef] = {}  # a person the extraction lists twice is one appearance
        out: list[tuple[URIRef, str, list[str]]] = []
        for p in raw if isinstance(raw, list) else []:
            if not isinstance(p, dict):
                continue
            stated = _text(p.get("name"))
            if not stated:
                continue
            canonical = _text(p.get("canonical_name")) or stated
            key = name_key(canonical)
            if key is not None and key in by_key:
                person_iri = by_key[key]
                for role in self._roles(p):
                    self.add(taken[person_iri], OSCE.roleType, role)
                continue
            res = self.people.resolve(stated, canonical, exclude=set(taken))
            res = office_holders.adjust(res, stated, canonical, _text(p.get("post")),  # issue 20
                                        lambda t: self.ref.lookup("post", t), self.issued, doc_slug, taken)
            forms = sorted({stated, canonical} - {res.name})
            app = iri("appearance", doc_slug, res.iri.rsplit("/", 1)[-1])
            taken[res.iri] = app
            if key is not None:
                by_key[key] = res.iri
            out.append((res.iri, res.name, forms))
            self.add(res.iri, RDF.type, SCHEMA.Person)
            self.add(res.iri, SCHEMA.name, Literal(res.name))
            for form in forms:
                self.add(res.iri, SKOS.altLabel, Literal(form))
            self._appearance(app, res.iri, doc, stated, p, events)
        return out

    def _roles(self, p: dict[str, Any]) -> list[URIRef]:
        found = (self.ref.lookup("role", name) for name in _texts(p.get("roles")))
        return list(dict.fromkeys(r for r in found if r is not None)) or [KG["role/mentioned"]]

    def _appearance(self, app: URIRef, person: URIRef, doc: URIRef, stated: str, p: dict[str, Any],
                    events: list[URIRef]) -> None:
        self.add(app, RDF.type, OSCE.Appearance)
        self.add(app, OSCE.person, person)
        self.add(app, OSCE.document, doc)
        self.add(app, PROV.wasDerivedFrom, doc)
        self.add(app, OSCE.statedName, Literal(stated))
        roles = self._roles(p)
        for role in roles:
            self.add(app, OSCE.roleType, role)
        if events and any(str(r).rsplit("/", 1)[-1] in AT_EVENT for r in roles):
            self.add(app, OSCE.event, events[0])
        country = self.state(_text(p.get("country")))
        if country is not None:
            self.add(app, OSCE.representedState, country)
        affiliation = self.org(_text(p.get("organisation")), country, states_too=True)
        if affiliation is not None:
            self.add(app, OSCE.affiliation, affiliation)
        post = _text(p.get("post"))
        if post:
            self.add(app, OSCE.statedTitle, self.en(post))
            first = post.split(";")[0].strip() or post
            known_post = self.ref.lookup("post", first)  # a post of the reference data, by its label
            if known_post is not None:
                self.add(app, OSCE.statedPost, known_post)
            elif affiliation is not None:
                node = iri("post", slugify(f"{str(affiliation).rsplit('/', 1)[-1]} {first}", max_length=100))
                self.add(app, OSCE.statedPost, node)
                if node not in self.minted and not self.ref.has(node):
                    self.minted.add(node)
                    self.add(node, RDF.type, ORG.Post)
                    self.label(node, SKOS.prefLabel, first)
                    self.add(node, ORG.postIn, affiliation)
        honorific = _text(p.get("honorific"))
        if honorific:
            self.add(app, OSCE.honorific, Literal(honorific))
            self.add(person, SCHEMA.honorificPrefix, Literal(honorific))
        quotes = _texts(p.get("quotes"))
        quoted = bool(p.get("quoted")) or bool(quotes)
        self.add(app, OSCE.quoted, _TRUE if quoted else _FALSE)
        for q in quotes:
            self.add(app, OSCE.quotation, Literal(q))
        surname = stated.split()[-1]
        found = self.sentence_for(p, (stated, surname))
        if found is not None:
            self.source(app, found)


def map_document(extraction: dict[str, Any], *, body: str, ref: ReferenceIndex, people: PersonIndex,
                 title: str | None = None, date: str | None = None, kind: str | None = None,
                 known: Known | None = None) -> MappedDocument:
    """The graph of one document. ``title``/``date``/``kind`` default to the extraction's own fields;
    ``known(node, predicate)`` gives a value the graph already holds (labels of minted nodes)."""
    if not isinstance(extraction, dict):
        raise MappingError(f"an extraction is a JSON object, not {type(extraction).__name__}")
    title = _text(extraction.get("title")) or _text(title)
    if not title:
        raise MappingError("the document has no title")
    found = iso_date(extraction.get("date"))
    if found is None or found[1] is not None:
        found = iso_date(date)
    issued = found[0] if found is not None and found[1] is None else None
    slug = document_slug(issued, title)
    doc = iri("doc", slug)
    m = _Mapper(extraction, body, _text(extraction.get("kind")) or kind, ref, people, known)
    m.document(doc, title, issued)
    events = m.events(doc, slug, issued)
    m.issued = issued
    persons = m.persons(doc, slug, events)
    # posts named without a name
    m.triples.update(dict.fromkeys(office_holders.office_mentions(m.sentences(), issued, doc, slug)))
    return MappedDocument(slug, doc_graph(slug), doc, list(m.triples), persons)


_STOP = frozenset("the and for with from into about against this that its their osce".split())
_ORDINAL = re.compile(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|(?:twenty|thirty)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\s+",
    re.IGNORECASE)


def _series_name_from(name: str) -> str | None:
    """"10th anniversary of X" -> "Anniversary of X"; None when the name has no ordinal to drop."""
    rest, n = _ORDINAL.subn("", name, count=1)
    rest = rest.strip()
    if not n or len(rest) < 4:
        return None
    return rest[0].upper() + rest[1:]


def _pycountry_state(name: str, ref: ReferenceIndex) -> URIRef | None:
    """A State the reference graph knows, found through its ISO code when the label differs."""
    alpha3 = _alpha3(name)
    if alpha3 is None:
        return None
    node = KG[f"state/{alpha3}"]
    return node if ref.has(node) else None


@lru_cache(maxsize=4096)
def _alpha3(name: str) -> str | None:
    """ISO alpha-3 of a country name (exact names only: fuzzy search turns "Vienna" into Austria)."""
    import pycountry

    if len(name) <= 3:
        return None
    try:
        return str(pycountry.countries.lookup(name).alpha_3).lower()
    except LookupError:
        return None
