"""What the builders share: the graph being built and the IRIs already minted, so cross-references
between fact tables (a field operation's host State, a series' organizer) are checked, not guessed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from graph.namespaces import bind_prefixes
from graph.reference.data_files import ReferenceDataError


@dataclass
class Context:
    graph: Graph = field(default_factory=Graph)
    states: dict[str, URIRef] = field(default_factory=dict)  # menu label -> IRI
    places: dict[str, URIRef] = field(default_factory=dict)  # slug -> IRI
    orgs: dict[str, URIRef] = field(default_factory=dict)  # slug -> IRI

    def __post_init__(self) -> None:
        bind_prefixes(self.graph)

    def labels(self, subject: URIRef, pref: str, alts: Iterable[str] = ()) -> None:
        """skos:prefLabel@en and distinct skos:altLabel@en (never repeating the prefLabel)."""
        self.graph.add((subject, SKOS.prefLabel, Literal(pref, lang="en")))
        for alt in dict.fromkeys(alts):
            if alt and alt != pref:
                self.graph.add((subject, SKOS.altLabel, Literal(alt, lang="en")))

    def state(self, label: str, where: str) -> URIRef:
        try:
            return self.states[label]
        except KeyError:
            raise ReferenceDataError(f"{where}: unknown State {label!r} (not in states.csv)") from None

    def place(self, slug: str, where: str) -> URIRef:
        try:
            return self.places[slug]
        except KeyError:
            raise ReferenceDataError(f"{where}: unknown place {slug!r} (not in places.csv)") from None

    def org(self, slug: str, where: str) -> URIRef:
        try:
            return self.orgs[slug]
        except KeyError:
            raise ReferenceDataError(f"{where}: unknown organisation {slug!r}") from None
