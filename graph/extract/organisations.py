"""Find organisations, States and places in a body, with canonical names and spans.

Three sources, in order of trust: the gazetteer (OSCE structures, field operations, international
organisations), phrase patterns for national bodies ('Ministry of X of Y', 'Government of Y',
"Y's Ministry of X") and generic capitalised phrases ending in an organisation noun.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from graph.extract import gazetteer as gz
from graph.extract.matcher import PhraseMatcher


@dataclass(frozen=True)
class Mention:
    name: str  # canonical name
    text: str  # as written
    start: int
    end: int
    kind: str  # org | fieldop | io | national | generic | state | adj | city | region | venue


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _gaz() -> PhraseMatcher:
    return PhraseMatcher(gz.org_lookup())


@cache
def _states() -> PhraseMatcher:
    return PhraseMatcher(gz.state_lookup())


@cache
def _adjs() -> PhraseMatcher:
    return PhraseMatcher(gz.adjective_lookup())


@cache
def _cities() -> PhraseMatcher:
    return PhraseMatcher(gz.CAPITALS)


@cache
def _regions() -> PhraseMatcher:
    return PhraseMatcher(gz.REGIONS)


CAP = r"(?:[A-Z\u00C0-\u00DE\u0100-\u017F][\w\-]*(?:['’](?!s\b)\w+)?|[A-Z0-9][A-Z0-9/\-]+)"
CONN = r"(?:of|for|on|and|the|in|to|against|de|du|des)"


@cache
def _field_op_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:OSCE(?:['’]s)?\s+)?(?P<type>(?i:Special Monitoring Mission|Programme Office|Program Office|"
        r"Project Co-ordinator|"
        r"Project Coordinator|Presence|Centre|Center|Mission|Office))\s+(?P<prep>in|to)\s+(?:the\s+)?"
        r"(?P<host>"
        + CAP
        + r"(?:[ \t]+(?:(?:and|of)[ \t]+)?"
        + CAP
        + r"){0,6})"
    )


@cache
def _generic_re() -> re.Pattern[str]:
    heads = _alt(list(gz.ORG_HEADS))
    poss = (
        r"(?:Prosecutor|Ombudsman|Ombudsperson|Children|Women|People|Mayor|President|General|Attorney|Auditor|"
        r"Governor|Chancellor|Commissioner|Premier|Veterans|Workers|Journalists)(?:-General)?(?:’s|'s|s’|s')"
    )
    return re.compile(
        rf"(?<![\w’'-])(?:(?:{CAP}|{poss})\s+(?:{CONN}\s+){{0,3}}){{0,8}}(?<![\w-])(?:{heads})(?![\w-])(?!\s+[A-Z])"
        rf"(?:\s+(?:of|for|on|to)\s+(?:the\s+)?{CAP}(?:\s+(?:(?:of|the|for|on|in)\s+){{0,3}}(?:and\s+(?:the\s+)?)?{CAP}){{0,10}})?"
    )


@cache
def _ministry_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?P<owner>{CAP}(?:\s+{CAP}){{0,4}})(?:’s|'s)\s+)?(?P<body>(?:Federal\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?"
        rf"{CAP}(?:,?\s+(?:and\s+(?!the\b)|of\s+(?:the\s+)?|for\s+(?:the\s+)?)?{CAP}){{0,10}})"
    )


# the rest of a name's enumeration: ', Human Rights and Humanitarian Questions'
_LIST_TAIL = re.compile(
    r"(?:,[ \t]+(?:[A-Z][\w\-]+[ \t]+){0,3}[A-Z][\w\-]+)+"
    r"[ \t]+and[ \t]+(?:[A-Z][\w\-]+[ \t]+){0,3}[A-Z][\w\-]+"
    r"(?![\w’'])"
)
TRIM_LEAD = re.compile(
    r"^(?:(?:The|A|An|Its|Their|His|Her|Our|This|These|That|What|Each|Every|All|Both|Some|"
    r"Many|Several|Other|Any|No|When|While|Where|If|As|At|In|On|By|For|From|With|And|But|Once|"
    r"According|To|Since|Because|Although|Under|Through|Following|After|Before|During|"
    r"Then|Also|Today|Yesterday|Recently|Meanwhile|However)\s+|\d[\d,.]*\s+|[A-Z][a-z]+ing\s+the\s+)+"
)
ORDINAL = re.compile(
    r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|"
    r"Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth|Annual|"
    r"\d+(?:st|nd|rd|th)|(?:Twenty|Thirty|Forty|Fifty)-\w+)$"
)


def states_in(text: str) -> list[Mention]:
    return list(_states_in(text))


@lru_cache(maxsize=4096)
def _states_in(text: str) -> tuple[Mention, ...]:
    out = []
    lookup = gz.state_lookup()
    for a, b, name in _states().finditer(text):
        out.append(Mention(lookup[name], name, a, b, "state"))
    for a, b, name in _adjs().finditer(text):
        out.append(Mention(gz.adjective_lookup()[name], name, a, b, "adj"))
    # another romanisation of a State's name ('Tadzhikistan', 'Kirgizstan'), through the fold
    taken = {m.start for m in out}
    for m in _LONG_CAP_WORD.finditer(text):
        if m.start() not in taken:
            st = _folded_state(m.group(0))
            if st:
                out.append(Mention(st, m.group(0), m.start(), m.end(), "state"))
    return tuple(sorted(out, key=lambda x: x.start))


_LONG_CAP_WORD = re.compile(r"(?<![\w\-’'])[A-Z][a-z\u00E0-\u024F]{5,}(?![\w\-])")


@cache
def _folded_states() -> dict[str, str]:
    # the participating States and Partners only: the world's other short names fold onto given names
    # ('Matteo' ~ 'Mayotte')
    return {
        gz.fold(name): canon
        for name, canon in gz.state_lookup().items()
        if " " not in name and len(name) >= 6 and canon in gz.STATES
    }


@lru_cache(maxsize=16384)
def _folded_state(word: str) -> str | None:
    if word in gz.state_lookup() or word in gz.adjective_lookup():
        return None
    return _folded_states().get(gz.fold(word))


def state_of(text: str) -> str | None:
    """The first State named or implied (adjective, possessive) in text."""
    ms = states_in(text)
    return ms[0].name if ms else None


def cities_in(text: str) -> list[Mention]:
    """Listed cities as written, spelling variants of them ('Kyiv'/'Kiev', 'Ashgabad') found through the
    transliteration fold, and the city of a compound ('the Tbilisi-based newspaper')."""
    out = [Mention(name, name, a, b, "city") for a, b, name in _cities().finditer(text)]
    taken = {a for a, _, _ in ((m.start, m.end, m.name) for m in out)}
    # a capital that speaks for its government ('Moscow denied', 'Washington has warned') is no location
    out = [m for m in out if not _SPEAKS.match(text, m.end)]
    for m in re.finditer(
        r"(?<![\w\-’'])[A-Z][a-z\u00E0-\u024F]+(?:-[A-Z][a-z\u00E0-\u024F]+)?(?=-based\b|(?![\w\-]))", text
    ):
        if m.start() in taken:
            continue
        word = m.group(0)
        if word in gz.CAPITALS and text.startswith("-based", m.end()):
            out.append(Mention(word, word, m.start(), m.end(), "city"))
            continue
        if _city_variant(word):
            out.append(Mention(word, word, m.start(), m.end(), "city"))
    return sorted(out, key=lambda x: x.start)


_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+)?(?:said|says|denied|denies|accused|accuses|warned|warns|insisted|"
    r"insists|claimed|claims|announced|rejected|rejects|supported|supports|wants|wanted|demanded|demands|responded|"
    r"argued|argues|condemned|condemns|welcomed|welcomes|blamed|blames|retaliated|refused|refuses|"
    r"sees|saw|considers|regards|vowed|promised)\b"
)


@lru_cache(maxsize=16384)
def _city_variant(word: str) -> bool:
    """word is another spelling of a listed city ('Kiev' for 'Kyiv')."""
    if len(word) < 4 or word in gz.CAPITALS or word in gz.REGIONS or gz.state_lookup().get(word):
        return False
    hit = gz.folded_place(word)
    return bool(hit and hit in gz.CAPITALS)


_LOWER_COMPASS = re.compile(
    r"(?<![\w-])(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+(?:Europe|Asia|Africa|Caucasus|Mediterranean|Balkans)\b"
)


def regions_in(text: str) -> list[Mention]:
    """Listed regions as written; one name per region in a text ('South Eastern Europe' and
    'South-Eastern Europe' are the first-written form)."""
    first: dict[str, str] = {}
    out = []
    hits = list(_regions().finditer(text))
    if "th" in text:
        hits += [(m.start(), m.end(), m.group(0)) for m in _LOWER_COMPASS.finditer(text)]
        hits.sort()
    for a, b, name in hits:
        key = re.sub(r"[\s\-]+", " ", name.lower())
        name = first.setdefault(key, name)
        out.append(Mention(name, text[a:b], a, b, "region"))
    return out


def _field_op(m: re.Match[str]) -> str | None:
    kind, host = m.group("type"), m.group("host")
    if kind[0].islower():  # 'the OSCE mission in Serbia': an outlet's lower case, known by the OSCE before it
        if not m.group(0).startswith("OSCE") or re.search(r"\ban\s+$", m.string[: m.start()]):
            return None  # 'the mission in Serbia' is any mission; 'an OSCE office in Minsk', one to come
        kind = kind.title().replace("Co-Ordinator", "Co-ordinator")
    kind = {
        "Center": "Centre",
        "Program Office": "Programme Office",
        "Project Coordinator": "Project Co-ordinator",
    }.get(kind, kind)
    host_words = host.split(" and ")[0] if kind != "Mission" else host
    for canon, (fkind, hosts) in gz.FIELD_OPERATIONS.items():
        if fkind == kind and any(host == h or host.startswith(h + " ") or host_words == h for h in hosts):
            return canon
    for canon, (fkind, hosts) in gz.FIELD_OPERATIONS.items():
        if fkind == kind and any(host.startswith(h) for h in hosts):
            return canon
    first = host.split()[0] if host.split() else host
    for canon, (fkind, hosts) in gz.FIELD_OPERATIONS.items():  # 'Centre in Ashgabad', 'Office in Kiev'
        if fkind == kind and any(" " not in h and gz.fold(first) == gz.fold(h) for h in hosts):
            return canon
    if m.group(0).startswith("OSCE ") and m.group("type")[0].isupper():
        return m.group(0)
    return None


def orgs_in(text: str) -> list[Mention]:
    """Organisations mentioned in text, in order, overlapping matches resolved longest-first."""
    return list(_orgs_in(text))


@lru_cache(maxsize=4096)
def _orgs_in(text: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    lookup = gz.org_lookup()
    for m in _field_op_re().finditer(text):
        canon = _field_op(m)
        if canon:
            found.append(Mention(canon, m.group(0), m.start(), m.end(), "fieldop"))
    for a, b, name in _gaz().finditer(text):
        canon = lookup[name]
        kind = "io" if canon in gz.INTERNATIONAL_ORGANISATIONS else "org"
        found.append(Mention(canon, name, a, b, kind))
    for m in _ministry_re().finditer(text) if "Ministry" in text else ():  # most texts name none
        body = m.group("body").rstrip(",")
        owner = m.group("owner")
        state = gz.state_lookup().get(owner or "") or (
            gz.state_lookup().get(owner.removeprefix("the ")) if owner else None
        )
        name = f"{body} of {state}" if state and " of " not in body.split("Ministry", 1)[1][4:] else body
        if state and not body.endswith(state):
            name = f"{body} of {state}"
        start = m.start("body") if not state else m.start()
        found.append(Mention(name, m.group(0), start, m.end(), "national"))
    for m in _generic_re().finditer(text):
        phrase = m.group(0)
        lead = TRIM_LEAD.match(phrase)
        start = m.start() + (lead.end() if lead else 0)
        phrase = phrase[lead.end() :] if lead else phrase
        words = phrase.split()
        # drop a leading post ('Director of the X Office' -> 'X Office')
        k = 0
        while k < len(words) and _unposs(words[k]).lower() in gz.POST_WORDS:
            k += 1
        if k and (_unposs(words[k - 1]) != words[k - 1] or (k < len(words) and words[k] in gz.ORG_HEADS)):
            k = 0  # "General Prosecutor's Office", 'General Committee', 'Executive Board': part of the name
        if k and k < len(words) and words[k] in {"of", "for"}:
            post_head = words[k - 1] in gz.ORG_HEADS  # 'Ombudsman of X' is also an institution
            k += 1
            while k < len(words) and words[k] in {"the"}:
                k += 1
            rest = " ".join(words[k:])
            if gz.state_lookup().get(rest):
                if not post_head:
                    continue  # 'Ambassador of the Kyrgyz Republic': the official's State, no body
            else:
                start += len(" ".join(words[:k])) + 1
                phrase = rest
        elif k:
            continue
        if not phrase or phrase.split()[0] in {"of", "for", "and", "the"} or len(phrase.split()) < 2:
            continue
        if re.search(r"(?:’s|'s)\s*$", text[max(0, start - 4) : start]) and phrase.split()[0] in gz.ORG_HEADS:
            continue  # a unit of the owner just named ('UNODC's Division for Treaty Affairs')
        if any(
            w in {"Hotel", "Palace", "Hofburg", "Camp", "Hall", "Stadium", "Castle"} for w in phrase.split()
        ):
            continue  # a venue
        while phrase and phrase.split()[0][:1].islower():
            first = phrase.split()[0]
            start += len(first) + 1
            phrase = phrase[len(first) + 1 :]
        if len(phrase.split()) < 2 or _not_an_org(phrase, text, start):
            continue
        if re.search(r"\s(?:on|for)\s(?!.*\sof\s)", phrase):  # a topic list, not 'of <place>, <apposition>
            ext = _LIST_TAIL.match(text, start + len(phrase))
            if ext and not any(w in gz.ORG_HEADS for w in ext.group(0).replace(",", " ").split()):
                phrase += ext.group(0)
        parts = re.split(r"\s+and\s+", phrase)
        if (
            len(parts) == 2
            and parts[0].split()[-1] in gz.ORG_HEADS
            and len(parts[1].split()) >= 2
            and parts[1].split()[-1] in gz.ORG_HEADS
        ):
            found.append(Mention(parts[0], parts[0], start, start + len(parts[0]), "generic"))
            second = parts[1].removeprefix("the ")
            s2 = start + len(phrase) - len(second)
            found.append(Mention(second, second, s2, s2 + len(second), "generic"))
            continue
        tail_parts = phrase.split(" and the ")
        if len(tail_parts) > 1 and all(
            any(w in gz.ORG_HEADS for w in part.split()) for part in tail_parts[1:]
        ):
            # 'the Ministry of X and the Central Election Commission of Y': two bodies ('… for Human
            # Rights and the Rule of Law' is one)
            offset = 0
            for part in phrase.split(" and the "):
                if any(w in gz.ORG_HEADS for w in part.split()) and len(part.split()) >= 2:
                    found.append(Mention(part, part, start + offset, start + offset + len(part), "generic"))
                offset += len(part) + len(" and the ")
            continue
        found.append(Mention(phrase, phrase, start, start + len(phrase), "generic"))
    for m in (
        ()
        if not _NGO_HINT.search(text)
        else re.finditer(
            r"(?P<pre>(?:[A-Z][\w\-]+\s+){0,5})?(?:\b(?:non-governmental organi[sz]ation|NGO|association|"
            r"foundation|fund|Fund|Foundation|Association|company|movement|party|network|union|"
            r"coalition|centre|center|media outlet|newspaper|broadcaster)\s+)"
            r"(?:[“\"](?P<q>[^”\"]{1,40})[”\"]|(?P<n>(?:The\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))",
            text,
        )
    ):
        name = m.group("q") or m.group("n")
        pre = (m.group("pre") or "").strip()
        keyword = m.group(0)[len(m.group("pre") or "") :].split()[0]
        full = (
            m.group(0).replace("“", "").replace("”", "").replace('"', "")
            if pre and pre.split()[0] not in {"The", "A"} and not keyword[:1].islower()
            else name
        )  # 'Public Fund "Abad"' is one name; in 'the Tbilisi-based newspaper The Messenger' the name follows
        start = m.start() if full != name else m.start("q") if m.group("q") else m.start("n")
        found.append(Mention(full.strip(), m.group(0), start, m.end(), "national"))
    port = r"Foreign|Interior|Defence|Defense|Justice|Finance|Economy|Health|Education|Culture|Energy"
    for m in (
        ()
        if "Ministries" not in text
        else re.finditer(
            rf"\b(?P<port>{port})\s+Ministries\s+of\s+(?P<a>[A-Z][\w ]+?)\s+and\s+(?P<b>[A-Z][\w]+)", text
        )
    ):
        for key in ("a", "b"):
            st = gz.state_lookup().get(m.group(key))
            if st:
                name = f"Ministry of {_portfolio_name(m.group('port'))} of {st}"
                found.append(Mention(name, m.group(0), m.start(key), m.end(key), "national"))
    for m in (
        ()
        if " Ministry" not in text
        else re.finditer(
            rf"\b(?P<own>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:’s|'s)?\s+(?P<port>{port})\s+Ministry\b", text
        )
    ):
        own = re.sub(r"(?:’s|'s)$", "", m.group("own"))
        st = gz.state_lookup().get(own) or gz.adjective_lookup().get(own)
        if st:
            name = f"Ministry of {_portfolio_name(m.group('port'))} of {st}"
            found.append(Mention(name, m.group(0), m.start(), m.end(), "national"))
    for m in (
        ()
        if "delegation" not in text and "authorities" not in text
        else re.finditer(
            r"\b(?P<a>[A-Z][\w\-]+(?:an|ish|ese|ian|ch|ic))\s+(?:delegation|authorities)\b", text
        )
    ):
        found.append(Mention(m.group(0), m.group(0), m.start(), m.end(), "national"))
    for m in re.finditer(
        r"\b[Tt]he\s+(?P<w>Assembly|Mission|Presence|Office|Centre|Forum|Ministry|Agency|"
        r"Commission|Secretariat|Bureau|Programme Office|Chairpersonship|Chairmanship)\b(?!\s+[A-Z])",
        text,
    ):
        found.append(Mention(m.group("w"), m.group("w"), m.start("w"), m.end("w"), "bare"))
    found += _national_bodies(text)
    found += _media(text)
    found += _lowercase_bodies(text)
    found += _legislatures(text)
    found += defined_acronyms(text)
    found += _named_groups(text)
    out = resolve_bare(_resolve(found))
    out = _units(text, out)
    out = _qualify(text, out)
    return tuple(_as_written(out))


def _unposs(word: str) -> str:
    return re.sub(r"(?:’s|'s)$", "", word)


@cache
def _heady_states() -> tuple[str, ...]:
    """State names that end in an organisation noun ('Russian Federation'): not generic bodies."""
    return tuple(st for st in gz.state_lookup() if st.split()[-1] in gz.ORG_HEADS)


def _open_quote(text: str, pos: int) -> int | None:
    """Where the quotation that pos sits inside opens, if it does."""
    window = text[max(0, pos - 200) : pos]
    i = window.rfind("“")
    if i >= 0 and "”" not in window[i:]:
        return pos - len(window) + i
    # straight quotes: count within the paragraph (quotations do not run across paragraphs)
    line = text[max(0, text.rfind("\n", max(0, pos - 2000), pos) + 1, pos - 2000) : pos]
    if line.count('"') % 2 == 1:
        return pos - len(line) + line.rfind('"')
    return None


def _not_an_org(phrase: str, text: str, start: int) -> bool:
    """A capitalised phrase ending in an organisation noun that names no organisation: an event with an
    ordinal ('Eleventh Annual Joint Task Force meeting', '24th Conference'), a State ('the Russian
    Federation'), or a project title in quotation marks opening with a gerund
    ('"Improving … Administration"')."""
    words = phrase.split()
    if any(ORDINAL.match(w) for w in words):
        return True
    for st in _heady_states():
        if phrase == st or (
            phrase.endswith(" " + st) and not any(w in gz.ORG_HEADS for w in phrase[: -len(st)].split())
        ):
            return True
    q = _open_quote(text, start)
    return q is not None and bool(re.match(r"[A-Z][a-z]+ing\b", text[q + 1 : q + 40]))


_BODY_NOUNS = (
    r"authorities|security forces|armed forces|police|border guards?|border police|border service|"
    r"customs service|customs authorities|law[- ]enforcement agencies|military|army|navy|delegation|"
    r"side|parliament|government"
)


_OWNER_RES = {
    n: re.compile(rf"(?P<own>(?:[A-Z][\w\-.]+[ \t]+){{0,{n - 1}}}[A-Z][\w\-.]+?)(?P<poss>’s|'s)?[ \t]+$")
    for n in (2, 3)
}
_BODY_RE = re.compile(
    # not 'Presidency': "Finland's Presidency" is mostly of the EU Council or a forum, not the head of State
    r"(?<=\s)(?P<body>Government|Parliament|Cabinet)\b(?!\s+(?:of|Office|Agency|House|Building)\b)"
)
_NOUNS_RE = re.compile(rf"(?<=[\w-] )(?:{_BODY_NOUNS})\b")
_ADJ_BEFORE = re.compile(rf"\b(?P<adj>[A-Z][\w\-]+) (?P<body>{_BODY_NOUNS})$")
_LC_MINISTRY_RE = re.compile(
    r"(?<=\s)(?P<port>foreign|interior|defen[cs]e|justice|finance|economy|health|education|culture|energy|"
    r"emergencies|emergency situations|labour|agriculture|transport)\s+ministry\b"
)
_EMBASSY_RE = re.compile(
    r"(?<=\s)(?P<body>Embassy|Consulate(?:\s+General)?)\b(?P<where>\s+in\s+[A-Z][\w\-]+)?"
)
_MISSION_TO_RE = re.compile(
    r"(?<=\s)(?:Permanent\s+)?(?P<body>Mission|Delegation|Representation)\s+to\s+(?:the\s+)?"
    r"(?P<to>OSCE(?:\s+PA|\s+Parliamentary Assembly)?|United Nations|UN|European Union|EU|NATO|"
    r"Council of Europe)\b"
)
_CHAIRSHIP_RE = re.compile(
    r"(?<=\s)(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b"
    r"(?!\s+of\s+the\s+(?:OSCE\s+)?"
    r"(?:Forum|FSC|Contact Group|Group|Committee|Council of|Asian|Mediterranean))"
)
_METONYM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in gz.METONYMS) + r")(?![\w-])")


def home_state(text: str) -> str | None:
    """The State the text is most about: the one named (or implied by an adjective) most often."""
    counts: dict[str, int] = {}
    for m in states_in(text):
        counts[m.name] = counts.get(m.name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _national_bodies(text: str) -> list[Mention]:
    """National bodies named through their State: 'the Hungarian Government' / "Tajikistan's Government"
    -> 'Government of Hungary' / 'Government of Tajikistan'; 'the Macedonian security forces',
    'the Transdniestrian authorities' as written; a bare 'the Government' -> the Government of the State
    the text is about."""
    out: list[Mention] = []
    adjs, states = gz.adjective_lookup(), gz.state_lookup()

    def owner(end: int, words: int = 3) -> re.Match[str] | None:
        """The capitalised words (and possessive) just before offset end: 'the Hungarian ', "Italy's "."""
        return _OWNER_RES[words].search(text, max(0, end - 60), end)

    def state_for(own: str, poss: bool) -> str | None:
        own = own.removeprefix("The ")
        table = states if poss else adjs
        # 'Yesterday Norwegian Government', 'Meanwhile Russia's foreign ministry'
        return table.get(own) or table.get(own.split()[-1])

    for m in _BODY_RE.finditer(text):
        o = owner(m.start())
        st = state_for(o.group("own"), bool(o.group("poss"))) if o else None
        if o is None or st is None:
            continue
        if m.group("body") == "Parliament" and not o.group("poss"):
            # 'the Austrian Parliament' is the name a parliament goes by; governments are 'Government of X'
            adj = o.group("own").split()[-1]
            i = o.end("own") - len(adj)
            out.append(Mention(f"{adj} Parliament", text[i : m.end()], i, m.end(), "national"))
        else:
            out.append(
                Mention(
                    f"{m.group('body')} of {st}", text[o.start() : m.end()], o.start(), m.end(), "national"
                )
            )
    for n in _NOUNS_RE.finditer(text):
        a = _ADJ_BEFORE.search(text, max(0, n.start() - 40), n.end())
        if a and not text.startswith(" of ", n.end()):
            m = a
            adj, body = m.group("adj"), m.group("body")
            st = adjs.get(adj)
            if not st and not re.search(r"(?:an|ish|ese|ian|ch|ic|ki|i)$", adj):
                continue  # an adjective of a State, or one formed like one ('Transdniestrian')
            if body in {"parliament", "government"}:
                if st:
                    out.append(
                        Mention(f"{body.capitalize()} of {st}", m.group(0), m.start(), m.end(), "national")
                    )
                continue
            if body == "side" or (not st and adj in gz.ORG_HEADS):
                continue
            if st or not re.search(r"(?:’s|'s)$", adj):
                out.append(Mention(m.group(0), m.group(0), m.start(), m.end(), "national"))
    # 'the Russian foreign ministry', "Kazakhstan's interior ministry" (news style, lower case)
    for m in _LC_MINISTRY_RE.finditer(text):
        o = owner(m.start(), 2)
        st = state_for(o.group("own"), bool(o.group("poss"))) if o else None
        if o and st:
            port = {"foreign": "Foreign Affairs", "defense": "Defence", "interior": "the Interior"}.get(
                m.group("port"), m.group("port").title()
            )
            out.append(
                Mention(
                    f"Ministry of {port} of {st}", text[o.start() : m.end()], o.start(), m.end(), "national"
                )
            )
    # embassies: 'the German Embassy in Minsk', "Italy's Embassy", 'the US Embassy'
    for m in _EMBASSY_RE.finditer(text):
        o = owner(m.start(), 2)
        own = o.group("own").removeprefix("The ") if o else ""
        st = (states.get(own) or adjs.get(own) or adjs.get(own.split()[-1])) if o else None
        if o and st:
            body, where = m.group("body"), m.group("where") or ""
            out.append(
                Mention(f"{body} of {st}{where}", text[o.start() : m.end()], o.start(), m.end(), "national")
            )
    # a State's mission or delegation to an organisation, as written: 'the U.S. Mission to the OSCE',
    # "the Norwegian Delegation to the OSCE PA" (the generic pattern misses an owner with full stops)
    for m in _MISSION_TO_RE.finditer(text):
        o = owner(m.start(), 2)
        own = o.group("own").removeprefix("The ") if o else ""
        st = (states.get(own) or adjs.get(own) or adjs.get(own.split()[-1])) if o else None
        if o and st:
            start = o.start() + (4 if o.group("own").startswith("The ") else 0)
            name = text[start : m.end()]
            out.append(Mention(name, name, start, m.end(), "national"))
    # 'the Swiss Chairmanship', "Albania's 2020 OSCE Chairmanship" (not a forum's chair)
    for m in _CHAIRSHIP_RE.finditer(text):
        o = owner(m.start(), 2)
        if o and state_for(o.group("own"), bool(o.group("poss"))):
            # the span is the Chairmanship alone: the State before it stays visible as the chairing actor
            out.append(Mention("OSCE Chairpersonship", m.group(0), m.start(), m.end(), "org"))
    # buildings and streets that stand for a government ('the Kremlin said')
    for m in _METONYM_RE.finditer(text):
        out.append(Mention(m.group(0), m.group(0), m.start(), m.end(), "national"))
    bare = list(
        re.finditer(r"(?<![\w-])[Tt]he\s+(?P<g>Government)(?!\s+(?:of\b|[A-Z]))(?!['’]s\s+[A-Z])", text)
    )
    if bare:
        st = home_state(text)
        if st:
            for m in bare:
                out.append(Mention(f"Government of {st}", m.group("g"), m.start("g"), m.end("g"), "national"))
    return out


@cache
def _media_matcher() -> PhraseMatcher:
    return PhraseMatcher({v for variants in gz.MEDIA_OUTLETS.values() for v in variants})


@cache
def _media_lookup() -> dict[str, str]:
    return {v: canon for canon, variants in gz.MEDIA_OUTLETS.items() for v in variants}


_CREDIT_AFTER_RE = re.compile(
    r"(?:\(|(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?)\s*:\s*)[A-Z][\w.\-’']*(?:\s[A-Z][\w.\-’']*){0,3}\s?/\s?"
    r"(?P<o>[A-Z][\w\-.&]*(?:\s[A-Z][\w\-.&]*){0,3})(?=\s*(?:\)|$|\n))"
)
_BYLINE_RE = re.compile(
    r"(?m)^\s*By\s+[A-Z][\w.\-’']+(?:\s+[A-Z][\w.\-’']+){0,3}(?:\s+and\s+[A-Z][\w.\-’']+(?:\s+[A-Z][\w.\-’']+){0,3})?"
    r"\s*(?:,|\||—|–|-|/)\s*(?P<o>(?:The\s+)?[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*){0,3})\s*$"
)
_PUBLICATIONS = {
    "Report",
    "Reports",
    "Update",
    "Updates",
    "Bulletin",
    "Briefing",
    "Briefings",
    "Newsletter",
    "Digest",
    "Statement",
    "Statements",
    "Review",
    "Overview",
    "Summary",
    "Meeting",
    "Meetings",
    "Session",
    "Sessions",
}
_OUTLET_CUES = (
    "report",
    "writ",
    "correspondent",
    "journalist",
    "editor",
    "columnist",
    "commentator",
    "photographer",
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "periodical",
    "website",
    "portal",
    "news site",
    " tv",
    "television",
    "radio",
    "broadcaster",
    "outlet",
    "publish",
    "printer",
    "printing",
    "owner",
    "channel",
    "station",
)
OUTLET = (
    r"news agency|press agency|newspaper|daily|weekly|magazine|periodical|news website|news portal|"
    r"news site|web portal|TV channel|TV station|television channel|television station|radio station|"
    r"broadcaster|public broadcaster|media outlet|outlet|publisher|publishing house|printing house"
)
_NAME = r"(?:The\s+)?[A-Z][\w\-.&]*(?:\s+(?:[A-Z0-9][\w\-.&]*)){0,3}"
# an outlet word after a name ('Danas newspaper'), an outlet in apposition ('Promene, a periodical'), and the
# name just before either (searched backwards from the outlet word)
_OUTLET_AFTER_RE = re.compile(
    r"(?<=[\w.&])\s+(?:news agency|newspaper|daily|weekly|magazine|news website|news portal|TV channel|"
    r"TV station|"
    r"television|radio station|broadcaster)\b"
)
_APPOSITION_RE = re.compile(
    r"(?<=[\w.&]),\s+(?:a|an|the)\s+(?:(?:independent|local|state|private|opposition|online|leading|national|"
    r"regional|popular|weekly|daily|news|Russian-language|English-language)\s+){0,2}(?:" + OUTLET + r")\b"
)
_NAME_BEFORE_RE = re.compile(r"(?P<o>(?<![\w’'-])(?:The\s+)?[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*){0,2})$")


def _media(text: str) -> list[Mention]:
    """News outlets: known agencies and papers, credits ('(AFP) -', '(OSCE/Jane Doe)', 'Photo: X'),
    bylines ('reports for X'), and names next to an outlet word ('the daily X', 'X news agency',
    'X, a periodical', 'Radio X')."""
    out: list[Mention] = []
    lookup = _media_lookup()
    for a, b, name in _media_matcher().finditer(text):
        out.append(Mention(lookup[name], name, a, b, "org"))

    def add(name: str, a: int, b: int) -> None:
        name = name.strip(' .,;:“”"')
        if not name or gz.state_lookup().get(name) or name in gz.CAPITALS or name.lower() in {"the", "a"}:
            return
        if len(name.split()) == 1 and name in {"The", "Its", "Their", "This", "That"}:
            return
        if name.split()[-1] in _PUBLICATIONS or gz.adjective_lookup().get(name):
            return  # 'the daily Spot Reports': a publication, not its publisher
        canon = lookup.get(name) or gz.org_lookup().get(name, name)
        out.append(Mention(canon, name, a, b, "org"))

    # dateline credit: 'ASTANA, Dec 1, 2010 (AFP) -', 'Vienna (Reuters) –'
    for m in re.finditer(
        r"(?m)^[^\n]{0,60}?(?:\d{1,4}|[A-Z]{3,}[\w]*,?)\s*"
        r"\((?P<o>[A-Z][\w\-./&]*(?:[ /][A-Z][\w\-./&]*){0,3})\)\s*[-–—:]",
        text,
    ):
        add(m.group("o"), m.start("o"), m.end("o"))
    # photo credits: '(OSCE/Jane Doe)', 'Photo: Reuters/John Smith', 'Photo: OSCE PA'
    for m in re.finditer(
        r"\((?P<o>[A-Z][\w\-.&]*(?:\s[A-Z][\w\-.&]*){0,4})\s?/\s?[A-Z][^()/\n]{1,40}\)"
        r"|(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?)\s*(?:by\s+|:\s*|©\s*)|©\s*)(?:©\s*)?"
        r"(?P<p>[A-Z][\w\-.&]*(?:\s[A-Z][\w\-.&]*){0,4})(?=\s*(?:/|\)|$|\n|,))",
        text,
    ):
        name = m.group("o") or m.group("p")
        a = m.start("o") if m.group("o") else m.start("p")
        if (
            name.isupper()
            or name in lookup
            or name in gz.org_lookup()
            or len(name.split()) >= 2
            and any(
                w in gz.ORG_HEADS or w in {"News", "TV", "Radio", "Press", "Media", "Television"}
                for w in name.split()
            )
        ):
            out.append(
                Mention(gz.org_lookup().get(name, lookup.get(name, name)), name, a, a + len(name), "org")
            )
    # credits that name the person first: '(Jane Roe/AFP)', 'Photo: Jane Roe/Reuters'
    for m in _CREDIT_AFTER_RE.finditer(text):
        name = m.group("o")
        if name.isupper() or name in lookup or name in gz.org_lookup():
            canon = gz.org_lookup().get(name, lookup.get(name, name))
            out.append(Mention(canon, name, m.start("o"), m.end("o"), "org"))
    # a byline on its own line: 'By Jane Roe, Reuters', 'By Jane Roe | Kabarlar'
    for m in _BYLINE_RE.finditer(text):
        add(m.group("o"), m.start("o"), m.end("o"))
    low = text.lower()
    if not any(w in low for w in _OUTLET_CUES):
        return out
    # bylines and outlet words
    for m in re.finditer(
        rf"\b(?:reports?|reporting|writes|writing|wrote|works|working|correspondent|journalist|reporter|"
        rf"editor(?:-in-chief)?|columnist|commentator|photographer)\s+(?:for|of|with|at)\s+(?P<o>{_NAME})",
        text,
    ):
        o = m.group("o")
        if not gz.org_lookup().get(o) and not re.search(r"\b(?:Ministry|Office|Mission|OSCE)\b", o):
            add(o, m.start("o"), m.end("o"))
    for m in re.finditer(
        rf"\b(?:the\s+)?(?:{OUTLET})\s+(?P<o>“[^”]{{1,40}}”|\"[^\"]{{1,40}}\"|{_NAME})", text
    ):
        o = m.group("o")
        if not o.startswith(("“", '"')) and re.match(r"(?:The\s+)?(?:OSCE|Ministry|Government)\b", o):
            continue
        add(o, m.start("o"), m.end("o"))
    for w in _OUTLET_AFTER_RE.finditer(text):
        nb = _NAME_BEFORE_RE.search(text, max(0, w.start() - 80), w.start())
        if not nb:
            continue
        m = nb
        o = TRIM_LEAD.sub("", m.group("o")) if not m.group("o").startswith("The ") else m.group("o")
        if re.search(r"-(?:based|language|owned|run|backed|funded|controlled|speaking)\b", o):
            continue  # 'the Riga-based Russian-language newspaper …': the name follows
        if (
            o
            and not gz.adjective_lookup().get(o)
            and o not in {"OSCE", "State", "National", "Local", "Public"}
        ):
            add(o, m.end("o") - len(o), m.end("o"))
    for w in _APPOSITION_RE.finditer(text):
        nb = _NAME_BEFORE_RE.search(text, max(0, w.start() - 80), w.start())
        if not nb:
            continue
        m = nb
        o = TRIM_LEAD.sub("", m.group("o")) if not m.group("o").startswith("The ") else m.group("o")
        add(o, m.end("o") - len(o), m.end("o"))
    for m in re.finditer(
        r"\b(?P<o>(?:Radio|Television|TV)\s+[A-Z0-9][\w\-]*|[A-Z][\w\-]*\s+(?:TV|Radio))\b", text
    ):
        add(m.group("o"), m.start("o"), m.end("o"))
    # 'its publisher, ABC Grafika,'; 'DanGraf, which publishes …'; 'the FreeB92 website'
    for m in re.finditer(
        rf"\b(?:publisher|printer|printing house|owner|broadcaster)s?,?\s+(?P<a>{_NAME})"
        rf"(?=[,.;)]|\s+(?:was|is|has|had|which|who)\b)"
        rf"|(?P<b>(?<![\w’'-]){_NAME}),\s+which\s+(?:publishes|printed|prints|broadcasts|"
        rf"runs the (?:daily|weekly|website|newspaper)|owns the)\b"
        rf"|\bthe\s+(?P<c>[A-Z][\w\-.]*[A-Z0-9][\w\-.]*)\s+"
        rf"(?:website|web portal|news portal|news site|TV channel)\b",
        text,
    ):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        o = m.group(g)
        if g == "b":
            lead = TRIM_LEAD.match(o)
            if lead:
                o = o[lead.end() :]
        if o.split()[-1] in gz.ORG_HEADS or gz.org_lookup().get(o):
            continue
        add(o, m.end(g) - len(o), m.end(g))
    return out


_NOT_BODIES = {
    "Act",
    "Law",
    "Code",
    "Convention",
    "Treaty",
    "Agreement",
    "Strategy",
    "Plan",
    "Declaration",
    "Resolution",
    "Conference",
    "Meeting",
    "Summit",
    "Seminar",
    "Workshop",
    "Session",
    "Review",
    "Report",
    "Index",
    "Principles",
    "Document",
    "Charter",
    "Framework",
    "Protocol",
    "Process",
    "Mechanism",
    "Measures",
    "Weapons",
    "Day",
    "Week",
    "Year",
    "Goals",
    "Concept",
    "Guidelines",
    "Standards",
    "Regulation",
    "Directive",
    "Decision",
    "Exercise",
}


def _acronym_of(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w not in {"The"})


@cache
def _defined_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<name>{CAP}(?:\s+(?:(?:of|for|and|the|on|in|de|des|du)\s+){{0,2}}{CAP}){{1,9}})\s+$"
    )


_ACR_RE = re.compile(r"(?<=\s)\((?P<acr>[A-Z][A-Za-z&]{1,9}(?:-[A-Z]+)?)\)")


class _Defined:
    """A match-like pair: the name before an acronym in parentheses and the acronym."""

    def __init__(self, name: re.Match[str], acr: re.Match[str]) -> None:
        self._name, self._acr = name, acr

    def group(self, key: str) -> str:
        return self._name.group("name") if key == "name" else self._acr.group("acr")

    def start(self, key: str) -> int:
        return self._name.start("name")

    def end(self, key: str) -> int:
        return self._name.end("name")


def _defined(text: str) -> list[_Defined]:
    out = []
    for a in _ACR_RE.finditer(text):
        n = _defined_re().search(text, max(0, a.start() - 160), a.start())
        if n:
            out.append(_Defined(n, a))
    return out


def defined_acronyms(text: str) -> list[Mention]:
    """'the Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR)': a capitalised name
    followed by an acronym of its initials defines a body, even without an organisation noun; laws,
    events and documents defined the same way are left out."""
    out: list[Mention] = []
    for m in _defined(text):
        acr = m.group("acr").replace("-", "").replace("&", "")
        name = m.group("name")
        lead = TRIM_LEAD.match(name)
        start = m.start("name") + (lead.end() if lead else 0)
        name = name[lead.end() :] if lead else name
        words = name.split()
        initials = _acronym_of(words).upper()
        letters = re.sub(r"[a-z]", "", acr)
        # the acronym's capitals are the initials of the name's last words ('… Rule of Law (KIBHR)')
        k = next((i for i in range(len(words)) if _acronym_of(words[i:]).upper() == letters), None)
        if k is None or len(letters) < 2 or letters != initials[len(initials) - len(letters) :]:
            continue
        words = words[k:]
        while words and words[0] in {"of", "for", "and", "the", "on", "in"}:
            words = words[1:]
        if (
            len(words) < 2
            or words[-1] in _NOT_BODIES
            or words[0] in _NOT_BODIES
            or gz.state_lookup().get(" ".join(words))
        ):
            continue
        name = " ".join(words)
        start = m.end("name") - len(name)
        out.append(Mention(name, name, start, m.end("name"), "generic"))
    return out


_GROUP_NOUN = re.compile(r"(?<=[\w-])\s+(?:party|movement|bloc|coalition|alliance|faction)\b")
_GROUP_NAME = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})$")


def _named_groups(text: str) -> list[Mention]:
    """Parties, movements and groups named before a lower-case noun: 'the ruling Nur Otan party', 'the
    opposition Ak Zhol movement'; rights groups and watchdogs named after one: 'the rights group Memorial'."""
    out: list[Mention] = []
    for w in _GROUP_NOUN.finditer(text):
        m = _GROUP_NAME.search(text, max(0, w.start() - 80), w.start())
        if not m:
            continue
        n = TRIM_LEAD.sub("", m.group("n"))
        if not n or gz.adjective_lookup().get(n) or gz.state_lookup().get(n) or n.split()[-1] in gz.ORG_HEADS:
            continue
        out.append(Mention(n, n, m.end("n") - len(n), m.end("n"), "generic"))
    for m in re.finditer(
        r"\b(?:(?:human\s+)?rights\s+(?:group|organi[sz]ation|defenders?|centre|center)|watchdog|"
        r"think[- ]tank|charity|non-profit(?:\s+organi[sz]ation)?|civil society (?:group|organi[sz]ation)|"
        r"advocacy group|trade union)\s+"
        r"(?P<o>[“\"][^”\"]{1,40}[”\"]|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})",
        text,
    ):
        o = m.group("o").strip('“”"')
        out.append(Mention(o, o, m.start("o"), m.end("o"), "generic"))
    return out


# the keywords of the NGO rule, looked for before its costly leading-words pattern runs
_NGO_HINT = re.compile(
    r"non-governmental|NGO|association|foundation|fund|Fund|Foundation|Association|company|movement|party|"
    r"network|union|coalition|centre|center|media outlet|newspaper|broadcaster"
)
_MISSION_OF_RE = re.compile(
    r"\b(?P<type>(?:election\s+)?(?:observer|observation|monitoring|assessment|fact-finding)\s+mission)\s+of\s+(?:the\s+)?"
)
_IO_MISSION_RE = re.compile(
    r"\b(?P<o>(?P<io>[A-Z]{2,6})\s+(?:election\s+|electoral\s+|police\s+|border\s+|rule[- ]of[- ]law\s+)?"
    r"(?:observer|observation|monitoring|assessment|fact-finding|needs assessment|advisory|support)"
    r"\s+mission)\b"
)


def _lowercase_bodies(text: str) -> list[Mention]:
    """Bodies written in lower case: "the mayor's offices of Bishkek and Osh" -> "Mayor's Office of
    Bishkek", "Mayor's Office of Osh"; 'the court in Rotterdam' -> 'Court in Rotterdam'."""
    out: list[Mention] = []
    for m in (
        ()
        if " office" not in text
        else re.finditer(
            r"\b(?P<who>mayor|governor|prosecutor|ombudsman|ombudsperson|president)(?:’s|'s|s’|s')\s+offices?\s+(?:in|of)\s+"
            r"(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:(?:,\s+|\s+and\s+)[A-Z][\w\-]+)*)",
            text,
        )
    ):
        who = m.group("who").capitalize()
        # the span is the body word only: each name stays visible as a place, and two bodies never clash
        for place in re.split(r",\s+|\s+and\s+", m.group("p")):
            i = m.start("p") + m.group("p").find(place)
            out.append(Mention(f"{who}'s Office of {place}", place, i, i, "national"))
    # 'the CIS observer mission', 'an EU monitoring mission': a body of the organisation, as written
    lookup = gz.org_lookup()
    if "mission" not in text:
        return _courts(text, out)
    for m in _IO_MISSION_RE.finditer(text):
        canon = lookup.get(m.group("io"))
        if canon and canon in gz.INTERNATIONAL_ORGANISATIONS:
            out.append(Mention(m.group("o"), m.group("o"), m.start("o"), m.end("o"), "generic"))
    # 'an observer mission of the Commonwealth of Independent States' -> 'CIS observer mission'
    for m in _MISSION_OF_RE.finditer(text):
        io = next((v for v in sorted(lookup, key=len, reverse=True) if text.startswith(v, m.end())), None)
        canon = lookup.get(io or "")
        if canon in gz.INTERNATIONAL_ORGANISATIONS:
            short = min(
                (v for v in [canon, *gz.INTERNATIONAL_ORGANISATIONS[canon]] if v.isupper()),
                key=len,
                default=canon,
            )
            name = f"{short} {m.group('type')}"
            out.append(Mention(name, m.group("type"), m.start("type"), m.end("type"), "generic"))
    return _courts(text, out)


def _courts(text: str, out: list[Mention]) -> list[Mention]:
    """'the court in Rotterdam' -> 'Court in Rotterdam' (added to out)."""
    if "court " not in text:
        return out
    for m in re.finditer(
        r"\b(?P<adj>(?:district|city|regional|municipal|basic|local|appeals|appellate|administrative|"
        r"criminal|civil|military)\s+)?court\s+(?P<prep>in|of)\s+(?P<p>[A-Z][\w\-]+)",
        text,
    ):
        p = m.group("p")
        if p in gz.ORG_HEADS or p in {
            "Appeal",
            "Appeals",
            "Justice",
            "Cassation",
            "Arbitration",
            "Human",
            "Auditors",
        }:
            continue
        adj = (m.group("adj") or "").strip().capitalize()
        name = f"{adj + ' ' if adj else ''}Court {m.group('prep')} {p}"
        out.append(Mention(name, m.group(0), m.start(), m.start("prep"), "national"))
    return out


def _legislatures(text: str) -> list[Mention]:
    """National legislatures by their own name, in any transliteration ('Halk Maslakhaty', 'Mejlis',
    'Verkhovna Rada') -> '<name as written> of <State>'."""
    out: list[Mention] = []
    table = gz.folded_legislatures()
    firsts = _legislature_first_words()
    for m in re.finditer(r"(?<![\w\-])[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}", text):
        words = m.group(0).split()
        skip = 1 if words[0] in {"The", "A", "In", "At", "By", "From", "Of"} and len(words) > 1 else 0
        if gz.fold(words[skip]) not in firsts:
            continue
        base = m.start() + (len(words[0]) + 1 if skip else 0)
        words = words[skip:]
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            hit = table.get(gz.fold(cand))
            if hit:
                end = base + len(cand)
                tail = _OF_TAIL.match(text, end)
                if (
                    tail
                ):  # 'Verkhovna Rada of Ukraine', 'Majilis of the Parliament of the Republic of Kazakhstan'
                    name = text[base : tail.end()]
                    out.append(Mention(name, name, base, tail.end(), "national"))
                    break
                st = gz.LEGISLATURES[hit]
                out.append(Mention(f"{cand} of {st}", cand, base, end, "national"))
                break
    return out


_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]+)*")


