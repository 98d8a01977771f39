"""Evaluate one query on a pyoxigraph store and serialize the answer: the work a query worker does.

A job is a plain tuple of strings, numbers and tuples (so it crosses a pipe with ``marshal``):

    (text, capped_text, fmt, default_graphs, named_graphs, use_union, bindings, max_rows)

``capped_text`` is the query with its top-level LIMIT cut to ``max_rows`` (see
``server.safety.Inspection.capped``) or None, in which case rows are capped here in Python. Oxigraph
then serializes natively, the fast path. ``bindings`` are ``(name, term)`` pairs where a term is
``("iri", value)``, ``("bnode", id)`` or ``("literal", value, language, datatype)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

import pyoxigraph as ox

from graph.namespaces import PREFIXES
from graph.store.oxigraph import OX_RDF_FORMATS, OX_RESULT_FORMATS
from graph.store.results import serialize_rows

Job = tuple[str, str | None, str, tuple[str, ...] | None, tuple[str, ...] | None, bool,
            tuple[tuple[str, tuple[str, ...]], ...], int]
Outcome = tuple[str, str, bytes]  # (kind: select|ask|graph, format key, body)

DEFAULT_FORMAT = {"select": "json", "ask": "json", "graph": "turtle"}
TURTLE_PREFIXES = dict(PREFIXES)


class EvaluationError(Exception):
    """The query parsed but could not be evaluated (an Oxigraph error); the message says why."""


class QueryProblem(EvaluationError):
    """The query parsed but Oxigraph cannot evaluate it as written (an unsupported function, say): the
    client can fix it (HTTP 400). A store failure (``OSError``) stays an ``EvaluationError`` (500)."""


class SyntaxProblem(Exception):
    """The query does not parse; the message is Oxigraph's, with line and column."""


def to_ox_term(term: Sequence[str | None]) -> Any:
    kind = term[0]
    if kind == "iri":
        return ox.NamedNode(str(term[1]))
    if kind == "bnode":
        return ox.BlankNode(str(term[1]))
    value, language, datatype = str(term[1]), term[2], term[3]
    if language:
        return ox.Literal(value, language=language)
    if datatype:
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
    return ox.Literal(value)


def _kwargs(job: Job) -> dict[str, Any]:
    _, _, _, default_graphs, named_graphs, use_union, bindings, _ = job
    kwargs: dict[str, Any] = {}
    if default_graphs is not None or named_graphs is not None:
        # The Protocol's dataset replaces the query's FROM clauses and the store default.
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()] or ox.DefaultGraph()
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
    elif use_union:
        kwargs["use_default_graph_as_union"] = True
    if bindings:
        kwargs["substitutions"] = {ox.Variable(name): to_ox_term(term) for name, term in bindings}
    return kwargs


def _run(store: ox.Store, text: str, kwargs: dict[str, Any]) -> Any:
    try:
        return store.query(text, **kwargs)
    except SyntaxError as exc:
        raise SyntaxProblem(str(exc)) from exc
    except OSError as exc:
        raise EvaluationError(str(exc)) from exc
    except (RuntimeError, ValueError, TypeError) as exc:  # pyoxigraph's evaluation errors, bar I/O
        raise QueryProblem(str(exc)) from exc


def evaluate(store: ox.Store, job: Job) -> Outcome:
    """Run ``job`` and return (kind, format, bytes), the format adjusted if the form was misjudged."""
    text, capped, fmt, _, _, _, _, max_rows = job
    kwargs = _kwargs(job)
    python_cap = capped is None
    try:
        res = _run(store, capped if capped is not None else text, kwargs)
    except SyntaxProblem:
        if capped is None or capped == text:
            raise
        res = _run(store, text, kwargs)  # raises the original query's own syntax message if it fails
        python_cap = True
    try:
        if isinstance(res, ox.QueryBoolean):
            fmt = fmt if fmt in OX_RESULT_FORMATS else DEFAULT_FORMAT["ask"]
            return "ask", fmt, res.serialize(format=OX_RESULT_FORMATS[fmt]) or b""
        if isinstance(res, ox.QuerySolutions):
            fmt = fmt if fmt in OX_RESULT_FORMATS else DEFAULT_FORMAT["select"]
            if not python_cap:
                return "select", fmt, res.serialize(format=OX_RESULT_FORMATS[fmt]) or b""
            variables = [v.value for v in res.variables]
            rows = [[sol[v] for v in variables] for sol in islice(res, max_rows)]
            return "select", fmt, serialize_rows(variables, rows, fmt)
        fmt = fmt if fmt in OX_RDF_FORMATS else DEFAULT_FORMAT["graph"]
        prefixes = TURTLE_PREFIXES if fmt in ("turtle", "trig") else None
        body = ox.serialize(islice(res, max_rows), format=OX_RDF_FORMATS[fmt], prefixes=prefixes)
        return "graph", fmt, body or b""
    except OSError as exc:  # evaluation errors surface lazily
        raise EvaluationError(str(exc)) from exc
    except (RuntimeError, ValueError, TypeError) as exc:
        raise QueryProblem(str(exc)) from exc
