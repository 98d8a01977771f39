"""One person, one node: diacritics, transliterations, honorifics and surnames, without merging strangers."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import SKOS

from graph.ids import person
from graph.ingest import ingest_paths
from graph.ingest.identity import PersonIndex, name_key
from graph.namespaces import OSCE, SCHEMA


def index_of(*names: str) -> PersonIndex:
    index = PersonIndex()
    for n in names:
        index.add(person(n), n, [n])
    return index


def test_name_keys_fold_what_varies_and_keep_what_differs() -> None:
    assert name_key("Mevlüt Çavuşoğlu") == name_key("Mevlut Cavusoglu")
    assert name_key("Ambassador Dr. Kilian Wahl") == name_key("Kilian Wahl")
    assert name_key("Feridun H. Sinirlioğlu") == name_key("Feridun Sinirlioğlu")
    assert name_key("Madina Zharbussynova") == name_key("Madina Jarbussynova")
    assert name_key("Roberto Batelli") == name_key("Roberto Battelli")
    key = name_key("Marc Perrin de Brichambaut")
    assert key is not None and key.surname[-1] == "brichambaut" and "de" in key.surname
    assert name_key("Anna Bekkers") != name_key("Paul Bekkers")
    assert name_key("   ") is None


def test_variants_resolve_to_the_known_person() -> None:
    index = index_of("Mevlüt Çavuşoğlu", "Kilian Wahl", "Madina Jarbussynova", "Feridun Sinirlioğlu",
                     "Dunja Mijatović")
    for stated, known in [("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"), ("Ambassador Kilian Wahl", "Kilian Wahl"),
                          ("Madina Zharbussynova", "Madina Jarbussynova"),
                          ("Feridun H. Sinirlioğlu", "Feridun Sinirlioğlu"), ("Mijatović", "Dunja Mijatović"),
                          ("Mijatovic", "Dunja Mijatović"), ("D. Mijatović", "Dunja Mijatović")]:
        res = index.resolve(stated)
        assert (res.iri, res.name, res.new) == (person(known), known, False), stated


def test_people_sharing_a_surname_stay_apart() -> None:
    index = index_of("Paul Bekkers", "Anna Bekkers")
    assert index.resolve("Anna Bekkers").iri == person("Anna Bekkers")
    assert index.resolve("Paul Bekkers").iri == person("Paul Bekkers")
    stranger = index.resolve("Petra Bekkers")  # first names must agree
    assert stranger.new and stranger.iri == person("Petra Bekkers")
    ambiguous = index.resolve("Bekkers")  # two known Bekkers: never guess
    assert ambiguous.iri not in {person("Paul Bekkers"), person("Anna Bekkers")}
    one = index_of("Paul Bekkers")
    assert one.resolve("Bekkers").iri == person("Paul Bekkers")  # exactly one known: resolves


def test_two_mentions_in_one_document_never_share_a_node() -> None:
    index = index_of("Paul Bekkers")
    first = index.resolve("Paul Bekkers")
    second = index.resolve("P. Bekkers", exclude={first.iri})
    assert second.iri != first.iri


def _extraction(title: str, people: list[dict[str, object]]) -> dict[str, object]:
    return {"title": title, "date": None, "events": [], "people": people}


def test_across_documents_in_a_store(tmp_path: Path, store, write_page, curated) -> None:  # type: ignore[no-untyped-def]
    """Resolution reads candidates from the store, so a later batch finds the people of an earlier one."""
    a = write_page("a.txt", "Media freedom conference opens", "20 September 2012",
                   "BELGRADE, 20 September 2012 – Dunja Mijatović and Paul Bekkers spoke.")
    b = write_page("b.txt", "Media freedom conference closes", "21 September 2012",
                   "BELGRADE, 21 September 2012 – Mijatovic closed it. Anna Bekkers spoke.")
    extract = curated({
        "a": _extraction("Media freedom conference opens", [
            {"name": "Dunja Mijatović", "post": "OSCE Representative on Freedom of the Media",
             "roles": ["speaker"]},
            {"name": "Paul Bekkers", "post": "Director", "roles": ["speaker"]}]),
        "b": _extraction("Media freedom conference closes", [
            {"name": "Mijatovic", "post": "Representative on Freedom of the Media",
             "roles": ["closing remarks"]},
            {"name": "Anna Bekkers", "post": "Adviser", "roles": ["speaker"]}]),
    })
    q = tmp_path / "q"
    ingest_paths(store, [a], quarantine_dir=q, extract=extract, show_progress=False)
    summary = ingest_paths(store, [b], quarantine_dir=q, extract=extract, show_progress=False)
    assert summary.ingested == 1, summary.outcomes
    rows = store.select("""SELECT DISTINCT ?p ?name WHERE { ?p a <https://schema.org/Person> ;
                                                   <https://schema.org/name> ?name }""")
    names = sorted(str(r["name"]) for r in rows)
    assert names == ["Anna Bekkers", "Dunja Mijatović", "Paul Bekkers"]
    dunja = person("Dunja Mijatović")
    titles = store.select(f"""SELECT ?title ?stated WHERE {{ ?a <{OSCE.person}> <{dunja}> ;
        <{OSCE.statedTitle}> ?title ; <{OSCE.statedName}> ?stated }} ORDER BY ?title""")
    # each document keeps the post *as it stated it*: the later one did not overwrite the earlier
    assert [(str(r["stated"]), str(r["title"])) for r in titles] == [
        ("Dunja Mijatović", "OSCE Representative on Freedom of the Media"),
        ("Mijatovic", "Representative on Freedom of the Media")]
    assert store.query(f"ASK {{ <{dunja}> <{SKOS.altLabel}> {Literal('Mijatovic').n3()} }}").boolean
    assert store.query(f"ASK {{ <{dunja}> <{SCHEMA.name}> {Literal('Dunja Mijatović').n3()} }}").boolean
    assert len(PersonIndex.from_store(store).names) == 3
