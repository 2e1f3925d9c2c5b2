"""End-to-end: the .bib files compile with real TeX Live and print what they hold.

Three paths, one document each with every sample entry and the bundled
bibliography: pdflatex + bibtex (plain, unsrt, and abbrv for abbreviated
Cyrillic initials), pdflatex + biber + biblatex authoryear (autolang=other),
lualatex + biber + biblatex-gost (gost-numeric). Each must compile without a
LaTeX error, with no BibTeX/biber warning our encoding causes, and show every
entry's title and first name in the PDF text; hostile values must print
literally. Outside CI a missing TeX tool skips with the reason; with
``CI=true`` it fails.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from formats_support import (
    INJECTION,
    ROOT,
    TexRun,
    compile_document,
    require_tools,
    sample_entries,
    skeleton,
    visible,
    write_text,
)

pytestmark = pytest.mark.latex

TEMPLATES = Path(__file__).resolve().parent / "latex"


def _biblio(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "biblio", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def bundled() -> list[Entry]:
    """The bundled bibliography after the full pipeline (native JSON keeps every field)."""
    return [Entry.from_dict(item) for item in json.loads(_biblio("export", "--format", "json"))]


def _suffixed() -> Entry:
    """A name with a suffix ("Jr.") and a second author with another ("III")."""
    return Entry(
        type=EntryType.BOOK,
        key="king1963",
        title=Text("Strength to Love"),
        persons=[Person("King", given="Martin Luther", suffix="Jr."), Person("Abernathy", given="Ralph David", suffix="III")],
        places=[Place("New York")],
        publisher=Text("Harper & Row"),
        date=Date(1963),
        language="en",
    )


def _report() -> Entry:
    """A numbered working paper whose issuing body the source gave as its publisher."""
    return Entry(
        type=EntryType.REPORT,
        key="card1993",
        title=Text("Minimum Wages and Employment"),
        persons=[Person("Card", given="David"), Person("Krueger", given="Alan B.")],
        publisher=Text("National Bureau of Economic Research"),
        genre="NBER Working Paper",
        number="4509",
        date=Date(1993),
        language="en",
    )


def _extras() -> list[Entry]:
    """Facts kept in ``Entry.extra``: a volume's own title, a first year, "et al.", a shelfmark,
    and a chapter whose host editor also translated."""
    from test_format_extras import archival_file, cut_short, reprint, volume

    chapter = Entry(
        type=EntryType.CHAPTER,
        key="freud1961",
        title=Text("The Ego and the Id"),
        persons=[Person("Freud", given="Sigmund")],
        host=Host(title=Text("The Standard Edition"), volume="19",
                  persons=[Person("Strachey", given="James", role=Role.EDITOR), Person("Strachey", given="James", role=Role.TRANSLATOR)]),
        places=[Place("London")],
        publisher=Text("Hogarth Press"),
        date=Date(1961),
        pages=Pages("1", "66"),
        language="en",
    )
    return [volume(), reprint(), cut_short(), archival_file(), chapter]


def _bib(fmt: str) -> str:
    """Our sample entries, then the bundled bibliography exactly as ``biblio export`` writes it."""
    return write_text(fmt, [*sample_entries(), _suffixed(), _report(), *_extras()]) + "\n" + _biblio("export", "--format", fmt)


@pytest.fixture(scope="module")
def entries(bundled: list[Entry]) -> list[Entry]:
    return [*sample_entries(), _suffixed(), _report(), *_extras(), *bundled]


def _template(name: str, **values: str) -> str:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def _csquotes() -> str:
    result = subprocess.run(["kpsewhich", "csquotes.sty"], capture_output=True, text=True)
    return r"\usepackage{csquotes}" if result.stdout.strip() else ""


def _first_name(entry: Entry) -> str:
    people = list(entry.all_persons())
    if not people:
        return ""
    first = people[0]
    return first.literal if first.is_organization else first.family


def _check_visible(run: TexRun, entries: list[Entry]) -> None:
    text = skeleton(run.text)
    missing = []
    for entry in entries:
        title = entry.title.value if entry.title else ""
        for needle in (title, _first_name(entry)):
            if needle and not visible(needle, text):
                missing.append(f"{entry.key}: {needle!r}")
    assert not missing, "not in the PDF text:\n" + "\n".join(missing) + "\n---\n" + run.text[:3000]


def _check_injection_literal(run: TexRun) -> None:
    flat = " ".join(run.text.split())
    for token in INJECTION.split(" "):
        assert token in flat, f"{token!r} not printed literally"
    assert "root:" not in flat  # /etc/passwd was not read


def _check_log(run: TexRun) -> None:
    assert "Missing character" not in run.log, re.findall(r"Missing character.*", run.log)[:5]
    assert "not set up for use with LaTeX" not in run.log
    assert "Runaway argument" not in run.log


_DATA_GAP = re.compile(
    r"Warning--(?:empty|missing) (\w+)(?: and editor)? in (\S+)|Warning--there's a number but no (volume) in (\S+)"
)


def _check_bibtex_warnings(run: TexRun, entries: list[Entry]) -> None:
    """Only "empty FIELD in KEY" warnings may remain, and only where the entry really lacks it."""
    by_key = {e.key: e for e in entries}
    bad = []
    for line in run.bib_log.splitlines():
        if not line.startswith("Warning--"):
            continue
        match = _DATA_GAP.match(line)
        if not match:
            bad.append(line)
            continue
        field, key = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if key not in by_key or _has(by_key[key], field):
            bad.append(line + " (the entry has it)")
    assert not bad, "\n".join(bad)
    assert "error message" not in run.bib_log


def _has(entry: Entry, field: str) -> bool:
    return {
        "publisher": entry.publisher is not None,
        "author": bool(entry.authors),
        "title": entry.title is not None,
        "year": entry.date is not None and not entry.date.is_empty(),
        "journal": entry.host is not None and entry.host.title is not None,
        "booktitle": entry.host is not None and entry.host.title is not None,
        "pages": entry.pages is not None,
        "volume": bool(entry.volume or (entry.host and entry.host.volume)),
    }.get(field, True)  # a warning about a field we do not know is not a data gap


# Warnings a style's own configuration raises whatever the data (biblatex-gost's
# sorting template names fields biber 2.18 does not sort by).
_STYLE_WARNINGS = ("in sorting template is not a sortable field",)


def _check_biber_warnings(run: TexRun) -> None:
    warnings = [
        line
        for line in run.bib_log.splitlines()
        if ("> WARN" in line or "> ERROR" in line) and not any(w in line for w in _STYLE_WARNINGS)
    ]
    assert not warnings, "\n".join(warnings)


@pytest.mark.parametrize("style", ["plain", "unsrt", "abbrv"])
def test_pdflatex_bibtex(style: str, entries: list[Entry], tmp_path: Path) -> None:
    require_tools("pdflatex", "bibtex", "pdftotext", "t2aenc.def", "russianb.ldf", "latvian.ldf", f"{style}.bst")
    (tmp_path / "refs.bib").write_text(_bib("bibtex"), encoding="utf-8")
    run = compile_document(tmp_path, _template("bibtex.tex", STYLE=style), "pdflatex", "bibtex")
    (tmp_path / "doc.bbl").read_bytes().decode("utf-8")  # no UTF-8 letter cut in half
    _check_log(run)
    _check_bibtex_warnings(run, entries)
    _check_visible(run, entries)
    _check_injection_literal(run)
    flat = " ".join(run.text.split())
    if style == "abbrv":  # abbreviated Cyrillic given names keep whole letters
        assert "Я. К. Дзинтарс" in flat and "Я. П. Крастынь" in flat, flat[:2000]
        assert "M. L. King, Jr. and R. D. Abernathy, III." in flat  # the suffix is BibTeX's Jr part
    else:
        assert "Янис Карлович Дзинтарс" in flat
        assert "Martin Luther King, Jr. and Ralph David Abernathy, III." in flat
    # @techreport: the type and number, and the issuing body as the institution BibTeX requires
    assert "NBER Working Paper 4509, National Bureau of Economic Research, 1993" in flat, flat[:3000]


def test_pdflatex_biber_biblatex_authoryear(entries: list[Entry], tmp_path: Path) -> None:
    require_tools("pdflatex", "biber", "pdftotext", "biblatex.sty", "t2aenc.def", "russianb.ldf", "latvian.ldf")
    (tmp_path / "refs.bib").write_text(_bib("biblatex"), encoding="utf-8")
    run = compile_document(tmp_path, _template("biblatex-authoryear.tex", CSQUOTES=_csquotes()), "pdflatex", "biber")
    _check_log(run)
    _check_biber_warnings(run)
    _check_visible(run, entries)
    _check_injection_literal(run)
    flat = " ".join(run.text.split())
    assert "Гл. ред. Е. М. Жуков" in flat  # editortype editorinchief
    # biber reads the suffix as its own part; biblatex's family-given order prints it after the family
    assert "suffix={Jr.}" in (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    assert "King Jr., Martin Luther and Ralph David Abernathy III (1963)" in flat
    assert "NBER Working Paper 4509. National Bureau of Economic Research" in flat, flat[:3000]


def test_lualatex_biber_biblatex_gost(entries: list[Entry], tmp_path: Path) -> None:
    require_tools("lualatex", "biber", "pdftotext", "biblatex.sty", "gost-numeric.bbx", "fontspec.sty")
    (tmp_path / "refs.bib").write_text(_bib("biblatex"), encoding="utf-8")
    run = compile_document(tmp_path, _template("biblatex-gost.tex", CSQUOTES=_csquotes()), "lualatex", "biber")
    _check_log(run)
    _check_biber_warnings(run)
    _check_visible(run, entries)
    _check_injection_literal(run)
    flat = " ".join(run.text.split())
    assert "Ērgle K., Ūdris Ģ." in flat  # Latvian letters survive as letters
    assert "/ гл. ред. Е. М. Жуков" in flat


# Notes that stand for a work cited before, with nothing before them, as `parse` writes them: an untitled
# @misc whose note is the note as written (see biblio.backrefs.as_note).
BACK_REFERENCES = [
    "Ibid., p. 3.", "Там же. Т. 2. С. 15–16.", "Turpat, 2. sēj., 45. lpp.", "Smith, op. cit., 45, n. 3.", "Id. at 45 n.3.",
]


def _parsed_notes(fmt: str, tmp_path: Path) -> str:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(BACK_REFERENCES) + "\n", encoding="utf-8")
    return _biblio("parse", str(notes), "--format", fmt)


def _check_notes_printed(run: TexRun) -> None:
    text = skeleton(run.text)
    assert all(visible(note, text) for note in BACK_REFERENCES), run.text[:2000]


@pytest.mark.parametrize("style", ["plain", "unsrt", "alpha"])
def test_back_references_compile_with_bibtex_without_a_warning(style: str, tmp_path: Path) -> None:
    require_tools("pdflatex", "bibtex", "pdftotext", "t2aenc.def", "russianb.ldf", "latvian.ldf", f"{style}.bst")
    (tmp_path / "refs.bib").write_text(_parsed_notes("bibtex", tmp_path), encoding="utf-8")
    run = compile_document(tmp_path, _template("bibtex.tex", STYLE=style), "pdflatex", "bibtex")
    _check_log(run)
    assert "Warning--" not in run.bib_log and "error message" not in run.bib_log, run.bib_log
    _check_notes_printed(run)


def test_back_references_compile_with_biber_without_a_warning(tmp_path: Path) -> None:
    require_tools("pdflatex", "biber", "pdftotext", "biblatex.sty", "t2aenc.def", "russianb.ldf", "latvian.ldf")
    (tmp_path / "refs.bib").write_text(_parsed_notes("biblatex", tmp_path), encoding="utf-8")
    run = compile_document(tmp_path, _template("biblatex-authoryear.tex", CSQUOTES=_csquotes()), "pdflatex", "biber")
    _check_log(run)
    _check_biber_warnings(run)
    _check_notes_printed(run)
