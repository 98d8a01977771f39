"""Reading the reference fact tables (CSV with '#' comment lines, TOML); errors name file and line."""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


class ReferenceDataError(ValueError):
    """A reference data file is malformed or points to something that does not exist."""


def read_rows(name: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row of a CSV file; comment lines start with '#'."""
    path = DATA_DIR / name
    lines = path.read_text(encoding="utf-8").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise ReferenceDataError(f"{path}: no header line")
    reader = csv.reader([line for _, line in numbered])
    header = [h.strip() for h in next(reader)]
    missing = [c for c in required if c not in header]
    if missing:
        raise ReferenceDataError(f"{path}:{numbered[0][0]}: missing column(s) {', '.join(missing)}")
    rows = []
    for (lineno, _), values in zip(numbered[1:], reader, strict=True):
        if len(values) != len(header):
            raise ReferenceDataError(f"{path}:{lineno}: {len(values)} fields, expected {len(header)}")
        row = {h: v.strip() for h, v in zip(header, values, strict=True)}
        for c in required:
            if not row[c]:
                raise ReferenceDataError(f"{path}:{lineno}: empty {c!r}")
        rows.append((lineno, row))
    return rows


def read_table(name: str, key: str) -> list[dict[str, Any]]:
    """The array of tables ``[[key]]`` of a TOML file."""
    path = DATA_DIR / name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError(f"{path}: {exc}") from exc
    items = data.get(key)
    if not isinstance(items, list):
        raise ReferenceDataError(f"{path}: no [[{key}]] tables")
    for i, item in enumerate(items, 1):
        if not item.get("slug") or not item.get("label"):
            raise ReferenceDataError(f"{path}: [[{key}]] number {i} needs slug and label")
    return items


def split_alt(value: str) -> list[str]:
    return [a.strip() for a in value.split(";") if a.strip()]
