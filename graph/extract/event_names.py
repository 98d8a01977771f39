"""Kinds of event a text refers to besides its named meetings: visits and tours, elections and run-offs,
observation missions, press conferences, briefings of a body, rounds of talks and decisions of a
body; each with a name in the corpus's style ('Visit of the OSCE Secretary General to Armenia and
Georgia', 'Parliamentary elections in Georgia', 'Press conference of the International Election
Observation Mission'), its dates as the text states them and, for missions, the stated head-count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph.extract import gazetteer as gz
from graph.extract.dates import (
    MONTHS,
    ORDINALS,
    add_days,
    duration_days,
    find_dates,
    number_value,
    ordinal_value,
    resolve_weekday,
)
from graph.extract.encounters import encounter_pairs
from graph.extract.people import Person
from graph.extract.sentences import Sentence

OPEN_CUES = re.compile(
    r"\b(?:opened|opens|opening|began|begins|started|starts|got under way|kicked off|"
    r"gets under way|under way|is being held|are meeting|runs|set(?:s)? out|sets off|set off|"
    r"arrived|arrives|arriving)\b"
    # 'gathered today for a two-day conference': the meeting begins
    r"|\bfor\s+(?:a|an|the|their|its)\s+(?:[\w\-]+\s+)?(?:\d+|one|two|three|four|five|six|seven)-day\b"
)
CLOSE_CUES = re.compile(
    r"\b(?:closed|closes|ended|ends|ending|concluded|concludes|concluding|wrapped up|wraps up|"
    r"wrapping up|came to a close|drew to a close|to a close|to an end|finished|completed|completes|"
    r"completing|rounded off)\b"
    # 'the meeting, which closes the Italian Chairmanship' / 'closed Sweden's year at the head': what ends is
    # a chairmanship or a term, not the meeting
    r"(?!\s+(?:the\s+|its\s+|[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){0,2}?(?:[Cc]hairmanship|[Cc]hairpersonship|"
    r"[Pp]residency|year|term|tenure|mandate)\b)"
)
FUTURE = re.compile(
    r"\bwill\b|\bto (?:visit|host|hold|present|open|travel|start|begin|set out)\b|\bupcoming\b|"
    r"\bis to\b|\bare to\b|\bplans\b|\bis due\b|\bare due\b|\bahead of\b|\bnext\b"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PAST = re.compile(
    r"\b(?:was|were|had|did|took|said|told|gave|made|came|went|saw|found|met|held|voted|cast|ended|"
    r"visited|concluded|observed|opened|closed|began|started|launched|hosted|addressed|discussed|presented|"
    r"signed|adopted|agreed|announced|welcomed|attended|gathered|convened|organized|organised|marked|resumed|"
    r"yesterday|last)\b"
)


@dataclass
class Event:
    name: str
    series: str | None = None
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    participants: int | None = None
    participating_states: int | None = None
    partners: int | None = None
    sentence: Sentence | None = None
    keys: set[str] = field(default_factory=set)
    #: where the name stands in its sentence (for the date nearest to it)
    at: tuple[int, int] | None = None
    #: a meeting referred to by a generic word ('their annual meeting in Belgrade', 'the Astana summit'): the
    #: word, so that a meeting already named with it absorbs this one
    generic_head: str | None = None
    #: 'the first X meeting under …': a description, maybe of the main meeting
    descriptive: bool = False

    @property
    def span(self) -> tuple[int, int] | None:
        return (
            (self.sentence.start, self.sentence.end)
            if self.sentence and self.sentence.paragraph >= 0
            else None
        )


_STOP = {"the", "of", "and", "for", "in", "on", "osce", "a", "an", "to", "with", "annual", "at"}


def keys_of(name: str) -> set[str]:
    """The content words of an event name (lower case), for telling events apart."""
    return {w.lower() for w in re.findall(r"[^\W\d_][\w\-]*", name) if w.lower() not in _STOP}


def dated(
    name: str, sentence: Sentence, start: str | None, end: str | None, place: str | None = None
) -> Event:
    """An event a sentence reports, keyed by its name's words."""
    ev = Event(name, start=start, end=end, sentence=sentence, place=place)
    ev.keys = keys_of(name)
    return ev


def _tokens(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if w not in _STOP | {"s"}}


def mission_qualifiers(name: str) -> set[str] | None:
    """The words that tell one observation mission from another ('International', 'ODIHR', 'of the
    Commonwealth of Independent States'); None when name is no mission."""
    head = name.split(" for the ")[0]
    if not re.search(r"\bmission\b", head, re.I):
        return None
    return _tokens(head) - {
        "election",
        "observation",
        "observer",
        "monitoring",
        "mission",
        "long",
        "term",
        "short",
        "limited",
        "odihr",
    } | ({"odihr"} if "odihr" in _tokens(head) and "international" not in _tokens(head) else set())


def similar(a: str, b: str) -> float:
    """Token F1 of two names (the way names are compared when events are matched)."""
    ta, tb = _tokens(a), _tokens(b)
    common = len(ta & tb)
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


# ---------------------------------------------------------------- places and dates


@cache
def _state_re() -> re.Pattern[str]:
    names = sorted({*gz.state_lookup(), *gz.adjective_lookup()}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names if len(n) > 3) + r")\b")


def state_in(text: str) -> str | None:
    """The first State named (or named by its adjective: 'Kyrgyz') in text, as its canonical name."""
    for m in _state_re().finditer(text):
        w = m.group(1)
        return gz.state_lookup().get(w) or gz.adjective_lookup().get(w)
    return None


def when(
    text: str, ref: str | None, future: bool | None = None, at: int | None = None
) -> tuple[str | None, str | None]:
    """Start/end of what text reports: the explicit or relative date (the one nearest to position
    `at`, a date after it preferred to one before), else a weekday."""
    ds = find_dates(text, ref, future, relative=True)
    if ds:
        d = (
            ds[0]
            if at is None
            else min(ds, key=lambda d: (d.span[0] - at) if d.span[0] >= at else 2 * (at - d.span[1]) + 1)
        )
        return d.start, d.end
    wd = re.search(rf"\b({WEEKDAY})\b", text)
    if wd and ref:
        fwd = future if future is not None else (False if PAST.search(text) else True)
        s = resolve_weekday(wd.group(1), ref, fwd)
        # 'on Thursday and Friday', 'from Monday to Wednesday': the last day ends it
        last = re.match(rf"\s*(?:and|to|until|through|[-–])\s+({WEEKDAY})\b", text[wd.end() :])
        e = resolve_weekday(last.group(1), s, True) if last and s else s
        return s, e
    return None, None


def _is_caption(text: str) -> bool:
    """A photo caption: a credit in brackets at the end, or 'Photo:'."""
    if ")" not in text and "Photo" not in text:  # what either pattern needs (most sentences)
        return False
    return bool(re.search(r"\((?:[^()]{0,40}/)?[^()]{2,40}\)\s*\.?$|\bPhoto(?: details|:)", text))


