"""Events from invented sentences: visits, elections, missions, press conferences, briefings, talks,
decisions, named meetings with a lower-case head, quoted titles and head-counts."""

from __future__ import annotations

import pytest

from graph.extract import event_names as en
from graph.extract.events import _participants, find_events
from graph.extract.sentences import split_sentences


def _events(title: str, body: str, ref: str | None, place: str | None = None) -> list[dict]:
    evs = find_events(title, body, split_sentences(body), [], ref, ref, place, 0)
    return [
        {
            "name": e.name,
            "start": e.start,
            "end": e.end,
            "edition": e.edition,
            "participants": e.participants,
            "series": e.series,
            "place": e.place,
        }
        for e in evs
    ]


def _named(evs: list[dict], *words: str) -> dict:
    return next(e for e in evs if all(w in e["name"] for w in words))


def test_visit_ending_today_with_duration() -> None:
    body = (
        "The OSCE Secretary General today concluded a three-day visit to Norway and Finland. "
        "In Oslo the talks covered energy security."
    )
    evs = _events("Secretary General ends Nordic trip", body, "2021-05-12")
    v = _named(evs, "Visit", "Norway")
    assert "Secretary General" in v["name"] and "Finland" in v["name"]
    assert (v["start"], v["end"]) == ("2021-05-10", "2021-05-12")


def test_visit_in_range_and_itinerary_is_the_same_visit() -> None:
    body = (
        "The Chairperson-in-Office will be in Portugal from 3 to 6 November. "
        "She plans to travel to Lisbon and Porto. "
    )
    evs = _events("Chairperson to visit Portugal", body, "2019-10-30")
    visits = [e for e in evs if e["name"].startswith("Visit")]
    assert len(visits) == 1
    assert (visits[0]["start"], visits[0]["end"]) == ("2019-11-03", "2019-11-06")


def test_second_dated_visit_is_apart() -> None:
    body = (
        "The Special Representative will set out on Monday on a tour of the Baltic States. "
        "He then plans to fly on to Iceland on Saturday."
    )
    evs = _events("Special Representative to tour the Baltic States", body, "2018-03-09")
    names = [e["name"] for e in evs]
    assert any("Baltic" in n for n in names) and any("Iceland" in n for n in names)
    assert _named(evs, "Baltic")["start"] == "2018-03-12"
    assert _named(evs, "Iceland")["start"] == "2018-03-17"


def test_visitor_label() -> None:
    assert en.visitor_label("Secretary General of the OSCE") == "OSCE Secretary General"
    assert en.visitor_label("Organization's Chairman-in-Office; Maltese Foreign Minister") == (
        "OSCE Chairman-in-Office"
    )
    assert en.visitor_label("head of the OSCE Office in Yerevan") == "Head of the OSCE Office in Yerevan"


def test_elections_dated_by_the_text() -> None:
    body = (
        "Voters in Moldova went to the polls in yesterday's parliamentary elections, observers said. "
        "Run-offs will be held in 12 districts on 2 April. "
        "Turnout was higher than in the previous parliamentary elections."
    )
    evs = _events("Observers assess vote", body, "2023-03-20")
    el = _named(evs, "Parliamentary elections in Moldova")
    assert (el["start"], el["end"]) == ("2023-03-19", "2023-03-19")
    assert _named(evs, "Run-off")["start"] == "2023-04-02"
    prev = _named(evs, "Previous")
    assert prev["start"] is None


def test_observation_missions_and_their_head_counts() -> None:
    body = (
        "The International Election Observation Mission counts some 310 observers from 40 countries. "
        "Its core, the ODIHR election observation mission, was deployed in February. "
        "A separate observer mission of the Commonwealth of Independent States, with 95 monitors, "
        "took a different view of Sunday's presidential election in Armenia. "
        "The findings were presented at a press conference today."
    )
    evs = _events("Observers present findings", body, "2025-03-10")
    ieom = _named(evs, "International Election Observation Mission")
    assert ieom["participants"] == 310
    odihr = _named(evs, "ODIHR election observation mission")
    assert odihr["start"] == "2025-02"
    assert _named(evs, "Commonwealth of Independent States")["participants"] == 95
    pc = _named(evs, "Press conference")
    assert "International Election Observation Mission" in pc["name"] and pc["start"] == "2025-03-10"


def test_mission_breakdowns_are_no_head_count() -> None:
    assert en.mission_count("The ODIHR has deployed 250 long-term and short-term observers") is None
    assert en.mission_count("Altogether it brings together 500 observers from 30 countries") == 500


