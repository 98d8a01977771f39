"""The server-drawn pictures (server/svg.py): well-formed SVG, deterministic layouts, text escaped."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from datetime import date

from server import svg

NS = "{http://www.w3.org/2000/svg}"


def parse(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def test_ego_network_is_deterministic_whatever_the_input_order() -> None:
    others = [svg.Node(f"Person {i}", f"/id/person/p{i}", weight=1 + i % 3) for i in range(12)]
    first = svg.ego_network(svg.Node("Centre", None), others)
    shuffled = others[:]
    random.Random(7).shuffle(shuffled)
    assert svg.ego_network(svg.Node("Centre", None), shuffled) == first
    root = parse(first)
    assert len(root.findall(f"{NS}g[@class='node']")) == 12
    widths = {
        line.find(f"{NS}title").text.split(":")[0]: float(line.get("stroke-width"))  # type: ignore[union-attr]
        for line in root.iter(f"{NS}line")
        if line.get("class") == "edge"
    }
    assert widths["Person 2"] > widths["Person 1"] > widths["Person 0"]  # weight 3 > 2 > 1


def test_ego_network_caps_the_nodes_and_says_so() -> None:
    others = [svg.Node(f"P{i:02d}", None, weight=30 - i) for i in range(30)]
    root = parse(svg.ego_network(svg.Node("C", None), others, max_nodes=24))
    labels = [t.text for t in root.iter(f"{NS}text")]
    assert "P00" in labels and "P23" in labels and "P24" not in labels
    assert "and 6 more (see the table)" in labels


def test_labels_are_escaped() -> None:
    evil = '</text><script>alert(1)</script>"&'
    pictures = [
        svg.ego_network(svg.Node(evil, None), [svg.Node(evil, "/x?a=1&b=2")]),
        svg.timeline([svg.Row(evil, None, evil, [date(2018, 4, 24)])]),
        svg.bar_chart([svg.Bar(evil, 3, None, True, evil), svg.Bar("2", None)]),
    ]
    for picture in pictures:
        assert "<script>" not in picture
        root = parse(picture)  # still well-formed XML
        assert any(evil in (t.text or "") for t in root.iter(f"{NS}title"))


def test_timeline_axis_spans_the_dates() -> None:
    root = parse(
        svg.timeline(
            [
                svg.Row("A", None, "", [date(2015, 3, 1), date(2019, 6, 1)]),
                svg.Row("B", None, "", [date(2018, 1, 1)]),
            ]
        )
    )
    years = [t.text for t in root.iter(f"{NS}text") if (t.text or "").isdigit()]
    assert years[0] == "2015" and years[-1] == "2020"
    assert len(root.findall(f".//{NS}circle")) == 3
    assert svg.timeline([]) == ""


def test_bar_chart_heights_follow_the_values() -> None:
    root = parse(svg.bar_chart([svg.Bar("17", 100), svg.Bar("18", 351, highlight=True), svg.Bar("19", None)]))
    rects = [float(r.get("height")) for r in root.iter(f"{NS}rect")]  # type: ignore[arg-type]
    assert len(rects) == 2 and abs(rects[1] / rects[0] - 3.51) < 0.01
    assert svg.bar_chart([svg.Bar("1", None)]) == ""
