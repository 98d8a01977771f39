"""Round 16 (on tests/extract/outlets_dev d84, the kinds of text, not its wording): an outlet's lower-case
name of a field operation ('the OSCE mission in Serbia') and Markdown's inline marks
('**Ana Novak**', '*Daily Example*', '[report](https://…)') in a web clipping, each on invented text."""

from __future__ import annotations

from graph.extract import extract
from graph.extract.layouts import parse_page
from graph.extract.organisations import orgs_in


def _people(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract(parse_page(text, "t.txt"))["people"]}


def test_a_field_operation_in_lower_case_after_the_osce_is_that_operation() -> None:
    text = "He spoke to the OSCE mission in Serbia and the OSCE office in Yerevan."
    names = {m.name for m in orgs_in(text)}
    assert {"OSCE Mission to Serbia", "OSCE Office in Yerevan"} <= names


def test_a_mission_in_lower_case_without_the_osce_or_one_still_to_open_is_no_operation() -> None:
    assert not [m for m in orgs_in("the mission in Serbia said so") if m.kind == "fieldop"]
    assert not [m for m in orgs_in("talks on opening an OSCE office in Minsk") if m.kind == "fieldop"]


def test_a_post_reads_over_a_lower_case_field_operation() -> None:
    people = _people("Envoy on reforms\n\nEXAMPLETOWN, 9 November 2009 (Example) - The head of the OSCE "
                     "mission in Serbia, Ana Novak, said the mission would work on the rule of law.\n")
    assert people["Ana Novak"]["post"] == "head of the OSCE mission in Serbia"
    assert people["Ana Novak"]["organisation"] == "OSCE Mission to Serbia"


def test_markdown_marks_are_no_part_of_the_text() -> None:
    page = parse_page("---\ntitle: \"Envoy on reforms\"\npublished: 2009-11-09\n---\nEnvoy on reforms\n"
                      "================\n\nThe head of the OSCE Mission to Serbia, **Ana Novak**, told the "
                      "daily *Example Times* about the [annual report](https://example.org/report) of the "
                      "mission.\n"
                      "\n* a list item stays\n", "t.txt")
    assert "**" not in page.body and "](" not in page.body
    assert "Ana Novak, told the daily Example Times about the annual report of" in page.body
    assert "* a list item stays" in page.body
    people = {p["name"]: p for p in extract(page)["people"]}
    assert people["Ana Novak"]["organisation"] == "OSCE Mission to Serbia"


def test_a_wires_lower_case_title_before_the_name_is_a_post() -> None:
    people = _people("Envoy on reforms\n\nEXAMPLETOWN, 9 November 2008 (AP) - OSCE secretary general "
                     "Ana Novak said the talks would go on. Keynote speaker Jan Kowal agreed.\n")
    assert people["Ana Novak"]["post"] == "OSCE secretary general"
    assert people["Ana Novak"]["organisation"] == "OSCE Secretariat"
    assert people["Jan Kowal"]["post"] is None  # a part at the event, not a post


def test_a_wires_lower_case_annual_session_has_its_edition_place_and_a_name_without_the_means() -> None:
    text = ("Members adopt Exampletown Declaration as annual session closes\n\nEXAMPLETOWN, July 9 2007 "
            "(Example) - The Parliamentary Assembly of the Organization for Security and Cooperation in "
            "Europe on Monday wound up its 16th annual session in the Examplian capital by adopting the "
            "Exampletown Declaration.\n\nThe five-day session opened on July 5.\n")
    rec = extract(parse_page(text, "t.txt"))
    main = rec["events"][0]
    assert main["edition"] == 16
    assert " by " not in main["name"]
    assert main["place"] != "the"  # 'session … in the Examplian capital': 'the' is no place


def test_a_lower_case_title_governs_the_capitalised_body_after_it() -> None:
    people = _people("Envoy on reforms\n\nEXAMPLETOWN, August 18 (Example) - The secretary general of the "
                     "Organization for Security and Cooperation in Europe, Ana Novak, met refugees.\n")
    assert people["Ana Novak"]["post"] == ("secretary general of the Organization for Security and "
                                           "Cooperation in Europe")
    assert people["Ana Novak"]["organisation"] == "OSCE Secretariat"  # the OSCE's long name is the OSCE


