"""Events a press release reports or refers to: the main event (a named meeting, a meeting series,
an election observation mission, the event phrase of the title, or a visit), other named meetings,
earlier editions, side events, elections and press conferences; with series, edition, dates, place
and the stated head-count.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from graph.extract import event_names as en
from graph.extract import gazetteer as gz
from graph.extract.dates import (
    ORDINALS,
    add_days,
    duration_days,
    find_dates,
    number_value,
    ordinal_value,
    resolve_weekday,
)
from graph.extract.event_names import CLOSE_CUES, FUTURE, OPEN_CUES, Event, keys_of
from graph.extract.organisations import orgs_in
from graph.extract.people import Person
from graph.extract.sentences import Sentence

EVENT_HEADS = (
    "Conference",
    "Annual Session",
    "Session",
    "Meeting",
    "Forum",
    "Summit",
    "Seminar",
    "Workshop",
    "Round Table",
    "Roundtable",
    "Review",
    "Festival",
    "Exhibition",
    "Ceremony",
    "Course",
    "Training",
    "Retreat",
    "Symposium",
    "Hearing",
    "Ministerial Council",
)
LOWER_HEADS = (
    "conference",
    "meeting",
    "seminar",
    "workshop",
    "training",
    "course",
    "session",
    "forum",
    "round table",
    "roundtable",
    "summit",
    "symposium",
    "retreat",
    "briefing",
    "exercise",
    "consultations",
    "peer review",
    "anniversary",
    "celebration",
    "ceremony",
    "festival",
    "exhibition",
    "debate",
    "hearing",
    "observation mission",
    "webinar",
    "panel discussion",
    "summer school",
    "winter school",
    "study tour",
    "simulation",
    "competition",
    "hackathon",
    "round-table",
)
COUNT_NOUNS = (
    r"participants|delegates|officials|people|representatives|experts|observers|members|attendees|"
    r"parliamentarians|journalists|students|women|officers|young people|youth|judges|prosecutors|"
    r"guests|activists|teachers|trainees|leaders|practitioners|specialists|diplomats|lawmakers|MPs|"
    r"legislators|police|border guards|civil servants|mediators|lawyers|researchers|academics|"
    r"entrepreneurs|volunteers|pupils|children|ministers|stakeholders|professionals|educators|"
    r"policymakers|policy-makers|scholars|interlocutors|trainers|mentors"
)


def _mask_press(text: str) -> str:
    """'told a media conference' is a press conference, not a Media Conference series."""
    return re.sub(r"\b(?:a|the|their|its|joint)\s+(?:news|press|media)\s+conferences?\b", " ", text)


def series_for(text: str) -> str | None:
    """The osce.org menu (or descriptive) series name that text speaks of, if any."""
    t = text.lower()
    for words, name in gz.SERIES_RULES:
        if all(w in t for w in words):
            return name
    return None


def _keys(name: str) -> set[str]:
    return keys_of(name)


@cache
def _named_re() -> re.Pattern[str]:
    cap = r"(?:[A-Z][\w’'\-/]*|OSCE|\d+(?:st|nd|rd|th))"
    heads = "|".join(EVENT_HEADS)
    return re.compile(
        rf"(?:(?P<ord>{ORDINALS}|(?:19|20)\d\d)(?P<ann>\s+annual)?\s+)?"
        rf"(?P<body>(?:{cap}\s+(?:(?:and|against|in|of|for|on|the)\s+)?){{0,8}}(?:{heads})\b(?:\s+(?:of|on|for|against|with)\s+(?:the\s+)?{cap}"
        rf"(?:\s+(?:(?:of|on|for|and|in|the|against|to|related|matters)\s+){{0,3}}{cap}){{0,10}})?)"
    )


# 'The meeting is the eleventh session of the …', 'This year's conference was the …': the words before a
# named meeting that say the text's own meeting is that one
_IS_NAMED = re.compile(
    r"^\s*(?:The|This|Today[’']s|This\s+year[’']s)\s+(?:[\w\-]+\s+)?(?:meeting|conference|gathering|session|"
    r"summit|forum|talks)\s+(?:is|was|will\s+be)\s+(?:also\s+)?the\s+"
    rf"(?:(?:{ORDINALS})\s+(?:session|round|meeting|edition)\s+of\s+(?:the\s+)?)?\Z"
)
_NTH_OF = re.compile(
    rf"\b({ORDINALS})\s+(?:session|round|meeting|edition|plenary\s+meeting|sitting)\s+of\s+(?:the\s+)?\Z"
)


def _edition(word: str | None) -> int | None:
    if not word or re.fullmatch(r"\d{4}", word):
        return None
    return ordinal_value(word.replace("-ever", ""))


_LOWER_KIND = re.compile(
    r"\b(?:an?|the|its|their)\s+(?P<kind>(?:[a-z][\w\-]*\s+){0,3}?(?:conference|seminar|workshop|"
    r"round[\s\-]?table|symposium|panel(?:\s+discussion)?|training(?:\s+course)?|forum))\b"
)


def _title_cased_quote(text: str, end: int) -> str | None:
    """A title in quotation marks with the comma of American punctuation inside ('the conference
    "Education and Integration," devoted to …'): taken when its words are capitalised as a title's."""
    m = re.match(r"\s*[“\"]([A-Z][^”\"]{2,100}?),[”\"]", text[end:])
    if m is None or not all(w[0].isupper() for w in m.group(1).split() if len(w) > 3):
        return None
    return f"“{m.group(1)}”"


def named_events(sentences: list[Sentence]) -> list[Event]:
    """Capitalised meeting names: '24th Annual Session of the OSCE Parliamentary Assembly'."""
    out: list[Event] = []
    for sent in sentences:
        spans: list[tuple[int, int]] = []
        for m in _named_re().finditer(sent.text) if any(h in sent.text for h in EVENT_HEADS) else ():
            words = m.group("body").split()
            while words and words[0] in {
                "The",
                "A",
                "An",
                "This",
                "At",
                "In",
                "Its",
                "Held",
                "During",
                "On",
                "the",
                "a",
                "an",
                "of",
                "in",
            }:
                words = words[1:]
            name = " ".join(words)
            if len(words) < 2 and not m.group("ord"):
                continue
            if re.search(
                r"Council|Dialogue|Forum for Security Co-operation$|^(?:OSCE )?Review$", name
            ) and not re.search(r"Ministerial Council|Conference|Meeting|Session", name):
                continue
            if (
                re.search(
                    r"\b(?:Centre|Center|Institute|Department|Office|Division|School|Academy|Unit)\s+"
                    r"(?:for|of)\s+(?:the\s+)?$",
                    sent.text[: m.start()],
                )
                or re.search(r"\b(?:at|of)\s+the\s+$", sent.text[: m.start()])
                and "Forum" in name
                and m.group("ord") is None
            ):
                continue  # 'Centre for Specialized Training', 'at the International Forum of X': bodies
            if re.search(
                r"(?:(?:’s|'s)\s+|\b)(?:Centre|Center|Institute|Department|Office|Division|School|Academy|Unit)"
                r"\s+(?:for|of)\b",
                name,
            ):
                continue  # a body's name ('Centre for Specialized Training'), not a meeting
            full = f"{m.group('ord')}{m.group('ann') or ''} {name}" if m.group("ord") else name
            quoted = en.quoted_title(sent.text, m.end())
            if quoted:
                full = f"{full} {quoted}"
            inner = re.search(rf"\b({ORDINALS})\s+(?:OSCE\s+)?[A-Z]", name)
            edition = _edition(m.group("ord")) or (_edition(inner.group(1)) if inner else None)
            # 'the eleventh session of the OSCE Ministerial Council': the session's number is the edition
            nth = None if m.group("ord") else _NTH_OF.search(sent.text[: m.start()])
            edition = edition or (_edition(nth.group(1)) if nth else None)
            ev = Event(full, series_for(full), edition, sentence=sent)
            if ev.series is None and edition:  # 'Eleventh X Forum' -> the series 'X Forum'
                base = f"{m.group('ord')}{m.group('ann') or ''} {name}" if m.group("ord") else name
                ser = re.sub(rf"^(?:{ORDINALS})\s+", "", base)
                ev.series = (ser[0].upper() + ser[1:]) if ser != base else None
            ev.keys = _keys(name)
            ev.at = m.span()
            at = re.match(
                r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,4})", sent.text[m.end() :]
            )
            if at and en.NOT_PLACE.match(at.group(1)):
                at = None  # 'the Council in December'
            if at and not re.search(r"\b(?:Office|Mission|Presence|Centre)$", name):
                ev.place = at.group(1)
            host = re.match(
                r",?\s+(?:that|which)\s+(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:[-–—]+[^.–—]*[-–—]+\s+)?"
                r"(?:will\s+host|is\s+to\s+host|hosts|hosted|is\s+hosting)(?:\s+in\s+(?P<in>[A-Z][\w\-]+))?",
                sent.text[m.end() :],
            )
            if host and not ev.place:  # 'the Ministerial Council that Athens will host in December'
                city = (
                    host.group("in")
                    if host.group("in") and not en.NOT_PLACE.match(host.group("in"))
                    else None
                )
                ev.place = city or (host.group("who") if gz.folded_place(host.group("who")) else None)
            out.append(ev)
            spans.append(m.span())
        for name, a, b in en.quoted_before(sent.text):
            if any(x <= b and a <= y for x, y in spans):
                continue
            ev = Event(name, series_for(name), sentence=sent)
            ev.keys = _keys(name)
            out.append(ev)
            spans.append((a, b))
        for m in _LOWER_KIND.finditer(sent.text):  # 'the international conference “Education and X”'
            quoted = en.quoted_title(sent.text, m.end()) or _title_cased_quote(sent.text, m.end())
            if quoted is None or any(x <= m.end() and m.start() <= y for x, y in spans):
                continue
            kind = " ".join(m.group("kind").split())
            ev = Event(f"{kind[0].upper()}{kind[1:]} {quoted}", sentence=sent)
            ev.series, ev.keys = series_for(ev.name), _keys(ev.name)
            out.append(ev)
            spans.append(m.span())
        for lsent, name, ord_word in en.lower_head_named([sent]):
            if any(name.split()[-2] in e.name for e in out if e.sentence is lsent):
                continue
            edition = _edition(ord_word)
            lser = series_for(name)
            if lser is None and edition:
                lser = re.sub(rf"^{re.escape(ord_word or '')}\s+", "", name)
            ev = Event(name, lser, edition, sentence=lsent)
            ev.keys = _keys(name)
            # 'It was the first Task Force meeting under …': a description of a meeting, maybe the main one
            ev.descriptive = bool(ord_word and ord_word[0].islower())
            out.append(ev)
    return out


def _title_phrase(title: str) -> tuple[str | None, str | None]:
    """(event phrase, head) from a title: 'OSCE supports workshop on X for Y' -> 'workshop on X for Y'."""
    m = re.search(r"\b(?P<head>" + "|".join(LOWER_HEADS) + r")s?\b", title, re.I)
    if m is None:
        m2 = re.search(r"\b(?P<verb>trains|train|training)\b\s+(?P<obj>[^,;:–—]+)", title)
        if m2:
            obj = re.sub(r"^[\w\s\-]*?\b(?=on|in|for)\b", "", m2.group("obj")).strip()
            return f"Training {obj}".strip(), "training"
        return None, None
    head = m.group("head").lower()
    pre = title[: m.start()].split()
    mods: list[str] = []
    while pre and (
        pre[-1][:1].isupper()
        or re.fullmatch(r"\d+(?:st|nd|rd|th)|\d{4}", pre[-1])
        or pre[-1].lower()
        in {
            "consultative",
            "regional",
            "annual",
            "high-level",
            "international",
            "national",
            "parliamentary",
            "local",
            "presidential",
            "joint",
            "expert",
            "tenth",
            "first",
            "second",
            "special",
            "human",
            "rights",
            "peer",
            "trilateral",
            "election",
            "side",
        }
    ):
        if pre[-1].lower() in {"at", "in", "to", "on", "for", "of", "and", "the", "a"} or pre[-1] in {
            "OSCE-supported"
        }:
            break
        mods.insert(0, pre.pop())
    comp = re.match(r"s?\s+((?:on|of|with|for|against|at|in)\s+[^,;:–—(]+)", title[m.end() :])
    if comp:  # the title's own verb is no part of the name: 'conference on X opens in Vienna'
        verb = re.search(
            r"\s+(?:opens|ends|closes|concludes|begins|starts|kicks|gets|takes|held|focuses|discusses|looks|"
            r"highlights|addresses|examines|explores|brings|gathers|draws|marks|calls|urges|helps|aims|seeks|wraps|"
            r"continues|runs|is|are|was|were|set|sets|underway|under way|"
            r"to (?:run|take place|be held|open|start|begin|end|close|convene))\b",
            comp.group(1),
        )
        if verb:
            comp = re.match(r"(.+)", comp.group(1)[: verb.start()]) if verb.start() > 0 else None
    if comp:  # not the time of the report: '… (FSC) today'
        cut = re.sub(
            r"\s+(?:today|tomorrow|yesterday|this\s+\w+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday))\s*$",
            "",
            comp.group(1).strip(),
        )
        comp = re.match(r"(.+)", cut) if cut else None
    phrase = " ".join([*mods, title[m.start() : m.end()]])
    if (
        comp
        and not re.match(
            r"(?:in|for)\s+(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|over|more than)?"
            r"\s*(?:years?|decades?|months?|time)\b|since\b",
            comp.group(1),
        )
        and not re.match(
            rf"of\s+the\s+(?:OSCE|{gz.OSCE_LONG})\s*$", comp.group(1)
        )
    ):
        phrase += " " + comp.group(1).strip()
    return phrase.strip(), head


def _intro_phrase(text: str, ref: str | None = None) -> tuple[str, str] | None:
    """(name, head) of an event in a sentence: 'held a two-day workshop on border security for customs
    officers in Osh' -> ('Workshop on border security for customs officers', 'workshop')."""
    heads = "|".join(h for h in LOWER_HEADS if h not in {"session", "anniversary", "debate", "briefing"})
    m = re.search(
        r"\b(?:held|holds|hold|organized|organised|organizes|organises|hosted|hosts|opened|opens|conducted|"
        r"conducts|took part in|take part in|takes part in|attended|attend|participated in|gathered for|"
        r"launched|"
        r"ran|runs|delivered|co-organized|co-organised|supported|convene|convenes|convened|host|organize|"
        r"organise)\s+"
        rf"(?:a|an|the|its|their)\s+(?P<mods>(?:[\w\-]+\s+){{0,3}}?)(?P<head>{heads})s?\b"
        r"(?P<comp>\s+(?:on|for|about|against|in|with)\s+[^,;.–—(]+)?",
        text,
    )
    if m is None or not (
        find_dates(text, ref, True) or re.search(r"\b(?:today|yesterday|this week|\w+-day)\b", text)
    ):
        return None
    mods = [w for w in m.group("mods").split() if not re.fullmatch(r"(?:\w+-day|\w+-week|week-long|\d+)", w)]
    comp = m.group("comp") or ""
    comp = re.split(
        r"\s+(?:has|have|had|is|are|was|were|will|would|which|that|who|where|when|from|on\s+\d|today|"
        r"yesterday|this\s+week|in\s+(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)|\d|(?:in|at)\s+(?:the\s+)?[A-Z])",
        comp,
    )[0].strip()
    if re.match(r"in\s+[A-Z]", comp):
        comp = ""  # the place is not part of the name
    name = " ".join([*mods, m.group(0)[m.start("head") - m.start() : m.end("head") - m.start()]])
    name = f"{name} {comp}".strip()
    return name[0].upper() + name[1:], m.group("head")


def _subject_org(title: str) -> str | None:
    """'OSCE Programme Office in Bishkek holds …' -> the organisation that holds the event."""
    m = re.match(
        r"(?P<org>.+?)\s+(?:holds|hosts|organizes|organises|conducts|runs|marks|launches|trains|opens)\b",
        title,
    )
    if not m:
        return None
    found = orgs_in(m.group("org"))
    return found[0].name if found and found[0].name != "OSCE" else None


def _blank_dateline(sentences: list[Sentence], dateline_end: int) -> list[Sentence]:
    out = []
    for s in sentences:
        if s.start < dateline_end:
            cut = min(dateline_end - s.start, len(s.text))
            out.append(Sentence(" " * cut + s.text[cut:], s.start, s.end, s.paragraph))
        else:
            out.append(s)
    return out


def _explicit(text: str, ref: str | None, forward: bool | None) -> tuple[str | None, str | None]:
    # 'since August 2016' dates a period (or an earlier edition), not the event
    ds = [
        d
        for d in find_dates(text, ref, forward)
        if not re.search(r"\bsince\s+(?:early\s+|late\s+)?$", text[: d.span[0]])
    ]
    if not ds:
        return None, None
    d = ds[0]
    return d.start, (d.end if d.precise else None)


_SMALL = {"two", "three", "four", "five", "six", "seven", "eight", "nine", *"23456789"}


_NUM = (
    r"\d{1,3}(?:,\d{3})+|\d+|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Hh]undred|[Tt]en|[Tt]welve|"
    r"[Ff]ifteen|[Ee]leven|[Tt]hirteen|[Ff]ourteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|"
    r"[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Ff]ive|[Ff]our|[Tt]hree"
)
# a number and the people it counts; the word before the number is checked apart (_COUNT_PRE), which
# keeps the scan linear: one alternation of lead words tried at every position cost 0.6 ms a page
_COUNT = re.compile(
    rf"(?<![\w,])(?P<n>{_NUM})\s+(?:(?!participating\b)[\w\-]+\s+){{0,3}}?(?P<noun>{COUNT_NOUNS})\b(?P<tail>.{{0,60}})"
)
_COUNT_PRE = re.compile(
    r"(?P<pre>attended by|drew|brought together|gathered|gathering|[Ss]ome|[Mm]ore than|"
    r"[Oo]ver|close to|[Nn]early|[Aa]lmost|[Aa]round|[Aa]bout|[Ii]ts|[Tt]he|[Aa]ll|[Uu]p to|for|with|"
    r"[Aa]pproximately|[Rr]oughly|[Aa]t least|[Aa] total of|,|–)\s*$"
)


def _participants(text: str) -> int | None:
    for m in _COUNT.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        lead = _COUNT_PRE.search(before)
        if lead is None and text[: m.start()].strip():
            continue
        pre = lead.group("pre") if lead else ""
        tail = m.group("tail")
        if re.match(
            r"\s*(?:took the floor|have taken part as|has|have been|were (?:deployed|trained)|"
            r"of the .*board|states)",
            tail,
        ):
            continue
        if re.search(
            r"\b(?:deployed|contributed|another)\b", text[max(0, m.start() - 30 - len(pre)) : m.start()]
        ):
            continue
        if pre in {"the", "The"} and m.group("n").lower() in _SMALL:
            continue  # 'the three leaders agreed': people already named, not a head-count
        value = number_value(m.group("n").lower())
        if value is not None and 1900 <= value <= 2100 and re.fullmatch(r"\d{4}", m.group("n")):
            continue  # a year: 'In 2018 participants discussed …'
        return value
    return None


def _state_counts(text: str) -> tuple[int | None, int | None]:
    """Participating States and Partners represented: 'from across the 57 OSCE participating States and
    11 Partners for Co-operation' (a count after 'from', not 'commitments of all 56 States')."""
    m = re.search(
        r"\bfrom\s+(?:across\s+)?(?:the\s+|all\s+)?(\d+)\s+(?:OSCE\s+)?participating\s+States"
        r"(?:\s+and\s+(?:the\s+)?(\d+)\s+(?:OSCE\s+)?(?:Asian\s+|Mediterranean\s+)?Partners)?",
        text,
    )
    if not m:
        return None, None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None)


