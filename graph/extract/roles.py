"""Roles of people (speaker, keynote, visitor, meeting partner …) and attribution of quotations.

Cue words in a sentence go to the person they grammatically belong to, approximated by position:
subject cues ('X said', 'X visited') to the nearest person before the cue, object cues ('met X',
'his host, X', 'joined by X') to the people after it, list cues ('Speakers include A; B') to all.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract.encounters import encounter_pairs
from graph.extract.people import Person
from graph.extract.quotes import SPEECH_VERBS, Quote, after_clause, before_clause
from graph.extract.sentences import Sentence

# between two coordinated subjects: 'A and B', 'A (X) and B', 'A, the Head of X, and Ambassador B'
_OF_STATE = r"(?:\([^)]*\)|\s*of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})?"
_COORD = rf"^\W*{_OF_STATE}\s*(?:,[^;.“”\"]*?)?,?\s*and\s+(?:[A-Z][\w.]*\s+){{0,3}}$"
# the earlier items of a coordinated list: 'A of X, B of Y and C' (after 'B … and C' was taken)
_LIST_COMMA = rf"^\W*?{_OF_STATE}\s*,\s*$"

_AS_DID = r",\s+as (?:did|were|was|had)\b"
SPEECH_ROLES = {"keynote", "opening remarks", "closing remarks", "video address"}


OPENING = (
    r"\bdeclared (?:the )?(?:[\w\-]+ ){0,3}(?:meeting|summit|conference|session|forum|event|gathering) "
    r"open\b|"
    r"\bopened\b|\bOpening\s+(?:the\b|[A-Z]\w+(?:’s|'s))|\bwill open\b|\bbe opened\b|"
    r"\bopens? the (?:meeting|conference|session|event|forum|seminar|workshop|course|training)\b"
)
OPENING_NEAR = (
    r"\bopening (?:remarks|address|speech|statement|words)\b|\bwelcom\w+ (?:remarks|address|words)\b|"
    r"\b(?:[Aa]t|[Dd]uring|[Aa]ddress(?:ing|ed)|[Ii]n) the opening (?:session|plenary|ceremony|segment)\b"
)


@cache
def _cues() -> list[tuple[str, str, re.Pattern[str]]]:
    """(role, who: before|after|all|near|first, pattern)."""
    c = [
        ("video address", "near", r"video (?:address|message|statement|link)"),
        ("keynote", "near", r"\bkeynote\b"),
        (
            "closing remarks",
            "near",
            r"\bclosing (?:remarks|session|address|speech|statement|words)\b|"
            r"\bclosed the (?:conference|meeting|event|session)\b|\b[Ss]umming up\b",
        ),
        # an opening cue covers everyone named in the sentence except whom they spoke for
        ("opening remarks", "all", OPENING),
        ("opening remarks", "near", OPENING_NEAR),
        (
            "opening remarks",
            "after",
            r"\b[Ss]peakers at the opening\b|"
            r"\bopening remarks were (?:provided|delivered|given|made) by\b",
        ),
        ("closing remarks", "after", r"\b[Ss]peakers at the closing\b"),
        # an election or appointment as the predicate; 'the newly elected Speaker' is a post, not a role
        ("elected", "all", r"\b(?<!newly )(?<!recently )(?<!democratically )(?<!popularly )(?<!freely )"
                           r"(?:re-)?elected\b(?!\s+(?:members?|parliament|bodies|officials|representatives|"
                           r"leaders?)\b)"),
        ("elected", "all", r"\b(?:was|were|has been|have been|had been|is|be)\s+(?:re-?)?"
                           r"(?:appointed|named|nominated)\b|"
                           # taking office is news when the text calls the holder new; else background
                           r"\b[Nn]ew\b[^.;]{0,60}\btook office\b|\btakes office\b|"
                           r"\bhas (?:just )?(?:taken office|assumed (?:the )?(?:post|office|duties))\b"),
        ("elected", "after1", r"\belection of\b(?=\s+[A-Z])"),
        # the appointer as subject, the appointee as object: 'the President has appointed Vice-President B'
        ("elected", "after1", r"\b(?:has|have|had)\s+(?:re-?)?appointed\b(?=\s+(?:[\w\-]+\s+){0,3}[A-Z])"),
        # a post to be held: 'B, who chairs the committee, will be Deputy Head of Delegation'
        ("elected", "before", r"\bwill (?:be|serve as)\s+(?:the\s+)?(?:new\s+)?(?:Deputy\s+|Vice-?\s*)?"
                              r"(?:Head|Chair(?:man|woman|person)?|Director|Co-?ordinator)\s+of\b"),
        # taking up a post now: 'B takes over as X', 'C becomes X', 'D is the new X' (not 'took over' then)
        ("elected", "before", r"\b(?:takes|will take|has taken) over as\b|\bis the new\b|"
                              r"\bbecomes\b(?=\s+(?:the\s+)?(?:new\s+)?[A-Za-z\-]+\s+(?:of|on|for)\b)"),
        ("host", "after1", r"\b(?:his|her|their) hosts?\b|\bhosted by\b"),
        # who chair the talks host them: 'the co-chairs were A, B and C', 'chaired by A'
        ("host", "after", r"\b(?:the\s+)?co-?chairs\s+(?:were|are|will\s+be)\b|"
                          r"\b(?:co-)?chaired\s+by\b(?=\s+[A-Z])"),
        # a delegation's head and members take part in the meeting it goes to
        ("participant", "after", r"\bdelegation\s+(?:was|is|will\s+be)\s+(?:led|headed)\s+by\b"),
        ("participant", "before",
         r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+members\s+of\s+the\b"),
        # 'she was received by the President, A, and met B': whoever received the visitor met them (the
        # corpus convention: a meeting partner, not the host of an event)
        ("meeting partner", "after", r"\b(?:was|were) received by\b"),
        # 'X received Y': Y came to meet X
        ("meeting partner", "after1", r"\breceived\b(?=\s+(?:the\s+)?[A-Z])"),
        (
            "host",
            "before",
            r"\b(?:briefed|walked|welcomed|received|hosted)\s+(?:him|her|them|the\s+(?:OSCE\s+)?"
            r"Chair\w*|the\s+(?:OSCE\s+)?(?:Secretary|High|Special|Representative)\w*)",
        ),
        ("meeting partner", "before", r"\b(?:briefed|walked)\s+(?:him|her|them|the)\b"),
        # 'X hosted the summit': the one who hosts a meeting, whatever it is called
        ("host", "before", r"\b(?:hosted|hosts|is hosting|will host)\s+(?:the|a|an|this|its|their)\s+"
                           r"(?:[\w\-]+\s+){0,4}?(?:summit|meeting|conference|talks|session|forum|seminar|"
                           r"workshop|event|ceremony|round|gathering|reception)\b"),
        (
            "meeting partner",
            "after",
            r"\bmet\b|\bmeet(?:s)?\b(?!\s+(?:of|the\s+(?:needs|challenges|goals)))|\b[Mm]eeting\s+(?=(?:the\s+)?[A-Z])|"
            r"\bmeetings? with\b|\btalks with\b|\bspoke (?:with|to)\b|\btalked (?:with|to)\b|"
            r"\bdiscuss(?:ed|ions)? with\b|\bheld talks\b|\bconsultations with\b|\bhost\b|"
            r"\b(?:news|press) conference with\b|\bcounterparts?\b(?=,?\s+(?:[A-Z]|the\b))",
        ),
        # apart from the cue above: an alternation whose every branch opens with \b is scanned for
        # word boundaries first, about eight times faster than one with a '^' branch among them
        ("meeting partner", "after", r"^With\b"),
        (
            "trainer",
            "after",
            r"\b(?:training|course|workshop|seminar|session|class|lecture)s?\b[^.;]*?\b(?:conducted|delivered|"
            r"led|facilitated|taught|moderated|run|given) by\b|\btrainers?\b",
        ),
        ("trainer", "before", r"\b(?:trained|taught|led the (?:training|course|workshop|session))\b"),
        ("participant", "after", r"\bjoined by\b|\battended by\b|\bTaking part were\b|\bbrought together\b|"
                                 r"\bparticipants? (?:included|were)\b|"
                                 r"\b(?:was|were) accompanied by\b|"
                                 # 'The Parliament was represented by the head of its delegation, A, and B'
                                 r"\b(?:was|were|is|are|will\s+be)\s+represented\s+(?:[^.;,]{0,40}?\s)?by\b|"
                                 r"\b(?:attending|in attendance|present)\s+(?:are|were|included|include)\b"),
        # a delegate standing in for a State: 'Foreign Minister X will represent Russia'
        ("participant", "before", r"\b(?:will represent|is representing|represented|was representing)\s+"
                                  r"(?:his|her|their|the|its|last|this|next|[A-Z])"),
        # companions on the trip are visitors too: 'made the trip together with A, B and C'
        ("co-visitor", "after",
         r"\b(?:trip|visit|tour|journey)\b[^.;]{0,30}?\b(?:together with|along with)\b"),
        (
            "participant",
            "before",
            r"\b(?:also\s+)?(?:took|take|takes|taking) part\b|\bparticipated\b|\bis attending\b|"
            r"\b(?:will|to|would)\s+attend\b|\battended\b(?!\s+by\b)|\battends\b",
        ),
        (
            "visitor",
            "before",
            r"\bvisit(?:ed|s|ing)\b|\bwill visit\b|\bto visit\b|"
            r"\bpaid (?:a|an|his|her) (?:[\w\-]+ ){0,2}visit\b|"
            r"\b(?:made|held|began|concluded|ended|wrapped up|completed|started|concludes|ends|begins|"
            r"brought|brings)\s+"
            r"(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,3}visit\b|"
            r"\bon (?:a|an|his|her) (?:[\w\-]+ ){0,2}visit\b|\btrip\b|"
            r"\bwas in\b(?= [A-Z])|\btravel(?:led|s|ling)?\s+(?:\w+\s+){0,2}?to\b|\breturn to\b|"
            r"\barriv(?:ed|es|ing) (?:in|at)\b(?= [A-Z])|\btour(?:ed|s|ing)?\b(?= (?:the )?[A-Z])",
        ),
        ("represented", "after1", r"\bon behalf of\b"),
        # who runs the event or mission: 'Headed by X, it consists of …', 'X … leads a team of 13'
        (
            "organizer",
            "after1",
            r"^(?:[Hh]eaded|[Ll]ed) by\b|\b(?:mission|delegation|team) (?:is|was) (?:headed|led) by\b",
        ),
        (
            "organizer",
            "before",
            r"\bleads (?:a|the) (?:team|mission|delegation|group)\b|\bheads the (?:mission|team)\b",
        ),
        (
            "speaker",
            "after",
            r"\b[Ss]peakers\b[^.;:]{0,30}?\b(?:include|included|are|were)\b|"
            r"\b(?:will hear|heard|hear) from\b|\baddressed by\b|"
            r"\b(?:remarks|statements?|address|speech|reports?|presentations?|article|op-ed|interview|"
            r"contribution|message|briefings?) (?:by|from)\b|\b[Dd]elivered by\b|"
            r"\b(?:the )?floor (?:\w+ )?(?:goes|went|was given|passes|is given) to\b|"
            r"\b(?:[Ff]irst|[Nn]ext|[Ll]ast) to speak (?:will be|was|is)\b",
        ),
        ("speaker", "after1", r"\b[Aa]ccording to\b"),
        ("speaker", "all", r"\bpresent (?:the|its|their) (?:preliminary )?findings\b|\balongside\b"),
        (
            "speaker",
            "before",
            r"\b(?:said|says|urged|stated|stressed|noted|told|explained|emphasi[sz]ed|underlined|"
            r"spoke|described|called|condemned|voiced|outlined|congratulated|pointed|argued|"
            r"restated|cautioned|warned|briefed participants|addressed|presented|highlighted|"
            r"welcomed|recalled|added|asked|reiterated|expressed|commended|praised|"
            r"discussed|hoped|thanked|underscored|informed|reported|reminded|insisted|affirmed|reaffirmed|"
            r"assured|acknowledged|announced|declared|observed|remarked|suggested|proposed|appealed|conceded|"
            r"admitted|maintained|contended|claimed|updated|wrote|writes|was quoted as saying|"
            r"rejected|dismissed|denied|blamed|accused|"
            r"(?:is|was|are|were) (?:due|scheduled|expected|set) to (?:address|speak)|will (?:address|speak)|"
            r"briefed(?!\s+(?:him|her|them|the\s+(?:OSCE\s+)?"
            r"(?:Chair|Secretary|High|Special)))|gave an? (?:address|speech|presentation|statement)|"
            r"delivered (?:an?|the|his|her|its|their) (?:[\w\-]+ )?(?:address|speech|presentation|statement|"
            r"remarks))\b",
        ),
        ("speaker", "after", r"\b(?:said|cautioned|added|stressed|noted)\s+(?=[A-Z])"),
        (
            "mentioned",
            "after",
            r"\b(?:journalists?|resignation of|detention of|arrest of|murder of|killing of|"
            r"beating of)\b",
        ),
    ]
    return [(r, w, re.compile(p)) for r, w, p in c]


# a past appointment dated by its year alone ('was appointed in 2004, … reappointed in 2007'): a career note
_BACKGROUND_APPOINTMENT = re.compile(r"\s+in\s+(?:19|20)\d\d\b(?!\s*[-–]\d)")
# who appointed, nominated or was succeeded is named after these: 'succeeding B', 'nominated … by C'
_NOT_APPOINTEE = re.compile(r"(?:\b(?:succeed(?:ing|s|ed)?|replac(?:ing|es|ed)|predecessor,?|"
                            r"(?:appointed|nominated|named|chosen|proposed)\b[^.;,]{0,40}?\bby)\s+"
                            r"(?:(?:the\s+)?(?:former|outgoing|then)\s+)?(?:[A-Z][\w\-]*\s+){0,3})$")


def _not_appointee(body: str, p: Person, a: int, b: int) -> bool:
    """Every mention of p in the sentence names the predecessor or the one who appointed or nominated."""
    spans = [s for s, _ in p.mentions if a <= s < b]
    return bool(spans) and all(_NOT_APPOINTEE.search(body[max(a, s - 80) : s]) for s in spans)


def _mentions_in(people: list[Person], a: int, b: int) -> list[tuple[int, Person]]:
    out = [(s, p) for p in people for s, _ in p.mentions if a <= s < b]
    return sorted(out, key=lambda x: x[0])


def assign_roles(body: str, sentences: list[Sentence], people: list[Person], quotes: list[Quote]) -> None:
    cue_roles: dict[int, set[str]] = {id(p): set() for p in people}
    for sent in sentences:
        ms = _mentions_in(people, sent.start, sent.end)
        if not ms:
            continue
        quote_spans = [(q.start, q.end) for q in quotes if sent.start <= q.start < sent.end]
        as_did = re.search(_AS_DID, sent.text)  # '…, as did B and C': B and C share the clause's roles
        clause_end = sent.start + as_did.start() if as_did else sent.end
        for role, who, pat in _cues():
            for m in pat.finditer(sent.text):
                cs = sent.start + m.start()
                if any(a <= cs < b for a, b in quote_spans):
                    continue
                targets: list[Person] = []
                before = [x for x in ms if x[0] < cs]
                after = [x for x in ms if x[0] >= cs + len(m.group(0)) - 1]
                if role == "represented" and not before:
                    continue
                if role == "elected" and _BACKGROUND_APPOINTMENT.match(sent.text, m.end()):
                    continue  # 'was appointed in 2004': a past term given by its year is background

                if (
                    who == "before"
                    and role == "speaker"
                    and re.search(
                        r"\b(?:he|she|they|He|She|They)\s+(?:\w+\s+){0,2}$|^(?:He|She|They)\b",
                        body[sent.start : cs],
                    )
                ):
                    continue  # 'she thanked': the pronoun's referent, not the last name, is the subject
                if who == "before" and not before and ":" in sent.text[cs - sent.start :]:
                    # 'The three ministers all took part in the ceremony: A of Serbia; B …; and C'
                    colon = sent.text.index(":", cs - sent.start) + sent.start
                    targets = [p for x, p in after if x > colon]
                elif who == "before":
                    if (
                        before
                        and re.search(r",?\s+and\s+(?:\w+\s+)?$", body[_end_of(before[-1]) : cs])
                        and re.search(r"\b(?:and|with)\b", body[before[0][0] : before[-1][0]])
                    ):
                        targets = [before[0][1]]  # 'A condemned the murder of B …, and called': A again
                    elif len(before) >= 2 and _APPOSITION.match(body[_end_of(before[-2]) : cs]):
                        targets = [before[-2][1]]  # 'A, a son-in-law of B, insisted': A insisted
                    elif before:
                        targets = [before[-1][1]]
                        # coordinated subjects: 'A and B urged', 'A, …, and B, …, condemned'
                        k = len(before) - 1
                        while k > 0 and (
                                re.match(_COORD, body[_end_of(before[k - 1]) : before[k][0]])
                                or len(targets) > 1
                                and re.match(_LIST_COMMA, body[_end_of(before[k - 1]) : before[k][0]])):
                            targets.append(before[k - 1][1])
                            k -= 1
                elif who == "after1":
                    targets = [p for _, p in after[:1]]
                    gap = body[cs + len(m.group(0)) : after[0][0]] if after else ""
                    if role == "represented" and after and (
                            len(gap) > 40 or re.search(r"\b(?:from|by|to|with)\b", gap)):
                        targets = []  # 'on behalf of the OSCE from the Mayor, NAME': NAME is not spoken for
                elif who == "after" and role == "speaker" and pat.pattern.startswith(r"\b(?:said|"):
                    # inverted speech: '…, said NAME.' / 'said NAME, the …'; not 'said NAME had …'
                    targets = [p for x, p in after[:1]
                               if re.match(r"\s*(?:[,.;(]|$)", body[_end_of((x, p)) :])]
                elif who == "after":
                    targets = (
                        [p for _, p in after[:1]]
                        # the chairs of talks are listed together: 'the co-chairs were A, B and C'
                        if role in {"represented", "host"} and "chair" not in m.group(0)
                        else [p for _, p in after]
                    )
                    if role == "meeting partner":
                        # 'Speaking at a news conference with A, B said': B is the main clause's subject
                        subj = next((i for i, x in enumerate(after) if _SUBJECT_OF.match(body, _end_of(x))),
                                    None)
                        if subj is not None and subj > 0:
                            targets = [p for _, p in after[:subj]]
                        targets = [p for p in targets if not _subject_before(before, p)]
                        # '…, according to NAME, spokeswoman': the source is no partner of the meeting
                        src = re.search(r",\s+(?:according to|said|says|told)\b",
                                        sent.text[cs - sent.start :])
                        if src:
                            targets = [p for x, p in after if x < cs + src.start()]
                    elif role == "participant":
                        # 'represented by A, who will meet B': B is met, not a participant listed
                        rel = re.search(r",\s+who\b", sent.text[cs - sent.start :])
                        if rel:
                            targets = [p for x, p in after if x < cs + rel.start()]
                elif who == "all":
                    targets = [p for _, p in ms]
                else:  # near: the closest mention on either side, within the cue's clause
                    same = [x for x in ms if (x[0] < clause_end) == (cs < clause_end)] or ms
                    best = min(same, key=lambda x: abs(x[0] - cs))
                    targets = [best[1]]
                if role == "elected":
                    targets = [p for p in targets if not _not_appointee(body, p, sent.start, sent.end)]
                for p in targets:
                    cue_roles[id(p)].add(role)
                    if role == "visitor" and len(targets) > 1:
                        cue_roles[id(p)].add("co-visitor")  # 'A, B and C held a visit': all three came
    _listed_under_heading(sentences, people, cue_roles)
    _as_did(sentences, people, cue_roles)
    attribute_quotes(body, people, quotes, sentences)
    # one visitor per report (the first person a visit cue points at) and whoever travels with them
    visitors = [p for p in people if "visitor" in cue_roles[id(p)]]
    for p in visitors[1:]:
        if "co-visitor" not in cue_roles[id(p)]:
            cue_roles[id(p)].discard("visitor")
    for p in people:
        if "co-visitor" in cue_roles[id(p)]:
            cue_roles[id(p)] = (cue_roles[id(p)] - {"co-visitor", "meeting partner"}) | {"visitor"}
    if not visitors:
        # a report of one meeting, not of a visit: 'the Minister today received X' -- the receiver hosts
        # it and meets X, who came as a visitor; 'A met with B', 'A held talks with B' -- both meet
        for e in encounter_pairs(sentences, people):
            cue_roles[id(e.host)] |= {"host", "meeting partner"} if e.received else {"meeting partner"}
            cue_roles[id(e.guest)].add("visitor" if e.received else "meeting partner")
        visitors = [p for p in people if "visitor" in cue_roles[id(p)]]
    travelling_speaker = 0  # a visitor found by the dateline keeps what they said
    dl_city, dl_state = _dateline(body)
    if not visitors and dl_state:
        guest = _dateline_visitor(body, sentences, people, dl_city, dl_state)
        if guest is not None:
            cue_roles[id(guest)].add("visitor")
            visitors = [guest]
            travelling_speaker = id(guest)
    visit = bool(visitors)
    if not visit:
        _meeting_subjects(sentences, people, cue_roles)
    host_state = _host_state(body)
    for p in people:
        roles = cue_roles[id(p)]
        if (
            visit
            and "visitor" not in roles
            and p.post
            and re.match(r"(?:Acting\s+)?Head\b", p.post)
            and (p.organisation or "").startswith("OSCE ")
        ):
            roles.add("host")
        if (
            host_state
            and p.country == host_state
            and p.post
            and re.search(r"Minist|President|Government", p.post)
        ):
            roles.add("host")
        if dl_state and p.country == dl_state and dl_city not in OSCE_SEATS and (
                visit and "meeting partner" in roles and _counterpart(body, p)
                or "opening remarks" in roles
                and re.search(r"President|Prime Minister|Chancellor", p.post or "")):
            roles.add("host")  # the visitor's counterpart at home; the head of the State that opens an event
        city = (p.organisation or "").removeprefix("City of ")
        if not visit and city != (p.organisation or "") and (
                city == dl_city or re.search(rf"\b(?:in|at)\s+{re.escape(city)}\b", body)):
            roles.add("host")  # the mayor of the city where the event is
    for p in people:
        roles = cue_roles[id(p)]
        if p.contact:
            p.roles = ["press contact"]
            continue
        if "photographer" in p.roles:
            p.roles = ["photographer"]
            continue
        if "represented" in roles:
            p.roles = ["represented"]
            continue
        if p.quotes:
            roles.add("speaker")
        if p.post and re.search(r"\bjournalist\b", p.post, re.I) or "byline" in p.roles:
            roles = {"mentioned"}
        if roles & (SPEECH_ROLES | {"visitor", "elected"}) and id(p) != travelling_speaker:
            roles.discard("speaker")
        if "meeting partner" in roles and not p.quotes and "met-and-spoke" not in roles:
            roles.discard("speaker")
        roles.discard("met-and-spoke")
        if roles & (SPEECH_ROLES | {"speaker"}):
            roles.discard("participant")  # who speaks at an event is more than one of its participants
        if "participant" in roles and "visitor" in roles:
            roles.discard("visitor")  # 'will travel to Corfu to take part in the meeting': there for it
        if roles & {"visitor"}:
            roles.discard("meeting partner")
            roles.discard("host")
        if "host" in roles and not p.quotes and "meeting partner" not in roles:
            roles.discard("speaker")
        if len(roles) > 1:
            roles.discard("mentioned")
        if not roles:
            roles = {"mentioned"}
        order = [
            "visitor",
            "host",
            "speaker",
            "keynote",
            "opening remarks",
            "closing remarks",
            "video address",
            "meeting partner",
            "participant",
            "trainer",
            "elected",
            "organizer",
            "represented",
            "mentioned",
        ]
        p.roles = [r for r in order if r in roles]


def _listed_under_heading(sentences: list[Sentence], people: list[Person],
                          cue_roles: dict[int, set[str]]) -> None:
    """'Among those who presented in the plenary were:' followed by '- NAME, post' lines: the person
    opening each list item takes the roles the heading's cues name."""
    for i, sent in enumerate(sentences):
        if not sent.text.rstrip().endswith(":"):
            continue
        roles = {role for role, _, pat in _cues() if pat.search(sent.text)} - {"mentioned", "represented"}
        k = i + 1
        while roles and k < len(sentences) and sentences[k].text.lstrip().startswith(("-", "•", "*", "–")):
            ms = _mentions_in(people, sentences[k].start, sentences[k].end)
            if ms:
                cue_roles[id(ms[0][1])] |= roles
            k += 1


