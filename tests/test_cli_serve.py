"""`osce-kg serve` takes every setting the server reads as a flag (the settings table generates them)."""

from __future__ import annotations

from click.testing import CliRunner

from graph.cli import cli
from graph.settings import SETTINGS


def test_every_server_setting_is_a_serve_flag() -> None:
    """Regression: replica_max_quads could be set by its environment variable only."""
    result = CliRunner().invoke(cli, ["serve", "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    missing = [s.flag for s in SETTINGS if s.flag not in result.output]  # POST /ingest reads quarantine_dir
    assert missing == []
