"""A helper process for full validation: it runs a share of the pyshacl-turbo shapes.

pyshacl-turbo validates on one core, and most of its time at 10k events is per shape, so two
processes with half the shapes each on the same N-Triples finish in little more than half the time
(each pays the parse, about a third of a run). `graph.validate_fast` starts this process before it
reads the store, so the interpreter start and the shape compilation overlap the read. A process,
not a fork: the parent has RocksDB's threads running.

Protocol (pickles over stdin/stdout, between two processes of this package): the parent sends the
shapes graph's triples (its blank nodes keep their ids, so the report names the parent's property
shapes), then either None (nothing to do) or (N-Triples bytes, shape IRIs); the worker answers
(conforms, report triples).
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
    data, use_shapes = job
    ok, report, _ = program.validate(Input(data.decode("utf-8"), "nt", None, {}, {}),
                                     allow_warnings=True, use_shapes=use_shapes)
    pickle.dump((bool(ok), list(report)), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
