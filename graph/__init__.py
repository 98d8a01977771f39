"""Build side of the OSCE knowledge graph: reference data, ingestion, validation and stores."""

__version__ = "0.1.0"
