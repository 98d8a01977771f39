"""docs/architecture.md names each step of a path by module and function: every such pair exists."""

from __future__ import annotations

import importlib
import re

from graph.paths import ROOT

DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
# "`server/sparql.py`, `dispatch`" or "`graph/store/cache.py`, `CachingStore.cached`"
STEP = re.compile(r"`((?:graph|server)/[\w/]+)(?:\.py)?`,\s+`([A-Za-z_][\w.]*)`")


def test_every_named_step_exists_in_the_code() -> None:
    steps = STEP.findall(DOC)
    assert len(steps) > 20
    missing = []
    for path, name in steps:
        module = importlib.import_module(path.replace("/", "."))
        target: object = module
        for part in name.split("."):
            if not hasattr(target, part):
                missing.append(f"{path}: {name}")
                break
            target = getattr(target, part)
    assert not missing, missing