def captions(sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences of photo captions: a credit in brackets ends the sentence or follows it
    alone in the same paragraph ('… at a press conference. (OSCE/Jane Doe)')."""
    out = set()
    for i, s in enumerate(sentences):
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if _is_caption(s.text) or (
            nxt is not None
            and nxt.paragraph == s.paragraph
            and re.fullmatch(r"\s*(?:\([^()]{2,60}\)\s*\.?|Photo\b.{0,60})\s*", nxt.text)
        ):
            out.add(i)
    return out


# ---------------------------------------------------------------- visits

_CAPW = r"[A-Z][\w’'\-.]*"
# a place or an institution visited: 'the OSCE Mission to Skopje',
# 'the European Union Agency for Fundamental Rights'
_PLACE = (
    rf"(?:the\s+)?{_CAPW}(?:(?:\s+(?:of|de|upon)\s+(?:the\s+)?"
    rf"|(?:(?<=Mission)|(?<=Office)|(?<=Centre)|(?<=Center)|(?<=Presence))\s+(?:to|in)\s+"
    rf"|(?:(?<=Agency)|(?<=Institute)|(?<=Centre)|(?<=Center)|(?<=Office)|(?<=Council)|(?<=Committee)|"
    rf"(?<=Commission))\s+(?:for|on)\s+(?:the\s+)?|\s+){_CAPW})*"
)
# lower-case words that may lead a destination: 'the former …', 'the territories surrounding …'
_LEAD = (
    r"(?:former|southern|northern|eastern|western|central|north-\w+|south-\w+|autonomous|territorial|"
    r"unit|areas?|territories|territory|region|regions|city|town|village|capital|districts?|municipality|"
    r"province|republic|surrounding|adjacent|around|near|along|border|boundary|of|to|the|occupied|"
    r"breakaway|conflict-affected|war-torn)"
)
_DEST = (
    rf"(?P<lead>(?:the\s+)?(?:{_LEAD}\s+){{0,4}})(?P<dest>{_PLACE}"
    rf"(?:\s*,\s*(?!and\b){_PLACE})*(?:,?\s+and\s+(?:then\s+)?(?:to\s+|on\s+to\s+)?{_PLACE})?)"
)
_VISIT_RE = re.compile(
    r"(?P<trig>"
    r"\b(?:(?:official|working|first|second|farewell|introductory|joint|fact-finding|study|"
    r"\w+-day|week-long|[a-z]+-nation|field)\s+)*(?:visit|visits|trip|trips|tour)"
    r"(?:(?:\s+(?:today|yesterday|this\s+week|in\s+(?:his|her|their)\s+[\w\s]{3,25}?))?,?\s+)(?:of|to|through|in)\s+"
    r"|\bvisit(?:ed|ing|s)?\s+(?=the\s+[A-Z]|[A-Z])"
    r"|\btours?\s+(?=[A-Z])"
    r"|\b(?:travel(?:led|ed|s|ling|ing)?|went|goes|go|fly|flew|flies|flying|head(?:ed|s)?|came|comes|"
    r"arrived|arrives)\s+(?:(?!home\b|back\b)\w+\s+){0,2}?(?:on\s+)?(?:to|in)\s+"  # 'head home to': no visit
    r"|\bis\s+travelling\s+(?:through|across|around)\s+"
    r"|\b(?:held|holding|after|following)\s+(?:a\s+round\s+of\s+)?(?:official\s+|high-level\s+|bilateral\s+)?"
    r"talks\s+in\s+(?=[A-Z])"
    r"|\bspent\s+(?:\w+\s+){0,2}days?\s+in\s+"
    r"|\b(?:was|were|will\s+be|is|are)\s+(?:back\s+)?in\s+(?=(?:the\s+)?[A-Z])"
    r")" + _DEST
)
# 'In Baku, the Secretary General met the President': the place of talks is a place visited
_MET_IN_RE = re.compile(
    rf"^\s*In\s+(?P<lead>)(?P<dest>{_PLACE})\s*,?\s+(?P<subj>[^,.;]{{0,80}}?)\s+"
    r"(?P<trig>met|meets|held talks|holds talks|was received|is received|visited|toured)\b"
)
NOT_PLACE = re.compile(
    rf"^(?:the\s+)?(?:{WEEKDAY}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|President|Prime|Minister|Foreign|Mr|Ms|Mrs|Dr|Ambassador|Chair|Secretary|Head|"
    r"Director|Permanent|Conference|Summit|Session|Meeting)\b"
)
_POSTISH = re.compile(
    r"Chair(?:man|woman|person)?-in-Office|Secretary General|High Commissioner|Representative|"
    r"Head of|Director|President|Co-Chairs?|Coordinator|Co-ordinator|Special|Envoy|Minister|Ambassador"
)


_VISIT_HINT = re.compile(
    r"visit|trip|tour|travel|went|goes|\bgo\b|fl[yie]|head|came|comes|arriv|"
    r"\bwas in|\bwere in|\bis in|\bare in|"
    r"\bbe in|back in|spent|talks in|^\s*In\s"
)


def visitor_label(post: str) -> str:
    """'Secretary General of the OSCE' -> 'OSCE Secretary General'; "Organization's Chairman-in-Office;
    Romanian Foreign Minister" -> 'OSCE Chairman-in-Office'."""
    parts = [p.strip() for p in post.split(";") if p.strip()]
    part = next((p for p in parts if re.search(r"OSCE|Organization|Chair|High Commissioner", p)), parts[0])
    part = re.sub(r"^(?:the\s+)?(?:Organization|OSCE)[’']s\s+", "OSCE ", part)
    m = re.match(
        r"(?P<p>.+?)\s+of\s+the\s+(?:OSCE|Organization for Security and Co-operation in Europe)$", part
    )
    if m:
        part = f"OSCE {m.group('p')}"
    part = re.sub(r"^[Tt]he\s+", "", part)
    if not re.search(r"\bOSCE\b", part) and re.match(
        r"(?:Chair(?:man|woman|person)?-in-Office|Secretary General|High Commissioner on National Minorities|"
        r"Representative on Freedom of the Media)",
        part,
    ):
        part = "OSCE " + part
    return part[:1].upper() + part[1:]


def _subject_phrase(before: str) -> str | None:
    """The acting body of a clause when it is no person: 'Leading members of the OSCE PA delegation'."""
    clauses = re.split(r"[,;:–—]", before)
    for clause in (clauses[-1], clauses[0]):
        found = re.findall(
            r"\b(?:the\s+)?((?:OSCE\s+|[A-Z][\w\-/]*\s+){0,5}(?:Co-Chairs|delegation|Delegation|Mission|mission|"
            r"team|Team|Group|Committee|observers|Chair(?:man|woman|person)-in-Office|Secretary General|"
            r"High Commissioner(?: on National Minorities)?|Representative(?: on Freedom of the Media)?|"
            r"Director|President|Troika))\b",
            clause,
        )
        if found:  # the last one named before the verb
            return found[-1].strip()
    return None


def _visit_when(
    window: str,
    ref: str | None,
    future: bool,
    anchor: str | None = None,
    at: int = 0,
    cues: str | None = None,
) -> tuple[str | None, str | None]:
    """Dates of a visit: the day or range nearest to the visit words (at), a date after them preferred
    ('arrived today for a two-day visit ahead of the 29 July elections' is today); a weekday of a later
    leg counts from the start of the trip (anchor)."""
    days = duration_days(window)
    fwd = True if future else None
    cands: list[tuple[int, int, str | None, str | None]] = []
    for d in find_dates(window, ref, fwd, relative=True):
        if d.precise:
            cands.append((d.span[0], d.span[1], d.start, d.end))
    if ref:
        for wd in re.finditer(rf"\b({WEEKDAY})\b", window):
            if any(a <= wd.start() < b for a, b, _, _ in cands):
                continue
            wref = anchor if future and anchor and anchor > ref else ref
            day = resolve_weekday(
                wd.group(1), wref, True if future else (False if PAST.search(window) else None)
            )
            cands.append((wd.start(), wd.end(), day, day))
    if not cands:
        ms = find_dates(window, ref, fwd, relative=True)
        return (ms[0].start, ms[0].end) if ms else (None, None)
    a, b, st, en = min(cands, key=lambda c: (c[0] - at) if c[0] >= at else 2 * (at - c[1]) + 1)
    ranges = [c for c in cands if c[2] != c[3]]
    if st == en and ranges:
        a, b, st, en = ranges[0]
    if st != en:
        return st, en
    day = st
    if day is None:
        return None, None
    close = bool(CLOSE_CUES.search(cues or window))
    opening = bool(OPEN_CUES.search(cues or window))
    if close:
        return (add_days(day, -(days - 1)) if days else None), day
    if opening or future:
        return day, (add_days(day, days - 1) if days else None)
    if days:
        return add_days(day, -(days - 1)), day
    return day, day


def visits(sentences: list[Sentence], title: str, people: list[Person], ref: str | None) -> list[Event]:
    """Every visit, trip or tour reported, in order; mentions of a destination already visited are the
    same visit. The first is the visit of the title or the opening sentences when there is one."""
    title_sent = Sentence(title, 0, len(title), -1)
    context = " ".join([title, *(s.text for s in sentences)])
    cands: list[tuple[Sentence, re.Match[str], int]] = []
    for idx, s in enumerate([title_sent, *sentences]):
        if (_is_caption(s.text) and idx > 0) or not _VISIT_HINT.search(s.text):
            continue
        for m in [*_VISIT_RE.finditer(s.text), *_MET_IN_RE.finditer(s.text)]:
            dest = _dest(m)
            if NOT_PLACE.match(dest) or len(dest) < 3:
                continue
            if re.match(r"(?:was|were|will|is|are)\b", m.group("trig")) and not find_dates(s.text, ref):
                continue  # 'is in Vienna' is a visit only with the dates of the stay
            cands.append((s, m, idx - 1))
    if not cands:
        return []
    # the intro's mention before the title's: the body names the destinations in full
    intro = [c for c in cands if 0 <= c[2] <= 1]
    if intro:  # the title's visit is the intro's
        first = intro[0]
        cands = [first, *[c for c in cands if c is not first and c[2] >= 0]]
    out: list[Event] = []
    seen_dest: list[set[str]] = []
    for s, m, idx in cands:
        dest = _dest(m)
        dk = keys_of(dest)
        if any(dk <= k or k <= dk for k in seen_dest):
            continue
        before = s.text[: m.start()] if "subj" not in m.re.groupindex else s.text[: m.end("subj")]
        visitor = _visitor(s, before, people, out, context)
        if visitor is None and not re.match(r"(?:\w+\s+)*(?:visit|trip|tour)", m.group("trig")):
            continue  # 'returned to', 'came to' without anyone visiting
        if (
            out
            and idx >= 0
            and not find_dates(s.text, ref, None, relative=True)
            and not re.search(rf"\b{WEEKDAY}\b", s.text)
            and (
                visitor is None
                or any((keys_of(visitor) - {"the"}) & (e.keys - {"visit"}) for e in out)
                or re.match(r"(?:He|She|They)\b", before.strip())
            )
        ):
            continue  # the itinerary of the visit already found: 'she plans to travel to Kyiv and Odesa'
        # the kind of visit as written: 'first official visits', 'study visit' (not its length)
        qual = re.match(
            r"((?:(?:official|working|first|second|farewell|introductory|joint|study|field)\s+)+)(visits?)\b",
            m.group("trig").strip(),
        )
        noun = "Visit"
        if qual:
            noun = f"{qual.group(1)}{qual.group(2)}"
            noun = noun[0].upper() + noun[1:]
        name = (f"{noun} of {visitor}" if visitor else noun) + f" to {dest}"
        nxt = ""
        if idx >= 0 and idx + 1 < len(sentences):
            t = sentences[idx + 1].text
            if re.search(r"\b(?:visit|trip|stay|tour)\b", t) and not _VISIT_RE.search(t):
                nxt = t
        window = f"{s.text} {nxt}".strip()
        # the cue words of the visit's own clause: 'Once the programme is completed, she plans to fly on to X'
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(" – "))
        clause = s.text[cut + 1 :] + (" " + nxt if nxt else "")
        future = bool(FUTURE.search(clause)) and not CLOSE_CUES.search(clause)
        anchor = max((e.start for e in out if e.start and len(e.start) == 10), default=None)
        st, en = _visit_when(window, ref, future, anchor, at=m.start(), cues=clause)
        if (
            st is None
            and en is None
            and ref
            and idx in (0, 1)
            and (CLOSE_CUES.search(clause) or OPEN_CUES.search(clause))
            and not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:" + CLOSE_CUES.pattern + ")", clause)
        ):  # the opening sentence of a dated release: the visit ends (or starts) on the dateline's day
            st, en = _visit_when(f"{window} today", ref, future, anchor, at=m.start(), cues=clause)
        if idx == -1 and st is None:
            st, en = None, None
        ev = Event(name, sentence=s if idx >= 0 else None, place=dest, start=st, end=en)
        ev.keys = keys_of(name)
        seen_dest.append(dk)
        out.append(ev)
    return out


