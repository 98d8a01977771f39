"""The soak (tests/reliability/soak.py) for a few seconds: queries at 4 clients while pages are
ingested; no 5xx but the time-limit 503, every ingested document queryable, memory not growing.
`make soak DURATION=600` runs the long version and prints its figures."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.soak import run


def test_a_short_soak_meets_every_target(tmp_path: Path) -> None:
    figures = run(tmp_path, duration=15.0, clients=4, ingest_every=2.0)
    report = figures.report()
    assert figures.requests > 50, report
    assert figures.errors == [], report
    assert figures.ingested >= 3, report
    assert figures.documents_after == figures.documents_before + figures.ingested, report
    assert figures.refreshes >= 1, report
    assert figures.role_growth <= 0.10, report
