"""The project's seed press release: every speaker with post, organisation and role, and the event."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import extract, read_page

SEED = Path(__file__).resolve().parent / "data" / "seed.txt"

SPEAKERS = {
    "Madina Jarbussynova": (
        "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        ["speaker"],
        False,
    ),
    "Monique Villa": (
        "Chief Executive Officer of the Thomson Reuters Foundation",
        "Thomson Reuters Foundation",
        ["keynote"],
        True,
    ),
    "Vincenzo Amendola": (
        "Italian Undersecretary of State for Foreign Affairs and International Cooperation",
        "Ministry of Foreign Affairs and International Cooperation of Italy",
        ["speaker"],
        True,
    ),
    "Paul Bekkers": (
        "Director of the OSCE Office of the Secretary General",
        "Office of the Secretary General",
        ["opening remarks"],
        False,
    ),
    "Ingibjörg Sólrún Gísladóttir": (
        "Director of the OSCE Office for Democratic Institutions and Human Rights",
        "OSCE Office for Democratic Institutions and Human Rights",
        ["opening remarks"],
        False,
    ),
    "John Brandolino": (
        "Director of UNODC’s Division for Treaty Affairs",
        "UNODC",
        ["opening remarks"],
        False,
    ),
    "Afshan Khan": (
        "UNICEF’s Regional Director for Europe and Central Asia",
        "UNICEF",
        ["opening remarks"],
        False,
    ),
    "Vincent Cochetel": (
        "UNHCR’s Special Envoy for the Central Mediterranean Route",
        "UNHCR",
        ["opening remarks"],
        True,
    ),
    "Yannick Glemarec": ("Deputy Executive Director of UN Women", "UN Women", ["video address"], False),
}


@pytest.fixture(scope="module")
def record() -> dict:
    return extract(read_page(SEED))


def test_metadata(record: dict) -> None:
    assert record["kind"] == "press release"
    assert record["date"] == "2018-04-24"
    assert record["place"] == "Vienna"
    assert record["sources"] == ["OSCE Chairpersonship", "OSCE Secretariat"]
    assert record["fields_of_work"] == ["Combating trafficking in human beings"]


def test_nine_speakers_with_posts_organisations_roles(record: dict) -> None:
    people = {p["name"]: p for p in record["people"]}
    assert set(people) == set(SPEAKERS)
    for name, (post, org, roles, quoted) in SPEAKERS.items():
        p = people[name]
        assert p["post"] == post, name
        assert p["organisation"] == org, name
        assert p["roles"] == roles, name
        assert p["quoted"] is quoted, name


def test_quotes_and_provenance(record: dict) -> None:
    body = read_page(SEED).body
    people = {p["name"]: p for p in record["people"]}
    villa = people["Monique Villa"]
    assert villa["quotes"][0].startswith("The fight against slavery entails working together")
    assert len(villa["quotes"]) == 2
    cochetel = people["Vincent Cochetel"]
    assert any(q.startswith("Many official speeches") for q in cochetel["quotes"])
    for p in record["people"]:
        start, end = p["span"]
        assert body[start:end] == p["sentence"]
        assert p["name"].split()[-1] in p["sentence"]


def test_event(record: dict) -> None:
    ev = record["events"][0]
    assert ev["series"] == "Conference of the Alliance against Trafficking in Persons"
    assert ev["edition"] == 18
    assert (ev["start"], ev["end"]) == ("2018-04-23", "2018-04-24")
    assert ev["place"] == "Vienna"
    assert ev["participants"] == 351
    assert (ev["participating_states"], ev["partners"]) == (57, 11)
    body = read_page(SEED).body
    assert body[ev["span"][0] : ev["span"][1]] == ev["sentence"]


def test_organisations_and_places(record: dict) -> None:
    for org in (
        "UNODC",
        "UNICEF",
        "UNHCR",
        "UN Women",
        "Thomson Reuters Foundation",
        "OSCE Chairpersonship",
        "OSCE Secretariat",
        "Office of the Secretary General",
    ):
        assert org in record["organisations"]
    assert record["places"] == ["Vienna"]