_OSCE_POST = re.compile(
    r"\b((?:OSCE\s+)?Chair(?:man|woman|person)-in-Office|OSCE\s+Secretary General|"
    r"OSCE\s+High Commissioner on National Minorities|OSCE\s+Representative on Freedom of the Media|"
    r"OSCE\s+PA\s+President|President of the OSCE Parliamentary Assembly)\b"
)


def _dest(m: re.Match[str]) -> str:
    """The destination as named: 'the former Yugoslav Republic of Macedonia', 'Baku, Yerevan and
    Nagorno-Karabakh' ('and then to' read as 'and'), without a sentence's full stop."""
    lead = m.group("lead").strip()
    lead = "" if not re.search(r"[a-z]", lead.replace("the", "")) else lead + " "
    dest = re.sub(r"\s+(?:and|to)$", "", m.group("dest").strip(" ,"))
    dest = re.sub(r",?\s+and\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?", " and ", dest)
    dest = re.sub(r"(?<=[a-z]{2})\.$", "", dest)
    return (lead + dest).strip()


def _visitor(
    s: Sentence, before: str, people: list[Person], found: list[Event], context: str = ""
) -> str | None:
    """Who visits: the person (by post) named before the verb, else the body acting, else the
    visitor already found (a pronoun), else None."""
    cut = s.start + len(before)
    earlier = re.match(r"(?:[\w ]*?)[Vv]isits? of (.+?) to ", found[0].name) if found else None
    for p in people:
        in_sentence = (
            any(s.start <= a < cut for a, _ in p.mentions)
            if s.paragraph >= 0
            else (p.name.split()[-1] in before)
        )
        if not in_sentence:
            continue
        if p.post and _POSTISH.search(p.post):
            osce = _OSCE_POST.search(before)
            if not re.search(r"OSCE|Organization|Chair|High Commissioner|Secretary General", p.post) and osce:
                return "the " + visitor_label(
                    osce.group(1)
                )  # 'Austrian Foreign Minister X, the OSCE Chairperson…'
            return "the " + visitor_label(p.post)
        if earlier:  # the visitor named without a post again
            return earlier.group(1)
        titled = re.search(  # the post written before the name elsewhere: 'Chairman-in-Office Passy'
            r"((?:OSCE\s+)?(?:Chair(?:man|woman|person)-in-Office|Secretary General|High Commissioner|"
            r"(?:Special |Personal )?Representative|Director|President|Co-Chairs?|Special Envoy))\s+"
            rf"(?:[A-Z][\w\-]+\s+)?{re.escape(p.name.split()[-1])}\b",
            context,
        )
        if titled:
            return "the " + visitor_label(titled.group(1))
        return p.name
    phrase = _subject_phrase(before)
    if phrase:
        return "the " + visitor_label(phrase)
    if re.search(r"\b(?:he|she|they|He|She|They|his|her)\b", before) and earlier:
        return earlier.group(1)
    if re.search(r"\b(?:he|she|He|She)\b", before):
        for p in people:
            if p.post and _POSTISH.search(p.post) and re.search(r"OSCE|Organization|Chair", p.post):
                return "the " + visitor_label(p.post)
    return None


# ---------------------------------------------------------------- elections and missions

_EL_ADJ = (
    r"parliamentary|presidential|local|municipal|general|early|snap|legislative|regional|mayoral|"
    r"federal|provincial|by-|repeat|extraordinary|pre-term"
)
_ELECTION_RE = re.compile(
    rf"(?:(?P<prev>previous|last|earlier|past|former|next|upcoming|forthcoming|coming)\s+)?"
    rf"(?:(?P<year>(?:19|20)\d\d)\s+)?"
    rf"(?:(?P<adj>(?:{_EL_ADJ})(?:\s+and\s+(?:{_EL_ADJ}))?)\s+(?P<noun>elections?|vote|polls?|ballot)"
    rf"|(?P<radj>constitutional|independence|national|nationwide|all-Ukrainian)?\s*(?P<rnoun>referendum))\b",
    re.I,
)


_EL_HINT = re.compile(r"elect|vote|poll|ballot|run-?off|second round", re.I)