def test_briefing_talks_and_decision() -> None:
    body = (
        "The Representative yesterday briefed the Contact Group on media freedom. "
        "The Geneva reunification talks will resume on 14-15 October. "
        "Following a decision taken by the OSCE Permanent Council in Vienna on 2 March, the Office "
        "was renamed."
    )
    evs = _events("Representative briefs Contact Group", body, "2015-09-30")
    b = _named(evs, "Briefing of the Contact Group")
    assert b["start"] == "2015-09-29"
    t = _named(evs, "reunification talks")
    assert (t["start"], t["end"]) == ("2015-10-14", "2015-10-15")
    d = _named(evs, "Permanent Council decision")
    assert d["start"] == "2015-03-02"


def test_lower_case_head_named_meeting_with_ordinal_word() -> None:
    body = (
        "The Ninth Annual Border Security Steering meeting was held on Thursday at the Centre. "
        "Some 60 officials took part."
    )
    evs = _events("Partners agree priorities", body, "2019-06-14")
    ev = _named(evs, "Border Security Steering meeting")
    assert ev["edition"] == 9 and ev["start"] == "2019-06-13"
    assert ev["participants"] == 60


def test_quoted_titles_belong_to_the_meeting_name() -> None:
    body = (
        "The OSCE Regional Ministerial Conference “Water for Peace – lessons learned” opened on "
        "3 May. She spoke at the “Youth and Security” Forum on 4 May."
    )
    evs = _events("Conference on water", body, "2022-05-03")
    assert any("Water for Peace" in e["name"] and "Ministerial Conference" in e["name"] for e in evs)
    assert any(e["name"] == "Youth and Security Forum" for e in evs)


def test_head_counts() -> None:
    assert _participants("More than forty young and future diplomats took part in the course.") == 40
    assert _participants("The seminar brought together almost 300 police officers.") == 300
    assert _participants("The 57 participating States agreed the budget of 140 million euros.") is None


def test_visit_date_is_the_one_nearest_the_visit() -> None:
    body = (
        "The President of the Assembly arrived in Tirana today for a two-day visit ahead of the "
        "30 June local elections."
    )
    evs = _events("Assembly President in Albania", body, "2019-06-25")
    v = _named(evs, "Visit", "Tirana")
    assert (v["start"], v["end"]) == ("2019-06-25", "2019-06-26")
    el = _named(evs, "Local elections")
    assert el["start"] == "2019-06-30"


def test_caption_press_conference_is_no_event() -> None:
    body = (
        "The Director spoke to students in Skopje today.\n\n"
        "The Director speaking at a press conference. (OSCE/Jane Doe)"
    )
    evs = _events("Director meets students", body, "2020-02-02")
    assert not any("conference" in e["name"].lower() for e in evs)


def test_referred_meetings_by_kind_and_city() -> None:
    body = (
        "Leaders met in the capital on Wednesday for the first summit in a decade. "
        "The last OSCE summit was held in Lisbon in 1996. "
        "Sweden will host next year's ministerial council in Stockholm."
    )
    evs = _events("Leaders gather for summit", body, "2010-12-01")
    lis = _named(evs, "OSCE Lisbon Summit")
    assert lis["start"] == "1996" and lis["series"] == "Summit meetings"
    sto = _named(evs, "Ministerial Council in Stockholm")
    assert sto["start"] == "2011"


def test_field_missions_margins_and_signings() -> None:
    body = (
        "Between late March and mid-April the team will carry out a needs assessment mission in the "
        "areas along the Dniester. The envoys will meet on the margins of the Council of Europe "
        "Ministerial Session. The Peace Agreement signed on 3 May was welcomed."
    )
    evs = _events("Envoys plan spring work", body, "2011-02-20")
    fm = _named(evs, "Needs assessment mission")
    assert (fm["start"], fm["end"]) == ("2011-03", "2011-04")
    assert any(e["name"] == "Council of Europe Ministerial Session" for e in evs)
    assert _named(evs, "Signing of the Peace Agreement")["start"] == "2011-05-03"


def test_event_still_ahead_takes_no_date_of_the_statement() -> None:
    body = "The mediators issued a statement today on their plans before the OSCE Summit."
    evs = _events("Mediators plan ahead of the OSCE Summit", body, "2010-09-06")
    assert _named(evs, "OSCE Summit")["start"] is None


def test_plenary_body_decision_is_a_meeting() -> None:
    body = "The OSCE Permanent Council today decided to extend the mandate of the Office by a year."
    evs = _events("Mandate extended", body, "2012-12-13")
    ev = _named(evs, "Meeting of the OSCE Permanent Council")
    assert ev["start"] == "2012-12-13" and ev["series"] == "Plenary meetings of the Permanent Council"


