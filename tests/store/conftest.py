"""Store fixtures: real servers (Oxigraph, Virtuoso) and one store per backend of the contract."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_servers import Server, start_oxigraph, start_virtuoso, virtuoso_binary

from graph.store.base import Store
from graph.store.oxigraph import OxigraphStore
from graph.store.remote import RemoteStore


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if virtuoso_binary() is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource; .ci/run installs it)")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


def remote_store(server: Server, gsp: bool = False) -> RemoteStore:
    return RemoteStore(server.query_url, server.update_url, server.gsp_url if gsp else None)


# remote-oxigraph-gsp: single-graph writes by Graph Store Protocol PUT, the rest by SPARQL Update
BACKENDS = ("memory", "oxigraph-persistent", "remote-oxigraph", "remote-oxigraph-gsp")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend (the remote one is the shared server, emptied first)."""
    kind = request.param
    s: Store
    if kind == "memory":
        s = OxigraphStore(None)
    elif kind == "oxigraph-persistent":
        s = OxigraphStore(tmp_path / "store")
    else:
        s = remote_store(request.getfixturevalue("oxigraph_server"), gsp=kind.endswith("gsp"))
        s.clear()
    try:
        yield s
    finally:
        if kind.startswith("remote"):
            s.clear()
        s.close()
