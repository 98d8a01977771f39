"""The app granian serves (`server.wsgi.serving_app`)."""

from __future__ import annotations

import pytest

from server.execution import get_executor
from server.wsgi import serving_app


def test_the_served_app_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OSCE_KG_STORE", "memory")
    app = serving_app()
    try:
        assert app.test_client().get("/health").status_code == 200
    finally:
        get_executor(app).close()
