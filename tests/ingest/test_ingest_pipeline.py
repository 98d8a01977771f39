"""Batch ingestion: unchanged documents change nothing, changed ones are replaced, bad ones quarantined."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import Literal, URIRef

from graph.ingest import ingest_paths
from graph.namespaces import KGG, OSCE, PROV
from graph.paths import PAGES_DIR

SEED_PAGE = PAGES_DIR / "osce-press-release-2018-04-24.txt"


def doc_graphs(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [g for g in store.named_graphs() if g.startswith(f"{KGG}doc/")]


def test_reingesting_an_unchanged_document_changes_nothing(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    first = ingest_paths(store, [SEED_PAGE], quarantine_dir=tmp_path / "q", show_progress=False)
    assert first.line() == "ingested 1, unchanged 0, replaced 0, quarantined 0", first.outcomes
    [graph] = doc_graphs(store)
    generation, size = store.generation, len(store)
    before = sorted(map(str, store.graph_triples(graph)))
    again = ingest_paths(store, [SEED_PAGE, SEED_PAGE], quarantine_dir=tmp_path / "q", show_progress=False)
    assert again.line() == "ingested 0, unchanged 1, replaced 0, quarantined 0"  # listed twice, read once
    assert (store.generation, len(store)) == (generation, size)
    # nothing at all was written: the same triples, its time of ingest included
    assert sorted(map(str, store.graph_triples(graph))) == before


def test_a_changed_version_replaces_the_document_in_one_write(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "pages" / "seed.txt"
    page.parent.mkdir()
    shutil.copyfile(SEED_PAGE, page)
    ingest_paths(store, [page], quarantine_dir=tmp_path / "q", show_progress=False)
    [graph] = doc_graphs(store)
    sha = f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ <{graph}> <{OSCE.sha256}> ?s }} }}"
    old_sha = store.select(sha)[0]["s"]

    text = page.read_text(encoding="utf-8") + "\nA new closing paragraph was added.\n"
    page.write_text(text, encoding="utf-8")
    generation = store.generation
    summary = ingest_paths(store, [page], quarantine_dir=tmp_path / "q", show_progress=False)
    assert summary.line() == "ingested 0, unchanged 0, replaced 1, quarantined 0"
    assert store.generation == generation + 1  # one replace_graphs call: one transaction
    assert doc_graphs(store) == [graph]
    rows = store.select(sha)
    assert len(rows) == 1 and rows[0]["s"] != old_sha

    # a new title gives a new slug: the same source file still identifies the document
    text = page.read_text(encoding="utf-8").replace("18th Alliance against Trafficking calls",
                                                    "Eighteenth Alliance against Trafficking calls", 1)
    page.write_text(text, encoding="utf-8")
    summary = ingest_paths(store, [page], quarantine_dir=tmp_path / "q", show_progress=False)
    assert summary.replaced == 1
    [renamed] = doc_graphs(store)
    assert renamed != graph and "eighteenth-alliance" in renamed
    assert store.query(f"ASK {{ GRAPH <{renamed}> {{ <{renamed}> <{OSCE.sourceFile}> ?f }} }}").boolean


def test_malformed_pages_are_quarantined_and_the_batch_continues(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a-empty.txt").write_text("", encoding="utf-8")
    (pages / "b-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (pages / "c-noletters.txt").write_text("-\n- 2020\n--- ...\n", encoding="utf-8")
    (pages / "d-latin1.txt").write_bytes("Press release\nTitre\n\nVienne, café - é".encode("latin-1"))
    shutil.copyfile(SEED_PAGE, pages / "e-seed.txt")
    q = tmp_path / "quarantine"
    summary = ingest_paths(store, [pages], quarantine_dir=q, show_progress=False)
    assert summary.line() == "ingested 1, unchanged 0, replaced 0, quarantined 4"
    reasons = {o.path.name: o.reason for o in summary.outcomes if o.status == "quarantined"}
    assert "empty" in reasons["a-empty.txt"] and "binary" in reasons["b-binary.txt"]
    assert "no letters" in reasons["c-noletters.txt"] and "UTF-8" in reasons["d-latin1.txt"]
    for name, reason in reasons.items():
        assert (q / name).read_bytes() == (pages / name).read_bytes()
        report = (q / f"{name}.report.txt").read_text(encoding="utf-8")
        assert str(pages / name) in report and reason in report
    assert len(doc_graphs(store)) == 1


def test_a_document_breaking_a_shape_is_quarantined_with_the_report(tmp_path: Path, store, write_page,  # type: ignore[no-untyped-def]
                                                                    curated) -> None:
    series = "Conference of the Alliance against Trafficking in Persons"
    good = {"title": "Alliance conference", "date": "2019-05-03", "people": [], "events": [
        {"name": "19th Alliance conference", "series": series, "edition": 19, "start": "2019-05-02"}]}
    again = {"name": "Another 19th", "series": series, "edition": 19, "start": "2020-01-01"}
    bad = {**good, "events": [*good["events"], again]}  # type: ignore[list-item]
    path = write_page("doc.txt", "Alliance conference", "3 May 2019", "VIENNA, 3 May 2019 – It met.")
    q = tmp_path / "q"
    assert ingest_paths(store, [path], quarantine_dir=q, extract=curated({"doc": good}),
                        show_progress=False).ingested == 1
    before = len(store)
    path.write_text(path.read_text(encoding="utf-8") + "\nIt met again.\n", encoding="utf-8")
    summary = ingest_paths(store, [path], quarantine_dir=q, extract=curated({"doc": bad}),
                           show_progress=False)
    assert summary.quarantined == 1 and summary.replaced == 0
    report = (q / "doc.txt.report.txt").read_text(encoding="utf-8")
    assert "SHACL" in report and "edition number 19 is also used by" in report
    assert len(store) == before  # the earlier version stays, untouched


def test_the_ingest_command_summarises_and_fails_on_quarantine(tmp_path: Path) -> None:
    from graph.ingest.command import ingest

    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copyfile(SEED_PAGE, pages / "seed.txt")
    runner = CliRunner()
    args = ["--store", "oxigraph", "--store-path", str(tmp_path / "store"),
            "--quarantine-dir", str(tmp_path / "q")]
    ok = runner.invoke(ingest, [*args, str(pages)])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.strip().endswith("ingested 1, unchanged 0, replaced 0, quarantined 0")
    (pages / "empty.txt").write_text("   \n", encoding="utf-8")
    bad = runner.invoke(ingest, [*args, "--verbose", str(pages)])
    assert bad.exit_code == 1
    assert "ingested 0, unchanged 1, replaced 0, quarantined 1" in bad.stdout
    assert f"unchanged: {pages / 'seed.txt'}" in bad.stdout
    assert "empty file" in bad.stderr and (tmp_path / "q" / "empty.txt.report.txt").exists()


def test_provenance_of_a_document_graph(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    ingest_paths(store, [SEED_PAGE], quarantine_dir=tmp_path / "q", show_progress=False)
    [graph] = doc_graphs(store)
    g = store.graph_triples(graph)
    node = URIRef(graph)
    assert g.value(node, OSCE.sha256) == Literal(hashlib.sha256(SEED_PAGE.read_bytes()).hexdigest())
    assert str(g.value(node, OSCE.sourceFile)) == "graph/pages/osce-press-release-2018-04-24.txt"
    activity = g.value(node, PROV.wasGeneratedBy)
    agent = g.value(activity, PROV.wasAssociatedWith)
    assert str(agent).startswith("https://w3id.org/osce-kg/id/agent/extractor-")
    assert g.value(node, PROV.generatedAtTime) is not None
    assert g.value(node, PROV.wasDerivedFrom) == URIRef(
        "https://w3id.org/osce-kg/id/doc/" + graph.rsplit("/", 1)[-1])


def test_a_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    from graph.ingest.synthetic import write_pages

    write_pages(tmp_path / "pages", 12)
    cmd = [sys.executable, "-m", "graph.cli", "ingest", "--store", "memory", "--quarantine-dir",
           str(tmp_path / "q"), str(tmp_path / "pages")]
    master, slave = pty.openpty()
    try:
        on_tty = subprocess.run(cmd, stderr=slave, stdout=subprocess.PIPE, timeout=120, check=False)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    bar = b"".join(chunks).decode("utf-8", "replace")
    assert on_tty.returncode == 0 and "12/12" in bar and "ingesting" in bar
    assert on_tty.stdout.decode().strip() == "ingested 12, unchanged 0, replaced 0, quarantined 0"
    piped = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert piped.returncode == 0 and piped.stderr == b""  # no bar when standard error is not a terminal


def test_documents_cannot_together_break_a_shared_node(tmp_path: Path, store, write_page,  # type: ignore[no-untyped-def]
                                                       curated) -> None:
    """A second report of the same event is validated with what the first said about it."""
    series = "Conference of the Alliance against Trafficking in Persons"

    def report(title: str, start: str) -> dict[str, object]:
        return {"title": title, "date": None, "people": [], "events": [
            {"name": "24th Alliance conference", "series": series, "edition": 24, "start": start}]}

    extract = curated({"a": report("First report", "2024-04-15"), "b": report("Second report", "2024-04-15"),
                       "c": report("Third report", "2024-04-16")})
    paths = [write_page(f"{n}.txt", f"Report {n}", "10 April 2024", "VIENNA, 10 April 2024 – It met.")
             for n in "abc"]
    summary = ingest_paths(store, paths, quarantine_dir=tmp_path / "q", extract=extract, show_progress=False)
    assert [o.status for o in summary.outcomes] == ["ingested", "ingested", "quarantined"]
    report_text = (tmp_path / "q" / "c.txt.report.txt").read_text(encoding="utf-8")
    assert "alliance-against-trafficking-in-persons-24" in report_text and "startDate" in report_text


def test_quarantined_files_of_the_same_name_do_not_overwrite_each_other(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    for n, folder in enumerate("ab"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(f"- - {n} -\n", encoding="utf-8")  # no letters: refused
    q = tmp_path / "q"
    summary = ingest_paths(store, [tmp_path / "a", tmp_path / "b"], quarantine_dir=q, show_progress=False)
    assert summary.quarantined == 2
    reports = sorted(q.glob("*.report.txt"))
    assert len(reports) == 2
    texts = {r.read_text(encoding="utf-8").splitlines()[0] for r in reports}
    assert texts == {f"file: {tmp_path / 'a' / 'page.txt'}", f"file: {tmp_path / 'b' / 'page.txt'}"}
    copies = {p.read_text(encoding="utf-8") for p in q.iterdir() if not p.name.endswith(".report.txt")}
    assert copies == {"- - 0 -\n", "- - 1 -\n"}


def test_spelling_variants_of_a_minted_label_keep_one_label(tmp_path: Path, store, write_page,  # type: ignore[no-untyped-def]
                                                            curated) -> None:
    """A minted organisation or post named slightly differently by a later document keeps its first label."""

    def doc(title: str, org: str, post: str) -> dict[str, object]:
        return {"title": title, "date": None, "events": [], "organisations": [org],
                "people": [{"name": "Anna Brodsky", "post": post, "organisation": org, "roles": ["speaker"]}]}

    extract = curated({"a": doc("First", "Civic Futures Foundation", "Head of Programmes"),
                       "b": doc("Second", "Civic futures foundation", "head of programmes")})
    body = "VIENNA, 10 April 2024 – Anna Brodsky spoke."
    paths = [write_page(f"{n}.txt", f"Report {n}", "10 April 2024", body)
             for n in "ab"]
    summary = ingest_paths(store, paths, quarantine_dir=tmp_path / "q", extract=extract, show_progress=False)
    assert summary.line() == "ingested 2, unchanged 0, replaced 0, quarantined 0", summary.outcomes
    labels = store.select("""SELECT DISTINCT ?label WHERE {
        <https://w3id.org/osce-kg/id/org/civic-futures-foundation>
            <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }""")
    assert [str(r["label"]) for r in labels] == ["Civic Futures Foundation"]
    posts = store.select("""SELECT DISTINCT ?post ?label WHERE {
        ?a <https://w3id.org/osce-kg/def#statedPost> ?post .
        ?post <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }""")
    assert [str(r["label"]) for r in posts] == ["Head of Programmes"]
    stated = store.select("""SELECT DISTINCT ?t WHERE { ?a <https://w3id.org/osce-kg/def#statedTitle> ?t }""")
    assert sorted(str(r["t"]) for r in stated) == ["Head of Programmes", "head of programmes"]  # as stated


def test_a_page_read_ahead_as_unchanged_is_ingested_when_an_earlier_one_replaced_its_graph(  # type: ignore[no-untyped-def]
        tmp_path: Path, store, write_page) -> None:
    """Files are read and extracted a group at a time; whether a page is unchanged is still decided at
    its turn. Here b.txt, first in the batch, has the title and date of the stored a.txt and replaces its
    graph: a.txt, unchanged on disk and skipped by the extractor when read ahead, is then ingested."""
    body = "VIENNA, 5 May 2019 – The OSCE Secretary General opened the meeting."
    a = write_page("a.txt", "OSCE meeting opens in Vienna", "5 May 2019", body)
    first = ingest_paths(store, [a], quarantine_dir=tmp_path / "q", show_progress=False)
    assert first.ingested == 1, first.outcomes
    b = write_page("b.txt", "OSCE meeting opens in Vienna", "5 May 2019", body + " It closed on 6 May.")
    summary = ingest_paths(store, [b, a], quarantine_dir=tmp_path / "q", show_progress=False)
    assert [o.status for o in summary.outcomes] == ["replaced", "replaced"], summary.outcomes
    [graph] = doc_graphs(store)
    [row] = store.select(f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ <{graph}> <{OSCE.sourceFile}> ?s }} }}")
    assert str(row["s"]).endswith("a.txt")