def elections(sentences: list[Sentence], title: str, ref: str | None) -> list[Event]:
    """'yesterday's parliamentary elections' -> Parliamentary elections in <State> (the State named
    around it), dated by the text; 'the previous parliamentary elections' and run-offs apart."""
    out: list[Event] = []
    looked_up: list[str | None] = []

    def doc_state() -> str | None:
        """The State of the title or the first sentences, looked up only when a vote is named (each
        lookup scans the text for every State's name)."""
        if not looked_up:
            first = (st for s in sentences[:3] if (st := state_in(s.text)))
            looked_up.append(state_in(title) or next(first, None))
        return looked_up[0]

    for s in sentences:
        low = s.text.lower()
        if not any(
            w in low
            for w in ("elect", "vote", "poll", "ballot", "run-off", "runoff", "second round", "referendum")
        ):
            continue
        for m in _ELECTION_RE.finditer(s.text):
            if m.group("rnoun"):  # 'the constitutional referendum'
                adj, noun = (m.group("radj") or "").lower(), "referendum"
            else:
                adj = m.group("adj").lower()
                noun = (
                    "elections"
                    if m.group("noun").lower() in {"vote", "polls", "poll", "ballot"}
                    else m.group("noun").lower()
                )
            around = s.text[max(0, m.start() - 40) : m.end() + 40]
            state = state_in(around) or doc_state()
            base = (f"{adj.capitalize()} {noun}" if adj else noun.capitalize()) + (
                f" in {state}" if state else ""
            )
            prev = (m.group("prev") or "").lower()
            year = m.group("year")
            if (
                prev in {"previous", "last", "earlier", "past", "former"}
                or (year and ref and year < ref[:4])
                and not re.search(r"\b(?:today|yesterday)\b", s.text)
            ):
                name = (
                    f"Previous {base[0].lower()}{base[1:]}"
                    if not year
                    else f"{year} {base[0].lower()}{base[1:]}"
                )
            else:
                name = base
            existing = next((e for e in out if e.name == name), None)
            st, en = _election_date(s.text, m, ref)
            if st is None and year:
                st = year  # the 2008 presidential election
            if existing:
                if existing.start is None and st:
                    existing.start, existing.end = st, en
                continue
            ev = dated(name, s, st, en, state)
            out.append(ev)
        rm = re.search(
            r"\b(?:run-?offs?|second round of (?:the )?(?:voting|vote|elections?|presidential|"
            r"parliamentary|polls))\b",
            s.text,
            re.I,
        )
        if rm and not any(re.search(r"run-?off", e.name, re.I) for e in out):
            st, en = when(s.text[rm.end() :], ref, True)
            before = s.text[: rm.start()]
            if st is None:  # 'has set May 28 for a possible runoff': the day set for it
                ds = find_dates(before, ref, True)
                if ds and re.fullmatch(r"\s+for\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}", before[ds[-1].span[1] :]):
                    st, en = ds[-1].start, ds[-1].end
            # 'in North Macedonia', 'in Bosnia and Herzegovina': a State's whole name
            where = re.match(
                r"\s+(?:\w+\s+){0,3}?in\s+(\d+\s+constituencies|[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+){0,3})",
                s.text[rm.end() :],
            )
            name = "Run-off elections" + (f" in {where.group(1)}" if where else "")
            q = re.search(
                r"\b(?:(possible|potential|likely|eventual)\s+)?(presidential|parliamentary|mayoral)?\s*\Z",
                before,
            )
            if q and (q.group(1) or q.group(2)) and rm.group(0).lower().startswith("run"):
                # 'a possible presidential runoff': the run-off of one vote, maybe not held
                words = " ".join(w for w in (q.group(1), q.group(2), rm.group(0).lower()) if w)
                state = doc_state()
                name = words[0].upper() + words[1:] + (f" in {state}" if state and not where else "")
            ev = dated(name, s, st, en if st else None, doc_state())
            out.append(ev)
        # 'Türkiye will elect a president and 600 members of parliament': the vote of both kinds
        em = _ELECT_RE.search(s.text) if "elect" in s.text else None
        if em and (em.group("pres") or em.group("parl")):
            pairs = (("presidential", "pres"), ("parliamentary", "parl"))
            kinds = " and ".join(k for k, g in pairs if em.group(g))
            state = state_in(s.text) or doc_state()
            name = f"{kinds.capitalize()} elections" + (f" in {state}" if state else "")
            if not any(e.name == name or e.name == f"{name[:-1]}" for e in out):
                st, en = when(s.text, ref, True if FUTURE.search(s.text) else None)
                out.append(dated(name, s, st, en, state))
    # a vote named by its State or its day only: 'the Kazakh election', 'Sunday's vote' -> Election(s) in X
    for s in sentences:
        for m in _BARE_VOTE.finditer(s.text):
            who = m.group("who")
            state = (gz.state_lookup().get(who) or gz.adjective_lookup().get(who)) if who else None
            state = state or (doc_state() if m.group("day") else None)
            if state is None or (who and not state):
                continue
            plural = m.group("noun").lower() in {"elections", "vote", "polls", "poll"}
            name = ("Elections" if plural else "Election") + f" in {state}"
            same = next(
                (e for e in out if state in e.name and not SEPARATE_VOTE.match(e.name)), None
            )
            st = en = None
            if m.group("day") and ref:
                word = re.sub(r"[’']s$", "", m.group("day"))
                if word.lower() in {"yesterday", "today"}:
                    st = en = add_days(ref, -1 if word.lower() == "yesterday" else 0)
                else:
                    fwd = bool(FUTURE.search(s.text) or re.search(r"\b(?:is|are)\s+\w+ing\b", s.text))
                    st = en = resolve_weekday(word, ref, fwd)
            if same is not None:
                if same.start is None and st:
                    same.start, same.end = st, en
                continue
            ev = dated(name, s, st, en, state)
            out.append(ev)
    return out


# the names of votes apart from the text's main one: earlier, dated-by-year or run-off votes
SEPARATE_VOTE = re.compile(
    r"Previous|\d{4} |Run-off|(?:(?:Possible|Potential|Likely|Eventual)\s+)?(?:\w+\s+)?run-?offs?\b"
)
_ELECT_RE = re.compile(
    r"\b(?:will|to|shall)\s+elect\s+(?:(?P<pres>(?:a|its|the)\s+(?:new\s+)?president)(?:\s+and\s+)?)?"
    r"(?P<parl>(?:[\d,]+|(?:a|its|the)\s+(?:new\s+)?)\s*(?:members\s+of\s+(?:the\s+)?)?parliament)?"
)
_BARE_VOTE = re.compile(
    r"\b(?:(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday)[’']s)\s+|"
    r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:[’']s)?\s+)(?P<noun>elections?|vote|polls?)\b"
)


def _election_date(text: str, m: re.Match[str], ref: str | None) -> tuple[str | None, str | None]:
    """The day of the vote: 'yesterday's', 'Saturday's', 'the 27 February 2005', 'of/on 10 January'."""
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 40]
    rel = re.search(r"\b(today|yesterday|tomorrow)(?:[’']s)?\s*$", before, re.I)
    if rel and ref:
        d = find_dates(rel.group(1), ref, None, relative=True)
        return (d[0].start, d[0].end) if d else (None, None)
    wd = re.search(rf"\b({WEEKDAY})[’']s\s*$", before)
    if wd and ref:
        # 'is following Saturday's vote' / 'will observe …' look ahead; otherwise the vote is past
        fwd = bool(FUTURE.search(text) or re.search(r"\b(?:is|are)\s+\w+ing\b", text))
        s = resolve_weekday(wd.group(1), ref, fwd)
        return s, s
    ds = find_dates(before, ref, None)
    if ds and ds[-1].precise and re.fullmatch(r"\s*(?:[a-z\-]+\s+){0,2}", before[ds[-1].span[1] :]):
        return ds[-1].start, ds[-1].end
    am = re.match(r"\s*(?:(?:held|scheduled|set|due|planned)\s+)?(?:on|of|for|in)\s+", after)
    if am:
        ds = find_dates(after[am.end() :], ref, True)
        if ds and ds[0].span[0] == 0:
            return ds[0].start, ds[0].end
        wd2 = re.match(rf"({WEEKDAY})", after[am.end() :])
        if wd2 and ref:
            s = resolve_weekday(wd2.group(1), ref, None if not PAST.search(text) else False)
            return s, s
    return None, None


_MISSION_RE = re.compile(
    r"\b(?P<q>(?:(?:International|ODIHR|OSCE/ODIHR|OSCE|[Ll]imited|[Ll]ong-term|[Ss]hort-term|[Jj]oint|"
    r"[Ss]pecial|[Nn]eeds [Aa]ssessment)\s+)*)(?P<h>(?:[Ee]lection\s+)?(?:[Oo]bservation|[Oo]bserver|"
    r"[Mm]onitoring)\s+[Mm]ission\b|(?<=OSCE )[Mm]ission\b(?=[^.]*\b(?:observers|monitors)\b))"
    r"(?P<of>\s+of\s+the\s+(?P<body>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,5}))?"
)


def missions(sentences: list[Sentence], election: Event | None, ref: str | None) -> list[Event]:
    """Observation missions named apart ('the ODIHR election observation mission', 'an observer mission
    of the Commonwealth of Independent States'), each for the elections of the text; a mission after the
    first counts when the text gives it a date or a head-count."""
    out: list[Event] = []
    for i, s in enumerate(sentences):
        for m in _MISSION_RE.finditer(s.text) if "ission" in s.text else ():  # '[Mm]ission' is in each
            q = m.group("q").strip()
            body = m.group("body")
            if "onitoring" in m.group("h") and not re.search(
                r"elect|vote|referend|ballot|poll", s.text, re.I
            ):
                continue  # a monitoring mission with no vote in view is a field operation, not an event
            if not q and not body and out:
                continue
            label = f"{q} {m.group('h')}".strip() if q else m.group("h")
            if body:
                label = f"{label} of the {body}"
            where = re.match(
                r"\s+(in|to)\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+(?:of\s+)?[A-Z][\w\-]+){0,3})", s.text[m.end() :]
            )
            if where and not body and not election:
                label = f"{label} {where.group(1)} {where.group(2)}"
            label = label[0].upper() + label[1:]
            if any(similar(label, e.name.split(" for the ")[0]) >= 0.8 for e in out):
                continue
            el = election.name if election else None
            name = label + (f" for the {el[0].lower()}{el[1:]}" if el else "")
            tail = s.text[m.start() :]
            nxt = sentences[i + 1].text if i + 1 < len(sentences) else ""
            count = mission_count(tail) or (
                mission_count(nxt)
                if re.match(r"\s*(?:It|The mission|Altogether|In all|In total)\b", nxt)
                else None
            )
            st = None
            dm = re.search(r"\b(?:deployed|opened|established|arrived|began (?:its )?work)\b(.{0,40})", tail)
            if dm:
                ds = find_dates(dm.group(1), ref, False, relative=True)
                st = ds[0].start if ds else None
            if out and count is None and st is None:
                continue
            ev = Event(
                name, start=st, participants=count, sentence=s, place=election.place if election else None
            )
            ev.keys = keys_of(name)
            out.append(ev)
    return out


def mission_count(text: str) -> int | None:
    """'counts some 175 observers', 'with 218 monitors', 'brings together 420 observers from 39
    countries' -> the head-count; 'has deployed 324 long-term observers' is a breakdown."""
    for m in re.finditer(
        r"(?P<pre>\b\w+)\s+(?:(?:some|more than|over|nearly|almost|around|about|a total of|up to)\s+)?"
        r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w\-]+\s+){0,2}?(?:observers|monitors)\b",
        text,
    ):
        if m.group("pre").lower() in {"sent", "contributed", "and", "another"} or re.search(
            r"long-term|short-term", m.group(0)
        ):
            continue  # a share of the mission, not its head-count
        return number_value(m.group("n"))
    return None


