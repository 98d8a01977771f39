"""Profile pages: the HTML of a person, event, series, organisation, field operation, State, place or
document, in place of the plain statement table (which each profile keeps, collapsed). RDF is unaffected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import render_template

from graph.store.base import Store
from server.entities import Description
from server.kinds import KIND_NAMES, kind_of
from server.profiles.documents import document_profile
from server.profiles.events import event_profile, series_profile
from server.profiles.organisations import organisation_profile, place_profile, state_profile
from server.profiles.people import person_profile
from server.profiles.view import GraphView

#: kind -> (what the page shows, its template)
PAGES: dict[str, tuple[Callable[[GraphView, str], dict[str, Any]], str]] = {
    "person": (person_profile, "profiles/person.html"),
    "event": (event_profile, "profiles/event.html"),
    "series": (series_profile, "profiles/series.html"),
    "organisation": (organisation_profile, "profiles/organisation.html"),
    "field-operation": (organisation_profile, "profiles/organisation.html"),
    "state": (state_profile, "profiles/state.html"),
    "document": (document_profile, "profiles/document.html"),
    "place": (place_profile, "profiles/place.html"),
}


def profile_kind(d: Description) -> str | None:
    kind = kind_of(str(t.value) for t in d.types)
    return kind if kind in PAGES else None


def render_profile(
    store: Store, d: Description, base_iri: str, script_root: str, statements: dict[str, Any]
) -> str | None:
    """The profile page of ``d``, or None when its kind has none (the statement table is shown)."""
    kind = profile_kind(d)
    if kind is None:
        return None
    build, template = PAGES[kind]
    view = GraphView(store, base_iri, script_root)
    return render_template(template, p=build(view, d.iri), kind_name=KIND_NAMES[kind], **statements)
