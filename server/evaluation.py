"""One query, evaluated: the typed job the server hands a query worker, and the work the worker does.

A ``QueryJob`` holds everything the answer depends on (so it is also the answer cache's key), and
crosses the pipe to a worker process pickled. ``evaluate`` runs it on a pyoxigraph store: the dataset
becomes query arguments in one place (``graph.store.oxigraph.dataset_arguments``) and the answer is
written, capped at ``max_rows``, in one place (``graph.store.results.serialize_answer``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib.term import Identifier

from graph.namespaces import PREFIXES
from graph.store.base import DatasetSpec
from graph.store.formats import media_type
from graph.store.oxigraph import dataset_arguments
from graph.store.results import serialize_answer
from graph.store.terms import to_ox
from server.errors import QueryError, syntax_error

TURTLE_PREFIXES = dict(PREFIXES)


@dataclass(frozen=True)
class QueryJob:
    """A query to evaluate, with everything its answer depends on."""

    text: str                       # the query as the client wrote it
    capped: str | None              # the text with its top-level LIMIT cut to ``max_rows``; None: cannot be
    fmt: str                        # the answer's format key (graph/store/formats.py)
    dataset: DatasetSpec | None     # the Protocol's dataset (replaces FROM and the store default); None: none
    union_default: bool             # no FROM in the query: the default graph is the union of the named graphs
    bindings: tuple[tuple[str, Identifier], ...]  # (variable, term), substituted before evaluation
    max_rows: int

    @property
    def rewritten(self) -> bool:
        """Whether the row cap is applied by rewriting the query's LIMIT (``X-SPARQL-MaxRows``)."""
        return self.capped is not None and self.capped != self.text


@dataclass(frozen=True)
class Answer:
    kind: str      # select | ask | graph
    fmt: str       # format key (graph/store/formats.py)
    body: bytes
    capped: bool   # the row cap was applied by rewriting LIMIT

    @property
    def media_type(self) -> str:
        return media_type(self.fmt)


def _run(store: ox.Store, job: QueryJob, text: str) -> Any:
    kwargs = dataset_arguments(job.dataset, job.union_default)
    if job.bindings:
        kwargs["substitutions"] = {ox.Variable(name): to_ox(term) for name, term in job.bindings}
    try:
        return store.query(text, **kwargs)
    except SyntaxError as exc:
        raise syntax_error(job.text, str(exc)) from exc
    except OSError as exc:
        raise QueryError("evaluation", str(exc)) from exc
    except (RuntimeError, ValueError, TypeError) as exc:  # pyoxigraph's evaluation errors, bar I/O
        raise QueryError("unsupported", str(exc)) from exc


def evaluate(store: ox.Store, job: QueryJob) -> Answer:
    """Run ``job``; the answer's format is the job's unless that cannot express it (the form was
    misjudged), then its family's default. Raises ``QueryError``."""
    python_cap = job.capped is None
    try:
        res = _run(store, job, job.capped if job.capped is not None else job.text)
    except QueryError as exc:
        if exc.reason != "syntax" or job.capped is None or job.capped == job.text:
            raise
        res = _run(store, job, job.text)  # raises the original query's own syntax message if it fails
        python_cap = True
    # triples are always capped: a rewritten LIMIT counts solutions, and one may give many triples
    cap = job.max_rows if python_cap or not isinstance(res, ox.QuerySolutions | ox.QueryBoolean) else None
    try:
        kind, fmt, body = serialize_answer(res, job.fmt, cap, TURTLE_PREFIXES)
    except OSError as exc:  # evaluation errors surface lazily
        raise QueryError("evaluation", str(exc)) from exc
    except (RuntimeError, ValueError, TypeError) as exc:
        raise QueryError("unsupported", str(exc)) from exc
    return Answer(kind, fmt, body, job.rewritten)
