"""Ingestion of press releases: pages -> extraction -> one validated named graph per document."""

from graph.ingest.pipeline import IngestSummary, Outcome, ingest_paths

__all__ = ["IngestSummary", "Outcome", "ingest_paths"]
