"""``biblio export`` in every format on the bundled bibliography; atomic output on writer errors."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from biblio.errors import UsageError
from biblio.formats import WriteOptions, get
from biblio.io import atomic_output
from biblio.model import Entry, Text
from formats_support import ROOT, read_text

EXPECTED = 23  # 24 bundled references, one duplicate merged


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biblio", "export", *args], cwd=ROOT, capture_output=True, text=True)


def _count(fmt: str, text: str) -> int:
    if fmt in ("bibtex", "biblatex"):
        return len(re.findall(r"^@(?!preamble)\w+\{", text, re.M))
    if fmt == "csl-json":
        return len(json.loads(text))
    return text.count("\nER  -") + text.startswith("ER  -")


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json", "ris"])
def test_bundled_export_gives_23_entries_that_read_back(fmt: str, tmp_path: Path) -> None:
    result = _export("--format", fmt)
    assert result.returncode == 0, result.stderr
    assert _count(fmt, result.stdout) == EXPECTED
    suffix = {"bibtex": ".bib", "biblatex": ".bib", "csl-json": ".json", "ris": ".ris"}[fmt]
    back = read_text(fmt, result.stdout, tmp_path, "bundled" + suffix)
    assert len(back) == EXPECTED
    assert all(e.title is not None and e.title.value for e in back), [e.key for e in back if e.title is None]
    assert len({e.key for e in back}) == EXPECTED  # keys unique


def test_romanized_bibtex_export_has_no_cyrillic_outside_notes() -> None:
    result = _export("--format", "bibtex", "--romanize", "ala-lc")
    assert result.returncode == 0, result.stderr
    outside_notes = [line for line in result.stdout.splitlines() if not line.startswith("  note = ")]
    assert not [line for line in outside_notes if re.search("[\u0400-\u04ff]", line)]
    assert "Original: " in result.stdout


def test_unknown_scheme_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "refs.bib"
    out.write_text("previous", encoding="utf-8")
    result = _export("--format", "bibtex", "--romanize", "klingon", "-o", str(out))
    assert result.returncode != 0 and "unknown transliteration scheme 'klingon'" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_writer_rejects_unknown_scheme_as_usage_error(fmt: str) -> None:
    writer = get(fmt).writer
    assert writer is not None
    with pytest.raises(UsageError, match="unknown transliteration scheme 'klingon'"):
        writer([Entry(title=Text("Записки"))], io.StringIO(), WriteOptions(romanize="klingon"))


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json", "ris"])
def test_writer_error_mid_stream_leaves_previous_file(fmt: str, tmp_path: Path) -> None:
    """Whatever breaks while a writer streams, the target keeps its old content and no temp file stays."""
    out = tmp_path / "out"
    out.write_text("previous", encoding="utf-8")

    def entries() -> Iterator[Entry]:
        yield Entry(key="a", title=Text("first"))
        raise UsageError("failure half-way")

    writer = get(fmt).writer
    assert writer is not None
    with pytest.raises(UsageError):
        with atomic_output(str(out)) as stream:
            writer(entries(), stream, WriteOptions())
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
