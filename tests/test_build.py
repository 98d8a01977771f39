"""The build fingerprint: what decides whether `make serve` rebuilds."""

from graph.build import source_files
from graph.paths import ROOT


def test_bytecode_caches_are_not_sources():
    # Regression: .pyc files under graph/reference were hashed, and they appear only once the
    # reference modules have been imported, so the second `make serve` after a fresh clone rebuilt.
    cache = ROOT / "graph" / "reference" / "__pycache__"
    existed = cache.exists()
    probe = cache / "test_build_probe.cpython-311.pyc"
    cache.mkdir(exist_ok=True)
    probe.write_bytes(b"\x00")
    try:
        files = source_files()
    finally:
        probe.unlink()
        if not existed:
            cache.rmdir()
    assert not [f for f in files if "__pycache__" in f.parts]
    assert len(files) == len(set(files))


def test_sources_cover_ontology_reference_tables_and_pages():
    names = {f.relative_to(ROOT).as_posix() for f in source_files()}
    assert {"ontology/osce.ttl", "graph/reference/data/states.csv",
            "graph/pages/osce-press-release-2018-04-24.txt", "graph/extract/people.py"} <= names
