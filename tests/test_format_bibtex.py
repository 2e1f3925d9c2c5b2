"""Classic BibTeX: LaTeX encoding for pdflatex + bibtex, reading, romanised output, round trips."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import FormatError
from biblio.formats import WriteOptions
from biblio.formats import latex
from biblio.formats.latex import balanced
from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from formats_support import (
    INJECTION,
    date_strategy,
    digits,
    persons,
    read_text,
    safe_url,
    sample_entries,
    words,
    write_text,
)


def _field(bib: str, name: str, key: str | None = None) -> str:
    if key is not None:
        bib = bib[bib.index("{" + key + ",") :]
    match = re.search(rf"^  {name} = \{{(.*)\}},$", bib, re.M)
    assert match, f"no {name} in\n{bib}"
    return match.group(1)


def test_latvian_letters_are_whole_braced_macros() -> None:
    entry = Entry(title=Text("āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ"), language="lv")
    title = _field(write_text("bibtex", [entry]), "title")
    assert title == (
        r"{{\=a}{\v{c}}{\=e}{\c{g}}{\={\i}}{\c{k}}{\c{l}}{\c{n}}{\v{s}}{\=u}{\v{z}} "
        r"{\=A}{\v{C}}{\=E}{\c{G}}{\=I}{\c{K}}{\c{L}}{\c{N}}{\v{S}}{\=U}{\v{Z}}}"
    )


def test_cyrillic_given_names_start_with_a_whole_letter_group() -> None:
    entry = Entry(persons=[Person(family="Дзинтарс", given="Янис Карлович"), Person(family="Крастынь", initials="Я. П.")])
    author = _field(write_text("bibtex", [entry]), "author")
    assert author == (
        r"{\cyrillictext Дзинтарс}, {\cyrillictext Я}{\cyrillictext нис} {\cyrillictext К}{\cyrillictext арлович}"
        r" and {\cyrillictext Крастынь}, {\cyrillictext Я}. {\cyrillictext П}."
    )


def test_preamble_provides_the_cyrillic_switch() -> None:
    bib = write_text("bibtex", [Entry(title=Text("x"))])
    assert bib.startswith('@preamble{ "\\providecommand*{\\cyrillictext}{\\fontencoding{T2A}\\selectfont}" }')


def test_non_english_titles_protected_english_not() -> None:
    ru = Entry(key="a", title=Text("Записки партизана"), language="ru")
    en = Entry(key="b", title=Text("Between the Nazi Hammer"), language="en")
    bib = write_text("bibtex", [ru, en])
    assert _field(bib, "title", "a") == r"{{\cyrillictext Записки партизана}}"
    assert _field(bib, "title", "b") == "Between the Nazi Hammer"
    assert _field(bib, "language", "a") == "russian" and _field(bib, "language", "b") == "english"


# --- the part of a multi-part work: BibTeX has no field, it joins the title ------------


def _parts() -> list[Entry]:
    return [
        Entry(key="lv", title=Text("PSRS kaujinieki Latvijā (1941—1945)"), part="I", language="lv",
              persons=[Person(family="Strods", given="Heinrihs")], date=Date(2006)),
        Entry(key="lvarabic", title=Text("Latvijas vēsture"), part="2", language="lv"),
        Entry(key="ru", title=Text("Возмездие"), subtitle=Text("очерки о Даугавпилсском подполье, 1941-1944"), part="1",
              language="ru", persons=[Person(family="Капитанов", initials="Н. М.")], date=Date(1977)),
        Entry(key="en", type=EntryType.ARTICLE, title=Text("The Partisan War?"), part="1", language="en",
              persons=[Person(family="Healy", given="Mark")], host=Host(title=Text("Baltic Review"), volume="3"), date=Date(1992)),
        Entry(key="chapter", type=EntryType.CHAPTER, title=Text("Партизаны"), language="ru", date=Date(1967),
              persons=[Person(family="Жуков", initials="Е. М.")],
              host=Host(title=Text("Советская историческая энциклопедия"), part="2")),
    ]


def test_part_joins_the_title_in_the_entrys_language() -> None:
    bib = write_text("bibtex", _parts())
    assert _field(bib, "title", "lv") == r"{PSRS kaujinieki Latvij{\=a} (1941—1945)}. {I da{\c{l}}a}"
    assert _field(bib, "title", "lvarabic") == r"{Latvijas v{\=e}sture}. {2. da{\c{l}}a}"
    assert _field(bib, "title", "ru") == (
        r"{{\cyrillictext Возмездие: очерки о Даугавпилсском подполье}, 1941-1944}. {{\cyrillictext Ч}. 1}"
    )
    assert _field(bib, "title", "en") == "The Partisan War? {Pt. 1}"  # no full stop after "?"
    assert _field(bib, "title", "chapter") == r"{{\cyrillictext Партизаны}}"  # the part is the host's …
    assert _field(bib, "booktitle", "chapter") == r"{{\cyrillictext Советская историческая энциклопедия}}. {{\cyrillictext Ч}. 2}"
    assert "part" not in {name for name, _ in _bib_fields(bib)}


def _bib_fields(bib: str) -> list[tuple[str, str]]:
    return re.findall(r"^  (\w+) = \{(.*)\},$", bib, re.M)


def test_part_without_a_title_is_the_title() -> None:
    bib = write_text("bibtex", [Entry(key="k", part="3", language="ru")])
    assert _field(bib, "title") == r"{{\cyrillictext Ч}. 3}"


def test_part_words_are_romanised_with_the_title() -> None:
    pytest.importorskip("biblio.translit")
    (ru,) = [e for e in _parts() if e.key == "ru"]
    bib = write_text("bibtex", [ru], WriteOptions(romanize="ala-lc"))
    assert _field(bib, "title").endswith(". {Ch. 1}")


@pytest.mark.latex
def test_part_prints_after_the_title_with_plain_bst(tmp_path: Path) -> None:
    from formats_support import compile_document, require_tools, skeleton, visible

    require_tools("pdflatex", "bibtex", "pdftotext", "t2aenc.def", "russianb.ldf", "latvian.ldf", "plain.bst")
    (tmp_path / "refs.bib").write_text(write_text("bibtex", _parts()), encoding="utf-8")
    template = (Path(__file__).resolve().parent / "latex" / "bibtex.tex").read_text(encoding="utf-8")
    run = compile_document(tmp_path, template.replace("@STYLE@", "plain"), "pdflatex", "bibtex")
    flat = " ".join(run.text.split())
    assert "Warning" not in run.bib_log.replace("Warning--empty", "").replace("Warning--missing", ""), run.bib_log
    text = skeleton(run.text)  # pdftotext splits accented letters ("dal ,a")
    assert "Heinrihs Strods. PSRS kaujinieki Latvij" in flat and "(1941—1945). I dal" in flat, flat
    assert visible("PSRS kaujinieki Latvijā (1941—1945). I daļa. 2006", text), flat
    assert visible("Latvijas vēsture. 2. daļa", text), flat
    assert "Капитанов. Возмездие: очерки о Даугавпилсском подполье, 1941-" in flat and "1944. Ч. 1. 1977." in flat, flat
    assert "The partisan war? Pt. 1. Baltic Review" in flat, flat  # plain lowercases the title, not the part
    assert "In Советская историческая энциклопедия. Ч. 2. 1967." in flat, flat


def test_book_with_authors_and_editors_keeps_editors_apart() -> None:
    entry = Entry(persons=[Person(family="Крастынь", initials="Я. П."), Person(family="Кушнер", initials="П. И.", role=Role.EDITOR)])
    bib = write_text("bibtex", [entry])
    assert "  editor = " not in bib and "Кушнер" in _field(bib, "editora")


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_name_suffix_takes_the_von_last_jr_first_form(fmt: str, tmp_path: Path) -> None:
    entry = Entry(persons=[
        Person(family="King", given="Martin Luther", suffix="Jr."),
        Person(family="de la Fontaine", initials="J.-P.", suffix="III"),
        Person(family="Ford", suffix="Sr."),  # no given names: an empty First, not a trailing comma
        Person(family="Doe", given="John", suffix="Jr., Ret."),  # a comma inside a part is braced
    ])
    bib = write_text(fmt, [entry])
    assert _field(bib, "author") == "King, Jr., Martin Luther and de la Fontaine, III, J.-P. and Ford, Sr., {} and Doe, {Jr., Ret.}, John"
    (back,) = read_text(fmt, bib, tmp_path, "s.bib")
    assert [(p.family, p.given, p.initials, p.suffix) for p in back.persons] == [
        ("King", "Martin Luther", "", "Jr."),
        ("de la Fontaine", "", "J.-P.", "III"),
        ("Ford", "", "", "Sr."),
        ("Doe", "John", "", "Jr., Ret."),
    ]


def test_romanized_output_romanises_a_suffix(tmp_path: Path) -> None:
    pytest.importorskip("biblio.translit")
    entry = Entry(key="k", title=Text("Записки"), persons=[Person(family="Иванов", initials="И. И.", suffix="мл.")], language="ru")
    bib = write_text("bibtex", [entry], WriteOptions(romanize="ala-lc"))
    assert _field(bib, "author") == "Ivanov, ml., I. I."


def test_sort_key_for_entries_without_authors() -> None:
    bib = write_text("bibtex", [Entry(title=Text("Партизанское движение"), language="ru")])
    assert _field(bib, "key") == r"{\cyrillictext Партизанское движение}"


def test_injection_is_escaped_and_balanced(tmp_path: Path) -> None:
    entries = [e for e in sample_entries() if e.key == "injection"]
    bib = write_text("bibtex", entries)
    for name in ("title", "publisher", "note"):
        value = _field(bib, name)
        assert balanced(value) and "\\input{" not in value and "\\write18{" not in value
        assert re.search(r"(?<!\\)[%#&$_~^]", value.replace("\\textasciitilde{}", "").replace("\\textasciicircum{}", "")) is None
    (back,) = read_text("bibtex", bib, tmp_path, "i.bib")
    assert back.title is not None and back.title.value == "Probe " + INJECTION
    assert back.notes[0].value == "Note " + INJECTION


def test_romanized_output_keeps_the_original_in_a_note(tmp_path: Path) -> None:
    pytest.importorskip("biblio.translit")
    entry = Entry(
        key="k", title=Text("Народные мстители Латвии"), persons=[Person(family="Рашкевиц", initials="А. К.")],
        places=[Place("М.", "Москва")], publisher=Text("Воениздат"), date=Date(1973), language="ru",
    )
    bib = write_text("bibtex", [entry], WriteOptions(romanize="ala-lc"))
    assert not re.search("[\u0400-\u04ff]", bib.split("note = ")[0]), bib
    (back,) = read_text("bibtex", bib, tmp_path, "r.bib")
    assert back.title is not None and back.title.value == "Narodnye mstiteli Latvii"
    assert back.persons[0].family == "Rashkevit\u0361s"
    assert back.notes[-1].value == "Original: Рашкевиц А. К. Народные мстители Латвии"
    assert _field(bib, "language") == "russian"


def test_reads_biblatex_fields_strings_and_concatenation(tmp_path: Path) -> None:
    text = r"""