def test_talks_in_a_city_are_a_visit_dated_by_the_release() -> None:
    from types import SimpleNamespace

    body = (
        "The OSCE Secretary General, Jane Roe, said today after official talks in Ljubljana that "
        "progress was made."
    )
    start = body.index("Jane Roe")
    person = SimpleNamespace(
        name="Jane Roe", post="OSCE Secretary General", mentions=[(start, start + 8)], roles=["speaker"]
    )
    evs = find_events(
        "Secretary General praises progress",
        body,
        split_sentences(body),
        [person],
        "2015-04-09",
        "2015-04-09",
        None,
        0,
    )
    v = next(e for e in evs if e.name.startswith("Visit"))
    assert v.name == "Visit of the OSCE Secretary General to Ljubljana"
    assert v.start == "2015-04-09"


def test_cue_words_of_the_visit_clause_only() -> None:
    body = (
        "The Chairman-in-Office will start a tour of the Caucasus on Monday. "
        "Once the programme there is completed, he plans to fly on to Turkey on Saturday."
    )
    evs = _events("Chairman-in-Office to tour the Caucasus", body, "2004-04-02")
    tr = _named(evs, "Turkey")
    assert (tr["start"], tr["end"]) == ("2004-04-10", None)


def test_opening_sentence_visit_without_date_ends_on_the_dateline_day() -> None:
    body = "Peace is possible, the Special Representative said as he ended a one-day visit to Cyprus."
    evs = _events("Special Representative in Cyprus", body, "2001-10-18")
    v = _named(evs, "Visit", "Cyprus")
    assert (v["start"], v["end"]) == ("2001-10-18", "2001-10-18")


def test_gathered_today_for_a_two_day_meeting_starts_today() -> None:
    body = "Some 70 judges from the region gathered in Ohrid today for a two-day conference on court reform."
    evs = _events("Regional conference on court reform in Ohrid", body, "2018-10-04")
    ev = _named(evs, "onference")
    assert (ev["start"], ev["end"], ev["participants"]) == ("2018-10-04", "2018-10-05", 70)


def test_ordinal_annual_named_meeting() -> None:
    body = (
        "More than 90 students took part in the fifth annual Summer Academy Forum, held in Ohrid on 2 June."
    )
    evs = _events("Students debate security", body, "2018-06-05")
    ev = _named(evs, "Summer Academy Forum")
    assert ev["edition"] == 5 and ev["start"] == "2018-06-02"


def test_weekday_of_a_vote_past_or_ahead() -> None:
    past = _events(
        "Observers assess vote",
        "Sunday's presidential vote in Ruritania fell short of standards, observers said on Monday.",
        "2010-12-20",
    )
    assert _named(past, "Presidential")["start"] == "2010-12-19"
    ahead = _events(
        "Observers ready",
        "A mission of 300 observers is following Sunday's parliamentary vote in Ruritania.",
        "2016-10-07",
    )
    assert _named(ahead, "Parliamentary")["start"] == "2016-10-09"


def test_leaders_meeting_and_osce_mission_with_observers() -> None:
    body = (
        "The presidents of Armenia and Azerbaijan will meet in Vienna on 16 May, the mediators said. "
        "The OSCE mission, which deployed about 400 observers, said the count was flawed."
    )
    evs = _events("Leaders to meet", body, "2016-05-10")
    m = _named(evs, "Meeting of the presidents of Armenia and Azerbaijan in Vienna")
    assert m["start"] == "2016-05-16"
    assert _named(evs, "OSCE mission")["participants"] == 400


def test_meeting_named_in_passing_takes_the_date_nearest_its_name() -> None:
    body = (
        "On 3 May the Director opened a training course in Skopje. Some 30 officers take part. "
        "She recalled the decision adopted at the Ministerial Council in Basel in December. In March, a "
        "seminar preceded the Human Dimension Implementation Meeting held on Monday."
    )
    evs = _events("Training course opens", body, "2015-05-03")
    mc = _named(evs, "Ministerial Council")
    assert mc["start"] == "2015-12"
    hdim = _named(evs, "Human Dimension Implementation Meeting")
    assert hdim["start"] is None  # March is the seminar's; a weekday in passing is not resolved


def test_weekday_of_a_past_opening_and_emergency_session() -> None:
    body = (
        "The President opened the Assembly's Spring Meeting in Valletta on Friday. "
        "The OSCE held an emergency meeting of its Permanent Council on Thursday, diplomats said. "
        "A special session of the conference looked at migration."
    )
    evs = _events("Assembly meets in Valletta", body, "2019-10-05")
    assert _named(evs, "Spring Meeting")["start"] == "2019-10-04"
    em = _named(evs, "Emergency meeting of the Permanent Council")
    assert em["start"] == "2019-10-03"
    assert not any(e["name"].startswith("Special session") for e in evs)


def test_visit_concluded_some_time_ago_has_no_day() -> None:
    body = "The High Commissioner has concluded a visit to Latvia, where she met the Prime Minister."
    evs = _events("High Commissioner ends visit to Latvia", body, "2020-01-30")
    v = _named(evs, "Visit", "Latvia")
    assert (v["start"], v["end"]) == (None, None)