# ---------------------------------------------------------------- press conferences, briefings, talks


def people_in(s: Sentence, people: list[Person]) -> list[Person]:
    """The people mentioned in a body sentence, in the order they stand there."""
    if s.paragraph < 0:
        return []
    at = {
        p.name: min((a for a, _ in [(p.start, p.end), *p.mentions] if s.start <= a < s.end), default=-1)
        for p in people
    }
    return sorted((p for p in people if at[p.name] >= 0), key=lambda p: at[p.name])


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def press_conferences(
    sentences: list[Sentence], mission: Event | None, ref: str | None, people: list[Person] | None = None
) -> list[Event]:
    """A news, press or media conference (not in a photo caption): 'of the <mission>' when the text is
    about an observation mission, a joint one 'of' the people the sentence names; dated by the text
    ('today', 'on Sunday, 9 October')."""
    full_text = " ".join(s.text for s in sentences)
    caps = captions(sentences)
    for i, s in enumerate(sentences):
        m = re.search(r"\b(joint\s+)?(news|press|media)\s+conferences?\b", s.text, re.I)
        if not m or i in caps or re.search(r"Media Conference", m.group(0)):
            continue
        joint = bool(m.group(1))
        kind = m.group(2).lower() if joint else m.group(2).capitalize()
        name = f"{'Joint ' if joint else ''}{kind} conference"
        who = [p.name for p in people_in(s, people or [])][:3]
        if joint and len(who) >= 2:
            name += f" of {_and(who)}"
        elif mission and "bserv" in mission.name:
            label = mission.name.split(" for the ")[0].split(" to the ")[0]
            acr = re.search(re.escape(label) + r"\s*\(([A-Z][A-Za-z/]{1,10})\)", full_text, re.I)
            name += " of the " + (acr.group(1) if acr else label)
        future = bool(FUTURE.search(s.text))
        st, _ = when(s.text, ref, True if future else None, at=m.end())
        if st is None and not future and re.search(r"\b(?:said|told|stated|declared|announced)\b", s.text):
            st = ref  # 'Speaking at a joint news conference …, X said': the report's own day
        ev = dated(name, s, st, st)
        return [ev]
    return []


_BODY = (
    r"(?:OSCE\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:Group|Council|Committee|Commission|Assembly|Board|Forum|Troika|"
    r"Parliament|Conference)"
)


