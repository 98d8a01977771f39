"""Inspect a query before it is evaluated: what form it is, and whether it could reach outside.

The project's one SPARQL lexer (graph/store/sparql_text.py; not a regex over the raw text) gives
the query's tokens: a keyword hidden in an IRI, string or prefixed name is never mistaken for one,
and anything it cannot classify becomes a one-character token that is looked at, so doubt errs
towards refusing. rdflib's parser would do the same job at 2-10 ms a
query; this costs tens of microseconds and verdicts are cached by query text.

What is refused (see ``check``): any ``SERVICE`` (federation would make this server fetch from
anywhere), ``FROM``/``FROM NAMED`` naming a graph that is not one of the store's named graphs
(engines such as rdflib fetch those, ``file:`` included), and any update (``LOAD`` among them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from graph.store.sparql_text import Token, tokens
from server.errors import QueryError

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PN_ESC = re.compile(r"\\(.)")

QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                             "WITH"})
# Oxigraph's parser and evaluator recurse on nesting and on chains of operators, joins and unions;
# past some thousands they overflow the stack and the query worker dies (a 2,200-deep {{{…}}} or
# 10,000 `+` in a row did, on an 8 MB stack). Well below that, a query is refused with a 400 that says
# what to change (docs/operations.md; tests/reliability/test_hostile_queries.py runs both limits).
MAX_NESTING = 128
MAX_OPERATORS = 4000
CACHEABLE_CHARS = 16_384  # longer texts are inspected every time rather than kept in the cache


class Refused(QueryError):
    """The query is well-formed enough to read but will not be run; ``status`` is 400 or 403."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__("refused", message, status)


@dataclass(frozen=True)
class Inspection:
    """What the tokenizer found. ``kind`` is select, ask, graph, update or None (unrecognised)."""

    kind: str | None
    form: str | None
    service: bool
    from_graphs: tuple[str, ...]
    from_named: tuple[str, ...]
    limit: int | None
    limit_span: tuple[int, int] | None
    values_at: int | None
    rewritable: bool
    depth: int = 0      # deepest nesting of { ( [
    operators: int = 0  # tokens other than terms, commas and VALUES data: what the parser recurses on

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named)

    def capped(self, text: str, max_rows: int) -> str | None:
        """The query text with its top-level LIMIT at most ``max_rows``, or None if it cannot be done.

        Returns ``text`` itself when the query's own LIMIT is already within the cap.
        """
        if not self.rewritable or self.kind not in ("select", "graph"):
            return None
        if self.limit is not None and self.limit <= max_rows:
            return text
        if self.limit_span is not None:
            a, b = self.limit_span
            return f"{text[:a]}{max_rows}{text[b:]}"
        if self.values_at is not None:
            return f"{text[:self.values_at]}LIMIT {max_rows}\n{text[self.values_at:]}"
        return f"{text}\nLIMIT {max_rows}"


def _resolve(token: Token, prefixes: dict[str, str], base: str | None) -> str:
    kind, value = token[0], token[1]
    if kind == "iri":
        iri = value[1:-1]
        return urljoin(base, iri) if base else iri
    if kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix not in prefixes:
            return value  # an undeclared prefix: never a named graph, so refused
        return prefixes[prefix] + _PN_ESC.sub(r"\1", local)
    return value


