"""Posts next to a name: 'Director of X, NAME', 'Finnish Foreign Minister NAME', 'NAME, Head of X',
'NAME, who heads X', 'NAME (Country) … were elected Vice-Presidents', and honorifics before a name.

The walks stop at other names, so in 'Director of A, NAME1, Director of B, NAME2' each person
keeps the post written before them.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from graph.extract import gazetteer as gz

CONNECTORS = {"of", "for", "and", "on", "in", "to", "the", "against", "at"}
LEAD_TRIM = CONNECTORS | {
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "new",
    "former",
    "including",
    "by",
    "from",
    "as",
    "said",
    "while",
    "whereas",
}
#: words that qualify a post written in lower case ('first deputy foreign minister')
LOWER_MODIFIERS = {
    "first", "deputy", "vice", "foreign", "prime", "interior", "defence", "defense", "justice", "finance",
    "economy", "chief", "senior", "special", "acting", "former", "outgoing", "incoming", "new", "assistant",
    "executive", "permanent", "state", "general", "health", "education", "culture", "trade", "home",
    "presidential", "top", "military", "political", "legal", "press", "high",
}
LOWER_POST_OK = {
    "prosecutor",
    "judge",
    "parliamentarian",
    "diplomat",
    "researcher",
    "professor",
    "ombudsman",
    "ombudsperson",
    "mayor",
    "governor",
    "official",
    "consultant",
    "analyst",
    "mp",
    "senator",
    "deputy",
    "member",
    "envoy",
    "commissioner",
    "treasurer",
    "journalist",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "negotiator",
    "chief",
    "head",
    "activist",
    "lawyer",
    "photographer",
    "blogger",
    "editor",
    "reporter",
    "expert",
    "correspondent",
    "director",
    "minister",
    "adviser",
    "advisor",
    "officer",
    "representative",
    "chairman",
    "chairwoman",
    "chairperson",
    # titles news agencies write in lower case: 'the mission's chief monitor', 'Finnish ambassador X'
    "monitor",
    "counterpart",
    "ambassador",
    "aide",
    "secretary",
    "coordinator",
    "co-ordinator",
    "mediator",
    "lawmaker",
    "rapporteur",
    "president",
    "chair",
    "co-chair",
    "co-chairman",
    "co-chairwoman",
}


@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"[\w’'\-/]+\.?|[,;:–—()“”\"‘]")


@cache
def _honorific_words() -> list[str]:
    words = sorted(set(gz.HONORIFICS) | set(gz.MILITARY_RANKS), key=len, reverse=True)
    return words


def is_post_word(word: str) -> bool:
    w = re.sub(r"(?:’s|'s)$", "", word).lower().rstrip(".")
    if w in gz.POST_WORDS:
        return True
    if w.endswith("s") and w[:-1] in gz.POST_WORDS and w[:-1] not in {"state"}:
        return True
    # 'Co-Chair', 'Co-Chairs', 'Vice-President'
    return "-" in w and any(p in gz.POST_WORDS or p.endswith("s") and p[:-1] in gz.POST_WORDS
                            for p in w.split("-") if p not in {"in", "office", "general"})


def has_post_word(phrase: str) -> bool:
    return any(is_post_word(w) for w in phrase.split())


def _blocked(pos: int, blocks: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in blocks)


def strip_honorifics(text_before: str) -> tuple[str, str | None]:
    """Remove honorifics/ranks directly before a name: ('... Head of Mission', 'Ambassador')."""
    found: list[str] = []
    rest = text_before.rstrip()
    changed = True
    while changed:
        changed = False
        for h in _honorific_words():
            if rest.endswith(h) and (len(rest) == len(h) or not rest[-len(h) - 1].isalnum()):
                # 'Head of Mission Ambassador' yes; 'Permanent Representative' is not an honorific
                found.insert(0, h)
                rest = rest[: -len(h)].rstrip()
                changed = True
                break
    if (
        found
        and all(f in {"General", "Major", "Commander", "Captain", "Judge"} for f in found)
        and re.search(r"(?:Secretary|Director|Attorney|Inspector|Consul|Drum)\s*$", rest)
    ):
        return text_before.rstrip(), None  # 'Secretary General NAME' is a post, not a rank
    hon = " ".join(found) if found else None
    if hon:
        hon = re.sub(r"\bDr\b(?!\.)", "Dr.", hon)
    return rest, hon


#: the longest title phrase looked for before a name ('Special Representative and Co-ordinator for …')
MAX_TITLE_CHARS = 240


# verbs and function words end a title read leftwards: '… by an OSCE Secretary General was made by NAME'
_NO_TITLE_WORDS = frozenset({
    "by", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "made", "make", "makes",
    "will", "would", "did", "does", "do", "said", "says", "who", "which", "that", "with", "from", "than",
    "as", "when", "while", "after", "before", "not",
})


#: lower-case words for a part someone plays at an event, not a post ('keynote speaker NAME')
_PART_WORDS = frozenset({"speaker", "trainer", "moderator", "panellist", "panelist", "lecturer", "host",
                         "participant", "guest", "keynote", "facilitator", "rapporteur", "observer"})
#: the nouns of a body an outlet writes in lower case inside a post ('head of the OSCE mission in Serbia')
_BODY_NOUNS = frozenset({"mission", "office", "centre", "center", "presence", "delegation", "secretariat"})


def walk_left(text: str, end: int, lo: int, blocks: list[tuple[int, int]]) -> tuple[str | None, int]:
    """The title phrase ending at text[:end] (after lo); returns (phrase or None, phrase start).

    ``blocks`` (name mentions the phrase may not cross) must be sorted by start."""
    lo = max(lo, end - MAX_TITLE_CHARS)  # a title is a phrase: looking further back only costs time
    # only the mentions near the phrase matter; a page of thousands of names stays linear
    blocks = blocks[bisect.bisect_left(blocks, lo - 200, key=lambda b: b[0]):
                    bisect.bisect_right(blocks, end, key=lambda b: b[0])]
    words = [(m.group(0), m.start(), m.end()) for m in _word_re().finditer(text, lo, end)]
    k = len(words) - 1
    taken: list[tuple[str, int, int]] = []
    while k >= 0:
        w, s, e = words[k]
        if _blocked(s, blocks):
            break
        bare = re.sub(r"(?:’s|'s)$", "", w)
        if w == ")":
            # skip a parenthesised acronym: 'Head of the OSCE Mission to Bosnia and Herzegovina (BiH)'
            opening = next((i for i in range(k - 1, max(-1, k - 6), -1) if words[i][0] == "("), None)
            if opening is not None and taken == []:
                k = opening - 1
                continue
            break
        if w == ",":
            # 'Minister of Foreign Affairs, Education and Sports' continues over the comma
            if (
                taken
                and not has_post_word(" ".join(t[0] for t in taken))
                and k > 0
                and words[k - 1][0][:1].isupper()
                and not _blocked(words[k - 1][1], blocks)
            ):
                taken.insert(0, (w, s, e))
                k -= 1
                continue
            break
        if w.lower() == "and" and any(t[0][:1].islower() and t[0].lower() not in CONNECTORS for t in taken):
            # '… as High Commissioner and Norwegian diplomat NAME': a lower-case title nearest the name is
            # the whole title; a capitalised one continues over 'and' ('Minister of Foreign and European …')
            break
        if (
            bare[:1].isupper()
            or bare[:1].isdigit()
            or w.lower() in CONNECTORS
            or w.lower().rstrip(".") in LOWER_POST_OK
            or (w.lower().endswith("s") and w.lower()[:-1] in LOWER_POST_OK)
        ):
            taken.insert(0, (w, s, e))
            k -= 1
            continue
        if (bare[:1].islower() and bare in gz.POST_WORDS and bare not in _PART_WORDS
                and (all(t[0][:1].islower() for t in taken) or taken[0][0] in {"of", "for", "to"})):
            # a wire's lower-case title before the name: 'OSCE secretary general NAME', 'the secretary
            # general of the Organization …, NAME'
            taken.insert(0, (w, s, e))
            k -= 1
            continue
        if (bare.lower() in LOWER_MODIFIERS and taken and any(is_post_word(x[0]) for x in taken)
                and all(t[0][:1].islower() for t in taken)):
            # a post in lower case: "Kazakhstan's first deputy foreign minister, NAME"
            taken.insert(0, (w, s, e))
            k -= 1
            continue
        if (bare[:1].islower() and (all(t[0][:1].islower() for t in taken) or bare in _BODY_NOUNS)
                and not re.search(r"(?:ed|ing)$", bare) and bare not in _NO_TITLE_WORDS):
            # 'head of the PACE delegation': lower-case nouns after a post word further left; 'head of
            # the OSCE mission in Serbia': a body's noun in an outlet's lower case
            ahead = [x[0] for x in words[max(0, k - 6) : k]]
            # the words since the last punctuation: 'head of the OSCE PA delegation' reaches its post word
            # five words back, '…; the head of the EP delegation' stops at the semicolon
            cut = max((i + 1 for i, a in enumerate(ahead) if not (a[:1].isalnum())), default=0)
            ahead = ahead[cut:][-5:]
            if any(is_post_word(a) and not a.lower().startswith("speaker") for a in ahead):
                taken.insert(0, (w, s, e))
                k -= 1
                continue
        break
    while taken and (
        taken[0][0].lower() in LEAD_TRIM
        or taken[0][0] == ","
        or re.fullmatch(r"[a-z]+(?:’s|'s)", taken[0][0])  # "the region's chief negotiator"
        or (
            taken[0][0][:1].isupper()
            and taken[0][0].lower().endswith(("ing", "ed"))
            and taken[0][0] != "United"
            and not is_post_word(taken[0][0])
        )
    ):
        taken.pop(0)
    while taken and taken[-1][0].lower() in CONNECTORS | {","}:
        taken.pop()
    if not taken:
        return None, end
    phrase = text[taken[0][1] : taken[-1][2]]
    if not has_post_word(phrase):
        return None, end
    return phrase, taken[0][1]


def right_post(text: str, start: int, hi: int) -> tuple[str | None, str | None]:
    """(post, country) written after a name: ', Head of X,' / ', who heads X' / ' (Country)' / ' of X'."""
    seg = text[start:hi]
    country = None
    m = re.match(r"\s*\(([^)]{2,40})\)", seg)
    if m:
        from graph.extract.organisations import state_of  # noqa: PLC0415 - avoid an import cycle

        country = state_of(m.group(1))
        seg = seg[m.end() :]
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w ]+?)(?=[,.;]|\s+[-–—]\s|\s+(?:said|and)\b|$)", seg)
    if m:
        from graph.extract.organisations import state_of  # noqa: PLC0415

        c = state_of(m.group(1))
        if c:
            country = country or c
            seg = seg[m.end() :]  # 'NAME of Switzerland, the previous Chairperson-in-Office'
    # "the Organization for Security and Co-operation in Europe's (OSCE) representative": the acronym aside
    seg = re.sub(r"(?<=[’']s)\s*\([A-Z][A-Za-z/]{1,9}\)", "", seg, count=1)
    m = re.match(
        r"\s*,\s*(?P<p>[^,;:.–—()“”\"]+(?:,\s*(?:Education|Culture|Sports?|Trade|Youth|"
        r"Science|Tourism|Sport|Integration|Justice)[^,;:.–—()“”\"]*)*)",
        seg,
    )
    if not m:
        return None, country
    p = m.group("p").strip()
    # 'who is X', and 'who (has just) taken up his post as X': a newcomer's post stated with his arrival
    who = re.match(r"who\s+(?:is|was|serves as|acts as|(?:has\s+|had\s+)?(?:just\s+|recently\s+)?"
                   r"(?:took|taken|takes)\s+up\s+(?:his|her|their)\s+(?:post|duties|office|position)\s+as)"
                   r"\s+(?:also\s+)?(?:the\s+)?(.+)$", p)
    if who:
        return who.group(1), country
    chair = re.match(r"(?:who\s+(?:currently\s+)?chairs|whose\s+country\s+(?:currently\s+)?(?:holds|chairs))"
                     r"\s+(?:the\s+)?(?:rotating\s+)?(?:OSCE|[Oo]rgani[sz]ation)\b"
                     r"(?!\s+(?:PA|Parliamentary|Forum|Mission))", p)
    if chair:
        return chair_title(text), country
    headed = verb_post(re.sub(r"^who\s+", "", p)) if p.startswith("who ") else None
    if headed:
        return headed, country
    who = re.match(r"who\s+represents\s+(?:the\s+)?(.+)$", p)
    if who:
        return f"Representative of the {who.group(1)}", country
    first = p.split()[0] if p.split() else ""
    if first[:1].islower() and first.lower() not in {"the", "a", "an"} and not is_post_word(first):
        return None, country
    p = re.sub(r"^(?:the|a|an)\s+", "", p)
    p = re.split(r"\s+(?:said|says|added|told|who|which|during|in his|in her|urged)\b", p)[0].strip()
    short = re.sub(gz.OSCE_LONG, "OSCE", p)
    head = " ".join(short.split()[:7])
    if not has_post_word(head) or len(p.split()) > 16:
        return None, country
    return p, country


HEAD_VERBS = (r"(?:heads|leads|directs|chairs|co-chairs|headed|led|chaired|co-chaired|directed|co-ordinates|"
              r"coordinates|co-ordinated|coordinated|presides over|presided over|manages|managed)")


def verb_post(clause: str) -> str | None:
    """A post written as what one does, kept as written: 'heads the Ministry of Education', 'headed the
    Assembly delegation and co-ordinated the observers' -> 'headed the Assembly delegation; co-ordinated
    the observers' (the object must name something: a capitalised word)."""
    m = re.match(rf"(?:currently\s+|also\s+)*({HEAD_VERBS}\s+(?:the\s+|its\s+|an?\s+)?\S.*)$", clause)
    if not m:
        return None
    phrase = re.split(r"\s+(?:since|until|from|for the past|said|says|told|and\s+(?!(?:also\s+)?"
                      rf"{HEAD_VERBS}\b)(?=[a-z]))", m.group(1))[0]
    phrase = re.sub(rf"\s+and\s+(?:also\s+)?(?={HEAD_VERBS}\b)", "; ", phrase).strip()
    if not all(re.search(r"\b[A-Z]", part) for part in phrase.split(";")) or len(phrase.split()) > 24:
        return None
    return phrase


