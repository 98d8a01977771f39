"""People in a body: who is named, in which sentence first, with post, honorific, country and
organisation; later mentions (surname, 'Von Arx', title references) are linked to the same person.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graph.extract import gazetteer as gz
from graph.extract.affiliations import affiliation, is_chair_post
from graph.extract.names import NameMention, _common_caps, find_names, is_common_plural
from graph.extract.organisations import Mention, orgs_in, state_of, states_in
from graph.extract.posts import (
    HEAD_VERBS,
    chair_title,
    has_post_word,
    is_post_word,
    predicate_post,
    right_post,
    singularize,
    strip_honorifics,
    verb_post,
    walk_left,
)
from graph.extract.quotes import SPEECH_VERBS, Quote
from graph.extract.sentences import Sentence

CONTACT_RE = re.compile(
    r"(?i)^(?:for (?:further|more) information|press contacts?|media contacts?|contacts?)\b"
    r"[^:]*:?\s*$"
)
PLACE_AFTER = re.compile(
    r"^\s+(?:barracks|district|province|region|river|valley|street|square|airport|"
    r"municipality|village|city|county|oblast|camp|border|crossing|hotel|palace|centre)\b",
    re.I,
)


#: more name mentions than any report holds: the text is a roll of names (or hostile), not a report
MAX_NAME_MENTIONS = 1000


class ExtractionLimit(ValueError):
    """A text beyond what the extractor reads in bounded time; the message says which bound."""


@dataclass
class Person:
    name: str
    start: int  # first full mention in the body
    end: int
    sentence: Sentence
    mentions: list[tuple[int, int]] = field(default_factory=list)
    honorific: str | None = None
    post: str | None = None
    organisation: str | None = None
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    contact: bool = False
    titles: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _accept_multi(body: str, n: NameMention, sent: Sentence) -> NameMention | None:
    # the words next to the name decide; a window keeps a sentence of thousands of names linear
    before = body[max(sent.start, n.start - 200) : n.start]
    after = body[n.end : min(sent.end, n.end + 200)]
    owner = re.search(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:’s|'s)\s*$", before)
    # 'Greece's Maria Telalian': a State's person, as agencies write them; 'the Mission's Press Unit' is none
    of_state = owner is not None and state_of(owner.group(1)) is not None
    if re.search(r"(?:\bthe|\bThe|\ba|\ban|[“\"‘])\s*$", before) or (
            re.search(r"(?:’s|'s)\s*$", before) and not of_state) or PLACE_AFTER.match(after):
        return None
    if re.search(r"(?<![\d.,])\b\d{1,3}[a-z]?\s*$", before) or (
            n.tokens[-1] in {"Street", "Road", "Lane", "Ring", "Square"} and re.match(r"\s*\d", after)
            or re.match(r"\s+\d{1,4}(?:\s*[-–/]\s*\d{1,4})?[a-z]?\s*,\s*\d{4,5}\b", after)):
        return None  # an address: '29 Rustaveli Avenue', 'Kärntner Ring 5-7', 'Kneza Milosa 24-26, 11000 …'
    if len(n.tokens[-1]) == 1 or gz.folded_place(n.text):
        return None  # 'Washington D.C.' ends with no initial; 'Nagorno Karabakh' is a place

    nxt = re.match(r"\s+([A-Z][\w\-]*)", after)
    if nxt and nxt.group(1) in _common_caps() and nxt.group(1) not in {"The", "A", "And", "In", "On", "At"}:
        return None  # 'Advance Passenger Information': a proper noun phrase, not a person
    if re.search(r"\b(?:in|and)\s+[A-Z][\w\-]*\s+and\s+$", before):
        return None  # 'in FBiH and Republika Srpska': a list of places
    m = re.match(
        r"^\s+(?:for|against|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\b)[A-Z]",
        after,
    )
    if m and not _speaks_for_known_body(after[m.end() - 1 : m.end() + 80]):
        return None  # 'Residual Mechanism for Criminal Tribunals': a body, not a person
    if re.search(r"\b(?:in|at|near|In|At)\s+$", before) or n.text in gz.CAPITALS:
        return None
    if re.search(
        r"\b(?:[Mm]unicipality|[Cc]ity|[Rr]egion|[Dd]istrict|[Pp]rovince|[Vv]illage|[Oo]blast) of\s+$", before
    ):
        return None
    if len(n.tokens) >= 3 and re.search(r"\b(?:for|of|on)\s+$", before):
        first = n.tokens[0]
        start = n.start + len(first) + 1
        return NameMention(body[start : n.end], start, n.end, n.tokens[1:])
    return n


def _speaks_for_known_body(text: str) -> bool:
    """'… for PACE', '… for the NATO PA': a known organisation follows, so the name before is a person
    speaking or acting for it ('Ana Gomes for the EP'), not the first part of a body's name."""
    found = orgs_in(text)
    return bool(found) and found[0].start == 0


