"""Find person-name mentions: runs of capitalised words that are not post, organisation or place words.

A word counts as part of a name when it is capitalised, not a known title/organisation/geography word
and not used in lower case elsewhere in the same document (so 'Human Beings' is not a name in a text
that speaks of 'human beings').  Particles (von, de, van...) and initials ('H.') may sit inside a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from graph.extract import gazetteer as gz

PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "da",
    "di",
    "del",
    "della",
    "du",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "zu",
    "ter",
    "y",
    "dos",
    "das",
}

COMMON_CAPS = """
Mechanism Residual Criminal Crimes Tribunals Prosecution Investigation Investigations Ombudsperson Institution
Strategy Statement Standards Guidelines Recommendations Handbook Manual Study Survey Index Award Prize
The A An And Of For In On At To By With From As But Or If When While Where After Before During Since
Until This That These Those Its Their His Her Our We They He She It I You Some Many Most All Each
Every Both Other Further Also Today Yesterday Tomorrow More Less Over Under About Around Among
Between Through Without Within OSCE UN EU NATO PA Organization Organisation Union States State
United Nations Republic Kingdom Federation Human Beings Rights Affairs Foreign International
National Development Security Democratic Institutions Freedom Media Minorities Europe European Co-
operation Cooperation Trafficking Combating Terrorism Migration Women Men Children Youth Interior
Justice Defence Defense Economy Economic Finance Education Sports Health Culture Trade Integration
Asylum Refugees Environment Environmental Energy Agriculture Transport Labour Social Policy Public
Regional Central Eastern Western Northern Southern Federal Council Assembly Parliamentary Parliament
Annual Conference Meeting Forum Session Summit Review Implementation Dimension Seminar Workshop
Round Table Roundtable Special Acting Interim Executive Chief Deputy Vice Permanent Senior High Head
Director General Secretary Minister President Prime Chairman Chairperson Chair Representative Envoy
Commissioner Co-ordinator Coordinator Ambassador Member Members Officer Commander Major Brigadier
Colonel Captain Lieutenant Admiral Dr Mr Mrs Ms Prof Professor Mission Office Programme Presence
Centre Center Ministry Government Presidency Agency Commission Committee Foundation Institute
Department Division Unit Service Authority Bureau Secretariat Partners Partner Partnership
Declaration Charter Act Agenda Resolution Plan Action Goals Principles Framework Strategy Convention
Treaty Law Code Decision Report Process Dialogue Initiative Project Network Alliance Hotel Palace
Camp Hall Congress Hofburg Day Week Month Year January February March April May June July August
September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday North
South East West Northeast Northwest Southeast Southwest Asia Asian Africa African America American
Mediterranean Balkans Caucasus Crimea Arctic Sustainable Anti-Terrorist Police Border Management
Staff College Academy School University Court Tribunal Election Elections Electoral Observation
Mission Observers Observer Long-term Short-term Task Force Contact Point Issues Roma Sinti Tolerance
Non-discrimination Gender Equality Governance Rule Arms Control Cyber ICT Co-ordinator’s
Chairmanship Chairpersonship Chair-in-Office Chairman-in-Office Chairperson-in-Office Speaking
Opening Hosted Held Taking Participants Speakers Delegates Representatives Officials Experts Details
Later Earlier Meanwhile Separately However Then Afterwards Subsequently Moreover Furthermore Nevertheless
Instead Thus Hence Accordingly Additionally Likewise Similarly Finally Initially Currently Recently
Previously Overall Notably According Following Asked Agreement Agreements Accord Accords Ceasefire
Armistice Memorandum Protocol Authorities Regulatory Regulator Conservative Conservatives Liberal
Liberals Socialist Socialists Democrats Party Coalition Opposition
Side Fifteen Twenty Thirty Forty Fifty One Two Three Four Five Six Seven Eight Nine Ten Eleven
Twelve First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Last Next New Old Young
Great Grand Supreme Constitutional Majilis Senate Duma Rada Cabinet Headquarters HQ Troika Group
Reform Reforms Support Programme’s Mission’s Office’s Organization’s Vice-President Vice-Presidents
Vice-Chair Secretary-General Director-General Under-Secretary Undersecretary Spokesman Spokesperson
Spokeswoman Leader Negotiator Journalist Journalists Resolution Government’s Facebook Twitter
Internet Web Website Chief Officer Executive Treaty Affairs Assistance Good Practices Practice
Victims Victim River Sea Lake Valley District Province Region City Municipality Village Oblast Raion
Avenue Boulevard Prospekt Prospect Platz Strasse Straße Gasse Quay Embankment
Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman Scotsman Scotswoman
Welshman Welshwoman Related Links Dear Colleague Colleagues Sir Madam Madame Ladies Gentlemen Excellency
Excellencies Friends
"""


@dataclass(frozen=True)
class NameMention:
    text: str  # the name as written (without title or honorific)
    start: int
    end: int
    tokens: tuple[str, ...]


@cache
def _common_caps() -> frozenset[str]:
    words = set(COMMON_CAPS.split())
    words |= {w.capitalize() for w in gz.POST_WORDS}
    words |= {h.rstrip(".") for h in gz.HONORIFICS}
    words |= {w for r in gz.MILITARY_RANKS for w in r.split()}
    words |= set(gz.ORG_HEADS) | set(gz.VENUE_HEADS) | {w.capitalize() for w in gz.PLACE_HEADS}
    # OSCE States only: other countries' names hold first names ('Saint Vincent', 'Saint Pierre')
    for name in [
        *gz.STATES,
        *(a for info in gz.STATES.values() for a in info["alias"]),
        *gz.adjective_lookup(),
    ]:
        words |= set(name.split())
    for r in gz.REGIONS:
        words |= set(r.split())
    # a parliament's own name before its Speaker's: 'Chairperson of the Senate of the Oliy Majlis NAME'
    words |= {w for name in gz.LEGISLATURES for w in name.split()}
    for name in gz.org_lookup():
        words |= set(name.split())
    words -= PARTICLES
    return frozenset(words)


def is_common_plural(word: str) -> bool:
    """'Committees', 'Assemblies': the plural of a capitalised common noun ('the three General
    Committees' is no General named Committees)."""
    caps = _common_caps()
    return word.endswith("s") and (word[:-1] in caps or word.endswith("ies") and word[:-3] + "y" in caps)


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(r"[A-Z]\.(?=\s)|[^\W\d_](?:[\w’'\-]*\w)?")


def lowercase_lexicon(text: str) -> frozenset[str]:
    """Words written in lower case somewhere in text (names are not; e-mail addresses and links aside)."""
    text = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", text)
    return frozenset(re.findall(r"(?<![\w’'\-])[a-z][a-z\-]+(?![\w’'])", text))


@lru_cache(maxsize=16384)
def _is_name_word(tok: str, lexicon: frozenset[str]) -> bool:
    base = re.sub(r"(?:’s|'s)$", "", tok)
    if not base or not base[0].isupper():
        return False
    if base.isupper() and len(base) > 1:  # acronyms
        return False
    if base in _common_caps() or base.rstrip(".") in _common_caps():
        return False
    if base.lower() in lexicon and base.lower() not in PARTICLES:
        return False
    parts = base.split("-")
    if len(parts) > 1 and all(p.capitalize() in _common_caps() for p in parts if p):
        return False
    return True


def _is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.", tok))


def find_names(text: str, lexicon: frozenset[str]) -> list[NameMention]:
    """Runs of name words in text (a sentence); single words included, callers decide on them."""
    toks = [(m.group(0), m.start(), m.end()) for m in _token_re().finditer(text)]
    out: list[NameMention] = []
    i = 0
    while i < len(toks):
        tok, s, _ = toks[i]
        # a participle opening the sentence is no first name: 'Addressing Borg, he added'
        if not _is_name_word(tok, lexicon) or i == 0 and re.fullmatch(r"[A-Z][a-z]{2,}ing", tok):
            i += 1
            continue
        j = i
        run = [i]
        while j + 1 < len(toks):
            nxt, ns, _ = toks[j + 1]
            gap = text[toks[j][2] : ns]
            if gap not in {" ", "\u00a0"} or toks[j][0].endswith(("’s", "'s")):
                break
            if _is_name_word(nxt, lexicon) or _is_initial(nxt):
                run.append(j + 1)
                j += 1
                continue
            # one to three particles inside a name: 'van Arx', 'van der Stoel', 'de la Cruz'
            k = j + 1
            while k < len(toks) and k - j <= 3 and toks[k][0].lower() in PARTICLES and text[
                    toks[k - 1][2] : toks[k][1]] == " ":
                k += 1
            if (
                k > j + 1
                and k < len(toks)
                and _is_name_word(toks[k][0], lexicon)
                and text[toks[k - 1][2] : toks[k][1]] == " "
            ):
                run.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        # a capitalised particle may open a name ('Von Arx'); an initial may not end one
        start_i = run[0]
        if (
            start_i > 0
            and toks[start_i - 1][0].lower() in PARTICLES
            and toks[start_i - 1][0][0].isupper()
            and text[toks[start_i - 1][2] : toks[start_i][1]] == " "
        ):
            run.insert(0, start_i - 1)
        while run and _is_initial(toks[run[-1]][0]):
            run.pop()
        if run:
            first, last = toks[run[0]], toks[run[-1]]
            end = last[2]
            word = text[first[1] : end]
            word_clean = re.sub(r"(?:’s|'s)$", "", word)
            end -= len(word) - len(word_clean)
            out.append(NameMention(word_clean, first[1], end, tuple(word_clean.split())))
        i = j + 1
    return out