# words that put what a report tells on the day of its dateline
SAME_DAY = re.compile(
    r"\b(?:[Tt]oday|[Ee]arlier in the day|[Ll]ater in the day|this morning|this afternoon|this evening|"
    r"tonight)\b"
)
_MEETING_WITH = re.compile(
    r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:(?:[\w]+-(?:long|minute|hour)|brief|bilateral|separate|"
    r"private|closed-door|one-on-one|face-to-face)\s+)*meeting\s+with\b"
)


def meetings_with(sentences: list[Sentence], people: list[Person], ref: str | None) -> list[Event]:
    """'a meeting with French President Jacques Chirac and German Chancellor Gerhard Schroeder' ->
    Meeting of <the person named before it> with Jacques Chirac and Gerhard Schroeder."""
    out: list[Event] = []
    for s in sentences:
        if "meeting with" not in s.text:
            continue
        inside = people_in(s, people)
        for m in _MEETING_WITH.finditer(s.text):
            pos = s.start + m.end()
            clause = re.split(
                r"[;.]|,\s+(?:which|who|that|but|and\s+(?:said|added))\b|\s+(?:that|which|to|had)\s",
                s.text[m.end() :],
                maxsplit=1,
            )[0]
            end = pos + len(clause)
            guests = [p for p in inside if any(pos <= a < end for a, _ in [(p.start, p.end), *p.mentions])]
            hosts = [
                p
                for p in inside
                if p not in guests
                and any(s.start <= a < s.start + m.start() for a, _ in [(p.start, p.end), *p.mentions])
            ]
            if not guests:
                continue
            names = [p.name for p in guests][:3]
            name = (f"Meeting of {hosts[-1].name} with " if hosts else "Meeting with ") + _and(names)
            st, en = when(s.text, ref, True if FUTURE.search(s.text) else None, at=m.start())
            if st is None and SAME_DAY.search(s.text):
                st = en = ref
            ev = Event(
                name,
                start=st if st and len(st) == 10 else None,
                end=en if st and len(st) == 10 else None,
                sentence=s,
            )
            ev.keys = keys_of(name)
            out.append(ev)
    return out


def encounters(sentences: list[Sentence], people: list[Person], ref: str | None) -> list[Event]:
    """Two people meeting, as a report tells it by a verb: 'Foreign Minister X today received OSCE
    Secretary General Y' -> Meeting of X with Y; 'X will hold talks with Y' -> Talks of X with Y."""
    out: list[Event] = []
    caps = captions(sentences)
    for e in encounter_pairs(sentences, people):
        s = e.sentence
        if sentences.index(s) in caps:
            continue
        future = bool(FUTURE.search(s.text))
        st, en = when(s.text, ref, True if future else None, at=e.at)
        if st is None and SAME_DAY.search(s.text):
            st = en = ref
        kind = "Talks" if e.talks else "Meeting"
        out.append(dated(f"{kind} of {e.host.name} with {e.guest.name}", s, st, en))
    return out


def briefings(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'briefed the Contact Group', 'will brief the OSCE Minsk Group in Vienna' -> Briefing of the X."""
    out: list[Event] = []
    full_text = " ".join(s.text for s in sentences)
    for s in sentences:
        if not ("brief" in s.text or "Brief" in s.text or "alert" in s.text or "inform" in s.text):
            continue
        for m in re.finditer(
            rf"\b(?:[Bb]rief(?:s|ed|ing)?|alert(?:s|ed)?|inform(?:s|ed)?)\s+the\s+(?P<b>{_BODY})\b", s.text
        ):
            body = m.group("b")
            if " " not in body:  # 'Briefing the Commission': the body as first named ('the U.S. Helsinki …')
                full = re.search(rf"\b(?:[A-Z][\w.\-]*\s+){{1,4}}{body}\b", full_text)
                body = full.group(0) if full and not full.group(0).startswith(("The ", "A ")) else body
            if body.split()[0] in {"Permanent"} or any(body in e.name for e in out):
                continue
            name = f"Briefing of the {body}"
            future = bool(FUTURE.search(s.text))
            st, en = when(s.text, ref, True if future else None)
            if st and len(st) < 10:
                st = en = None  # 'in December' in a briefing's sentence is what the briefing was about
            place = re.match(r"\s+in\s+([A-Z][\w\-]+)", s.text[m.end() :])
            ev = dated(name, s, st, en, place.group(1) if place else None)
            out.append(ev)
    return out


def talks(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """A round of named talks: 'the Transdniestrian settlement talks resume in Vienna on 5-6 June',
    'the next round of the Geneva International Discussions'."""
    out: list[Event] = []
    for s in sentences:
        if not ("talks" in s.text or "negotiations" in s.text or "Discussions" in s.text):
            continue
        m = re.search(
            r"\b(?P<q>(?:(?!(?:The|A|An|In|At|On|This|These|Their|Its)\s)[A-Z][\w\-]*\s+|\d\+\d\s+){1,3}"
            r"(?:[a-z]+\s+)?(?:settlement|peace|status|negotiation)?\s*"
            r"(?:talks|negotiations|Discussions))\b(?P<fmt>\s+in\s+the\s+[\w+\-]+\s+format)?",
            s.text,
        )
        if not m or not re.search(
            r"settlement|peace|status|reunification|negotiation|political|Geneva|\d\+\d", m.group(0)
        ):  # 'the peace talks in Minsk on Wednesday': lower-case talks with their place and time
            m = re.search(
                r"\b(?P<q>(?:settlement|peace|status|reunification|ceasefire)\s+(?:talks|negotiations))\b"
                r"(?P<fmt>)",
                s.text,
            )
            if not m or not re.search(
                r"\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                r"yesterday|tomorrow|\bround\b",
                s.text,
            ):
                continue
        q = m.group("q").strip()
        if len(q.split()) < 2:
            continue
        future = bool(FUTURE.search(s.text)) or bool(re.search(r"\bresumes?\b|\bnext\b", s.text))
        # 'the EU-mediated 12 August 2008 Ceasefire Agreement': a date naming a document is not the talks'
        text = _ATTRIBUTIVE_DATE.sub(lambda d: " " * len(d.group(0)), s.text)
        st, en = when(text, ref, True if future else (False if PAST.search(s.text) else None), at=m.end())
        if st is None and not re.search(r"\bround\b", s.text):
            continue
        name = ("Round of " if re.search(r"\bround\b", s.text) else "") + q + (m.group("fmt") or "")
        nth = _NTH_ROUND.search(s.text[: m.start()])
        edition = None
        if nth and q[:1].isupper() and not m.group("fmt"):
            # 'the 62nd round of the Geneva International Discussions': a numbered round of a named series
            edition = ordinal_value(nth.group(1))
            name = f"{nth.group(1)} round of the {q}"
        place = re.search(r"\bin\s+(Vienna|Geneva|[A-Z][a-z]+)\b(?!\s+format)", s.text[m.end() :])
        ev = Event(
            name[0].upper() + name[1:], start=st, end=en, sentence=s, place=place.group(1) if place else None
        )
        if edition:
            ev.series, ev.edition = q, edition
        ev.keys = keys_of(name)
        out.append(ev)
    # 'The participants agreed to hold the next round in March 2025': the next round of the series
    series = next((e.series for e in out if e.edition and e.series), None)
    for s in sentences if series else ():
        nm = re.search(r"\b(?:the|a)\s+next\s+round\b(?!\s+of\s+(?:the\s+)?[A-Z])", s.text)
        if nm and not any(e.sentence is s for e in out):
            st, en = when(s.text, ref, True, at=nm.end())
            ev = dated(f"Next round of the {series}", s, st, en)
            ev.series = series
            out.append(ev)
    return out


# a date written before a capitalised noun names it: 'the 12 August 2008 Ceasefire Agreement'
_FULL_MONTH = "|".join(m.capitalize() for m in list(MONTHS)[:12])  # the full names come first
_ATTRIBUTIVE_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_FULL_MONTH})\s+\d{{4}}\s+(?=[A-Z][a-z])")
_NTH_ROUND = re.compile(rf"\b({ORDINALS})\s+round\s+of\s+(?:the\s+)?\Z")


_FORMAT_TALKS = re.compile(
    r"\b[Tt]alks\s+in\s+the\s+(?:so-called\s+)?(?P<fmt>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*|\d\+\d)\s+format\b"
    r"(?P<rest>[^.;]{0,60})"
)
_BODY_MET = re.compile(
    r"\b[Tt]he\s+(?P<b>(?:[A-Za-z\-]+\s+){0,3}(?:[Gg]roup|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Bb]oard|"
    r"[Tt]roika))\s+(?:met|meets|will\s+meet|is\s+to\s+meet|convened|convenes|gathered)\b(?P<rest>[^.;]{0,60})"
)


def format_talks(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'Talks in the so-called Normandy format were held in Berlin on Wednesday' -> Talks in the
    Normandy format in Berlin; 'the trilateral contact group met in Minsk on Tuesday' -> Meeting of the
    Trilateral Contact Group in Minsk."""
    out: list[Event] = []
    for s in sentences:
        found = []
        if "format" in s.text:
            found += [(f"Talks in the {m.group('fmt')} format", m) for m in _FORMAT_TALKS.finditer(s.text)]
        if " met" in s.text or " meet" in s.text or " conven" in s.text or " gathered" in s.text:
            for m in _BODY_MET.finditer(s.text):
                words = m.group("b").split()
                if words[0].lower() in {"security", "permanent", "ministerial"} or words[0] in {"OSCE"}:
                    continue  # the Councils of the OSCE are found by their own names
                body = " ".join(w if w[:1].isupper() else w.capitalize() for w in words)
                found.append((f"Meeting of the {body}", m))
        for name, m in found:
            city = re.search(r"\bin\s+([A-Z][\w\-]+)\b", m.group("rest"))
            where = city.group(1) if city and not NOT_PLACE.match(city.group(1)) else None
            st, en = when(s.text, ref, True if FUTURE.search(s.text) else None, at=m.start("rest"))
            ev = dated(name + (f" in {where}" if where else ""), s, st, en, where)
            out.append(ev)
    return out


_MINISTERS_MEET = re.compile(
    r"\b(?:(?:the\s+)?OSCE(?:[’']s)?\s+(?:foreign\s+)?ministers|[Ff]oreign\s+ministers\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:\d+-(?:nation|member)\s+)?(?:OSCE|Organi[sz]ation\s+for\s+Security\s+and\s+Co-?operation\s+in\s+Europe)"
    r"(?:\s+\(OSCE\))?(?:[’']s\s+(?:\d+\s+)?(?:participating|member)\s+(?:States|states))?)\s+"
    r"(?:(?:meet|met|gather|gathered|will\s+meet|convene|convened|are\s+meeting)\s+in\s+(?P<c>[A-Z][\w\-]+)"
    # 'ended their two-day annual meeting in the Norwegian capital Thursday': the meeting by its verb
    r"|(?P<v>ended|closed|concluded|wrapped\s+up|opened|began|started|held)\s+(?:their|a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:meeting|session|gathering|conference)\s+in\s+"
    r"(?:(?P<c2>[A-Z][\w\-]+)|the\s+[A-Z]\w+\s+capital))"
)


def ministers_meetings(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'Foreign ministers of the 57-nation OSCE meet in Vienna on Thursday' -> the OSCE Ministerial
    Council in Vienna (an informal meeting when the text says so)."""
    out: list[Event] = []
    for s in sentences:
        if "ministers" not in s.text:
            continue
        for m in _MINISTERS_MEET.finditer(s.text):
            city = m.group("c") or m.group("c2")
            informal = re.search(r"\binformal\b", s.text, re.I)
            where = f" in {city}" if city else ""
            name = (
                f"Informal meeting of OSCE foreign ministers{where}"
                if informal
                else f"OSCE Ministerial Council{where}"
            )
            st, en = when(s.text, ref, True if FUTURE.search(s.text) else None, at=m.end())
            days = duration_days(s.text)
            if st and en and st == en and len(st) == 10 and days and days > 1 and m.group("v"):
                # 'ended their two-day meeting Thursday': the day told is the last; 'opened …': the first
                closing = CLOSE_CUES.match(m.group("v")) is not None
                st, en = (add_days(en, 1 - days), en) if closing else (st, add_days(st, days - 1))
            ev = dated(name, s, st, en, city)
            ev.generic_head = "Ministerial" if not informal else None
            out.append(ev)
    return out


def decisions(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'a decision taken by the OSCE Permanent Council in Vienna on 1 June' -> a dated decision."""
    out: list[Event] = []
    for s in sentences:
        if "decision" not in s.text:
            continue
        m = re.search(
            rf"\bdecision\s+(?:taken|adopted|made|reached)\s+by\s+the\s+"
            rf"(?P<b>{_BODY}|participating States)\b",
            s.text,
        )
        if not m:
            continue
        st, en = when(s.text[m.end() :], ref, False)
        if st is None:
            continue
        name = f"{m.group('b')} decision"
        place = re.match(r"\s+in\s+([A-Z][\w\-]+)", s.text[m.end() :])
        ev = dated(name, s, st, en, place.group(1) if place else None)
        out.append(ev)
    return out


# ---------------------------------------------------------------- named meetings with a lower-case head

_LOWER_NAMED = re.compile(
    r"(?:(?P<ord>(?:[Tt]wenty|[Tt]hirty|[Ff]orty)-\w+|\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|"
    r"[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|"
    r"[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|"
    r"[Tt]hirtieth)\s+)?"
    r"(?P<body>(?:[A-Z][\w\-’'/+]*\s+){1,6})(?P<head>meeting|conference|session|summit|seminar|workshop|"
    r"round table|roundtable|forum|consultations|retreat|training|course|dialogue|exercise)\b"
)
_LOWER_HINT = re.compile(
    r"\b(?:meeting|conference|session|summit|seminar|workshop|round table|roundtable|forum|consultations|"
    r"retreat|training|course|dialogue|exercise)\b"
)
_NOT_EVENT_WORDS = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "At",
    "In",
    "On",
    "Its",
    "Their",
    "His",
    "Her",
    "During",
    "Held",
    "After",
    "Before",
    "For",
    "From",
    "With",
    "By",
    "Our",
    "It",
    "OSCE",
    "OSCE-supported",
    "OSCE-organized",
    "OSCE-funded",
}


def lower_head_named(sentences: list[Sentence]) -> list[tuple[Sentence, str, str | None]]:
    """'the Eleventh Annual Joint Task Force meeting', 'a Contact Group meeting': (sentence, name,
    ordinal word)."""
    out = []
    for s in sentences:
        if not _LOWER_HINT.search(s.text):
            continue
        for m in _LOWER_NAMED.finditer(s.text):
            words = m.group("body").split()
            while words and words[0] in _NOT_EVENT_WORDS:
                words = words[1:]
            if m.group("ord") is None and (len(words) < 2 or all(w in gz.adjective_lookup() for w in words)):
                continue
            if not words or words[-1] in {"Day"} or re.search(r"\d{4}$", words[-1]):
                continue
            name = " ".join(words) + " " + m.group("head")
            if m.group("ord"):
                name = f"{m.group('ord')} {name}"
            out.append((s, name[0].upper() + name[1:], m.group("ord")))
    return out


def quoted_title(text: str, end: int) -> str | None:
    """A meeting's title in quotation marks right after its name: 'Conference entitled “X”'."""
    m = re.match(
        r"\s*(?:,\s*)?(?P<kw>(?:entitled|titled|called|themed|on the theme(?: of)?|"
        r"under the (?:title|theme))\s+)?"
        r"([“\"«])(?P<t>[^”\"»]{3,140})([”\"»])",
        text[end:],
    )
    if m is None:
        return None
    title = m.group("t").strip()
    if not m.group("kw") and (
        re.search(r"[,.!?;]$", title) or len(title.split()) > 14 or not title[0].isupper()
    ):
        return None  # a quotation after the name ('the Conference, “We must act,” she said') is no title
    return f"“{title}”"


def quoted_before(text: str) -> list[tuple[str, int, int]]:
    """'the “Women in Public Life” Conference' -> ('Women in Public Life Conference', span)."""
    out: list[tuple[str, int, int]] = []
    if "“" not in text and '"' not in text and "«" not in text:
        return out
    for m in re.finditer(
        r"[“\"«]([A-Z][^”\"»]{2,80})[”\"»]\s+(Conference|Forum|Summit|Meeting|Seminar|Workshop|Festival|"
        r"Roundtable|Round Table|conference|forum|seminar|workshop|festival)\b",
        text,
    ):
        out.append((f"{m.group(1).strip()} {m.group(2).capitalize()}", m.start(), m.end()))
    return out


_FIELD_MISSION = re.compile(
    r"\b(?P<q>(?:(?:OSCE|joint|international|expert|the)\s+)*)(?P<kind>fact-finding|field assessment|"
    r"needs assessment|assessment)\s+mission\b(?:\s+(?:to|in)\s+" + _DEST + ")?"
)


def field_missions(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'a field assessment mission in the territories surrounding X' (between late September and
    mid-October), 'the OSCE fact-finding mission of early 2005'."""
    out: list[Event] = []
    for s in sentences:
        if "mission" not in s.text:
            continue
        for m in _FIELD_MISSION.finditer(s.text):
            osce = "OSCE " if "OSCE" in m.group("q") else ""
            name = f"{osce}{m.group('kind')} mission"
            if m.group("dest"):
                name += f" to {_dest(m)}"
            name = name[0].upper() + name[1:]
            if any(
                similar(name, e.name) >= 0.67 or m.group("kind") in e.name.lower() and not m.group("dest")
                for e in out
            ):
                continue
            future = bool(FUTURE.search(s.text))
            st, en = when(s.text, ref, True if future else None, at=m.start())
            if st and len(st) == 10 and st == en and not re.search(r"\d", s.text):
                st = en = None  # 'today' of a statement, not of the mission
            ev = Event(
                name,
                start=st,
                end=en if en != st or (st and len(st) == 10) else None,
                sentence=s,
                place=_dest(m) if m.group("dest") else None,
            )
            ev.keys = keys_of(name)
            out.append(ev)
    return out


def margins(sentences: list[Sentence]) -> list[Event]:
    """'on the margins of the United Nations General Assembly' -> the gathering named."""
    out: list[Event] = []
    for s in sentences:
        if not (
            "margins" in s.text or "sidelines" in s.text or "fringes" in s.text or "side-lines" in s.text
        ):
            continue
        for m in re.finditer(
            r"\b(?:on|at)\s+the\s+(?:margins|sidelines|fringes|side-lines)\s+of\s+the\s+"
            r"(?P<e>[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,7})\b",
            s.text,
        ):
            name = m.group("e")
            ev = Event(name, sentence=s)
            ev.keys = keys_of(name)
            out.append(ev)
    return out


_OPENING = re.compile(
    r"\b(?P<v>inaugurated|launched|unveiled|inaugurates|launches|unveils)\s+(?:the\s+|a\s+new\s+|its\s+)?"
    r"(?P<o>[A-Z][\w\-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w\-]*){0,7})"
)
# a place of work opened, named in lower case: 'inaugurated the new field office of the OSCE Mission to X
# in Drvar', 'opens an OSCE office in Y'
_OPENING_PLACE = re.compile(
    r"\b(?P<v>inaugurated|inaugurates|opened|opens|will open|unveiled)\s+(?:the\s+|an?\s+|its\s+)?(?:new\s+)?"
    r"(?P<o>(?:OSCE\s+)?(?:field\s+|branch\s+|regional\s+)?(?:office|centre|center|premises|headquarters|"
    r"police station|border (?:post|crossing point|crossing)|training (?:centre|center|facility))"
    r"(?:\s+(?:of|in|for|at)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:(?:of|to|and|in|for)\s+(?:the\s+)?)?[A-Z][\w\-]*)"
    r"{0,7}){0,2})"
)
_OPENING_NOUN = {"inaugurat": "Inauguration", "launch": "Launch", "unveil": "Unveiling", "open": "Opening",
                 "will open": "Opening"}


def openings(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'today inaugurated the Police Inspectorate of Kosovo' -> Inauguration of the Police Inspectorate
    of Kosovo, dated by the sentence. Meetings are left to the meeting rules ('launched the Forum')."""
    out: list[Event] = []
    for s in sentences:
        if not ("inaugurat" in s.text or "launch" in s.text or "unveil" in s.text or "open" in s.text):
            continue
        for m in [*_OPENING.finditer(s.text), *_OPENING_PLACE.finditer(s.text)]:
            obj = m.group("o")
            if re.search(r"\b(?:Conference|Meeting|Forum|Seminar|Workshop|Summit|Session)\b", obj):
                continue
            noun = next(v for k, v in _OPENING_NOUN.items() if m.group("v").startswith(k))
            name = f"{noun} of the {obj}"
            st, en = when(s.text, ref, None, at=m.start())
            ev = dated(name, s, st, en)
            out.append(ev)
    return out


def inaugurations(sentences: list[Sentence], people: list[Person], ref: str | None) -> list[Event]:
    """'congratulated X on his inauguration as Georgia's President on Sunday', 'the inauguration of
    President X' -> Inauguration of X (as the post)."""
    out: list[Event] = []
    for s in sentences:
        if "nauguration" not in s.text:
            continue
        m = re.search(
            r"\b(?:his|her)\s+inauguration\s+as\s+(?P<post>[^,;.]+?)(?=\s+(?:on|in|last|this)\b|[,;.]|$)",
            s.text,
        )
        inside = people_in(s, people)
        who: str | None = None
        if m:
            before = [
                p
                for p in inside
                if any(s.start <= a < s.start + m.start() for a, _ in [(p.start, p.end), *p.mentions])
            ]
            who = before[-1].name if before else None
        else:
            m = re.search(
                r"\b[Ii]nauguration\s+of\s+(?:the\s+new\s+|new\s+)?(?P<post>(?:[A-Z][\w’'\-]*\s+){0,3})",
                s.text,
            )
            after = [
                p
                for p in inside
                if m
                and any(
                    s.start + m.end() <= a < s.start + m.end() + 40
                    for a, _ in [(p.start, p.end), *p.mentions]
                )
            ]
            who = after[0].name if after else None
        if not m or who is None:
            continue
        post = m.group("post").strip()
        name = f"Inauguration of {who}" + (f" as {post}" if post and m.group(0).find(" as ") >= 0 else "")
        st, en = when(s.text, ref, bool(FUTURE.search(s.text)), at=m.end())  # greeted after the fact
        ev = dated(name, s, st, en)
        out.append(ev)
    return out


_PRIZE = re.compile(
    r"\b(?:the\s+)?(?P<p>(?:[A-Z][\w\-’']*\s+){1,5}(?:Prize|Award|Medal)(?:\s+(?:19|20)\d\d)?)"
)


def award_ceremonies(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'At a ceremony in Magdeburg Cathedral on 19 September, the OSCE received the X Prize' -> X Prize
    award ceremony, placed and dated by that sentence."""
    out: list[Event] = []
    for s in sentences:
        if "ceremony" not in s.text:
            continue
        pm = _PRIZE.search(s.text)
        if not pm or any(pm.group("p") in e.name for e in out):
            continue
        name = f"{pm.group('p')} award ceremony"
        at = re.search(
            r"\bceremony\s+(?:in|at)\s+(?:the\s+)?(?P<w>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})", s.text
        )
        st, en = when(s.text, ref, None, at=s.text.find("ceremony"))
        ev = dated(name, s, st, en if st else None, at.group("w") if at else None)
        out.append(ev)
    return out


_GROUP_TALKS = re.compile(
    r"\b(?P<who>the\s+(?:\w+\s+){0,3}?(?:ministers|leaders|presidents|delegations|sides|parties|envoys|"
    r"co-chairs|Co-Chairs))\s+(?:held|hold|holds|began|opened)\s+(?:\w+\s+)?talks\s+in\s+(?P<c>[A-Z][\w\-]+)"
)


def group_talks(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'the three ministers held talks in Magdeburg' -> Talks of the three ministers in Magdeburg."""
    out: list[Event] = []
    for s in sentences:
        if "talks" not in s.text:
            continue
        for m in _GROUP_TALKS.finditer(s.text):
            name = f"Talks of {m.group('who')} in {m.group('c')}"
            st, en = when(s.text, ref, None, at=m.end())
            ev = dated(name, s, st, en, m.group("c"))
            out.append(ev)
    return out


def signings(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'the Framework Agreement signed on 13 August' -> Signing of the Framework Agreement (dated)."""
    out: list[Event] = []
    doc = (
        r"(?:[A-Z][\w\-]*\s+){0,5}(?:Agreement|Treaty|Memorandum of Understanding|Memorandum|Accords?|"
        r"Protocol|Convention|Declaration|Charter|Action Plan|Final Act)"
    )
    for s in sentences:
        if not ("signed" in s.text or "sign " in s.text):
            continue
        m = (
            re.search(
                rf"\b[Tt]he\s+(?P<d>{doc})\b(?:,?\s+(?:which\s+)?(?:was|were)?)?\s+signed\b(?P<rest>[^.;]{{0,60}})",
                s.text,
            )
            or re.search(rf"\bsign(?:ed|s)?\s+the\s+(?P<d>{doc})\b(?P<rest>[^.;]{{0,60}})", s.text)
            or re.search(
                r"\b(?:[Aa]|[Tt]he)\s+(?P<d>(?:ceasefire|cease-fire|peace|framework|settlement)\s+(?:agreement|accord|deal|"
                r"protocol|memorandum))(?:,?\s+(?:which\s+)?(?:was|were)?)?\s+signed\b(?P<rest>[^.;]{0,60})",
                s.text,
            )
        )
        if not m:
            continue
        st, en = when(m.group("rest"), ref, None)
        if st is None:  # 'Fifty years ago today, the leaders … signed the Helsinki Final Act'
            st, en = when(s.text[: m.start()], ref, False, at=m.start())
        if st is None or len(st) < 10:
            continue
        name = f"Signing of the {m.group('d')}"
        ev = dated(name, s, st, en)
        out.append(ev)
    return out


_REFERRED = re.compile(
    r"\b(?P<q>(?:(?:next|last|previous|first|OSCE(?:[’']s)?|organi[sz]ation[’']s|annual|informal|ministerial|"
    r"high-level|special|extraordinary|emergency|regional|international|\d+-nation|year[’']s|next year[’']s|"
    r"last year[’']s|this year[’']s)\s+)*)"
    r"(?P<h>summit|ministerial council|ministerial meeting|ministerial conference|council meeting|conference|"
    r"meeting|session|forum)\b"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:OSCE\s+)?(?:[a-z’']+\s+){1,3}?(?:ministers|leaders|heads of state|"
    r"parliamentarians|Chairs|partners))?"
    r"\s+(?:(?:was|were|is|will\s+be|to\s+be)\s+)?(?:(?:held|hosted|convened|taking\s+place|opens|opened|"
    r"begins|began|starts|started|ends|ended|closes|closed|gets\s+under\s+way|got\s+under\s+way)\s+)?"
    r"in\s+(?P<city>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
)


def referred(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """Meetings referred to by kind and city: 'the last OSCE summit was held in Istanbul in 1999',
    'host next year's ministerial council in Belgrade', 'their annual meeting in Basel on Friday'."""
    out: list[Event] = []
    for s in sentences:
        if not (
            "summit" in s.text
            or "ministerial" in s.text
            or "meeting" in s.text
            or "conference" in s.text
            or "session" in s.text
            or "forum" in s.text
            or "talks" in s.text
        ):
            continue
        for m in _REFERRED.finditer(s.text):
            q = m.group("q").lower()
            head = m.group("h")
            if head in {"meeting", "session", "conference", "forum"} and not re.search(
                r"annual|ministerial|informal|high-level|special|extraordinary|emergency|summit|osce", q
            ):
                continue  # 'a meeting in Vienna': too common to be told apart
            if not re.search(r"\b(?:of|de|in)?\s*[A-Z]", m.group("city")) or NOT_PLACE.match(m.group("city")):
                continue
            osce = (
                "OSCE "
                if re.search(r"osce|organi[sz]ation", q) or head.startswith(("summit", "ministerial"))
                else ""
            )
            quals = " ".join(
                w
                for w in q.split()
                if w
                in {"annual", "informal", "high-level", "special", "extraordinary", "emergency", "regional"}
            )
            kind = (
                " ".join(w.capitalize() for w in head.split())
                if head.startswith(("summit", "ministerial"))
                else f"{quals} {head}".strip()
            )
            if m.group("of"):  # 'the informal meeting of OSCE foreign ministers in Geneva'
                osce, kind = "", kind + m.group("of")
            elif head == "meeting" and "ministerial" in q and re.search(r"annual|osce|organi[sz]ation", q):
                osce, kind = "OSCE ", "Ministerial Council"  # 'the OSCE's annual ministerial meeting'
                head = "ministerial council"
            name = f"{osce}{kind} in {m.group('city')}"
            name = name[0].upper() + name[1:]
            future = bool(FUTURE.search(s.text)) or "next" in q
            st, en = when(s.text, ref, True if future else None, at=m.end())
            ev = dated(name, s, st, en, m.group("city"))
            ev.generic_head = head.split()[-1]
            out.append(ev)
        for m in _CITY_EVENT.finditer(s.text):
            city = m.group("city")
            if not gz.folded_place(city):
                continue
            head = m.group("h").lower()
            label = {"summit": "Summit", "talks": "talks"}.get(head, head.capitalize())
            name = f"{city} {label}"
            if head == "ministerial":
                name = f"OSCE Ministerial Council in {city}"
            year = m.group("year")
            st, en = (year, None) if year else when(s.text, ref, None, at=m.end())
            if st and not year and not re.search(r"\d", s.text):
                st = en = None
            ev = dated(name, s, st, en, city)
            ev.generic_head = head if head != "ministerial" else "Ministerial"
            out.append(ev)
        for m in _SPECIAL.finditer(s.text):
            if m.group("q") == "special" and not m.group("body"):
                continue  # 'a special session' of a conference is part of it
            name = f"{m.group('q').capitalize()} {m.group('h')}"
            if m.group("body"):
                name += f" of the {m.group('body')}"
            future = bool(FUTURE.search(s.text))
            st, en = when(s.text, ref, True if future else None, at=m.end())
            ev = dated(name, s, st, en)
            out.append(ev)
    return out


# 'the 1999 Istanbul summit', 'the Astana summit', 'the Basel ministerial': a meeting known by its city
_CITY_EVENT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:OSCE\s+)?(?P<city>[A-Z][a-z][\w\-]+)\s+"
    r"(?P<h>summit|ministerial|conference|talks|meeting)\b"
)
_SPECIAL = re.compile(
    r"\b(?P<q>emergency|special|extraordinary|urgent)\s+(?P<h>meeting|session|sitting)\b"
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?P<body>(?:OSCE\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:Council|Group|Committee|"
    r"Assembly|Forum|Commission)))?"
)


# a body that meets: 'The Bureau of the OSCE Parliamentary Assembly met in Copenhagen on Wednesday'
_BODIES = (
    r"(?:OSCE\s+(?:PA(?:[’']s)?\s+)?)?(?:[A-Z][\w\-’']*\s+){0,3}(?:Bureau|Standing Committee|Committee|"
    r"Contact Group|Group|Board|Troika|Presidium|Commission)"
    r"(?:\s+(?:on|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})?"
    r"(?:\s+of\s+the\s+(?:OSCE\s+)?(?:[A-Z][\w\-]*\s*){1,4})?"
)
_LEADERS = (
    r"(?:presidents|leaders|foreign ministers|prime ministers|defence ministers|ministers|heads of state|"
    r"heads of government|negotiators|co-chairs|Co-Chairs)"
)


def leaders_meetings(sentences: list[Sentence], ref: str | None) -> list[Event]:
    """'The presidents of Armenia and Azerbaijan will meet in Vienna on 16 May', 'the foreign ministers
    of the two countries last met in Krakow on 3 March' -> Meeting of the … in <city>."""
    out: list[Event] = []
    for s in sentences:
        if not (" meet" in s.text or " met " in s.text):
            continue
        m = re.search(
            rf"\b(?:[Tt]he\s+)?(?P<who>{_LEADERS}\s+of\s+(?:the\s+(?:two\s+countries|two\s+sides|[A-Z][\w\-]+)|"
            rf"[A-Z][\w\-]+\s+and\s+[A-Z][\w\-]+)|{_BODIES})"
            r"(?:\s+\([^)]*\))?\s+(?:will\s+|are\s+to\s+|to\s+|last\s+|are\s+due\s+to\s+|have\s+|had\s+)?"
            r"(?:meet|met|are meeting|hold talks|held talks)\s+(?:again\s+)?in\s+(?P<city>[A-Z][\w\-]+)",
            s.text,
        )
        if not m:
            continue
        name = f"Meeting of the {m.group('who')} in {m.group('city')}"
        future = bool(FUTURE.search(s.text)) or bool(re.search(r"\b(?:will|to) meet\b", m.group(0)))
        st, en = when(s.text, ref, True if future else False, at=m.end())
        ev = dated(name, s, st, en, m.group("city"))
        ev.generic_head = m.group("city")  # a meeting in that city named already
        out.append(ev)
    return out