def find_people(
    body: str,
    sentences: list[Sentence],
    lexicon: frozenset[str],
    quotes: list[Quote],
    orgs: list[Mention],
    chair_state: str | None,
    home_state: str | None = None,
) -> list[Person]:
    """Every named person, once, in order of first mention."""
    quote_spans = [(q.start, q.end) for q in quotes]
    contact_paras = _contact_paragraphs(sentences)
    photo_paras = {
        s.paragraph
        for s in sentences
        # 'Photo by NAME', 'Photo credit: NAME' credit the whole line; 'Photo: <caption>' is a caption
        if re.match(r"(?:Photos?|Photographs?)\s+by\b|Photo\s+credits?\b", s.text)
    }
    raw: list[tuple[NameMention, Sentence]] = []
    for sent in sentences:
        for n in find_names(sent.text, lexicon):
            nm = NameMention(n.text, n.start + sent.start, n.end + sent.start, n.tokens)
            if _inside(nm.start, quote_spans):
                continue
            raw.append((nm, sent))
    if len(raw) > MAX_NAME_MENTIONS:
        raise ExtractionLimit(f"the text has {len(raw):,} name-like mentions; a report names far fewer "
                              f"(the extractor reads up to {MAX_NAME_MENTIONS:,}): a roll or not a report")
    people: list[Person] = []
    singles: list[tuple[NameMention, Sentence]] = []
    for nm, sent in raw:
        if len(nm.tokens) >= 2:
            acc = _accept_multi(body, nm, sent)
            if acc is None:
                continue
            nm = acc
        if len(nm.tokens) < 2:
            singles.append((nm, sent))
            continue
        p = _link(people, nm)
        if (p is not None and len(nm.tokens) == len(p.name.split()) and not nm.text.isascii()
                and p.name.isascii()):
            p.name = nm.text  # 'Truemper' in a caption, 'Trümper' in the text: the native spelling names
        if p is None:
            p = Person(nm.text, nm.start, nm.end, sent,
                       contact=sent.paragraph in contact_paras or _inline_contact(body, sent, nm.start))
            credit = photo_credit(body, nm.start, nm.end)
            if sent.paragraph in photo_paras or credit is not None:
                p.roles.append("photographer")
                p.organisation = credit or (
                    "OSCE" if re.search(r"OSCE\s*/\s*$", body[sent.start : nm.start]) else None)
            people.append(p)
        p.mentions.append((nm.start, nm.end))
    for nm, sent in singles:
        p = _link(people, nm)
        if p is not None:
            p.mentions.append((nm.start, nm.end))
            continue
        before = body[sent.start : nm.start]
        after = body[nm.end : sent.end]
        verbs = "|".join(SPEECH_VERBS)
        titled = re.search(
            r"(?:Ambassador|Dr\.?|Representative|Minister|Commissioner|Director|President|"
            r"Head|Envoy|Secretary General|Chair\w*-in-Office|General|Professor|Judge)\s+$",
            before,
        )
        speaking = re.match(rf"\s+(?:{verbs})\b", after) and nm.start > sent.start
        if (titled or speaking) and not is_common_plural(nm.text):
            p = Person(nm.text, nm.start, nm.end, sent)
            p.mentions.append((nm.start, nm.end))
            people.append(p)
    people.sort(key=lambda p: p.start)
    blocks = sorted(m for p in people for m in p.mentions)
    for p in people:
        _describe(body, p, blocks, orgs, chair_state, people, home_state, sentences)
    _later_posts(body, people, orgs, chair_state)
    _bracketed_bodies(body, people)
    _counterparts(people)
    _later_chair(body, people, blocks)
    _capacity_posts(body, people, blocks)
    _designated_posts(body, people, chair_state)
    _elected_posts(body, people, chair_state)
    _bylines(body, people)
    _contact_units(people)
    _assembly_members(body, people)
    _spoken_for(body, people)
    _title_mentions(body, people, quote_spans)
    return people


_LATER_POST = re.compile(
    r"\s+(?:also\s+)?(?:serves|served|is|was|remains|remained|has been|will be|became|becomes)\s+"
    r"(?:also\s+)?(?:as\s+)?(?:(?:the|a|an)\s+(?:new\s+)?|one of the\s+)?"
    r"(?P<p>[^,;.()“”\"]{3,100}?)(?=\s*(?:[,;.(]|\band\b|$))"
)


