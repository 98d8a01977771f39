"""`graph.ntriples` writes what rdflib's N-Triples serializer writes, line for line."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph.ntriples import nt_line, nt_lines


def test_lines_match_rdflibs_serializer_on_literals_that_need_escaping() -> None:
    s, p = URIRef("urn:ex:s"), URIRef("urn:ex:p")
    objects = [Literal("plain"), Literal('say "hi"\\ now'), Literal("two\nlines\r\n"),
               Literal("Wien", lang="de"), Literal("1993", datatype=XSD.gYear), Literal(7),
               Literal("Ünïcödé ✓"), URIRef("urn:ex:o"), BNode("b1")]
    g = Graph()
    for o in objects:
        g.add((s, p, o))
    g.add((BNode("b2"), p, Literal("x")))
    expected = sorted(line for line in g.serialize(format="nt").splitlines() if line)
    assert sorted(nt_lines(g).splitlines()) == expected
    assert nt_line((s, p, Literal("a\nb"))) == '<urn:ex:s> <urn:ex:p> "a\\nb" .\n'
    assert Graph().parse(data=nt_lines(g), format="nt").isomorphic(g)
