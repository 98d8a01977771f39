"""Reference data: the OSCE's States, structures, field operations, meeting series, Chairpersonships and
office-holders, built from the fact tables in ``graph/reference/data/`` (shipped in the repo, never fetched).

``build_reference()`` gives a fresh graph (loaded into ``kgg:reference`` by graph/build.py);
``load_reference()`` the same content built once per process, for use as a gazetteer — treat it as
read-only. Nothing is read at import time.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from graph.reference.data_files import ReferenceDataError

__all__ = ["ReferenceDataError", "build_reference", "load_reference"]


def build_reference() -> Graph:
    """The reference graph; a malformed or inconsistent data file raises ReferenceDataError."""
    from graph.reference.chairpersonships import add_chairpersonships
    from graph.reference.context import Context
    from graph.reference.field_operations import add_field_operations
    from graph.reference.meeting_series import add_meeting_series
    from graph.reference.office_terms import add_office_terms
    from graph.reference.organisations import add_international, add_posts, add_structures
    from graph.reference.places import add_places
    from graph.reference.states import add_states
    from graph.reference.wikidata import add_wikidata_links

    ctx = Context()
    for step in (add_states, add_places, add_structures, add_posts, add_international, add_field_operations,
                 add_meeting_series, add_chairpersonships, add_office_terms, add_wikidata_links):
        step(ctx)
    return ctx.graph


@cache
def load_reference() -> Graph:
    """The reference graph built once per process (shared: do not modify it)."""
    return build_reference()