# an appointment said after the name, past a State or a clause: 'NAME of the Netherlands takes over as X',
# 'NAME, who sat beside him, had been appointed X', 'NAME is the new X'
_APPOINTED = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}|\s*\([^()]{2,40}\))?(?:\s*,[^,;.()“”\"]{3,90},)?"
    r"\s+(?:(?:has|had|have)\s+been\s+|was\s+|were\s+|is\s+|will\s+be\s+)(?:re-?)?(?:appointed|named|elected)\s+"
    r"(?:today\s+|yesterday\s+|on\s+[A-Z][a-z]+day\s+)?(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    # a wire writes the post it is elected to in lower case: 'was elected president of the Assembly'
    r"(?P<p>(?:[A-Z]|(?:president|vice-president|chairman|chairperson|chairwoman|secretary|speaker|head|"
    r"director|rapporteur|treasurer)\b)[^,;.()“”\"]{2,100}?)(?=\s*(?:[,;.(]|\band\b|$))|"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
    r"\s+(?:takes|took|will\s+take)\s+over\s+as\s+(?:the\s+)?(?:new\s+)?(?P<p2>[A-Z][^,;.()“”\"]{2,100}?)"
    r"(?=\s*(?:[,;.(]|\band\b|$))|"
    r"\s+is\s+the\s+new\s+(?P<p3>[A-Z][^,;.()“”\"]{2,100}?)(?=\s*(?:[,;.(]|\band\b|$))"
)


def _whole_body_name(body: str, start: int, post: str) -> str:
    """A post cut at 'and' inside a body's name ('director of the Office for Democratic Institutions')
    runs on to the end of the name the gazetteer knows ('… and Human Rights')."""
    end = start + len(post)
    for o in orgs_in(body[start : end + 80]):
        if o.start < len(post) < o.end:
            return body[start : start + o.end]
    return post


_BRACKETED = re.compile(r"\s*\(([A-Z][^()]{1,120})\)")
_BODY_WORD = re.compile(
    r"\b(?:Institute|Centre|Center|Endowment|Foundation|University|Academy|Association|Council|Committee|"
    r"Agency|Ministry|Office|Network|Forum|Union|Organi[sz]ation|Commission|Society|Bank|Fund|Party|"
    r"Assembly|Parliament|Court|Service|Programme|Program|School|College|Movement|Initiative)\b"
)


def _bracketed_bodies(body: str, people: list[Person]) -> None:
    """'NAME (Belgrade Centre for Security Policy)', 'NAME (CORE)': a body in brackets after a name, as
    lists of panellists and committee members give them, is the person's organisation (a State there
    is the person's country, which the name's walk reads)."""
    for p in people:
        if p.organisation or p.contact or "photographer" in p.roles:
            continue
        m = _BRACKETED.match(body, p.end)
        if not m:
            continue
        inside = m.group(1).split(",")[0].strip()
        known = [o for o in orgs_in(inside) if o.start == 0 and o.end == len(inside)]
        if known:
            p.organisation = known[0].name
        elif state_of(inside) is None and (
                _BODY_WORD.search(inside) or re.fullmatch(r"[A-Z]{3,8}", inside)):
            p.organisation = inside


def _later_posts(body: str, people: list[Person], orgs: list[Mention], chair_state: str | None) -> None:
    """A post stated a sentence later: 'NAME … . Kowalski serves as Permanent Representative of Poland',
    'Mr. Tsereteli remains one of the Assembly's Vice-Presidents' (only for someone given no post)."""
    blocks = sorted(m for q in people for m in q.mentions)
    for p in people:
        if p.post or p.contact or "photographer" in p.roles:
            continue
        for k, (start, end) in enumerate(p.mentions):
            # the first mention's own post was looked for already; an appointment said after it was not
            m = _APPOINTED.match(body, end) if k == 0 and len(p.mentions) > 1 else (
                _LATER_POST.match(body, end) or _APPOINTED.match(body, end))
            group = m.lastgroup if m else None  # the post's group: p, or p2/p3 of _APPOINTED's other forms
            stated = _whole_body_name(body, m.start(group), m.group(group)) if m and group else ""
            if not m:
                # 'Soares chairs the Ad Hoc Committee on X and also leads the Y Project.'
                clause = re.match(r"\s+([^.;:()“”\"]{3,200})", body[end : end + 220])
                headed = verb_post(clause.group(1)) if clause else None
                if headed:
                    stated = headed
                elif re.match(r",\s+(?:the|a|an)\s", body[end : end + 6]):
                    # 'said Petersen, the head of the mission': an appositive at a later mention
                    stated = right_post(body, end, min(len(body), end + 240))[0] or ""
                elif k > 0:
                    # 'Russian Permanent Representative to the OSCE NAME said': a title before a later mention
                    lo = _sentence_start(body, start)
                    stated = walk_left(body, len(body[:start].rstrip()), lo, blocks)[0] or ""
            # 'NAME, the new OSCE Representative on …' (a caption, say): the post is what follows 'new'
            stated = re.sub(r"^(?:new|newly appointed|present|current|incoming)\s+(?=[A-Z])", "", stated)
            if re.match(HEAD_VERBS, stated):
                p.post = stated
            elif not has_post_word(stated) or stated[:1].islower() and not is_post_word(stated.split()[0]):
                continue
            else:
                p.post = singularize(stated.strip())
            if p.organisation is None:
                context = [o for o in orgs if o.start < start] or orgs
                p.organisation = affiliation(p.post, p.country, context, chair_state,
                                             body[max(0, start - 200) : start])
            break


_HOLDS_CHAIR = re.compile(
    r"[^.;()“”\"]{0,160}?,\s*(?:who|whose country)\s+(?:currently\s+|also\s+)?"
    r"(?:holds|chairs|presides over)\s+"
    r"the\s+(?:rotating\s+)?(?:OSCE(?:’s|'s)?\s+|[Oo]rgani[sz]ation(?:’s|'s)\s+)?"
    r"(?:Chair(?:man|person)?ship\b|chair\b|OSCE\b|[Oo]rgani[sz]ation\b)(?!\s+(?:of|for)\s+the\s+(?:Forum|FSC))")


def _holds_chair_clause(body: str, end: int, hi: int, blocks: list[tuple[int, int]]) -> bool:
    """'NAME, Serbia's Foreign Minister, who holds the OSCE Chairmanship this year, spoke': the clause after
    the name's appositive, with no other name between."""
    m = _HOLDS_CHAIR.match(body, end, hi)
    if not m:
        return False
    k = bisect.bisect_left(blocks, (end, 0))
    return not (k < len(blocks) and blocks[k][0] < m.end())


def _later_chair(body: str, people: list[Person], blocks: list[tuple[int, int]]) -> None:
    """A later mention that calls the person the Chair: "Serbia's Foreign Minister NAME … . The ministers
    took part: NAME of Serbia, the current Chairperson-in-Office; …"."""
    for p in people:
        if p.organisation == "OSCE Chairpersonship" or p.contact or (p.post and is_chair_post(p.post)):
            continue
        for start, end in p.mentions[1:]:
            if end - start < 2 or body[start:end] in {"Chairperson-in-Office", "Chairman-in-Office"}:
                continue
            right, _ = right_post(body, end, min(len(body), end + 240))
            if (right and is_chair_post(right) and not re.search(r"Representative|Envoy|Special", right)
                    and not _heads_next_name(body, end, right, blocks)):
                p.post = f"{p.post}; {right}" if p.post else right
                p.organisation = "OSCE Chairpersonship"
                break


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, near enough: after the last '. ' or line break."""
    return max(body.rfind(". ", 0, pos), body.rfind("\n", 0, pos)) + 1


_CAPACITY = re.compile(r"\bin\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?(?P<p>[^,;.()“”\"]{3,80}?)"
                       r"(?=\s*(?:[,;.(]|$))")


def _capacity_posts(body: str, people: list[Person], blocks: list[tuple[int, int]]) -> None:
    """'NAME paid a visit to Armenia today in his capacity as OSCE Chairperson-in-Office', '… to NAME in
    his capacity as Chairman-in-Office': the capacity is a post of the nearest person named before it."""
    for m in _CAPACITY.finditer(body):
        post = m.group("p").strip()
        if not has_post_word(post):
            continue
        sent_start = _sentence_start(body, m.start())
        before = [b for b in blocks if sent_start <= b[0] < m.start()]
        if not before:
            continue
        at = before[-1][0]
        p = next((q for q in people if any(a == at for a, _ in q.mentions)), None)
        if p is None or (p.post and (post in p.post or is_chair_post(post) and is_chair_post(p.post))):
            continue
        p.post = f"{p.post}; {post}" if p.post else post
        if is_chair_post(post):
            p.organisation = "OSCE Chairpersonship"


_DESIGNATED = re.compile(
    r"\b(?:appointed|named|designated|elected|nominated|chose|picked)\s+(?:[A-Z]?[a-z]+\s+)?$")
_AS_POST = re.compile(r"\s+as\s+(?P<its>its|their|the)?\s*(?:new\s+|next\s+)?"
                      r"(?P<p>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,8}?)"
                      r"(?=\s*(?:[,;.(]|\band\b|\bto\b|\bfor\b|$))")


def _elected_posts(body: str, people: list[Person], chair_state: str | None) -> None:
    """'Greek parliamentarian NAME was elected president of the Parliamentary Assembly …': the post one
    is elected to joins a descriptive one (the people without a post get theirs in ``_later_posts``)."""
    for p in people:
        if not p.post or is_chair_post(p.post) or not p.mentions:
            continue
        m = _APPOINTED.match(body, p.mentions[0][1])
        if not m or m.lastgroup != "p" or m.group("p") in p.post:
            continue
        elected = singularize(_whole_body_name(body, m.start("p"), m.group("p")))
        if not has_post_word(elected) or elected in p.post:
            continue  # 'were elected Vice-Presidents for three years' gave the post already
        p.post = f"{p.post}; {elected}"
        p.organisation = affiliation(elected, p.country, [], chair_state) or p.organisation


def _designated_posts(body: str, people: list[Person], chair_state: str | None) -> None:
    """'The OSCE on Thursday designated Frenchman NAME as its new secretary general': the post one is
    appointed to, the appointing body's when the text says 'its'."""
    for p in people:
        if p.post:
            continue
        for a, b in p.mentions[:1]:
            sent_start = _sentence_start(body, a)
            if not _DESIGNATED.search(body[max(sent_start, a - 40) : a]):
                continue
            m = _AS_POST.match(body, b)
            if not m or not has_post_word(m.group("p")):
                continue
            p.post = m.group("p")
            subject = body[sent_start:a]
            owner = "OSCE " if m.group("its") in {"its", "their"} and re.search(r"\bOSCE\b", subject) else ""
            p.organisation = p.organisation or affiliation(owner + p.post, p.country, [], chair_state)


_BYLINE = re.compile(r"\s*(?P<what>By|(?:Additional\s+)?[Rr]eporting\s+by|[Ww]riting\s+by|"
                     r"[Ee]dit(?:ed|ing)\s+by|[Cc]ompiled\s+by)\s+(?:[A-Z][\w.\-’']*\s+|,\s*|and\s+)*$")
_NAMES = r"[A-Z][\w.\-’']+(?:\s+[A-Z][\w.\-’']+){1,3}"
_SIGNED_LINE = re.compile(rf"^\s*{_NAMES}(?:\s*(?:,|and|&)\s*{_NAMES})*\s*\|\s*[\d./\-]{{8,10}}\s*$")
_SIGNED_FOR = re.compile(r"^\s*[–—-]\s*([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s*:?\s*$")
_AGENCY = re.compile(r"\(([A-Z][\w/.\- ]{1,24})\)\s*(?:[-–—]{1,2}|:)")


def _bylines(body: str, people: list[Person]) -> None:
    """'By NAME', '(Reporting by NAME; Editing by NAME)': the journalists of an agency story are mentioned
    as its correspondents (or editors), with the outlet of the byline or the dateline '(AFP)'."""
    agency = None
    outlets: set[str] = set()
    for p in people:
        line_start = body.rfind("\n", 0, p.start) + 1
        line_end = body.find("\n", p.end) if "\n" in body[p.end :] else len(body)
        seg = re.split(r"[;(]", body[line_start : p.start])[-1]
        m = _BYLINE.match(seg)
        # 'Jane Roe and John Doe | 29.04.2023': a line of names over the story's date
        signed = m is None and _SIGNED_LINE.match(body[line_start:line_end]) is not None
        if not (m or signed) or p.contact or "photographer" in p.roles:
            continue
        if agency is None:
            dl = _AGENCY.search(body[:400])
            agency = dl.group(1).strip() if dl else ""
        line = body[p.end : line_end]
        outlet = next((o.name for o in orgs_in(line[:80]) if o.kind in {"org", "io", "generic"}), None)
        if outlet is None and (signs := _SIGNED_FOR.match(line)):
            outlet = signs.group(1)  # 'By NAME – Trend:': the outlet the byline signs for
            outlets.add(outlet)
        editor = m is not None and m.group("what").lower().startswith("edit")
        p.post = "editor" if editor else (p.post or "correspondent")
        p.organisation = outlet or p.organisation or agency or None
        p.roles.append("byline")
    # 'By Jane Roe – Example Times': the outlet signed for is no person
    people[:] = [p for p in people if p.name not in outlets]


_BARE_UNIT = re.compile(r"^(?:the\s+)?(?:Unit|Department|Division|Section|Directorate|Service|Desk)\b")


def _contact_units(people: list[Person]) -> None:
    """Press contacts listed together: one given only as a unit ('Director, Unit for Security Policy')
    belongs to the body the others are with."""
    contacts = [p for p in people if p.contact]
    known = [q for q in contacts if q.organisation and not _BARE_UNIT.match(q.organisation)]
    for p in contacts:
        if p.organisation and not _BARE_UNIT.match(p.organisation):
            continue
        near = sorted((q for q in known if q is not p), key=lambda q: abs(q.start - p.start))
        if near:
            p.organisation = near[0].organisation


_OTHER_ASSEMBLIES = re.compile(r"\bPACE\b|NATO (?:PA\b|Parliamentary)|European Parliament|\bEP\b|"
                               r"Parliamentary Assembly of the Council of Europe|Inter-Parliamentary")
_ASSEMBLY_POSTS = re.compile(r"Committee|Bureau|\bPresident\b|Vice-President|Treasurer|Secretary General|"
                             r"Co-ordinator|Coordinator|Communications|Press|Rapporteur|chairs|leads|heads")


def _assembly_members(body: str, people: list[Person]) -> None:
    """A release of the OSCE Parliamentary Assembly (its name and its bodies throughout, no other assembly):
    its members named with '(MP, Country)', its officers and committee chairs, and its press contact, belong
    to the Assembly."""
    said = len(re.findall(r"OSCE Parliamentary Assembly|OSCE PA\b|\bPA(?:’s|'s)\s|\bAssembly(?:’s|'s)\s",
                          body))
    # another assembly named in passing ('briefings with PACE and the European Parliament') leaves the
    # release the OSCE PA's; one named as often as a third of the OSCE PA makes the text about both
    if said < 2 or 3 * len(_OTHER_ASSEMBLIES.findall(body)) >= said:
        return
    for p in people:
        org = p.organisation
        if org and not re.search(r"\bCommittee\b|\bBureau\b|Parliamentary Assembly", org):
            continue
        mp = any(re.match(r"\s*\(\s*MPs?\b", body[b : b + 12]) for _, b in p.mentions) or (
            not org and not p.post and any(_state_in_brackets(body[b : b + 40]) for _, b in p.mentions))
        if mp or p.contact or (p.post and _ASSEMBLY_POSTS.search(p.post)):
            p.organisation = "OSCE Parliamentary Assembly"


def _state_in_brackets(text: str) -> bool:
    """'NAME (Albania)': the Assembly's way of naming a member by the State whose delegation they are in."""
    m = re.match(r"\s*\(([^()]{3,40})\)", text)
    return bool(m and state_of(m.group(1)))


_AIDE = (r"([A-Z][\w\-]+)(?:’s|'s)\s+((?:chief\s+|press\s+|personal\s+|senior\s+|foreign policy\s+)?"
         r"(?:spokes(?:man|woman|person)|press secretary|adviser|advisor|aide|assistant|chief of staff))")


def _spoken_for(body: str, people: list[Person]) -> None:
    """"Yeltsin's spokesman, NAME": an aide named by whom they serve belongs to that person's body."""
    for p in people:
        if p.organisation or p.contact:
            continue
        m = re.match(_AIDE, p.post or "")
        if not m and p.post and len(p.post.split()) <= 3:
            m = re.search(_AIDE + r",?\s*$", body[max(0, p.start - 80) : p.start])
            if m and m.group(2).endswith(p.post):
                p.post = m.group(0).rstrip(" ,")
            else:
                m = None
        if not m:
            continue
        boss = next((q for q in people if q is not p and q.surname == m.group(1) and q.organisation), None)
        if boss:
            p.organisation = boss.organisation
            p.country = p.country or boss.country


_CREDIT_BEFORE = re.compile(r"\(\s*(?:(?:©|\(c\)|Photo:?)\s*)?(?:(?P<org>[^()/\n]{1,40}?)\s*/\s*)?$")
_CREDIT_AFTER = re.compile(r"^\s*(?:/\s*(?P<org>[^()\n]{1,40}?)\s*)?\)")
_INLINE_CONTACT = re.compile(r"(?i)^(?:for (?:further|more) information(?:,?\s*(?:please\s+)?contact)?|"
                             r"(?:press|media)\s+contacts?|contacts?)\s*[,:]")


def photo_credit(body: str, start: int, end: int) -> str | None:
    """The credited body when the name at start..end is a photo credit: '(OSCE/Mark Sarfati)',
    '(© Jane Doe/agency.net)', a caption ending '… / Jane Doe' or 'Photo: Jane Doe'; '' for a credit
    without a body; None when the name is no credit."""
    before, after = body[max(0, start - 60) : start], body[end : end + 60]
    b, a = _CREDIT_BEFORE.search(before), _CREDIT_AFTER.match(after)
    if b and a and (b.group("org") or a.group("org") or "©" in b.group(0)):
        return (b.group("org") or a.group("org") or "").strip() or ""
    line_start = body.rfind("\n", 0, start) + 1
    line = body[line_start:start]
    # a credit line of its own: '© Jane Doe/TASS', 'Photo: © Jane Doe / Reuters'
    own = re.match(r"\s*(?:(?:Photo|Picture|Image)s?\s*:?\s*)?(?:©|\(c\)|Copyright)\s*$", line)
    if own:
        line_end = body.find("\n", end)
        tail = re.match(r"\s*/\s*([^/\n]{1,40}?)\s*$", body[end : line_end if line_end >= 0 else len(body)])
        return tail.group(1) if tail else ""
    if re.match(r"\s*(?:Photo|Picture|Image)s?\b", line) and (
            re.search(r"\s/\s*$", line) or re.match(r"\s*(?:Photo|Picture|Image)s?\s*(?:by|:)\s*$", line)
    ) and not body[end : end + 2].strip(" ").startswith(("'", "’")):
        return ""
    return None


_PHONE_OR_MAIL = re.compile(
    r"(?i),?\s*(?:\b(?:tel|phone|mobile|mob|fax|cell|e-?mail|office)\b\.?:?|\+\d|\S+@)")
_PHONE = re.compile(r"(?i)\b(?:tel|phone|mobile|mob|fax|cell)\b\.?:?\s*\+?\(?\d|\+\d{2,3}[\s\d()/-]{6,}\d")


def _inline_contact(body: str, sent: Sentence, start: int) -> bool:
    """'Media contacts: Jane Doe (OSCE/ODIHR), John Roe (OSCE PA)': names after a contact label; or a
    line that gives a name with a telephone number ('Jane Doe, Press Attaché, tel. +358 …')."""
    if _INLINE_CONTACT.match(sent.text) and start > sent.start:
        return True
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    return len(line.split()) <= 25 and bool(_PHONE.search(line))


def _contact_paragraphs(sentences: list[Sentence]) -> set[int]:
    out: set[int] = set()
    active = False
    for s in sentences:
        if CONTACT_RE.match(s.text):
            active = True
            continue
        if active:
            if len(s.text.split()) > 25:
                active = False
                continue
            out.add(s.paragraph)
    return out


#: patronymic surname endings that transliterations or local usage drop ('Qalandarov' -> 'Qalandar')
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "zoda", "zade", "yev", "yeva")


