"""Serializing a pyoxigraph answer, capped at a number of rows: the one place that does it.

Uncapped, Oxigraph serializes natively (the fast path). Capped, solutions are written here from rows
of pyoxigraph terms, and triples are cut with ``islice`` before Oxigraph writes them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph.store.formats import BY_KEY, FAMILY_OF_KIND, formats_for

Answer = ox.QueryBoolean | ox.QuerySolutions | Iterable[ox.Triple]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(t: Any) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != _XSD_STRING:
        d["datatype"] = t.datatype.value
    return d


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
    if t.datatype.value != _XSD_STRING:
        return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
    return f"<literal>{escape(t.value)}</literal>"


def _csv_term(t: Any) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return str(t.value)


def _tsv_term(t: Any) -> str:
    return "" if t is None else str(t)  # pyoxigraph's str() is the SPARQL/Turtle form TSV wants


def serialize_rows(variables: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                    for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(variables, row, strict=True) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>")
        return "".join(out).encode()
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([_csv_term(t) for t in row])
        return buf.getvalue().encode()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    raise ValueError(f"unknown result format {fmt}")


def serialize_answer(res: Answer, fmt: str, max_rows: int | None = None,
                     prefixes: Mapping[str, str] | None = None
                     ) -> tuple[Literal["select", "ask", "graph"], str, bytes]:
    """``(kind, format, body)`` of a pyoxigraph answer: at most ``max_rows`` solutions or triples
    (None: all), in ``fmt``, or in the default format of the answer's family when ``fmt`` cannot
    express it (the query's form was misjudged); ``prefixes`` for Turtle and TriG."""
    kind: Literal["select", "ask", "graph"] = (
        "ask" if isinstance(res, ox.QueryBoolean) else "select" if isinstance(res, ox.QuerySolutions)
        else "graph")
    chosen = BY_KEY.get(fmt)
    if chosen is None or chosen.family != FAMILY_OF_KIND[kind]:
        chosen = formats_for(kind)[0]
    if isinstance(res, ox.QueryBoolean):
        return kind, chosen.key, res.serialize(format=chosen.oxigraph) or b""  # type: ignore[arg-type]
    if isinstance(res, ox.QuerySolutions):
        if max_rows is None:
            return kind, chosen.key, res.serialize(format=chosen.oxigraph) or b""  # type: ignore[arg-type]
        variables = [v.value for v in res.variables]
        rows = [[sol[v] for v in variables] for sol in islice(res, max_rows)]
        return kind, chosen.key, serialize_rows(variables, rows, chosen.key)
    triples = res if max_rows is None else islice(res, max_rows)
    keep = prefixes if chosen.key in ("turtle", "trig") else None
    body = ox.serialize(triples, format=chosen.oxigraph, prefixes=keep)  # type: ignore[arg-type]
    return kind, chosen.key, body or b""
