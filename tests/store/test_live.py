"""graph/store/live.py: a refresh that fails keeps the old snapshot, says why, and is tried again."""

from __future__ import annotations

from pathlib import Path

from graph.store.base import Store, StoreError
from graph.store.live import LiveStore
from graph.store.marker import bump
from graph.store.oxigraph import OxigraphStore


def test_a_failed_refresh_keeps_the_old_snapshot_and_the_next_try_clears_the_error(tmp_path: Path) -> None:
    """Regression: a refresh tried while a killed writer was mid-write failed once; the server must
    recover by itself at its next look, not report the error until the next write."""
    opened: list[Store] = []
    failures = [StoreError("Corruption: the MANIFEST may be corrupted")]

    def open_snapshot() -> Store:
        if opened and failures:
            raise failures.pop()
        opened.append(OxigraphStore())
        return opened[-1]

    live = LiveStore(tmp_path, open_snapshot)
    first = live.current
    bump(tmp_path)
    assert live.refresh() is False
    assert live.current is first and "Corruption" in (live.info().error or "")
    assert live.refresh() is True  # the marker has not moved since: the failed attempt is tried again
    assert live.current is not first and live.info().error is None