def _as_did(sentences: list[Sentence], people: list[Person],
            cue_roles: dict[int, set[str]]) -> None:
    """'A also addressed the opening session, as did B and C': B and C did what A did."""
    for sent in sentences:
        m = re.search(_AS_DID, sent.text)
        if not m:
            continue
        cut = sent.start + m.start()
        before = _mentions_in(people, sent.start, cut)
        after = _mentions_in(people, cut, sent.end)
        if before and after:
            for _, p in after:
                cue_roles[id(p)] |= cue_roles[id(before[0][1])]


_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|his|her|their)\s+[^,;.:()“”\"]*,\s*(?:also\s+|then\s+)?$")
_SUBJECT_OF = re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(SPEECH_VERBS) + r"|told|urged|called|warned)\b")


def _end_of(mention: tuple[int, Person]) -> int:
    start, p = mention
    return next((b for a, b in p.mentions if a == start), start)


def _subject_before(before: list[tuple[int, Person]], p: Person) -> bool:
    return bool(before) and before[0][1] is p


#: where the OSCE itself sits: an official there is on the Organization's business, not on a visit
OSCE_SEATS = {"Vienna", "Warsaw", "The Hague", "Copenhagen", "Prague", "Geneva"}
_EVENT_WORDS = re.compile(r"\b(?:[Ss]ummit|[Cc]onference|[Mm]eeting|[Cc]ouncil|[Ss]ession|[Ff]orum|"
                          r"[Mm]inisterial|[Ss]eminar|[Ww]orkshop|[Cc]eremony|[Aa]ssembly|[Cc]ommittee|[Pp]lenary|[Cc]ommission|"
                          r"Parliament|Congress|Senate)\b")


