"""Property: whatever the text, reading + extracting + mapping either works or raises PageError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import extract
from graph.extract.layouts import parse_page
from graph.extract.page import PageError
from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import map_document
from graph.ingest.reference import reference_index

WORDS = ["Press release", "News", "- Date:", "- Place:", "- Source:", "- Fields of work:", "-", "Vienna",
         "VIENNA, 24 April 2018 –", "23-24 April", "18th", "Ambassador", "OSCE Secretary General",
         "Anna", "Brodsky", "said", "“quoted text,”", "351 participants", "of", "the", "Conference",
         "Ministry of Foreign Affairs of Italy", "Mr.", "Dr.", "UNODC", "\n", "\n\n", ",", ".", "–",
         "2018-04"]


def _pipeline(text: str) -> None:
    try:
        page = parse_page(text, "<hypothesis>")
    except PageError:
        return
    record = extract(page)
    map_document(record, body=page.body, ref=reference_index(), people=PersonIndex(), title=page.title,
                  date=page.date, kind=page.kind)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    _pipeline(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60))
def test_page_like_text_never_crashes(parts: list[str]) -> None:
    """Fragments of real pages in random order reach the extractor and the mapper far more often."""
    _pipeline("Press release\nTitle " + " ".join(parts[:3]) + "\n\n" + " ".join(parts))
