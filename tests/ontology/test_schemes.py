"""The SKOS schemes: labels exactly as the menus and extractor use them, IRIs minted from those labels."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from graph.ids import slugify
from graph.namespaces import KG
from graph.paths import PAGES_DIR, SCHEMES_DIR

SEED = PAGES_DIR / "osce-press-release-2018-04-24.txt"
SCHEMES = {"roles.ttl": "role", "fields-of-work.ttl": "field", "count-kinds.ttl": "count-kind",
           "org-kinds.ttl": "org-kind", "field-op-kinds.ttl": "field-op-kind"}


def load(name: str) -> Graph:
    return Graph().parse(SCHEMES_DIR / name, format="turtle")


def labels(g: Graph) -> set[str]:
    return {str(g.value(c, SKOS.prefLabel)) for c in g.subjects(RDF.type, SKOS.Concept)}


def seed_fields_of_work() -> list[str]:
    """The 'Fields of work' menu of the seed page: the '- ' lines up to the 'Field operations' entry."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = lines.index("Fields of work") + 1
    out = []
    for line in lines[start:]:
        if not line.startswith("- ") or line == "- Field operations":
            break
        out.append(line[2:])
    return out


def test_schemes_dir_holds_exactly_the_known_schemes() -> None:
    assert sorted(p.name for p in SCHEMES_DIR.glob("*.ttl")) == sorted(SCHEMES)


@pytest.mark.parametrize(("name", "scheme"), sorted(SCHEMES.items()))
def test_every_concept_is_minted_from_its_label_and_documented(name: str, scheme: str) -> None:
    g = load(name)
    scheme_iri = KG["scheme/" + scheme]
    assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in g
    concepts = list(g.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for c in concepts:
        pref = list(g.objects(c, SKOS.prefLabel))
        assert len(pref) == 1 and isinstance(pref[0], Literal) and pref[0].language == "en", c
        assert c == KG[f"{scheme}/{slugify(str(pref[0]))}"], f"{c} is not minted from {pref[0]!r}"
        assert str(g.value(c, SKOS.notation)) == slugify(str(pref[0]))
        definition = g.value(c, SKOS.definition)
        assert isinstance(definition, Literal) and definition.language == "en" and len(definition) > 10
        assert list(g.objects(c, SKOS.inScheme)) == [scheme_iri]
        top = (c, SKOS.topConceptOf, scheme_iri) in g
        broader = list(g.objects(c, SKOS.broader))
        assert top != bool(broader), f"{c}: a concept is either a top concept or has a broader one"
        assert all((b, SKOS.inScheme, scheme_iri) in g for b in broader)


def test_fields_of_work_are_the_seed_menu() -> None:
    menu = seed_fields_of_work()
    assert len(menu) == 23 and menu[0] == "Arms control" and menu[-1] == "Youth"
    assert labels(load("fields-of-work.ttl")) == set(menu)


def test_role_labels_are_exactly_the_extractor_vocabulary() -> None:
    assert labels(load("roles.ttl")) == {
        "speaker", "keynote", "opening remarks", "closing remarks", "video address", "host", "organizer",
        "moderator", "participant", "meeting partner", "visitor", "trainer", "elected", "represented",
        "mentioned", "press contact", "photographer"}


def test_kinds_named_by_the_contract_exist() -> None:
    g = Graph()
    for name in SCHEMES:
        g += load(name)
    for slug in ("count-kind/participants", "count-kind/participating-states", "count-kind/partners",
                 "org-kind/decision-making-body", "org-kind/executive-structure", "org-kind/institution",
                 "org-kind/secretariat-unit", "org-kind/field-operation", "org-kind/parliamentary-body",
                 "org-kind/court", "org-kind/international-organisation", "org-kind/national-body",
                 "org-kind/ngo", "org-kind/media", "field-op-kind/mission", "field-op-kind/centre",
                 "field-op-kind/programme-office", "field-op-kind/presence",
                 "field-op-kind/project-co-ordinator", "field-op-kind/office", "role/keynote",
                 "field/human-rights"):
        assert (URIRef(KG[slug]), RDF.type, SKOS.Concept) in g, slug
