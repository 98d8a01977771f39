"""Content negotiation as data: which media types answer which query form, and an Accept parser.

The rule (documented in the OpenAPI description of ``/sparql``):

1. A registered media type the client lists explicitly in ``Accept`` (no wildcard) wins, by q-value;
   among equal q-values the more specific range, then the client's order, decides.
2. Otherwise the ``format`` parameter (a short name such as ``csv`` or a media type) decides, so a
   browser link can ask for CSV although the browser's Accept says ``text/html, */*``.
3. Otherwise legacy aliases (``application/json``, ``application/xml``) and wildcards pick the
   server's preferred type; with no Accept at all the server's default is used.
4. If the client lists types and none (not even a wildcard) is acceptable, there is no answer: 406.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Per query form: (format key, media type) in server preference order. The first is the default.
RESULT_CHOICES: tuple[tuple[str, str], ...] = (
    ("json", "application/sparql-results+json"),
    ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"),
    ("tsv", "text/tab-separated-values"),
)
BOOLEAN_CHOICES: tuple[tuple[str, str], ...] = RESULT_CHOICES  # JSON/XML are preferred; CSV/TSV if asked
GRAPH_CHOICES: tuple[tuple[str, str], ...] = (
    ("turtle", "text/turtle"),
    ("nt", "application/n-triples"),
    ("jsonld", "application/ld+json"),
    ("rdfxml", "application/rdf+xml"),
    ("nquads", "application/n-quads"),
    ("trig", "application/trig"),
)
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "select": RESULT_CHOICES, "ask": BOOLEAN_CHOICES, "graph": GRAPH_CHOICES,
}
MEDIA_TYPES: dict[str, str] = dict(RESULT_CHOICES + GRAPH_CHOICES)

# Unregistered or legacy media types clients send, mapped per query form to a format key.
ALIASES: dict[str, dict[str, str]] = {
    "select": {"application/json": "json", "text/javascript": "json", "application/javascript": "json",
               "application/xml": "xml", "text/xml": "xml"},
    "graph": {"application/x-turtle": "turtle", "application/turtle": "turtle", "text/n3": "turtle",
              "text/rdf+n3": "turtle", "application/rdf+n3": "turtle", "text/plain": "nt",
              "application/x-json+ld": "jsonld", "application/json": "jsonld",
              "application/xml": "rdfxml", "text/xml": "rdfxml"},
}
ALIASES["ask"] = ALIASES["select"]

# Values of the `format` parameter (also `output`, as Fuseki calls it), per query form.
FORMAT_NAMES: dict[str, dict[str, str]] = {
    "select": {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "nt", "ntriples": "nt",
              "n-triples": "nt", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
              "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml", "owl": "rdfxml",
              "nquads": "nquads", "nq": "nquads", "trig": "trig"},
}
FORMAT_NAMES["ask"] = FORMAT_NAMES["select"]


class NotAcceptable(Exception):
    """Nothing the client accepts can express this answer; the message lists what can."""


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float
    order: int

    @property
    def specificity(self) -> int:
        return 0 if self.type == "*" else 1 if self.subtype == "*" else 2

    def matches(self, media_type: str) -> bool:
        t, _, s = media_type.partition("/")
        return (self.type in ("*", t)) and (self.subtype in ("*", s))


@lru_cache(maxsize=1024)
def parse_accept(header: str) -> tuple[MediaRange, ...]:
    """Parse an Accept header; malformed entries are skipped, q is clamped to [0, 1]."""
    out: list[MediaRange] = []
    for order, part in enumerate(header.split(",")):
        fields = part.split(";")
        media = fields[0].strip().lower()
        if media == "*":
            media = "*/*"
        t, slash, s = media.partition("/")
        if not slash or not t or not s or (t == "*" and s != "*"):
            continue
        q = 1.0
        for param in fields[1:]:
            k, _, v = param.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(v.strip())))
                except ValueError:
                    q = 0.0
        out.append(MediaRange(t, s, q, order))
    return tuple(out)


def _quality(ranges: tuple[MediaRange, ...], media_type: str) -> tuple[float, int, int] | None:
    """q of the most specific range matching ``media_type``: (q, specificity, -order), or None."""
    best: MediaRange | None = None
    for r in ranges:
        if r.matches(media_type) and (best is None or r.specificity > best.specificity):
            best = r
    if best is None or best.q <= 0:
        return None
    return best.q, best.specificity, -best.order


@lru_cache(maxsize=4096)
def choose(kind: str, accept: str | None, formats: tuple[str, ...] = ()) -> tuple[str, str]:
    """The (format key, media type) answering a query of ``kind`` (select, ask or graph).

    ``formats`` are the values of the ``format``/``output`` parameters in request order.
    """
    choices = CHOICES[kind]
    ranges = parse_accept(accept) if accept else ()
    explicit: list[tuple[tuple[float, int, int], int, str, str]] = []
    for pref, (key, media) in enumerate(choices):
        quality = _quality(ranges, media)
        if quality is not None and quality[1] == 2:
            explicit.append((quality, -pref, key, media))
    if explicit:
        _, _, key, media = max(explicit)
        return key, media
    names = FORMAT_NAMES[kind]
    by_media = {m: k for k, m in choices}
    for value in formats:
        v = value.strip().lower()
        named = names.get(v) or by_media.get(v) or ALIASES[kind].get(v)
        if named is not None:
            return named, MEDIA_TYPES[named]
    if not ranges:  # no Accept, or nothing parseable in it: the server's default
        return choices[0]
    aliased: list[tuple[float, int, int, str]] = []
    for r in ranges:
        alias = ALIASES[kind].get(f"{r.type}/{r.subtype}")
        if alias is not None and r.q > 0:
            aliased.append((r.q, -r.order, 0, alias))
    best_wild: tuple[tuple[float, int, int], int, str] | None = None
    for pref, (key, media) in enumerate(choices):
        quality = _quality(ranges, media)
        if quality is not None and (best_wild is None or (quality, -pref) > (best_wild[0], best_wild[1])):
            best_wild = (quality, -pref, key)
    if aliased:
        q, _, _, key = max(aliased)
        if best_wild is None or q >= best_wild[0][0]:
            return key, MEDIA_TYPES[key]
    if best_wild is not None:
        key = best_wild[2]
        return key, MEDIA_TYPES[key]
    listed = ", ".join(m for _, m in choices)
    raise NotAcceptable(f"none of the media types in Accept: {accept} can express a {kind.upper()} result"
                        f" (this endpoint offers {listed}; or use the format parameter)")


def media_type_of(fmt: str) -> str:
    return MEDIA_TYPES[fmt]