def test_a_lower_case_chairman_in_office_is_the_chairpersonship() -> None:
    people = _people("Envoy on reforms\n\nEXAMPLETOWN, August 18 (Example) - The trip was made at the "
                     "request of the OSCE chairman-in-office, Examplian Foreign Minister Jan Kowal, who "
                     "spoke.\n")
    assert people["Jan Kowal"]["post"] == "OSCE chairman-in-office; Examplian Foreign Minister"
    assert people["Jan Kowal"]["organisation"] == "OSCE Chairpersonship"


def test_who_a_body_was_represented_by_take_part_and_whom_they_meet_do_not() -> None:
    people = _people("Delegation at the meeting\n\nEXAMPLETOWN, 3 May 2007 - The Examplian Parliament was "
                     "represented by the head of its delegation, Ana Novak, and Member of Parliament Jan "
                     "Kowal. The Union is represented by its envoy, Eva Lund, who will meet Foreign Minister "
                     "Ida Berg. Ambassador Tom Holm represented last year's Chairmanship.\n")
    for name in ("Ana Novak", "Jan Kowal", "Eva Lund", "Tom Holm"):
        assert "participant" in people[name]["roles"], name
    assert "participant" not in people["Ida Berg"]["roles"]


def test_a_salutation_and_a_rank_before_a_plural_noun_name_nobody() -> None:
    people = _people("Report of the session\n\nEXAMPLETOWN, 3 May 2007 - Dear Colleague, the Assembly's "
                     "three General Committees discussed the draft. General Novak said they agreed.\n")
    assert set(people) == {"Novak"}


def test_a_lower_case_kind_of_meeting_with_its_title_in_quotation_marks_is_an_event() -> None:
    text = ("Envoy visits schools\n\nEXAMPLETOWN, Aug 24 2000 (Example) - The envoy attended the "
            "international conference \"Education and Integration,\" devoted to teachers, and a "
            "high-level seminar entitled \"Media in Transition\". At the conference, \"We must act,\" she "
            "said.\n")
    names = [e["name"] for e in extract(parse_page(text, "t.txt"))["events"]]
    assert "International conference “Education and Integration”" in names
    assert "High-level seminar “Media in Transition”" in names
    assert not [n for n in names if "act" in n]  # a quotation after the kind is no title


def test_a_ministrys_name_in_capitals_and_an_arrow_trail_are_no_title() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF EXAMPLIA\n"
            "Home | Ministry | Foreign Policy | Press Service | Contact\n\n"
            "Press Service > Activities of the Minister\n\nWednesday, 03 June 2015.  PDF  Print  E-mail\n\n"
            "Minister Novak in Exampletown\n\n+ larger font | normal font | - smaller font\n\n"
            "First Deputy Prime Minister and Minister of Foreign Affairs Ana Novak paid a visit to "
            "Exampletown today in her capacity as Chairperson-in-Office.\n")
    page = parse_page(text, "t.txt")
    assert (page.title, page.date) == ("Minister Novak in Exampletown", "2015-06-03")


def test_a_place_an_address_and_a_city_with_its_district_letter_name_nobody() -> None:
    people = _people("Briefing\n\nEXAMPLETOWN, 3 June 2015 - Minister Ana Novak said progress on "
                     "Nagorno Karabakh was possible. The briefing is in Washington D.C. tomorrow.\n\n"
                     "© 2015 Ministry of Example | Kneza Milosa 24-26, 11000 Exampletown\n")
    assert set(people) == {"Ana Novak"}


def test_an_office_opened_and_named_in_lower_case_is_an_event() -> None:
    text = ("Minister opens office in Exampletown\n\nEXAMPLETOWN, April 29 2015 (Example) - The Minister on "
            "Wednesday inaugurated the new field office of the OSCE Mission to Examplia in Exampletown.\n")
    events = extract(parse_page(text, "t.txt"))["events"]
    opening = next(e for e in events if "field office" in e["name"])
    assert opening["name"] == ("Inauguration of the field office of the OSCE Mission to Examplia in "
                               "Exampletown")
    assert opening["start"] == "2015-04-29"


