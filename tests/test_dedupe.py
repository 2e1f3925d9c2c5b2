"""Duplicate detection and merging: ISBN forms, cross-script twins, blocking, the bundled list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio import dedupe, pipeline
from biblio.model import Date, Entry, EntryType, Origin, Pages, Person, Place, Text

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "references" / "soviet-partisans-in-latvia.txt"
STRODS_NOTE = "Summary in English, p. 384"


def book(title: str, family: str, year: int | None, **fields: object) -> Entry:
    return Entry(title=Text(title), persons=[Person(family=family)], date=Date(year) if year else None, **fields)  # type: ignore[arg-type]


def strods(line: int, note: str | None) -> Entry:
    """The two Strods references as the parser reads them (the second adds a note)."""
    source = "Strods. Heinrihs. PSRS kaujinieki Latvijā (1941—1945). I daļa. Riga 2006 ISBN 9984-643-78-6"
    entry = Entry(
        type=EntryType.VOLUME,
        title=Text("PSRS kaujinieki Latvijā (1941—1945)", lang="lv"),
        persons=[Person(family="Strods", given="Heinrihs")],
        part="I",
        places=[Place("Riga")],
        date=Date(2006),
        isbns=["9984-643-78-6"],
        source=source + (f" {note}" if note else ""),
        origin=Origin("references/soviet-partisans-in-latvia.txt", line),
    )
    if note:
        entry.notes.append(Text(note, lang="en"))
    return entry


def groups(entries: list[Entry]) -> list[list[int]]:
    return [g.indices for g in dedupe.find_duplicates(entries)]


# --- detection ---------------------------------------------------------------------


def test_isbn10_and_isbn13_forms_are_the_same_work() -> None:
    a = book("PSRS kaujinieki Latvijā", "Strods", 2006, isbns=["9984-643-78-6"])
    b = book("Soviet partisans in Latvia", "Strods", 2006, isbns=["978-9984-643-78-6"])
    assert groups([a, b]) == [[0, 1]]


def test_isbn_read_from_the_source_when_no_field_holds_it() -> None:
    a = Entry(source="Strods. Riga 2006 ISBN 9984-643-78-6", title=Text("x"))
    b = Entry(source="H. Strods, Rīga, 2006. ISBN 978-9984-643-78-6", title=Text("y"))
    assert groups([a, b]) == [[0, 1]]


@pytest.mark.parametrize(
    ("family", "title"),
    [
        ("Raškevic", "Narodnye mstiteli Latvii"),  # ISO 9 / scholarly
        ("Rashkevits", "Narodnye mstiteli Latvii"),  # ALA-LC without ligatures
        ("Rashkevit͡s", "Narodnye mstiteli Latvii"),  # ALA-LC with the tie
        ("Rashkevicz", "Narodny`e mstiteli Latvii"),  # GOST 7.79 B
        ("Rashkevits", "Narodnyye mstiteli Latvii"),  # BGN/PCGN
    ],
)
def test_cyrillic_record_meets_its_romanised_twin(family: str, title: str) -> None:
    original = book("Народные мстители Латвии", "Рашкевиц", 1973)
    twin = book(title + ".", family, 1973)
    assert groups([original, twin]) == [[0, 1]]


def test_romanised_twin_built_with_every_scheme() -> None:
    translit = pytest.importorskip("biblio.translit")
    original = book("Записки партизана: Щучий омут", "Щукин", 1963)
    twins = [
        book(translit.romanize("Записки партизана: Щучий омут", s), translit.romanize("Щукин", s), 1963)
        for s in translit.schemes()
    ]
    assert groups([original, *twins]) == [list(range(len(twins) + 1))]


RUSSIAN_WORDS = (
    "Латвия Известия Щукин Объединённый Ельцин Съезд Подъезд Хрущёв Чайковский Жуков Юденков "
    "энциклопедия подполье Эстония Тыл Кузьмич Соловьёв Достоевский Яковлев Зуев Майя Рязань Щёлково"
).split()


@pytest.mark.parametrize("word", RUSSIAN_WORDS)
def test_every_scheme_folds_to_the_same_skeleton(word: str) -> None:
    translit = pytest.importorskip("biblio.translit")
    assert {dedupe.fold(translit.romanize(word, s)) for s in translit.schemes()} == {dedupe.fold(word)}


def test_latvian_and_russian_forms_of_a_latvian_name() -> None:
    russian = book("Сияй, звёздочка!", "Дзинтарс", 1979)
    latvian = book("Sijaj, zvëzdochka!", "Dzintars", 1979)
    assert groups([russian, latvian]) == [[0, 1]]
    krastins = book("Bor'ba latyshskogo naroda", "Krastiņš", 1946)
    krastyn = book("Борьба латышского народа", "Крастынь", 1946)
    assert groups([krastins, krastyn]) == [[0, 1]]


def test_person_variants_give_more_ways_to_meet() -> None:
    # Russian "Вейсман", Latvian "Veismanis": no folding makes these equal,
    # the Latvian form recorded on the person (by enrich) does.
    original = book("Partizanu cīņas", "Вейсман", 1958)
    other = book("Partizanu cīņas", "Veismanis", 1958)
    assert groups([original, other]) == []
    original.persons[0].variants["lv"] = {"family": "Veismanis"}
    assert groups([original, other]) == [[0, 1]]


def test_punctuation_and_dash_variants() -> None:
    a = book("PSRS kaujinieki Latvijā (1941—1945)", "Strods", 2006)
    b = book("PSRS  kaujinieki Latvijā, 1941-1945.", "STRODS", 2006)
    c = book("«PSRS kaujinieki Latvijā» 1941–1945", "Strods", 2006)
    assert groups([a, b, c]) == [[0, 1, 2]]


def test_main_title_matches_when_one_record_glues_the_subtitle_on() -> None:
    a = book("Возмездие: очерки о Даугавпилсском подполье", "Капитанов", 1977)
    b = book("Возмездие", "Капитанов", 1977)
    assert groups([a, b]) == [[0, 1]]


def test_different_works_stay_apart() -> None:
    entries = [
        book("Возмездие", "Капитанов", 1977, part="1"),
        book("Возмездие", "Капитанов", 1980, part="2"),  # the second part, another year
        book("Возмездие", "Капитанов", 1977, part="2"),  # same year, other part
        book("Возмездие", "Иванов", 1977, part="1"),  # another author
        book("Записки партизана", "Рашкевиц", 1963),
        book("Народные мстители Латвии", "Рашкевиц", 1973),
    ]
    assert groups(entries) == []


def test_same_isbn_but_other_volume_or_year_is_not_merged() -> None:
    a = book("Собрание сочинений", "Толстой", 1980, volume="1", isbns=["5-02-003102-X"])
    b = book("Собрание сочинений", "Толстой", 1981, volume="2", isbns=["5-02-003102-X"])  # a set ISBN
    c = book("Собрание сочинений", "Толстой", 1995, isbns=["5-02-003102-X"])  # a reprint
    assert groups([a, b, c]) == []


def test_a_title_alone_is_not_enough() -> None:
    assert groups([Entry(title=Text("Collected papers")), Entry(title=Text("Collected papers"))]) == []


def test_the_same_reference_text_twice() -> None:
    line = "M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958."
    assert groups([Entry(source=line), Entry(source=line.replace(" ", "\u00a0"))]) == [[0, 1]]


def test_blocking_never_compares_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = dedupe._same_work

    def counting(a: Entry, b: Entry, kind: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b, kind)

    monkeypatch.setattr(dedupe, "_same_work", counting)
    distinct = [book(f"Title number {i}", f"Author{i % 50}", 1900 + i % 100) for i in range(2000)]
    assert groups(distinct) == []
    assert calls == 0  # distinct keys: no comparison at all
    same = [book("One title", "One author", 1999) for _ in range(500)]
    assert groups(same) == [list(range(500))]
    assert calls < 2 * 500  # linear in the bucket, not quadratic


def test_fallback_folding_without_the_translit_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "_FOLD", dedupe._fold_fallback)
    monkeypatch.setattr(dedupe, "_FOLD_CACHE", {})
    monkeypatch.setattr(dedupe, "_WORD_CACHE", {})
    assert dedupe.fold("Рашкевиц") == dedupe.fold("Rashkevits") == dedupe.fold("Raškevic")


def _iso9_folding() -> None:
    pytest.importorskip("biblio.translit")
    dedupe.fold("ж")  # chooses the romaniser
    if dedupe._FOLD is not dedupe._iso9:
        pytest.skip("ISO 9 is not available as a letter table")


# Cyrillic and Latin letters in both cases, diacritics precomposed and combining,
# soft-sign marks, NFKD-expanding characters ("ﬁ", "½", "⑴", "ͺ" gives a space),
# letters NFKD drops ("中"), digits, dashes, spaces of every kind, brackets.
FOLD_ALPHABET = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЁЖЩЪЫЬЭЮЯіїєґўІЇЄҐЎ"
    "abcdehijkostuwxyzABCSTXYZāčēģīķļņšūžĀŠŽâêôŭßİıøæœ"
    "\u0301\u0308\u0361ʹʺ'’”`·\"ﬁ½²⑴ͺ中ǅ0123456789 \u00a0\u2009\t-–—.,:;!?()[]«»„“_/"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=FOLD_ALPHABET, max_size=40))
def test_folding_by_character_equals_folding_by_word(text: str) -> None:
    _iso9_folding()
    dedupe._FOLD_CACHE.pop(text, None)
    assert dedupe.fold(text) == dedupe._fold_by_word(text)


def test_folding_by_character_equals_folding_by_word_for_every_character(monkeypatch: pytest.MonkeyPatch) -> None:
    _iso9_folding()
    monkeypatch.setattr(dedupe, "_FOLD_CACHE", {})
    monkeypatch.setattr(dedupe, "_WORD_CACHE", {})
    # Each character at the start, in the middle and at the end of a word.
    chars = [chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF]
    text = " ".join(f"{c}a{c}b{c}" for c in chars)
    assert dedupe.fold(text) == dedupe._fold_by_word(text)


def test_a_token_folds_to_several_words_or_to_none() -> None:
    _iso9_folding()
    assert dedupe._fold_token("(1941—1945)") == "1941 1945"
    assert dedupe._fold_token("—") == ""
    assert dedupe._fold_token("«латвии.»") == dedupe.fold("Латвии") == dedupe.fold("Latvii")


def test_memo_computes_each_value_once() -> None:
    seen: list[str] = []

    def compute(key: str) -> str:
        seen.append(key)
        return key.upper()

    memo = dedupe._Memo(compute)
    assert [memo[k] for k in ("a", "b", "a")] == ["A", "B", "A"]
    assert list(map(memo.__getitem__, ["b", "c"])) == ["B", "C"]
    assert seen == ["a", "b", "c"]
    assert memo.get("z") is None  # get() does not compute


def test_memo_stops_keeping_values_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "_CACHE_LIMIT", 2)
    memo = dedupe._Memo(str.upper)
    assert [memo[k] for k in "abc"] == ["A", "B", "C"]
    assert dict(memo) == {"a": "A", "b": "B"}


def test_groups_and_reasons_follow_bucket_order() -> None:
    # Entry 2 meets entry 1 by ISBN and entry 0 by title; the title bucket was
    # opened first (by entry 0), so entry 2 is reported as joining by title.
    titled = book("Partizanu cīņas", "Strods", 2006)
    numbered = book("Soviet partisans", "Other", 2006, isbns=["9984-643-78-6"])
    both = book("Partizanu cīņas", "Strods", 2006, isbns=["978-9984-643-78-6"])
    (group,) = dedupe.find_duplicates([titled, numbered, both])
    assert group.indices == [0, 1, 2]
    assert group.reasons == {1: "duplicate", 2: "same title, year and first author"}


# --- merging -----------------------------------------------------------------------


def test_strods_pair_merges_keeping_the_note() -> None:
    lines: list[str] = []
    first, second = strods(1, None), strods(19, STRODS_NOTE)
    other = book("Записки партизана", "Рашкевиц", 1963)
    merged = dedupe.merge_duplicates([first, other, second], report=lines.append)
    assert len(merged) == 2
    assert merged[1] is other  # input order kept: the merged work sits where it first appeared
    kept = merged[0]
    assert [n.value for n in kept.notes] == [STRODS_NOTE]
    assert kept.isbns == ["9984-643-78-6"]  # the ISBN once, not twice
    assert len(lines) == 1
    assert "soviet-partisans-in-latvia.txt:1" in lines[0] and "soviet-partisans-in-latvia.txt:19" in lines[0]
    assert "978-9984-643-78-6" in lines[0]


def test_merge_carries_what_only_the_poorer_record_has() -> None:
    rich = book("Народные мстители Латвии", "Рашкевиц", 1973, page_total="164", publisher=Text("Воениздат"))
    rich.places.append(Place("М.", "Москва"))
    poor = book("Narodnye mstiteli Latvii", "Raškevic", 1973, url="https://example.org/rashkevits")
    poor.notes.append(Text("Russian text"))
    lines: list[str] = []
    (kept,) = dedupe.merge_duplicates([poor, rich], report=lines.append)
    assert kept.publisher is not None and kept.publisher.value == "Воениздат"  # the richer record wins
    assert kept.url == "https://example.org/rashkevits"  # … and receives the poorer one's extras
    assert [n.value for n in kept.notes] == ["Russian text"]
    assert kept.extra["title-other-script"] == "Narodnye mstiteli Latvii"
    assert "carried" in lines[0] and "url" in lines[0]


def test_a_missing_name_suffix_still_matches_and_is_carried_by_the_merge() -> None:
    rich = book("Strength to Love", "King", 1963, publisher=Text("Harper & Row"))
    rich.persons[0].given = "Martin Luther"
    poor = book("Strength to love.", "King", 1963)
    poor.persons[0].suffix = "Jr."
    lines: list[str] = []
    (kept,) = dedupe.merge_duplicates([poor, rich], report=lines.append)
    assert kept.publisher is not None and [(p.given, p.suffix) for p in kept.persons] == [("Martin Luther", "Jr.")]
    assert "name suffix 'Jr.'" in lines[0]
    # a father's and a son's same-titled work of one year are two works
    father, son = book("Sermons", "King", 1950), book("Sermons", "King", 1950)
    father.persons[0].suffix, son.persons[0].suffix = "Sr.", "Jr."
    assert dedupe.find_duplicates([father, son]) == []
    assert len(dedupe.merge_duplicates([father, son])) == 2
    # the same suffix written two ways is one person
    son2 = book("Sermons", "King", 1950)
    son2.persons[0].suffix = "Jr"
    assert [g.indices for g in dedupe.find_duplicates([son, son2])] == [[0, 1]]


def test_reports_of_one_title_with_other_numbers_are_two_reports() -> None:
    first, second, unnumbered = (book("Annual report", "Smith", 1990) for _ in range(3))
    first.type = second.type = unnumbered.type = EntryType.REPORT
    first.number, second.number = "1", "2"
    assert dedupe.find_duplicates([first, second]) == []
    assert [g.indices for g in dedupe.find_duplicates([first, unnumbered])] == [[0, 1]]


def test_merge_fills_host_and_pages() -> None:
    a = book("За Советскую Латвию", "Рашкевиц", 1961, type=EntryType.CHAPTER, pages=Pages("590", "630"))
    b = book("За Советскую Латвию", "Рашкевиц", 1961, type=EntryType.CHAPTER)
    from biblio.model import Host

    b.host = Host(title=Text("Советские партизаны"))
    b.persons.append(Person(family="Быстров"))
    (kept,) = dedupe.merge_duplicates([a, b])
    assert kept.pages is not None and str(kept.pages) == "590–630"
    assert kept.host is not None and kept.host.title is not None and kept.host.title.value == "Советские партизаны"


def test_pipeline_merge_delegates_to_dedupe() -> None:
    merged = pipeline.merge_duplicates([strods(1, None), strods(19, STRODS_NOTE)])
    assert len(merged) == 1 and merged[0].notes[0].value == STRODS_NOTE


def test_bundled_list_read_as_the_parser_does_gives_23() -> None:
    """The bundled 24 lines through whatever parser is installed, then merged."""
    from biblio.parse import parse_reference

    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    entries = [parse_reference(line, Origin(str(BUNDLED), n)) for n, line in enumerate(lines, 1)]
    assert len(entries) == 24
    assert len(pipeline.merge_duplicates(entries)) == 23


# --- end to end -----------------------------------------------------------------------


def test_export_merges_the_bundled_duplicate_and_reports_it() -> None:
    """``export`` on the bundled list: 24 references, 23 works, the Strods note kept.

    This goes through the real parser: the note must reach the merged entry
    (as a note once the parser separates it, else in the kept reference text).
    """
    result = subprocess.run(
        [sys.executable, "-m", "biblio", "export", "--format", "json"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 23
    strods_items = [i for i in items if "9984-643-78-6" in i.get("source", "")]
    assert len(strods_items) == 1
    assert STRODS_NOTE in json.dumps(strods_items[0], ensure_ascii=False)
    assert "merged" in result.stderr and "soviet-partisans-in-latvia.txt:19" in result.stderr
    titles = [i.get("title", {}).get("value", "") for i in items]
    assert sum("Возмездие" in t for t in titles) == 2  # both parts of Kapitanov's book stay


def test_export_keep_duplicates_keeps_all_24() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "biblio", "export", "--format", "json", "--keep-duplicates"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 24
    assert "merged" not in result.stderr
