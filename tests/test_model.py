"""The model's native JSON form: to_dict → from_dict is the identity, empty values left out."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.model import Date, Diagnostic, Entry, EntryType, Host, Pages, Person, Place, Role, Span, Text
from tests.formats_support import date_strategy, persons, sample_entries, words


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    text = st.builds(Text, words(), st.sampled_from([None, "ru", "lv", "en"]))
    host = st.none() | st.builds(Host, text, st.none(), st.lists(persons(roles=tuple(Role), suffixes=True), max_size=2), words(0, 4))
    return Entry(
        type=draw(st.sampled_from(list(EntryType))),
        title=draw(st.none() | text),
        persons=draw(st.lists(persons(roles=tuple(Role), suffixes=True), max_size=3)),
        host=draw(host),
        places=draw(st.lists(st.builds(Place, words(), words(0, 10)), max_size=2)),
        date=draw(st.none() | date_strategy()),
        pages=draw(st.none() | st.builds(Pages, words(1, 4), words(0, 4), st.sampled_from(["page", "column"]))),
        notes=draw(st.lists(text, max_size=2)),
        illustrated=draw(st.booleans()),
        spans=draw(st.dictionaries(st.sampled_from(["title", "date"]), st.builds(Span, st.integers(0, 9), st.integers(0, 9)))),
        warnings=draw(st.lists(st.builds(Diagnostic, words(1, 8), words()), max_size=2)),
        extra=draw(st.dictionaries(words(1, 8), words(), max_size=2)),
    )


@settings(max_examples=60, deadline=None)
@given(entries())
def test_native_json_round_trip_is_the_identity(entry: Entry) -> None:
    data = json.loads(json.dumps(entry.to_dict(), ensure_ascii=False))
    assert Entry.from_dict(data) == entry


def test_sample_entries_round_trip() -> None:
    for entry in sample_entries():
        assert Entry.from_dict(entry.to_dict()) == entry


def test_empty_values_are_left_out() -> None:
    data = Entry(title=Text("Заглавие", lang="ru"), date=Date(year=1973)).to_dict()
    assert data == {"type": "book", "title": {"value": "Заглавие", "lang": "ru"}, "date": {"year": 1973}}


def test_name_suffix_in_native_json() -> None:
    entry = Entry(persons=[Person(family="King", given="Martin Luther", suffix="Jr.")])
    data = json.loads(json.dumps(entry.to_dict()))
    assert data["persons"] == [{"family": "King", "given": "Martin Luther", "suffix": "Jr.", "role": "author"}]
    assert Entry.from_dict(data) == entry
    assert "suffix" not in Entry(persons=[Person(family="King")]).to_dict()["persons"][0]


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field 'colour'"):
        Entry.from_dict({"type": "book", "colour": "red"})


def test_person_helpers() -> None:
    editor = Person(family="Кушнер", initials="П. И.", role=Role.EDITOR)
    entry = Entry(persons=[Person(family="Крастынь", initials="Я. П."), editor], host=Host(persons=[editor]))
    assert [p.family for p in entry.authors] == ["Крастынь"]
    assert entry.persons_with(Role.EDITOR) == [editor]
    assert len(list(entry.all_persons())) == 3
    assert editor.display_given() == "П. И."
    assert Person(literal="Институт истории АН СССР").is_organization
