"""The `extract` click command: JSON on stdout, exit status 2 with the reason on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph.extract.command import extract_command

SEED = Path(__file__).resolve().parent / "data" / "seed.txt"


def test_prints_record_as_json() -> None:
    result = CliRunner().invoke(extract_command, [str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["date"] == "2018-04-24"
    assert "Ingibjörg Sólrún Gísladóttir" in result.stdout  # ensure_ascii=False keeps the letters
    assert len(record["people"]) == 9


def test_page_error_exits_2_with_reason(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = CliRunner().invoke(extract_command, [str(bad)])
    assert result.exit_code == 2
    assert "empty.txt" in result.stderr
    assert "empty" in result.stderr
    assert result.stdout == ""