@lru_cache(maxsize=8192)  # each person's name is folded again for every later mention
def _fold(word: str) -> str:
    """'Trümper' and 'Truemper', 'Mijatović' and 'Mijatovic' alike."""
    word = word.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        word = word.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _link(people: list[Person], nm: NameMention) -> Person | None:
    toks = [_fold(t) for t in nm.tokens]
    for p in people:
        ptoks = [_fold(t) for t in p.name.split()]
        if ptoks[-1] != toks[-1]:  # the cheap test first: the surname
            continue
        if ptoks == toks:
            return p
        if len(toks) < len(ptoks) and ptoks[-len(toks) :] == toks:
            return p
    if len(toks) == 1 and len(toks[0]) >= 4:
        fits = [p for p in people if len(p.name.split()) > 1
                and p.name.split()[-1].lower().removeprefix(toks[0]) in SURNAME_ENDINGS]
        if len(fits) == 1:  # a shortened surname of exactly one person named before
            return fits[0]
    return None


def _describe(
    body: str,
    p: Person,
    blocks: list[tuple[int, int]],
    orgs: list[Mention],
    chair_state: str | None,
    people: list[Person],
    home_state: str | None,
    sentences: list[Sentence],
) -> None:
    sent = p.sentence
    others = [b for b in blocks if b != (p.start, p.end)]
    # what stands before the name; the '$'-anchored searches below look at its tail only, so that a
    # page of thousands of names stays linear
    base = max(0, p.start - 1000)
    tail, honorific = strip_honorifics(body[base : p.start])
    before_text = body[:base] + tail
    cop = re.search(r"\s+(?:is|was|will be|remains)\s*$", tail)
    if cop and base + cop.start() > sent.start:
        before_text = before_text[: base + cop.start()]
    lead_end = len(before_text.rstrip())
    left, lstart = None, lead_end
    if before_text.rstrip().endswith((",", "–", "—", ":", " -")):  # ' - ': a dash typed as a hyphen
        left, lstart = walk_left(body, lead_end - 1, sent.start, others)
        if left and re.search(r"(?<!newly )(?<!recently )(?<!the )(?<!The )"
                              r"\b(?:becomes|became|is|was|were|remains|appointed|named|elected)\s*$",
                              body[sent.start : lstart]):
            left = None  # 'A becomes director of X, NAME takes over as Y': A's predicate, not NAME's title
        if left and (
            body[lead_end - 1] in "–—:-"
            or re.search(r"\b(?:two|three|four|five|several)\s+\S+\s*$", left)
            or left.split()[-1].endswith("s")
        ):
            left = singularize(_strip_count(left))
    elif not re.search(
        r"(?:^|\s)(?:and|or|with|by|from|of|to|for|as|including|between|among|alongside|like|"
        r"than|at|in|on|the|a|an)$",
        before_text[-40:],
    ):
        left, lstart = walk_left(body, lead_end, sent.start, others)
        if left:
            # chained appositive: 'The OSCE Chairperson-in-Office, Finnish Foreign Minister NAME'
            pre = body[sent.start : lstart].rstrip()
            if pre.endswith(","):
                chain, cstart = walk_left(body, sent.start + len(pre) - 1, sent.start, others)
                art = re.search(
                    r"(?:^|\b(?:the|The|its|his|her|their|Its|His|Her|Their)\s+)$", body[sent.start : cstart]
                )
                if chain and (is_chair_post(chain) or chain.startswith("OSCE") or art):
                    left = f"{chain}; {left}"
    if left is None:
        left = _list_post(body, p, sent, others)
    right, country = right_post(body, p.end, sent.end)
    post = left
    if right and (
        not left
        or right != left
        and re.match(r"^(?:Head of the|Special|Vice)", right)
        and "who" in body[p.end : p.end + 12]
        # 'Bulgarian Foreign Minister NAME, the OSCE Chairman-in-Office': both posts
        or _cio_of_minister(left, right) and not _heads_next_name(body, p.end, right, others)
    ):
        post = f"{left}; {right}" if left else right
    if post is None:
        post = predicate_post(body, p.end, sent.end)
    if not (post and is_chair_post(post)) and _holds_chair_clause(body, p.end, sent.end, others):
        post = f"{post}; {chair_title(body)}" if post else chair_title(body)
    if post is None and p.contact:
        post = None
    # representing the Chairmanship: 'Speaking for the 2008 Finnish Chairmanship, NAME'
    chair_phrase = re.search(
        r"(?:on behalf of|for|representing)\s+the\s+((?:(?:\d{4}|OSCE|[A-Z]\w+)\s+){0,3}"
        r"Chair(?:man|person)ship|(?:OSCE\s+)?Chair(?:man|person|woman)?-in-Office)",
        sent.text,
    )
    is_rep = bool(chair_phrase) and _first_person_in(sent, people) is p
    if post is None and is_rep and chair_phrase:
        post = f"representative of the {chair_phrase.group(1)}"
    p.post = (post.strip() if re.match(HEAD_VERBS, post) else singularize(post.strip())) if post else None
    p.honorific = honorific
    p.country = country or (post_country(post) if post else None)
    if "photographer" in p.roles:
        p.post = None
        return
    if p.contact:
        # 'Name, Org' on one line, or the post and organisation on the lines that follow
        lines = body[p.end :].split("\n")[:4]
        rest = lines[0]
        found = orgs_in(rest)
        if not found:
            for line in lines[1:]:
                if re.search(r"[+@]|\bTel\b|\d{3}", line) or not line.strip():
                    break
                if p.post is None and has_post_word(line) and not orgs_in(line):
                    p.post = line.strip()
                found = orgs_in(line)
                if found:
                    break
        stripped = rest.strip(" ,–-")
        # 'NAME, Director, Unit for X, tel. +358 …': the line up to the number is the post
        said = _PHONE_OR_MAIL.split(rest)[0].strip(" ,–-")
        if said and said != stripped and has_post_word(said.split(",")[0]) and len(said.split()) <= 16:
            p.post = said
            stripped = said
        if found:
            p.organisation = found[0].name
        elif p.post and (org := affiliation(p.post, p.country, [], chair_state)):
            p.organisation = org
        else:
            # a phone number or address after the name is no body: 'contact NAME, +45 33 37 80 40'
            named = re.search(r"[^\W\d_]{2}", stripped) and not _PHONE_OR_MAIL.match(stripped)
            p.organisation = stripped if named and len(stripped) < 60 and stripped != p.post else None
        p.roles.append("press contact")
        return
    context = [m for m in orgs if m.start < p.start] or orgs
    pre_name = body[sent.start : p.start]
    national = bool(
        p.post
        and re.search(
            r"Minist|President|Government|Parliament|Premier|Presidency|Senate|Ma[jz]h?ilis|Assembly|"
            r"Duma|Rada|Bundestag|Court|Prosecutor|Chairperson|Speaker|Chancellor",
            p.post,
        )
    )
    ctry = p.country
    if ctry is None and national:
        ms = [m for m in states_in(pre_name) if m.kind in {"state", "adj"}]
        ctry = ms[-1].name if ms else _own_state(body[sent.start : sent.end], p.end - sent.start, home_state)
        p.country = ctry
    org = None
    its = (
        re.search(r"\b(?:its|their)\s+" + re.escape(p.post.split(";")[0].split()[0]), pre_name[-120:])
        if p.post and p.post.split()
        else None
    )
    if not (its and p.post and not orgs_in(p.post.split(";")[0])):
        org = affiliation(p.post, ctry, context, chair_state, pre_name)
    if p.post and org is None and its:
        # 'The Programme Office was represented by its Head, NAME'
        inside = [m for m in orgs if sent.start <= m.start < p.start]
        if inside:
            org = inside[-1].name
            if len(p.post.split()) <= 2:
                p.post = f"{p.post} of the {org}"
    if (
        p.post
        and org is None
        and not re.search(r"journalist|activist|blogger|expert", p.post, re.I)
        # a minister or head of government serves a State, never the body named beside them
        and not re.search(r"\bPrime Minister\b|\bPremier\b|\bChancellor\b|\bMinister\b", p.post)
        and not state_of(p.post)
        and len(re.split(r"\s+(?:for|until|in|from|since|\()", p.post)[0].split()) <= 3
        and all(
            is_post_word(w)
            for w in re.split(r"\s+(?:for|until|in|from|since|\()", p.post)[0].split()
            if w[:1].isupper()
        )
    ):
        # a bare post ('Vice-President') belongs to the body it was written with earlier ('the co-chairs
        # of the OSCE Minsk Group … The co-chairs - A, B and C'), else to the body named around it
        idx = next((i for i, s in enumerate(sentences) if s is sent), 0)
        lo = sentences[max(0, idx - 1)].start
        org = _titled_earlier(body, p.post, sentences[max(0, idx - 3)].start, p.start)
        near = [m for m in orgs if lo <= m.start < sent.end and m.kind != "generic" and m.name != "OSCE"
                and m.name not in gz.MEDIA_OUTLETS]  # '(Reuters)' in the dateline employs nobody named
        if near and org is None:  # in the name's sentence the nearest body before it, else the first after
            before = [m for m in near if sent.start <= m.start < p.start]
            after = [m for m in near if m.start > p.start]
            org = before[-1].name if before else after[0].name if after else near[-1].name
    if org is None:
        # 'NAME (MP, Italy) for the OSCE PA', 'NAME for PACE': acting for a body named right after
        m = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:for|on behalf of)\s+(?:the\s+)?",
                     body[p.end : p.end + 40])
        found = orgs_in(body[p.end + m.end() : p.end + m.end() + 80]) if m else []
        if found and found[0].start == 0:
            org = found[0].name
    if is_rep:
        org = "OSCE Chairpersonship"  # speaking for the Chairmanship, whatever the home post
    if org is None or org.startswith("Ministry of Foreign Affairs"):
        if (
            chair_state
            and p.country == chair_state
            and _holds_chair(body, chair_state)
            and p.post
            and re.search(r"Foreign|Minister", p.post)
            and org
            and "Foreign" in org
        ):
            org = "OSCE Chairpersonship"
    p.organisation = org
    if (
        org
        and not country
        and org != "OSCE Chairpersonship"
        and (
            org.startswith("OSCE")
            or org in gz.OSCE_STRUCTURES
            or org in gz.INTERNATIONAL_ORGANISATIONS
            or org in gz.FIELD_OPERATIONS
        )
    ):
        p.country = None  # an international official represents no State


