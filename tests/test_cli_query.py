"""`osce-kg query` on the built graph: stored queries with parameters, files, and clear usage errors."""

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(cli, ["build", "--store-path", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_stored_query_with_a_parameter_as_json(store_path):
    result = run("query", "chairpersonship", "--store-path", store_path, "--param", "year=2018",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["stateName"] for r in rows] == ["Italy"]


def test_table_counts_the_57_states(store_path):
    result = run("query", "participating-states", "--store-path", store_path)
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("(57 rows)")


def test_csv_header_and_rows(store_path):
    result = run("query", "partners-by-group", "--store-path", store_path, "--format", "csv")
    lines = result.output.strip().splitlines()
    assert len(lines) == 12  # header + 11 Partners


PREFIXES = """PREFIX osce: <https://w3id.org/osce-kg/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
CHAIR = PREFIXES + """SELECT ?year ?stateName WHERE {
  ?c a osce:Chairpersonship ; osce:year ?year ; osce:chairState ?state .
  ?state skos:prefLabel ?stateName .
}
"""


def query_file(tmp_path, text: str, name: str = "my.rq"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return str(f)


def test_a_plain_select_file_runs_without_a_header(store_path, tmp_path):
    f = query_file(tmp_path, PREFIXES + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a osce:ParticipatingState }\n")
    result = run("query", f, "--store-path", store_path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"n": 57}]


def test_a_plain_file_in_csv_and_table(store_path, tmp_path):
    f = query_file(tmp_path, PREFIXES + "SELECT ?name WHERE { ?s a osce:ParticipatingState ;"
                   " skos:prefLabel ?name } ORDER BY ?name LIMIT 2\n", name="names.sparql")
    csv_out = run("query", f, "--store-path", store_path, "--format", "csv")
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.output.splitlines() == ["name", "Albania", "Andorra"]
    table = run("query", f, "--store-path", store_path)
    assert table.exit_code == 0 and table.output.rstrip().endswith("(2 rows)"), table.output


def test_ask_construct_and_describe_files(store_path, tmp_path):
    ask = query_file(tmp_path, PREFIXES + "ASK { ?s a osce:ParticipatingState }\n", "ask.rq")
    result = run("query", ask, "--store-path", store_path, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) == {"boolean": True}, result.output
    construct = query_file(tmp_path, PREFIXES + "CONSTRUCT { ?s skos:prefLabel ?n } WHERE {"
                           " ?s a osce:ParticipatingState ; skos:prefLabel ?n FILTER (?n = 'Italy'@en) }\n",
                           "construct.rq")
    result = run("query", construct, "--store-path", store_path)
    assert result.exit_code == 0, result.output
    assert "Italy" in result.output and "prefLabel" in result.output
    describe = query_file(tmp_path, PREFIXES + "DESCRIBE ?s WHERE { ?s a osce:ParticipatingState ;"
                          " skos:prefLabel 'Italy'@en }\n", "describe.rq")
    result = run("query", describe, "--store-path", store_path)
    assert result.exit_code == 0, result.output
    assert "Italy" in result.output and "ParticipatingState" in result.output


def test_params_bind_variables_of_a_plain_file(store_path, tmp_path):
    f = query_file(tmp_path, CHAIR)
    typed = '"2018"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    result = run("query", f, "--store-path", store_path, "--param", f"year={typed}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["stateName"] for r in json.loads(result.output)] == ["Italy"]
    by_label = query_file(tmp_path, PREFIXES + "SELECT ?state ?name WHERE { ?state skos:prefLabel ?name }\n",
                          "by-label.rq")
    italy = run("query", by_label, "--store-path", store_path, "--param", 'name="Italy"@en',
                "--format", "json")
    assert italy.exit_code == 0, italy.output
    [row] = json.loads(italy.output)
    back = run("query", by_label, "--store-path", store_path, "--param", f"state=<{row['state']}>",
               "--format", "json")
    assert back.exit_code == 0 and [r["name"] for r in json.loads(back.output)] == ["Italy"], back.output


def test_a_param_for_no_variable_or_a_bad_term_is_a_usage_error(store_path, tmp_path):
    f = query_file(tmp_path, CHAIR)
    result = run("query", f, "--store-path", store_path, "--param", "nosuch=1")
    assert result.exit_code == 2 and "my.rq" in result.output and "?nosuch" in result.output
    result = run("query", f, "--store-path", store_path, "--param", "state=<not an iri>")
    assert result.exit_code == 2 and "'state'" in result.output


def test_a_file_with_the_stored_header_keeps_its_typed_parameters(store_path, tmp_path):
    f = query_file(tmp_path, "# title: Chair\n# param: year | year | 2018 | The year\n"
                   + CHAIR)
    result = run("query", f, "--store-path", store_path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["stateName"] for r in json.loads(result.output)] == ["Italy"]
    bad = query_file(tmp_path, "# title: Chair\n# param: year | when | 2018 | The year\n" + CHAIR, "bad.rq")
    result = run("query", bad, "--store-path", store_path)
    assert result.exit_code == 2 and "bad.rq:2" in result.output


def test_a_malformed_file_names_the_file_and_line(store_path, tmp_path):
    f = query_file(tmp_path, PREFIXES + "SELECT ?s WHERE {\n  ?s ?p ) .\n}\n", "broken.rq")
    result = run("query", f, "--store-path", store_path)
    assert result.exit_code == 1
    assert "broken.rq" in result.output and "error at 4:" in result.output, result.output


def test_an_empty_or_unreadable_file_is_a_usage_error(store_path, tmp_path):
    result = run("query", query_file(tmp_path, "\n", "empty.rq"), "--store-path", store_path)
    assert result.exit_code == 2 and "empty.rq" in result.output and "empty" in result.output
    latin = tmp_path / "latin.rq"
    latin.write_bytes(b"SELECT * WHERE { ?s ?p '\xe9' }")
    result = run("query", str(latin), "--store-path", store_path)
    assert result.exit_code == 2 and "latin.rq" in result.output


def test_unknown_query_and_bad_parameter_are_usage_errors(store_path):
    assert "no stored query 'nosuch'" in run("query", "nosuch", "--store-path", store_path).output
    result = run("query", "chairpersonship", "--store-path", store_path, "--param", "year=next")
    assert result.exit_code == 2 and "'year'" in result.output


def test_malformed_sparql_from_stdin_says_where(store_path):
    result = CliRunner().invoke(cli, ["query", "-", "--store-path", store_path],
                                input="SELECT ?x WHERE { ?x ")
    assert result.exit_code == 1
    assert "error at 1:22" in result.output  # line and column from the parser
