"""The `extract` click command: JSON on stdout, exit status 2 with the reason on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph.extract.command import extract_command

SEED = Path(__file__).resolve().parent / "data" / "seed.txt"


def test_prints_record_as_json() -> None:
    result = CliRunner().invoke(extract_command, [str(SEED)])
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


def test_reads_a_plain_text_a_saved_html_and_a_listing_page_of_the_shipped_corpus() -> None:
    """By content, whatever the name: the listing's record is the union of its items."""
    from graph.paths import PAGES_DIR

    results = {}
    for name in ("061.txt", "085.html", "097.txt"):
        result = CliRunner().invoke(extract_command, [str(PAGES_DIR / "dev" / name)])
        assert result.exit_code == 0, result.output
        results[name] = json.loads(result.stdout)
    assert results["061.txt"]["title"].startswith("Observers: Kyrgyz parliamentary vote")
    assert results["061.txt"]["date"] == "2005-02-28" and results["061.txt"]["people"]
    assert results["085.html"]["date"] == "2001-10-18"
    assert "Mark Sarfati" in {p["name"] for p in results["085.html"]["people"]}  # the photo credit
    listing = results["097.txt"]
    assert listing["date"] is None and len(listing["items"]) == 5
    assert {i["date"] for i in listing["items"]} >= {"2004-02-26", "2004-02-16"}
    assert "Human rights" in listing["fields_of_work"]


def test_python_dash_m_graph_extract_prints_what_extract_file_returns() -> None:
    """`python -m graph.extract FILE`, the command the corpus's scorer runs, in a process of its own."""
    import subprocess
    import sys

    from graph.extract import extract_file

    out = subprocess.run([sys.executable, "-m", "graph.extract", str(SEED)], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert json.loads(out.stdout) == json.loads(json.dumps(extract_file(SEED)))
