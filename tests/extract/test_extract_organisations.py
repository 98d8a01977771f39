"""General patterns of organisation and place extraction, on invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from graph.extract import gazetteer as gz
from graph.extract.organisations import cities_in, orgs_in, regions_in
from graph.extract.places import classify_states, districts_in, unknown_places, venues_in


def names(text: str) -> list[str]:
    return [m.name for m in orgs_in(text)]


# -- transliteration fold ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kiev", "Kyiv"),
        ("Ashgabad", "Ashgabat"),
        ("Lugansk", "Luhansk"),
        ("Odessa", "Odesa"),
        ("Chişinău", "Chisinau"),
        ("Yerevan", "Erevan"),
        ("Maslahaty", "Maslakhaty"),
        ("Tallin", "Tallinn"),
    ],
)
def test_fold_makes_romanisations_one_key(a: str, b: str) -> None:
    assert gz.fold(a) == gz.fold(b)


@pytest.mark.parametrize(("a", "b"), [("Bern", "Baron"), ("Rome", "Riga"), ("Minsk", "Mints")])
def test_fold_keeps_different_names_apart(a: str, b: str) -> None:
    assert gz.fold(a) != gz.fold(b)


def test_city_spelling_variants_are_found_as_written() -> None:
    found = [m.name for m in cities_in("Talks moved from Ashgabad to Lugansk and then to Kharkiv.")]
    assert found == ["Ashgabad", "Lugansk", "Kharkiv"]


def test_city_of_a_compound_is_a_place() -> None:
    assert [m.name for m in cities_in("a Vienna-based think tank")] == ["Vienna"]


def test_field_operation_host_in_another_spelling() -> None:
    assert names("Staff of the OSCE Centre in Ashgabad met students.") == ["OSCE Centre in Ashgabat"]


# -- regions, districts, venues ------------------------------------------------------------------------


def test_compass_variants_of_a_region_take_the_first_written_form() -> None:
    found = regions_in(
        "Work in South Eastern Europe goes on; across South-Eastern Europe, and in Southeast Asia."
    )
    assert [m.name for m in found] == ["South Eastern Europe", "South Eastern Europe", "Southeast Asia"]


def test_possessive_determiners_are_no_region_names() -> None:
    assert districts_in("Our region has changed; their region too.") == []


def test_seas_and_conflict_lines_are_places() -> None:
    found = {m.name for m in districts_in("Patrols along the contact line and ferries on the Aral Sea.")}
    assert found == {"contact line", "Aral Sea"}


def test_venues_named_and_lower_case_hotel() -> None:
    found = [m.name for m in venues_in("The forum met at the Hofburg Palace and later at the Astoria hotel.")]
    assert found == ["Hofburg Palace", "Astoria hotel"]


def test_a_gerund_building_is_no_venue() -> None:
    assert venues_in("a seminar on Confidence Building Measures in the region") == []


def test_unknown_places_in_a_list_and_after_town_of() -> None:
    text = "In Zelvory, the team met farmers; it stopped in Brasnik and Kolvara, then the town of Pelmir."
    assert unknown_places(
        text, frozenset({"the", "team", "met", "farmers", "it", "stopped", "then"}), []
    ) == [
        "Zelvory",
        "Brasnik",
        "Kolvara",
        "Pelmir",
    ]


# -- national bodies -------------------------------------------------------------------------------


def test_adjective_and_possessive_government_name_the_state() -> None:
    assert names("The Norwegian Government and Poland's Government signed.") == [
        "Government of Norway",
        "Government of Poland",
    ]


def test_bare_government_is_the_government_of_the_state_the_text_is_about() -> None:
    text = "The Mission works in Armenia. It will co-operate with the Government on reform in Armenia."
    assert "Government of Armenia" in names(text)


def test_adjective_security_bodies_are_kept_as_written() -> None:
    assert "Latvian border guards" in names("Training for Latvian border guards began.")


def test_ministry_without_state_takes_the_state_named_before_it() -> None:
    assert names("Under Finland's Presidency, the Ministry of Justice hosted experts.") == [
        "Ministry of Justice of Finland"
    ]


def test_unit_of_a_ministry_is_named_with_the_ministry() -> None:
    found = names("She heads the Consular Department of Georgia's Ministry of Foreign Affairs.")
    assert "Consular Department of the Ministry of Foreign Affairs of Georgia" in found
    assert "Ministry of Foreign Affairs of Georgia" in found


def test_section_of_an_osce_structure() -> None:
    found = names("Contact the Media Relations Section of the OSCE Secretariat.")
    assert found[0] == "Media Relations Section of the OSCE Secretariat"


def test_possessive_post_word_names_an_office() -> None:
    assert "General Prosecutor's Office of Armenia" in names(
        "the General Prosecutor's Office of Armenia said"
    )


def test_lower_case_mayors_offices_and_courts() -> None:
    found = names("Officials of the mayor's offices of Gyumri and Vanadzor and the court in Utrecht spoke.")
    assert found == ["Mayor's Office of Gyumri", "Mayor's Office of Vanadzor", "Court in Utrecht"]


def test_legislatures_by_own_name_in_any_spelling() -> None:
    assert names("deputies of the Jogorku Kenesh and of the Milli Mejlis") == [
        "Jogorku Kenesh of Kyrgyzstan",
        "Milli Mejlis of Azerbaijan",
    ]
    assert names("The Halk Maslahaty met.") == ["Halk Maslahaty of Turkmenistan"]


# -- not organisations -----------------------------------------------------------------------------


def test_events_with_ordinals_are_not_organisations() -> None:
    assert names("at the Ninth Annual Steering Committee meeting") == []


def test_quoted_gerund_titles_are_not_organisations() -> None:
    assert names('the project "Strengthening the Capacity of the Border Service" ends') == []


def test_a_state_ending_in_an_organisation_noun_is_no_body() -> None:
    assert names("the Ambassadors of Spain and of the Russian Federation") == []


def test_leading_number_is_trimmed() -> None:
    assert (
        names("Since 2004 the Mission has worked with the Mission to Serbia.").count("OSCE Mission to Serbia")
        == 2
    )


# -- media -----------------------------------------------------------------------------------------


def test_agency_dateline_credit() -> None:
    assert "Agence France-Presse" in names("VIENNA, March 3, 2015 (AFP) - Talks resumed.")
    assert "Kabarlar" in names("BISHKEK, May 2 (Kabarlar) - The minister said.")


def test_photo_credit_body() -> None:
    assert names("The delegation at the border. (OSCE/Jane Roe)") == ["OSCE"]


def test_outlets_next_to_outlet_words() -> None:
    found = names("He told the daily Vecherni Vesti and Radio Svoboda, and Nova Pravda, a weekly, wrote it.")
    assert found == ["Vecherni Vesti", "Radio Svoboda", "Nova Pravda"]


def test_bylines_and_publishers() -> None:
    assert "The Daily Courier" in names("a reporter for The Daily Courier")
    assert "PrintMedia" in names("Its publisher, PrintMedia, was fined.")


def test_newspaper_after_lowercase_keyword_is_the_name_alone() -> None:
    assert names("the Riga-based Russian-language newspaper The Baltic Herald") == ["The Baltic Herald"]


# -- international organisations -------------------------------------------------------------------


def test_international_organisation_written_in_full_is_named_as_written() -> None:
    found = names("the United Nations Security Council and, later, the UNSC")
    assert found == ["United Nations Security Council", "United Nations Security Council"]


def test_acronym_keeps_the_canonical_name() -> None:
    assert names("UNICEF and the EU") == ["UNICEF", "European Union"]


# -- States as actors and places ---------------------------------------------------------------------


def uses(text: str) -> list[tuple[str, bool, bool]]:
    spans = [(m.start, m.end) for m in orgs_in(text)]
    return [(u.name, u.actor, u.place) for u in classify_states(text, spans, [])]


def test_states_listed_with_organisations_are_actors() -> None:
    assert uses("The mediators were the OSCE, Norway and the European Union.") == [("Norway", True, False)]


def test_possessive_war_makes_an_actor() -> None:
    assert uses("They discussed Ruritania's war against Moldova.")[-1] == ("Moldova", False, True)
    assert uses("They discussed Serbia's aggression.") == [("Serbia", True, False)]


def test_acting_state_is_a_place_only_where_named_as_a_location() -> None:
    text = "Malta chaired the meeting. Malta will also present a report. Experts travelled to Malta."
    assert uses(text) == [("Malta", True, False), ("Malta", False, False), ("Malta", False, True)]


def test_government_of_a_state_is_not_the_state_unless_it_hosts() -> None:
    assert uses("with the Government of Moldova") == []
    assert uses("hosted by the Government of Moldova") == [("Moldova", True, True)]


def test_ambassadors_of_several_states_are_actors() -> None:
    text = "We heard the Ambassadors of Ireland, which chairs the group, of Chile and of Japan."
    assert uses(text) == [("Ireland", True, False), ("Chile", True, False), ("Japan", True, False)]


def test_former_states_are_states() -> None:
    assert gz.state_lookup()["Serbia and Montenegro"] == "Serbia and Montenegro"
    assert gz.state_lookup()["Federal Republic of Yugoslavia"] == "Federal Republic of Yugoslavia"
    assert gz.state_lookup()["Soviet Union"] == "Soviet Union"


# -- news style ------------------------------------------------------------------------------------


def test_american_spellings_of_known_names() -> None:
    found = names("the Organization for Security and Cooperation in Europe and its Center in Bishkek")
    assert found == ["OSCE", "OSCE Centre in Bishkek"]


def test_lower_case_portfolio_ministries() -> None:
    found = names("the Polish foreign ministry and Georgia's interior ministry said")
    assert found == ["Ministry of Foreign Affairs of Poland", "Ministry of the Interior of Georgia"]


def test_embassies_and_metonyms() -> None:
    assert names("a note from the Swedish Embassy in Baku") == ["Embassy of Sweden in Baku"]
    assert names("The White House and the Kremlin disagreed.") == ["White House", "Kremlin"]


def test_name_defined_by_its_acronym() -> None:
    assert names("activists of the Youth Voices Against Hate (YVAH) met") == ["Youth Voices Against Hate"]


def test_laws_and_events_defined_by_acronym_are_not_bodies() -> None:
    assert names("the Law on Public Assemblies (LPA) and the Annual Security Review Conference (ASRC)") == []


def test_parties_movements_and_rights_groups() -> None:
    assert names("the ruling Zelena Zora party and the opposition Novi Put movement") == [
        "Zelena Zora",
        "Novi Put",
    ]
    assert names("the rights group Pravo Lyudyny said") == ["Pravo Lyudyny"]


def test_place_before_city_or_village() -> None:
    assert unknown_places(
        "Residents of Kolbara village and Zhanatas city", frozenset({"residents", "of"}), []
    ) == [
        "Kolbara",
        "Zhanatas",
    ]


def test_capitalised_region_head() -> None:
    assert [m.name for m in districts_in("in the Sughd Region")] == ["Sughd region"]


# -- statements --------------------------------------------------------------------------------------


def test_post_word_before_an_organisation_noun_is_part_of_the_name() -> None:
    assert (
        names("the General Committee on Economic Affairs met")[0] == "General Committee on Economic Affairs"
    )
    assert "Executive Board of the Fund" in names("the Executive Board of the Fund")


def test_state_mission_to_an_organisation_as_written() -> None:
    assert names("a note of the U.S. Mission to the OSCE") == ["U.S. Mission to the OSCE"]
    assert names("The Danish Delegation to the OSCE PA said") == ["Danish Delegation to the OSCE PA"]


def test_the_hofburg_alone_is_a_venue() -> None:
    assert [m.name for m in venues_in("They met at the Hofburg on Monday.")] == ["Hofburg"]


def test_legislature_with_its_state_written_out() -> None:
    assert names("the Verkhovna Rada of Ukraine adopted it") == ["Verkhovna Rada of Ukraine"]


def test_possessive_office_names() -> None:
    assert names("the Prosecutor General's Office of Moldova") == ["Prosecutor General's Office of Moldova"]


def test_venue_names_with_particles() -> None:
    found = [m.name for m in venues_in("at the Palais des Nations and later the Palace of Peace")]
    assert found == ["Palais des Nations", "Palace of Peace"]


def test_unknown_place_after_through() -> None:
    assert unknown_places(
        "They drove through Zelvory to the coast.", frozenset({"they", "drove", "the", "coast"}), []
    ) == ["Zelvory"]


def test_unknown_places_after_motion_words_but_not_modifiers() -> None:
    lex = frozenset({"refugees", "fled", "integration", "moving", "the", "country", "is"})
    assert unknown_places(
        "Refugees fled from Dolvani, and the country is moving towards Euro-Atlantic integration.", lex, []
    ) == ["Dolvani"]


def test_owner_of_a_lower_case_ministry_after_a_sentence_break() -> None:
    assert names("It rained in Zelvory.\n\nPoland's foreign ministry said so.") == [
        "Ministry of Foreign Affairs of Poland"
    ]


def test_eu_and_un_prefixes_are_one_name() -> None:
    assert names("the European Union Monitoring Mission patrols") == ["EU Monitoring Mission"]


def test_adjective_before_regions_is_no_region_name() -> None:
    assert [m.name for m in districts_in("the Georgian regions of Abkhazia")] == []


def test_a_state_that_speaks_is_an_actor() -> None:
    assert uses("Canada welcomes the report and reaffirms its support.") == [("Canada", True, False)]


def test_a_capital_that_speaks_is_no_place() -> None:
    assert [m.name for m in cities_in("Moscow denied it; talks were held in Riga.")] == ["Riga"]


def test_authorities_of_any_state_adjective() -> None:
    assert "Kyrgyz authorities" in names("called on the Kyrgyz authorities to act")


def test_unnamed_official_that_is_an_institution_keeps_the_state() -> None:
    assert names("the statement of the Ombudsman of the Kyrgyz Republic") == [
        "Ombudsman of the Kyrgyz Republic"
    ]
    assert names("a letter of the Ambassador of the Kyrgyz Republic") == []


def test_name_with_a_topic_enumeration() -> None:
    found = names("the Committee on Democracy, Human Rights and Humanitarian Questions met")
    assert found == ["Committee on Democracy, Human Rights and Humanitarian Questions"]


def test_apposition_after_a_name_is_not_part_of_it() -> None:
    found = names("the Speaker of the Regional Assembly of Zelvory, Jane Roe, and Zelvory's Mayor")
    assert found == ["Regional Assembly of Zelvory"]


def test_name_continuing_with_and_the() -> None:
    found = names("the Regional Bureau for Human Rights and the Rule of Law said")
    assert found == ["Regional Bureau for Human Rights and the Rule of Law"]
    assert names("the Ministry of Justice and the Central Election Commission of Armenia") == [
        "Ministry of Justice",
        "Central Election Commission of Armenia",
    ]


def test_copyright_credit_body() -> None:
    assert names("The ceremony in the capital. © UNDP/Jane Roe") == ["UNDP"]


def test_places_by_direction_and_outskirts() -> None:
    lex = frozenset({"a", "village", "east", "and", "the", "outskirts"})
    assert unknown_places("a village east of Zelvory and the outskirts of Brasnik.", lex, []) == [
        "Zelvory",
        "Brasnik",
    ]


def test_state_chairmanship_is_the_chairpersonship_and_the_state_an_actor() -> None:
    text = (
        "Under the Swiss Chairmanship, experts met; the Estonian Chairmanship of the Forum for Security"
        " Co-operation too."
    )
    assert names(text) == ["OSCE Chairpersonship", "Forum for Security Co-operation"]
    assert ("Switzerland", True, False) in uses(text)


def test_second_body_after_and_the_loses_the_article() -> None:
    assert names("the Zelvory Refugee Council and the Brasnik Press Council") == [
        "Zelvory Refugee Council",
        "Brasnik Press Council",
    ]


def test_missions_of_international_organisations() -> None:
    assert names("the CIS observer mission arrived") == [
        "Commonwealth of Independent States",
        "CIS observer mission",
    ]
    assert names("an observer mission of the Commonwealth of Independent States") == [
        "CIS observer mission",
        "Commonwealth of Independent States",
    ]
    assert "ODIHR election observation mission" not in names("the ODIHR election observation mission")


def test_mixed_spellings_of_a_known_name() -> None:
    assert names("the Organisation for Security and Co-operation in Europe") == ["OSCE"]


def test_publications_after_outlet_words_are_not_outlets() -> None:
    assert names("The team publishes daily Spot Reports.") == []


def test_state_name_and_adjective_variants() -> None:
    lookup, adjs = gz.state_lookup(), gz.adjective_lookup()
    assert lookup["Moldavia"] == "Moldova" and lookup["FYROM"] == "North Macedonia"
    assert (
        adjs["Belarussian"] == "Belarus"
        and adjs["Azeri"] == "Azerbaijan"
        and adjs["Bosnian"] == "Bosnia and Herzegovina"
    )


def test_parliament_by_adjective_is_named_as_written() -> None:
    assert names("the Finnish Parliament and Norway's Parliament") == [
        "Finnish Parliament",
        "Parliament of Norway",
    ]


def test_state_names_in_other_romanisations() -> None:
    from graph.extract.organisations import states_in

    found = [(m.name, m.text) for m in states_in("Tadzhikistan and Kirgizstan; Matteo spoke.")]
    assert found == [("Tajikistan", "Tadzhikistan"), ("Kyrgyzstan", "Kirgizstan")]


def test_a_surname_is_not_the_town_it_resembles() -> None:
    assert gz.folded_place("Mitrović") is None
    assert gz.folded_place("Lugansk") == "Luhansk"


def test_credits_naming_the_person_first_and_bylines() -> None:
    assert names("The delegation at the crossing. (Jane Roe/AFP)") == ["Agence France-Presse"]
    assert names("By Jane Roe, Kabarlar\nBISHKEK - The minister said.") == ["Kabarlar"]
    assert names("Jane Roe (MP, Malta) said") == []


def test_a_state_is_a_place_only_where_named_as_a_location() -> None:
    text = "Malta joined the treaty. Experts travelled through Malta and reported on Malta's courts."
    assert uses(text) == [("Malta", False, False), ("Malta", False, True), ("Malta", False, True)]


def test_hyphenated_possessive_office() -> None:
    assert names("the Prosecutor-General's Office said") == ["Prosecutor-General's Office"]


def test_states_that_act_together_or_hand_over_a_chairmanship_are_actors() -> None:
    got = uses("France and Holland opposed the plan.")
    assert got == [("France", True, False), ("Netherlands", True, False)]  # the actor by its name
    got = uses("Sweden -- taking over the chairmanship from Ireland -- will host the meeting.")
    assert ("Sweden", True, False) in got and ("Ireland", True, False) in got
    assert uses("The monitors travelled to Holland.") == [("Holland", False, True)]  # a place as written
