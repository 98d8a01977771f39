"""A document's page: the press release's text with what the extractor found marked by kind (person,
post, organisation, place, date, event; in the manner of spaCy's displaCy), each mark linked to its
node, and the statements the document's graph makes. This is where a reader checks why the graph
says something.

The text is read from the file the document was ingested from (``osce:sourceFile`` of its graph),
only when the file's SHA-256 still equals the one recorded at ingestion: the text shown is then
exactly the text the offsets refer to, and no file can be shown that the graph does not already
vouch for. Otherwise the page shows the sentences the graph keeps, in their order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from markupsafe import Markup
from rdflib.namespace import DCTERMS, SKOS

from graph.namespaces import KGG, OSCE, SCHEMA
from graph.paths import ROOT
from server.profiles.events import attendance_counts, attendance_words
from server.profiles.people import appearance_facts
from server.profiles.view import GraphView, long_date

KIND_LABELS = {
    "person": "PERSON",
    "post": "POST",
    "org": "ORG",
    "place": "PLACE",
    "date": "DATE",
    "event": "EVENT",
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}})\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    href: str | None
    title: str


def read_text(v: GraphView, doc: str, sentences: list[str]) -> str | None:
    """The body of the page the document was ingested from, if the file is unchanged since. A listing
    file holds several documents: the one whose title matches (or that holds the sentences) is used."""
    graph = f"{KGG}doc/{doc.rsplit('/doc/', 1)[-1]}"
    source, digest = v.text(graph, str(OSCE.sourceFile)), v.text(graph, str(OSCE.sha256))
    if not source or not digest:
        return None
    path = Path(source) if Path(source).is_absolute() else ROOT / source
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != digest:
        return None
    from graph.extract import read_pages

    try:
        found = read_pages(path)
    except Exception:  # whatever the page reader raises, the page falls back to the graph's sentences
        return None
    title = v.text(doc, str(DCTERMS.title))
    for candidate in found:
        if candidate.title == title:
            return candidate.body
    for candidate in found:
        if all(s in candidate.body for s in sentences):
            return candidate.body
    return None


def _find_all(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    if len(needle) < 3:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text, lo, len(text) if hi is None else hi)]


def _names(v: GraphView, iri: str) -> list[str]:
    names = {
        v.label(iri),
        *v.texts(iri, str(SKOS.altLabel)),
        *v.texts(iri, str(SCHEMA.name)),
        *v.texts(iri, str(SKOS.prefLabel)),
    }
    return sorted((n for n in names if n), key=len, reverse=True)


def _sentence_span(text: str, sentence: str, start: str | None) -> tuple[int, int] | None:
    if start is not None and start.isdigit():
        s = int(start)
        if text[s : s + len(sentence)] == sentence:
            return s, s + len(sentence)
    found = text.find(sentence) if sentence else -1
    return (found, found + len(sentence)) if found >= 0 else None


def find_mentions(
    v: GraphView, doc: str, text: str, apps: list[dict[str, Any]]
) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Mentions to mark, and the sentences as (start, end, anchor), neither overlapping another. The
    anchor is the offset the graph records (what the other pages link to), even where the sentence
    had to be found by its text."""
    candidates: list[Mention] = []
    sentences: list[tuple[int, int, str]] = []
    for f in apps:
        a = f["appearance"]
        recorded = v.text(a, str(OSCE.charStart))
        span = _sentence_span(text, f["sentence"], recorded)
        if span is None:
            continue
        lo, hi = span
        sentences.append((lo, hi, recorded if recorded is not None else str(lo)))
        if f["name"] and f["person"]:
            candidates += [
                Mention(i, i + len(f["name"]), "person", v.href(f["person"]), v.label(f["person"]))
                for i in _find_all(text, f["name"], lo, hi)
            ]
        if f["title"]:
            target = f["post"] or f["org"]
            href = v.href(target) if target else None
            candidates += [
                Mention(i, i + len(f["title"]), "post", href, f["title"])
                for i in _find_all(text, f["title"], lo, hi)
            ]
    # everything the document is about or mentions, wherever its name occurs
    kinds = {
        str(SCHEMA.Place): "place",
        str(OSCE.ParticipatingState): "place",
        str(OSCE.PartnerForCooperation): "place",
        str(OSCE.State): "place",
    }
    about = v.iris(doc, str(SCHEMA.about))
    targets: list[tuple[str, str]] = [(e, "event") for e in about]
    targets += [(s, "event") for e in about for s in v.iris(e, str(SCHEMA.superEvent))]
    for named in v.iris(doc, str(SCHEMA.mentions)) + v.iris(doc, str(SCHEMA.locationCreated)):
        kind = next((kinds[t] for t in v.types(named) if t in kinds), "org")
        targets.append((named, kind))
    targets += [(f["org"], "org") for f in apps if f["org"]]
    for iri, kind in dict.fromkeys(targets):
        for name in _names(v, iri):
            candidates += [
                Mention(i, i + len(name), kind, v.href(iri), v.label(iri)) for i in _find_all(text, name)
            ]
    candidates += [Mention(d.start(), d.end(), "date", None, d.group(0)) for d in _DATE.finditer(text)]

    kept_sentences: list[tuple[int, int, str]] = []
    for sentence in sorted(set(sentences)):
        if not kept_sentences or sentence[0] >= kept_sentences[-1][1]:
            kept_sentences.append(sentence)
    taken: list[Mention] = []
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start, m.kind)):
        if any(m.start < t.end and t.start < m.end for t in taken):
            continue
        if any(s < m.start < e < m.end or m.start < s < m.end < e for s, e, _ in kept_sentences):
            continue  # a mark across a sentence boundary would break the anchors
        taken.append(m)
    return sorted(taken, key=lambda m: m.start), kept_sentences


