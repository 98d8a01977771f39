"""What ingestion links to: the reference graph and the SKOS schemes, indexed by label.

Extracted names ("UNODC", "Office for Democratic Institutions and Human Rights", "Italy") are matched
against the ``skos:prefLabel`` / ``skos:altLabel`` / ``schema:name`` / ``rdfs:label`` of the reference
entities, after folding case, diacritics and punctuation, so a document links to ``kg:org/odihr``
rather than minting a second node for the same office. The index also keeps every triple about each
reference subject, so per-document validation can add just the reference data a document points to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from graph.ids import fold
from graph.namespaces import KG, SCHEMA
from graph.ntriples import nt_lines
from graph.ontology import ontology_data
from graph.reference import load_reference

Triple = tuple[Node, Node, Node]
LABELS = (SKOS.prefLabel, SKOS.altLabel, SCHEMA.name, RDFS.label, SKOS.notation)
_PREFIXES = ("the ", "osce ")


@lru_cache(maxsize=65536)  # the same labels (roles, States, posts) are looked up in every document
def label_key(text: str) -> str:
    """Case, diacritics, punctuation and a leading "the" folded away: the form labels are matched in."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower().replace("’", "'").replace("'s ", " "))
    return " ".join(words)


def _kind(iri: URIRef) -> str | None:
    s = str(iri)
    if not s.startswith(str(KG)):
        return None
    return s[len(str(KG)):].split("/", 1)[0]


@dataclass
class ReferenceIndex:
    """Label lookups per kind of thing (``org``, ``state``, ``series``, ``place``, ``field``, ``role``…)."""

    labels: dict[str, dict[str, URIRef]] = field(default_factory=lambda: defaultdict(dict))
    about: dict[URIRef, list[Triple]] = field(default_factory=lambda: defaultdict(list))
    subjects_by_kind: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    class_axioms: list[Triple] = field(default_factory=list)
    _lines: dict[URIRef, tuple[str, ...]] = field(default_factory=dict)
    _found: dict[tuple[str, str], URIRef | None] = field(default_factory=dict)  # lookup's answers
    _axioms: str | None = None

    @classmethod
    def from_graphs(cls, *graphs: Graph) -> ReferenceIndex:
        index = cls()
        for g in graphs:
            for s, p, o in g:
                if isinstance(s, URIRef):
                    index.about[s].append((s, p, o))
                    kind = _kind(s)
                    if kind:
                        index.subjects_by_kind[kind].add(s)
                        if p in LABELS:
                            key = label_key(str(o))
                            if key:
                                index.labels[kind].setdefault(key, s)
                if p == RDFS.subClassOf and isinstance(o, URIRef):
                    index.class_axioms.append((s, p, o))
        # prefLabels win over altLabels that happen to collide: index them last, overriding
        for g in graphs:
            for subject, o in g.subject_objects(SKOS.prefLabel):
                if isinstance(subject, URIRef) and (kind := _kind(subject)):
                    index.labels[kind][label_key(str(o))] = subject
        return index

    def lookup(self, kind: str, text: str | None) -> URIRef | None:
        """The reference IRI of ``kind`` whose label matches text, trying with and without "the"/"OSCE"."""
        if not text:
            return None
        if (kind, text) not in self._found:  # the same names (States, roles, posts) come in every page
            self._found[kind, text] = self._lookup(kind, text)
        return self._found[kind, text]

    def _lookup(self, kind: str, text: str) -> URIRef | None:
        table = self.labels.get(kind, {})
        key = label_key(text)
        candidates = [key]
        for prefix in _PREFIXES:
            if key.startswith(prefix):
                candidates.append(key[len(prefix):])
            else:
                candidates.append(prefix + key)
        if key.startswith("the osce "):
            candidates.append(key[len("the osce "):])
        for k in candidates:
            if k in table:
                return table[k]
        return None

    def context_text(self, iris: set[URIRef]) -> str:
        """:meth:`context_for` as N-Triples, each subject's lines built once and kept. A line two
        subjects give (the types of a scheme both are in) is written once: validation parses each line
        it is given, a repeated one too."""
        lines: dict[str, None] = {}
        for iri in iris:
            found = self._lines.get(iri)
            if found is None:
                found = tuple(nt_lines(self.context_for({iri})).splitlines(True)) if iri in self.about else ()
                self._lines[iri] = found
            lines.update(dict.fromkeys(found))
        return "".join(lines)

    def axioms_text(self) -> str:
        if self._axioms is None:
            self._axioms = nt_lines(self.class_axioms)
        return self._axioms

    def has(self, iri: URIRef) -> bool:
        return iri in self.about

    def context_for(self, iris: set[URIRef]) -> list[Triple]:
        """Every reference triple about the given IRIs, plus the types of what those triples point to."""
        out: list[Triple] = []
        seen: set[URIRef] = set()
        for iri in iris:
            triples = self.about.get(iri)
            if not triples:
                continue
            out.extend(triples)
            seen.add(iri)
        for _, _, o in list(out):
            if isinstance(o, URIRef) and o not in seen and o in self.about:
                seen.add(o)
                out.extend(t for t in self.about[o] if t[1] == RDF.type)
        return out


@cache
def reference_index() -> ReferenceIndex:
    """The index over the reference graph and the ontology with its SKOS schemes, built once per process."""
    return ReferenceIndex.from_graphs(load_reference(), ontology_data())