@cache
def _legislature_first_words() -> frozenset[str]:
    return frozenset(gz.fold(name.split()[0]) for name in gz.LEGISLATURES)


_UNIT_HEADS = (
    "Department|Division|Section|Unit|Institute|Directorate|Service|Academy|School|College|Centre|Center|"
    "Office|Committee|Commission|Council|Board|Bureau|Agency|Inspectorate|Laboratory|Library|Sector|Branch"
)


@cache
def _unit_re() -> re.Pattern[str]:
    word = rf"(?:{CAP}|of|for|and|on)"
    return re.compile(
        rf"(?P<unit>{CAP}(?:\s+{word}){{0,8}}?\s+(?:{_UNIT_HEADS})(?:\s+(?:of|for|on)\s+{CAP}(?:\s+(?:and\s+)?{CAP}){{0,4}})?)"
        rf"\s+(?:of|at|within|under)\s+(?:the\s+)?$"
    )


_UNIT_TAIL = re.compile(r"\s(?:of|at|within|under)\s+(?:the\s+)?$")


def _units(text: str, found: list[Mention]) -> list[Mention]:
    """A unit of a body just named: 'the International Organizations Department of Tajikistan's Ministry of
    Foreign Affairs', 'the Press Section of the OSCE Secretariat' -> '<unit> of the <body>' (the body itself
    stays listed)."""
    out = list(found)
    for m in found:
        if m.kind in {"bare", "state", "adj"} or len(m.name.split()) < 2 and m.name != "OSCE":
            continue
        before = text[max(0, m.start - 120) : m.start]
        # the unit pattern is tried from every position; it can only match text ending as its tail does
        u = _unit_re().search(before) if _UNIT_TAIL.search(before) else None
        if not u:
            continue
        unit = u.group("unit")
        ustart = m.start - len(before) + u.start("unit")
        lead = TRIM_LEAD.match(unit)
        if lead:
            ustart += lead.end()
            unit = unit[lead.end() :]
        words = unit.split()
        k = 0
        while k < len(words) and _unposs(words[k]).lower() in gz.POST_WORDS:
            k += 1
        if k and k < len(words) and words[k] in gz.ORG_HEADS:
            k = 0  # 'General Committee on …': the post word is part of the name
        if k:
            if k < len(words) and words[k] in {"of", "for"}:
                k += 1
                while k < len(words) and words[k] == "the":
                    k += 1
            ustart += len(" ".join(words[:k])) + 1
            words = words[k:]
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        unit = " ".join(words)
        if any(
            o is not m and o.start < m.start and o.end > ustart and o.kind not in {"generic", "bare"}
            for o in out
        ):
            continue
        name = f"{unit} of the {m.name}" if not m.name.startswith("the ") else f"{unit} of {m.name}"
        out = [o for o in out if not (o.kind in {"generic", "bare"} and o.start < m.start and o.end > ustart)]
        out.append(
            Mention(name, text[ustart : m.end], ustart, m.end, "national" if m.kind == "national" else "org")
        )
    return sorted(out, key=lambda x: x.start)


