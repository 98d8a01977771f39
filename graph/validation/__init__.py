"""SHACL validation against `ontology/shapes.ttl`, for one document or the whole graph.

- `validate()` (`graph.validation.run`): the shapes over N-Triples text, returning a `Report`;
  every validation below goes through it.
- `validate_document()` (`graph.validation.document`): ingestion's per-document check.
- `validate_store()` and `validate_graph_fast()` (`graph.validation.whole`): the whole graph.
- `validate_graph()` and `validate_files()` (`graph.validation.reference`): pySHACL, the reference.

The engines are pyshacl-turbo (`graph.validation.turbo`, the one module that calls it) and, for the
SHACL-SPARQL shapes of a whole graph, pyoxigraph (`graph.validation.sparql`).
"""

from graph.validation.document import validate_document, validation_data, validation_text
from graph.validation.reference import validate_files, validate_graph
from graph.validation.report import Report, Result
from graph.validation.run import Engine, compiled_shapes, validate
from graph.validation.shapes import ontology_graph, shapes_graph
from graph.validation.whole import store_union, validate_graph_fast, validate_store

__all__ = ["Engine", "Report", "Result", "compiled_shapes", "ontology_graph", "shapes_graph", "store_union",
           "validate", "validate_document", "validate_files", "validate_graph", "validate_graph_fast",
           "validate_store", "validation_data", "validation_text"]
