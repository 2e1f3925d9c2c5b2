"""Notes that stand for a work cited before ("Ibid.", "Там же", "Turpat", "op. cit."): read, resolved,
checked and dropped from exported bibliographies."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.backrefs import resolve_back_references, targets
from biblio.check import check_entries
from biblio.model import Extra, Origin
from biblio.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]

NOTES = [
    "Strods H. PSRS kaujinieki Latvijā (1941–1945). Rīga: Jumava, 2006. 384 lpp.",
    "Turpat, 45. lpp.",
    "Ibid., 47.",
    "George F. Kennan, Memoirs, 1925–1950 (Boston: Little, Brown, 1967), 12.",
    "Strods, op. cit., 50.",
    "Kennan, Memoirs, op. cit., 14.",
]


def parsed(lines: list[str], file: str = "notes.txt") -> list:
    return [parse_reference(text, Origin(file, i + 1)) for i, text in enumerate(lines)]


@pytest.mark.parametrize(
    "text, kind, first, last, volume",
    [
        ("Ibid.", "ibid", None, None, ""),
        ("ibid", "ibid", None, None, ""),
        ("Ibid., 45.", "ibid", "45", "", ""),
        ("Ibid., pp. 45–47.", "ibid", "45", "47", ""),
        ("Ibid., 2:118.", "ibid", "118", "", "2"),
        ("Ibid., vol. 2, p. 10.", "ibid", "10", "", "2"),
        ("Там же. С. 45.", "ibid", "45", "", ""),
        ("Там же. — С. 45–46.", "ibid", "45", "46", ""),
        ("Там же. Т. 2. С. 45.", "ibid", "45", "", "2"),
        ("Turpat, 12.–14. lpp.", "ibid", "12", "14", ""),
        ("Ebd., S. 12.", "ibid", "12", "", ""),
        ("12. Ibid., 45.", "ibid", "45", "", ""),
        ("Smith, op. cit., p. 4.", "op-cit", "4", "", ""),
        ("Kennan, op.cit., 12.", "op-cit", "12", "", ""),
        ("Иванов И. И. Указ. соч. С. 5.", "op-cit", "5", "", ""),
        ("Strods H. Min. darbs, 45. lpp.", "op-cit", "45", "", ""),
    ],
)
def test_the_marker_and_its_pin_are_read(text: str, kind: str, first: str | None, last: str | None, volume: str) -> None:
    entry = parse_reference(text)
    assert entry.extra[Extra.BACK_REFERENCE] == kind
    assert (entry.pages.first if entry.pages else None, entry.pages.last if entry.pages else None) == (first, last)
    assert entry.volume == volume
    assert entry.title is None
    assert [d.code for d in entry.warnings] == ["back-reference"]  # no "no-year": the work cited before has it


def test_op_cit_keeps_the_author_and_the_short_title() -> None:
    entry = parse_reference("Smith, Wealth of Nations, op. cit., 45.")
    assert [p.family for p in entry.persons] == ["Smith"]
    assert entry.title is not None and entry.title.value == "Wealth of Nations"
    russian = parse_reference("Иванов И. И. Указ. соч. С. 5.")
    assert [(p.family, p.initials) for p in russian.persons] == [("Иванов", "И. И.")]


@pytest.mark.parametrize(
    "text",
    [
        "Ibid., chap. 3 of the second book.",  # words, not a pin
        "Id., 45.",  # "Id." only in its legal shape, "Id. at 45"
        "Id Software. Quake. Mesquite, TX, 1996.",
        "Ibid. The next book. London, 1990.",
        "Ibidem Verlag. Jahresbericht 2020. Stuttgart, 2021.",
        "Там же, где и всегда: очерки. М., 1987.",
        "Turpat un citur. Rīga: Liesma, 1975. 200 lpp.",
        "Circuits op. cit. 1999 (a title with the words in it)",
    ],
)
def test_a_reference_that_only_starts_or_mentions_a_marker_is_a_reference(text: str) -> None:
    assert Extra.BACK_REFERENCE not in parse_reference(text).extra


def test_targets_follow_ibid_chains_and_op_cit_authors() -> None:
    entries = parsed(NOTES)
    assert targets(entries) == {1: 0, 2: 0, 4: 0, 5: 3}


def test_op_cit_needs_the_same_author_and_a_matching_short_title() -> None:
    entries = parsed(NOTES[:4] + ["Kennan, Diplomacy, op. cit., 3.", "Smith, op. cit., 5."])
    assert targets(entries) == {1: 0, 2: 0, 4: None, 5: None}


def test_a_note_never_reaches_into_another_input() -> None:
    entries = parsed(NOTES[:1], "a.txt") + parsed(["Ibid., 3.", "Strods, op. cit., 4."], "b.txt")
    assert targets(entries) == {1: None, 2: None}


def test_resolving_drops_the_notes_that_point_at_an_entry_and_reports_each() -> None:
    lines: list[str] = []
    entries = parsed(["Ibid., 3."] + NOTES)
    kept = resolve_back_references(entries, lines.append)
    assert [e.source for e in kept] == ["Ibid., 3.", NOTES[0], NOTES[3]]
    assert lines[0] == "notes.txt:1: “Ibid., 3.” stands for a work cited before, but none fits; kept"
    assert lines[1] == (
        "dropped notes.txt:3 (“Turpat, 45. lpp.”): it stands for notes.txt:2 "
        "(Strods, “PSRS kaujinieki Latvijā (1941–1945)”), pin “45. lpp.”"
    )
    assert len(lines) == 5


def test_check_says_what_each_note_stands_for_and_warns_about_a_dangling_one() -> None:
    problems = check_entries(parsed(["Ibid., 3."] + NOTES[:3]), today=datetime.date(2026, 11, 28))
    by_line = {(p.origin, p.code, p.severity) for p in problems}
    assert ("notes.txt:1", "dangling-back-reference", "warning") in by_line
    assert ("notes.txt:3", "back-reference", "info") in by_line
    assert not [p for p in problems if p.code in ("missing-title", "parse-no-year", "parse-back-reference")]
    message = next(p.message for p in problems if p.origin == "notes.txt:4")
    assert message == "stands for notes.txt:2 (Strods, “PSRS kaujinieki Latvijā (1941–1945)”), pin “47”"


def test_export_writes_each_work_once_and_parse_keeps_every_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(NOTES) + "\n", encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, cwd=ROOT)  # noqa: E731
    exported = run("export", str(notes), "--format", "csl-json")
    assert exported.returncode == 0, exported.stderr
    items = json.loads(exported.stdout)
    assert sorted(item["title"] for item in items) == ["Memoirs, 1925–1950", "PSRS kaujinieki Latvijā (1941–1945)"]
    assert exported.stderr.decode().count("biblio: dropped ") == 4
    parsed_items = json.loads(run("parse", str(notes), "--format", "json").stdout)
    assert [item.get("extra", {}).get("back-reference") for item in parsed_items] == [None, "ibid", "ibid", None, "op-cit", "op-cit"]


@pytest.mark.parametrize(
    "text, pin, first, last, volume, note",
    [
        ("Ibid., 45, n. 3.", "45, n. 3", "45", "", "", "3"),
        ("Ibid., 45n3.", "45n3", "45", "", "", "3"),  # CMOS 14.154
        ("Ibid., 45, nn. 3–4.", "45, nn. 3–4", "45", "", "", "3–4"),
        ("Ibid., pp. 12–14 and 20.", "pp. 12–14 and 20", "12", "14", "", ""),
        ("Ibid., 45–47, 52.", "45–47, 52", "45", "47", "", ""),
        ("Ibid., vol. 2, p. 7.", "vol. 2, p. 7", "7", "", "2", ""),
        ("Ibid., 2:45, n. 7.", "2:45, n. 7", "45", "", "2", "7"),
        ("Там же. Т. 2. С. 15–16.", "Т. 2. С. 15–16", "15", "16", "2", ""),
        ("Там же. С. 15, примеч. 2.", "С. 15, примеч. 2", "15", "", "", "2"),
        ("Там же. С. 15; 20.", "С. 15; 20", "15", "", "", ""),
        ("Turpat, 2. sēj., 45. lpp.", "2. sēj., 45. lpp.", "45", "", "2", ""),
        ("Turpat, 45. lpp., 3. piez.", "45. lpp., 3. piez.", "45", "", "", "3"),
        ("Ibid., 45 (emphasis added).", "45", "45", "", "", ""),
        ("Там же. С. 45 (курсив мой).", "С. 45", "45", "", "", ""),
        ("Id. at 45.", "45", "45", "", "", ""),
        ("Id. at 45–46 n.3.", "45–46 n.3", "45", "46", "", "3"),
        ("3. Id., at 45.", "45", "45", "", "", ""),
        ("Smith, op. cit., 45, n. 3.", "45, n. 3", "45", "", "", "3"),
    ],
)
def test_a_pin_with_more_than_a_page_is_read_and_kept_as_written(
    text: str, pin: str, first: str, last: str, volume: str, note: str
) -> None:
    entry = parse_reference(text)
    assert entry.extra[Extra.BACK_REFERENCE] in ("ibid", "op-cit")
    assert entry.extra[Extra.PIN] == pin
    assert entry.extra.get(Extra.PIN_NOTE, "") == note
    assert entry.pages is not None and (entry.pages.first, entry.pages.last) == (first, last)
    assert (entry.volume, entry.part, entry.title) == (volume, "", None)
    span = entry.spans[f"extra.{Extra.PIN}"]
    assert entry.source[span.start : span.end] == pin
    assert [d.code for d in entry.warnings] == ["back-reference"]


def test_a_bare_marker_has_no_pin() -> None:
    entry = parse_reference("Ibid.")
    assert Extra.PIN not in entry.extra and Extra.PIN_NOTE not in entry.extra


# --- a note left in the list: printed and written as what it is ---------------------------------------

STYLES = ["gost-r-7.0.100-2018", "apa", "chicago-author-date", "mla"]


def run_biblio(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, text=True, cwd=ROOT, input=stdin)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("output", ["text", "html", "markdown", "latex", "jsonl"])
def test_a_dangling_note_is_printed_as_written_in_every_style_and_output(style: str, output: str) -> None:
    from biblio.render import format_bibliography

    written = format_bibliography(parsed(["12. Ibid., p. 3."]), style, output)
    assert "Ibid., p. 3." in written
    assert "12." not in written and "n.d." not in written and "P. 3" not in written
    if output == "jsonl":
        assert json.loads(written)["text"] == "Ibid., p. 3."


@pytest.mark.parametrize("style", STYLES)
def test_a_dangling_note_leaves_the_works_around_it_as_they_were(style: str) -> None:
    from biblio.render import format_bibliography

    works = parsed([NOTES[0], NOTES[3]])
    alone = format_bibliography(works, style).splitlines()
    mixed = format_bibliography(parsed(["Там же. С. 5."]) + works, style).splitlines()
    strip = (lambda line: line.split(". ", 1)[1]) if style.startswith("gost") else (lambda line: line)
    assert [strip(line) for line in mixed if "Там же" not in line] == [strip(line) for line in alone]
    assert any(strip(line) == "Там же. С. 5." for line in mixed)


def test_a_note_without_its_source_is_written_from_its_author_marker_and_pin() -> None:
    from biblio.backrefs import note_text
    from biblio.model import Entry, Pages, Person

    op_cit = Entry(persons=[Person("Smith")], extra={Extra.BACK_REFERENCE: "op-cit", Extra.PIN: "p. 4"})
    ibid = Entry(pages=Pages("45", "47"), volume="2", extra={Extra.BACK_REFERENCE: "ibid"})
    assert (note_text(op_cit), note_text(ibid)) == ("Smith, op. cit., p. 4.", "Ibid., 2:45–47.")


def test_format_prints_a_lone_note_as_written_and_warns_on_stderr() -> None:
    result = run_biblio("format", "-", "--style", "apa", stdin="Ibid., p. 3.\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Ibid., p. 3.\n"
    assert "“Ibid., p. 3.” stands for a work cited before, but none fits; kept" in result.stderr


def test_parse_writes_a_lone_note_as_a_note_in_every_format() -> None:
    lines = "Ibid., p. 3.\nSmith, Wealth of Nations, op. cit., 45, n. 3.\n"
    bibtex = run_biblio("parse", "-", "--format", "bibtex", stdin=lines).stdout
    assert bibtex.count("@misc{") == 2 and "@book" not in bibtex
    assert "note = {Ibid., p. 3.}" in bibtex and "pages = {3}" in bibtex and "key = {Ibid., p. 3.}" in bibtex
    assert "note = {Smith, Wealth of Nations, op. cit., 45, n. 3.}" in bibtex
    biblatex = run_biblio("parse", "-", "--format", "biblatex", stdin=lines).stdout
    assert biblatex.count("@misc{") == 2 and "note = {Ibid., p. 3.}" in biblatex
    for written in (bibtex, biblatex):
        assert "back-reference" not in written and "pin" not in written
        assert "author" not in written and "title" not in written  # Smith's work is the one cited before
    ris = run_biblio("parse", "-", "--format", "ris", stdin=lines).stdout
    assert ris.count("TY  - GEN") == 2 and "N1  - Ibid., p. 3." in ris and "SP  - 3" in ris
    items = json.loads(run_biblio("parse", "-", "--format", "csl-json", stdin=lines).stdout)
    assert [item["type"] for item in items] == ["document", "document"]
    assert items[0]["note"].splitlines()[0] == "Ibid., p. 3."
    assert not any("title" in item or "author" in item for item in items)


def test_the_notes_written_as_notes_are_valid_csl_json() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = ROOT.parent / "shared" / "schemas" / "csl-data.json"
    if not schema_file.exists():
        pytest.skip(f"{schema_file} not found")
    lines = "Ibid., p. 3.\nТам же. Т. 2. С. 15–16.\nTurpat, 2. sēj., 45. lpp.\nId. at 45 n.3.\n"
    items = json.loads(run_biblio("parse", "-", "--format", "csl-json", stdin=lines).stdout)
    jsonschema.validate(items, json.loads(schema_file.read_text(encoding="utf-8")))
    assert [item["note"].splitlines()[0] for item in items] == [line for line in lines.splitlines()]


def test_export_leaves_out_a_note_that_points_at_nothing_and_says_so(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(["Ibid., 3.", *NOTES]) + "\n", encoding="utf-8")
    result = run_biblio("export", str(notes), "--format", "csl-json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    assert f"{notes}:1: “Ibid., 3.” stands for a work cited before, but none fits; left out" in result.stderr
    assert "dangling-back-reference" not in result.stderr  # said once, by the line above


# --- a resolved note: its pin stays in sight ---------------------------------------------------------


def test_export_and_format_name_the_work_and_the_pin_of_each_dropped_note(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join([NOTES[3], "Ibid., 45, n. 3."]) + "\n", encoding="utf-8")
    expected = (
        f"biblio: dropped {notes}:2 (“Ibid., 45, n. 3.”): it stands for {notes}:1 (Kennan, “Memoirs, 1925–1950”), "
        "pin “45, n. 3”"
    )
    for args in (("export", "--format", "bibtex"), ("format", "--style", "mla")):
        result = run_biblio(*args, str(notes))
        assert result.returncode == 0, result.stderr
        assert expected in result.stderr.splitlines()


def test_check_json_reports_the_target_and_the_pin_of_a_note(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(["Turpat, 2. sēj., 45. lpp.", *NOTES[:2]]) + "\n", encoding="utf-8")
    result = run_biblio("check", str(notes), "--output", "json")
    problems = {p["origin"]: p for p in json.loads(result.stdout)["problems"] if "back-reference" in p["code"]}
    dangling, resolved = problems[f"{notes}:1"], problems[f"{notes}:3"]
    assert dangling["code"] == "dangling-back-reference" and dangling["excerpt"] == "2. sēj., 45. lpp."
    assert resolved["code"] == "back-reference" and resolved["severity"] == "info"
    assert resolved["excerpt"] == "45. lpp." and resolved["field"] == "extra.pin"
    assert resolved["span"] == [8, 16]
    assert resolved["message"] == f"stands for {notes}:2 (Strods, “PSRS kaujinieki Latvijā (1941–1945)”), pin “45. lpp.”"


def test_a_csl_style_prints_a_dangling_note_as_written_too() -> None:
    citeproc = pytest.importorskip("citeproc")
    from biblio.render.csl import format_with_csl

    style = Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
    if not style.exists():
        pytest.skip("citeproc-py ships no harvard-cite-them-right.csl here")
    entries = parsed(["Ibid., 45, n. 3.", NOTES[0]])
    lines = format_with_csl(entries, str(style)).splitlines()
    assert "Ibid., 45, n. 3." in lines and len(lines) == 2
    assert "<li>Там же. С. 5 &amp; 6.</li>" in format_with_csl(parsed(["Там же. С. 5 & 6."]), str(style), "html")
