"""Assemble one extraction record (the gold schema plus provenance) from a parsed page."""

from __future__ import annotations

import re
from typing import Any

from graph.extract import gazetteer as gz
from graph.extract.events import find_events
from graph.extract.names import lowercase_lexicon
from graph.extract.organisations import Mention, cities_in, orgs_in, regions_in
from graph.extract.page import Page
from graph.extract.people import Person, find_people
from graph.extract.places import classify_states, districts_in, unknown_places, venues_in
from graph.extract.quotes import find_quotes
from graph.extract.roles import add_chair_host, assign_roles
from graph.extract.sentences import split_sentences


def _chair_state(body: str, title: str) -> str | None:
    """The State holding the Chairpersonship: "the OSCE Chairperson-in-Office, Finnish Foreign Minister",
    "Sweden's 2021 OSCE Chairpersonship"; not a future one ('takes over the Chairmanship next year')."""
    from graph.extract.organisations import state_of, states_in

    for text in (body, title):
        for m in re.finditer(r"Chair(?:man|person|woman)?-in-Office,?\s+(?:and\s+)?", text):
            tail = text[m.end() : m.end() + 40]
            ms = states_in(tail)
            if (
                ms
                and ms[0].start < 12
                and (ms[0].kind == "adj" or tail[ms[0].end : ms[0].end + 2] in {"’s", "'s"})
            ):
                return ms[0].name
    for text in (body, title):
        for m in re.finditer(r"Chair(?:man|person)ship(?!\s+of\s+the\s+(?:OSCE\s+)?(?:Forum|FSC))", text):
            around = text[max(0, m.start() - 45) : m.end() + 30]
            if re.search(
                r"next year|will take|takes over|take over|incoming|upcoming|future|will chair", around
            ):
                continue
            st = state_of(text[max(0, m.start() - 45) : m.start()])
            if st:
                return st
    return None


def _home_state(page: Page) -> str | None:
    """The State the report is about: the one named most often (ties: the place of the report)."""
    from graph.extract.organisations import states_in

    counts: dict[str, int] = {}
    for m in states_in(page.title + "\n" + page.body):
        counts[m.name] = counts.get(m.name, 0) + 1
    place = gz.CAPITALS.get((page.place or "").split(",")[0].strip()) or gz.CAPITALS.get(
        page.dateline_city or ""
    )
    if not counts:
        return place
    best = max(counts.values())
    top = [s for s, n in counts.items() if n == best]
    return place if place in top else top[0]


def _add(items: list[str], name: str | None) -> None:
    if name and name not in items:
        items.append(name)


def _tokens(name: str) -> set[str]:
    stop = {"of", "the", "and", "for", "in", "on", "to"}
    return {w.lower() for w in re.findall(r"[^\W_]+", name) if w.lower() not in stop}


def _org_list(mentions: list[Mention], people: list[Person], actor_states: list[str]) -> list[str]:
    out: list[str] = ["OSCE"]
    names = [m.name for m in mentions]
    for m in mentions:
        if m.kind == "generic":
            words = m.name.split()
            # a bare 'Programme Office' / 'Presence' that names an organisation already found
            if all(w in gz.ORG_HEADS or w in {"OSCE", "Head"} for w in words) and any(
                m.name in n and n != m.name for n in names
            ):
                continue
            if any(m.name != n and m.name in n for n in names):
                continue
        _add(out, m.name)
    for p in people:
        if not p.organisation or p.contact or any(p.organisation in o for o in out):
            continue
        # the canonical form ('Ministry of Human Rights and Refugees of Bosnia and Herzegovina') replaces a
        # variant already taken from the text ('Human Rights and Refugees Ministry')
        mine = _tokens(p.organisation)
        same = [o for o in out if o != "OSCE" and len(_tokens(o)) >= 2 and _tokens(o) <= mine]
        if same:
            out[out.index(same[0])] = p.organisation
            continue
        _add(out, p.organisation)
    for s in actor_states:
        _add(out, s)
    return out