def _scan(text: str) -> Inspection:
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    base: str | None = None
    i = 0
    while i < len(toks) and toks[i][0] == "word" and toks[i][1].upper() in ("BASE", "PREFIX"):
        if toks[i][1].upper() == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = _resolve(toks[i + 1], prefixes, base)
            i += 2
        elif (toks[i][1].upper() == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname"
              and toks[i + 1][1].endswith(":") and toks[i + 2][0] == "iri"):
            prefixes[toks[i + 1][1][:-1]] = _resolve(toks[i + 2], prefixes, base)
            i += 3
        else:
            break
    form = toks[i][1].upper() if i < len(toks) and toks[i][0] == "word" else None
    kind = QUERY_FORMS.get(form or "") or ("update" if form in UPDATE_KEYWORDS else None)
    service = False
    from_graphs: list[str] = []
    from_named: list[str] = []
    limit: int | None = None
    limit_span: tuple[int, int] | None = None
    values_at: int | None = None
    depth = 0
    nesting = 0
    deepest = 0
    operators = 0
    in_values: int | None = None  # the nesting at which the current VALUES data block opened
    closed_group = False
    rewritable = True
    n = len(toks)
    for j in range(i, n):
        tkind, value, start, _ = toks[j]
        if tkind in ("other", "word"):
            if value in "{([":
                nesting += 1
                deepest = max(deepest, nesting)
            elif value in "})]":
                nesting -= 1
            if in_values is None:
                operators += value != ","
            elif value == "}" and nesting == in_values:
                in_values = None
            if tkind == "word" and value.upper() == "VALUES":
                in_values = nesting
        if tkind == "other":
            if value == "{":
                depth += 1
            elif value == "}":
                depth -= 1
                if depth == 0 and values_at is None:
                    closed_group = True
                    limit = None
                    limit_span = None
                    values_at = None
            continue
        if tkind != "word":
            continue
        upper = value.upper()
        if upper == "SERVICE":
            service = True
        elif upper in UPDATE_KEYWORDS and upper != "WITH" and depth == 0 and j > i:
            kind = "update"  # a second operation after the first (e.g. "ASK {} ; CLEAR ALL")
        elif upper == "FROM" and j + 1 < n:
            nxt = toks[j + 1]
            named = nxt[0] == "word" and nxt[1].upper() == "NAMED"
            target = toks[j + 2] if named and j + 2 < n else nxt
            (from_named if named else from_graphs).append(_resolve(target, prefixes, base))
        elif depth == 0 and upper == "LIMIT" and (closed_group or form == "DESCRIBE"):
            if j + 1 < n and toks[j + 1][0] == "number" and toks[j + 1][1].isdigit():
                limit = int(toks[j + 1][1])
                limit_span = (toks[j + 1][2], toks[j + 1][3])
            else:
                rewritable = False
        elif depth == 0 and upper == "VALUES" and (closed_group or form == "DESCRIBE") and values_at is None:
            values_at = start
    if depth != 0:
        rewritable = False
    return Inspection(kind, form, service, tuple(from_graphs), tuple(from_named), limit, limit_span,
                      values_at, rewritable, deepest, operators)


def _inspect(text: str) -> Inspection:
    found = _scan(text)
    if "\\u" in text or "\\U" in text:
        # SPARQL allows \\u escapes anywhere before parsing; look at the decoded text as well and
        # take the union of what is found, and never rewrite such a text.
        decoded = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
        other = _scan(decoded)
        kind = found.kind if found.kind == other.kind else ("update" if "update" in (found.kind, other.kind)
                                                           else found.kind)
        found = Inspection(kind, found.form, found.service or other.service,
                           found.from_graphs + other.from_graphs, found.from_named + other.from_named,
                           found.limit, found.limit_span, found.values_at, False,
                           max(found.depth, other.depth), max(found.operators, other.operators))
    return found


_cached_inspect = lru_cache(maxsize=4096)(_inspect)


def inspect(text: str) -> Inspection:
    """Inspect a query; verdicts for texts up to CACHEABLE_CHARS are cached."""
    return _cached_inspect(text) if len(text) <= CACHEABLE_CHARS else _inspect(text)


def check(found: Inspection, named_graphs: frozenset[str], protocol_dataset: bool) -> None:
    """Raise ``Refused`` for anything this read-only, no-outbound-fetch endpoint will not run."""
    if found.depth > MAX_NESTING:
        raise Refused(f"the query nests groups, brackets or parentheses {found.depth} deep; the limit is"
                      f" {MAX_NESTING} (write the pattern flatter)", 400)
    if found.operators > MAX_OPERATORS:
        raise Refused(f"the query has {found.operators} operators, keywords and punctuation (data in VALUES"
                      f" and terms not counted); the limit is {MAX_OPERATORS}: split it, or move long"
                      " lists of terms into VALUES", 400)
    if found.kind == "update":
        raise Refused(f"{found.form or 'this'} is a SPARQL Update operation, not a query: this endpoint is"
                      " read-only and runs only SELECT, ASK, CONSTRUCT and DESCRIBE", 400)
    if found.service:
        raise Refused("SERVICE (federated query) is not allowed: this endpoint never fetches from other"
                      " servers")
    if not protocol_dataset:
        unknown = [g for g in found.from_graphs + found.from_named if g not in named_graphs]
        if unknown:
            raise Refused(f"FROM/FROM NAMED <{unknown[0]}> is not a named graph of this dataset: graphs are"
                          " never fetched from elsewhere (see the service description for the named graphs)")