def _dateline(body: str) -> tuple[str | None, str | None]:
    """The dateline city of a body that opens with one ('TBILISI, 25 January 2004 –', 'Tbilisi, 22 Aug. 2008
    (Civil.ge) –') and the State it is in (cities the gazetteer knows)."""
    import graph.extract.gazetteer as gz  # noqa: PLC0415

    m = re.match(r"\s*([A-Z][A-Za-z\u00C0-\u024F'\-]+(?:[ \-][A-Z][A-Za-z\u00C0-\u024F'\-]+)?)\s*,\s*"
                 r"(?:\d|[A-Z][a-z]{2})", body)
    if not m:
        return None, None
    city = m.group(1).title() if m.group(1).isupper() else m.group(1)
    return city, gz.CAPITALS.get(city)


def _dateline_visitor(body: str, sentences: list[Sentence], people: list[Person], city: str | None,
                      state: str) -> Person | None:
    """'TBILISI, … – Bulgarian Foreign Minister NAME, the OSCE Chairman-in-Office, congratulated …': a
    national or OSCE office-holder of another State who acts in the dateline city, in a lead that names no
    event they attend, is visiting (not in a city where the OSCE itself sits)."""
    if city in OSCE_SEATS or not sentences:
        return None
    lead = sentences[0]
    ms = _mentions_in(people, lead.start, lead.end)
    if not ms or _EVENT_WORDS.search(lead.text):
        return None
    at, p = ms[0]
    # the subject of the lead: only a title before the name ('Bulgarian Foreign Minister NAME'), or the one
    # who acts in the city ('…, NAME said in Tbilisi')
    opening = re.split(r"\s(?:–|—|-{1,2})\s", body[lead.start : at], maxsplit=1)[-1]
    subject = not re.search(r"\b(?!(?:the|of|and|for|in|on)\b)[a-z]", opening)
    acts_there = bool(city) and re.search(rf"\b(?:in|at)\s+{re.escape(city or '')}\b", body[at : lead.end],
                                          re.I)
    if not (subject or acts_there):
        return None
    if p.country and p.country != state and p.post and re.search(
            r"Minist|President|Prime|Chancellor|Chair|Secretary General|Secretary of State", p.post):
        return p
    return None