def _places(
    page: Page,
    body: str,
    lexicon: frozenset[str],
    orgs: list[Mention],
    people: list[Person],
    uses: list,
    person_spans: list[tuple[int, int]],
    post_spans: list[tuple[int, int]],
    titles: list | None = None,
) -> list[str]:
    """Places as written: dateline cities, then cities, regions, venues, districts and States used as
    locations; not those that only occur inside an organisation name, a person's post or a proper name
    ('Helsinki Final Act')."""
    org_spans = [(m.start, m.end) for m in orgs]
    titles = titles or []
    places: list[str] = []
    for c in page.dateline_cities:
        _add(places, c)
    if page.place and "," not in page.place:
        _add(places, page.place)
    found: list[Mention] = []
    found += cities_in(body) + regions_in(body) + venues_in(body) + districts_in(body)
    found += [
        m
        for m in regions_in(page.title) + cities_in(page.title)
        if not re.match(r"\s+[A-Z]", page.title[m.end : m.end + 2])
    ]
    for m in sorted(found, key=lambda x: x.start):
        if m.text in page.title and body.find(m.text) < 0:
            _add(places, m.name)
            continue
        if any(a <= m.start < b for a, b in org_spans + person_spans + post_spans):
            continue
        if re.search(
            r"\b(?:Charter|Treaty|Declaration|Act|Agreement|Convention|Document|Principles|Protocol|"
            r"Statute|Code|Process|Format)\s+of\s+$",
            body[max(0, m.start - 20) : m.start],
        ):
            continue
        if m.kind in {"city", "region"} and re.match(
            r"\s+(?:agreements?|process|format|group|declaration|document|principles|protocol|accords?)\b",
            body[m.end : m.end + 14],
        ):
            continue  # 'the Minsk agreements': a document named after a city
        if any(q.start < m.start < q.end for q in titles):
            continue  # inside a quoted title ('From Lisbon to Hamburg')
        if re.match(r"\s+(?!and\b|of\b)[A-Z][a-z]", body[m.end : m.end + 3]) and m.kind in {"city", "region"}:
            continue
        if re.search(r"\b[A-Z][\w’'\-]+\s+of\s+(?:the\s+)?$", body[max(0, m.start - 30) : m.start]) and any(
            a <= m.start - 5 < b + 5 for a, b in person_spans
        ):
            continue
        _add(places, m.name)
    for u in uses:
        if u.place:
            _add(places, u.name)
    for m in orgs:
        if re.search(r"\bat\s+the\s+$", body[max(0, m.start - 8) : m.start]) and re.search(
            r"College|Centre|Center|Palace|Hotel", m.name
        ):
            _add(places, m.name)
    for name in unknown_places(body, lexicon, person_spans):
        if not any(name in o.name for o in orgs):
            _add(places, name)
    # a district found as 'X district' replaces the bare 'X'; places named only inside posts are dropped
    places = [
        p
        for p in places
        if not any(q != p and q.startswith(p + " ") and q.split()[-1].islower() for q in places)
    ]
    # one entry per State, and no bare name that a longer place already contains ('Asia' in 'Northeast Asia')
    keep: list[str] = []
    seen_states: set[str] = set()
    for p in places:
        st = gz.state_lookup().get(p)
        if st and st in seen_states:
            continue
        if st:
            seen_states.add(st)
        if any(q != p and q.endswith(" " + p) for q in places):
            continue
        keep.append(p)
    return keep


def _post_spans(body: str, people: list[Person]) -> list[tuple[int, int]]:
    """Where each person's post is written (near the first mention), so its words are not places."""
    spans = []
    for p in people:
        for part in (p.post or "").split(";"):
            part = part.strip()
            if len(part) < 4:
                continue
            lo = max(0, p.sentence.start)
            i = body.find(part, lo, p.sentence.end)
            if i >= 0:
                spans.append((i, i + len(part)))
    return spans