def test_kind_of_visit_kept_in_its_name() -> None:
    body = (
        "The Secretary General today ended her first official visits to Estonia and Latvia. "
        "She said she would travel to Lithuania in May."
    )
    evs = _events("Secretary General in the Baltics", body, "2021-04-20")
    v = _named(evs, "First official visits of", "Estonia and Latvia")
    assert v["end"] == "2021-04-20"
    lt = _named(evs, "Lithuania")
    assert lt["name"].startswith("Visit of the") and lt["start"] == "2021-05"


def test_body_meets_in_a_city_and_the_meeting_it_prepares() -> None:
    body = (
        "The Bureau of the OSCE Parliamentary Assembly met in Oslo on Wednesday to prepare the Annual "
        "Session in Minsk."
    )
    evs = _events("Bureau meets in Oslo", body, "2016-04-14")
    b = _named(evs, "Meeting of the Bureau")
    assert b["start"] == "2016-04-13"
    assert _named(evs, "Annual Session")["start"] is None


def test_visitor_named_by_the_osce_post_beside_a_national_one() -> None:
    from types import SimpleNamespace

    body = (
        "Maltese Foreign Minister John Doe, the OSCE Chairperson-in-Office, will travel to Moldova on "
        "Thursday."
    )
    start = body.index("John Doe")
    person = SimpleNamespace(
        name="John Doe", post="Maltese Foreign Minister", mentions=[(start, start + 8)], roles=[]
    )
    evs = find_events(
        "Chairperson to visit Moldova",
        body,
        split_sentences(body),
        [person],
        "2017-01-09",
        "2017-01-09",
        None,
        0,
    )
    v = next(e for e in evs if "Moldova" in e.name)
    assert v.name == "Visit of the OSCE Chairperson-in-Office to Moldova" and v.start == "2017-01-12"


def test_head_count_of_a_meeting_named_in_passing_and_years_are_no_count() -> None:
    assert _participants("In 2018 participants discussed the draft.") is None
    body = (
        "The Director opened a seminar on media law in Tbilisi today. "
        "Some 40 journalists took part. "
        "The Central Asia Media Conference in Almaty brought together more than 150 journalists."
    )
    evs = _events("Seminar on media law opens", body, "2012-05-10")
    assert _named(evs, "Central Asia Media Conference")["participants"] == 150


def test_meetings_known_by_their_city_and_year() -> None:
    body = (
        "Ruritania on Wednesday hosted the first summit of the Organization for Security and "
        "Co-operation in Europe since the 1999 Istanbul summit. The Astana summit will adopt a declaration. "
        "The OSCE monitored the 2008 presidential election in Georgia."
    )
    evs = _events("Ruritania hosts first OSCE summit in a decade", body, "2010-12-01")
    main = evs[0]
    assert main["name"] == "First OSCE summit in Astana" and main["start"] == "2010-12-01"
    assert _named(evs, "Istanbul Summit")["start"] == "1999"
    assert _named(evs, "2008 presidential election in Georgia")["start"] == "2008"
    assert sum("ummit" in e["name"] for e in evs) == 2


def test_photo_caption_dates_an_undated_event() -> None:
    body = (
        "The Representative spoke at the “Media and Youth” Conference hosted by the Commission.\n\n"
        "Speakers on the panel of the Media and Youth Conference in Brussels, April 2023. (OSCE)"
    )
    evs = _events("Representative in Brussels", body, None)
    assert _named(evs, "Media and Youth Conference")["start"] == "2023-04"


def test_edition_in_words_after_a_copula_and_since_is_no_event_date() -> None:
    body = (
        "A regional expert meeting supported by the OSCE runs in Ohrid from 2 to 5 May. "
        "It is the third regional meeting of this kind since June 2019."
    )
    evs = _events("Experts review progress at OSCE-supported meeting in Ohrid", body, "2022-05-02")
    ev = evs[0]
    assert ev["edition"] == 3 and (ev["start"], ev["end"]) == ("2022-05-02", "2022-05-05")
    assert "kind" not in ev["name"]


def test_institutions_visited_and_title_event_without_report_time() -> None:
    body = "The Chairperson-in-Office today made her first field visit to the OSCE Mission to Skopje."
    evs = _events("Chairperson visits Mission", body, "2023-01-25")
    assert any(e["name"].endswith("OSCE Mission to Skopje") for e in evs)
    body = "The High Commissioner paid a visit today to the European Union Agency for Fundamental Rights."
    evs = _events("High Commissioner visits Agency", body, "2016-02-24")
    assert any(e["name"].endswith("European Union Agency for Fundamental Rights") for e in evs)
    evs = _events(
        "Norway holds first meeting as Chair of the Forum",
        "Norway chaired its first meeting of the OSCE Forum for Security Co-operation (FSC) today.",
        "2025-05-14",
    )
    assert evs[0]["name"] == "First meeting of the OSCE Forum for Security Co-operation"


