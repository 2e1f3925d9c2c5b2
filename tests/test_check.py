"""Integrity checks: each problem with severity, stable code, entry and position; the check command."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from biblio.check import Problem, check_entries, mixed_script_words
from biblio.model import Date, Diagnostic, Entry, EntryType, Host, Origin, Pages, Person, Span, Text

ROOT = Path(__file__).resolve().parents[1]
TODAY = datetime.date(2026, 11, 28)


def clean(**fields: object) -> Entry:
    """A complete, unproblematic book; tests change one thing."""
    values: dict[str, object] = {
        "title": Text("Записки партизана"),
        "persons": [Person(family="Рашкевиц", initials="А. К.")],
        "date": Date(1963),
        "page_total": "336",
        "origin": Origin("refs.txt", 4),
    }
    values.update(fields)
    return Entry(**values)  # type: ignore[arg-type]


def codes(*entries: Entry) -> list[str]:
    return [p.code for p in check_entries(list(entries), today=TODAY)]


def only(entry: Entry) -> Problem:
    (problem,) = check_entries([entry], today=TODAY)
    return problem


def test_a_clean_entry_has_no_problems() -> None:
    assert codes(clean()) == []


# --- ISBN -------------------------------------------------------------------------


def test_isbn_checksum_with_position_and_implied_digit() -> None:
    source = "Иванов И. И. Название. М., 1999. ISBN 5-02-003456-7"
    problem = only(clean(source=source, date=Date(1999)))
    assert (problem.severity, problem.code) == ("error", "isbn-checksum")
    assert problem.span is not None and problem.span.slice(source) == "5-02-003456-7"
    assert problem.excerpt == "5-02-003456-7"
    assert "implies 8" in problem.message
    assert problem.origin == "refs.txt:4" and problem.location() == "refs.txt:4"


def test_isbn_field_without_source() -> None:
    problem = only(clean(isbns=["978-5-02-003456-2"], date=Date(1999)))
    assert problem.code == "isbn-checksum" and problem.span is None
    assert "978-5-02-003456-3" in problem.message  # the likely correction


@pytest.mark.parametrize(
    ("number", "code"),
    [("5-02-0034", "isbn-length"), ("977-5-02-003456-3", "isbn-prefix"), ("978-6-99-999999-0", "isbn-unassigned")],
)
def test_isbn_error_codes(number: str, code: str) -> None:
    assert codes(clean(isbns=[number], date=Date(1999))) == [code]


def test_isbn_wrong_hyphenation_is_a_warning() -> None:
    problem = only(clean(isbns=["99-84643-786"], date=Date(2006)))
    assert (problem.severity, problem.code) == ("warning", "isbn-hyphenation")
    assert "9984-643-78-6" in problem.message


def test_isbn_on_a_book_before_isbns_existed() -> None:
    assert codes(clean(isbns=["9984-643-78-6"], date=Date(1958))) == ["isbn-before-1967"]
    assert codes(clean(isbns=["9984-643-78-6"], date=Date(1975))) == []


# --- dates -----------------------------------------------------------------------


def test_future_and_implausible_years() -> None:
    assert codes(clean(date=Date(2099))) == ["year-future"]
    assert codes(clean(date=Date(1200))) == ["year-implausible"]
    assert codes(clean(date=Date(1200), type=EntryType.DOCUMENT)) == []  # a manuscript may be old


def test_invalid_dates_and_reversed_ranges() -> None:
    assert codes(clean(date=Date(1999, 13))) == ["date-invalid"]
    assert codes(clean(date=Date(1999, 2, 30))) == ["date-invalid"]
    assert codes(clean(date=Date(1945, end_year=1941))) == ["date-range-reversed"]


def test_access_dates() -> None:
    web = dict(type=EntryType.WEBPAGE, url="https://historia.lv/x", date=Date(2012, 3, 14))
    (problem,) = check_entries([clean(**web, accessed=Date(2012, 1, 6))], today=TODAY)
    assert problem.code == "accessed-before-published"
    assert "accessed 2012-01-06, before it was published (2012-03-14)" in problem.message
    assert codes(clean(**web, accessed=Date(2012, 3))) == []  # March 2012 may be after the 14th
    assert codes(clean(**web, accessed=Date(2012))) == []  # "accessed 2012" may be after 14 March
    assert codes(clean(**web, accessed=Date(2027, 1, 1))) == ["accessed-future"]


# --- pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (Pages("96", "119"), []),
        (Pages("321", "28"), []),  # abbreviated: 321–328
        (Pages("xii", "xx"), []),
        (Pages("S12", "S19"), []),
        (Pages("630", "590"), ["pages-reversed"]),
        (Pages("321", "18"), ["pages-reversed"]),  # 321–318
        (Pages("xx", "xii"), ["pages-reversed"]),
        (Pages("5?", "9"), ["pages-malformed"]),
        (Pages("", "9"), ["pages-malformed"]),
    ],
)
def test_page_ranges(pages: Pages, expected: list[str]) -> None:
    assert codes(clean(type=EntryType.CHAPTER, host=Host(title=Text("Сб.")), pages=pages)) == expected


@pytest.mark.parametrize(("total", "ok"), [("164", True), ("xii, 300", True), ("ix", True), ("164 стр", False), ("many", False)])
def test_page_totals(total: str, ok: bool) -> None:
    assert codes(clean(page_total=total)) == ([] if ok else ["page-total-not-number"])


# --- required fields ---------------------------------------------------------------


def test_fields_a_type_needs() -> None:
    assert codes(clean(type=EntryType.CHAPTER)) == ["missing-host"]
    assert codes(clean(type=EntryType.ARTICLE)) == ["missing-journal"]
    assert codes(clean(type=EntryType.ARTICLE, host=Host(title=Text("Известия АН Латвийской ССР")))) == []
    assert codes(clean(type=EntryType.ENCYCLOPEDIA_ENTRY)) == ["missing-host"]
    assert codes(clean(type=EntryType.WEBPAGE)) == ["missing-url"]
    assert codes(clean(title=None)) == ["missing-title"]
    assert only(clean(type=EntryType.CHAPTER)).severity == "error"


# --- text --------------------------------------------------------------------------


def test_text_not_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Rīga")
    problem = only(clean(source=f"M. Vestermanis. {decomposed}, 1958.", title=Text("Fronte")))
    assert problem.code == "not-nfc" and problem.excerpt.startswith(decomposed)
    assert codes(clean(title=Text(unicodedata.normalize("NFD", "Сияй, звёздочка!")))) == ["not-nfc"]
    assert codes(clean(persons=[Person(family=unicodedata.normalize("NFD", "Krastiņš"))])) == ["not-nfc"]


def test_mixed_script_words_with_the_fix() -> None:
    source = "Иванов И. И. История. Mосква, Hаука, 1999."
    problems = check_entries([clean(source=source, date=Date(1999))], today=TODAY)
    assert [p.code for p in problems] == ["mixed-script", "mixed-script"]
    assert [p.excerpt for p in problems] == ["Mосква", "Hаука"]
    assert "Latin 'M'" in problems[0].message and "'Москва'" in problems[0].message


def test_mixed_script_the_reverse_way() -> None:
    ((span, description, fix),) = mixed_script_words("Тhe Soviet Partisans")  # Cyrillic Т
    assert fix == "The" and "Cyrillic" in description and span == Span(0, 3)


def test_mixed_script_without_a_lookalike_fix() -> None:
    ((_, description, fix),) = mixed_script_words("Рижскийinstitute")
    assert fix is None and "Latin" in description


def test_pure_words_and_separate_scripts_are_fine() -> None:
    assert list(mixed_script_words("Рига, изд-во \"Jumi\", 2008. XIX век, № 5")) == []


def test_mixed_script_in_fields_when_there_is_no_source() -> None:
    assert codes(clean(title=Text("Зaписки партизана"))) == ["mixed-script"]  # Latin a


# --- parsing leftovers ------------------------------------------------------------------


def test_parser_diagnostics_become_problems() -> None:
    source = "А.К. Рашкевиц. Записки партизана. Рига, 1963. ??? zz"
    entry = clean(source=source)
    start = source.index("???")
    entry.warnings.append(Diagnostic("unparsed-remainder", "text left over", Span(start, start + 6)))
    problem = only(entry)
    assert (problem.code, problem.severity, problem.excerpt) == ("parse-unparsed-remainder", "warning", "??? zz")


@pytest.mark.parametrize(
    ("source", "code", "excerpt"),
    [
        ("Smith, J. (1960. Old book.", "unbalanced-brackets", "("),
        ("Smith, J. 1960]. Old book.", "unbalanced-brackets", "]"),
        ("Рига, «Лиесма, 1978.", "unbalanced-quotes", "«"),
        ('Рига, "Лиесма, 1978.', "unbalanced-quotes", '"'),
        ("Smith. “Title. 1999.", "unbalanced-quotes", "“"),
    ],
)
def test_unbalanced_quotes_and_brackets(source: str, code: str, excerpt: str) -> None:
    problem = only(clean(source=source))
    assert (problem.code, problem.excerpt) == (code, excerpt)


def test_balanced_marks_are_fine() -> None:
    for source in (
        'Рига, "Лиесма", 1978 (илл.) [2-е изд.]',
        "Известия «Академии наук» Латвийской ССР",
        "„Известия“ и “News”",
    ):
        assert codes(clean(source=source)) == [], source


# --- across entries -------------------------------------------------------------------


def test_citation_key_clash() -> None:
    a, b, c = clean(key="rashkevits1963"), clean(key="rashkevits1963", title=Text("Другое")), clean(key="x", title=Text("Третье"))
    problems = check_entries([a, b, c], today=TODAY)
    assert [(p.code, p.index, p.severity) for p in problems] == [("key-clash", 1, "error")]
    assert "refs.txt:4" in problems[0].message


def test_duplicates_are_reported_on_the_later_entry() -> None:
    a = clean(isbns=["9984-643-78-6"], date=Date(2006), origin=Origin("refs.txt", 1))
    b = clean(isbns=["978-9984-643-78-6"], date=Date(2006), origin=Origin("refs.txt", 19))
    problems = check_entries([a, b], today=TODAY)
    assert [(p.code, p.index) for p in problems] == [("duplicate", 1)]
    assert "refs.txt:1" in problems[0].message and "ISBN" in problems[0].message


def test_problem_serialises() -> None:
    problem = only(clean(source="Рига, «Лиесма, 1978."))
    data = problem.to_dict()
    assert data["code"] == "unbalanced-quotes" and data["span"] == [6, 7] and data["origin"] == "refs.txt:4"
    assert str(problem) == "refs.txt:4: warning: '«' has no partner [unbalanced-quotes]"


# --- the command ------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, text=True, cwd=ROOT)


def test_command_clean_input_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.json"
    path.write_text(json.dumps([clean().to_dict()], ensure_ascii=False), encoding="utf-8")
    result = run("check", "--from", "json", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_command_info_notes_alone_exit_0(tmp_path: Path) -> None:
    entry = clean()
    entry.warnings.append(Diagnostic("place-resolved", "М. read as Москва", severity="info"))
    path = tmp_path / "notes.json"
    path.write_text(json.dumps([entry.to_dict()], ensure_ascii=False), encoding="utf-8")
    result = run("check", "--from", "json", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "info: М. read as Москва [parse-place-resolved]" in result.stdout


def test_command_reports_problems_with_positions(tmp_path: Path) -> None:
    path = tmp_path / "refs.txt"
    path.write_text("Good line. Рига, 1963.\nИванов. Mосква, 1999. ISBN 5-02-003456-7\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 1
    assert f"{path}:2: warning: Latin 'M' inside the Cyrillic word 'Mосква'" in result.stdout
    assert f"{path}:2:" in result.stdout and "[isbn-checksum]" in result.stdout
    data = json.loads(run("check", str(path), "--output", "json").stdout)
    by_code = {p["code"]: p for p in data["problems"]}
    assert by_code["isbn-checksum"]["excerpt"] == "5-02-003456-7"
    assert by_code["mixed-script"]["origin"] == f"{path}:2"
    assert data["entries"] == 2 and data["summary"]["error"] >= 1


def test_command_bundled_list_reports_the_duplicate() -> None:
    result = run("check", "--output", "json")
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    duplicates = [p for p in problems if p["code"] == "duplicate"]
    assert len(duplicates) == 1 and duplicates[0]["origin"].endswith("soviet-partisans-in-latvia.txt:19")
    # the genuine list has no ISBN, mixed-script or bracket problems
    assert not [p for p in problems if p["code"].startswith(("isbn-", "mixed-script", "unbalanced-", "not-nfc"))]


def test_command_usage_error_exits_2() -> None:
    assert run("check", "--output", "xml").returncode == 2
    assert run("check", "--from", "nope").returncode == 2


def test_isbn_position_from_the_parser_span() -> None:
    source = "Strods. Riga 2006 ISBN 9984-643-78-5"
    entry = clean(source=source, isbns=["9984-643-78-5"], date=Date(2006))
    entry.spans["isbns[0]"] = Span(source.index("9984"), len(source))
    problem = only(entry)
    assert problem.code == "isbn-checksum" and problem.excerpt == "9984-643-78-5"


def test_isbn_from_the_field_located_in_the_source() -> None:
    source = "Strods. Riga 2006 ISBN 9984-643-78-6, ISBN 5-02-003456-7"
    entry = clean(source=source, isbns=["9984-643-78-6", "5-02-003456-7"], date=Date(2006))
    problem = only(entry)
    assert problem.code == "isbn-checksum"
    assert problem.span is not None and problem.span.start == source.index("5-02") and problem.excerpt == "5-02-003456-7"


def test_isbn_source_searched_only_to_place_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio import isbn

    calls: list[str] = []
    real = isbn.find_isbns

    def counting(text: str) -> list[isbn.IsbnMatch]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(isbn, "find_isbns", counting)
    from biblio import check

    good = clean(source="Strods. Riga 2006 ISBN 9984-643-78-6", isbns=["9984-643-78-6"], date=Date(2006))
    assert list(check.check_isbns(good, TODAY)) == []
    assert calls == []  # a valid number from the field needs no place
    old = clean(source="Strods. Riga 1958 ISBN 9984-643-78-6", isbns=["9984-643-78-6"], date=Date(1958))
    ((_, code, _, span, _),) = check.check_isbns(old, TODAY)
    assert code == "isbn-before-1967" and span is not None and span.slice(old.source) == "9984-643-78-6"
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("source", "position"),
    [('A "b" c "d" e "f', 14), ('"', 0), ('A "b" c', None), ("no quotes", None)],
)
def test_odd_straight_quotes_point_at_the_last(source: str, position: int | None) -> None:
    from biblio.check import _odd_quotes

    span = _odd_quotes(source)
    assert (span.start if span else None) == position
    if span is not None:
        assert span.end == span.start + 1 and source[span.start] == '"'


@pytest.mark.parametrize(
    ("date", "may_be_wrong"),
    [(Date(1999), False), (Date(1999, None, 31), False), (Date(1999, 13), True), (Date(1999, end_year=1990), True), (Date(None), False)],
)
def test_only_dates_with_a_month_or_an_end_are_looked_at(date: Date, may_be_wrong: bool) -> None:
    from biblio.check import _date_problems, _may_be_wrong

    assert _may_be_wrong(date) is may_be_wrong
    if not may_be_wrong:
        assert list(_date_problems(date, TODAY)) == []  # the shortcut skips nothing


def test_a_newspaper_issue_cited_as_a_whole_needs_no_title() -> None:
    issue = clean(type=EntryType.ARTICLE, title=None, persons=[], host=Host(title=Text("Правда")), date=Date(1937, 3, 5), page_total="")
    assert codes(issue) == []
    assert codes(clean(type=EntryType.ARTICLE, title=None, host=Host(title=Text("Правда")), date=Date(1937), page_total="")) == ["missing-title"]
