"""The one SPARQL lexer: a query's tokens, its form, and the brace where bindings go.

IRIs, the four string forms with their escapes, comments, prefixed names with ``\\``-escapes,
language tags and variables are whole tokens, so a keyword hidden in any of them is never mistaken
for one, and a keyword outside them is never missed. Anything it cannot classify becomes a
one-character ``other`` token. It serves the server's safety inspection (server/safety.py) and the
remote store, which states bindings as a VALUES block placed first in the top-level WHERE group
(a server cannot receive bindings): finding that brace needs to know strings, IRIs and comments.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ESC = r"""\\[tbnrf\\"']|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"""
_PN_CHARS = r"\w\u00B7\u0300-\u036F\u203F-\u2040\-"
_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<comment>#[^\r\n]*)"
    r"|(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)"
    rf"|(?P<string>'''(?:(?:'|'')?(?:[^'\\]|{_ESC}))*'''"
    rf'|"""(?:(?:"|"")?(?:[^"\\]|{_ESC}))*"""'
    rf"|'(?:[^'\\\r\n]|{_ESC})*'"
    rf'|"(?:[^"\\\r\n]|{_ESC})*")'
    rf"|(?P<var>[?$][{_PN_CHARS}]+)"
    r"|(?P<bnode>_:[" + _PN_CHARS + r".]*)"
    r"|(?P<pname>(?:[^\W\d_][" + _PN_CHARS + r".]*)?:(?:[" + _PN_CHARS + r".:%]"
    r"|\\[_~.\-!$&'()*+,;=/?#@%])*)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
    r"|(?P<escape>\\.)"
    r"|(?P<other>.)",
    re.DOTALL,
)



class Token(NamedTuple):
    kind: str   # iri, string, var, bnode, pname, lang, word, number, escape, other
    value: str
    start: int
    end: int


class SparqlTextError(ValueError):
    """The text cannot be lexed (an unterminated string) or has no place for bindings."""


def tokens(text: str) -> list[Token]:
    """Every token of ``text`` but white space and comments, in order."""
    return [Token(m.lastgroup or "other", m.group(), m.start(), m.end())
            for m in _TOKEN.finditer(text) if m.lastgroup not in ("ws", "comment")]


_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def query_form(text: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe`` — or ``update`` for anything else."""
    for tok in tokens(text):
        if tok.kind == "word" and tok.value.upper() in _FORMS:
            return tok.value.lower()
        if tok.kind == "other" and tok.value in "{}()":
            break
    return "update"


def where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the top-level WHERE group of a query."""
    form = None
    depth_paren = 0
    seen_where = False
    groups_at_top = 0
    for tok in tokens(text):
        if tok.kind == "other" and tok.value in "\"'":
            raise SparqlTextError(f"unterminated string starting at offset {tok.start}")
        upper = tok.value.upper() if tok.kind == "word" else None
        if form is None and upper in _FORMS:
            form = upper
            continue
        if tok.kind != "other" and upper != "WHERE":
            continue
        if tok.value == "(":
            depth_paren += 1
        elif tok.value == ")":
            depth_paren -= 1
        elif upper == "WHERE" and depth_paren == 0:
            seen_where = True
        elif tok.value == "{" and depth_paren == 0:
            groups_at_top += 1
            if form == "CONSTRUCT" and not seen_where and groups_at_top == 1:
                continue  # the template (triples only, no nested group)
            if form == "CONSTRUCT" and seen_where and groups_at_top == 1:
                raise SparqlTextError("CONSTRUCT WHERE {…} (short form) cannot take bindings")
            return tok.start
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