def _titled_earlier(body: str, post: str, lo: int, before: int) -> str | None:
    """The body a bare title was written with a few sentences before the name: 'co-chair' ->
    '… co-chairs of the OSCE Minsk Group …' -> 'OSCE Minsk Group'."""
    head = re.escape(post.split(";")[0].split()[-1].lower().rstrip("s"))
    found = None
    for m in re.finditer(rf"\b{head}s?\s+of\s+", body[lo:before], re.I):
        m_end = lo + m.end()
        orgs = orgs_in(body[m_end : m_end + 80])
        if orgs and orgs[0].start <= 4 and orgs[0].kind != "generic":  # 'of the X', 'of X'
            found = orgs[0].name
    return found


def _cio_of_minister(left: str | None, right: str) -> bool:
    """'Bulgarian Foreign Minister NAME, the OSCE Chairman-in-Office': a minister who chairs the OSCE holds
    both posts (the Chair's envoys and representatives are not meant)."""
    return bool(left and re.search(r"Minist|President|Chancellor|Secretary of State", left)
                and not is_chair_post(left) and is_chair_post(right)
                and not re.search(r"Representative|Envoy|[Ee]missary|Special", right))


def _heads_next_name(body: str, end: int, phrase: str, blocks: list[tuple[int, int]]) -> bool:
    """'by A, NAME1, the OSCE Chairman-in-Office, Austrian Foreign Minister NAME2': the phrase after NAME1
    opens the appositive of the next name, it is not NAME1's."""
    at = body.find(phrase, end, end + len(phrase) + 40)
    if at < 0:
        return False
    m = re.match(r"\s*,\s*(?:[A-Z][\w\-’'.]*\s+){1,6}", body[at + len(phrase) : at + len(phrase) + 120])
    if not m:
        return False
    lo, hi = at + len(phrase), at + len(phrase) + m.end()
    k = bisect.bisect_left(blocks, (lo, 0))
    return k < len(blocks) and blocks[k][0] <= hi


