"""Split a page body into paragraphs and sentences, keeping character spans into the body.

Spans are what the graph records as provenance (``osce:charStart`` / ``osce:charEnd``), so every
sentence keeps its offsets rather than being re-found later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

ABBREVIATIONS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "no",
    "nos",
    "ul",
    "vs",
    "etc",
    "amb",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "jr",
    "sr",
    "e.g",
    "i.e",
    "approx",
    "art",
    "para",
    "u.s",
    "fig",
}


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@cache
def _boundary_re() -> re.Pattern[str]:
    return re.compile(r"[.!?][\"”’»)]*(?=\s+[\"“‘«(]?[^\W\d_]|\s+\d|\s*$)")


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of body with their [start, end) offsets; each line is its own paragraph.

    A new list each call, of the body's sentences split once: ingestion splits a page's body to extract
    it and again to map it, 16 pages later (its read-ahead), hence the cache of 64 bodies."""
    return list(_split(body))


@lru_cache(maxsize=64)
def _split(body: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for pi, raw in enumerate(body.splitlines(keepends=True)):
        line = raw.rstrip("\r\n")
        start = 0
        for m in _boundary_re().finditer(line):
            end = m.end()
            # the word before the stop (a window: a line of thousands of 'Mr.' stays linear)
            # (its last run of non-space characters, as `(\S+)$` finds it without trying every offset)
            window = line[max(start, m.start() - 60) : m.start()]
            word = window.split()[-1] if window and not window[-1].isspace() else ""
            token = word.lower().lstrip('("“')
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue
            if (
                end < len(line)
                and not line[end:].lstrip()[:1].isupper()
                and line[end:].lstrip()[:1] not in '"“('
            ):
                continue
            _add(out, line, start, end, pos, pi)
            start = end
        _add(out, line, start, len(line), pos, pi)
        pos += len(raw)
    return tuple(out)


def _add(out: list[Sentence], line: str, start: int, end: int, pos: int, para: int) -> None:
    seg = line[start:end]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        s = pos + start + lead
        out.append(Sentence(seg, s, s + len(seg), para))