_MEETING = re.compile(r"\b(?:an?|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}(?:meeting|talks)\s+with\b")


def _meeting_subjects(sentences: list[Sentence], people: list[Person],
                      cue_roles: dict[int, set[str]]) -> None:
    """Where nobody is visiting, both sides of a meeting are its partners: 'U.S. President A conceded that an
    hour-long meeting with B had failed' makes A a meeting partner as well as B."""
    for sent in sentences:
        m = _MEETING.search(sent.text)
        if not m:
            continue
        ms = _mentions_in(people, sent.start, sent.start + m.start())
        after = _mentions_in(people, sent.start + m.end(), sent.end)
        if ms and after and ms[0][1] is not after[0][1]:
            cue_roles[id(ms[0][1])] |= {"meeting partner", "met-and-spoke"}


def _counterpart(body: str, p: Person) -> bool:
    """'with his Georgian counterpart, Foreign Minister NAME': the one the visitor's post is matched with."""
    return any(re.search(r"\bcounterparts?,?\s+(?:[A-Z][\w\-]*\s+){0,4}$", body[max(0, a - 80) : a])
               for a, _ in p.mentions)


def _host_state(body: str) -> str | None:
    from graph.extract.organisations import state_of  # noqa: PLC0415

    m = re.search(r"\b[Hh]osted by (?:the )?(?:Government of (?:the )?)?([A-Z][\w ]+?)(?=[,.;]| and\b)", body)
    return state_of(m.group(1)) if m else None


