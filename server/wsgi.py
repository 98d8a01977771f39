"""The app `osce-kg serve` hands to granian: built in each server worker process from the environment."""

from __future__ import annotations

from flask import Flask

from server import create_app
from server.execution import get_executor


def serving_app() -> Flask:
    """``create_app`` plus query worker processes started now, not on the first query: a server worker
    that starts them lazily would stall its first queries (about half a second) while under load."""
    app = create_app()
    get_executor(app).warm_up()
    return app