def _when(
    text: str, intro: str, ref: str | None, body: str, kind: str | None
) -> tuple[str | None, str | None]:
    """Start/end of the main event from explicit dates, a weekday, or 'today' with cue words."""
    future = bool(FUTURE.search(intro)) and not CLOSE_CUES.search(intro)
    days = duration_days(body)
    s, e = _explicit(text, ref, True if future else None)
    if s is None and not re.search(r"\b[Tt]oday\b", text):
        s, e = _explicit(intro, ref, True if future else None)
    if s is not None:
        if s == e and days and days > 1 and CLOSE_CUES.search(intro) and not OPEN_CUES.search(intro):
            s = add_days(e, -(days - 1))  # 'concluded their two-day summit on 3 December': the last day
        elif s == e and days and days > 1:
            e = add_days(s, days - 1)
        elif s == e and OPEN_CUES.search(intro) and not CLOSE_CUES.search(intro):
            e = None
        return s, e
    if ref is None:
        return None, None
    own = [
        d
        for d in find_dates(text, ref, True if future else None, relative=True)
        if len(d.start) == 7
        and not re.search(r"\b(?:today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)
    ]
    if own:  # the event's own sentence dates it by month or year: 'in Malta last December'
        return own[0].start, own[0].end
    wd = re.search(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", intro)
    today = re.search(r"\b(?:today|this morning|this afternoon|tonight|Today)\b", intro)
    if wd and not today:
        s = resolve_weekday(
            wd.group(1), ref, forward=True if future else (False if en.PAST.search(intro) else None)
        )
    elif today:
        s = ref
    else:  # a month or year relative to the report: 'in December', 'held last month'
        rel = [d for d in find_dates(text, ref, True if future else None, relative=True) if not d.precise]
        return (rel[0].start, rel[0].end) if rel else (None, None)
    if s is None:
        return None, None
    opened = re.search(
        r"\b(?:opened|began|started)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday|yesterday)\b",
        intro,
    )
    until = re.search(
        r"\b(?:until|till|through)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", intro
    )
    if CLOSE_CUES.search(intro):
        if opened:  # 'which opened on Monday, ended today'
            first = (
                add_days(s, -1)
                if opened.group(1) == "yesterday"
                else resolve_weekday(opened.group(1), s, False)
            )
            return first, s
        return (add_days(s, -(days - 1)) if days else None), s
    if OPEN_CUES.search(intro):
        if until:  # 'began today and runs until Friday'
            return s, resolve_weekday(until.group(1), s, True)
        return s, (add_days(s, days - 1) if days else None)
    if days:
        if re.search(
            r"\b(?:closes|ends|concludes|wraps up|(?:is due|is set|is expected) to (?:close|end))"
            r"\s+tomorrow\b",
            body,
        ):
            return add_days(s, -(days - 2)), add_days(s, 1)  # 'when the gathering closes tomorrow'
        if re.search(r"\b(?:opened|began|started)\s+yesterday\b", body):
            return add_days(s, -1), add_days(s, days - 2)
        return add_days(s, -(days - 1)), s
    return s, s


def find_events(
    title: str,
    body: str,
    sentences: list[Sentence],
    people: list[Person],
    date: str | None,
    dateline_date: str | None,
    place: str | None,
    dateline_end: int,
) -> list[Event]:
    """Main event first, then the other events mentioned."""
    ref = dateline_date or date
    title = re.sub(r"^[A-Z]{3,12}:\s+", "", title)  # a wire's label ('TEXT: DECLARATION') names no event
    sents = _blank_dateline(sentences, dateline_end)
    caps = en.captions(sents)
    # the first two sentences with words ('VIENNA, January 25. /TASS/.' is a sentence of its own, blanked)
    intro_s = [s for i, s in enumerate(sents) if i not in caps and s.text.strip()][:2]
    intro = " ".join(s.text for s in intro_s)
    head_text = f"{title} {intro}"
    named = named_events(sents)
    title_sent = Sentence(title, 0, len(title), -1)
    title_named = named_events([title_sent])
    main: Event | None = None
    kind: str | None = None
    extra_title_event: Event | None = None
    intro_named = [e for e in named if e.sentence in intro_s]
    all_visits = en.visits(sents, title, people, ref)
    visit_title = bool(re.search(r"\bvisit|\btours?\b|\btrip\b|\btravels\b", title, re.I)) and bool(
        all_visits
    )
    if (title_named or intro_named) and not visit_title:
        main = (intro_named or title_named)[0]
        if title_named and intro_named and len(title_named[0].keys & intro_named[0].keys) < 1:
            main = title_named[0]
        kind = "named"
    series = series_for(_mask_press(head_text))
    edition = None
    m = re.search(
        rf"\b({ORDINALS})\s+(?:(?:[A-Z][\w\-/]*|OSCE)\s+){{0,5}}?(?:Conference|Session|Meeting|Forum|"
        # a wire's lower case: 'wound up its 16th annual session'
        rf"annual\s+(?:conference|session|summit|forum|meeting)\b|"
        rf"Alliance|Annual|Summit|Seminar|Review|anniversary)",
        head_text,
    )
    if m:
        edition = _edition(m.group(1))
    else:  # 'It is the second trilateral meeting of this kind'
        m2 = re.search(
            rf"\b(?:is|was|marks|marked|will be|became)\s+the\s+({ORDINALS})\s+(?!such\b)"
            rf"(?:[\w\-]+\s+){{0,3}}?"
            rf"(?:meeting|conference|session|forum|seminar|workshop|edition|round|summit)\b(?!\s+(?:to\s+be|held\s+as))",
            intro,
        )
        edition = _edition(m2.group(1)) if m2 else None
    phrase, head = _title_phrase(title)
    if main is None and series and not phrase and not visit_title:
        name = f"{m.group(1)} {series}" if m else series
        body_m = re.match(r"Plenary [Mm]eetings of the (.+)", series)
        if body_m and not m:  # 'the OSCE Permanent Council today decided' -> a meeting of that body
            osce = "OSCE " if re.search(rf"OSCE\s+{re.escape(body_m.group(1))}", head_text) else ""
            name = f"Meeting of the {osce}{body_m.group(1)}"
        main = Event(name, series, sentence=intro_s[0] if intro_s else None)
        kind = "series"
    eom = re.search(
        r"\b(?:(?:International|ODIHR|OSCE/ODIHR|limited)\s+)?[Ee]lection [Oo]bservation [Mm]ission\b",
        head_text,
    )
    if main is None and eom:
        sent = next((s for s in sents if eom.group(0) in s.text), intro_s[0] if intro_s else None)
        el = re.search(
            r"\b(?:parliamentary|presidential|local|municipal|general|early)\s+elections\b",
            sent.text if sent else "",
        )
        name = eom.group(0)[0].upper() + eom.group(0)[1:] + (f" for the {el.group(0)}" if el else "")
        main = Event(name, sentence=sent)
        kind = "mission"
    visit = all_visits[0] if all_visits else None
    other_visits = all_visits[1:]
    if main is None and phrase and not (visit and head in {None, "visit"}):
        org = _subject_org(title)
        name = phrase[0].upper() + phrase[1:]
        if org and org not in name:
            name = f"{name} of the {org}" if not name.endswith(org) else name
        sent = next((s for s in intro_s if head and head in s.text.lower()), intro_s[0] if intro_s else None)
        if head and sent and not re.search(r"\b(?:on|of|for|with)\b", phrase):
            mm = re.search(rf"\b{re.escape(head)}s?\s+((?:on|of|for|in)\s+[^,;:.–—(]+)", sent.text, re.I)
            if mm:
                comp = re.split(
                    r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|which|that|who|where|"
                    r"when|reached|helps?|took|takes|since|amid|despite|while|after|before|following|with|by)\b"
                    r"|\s+of\s+(?:this|its|the)\s+kind\b|\s+(?:today|yesterday|tomorrow|this\s+(?:morning|week))\b",
                    mm.group(1),
                )[0]
                if not re.match(
                    rf"of\s+the\s+(?:OSCE|{gz.OSCE_LONG})\s*$"
                    r"|of\s+(?:this|its|the)\s+kind\b",
                    comp,
                ):
                    name = f"{name} {comp.strip()}"
        main = Event(name, series_for(name), sentence=sent)
        kind = head
        # a second meeting named in the title: 'Special session at OSCE human rights conference'
        rest = title[title.lower().find(head or "") + len(head or "") :] if head else ""
        m2 = re.search(
            r"\b((?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+){0,3}(?:conference|meeting|forum|summit))\b", rest
        )
        if m2 and series_for(m2.group(1)):
            extra_title_event = Event(m2.group(1), series_for(m2.group(1)))
            extra_title_event.keys = _keys(m2.group(1))
    events: list[Event] = []
    if main is None and visit is not None:
        main, visit = visit, None
        kind = "visit"
    if main is None and intro_s:  # the opening sentence's event: 'organized a two-day workshop on X for Y'
        found = _intro_phrase(intro_s[0].text)
        if found:
            main, kind = Event(found[0], series_for(found[0]), sentence=intro_s[0]), found[1]
            main.keys = _keys(main.name)
    has_main = main is not None
    if main is None:  # no main event: still report the meetings, elections and conferences mentioned
        main = Event("")
        kind = "none"
    if kind != "visit":
        # a named meeting takes the text's series only if it shares a word with it: the Ohrid
        # Conference announced to the Permanent Council is not one of the Council's meetings
        if kind != "named" or not series or _keys(series) & (main.keys or _keys(main.name)):
            main.series = main.series or series
    if main.edition is None and edition and kind not in {"visit", "none", "mission"}:
        main.edition = edition
    if kind not in {"visit", "none"}:
        text = main.sentence.text if main.sentence else intro
        if visit is not None and main.sentence is visit.sentence:
            # the sentence's dates are the visit's, unless one follows the meeting's own words: 'will
            # travel to Corfu to take part in an informal meeting of foreign ministers on 27-28 June'
            main.start = main.end = None
            at = text.lower().find(head) if head else -1
            if at >= 0:
                near = [
                    d
                    for d in find_dates(text, ref, True if FUTURE.search(text) else None)
                    if at < d.span[0] <= at + len(head or "") + 60
                ]
                if near:
                    main.start, main.end = near[0].start, near[0].end
                    if re.search(r"\bto\s+(?:take\s+part\s+in|attend|participate\s+in)\b", text):
                        visit = None  # travelling to a meeting is taking part in it, not a visit
        else:
            ahead = kind == "named" and _ahead_of(main.name, f"{title} {intro}")
            if ahead:  # an event still to come: only a date stated with its name ('in December' included)
                main.start, main.end = _explicit(text, ref, True) if main.sentence else (None, None)
                if main.start is None and main.sentence and main.at:
                    main.start, main.end = _mention_when(main, ref)
            else:
                main.start, main.end = _when(text, intro, ref, body, kind)
            if main.end and (main.start is None or main.start == main.end):
                for d in find_dates(" ".join(s.text for s in sents), ref or main.end, None):
                    if d.end == main.end and d.start < main.end:
                        main.start = d.start
                        break
            if kind == "mission":  # the dates near a mission are those of the vote or of its statements
                main.start = main.end = None
                if re.search(r"\b(?:has sent|deployed|opens|opened)\b", f"{title} {text}"):
                    main.start = ref
    word = head or (kind if kind not in {None, "named", "series", "mission", "visit", "none"} else None)
    if kind == "series" and main.series:  # 'Summit meetings' is named by 'summit' in the text
        word = next(
            (
                w
                for w in ("summit", "ministerial council", "conference", "forum", "session")
                if w in main.series.lower()
            ),
            None,
        )
    if main.place is None and word and main.sentence is not None:  # 'the two-day summit in Astana'
        own = re.search(
            rf"\b(?i:{re.escape(word)})s?,?\s+(?:[a-z]+\s+){{0,2}}?in\s+([A-Z][\w\-]+)", main.sentence.text
        )
        if own and not en.NOT_PLACE.match(own.group(1)):
            main.place = own.group(1)
    main.place = main.place or place
    if (
        main.start is None
        and has_main
        and kind not in {"visit", "none", "mission"}
        and ref
        and re.search(r"\b(?:opens|begins|starts|kicks off|gets under way|convenes)\b", title)
    ):
        main.start = (
            ref  # 'Conference on judicial reform opens in Belgrade': the headline's present is the day
        )
    all_text = " ".join(s.text for s in sents)
    main.participants = _participants(all_text) if kind != "visit" else None
    main.participating_states, main.partners = _state_counts(all_text)
    if has_main:
        events.append(main)
    if visit is not None:
        events.append(visit)
    if extra_title_event is not None:
        extra_title_event.place = place
        events.append(extra_title_event)
    seen = [
        main.keys,
        *([visit.keys] if visit else []),
        *([extra_title_event.keys] if extra_title_event else []),
    ]
    # other named meetings, unless they are the main event again
    for ev in named:
        if kind not in {"named", "series", "visit", "mission", "none"} and ev.sentence and ev.at:
            if _IS_NAMED.search(ev.sentence.text[: ev.at[0]]):
                # 'The meeting is the eleventh session of the OSCE Ministerial Council': the headline's
                # meeting has that name
                main.name, main.keys = ev.name, ev.keys
                main.series, main.edition = ev.series or main.series, ev.edition or main.edition
                main.place = main.place or ev.place
                continue
        # another meeting of the main one's kind: held elsewhere, or said to be an earlier or later one
        other = (
            bool(
                ev.place
                and main.place
                and ev.place != main.place
                and ev.place not in main.name
                and not any(ev.place in e.name or ev.place == e.place for e in events if e is not main)
            )
            or bool(  # held in a city no event so far was held in, and not the main meeting by its words
                ev.place
                and not main.place
                and ev.keys
                and not ev.keys <= main.keys
                and all(e.place != ev.place and ev.place not in e.name for e in events)
                and any(e.place and e.keys & ev.keys for e in events)
            )
            or bool(
                re.search(
                    r"\b(?:[Ll]ast|[Nn]ext|[Pp]revious)\s+year[’']s\s+$|\b(?:[Pp]revious|[Ll]ast|[Nn]ext)\s+$",
                    ev.sentence.text[: ev.at[0]] if ev.sentence and ev.at else "",
                )
            )
        )
        if (
            ev is main
            or (not other and main.series and ev.series == main.series and ev.edition in (None, main.edition))
            or (not other and any(ev.keys <= k or k <= ev.keys for k in seen if k and ev.keys))
            or (not other and any(en.similar(ev.name, e.name) >= 0.67 for e in events))
            or (
                ev.descriptive
                and {k for k in ev.keys if not ordinal_value(k)} <= main.keys
                and not find_dates(ev.sentence.text if ev.sentence else "", ref)
            )
        ):
            continue
        ev.start, ev.end = _mention_when(ev, ref)
        if other and ev.place and " in " not in ev.name and len(ev.name.split()) <= 4:
            ev.name = f"{ev.name} in {ev.place}"  # 'Last year's Ministerial Council in Lodz'
            ev.keys = _keys(ev.name)
        if ev.sentence is not None and ev.sentence is not main.sentence and ev.sentence.paragraph >= 0:
            count = _participants(ev.sentence.text)  # 'the Annual Session will bring together 300 MPs'
            if count and count != main.participants:
                ev.participants = count
        seen.append(ev.keys)
        events.append(ev)
    # an earlier edition: 'since our first meeting in Sarajevo a year ago'
    for s in sents:
        mm = re.search(
            r"\b(?:our|the|its)\s+(first|previous|last)\s+(?:meeting|conference|session|edition)\s+"
            r"(?:in\s+([A-Z][\w\-]+))?",
            s.text,
        )
        if mm and main.series and main.edition and main.edition > 1:
            prev = Event(
                main.series,
                main.series,
                1 if mm.group(1) == "first" else main.edition - 1,
                sentence=s,
                place=mm.group(2),
            )
            events.append(prev)
            break
    # side events, elections, press conferences
    for s in sents:
        if "side event" not in s.text.lower():
            continue
        mm = re.search(r"\bside event\b(?:\s+(?:held|organized|organised|on|about)\s+[^,;.]+)?", s.text, re.I)
        topic = re.search(
            r"\bside event\b[^.;]*?\b(?:will\s+)?(?:look(?:s|ed)? at|address(?:es|ed)?|focus(?:es|ed)? on|"
            r"discuss(?:es|ed)?|deal(?:s|t)? with|examine[sd]?)\s+(?:the\s+)?([^.;]+)",
            s.text,
            re.I,
        )
        if mm and not any("side" in e.keys for e in events):
            label = f"Side event on {topic.group(1)}" if topic else mm.group(0)[0].upper() + mm.group(0)[1:]
            label = re.split(r"\s+(?:will|would|is|was|has|had|to|which|that|featur\w+)\b", label)[0]
            st, en_ = en.when(s.text, ref, True if FUTURE.search(s.text) else None)
            ev = Event(label, sentence=s, place=place, start=st, end=en_)
            ev.keys = _keys(ev.name)
            events.append(ev)
    election_events = en.elections(sents, title, ref)
    main_election = next(
        (e for e in election_events if not en.SEPARATE_VOTE.match(e.name)), None
    )
    mission_events = en.missions(sents, main_election, ref)
    if kind == "mission" and main_election and " for the " not in main.name and " to the " not in main.name:
        main.name = f"{main.name} for the {main_election.name[0].lower()}{main_election.name[1:]}"
        main.keys = _keys(main.name)
    mission = main if kind == "mission" else (mission_events[0] if mission_events else None)
    for ev in [*election_events, *mission_events]:
        _add_event(events, ev)
    if mission is not None and mission.start is None:
        # 'The core team and the long-term observers started work on April 7': the mission's first day
        for s in sents:
            wm = _MISSION_STARTED.search(s.text)
            ds = find_dates(s.text[wm.end() :], ref, False) if wm else []
            if ds and ds[0].span[0] == 0:
                mission.start = ds[0].start
                break
    for s in sents:
        if " of the " not in s.text:
            continue
        mm = re.search(
            r"\b(?:(?P<no>\d+(?:st|nd|rd|th))\s+)?(?:next\s+|regular\s+|special\s+|[Pp]lenary\s+)?"
            r"(?:[Mm]eeting|[Ss]ession|sitting)\s+of\s+the\s+((?:OSCE\s+)?(?:[A-Z][\w\-]*\s+)"
            r"{0,4}(?:Group|Council|Committee|Commission|Assembly|Board|Forum|Troika)(?:[’']s\s+Bureau)?)\b",
            s.text,
        )
        if mm and mm.group("no") and any(mm.group(2) in e.name and e.edition is None for e in events):
            # 'the 1123rd Plenary Meeting of the Permanent Council': the number is the meeting's edition
            same = next(e for e in events if mm.group(2) in e.name and e.edition is None)
            same.edition = ordinal_value(mm.group("no"))
        if mm and not any(mm.group(2) in e.name for e in events):
            st, en_ = _explicit(s.text[mm.end() :], ref, True)
            if st is None:
                wd = re.search(
                    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", s.text[mm.end() :]
                )
                st = en_ = resolve_weekday(wd.group(1), ref, False) if wd and ref else None
            if st is None and en_ is None and en.SAME_DAY.search(s.text[: mm.start()]):
                st = en_ = ref  # 'met in Basel today for a session of the Bureau'
            name = f"Meeting of the {mm.group(2)}"
            no = ordinal_value(mm.group("no")) if mm.group("no") else None
            _add_event(events, Event(name, series_for(name), no, start=st, end=en_, sentence=s))
    _body_addressed(sents, ref, events)
    for ev in [
        *en.press_conferences(sents, mission, ref, people),
        # meetings during a visit are part of it, not events of their own
        *(en.meetings_with(sents, people, ref) if not all_visits else []),
        *(en.encounters(sents, people, ref) if not all_visits else []),
        *en.briefings(sents, ref),
        *en.talks(sents, ref),
        *en.format_talks(sents, ref),
        *en.ministers_meetings(sents, ref),
        *en.decisions(sents, ref),
        *en.signings(sents, ref),
        *en.openings(sents, ref),
        *en.inaugurations(sents, people, ref),
        *en.award_ceremonies(sents, ref),
        *en.group_talks(sents, ref),
        *en.field_missions(sents, ref),
        *en.margins(sents),
        *en.referred(sents, ref),
        *en.leaders_meetings(sents, ref),
        *other_visits,
    ]:
        _add_event(events, ev)
    # a meeting held or planned in a later sentence, with its date: 'will convene a conference on water
    # security in Tirana on 12-13 October'
    for i, s in enumerate(sents):
        if s in intro_s or i in caps:
            continue
        found = _intro_phrase(s.text, ref)
        if found and find_dates(s.text, ref, True, relative=True):
            future = bool(FUTURE.search(s.text))
            st, en_ = en.when(s.text, ref, True if future else None, at=s.text.lower().find(found[1]))
            if st and len(st) >= 7:
                _add_event(events, Event(found[0], series_for(found[0]), start=st, end=en_, sentence=s))
    # a photo caption may date an event the text leaves undated:
    # '… at the X Conference in Brussels, March 2024'
    for e in events:
        if e.start is not None or not e.keys:
            continue
        for i in caps:
            words = set(re.findall(r"[^\W\d_][\w\-]*", sents[i].text.lower()))
            if len(e.keys) >= 2 and e.keys <= words:
                ds = find_dates(sents[i].text, ref, None)
                if ds:
                    e.start, e.end = ds[0].start, ds[0].end
                break
    # 'held on the eve of the OSCE Ministerial Council': that meeting opens the day after the report
    for s in sents:
        for m in re.finditer(r"\bon\s+the\s+eve\s+of\s+(?:the\s+)?", s.text):
            after = s.text[m.end() :]
            for e in events:
                short = e.name.split(" in ")[0]
                if ref and len(ref) == 10 and after.startswith(short) and (e.start is None or e.start == ref):
                    e.start, e.end = add_days(ref, 1), None
    for e in events:
        _undated_name(e)
    _generic_named(events)
    _copular_edition(events, sents)
    _lead_today(events, sents, ref)
    for e in events:
        _city_name(e)
    # events of the past referred to in passing last: 'the previous parliamentary elections'
    events.sort(key=lambda e: bool(re.match(r"Previous\b", e.name)))
    return events


_MISSION_STARTED = re.compile(
    r"\b(?:observers|core\s+team|(?:observation|observer)\s+mission|experts)\b[^.;]{0,40}?\b"
    r"(?:started|began|commenced|start(?:s|ed)?\s+their)\s+(?:its\s+|their\s+)?work\s+(?:on\s+)?"
)


# a speech or report given to a standing OSCE body: 'presented last week to the OSCE Permanent Council',
# 'addressed the Forum for Security Co-operation on 7 December' -> a meeting of that body
_BODY_ADDRESSED = re.compile(
    r"\b(?:present(?:ed|s|ing)?|address(?:ed|es|ing)?|told|brief(?:ed|s|ing)?|report(?:ed|s|ing)?|"
    r"deliver(?:ed|s|ing)?|spoke|[Ss]peaking)\b(?:[^.;:]{0,80}?\b(?:to|at|before))?\s+"
    r"the\s+(?P<osce>(?:OSCE|[Oo]rgani[sz]ation)(?:[’']s)?\s+)?"
    r"(?P<body>Permanent Council|Forum for Security Co-?operation)\b"
    r"(?!\s+(?:decision|Chair|Secretariat|Support))"
)
# travelling 'to present the programme to the Permanent Council' is taking part in its meeting
_TO_ADDRESS = re.compile(r"\bto\s+(?:present|address|brief|attend|report\s+to|speak\s+(?:to|at|before))\b")


def _last_week(ref: str | None) -> str | None:
    """'last week': the month of the calendar week before ref's, when the whole week lies in one month."""
    if not ref or len(ref) != 10:
        return None
    monday = add_days(ref, -7 - dt.date.fromisoformat(ref).weekday())
    sunday = add_days(monday, 6) if monday else None
    return monday[:7] if monday and sunday and monday[:7] == sunday[:7] else None


def _body_addressed(sents: list[Sentence], ref: str | None, events: list[Event]) -> None:
    """Meetings of the Permanent Council or the Forum for Security Co-operation that a text says someone
    addressed, presented to or spoke at, dated by the sentence ('today', 'last week', a date)."""
    for s in sents:
        if "Permanent Council" not in s.text and "Forum for Security" not in s.text:
            continue
        m = _BODY_ADDRESSED.search(s.text)
        if not m:
            continue
        forum = m.group("body").startswith("Forum")
        body = "Forum for Security Co-operation" if forum else "Permanent Council"
        name = f"Meeting of the {'OSCE ' if body == 'Permanent Council' else ''}{body}"
        st, en_ = _explicit(s.text, ref, None)
        if st is None and ref and re.search(r"\b(?:today|this morning|this afternoon)\b", s.text):
            st = en_ = ref
        elif st is None and re.search(r"\blast\s+week\b", s.text):
            st = _last_week(ref)
        elif st is None and ref and re.match(r"\s*Speaking\b", s.text) and not en.PAST.search(s.text):
            st = en_ = ref  # a statement's lead in the present: 'Speaking at the Council, X welcomes …'
        elif st is None and ref and (wd := re.search(rf"\b({en.WEEKDAY})\b", s.text)):
            # 'told the participating States on Thursday …, as he addressed the Permanent Council'
            st = en_ = resolve_weekday(wd.group(1), ref, bool(en.FUTURE.search(s.text)))
        place = re.match(r"\s+in\s+([A-Z][\w\-]+)", s.text[m.end() :])
        if _TO_ADDRESS.search(s.text):
            # 'travelled to Vienna today to present the programme to the Permanent Council': the trip is
            # the meeting
            events[:] = [e for e in events if not (e.sentence is s and e.name.startswith("Visit"))]
        # what was presented names the meeting: 'his final report, presented last week to …', 'to present
        # the programme of the Chairmanship to …'
        obj = re.search(
            r"(?:\b(?:his|her|its|their|the)\s+(?P<b>(?:[\w\-]+\s+){0,3}?(?:report|programme|priorities)),?"
            r"\s+present\w*\s+(?:[^.;:]{0,30}?\s)?(?:to|at|before)\s+the\s+\Z)"
            r"|(?:\bpresent\w*\s+(?:his|her|its|their|the)\s+(?P<a>[^.;:,]{3,60}?)\s+(?:to|at|before)"
            r"\s+the\s+\Z)",
            s.text[: m.start("body") - len(m.group("osce") or "")],
        )
        what = f" ({obj.group('a') or obj.group('b')})" if obj else ""
        same = next((e for e in events if e.series == series_for(name) and not e.edition), None)
        if same is not None and (same.start is None or not st or same.start[:7] == st[:7]):
            if same.start is None and st:
                same.start, same.end = st, en_
            if same.name == name and same.sentence is s:
                same.name, same.keys = name + what, _keys(name + what)
            continue
        where = place.group(1) if place else None
        ev = Event(name + what, series_for(name), start=st, end=en_, sentence=s, place=where)
        _add_event(events, ev)


# the words before an event's name that make it one still to come ('ahead of the annual X'), up to
# where the name starts: one pattern for every name (a pattern holding the name cost a compile, 0.6 ms,
# per page)
_AHEAD = re.compile(
    r"\b(?:ahead of|before|in the run-up to|in preparation for|preparations? for|prior to|up to|"
    r"to prepare(?: for)?|preparing(?: for)?)\s+(?:the\s+)?(?:\w+\s+){0,2}?\Z"
)


def _ahead_of(name: str, text: str) -> bool:
    """Some occurrence of name in text follows the words of _AHEAD."""
    at = text.find(name)
    while at >= 0:
        if _AHEAD.search(text, 0, at):
            return True
        at = text.find(name, at + 1)
    return False


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TRAILING_DATE = re.compile(
    rf"\s+(?:on|from|between)\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:\s+{_MONTH})?(?:\s*[-–]\s*\d{{1,2}})?"
    rf"\s+{_MONTH}(?:\s+\d{{4}})?$|\s+(?:on|in)\s+{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$"
    rf"|\s+on\s+{en.WEEKDAY}$"
)


def _undated_name(ev: Event) -> None:
    """A name does not carry the date: 'Meeting of OSCE foreign ministers on 27-28 June' -> '… ministers'."""
    name = _TRAILING_DATE.sub("", ev.name)
    # 'Ministerial Council of the Organization for Security and Cooperation in Europe': the OSCE's
    # meeting goes by its short name, as the organisation's own pages name it
    m = re.match(rf"^(\d+\w*\s+|(?:{ORDINALS})\s+)?(.+?) of the {gz.OSCE_LONG}(?:\s+\(OSCE\))?", name)
    if m:
        own = m.group(2) if "OSCE" in m.group(2) else f"OSCE {m.group(2)}"
        name = f"{m.group(1) or ''}{own}{name[m.end():]}"
    name = re.sub(rf"\b(?:the\s+)?{gz.OSCE_LONG}(?:\s+\(OSCE\))?", "OSCE", name)
    # 'Tokyo conference in Tokyo': the city said once
    name = re.sub(r"^([A-Z][\w\-]+)(\s.*?)\s+in\s+\1$", r"\1\2", name)
    if name != ev.name and len(name.split()) >= 2:
        ev.name, ev.keys = name, _keys(name)


def _city_name(ev: Event) -> None:
    """OSCE summits and Ministerial Councils are known by their city: an outlet's 'the summit of the
    Organization for Security and Cooperation in Europe in Istanbul' is the OSCE Istanbul Summit, and
    'the Ministerial Council' held in Basel is the OSCE Ministerial Council in Basel."""
    city = (ev.place or "").split(",")[0].strip()
    if not city or not re.fullmatch(r"[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?", city):
        return
    if ev.series == "Summit meetings" and re.search(r"\bsummit\b", ev.name, re.I):
        if ev.name == f"OSCE {city} Summit":
            return
        ev.name = f"OSCE {city} Summit"
    elif city in ev.name:
        return
    elif ev.series == "Ministerial Council meetings" and re.search(r"Ministerial\b", ev.name, re.I):
        short = len(ev.name.split()) <= 5
        ev.name = f"{ev.name} in {city}" if short else f"OSCE Ministerial Council in {city}"
    else:
        return
    ev.keys = _keys(ev.name)


def _mention_when(ev: Event, ref: str | None) -> tuple[str | None, str | None]:
    """Dates of a meeting named in passing: the date written nearest to its name (a little before it or
    in the words after it), 'in December' and 'next month' included."""
    text = ev.sentence.text if ev.sentence else ""
    a, b = ev.at or (0, len(text))
    lo = 0
    window = text
    future = bool(FUTURE.search(text))
    at = b - lo
    ds = [
        d
        for d in find_dates(window, ref, True if future else None, relative=True)
        if re.search(
            r"\d|January|February|March|April|May|June|July|August|September|October|November|December|"
            r"month|year",
            window[d.span[0] : d.span[1]],
        )
        and (
            not re.fullmatch(r"\d{4}", d.start)
            or d.span[0] >= at
            or not re.fullmatch(r"\d{4}", window[d.span[0] : d.span[1]].strip())  # 'Last year's X'
        )
    ]
    # a date before the name that another meeting's name stands between belongs to that meeting
    heads = re.compile(r"\b(?:" + "|".join(EVENT_HEADS) + r"|" + "|".join(LOWER_HEADS) + r")\b")
    ds = [d for d in ds if d.span[0] >= at or not heads.search(window[d.span[1] : a - lo])]
    if not ds:
        return None, None
    d = min(ds, key=lambda d: (d.span[0] - at) if d.span[0] >= at else 2 * (at - d.span[1]) + 1)
    return d.start, d.end


_MET = r"(?:received|met|hosted|welcomed|held|opened|chaired)"
_TODAY = r"(?:today|this morning|this afternoon)"
_MET_TODAY = re.compile(rf"\b{_TODAY}\s+{_MET}\b|\b{_MET}\s+(?:[^.;]{{0,60}}?\s)?{_TODAY}\b")


def _lead_today(events: list[Event], sents: list[Sentence], ref: str | None) -> None:
    """The meeting a release is about, left undated by the sentence that names it, took place on the
    release's day when its lead says so: 'Mr. X, Minister of …, today received in Oslo the Co-Chairs …'."""
    if not events or events[0].start is not None or not ref or len(ref) != 10:
        return
    lead = next((s for s in sents if s.paragraph >= 0), None)
    if lead is not None and _MET_TODAY.search(lead.text) and not FUTURE.search(lead.text):
        events[0].start = events[0].end = ref


def _copular_edition(events: list[Event], sents: list[Sentence]) -> None:
    """'The Oslo gathering was the organization's seventh annual ministerial council meeting': a number
    given to the meeting in a sentence that says what it was, its series written in lower case."""
    lowered: list[str] | None = None
    for e in events:
        if e.edition or not e.series:
            continue
        head = re.sub(r"\s+(?:meetings|sessions|conferences)$", "", e.series.lower())
        lowered = lowered or [s.text.lower() for s in sents]
        for s, low in zip(sents, lowered, strict=True):
            if head not in low:
                continue  # the pattern below costs 0.3 ms a page run on every sentence
            m = re.search(rf"\b(?:was|is|will be|marks|marked)\s+(?:the\s+)?(?:[\w’']+(?:’s|'s)\s+)?"
                          rf"({ORDINALS})\s+(?:annual\s+)?(?:osce\s+)?{re.escape(head)}\b", s.text, re.I)
            if m:
                e.edition = _edition(m.group(1).lower())
                break


# a meeting named only by its kind: 'OSCE meeting in Hamburg', 'the ministerial meeting', 'a conference'
_GENERIC = re.compile(
    r"(?:OSCE\s+)?(?:(?P<at>[A-Z][\w\-]+)\s+)?"
    r"(?:[Mm]inisterial\s+|[Aa]nnual\s+|[Ii]nternational\s+|[Hh]igh-level\s+)?"
    r"(?P<kind>[Mm]eeting|[Cc]onference|[Ss]ession|[Gg]athering)(?:\s+in\s+(?P<city>[A-Z][\w\-]+))?"
)


def _generic_named(events: list[Event]) -> None:
    """A report that first calls a meeting by its kind ('as a two-day ministerial meeting got under way
    on Thursday') and later by its name ('the annual Ministerial Council at the trade fair grounds')
    tells of one meeting: the named one takes the dates, the generic one goes."""
    def generic(e: Event) -> re.Match[str] | None:
        m = _GENERIC.fullmatch(e.name)
        # 'Tokyo conference' held in Tokyo is generic; 'OSCE-Japan Conference' is a name
        return m if m and (not m.group("at") or m.group("at") == e.place) else None

    for g in list(events):
        m = generic(g)
        if not m or not g.start:
            continue
        city = m.group("city") or m.group("at")
        kind = m.group("kind").lower()
        named = [
            e
            for e in events
            if e is not g and e.start is None and e.sentence is not None
            and (e.series or kind in e.name.lower()) and not generic(e)
            and (not city or e.place == city or not e.place and city in e.sentence.text)
        ]
        if len(named) == 1:
            named[0].start, named[0].end = g.start, g.end
            if city and not named[0].place:
                named[0].place = city
            events.remove(g)


def _add_event(events: list[Event], ev: Event) -> None:
    """Append ev unless an event of the same name (and compatible dates) is already there; a
    'previous', dated-by-year or run-off event is never the same as the current one."""
    ev.keys = ev.keys or _keys(ev.name)
    head = ev.generic_head
    same = next(
        (
            e
            for e in events
            if head
            and re.search(rf"\b{head}\b", e.name, re.I)
            and (not e.start or not ev.start or e.start[:7] == ev.start[:7])
        ),
        None,
    )
    if same is not None:  # 'their annual meeting in Belgrade', 'the Astana summit': the meeting already named
        if ev.place and ev.place not in same.name and not re.search(r"\bin\s+[A-Z]", same.name):
            same.name = f"{same.name} in {ev.place}"
            same.keys = _keys(same.name)
        return
    if not re.match(r"(?:News|Press|Media) conference", ev.name):
        ev.series = ev.series or series_for(ev.name)
    for e in events:
        if bool(en.SEPARATE_VOTE.match(e.name)) != bool(en.SEPARATE_VOTE.match(ev.name)):
            continue
        if re.match(r"[\w ]*?[Vv]isits? ", e.name) and re.match(r"[\w ]*?[Vv]isits? ", ev.name):
            d1, d2 = (keys_of(x.name.split(" to ", 1)[-1]) for x in (e, ev))
            if not d1 & d2:
                continue  # visits to other places
        q1, q2 = en.mission_qualifiers(e.name), en.mission_qualifiers(ev.name)
        if (q1 is None) != (q2 is None) or (q1 is not None and q1 != q2):
            continue  # a mission is not the vote it observes, nor the mission of another body
        if en.similar(e.name, ev.name) >= 0.67 and (
            not e.start or not ev.start or e.start.startswith(ev.start) or ev.start.startswith(e.start)
        ):
            if e.start is None and ev.start:
                e.start, e.end = ev.start, ev.end
            if e.participants is None and ev.participants:
                e.participants = ev.participants
            return
    events.append(ev)
