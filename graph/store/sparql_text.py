"""Just enough SPARQL lexing to find a query's form and the opening brace of its WHERE group.

A remote server has no way to receive bindings, so the remote backend states them as a VALUES
block placed first in the top-level WHERE group. Finding that brace needs a lexer that knows
strings, IRIs and comments (a ``{`` inside a literal is not a group), nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
# bare words and prefixed names (so a local name like ``ex:where`` is not the keyword)
_WORD = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_.\-]*)?:[A-Za-z0-9_.\-:%]*|[A-Za-z_][A-Za-z0-9_]*")
_VAR = re.compile(r"[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+")
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


class SparqlTextError(ValueError):
    """The text cannot be lexed (an unterminated string) or has no place for bindings."""


def _tokens(text: str) -> Iterator[tuple[str, int]]:
    """(token, offset) for braces, parentheses and bare words; strings, IRIs, comments skipped."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            long = text.startswith(c * 3, i)
            quote = c * 3 if long else c
            j = i + len(quote)
            while True:
                if j >= n:
                    raise SparqlTextError(f"unterminated string starting at offset {i}")
                if text[j] == "\\":
                    j += 2
                    continue
                if text.startswith(quote, j):
                    break
                if not long and text[j] in "\r\n":
                    raise SparqlTextError(f"unterminated string starting at offset {i}")
                j += 1
            i = j + len(quote)
        elif c == "<" and (m := _IRI.match(text, i)):
            i = m.end()
        elif c in "?$" and (m := _VAR.match(text, i)):
            i = m.end()
        elif c in "{}()":
            yield c, i
            i += 1
        elif m := _WORD.match(text, i):
            yield m.group(0), i
            i = m.end()
        else:
            i += 1


def query_form(text: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe`` — or ``update`` for anything else."""
    for tok, _ in _tokens(text):
        if tok.upper() in _FORMS:
            return tok.lower()
        if tok in "{}()":
            break
    return "update"


def where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the top-level WHERE group of a query."""
    form = None
    depth_paren = 0
    seen_where = False
    groups_at_top = 0
    for tok, pos in _tokens(text):
        upper = tok.upper()
        if form is None and upper in _FORMS:
            form = upper
            continue
        if tok == "(":
            depth_paren += 1
        elif tok == ")":
            depth_paren -= 1
        elif upper == "WHERE" and depth_paren == 0:
            seen_where = True
        elif tok == "{" and depth_paren == 0:
            groups_at_top += 1
            if form == "CONSTRUCT" and not seen_where and groups_at_top == 1:
                continue  # the template (triples only, no nested group)
            if form == "CONSTRUCT" and seen_where and groups_at_top == 1:
                raise SparqlTextError("CONSTRUCT WHERE {…} (short form) cannot take bindings")
            return pos
    raise SparqlTextError("no WHERE group found to bind parameters in")


def inject_values(text: str, bindings: dict[str, str]) -> str:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` first in its top-level WHERE group.

    ``bindings`` maps variable names to terms already in SPARQL syntax. Joining one row first in
    the group gives the same answers as pyoxigraph's substitution for the stored queries, whose
    parameters are projected variables used in that group (not re-bound by BIND, not only
    inside a sub-select).
    """
    if not bindings:
        return text
    pos = where_brace(text)
    names = " ".join("?" + k for k in bindings)
    terms = " ".join(bindings.values())
    return f"{text[:pos + 1]} VALUES ({names}) {{ ({terms}) }} {text[pos + 1:]}"
