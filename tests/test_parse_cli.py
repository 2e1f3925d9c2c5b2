"""`biblio parse` for free text: --jobs keeps input order, progress goes to stderr only on a terminal."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from pathlib import Path

from biblio.commands.parse import progress
from biblio.formats.text import read_parallel
from biblio.io import Source
from biblio.model import Entry
from biblio.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "references" / "soviet-partisans-in-latvia.txt"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, cwd=ROOT)


def test_jobs_output_equals_single_process_output(tmp_path: Path) -> None:
    lines = BUNDLED.read_text(encoding="utf-8").splitlines() * 30 + ["", "@@@ garbage", "Smith, J. (2001). A title. Publisher."]
    big = tmp_path / "many.txt"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("parse", str(big))
    two = run("parse", "--jobs", "2", str(big))
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    items = json.loads(two.stdout)
    assert len(items) == len([line for line in lines if line.strip()])
    assert [i["origin"]["line"] for i in items] == sorted(i["origin"]["line"] for i in items)
    assert two.stderr == b""  # not a terminal: no progress bar


def test_read_parallel_keeps_order_across_batches(tmp_path: Path, monkeypatch) -> None:
    from biblio.formats import text

    monkeypatch.setattr(text, "CHUNK", 2)  # many small batches
    path = tmp_path / "refs.txt"
    refs = [f"Author{i} A. Title number {i}. М., {1900 + i}." for i in range(40)]
    path.write_text("\n".join(refs) + "\n", encoding="utf-8")
    entries = list(read_parallel(Source(str(path)), 2))
    assert [e.date.year for e in entries if e.date] == [1900 + i for i in range(40)]


def test_jobs_must_be_positive() -> None:
    result = run("parse", "--jobs", "0", str(BUNDLED))
    assert result.returncode == 2
    assert b"--jobs" in result.stderr


def test_progress_reports_count_after_the_delay() -> None:
    stream = io.StringIO()
    entries = [Entry(source=str(i)) for i in range(5)]
    assert list(progress(iter(entries), stream, delay=0.0, every=0.0)) == entries
    out = stream.getvalue()
    assert "parsed 5 references" in out and out.endswith("\n")


def test_progress_is_silent_for_short_runs() -> None:
    stream = io.StringIO()
    list(progress(iter([Entry()]), stream, delay=60.0))
    assert stream.getvalue() == ""


def test_csl_json_output_has_one_item_per_line() -> None:
    result = run("parse", "--format", "csl-json", str(BUNDLED))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 24
    assert items[6]["title"] == "Народные мстители Латвии"
    assert items[6]["publisher"] == "Воениздат"


@pytest.mark.parametrize("name", ["json", "ris", "text"])
def test_declared_chunk_layout_matches_what_the_writer_does(name: str) -> None:
    """A format that declares `chunks` must write a run as the join of its parts."""
    from biblio import formats
    from biblio.formats import WriteOptions
    from biblio.formats.text import _ARRAY_CLOSE, _ARRAY_OPEN, _ARRAY_SEP

    fmt = formats.writer_for(name)
    assert fmt.writer is not None
    a, b = parse_reference(BUNDLED.read_text(encoding="utf-8").splitlines()[0]), parse_reference("Smith, J. (2001). A title. Publisher.")

    def written(entries: list) -> str:
        out = io.StringIO()
        fmt.writer(iter(entries), out, WriteOptions())
        return out.getvalue()

    if fmt.chunks == "concat":
        assert written([a, b]) == written([a]) + written([b])
    else:
        assert fmt.chunks == "json-array"
        inner = [written([x])[len(_ARRAY_OPEN) : -len(_ARRAY_CLOSE)] for x in (a, b)]
        assert written([a, b]) == _ARRAY_OPEN + _ARRAY_SEP.join(inner) + _ARRAY_CLOSE


def test_formats_whose_entries_depend_on_each_other_do_not_declare_chunks() -> None:
    from biblio import formats

    assert formats.get("bibtex").chunks is None  # one @preamble for the whole file
    assert formats.get("csl-json").chunks is None


def test_writing_on_workers_matches_one_process_in_every_format(tmp_path: Path) -> None:
    lines = BUNDLED.read_text(encoding="utf-8").splitlines() * 3 + ["", "Smith, J. (2001). A title. Publisher."]
    big = tmp_path / "many.txt"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name in ("json", "ris", "bibtex", "biblatex", "csl-json", "text"):
        one = run("parse", "--format", name, str(big))
        two = run("parse", "--format", name, "--jobs", "2", str(big))
        assert one.returncode == two.returncode == 0, two.stderr
        assert one.stdout == two.stdout, name


def test_write_parallel_joins_small_chunks_in_order(tmp_path: Path, monkeypatch) -> None:
    from biblio import formats
    from biblio.formats import WriteOptions, text

    monkeypatch.setattr(text, "CHUNK", 3)  # chunks of 3 references, several batches in flight
    path = tmp_path / "refs.txt"
    refs = [f"Author{i} A. Title number {i}. М., {1900 + i}." for i in range(40)]
    path.write_text("\n".join(refs) + "\n", encoding="utf-8")
    out = io.StringIO()
    counts = list(text.write_parallel([Source(str(path))], 2, "json", "json-array", WriteOptions(), out))
    assert sum(counts) == 40
    expected = io.StringIO()
    writer = formats.writer_for("json").writer
    writer(text.read(Source(str(path)), text.ReadOptions()), expected, WriteOptions())
    assert out.getvalue() == expected.getvalue()
    assert [item["date"]["year"] for item in json.loads(out.getvalue())] == [1900 + i for i in range(40)]


# --- citation keys ----------------------------------------------------------------

KEYED_LINES = [
    "А.К. Рашкевиц. Народные мстители Латвии. М., Воениздат, 1973. - 164 стр.",
    "Smith, J. (2001). A title. Publisher.",
    "А.К. Рашкевиц. Народные мстители Латвии. М., Воениздат, 1973. - 164 стр.",
    "А. К. Рашкевиц. Народные мстители. Рига, 1973.",
]
KEYS = ["rashkevits1973narodnye", "smith2001title", "rashkevits1973narodnyea", "rashkevits1973narodnyeb"]


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("bibtex", r"^@\w+\{(\w+),$"),
        ("biblatex", r"^@\w+\{(\w+),$"),
        ("ris", r"^ID  - (\S+)$"),
        ("json", r'"key": "(\w+)"'),
    ],
)
def test_parse_writes_citation_keys_suffixed_in_input_order(tmp_path: Path, name: str, pattern: str) -> None:
    import re

    path = tmp_path / "refs.txt"
    path.write_text("\n".join(KEYED_LINES) + "\n", encoding="utf-8")
    result = run("parse", "--format", name, str(path))
    assert result.returncode == 0, result.stderr
    assert re.findall(pattern, result.stdout.decode(), re.MULTILINE) == KEYS


def test_parse_csl_json_ids_are_the_keys(tmp_path: Path) -> None:
    path = tmp_path / "refs.txt"
    path.write_text("\n".join(KEYED_LINES) + "\n", encoding="utf-8")
    items = json.loads(run("parse", "--format", "csl-json", str(path)).stdout)
    assert [item["id"] for item in items] == [item["citation-key"] for item in items] == KEYS


def test_plain_text_output_has_no_keys(tmp_path: Path) -> None:
    path = tmp_path / "refs.txt"
    path.write_text("\n".join(KEYED_LINES) + "\n", encoding="utf-8")
    assert run("parse", "--format", "text", str(path)).stdout.decode().splitlines() == [" ".join(l.split()) for l in KEYED_LINES]


def test_given_keys_win_and_generated_keys_avoid_them(tmp_path: Path) -> None:
    bib = tmp_path / "mine.bib"
    bib.write_text("@book{rashkevits1973narodnye, title={Mine}, year={1999}}\n@book{MyOwn, title={Other}}\n", encoding="utf-8")
    txt = tmp_path / "refs.txt"
    txt.write_text(KEYED_LINES[0] + "\n", encoding="utf-8")
    result = run("parse", "--format", "csl-json", str(bib), str(txt))
    assert result.returncode == 0, result.stderr
    assert [item["id"] for item in json.loads(result.stdout)] == ["rashkevits1973narodnye", "MyOwn", "rashkevits1973narodnyea"]


@pytest.mark.parametrize(("name", "layout"), [("json", "json-array"), ("ris", "concat")])
def test_keys_written_on_workers_equal_one_process_across_chunks(tmp_path: Path, monkeypatch, name: str, layout: str) -> None:
    """Clashes spanning chunks (and a reference that looks like a key placeholder) key as in one process."""
    from biblio import formats
    from biblio.formats import WriteOptions, text
    from biblio.keys import KeyStream

    monkeypatch.setattr(text, "CHUNK", 3)
    lines = [*KEYED_LINES, "Qbibliokey0q, A. (1999). qbibliokey1q and qbibliokey2q. Press.", *KEYED_LINES * 3]
    path = tmp_path / "refs.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    counts = list(text.write_parallel([Source(str(path))], 2, name, layout, WriteOptions(), out, KeyStream()))
    assert sum(counts) == len(lines)
    expected = io.StringIO()
    writer = formats.writer_for(name).writer
    assert writer is not None
    writer(KeyStream().stream(text.read(Source(str(path)), text.ReadOptions())), expected, WriteOptions())
    assert out.getvalue() == expected.getvalue()
    assert "qbibliokey0q" in out.getvalue()  # the reference's own text, left alone
    assert out.getvalue().count("rashkevits1973narodnye") == 12
