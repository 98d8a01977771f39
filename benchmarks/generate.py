"""A deterministic OSCE-shaped graph for benchmarks: N events, one press release each.

In the terms of docs/model.md, so the stored queries and the shapes apply: the ontology and its
SKOS schemes in ``kgg:ontology``; States, Partners, structures, field operations, Chairpersonships,
meeting series, places, posts and the extractor agent in ``kgg:reference``; and per event one press
release graph ``kgg:doc/{slug}`` holding the event, its attendance count, the document, two
appearances (``osce:Appearance``) of speakers with their posts and roles, the people first seen
there, and the graph's own PROV description. About 55 triples per event; the generated graph
conforms to ``ontology/shapes.ttl``.

    python benchmarks/generate.py 10000 -o /tmp/osce-10k.nq

Written as N-Quads text directly (no rdflib), so 100k events take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as a script from anywhere
    sys.path.insert(0, str(ROOT))

KG = "https://w3id.org/osce-kg/id/"
KGG = "https://w3id.org/osce-kg/graph/"
OSCE = "https://w3id.org/osce-kg/def#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = f"<{RDF}type>"

FIRST = ("Amira Bogdan Carla Dmitri Elena Farid Greta Hasan Ingrid Jonas Katarina Lev Marta Nikolai "
         "Olga Pavel Rasa Stefan Tamara Umar Vesna Wojciech Ximena Yusuf Zofia Anders Birgit Cem Daria "
         "Emil Fatima Goran Helga Ivan Jana Kemal Lina Milan Nora Oskar Petra Rustam Sofia Timur Ulla "
         "Viktor Willem Yana Zoran Alma").split()
LAST = ("Kovalenko Novak Horvat Ivanova Petrov Schmidt Rossi Dubois Jensen Nowak Popescu Yilmaz Aliyev "
        "Karimov Berg Lindqvist Moreau Costa Silva Ferrari Weber Wagner Becker Hoffmann Kaya Demir Sahin "
        "Celik Bianchi Romano Greco Marino Bruno Gallo Conti Costa Mancini Rizzo Lombardi Moretti Barbieri "
        "Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale "
        "Lombardo Serra Coppola DeLuca Marchetti Parisi Villa Conte Ferri Fabbri Bianco Marini Grasso "
        "Valentini Messina Sala DeAngelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo "
        "Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti "
        "Caputo Montanari Guerra Palmieri Bernardi Martino Fiore DeRosa Ferretti Bellini Basile").split()
WORDS = ("security co-operation dialogue border media freedom trafficking cyber energy water migration "
         "policing tolerance youth gender elections minorities governance environment economy arms "
         "terrorism democracy rights justice roma education climate transport customs").split()
STRUCTURES = [  # slug, class, parent slug, kind
    ("permanent-council", "DecisionMakingBody", "osce", "decision-making-body"),
    ("ministerial-council", "DecisionMakingBody", "osce", "decision-making-body"),
    ("forum-for-security-co-operation", "DecisionMakingBody", "osce", "decision-making-body"),
    ("chairpersonship", "ExecutiveStructure", "osce", "executive-structure"),
    ("secretariat", "ExecutiveStructure", "osce", "executive-structure"),
    ("odihr", "Institution", "osce", "institution"),
    ("hcnm", "Institution", "osce", "institution"),
    ("representative-on-freedom-of-the-media", "Institution", "osce", "institution"),
    ("conflict-prevention-centre", "SecretariatUnit", "secretariat", "secretariat-unit"),
    ("transnational-threats-department", "SecretariatUnit", "secretariat", "secretariat-unit"),
    ("office-of-the-co-ordinator-of-economic-and-environmental-activities", "SecretariatUnit", "secretariat",
     "secretariat-unit"),
    ("gender-issues-programme", "SecretariatUnit", "secretariat", "secretariat-unit"),
]
FIELD_KINDS = ("mission", "programme-office", "centre", "presence", "project-co-ordinator", "office")
FIELDS = ("arms-control", "border-management", "combating-trafficking-in-human-beings",
          "countering-terrorism", "cyber-ict-security", "democratization", "economic-activities",
          "education", "elections",
          "environmental-activities", "gender-equality", "good-governance", "human-rights", "migration",
          "policing", "rule-of-law", "youth")
ROLES = ("speaker", "keynote", "opening-remarks", "closing-remarks", "moderator", "video-address", "host",
         "participant")


def iri(x: str) -> str:
    return f"<{x}>"


def lit(value: str, lang: str | None = None, dt: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if lang:
        return f"{text}@{lang}"
    if dt:
        return f"{text}^^<{dt}>"
    return text


def typed(value: object, dt: str) -> str:
    return lit(str(value), dt=XSD + dt)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)


def states() -> list[tuple[str, str, str]]:
    """(alpha2, alpha3, name) of 68 real countries (pycountry, so codes are real), sorted by alpha-3."""
    import pycountry

    cs = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    return [(c.alpha_2, c.alpha_3, c.name) for c in cs[::3][:68]]


class Writer:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0

    def q(self, s: str, p: str, o: str, g: str) -> None:
        self.out.write(f"{s} {p} {o} {g} .\n")
        self.count += 1


def ontology_nquads() -> Iterator[str]:
    """The real ontology and schemes, as N-Quads lines in kgg:ontology."""
    import pyoxigraph as ox

    from graph.build import ontology_files

    g = ox.NamedNode(KGG + "ontology")
    for path in ontology_files():
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield f"{q.subject} {q.predicate} {q.object} {g} .\n"


def generate(events: int, out: IO[str], seed: int = 5) -> int:
    """Write the graph for ``events`` events; return the number of quads written."""
    rnd = random.Random(seed)
    w = Writer(out)
    for line in ontology_nquads():
        out.write(line)
        w.count += 1
    ref = iri(KGG + "reference")
    sts = states()
    state_iris = [iri(f"{KG}state/{a3.lower()}") for _, a3, _ in sts]
    for i, (a2, a3, name) in enumerate(sts):
        s = state_iris[i]
        partner = i >= 57
        w.q(s, TYPE, iri(OSCE + ("PartnerForCooperation" if partner else "ParticipatingState")), ref)
        w.q(s, iri(SKOS + "prefLabel"), lit(name, "en"), ref)
        w.q(s, iri(SKOS + "notation"), lit(a2, dt=OSCE + "ISO3166Alpha2"), ref)
        w.q(s, iri(SKOS + "notation"), lit(a3, dt=OSCE + "ISO3166Alpha3"), ref)
        if partner:
            group = "asian" if i % 2 else "mediterranean"
            w.q(s, iri(OSCE + "partnerGroup"), iri(KG + "partner-group/" + group), ref)
            w.q(s, iri(OSCE + "partnerSince"), typed(1995 + i % 20, "gYear"), ref)
        else:
            w.q(s, iri(OSCE + "participatingSince"), typed(1973 + i % 20, "gYear"), ref)
    for grp in ("asian", "mediterranean"):
        w.q(iri(KG + "partner-group/" + grp), TYPE, iri(OSCE + "PartnerGroup"), ref)
        label = lit(f"{grp.title()} Partners", "en")
        w.q(iri(KG + "partner-group/" + grp), iri(SKOS + "prefLabel"), label, ref)
    osce = iri(KG + "org/osce")
    w.q(osce, TYPE, iri(ORG + "FormalOrganization"), ref)
    w.q(osce, TYPE, iri(OSCE + "InternationalOrganization"), ref)
    w.q(osce, iri(SKOS + "prefLabel"), lit("Organization for Security and Co-operation in Europe", "en"), ref)
    w.q(osce, iri(ORG + "classification"), iri(KG + "org-kind/international-organisation"), ref)
    orgs = []
    for s_slug, cls, parent, kind in STRUCTURES:
        o = iri(f"{KG}org/{s_slug}")
        orgs.append(o)
        w.q(o, TYPE, iri(OSCE + cls), ref)
        w.q(o, iri(SKOS + "prefLabel"), lit(s_slug.replace("-", " ").title(), "en"), ref)
        w.q(o, iri(ORG + "classification"), iri(f"{KG}org-kind/{kind}"), ref)
        w.q(o, iri(ORG + "unitOf"), osce, ref)
        if parent != "osce":
            w.q(o, iri(ORG + "subOrganizationOf"), iri(f"{KG}org/{parent}"), ref)
    for i in range(16):
        host = state_iris[(i * 5) % 57]
        name = sts[(i * 5) % 57][2]
        o = iri(f"{KG}org/{slug('mission to ' + name)}")
        orgs.append(o)
        opened = 1992 + i
        w.q(o, TYPE, iri(OSCE + "FieldOperation"), ref)
        w.q(o, iri(SKOS + "prefLabel"), lit(f"OSCE Mission to {name}", "en"), ref)
        w.q(o, iri(ORG + "classification"), iri(KG + "org-kind/field-operation"), ref)
        w.q(o, iri(ORG + "unitOf"), osce, ref)
        w.q(o, iri(OSCE + "hostState"), host, ref)
        kind = FIELD_KINDS[i % len(FIELD_KINDS)]
        w.q(o, iri(OSCE + "fieldOperationKind"), iri(f"{KG}field-op-kind/{kind}"), ref)
        w.q(o, iri(OSCE + "openingYear"), typed(opened, "gYear"), ref)
        closed = i % 4 == 3
        w.q(o, iri(OSCE + "isOpen"), typed("false" if closed else "true", "boolean"), ref)
        if closed:
            w.q(o, iri(OSCE + "closingYear"), typed(opened + 7, "gYear"), ref)
    for year in range(1991, 2026):
        c = iri(f"{KG}chairpersonship/{year}")
        w.q(c, TYPE, iri(OSCE + "Chairpersonship"), ref)
        w.q(c, iri(OSCE + "chairState"), state_iris[(year * 7) % 57], ref)
        w.q(c, iri(OSCE + "year"), typed(year, "gYear"), ref)
        w.q(c, iri(SCHEMA + "startDate"), typed(f"{year}-01-01", "date"), ref)
        w.q(c, iri(SCHEMA + "endDate"), typed(f"{year}-12-31", "date"), ref)
    n_series = max(5, events // 20)
    series = []
    for i in range(n_series):
        label = f"{WORDS[i % len(WORDS)].title()} {WORDS[(i // len(WORDS) + 3) % len(WORDS)]} forum {i}"
        s = iri(f"{KG}series/{slug(label)}")
        series.append((s, slug(label), label))
        w.q(s, TYPE, iri(OSCE + "MeetingSeries"), ref)
        w.q(s, iri(SKOS + "prefLabel"), lit(label, "en"), ref)
        w.q(s, iri(SCHEMA + "organizer"), orgs[i % len(orgs)], ref)
    n_places = max(10, events // 10)
    places = []
    for i in range(n_places):
        name = f"{WORDS[i % len(WORDS)].title()}burg {i}"
        p = iri(f"{KG}place/{slug(name)}")
        places.append((p, name))
        w.q(p, TYPE, iri(SCHEMA + "Place"), ref)
        w.q(p, iri(SCHEMA + "name"), lit(name, "en"), ref)
        w.q(p, iri(SCHEMA + "containedInPlace"), state_iris[i % 57], ref)
    n_posts = max(20, events // 10)
    posts = []
    for i in range(n_posts):
        org = orgs[i % len(orgs)]
        title = f"{('Head', 'Director', 'Deputy Head', 'Adviser', 'Officer')[i % 5]} {i}"
        p = iri(f"{KG}post/{slug(title)}")
        posts.append((p, title, org))
        w.q(p, TYPE, iri(ORG + "Post"), ref)
        w.q(p, iri(SKOS + "prefLabel"), lit(title, "en"), ref)
        w.q(p, iri(ORG + "postIn"), org, ref)
    agent = iri(KG + "agent/extractor-1.0")
    w.q(agent, TYPE, iri(PROV + "SoftwareAgent"), ref)

    n_people = max(50, events // 2)
    seen_people: set[int] = set()
    editions = [0] * n_series
    day0 = date(2000, 1, 3)
    for e in range(events):
        si = rnd.randrange(n_series)
        s_iri, s_slug, s_label = series[si]
        editions[si] += 1
        ed = editions[si]
        start = day0 + timedelta(days=rnd.randrange(9000))
        end = start + timedelta(days=rnd.randrange(3))
        place_iri, place_name = places[rnd.randrange(n_places)]
        ev_slug = f"{s_slug}-{ed}"
        ev = iri(f"{KG}event/{ev_slug}")
        title = f"{s_label} {ed} opens in {place_name}"
        doc_slug = f"{start.isoformat()}-{slug(title)[:60].strip('-')}"
        doc = iri(f"{KG}doc/{doc_slug}")
        g = iri(f"{KGG}doc/{doc_slug}")
        w.q(ev, TYPE, iri(OSCE + ("Conference" if e % 3 == 0 else "Meeting")), g)
        w.q(ev, iri(SCHEMA + "name"), lit(f"{s_label} {ed}", "en"), g)
        w.q(ev, iri(SCHEMA + "superEvent"), s_iri, g)
        w.q(ev, iri(OSCE + "editionNumber"), typed(ed, "integer"), g)
        w.q(ev, iri(SCHEMA + "startDate"), typed(start.isoformat(), "date"), g)
        w.q(ev, iri(SCHEMA + "endDate"), typed(end.isoformat(), "date"), g)
        w.q(ev, iri(SCHEMA + "location"), place_iri, g)
        cnt = iri(f"{KG}count/{ev_slug}/participants/{doc_slug}")
        w.q(ev, iri(OSCE + "attendance"), cnt, g)
        w.q(cnt, TYPE, iri(OSCE + "AttendanceCount"), g)
        w.q(cnt, iri(RDF + "value"), typed(20 + rnd.randrange(400), "integer"), g)
        w.q(cnt, iri(OSCE + "countOf"), iri(KG + "count-kind/participants"), g)
        w.q(cnt, iri(PROV + "wasDerivedFrom"), doc, g)
        w.q(doc, TYPE, iri(OSCE + "PressRelease"), g)
        w.q(doc, iri(DCT + "title"), lit(title, "en"), g)
        w.q(doc, iri(DCT + "issued"), typed(start.isoformat(), "date"), g)
        w.q(doc, iri(DCT + "publisher"), orgs[rnd.randrange(len(orgs))], g)
        w.q(doc, iri(DCT + "subject"), iri(f"{KG}field/{FIELDS[rnd.randrange(len(FIELDS))]}"), g)
        w.q(doc, iri(SCHEMA + "locationCreated"), place_iri, g)
        w.q(doc, iri(SCHEMA + "mentions"), state_iris[rnd.randrange(len(state_iris))], g)
        w.q(doc, iri(SCHEMA + "about"), ev, g)
        first_pi = -1
        for k in range(2):
            pi = rnd.randrange(n_people)
            if pi == first_pi:  # two different speakers per release
                pi = (pi + 1) % n_people
            first_pi = pi
            name = f"{FIRST[pi % len(FIRST)]} {chr(65 + (pi // len(FIRST)) % 26)}. " \
                   f"{LAST[(pi // (len(FIRST) * 26)) % len(LAST)]}"
            p_slug = slug(name)
            person = iri(f"{KG}person/{p_slug}")
            if pi not in seen_people:
                seen_people.add(pi)
                w.q(person, TYPE, iri(SCHEMA + "Person"), g)
                w.q(person, iri(SCHEMA + "name"), lit(name), g)
            post_iri, post_title, post_org = posts[rnd.randrange(n_posts)]
            a = iri(f"{KG}appearance/{doc_slug}/{p_slug}")
            sentence = f"{post_title} {name} addressed the {s_label} {ed}."
            w.q(a, TYPE, iri(OSCE + "Appearance"), g)
            w.q(a, iri(OSCE + "person"), person, g)
            w.q(a, iri(OSCE + "document"), doc, g)
            w.q(a, iri(OSCE + "event"), ev, g)
            w.q(a, iri(OSCE + "roleType"), iri(f"{KG}role/{ROLES[rnd.randrange(len(ROLES))]}"), g)
            w.q(a, iri(OSCE + "statedName"), lit(name), g)
            w.q(a, iri(OSCE + "statedTitle"), lit(post_title, "en"), g)
            w.q(a, iri(OSCE + "statedPost"), post_iri, g)
            w.q(a, iri(OSCE + "affiliation"), post_org, g)
            w.q(a, iri(OSCE + "quoted"), typed("false", "boolean"), g)
            w.q(a, iri(OSCE + "sourceSentence"), lit(sentence), g)
            w.q(a, iri(OSCE + "charStart"), typed(100 * k, "integer"), g)
            w.q(a, iri(OSCE + "charEnd"), typed(100 * k + len(sentence), "integer"), g)
            w.q(a, iri(PROV + "wasDerivedFrom"), doc, g)
        act = iri(f"{KG}activity/ingest-{doc_slug}")
        w.q(g, TYPE, iri(PROV + "Entity"), g)
        w.q(g, iri(PROV + "wasDerivedFrom"), doc, g)
        w.q(g, iri(OSCE + "sourceFile"), lit(f"pages/{doc_slug}.txt", dt=XSD + "string"), g)
        w.q(g, iri(OSCE + "sha256"), lit(hashlib.sha256(doc_slug.encode()).hexdigest(), dt=XSD + "string"), g)
        w.q(g, iri(PROV + "generatedAtTime"), typed(f"{start.isoformat()}T12:00:00Z", "dateTime"), g)
        w.q(g, iri(PROV + "wasGeneratedBy"), act, g)
        w.q(act, TYPE, iri(PROV + "Activity"), g)
        w.q(act, iri(PROV + "wasAssociatedWith"), agent, g)
    return w.count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("events", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True, help="N-Quads file to write")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    with args.output.open("w", encoding="utf-8") as out:
        n = generate(args.events, out, args.seed)
    print(f"{n} quads for {args.events} events -> {args.output}")


if __name__ == "__main__":
    main()
