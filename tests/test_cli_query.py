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


def test_a_query_file_without_a_title_is_a_usage_error(store_path, tmp_path):
    f = tmp_path / "untitled.rq"
    f.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n")
    result = run("query", str(f), "--store-path", store_path)
    assert result.exit_code == 2
    assert "untitled.rq" in result.output and "title" in result.output


def test_unknown_query_and_bad_parameter_are_usage_errors(store_path):
    assert "no stored query 'nosuch'" in run("query", "nosuch", "--store-path", store_path).output
    result = run("query", "chairpersonship", "--store-path", store_path, "--param", "year=next")
    assert result.exit_code == 2 and "'year'" in result.output


def test_malformed_sparql_from_stdin_says_where(store_path):
    result = CliRunner().invoke(cli, ["query", "-", "--store-path", store_path],
                                input="SELECT ?x WHERE { ?x ")
    assert result.exit_code == 1
    assert "error at 1:22" in result.output  # line and column from the parser