def test_a_description_of_the_main_meeting_is_no_other_event() -> None:
    body = (
        "Partners met at the Fourth Annual Border Steering Committee meeting, held on Thursday. "
        "It was the first Steering Committee meeting under the new mandate. "
        "The first Steering Committee meeting took place in Osh on 3 May 2014."
    )
    evs = _events("Partners agree priorities", body, "2017-08-11")
    steering = [e for e in evs if "Steering Committee meeting" in e["name"]]
    assert len(steering) == 2 and steering[1]["start"] == "2014-05-03"


def test_event_of_the_opening_sentence_when_the_title_has_none() -> None:
    body = (
        "The OSCE Office organized a two-day workshop on cross-border co-operation for customs officers "
        "in Osh on 14 and 15 March. Some 25 officers took part."
    )
    evs = _events("Customs officers from the region share experience", body, "2019-03-16")
    ev = evs[0]
    assert ev["name"] == "Workshop on cross-border co-operation for customs officers"
    assert (ev["start"], ev["end"], ev["participants"]) == ("2019-03-14", "2019-03-15", 25)
    # a mention without the act of holding it, or without any time, is no main event
    assert (
        _events("Reform continues", "The conference on reform was welcome, the Minister said.", "2019-03-16")
        == []
    )


def test_main_event_dates_from_cues_and_relative_months() -> None:
    evs = _events(
        "Cyber security conference ends",
        "The OSCE conference on cyber security, which opened on Monday, ended in Vienna today.",
        "2019-04-03",
    )
    assert (evs[0]["start"], evs[0]["end"]) == ("2019-04-01", "2019-04-03")
    evs = _events(
        "Seminar on policing to run until Friday",
        "An OSCE seminar on community policing began in Bishkek today and runs until Friday.",
        "2019-04-03",
    )
    assert evs[0]["name"] == "Seminar on policing" and (evs[0]["start"], evs[0]["end"]) == (
        "2019-04-03",
        "2019-04-05",
    )
    evs = _events(
        "Ministers to meet in December",
        "OSCE foreign ministers will gather for the Ministerial Council in Bratislava in December.",
        "2019-06-18",
    )
    assert evs[0]["start"] == "2019-12"
    evs = _events(
        "Forum recommendations published",
        "The recommendations were published today. Experts met in Vienna. "
        "The Economic and Environmental Forum held last month in Prague adopted them.",
        "2019-06-18",
    )
    assert _named(evs, "Economic and Environmental Forum")["start"] == "2019-05"


def test_first_such_meeting_is_no_edition() -> None:
    body = (
        "Delegates began two days of talks in Rabat today. The 2009 Partners Conference is the first such "
        "meeting to be held as a conference."
    )
    evs = _events("2009 Partners Conference opens in Rabat", body, "2009-10-27")
    assert evs[0]["edition"] is None


def test_lower_case_peace_talks_and_signed_ceasefire() -> None:
    body = (
        "Negotiators resumed the peace talks in Minsk on Wednesday. "
        "The ceasefire agreement signed in Minsk on 5 September was reaffirmed."
    )
    evs = _events("Talks resume", body, "2014-09-19")
    assert _named(evs, "Peace talks")["start"] == "2014-09-17"
    assert _named(evs, "Signing of the ceasefire agreement")["start"] == "2014-09-05"
    assert _events("Talks", "The peace talks are important, he said.", "2014-09-19") == []


def test_referendum_is_a_vote() -> None:
    evs = _events(
        "Observers assess referendum",
        "Observers said Sunday's constitutional referendum in Armenia was orderly.",
        "2015-12-07",
    )
    ev = _named(evs, "Constitutional referendum in Armenia")
    assert ev["start"] == "2015-12-06"


def test_place_of_talks_leading_a_sentence_is_a_visit() -> None:
    body = (
        "Progress is real, the Secretary General said today. "
        "In Baku, the Secretary General met the President on Monday."
    )
    evs = _events("Secretary General in Azerbaijan", body, "2019-03-14")
    v = _named(evs, "Visit of the OSCE Secretary General to Baku")
    assert v["start"] == "2019-03-11"


def test_statement_background_events() -> None:
    body = (
        "Fifty years ago today, the leaders of 35 States signed the Helsinki Final Act. "
        "At the Ministerial Council in Malta last December, we stood united. "
        "The Minister will attend the informal meeting of OSCE foreign ministers in Geneva next month."
    )
    evs = _events("Statement on the anniversary", body, "2025-08-01")
    assert _named(evs, "Signing of the Helsinki Final Act")["start"] == "1975-08-01"
    mc = _named(evs, "Ministerial Council")
    assert mc["name"] == "Ministerial Council in Malta" and mc["start"] == "2024-12"
    assert _named(evs, "Informal meeting of OSCE foreign ministers in Geneva")["start"] == "2025-09"


