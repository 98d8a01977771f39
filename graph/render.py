"""Plain renderings of a query result for the terminal: an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

from rdflib import Literal
from rdflib.term import Node

from graph.store.base import QueryResult


def plain(term: Node | None) -> str:
    if term is None:
        return ""
    return str(term)


def _json_value(term: Node) -> object:
    return term.toPython() if isinstance(term, Literal) else str(term)


def render_result(result: QueryResult, fmt: str) -> str:
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{result.boolean}\n"
    if result.kind == "graph":
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    rows = [[plain(r.get(v)) for v in result.variables] for r in result.rows]
    if fmt == "json":
        out = [{v: _json_value(r[v]) for v in result.variables if v in r} for r in result.rows]
        return json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.variables)
        w.writerows(rows)
        return buf.getvalue()
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
