"""Every layout through the whole pipeline: a plain-text article, a saved HTML page and a listing page
become documents of the graph, and one person written two ways by two outlets is one node."""

from __future__ import annotations

from pathlib import Path

from graph.ingest import ingest_paths
from graph.namespaces import OSCE

AGENCY = """Talks on border security open in Bishkek

BISHKEK, Mar 4, 2021 (Wire) - Aibek Zhumabaev, the Foreign Minister of Kyrgyzstan, opened a two-day
OSCE seminar on border security in Bishkek on Thursday, the ministry said.

Nurlan Bekov, Head of the OSCE Programme Office in Bishkek, said the seminar "is a step forward".
"""

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Minister meets OSCE envoy</title>
<meta property="article:published_time" content="2021-03-10T10:00:00Z"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Kyrgyz Foreign Minister receives OSCE envoy</h1>
<p>BISHKEK, 10 March 2021 – Foreign Minister Aibek Jumabaev received Ambassador Aliya Bekov, the OSCE
Special Representative for the South Caucasus, in Bishkek today.</p>
<p>“We value the co-operation,” Jumabaev said.</p></article>
<footer><p>All rights reserved.</p></footer></body></html>
"""

LISTING = """Newsroom
News and press releases
News and press releases from the OSCE's global activities.
OSCE supports police training in Dushanbe
Publishing date: 12 May 2021
Content type: Press release
Where we are: OSCE Programme Office in Dushanbe
What we do: Policing
DUSHANBE, 12 May 2021 – Some 30 police officers completed an OSCE course on community policing today.
OSCE Centre in Ashgabat hosts media seminar
Publishing date: 10 May 2021
Content type: Press release
Where we are: OSCE Centre in Ashgabat
What we do: Media freedom and development
ASHGABAT, 10 May 2021 – Journalists from across Turkmenistan met at an OSCE seminar on media law.
"""


def people_named(store, surname: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Person IRI -> the names written for it, for people whose stated name ends in ``surname``."""
    rows = store.select(f"""SELECT ?p ?name WHERE {{ ?a <{OSCE.person}> ?p ; <{OSCE.statedName}> ?name .
        FILTER(STRENDS(STR(?name), "{surname}")) }}""")
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(str(r["p"]), set()).add(str(r["name"]))
    return out


def test_layouts_identity_and_namesakes_across_outlets(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "agency.txt").write_text(AGENCY, encoding="utf-8")
    (pages / "ministry.html").write_text(HTML, encoding="utf-8")
    (pages / "news.txt").write_text(LISTING, encoding="utf-8")
    summary = ingest_paths(store, [pages], quarantine_dir=tmp_path / "q", show_progress=False)
    assert summary.line() == "ingested 4, unchanged 0, replaced 0, quarantined 0"  # the listing gives two
    titles = {str(r["t"]) for r in store.select(
        "SELECT ?t WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/title> ?t } }")}
    assert {"Talks on border security open in Bishkek", "Kyrgyz Foreign Minister receives OSCE envoy",
            "OSCE supports police training in Dushanbe",
            "OSCE Centre in Ashgabat hosts media seminar"} <= titles
    # one minister written 'Zhumabaev' by the agency and 'Jumabaev' by the ministry's page: one node
    ministers = [names for names in people_named(store, "abaev").values()]
    assert ministers == [{"Aibek Zhumabaev", "Aibek Jumabaev"}]
    # two people surnamed Bekov, first names apart: two nodes
    assert len(people_named(store, "Bekov")) == 2
    # a re-run of the same files writes nothing, listing items included
    again = ingest_paths(store, [pages], quarantine_dir=tmp_path / "q", show_progress=False)
    assert again.line() == "ingested 0, unchanged 4, replaced 0, quarantined 0"
