"""Fixtures for the ingest tests: the seed page, its curated extraction, pages written on the fly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.paths import PAGES_DIR

DATA = Path(__file__).resolve().parent / "data"
SEED_PAGE = PAGES_DIR / "osce-press-release-2018-04-24.txt"

MENU = "-\nOur work\n-\nFields of work\n- Elections\n-\n"


@pytest.fixture(scope="session")
def seed_extraction() -> dict[str, Any]:
    """The gold extraction of the seed (a copy of shared/corpus/dev/gold/000.json)."""
    return json.loads((DATA / "seed-extraction.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_page():  # type: ignore[no-untyped-def]
    from graph.extract.layouts import read_page

    return read_page(SEED_PAGE)


@pytest.fixture(scope="session")
def ref():  # type: ignore[no-untyped-def]
    from graph.ingest.reference import reference_index

    return reference_index()


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    from graph.store import open_store

    return open_store({"store": "memory"})


def page_text(title: str, date: str, body: str, place: str = "Vienna") -> str:
    """A page in the seed's layout; ``date`` as written on the page (e.g. "3 May 2019")."""
    return (f"{MENU}Press release\n{title}\n- Date:\n- {date}\n- Place:\n- {place}\n- Source:\n"
            f"- OSCE Secretariat\n- Fields of work:\n- Elections\n\n{body}\n")


@pytest.fixture
def write_page(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, title: str, date: str, body: str, folder: str = "pages") -> Path:
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(title, date, body), encoding="utf-8")
        return path

    return write


@pytest.fixture
def curated() -> Callable[[dict[str, dict[str, Any]]], Callable[[Any], dict[str, Any]]]:
    """Make an extractor that returns the curated extraction named by the page file's stem."""

    def make(extractions: dict[str, dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
        def extract(page: Any) -> dict[str, Any]:
            return json.loads(json.dumps(extractions[Path(page.source).stem]))

        return extract

    return make
