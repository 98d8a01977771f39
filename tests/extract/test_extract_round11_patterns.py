"""Round 11 of the other-outlet rules (written on tests/extract/outlets_dev d49-d60 after their unseen
figure was taken): an OSCE institution's title without its name, a later appositive post after 'the new',
a body in brackets after a name, a title read leftwards stops at a verb, and a news site's byline signs
for the site, each on invented text."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.layouts import parse_page
from graph.extract.posts import walk_left


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def person(r: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(p for p in r["people"] if p["name"].endswith(surname))


HEAD = "Example Herald\n\nMinorities envoy praises reforms\n\n12 March 2015\n\n"


def test_an_osce_title_without_its_name_belongs_to_the_institution_the_text_names() -> None:
    r = record(HEAD + "The OSCE High Commissioner on National Minorities is twenty years old. "
                      "High Commissioner Boris Petek presented new ideas at the event.\n")
    assert person(r, "Petek")["organisation"] == "OSCE High Commissioner on National Minorities"


def test_a_later_appositive_after_new_is_the_post() -> None:
    r = record(HEAD + "Writer Boris Petek addressed the Permanent Council in Vienna on Thursday.\n\n"
                      "Boris Petek, the new OSCE Representative on Freedom of the Media. Photo: OSCE\n")
    assert person(r, "Petek")["post"] == "OSCE Representative on Freedom of the Media"


def test_a_body_in_brackets_after_a_name_is_the_organisation() -> None:
    r = record(HEAD + "The meeting elected Ana Novak (Example Centre for Security Policy), Boris Petek "
                      "(EXCOR) and Jan Kowal (Poland) to the Steering Committee.\n")
    assert person(r, "Novak")["organisation"] == "Example Centre for Security Policy"
    assert person(r, "Petek")["organisation"] == "EXCOR"
    assert person(r, "Kowal")["organisation"] is None  # a State in brackets is a country


def test_a_title_read_leftwards_stops_at_a_verb() -> None:
    text = "The last visit to the city by an OSCE Secretary General was made by Novak in June."
    assert walk_left(text, text.index("Novak") - 1, 0, []) == (None, text.index("Novak") - 1)
    text = "The talks were opened by OSCE Secretary General Novak in June."
    assert walk_left(text, text.index("Novak") - 1, 0, [])[0] == "OSCE Secretary General"


def test_a_news_sites_byline_signs_for_the_site() -> None:
    page = (
        '<html><head><title>Envoy in the capital | Example Times</title>'
        '<meta property="og:site_name" content="Example Times">'
        '<meta name="author" content="Jane Roe"></head><body><article><h1>Envoy in the capital</h1>'
        "<p>OSCE Secretary General Boris Petek visited the capital on Tuesday and held talks with "
        "Foreign Minister Ana Novak about the work of the field operation.</p>"
        "<p>The two discussed the next steps of the reform of the police and the courts.</p>"
        "</article></body></html>"
    )
    r = record(page, "t.html")
    assert person(r, "Roe")["organisation"] == "Example Times"
    assert [p["name"] for p in r["people"] if p["name"] == "Example Times"] == []


# layout reading (round 11b): a hyphenated day-first date under a content type, a meeting's place and day
# under an event page's title, and a date over a site's masthead against the dateline's full date

def test_a_hyphenated_day_first_date_under_a_content_type_is_the_date() -> None:
    page = parse_page("Government.example\nHome > Topics > News\n\nNews item | 07-03-2013\n\n"
                      "Envoy's work must continue\n\nThe Foreign Minister said so today at the opening of "
                      "the celebration in the capital, which many visiting dignitaries attended.\n", "t.txt")
    assert (page.title, page.date) == ("Envoy's work must continue", "2013-03-07")


def test_a_meetings_place_and_day_under_the_title_are_no_publication_date() -> None:
    page = parse_page("Example Network of Institutes\nHome | About | Events | Contact\n\n"
                      "Events > Past events > 2013\n\nNetwork elects its committee\n\n"
                      "Network meeting, Vienna, 30 October 2013\n\nThe member institutions of the network "
                      "met in Vienna on 30 October 2013 and elected a committee.\n", "t.txt")
    assert page.title == "Network elects its committee"
    assert page.date is None


def test_a_date_over_the_masthead_gives_way_to_the_datelines_full_date() -> None:
    page = parse_page("EXA - Example Information Agency\n• Saturday, 28 September 2024\n"
                      "Home | Politics | Economy | World\n\nMinister addresses the conference by video\n\n"
                      "Exampletown, 24 October 2023 (EXA) – The Foreign Minister on Tuesday addressed a "
                      "conference in The Hague by video.\n", "t.txt")
    assert page.date == "2023-10-24"
    # a date line over a dateline without a date stays the date: 'Thu, Dec 8 2016' over 'Hamburg (dpa) -'
    page = parse_page("Wire service in English\n\nThu, Dec 8 2016\n\nMinister opens the meeting\n\n"
                      "Hamburg (Wire) - The Foreign Minister urged the States on Thursday to keep their "
                      "commitments.\n", "t.txt")
    assert page.date == "2016-12-08"
