"""Places (cities, venues, regions, districts, countries as locations) and States presented as actors.

A State named as the one that chairs, hosts, sponsors or takes part ('Sweden's Chairpersonship',
'submitted by Slovenia', 'Delegations from Armenia') is an actor and goes to the organisations;
one named as a location ('in eastern Ukraine', 'a visit to Moldova') goes to the places.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from graph.extract import gazetteer as gz
from graph.extract.names import _is_name_word
from graph.extract.organisations import Mention, cities_in, regions_in, states_in

ACTOR_BEFORE = re.compile(
    r"(?:\b(?:Ambassadors|Permanent Representatives|Representatives|Governments|[Dd]elegations|"
    r"Foreign Ministers|[Ee]nvoys)\s+of\s+(?:[^.;:\n]{0,80}?(?:,|\band)\s+)?(?:of\s+)?(?:the\s+)?|"
    r"\bby\s+(?:the\s+)?|\b[Dd]elegations?\s+(?:from|of)\s+(?:the\s+)?|\bcongratulated\s+|"
    r"\b(?:officials|representatives|delegates|experts|participants|officers|groups?|"
    r"agencies|ministries|parliamentarians)\s+from\s+(?:the\s+)?|"
    r"\b[Pp]artners?(?:\s+for\s+Co-operation)?\s*[–—:(]\s*|\bofficials\s+(?:[\w ]+\s+)?in\s+(?:the\s+)?|"
    r"\bfrom\s+(?:the\s+)?(?=\w+\s+(?:and|,))|"
    r"\b(?:[Cc]hair(?:man|person)?ship|helm)\s+from\s+(?:the\s+)?|"  # 'taking over the chairmanship from X'
    # spoken for: 'on behalf of the United Kingdom and Canada', 'Speaking for the UK and Canada'
    r"\b(?:on behalf of|[Ss]peaking for|in the name of)\s+(?:the\s+)?)$"
)
ACTOR_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b|^\s+(?:holds|held|chaired|chairs|"
    r"intends|wants|took over|takes over|hosted|hosts|submitted|proposed|sponsored|signed|gives|as the|"
    r"(?:will|would|is to|was to|is set to)\s+(?:\w+\s+){0,2}?(?:chair|host|hold|take over|take))\b|"
    r"^\s*,\s+as\s+the\b|"
    # a State that speaks: 'Canada welcomes …', 'Norway reaffirms its support …' (statements)
    r"^\s*(?:--|–|—)\s*(?:taking|takes|took)\s+over\b|"
    # 'the United States and Britain led the opposition': a State (with the one beside it) that acts
    r"^(?:\s+and\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?\s+(?:led|opposed|backed|blocked|vetoed|"
    r"objected|rejected|insisted|refused|demanded|accused)\b|"
    r"^\s+(?:(?:also|therefore|again|further|strongly|fully|firmly|once again)\s+)?"
    r"(?:welcome[sd]?|reaffirm(?:s|ed)?|"
    r"call(?:s|ed)? (?:on|upon)|urge[sd]?|condemn(?:s|ed)?|commend(?:s|ed)?|regret(?:s|ted)?|deplore[sd]?|"
    r"appreciate[sd]?|express(?:es|ed)|underline[sd]?|stress(?:es|ed)|emphasi[sz]e[sd]?|align(?:s|ed)|"
    r"remains? (?:committed|concerned|ready)|stands? ready|thank(?:s|ed)|recall(?:s|ed)|reiterate[sd]?|"
    r"voted|abstained|sponsored|co-sponsored|proposed|pledged|contributed|donated|funded)\b|"
    r"^(?:’s|'s)\s+(?:\w+\s+)?(?:war|aggression|invasion|attacks?|offensive|occupation|annexation|"
    r"proposal|initiative|hosting|candidacy|bid|veto|support|efforts?|commitment)\b|"
    r"^\s*,\s+which\s+(?:takes|took|will|holds|held|chairs|hosts)\b"
)


# named as a location: after a locative word, or in a list opened by one ('in Armenia, Georgia and …')
_LOC_WORDS = (
    r"in|to|from|across|throughout|around|into|near|within|inside|towards|visited|visiting|visits?|at|"
    r"for|against|such as|entering|leaving|including|like|among|through|via|on|"
    r"between|beyond|outside|over|territory of|regions? of|parts? of|borders? of|capital of|north of|"
    r"south of|east of|west of"
)
_LOCATED = re.compile(
    rf"\b(?:{_LOC_WORDS})\s+(?:the\s+)?(?:\w+ern\s+|\w+ral\s+)?"
    rf"(?:[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+)*(?:,\s+|,?\s+and\s+)(?:the\s+)?){{0,6}}$"
)


@dataclass(frozen=True)
class StateUse:
    name: str
    actor: bool
    place: bool


_VENUE_WORDS = r"hotel|palace|conference centre|conference center|congress centre"


@cache
def _venue_re() -> re.Pattern[str]:
    heads = "|".join(sorted(gz.VENUE_HEADS, key=len, reverse=True))
    cap = r"[A-Z][\w’'\-]+"
    return re.compile(
        rf"(?:{cap}\s+){{0,5}}(?:{heads})\b(?:\s+(?:(?:of|de|des|du|der|di)\s+(?:the\s+)?)?{cap}){{0,4}}"
        rf"|(?<=\bthe\s)(?:{cap}\s+){{1,3}}"
        rf"(?:{_VENUE_WORDS})\b"
    )


@cache
def _venue_word_re() -> re.Pattern[str]:
    """The words a venue needs (its head, or 'hotel' …): tried at every capital, `_venue_re` runs only on
    texts holding one (a fifth of the development documents, none of the generated pages)."""
    return re.compile(rf"{'|'.join(gz.VENUE_HEADS)}|{_VENUE_WORDS}")


# one-word venues known by name alone
NAMED_VENUES = {"Hofburg"}


@cache
def _district_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<names>[A-Z][\w’'\-/]+(?:\s+and\s+[A-Z][\w’'\-/]+){0,3})\s+"
        r"(?P<head>district|province|region|oblast|municipality|River|Valley|raion|Sea|Lake|Mountains|Region|"
        r"Province|District|Oblast|"
        r"Gulf|Bay|Peninsula|Island|Islands|"
        r"districts|provinces|regions|oblasts|municipalities)\b"
        r"|Municipality of (?P<mun>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
    )


_DETERMINERS = {
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Each",
    "Every",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "Whole",
    "Entire",
    "Same",
    "Other",
    "Another",
    "Any",
    "Some",
    "Which",
    "What",
    "A",
    "An",
    "At",
    "In",
    "On",
    "From",
    "To",
    "Neighbouring",
    "Neighboring",
    "Border",
    "Host",
    "Home",
}


def venues_in(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not _venue_word_re().search(text):
        return out
    for m in _venue_re().finditer(text):
        words = m.group(0).split()
        while words and words[0] in {"The", "A", "At", "In"}:
            words = words[1:]
        if (len(words) < 2 and words != ["Hofburg"]) or all(
            w in gz.VENUE_HEADS and w not in NAMED_VENUES for w in words
        ):
            continue
        if any(w in {"Building", "Park"} for w in words[:-1]) and words[-1] not in gz.VENUE_HEADS:
            continue  # 'Confidence Building Measures', 'Park Avenue'
        if words[0] in _DETERMINERS or gz.state_lookup().get(" ".join(words)):
            continue
        name = " ".join(words)
        out.append(Mention(name, name, m.end() - len(name), m.end(), "venue"))
    return out


def districts_in(text: str) -> list[Mention]:
    """'X district', 'X and Y provinces', 'Municipality of X', 'the Caspian Sea', and the lines between the
    sides of a conflict ('the administrative boundary line', 'the contact line')."""
    out = []
    for phrase in gz.CONFLICT_LINES:
        i = text.find(phrase)
        if i >= 0 and not text[i + len(phrase) : i + len(phrase) + 1].isalpha():
            out.append(Mention(phrase, phrase, i, i + len(phrase), "region"))
    for m in _district_re().finditer(text):
        if m.group("mun"):
            out.append(Mention(m.group("mun"), m.group(0), m.start("mun"), m.end(), "region"))
            continue
        head = m.group("head")
        single = {
            "Region": "region",
            "Province": "province",
            "District": "district",
            "Oblast": "oblast",
            "districts": "district",
            "provinces": "province",
            "regions": "region",
            "oblasts": "oblast",
            "municipalities": "municipality",
        }.get(head, head)
        names = re.split(r"\s+and\s+", m.group("names"))
        for n in names:
            if n in _DETERMINERS or re.fullmatch(r"[A-Z0-9/\-]+", n) or n in gz.adjective_lookup():
                continue  # 'the Georgian regions of …': whose regions, not a name
            out.append(Mention(f"{n} {single}", m.group(0), m.start(), m.end(), "region"))
    return out


class _Spans:
    """Character spans looked up by position in logarithmic time (texts can hold thousands of them)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.by_start = sorted(spans)
        self.starts = [a for a, _ in self.by_start]
        self.longest = max((b - a for a, b in spans), default=0)
        self.ends = sorted(b for _, b in spans)

    def covers(self, pos: int) -> bool:
        """Some span holds pos (a <= pos < b)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= pos - self.longest:
            if self.by_start[i][1] > pos:
                return True
            i -= 1
        return False

    def ending_within(self, pos: int, dist: int) -> list[int]:
        """Ends of the spans that end in [pos - dist, pos]."""
        lo, hi = bisect.bisect_left(self.ends, pos - dist), bisect.bisect_right(self.ends, pos)
        return self.ends[lo:hi]


def classify_states(
    text: str, org_spans: list[tuple[int, int]], person_spans: list[tuple[int, int]] | None = None
) -> list[StateUse]:
    """Each State mention classified as actor (organisation) and/or place."""
    out: list[StateUse] = []
    prev: StateUse | None = None
    prev_end = -10
    orgs_index, people_index = _Spans(org_spans), _Spans(person_spans or [])
    real_orgs = sorted((a, b) for a, b in org_spans if b - a > 1 and text[a:b][:1].isupper())
    org_starts = [a for a, _ in real_orgs]
    real_orgs_by_end = sorted(real_orgs, key=lambda s: s[1])
    org_ends = [b for _, b in real_orgs_by_end]
    located: list[bool] = []  # per use: named after a locative word ('in', 'to', 'across' …)
    for m in states_in(text):
        n_before = len(out)
        is_loc = bool(_LOCATED.search(text[max(0, m.start - 80) : m.start])) or text.startswith(
            ("’s", "'s"), m.end
        )
        before = text[max(0, m.start - 60) : m.start]
        after = text[m.end : m.end + 40]
        chair = re.match(
            r"^(?:’s|'s)?\s*(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b(?!\s+of\s+the\s+(?:OSCE\s+)?"
            r"Forum)",
            after,
        )
        if chair and m.kind == "state":
            out.append(StateUse(m.text, True, False))
            located.append(is_loc)
            continue
        if re.search(
            r"\b(?:Government|Parliament|Presidency|Ministry|Minister|President)\s+of\s+(?:the\s+)?$", before
        ):
            # the body of the State is the organisation ('the Government of X'), not X itself; a State
            # whose Government hosts is a host, and the place where it happens
            if re.search(r"\b(?:[Hh]osted|[Hh]osts?|[Hh]osting|invitation)\b[^.;]{0,40}$", before):
                out.append(StateUse(m.text, True, True))
                located.append(True)
            continue
        if orgs_index.covers(m.start):
            continue
        near_people = people_index.ending_within(m.start, 80)
        if re.match(r"^[^()]*\)", after) and any(
            re.fullmatch(r"\s*\([^()]*", text[b : m.start]) for b in near_people
        ):
            continue  # 'John Roe (United Kingdom)', 'Jane Doe (MP, Sweden)': the person's country
        if re.search(r"\s+(?:of|from)\s+(?:the\s+)?$", before) and any(
            0 <= m.start - b <= 12 for b in near_people
        ):
            continue  # 'Ambassador Jan Roe of Finland', 'Dr. Jane Doe from Malta': the person's country
        if m.kind == "state" and len(m.text) <= 4 and m.text != m.name:
            m = type(m)(m.name, m.name, m.start, m.end, m.kind)  # 'BiH' -> 'Bosnia and Herzegovina'
        if m.kind == "adj":
            if re.match(r"^\s+(?:\d{4}\s+)?(?:OSCE\s+)?Chair(?:man|person)ship\b", after):
                out.append(StateUse(m.name, True, False))
                located.append(is_loc)
            continue
        actor = bool(ACTOR_BEFORE.search(text[max(0, m.start - 110) : m.start]) or ACTOR_AFTER.search(after))
        # listed with organisations ('the OSCE, the Russian Federation and Ukraine'; 'the United States and
        # the European Union'): a party like them
        sep = r"\s*(?:,|,?\s+and|;)\s+(?:the\s+)?"
        k = bisect.bisect_right(org_ends, m.start) - 1  # the organisation just before, and the one just after
        before_org = real_orgs_by_end[k][1] if k >= 0 and m.start - real_orgs_by_end[k][1] <= 12 else None
        k = bisect.bisect_left(org_starts, m.end)
        after_org = real_orgs[k][0] if k < len(real_orgs) and real_orgs[k][0] - m.end <= 12 else None
        if (before_org is not None and re.fullmatch(sep, text[before_org : m.start])) or (
            after_org is not None and re.fullmatch(sep, text[m.end : after_org])
        ):
            actor = True
        in_list = prev is not None and re.fullmatch(
            r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", text[prev_end : m.start]
        )
        if re.match(r"^(?:’s|'s)\s+(?:[A-Z]|Deputy|Minister)", after) and not actor:
            poss = re.match(r"^(?:’s|'s)\s+", after)
            # "Greece's Maria Telalian": the person's State, no place
            whose = poss is not None and people_index.covers(m.end + poss.end())
            if whose or re.match(
                r"^(?:’s|'s)\s+(?:\w+\s+)?(?:Minister|Deputy|Ambassador|President|Permanent|Ministry)", after
            ):
                prev, prev_end = None, m.end
                continue
        # an actor by its name, where the text's word is no part of it ('Britain' -> 'United Kingdom')
        word, full = m.text.lower(), m.name.lower()
        actor_name = m.text if word in full or full in word else m.name
        if in_list and prev is not None:
            as_place = bool(prev.place and not actor)
            use = StateUse(m.text if as_place else actor_name, prev.actor or actor, as_place)
        elif actor:
            use = StateUse(actor_name, True, False)
        else:
            use = StateUse(m.text, False, True)
        if re.match(r"^(?:’s|'s)\s", after) and not actor:
            use = StateUse(m.text, False, True)
        out.append(use)
        prev, prev_end = use, m.end
        located.extend([is_loc] * (len(out) - n_before))
    # a State is a place only where it is named as a location ('in', 'to', 'across', 'through', 'on', a
    # list opened by one, its possessive 'Serbia's media'): 'Estonia will devote its Security Dialogues …'
    # or 'Albania joined the OSCE' says nothing about a place
    return [
        StateUse(u.name, u.actor, False) if u.place and not loc else u
        for u, loc in zip(out, located, strict=True)
    ]


# what may follow a place name after 'from'/'across'/…: punctuation, the end, or a function word
_FUNCTION_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)\]–—-]|(?:and|or|to|in|on|at|for|with|where|which|who|that|as|is|was|were|are|has|have|"
    r"had|this|last|next|by|during|since|until|after|before|today|yesterday|via|through)\b)"
)


def unknown_places(text: str, lexicon: frozenset[str], person_spans: list[tuple[int, int]]) -> list[str]:
    """Capitalised words after 'in'/'to'/'at' that are no known word, organisation or person: place names."""
    out = []
    word = r"[A-Z][\w’'\-]+"
    for m in re.finditer(
        rf"\b(?:[Ii]n|[Aa]t|near|to|(?:town|city|village|settlement|municipality|capital|outskirts|suburbs?|"
        rf"vicinity|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|(?:north|south|east|west)(?:-?(?:east|west))?\s+part)\s+of|"
        rf"(?P<motion>from|across|throughout|through|via|outside|around|towards|into))\s+"
        rf"(?P<p>{word}(?:(?:,\s+|,?\s+and\s+){word})*)(?![\w’'\-]|\s+[A-Z(])"
        rf"|(?<![\w’'\-])(?P<q>{word})(?=\s+(?:city|town|village)\b)",  # 'Osh city', 'Kalna village'
        text,
    ):
        if m.group("q"):
            p = m.group("q")
            if not any(a <= m.start("q") < b for a, b in person_spans) and _is_name_word(p, lexicon):
                out.append(p)
            continue
        if m.group("motion") and not _FUNCTION_NEXT.match(text, m.end("p")):
            continue  # 'towards Euro-Atlantic integration': a modifier, not a place
        # 'in Komárno and Blahova-Sarret', 'in Osh, Jalal-Abad and Batken': each listed name
        for item in re.finditer(word, m.group("p")):
            p = item.group(0)
            at = m.start("p") + item.start()
            if any(a <= at < b for a, b in person_spans):
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
