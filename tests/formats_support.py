"""Shared helpers for the format tests: sample entries, hypothesis strategies, TeX runs."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pytest
from hypothesis import strategies as st

from biblio.formats import ReadOptions, WriteOptions, get
from biblio.io import Source
from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT.parent / "shared" / "schemas"
INJECTION = r"\input{/etc/passwd} \write18{rm -rf /} 100% #1 & $5 a_b ~x ^y {open close} lone\ slash"


def write_text(fmt: str, entries: Iterable[Entry], options: WriteOptions | None = None) -> str:
    out = io.StringIO()
    writer = get(fmt).writer
    assert writer is not None
    writer(list(entries), out, options or WriteOptions())
    return out.getvalue()


def read_text(fmt: str, text: str, tmp_path: Path, name: str = "in") -> list[Entry]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    reader = get(fmt).reader
    assert reader is not None
    return list(reader(Source(str(path)), ReadOptions()))


# --- sample entries: every model feature the formats map ----------------------


def sample_entries() -> list[Entry]:
    """Hand-made entries in the shapes the bundled bibliography has, plus an injection probe."""
    return [
        Entry(
            type=EntryType.CHAPTER,
            key="rashkevits1961",
            title=Text("За Советскую Латвию", lang="ru", translated={"en": "For Soviet Latvia"}),
            persons=[Person(family="Рашкевиц", initials="А. К.")],
            host=Host(
                title=Text("Советские партизаны"),
                subtitle=Text("из истории партизанского движения в годы Великой Отечественной войны"),
                persons=[
                    Person(family="Быстров", initials="В. Е.", role=Role.EDITOR_COMPILER),
                    Person(family="Политов", initials="З. Н.", role=Role.EDITOR),
                ],
            ),
            places=[Place("М.", "Москва")],
            publisher=Text("Госполитиздат"),
            date=Date(1961),
            pages=Pages("590", "630"),
            language="ru",
        ),
        Entry(
            type=EntryType.VOLUME,
            key="strods2006",
            title=Text("PSRS kaujinieki Latvijā (1941—1945)"),
            persons=[Person(family="Strods", given="Heinrihs")],
            part="1",
            places=[Place("Riga", "Rīga")],
            date=Date(2006),
            isbns=["9984-643-78-6"],
            language="lv",
            notes=[Text("Summary in English, p. 384")],
        ),
        Entry(
            type=EntryType.ENCYCLOPEDIA_ENTRY,
            key="sie1967",
            title=Text("Партизанское движение в Великой Отечественной войне, 1941-45"),
            host=Host(
                title=Text("Советская историческая энциклопедия"),
                volume="8",
                persons=[Person(family="Жуков", initials="Е. М.", role=Role.EDITOR_IN_CHIEF)],
            ),
            places=[Place("М.", "Москва")],
            publisher=Text("Советская энциклопедия"),
            date=Date(1967),
            pages=Pages("872", "880", "column"),
            language="ru",
        ),
        Entry(
            type=EntryType.WEBPAGE,
            key="araloff2007",
            title=Text("Documents of the Soviet Intelligence Testify: Abrene Region is Latvian Territory"),
            persons=[Person(family="Araloff", given="Simon")],
            date=Date(2007, 9, 30),
            url="http://www.aia.lv/ab_cd?x=1&y=2#top",
            accessed=Date(2012, 1, 6),
            language="en",
        ),
        Entry(
            type=EntryType.BOOK,
            key="dzintars1979",
            title=Text("Сияй, звёздочка!"),
            subtitle=Text("Борьба пионеров Латвии против гитлеровских оккупантов"),
            persons=[Person(family="Дзинтарс", given="Янис Карлович"), Person(family="Крастынь", initials="Я. П.")],
            places=[Place("Рига")],
            publisher=Text("Лиесма"),
            date=Date(1979),
            page_total="247",
            language="ru",
        ),
        Entry(
            type=EntryType.ARTICLE,
            key="dzintars1965",
            title=Text("Период массовой антифашистской подпольной борьбы"),
            persons=[Person(family="Дзинтарс", initials="Я.")],
            host=Host(title=Text("Известия Академии наук Латвийской ССР"), issue="5"),
            date=Date(1965),
            language="ru",
        ),
        Entry(
            type=EntryType.BOOK,
            key="krisjanis2001",
            title=Text("Ģirts, Ķegums, Ļaudis, Ņikita un Krišjānis Šķēle"),
            persons=[Person(family="Ērgle", given="Krišjānis"), Person(family="Ūdris", initials="Ģ.")],
            places=[Place("Rīga")],
            publisher=Text("Zinātne"),
            date=Date(2001),
            language="lv",
        ),
        Entry(
            type=EntryType.BOOK,
            key="injection",
            title=Text("Probe " + INJECTION),
            persons=[Person(family="Zzyzx", given="Quentin")],
            publisher=Text("Press " + INJECTION),
            places=[Place("London")],
            date=Date(2019),
            notes=[Text("Note " + INJECTION)],
            language="en",
        ),
    ]


# --- hypothesis strategies ------------------------------------------------------

# Arbitrary Unicode except control characters and lone surrogates; whitespace is
# normalised, as every bibliographic format normalises it.
_TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u2028\u2029\x85\t\r\n\x0b\x0c")


def clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def words(min_size: int = 1, max_size: int = 30, alphabet: st.SearchStrategy[str] = _TEXT_CHARS) -> st.SearchStrategy[str]:
    """Any text; runs of ASCII spaces collapsed and the ends stripped, as the formats do."""
    return st.text(alphabet, min_size=min_size, max_size=max_size).map(lambda s: re.sub(" +", " ", s).strip()).map(clean).filter(bool)


def _initials_like(text: str) -> bool:
    from biblio.formats.latex import looks_like_initials

    return looks_like_initials(text)


LETTERS = st.characters(whitelist_categories=("Lu", "Ll"))
# Names: letters with the hyphens, apostrophes, periods and no-break spaces real names have.
name_words = (
    st.text(st.one_of(LETTERS, LETTERS, LETTERS, st.sampled_from("-'.\u00a0")), min_size=3, max_size=12)
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(lambda s: len(s) >= 2 and s[0].isalpha() and not _initials_like(s) and not _initials_like(s.capitalize()))
)
initial = (
    LETTERS.map(lambda c: unicodedata.normalize("NFC", c.upper()))
    .filter(lambda c: len(c) == 1 and c != c.lower())
    .map(lambda c: c + ".")
)
initials = st.lists(initial, min_size=1, max_size=3).map(" ".join)
digits = st.text("0123456789", min_size=1, max_size=4).map(lambda s: s.lstrip("0") or "1")
safe_url = st.from_regex(r"https?://[a-z]{1,10}\.(org|lv|ru)/[A-Za-z0-9_.?=&#-]{0,20}", fullmatch=True)


NAME_SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV")


@st.composite
def persons(draw: st.DrawFn, roles: tuple[Role, ...] = (Role.AUTHOR,), literal: bool = True, suffixes: bool = False) -> Person:
    """A person or (with ``literal``) an organisation; with ``suffixes`` some names take "Jr.", "III" …"""
    role = draw(st.sampled_from(roles))
    if literal and draw(st.booleans()) and draw(st.booleans()):
        return Person(literal=draw(words(3, 20)).replace(",", " ").strip() or "Org", role=role)
    family = unicodedata.normalize("NFC", draw(name_words).capitalize())
    suffix = draw(st.sampled_from(("",) * 3 + NAME_SUFFIXES)) if suffixes else ""
    if draw(st.booleans()):
        given = unicodedata.normalize("NFC", draw(name_words).capitalize())
        if not _initials_like(given):
            return Person(family=family, given=given, suffix=suffix, role=role)
    return Person(family=family, initials=draw(initials), suffix=suffix, role=role)


def date_strategy(ranges: bool = True, months: bool = True) -> st.SearchStrategy[Date]:
    @st.composite
    def build(draw: st.DrawFn) -> Date:
        year = draw(st.integers(1000, 2100))
        date = Date(year=year)
        if months and draw(st.booleans()):
            date.month = draw(st.integers(1, 12))
        elif ranges and draw(st.booleans()):
            date.end_year = year + draw(st.integers(1, 10))
        return date

    return build()


# --- TeX ------------------------------------------------------------------------


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_tools(*tools: str) -> None:
    """Skip (outside CI) when a TeX tool or a TeX file is missing; in CI a missing tool fails."""
    missing = [t for t in tools if (shutil.which(t) is None if not t.endswith((".sty", ".bbx", ".bst", ".ldf", ".def")) else not _kpsewhich(t))]
    if not missing:
        return
    message = "TeX Live tools missing: " + ", ".join(missing)
    if in_ci():
        pytest.fail(message + " (CI=true: LaTeX tests must run)")
    pytest.skip(message)


def _kpsewhich(name: str) -> bool:
    if shutil.which("kpsewhich") is None:
        return False
    result = subprocess.run(["kpsewhich", name], capture_output=True, text=True)
    return result.returncode == 0 and bool(result.stdout.strip())


@dataclass
class TexRun:
    log: str  # the LaTeX log of the final run
    bib_log: str  # bibtex .blg or biber .blg
    text: str  # pdftotext output
    workdir: Path


def compile_document(workdir: Path, tex: str, engine: str, backend: str, runs: int = 2) -> TexRun:
    """Run engine → bibtex/biber → engine ×runs in ``workdir``; fail with the log on an error."""
    (workdir / "doc.tex").write_text(tex, encoding="utf-8")
    env = {**os.environ, "openout_any": "p", "shell_escape": "f"}

    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, errors="replace", env=env, timeout=240)

    tex_cmd = (engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex")
    first = run(*tex_cmd)
    assert first.returncode == 0, _log_tail(workdir, first.stdout)
    bib = run(backend, "doc")
    blg = (workdir / "doc.blg").read_text(encoding="utf-8", errors="replace") if (workdir / "doc.blg").exists() else ""
    assert bib.returncode == 0, f"{backend} failed:\n{bib.stdout}\n{blg}"
    for _ in range(runs):
        final = run(*tex_cmd)
        assert final.returncode == 0, _log_tail(workdir, final.stdout)
    pdf = workdir / "doc.pdf"
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    log = (workdir / "doc.log").read_text(encoding="utf-8", errors="replace")
    return TexRun(log, blg, text, workdir)


def _log_tail(workdir: Path, stdout: str) -> str:
    log = workdir / "doc.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else stdout
    errors = [i for i, line in enumerate(text.splitlines()) if line.startswith("!")]
    lines = text.splitlines()
    if errors:
        return "\n".join(lines[errors[0] : errors[0] + 15])
    return "\n".join(lines[-40:])


def skeleton(text: str) -> str:
    """Letters and digits only, diacritics folded: what survives pdftotext's quirks with accents."""
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ȷ", "j"))
    return "".join(c for c in folded.lower() if c.isalnum())


def visible(needle: str, haystack_skeleton: str) -> bool:
    return skeleton(needle) in haystack_skeleton
