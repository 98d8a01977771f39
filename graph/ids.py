"""Deterministic IRI minting: the same input always gives the same IRI (docs/model.md)."""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from graph.namespaces import KG

_TRANSLIT = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th",
                           "Æ": "AE", "Ø": "O", "Đ": "D", "Ł": "L", "Þ": "TH"})


def fold(text: str) -> str:
    """Diacritics and ligatures folded to ASCII, case kept."""
    if text.isascii():  # nothing to fold (most names and labels)
        return str(text)  # a plain str, as below, for a Literal too
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by '-'; never empty."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower().replace("'", ""))
    slug = "-".join(words)[:max_length].strip("-")
    return slug or "x"


_SLUG = re.compile(r"[a-z0-9-]+")


def iri(kind: str, *parts: str) -> URIRef:
    """`kg:{kind}/{part}/{part}`; parts are slugified unless already slugs."""
    return KG[kind + "/" + "/".join(p if _SLUG.fullmatch(p) else slugify(p) for p in parts)]


def state(iso3: str) -> URIRef:
    return KG["state/" + iso3.lower()]


def org(slug: str) -> URIRef:
    return iri("org", slug)


def person(name: str) -> URIRef:
    return iri("person", slugify(name))


def concept(scheme: str, label: str) -> URIRef:
    return iri(scheme, slugify(label))
