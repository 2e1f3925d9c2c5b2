"""The command-line contract: inputs, outputs, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "references" / "soviet-partisans-in-latvia.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], input=stdin, capture_output=True, cwd=ROOT)


def test_parse_bundled_gives_one_item_per_line_in_order() -> None:
    result = run("parse", "--format", "json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    assert len(items) == len(lines) == 24
    assert [item["source"] for item in items] == lines
    assert items[0]["origin"] == {"file": "references/soviet-partisans-in-latvia.txt", "line": 1}


def test_stdin_input_and_blank_lines_skipped() -> None:
    result = run("parse", "-", stdin="\nА.К. Рашкевиц. Записки партизана. Рига, 1963.\n\n".encode())
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 1
    assert items[0]["origin"] == {"file": "-", "line": 2}


def test_missing_file_is_a_clear_error() -> None:
    result = run("parse", "no-such-file.txt")
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"no-such-file.txt: no such file" in result.stderr
    assert b"Traceback" not in result.stderr


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("good line\n".encode() + b"bad \xff line\n")
    result = run("parse", str(bad))
    assert result.returncode == 1
    assert result.stdout == b""  # no partial output
    assert f"{bad}:2: invalid utf-8".encode() in result.stderr


def test_encoding_option_reads_legacy_files(tmp_path: Path) -> None:
    legacy = tmp_path / "cp1251.txt"
    legacy.write_bytes("Иванов И. И. Название. М., 1999.\n".encode("cp1251"))
    result = run("parse", "--encoding", "cp1251", str(legacy))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["source"].startswith("Иванов")


def test_unknown_format_is_a_usage_error() -> None:
    result = run("parse", "--format", "nope")
    assert result.returncode == 2
    assert b"unknown format 'nope'" in result.stderr


@pytest.mark.parametrize("args", [[], ["parse", "--bogus"]])
def test_bad_command_lines_exit_2(args: list[str]) -> None:
    assert run(*args).returncode == 2


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\n")
    assert run("parse", str(bad), "-o", str(out)).returncode == 1
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.json"]  # no temp file left
    assert run("parse", str(BUNDLED), "-o", str(out)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 24


def test_unknown_romanization_scheme_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "refs.bib"
    out.write_text("previous", encoding="utf-8")
    result = run("export", "--format", "bibtex", "--romanize", "klingon", "-o", str(out))
    assert result.returncode == 2
    assert b"unknown transliteration scheme 'klingon'" in result.stderr
    assert b"Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous"


def test_export_validates_and_reports_problem_kinds_on_stderr(tmp_path: Path) -> None:
    refs = tmp_path / "refs.txt"
    refs.write_text(
        "Иванов И. И. История края. М. : Наука, 1999. — 100 с. — ISBN 5-02-003456-8.\n"
        "Петров П. П. Очерки. М. : Наука, 2001. — 200 с. — ISBN 5-02-003456-2.\n",
        encoding="utf-8",
    )
    result = run("export", str(refs), "--format", "csl-json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    assert "check: 1 × error [isbn-checksum]" in result.stderr.decode()
