"""Links out to Wikidata (wikidata.csv): every identifier sourced and well-formed, each node linked once,
the States and the OSCE covered, office-holders linked only to items their own State's table names, rows
naming no known State, organisation or office-holder refused with file and line, and the VoID linkset
giving the number of links the store holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from graph.ids import fold
from graph.namespaces import KG, KGG, OSCE, SCHEMA
from graph.reference import build_reference
from graph.reference.data_files import ReferenceDataError, read_rows
from graph.reference.wikidata import WIKIDATA_ENTITY

HEADER = "kind,key,qid,source_label,source,checked"
# fixture identifiers, far above any used in wikidata.csv: the tests must see these, not the real ones
FIXTURE_QIDS = ("Q990000001", "Q990000002", "Q990000003")

VOID = "http://rdfs.org/ns/void#"


def rows() -> list[dict[str, str]]:
    return [r for _, r in read_rows("wikidata.csv", ("kind", "key", "qid", "source", "checked"))]


def links(g: Graph) -> dict[URIRef, set[URIRef]]:
    out: dict[URIRef, set[URIRef]] = {}
    for s, o in g.subject_objects(SCHEMA.sameAs):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and str(o).startswith(WIKIDATA_ENTITY):
            out.setdefault(s, set()).add(o)
    return out


def test_every_row_is_sourced_and_every_identifier_distinct() -> None:
    data = rows()
    assert len({r["qid"] for r in data}) == len(data)
    for r in data:
        assert r["source"].startswith("https://github.com/") and r["checked"] == "2026-12-07", r
        assert r["source_label"], r


def test_states_and_the_osce_are_linked_once(reference_graph: Graph) -> None:
    linked = links(reference_graph)
    assert all(len(v) == 1 for v in linked.values())
    states = set(reference_graph.subjects(RDF.type, OSCE.State))
    current = {s for s in states if (s, RDF.type, OSCE.ParticipatingState) in reference_graph
               or (s, RDF.type, OSCE.PartnerForCooperation) in reference_graph}
    assert len(current) == 68
    unlinked = {str(reference_graph.value(s, SKOS.prefLabel)) for s in current - set(linked)}
    # the Holy See is left out on purpose: the source's code VAT is Vatican City, a different item
    assert unlinked == {"Holy See"}
    assert linked[KG["org/osce"]] == {URIRef(WIKIDATA_ENTITY + "Q81299")}
    assert len(linked) == len(rows())


def test_a_state_row_names_the_country_the_code_belongs_to(reference_graph: Graph) -> None:
    """The name the source gives next to the identifier is one of the State's names (labels or the ISO
    name pycountry gives for the alpha-3 code), so a row cannot link one State to another's item."""
    import pycountry

    for r in (r for r in rows() if r["kind"] == "state"):
        state = KG[f"state/{r['key'].lower()}"]
        names = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in reference_graph.objects(state, p)}
        country = pycountry.countries.get(alpha_3=r["key"])
        assert country is not None
        names |= {getattr(country, a) for a in ("name", "official_name", "common_name")
                  if hasattr(country, a)}
        folded = {n.lower().removeprefix("the ") for n in names}
        label = r["source_label"].lower()
        assert any(label in n or n in label for n in folded), (r["key"], r["source_label"], sorted(names))


def write_links(copy: Path, *rows: str) -> None:
    """A fresh wikidata.csv holding only these rows (line 1 a comment, line 2 the header, rows from 3)."""
    body = "".join(f"{r},https://example.org/source,2026-12-07\n" for r in rows)
    text = "# fixture\n" + HEADER + "\n" + body
    (copy / "wikidata.csv").write_text(text, encoding="utf-8")