def _qualify(text: str, found: list[Mention]) -> list[Mention]:
    """A ministry named without its State takes the State named last before it in the same sentence
    ("North Macedonia's Chairmanship, the Ministry of Foreign Affairs announced")."""
    out = []
    for m in found:
        if (
            m.kind == "national"
            and m.name.startswith(("Ministry ", "Federal Ministry "))
            and not state_of(m.name)
        ):
            floor = max(0, m.start - 400)
            lo = max(text.rfind(". ", floor, m.start), text.rfind("\n", floor, m.start), floor)
            prior = [s for s in states_in(text[lo : m.start]) if s.name in gz.STATES]
            if prior:
                m = Mention(f"{m.name} of {prior[-1].name}", m.text, m.start, m.end, m.kind)
        out.append(m)
    return out


def _as_written(found: list[Mention]) -> list[Mention]:
    """An international organisation written out in full is named as written ('United Nations General
    Assembly', 'Office of the United Nations High Commissioner for Refugees'); its acronym or short form
    elsewhere in the text takes the same name."""
    full: dict[str, str] = {}
    for m in found:
        if m.kind != "io" or m.text == m.name:
            continue
        text = m.text.removeprefix("the ")
        expands = m.name.isupper() and len(text.split()) > 1
        spelled = m.name.startswith("UN ") and text.startswith("United Nations ")
        if (expands or spelled) and m.name not in full:
            full[m.name] = text
    if not full:
        return found
    return [Mention(full[m.name], m.text, m.start, m.end, m.kind) if m.name in full else m for m in found]


