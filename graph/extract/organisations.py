"""Find organisations, States and places in a body, with canonical names and spans.

Three sources, in order of trust: the gazetteer (OSCE structures, field operations, international
organisations), phrase patterns for national bodies ('Ministry of X of Y', 'Government of Y',
"Y's Ministry of X") and generic capitalised phrases ending in an organisation noun.
"""

from __future__ import annotations

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
        r"\b(?:OSCE\s+)?(?P<type>Special Monitoring Mission|Programme Office|Project Co-ordinator|Presence"
        r"|Centre|Mission|Office)\s+(?P<prep>in|to)\s+(?:the\s+)?(?P<host>"
        + CAP
        + r"(?:\s+(?:(?:and|of)\s+)?"
        + CAP
        + r"){0,6})"
    )


@cache
def _generic_re() -> re.Pattern[str]:
    heads = _alt(list(gz.ORG_HEADS))
    poss = r"(?:Prosecutor|Ombudsman|Ombudsperson|Children|Women|People|Mayor|President)(?:’s|'s)"
    return re.compile(
        rf"(?<![\w’'-])(?:(?:{CAP}|{poss})\s+(?:{CONN}\s+){{0,3}}){{0,8}}(?<![\w-])(?:{heads})(?![\w-])(?!\s+[A-Z])"
        rf"(?:\s+(?:of|for|on|to)\s+(?:the\s+)?{CAP}(?:\s+(?:(?:of|the|for|on|in)\s+){{0,3}}(?:and\s+)?{CAP}){{0,10}})?"
    )


@cache
def _ministry_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?P<owner>{CAP}(?:\s+{CAP}){{0,4}})(?:’s|'s)\s+)?(?P<body>(?:Federal\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?"
        rf"{CAP}(?:,?\s+(?:and\s+(?!the\b)|of\s+(?:the\s+)?|for\s+(?:the\s+)?)?{CAP}){{0,10}})"
    )


