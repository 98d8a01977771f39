"""Fast whole-word matching of many fixed phrases (gazetteer names) in a text.

Python's regex engine tries every alternative of a large alternation at every position; looking up
each word start in a dict keyed by the phrase's first word is an order of magnitude faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W_]\w*")
# phrases start with a capital or a digit ('Vienna', 'UN Women', '5+2'); lower-case ones are few and found
# with str.find, so the scan only stops at capitalised words
_CAP_WORD = re.compile(r"(?<![^\W_])[A-Z0-9\u00C0-\u00DE\u0100-\u024F]\w*")


class PhraseMatcher:
    """Leftmost-longest, non-overlapping matches of phrases, on word boundaries."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        self._lower: list[str] = []
        for p in set(phrases):
            if not p:
                continue
            if not _CAP_WORD.match(p):
                self._lower.append(p)
                continue
            first = _first_word(p)
            self._by_first.setdefault(first, []).append(p)
        for lst in self._by_first.values():
            lst.sort(key=len, reverse=True)

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        hits = list(self._capitalised(text))
        for p in self._lower:
            i = text.find(p)
            while i >= 0:
                if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "/-")) and _boundary(
                    text, i + len(p)
                ):
                    hits.append((i, i + len(p), p))
                i = text.find(p, i + 1)
        if self._lower:
            hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
            kept: list[tuple[int, int, str]] = []
            for h in hits:
                if not kept or h[0] >= kept[-1][1]:
                    kept.append(h)
            hits = kept
        yield from hits

    def _capitalised(self, text: str) -> Iterator[tuple[int, int, str]]:
        # only the words some phrase starts with, in text order: the text's words and the phrases' first
        # words are intersected as sets rather than each word start looked up
        at = _word_starts(text)
        pos = 0
        found = sorted((i, w) for w in at.keys() & self._by_first.keys() for i in at[w])
        for start, word in found:
            if start < pos:
                continue
            cands = self._by_first[word]
            for p in cands:
                end = start + len(p)
                if text.startswith(p, start) and _boundary(text, end):
                    yield start, end, p
                    pos = end
                    break


@lru_cache(maxsize=64)
def _word_starts(text: str) -> dict[str, list[int]]:
    """The capitalised words of text that start a word, each with where it does, scanned once for all
    the matchers (a text goes through half a dozen of them: organisations, States, adjectives, cities,
    regions, media)."""
    out: dict[str, list[int]] = {}
    for m in _CAP_WORD.finditer(text):
        i = m.start()
        if not i or text[i - 1] not in "/-":  # a letter or digit before is ruled out by the pattern
            out.setdefault(m.group(), []).append(i)
    return out


def _boundary(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if ch.isalnum() or ch in "/_":
        return False
    if ch == "-" and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return True


@cache
def _first_word_re() -> re.Pattern[str]:
    return re.compile(r"[^\W_][\w]*")


def _first_word(s: str) -> str:
    m = _first_word_re().match(s)
    return m.group(0) if m else s
