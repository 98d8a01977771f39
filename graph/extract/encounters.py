"""Two people meeting, as a report tells it by a verb: 'X received Y', 'X met with Y', 'X had a meeting
today with Y', 'X will hold talks with Y'. Ministries and agencies report a minister's meetings this
way; the event (`event_names.encounters`) and the two people's roles (`roles.assign_roles`) both read
it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.people import Person
from graph.extract.sentences import Sentence

# the adverbs a report puts between the verb and whom it names: 'met today with', 'had talks on Monday with'
_WHEN_WORD = r"(?:today|yesterday|tomorrow|also|later|earlier|separately|on\s+[A-Z]\w+day)"
_ENCOUNTER = re.compile(
    r"\b(?:(?P<recv>receiv(?:ed|es|e)|welcom(?:ed|es|e)|host(?:ed|s))"
    rf"|(?:met|meets|meet)(?:\s+{_WHEN_WORD})?(?:\s+with)?"
    r"|(?:held|holds|hold|had|has|have|conducted|conducts)\s+(?:(?:a|an)\s+)?"
    r"(?:(?:bilateral|separate|private|working|official|telephone|phone)\s+)?"
    rf"(?P<what>talks|meeting|conversation|consultations)\s+(?:{_WHEN_WORD}\s+)?with)\s+"
)
# what may stand between the verb and the person met: a post in capitals ('OSCE Secretary General',
# 'the Head of the OSCE Mission to Serbia'), never a common noun ('a letter from', 'representatives of')
_POST_GAP = re.compile(r"(?:(?:the|[A-Z][\w\-’'.]*|of|and|for|on|in|to|de|&)\s+)*")
# between the subject and its verb: no second clause ('X said that', 'X, who …', 'X and Y')
_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:and|or|but|said|says|told|after|when|while|that|who|which)\b")


@dataclass(frozen=True)
class Encounter:
    sentence: Sentence
    host: Person  # the verb's subject: who receives, meets or holds the talks
    guest: Person  # whom the verb names after it
    received: bool  # 'received', 'welcomed', 'hosted': the guest came to the host
    talks: bool  # 'held talks with', 'consultations with'
    at: int  # the verb's offset in the sentence


def encounter_pairs(sentences: list[Sentence], people: list[Person]) -> list[Encounter]:
    """Each verb of meeting in a body sentence whose subject is the person named last before it and
    whose object is a person named right after it (after at most a post in capitals)."""
    out: list[Encounter] = []
    if len(people) < 2:
        return out
    for s in sentences:
        if s.paragraph < 0:
            continue
        mentions = sorted(
            ((a, b, p) for p in people for a, b in [(p.start, p.end), *p.mentions] if s.start <= a < s.end),
            key=lambda m: m[0],
        )
        if len({id(p) for _, _, p in mentions}) < 2:
            continue
        for m in _ENCOUNTER.finditer(s.text):
            verb, obj = s.start + m.start(), s.start + m.end()
            after = [x for x in mentions if x[0] >= obj]
            before = [x for x in mentions if x[1] <= verb]
            if not after or not before or not _POST_GAP.fullmatch(s.text, m.end(), after[0][0] - s.start):
                continue
            a, b, host = before[-1]
            guest = after[0][2]
            if host is guest or _OTHER_CLAUSE.search(s.text, b - s.start, m.start()):
                continue
            talks = m.group("what") in ("talks", "consultations")
            out.append(Encounter(s, host, guest, bool(m.group("recv")), talks, m.start()))
    return out