def test_an_osce_meeting_named_with_the_organisations_long_name_goes_by_its_short_name() -> None:
    text = ("Ministers meet\n\nEXAMPLETOWN, Dec 6 2019 (Example) - The two-day meeting of the 26th "
            "Ministerial Council of the Organization for Security and Cooperation in Europe (OSCE) came to "
            "an end.\n")
    names = [e["name"] for e in extract(parse_page(text, "t.txt"))["events"]]
    assert names[0].startswith("26th OSCE Ministerial Council")


def test_the_assemblys_secretary_general_is_the_assemblys() -> None:
    people = _people("Delegates meet\n\nEXAMPLETOWN, 3 May 2021 - The Secretary General of the OSCE PA, Ana "
                     "Novak, will address the delegates.\n")
    assert people["Ana Novak"]["organisation"] == "OSCE Parliamentary Assembly"


def test_in_his_capacity_as_chairperson_in_office_is_a_post_and_the_chairpersonship() -> None:
    text = ("Minister in Exampletown\n\nEXAMPLETOWN, 3 June 2015 - Foreign Minister Ana Novak paid a "
            "visit to Examplia today in her capacity as OSCE Chairperson-in-Office. The meeting was "
            "attended by the Personal Representative of the OSCE Chairperson-in-Office, Ambassador "
            "Jan Kowal.\n")
    rec = extract(parse_page(text, "t.txt"))
    people = {p["name"]: p for p in rec["people"]}
    assert people["Ana Novak"]["post"] == "Foreign Minister; OSCE Chairperson-in-Office"
    assert people["Ana Novak"]["organisation"] == "OSCE Chairpersonship"
    assert "participant" not in people["Ana Novak"]["roles"]  # the representative attended, not she
    assert rec["events"][0]["name"] == "Visit of the OSCE Chairperson-in-Office to Examplia"


def test_a_parliaments_own_name_before_its_speakers_is_no_part_of_the_name() -> None:
    people = _people("Talks in Riga\n\nRIGA, 21 March 2024 - The envoy met Deputy Speaker of the "
                     "Saeima Zanda Kalnina and Chairperson of the Senate of the Oliy Majlis Tanzila "
                     "Narbaeva.\n")
    assert {"Zanda Kalnina", "Tanzila Narbaeva"} <= set(people)


def test_a_lower_case_body_noun_reaches_its_post_word_past_an_acronym() -> None:
    people = _people("Observers to speak\n\nEXAMPLETOWN, 16 October 2017 - He will be followed by the "
                     "head of the OSCE PA delegation, Ana Novak; the head of the EP delegation, Jan "
                     "Kowal; and the region's chief negotiator Eva Lund.\n")
    assert people["Ana Novak"]["post"] == "head of the OSCE PA delegation"
    assert people["Ana Novak"]["organisation"] == "OSCE Parliamentary Assembly"
    assert people["Jan Kowal"]["post"] == "head of the EP delegation"
    assert people["Eva Lund"]["post"] == "chief negotiator"


def test_designated_as_its_new_secretary_general_is_a_post_of_the_designating_body() -> None:
    people = _people("New chief\n\nVIENNA, June 2 (Example) - The OSCE on Thursday designated Frenchman "
                     "Ana Novak as its new secretary general.\n")
    assert people["Ana Novak"]["post"] == "secretary general"
    assert people["Ana Novak"]["organisation"] == "OSCE Secretariat"


def test_a_wires_masthead_over_its_headline_and_a_copyright_year_for_a_yearless_dateline() -> None:
    page = parse_page("EXAMPLEPRESS\nExamplian Private News Agency\n\nGROUP OPENS IN EXAMPLETOWN\n\n"
                      "EXAMPLETOWN, Feb 27 (ExamplePress) - The group was formally opened on Friday by "
                      "the Foreign Minister.\n\n(c) ExamplePress, 1998\n", "t.txt")
    assert (page.title, page.date) == ("GROUP OPENS IN EXAMPLETOWN", "1998-02-27")


def test_the_post_one_is_elected_to_joins_a_descriptive_one() -> None:
    people = _people("New president\n\nEXAMPLETOWN (Example) -- Examplian parliamentarian Ana Novak was "
                     "elected president of the Parliamentary Assembly of the Organisation for Security "
                     "and Co-operation in Europe (OSCE) on Saturday.\n")
    assert people["Ana Novak"]["post"].startswith("Examplian parliamentarian; president of the")
    assert people["Ana Novak"]["organisation"] == "OSCE Parliamentary Assembly"