def chair_title(text: str) -> str:
    """The Chair's title as the text spells it elsewhere ('Chairman-in-Office'), for a chair described
    only ('who chairs the organisation this year')."""
    m = re.search(r"Chair(?:man|person|woman)-in-Office", text)
    return f"OSCE {m.group(0)}" if m else "OSCE Chairperson-in-Office"


def predicate_post(text: str, start: int, hi: int) -> str | None:
    """'… were elected Vice-Presidents for three years' / '… will serve as X' after a name."""
    seg = text[start:hi]
    m = re.match(
        r"\s*(?:\([^)]*\))?\s*,?\s+as\s+(?:the\s+)?(?P<p>[A-Z][^,;.]*?)(?=\s*(?:,|;|\.|\band\b|$))", seg
    )
    if m and has_post_word(m.group("p")):
        return m.group("p").strip()
    # 'congratulated NAME on his inauguration as Georgia's President'
    m = re.match(
        r"\s+(?:on|upon|after|following)\s+(?:his|her|their)\s+(?:inauguration|election|re-election|appointment|"
        r"swearing-in|nomination)\s+as\s+(?:the\s+)?(?P<p>(?:[A-Z][\w\-]*(?:’s|'s)?|of|the|and|for)"
        r"(?:\s+(?:[A-Z][\w\-]*(?:’s|'s)?|of|the|and|for))*)",
        seg,
    )
    if m and has_post_word(m.group("p")):
        return re.sub(r"\s+(?:of|the|and|for)$", "", m.group("p").strip())
    m = re.search(
        r"\b(?:(?:were|was|is|are|has been|have been|will be)\s+(?:re-?)?elected(?:\s+as)?|"
        r"will\s+serve\s+as|was\s+appointed(?:\s+as)?|were\s+appointed(?:\s+as)?)\s+(?:the\s+)?"
        r"(?P<p>[A-Z][^,;.]*?)(?=\s*(?:,|;|\.|\bwhile\b|\bwhereas\b|$))",
        seg,
    )
    if not m:
        return None
    p = m.group("p").strip()
    words = p.split()
    if words:
        w0 = words[0]
        if w0.endswith("s") and is_post_word(w0[:-1]):
            words[0] = w0[:-1]
    return " ".join(words) if has_post_word(" ".join(words)) else None


def singularize(post: str) -> str:
    """'Members of the Presidency' -> 'Member of the Presidency'; 'international experts' -> '… expert'."""
    words = post.split()
    for i, w in enumerate(words[:5]):
        if w.endswith("s") and not w.endswith("ss") and (w[:-1].lower() in gz.POST_WORDS or "-" in w
                                                         and is_post_word(w[:-1])):
            words[i] = w[:-1]
            break
    return " ".join(words)
