"""The parser reproduces the hand-written structured form of the 24 bundled references."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio.model import Entry
from biblio.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "references" / "soviet-partisans-in-latvia.txt"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "bundled_expected.json").read_text(encoding="utf-8"))["entries"]
LINES = BUNDLED.read_text(encoding="utf-8").splitlines()


def projection(entry: Entry) -> dict[str, Any]:
    """``to_dict()`` without spans, warnings, origin, source and the spans of persons and places."""
    data = entry.to_dict()
    for key in ("spans", "warnings", "origin", "source"):
        data.pop(key, None)
    persons = data.get("persons", []) + data.get("host", {}).get("persons", [])
    for item in persons + data.get("places", []):
        item.pop("span", None)
    return data


def test_fixture_covers_every_bundled_reference() -> None:
    assert len(LINES) == len(EXPECTED) == 24


@pytest.mark.parametrize("number", range(1, 25))
def test_bundled_reference_parses_as_expected(number: int) -> None:
    entry = parse_reference(LINES[number - 1])
    assert projection(entry) == EXPECTED[number - 1]


@pytest.mark.parametrize("number", range(1, 25))
def test_spans_point_into_the_source(number: int) -> None:
    line = LINES[number - 1]
    entry = parse_reference(line)
    assert entry.spans, "every parsed field records where it came from"
    for name, span in entry.spans.items():
        assert 0 <= span.start < span.end <= len(line), name
    if entry.title is not None:
        assert " ".join(entry.spans["title"].slice(line).split()) == entry.title.value
    if entry.date is not None and "date" in entry.spans:
        assert str(entry.date.year) in entry.spans["date"].slice(line)


def test_bundled_references_leave_nothing_unexplained() -> None:
    leftovers = {
        i: [w.message for w in parse_reference(line).warnings if w.code == "unparsed-remainder"]
        for i, line in enumerate(LINES, 1)
    }
    assert {i: m for i, m in leftovers.items() if m} == {}
