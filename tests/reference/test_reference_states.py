"""States and Partners: ISO codes come from pycountry, every lookup key resolves, groups and years hold."""

from __future__ import annotations

import pycountry
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.namespaces import KG, OSCE
from graph.reference.data_files import read_rows
from graph.reference.states import lookup_country


def notation(g: Graph, state: URIRef, datatype: URIRef) -> str:
    values = [str(o) for o in g.objects(state, SKOS.notation) if o.datatype == datatype]
    assert len(values) == 1, (state, datatype, values)
    return values[0]


def test_every_pycountry_key_resolves_and_gives_the_codes_in_the_graph(reference_graph: Graph) -> None:
    rows = read_rows("states.csv", ("label", "pycountry", "status"))
    assert len(rows) == 69  # 57 participating, 11 Partners, 1 former (Czechoslovakia)
    for _, row in rows:
        country = lookup_country(row["pycountry"], row["status"])
        state = KG["state/" + country.alpha_3.lower()]
        assert str(reference_graph.value(state, SKOS.prefLabel)) == row["label"]
        assert notation(reference_graph, state, OSCE.ISO3166Alpha3) == country.alpha_3
        if row["status"] != "former":  # a withdrawn alpha-2 may be reassigned (CS was Serbia and Montenegro)
            assert notation(reference_graph, state, OSCE.ISO3166Alpha2) == country.alpha_2


def test_the_data_file_holds_lookup_keys_not_codes() -> None:
    for _, row in read_rows("states.csv", ("label", "pycountry", "status")):
        assert pycountry.countries.get(alpha_2=row["pycountry"]) is None
        assert pycountry.countries.get(alpha_3=row["pycountry"]) is None


def test_57_distinct_participating_states_with_a_year_joined(reference_graph: Graph) -> None:
    states = set(reference_graph.subjects(RDF.type, OSCE.ParticipatingState))
    assert len(states) == 57
    codes = {notation(reference_graph, s, OSCE.ISO3166Alpha3) for s in states}
    assert len(codes) == 57
    for s in states:
        year = int(reference_graph.value(s, OSCE.participatingSince))
        assert 1973 <= year <= 2012, s
    helsinki = [s for s in states if int(reference_graph.value(s, OSCE.participatingSince)) == 1973]
    assert len(helsinki) == 32  # the 35 participants of 1975 less GDR, Czechoslovakia and Yugoslavia


@pytest.mark.parametrize(("iri", "alpha2", "year"), [("state/mne", "ME", 2006), ("state/mng", "MN", 2012),
                                                     ("state/fin", "FI", 1973), ("state/tur", "TR", 1973)])
def test_known_joiners(reference_graph: Graph, iri: str, alpha2: str, year: int) -> None:
    s = KG[iri]
    assert notation(reference_graph, s, OSCE.ISO3166Alpha2) == alpha2
    assert int(reference_graph.value(s, OSCE.participatingSince)) == year


def test_eleven_partners_five_asian_six_mediterranean(reference_graph: Graph) -> None:
    partners = set(reference_graph.subjects(RDF.type, OSCE.PartnerForCooperation))
    assert len(partners) == 11
    groups = {p: reference_graph.value(p, OSCE.partnerGroup) for p in partners}
    asian = {str(reference_graph.value(p, SKOS.prefLabel)) for p, g in groups.items()
             if g == KG["partner-group/asian"]}
    med = {str(reference_graph.value(p, SKOS.prefLabel)) for p, g in groups.items()
           if g == KG["partner-group/mediterranean"]}
    assert asian == {"Afghanistan", "Australia", "Japan", "Republic of Korea", "Thailand"}
    assert med == {"Algeria", "Egypt", "Israel", "Jordan", "Morocco", "Tunisia"}
    assert not partners & set(reference_graph.subjects(RDF.type, OSCE.ParticipatingState))


def test_common_names_are_alt_labels(reference_graph: Graph) -> None:
    def alts(iri: str) -> set[str]:
        return {str(o) for o in reference_graph.objects(KG[iri], SKOS.altLabel)}

    assert {"Turkey", "Republic of Türkiye"} <= alts("state/tur")
    assert {"Netherlands", "Kingdom of the Netherlands"} <= alts("state/nld")
    assert {"USA", "United States"} <= alts("state/usa")
    assert {"UK", "United Kingdom of Great Britain and Northern Ireland"} <= alts("state/gbr")
    assert "Russia" in alts("state/rus")
    assert "Republic of Moldova" in alts("state/mda")
    assert "the former Yugoslav Republic of Macedonia" in alts("state/mkd")
