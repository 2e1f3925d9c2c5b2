"""Outputs (text, HTML, Markdown, LaTeX, JSON lines) and the format command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.model import Date, Entry, Person, Text
from biblio.render import format_bibliography
from test_style_gost import book, chapter, english_article

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], input=stdin, capture_output=True, cwd=ROOT)


def hostile() -> Entry:
    return Entry(key="x", title=Text("<script>alert('x')</script> & 100% {braces}"), persons=[Person("Smith", "J")],
                 date=Date(2020), language="en")


@pytest.mark.parametrize("style", ["gost-r-7.0.100-2018", "apa", "chicago-author-date", "mla"])
def test_html_escapes_field_content(style: str) -> None:
    out = format_bibliography([hostile()], style, "html")
    assert "<script>" not in out
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; 100% {braces}" in out
    assert out.startswith('<ol class="bibliography">' if style.startswith("gost") else '<ul class="bibliography">')


def test_latex_escapes_specials() -> None:
    out = format_bibliography([hostile()], "apa", "latex")
    assert r"100\% \{braces\}" in out and r"\&" in out
    assert out.startswith("\\begin{thebibliography}") and "\\bibitem{x}" in out


def test_jsonl_one_object_per_entry_in_bibliography_order() -> None:
    first, second = book(), chapter()
    first.key, second.key = "rashkevits1973", "dzintars1970"
    lines = format_bibliography([first, second], "gost-r-7.0.100-2018", "jsonl").splitlines()
    items = [json.loads(line) for line in lines]
    assert [i["id"] for i in items] == ["dzintars1970", "rashkevits1973"]
    assert items[1]["text"] == "Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат, 1973. — 164 с."


def test_markdown_numbered_for_gost_and_italic_for_apa() -> None:
    assert format_bibliography([book()], "gost-r-7.0.100-2018", "markdown").startswith("1. Рашкевиц, А. К.")
    assert "*Journal of Things*, *12*(3)" in format_bibliography([english_article()], "apa", "markdown")


def test_cli_format_reads_json_and_writes_jsonl(tmp_path: Path) -> None:
    data = tmp_path / "refs.json"
    entry = book()
    entry.key = "r1973"
    data.write_text(json.dumps([entry.to_dict()], ensure_ascii=False), encoding="utf-8")
    result = run("format", str(data), "--from", "json", "--style", "gost-r-7.0.100-2018", "--output", "jsonl")
    if result.returncode != 0 and b"unknown format 'json'" in result.stderr:
        pytest.skip("no native JSON reader in this installation")
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert item["id"] == "r1973"
    assert item["text"].startswith("Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат")


def test_cli_lists_styles_and_rejects_unknown_ones() -> None:
    listed = run("format", "--list")
    assert listed.returncode == 0
    names = [line.split("\t")[0] for line in listed.stdout.decode().splitlines()]
    assert names == ["gost-r-7.0.100-2018", "gost-r-7.0.5-2008", "apa", "chicago-author-date", "mla"]
    bad = run("format", "--style", "nope")
    assert bad.returncode == 2 and b"unknown style 'nope'" in bad.stderr and bad.stdout == b""
    assert run("format").returncode == 2  # a style must be named


def test_cli_formats_the_bundled_bibliography_in_every_style() -> None:
    for style in ("gost-r-7.0.100-2018", "apa"):
        result = run("format", "--style", style, "--output", "jsonl", "--keep-duplicates")
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.decode().splitlines()) == 24


def test_cli_rejects_unknown_romanisation_scheme() -> None:
    result = run("format", "--style", "apa", "--romanize", "nope")
    assert result.returncode == 2
    assert b"unknown romanisation scheme 'nope'" in result.stderr and result.stdout == b""


def test_cli_writes_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "list.html"
    result = run("format", "--style", "mla", "--output", "html", "--romanize", "iso9", "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith('<ul class="bibliography">') and html.count("<li ") >= 23
    assert not any("\u0400" <= ch <= "\u04ff" for ch in html)  # everything romanised for MLA
