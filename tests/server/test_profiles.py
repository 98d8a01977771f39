"""Profile pages (server/profiles/): what a reader sees about the seed press release's people, event,
State, organisation and document; the raw statements kept; RDF unchanged; markup in the data escaped;
the SPARQL path (stores without Oxigraph's index lookups) gives the same pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.entities import entity_rdf
from server.profiles.events import attendance_words
from server.profiles.people import person_profile
from server.profiles.view import GraphView

DATA = Path(__file__).resolve().parent / "data"
KG = "https://w3id.org/osce-kg/id/"
HTML = {"Accept": "text/html"}
EVENT = "/id/event/alliance-against-trafficking-in-persons-18"
DOC = "/id/doc/2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"
OTHERS = [
    "Madina Jarbussynova",
    "Vincenzo Amendola",
    "Paul Bekkers",
    "Ingibjörg Sólrún Gísladóttir",
    "John Brandolino",
    "Afshan Khan",
    "Vincent Cochetel",
    "Yannick Glemarec",
]


@pytest.fixture(scope="module")
def client(built_store) -> FlaskClient:  # type: ignore[no-untyped-def]
    return create_app({"store": "memory"}, store=built_store).test_client()


def page(client: FlaskClient, path: str) -> str:
    r = client.get(path, headers=HTML)
    assert r.status_code == 200, path
    return r.get_data(as_text=True)


def section(html: str, ident: str) -> str:
    m = re.search(rf'<section id="{ident}">(.*?)</section>', html, re.S)
    assert m, ident
    return m.group(1)


def test_person_page_shows_post_event_role_quotation_and_network(client: FlaskClient) -> None:
    html = page(client, "/id/person/monique-villa")
    assert re.search(
        r'<p class="lede" id="lede">Chief Executive Officer of the Thomson Reuters Foundation</p>', html
    )
    events = section(html, "events")
    assert ">18th Conference of the Alliance against Trafficking in Persons</a>" in events
    assert "23–24 April 2018" in events and ">keynote<" in events
    assert "“The fight against slavery entails working together and combining forces”" in events
    # the quotation links to its sentence on the document page, and that anchor exists there
    anchor = re.search(r'<a class="src" href="(/id/doc/[^"#]+)#(s-\d+)">', events)
    assert anchor and f'id="{anchor.group(2)}"' in page(client, anchor.group(1))
    network = section(html, "network")
    assert network.count("<svg") == 1
    for name in OTHERS:
        assert f">{name}</text>" in network, name
    assert "<details" in html and 'id="outgoing"' in html  # the raw statements, collapsed
    assert section(html, "organisations").count("Thomson Reuters Foundation") == 1


def test_person_page_of_madina_jarbussynova(client: FlaskClient) -> None:
    html = page(client, "/id/person/madina-jarbussynova")
    posts = section(html, "posts")
    assert "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings" in posts
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline"' in posts
    assert "24 April 2018" in posts
    row = next(r for r in section(html, "events").split("<tr>") if "18th Conference of the Alliance" in r)
    assert "speaker" in row
    # not quoted: the sentence that places her there is shown instead
    assert "Madina Jarbussynova urged today OSCE participating States to capitalize" in row


def test_rdf_is_unchanged_by_the_profile(client: FlaskClient, built_store) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/id/person/monique-villa", headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/turtle"
    assert r.data == entity_rdf(built_store, KG + "person/monique-villa", "text/turtle")


def test_event_page_speakers_attendance_and_documents(client: FlaskClient) -> None:
    html = page(client, EVENT)
    assert 'Conference, 23–24 April 2018, <a href="/id/place/vienna"' in html
    assert ">Austria</a>" in html.split('id="lede"')[1].split("</p>")[0]
    assert "351 participants from 57 participating States and 11 Partners for Co-operation." in section(
        html, "attendance"
    )
    speakers = section(html, "speakers")
    for name in [*OTHERS, "Monique Villa"]:
        assert f">{name}</a>" in speakers, name
    villa = next(r for r in speakers.split("<tr>") if "Monique Villa" in r)
    assert "keynote" in villa and "Thomson Reuters Foundation" in villa and ">yes</a>" in villa
    assert DOC in section(html, "documents")
    assert "Alliance against Trafficking in Persons" in section(html, "editions")


def test_attendance_in_words() -> None:
    assert (
        attendance_words({"participants": [351], "participating-states": [57], "partners": [11]})
        == "351 participants from 57 participating States and 11 Partners for Co-operation"
    )
    assert attendance_words({"participants": [120, 150]}) == "120 or 150 participants"
    assert attendance_words({"participating-states": [1]}) == "Participants from 1 participating State"
    assert attendance_words({}) == ""


def test_state_page(client: FlaskClient) -> None:
    html = page(client, "/id/state/ita")
    assert '<a href="/id/chairpersonship/2018"' in section(html, "chairpersonship")
    assert "Vincenzo Amendola" in section(html, "representatives")
    assert "ITA" in html.split('id="lede"')[1].split("</p>")[0]


def test_organisation_and_field_operation_pages(client: FlaskClient) -> None:
    html = page(client, "/id/org/odihr")
    affiliated = section(html, "affiliated")
    assert "Ingibjörg Sólrún Gísladóttir" in affiliated.split("<table")[1]
    picture = affiliated.split("</svg>")[0]  # the timeline of people over time names her as well
    assert 'class="chart timeline"' in picture and ">Ingibjörg Sólrún Gísladóttir<title>" in picture
    serbia = page(client, "/id/org/mission-to-serbia")
    assert re.search(r"OSCE field operation in <a href=\"/id/state/srb\"[^>]*>Serbia</a>", serbia)


def test_document_page_marks_what_was_extracted(client: FlaskClient) -> None:
    html = page(client, DOC)
    text = html.split('id="doc-text">')[1].split("</div>")[0]
    assert re.search(
        r'<a class="ent ent-person" href="/id/person/monique-villa"[^>]*>Monique Villa<span '
        r'class="ent-label">PERSON</span></a>',
        text,
    )
    assert re.search(
        r'<a class="ent ent-post" href="/id/post/thomson-reuters-foundation-[^"]*"[^>]*>Chief Executive '
        r"Officer of the Thomson Reuters Foundation<span",
        text,
    )
    assert re.search(r'<mark class="ent ent-date"[^>]*>24 April 2018<span', text)
    assert re.search(r'<a class="ent ent-place" href="/id/place/vienna"', text)
    # the marks leave the text itself intact: without the tags it is the page's body
    plain = re.sub(r'<span class="ent-label">[A-Z]+</span>', "", text)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert "“The fight against slavery entails working together and combining forces” said Chief" in plain
    assert "The event was attended by 351 participants from across the 57 OSCE participating States" in plain


def test_markup_in_the_data_is_escaped_everywhere() -> None:
    store = OxigraphStore(None)
    store.load_file(DATA / "profiles_escaping.trig")
    c = create_app({"store": "memory"}, store=store).test_client()
    for path in ("/id/person/evil", "/id/person/other", "/id/event/e", "/id/doc/x", "/search?q=script"):
        html = c.get(path, headers=HTML).get_data(as_text=True)
        for raw in (
            "<script>window",
            "<img src=x",
            "<svg onload",
            "<b>Sons",
            "</text><script>",
            "<i>title",
            "<s>sentence",
        ):
            assert raw not in html, (path, raw)
    person = c.get("/id/person/evil", headers=HTML).get_data(as_text=True)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in person
    assert (
        "O&#x27;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;" in person
        or "O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;" in person
    )


def test_the_sparql_path_gives_the_same_page_as_index_lookups(built_store) -> None:  # type: ignore[no-untyped-def]
    native = GraphView(built_store, "https://w3id.org/osce-kg/")
    sparql = GraphView(built_store, "https://w3id.org/osce-kg/")
    sparql.native = None
    assert native.native is not None
    for person in ("monique-villa", "madina-jarbussynova"):
        assert person_profile(native, KG + "person/" + person) == person_profile(
            sparql, KG + "person/" + person
        )


def test_series_page_lists_editions_with_participants(client: FlaskClient) -> None:
    html = page(client, "/id/series/alliance-against-trafficking-in-persons")
    editions = section(html, "editions")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart bars"' in editions
    rows = editions.split("<tbody>")[1].split("<tr")
    row = next(r for r in rows if "18th Conference of the Alliance" in r)
    assert "<td>18</td>" in row and "<td>351</td>" in row
    event = section(page(client, EVENT), "editions").split("<tbody>")[1].split("<tr")
    current = next(r for r in event if "18th Conference of the Alliance" in r)
    assert current.startswith(' class="current"')


def test_document_text_only_from_the_unchanged_file(tmp_path: Path) -> None:
    """The text comes from the ingested file only while its SHA-256 matches the one recorded; after a
    change the page falls back to the sentences the graph keeps (and shows nothing of the new file)."""
    import hashlib

    page_file = tmp_path / "page.txt"
    sentence = "Vienna, 2 May 2020 – Jane Roe opened the meeting."
    text = f"Press release\nA meeting opens\n- Date:\n- 2 May 2020\n“{sentence}\n"
    page_file.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(page_file.read_bytes()).hexdigest()
    trig = f"""
    @prefix kg: <{KG}> . @prefix osce: <https://w3id.org/osce-kg/def#> .
    @prefix dcterms: <http://purl.org/dc/terms/> . @prefix schema: <https://schema.org/> .
    <https://w3id.org/osce-kg/graph/doc/d> {{
      <https://w3id.org/osce-kg/graph/doc/d> osce:sourceFile "{page_file}" ; osce:sha256 "{digest}" .
      kg:doc\\/d a osce:PressRelease ; dcterms:title "A meeting opens"@en .
      kg:person\\/jane-roe a schema:Person ; schema:name "Jane Roe" .
      kg:appearance\\/d\\/jane-roe a osce:Appearance ; osce:person kg:person\\/jane-roe ;
        osce:document kg:doc\\/d ; osce:statedName "Jane Roe" ; osce:sourceSentence "{sentence}" ;
        osce:charStart 1 .
    }}"""
    store = OxigraphStore(None)
    store.load_bytes(trig.encode(), "trig")
    c = create_app({"store": "memory", "cache_size": 0}, store=store).test_client()
    html = page(c, "/id/doc/d")
    assert '<a class="ent ent-person" href="/id/person/jane-roe"' in html
    assert "The file this document was read from is not available" not in html
    page_file.write_text(page_file.read_text(encoding="utf-8") + "A secret line.\n", encoding="utf-8")
    html = page(c, "/id/doc/d")
    assert "The file this document was read from is not available" in html
    assert f'<p class="sentence" id="s-1">{sentence}</p>' in html and "secret" not in html


def test_place_page(client: FlaskClient) -> None:
    html = page(client, "/id/place/vienna")
    assert re.search(r'id="lede">Place in <a href="/id/state/aut"[^>]*>Austria</a>', html)
    assert ">18th Conference of the Alliance against Trafficking in Persons</a>" in section(html, "hosted")
    assert DOC in section(html, "documents")


def test_the_lede_is_the_post_stated_most_recently() -> None:
    """Post A stated in 2015 and 2020, post B in 2018: A is what the person was last called."""
    rows = []
    for doc, post, year in (("d1", "a", 2015), ("d2", "b", 2018), ("d3", "a", 2020)):
        rows.append(f"""<https://w3id.org/osce-kg/graph/doc/{doc}> {{
          kg:doc\\/{doc} a osce:PressRelease ; dcterms:issued "{year}-01-01"^^xsd:date .
          kg:appearance\\/{doc}\\/p a osce:Appearance ; osce:person kg:person\\/p ;
            osce:document kg:doc\\/{doc} ; osce:statedPost kg:post\\/{post} ;
            osce:statedTitle "Post {post.upper()}"@en . }}""")
    trig = (
        f"@prefix kg: <{KG}> . @prefix osce: <https://w3id.org/osce-kg/def#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "<https://w3id.org/osce-kg/graph/reference> { kg:person\\/p a <https://schema.org/Person> ;"
        ' <https://schema.org/name> "P" . }\n' + "\n".join(rows)
    )
    store = OxigraphStore(None)
    store.load_bytes(trig.encode(), "trig")
    html = page(create_app({"store": "memory"}, store=store).test_client(), "/id/person/p")
    assert '<p class="lede" id="lede">Post A</p>' in html
