"""Round 15 of the other-outlet rules (layout reading, written on tests/extract/outlets_dev d73-d84 after
their unseen figure was taken): a release label under a letterhead, a wire's slug and its byline's outlet,
a transcript's first speaker, a long ministry name over its menu, a dotted day in a dateline, a web
clipping's front matter, a table of contents' dot leaders and schema.org's datePublished, each on invented
text."""

from __future__ import annotations

from graph.extract.layouts import parse_page
from graph.extract.layouts.plain import _is_chrome
from graph.extract.page import parse_dateline


def test_a_release_label_puts_the_title_below_the_letterhead() -> None:
    page = parse_page("COMMISSION ON EXAMPLE AFFAIRS IN EUROPE\n123 Example Building, Exampletown\n\n"
                      "Senator Ana Novak, Chairman\nRep. Jan Kowal, Co-Chairman\n\nFOR IMMEDIATE RELEASE\n"
                      "September 27, 2001\n\nCOMMISSION TO EXAMINE POLICY TOWARD THE ORGANIZATION\n"
                      "Will commitments be eroded?\n\n(Exampletown) - The Commission will hold a hearing to "
                      "examine policy toward the organization, the institution of the Helsinki process.\n",
                      "t.txt")
    assert (page.title, page.date) == ("COMMISSION TO EXAMINE POLICY TOWARD THE ORGANIZATION", "2001-09-27")


def test_a_wire_slug_and_the_bylines_outlet_are_no_title() -> None:
    page = parse_page("a0412 BC-Example-Summit 1stLd-Writethru 12-05 0587\nWIRE 12/05/94 1432 GMT\n\n"
                      "President attends summit; minister warns of cold peace\n\nBy ANA NOVAK\n"
                      "Example Press International\n\nEXAMPLETOWN, Dec. 5 -- The President urged the members "
                      "of the conference on Monday to keep their commitments.\n", "t.txt")
    assert page.title == "President attends summit; minister warns of cold peace"
    assert page.date == "1994-12-05"


def test_a_transcripts_first_speaker_opens_the_body_under_a_long_ministry_name() -> None:
    page = parse_page("The Ministry of Foreign Affairs of the Republic of Examplia\n"
                      "Press service > Minister's speeches\n\n31 October 2019\n\n"
                      "Foreign Minister Ana Novak's remarks and answers to media questions at a joint "
                      "news conference following talks with the Secretary General, Exampletown, October 31, "
                      "2019\n\nANA NOVAK: Ladies and gentlemen,\n\nWe have held constructive talks with the "
                      "Secretary General, whose second visit this year we welcome.\n", "t.txt")
    assert page.title.startswith("Foreign Minister Ana Novak's remarks")


def test_a_dotted_day_in_a_dateline_is_read() -> None:
    assert parse_dateline("Potsdam, 1. September 2016 – The minister said")[1] == "2016-09-01"


def test_a_web_clippings_front_matter_is_no_text_and_gives_the_publication_date() -> None:
    page = parse_page('---\ntitle: "Envoy discusses mission goals"\nsource: "https://example.org/a"\n'
                      "published: 2009-11-09\ncreated: 2025-03-18\n---\nEnvoy discusses mission goals\n"
                      "==============================\n\nThe head of the mission said it will concentrate on "
                      "strengthening institutions and the rule of law.\n", "t.txt")
    assert (page.title, page.date, page.sources) == ("Envoy discusses mission goals", "2009-11-09", [])


def test_a_table_of_contents_line_is_furniture() -> None:
    assert _is_chrome("The Organization and Examplia ........ 1")
    assert _is_chrome("FOR IMMEDIATE RELEASE")


def test_schema_org_date_published_dates_an_amp_page() -> None:
    page = parse_page('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                      '"datePublished": "2022-03-31T18:02:00+03:00"}</script></head><body><article>'
                      "<h1>Mandate of the mission not extended</h1><p>The mandate of the monitoring mission "
                      "was not extended after one participating State blocked the consensus needed, the "
                      "Chairperson-in-Office said.</p><p>The mission will now close its offices.</p>"
                      "</article></body></html>", "t.html")
    assert page.date == "2022-03-31"
