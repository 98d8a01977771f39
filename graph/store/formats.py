"""The one table of answer formats: each format's short name, media type, Oxigraph format, file
suffix and the other names clients use for it. Every other format table (what a store serializes,
what ``/sparql`` negotiates, what the linked-data pages offer, what ``load`` reads) is derived here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

Family = Literal["results", "rdf"]


@dataclass(frozen=True)
class Format:
    key: str                                # short name: the ``format`` parameter's canonical value
    media_type: str                         # the registered media type
    family: Family                          # SPARQL results (SELECT/ASK) or RDF (CONSTRUCT/DESCRIBE)
    oxigraph: ox.QueryResultsFormat | ox.RdfFormat
    suffix: str | None = None               # linked-data suffix (``/id/x.ttl``) and file suffix
    quads: bool = False                     # a dataset format (keeps named graphs)
    names: tuple[str, ...] = ()             # other values of the ``format``/``output`` parameter
    aliases: tuple[str, ...] = ()           # unregistered or legacy media types clients send for it
    load_suffixes: tuple[str, ...] = ()     # file suffixes ``load`` reads as this format

    @property
    def content_type(self) -> str:
        """The Content-Type header value: text types say their charset."""
        return f"{self.media_type}; charset=utf-8" if self.media_type.startswith("text/") else self.media_type


# In server preference order within each family: the first of a family is its default.
FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", "results", ox.QueryResultsFormat.JSON,
           names=("srj",), aliases=("application/json", "text/javascript", "application/javascript")),
    Format("xml", "application/sparql-results+xml", "results", ox.QueryResultsFormat.XML,
           names=("srx",), aliases=("application/xml", "text/xml")),
    Format("csv", "text/csv", "results", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", "results", ox.QueryResultsFormat.TSV),
    Format("turtle", "text/turtle", "rdf", ox.RdfFormat.TURTLE, ".ttl", names=("ttl", "n3"),
           aliases=("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3",
                    "application/rdf+n3"), load_suffixes=(".ttl",)),
    Format("nt", "application/n-triples", "rdf", ox.RdfFormat.N_TRIPLES, ".nt",
           names=("ntriples", "n-triples"), aliases=("text/plain",), load_suffixes=(".nt",)),
    Format("jsonld", "application/ld+json", "rdf", ox.RdfFormat.JSON_LD, ".jsonld",
           names=("json-ld", "json"), aliases=("application/x-json+ld", "application/json"),
           load_suffixes=(".jsonld", ".json")),
    Format("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, ".rdf",
           names=("rdf+xml", "rdf", "xml", "owl"), aliases=("application/xml", "text/xml"),
           load_suffixes=(".rdf", ".owl", ".xml")),
    Format("nquads", "application/n-quads", "rdf", ox.RdfFormat.N_QUADS, ".nq", quads=True,
           names=("nq",), load_suffixes=(".nq",)),
    Format("trig", "application/trig", "rdf", ox.RdfFormat.TRIG, ".trig", quads=True,
           load_suffixes=(".trig",)),
)

BY_KEY: dict[str, Format] = {f.key: f for f in FORMATS}
RESULT_FORMATS: dict[str, str] = {f.key: f.media_type for f in FORMATS if f.family == "results"}
RDF_FORMATS: dict[str, str] = {f.key: f.media_type for f in FORMATS if f.family == "rdf"}
#: file suffix -> RDF format key, for ``load``
SUFFIX_FORMATS: dict[str, str] = {s: f.key for f in FORMATS for s in f.load_suffixes}
#: the query forms' answer families
FAMILY_OF_KIND: dict[str, Family] = {"select": "results", "ask": "results", "graph": "rdf"}


def formats_for(kind: str) -> tuple[Format, ...]:
    """The formats that can express an answer of ``kind`` (select, ask or graph), preferred first."""
    family = FAMILY_OF_KIND[kind]
    return tuple(f for f in FORMATS if f.family == family)


def media_type(key: str) -> str:
    return BY_KEY[key].media_type


def media_types(*keys: str) -> tuple[str, ...]:
    """The media types of the formats ``keys``, in that order (a resource's offers)."""
    return tuple(BY_KEY[key].media_type for key in keys)


def rdf_format_of(content_type: str) -> ox.RdfFormat | None:
    """The RDF format a Content-Type names (a registered type or an alias), or None."""
    media = content_type.split(";")[0].strip().lower()
    for f in FORMATS:
        if f.family == "rdf" and (media == f.media_type or media in f.aliases):
            assert isinstance(f.oxigraph, ox.RdfFormat)
            return f.oxigraph
    return None