def build_record(page: Page) -> dict[str, Any]:
    body = page.body
    sentences = split_sentences(body)
    lexicon = lowercase_lexicon(body + "\n" + page.title)
    quotes = find_quotes(body, page.dateline_end)
    orgs = orgs_in(body)
    chair_state = _chair_state(body, page.title)
    home = _home_state(page)
    people = find_people(body, sentences, lexicon, quotes, orgs, chair_state, home)
    assign_roles(body, sentences, people, quotes)
    org_spans = [(m.start, m.end) for m in orgs if m.kind != "generic" or True]
    person_spans = [s for p in people for s in p.mentions]
    post_spans = _post_spans(body, people)
    uses = [u for u in classify_states(body, org_spans + post_spans, person_spans)]
    actor_states = [u.name for u in uses if u.actor]
    titles = [q for q in quotes if not q.speech and len(q.text.split()) <= 12]  # titles, mottos
    places = _places(page, body, lexicon, orgs, people, uses, person_spans, post_spans, titles)
    events = find_events(
        page.title,
        body,
        sentences,
        people,
        page.date,
        page.dateline_date,
        page.dateline_city or page.place,
        page.dateline_end,
    )
    add_chair_host(body, people, events[0].series if events else None)
    organisations = _org_list(orgs, people, actor_states)
    for src in page.sources:
        _add(organisations, gz.org_lookup().get(src, src))
    if chair_state and ("OSCE Chairpersonship" in organisations):
        _add(organisations, chair_state)
    return {
        "kind": page.kind,
        "title": page.title,
        "date": page.date,
        "place": page.place,
        "sources": page.sources,
        "fields_of_work": page.fields_of_work,
        "events": [
            {
                "name": e.name,
                "series": e.series,
                "edition": e.edition,
                "start": e.start,
                "end": e.end,
                "place": e.place,
                "participants": e.participants,
                "participating_states": e.participating_states,
                "partners": e.partners,
                "sentence": body[e.span[0] : e.span[1]] if e.span else None,
                "span": list(e.span) if e.span else None,
            }
            for e in events
        ],
        "people": [_person(p, body) for p in people],
        "organisations": organisations,
        "places": places,
    }


def _person(p: Person, body: str) -> dict[str, Any]:
    return {
        "name": p.name,
        "canonical_name": p.name,
        "honorific": p.honorific,
        "post": p.post,
        "organisation": p.organisation,
        "country": p.country,
        "roles": p.roles,
        "quoted": bool(p.quotes),
        "quotes": p.quotes,
        "sentence": p.sentence.text,
        "span": [p.sentence.start, p.sentence.end],
    }


def _by_surname(people: dict[str, dict[str, Any]], name: str) -> dict[str, Any] | None:
    words = name.split()
    fits = [q for n, q in people.items()
            if n.split()[-1] == words[-1] and (len(words) == 1 or len(n.split()) == 1)]
    if len(fits) == 1:
        if len(words) > 1:  # the fuller name wins
            fits[0]["name"] = fits[0]["canonical_name"] = name
        return fits[0]
    return None


def union(pages: list[Page], records: list[dict[str, Any]]) -> dict[str, Any]:
    """The record of a listing page: its heading, no date of its own, and the union of its items'
    sources, fields of work, events, people, organisations and places (a person named by two items
    is listed once, with the first item's post and the roles of both)."""
    out: dict[str, Any] = {
        "kind": "listing", "title": pages[0].listing or pages[0].title, "date": None, "place": None,
        "sources": [], "fields_of_work": [], "events": [], "people": [], "organisations": [], "places": [],
        "items": [{"title": p.title, "date": p.date} for p in pages],
    }
    people: dict[str, dict[str, Any]] = {}
    for r in records:
        for key in ("sources", "fields_of_work", "organisations", "places"):
            for v in r[key]:
                _add(out[key], v)
        out["events"].extend(r["events"])
        for p in r["people"]:
            # one person across items: the same name, or a surname alone for one full name given
            known = people.get(p["name"]) or _by_surname(people, p["name"])
            if known is None:
                people[p["name"]] = dict(p)
                out["people"].append(people[p["name"]])
            else:
                roles = list(dict.fromkeys(known["roles"] + p["roles"]))
                known["roles"] = [r for r in roles if r != "mentioned"] or roles
                known["quoted"] = known["quoted"] or p["quoted"]
                for k in ("post", "organisation", "country", "honorific"):
                    known[k] = known[k] or p[k]
    return out
