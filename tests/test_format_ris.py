"""RIS: the tags the issue lists, UTF-8, located errors, lossless round trips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import FormatError
from biblio.model import Entry, EntryType, Host, Pages, Place, Role, Text
from formats_support import date_strategy, digits, persons, read_text, safe_url, sample_entries, words, write_text


def _tags(text: str) -> list[str]:
    return [line[:2] for line in text.splitlines() if line.strip()]


def test_record_layout() -> None:
    text = write_text("ris", sample_entries()[:1])
    lines = text.splitlines()
    assert lines[0] == "TY  - CHAP" and lines[-2] == "ER  -" and lines[-1] == ""
    assert "AU  - Рашкевиц, А. К." in lines
    assert "A2  - Быстров, В. Е." in lines  # the editors of the book the chapter is in
    assert "T2  - Советские партизаны: из истории партизанского движения в годы Великой Отечественной войны" in lines
    assert {"TY", "AU", "A2", "TI", "T2", "PY", "CY", "PB", "SP", "EP", "LA", "N1", "ER"} <= set(_tags(text))


def test_all_listed_tags_appear_across_samples() -> None:
    text = write_text("ris", sample_entries())
    assert {"TY", "AU", "A2", "TI", "T2", "PY", "CY", "PB", "SN", "SP", "EP", "VL", "IS", "LA", "UR", "Y2", "N1", "ER"} <= set(_tags(text))
    assert "Y2  - 2012/01/06/" in text.splitlines()
    assert "SN  - 9984-643-78-6" in text.splitlines()


def test_editors_of_the_work_are_ed_and_series_t3() -> None:
    from biblio.model import Person

    entry = Entry(title=Text("Сборник"), persons=[Person(family="Известный", initials="В.", role=Role.COMPILER)], series=Text("Серия"))
    lines = write_text("ris", [entry]).splitlines()
    assert "ED  - Известный, В." in lines and "T3  - Серия" in lines
    assert "N1  - biblio-role: ED 1 (Известный, В.) = compiler" in lines


def test_name_suffix_is_the_third_comma_part(tmp_path: Path) -> None:
    from biblio.model import Person

    entry = Entry(title=Text("Strength to Love"), persons=[
        Person(family="King", given="Martin Luther", suffix="Jr."),
        Person(family="Ford", suffix="Sr."),
        Person(family="Abernathy", initials="R. D.", suffix="III", role=Role.COMPILER),
    ])
    lines = write_text("ris", [entry]).splitlines()
    assert "AU  - King, Martin Luther, Jr." in lines and "AU  - Ford, , Sr." in lines
    assert "N1  - biblio-role: ED 1 (Abernathy, R. D., III) = compiler" in lines
    (back,) = read_text("ris", "\n".join(lines) + "\n", tmp_path, "s.ris")
    assert [(p.family, p.given, p.initials, p.suffix, p.role) for p in back.persons] == [
        ("King", "Martin Luther", "", "Jr.", Role.AUTHOR),
        ("Ford", "", "", "Sr.", Role.AUTHOR),
        ("Abernathy", "", "R. D.", "III", Role.COMPILER),
    ]


def test_reads_foreign_ris_with_wrapped_lines(tmp_path: Path) -> None:
    text = "\ufeffTY  - JOUR\nAU  - Smith, John\nTI  - A long title\n  continued here\nJO  - Journal\nVL  - 3\nKW  - keyword\nER  - \n"
    (entry,) = read_text("ris", text, tmp_path, "x.ris")
    assert entry.title is not None and entry.title.value == "A long title continued here"
    assert entry.host is not None and entry.host.title is not None and entry.host.title.value == "Journal"
    assert entry.host.volume == "3" and entry.extra == {"ris:KW": "keyword"}
    assert entry.origin is not None and entry.origin.line == 1


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("TY  - BOOK\nTI  - a\nER  - \nAU  - stray\n", 4, "outside a record"),
        ("TY  - BOOK\nTI  - a\nTY  - BOOK\n", 3, "not closed"),
        ("TY  - BOOK\nTI  - a\n", 1, "not closed"),
        ("garbage\n", 1, "expected 'TY  - '"),
    ],
)
def test_malformed_ris_names_file_and_line(text: str, line: int, message: str, tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        read_text("ris", text, tmp_path, "bad.ris")
    assert info.value.line == line and message in info.value.message


RIS_TYPES = [EntryType.BOOK, EntryType.COLLECTION, EntryType.PROCEEDINGS, EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE, EntryType.THESIS, EntryType.REPORT, EntryType.WEBPAGE, EntryType.DOCUMENT]
no_comma = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=",")


@st.composite
def ris_entries(draw: st.DrawFn) -> Entry:
    entry_type = draw(st.sampled_from(RIS_TYPES))
    hosted = entry_type in (EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE)
    entry = Entry(type=entry_type, key=draw(st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True)), title=Text(draw(words())))
    people = draw(st.lists(persons(tuple(Role), suffixes=True), max_size=4))
    for person in people:
        if person.literal:
            person.literal = person.literal.replace(",", " ").strip() or "Org"
    authors = [p for p in people if p.role is Role.AUTHOR]
    translators = [p for p in people if p.role is Role.TRANSLATOR]
    editorial = [p for p in people if p.role not in (Role.AUTHOR, Role.TRANSLATOR)]
    entry.persons = authors + translators
    if hosted:
        entry.host = Host(title=Text(draw(words())), volume=draw(st.one_of(st.just(""), digits)), part=draw(st.one_of(st.just(""), digits)))
        if entry_type is EntryType.ARTICLE:
            entry.host.issue = draw(st.one_of(st.just(""), digits))
            entry.persons += editorial
        else:
            entry.host.persons = editorial
    else:
        entry.persons += editorial
        entry.volume, entry.part = draw(st.one_of(st.just(""), digits)), draw(st.one_of(st.just(""), digits))
        entry.number_of_volumes = draw(st.one_of(st.just(""), digits))
    entry.series = draw(st.one_of(st.none(), words().map(Text)))
    entry.date = draw(st.one_of(st.none(), date_strategy()))
    entry.places = [Place(p) for p in draw(st.lists(words(), max_size=2))]
    entry.publisher = draw(st.one_of(st.none(), words().map(Text)))
    entry.isbns = draw(st.lists(st.from_regex(r"97[89]-?[0-9]{10}", fullmatch=True), max_size=2))
    entry.issn = draw(st.one_of(st.just(""), st.from_regex(r"[0-9]{4}-[0-9]{3}[0-9X]", fullmatch=True)))
    if draw(st.booleans()):
        entry.pages = Pages(draw(digits), draw(st.one_of(st.just(""), digits)), draw(st.sampled_from(["page", "column"])))
    entry.edition = draw(st.one_of(st.just(""), words(max_size=5)))
    entry.genre = draw(st.one_of(st.just(""), words(max_size=10)))
    if entry_type is EntryType.REPORT:  # "4851", "HI-381-RR", "WP/19/123"
        entry.number = draw(st.one_of(st.just(""), digits, st.from_regex(r"[A-Z]{1,3}[-/][0-9]{1,4}[-/][A-Z0-9]{1,3}", fullmatch=True)))
    entry.language = draw(st.sampled_from([None, "ru", "lv", "en"]))
    entry.url = draw(st.one_of(st.just(""), safe_url))
    entry.doi = draw(st.one_of(st.just(""), st.from_regex(r"10\.[0-9]{4}/[a-z0-9._-]{1,10}", fullmatch=True)))
    entry.accessed = draw(st.one_of(st.none(), date_strategy(ranges=False)))
    entry.notes = [Text(n) for n in draw(st.lists(words(), max_size=2)) if not n.startswith("biblio-")]
    return entry


def _carried(entry: Entry) -> dict[str, Any]:
    data = entry.to_dict()
    data.pop("origin", None)
    # RIS lists authors, then editors (ED), then translators: persons come back in that order.
    order = {"author": 0, "translator": 2}
    if "persons" in data:
        data["persons"] = sorted(data["persons"], key=lambda p: order.get(p.get("role", "author"), 1))
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entry=ris_entries())
def test_round_trip_keeps_what_ris_carries(entry: Entry, tmp_path: Path) -> None:
    back = read_text("ris", write_text("ris", [entry]), tmp_path, "rt.ris")
    assert len(back) == 1
    assert _carried(back[0]) == _carried(entry)


def test_report_number_is_the_first_sn_as_zotero_reads_it(tmp_path: Path) -> None:
    report = Entry(type=EntryType.REPORT, key="card1993", title=Text("Minimum Wages and Employment"),
                   genre="NBER Working Paper", number="4509", isbns=["9780000000002"])
    ris = write_text("ris", [report])
    assert ris.index("SN  - 4509") < ris.index("SN  - 9780000000002") and "M3  - NBER Working Paper" in ris
    back = read_text("ris", ris, tmp_path, "r.ris")[0]
    assert (back.number, back.isbns, back.genre) == ("4509", ["9780000000002"], "NBER Working Paper")
    # a report's SN that is an ISBN stays an ISBN
    only_isbn = read_text("ris", "TY  - RPRT\nTI  - X\nSN  - 978-0-00-000000-2\nER  - \n", tmp_path, "i.ris")[0]
    assert (only_isbn.number, only_isbn.isbns) == ("", ["978-0-00-000000-2"])
