"""Places (cities, venues, regions, districts, countries as locations) and States presented as actors.

A State named as the one that chairs, hosts, sponsors or takes part ('Sweden's Chairpersonship',
'submitted by Slovenia', 'Delegations from Armenia') is an actor and goes to the organisations;
one named as a location ('in eastern Ukraine', 'a visit to Moldova') goes to the places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract import gazetteer as gz
from graph.extract.names import _is_name_word
from graph.extract.organisations import Mention, cities_in, regions_in, states_in

LOCATIVE = re.compile(
    r"(?:\b(?:in|to|from|across|throughout|around|into|near|against|within|inside|towards|"
    r"visited|visiting|visit|of|for|at|on|and|between|beyond|outside|over|with)\s+(?:the\s+)?"
    r"(?:\w+ern\s+|\w+ral\s+)?|(?:,|and)\s+(?:the\s+)?)$"
)
ACTOR_BEFORE = re.compile(
    r"(?:\bby\s+(?:the\s+)?|\b[Dd]elegations?\s+(?:from|of)\s+(?:the\s+)?|\bcongratulated\s+|"
    r"\b(?:officials|representatives|delegates|experts|participants|officers|groups?|"
    r"agencies|ministries|parliamentarians)\s+from\s+(?:the\s+)?|"
    r"\b[Pp]artners?(?:\s+for\s+Co-operation)?\s*[–—:(]\s*|\bofficials\s+(?:[\w ]+\s+)?in\s+(?:the\s+)?|"
    r"\bfrom\s+(?:the\s+)?(?=\w+\s+(?:and|,)))$"
)
ACTOR_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b|^\s+(?:holds|held|chaired|chairs|"
    r"intends|wants|took over|takes over|hosted|hosts|submitted|proposed|sponsored|signed|gives|as the|"
    r"will (?:chair|host|hold|take))\b|^\s*,\s+as\s+the\b|"
    r"^\s*,\s+which\s+(?:takes|took|will|holds|held|chairs|hosts)\b"
)


@dataclass(frozen=True)
class StateUse:
    name: str
    actor: bool
    place: bool


@cache
def _venue_re() -> re.Pattern[str]:
    heads = "|".join(sorted(gz.VENUE_HEADS, key=len, reverse=True))
    cap = r"[A-Z][\w’'\-]+"
    return re.compile(rf"(?:{cap}\s+){{0,5}}(?:{heads})\b(?:\s+{cap}){{0,4}}")


@cache
def _district_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<names>[A-Z][\w’'\-/]+(?:\s+and\s+[A-Z][\w’'\-/]+){0,3})\s+"
        r"(?P<head>district|province|region|oblast|municipality|River|Valley|raion|"
        r"districts|provinces|regions|oblasts|municipalities)\b"
        r"|Municipality of (?P<mun>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
    )


def venues_in(text: str) -> list[Mention]:
    out = []
    for m in _venue_re().finditer(text):
        words = m.group(0).split()
        while words and words[0] in {"The", "A", "At", "In"}:
            words = words[1:]
        if len(words) < 2 or all(w in gz.VENUE_HEADS for w in words):
            continue
        name = " ".join(words)
        out.append(Mention(name, name, m.end() - len(name), m.end(), "venue"))
    return out


def districts_in(text: str) -> list[Mention]:
    out = []
    for m in _district_re().finditer(text):
        if m.group("mun"):
            out.append(Mention(m.group("mun"), m.group(0), m.start("mun"), m.end(), "region"))
            continue
        head = m.group("head")
        single = {
            "districts": "district",
            "provinces": "province",
            "regions": "region",
            "oblasts": "oblast",
            "municipalities": "municipality",
        }.get(head, head)
        names = re.split(r"\s+and\s+", m.group("names"))
        for n in names:
            if n in {"The", "This", "Each"} or re.fullmatch(r"[A-Z0-9/\-]+", n):
                continue
            out.append(Mention(f"{n} {single}", m.group(0), m.start(), m.end(), "region"))
    return out


def classify_states(
    text: str, org_spans: list[tuple[int, int]], person_spans: list[tuple[int, int]] | None = None
) -> list[StateUse]:
    """Each State mention classified as actor (organisation) and/or place."""
    out: list[StateUse] = []
    prev: StateUse | None = None
    prev_end = -10
    for m in states_in(text):
        before = text[max(0, m.start - 60) : m.start]
        after = text[m.end : m.end + 40]
        chair = re.match(
            r"^(?:’s|'s)?\s*(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b(?!\s+of\s+the\s+(?:OSCE\s+)?"
            r"Forum)",
            after,
        )
        if chair and m.kind == "state":
            out.append(StateUse(m.text, True, False))
            continue
        if re.search(r"\bGovernment of (?:the\s+)?$", before):
            out.append(StateUse(m.text, True, True))
            continue
        if any(a <= m.start < b for a, b in org_spans):
            continue
        if re.match(r"^[^()]*\)", after) and any(
            re.fullmatch(r"\s*\([^()]*", text[b : m.start]) for _, b in (person_spans or [])
        ):
            continue  # 'Peter Bowness (United Kingdom)', 'Jane Doe (MP, Sweden)': the person's country
        if re.search(r"\s+of\s+(?:the\s+)?$", before) and any(
            0 <= m.start - b <= 12 for _, b in (person_spans or [])
        ):
            continue  # 'Ambassador Antti Turunen of Finland': the person's country
        if m.kind == "state" and len(m.text) <= 4 and m.text != m.name:
            m = type(m)(m.name, m.name, m.start, m.end, m.kind)  # 'BiH' -> 'Bosnia and Herzegovina'
        if m.kind == "adj":
            if re.match(r"^\s+(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b", after):
                out.append(StateUse(m.name, True, False))
            continue
        actor = bool(ACTOR_BEFORE.search(before) or ACTOR_AFTER.search(after))
        in_list = prev is not None and re.fullmatch(
            r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", text[prev_end : m.start]
        )
        if re.match(r"^(?:’s|'s)\s+(?:[A-Z]|Deputy|Minister)", after) and not actor:
            if re.match(
                r"^(?:’s|'s)\s+(?:\w+\s+)?(?:Minister|Deputy|Ambassador|President|Permanent|Ministry)", after
            ):
                prev, prev_end = None, m.end
                continue
        if in_list and prev is not None:
            use = StateUse(m.text, prev.actor or actor, prev.place and not actor)
        elif actor:
            use = StateUse(m.text, True, False)
        else:
            use = StateUse(m.text, False, True)
        if re.match(r"^(?:’s|'s)\s", after) and not actor:
            use = StateUse(m.text, False, True)
        out.append(use)
        prev, prev_end = use, m.end
    return out


def unknown_places(text: str, lexicon: frozenset[str], person_spans: list[tuple[int, int]]) -> list[str]:
    """Capitalised words after 'in'/'to'/'at' that are no known word, organisation or person: place names."""
    out = []
    for m in re.finditer(r"\b(?:in|at|near|to)\s+(?P<p>[A-Z][\w’'\-]+)(?![\w’'\-]|\s+[A-Z(])", text):
        p = m.group("p")
        if any(a <= m.start("p") < b for a, b in person_spans):
            continue
        if (
            all(_is_name_word(w, lexicon) for w in p.split())
            and not p.endswith(("’s", "'s", "’", "'"))
            and not re.search(r"[A-Z]{2}", p)
        ):
            out.append(p)
    return out


__all__ = [
    "StateUse",
    "classify_states",
    "cities_in",
    "districts_in",
    "regions_in",
    "unknown_places",
    "venues_in",
]
