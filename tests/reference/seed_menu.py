"""The osce.org navigation menu of the seed press release (copied to data/seed-menu.txt), cut into sections.

The menu is a list of ``- item`` lines; a bare ``-`` line followed by a heading line opens a section.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

MENU_FILE = Path(__file__).resolve().parent / "data" / "seed-menu.txt"

# Menu links that name a page, not a thing the graph describes.
NAVIGATION = {"All", "Field operations", "Projects", "Partnerships", "Institutions",
              "Closed field activities", "Organizational structure", "About us"}


@cache
def sections() -> dict[str, list[str]]:
    """Heading -> its items, in menu order; a heading that appears twice keeps its first, non-empty items."""
    out: dict[str, list[str]] = {}
    lines = MENU_FILE.read_text(encoding="utf-8").splitlines()
    heading: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line == "-" and i + 1 < len(lines):
            heading = lines[i + 1].strip()
            out.setdefault(heading, [])
            i += 2
            continue
        if line.startswith("- ") and heading is not None:
            out[heading].append(line[2:].strip())
        i += 1
    return out


def items(heading: str) -> list[str]:
    """A section's items without navigation links; for "Field operations" only the operations, which come
    before "Closed field activities" (the menu's last items belong to "Structures and institutions")."""
    raw = sections()[heading]
    if heading == "Field operations":
        raw = raw[: raw.index("Closed field activities")]
    return [menu_name(x) for x in raw if x not in NAVIGATION]


def trailing_structures() -> list[str]:
    """The structures listed after the field operations: Parliamentary Assembly, Court of Conciliation..."""
    raw = sections()["Field operations"]
    return [x for x in raw[raw.index("Closed field activities") + 1:] if x not in NAVIGATION]


def menu_name(item: str) -> str:
    """'Finland – OSCE Chairpersonship 2025' names Finland: the suffix is a note, not part of the name."""
    return item.split(" – ")[0].strip()
