"""Direct quotations: where they are, and whether a speech verb marks them as someone's words.

Press releases also put titles, mottos and project names in quotation marks; only a quotation with
a speech verb next to it ('… ,” said X', 'X said: “…”', '“…,” he added') counts as speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract.page import lines_of

SPEECH_VERBS = (
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "asks",
    "stated",
    "states",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "cautioned",
    "warned",
    "told",
    "explained",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "declared",
    "continued",
    "went on",
    "concluded",
    "remarked",
    "urged",
    "insisted",
    "commented",
    "observed",
    "pointed out",
    "highlighted",
    "recalled",
    "affirmed",
    "reiterated",
    "argued",
    "acknowledged",
    "wrote",
    "writes",
    "tweeted",
    "announced",
    "believes",
    "called",
    "appealed",
)


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark in the body
    end: int  # offset just past the closing mark
    text: str  # the words inside the marks
    paragraph: int
    speech: bool


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b")


def find_quotes(body: str, start_at: int = 0) -> list[Quote]:
    """Quoted passages of body (after start_at), each flagged as speech or not."""
    quotes: list[Quote] = []
    for pi, (pos, line) in enumerate(lines_of(body)):
        i = max(0, start_at - pos)
        while i < len(line):
            ch = line[i]
            if ch == "“" or (ch == '"' and (i == 0 or not line[i - 1].isalnum())):
                close = "”" if ch == "“" else '"'
                j = line.find(close, i + 1)
                if ch == "“" and j < 0:
                    j = line.find('"', i + 1)
                if j < 0:
                    j = len(line) - 1
                    end = len(line)
                else:
                    end = j + 1
                text = line[i + 1 : j if j > i else end].strip()
                if text:
                    quotes.append(Quote(pos + i, pos + end, text, pi, False))
                i = end
            elif ch == "«":
                j = line.find("»", i + 1)
                end = j + 1 if j > 0 else len(line)
                quotes.append(Quote(pos + i, pos + end, line[i + 1 : end - 1].strip(), pi, False))
                i = end
            else:
                i += 1
    return [Quote(q.start, q.end, q.text, q.paragraph, _is_speech(body, q, quotes)) for q in quotes]


def after_clause(body: str, q: Quote, quotes: list[Quote]) -> str:
    """Text after a quote up to the next quote, sentence end or line end (the attribution slot)."""
    nxt = min([o.start for o in quotes if o.start > q.start] + [len(body)])
    seg = body[q.end : nxt]
    seg = seg.split("\n", 1)[0]
    m = re.search(r"(?<=[^A-Z])[.!?](?=\s|$)", seg)
    return seg[: m.start()] if m else seg


def before_clause(body: str, q: Quote) -> str:
    """Text before a quote back to the sentence or line start."""
    line_start = body.rfind("\n", 0, q.start) + 1
    seg = body[line_start : q.start]
    m = list(re.finditer(r"[.!?”\"](?=\s)", seg))
    return seg[m[-1].end() :] if m else seg


def _is_speech(body: str, q: Quote, quotes: list[Quote]) -> bool:
    after = after_clause(body, q, quotes)
    if len(q.text.split()) < 4:
        return False
    if _verb_re().search(after[:140]):
        return True
    before = before_clause(body, q).rstrip()
    if before.endswith((":", ",")) and _verb_re().search(before[-80:]):
        return True
    if before.endswith(":") and len(q.text.split()) > 6:
        return True
    # a whole paragraph in quotes right after a paragraph that ends on a quotation continues it
    line_start = body.rfind("\n", 0, q.start) + 1
    if not body[line_start : q.start].strip() and q.text[-1:] in '.!?"”' and len(q.text.split()) > 8:
        return True
    return False