_CHAIR_WORD = re.compile(r"Chair(?:man|person)ship\b(?!\s+of\s+the\s+(?:OSCE\s+)?(?:Forum|FSC))")
_NOT_HELD = re.compile(r"\s*(?:bid|candidacy|application|request|ambitions?|aspirations?|hopes?)\b", re.I)
_NOT_YET = re.compile(r"\b(?:next year|will|would|take over|takes over|incoming|upcoming|future|bid for|"
                      r"seeks?|seeking|wants?|hopes? to|candidacy for|to hold)\b[^.]*$", re.I)


def _holds_chair(body: str, state: str) -> bool:
    """The text says the State holds the Chairmanship ('Austria holds the Organization's Chairmanship this
    year', "Sweden's 2021 OSCE Chairpersonship"), not that it bids for or will take it ('the Kazakh
    Chairmanship bid'): only then is its Foreign Minister the Chairperson-in-Office."""
    for m in _CHAIR_WORD.finditer(body):
        before = body[max(0, m.start() - 45) : m.start()]
        if state_of(before) != state or _NOT_HELD.match(body, m.end()) or _NOT_YET.search(before):
            continue
        return True
    return False


_GOES_TO = re.compile(r"\b(?:travel\w*|go(?:es|ing)?|went|head\w*|fl(?:y|ies|ew)|arriv\w+|visit\w*|trip|"
                      r"tour\w*)\b"
                      r"[^.;]{0,40}\b(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w\-]+,\s+)?$")