def test_vote_named_by_its_state_or_day() -> None:
    evs = _events(
        "Observers say Kazakh election fell short",
        "Sunday's election in Kazakhstan fell short of commitments, observers said on Monday.",
        "2019-06-10",
    )
    ev = _named(evs, "Election in Kazakhstan")
    assert ev["start"] == "2019-06-09"
    evs = _events(
        "Observers criticise vote",
        "The Belarus vote was flawed, observers said. Sunday's presidential election ended in a landslide.",
        "2010-12-20",
    )
    assert [e["name"] for e in evs] == ["Presidential election in Belarus"]


def test_series_of_a_numbered_meeting_without_a_menu_name() -> None:
    evs = _events("Forum opens", "The Fifth Vienna Security Forum opened today.", "2019-06-10")
    assert (evs[0]["edition"], evs[0]["series"]) == (5, "Vienna Security Forum")


def test_numbered_meeting_of_a_body() -> None:
    evs = _events(
        "Statement on Ukraine", "He spoke at the 1123rd meeting of the Permanent Council today.", "2017-03-09"
    )
    ev = _named(evs, "Meeting of the Permanent Council")
    assert (ev["edition"], ev["start"], ev["series"]) == (
        1123,
        "2017-03-09",
        "Plenary meetings of the Permanent Council",
    )


def test_a_quotation_after_a_meeting_name_is_no_title() -> None:
    body = "She opened the Regional Media Conference, “We must protect journalists,” she said."
    evs = _events("Media conference opens", body, "2019-06-10")
    assert _named(evs, "Regional Media Conference")["name"] == "Regional Media Conference"


def test_committee_with_a_topic_meets_in_a_city() -> None:
    evs = _events(
        "Committee meets", "The OSCE PA's Ad Hoc Committee on Migration met in Rome on 5 March.", "2019-03-06"
    )
    ev = _named(evs, "Ad Hoc Committee on Migration in Rome")
    assert ev["start"] == "2019-03-05"


def test_another_meeting_of_the_same_series_is_kept() -> None:
    body = (
        "Ahead of the upcoming OSCE Ministerial Council in Skopje, we must take stock. "
        "Last year's Ministerial Council in Lodz showed how divided we are."
    )
    evs = _events("Why dialogue matters", body, "2023-09-01")
    lodz = _named(evs, "Ministerial Council in Lodz")
    assert lodz["start"] == "2022" and lodz["series"] == "Ministerial Council meetings"
    assert len(evs) == 2


def test_a_meeting_held_or_planned_later_in_the_text_with_its_date() -> None:
    body = (
        "The Minister spoke in Vienna today. Security was the main topic. "
        "The Chairpersonship will convene a conference on water security in Tirana on 12-13 October."
    )
    evs = _events("Minister speaks", body, "2023-09-01")
    ev = _named(evs, "Conference on water security")
    assert (ev["start"], ev["end"]) == ("2023-10-12", "2023-10-13")


def test_an_osce_summit_is_named_by_its_city() -> None:
    body = (
        "Leaders met at the two-day summit of the Organization for Security and Cooperation in Europe "
        "today. The three leaders agreed to meet again. The summit closes tomorrow with a declaration."
    )
    evs = _events("Leaders Gather As Talks Stall", body, "1996-12-02", "Lisbon")
    summit = _named(evs, "Summit")
    assert summit["name"] == "OSCE Lisbon Summit"
    assert (summit["start"], summit["end"]) == ("1996-12-02", "1996-12-03")  # 'closes tomorrow'
    assert summit["participants"] is None  # 'the three leaders' are people named, not a head-count


def test_a_ministerial_council_named_in_passing_is_dated_by_its_month() -> None:
    body = (
        "The Chairman told the Commission in Washington that much remained to be done before the "
        "Ministerial Council in Sofia in December."
    )
    evs = _events("Chairman briefs lawmakers", body, "2004-06-10")
    mc = _named(evs, "Ministerial Council")
    assert mc["name"] == "Ministerial Council in Sofia" and mc["start"] == "2004-12"


def test_going_home_is_not_a_visit() -> None:
    body = "The President left the meeting early today to head home to Minsk, his aides said."
    assert not [e for e in _events("President leaves early", body, "2001-03-02") if "Visit" in e["name"]]


def test_briefing_at_the_start_of_a_sentence_names_the_body_in_full() -> None:
    body = (
        "The Chairperson spoke to the U.S. Helsinki Commission today. Briefing the Commission, she "
        "said reform was on course."
    )
    assert _named(_events("Chairperson in Washington", body, "2012-05-03"), "Briefing")["name"] == (
        "Briefing of the U.S. Helsinki Commission"
    )


