"""The OSCE with its structures and their hierarchy, key posts, and the external organisations
press releases name."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import ORG, RDF

from graph import ids
from graph.namespaces import OSCE, SCHEMA
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_table

STRUCTURES = "structures.toml"
POSTS = "posts.toml"
INTERNATIONAL = "international.toml"
STRUCTURE_CLASSES = {"osce:DecisionMakingBody", "osce:ExecutiveStructure", "osce:Institution",
                     "osce:SecretariatUnit", "osce:Structure"}


def post(slug: str) -> URIRef:
    return ids.iri("post", slug)


def _mint(ctx: Context, slug: str, where: str) -> URIRef:
    s = ids.org(slug)
    if slug in ctx.orgs:
        raise ReferenceDataError(f"{where}: organisation slug {slug!r} used twice")
    ctx.orgs[slug] = s
    return s


def add_structures(ctx: Context) -> None:
    """kg:org/osce and every OSCE body; parents must come before their children in the file."""
    g = ctx.graph
    path = DATA_DIR / STRUCTURES
    for item in read_table(STRUCTURES, "org"):
        where = f"{path} [[org]] {item['slug']}"
        s = _mint(ctx, item["slug"], where)
        ctx.labels(s, item["label"], item.get("alt", []))
        g.add((s, ORG.classification, ids.concept("org-kind", item["kind"])))
        cls = item["class"]
        if cls == "international":
            g.add((s, RDF.type, ORG.FormalOrganization))
            g.add((s, RDF.type, OSCE.InternationalOrganization))
        elif cls in STRUCTURE_CLASSES:
            g.add((s, RDF.type, OSCE[cls.split(":", 1)[1]]))
            g.add((s, RDF.type, OSCE.Structure))
            g.add((s, RDF.type, ORG.OrganizationalUnit))
            g.add((s, ORG.subOrganizationOf, ctx.org(item["parent"], where)))
            g.add((s, ORG.unitOf, ctx.org("osce", where)))
        else:
            raise ReferenceDataError(f"{where}: class {cls!r} is not one of {sorted(STRUCTURE_CLASSES)}")
        if item.get("seat"):
            g.add((s, SCHEMA.location, ctx.place(item["seat"], where)))


def add_posts(ctx: Context) -> None:
    path = DATA_DIR / POSTS
    for item in read_table(POSTS, "post"):
        s = post(item["slug"])
        ctx.graph.add((s, RDF.type, ORG.Post))
        ctx.labels(s, item["label"], item.get("alt", []))
        ctx.graph.add((s, ORG.postIn, ctx.org(item["in"], f"{path} [[post]] {item['slug']}")))


def add_international(ctx: Context) -> None:
    g = ctx.graph
    path = DATA_DIR / INTERNATIONAL
    for item in read_table(INTERNATIONAL, "org"):
        where = f"{path} [[org]] {item['slug']}"
        s = _mint(ctx, item["slug"], where)
        ctx.labels(s, item["label"], item.get("alt", []))
        g.add((s, RDF.type, ORG.FormalOrganization))
        if item.get("igo", True):
            g.add((s, RDF.type, OSCE.InternationalOrganization))
            g.add((s, ORG.classification, ids.concept("org-kind", "international organisation")))
        if item.get("parent"):
            g.add((s, ORG.subOrganizationOf, ctx.org(item["parent"], where)))
