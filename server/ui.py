"""The query page at ``/``: a SPARQL editor with highlighting, the stored queries to pick from, and
results as a table. Everything it needs is served from ``server/static`` (no CDN, works offline)."""

from __future__ import annotations

from flask import Blueprint, render_template

from server.kg import setting
from server.stored import describe_query, queries

bp = Blueprint("ui", __name__)

DEFAULT_QUERY = """PREFIX osce: <https://w3id.org/osce-kg/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?state ?name WHERE {
  ?state a osce:ParticipatingState ;
         skos:prefLabel ?name .
}
ORDER BY ?name
"""


@bp.route("/")
def index() -> str:
    return render_template(
        "ui.html",
        stored=[describe_query(q) for q in queries().values()],
        base_iri=setting("base_iri"),
        default_query=DEFAULT_QUERY,
    )