def _portfolio_name(word: str) -> str:
    return {"Foreign": "Foreign Affairs", "Defense": "Defence"}.get(word, word)


def resolve_bare(found: list[Mention]) -> list[Mention]:
    """'the Assembly', 'the Programme Office' -> the full name of that body found in the same text."""

    def headless(m: Mention) -> bool:  # 'Programme Office', 'OSCE Centre': head words without a name
        return m.kind == "generic" and (
            m.name in gz.ORG_HEADS or all(w in gz.ORG_HEADS or w == "OSCE" for w in m.name.split())
        )

    # a two-word head ('Task Force', "Prosecutor's Office") is no name for itself
    full = [
        m for m in found if m.kind not in {"bare"} and len(m.name.split()) > 1 and m.name not in gz.ORG_HEADS
    ]
    out = []
    for m in found:
        if m.kind == "bare" or headless(m):
            word = m.name.split()[-1]
            if word in {"Chairmanship", "Chairpersonship"}:
                out.append(Mention("OSCE Chairpersonship", m.text, m.start, m.end, "org"))
                continue
            target = next((f for f in full if re.search(rf"\b{re.escape(m.name)}\b", f.name)), None)
            if target is None:
                target = next((f for f in full if re.search(rf"\b{re.escape(word)}\b", f.name)), None)
            if target is not None:
                out.append(Mention(target.name, m.text, m.start, m.end, target.kind))
            continue
        out.append(m)
    return out


_RANK = {"fieldop": 0, "national": 1, "org": 2, "io": 2, "generic": 3, "bare": 4}


def _resolve(found: list[Mention]) -> list[Mention]:
    """Keep the most trusted, then longest, of overlapping mentions."""
    out: list[Mention] = []
    starts: list[int] = []  # out is kept sorted by start, so a clash is looked up, not scanned for
    longest = 0
    for f in sorted(found, key=lambda x: (_RANK.get(x.kind, 9), -(x.end - x.start), x.start)):
        clash = []
        j = bisect.bisect_left(starts, f.end) - 1
        while j >= 0 and starts[j] >= f.start - longest:
            o = out[j]
            if o.start < f.end and f.start < o.end:
                clash.append(o)
            j -= 1
        if clash and not (
            f.kind == "generic"
            and all(
                (o.text.isupper() or " " not in o.text) and f.start <= o.start and o.end <= f.end
                for o in clash
            )
        ):
            continue  # (a generic over acronyms is kept: 'FSC Troika', 'OSCE PA Bureau')
        i = bisect.bisect_right(starts, f.start)
        starts.insert(i, f.start)
        out.insert(i, f)
        longest = max(longest, f.end - f.start)
    return out