@string{gpi = "Госполитиздат"}
@incollection{x,
  author = {Rashkevits, A. K.},
  editor = {Bystrov, V. E.}, editortype = {compiler},
  title = {Za Sovetskuiu Latviiu},
  booktitle = "Sovetskie " # {partizany},
  journaltitle = {ignored here},
  location = {Moskva},
  publisher = gpi,
  date = {1961-05},
  month = may,
  langid = {russian},
  pages = {590--630},
}
"""
    (entry,) = read_text("bibtex", text, tmp_path, "b.bib")
    assert entry.type is EntryType.CHAPTER and entry.origin is not None and entry.origin.line == 3
    assert entry.host is not None and entry.host.title is not None and entry.host.title.value == "ignored here"
    assert [(p.family, p.initials, p.role) for p in entry.host.persons] == [("Bystrov", "V. E.", Role.COMPILER)]
    assert entry.publisher is not None and entry.publisher.value == "Госполитиздат"
    assert entry.date == Date(1961, 5) and entry.language == "ru" and entry.places == [Place("Moskva")]
    assert entry.pages == Pages("590", "630")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("@book{a, title={ok}}\n\n@book{b,\n  title = {unclosed,\n}\n@book{c, title={x}}\n", 3),
        ("@book{a, title={ok}}\n@book{b, publisher = undefinedmacro}\n", 2),
    ],
)
def test_malformed_bib_names_file_and_line(text: str, line: int, tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        read_text("bibtex", text, tmp_path, "bad.bib")
    assert info.value.file == str(tmp_path / "bad.bib") and info.value.line == line


def test_decoder_reads_common_latex() -> None:
    assert latex.decode(r"Kri\v{s}j\=anis {\"O}st \'{e} \c c \aa{} \ss{} \textit{it} \emph{x} -- ---") == "Krišjānis Öst é ç å ß it x – —"
    assert latex.decode(r"{\cyrillictext Я}{\cyrillictext нис}") == "Янис"


# --- property: model → BibTeX → model keeps what BibTeX carries -----------------

BIB_TYPES = [EntryType.BOOK, EntryType.CHAPTER, EntryType.ARTICLE, EntryType.PROCEEDINGS, EntryType.THESIS, EntryType.REPORT, EntryType.DOCUMENT]


@st.composite
def bib_entries(draw: st.DrawFn) -> Entry:
    entry_type = draw(st.sampled_from(BIB_TYPES))
    entry = Entry(type=entry_type, key=draw(st.from_regex(r"[A-Za-z][A-Za-z0-9:_-]{0,12}", fullmatch=True)))
    entry.title = Text(draw(words()))
    people = draw(st.lists(persons((Role.AUTHOR, Role.EDITOR), suffixes=True), max_size=4))
    authors = [p for p in people if p.role is Role.AUTHOR]
    editors = [p for p in people if p.role is Role.EDITOR]
    entry.persons = authors
    if entry_type in (EntryType.CHAPTER, EntryType.ARTICLE):
        entry.host = Host(title=Text(draw(words())), volume=draw(st.one_of(st.just(""), digits)))
        if entry_type is EntryType.ARTICLE:
            entry.host.issue = draw(st.one_of(st.just(""), digits))
            entry.persons += editors
        else:
            entry.host.persons = editors
    else:
        entry.persons += editors
        entry.volume = draw(st.one_of(st.just(""), digits))
        entry.series_number = draw(st.one_of(st.just(""), digits))
        if entry.type is EntryType.REPORT:  # a report's ``number`` is its own
            entry.number, entry.series_number = entry.series_number, ""
    entry.series = draw(st.one_of(st.none(), words().map(Text)))
    entry.edition = draw(st.one_of(st.just(""), words(max_size=6)))
    entry.places = [Place(p) for p in draw(st.lists(words(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=";")), max_size=2))]
    entry.publisher = draw(st.one_of(st.none(), words().map(Text)))
    entry.institution = draw(st.one_of(st.none(), words().map(Text)))
    entry.genre = draw(st.one_of(st.just(""), words(max_size=10)))
    entry.date = draw(st.one_of(st.none(), date_strategy(), words(max_size=10).filter(lambda w: not re.match(r"\s*\d", w)).map(lambda w: Date(literal=w))))
    if draw(st.booleans()):
        entry.pages = Pages(draw(digits), draw(st.one_of(st.just(""), digits)))
    entry.page_total = draw(st.one_of(st.just(""), digits))
    note = draw(st.one_of(st.none(), words()))
    entry.notes = [Text(note)] if note else []
    entry.isbns = draw(st.lists(st.from_regex(r"97[89]-[0-9]{10}", fullmatch=True), max_size=2))
    entry.issn = draw(st.one_of(st.just(""), st.from_regex(r"[0-9]{4}-[0-9]{3}[0-9X]", fullmatch=True)))
    entry.doi = draw(st.one_of(st.just(""), st.from_regex(r"10\.[0-9]{4}/[a-z0-9._%#-]{1,10}", fullmatch=True)))
    entry.url = draw(st.one_of(st.just(""), safe_url))
    entry.accessed = draw(st.one_of(st.none(), st.builds(Date, st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 28))))
    entry.language = draw(st.sampled_from([None, "ru", "lv", "en", "de"]))
    entry.extra = draw(st.dictionaries(st.from_regex(r"x[a-z]{1,8}", fullmatch=True), words(), max_size=2))
    return entry


def _carried(entry: Entry) -> dict[str, Any]:
    data = entry.to_dict()
    data.pop("origin", None)
    if entry.type in (EntryType.THESIS, EntryType.REPORT) and "publisher" in data and "institution" not in data:
        data["institution"] = data.pop("publisher")  # @phdthesis / @techreport name it in school / institution
    return data


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entry=bib_entries())
def test_round_trip_keeps_what_bibtex_carries(entry: Entry, tmp_path: Path) -> None:
    bib = write_text("bibtex", [entry])
    assert balanced(bib.split("\n", 1)[1])
    back = read_text("bibtex", bib, tmp_path, "rt.bib")
    assert len(back) == 1
    assert _carried(back[0]) == _carried(entry)


HARD = [
    "@book{x,", "}{", "a%b", "\\", "\\\\", "x~y", "--", "---", "''", "``", "<<", ",,", "ǖ", "q\u0334", "t\u0361s",
    "ʹʺ", "a\u00a0b", "and", "A and B", "{\\cyrillictext x}", '"quoted"', "$math$", "#", "Ж", "ё й", "𝔘", "ﬁ",
    "ı", "ȷ", "İ", "a_b^c", "ñ~", "Ñ\u00a0ñ", "x and \\$y", "\\textbackslash", "Krišjānis",
]


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
@pytest.mark.parametrize("hard", HARD)
def test_hard_strings_survive_in_every_slot(fmt: str, hard: str, tmp_path: Path) -> None:
    """Known traps of .bib syntax, LaTeX and name splitting, in titles, names, lists and notes."""
    entry = Entry(
        key="k",
        title=Text("T " + hard),
        persons=[Person(family="F" + hard.replace(",", "") + "x", given="Gg" + hard.replace(",", "")), Person(literal="O " + hard)],
        publisher=Text(hard),
        places=[Place("P " + hard.replace(";", ""))],
        notes=[Text(hard)],
    )
    bib = write_text(fmt, [entry])
    assert balanced(bib)
    (back,) = read_text(fmt, bib, tmp_path, "h.bib")
    back.origin = None
    assert back.to_dict() == entry.to_dict()
