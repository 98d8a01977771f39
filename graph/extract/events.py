"""Events a press release reports or refers to: the main event (from the title and first sentences),
named meetings in the body, visits, elections and press conferences; with series, edition, dates,
place and the stated head-count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph.extract import gazetteer as gz
from graph.extract.dates import (
    add_days,
    duration_days,
    find_dates,
    number_value,
    ordinal_value,
    resolve_weekday,
)
from graph.extract.people import Person
from graph.extract.sentences import Sentence

EVENT_HEADS = ("Conference", "Annual Session", "Session", "Meeting", "Forum", "Summit", "Seminar", "Workshop",
               "Round Table", "Roundtable", "Dialogue", "Review", "Council", "Festival", "Exhibition", "Ceremony",
               "Course", "Training", "Retreat", "Consultations", "Symposium", "Congress", "Debate", "Hearing")
LOWER_HEADS = ("conference", "meeting", "seminar", "workshop", "training", "course", "session", "forum",
               "round table", "roundtable", "summit", "symposium", "retreat", "briefing", "exercise",
               "consultations", "peer review", "event", "elections", "election", "visit", "anniversary",
               "celebration", "ceremony", "festival", "exhibition", "debate", "hearing", "camp", "school")
TITLE_VERBS = {"trains": "Training", "train": "Training", "visits": "Visit", "visit": "Visit",
               "hosts": None, "holds": None, "organizes": None, "organises": None, "opens": None,
               "concludes": None, "closes": None, "supports": None, "marks": None}
COUNT_NOUNS = (r"participants|delegates|officials|people|representatives|experts|observers|members|attendees|"
               r"parliamentarians|journalists|students|women|officers|young people|youth|judges|prosecutors|"
               r"police officers|guests|speakers|activists|teachers|border officials|trainees|leaders")
OPEN_CUES = re.compile(r"\b(?:opened|opens|opening|began|begins|started|starts|got under way|kicked off|"
                       r"gets under way|will (?:be )?(?:held|host|open|start|take place|hold)|will visit|"
                       r"is to|to visit|to host|will take|runs|are meeting|made)\b")
CLOSE_CUES = re.compile(r"\b(?:closed|closes|ended|ends|concluded|concludes|wrapped up|came to a close|"
                        r"drew to a close|finished)\b")


@dataclass
class Event:
    name: str
    series: str | None = None
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    participants: int | None = None
    sentence: Sentence | None = None
    span: tuple[int, int] | None = None
    keys: set[str] = field(default_factory=set)


def series_for(text: str) -> str | None:
    t = text.lower()
    for words, name in gz.SERIES_RULES:
        if all(w in t for w in words):
            return name
    return None


@cache
def _named_re() -> re.Pattern[str]:
    cap = r"(?:[A-Z][\w’'\-/]*|OSCE)"
    heads = "|".join(EVENT_HEADS)
    return re.compile(
        rf"(?:(?P<ord>\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
        rf"first|second|third|fourth|fifth|first-ever|(?:\d{{4}}))\s+)?"
        rf"(?P<body>(?:{cap}\s+)*(?:{heads})\b(?:\s+(?:of|on|for|against|with)\s+(?:the\s+)?{cap}"
        rf"(?:\s+(?:(?:of|on|for|and|in|the|against|to|related|matters)\s+)*{cap})*)?)"
    )


def _ordinal(word: str | None) -> int | None:
    if not word:
        return None
    if re.fullmatch(r"\d{4}", word):
        return None
    return ordinal_value(word.replace("-ever", ""))


def _year(word: str | None) -> str | None:
    return word if word and re.fullmatch(r"(?:19|20)\d{2}", word) else None


def named_events(body: str, sentences: list[Sentence]) -> list[Event]:
    out: list[Event] = []
    for sent in sentences:
        for m in _named_re().finditer(sent.text):
            name = m.group("body")
            words = name.split()
            while words and words[0] in {"The", "A", "An", "This", "At", "In", "Its", "Held", "During"}:
                words = words[1:]
            name = " ".join(words)
            if len(words) < 2 and not m.group("ord"):
                continue
            if re.fullmatch(r"(?:OSCE\s+)?(?:Permanent|Ministerial|Security|Europe|Presidency)\s+Council|"
                            r"(?:UN\s+)?Security Council.*|Council of Europe.*|.*Council of the .*|"
                            r"Forum for Security Co-operation|.*Dialogue|Structured Dialogue", name):
                continue
            ord_word = m.group("ord")
            full = f"{ord_word} {name}" if ord_word else name
            ev = Event(full, series_for(full), _ordinal(ord_word), sentence=sent,
                       span=(sent.start, sent.end))
            ev.keys = _keys(full)
            out.append(ev)
    return out


def _keys(name: str) -> set[str]:
    stop = {"the", "of", "and", "for", "in", "on", "osce", "a", "an", "to", "with", "annual"}
    return {w.lower().strip("’'s") for w in re.findall(r"[\w\-]+", name) if w.lower() not in stop and
            not w.isdigit()}


def _title_event(title: str, body_first: str) -> tuple[str | None, str | None]:
    """(event phrase, kind) from a title: 'OSCE supports workshop on X' -> 'workshop on X'."""
    t = title
    m = re.search(r"\b(?P<head>" + "|".join(LOWER_HEADS) + r")s?\b", t, re.I)
    if m:
        head = m.group("head").lower()
        start = m.start()
        pre = t[:start].split()
        mods: list[str] = []
        while pre and (pre[-1][:1].isupper() or pre[-1].lower() in {"consultative", "regional", "annual",
                                                                   "high-level", "international", "national",
                                                                   "parliamentary", "local", "presidential",
                                                                   "field", "first", "joint", "expert",
                                                                   "training", "tenth"} or
                       re.fullmatch(r"\d+(?:st|nd|rd|th)|\d{4}", pre[-1])):
            if pre[-1].lower() in {"at", "in", "to", "on", "for", "of", "and", "the", "a"}:
                break
            mods.insert(0, pre.pop())
        rest = t[m.end():]
        comp = re.match(r"(?:s)?\s+((?:on|of|with|for|against|to|in)\s+[^,;:–—]+)", rest)
        phrase = " ".join([*mods, t[start:m.end()]]) + (" " + comp.group(1) if comp else "")
        return phrase.strip(), head
    for verb, noun in TITLE_VERBS.items():
        m = re.search(rf"\b{verb}\b\s+(?P<obj>[^,;:–—]+)", t)
        if m and noun:
            return f"{noun} {m.group('obj')}", noun.lower()
    return None, None


def _dates_for(text: str, ref: str | None, forward: bool | None) -> tuple[str | None, str | None]:
    ds = find_dates(text, ref, forward)
    if not ds:
        return None, None
    d = ds[0]
    return d.start, d.end if d.precise else None


def _participants(text: str) -> int | None:
    num = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(["twenty", "thirty", "forty", "fifty", "hundred", "ten", "twelve",
                                                  "fifteen", "eleven"])
    m = re.search(rf"(?:attended by|drew|brought together|gathered|gathering|(?:[Ss]ome|[Mm]ore than|[Oo]ver|"
                  rf"close to|[Nn]early|[Aa]lmost|[Aa]round|[Aa]bout|[Ii]ts|[Tt]he|[Aa]ll|[Uu]p to)|^|,)\s*"
                  rf"(?P<n>{num})\s+(?:(?:[\w\-]+\s+){{0,2}})?(?P<noun>{COUNT_NOUNS})\b(?P<tail>.{{0,40}})",
                  text)
    while m:
        tail = m.group("tail")
        if not re.match(r"\s*(?:took the floor|have taken part as|from the|of the .*board)", tail):
            return number_value(m.group("n"))
        m = None
    return None


def find_events(title: str, body: str, sentences: list[Sentence], people: list[Person], date: str | None,
                dateline_date: str | None, place: str | None, dateline_end: int) -> list[Event]:
    """Main event first, then other events mentioned."""
    ref = dateline_date or date
    events: list[Event] = []
    first = sentences[0] if sentences else None
    head_text = title + " " + (first.text if first else "")
    named = named_events(body, sentences)
    # the main event: a named event in the title or first sentences, else the title's event phrase
    main: Event | None = None
    title_named = named_events(title, [Sentence(title, 0, len(title), -1)])
    for ev in title_named + [e for e in named if e.sentence and e.sentence.start <= (sentences[1].start if
                                                                                    len(sentences) > 1 else 0)]:
        main = ev
        break
    phrase, kind = _title_event(title, first.text if first else "")
    if main is None and phrase:
        main = Event(phrase[:1].upper() + phrase[1:], series_for(phrase + " " + head_text))
        main.keys = _keys(phrase)
        main.sentence = first
        main.span = (first.start, first.end) if first else None
    if main is None:
        return []
    # series and edition from anywhere in the title and first sentence
    main.series = main.series or series_for(main.name) or series_for(title)
    if main.edition is None:
        m = re.search(r"\b(\d+(?:st|nd|rd|th)|[Ff]irst(?:-ever)?|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Tt]enth)\s+"
                      r"(?:[\w\-]+\s+){0,4}?(?:" + "|".join(LOWER_HEADS) + "|" + "|".join(EVENT_HEADS) +
                      r"|Alliance|Annual|anniversary)", head_text)
        if m:
            main.edition = _ordinal(m.group(1))
    # merge body mentions of the same event (same series or shared keys)
    same = [e for e in named if e is not main and (e.series and e.series == main.series or
                                                   len(e.keys & main.keys) >= 2)]
    if main.sentence is None or main.sentence.paragraph < 0:
        cand = same[0] if same else None
        main.sentence = cand.sentence if cand else first
        main.span = (main.sentence.start, main.sentence.end) if main.sentence else None
        if cand and len(cand.name.split()) > len(main.name.split()) and main.edition == cand.edition:
            main.name = cand.name
        if cand and main.edition is None and cand.edition is not None:
            main.edition = cand.edition
    if main.edition and not re.match(r"\d|First|Second|Third|Fourth|Fifth|Tenth", main.name, re.I) and \
            main.series and "Alliance" in main.series:
        main.name = f"{main.edition}th {main.series}" if main.series else main.name
    # dates
    intro = " ".join(s.text for s in sentences[:2])
    forward = not bool(re.search(r"\b(?:closed|ended|concluded|wrapped up|was|were|had)\b", intro)) and \
        bool(re.search(r"\bwill\b|\bto visit\b|\bto host\b|\bupcoming\b", title + " " + intro))
    s, e = None, None
    for text in (main.sentence.text if main.sentence else "", title, intro):
        s, e = _dates_for(text, ref, True if forward else None)
        if s:
            break
    if s is None:
        wd = re.search(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", intro)
        if wd and ref:
            s = e = resolve_weekday(wd.group(1), ref, forward=True if forward else None)
    if s is None and ref and re.search(r"\b(?:today|this morning|this afternoon|tonight|[Tt]oday)\b", intro + " "
                                       + (main.sentence.text if main.sentence else "")):
        days = duration_days(intro + " " + body[:600])
        if CLOSE_CUES.search(intro):
            e = ref
            s = add_days(ref, -(days - 1)) if days else None
        elif OPEN_CUES.search(intro) or days:
            s = ref
            e = add_days(ref, days - 1) if days else (None if kind in {"mission"} else None)
            if not days and not re.search(r"\bopened\b|\bbegan\b|under way", intro):
                e = ref
        else:
            s = e = ref
    elif s is not None and s == e:
        days = duration_days(intro)
        if days and days > 1 and len(s) == 10:
            e = add_days(s, days - 1)
    if s and e is None and len(s) == 10 and kind in {"visit", "meeting", "workshop", "course", "training",
                                                      "session", "anniversary", "seminar"}:
        e = s
    main.start, main.end = s, e
    if main.start is None and ref and re.search(r"\b(?:two|three|four|five)[- ]days?\b", intro) and \
            "ago" not in intro:
        pass
    main.place = place
    main.participants = _participants(" ".join(x.text for x in sentences))
    events.append(main)
    # other named events (previous editions, side events)
    seen = {main.name.lower()}
    for ev in named:
        if ev in same or ev.name.lower() in seen or ev is main:
            continue
        if main.series and ev.series == main.series:
            continue
        seen.add(ev.name.lower())
        s, e = _dates_for(ev.sentence.text if ev.sentence else "", ref, None)
        ev.start, ev.end = s, e
        events.append(ev)
    # elections
    for sent in sentences:
        for m in re.finditer(r"\b(?P<adj>parliamentary|presidential|local|municipal|general|early)\s+elections\b",
                             sent.text):
            name = f"{m.group('adj').capitalize()} elections"
            if name.lower() in seen:
                continue
            seen.add(name.lower())
            ev = Event(name, sentence=sent, span=(sent.start, sent.end))
            tail = sent.text[m.end():m.end() + 40]
            s, e = _dates_for(tail, ref, True)
            if s is None and "today" in sent.text[max(0, m.start() - 20):m.start()] and ref:
                s = e = ref
            ev.start, ev.end = s, e
            events.append(ev)
    # press conferences with a date
    for sent in sentences:
        m = re.search(r"\b(?:news|press) conference\b", sent.text)
        if m and "news conference" not in seen:
            seen.add("news conference")
            s = None
            ds = find_dates(sent.text, ref, True)
            if ds:
                s = ds[0].start
            else:
                wd = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", sent.text)
                if wd and ref:
                    s = resolve_weekday(wd.group(1), ref, True)
            events.append(Event("News conference", start=s, end=s, sentence=sent, span=(sent.start, sent.end)))
    return events
