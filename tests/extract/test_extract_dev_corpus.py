"""Quality on the shared dev corpus, scored by the project's scorer (skipped when shared/ is absent)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

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