def test_person_rows_name_the_office_holder_in_a_table_of_their_state(reference_graph: Graph) -> None:
    """The name the source prints is the office-holder's (their surname, diacritics folded, is in it) and,
    for an EveryPolitician table, the table's country is the State office_terms.csv gives as the holder's
    nationality; the one holder without a nationality is named in the data file's header."""
    people = [r for r in rows() if r["kind"] == "person"]
    assert people
    without_nationality = set()
    for r in people:
        node = KG[f"person/{r['key']}"]
        assert (node, RDF.type, SCHEMA.Person) in reference_graph, r["key"]
        name = str(reference_graph.value(node, SCHEMA.name))
        assert fold(name.split()[-1]).lower() in fold(r["source_label"]).lower(), (name, r["source_label"])
        country = re.search(r"/everypolitician-data/blob/[0-9a-f]{40}/data/([^/]+)/", r["source"])
        assert country, r["source"]
        state = reference_graph.value(node, SCHEMA.nationality)
        if state is None:
            without_nationality.add(r["key"])
            continue
        labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in reference_graph.objects(state, p)}
        assert country.group(1).replace("_", " ") in labels, (r["key"], country.group(1), labels)
    assert without_nationality == {"eva-biaudet"}


def test_a_person_and_a_structure_get_their_links(data_copy: Path) -> None:
    write_links(data_copy, f"person,sebastian-kurz,{FIXTURE_QIDS[0]},Sebastian Kurz",
                f"org,odihr,{FIXTURE_QIDS[1]},Office for Democratic Institutions and Human Rights")
    linked = links(build_reference())
    assert linked == {KG["person/sebastian-kurz"]: {URIRef(WIKIDATA_ENTITY + FIXTURE_QIDS[0])},
                      KG["org/odihr"]: {URIRef(WIKIDATA_ENTITY + FIXTURE_QIDS[1])}}


@pytest.mark.parametrize(("row", "message"), [
    (f"person,jane-nobody,{FIXTURE_QIDS[2]},Jane Nobody", "no office-holder kg:person/jane-nobody"),
    (f"person,Sebastian Kurz,{FIXTURE_QIDS[2]},Sebastian Kurz", "a person's key is the slug"),
    (f"org,no-such-office,{FIXTURE_QIDS[2]},No Such Office", "unknown organisation 'no-such-office'"),
    (f"people,sebastian-kurz,{FIXTURE_QIDS[2]},Sebastian Kurz", "kind 'people' is not one of"),
])
def test_a_row_naming_nothing_known_is_refused_with_its_line(data_copy: Path, row: str, message: str) -> None:
    write_links(data_copy, f"person,sebastian-kurz,{FIXTURE_QIDS[0]},Sebastian Kurz", row)
    with pytest.raises(ReferenceDataError) as err:
        build_reference()
    assert f"wikidata.csv:4: {message}" in str(err.value)


def test_void_describes_the_linkset_with_its_size() -> None:
    from graph.build import ontology_data
    from graph.reference import build_reference
    from graph.store.oxigraph import OxigraphStore
    from server import create_app

    store = OxigraphStore(None)
    reference = build_reference()
    store.replace_graphs({str(KGG["ontology"]): ontology_data(), str(KGG["reference"]): reference})
    app = create_app({"store": "memory", "public_url": "https://kg.example.org"}, store=store)
    r = app.test_client().get("/.well-known/void")
    assert r.status_code == 200
    g = Graph().parse(data=r.get_data(), format="turtle")
    (linkset,) = g.subjects(RDF.type, URIRef(VOID + "Linkset"))
    assert g.value(linkset, URIRef(VOID + "linkPredicate")) == SCHEMA.sameAs
    size = g.value(linkset, URIRef(VOID + "triples"))
    assert isinstance(size, Literal) and int(size) == sum(len(v) for v in links(reference).values())
    # the size counts every row, office-holders included
    assert int(size) == len(rows()) > sum(r["kind"] == "state" for r in rows()) + 1
    target = g.value(linkset, URIRef(VOID + "objectsTarget"))
    assert str(g.value(target, URIRef(VOID + "uriSpace"))) == WIKIDATA_ENTITY