# after a State's adjective, the word that makes it someone else's: '… her Latvian counterpart'
_DESCRIBES_OTHER = re.compile(r"\s+(?:counterparts?|colleagues?)\b")


def _counterparts(people: list[Person]) -> None:
    """'Foreign Minister A met her Latvian counterpart B': B holds A's office for Latvia."""
    for p in people:
        if p.organisation or not p.post or not re.search(r"\bcounterparts?$", p.post):
            continue
        state = post_country(p.post)
        sent = p.sentence
        others = [q for q in people if q is not p and q.organisation and sent.start <= q.start < p.start]
        if not state or not others:
            continue
        theirs = others[-1].organisation or ""
        own = others[-1].country or state_of(theirs)
        base = theirs.removesuffix(f" of {own}") if own else theirs
        if re.match(r"(?:Ministry of|Government|Presidency|Parliament)\b", base):
            p.organisation = f"{base} of {state}"
            p.country = p.country or state


def _own_state(sentence: str, after: int, home_state: str | None) -> str | None:
    """The State a national official with no State in the post serves: the first State the sentence names
    other than where the official goes ('NAME will travel to Corfu, Greece': not Greece), else the State
    the text is about, unless that is where the official goes."""
    places = set()
    for m in states_in(sentence):
        owner = sentence[m.end : m.end + 2] in {"’s", "'s"}
        if m.start >= after and _DESCRIBES_OTHER.match(sentence, m.end):
            places.add(m.name)  # 'met her Latvian counterpart X': Latvia is the other's State
            continue
        if m.start >= after and not owner and _GOES_TO.search(sentence[after : m.start]):
            places.add(m.name)
        else:
            return m.name
    # 'In Yerevan they were received by President NAME': the capital the sentence places them in
    for c in re.finditer(r"\b[Ii]n\s+([A-Z][\w\-]+)", sentence[:after]):
        state = gz.CAPITALS.get(c.group(1))
        if state:
            return state
    return home_state if home_state not in places else None


