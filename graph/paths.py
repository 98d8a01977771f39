"""Where the repository's data lives, anchored on this file rather than the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "osce.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
SCHEMES_DIR = ONTOLOGY_DIR / "schemes"
QUERIES_DIR = ROOT / "queries"
PAGES_DIR = ROOT / "graph" / "pages"
