"""Bad input never crashes the parser: every input yields an entry, with warnings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.model import Entry
from biblio.parse import parse_reference, segment
from biblio.parse.state import LIMIT

ROOT = Path(__file__).resolve().parents[1]


def _check(entry: Entry, text: str) -> None:
    assert isinstance(entry, Entry)
    assert entry.source == text
    assert not any(w.code == "parser-error" for w in entry.warnings), entry.warnings
    for name, span in entry.spans.items():
        assert 0 <= span.start <= span.end <= len(text), name
    Entry.from_dict(entry.to_dict())  # always serialisable


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    _check(parse_reference(text), text)


_PIECES = st.sampled_from(
    ["И.О. Фамилия.", "М.,", "Наука,", "1999.", "- 100 с.", " // ", " / ", "под ред.", "ISBN 5-02-013850-4",
     "(ed.),", "pp. 1–2", "Т. 3, № 2.", "«", "»", '"', "(", ")", ":", ";", "—", "\u00a0", "Rīga:", "lpp.", "et al.",
     "Archived May 1, 2001, at the Wayback Machine", "Retrieved on June 2, 2010.", "https://x.org/a", "и др."]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_shuffled_reference_pieces_never_crash(text: str) -> None:
    _check(parse_reference(text), text)
    assert all(piece.strip() for piece in segment(text))


def test_empty_reference_is_an_entry_with_a_warning() -> None:
    entry = parse_reference("")
    assert [w.code for w in entry.warnings] == ["empty"]


def test_garbage_is_reported_not_lost() -> None:
    text = "@@@ ### %%% ^^^ ~~~"
    entry = parse_reference(text)
    _check(entry, text)
    assert entry.warnings


def test_control_characters_keep_spans_on_the_source() -> None:
    text = "А.К.\x00 Рашкевиц.\x07 Записки партизана.\tРига,\x1b 1963."
    entry = parse_reference(text)
    _check(entry, text)
    assert entry.date is not None and entry.date.year == 1963
    assert entry.persons[0].family == "Рашкевиц"


def test_a_megabyte_line_is_parsed_in_part_and_reported() -> None:
    text = "А.К. Рашкевиц. Записки партизана. Рига, 1963. " + "x" * (1 << 20)
    entry = parse_reference(text)
    _check(entry, text)
    assert entry.title is not None and entry.title.value == "Записки партизана"
    assert any(w.code == "too-long" and w.span is not None and w.span.start == LIMIT for w in entry.warnings)


def test_unparsed_remainder_names_its_span() -> None:
    text = "А.К. Рашкевиц. Записки партизана. Рига, 1963. @@@ ###"
    codes = {w.code: w for w in parse_reference(text).warnings}
    assert "no-year" not in codes
    # the junk after the year is either reported as unparsed or kept somewhere visible
    remainder = codes.get("unparsed-remainder")
    if remainder is not None:
        assert remainder.span is not None and "@@@" in remainder.span.slice(text)


def test_no_year_is_warned() -> None:
    entry = parse_reference("Mark Healy, Zitadelle: The German Offensive Against the Kursk Salient.")
    assert "no-year" in {w.code for w in entry.warnings}


def test_cli_survives_bad_lines_and_keeps_the_good_ones(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.txt"
    bad.write_text("good: А.К. Рашкевиц. Записки партизана. Рига, 1963.\n\x00\x01\x02\n@@@\n" + "y" * 200_000 + "\n",
                   encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "biblio", "parse", str(bad)], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 4
    assert [item["origin"]["line"] for item in items] == [1, 2, 3, 4]