def render_marked(text: str, mentions: list[Mention], sentences: list[tuple[int, int, str]]) -> Markup:
    """The text as HTML: every character escaped, marks and sentence anchors around it."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for s, e, anchor in sentences:
        opens.setdefault(s, []).append(f'<span class="sentence" id="s-{escape(anchor)}">')
        closes.setdefault(e, []).insert(0, "</span>")
    for m in mentions:
        label = KIND_LABELS[m.kind]
        tag = (
            f'<a class="ent ent-{m.kind}" href="{escape(m.href)}" title="{escape(m.title)}">'
            if m.href
            else f'<mark class="ent ent-{m.kind}" title="{escape(m.title)}">'
        )
        opens.setdefault(m.start, []).append(tag)
        closes.setdefault(m.end, []).insert(
            0, f'<span class="ent-label">{label}</span>' + ("</a>" if m.href else "</mark>")
        )
    out: list[str] = []
    points = sorted(set(opens) | set(closes) | {0, len(text)})
    for k, pos in enumerate(points):
        out.extend(closes.get(pos, []))
        out.extend(opens.get(pos, []))
        if k + 1 < len(points):
            out.append(escape(text[pos : points[k + 1]]))
    return Markup("".join(out))


def document_profile(v: GraphView, iri: str) -> dict[str, Any]:
    apps = [appearance_facts(v, a) for a in v.subjects(str(OSCE.document), iri)]
    for f in apps:
        f["person_link"] = v.link(f["person"])
        f["event_link"] = v.link(f["event"])
    apps.sort(key=lambda f: int(v.text(f["appearance"], str(OSCE.charStart)) or 0))
    text = read_text(v, iri, [f["sentence"] for f in apps if f["sentence"]])
    marked = None
    counts: dict[str, int] = {}
    if text is not None:
        mentions, sentences = find_mentions(v, iri, text, apps)
        marked = render_marked(text, mentions, sentences)
        for m in mentions:
            counts[m.kind] = counts.get(m.kind, 0) + 1
    fallback = sorted(
        {
            (int(v.text(f["appearance"], str(OSCE.charStart)) or 0), f["sentence"])
            for f in apps
            if f["sentence"]
        }
    )
    events = []
    for e in v.iris(iri, str(SCHEMA.about)):
        events.append({"event": v.link(e), "attendance": attendance_words(attendance_counts(v, e))})
    slug = iri.rsplit("/doc/", 1)[-1]
    return {
        "title": v.label(iri),
        "issued": long_date(v.text(iri, str(DCTERMS.issued))),
        "kind": next((v.label(t) for t in v.types(iri) if t != str(OSCE.Document)), "document"),
        "place": v.link(v.iri(iri, str(SCHEMA.locationCreated))),
        "publishers": [v.link(p) for p in v.iris(iri, str(DCTERMS.publisher))],
        "subjects": [v.link(s) for s in v.iris(iri, str(DCTERMS.subject))],
        "events": events,
        "marked": marked,
        "mention_counts": sorted(counts.items()),
        "kind_labels": KIND_LABELS,
        "sentences": fallback,
        "appearances": apps,
        "graph_path": f"{v.root}/graph/doc/{slug}",
    }
