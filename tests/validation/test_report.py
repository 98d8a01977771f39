"""The text report names property shapes by their node shape and path, never by a blank-node id."""

from pathlib import Path

from graph.validation import validate_files

BAD = """
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/osce-kg/id/event/x-1> a schema:Event ;
    schema:name "X"@en ; schema:startDate "tomorrow" ; schema:endDate "2018-04-24"^^xsd:date .
"""


def test_headings_are_readable(tmp_path: Path):
    f = tmp_path / "bad.ttl"
    f.write_text(BAD)
    report = validate_files([f])
    assert not report.conforms
    headings = [line for line in report.text().splitlines() if line and not line.startswith(" ")][1:]
    assert "osh:EventShape › schema:startDate (1):" in headings
    assert not [h for h in headings if h.startswith("_:")]
