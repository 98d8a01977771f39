"""The shipped graph built once per session into a store directory the reliability tests copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.paths import ROOT


@pytest.fixture(scope="session")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("shipped") / "store"
    done = subprocess.run([sys.executable, "-m", "graph.cli", "build", "--store", "oxigraph", "--store-path",
                           str(store)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return store
