"""``python -m biblio translit``: schemes, reverse, stdin, listing, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from biblio.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_romanise_text(capsys):
    assert main(["translit", "--scheme", "iso9", "Я. П. Крастынь"]) == 0
    assert capsys.readouterr().out == "Â. P. Krastynʹ\n"
    assert main(["translit", "--scheme", "ala-lc", "Я. П. Крастынь"]) == 0
    assert capsys.readouterr().out == "I͡A. P. Krastynʹ\n"


def test_reverse(capsys):
    assert main(["translit", "--scheme", "gost-7.79-b", "--reverse", "Czar` cirk"]) == 0
    assert capsys.readouterr().out == "Царь цирк\n"


def test_list_names_every_scheme_and_its_standard(capsys):
    assert main(["translit", "--list"]) == 0
    out = capsys.readouterr().out
    for name, standard in [("iso9", "ISO 9:1995"), ("gost-7.79-b", "System B"), ("ala-lc", "Library of Congress"),
                           ("ala-lc-ascii", "ALA-LC"), ("bgn-pcgn", "BGN/PCGN 1947"), ("scholarly", "Scientific")]:
        line = next(l for l in out.splitlines() if l.split()[0] == name)
        assert standard in line


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "biblio", "translit", *args], input=stdin, capture_output=True, cwd=ROOT)


def test_stdin_line_by_line():
    result = run("--scheme", "bgn-pcgn", "-", stdin="Щукин\nЕльцин\n".encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "Shchukin\nYel’tsin\n"


def test_foreign_letters_warned_on_stderr():
    result = run("--scheme", "ala-lc", "Київ")
    assert result.returncode == 0
    assert result.stdout.decode() == "Kiïv\n"
    assert "Ukrainian" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


@pytest.mark.parametrize("args", [["--scheme", "iso-9", "x"], ["x"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"scheme" in result.stderr and b"Traceback" not in result.stderr
