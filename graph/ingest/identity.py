"""One person, one node: resolve a person mentioned in a document to the person already in the graph.

Names are compared as keys that fold what varies between documents for the same person — case,
diacritics (``Çavuşoğlu`` / ``Cavusoglu``), honorifics (``Ambassador``, ``Dr.``), middle initials
(``Feridun H. Sinirlioğlu``) and common transliteration variants (``Zh``/``J``, ``Kh``/``H``, ``y``/``i``,
doubled letters: ``Zharbussynova`` / ``Jarbussynova``, ``Batelli`` / ``Battelli``). What is *not*
folded is the difference between two people:

- a full name matches a known person when the surnames agree and the first names agree (equal, or one
  is the other's initial); a middle name present on one side only does not matter;
- a surname-only mention ("Mijatović") resolves only when exactly one known person has that surname;
  with two or more it stays apart (a node of its own), because guessing would merge different people;
- when several known people fit, none is chosen.

Candidates come from the store (a SPARQL query over ``schema:Person``), read once per batch and kept
up to date as documents are ingested.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import URIRef

from graph.ids import fold, person, slugify
from graph.store.base import Store

HONORIFICS = {
    "ambassador", "amb", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "he", "h.e", "sir", "dame",
    "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral",
    "brigadier", "commander", "judge", "justice", "rev", "reverend", "father", "sheikh", "lord", "lady",
    "excellency", "his", "her", "madam", "mme", "m", "senator", "minister", "president",
}
PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "al", "el",
             "bin", "ibn", "ter", "ten", "dos", "das", "do", "mac", "st"}
_TRANSLIT = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"),
             ("ts", "c"), ("tz", "c"), ("ph", "f"), ("ou", "u"), ("w", "v"), ("y", "i"), ("ck", "k"),
             ("q", "k"))

PEOPLE_QUERY = """
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?person ?name ?label WHERE {
  ?person a schema:Person .
  OPTIONAL { ?person schema:name ?name }
  OPTIONAL { ?person skos:altLabel ?label }
}
"""


@lru_cache(maxsize=65536)  # a batch names the same people again and again
def token_key(token: str) -> str:
    """A name token folded to the key transliteration variants share."""
    s = re.sub(r"[^a-z]", "", fold(token).lower())
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


@dataclass(frozen=True)
class NameKey:
    """A personal name cut into the parts identity compares: given names and surname, as keys."""

    given: tuple[str, ...]
    surname: tuple[str, ...]

    @property
    def full(self) -> tuple[str, ...]:
        return self.given + self.surname

    @property
    def first(self) -> str | None:
        return self.given[0] if self.given else None


@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey | None:
    """Honorifics and initials dropped; the surname is the last word plus any particles before it."""
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    tokens = [w for w in words if not re.fullmatch(r"[^\W\d_]\.?", w)]  # drop middle initials
    tokens = [w for w in tokens if token_key(w)]
    if not tokens:
        return None
    cut = len(tokens) - 1
    while cut > 0 and fold(tokens[cut - 1]).lower() in PARTICLES:
        cut -= 1
    surname = tuple(token_key(t) for t in tokens[cut:])
    given = tuple(token_key(t) for t in tokens[:cut])
    return NameKey(given, surname)


def _first_names_agree(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def compatible(mention: NameKey, known: NameKey) -> bool:
    """Could these two names be the same person? (Surname-only on either side needs a unique fit.)"""
    if mention.surname != known.surname:
        # "Perrin de Brichambaut" vs "Brichambaut": a surname-only mention may be the tail of a surname
        if mention.given or not known.surname[-len(mention.surname):] == mention.surname:
            return False
        return True
    if mention.first is None or known.first is None:
        return True
    return _first_names_agree(mention.first, known.first)


@dataclass
class Resolution:
    iri: URIRef
    name: str  # the canonical name the graph records for this person (schema:name)
    new: bool


@dataclass
class PersonIndex:
    """Known people: IRI -> canonical name and every name form seen for them."""

    names: dict[URIRef, str] = field(default_factory=dict)
    forms: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))
    _by_surname: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    _keys: dict[URIRef, set[NameKey]] = field(default_factory=lambda: defaultdict(set))
    # (surname, first letter of the first name or "") -> people: a full name only needs those
    _by_first: dict[tuple[str, str], set[URIRef]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_store(cls, store: Store) -> PersonIndex:
        index = cls()
        for row in store.select(PEOPLE_QUERY):
            iri = row["person"]
            if not isinstance(iri, URIRef):
                continue
            forms = [str(row[k]) for k in ("name", "label") if k in row]
            canonical = str(row["name"]) if "name" in row else None
            index.add(iri, canonical, forms)
        return index

    def add(self, iri: URIRef, canonical: str | None, forms: Iterable[str] = ()) -> None:
        if canonical and (iri not in self.names or len(canonical) > len(self.names[iri])):
            self.names[iri] = canonical
        for form in {*forms, *([canonical] if canonical else [])}:
            if form in self.forms[iri]:
                continue
            self.forms[iri].add(form)
            key = name_key(form)
            if key is not None:
                self._keys[iri].add(key)
                self._by_surname[key.surname[-1]].add(iri)
                self._by_first[(key.surname[-1], key.first[0] if key.first else "")].add(iri)

    def candidates(self, key: NameKey) -> tuple[set[URIRef], set[URIRef]]:
        """(exact, compatible): people whose name key equals the mention's, and those it could be."""
        exact, fits = set(), set()
        last = key.surname[-1]
        if key.first is None:
            pool = self._by_surname.get(last, set())
        else:
            pool = self._by_first.get((last, key.first[0]), set()) | self._by_first.get((last, ""), set())
        for iri in pool:
            for known in self._keys[iri]:
                if known.full == key.full:
                    exact.add(iri)
                if compatible(key, known) or compatible(known, key):
                    fits.add(iri)
        return exact, fits

    def resolve(self, stated: str, canonical: str | None = None,
                exclude: set[URIRef] | frozenset[URIRef] = frozenset()) -> Resolution:
        """The node for a mention; ``exclude``: people already taken by other mentions in the document."""
        full = canonical or stated
        key = name_key(full)
        if key is None:
            return Resolution(person(full), full, True)
        exact, fits = self.candidates(key)
        exact -= exclude
        fits -= exclude
        if key.given:
            # a surname-only node takes a full name only when nobody else known has that surname
            bare = {i for i in fits if not any(k.given for k in self._keys[i])}
            if bare and len(self._by_surname.get(key.surname[-1], ())) > 1:
                fits -= bare
        for pool in (exact, fits):
            if len(pool) == 1:
                iri = next(iter(pool))
                return Resolution(iri, self.names.get(iri, full), False)
            if len(pool) > 1:
                break  # ambiguous: never guess between two different people
        iri = person(full)
        if iri in exclude or (iri in self.names and iri not in fits and iri not in exact):
            iri = person(f"{full} {slugify(stated)}")  # a different person whose name slugs the same
        return Resolution(iri, full, iri not in self.names)