TRIM_LEAD = re.compile(
    r"^(?:(?:The|A|An|Its|Their|His|Her|Our|This|These|That|What|Each|Every|All|Both|Some|"
    r"Many|Several|Other|Any|No|When|While|Where|If|As|At|In|On|By|For|From|With|And|But|Once|"
    r"According|To|Since|Because|Although|Under|Through|Following|After|Before|During|"
    r"Then|Also|Today|Yesterday|Recently|Meanwhile|However)\s+)+"
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
    return tuple(sorted(out, key=lambda x: x.start))


def state_of(text: str) -> str | None:
    """The first State named or implied (adjective, possessive) in text."""
    ms = states_in(text)
    return ms[0].name if ms else None


def cities_in(text: str) -> list[Mention]:
    return [Mention(name, name, a, b, "city") for a, b, name in _cities().finditer(text)]


def regions_in(text: str) -> list[Mention]:
    return [Mention(name, name, a, b, "region") for a, b, name in _regions().finditer(text)]


def _field_op(m: re.Match[str]) -> str | None:
    kind, host = m.group("type"), m.group("host")
    host_words = host.split(" and ")[0] if kind != "Mission" else host
    for canon, (fkind, hosts) in gz.FIELD_OPERATIONS.items():
        if fkind == kind and any(host == h or host.startswith(h + " ") or host_words == h for h in hosts):
            return canon
    for canon, (fkind, hosts) in gz.FIELD_OPERATIONS.items():
        if fkind == kind and any(host.startswith(h) for h in hosts):
            return canon
    if m.group(0).startswith("OSCE"):
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
    for m in _ministry_re().finditer(text):
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
        while k < len(words) and words[k].lower().strip("’'s") in gz.POST_WORDS:
            k += 1
        if k and k < len(words) and words[k] in {"of", "for"}:
            k += 1
            while k < len(words) and words[k] in {"the"}:
                k += 1
            start += len(" ".join(words[:k])) + 1
            phrase = " ".join(words[k:])
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
        if len(phrase.split()) < 2:
            continue
        parts = re.split(r"\s+and\s+", phrase)
        if (
            len(parts) == 2
            and parts[0].split()[-1] in gz.ORG_HEADS
            and len(parts[1].split()) >= 2
            and parts[1].split()[-1] in gz.ORG_HEADS
        ):
            found.append(Mention(parts[0], parts[0], start, start + len(parts[0]), "generic"))
            s2 = start + len(phrase) - len(parts[1])
            found.append(Mention(parts[1], parts[1], s2, s2 + len(parts[1]), "generic"))
            continue
        if " and the " in phrase:
            # 'the Ministry of X and the Central Election Commission of Y': two bodies
            offset = 0
            for part in phrase.split(" and the "):
                if any(w in gz.ORG_HEADS for w in part.split()) and len(part.split()) >= 2:
                    found.append(Mention(part, part, start + offset, start + offset + len(part), "generic"))
                offset += len(part) + len(" and the ")
            continue
        found.append(Mention(phrase, phrase, start, start + len(phrase), "generic"))
    for m in re.finditer(
        r"(?P<pre>(?:[A-Z][\w\-]+\s+){0,5})?(?:\b(?:non-governmental organi[sz]ation|NGO|association|"
        r"foundation|fund|Fund|Foundation|Association|company|movement|party|network|union|"
        r"coalition|centre|center|media outlet|newspaper|broadcaster)\s+)"
        r"(?:[“\"](?P<q>[^”\"]{1,40})[”\"]|(?P<n>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))",
        text,
    ):
        name = m.group("q") or m.group("n")
        pre = (m.group("pre") or "").strip()
        full = (
            m.group(0).replace("“", "").replace("”", "").replace('"', "")
            if pre and pre.split()[0] not in {"The", "A"}
            else name
        )
        found.append(Mention(full.strip(), m.group(0), m.start(), m.end(), "national"))
    port = r"Foreign|Interior|Defence|Defense|Justice|Finance|Economy|Health|Education|Culture|Energy"
    for m in re.finditer(
        rf"\b(?P<port>{port})\s+Ministries\s+of\s+(?P<a>[A-Z][\w ]+?)\s+and\s+(?P<b>[A-Z][\w]+)", text
    ):
        for key in ("a", "b"):
            st = gz.state_lookup().get(m.group(key))
            if st:
                name = f"Ministry of {_portfolio_name(m.group('port'))} of {st}"
                found.append(Mention(name, m.group(0), m.start(key), m.end(key), "national"))
    for m in re.finditer(
        rf"\b(?P<own>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:’s|'s)?\s+(?P<port>{port})\s+Ministry\b", text
    ):
        own = re.sub(r"(?:’s|'s)$", "", m.group("own"))
        st = gz.state_lookup().get(own) or gz.adjective_lookup().get(own)
        if st:
            name = f"Ministry of {_portfolio_name(m.group('port'))} of {st}"
            found.append(Mention(name, m.group(0), m.start(), m.end(), "national"))
    for m in re.finditer(
        r"\b(?P<a>[A-Z][\w\-]+(?:an|ish|ese|ian|ch|ic))\s+(?:delegation|authorities)\b", text
    ):
        found.append(Mention(m.group(0), m.group(0), m.start(), m.end(), "national"))
    for m in re.finditer(
        r"\b[Tt]he\s+(?P<w>Assembly|Mission|Presence|Office|Centre|Forum|Ministry|Agency|"
        r"Commission|Secretariat|Bureau|Programme Office|Chairpersonship|Chairmanship)\b(?!\s+[A-Z])",
        text,
    ):
        found.append(Mention(m.group("w"), m.group("w"), m.start("w"), m.end("w"), "bare"))
    return tuple(resolve_bare(_resolve(found)))


def _portfolio_name(word: str) -> str:
    return {"Foreign": "Foreign Affairs", "Defense": "Defence"}.get(word, word)


def resolve_bare(found: list[Mention]) -> list[Mention]:
    """'the Assembly', 'the Programme Office' -> the full name of that body found in the same text."""
    full = [m for m in found if m.kind not in {"bare"} and len(m.name.split()) > 1]
    out = []
    for m in found:
        if m.kind == "bare" or (
            m.kind == "generic" and all(w in gz.ORG_HEADS or w == "OSCE" for w in m.name.split())
        ):
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
    for f in sorted(found, key=lambda x: (_RANK.get(x.kind, 9), -(x.end - x.start), x.start)):
        clash = [o for o in out if o.start < f.end and f.start < o.end]
        if not clash:
            out.append(f)
        elif f.kind == "generic" and all(
            (o.text.isupper() or " " not in o.text) and f.start <= o.start and o.end <= f.end for o in clash
        ):
            out.append(f)  # 'FSC Troika', 'OSCE PA Bureau': a body of the acronym's organisation
    return sorted(out, key=lambda x: x.start)
