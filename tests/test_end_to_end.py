"""What `make serve` promises: the shipped graph, built and validated, answers over real HTTP."""

import requests

COUNT = ("SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/osce-kg/def#ParticipatingState> }")


def test_count_of_participating_states_is_57_over_get_and_post(live_server: str) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    got = requests.get(live_server + "/sparql", params={"query": COUNT}, headers=accept, timeout=30)
    posted = requests.post(live_server + "/sparql", data={"query": COUNT}, headers=accept, timeout=30)
    for r in (got, posted):
        assert r.status_code == 200, r.text
        assert r.headers["Content-Type"].startswith("application/sparql-results+json")
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "57"


def test_chairpersonship_2025_is_finland_over_http(live_server: str) -> None:
    r = requests.get(live_server + "/queries/chairpersonship", params={"year": "2025", "format": "json"},
                     timeout=30)
    assert r.status_code == 200, r.text
    values = {b["value"] for row in r.json()["results"]["bindings"] for b in row.values()}
    assert "Finland" in values