def _pronoun_target(people: list[Person], sentences: list[Sentence], q: Quote) -> Person | None:
    """The subject of the sentence holding the quote, else of the last sentence naming someone."""
    verbs = "|".join(SPEECH_VERBS)
    for sent in reversed([s for s in sentences if s.start <= q.start]):
        ms = _mentions_in(people, sent.start, min(sent.end, q.start))
        if ms:
            # the one who speaks ('…, Greminger noted'), else the first named
            for pos, p in ms:
                end = next((b for a, b in p.mentions if a == pos), pos)
                if re.match(
                    rf"\s+(?:\w+\s+)?(?:{verbs}|noted|welcomed|described|stressed|praised)\b",
                    sent.text[end - sent.start :],
                ):
                    return p
            return ms[0][1]
    return None


def attribute_quotes(body: str, people: list[Person], quotes: list[Quote], sentences: list[Sentence]) -> None:
    """Give each speech quotation to a person: named after it, named before it, or by pronoun."""
    verbs = "|".join(SPEECH_VERBS)
    last: Person | None = None
    last_para = -1
    for q in quotes:
        if not q.speech:
            # a further quoted sentence in the same paragraph continues the last speaker's words
            if (
                last is not None
                and q.paragraph == last_para
                and not before_clause(body, q).strip()
                and len(q.text.split()) >= 4
            ):
                last.quotes.append(q.text)
            continue
        who: Person | None = None
        after = after_clause(body, q, quotes)
        ms = _mentions_in(people, q.end, q.end + len(after))
        pron = re.search(rf"\b(?:he|she|they)\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:he|she)\b", after)
        if ms and not (pron and q.end + pron.start() < ms[0][0]):
            who = ms[0][1]
        elif pron:
            who = _pronoun_target(people, sentences, q)
        else:
            before = before_clause(body, q)
            ms = _mentions_in(people, q.start - len(before), q.start)
            if ms:
                who = ms[-1][1]
            elif last is not None and q.paragraph in (last_para, last_para + 1):
                who = last
        if who is not None:
            who.quotes.append(q.text)
            last, last_para = who, q.paragraph


