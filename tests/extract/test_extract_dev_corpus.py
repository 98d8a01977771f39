"""Quality on the shared dev corpus, scored by the project's scorer (skipped when shared/ is absent)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.extract import extract, read_page

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
SCORER = SHARED / "tools" / "score_extraction.py"
DEV = SHARED / "corpus" / "dev"

needs_shared = pytest.mark.skipif(
    not (SCORER.is_file() and (DEV / "docs").is_dir()),
    reason=f"shared corpus and scorer not found at {SHARED}",
)


@needs_shared
@pytest.mark.slow
def test_scorer_on_dev_corpus() -> None:
    cmd = f"{sys.executable} -m graph.extract {{doc}}"
    out = subprocess.run(
        [sys.executable, str(SCORER), "--docs", str(DEV / "docs"), "--gold", str(DEV / "gold"), "--cmd", cmd],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
        check=True,
    )
    overall = float(re.search(r"overall F1 ([\d.]+)", out.stdout).group(1))
    people = float(re.search(r"^people\s+[\d.]+\s+[\d.]+\s+([\d.]+)", out.stdout, re.M).group(1))
    assert "FAILED" not in out.stdout
    assert overall >= 0.90, out.stdout[-1500:]
    assert people >= 0.95, out.stdout[-1500:]


@needs_shared
def test_extraction_is_fast() -> None:
    pages = [read_page(p) for p in sorted((DEV / "docs").glob("*.txt"))]
    extract(pages[0])  # warm the lazily compiled patterns
    t0 = time.perf_counter()
    for _ in range(3):
        for page in pages:
            extract(page)
    per_doc = (time.perf_counter() - t0) / (3 * len(pages))
    assert per_doc < 0.008, f"{per_doc * 1000:.2f} ms per document"