def post_country(post: str) -> str | None:
    """The State a post is held for: 'Italian …', "Malta's …", '… of (the Republic of) Poland'."""
    for m in states_in(post):
        after = post[m.end : m.end + 3]
        before = post[max(0, m.start - 9) : m.start]
        if m.kind == "adj" or after.startswith(("’s", "'s")) or re.search(r"\bof\s+(?:the\s+)?$", before):
            return m.name
    return None


def _strip_count(post: str) -> str:
    return re.sub(r"^(?:two|three|four|five|six|several|\d+)\s+", "", post)


def _first_person_in(sent: Sentence, people: list[Person]) -> Person | None:
    best = None
    for q in people:
        for a, _ in q.mentions:
            if sent.start <= a < sent.end and (best is None or a < best[0]):
                best = (a, q)
    return best[1] if best else None


MAX_LIST = 25


def _list_post(body: str, p: Person, sent: Sentence, others: list[tuple[int, int]]) -> str | None:
    """A name in a list ('– A, B and C –', 'two experts, A and B') takes the post written before the list."""
    pos = p.start
    for _ in range(MAX_LIST):  # a longer run of names is a roll, not a list under one title
        k = bisect.bisect_right(others, pos, key=lambda o: o[0])  # others are sorted by start
        prev = [o for o in others[max(0, k - 3) : k] if o[1] <= pos and sent.start <= o[0]]
        if not prev:
            return None
        a, b = max(prev)
        gap = body[b:pos]
        # 'A (Russia), B', 'A of France, B of the United States and C'
        if not re.fullmatch(r"\s*(?:\([^)]*\)|of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*"
                            r"(?:,|and|, and)\s*", gap):
            return None
        base = max(sent.start, a - 400)  # what stands before the name, as far as a title reaches
        before_text, _ = strip_honorifics(body[base:a])
        end = base + len(before_text)
        rest = [o for o in others[max(0, k - 40) : k + 1] if o != (a, b)]
        if before_text.rstrip().endswith(" -"):  # 'The co-chairs - A of X, B of Y and C': a dash as a hyphen
            left, _ = walk_left(body, base + len(before_text.rstrip()) - 1, sent.start, rest)
            return singularize(_strip_count(left)) if left else None
        if before_text.endswith(("–", "—", ":", ",")):
            left, _ = walk_left(body, end - 1, sent.start, rest)
            if left or not before_text.endswith(","):
                return singularize(_strip_count(left)) if left else None
        elif not re.search(r"[,.;]\s*$|\b(?:and|with|by|of|to|for|as|the)\s*$", before_text):
            # a plural title before the list: 'Co-Chairs (from left) A (Russia), B (U.S.) and C'
            left, _ = walk_left(body, end - len(before_text) + len(before_text.rstrip()), sent.start, rest)
            heads = [w for w in (left or "").split() if is_post_word(w)]
            if left and heads and heads[-1].endswith("s"):
                return singularize(_strip_count(left))
        pos = a
    return None


def _title_mentions(body: str, people: list[Person], quote_spans: list[tuple[int, int]]) -> None:
    """'the High Commissioner', 'the Chairman-in-Office', 'The Representative' refer to the person
    with that post when only one person has it."""
    keys: dict[str, list[Person]] = {}
    for p in people:
        if not p.post:
            continue
        for part in p.post.split(";"):
            m = re.search(
                r"((?:Special |High |Deputy |Acting )?(?:Chair(?:man|person|woman)?-in-Office|"
                r"Secretary General|Commissioner|Representative|Director|Head of (?:Mission|Presence|Office)|"
                r"Minister|President|Envoy|Ambassador))",
                part,
            )
            if m:
                keys.setdefault(m.group(1), []).append(p)
                p.titles.append(m.group(1))
    for p in people:  # 'Ambassador Jane Doe, Head of …' … 'the Ambassador said'
        if p.honorific in {"Ambassador", "Minister", "President", "Professor"} and p not in keys.get(
                p.honorific, []):
            keys.setdefault(p.honorific, []).append(p)
    for key, ps in keys.items():
        if len(set(map(id, ps))) != 1:
            continue
        p = ps[0]
        for m in re.finditer(rf"\b[Tt]he\s+(?:OSCE\s+)?{re.escape(key)}\b(?!\s+[A-Z][a-z])", body):
            s = m.start() + len(m.group(0)) - len(key)
            if re.search(r"\b(?:Representative|Envoy|Advis[eo]r|Spokes\w+|Co-?ordinator|Office|Deputy|"
                         r"Assistant)\s+of\s+$", body[max(0, m.start() - 40) : m.start()]):
                continue  # 'the Personal Representative of the Chairperson-in-Office': another's post
            if not _inside(s, quote_spans) and not any(a <= s < b for a, b in p.mentions):
                p.mentions.append((s, m.end()))
        p.mentions.sort()
    for p in people:
        p.mentions.sort()


__all__ = ["Person", "find_people", "gz"]
