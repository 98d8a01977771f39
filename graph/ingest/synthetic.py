"""Generated pages in the seed's layout, for the ingest benchmark and the crash test.

Deterministic (one seed, no clock): page ``i`` is always the same text. Names are invented
combinations, so people recur across pages (as in a real archive) without any real person's name.
Each page has a distinct date, so each has its own document slug.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

MENU = ["-", "Our work", "-", "Fields of work", "- Combating trafficking in human beings", "- Elections",
        "- Media freedom and development", "-", "Meetings and conferences",
        "- Conference of the Alliance against Trafficking in Persons", "- Economic and Environmental Forum",
        "- Annual OSCE Mediterranean conferences", "-"]
SERIES = ["Conference of the Alliance against Trafficking in Persons", "Economic and Environmental Forum",
          "Annual OSCE Mediterranean conferences", "Annual OSCE Asian conferences",
          "Gender Equality Review Conferences", "Cyber/ICT security conferences"]
FIELDS = ["Combating trafficking in human beings", "Elections", "Media freedom and development", "Migration",
          "Gender equality", "Good governance", "Rule of law", "Human rights", "Youth", "Policing"]
SOURCES = ["OSCE Secretariat", "OSCE Chairpersonship",
           "OSCE Office for Democratic Institutions and Human Rights", "OSCE Mission to Serbia",
           "OSCE Programme Office in Bishkek"]
CITIES = ["Vienna", "Warsaw", "Belgrade", "Bishkek", "Tirana", "Skopje", "Sarajevo", "Prague", "Helsinki",
          "Dushanbe", "Chisinau", "Podgorica"]
FIRST = ["Anna", "Boris", "Clara", "Dario", "Elif", "Fabian", "Greta", "Hamid", "Irena", "Jonas", "Katja",
         "Luka", "Mira", "Nikola", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Ugo", "Vesna", "Yusuf",
         "Zofia", "Ömer", "Ágnes", "Jürgen"]
LAST = ["Alder", "Brennan", "Castell", "Dorfmann", "Eskola", "Ferrand", "Gallo", "Haugen", "Ilić",
        "Jovanović", "Kerimov", "Lindqvist", "Marchetti", "Novák", "Oksanen", "Petrescu", "Quist",
        "Rahimov", "Sørensen",
        "Tóth", "Urbanek", "Valdés", "Weiss", "Yilmaz", "Zielińska", "Brodsky", "Castellani", "Demir"]
POSTS = ["OSCE Secretary General", "Head of the OSCE Mission to Serbia",
         "Director of the OSCE Office for Democratic Institutions and Human Rights",
         "Head of the OSCE Programme Office in Bishkek",
         "Chief Executive Officer of the Civic Futures Foundation",
         "Director of the Regional Media Institute", "Deputy Minister of Foreign Affairs of Italy",
         "OSCE Representative on Freedom of the Media"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
QUOTES = ["Partnerships are the only way to make progress on this agenda",
          "We must protect those who are most at risk",
          "Co-operation across borders is not optional, it is essential",
          "Our shared commitments mean little without implementation"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def page(i: int, seed: int = 2018) -> str:
    """The text of generated page ``i``."""
    rnd = random.Random(seed * 100_003 + i)
    date = dt.date(2001, 1, 1) + dt.timedelta(days=i * 3)
    start = date - dt.timedelta(days=1)
    city = rnd.choice(CITIES)
    series = SERIES[i % len(SERIES)]
    edition = i // len(SERIES) + 1  # one event per page: (series, edition) never repeats
    short = series.removeprefix("Annual ")
    n = rnd.randint(40, 600)
    people: list[tuple[str, str]] = []
    while len(people) < 4:
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        if name not in [p for p, _ in people]:
            people.append((name, rnd.choice(POSTS)))
    title = f"{ordinal(edition)} {short} in {city} calls for stronger co-operation"
    fields = rnd.sample(FIELDS, 2)
    (p1, t1), (p2, t2), (p3, t3), (p4, t4) = people
    body = (
        f"{city.upper()}, {_day(date)} – The {ordinal(edition)} {short} "
        f"took place in {city} on {start.day} and {date.day} {MONTHS[date.month - 1]} {date.year}, bringing "
        f"together {n} participants from {rnd.randint(20, 57)} participating States.\n\n"
        f"{t1}, {p1}, opened the conference. “{rnd.choice(QUOTES)},” said {p1.split()[-1]}.\n\n"
        f"The keynote address was delivered by {t2} {p2}.\n\n"
        f"Other speakers included {p3}, {t3}, and {p4}, {t4}.\n"
    )
    lines = [*MENU, "Press release", title, "- Date:", f"- {_day(date)}", "- Place:", f"- {city}",
             "- Source:", f"- {rnd.choice(SOURCES)}", "- Fields of work:", f"- {', '.join(fields)}", "", body]
    return "\n".join(lines)


def write_pages(directory: Path, count: int, seed: int = 2018) -> list[Path]:
    """Write pages ``0..count-1`` as ``page-NNNN.txt``; returns their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = directory / f"page-{i:04d}.txt"
        p.write_text(page(i, seed), encoding="utf-8")
        paths.append(p)
    return paths
