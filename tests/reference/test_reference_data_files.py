"""Bad fact tables give an error that names the file and line; the shipped tables all read."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.reference import build_reference
from graph.reference.data_files import ReferenceDataError


def edit(path: Path, old: str, new: str) -> int:
    """Replace one line's text; returns its line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith(old))
    lines[n] = lines[n].replace(old, new, 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n + 1


def test_the_copy_builds_like_the_original(data_copy: Path, reference_graph: Graph) -> None:
    assert isomorphic(build_reference(), reference_graph)


def test_unknown_pycountry_key(data_copy: Path) -> None:
    line = edit(data_copy / "states.csv", "Andorra,Andorra,", "Andorra,Andorrra,")
    with pytest.raises(ReferenceDataError, match=rf"states\.csv:{line}: pycountry does not know 'Andorrra'"):
        build_reference()


def test_wrong_number_of_fields(data_copy: Path) -> None:
    line = edit(data_copy / "chairpersonships.csv", "2018,Italy", "2018,Italy,extra")
    with pytest.raises(ReferenceDataError, match=rf"chairpersonships\.csv:{line}: 3 fields, expected 2"):
        build_reference()


def test_unknown_host_state(data_copy: Path) -> None:
    line = edit(data_copy / "field_operations.csv", "Mission to Serbia,mission,Serbia,",
                "Mission to Serbia,mission,Serbie,")
    with pytest.raises(ReferenceDataError, match=rf"field_operations\.csv:{line}: unknown State 'Serbie'"):
        build_reference()


def test_closing_before_opening(data_copy: Path) -> None:
    line = edit(data_copy / "field_operations.csv", "Mission to Croatia,mission,Croatia,1996,2007",
                "Mission to Croatia,mission,Croatia,1996,1990")
    with pytest.raises(ReferenceDataError,
                       match=rf"field_operations\.csv:{line}: closed 1990 before opened 1996"):
        build_reference()


def test_two_rows_for_one_state(data_copy: Path) -> None:
    edit(data_copy / "states.csv", "Andorra,Andorra,", "Andorra,Albania,")
    with pytest.raises(ReferenceDataError, match=r"state/alb, already used"):
        build_reference()


def test_unknown_parent_structure(data_copy: Path) -> None:
    edit(data_copy / "structures.toml", 'parent = "secretariat"', 'parent = "secretariate"')
    with pytest.raises(ReferenceDataError, match=r"structures\.toml .*unknown organisation 'secretariate'"):
        build_reference()


def test_bad_toml(data_copy: Path) -> None:
    (data_copy / "posts.toml").write_text("[[post]\nslug = 1\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"posts\.toml"):
        build_reference()