def test_an_inauguration_of_a_named_body_is_an_event() -> None:
    body = (
        "SKOPJE, 3 May 2011 - The Interior Ministry and the OSCE Mission today inaugurated the Border "
        "Police Training Centre of Ohrid (BPTC), which will train 400 officers a year."
    )
    ev = _named(_events("Training centre opens", body, "2011-05-03"), "Inauguration")
    assert ev["name"] == "Inauguration of the Border Police Training Centre of Ohrid"
    assert ev["start"] == "2011-05-03"


def _record_events(text: str) -> list[dict]:
    from graph.extract import extract, parse_page

    return [
        {k: e.get(k) for k in ("name", "start", "end", "place")} for e in extract(parse_page(text))["events"]
    ]


def test_a_meeting_with_named_people_is_an_event_of_its_own() -> None:
    evs = _record_events(
        "Leaders talk in Vienna\n\nVIENNA, 12 May 2003 (Reuters) - Belgian Prime Minister Guy Verhofstadt "
        "said on Monday that a brief meeting with Austrian Chancellor Wolfgang Schuessel and Swiss President "
        "Pascal Couchepin had settled nothing.\n"
    )
    assert "Meeting of Guy Verhofstadt with Wolfgang Schuessel and Pascal Couchepin" in [
        e["name"] for e in evs
    ]


def test_a_joint_press_conference_is_named_by_the_people_holding_it() -> None:
    evs = _record_events(
        "Ministers meet in Riga\n\nRIGA, 4 March 2012 (LETA) - Speaking at a joint press conference with his "
        "Latvian counterpart Edgars Rinkevics, Irish Foreign Minister Eamon Gilmore said the OSCE monitors "
        "would stay.\n"
    )
    assert any(
        e["name"].startswith("Joint press conference of")
        and "Rinkevics" in e["name"]
        and "Gilmore" in e["name"]
        for e in evs
    )


def test_a_field_monitoring_mission_is_not_an_event() -> None:
    field = _record_events(
        "Ministers discuss Ukraine\n\nBERLIN, 2 June 2016 - The ministers discussed the work of the OSCE "
        "Special Monitoring Mission in eastern Ukraine.\n"
    )
    assert not [e for e in field if "Monitoring Mission" in e["name"]]


def test_a_meeting_name_does_not_carry_its_date_and_a_host_city_places_it() -> None:
    evs = _record_events(
        "Minister to attend informal OSCE ministerial meeting in Vilnius\n\n"
        "HELSINKI, 3 July 2011 - The Minister will travel to Vilnius to take "
        "part in an informal meeting of OSCE foreign ministers on 5-6 July. The talks carry forward the "
        "debate on European security. The Chairmanship expects the meeting to prepare the Ministerial "
        "Council that Vilnius will host in December.\n"
    )
    names = {e["name"]: e for e in evs}
    meeting = next(e for n, e in names.items() if "foreign ministers" in n)
    assert not meeting["name"].endswith("July") and (meeting["start"], meeting["end"]) == (
        "2011-07-05",
        "2011-07-06",
    )
    mc = next(e for n, e in names.items() if "Ministerial Council" in n)
    assert mc["place"] == "Vilnius" and mc["start"] == "2011-12"
    assert not [n for n in names if n.startswith("Visit")]  # travelling to take part is no visit


def test_an_election_dated_by_its_month() -> None:
    evs = _record_events(
        "President re-elected\n\nBISHKEK, 1 March 2006 (AFP) - The president secured a second term in a "
        "presidential election in July 2005, observers recalled.\n"
    )
    el = next(e for e in evs if "election" in e["name"].lower())
    assert el["start"] == "2005-07"


def test_a_meeting_on_the_eve_of_another_dates_the_other_to_the_next_day() -> None:
    evs = _record_events(
        "Assembly leaders meet in Hamburg\n\nHAMBURG, 7 December 2016 – The leadership of the OSCE "
        "Parliamentary Assembly met in Hamburg today for a session of the Assembly's Bureau, held on the eve "
        "of the OSCE Ministerial Council.\n"
    )
    names = {e["name"]: e for e in evs}
    assert any("Bureau" in n for n in names), names
    mc = next(e for n, e in names.items() if "Ministerial Council" in n)
    assert mc["start"] == "2016-12-08"


