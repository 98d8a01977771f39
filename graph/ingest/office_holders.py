"""Linking what a document says to the reference office-holders (``office_terms.csv``).

Two rules, both keyed on the document's date:

- **Same node.** A person the extractor finds whose name (or a spelling of it) is an office-holder's, and
  whose post in the text is a post with reference terms, is that office-holder's node when the holder
  held that post on the document's date. When the post does not fit (the terms say another person held
  it then) the mention is a namesake: it gets a node of its own, even if name-based identity had picked
  the office-holder. A date the terms of that post do not cover decides nothing. A mention without a
  tracked post is the office-holder's node when the holder was in any tracked office on that date;
  otherwise identity's own choice stands (there is no evidence either way). Without a date nothing is
  decided here.
- **Inferred holder.** A tracked post named without a name ("the Secretary General said") is recorded as
  an ``osce:OfficeMention`` whose ``osce:inferredHolder`` is whoever held the post on the document's date,
  with ``osce:inferred true``, ``osce:inferenceRule`` the rule ``kg:rule/holder-on-document-date`` and
  ``prov:wasDerivedFrom`` the reference term it relies on (and the document). Nothing is inferred when the
  date is unknown, when two terms share the date (a hand-over), or when the holder is named in the
  sentence (then the extractor's own mention stands).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from graph import ids
from graph.namespaces import OSCE
from graph.reference import load_reference
from graph.reference.office_terms import RULE, Term, terms_in

_HONORIFICS = {"ambassador", "dr", "mr", "mrs", "ms", "prof", "professor", "he", "sir", "dame", "lord"}




@cache
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", ids.fold(name).lower()) if w not in _HONORIFICS)


def names_match(mention: str, known: str) -> bool:
    """Same surname (last word, diacritics folded) and the first names agree or one is the other's
    initial; a middle name or initial on one side only does not matter."""
    a, b = _tokens(mention), _tokens(known)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first_a, first_b = a[0], b[0]
    return (first_a == first_b or (len(first_a) == 1 and first_b.startswith(first_a))
            or (len(first_b) == 1 and first_a.startswith(first_b)))


@dataclass(frozen=True)
class HolderIndex:
    terms: tuple[Term, ...]

    @property
    def posts(self) -> set[URIRef]:
        return {t.post for t in self.terms}

    @cached_property
    def _by_surname(self) -> dict[str, list[tuple[Term, str]]]:
        """Surname -> (term, name) pairs: a mention is compared only with holders of its surname
        (comparing with every term's every name cost 3 ms per mention in the ingest benchmark)."""
        out: dict[str, list[tuple[Term, str]]] = {}
        for t in self.terms:
            for n in t.names:
                toks = _tokens(n)
                if toks:
                    out.setdefault(toks[-1], []).append((t, n))
        return out

    def holders_named(self, name: str) -> set[URIRef]:
        toks = _tokens(name)
        if not toks:
            return set()
        return {t.person for t, n in self._by_surname.get(toks[-1], []) if names_match(name, n)}

    def terms_of(self, person: URIRef) -> list[Term]:
        return [t for t in self.terms if t.person == person]

    def on(self, post: URIRef, day: str) -> list[Term]:
        return [t for t in self.terms if t.post == post and t.covers(day)]


@cache
def reference_terms() -> tuple[Term, ...]:
    """Every office-holder's term in the shipped reference data (read once per process)."""
    return terms_in(load_reference())


@cache
def holder_index() -> HolderIndex:
    return HolderIndex(reference_terms())


def fitting_holder(name: str, post: URIRef | None, day: str | None,
                   index: HolderIndex | None = None) -> tuple[URIRef | None, bool]:
    """(the office-holder this mention is, whether a holder of that name was contradicted by the post).

    ``post`` is the reference post the text gives the person (None when it gives none or one without
    terms); ``day`` the document's date (YYYY-MM-DD)."""
    index = index or holder_index()
    named = index.holders_named(name)
    if not named or day is None:
        return None, False
    tracked = post if post in index.posts else None
    fits = set()
    for person in named:
        terms = [t for t in index.terms_of(person) if t.covers(day)]
        if tracked is not None:
            terms = [t for t in terms if t.post == tracked]
        if terms:
            fits.add(person)
    if len(fits) == 1:
        return next(iter(fits)), False
    # contradicted only when the data knows who held the post that day (someone else); a day the terms
    # do not cover (the Chairpersons-in-Office before 2008, say) is no evidence either way
    return None, tracked is not None and not fits and bool(index.on(tracked, day))


def link_mention(iri: URIRef, name: str, post: URIRef | None, day: str | None, doc_slug: str,
                 taken: Iterable[URIRef] = (), index: HolderIndex | None = None) -> URIRef:
    """The node a person mention should have, given identity's choice ``iri``."""
    index = index or holder_index()
    holder, contradicted = fitting_holder(name, post, day, index)
    if holder is not None and holder not in set(taken):
        return holder
    if contradicted and iri in {t.person for t in index.terms}:
        return ids.person(f"{name} {doc_slug}")  # a namesake: apart from the office-holder
    return iri


def adjust(res: Any, stated: str, canonical: str, post_text: str | None,
           lookup: Callable[[str], URIRef | None], day: str | None, doc_slug: str,
           taken: Iterable[URIRef]) -> Any:
    """The mapping's hook: ``res`` (identity's Resolution) with its node replaced when the office-holder
    rules say so. The post is looked up the way the mapping looks up stated posts."""
    post = None
    if post_text:
        first = post_text.split(";")[0].strip() or post_text
        post = lookup(first)
    node = link_mention(res.iri, canonical or stated, post, day, doc_slug, taken)
    if node == res.iri:
        return res
    terms = holder_index().terms_of(node)
    name = terms[0].name if terms else (canonical or stated)
    return type(res)(node, name, False)


# -- inferred holders of posts named without a name -----------------------------------------------

@dataclass(frozen=True)
class OfficeForm:
    post: URIRef
    post_slug: str
    form: str  # a label of the post as text may write it


@cache
def _office_forms() -> tuple[OfficeForm, ...]:
    """Labels of the single-holder posts with terms, longest first (so 'Secretary General of the OSCE
    Parliamentary Assembly' is read before 'Secretary General')."""
    from rdflib.namespace import SKOS

    g = load_reference()
    out = []
    for post in {t.post for t in reference_terms()}:
        if g.value(post, OSCE.maxHolders) != Literal(1):
            continue
        slug = str(post).rsplit("/", 1)[-1]
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(post, p):
                text = str(label)
                if text.startswith("OSCE "):
                    text = text[len("OSCE "):]
                if len(text) > 3 and text not in ("CiO",):
                    out.append(OfficeForm(post, slug, text))
    return tuple(sorted(set(out), key=lambda f: (-len(f.form), f.form)))


_BEFORE = re.compile(r"(?:^|\bthe |\bThe |\bOSCE |\bOSCE's )$")
_NAME_AFTER = re.compile(r"^,?\s*(?:(?:Ambassador|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
                         r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _office_only(text: str, start: int, end: int, form: str) -> bool:
    """Whether the post at text[start:end] stands for the office of the OSCE itself, named without a
    person: preceded by "the"/"OSCE" (not "NATO", "Office of the"), not followed by a name ("Secretary
    General Spencer Oliver") nor by "of" another body ("Secretary-General of Estonia's Ministry")."""
    before, after = text[:start], text[end:]
    if not _BEFORE.search(before) or re.search(r"[Oo]ffice of the (?:OSCE )?$", before):
        return False
    if _NAME_AFTER.match(after):
        return False
    return not (" of " not in form and re.match(r"^\s+(?:of|for)\b", after))


def _named_in(sentence: str, term: Term) -> bool:
    folded = ids.fold(sentence).lower()
    return any(_tokens(n)[-1] in re.findall(r"[a-z]+", folded) for n in term.names if len(_tokens(n)) >= 1)


def office_mentions(sentences: Sequence[Any], day: str | None, doc: URIRef,
                    doc_slug: str) -> list[tuple[Node, Node, Node]]:
    """The triples of ``osce:OfficeMention`` nodes for posts named without their holder's name (first
    sentence each)."""
    g: list[tuple[Node, Node, Node]] = []
    if day is None:
        return g
    index = holder_index()
    seen: set[URIRef] = set()
    # the forms the text holds at all, looked for once rather than in each sentence (most are absent)
    whole = "\n".join(s.text for s in sentences)
    forms = [f for f in _office_forms() if f.form in whole]
    for s in sentences if forms else ():
        text = s.text
        masked = text
        for f in forms:
            if f.form not in masked:  # a substring test spares the regex
                continue
            pattern = re.compile(r"(?<![\w-])" + re.escape(f.form) + r"(?![\w-])")
            m = pattern.search(masked)
            if m is None:
                continue
            masked = masked[:m.start()] + " " * len(m.group(0)) + masked[m.end():]
            if f.post in seen or not _office_only(text, m.start(), m.end(), f.form):
                continue
            terms = index.on(f.post, day)
            if len(terms) != 1 or _named_in(text, terms[0]):
                seen.add(f.post)
                continue
            seen.add(f.post)
            term = terms[0]
            node = ids.iri("office-mention", doc_slug, f.post_slug)
            g.append((node, RDF.type, OSCE.OfficeMention))
            g.append((node, PROV.wasDerivedFrom, doc))
            g.append((node, PROV.wasDerivedFrom, term.iri))
            g.append((node, OSCE.statedPost, f.post))
            g.append((node, OSCE.statedTitle, Literal(m.group(0), lang="en")))
            g.append((node, OSCE.inferredHolder, term.person))
            g.append((node, OSCE.inferenceRule, RULE))
            g.append((node, OSCE.inferred, Literal(True)))
            g.append((node, OSCE.sourceSentence, Literal(text)))
            g.append((node, OSCE.charStart, Literal(s.start, datatype=XSD.integer)))
            g.append((node, OSCE.charEnd, Literal(s.end, datatype=XSD.integer)))
    return g
