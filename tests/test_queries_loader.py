from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.queries import ParameterError, QueryFileError, load_queries, parse_query_file


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / f"{name}.rq"
    p.write_text(text, encoding="utf-8")
    return p


def test_header_and_typed_bindings(tmp_path):
    p = write(tmp_path, "chair", "# title: Chair\n# description: The chair\n# description: of a year.\n"
              "# param: year | year | 2025 | The year\n"
              "SELECT ?year ?state WHERE { ?c <urn:year> ?year ; <urn:state> ?state }\n")
    q = parse_query_file(p)
    assert (q.name, q.title, q.description) == ("chair", "Chair", "The chair of a year.")
    assert q.bindings() == {"year": Literal("2025", datatype=XSD.gYear)}
    assert q.bindings({"year": "2018"}) == {"year": Literal("2018", datatype=XSD.gYear)}


@pytest.mark.parametrize("ptype,value,expected", [
    ("iri", "https://w3id.org/osce-kg/id/state/fin", URIRef("https://w3id.org/osce-kg/id/state/fin")),
    ("integer", "18", Literal(18, datatype=XSD.integer)),
    ("date", "2018-04-24", Literal("2018-04-24", datatype=XSD.date)),
    ("string", "Vienna", Literal("Vienna")),
])
def test_parameter_types(tmp_path, ptype, value, expected):
    p = write(tmp_path, "q", f"# title: Q\n# param: x | {ptype} |  | X\nSELECT ?x WHERE {{ ?s ?p ?x }}\n")
    assert parse_query_file(p).bindings({"x": value}) == {"x": expected}


@pytest.mark.parametrize("ptype,value", [("iri", "not an iri"), ("iri", "http://a> } DROP ALL {"), ("iri", "http://[x"),
                                         ("integer", "ten"), ("year", "20x5"), ("date", "24 April")])
def test_bad_values_are_refused_with_the_parameter_name(tmp_path, ptype, value):
    p = write(tmp_path, "q", f"# title: Q\n# param: x | {ptype} |  | X\nSELECT ?x WHERE {{ ?s ?p ?x }}\n")
    with pytest.raises(ParameterError, match="'x'"):
        parse_query_file(p).bindings({"x": value})


def test_missing_and_unknown_parameters(tmp_path):
    p = write(tmp_path, "q", "# title: Q\n# param: x | string |  | X\nSELECT ?x WHERE { ?s ?p ?x }\n")
    q = parse_query_file(p)
    with pytest.raises(ParameterError, match="needs parameter 'x'"):
        q.bindings()
    with pytest.raises(ParameterError, match="no parameter y"):
        q.bindings({"x": "a", "y": "b"})


def test_malformed_headers_name_file_and_line(tmp_path):
    with pytest.raises(QueryFileError, match=r"bad\.rq:2"):
        parse_query_file(write(tmp_path, "bad", "# title: T\n# param: x | colour | red | X\nSELECT * {}\n"))
    with pytest.raises(QueryFileError, match="title"):
        parse_query_file(write(tmp_path, "untitled", "SELECT * {}\n"))
    with pytest.raises(QueryFileError, match="projected"):
        parse_query_file(write(tmp_path, "hidden", "# title: T\n# param: x | string | a | X\n"
                                                    "SELECT ?s WHERE { ?s ?p ?x }\n"))


def test_every_shipped_query_parses():
    queries = load_queries()
    assert len(queries) >= 8, sorted(queries)
    for q in queries.values():
        assert q.title and q.description, q.name


def test_a_stored_query_directory_still_needs_the_title_header(tmp_path):
    write(tmp_path, "titled", "# title: T\nSELECT * {}\n")
    write(tmp_path, "plain", "SELECT * {}\n")  # runs from the command line, but feeds no web page
    with pytest.raises(QueryFileError, match=r"plain\.rq: no '# title:' header"):
        load_queries(tmp_path)