# the text reports the Council itself, not one it looks ahead to ('before the Ministerial Council in May')
_COUNCIL_HELD = re.compile(r"\b(?:Council|[Mm]eeting|[Mm]inisterial)\b[^.;]{0,80}?\b(?:opened|opens|"
                           r"closed|closes|began|begins|ended|ends|concluded|wrapped up|"
                           r"is being held|got under way)\b")
_CHAIRING = re.compile(r"(?:Chair(?:man|person|woman)?-in-Office|\bchaired by|[Cc]hair(?:man|person)ship of)"
                       r"[^.;]{0,90}$")


def add_chair_host(body: str, people: list[Person], main_series: str | None) -> None:
    """The Ministerial Council meets where the Chairmanship is held, so whoever the report says chairs
    it (the Chairperson-in-Office) hosts it, whatever verb the text uses for what they did there."""
    if main_series != "Ministerial Council meetings" or not _COUNCIL_HELD.search(body):
        return
    for p in people:
        chair = re.search(r"Chair(?:man|person|woman)?-in-Office", p.post or "") or any(
            _CHAIRING.search(body, max(0, s - 120), s) for s, _ in p.mentions)
        if not chair or "host" in p.roles or {"visitor", "photographer", "press contact"} & set(p.roles):
            continue
        p.roles = ["host", *(r for r in p.roles if r != "mentioned")]