def test_an_inauguration_an_award_ceremony_and_talks_of_a_group() -> None:
    evs = _record_events(
        "Chair greets new president\n\nKYIV, 8 June 2014 – Swiss Foreign Minister Didier Burkhalter "
        "congratulated Petro Poroshenko on his inauguration as Ukraine's President on Saturday. "
        "At a ceremony in Aachen Town Hall on 29 May, the leaders received the Charlemagne Peace Prize. "
        "Before that, the two presidents held talks in Aachen.\n"
    )
    names = {e["name"]: e for e in evs}
    assert names["Inauguration of Petro Poroshenko as Ukraine's President"]["start"] == "2014-06-07"
    assert names["Charlemagne Peace Prize award ceremony"]["place"] == "Aachen Town Hall"
    assert "Talks of the two presidents in Aachen" in names


def test_a_named_meeting_only_takes_a_series_it_shares_a_word_with() -> None:
    evs = _events(
        "Chair addresses Council",
        "Speaking to the OSCE Permanent Council, the Chair announced a follow-up to the Ohrid Conference on "
        "Border Security.",
        "2004-01-15",
    )
    ohrid = _named(evs, "Ohrid")
    assert ohrid["series"] is None


def test_same_day_cues_date_meetings_press_conferences_and_sessions() -> None:
    evs = _record_events(
        "Ministers meet\n\nVILNIUS, 6 December 2011 (BNS) - Earlier in the day, Polish Foreign Minister "
        "Radek Sikorski had a brief meeting with Lithuanian Foreign Minister Audronius Azubalis. Speaking at "
        "a joint press conference with Azubalis, Sikorski said the talks went well. The Assembly's leaders "
        "met in Vilnius today for a session of the Assembly's Bureau.\n"
    )
    dated = {e["name"]: e["start"] for e in evs}
    assert dated["Meeting of Radek Sikorski with Audronius Azubalis"] == "2011-12-06"
    assert next(v for k, v in dated.items() if k.startswith("Joint press conference")) == "2011-12-06"
    assert next(v for k, v in dated.items() if "Bureau" in k) == "2011-12-06"


def test_a_month_in_a_briefing_sentence_does_not_date_the_briefing() -> None:
    body = "Briefing the Helsinki Commission, the Chair said much remained to be done before December."
    assert _named(_events("Chair in Washington", body, "2006-06-28"), "Briefing")["start"] is None


@pytest.mark.parametrize(
    ("title", "sentence", "name", "start"),
    [
        (
            "Ukraine tops agenda as OSCE ministers meet",
            "The OSCE's annual ministerial meeting opens in Hamburg on Thursday.",
            "OSCE Ministerial Council in Hamburg",
            "2016-12-08",
        ),
        (
            "Ukraine talks in Berlin",
            "Talks in the so-called Normandy format were held in Berlin on Wednesday.",
            "Talks in the Normandy format in Berlin",
            "2016-11-30",
        ),
        (
            "Contact group meets",
            "The trilateral contact group met in Minsk on Tuesday to discuss the withdrawal of "
            "heavy weapons.",
            "Meeting of the Trilateral Contact Group in Minsk",
            "2016-11-29",
        ),
        (
            "OSCE ministers gather",
            "Foreign ministers of the 57-nation OSCE meet in Vienna on Thursday and Friday.",
            "OSCE Ministerial Council in Vienna",
            "2016-12-08",
        ),
        (
            "Leaders to sign declaration",
            "Leaders are due to sign a declaration at the close of the two-day summit in Astana on Thursday.",
            "OSCE Astana Summit",
            "2016-12-07",
        ),
    ],
)
def test_meetings_as_news_agencies_report_them(title: str, sentence: str, name: str, start: str) -> None:
    evs = _record_events(f"{title}\n\nVIENNA, 2 December 2016 (Reuters) - {sentence}\n")
    assert any(e["name"] == name and e["start"] == start for e in evs), evs


def test_a_meeting_on_two_weekdays_ends_on_the_second() -> None:
    evs = _record_events(
        "OSCE ministers gather\n\nVIENNA, 2 December 2016 (Reuters) - Foreign ministers of the 57-nation "
        "OSCE meet in Hamburg on Thursday and Friday.\n"
    )
    mc = next(e for e in evs if e["name"] == "OSCE Ministerial Council in Hamburg")
    assert (mc["start"], mc["end"]) == ("2016-12-08", "2016-12-09")


def test_a_headline_that_opens_dates_the_meeting_and_its_own_city_places_it() -> None:
    evs = _record_events(
        "Conference on judicial reform opens in Belgrade\n\nBELGRADE, 14 March 2023 – The Head of the OSCE "
        "Mission to Serbia and the Justice Minister opened the conference.\n"
    )
    assert evs[0]["start"] == "2023-03-14"
    evs = _record_events(
        "Workshop on cybersecurity\n\nBELGRADE, 14 March 2023 – The workshop, held in Tashkent on 12 and 13 "
        "March, was opened by the Deputy Foreign Minister.\n"
    )
    assert evs[0]["place"] == "Tashkent"
