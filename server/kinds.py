"""What kind of thing an entity is, for search results and for choosing a profile page.

The data states the specific classes (a generated event is only ``osce:Meeting``, a State only
``osce:ParticipatingState``), so each kind lists every class that implies it; when an entity has
several, the first kind in ``KINDS`` wins (a field operation is also an organisational unit)."""

from __future__ import annotations

from collections.abc import Iterable

from graph.namespaces import OSCE, SCHEMA

_ORG = "http://www.w3.org/ns/org#"

#: kind -> classes that make an entity of that kind, in order of precedence
KINDS: dict[str, tuple[str, ...]] = {
    "state": (str(OSCE.State), str(OSCE.ParticipatingState), str(OSCE.PartnerForCooperation)),
    "field-operation": (str(OSCE.FieldOperation),),
    "event": (str(SCHEMA.Event), str(OSCE.Conference), str(OSCE.Meeting)),
    "series": (str(SCHEMA.EventSeries), str(OSCE.MeetingSeries)),
    "person": (str(SCHEMA.Person),),
    "document": (str(OSCE.Document), str(OSCE.PressRelease), str(OSCE.NewsItem), str(OSCE.PressStatement)),
    "organisation": (
        _ORG + "FormalOrganization",
        _ORG + "OrganizationalUnit",
        _ORG + "Organization",
        str(OSCE.Structure),
        str(OSCE.DecisionMakingBody),
        str(OSCE.ExecutiveStructure),
        str(OSCE.Institution),
        str(OSCE.SecretariatUnit),
        str(OSCE.NationalBody),
        str(OSCE.InternationalOrganization),
    ),
    "place": (str(SCHEMA.Place),),
}
_RANK = {cls: (i, kind) for i, (kind, classes) in enumerate(KINDS.items()) for cls in classes}
#: every class that gives an entity a kind
ALL_CLASSES: tuple[str, ...] = tuple(_RANK)

#: how a kind is named to a reader
KIND_NAMES = {
    "state": "State",
    "field-operation": "field operation",
    "event": "event",
    "series": "event series",
    "person": "person",
    "document": "document",
    "organisation": "organisation",
    "place": "place",
}


def kind_of(classes: Iterable[str]) -> str | None:
    """The kind of an entity with these ``rdf:type`` IRIs, or None when none of them has one."""
    ranks = [_RANK[c] for c in classes if c in _RANK]
    return min(ranks)[1] if ranks else None
