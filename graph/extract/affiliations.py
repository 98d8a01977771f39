"""Which organisation a post belongs to, by the gold conventions.

Chairperson-in-Office (any year) and Chairmanship envoys -> 'OSCE Chairpersonship'; the Secretary
General -> 'OSCE Secretariat'; a named body in the post ('Director of UNODC's Division …' -> UNODC);
a minister -> 'Ministry of <portfolio> of <State>'; a Prime Minister -> 'Government of <State>';
a President -> 'Presidency of <State>'; a bare 'Head of Mission' -> the field operation in the text.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import gazetteer as gz
from graph.extract.organisations import Mention, orgs_in, regions_in, state_of

PORTFOLIO_ADJ = {
    "Foreign": "Foreign Affairs",
    "Interior": "the Interior",
    "Defence": "Defence",
    "Defense": "Defence",
    "Justice": "Justice",
    "Finance": "Finance",
    "Economy": "Economy",
    "Health": "Health",
    "Education": "Education",
    "Culture": "Culture",
    "Energy": "Energy",
    "Trade": "Trade",
    "Environment": "Environment",
    "Labour": "Labour",
    "Agriculture": "Agriculture",
    "Transport": "Transport",
    "Home": "Home Affairs",
    "Europe": "European Affairs",
    "European": "European Affairs",
}


@cache
def _chair_re() -> re.Pattern[str]:
    # the chair described rather than titled: "the OSCE's chairman", 'Chairman of the OSCE', 'chairs the
    # organisation this year', 'whose country holds the OSCE chair'
    org = rf"(?:OSCE|[Oo]rgani[sz]ation(?:{gz.OSCE_LONG_REST})?)"
    return re.compile(
        r"Personal Representative|[Cc]hair(?:man|person|woman)?-in-[Oo]ffice|"
        r"Chair(?:man|person)ship(?!\s+of\s+the\s+(?:OSCE\s+)?(?:Forum|FSC))|\bCiO\b|"
        rf"\b{org}(?:’s|'s)?\s+(?:current\s+|rotating\s+)?[Cc]hair(?:man|person|woman)?\b(?![\w-])"
        r"(?!\s+of\s+the\s+(?:Forum|FSC|Permanent|Security|Economic|Human|Parliamentary))|"
        rf"\b[Cc]hair(?:man|person|woman|s)?\s+(?:of\s+)?the\s+{org}\b(?!\s+(?:PA|Parliamentary|Forum|Mission|"
        r"Permanent|Minsk|Centre|Office|Presence|Project|Programme))|"
        rf"\b[Hh]olds? the (?:rotating )?(?:{org}\s+)?[Cc]hair(?:man|person)?(?:ship)?\b"
    )


_UNITS = "Mission|Presence|Office|Centre|Ministry|Agency|Commission|Council|Assembly|Bureau|Programme"


@cache
def _unit_re() -> re.Pattern[str]:
    return re.compile(rf"\b({_UNITS})\b")


@cache
def _owner_re() -> re.Pattern[str]:
    return re.compile(rf"\b({_UNITS})(?:’s|'s)\s+[^,]*,?\s*$")


def is_chair_post(post: str) -> bool:
    return bool(_chair_re().search(post))


_NOT_CITY = {"Lord", "Deputy", "Vice", "Acting", "First", "Former", "The", "City", "Town", "Governing"}


def _mayor_city(post: str) -> str | None:
    """The city a mayor governs: "Magdeburg's Lord Mayor", 'Mayor of Tirana', 'Komárno Deputy Mayor'."""
    if not re.search(r"\bMayor\b", post):
        return None
    city = r"[A-Z][\w\-]+(?:[ \-][A-Z][\w\-]+)?"
    m = (re.search(rf"\bMayor\s+of\s+(?:the\s+(?:City|Town|Municipality)\s+of\s+)?({city})", post)
         or re.search(rf"({city})(?:’s|'s)\s+(?:[A-Z]\w+\s+)?Mayor\b", post)
         or re.search(rf"({city})\s+(?:(?:Deputy|Lord|Vice|Acting)\s+)?Mayor\b", post))
    if not m:
        return None
    words = [w for w in m.group(1).split() if w not in _NOT_CITY]
    return " ".join(words) if words and not state_of(" ".join(words)) else None


def _portfolio(post: str) -> str | None:
    cap = r"[A-Z][\w’'\-]*"
    m = re.search(
        rf"(?:Minister|Ministry|Secretary of State|State Secretary|Undersecretary of State|"
        rf"Under-Secretary of State|Undersecretary|Secretary)\s+(?:of|for)\s+(?:the\s+)?"
        rf"(?P<p>{cap}(?:,?\s+(?:and\s+|of\s+|the\s+)*{cap})*)",
        post,
    )
    if m and not post[: m.start()].endswith("Prime "):
        p = m.group("p")
        p = re.split(r"\s+of\s+(?:the\s+)?(?=[A-Z])", p)[0] if state_of(p) else p
        if not (state_of(p) and not re.search(r"Affairs|Integration|Trade|Interior|Justice|Defence", p)):
            return "the Interior" if p.startswith("Interior") else p
    m = re.search(rf"(?P<p>{cap}(?:\s+(?:and\s+)?{cap})*)\s+Minister\b", post)
    if m:
        # 'Deputy Prime Minister and Foreign Minister': the last of two posts joined by 'and'
        words = re.split(r"\s+Minister\s+and\s+", m.group("p"))[-1].split()
        while words and (
            words[0] in {"Deputy", "First", "Vice", "State", "Federal", "Chief", "Acting"}
            or state_of(words[0])
            or words[0].endswith(("’s", "'s"))
        ):
            words = words[1:]
        if words and words[-1] == "Prime":
            return None
        if words and words[-1] in PORTFOLIO_ADJ and (len(words) == 1 or words[-2] not in {"and", "&"}):
            return PORTFOLIO_ADJ[words[-1]]  # 'Yugoslav Foreign Minister': an adjective the gazetteer lacks
        p = " ".join(words)
        if p and not state_of(p):
            return p
    return None


# posts that name their organisation only implicitly
POST_ORGS = [
    (r"\bEuropean Commissioner\b", "European Commission"),
    (
        r"\bUN Special Rapporteur\b|\bUnited Nations Special Rapporteur\b|\bUN Secretary-General\b",
        "United Nations",
    ),
    # the text's own spelling of the United States names the Department
    (r"\bUnited States (?:(?:Deputy |Assistant )?Secretary|Under-?[Ss]ecretary|Under Secretary) of State\b",
     "United States Department of State"),
    (r"\bU\.?S\.? (?:(?:Deputy |Assistant )?Secretary|Under-?[Ss]ecretary|Under Secretary) of State\b",
     "U.S. Department of State"),
    (r"\b(?:British|UK|U\.K\.|United Kingdom) (?:Foreign|Foreign and Commonwealth) Secretary\b",
     "Foreign and Commonwealth Office"),
    (r"\b(?:British|UK|U\.K\.|United Kingdom) Home Secretary\b", "Home Office"),
    (r"\bNATO Secretary General\b", "NATO"),
    (r"\bCouncil of Europe Secretary General\b", "Council of Europe"),
    # the OSCE's election observation missions are ODIHR's (the Assembly's observers are said as such)
    (r"^(?:(?:[Dd]eputy\s+)?[Hh]ead|[Cc]hief|[Ll]eader)\s+of\s+(?:the\s+)?(?:OSCE\s+|OSCE/ODIHR\s+|ODIHR\s+)?"
     r"(?:[Ll]imited\s+|[Ll]ong-term\s+)?[Ee]lection\s+[Oo]bservation\s+[Mm]ission\b",
     "OSCE Office for Democratic Institutions and Human Rights"),
]
INSTITUTIONS = (
    "Senate",
    "Mazhilis",
    "Majilis",
    "Parliament",
    "National Assembly",
    "Presidency",
    "Government",
    "Constitutional Court",
    "Supreme Court",
    "Bundestag",
    "Duma",
    "Rada",
    "Seimas",
    "Sejm",
    "Riigikogu",
)


def affiliation(
    post: str | None,
    country: str | None,
    context_orgs: list[Mention],
    chair_state: str | None,
    sentence: str = "",
) -> str | None:
    """Canonical organisation for a post (None when the post names none)."""
    if not post:
        return None
    # a post written in lower case ('first deputy foreign minister') matches as its title would
    post = re.sub(r"\b(?:minister|ministry|prime|president|presidency|government|chancellor|foreign|interior|"
                  r"defen[cs]e|justice|finance|economy|speaker|parliament|secretary|general|ambassador)\b",
                  lambda m: m.group(0).capitalize(), post)
    # 'secretary general of the Organization for Security and Cooperation in Europe': the OSCE's long name
    post = re.sub(rf"\b(?:the\s+)?{gz.OSCE_LONG}\b(?!’s|'s)",
                  "the OSCE", post)
    # 'the organisation's secretary general': in a text about the OSCE, the organisation is the OSCE
    post = re.sub(rf"^(?:[Tt]he\s+)?(?:[Oo]rgani[sz]ation(?:{gz.OSCE_LONG_REST})?|OSCE)"
                  r"(?:’s|'s)\s+", "OSCE ", post)
    # 'the organisation's Secretary General, X': the sentence, not the post, names the organisation
    if not post.startswith("OSCE ") and re.search(
            rf"(?:[Oo]rgani[sz]ation|OSCE)(?:’s|'s)?\s+{re.escape(post)}\b", sentence):
        post = "OSCE " + post
    # 'the observation mission of ODIHR …, the head of the mission, X': the mission observes an election
    if re.fullmatch(r"(?:[Dd]eputy\s+)?(?:[Hh]ead|[Cc]hief|[Ll]eader)\s+of\s+(?:the\s+)?[Mm]ission", post) \
            and re.search(r"\b(?:election\s+)?observation\s+mission\b", sentence, re.I) \
            and not re.search(r"Parliamentary Assembly|\bOSCE PA\b", sentence):
        return "OSCE Office for Democratic Institutions and Human Rights"
    if is_chair_post(post):
        return "OSCE Chairpersonship"
    for pattern, org in POST_ORGS:
        if re.search(pattern, post):
            return org
    city = _mayor_city(post)
    if city:
        return f"City of {city}"
    if re.search(r"\bPermanent Representative\b|\bAmbassador to the OSCE\b", post):
        st = state_of(post) or country
        return f"Permanent Mission of {st} to the OSCE" if st else None
    state = state_of(post) or country
    if state == "United States of America" and re.search(r"\b(?:Secretary|Under-?[Ss]ecretary) of State\b",
                                                         post):
        return "U.S. Department of State"
    # a unit of a body named by a possessive: "Head of the Mission's Law Enforcement Department"
    owner_in_post = re.search(
        r"\b(Mission|Presence|Office|Centre|Ministry|Agency|Assembly|Commission|Council)(?:’s|'s)\s", post
    )
    if owner_in_post:
        cands = [m for m in reversed(context_orgs) if re.search(rf"\b{owner_in_post.group(1)}\b", m.name)]
        cands.sort(key=lambda m: not (country and country in m.name))  # the home State's body first
        if cands:
            return cands[0].name
    found = [m for m in orgs_in(post) if m.name not in {"OSCE", "United Nations"}]
    if not found and re.match(r"(?:OSCE\s+)?PA\b", post) and any(
        m.name == "OSCE Parliamentary Assembly" for m in context_orgs
    ):  # 'PA Secretary General X' where the text names the OSCE PA
        return "OSCE Parliamentary Assembly"
    if not found and post.startswith("OSCE "):  # 'OSCE's high commissioner on national minorities'
        low = post.lower()
        found = [
            Mention(canon, v, 0, len(v), "org")
            for canon, variants in gz.OSCE_STRUCTURES.items()
            for v in variants
            if canon != "OSCE" and " " in v and low.endswith(v.lower().removeprefix("osce "))
        ]
    if not found and not _unit_re().search(post):
        found = orgs_in(post)
    ranked = sorted(
        found, key=lambda m: {"fieldop": 0, "national": 1, "org": 1, "io": 1, "generic": 3}[m.kind]
    )
    portfolio = _portfolio(post)
    if ranked and ranked[0].kind != "generic":
        if not (ranked[0].name == "OSCE" and portfolio):
            return ranked[0].name
    if (
        re.search(r"\bMinist(?:er|ry)\b|Secretary of State|Undersecretary|State Secretary", post)
        and portfolio
    ):
        if (
            "Ministry" in post
            and ranked
            and ranked[0].kind == "generic"
            and " of " in ranked[0].name
            and state_of(ranked[0].name)
        ):
            return ranked[0].name
        return f"Ministry of {portfolio} of {state}" if state else f"Ministry of {portfolio}"
    if ranked:
        name = ranked[0].name
        if (
            state
            and not state_of(name)
            and name.split()[0] in {"Government", "Presidency", "Parliament", "Ministry"}
        ):
            return f"{name} of {state}"
        return name
    unit_of = re.search(
        r"\bof the (Assembly|Mission|Presence|Office|Centre|Council|Commission|Agency|Bureau|Forum)\b", post
    )
    if unit_of:
        for m in reversed(context_orgs):
            if re.search(rf"\b{unit_of.group(1)}\b", m.name):
                return m.name
    inst = next((w for w in INSTITUTIONS if re.search(rf"\b{w}\b", post)), None)
    if inst and state:
        return f"{inst} of {state}"
    # the head of a government by any title: Prime Minister, Premier, Chancellor, Taoiseach
    if re.search(r"\bPrime Minister\b|\bGovernment\b|\bPremier\b|\bTaoiseach\b|"
                 r"(?<!Vice )(?<!Vice-)\bChancellor\b(?! of the)", post):
        return f"Government of {state}" if state else None
    if re.search(r"\b[Pp]residential\s+(?:aide|adviser|advisor|envoy|spokes\w+|administration)\b", post):
        return f"Presidency of {state}" if state else None  # 'Azerbaijani presidential aide'
    if re.search(r"\bPresident\b", post) and not re.search(r"Vice[- ]President", post):
        return f"Presidency of {state}" if state else None
    # a bare unit word: 'Head of Mission', 'Head of the OSCE Presence', "the Agency's Director"
    regions = regions_in(post)
    if regions:
        return regions[0].name
    # an OSCE institution's title without its name: 'High Commissioner X', 'the first High Commissioner,
    # from 1993 to 2001, was X' in a text that names the High Commissioner on National Minorities
    core = re.sub(r"^(?:(?:the|first|second|third|present|current|new|former|then|outgoing|incoming)\s+)+",
                  "", post, flags=re.I)
    if re.fullmatch(r"[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|on|of|for|the|and))+", core):
        for m in context_orgs:
            if m.name in gz.OSCE_STRUCTURES and re.search(rf"\b{re.escape(core)}\b", m.name):
                return m.name
    unit = _unit_re().search(post)
    owner = _owner_re().search(sentence)
    for word in [w for w in (unit.group(1) if unit else None, owner.group(1) if owner else None) if w]:
        for m in reversed(context_orgs):
            if re.search(rf"\b{word}\b", m.name):
                return m.name
    return None
