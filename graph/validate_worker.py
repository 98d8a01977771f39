"""A helper process for full validation: it runs a share of the pyshacl-turbo shapes.

pyshacl-turbo validates on one core, and most of its time at 10k events is per shape, so two
processes with half the shapes each on the same N-Triples finish in little more than half the time
(each pays the parse, about a third of a run). `graph.validate_fast` starts this process before it
reads the store, so the interpreter start and the shape compilation overlap the read. A process,
not a fork: the parent has RocksDB's threads running.

Protocol (pickles over stdin/stdout, between two processes of this package): the parent sends the
shapes graph's triples (its blank nodes keep their ids, so the report names the parent's property
shapes), then None (nothing to do), ("text", N-Triples bytes, shape IRIs), or ("read", store
directory, graph IRIs, shape IRIs): then the worker opens the store read-only, sends those graphs
as N-Triples and takes the rest of the text back. It answers (conforms, report triples).
"""

from __future__ import annotations

import pickle
import sys
from typing import BinaryIO

from rdflib import Graph


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    from pyshacl_turbo import Input, compile_shapes

    shapes = Graph()
    for triple in pickle.load(inp):
        shapes.add(triple)
    program = compile_shapes(shapes)
    job = pickle.load(inp)
    if job is None:
        return
    if job[0] == "read":  # our share of the store's graphs: send it, then take the rest
        import pyoxigraph as ox

        from graph.validate_fast import union_ntriples

        _, path, graphs, use_shapes = job
        store = ox.Store.read_only(path)
        data = union_ntriples(store, [ox.NamedNode(g) for g in graphs], default=False)
        del store
        pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
        data += pickle.load(inp)
    else:
        _, data, use_shapes = job
    ok, report, _ = program.validate(Input(data.decode("utf-8"), "nt", None, {}, {}),
                                     allow_warnings=True, use_shapes=use_shapes)
    pickle.dump((bool(ok), list(report)), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
