"""The app granian serves (`server.wsgi.serving_app`)."""

from __future__ import annotations

import gc

import pytest

from server.wsgi import serving_app


def test_start_up_objects_are_frozen_out_of_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full collection over them takes tens of ms: a latency spike on whichever request triggers it."""
    monkeypatch.setenv("OSCE_KG_STORE", "memory")
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        app = serving_app()
        assert gc.get_freeze_count() > 1000
        assert app.test_client().get("/health").status_code == 200
    finally:
        gc.unfreeze()
