"""Office-holders: who held which post when, one ``org:Membership`` per term (``office_terms.csv``).

A term is ``kg:term/{post slug}/{start}``: ``org:member`` the person, ``osce:post`` the post,
``org:organization`` the body the post is in, ``schema:startDate`` / ``schema:endDate`` as ``xsd:date`` or
``xsd:gYearMonth`` (the precision the source gives), ``osce:acting`` for an acting holder,
``prov:wasDerivedFrom`` each source page and ``osce:checkedOn`` the day it was checked. The head of a field
operation holds ``kg:post/head-of-{field operation slug}``, minted here for the operations that have terms.

``Term`` and ``terms_in()`` give the same facts to Python callers (linking extracted people to
office-holders, ``graph/ingest/office_holders.py``) without a query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS, XSD

from graph import ids
from graph.namespaces import KG, OSCE, SCHEMA
from graph.reference.chairpersonships import chairpersonship
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows, read_table, split_alt
from graph.reference.organisations import POSTS, post

FILE = "office_terms.csv"
#: the rule by which a post named without a name is linked to its holder (graph/ingest/office_holders.py)
RULE = KG["rule/holder-on-document-date"]
REQUIRED = ("post", "person", "start", "source", "checked")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_URL = re.compile(r"^https?://\S+$")


def term_iri(post_slug: str, start: str) -> URIRef:
    return KG[f"term/{post_slug}/{start}"]


def head_post_slug(field_op_slug: str) -> str:
    return f"head-of-{field_op_slug}"


def date_literal(value: str, where: str) -> Literal:
    """``YYYY-MM-DD`` as xsd:date, ``YYYY-MM`` as xsd:gYearMonth; anything else is an error."""
    try:
        if _DAY.match(value):
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        if _MONTH.match(value) and 1 <= int(value[5:]) <= 12:
            return Literal(value, datatype=XSD.gYearMonth)
    except ValueError:
        pass
    raise ReferenceDataError(f"{where}: {value!r} is not YYYY-MM-DD or YYYY-MM")


def first_day(value: str) -> str:
    """The earliest day a start or end of this precision can mean."""
    return value if len(value) == 10 else value + "-01"


def last_day(value: str) -> str:
    """The latest day a start or end of this precision can mean (day 31 is fine for string comparison)."""
    return value if len(value) == 10 else value + "-31"


@dataclass(frozen=True)
class Term:
    iri: URIRef
    post: URIRef
    post_slug: str
    person: URIRef
    name: str
    names: tuple[str, ...]  # the name and its other spellings
    start: str
    end: str | None
    acting: bool
    sources: tuple[str, ...]

    def covers(self, day: str) -> bool:
        """Whether the term may include ``day`` (YYYY-MM-DD): inclusive, at the precision of the dates."""
        return first_day(self.start) <= day and (self.end is None or day <= last_day(self.end))


def _posts() -> dict[str, dict[str, object]]:
    return {item["slug"]: item for item in read_table(POSTS, "post")}


def _head_post(ctx: Context, field_op_slug: str, where: str) -> URIRef:
    """``kg:post/head-of-{slug}`` for a field operation, minted once."""
    org = ctx.org(field_op_slug, where)
    if (org, RDF.type, OSCE.FieldOperation) not in ctx.graph:
        raise ReferenceDataError(f"{where}: {field_op_slug!r} is not a field operation")
    s = post(head_post_slug(field_op_slug))
    if (s, RDF.type, ORG.Post) not in ctx.graph:
        label = str(ctx.graph.value(org, SKOS.prefLabel))
        ctx.graph.add((s, RDF.type, ORG.Post))
        ctx.labels(s, f"Head of the OSCE {label}", [f"Head of the {label}", f"Head of {label}"])
        ctx.graph.add((s, ORG.postIn, org))
        ctx.graph.add((s, OSCE.maxHolders, Literal(1)))
    return s


def read_terms() -> list[tuple[str, dict[str, str]]]:
    """(where, row) for every row of the data file, with its basic form checked."""
    out = []
    for lineno, row in read_rows(FILE, REQUIRED):
        where = f"{DATA_DIR / FILE}:{lineno}"
        for key in ("start", "end", "checked"):
            if row.get(key):
                date_literal(row[key], where)
        if not _DAY.match(row["checked"]):
            raise ReferenceDataError(f"{where}: checked {row['checked']!r} is not YYYY-MM-DD")
        if row.get("end") and last_day(row["end"]) < first_day(row["start"]):
            raise ReferenceDataError(f"{where}: the term ends ({row['end']}) before it starts "
                                     f"({row['start']})")
        if row.get("acting") not in ("", "acting", None):
            raise ReferenceDataError(f"{where}: acting is {row['acting']!r}, not 'acting' or empty")
        urls = row["source"].split()
        if not urls or not all(_URL.match(u) for u in urls):
            raise ReferenceDataError(f"{where}: source must be one or more http(s) URLs")
        if row.get("national_post") and row["post"] != "chairperson-in-office":
            raise ReferenceDataError(f"{where}: national_post is only for the Chairperson-in-Office")
        out.append((where, row))
    return out


def add_office_terms(ctx: Context) -> None:
    g = ctx.graph
    posts = _posts()
    for slug, item in posts.items():
        if item.get("single"):
            g.add((post(slug), OSCE.maxHolders, Literal(1)))
    g.add((RULE, RDF.type, PROV.Plan))
    ctx.labels(RULE, "holder of a post on the document's date")
    g.add((RULE, SKOS.definition, Literal(
        "A post named in a document without a name is taken to mean the person who held it on the "
        "document's date according to the reference terms of office; nothing is inferred when the date is "
        "unknown, when two terms share the date, or when the holder is named in the same sentence.",
        lang="en")))
    people: dict[URIRef, str] = {}
    for where, row in read_terms():
        if row["post"].startswith("head:"):
            field_op = row["post"][len("head:"):]
            post_node = _head_post(ctx, field_op, where)
            post_slug = head_post_slug(field_op)
            org = ctx.org(field_op, where)
        elif row["post"] in posts:
            post_slug = row["post"]
            post_node = post(post_slug)
            org = ctx.org(str(posts[post_slug]["in"]), where)
        else:
            raise ReferenceDataError(f"{where}: unknown post {row['post']!r} "
                                     f"(not in {POSTS}, not head:{{slug}})")
        name = row["person"]
        person = ids.person(name)
        if people.get(person, name) != name:
            raise ReferenceDataError(f"{where}: {name!r} and {people[person]!r} slug alike; write one name")
        people[person] = name
        g.add((person, RDF.type, SCHEMA.Person))
        g.add((person, SCHEMA.name, Literal(name)))
        for alt in split_alt(row.get("alt", "")):
            if alt != name:
                g.add((person, SKOS.altLabel, Literal(alt, lang="en")))
        if row.get("state"):
            g.add((person, SCHEMA.nationality, ctx.state(row["state"], where)))

        term = term_iri(post_slug, row["start"])
        if (term, RDF.type, ORG.Membership) in g:
            raise ReferenceDataError(f"{where}: a second term of {post_slug} starting {row['start']}")
        g.add((term, RDF.type, ORG.Membership))
        g.add((term, ORG.member, person))
        g.add((term, OSCE.post, post_node))
        g.add((term, ORG.organization, org))
        g.add((term, SCHEMA.startDate, date_literal(row["start"], where)))
        if row.get("end"):
            g.add((term, SCHEMA.endDate, date_literal(row["end"], where)))
        if row.get("acting"):
            g.add((term, OSCE.acting, Literal(True)))
        if row.get("national_post"):
            g.add((term, OSCE.nationalPost, Literal(row["national_post"], lang="en")))
        if post_slug == "chairperson-in-office":
            last = int((row.get("end") or row["checked"])[:4])
            for year in range(int(row["start"][:4]), last + 1):
                cp = chairpersonship(year)
                if (cp, RDF.type, OSCE.Chairpersonship) in g:
                    g.add((term, OSCE.chairpersonship, cp))
        for url in row["source"].split():
            g.add((term, PROV.wasDerivedFrom, URIRef(url)))
        g.add((term, OSCE.checkedOn, Literal(row["checked"], datatype=XSD.date)))
        if row.get("note"):
            g.add((term, SKOS.note, Literal(row["note"], lang="en")))
        post_label = g.value(post_node, SKOS.prefLabel)
        span = f"{row['start']} – {row.get('end') or ''}".rstrip()
        acting = " (acting)" if row.get("acting") else ""
        ctx.labels(term, f"{post_label}: {name}{acting}, {span}")


def terms_in(g: Graph) -> tuple[Term, ...]:
    """Every term in a reference graph (``graph.reference.load_reference()``), ordered by post and start."""
    out = []
    for term in g.subjects(RDF.type, ORG.Membership):
        if not isinstance(term, URIRef) or not str(term).startswith(str(KG["term/"])):
            continue
        person = g.value(term, ORG.member)
        post_node = g.value(term, OSCE.post)
        assert isinstance(person, URIRef) and isinstance(post_node, URIRef)
        name = str(g.value(person, SCHEMA.name))
        alts = tuple(sorted(str(a) for a in g.objects(person, SKOS.altLabel)))
        end = g.value(term, SCHEMA.endDate)
        out.append(Term(
            iri=term, post=post_node, post_slug=str(post_node).rsplit("/", 1)[-1], person=person, name=name,
            names=(name, *alts), start=str(g.value(term, SCHEMA.startDate)),
            end=None if end is None else str(end), acting=(term, OSCE.acting, Literal(True)) in g,
            sources=tuple(sorted(str(u) for u in g.objects(term, PROV.wasDerivedFrom)))))
    return tuple(sorted(out, key=lambda t: (t.post_slug, first_day(t.start))))
