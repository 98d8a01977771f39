"""Stored queries: one `.rq` file per query in `queries/`, with a metadata header.

Header lines at the top of the file (comments), then the query::

    # title: Chairpersonship in a year
    # description: The State that held the Chairpersonship in the given year.
    # param: year | year | 2025 | The year, e.g. 2018

A parameter line is ``name | type | default | description``; types are ``iri``, ``string``,
``integer``, ``year`` (xsd:gYear) and ``date`` (xsd:date). Values are bound by the engine
(substitution), never formatted into the query text, so every parameter must be a projected
variable of the query (checked when the file is read).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyoxigraph import NamedNode
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier
from rdflib.util import from_n3

from graph.paths import QUERIES_DIR

PARAM_TYPES = ("iri", "string", "integer", "year", "date")


class QueryFileError(ValueError):
    """A stored query file is malformed; the message names the file and line."""


class ParameterError(ValueError):
    """A parameter value is missing, unknown or of the wrong type."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: str | None
    description: str

    def bind(self, value: str) -> Identifier:
        try:
            if self.type == "iri":
                if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*", value):
                    raise ValueError("not an absolute IRI")
                try:  # the engine's own IRI rules (RFC 3987) are stricter than the pattern above
                    NamedNode(value)
                except ValueError:
                    raise ValueError("not a valid IRI") from None
                return URIRef(value)
            if self.type == "integer":
                return Literal(int(value), datatype=XSD.integer)
            if self.type == "year":
                if not re.fullmatch(r"-?\d{4}", value):
                    raise ValueError("not a year (YYYY)")
                return Literal(value, datatype=XSD.gYear)
            if self.type == "date":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError("not a date (YYYY-MM-DD)")
                return Literal(value, datatype=XSD.date)
            return Literal(value)
        except ValueError as exc:
            raise ParameterError(f"parameter {self.name!r}: {value!r} is {exc}"
                                 if "not" in str(exc) else f"parameter {self.name!r}: {exc}") from exc


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    sparql: str
    path: Path
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)

    def bindings(self, values: Mapping[str, str] | None = None) -> dict[str, Identifier]:
        """Typed bindings from string values, defaults filled in; unknown names are refused."""
        values = dict(values or {})
        known = {p.name for p in self.parameters}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ParameterError(f"query {self.name!r} has no parameter {', '.join(unknown)}"
                                 f" (it takes: {', '.join(sorted(known)) or 'none'})")
        out: dict[str, Identifier] = {}
        for p in self.parameters:
            raw = values.get(p.name, p.default)
            if raw is None or raw == "":
                raise ParameterError(f"query {self.name!r} needs parameter {p.name!r}")
            out[p.name] = p.bind(raw)
        return out


_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)$")
_SELECT = re.compile(r"\bSELECT\b(.*?)\bWHERE\b", re.IGNORECASE | re.DOTALL)


def parse_query_file(path: Path) -> StoredQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Parameter] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key != "param":
            meta[key] = (meta.get(key, "") + " " + value).strip()
            continue
        parts = [p.strip() for p in value.split("|")]
        if len(parts) != 4 or parts[1] not in PARAM_TYPES or not re.fullmatch(r"[A-Za-z_]\w*", parts[0]):
            raise QueryFileError(f"{path}:{lineno}: a param line is 'name | type | default | description'"
                                 f" with type one of {', '.join(PARAM_TYPES)}")
        params.append(Parameter(parts[0], parts[1], parts[2] or None, parts[3]))
    if "title" not in meta:
        raise QueryFileError(f"{path}: no '# title:' header line")
    select = _SELECT.search(text)
    if params and select and "*" not in select.group(1):
        projected = set(re.findall(r"[?$](\w+)", select.group(1)))
        missing = [p.name for p in params if p.name not in projected]
        if missing:
            raise QueryFileError(f"{path}: parameter(s) {', '.join(missing)} must be projected by SELECT")
    return StoredQuery(path.stem, meta["title"], meta.get("description", ""), text, path, tuple(params))


_NUMBER = re.compile(r"[+-]?\d+")


@dataclass(frozen=True)
class PlainQuery:
    """A SPARQL file without the stored-query header: run as it is, for `osce-kg query my.rq`.

    Its variables have no declared types, so a ``--param`` value is read as a term: ``<iri>``
    an IRI; ``"text"``, ``"text"@lang`` or ``"text"^^<datatype>`` a literal; an integer an
    ``xsd:integer``; anything else a plain string.
    """

    name: str
    sparql: str
    path: Path

    def bindings(self, values: Mapping[str, str] | None = None) -> dict[str, Identifier]:
        out: dict[str, Identifier] = {}
        for name, raw in (values or {}).items():
            if not re.search(rf"[?$]{re.escape(name)}\b", self.sparql):
                raise ParameterError(f"{self.path} has no variable ?{name} to bind")
            out[name] = _term(name, raw)
        return out


def _term(name: str, raw: str) -> Identifier:
    if raw.startswith("<"):
        if not raw.endswith(">"):
            raise ParameterError(f"parameter {name!r}: {raw!r} is not an IRI in <...>")
        return Parameter(name, "iri", None, "").bind(raw[1:-1])
    if raw.startswith('"'):
        try:
            term = from_n3(raw)
        except Exception as exc:  # rdflib raises several types for a malformed term
            raise ParameterError(f"parameter {name!r}: {raw!r} is not a literal ({exc})") from exc
        if not isinstance(term, Literal):
            raise ParameterError(f"parameter {name!r}: {raw!r} is not a literal")
        return term
    if _NUMBER.fullmatch(raw):
        return Literal(int(raw), datatype=XSD.integer)
    return Literal(raw)


def read_query_file(path: Path) -> StoredQuery | PlainQuery:
    """A query file named on the command line: with a '# title:' header it is read as a stored
    query (typed parameters, defaults); without, as plain SPARQL."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryFileError(f"{path}: cannot read the query file ({exc})") from exc
    if not text.strip():
        raise QueryFileError(f"{path}: the query file is empty")
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m and m.group(1) == "title":
            return parse_query_file(path)
    return PlainQuery(path.stem, text, path)


def load_queries(directory: Path = QUERIES_DIR) -> dict[str, StoredQuery]:
    return {p.stem: parse_query_file(p) for p in sorted(directory.glob("*.rq"))}


@cache
def stored_queries() -> dict[str, StoredQuery]:
    """The shipped queries, read once per process."""
    return load_queries()
