"""Round 5 of the other-outlet rules (written on tests/extract/outlets_dev), each on invented text in the
wording of portals, agencies and Assembly releases (no corpus wording)."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.layouts import parse_page


def record(text: str) -> dict[str, Any]:
    return extract(parse_page(text, "t.txt"))


def people(body: str) -> dict[str, dict[str, Any]]:
    found = record(f"A test release\n\nGENEVA, 3 May 2019 – {body}\n")
    return {p["name"]: p for p in found["people"]}


def test_a_breadcrumb_is_chrome_and_a_date_line_under_the_issuer_dates_the_page() -> None:
    r = record(
        "Mission of Freedonia to the OSCE\nHome | Newsroom | Statements | Security Forum\n\n"
        "Statement on the Work of the Security Forum\n\nMission of Freedonia to the OSCE\nMarch 4, 2015\n\n"
        "Mr. Chairperson, the delegation of Freedonia welcomes the new programme of work of the Forum and "
        "looks forward to the discussions ahead.\n"
    )
    assert r["title"] == "Statement on the Work of the Security Forum"
    assert r["date"] == "2015-03-04"


def test_a_published_line_under_a_summary_dates_the_page() -> None:
    r = record(
        "Portal\nHome > World > Diplomacy\n\nSpeech\nReport of the Representative: joint statement\n\n"
        "Speaking at the Council, the Ambassador welcomes the report of the Representative and supports "
        "the Office.\n\nFrom: Ministry of Foreign Affairs\nPublished 9 October 2021\n\n"
        "Thank you, Madam Chair. We welcome the report and thank the Representative for it.\n"
    )
    assert r["date"] == "2021-10-09"


def test_a_phone_number_after_a_contact_is_no_organisation() -> None:
    found = people("The Assembly met today.\n\nFor more information, contact Press Officer Lena Vogt, "
                   "+43 1 234 56 78")
    assert found["Lena Vogt"]["organisation"] != "+43 1 234 56 78"


def test_an_assembly_release_naming_another_assembly_in_passing_keeps_its_members() -> None:
    found = people(
        "The OSCE Parliamentary Assembly will observe the vote. OSCE PA President Ivo Petrov (Bulgaria) "
        "appointed Omar Haddad (MP, Norway) to lead the OSCE PA observers, and the Assembly's staff will "
        "brief them with colleagues from PACE. The meeting brought together several OSCE PA members, among "
        "them Anna Berger (Austria) and Luis Ortega (Spain)."
    )
    for name in ("Omar Haddad", "Anna Berger", "Luis Ortega"):
        assert found[name]["organisation"] == "OSCE Parliamentary Assembly", name


def test_names_signed_over_the_date_are_correspondents_of_the_agency() -> None:
    r = record(
        "AGENCY NEWS\n\nObservers praise the vote\n\nAnna Berger and Luis Ortega | 12.05.2021\n\n"
        "VIENNA (ANA) - Observers of the OSCE said the vote was calm, according to the head of the team, "
        "who spoke to the agency on Tuesday.\n"
    )
    found = {p["name"]: p for p in r["people"]}
    for name in ("Anna Berger", "Luis Ortega"):
        assert found[name]["post"] == "correspondent", name
        assert found[name]["organisation"] == "ANA", name


def test_a_byline_signed_for_an_outlet_names_it() -> None:
    r = record(
        "Mediators plan no visit\n\nVienna, Austria, May 3\n\nBy Anna Berger – Novitas:\n\n"
        "The mediators of the OSCE will not travel to the region soon, Novitas learned from the OSCE.\n"
    )
    berger = next(p for p in r["people"] if p["name"] == "Anna Berger")
    assert (berger["post"], berger["organisation"]) == ("correspondent", "Novitas")


def test_a_participle_opening_a_sentence_is_no_first_name() -> None:
    found = people('Minister Luis Ortega spoke first. Addressing Ortega, Ambassador Anna Berger said: '
                   '"We agree."')
    assert "Addressing Ortega" not in found
    assert {"Luis Ortega", "Anna Berger"} <= set(found)


def test_an_appositive_at_a_later_mention_gives_the_post() -> None:
    found = people('Ambassador Anna Berger met the press. "We are ready," said Berger, the head of the OSCE '
                   "Election Observation Mission.")
    assert found["Anna Berger"]["post"] == "head of the OSCE Election Observation Mission"
    assert found["Anna Berger"]["organisation"] == "OSCE Office for Democratic Institutions and Human Rights"


def test_a_states_person_as_agencies_write_them() -> None:
    found = people("He said that Greece's Anna Berger had met the mediators.")
    assert "Anna Berger" in found


def test_appointments_said_after_the_name_give_each_their_own_post() -> None:
    found = people(
        "Under the package, Omar Haddad, who sat beside him, had been appointed OSCE Secretary General. "
        "Anna Berger becomes director of the Office for Democratic Institutions and Human Rights, "
        "Luis Ortega of Spain takes over as High Commissioner on National Minorities and Ivo Petrov is the "
        "new Representative on Freedom of the Media."
    )
    assert found["Omar Haddad"]["post"] == "OSCE Secretary General"
    assert "elected" in found["Omar Haddad"]["roles"]
    odihr = "director of the Office for Democratic Institutions and Human Rights"
    assert found["Anna Berger"]["post"] == odihr
    assert found["Luis Ortega"]["post"] == "High Commissioner on National Minorities"
    assert found["Ivo Petrov"]["post"] == "Representative on Freedom of the Media"


def test_a_lower_case_title_next_to_the_name_does_not_run_on_over_and() -> None:
    found = people("The Council named Luis Ortega as High Commissioner on National Minorities and Norwegian "
                   "diplomat Anna Berger as Representative on Freedom of the Media.")
    assert "High Commissioner" not in (found["Anna Berger"]["post"] or "")


def test_a_plural_lower_case_title_before_a_list_after_a_typed_dash_gives_each_their_post() -> None:
    found = people(
        "The co-chairs of the OSCE Minsk Group will not come. The co-chairs - Anna Berger of France, Luis "
        "Ortega of the Russian Federation and Ivo Petrov of the United States of America - held a short "
        "visit to Yerevan on Monday."
    )
    for name, state in (("Anna Berger", "France"), ("Luis Ortega", "Russian Federation"),
                        ("Ivo Petrov", "United States of America")):
        assert found[name]["post"] == "co-chair", name
        assert found[name]["organisation"] == "OSCE Minsk Group", name
        assert found[name]["country"] == state, name
        assert found[name]["roles"] == ["visitor"], name


def test_a_bare_title_belongs_to_the_body_it_was_written_with_a_few_sentences_before() -> None:
    found = people(
        "The co-chairs of the OSCE Minsk Group will not come to the region soon.\n\n"
        '"There are no plans for a visit," the organisation said.\n\n'
        "The co-chairs - Anna Berger of France and Luis Ortega of Spain - held a visit to Yerevan together "
        "with Ivo Petrov, the Personal Representative of the OSCE Chairperson-in-Office."
    )
    for name in ("Anna Berger", "Luis Ortega"):
        assert found[name]["organisation"] == "OSCE Minsk Group", name
    assert found["Ivo Petrov"]["organisation"] == "OSCE Chairpersonship"


def test_officials_received_in_a_capital_serve_its_state_not_the_datelines() -> None:
    r = record(
        "Mediators end visit\n\nBAKU, 14 June 2018 – The mediators of the OSCE ended their visit to the "
        "region. In Yerevan they were received by President Anna Berger and Foreign Minister Luis Ortega.\n"
    )
    found = {p["name"]: p for p in r["people"]}
    assert found["Anna Berger"]["country"] == "Armenia"
    assert found["Luis Ortega"]["organisation"] == "Ministry of Foreign Affairs of Armenia"


def test_everyone_who_received_a_visitor_met_them() -> None:
    found = people("In Tbilisi she was received by President Anna Berger, Prime Minister Luis Ortega and "
                   "Foreign Minister Ivo Petrov.")
    for name in ("Anna Berger", "Luis Ortega", "Ivo Petrov"):
        assert "meeting partner" in found[name]["roles"], name


def test_a_meeting_that_brought_people_together_has_them_as_participants() -> None:
    found = people("The seminar brought together several OSCE PA members, among them Anna Berger (Austria) "
                   "and Luis Ortega (Spain).")
    for name in ("Anna Berger", "Luis Ortega"):
        assert found[name]["roles"] == ["participant"], name


def test_taking_up_a_post_now_is_an_election_and_having_taken_it_long_ago_is_not() -> None:
    found = people("Anna Berger of Austria takes over as High Commissioner on National Minorities and Luis "
                   "Ortega is the new Representative on Freedom of the Media. Ivo Petrov, who took over as "
                   "Director in 2019, welcomed them.")
    assert "elected" in found["Anna Berger"]["roles"]
    assert "elected" in found["Luis Ortega"]["roles"]
    assert "elected" not in found["Ivo Petrov"]["roles"]


def test_the_organisations_full_name_with_its_acronym_as_a_possessive_gives_the_post() -> None:
    found = people("Anna Berger, the Organization for Security and Cooperation in Europe's (OSCE) "
                   "representative on freedom of the media, steps down today.")
    assert found["Anna Berger"]["post"].endswith("representative on freedom of the media")
    assert found["Anna Berger"]["organisation"] == "OSCE Representative on Freedom of the Media"


def test_a_credit_line_of_its_own_names_the_photographer_and_the_agency() -> None:
    found = people("The envoy spoke to the Council today.\n\nAnna Berger at the Council\n"
                   "© Luis Ortega/TASS\n\nThe Council meets again next week.")
    assert found["Luis Ortega"]["roles"] == ["photographer"]
    assert found["Luis Ortega"]["organisation"] == "TASS"


def test_a_title_before_a_later_mention_gives_the_post() -> None:
    found = people("According to Anna Berger, the organisation must act within its mandate.\n\n"
                   "The work must go on, Russian Permanent Representative to the OSCE Anna Berger said on "
                   "Thursday.")
    assert found["Anna Berger"]["post"] == "Russian Permanent Representative to the OSCE"
    assert found["Anna Berger"]["organisation"].startswith("Permanent Mission of")


def test_an_agency_dateline_with_the_agency_between_slashes_dates_the_lead() -> None:
    r = record(
        "Envoy speaks\n\nJanuary 25, 2024 VIENNA\n\nAnna Berger at the Council\n\n"
        "VIENNA, January 25. /TASS/. The OSCE must act, Ambassador Anna Berger said on Thursday.\n\n"
        '"It is inadmissible," the diplomat told a special meeting of the OSCE Permanent Council in Vienna.\n'
    )
    assert r["date"] == "2024-01-25"
    council = next(e for e in r["events"] if "Permanent Council" in e["name"])
    assert council["start"] == "2024-01-25"


def test_a_states_person_and_states_spoken_for_are_no_places() -> None:
    r = record(
        "Statement to the Council\n\nVIENNA, 7 December 2023 – Speaking for the United Kingdom and Canada, "
        "Ambassador Anna Berger welcomed the report. Greece's Luis Ortega agreed.\n"
    )
    assert not {"United Kingdom", "Canada", "Greece"} & set(r["places"])
