"""Arbitrary text never crashes the page parser or the extractor: only PageError is allowed."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import PageError, extract, parse_page

SEED = (Path(__file__).resolve().parent / "data" / "seed.txt").read_text(encoding="utf-8")
PIECES = [
    "Press release",
    "News",
    "Press statement",
    "- Date:",
    "- Place:",
    "- Source:",
    "- Fields of work:",
    "- ",
    "-",
    "VIENNA, 24 April 2018 – ",
    "“",
    "”",
    '"',
    "said",
    "Ambassador",
    "Dr.",
    "OSCE",
    "Minister",
    "Head of Mission",
    "Mr. ",
    "(",
    ")",
    ",",
    ".",
    "\n",
    " ",
    "two-day",
    "18th",
    "on Monday",
    "from 4 to 6 March",
    "Jean-Luc O'Neill",
    "Ms. Anna von Berg",
    "Chairman-in-Office",
    "Ministry of Foreign Affairs of ",
    "Republic of Moldova",
    "the Netherlands",
    "’s ",
    "Ä",
    "\u00a0",
    "\t",
    "\r\n",
]


def _run(text: str) -> None:
    try:
        page = parse_page(text, "fuzz.txt")
    except PageError:
        return
    record = extract(page)
    json.dumps(record, ensure_ascii=False)
    assert isinstance(record["people"], list)
    for p in record["people"]:
        start, end = p["span"]
        assert page.body[start:end] == p["sentence"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    _run(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60))
def test_page_like_text(parts: list[str]) -> None:
    _run("".join(parts))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=0, max_value=len(SEED)),
    st.integers(min_value=0, max_value=len(SEED)),
    st.text(max_size=30),
)
def test_mutated_seed(a: int, b: int, junk: str) -> None:
    a, b = sorted((a, b))
    _run(SEED[:a] + junk + SEED[b:])


def test_long_capitalised_runs_stay_linear() -> None:
    """Nested repetitions in the patterns are bounded: a 15,000-character run of capitalised words or of
    organisation words must not backtrack for seconds."""
    import time

    for body in ["Alpha Beta " * 1500, "Ministry Of The " * 1000, "Conference " * 1500, "A. " * 3000]:
        page = parse_page(f"News\nA title\n{body}\n", "long.txt")
        t0 = time.process_time()
        extract(page)
        assert time.process_time() - t0 < 2.0, body[:20]
