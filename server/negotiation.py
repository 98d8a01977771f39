"""Content negotiation: werkzeug parses ``Accept`` (``MIMEAccept``); the project's rules are data here
(``RULES``, applied by ``choose`` to the answers of ``/sparql``).

The rule (documented in the OpenAPI description of ``/sparql``):

1. A registered media type the client lists explicitly in ``Accept`` (no wildcard) wins, by q-value;
   among equal q-values the client's order, then the server's preference, decides.
2. Otherwise the ``format`` parameter (a short name such as ``csv`` or a media type) decides, so a
   browser link can ask for CSV although the browser's Accept says ``text/html, */*``.
3. Otherwise legacy aliases (``application/json``, ``application/xml``) and wildcards pick the
   server's preferred type; with no Accept at all the server's default is used.
4. If the client lists types and none (not even a wildcard) is acceptable, there is no answer: 406.

The offers per query form, their order, the aliases and the ``format`` names are the format table's
(graph/store/formats.py). Every other resource (pages, linked data, VoID) picks among a fixed list
of offers with werkzeug's own ``best_match`` (``best_offer``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from graph.store.formats import Format, formats_for

#: the rules for ``/sparql`` answers as the OpenAPI description states them
RULES_TEXT = (__doc__ or "").split("\n\n", 1)[1].rsplit("\n\n", 1)[0].strip()

#: media types that mean "a person with a browser"
HTML_TYPES = ("text/html", "application/xhtml+xml")


class NotAcceptable(Exception):
    """Nothing the client accepts can express this answer; the message lists what can."""


@lru_cache(maxsize=1024)
def parse_accept(header: str | None) -> MIMEAccept:
    """The Accept header as werkzeug reads it, media ranges without their parameters (a client's
    ``;charset=utf-8`` must not keep a type from matching), in lower case."""
    parsed = parse_accept_header(header, MIMEAccept)
    ranges = ((value.split(";", 1)[0].strip().lower(), q) for value, q in parsed)
    return MIMEAccept([("*/*" if value == "*" else value, q) for value, q in ranges])


def _explicit(accept: MIMEAccept, offers: Sequence[Format]) -> Format | None:
    """Rule 1: the first registered type listed without a wildcard (werkzeug orders by specificity,
    then q, then the client's order)."""
    by_media = {f.media_type: f for f in offers}
    for value, q in accept:
        if q > 0 and value in by_media:
            return by_media[value]
    return None


def named_choice(formats: Sequence[str], offers: Sequence[Format]) -> Format | None:
    """Rule 2: the first ``format`` parameter value that names an offer (short name, alias, type)."""
    for value in formats:
        v = value.strip().lower()
        for f in offers:
            if v == f.key or v in f.names or v == f.media_type:
                return f
        for f in offers:
            if v in f.aliases:
                return f
    return None


def _alias_or_wildcard(accept: MIMEAccept, offers: Sequence[Format]) -> Format | None:
    """Rule 3: an alias the client lists, or the offer a wildcard accepts best (werkzeug's
    ``best_match``: q, then the range's specificity, then server order); the alias wins unless a
    wildcard accepts something with a higher q."""
    alias: tuple[float, Format] | None = None
    for value, q in accept:  # in q order: the first alias found is the best
        if q > 0 and alias is None:
            alias = next(((q, f) for f in offers if value in f.aliases), None)
    best = accept.best_match([f.media_type for f in offers])
    wild = None if best is None else next(f for f in offers if f.media_type == best)
    if alias is not None and (wild is None or alias[0] >= accept.quality(wild.media_type)):
        return alias[1]
    return wild


Rule = Callable[[MIMEAccept, Sequence[str], Sequence[Format]], Format | None]

#: the rules of the module docstring, in order; the first that picks an offer decides
RULES: tuple[Rule, ...] = (
    lambda accept, formats, offers: _explicit(accept, offers),
    lambda accept, formats, offers: named_choice(formats, offers),
    lambda accept, formats, offers: offers[0] if not accept else None,
    lambda accept, formats, offers: _alias_or_wildcard(accept, offers),
)


@lru_cache(maxsize=4096)
def choose(kind: str, accept: str | None, formats: tuple[str, ...] = ()) -> tuple[str, str]:
    """The (format key, media type) answering a query of ``kind`` (select, ask or graph).

    ``formats`` are the values of the ``format``/``output`` parameters in request order.
    """
    offers = formats_for(kind)
    parsed = parse_accept(accept)
    for rule in RULES:
        found = rule(parsed, formats, offers)
        if found is not None:
            return found.key, found.media_type
    listed = ", ".join(f.media_type for f in offers)
    raise NotAcceptable(f"none of the media types in Accept: {accept} can express a {kind.upper()} result"
                        f" (this endpoint offers {listed}; or use the format parameter)")


@lru_cache(maxsize=1024)
def best_offer(accept: str | None, offers: tuple[str, ...]) -> str | None:
    """The offer ``accept`` prefers (q-values honoured; ties go to the earlier offer): the first
    offer when there is no Accept header, None (→ 406) when it matches none."""
    if not accept:
        return offers[0]
    result: str | None = parse_accept(accept).best_match(offers)
    return result


def explicit_choice(accept: str | None, offers: Sequence[Format]) -> Format | None:
    """The offer a client lists explicitly (no wildcard) with the highest q, if any (rule 1 alone)."""
    return _explicit(parse_accept(accept), offers) if accept else None
