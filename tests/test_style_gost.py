"""GOST R 7.0.100-2018 and GOST R 7.0.5-2008, entry type by entry type.

Every expected string is written from the standards' rules: areas joined by
". — ", " : " before the publisher, " / " before the statement of
responsibility, " // " before the host, "С." / "Стб." for ranges and
"с." for a page count, "[и др.]" past the author limit, "М." / "СПб."
abbreviated (GOST R 7.0.12), terms in the entry's language.
"""

from __future__ import annotations

import pytest

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from biblio.render import bibliography, cite, format_bibliography, format_entry
from biblio.styles.gost import Gost2008, Gost2018

G18 = Gost2018()
G08 = Gost2008()


def ru(value: str) -> Text:
    return Text(value, lang="ru")


def p(family: str, initials: str, role: Role = Role.AUTHOR) -> Person:
    return Person(family, initials=initials, role=role)


def kushner_as_written() -> Person:
    """An editor the source named after "под ред." in the genitive (the parser keeps both forms)."""
    editor = p("Кушнер", "П. И.", Role.EDITOR)
    editor.variants["written"] = {"family": "Кушнера", "given": "П. И."}
    return editor


def book() -> Entry:
    return Entry(
        title=ru("Народные мстители Латвии"),
        persons=[p("Рашкевиц", "А. К.")],
        places=[Place("М.", "Москва")],
        publisher=ru("Воениздат"),
        date=Date(1973),
        page_total="164",
        language="ru",
    )


def volume() -> Entry:
    return Entry(
        type=EntryType.VOLUME,
        title=ru("Сентябрь 1903 – июль 1904"),
        host=Host(title=ru("Полное собрание сочинений")),
        volume="8",
        edition="5",
        persons=[p("Ленин", "В. И.")],
        places=[Place("Москва")],
        publisher=ru("Политиздат"),
        date=Date(1967),
        page_total="648",
        language="ru",
    )


def chapter() -> Entry:
    return Entry(
        type=EntryType.CHAPTER,
        title=ru("Подпольная борьба"),
        persons=[p("Дзинтарс", "Я.")],
        host=Host(title=ru("Борьба за Советскую Латвию"), persons=[p("Кушнер", "П. И.", Role.EDITOR)]),
        places=[Place("Рига")],
        publisher=ru("Лиесма"),
        date=Date(1970),
        pages=Pages("590", "630"),
        language="ru",
    )


def article() -> Entry:
    return Entry(
        type=EntryType.ARTICLE,
        title=ru("Период массовой антифашистской подпольной борьбы"),
        persons=[p("Дзинтарс", "Я.")],
        host=Host(title=ru("Известия Академии наук Латвийской ССР"), issue="5"),
        date=Date(1965),
        pages=Pages("20", "35"),
        language="ru",
    )


def encyclopedia() -> Entry:
    return Entry(
        type=EntryType.ENCYCLOPEDIA_ENTRY,
        title=ru("Партизанское движение в Великой Отечественной войне, 1941–45"),
        host=Host(
            title=ru("Советская историческая энциклопедия"),
            volume="8",
            persons=[p("Жуков", "Е. М.", Role.EDITOR_IN_CHIEF)],
        ),
        places=[Place("М.", "Москва")],
        publisher=ru("Советская энциклопедия"),
        date=Date(1967),
        pages=Pages("872", "880", unit="column"),
        language="ru",
    )


def webpage() -> Entry:
    return Entry(
        type=EntryType.WEBPAGE,
        title=ru("Партизаны Латвии"),
        persons=[p("Фалков", "Я.")],
        host=Host(title=Text("Historia.lv")),
        date=Date(2019),
        url="https://historia.lv/partizani",
        accessed=Date(2024, 3, 1),
        language="ru",
    )


def proceedings_paper() -> Entry:
    return Entry(
        type=EntryType.CHAPTER,
        title=ru("Подполье в Риге"),
        persons=[p("Петров", "П. П.")],
        host=Host(title=ru("Труды конференции по истории Латвии")),
        places=[Place("Рига")],
        publisher=ru("Зинатне"),
        date=Date(1980),
        pages=Pages("10", "15"),
        language="ru",
    )


def proceedings() -> Entry:
    return Entry(
        type=EntryType.PROCEEDINGS,
        title=ru("Труды конференции по истории Латвии"),
        subtitle=ru("материалы конференции"),
        persons=[p("Иванов", "А. А.", Role.EDITOR)],
        places=[Place("Рига")],
        publisher=ru("Зинатне"),
        date=Date(1980),
        page_total="300",
        language="ru",
    )


def authors(n: int) -> list[Person]:
    names = [("Иванов", "И. И."), ("Петров", "П. П."), ("Сидоров", "С. С."), ("Кузнецов", "К. К."), ("Лебедев", "Л. Л.")]
    return [p(f, i) for f, i in names[:n]]


def many(n: int) -> Entry:
    return Entry(
        title=ru("Коллективный труд"),
        persons=authors(n),
        places=[Place("Санкт-Петербург")],
        publisher=ru("Питер"),
        date=Date(2010),
        page_total="200",
        language="ru",
    )


def latvian_book() -> Entry:
    return Entry(
        title=Text("PSRS kaujinieki Latvijā (1941–1945)", lang="lv"),
        part="1",
        persons=[Person("Strods", "Heinrihs")],
        places=[Place("Rīga")],
        date=Date(2006),
        page_total="250",
        isbns=["9984-643-78-6"],
        language="lv",
    )


def latvian_chapter() -> Entry:
    return Entry(
        type=EntryType.CHAPTER,
        title=Text("Partizānu kustība Latgalē", lang="lv"),
        persons=[Person("Bērziņš", "Jānis")],
        host=Host(title=Text("Latvijas vēsture", lang="lv"), persons=[Person("Zariņš", "Kārlis", role=Role.EDITOR)]),
        places=[Place("Rīga")],
        publisher=Text("Zinātne"),
        date=Date(1999),
        pages=Pages("10", "15"),
        language="lv",
    )


def english_article() -> Entry:
    return Entry(
        type=EntryType.ARTICLE,
        title=Text("A study of things", lang="en"),
        persons=[Person("Smith", "John"), Person("Doe", "Jane")],
        host=Host(title=Text("Journal of Things"), volume="12", issue="3"),
        date=Date(2019),
        pages=Pages("101", "120"),
        language="en",
    )


def text(style: Gost2018, entry: Entry) -> str:
    return str(style.format_entry(entry))


# --- GOST R 7.0.100-2018 ---------------------------------------------------------

CASES_2018 = [
    (book, "Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат, 1973. — 164 с."),
    (
        volume,
        "Ленин, В. И. Полное собрание сочинений. Т. 8 : Сентябрь 1903 – июль 1904 / В. И. Ленин."
        " — 5-е изд. — М. : Политиздат, 1967. — 648 с.",
    ),
    (
        chapter,
        "Дзинтарс, Я. Подпольная борьба / Я. Дзинтарс // Борьба за Советскую Латвию / ред. П. И. Кушнер."
        " — Рига : Лиесма, 1970. — С. 590–630.",
    ),
    (
        article,
        "Дзинтарс, Я. Период массовой антифашистской подпольной борьбы / Я. Дзинтарс"
        " // Известия Академии наук Латвийской ССР. — 1965. — № 5. — С. 20–35.",
    ),
    (
        encyclopedia,
        "Партизанское движение в Великой Отечественной войне, 1941–45 // Советская историческая энциклопедия"
        " / гл. ред. Е. М. Жуков. — М. : Советская энциклопедия, 1967. — Т. 8. — Стб. 872–880.",
    ),
    (
        webpage,
        "Фалков, Я. Партизаны Латвии / Я. Фалков // Historia.lv. — 2019."
        " — URL: https://historia.lv/partizani (дата обращения: 01.03.2024).",
    ),
    (
        proceedings_paper,
        "Петров, П. П. Подполье в Риге / П. П. Петров // Труды конференции по истории Латвии."
        " — Рига : Зинатне, 1980. — С. 10–15.",
    ),
    (
        proceedings,
        "Труды конференции по истории Латвии : материалы конференции / ред. А. А. Иванов."
        " — Рига : Зинатне, 1980. — 300 с.",
    ),
    (
        latvian_book,
        "Strods, H. PSRS kaujinieki Latvijā (1941–1945). 1. daļa / H. Strods. — Rīga, 2006. — 250 lpp."
        " — ISBN 9984-643-78-6.",
    ),
    (
        latvian_chapter,
        "Bērziņš, J. Partizānu kustība Latgalē / J. Bērziņš // Latvijas vēsture / red. K. Zariņš."
        " — Rīga : Zinātne, 1999. — 10.–15. lpp.",
    ),
    (
        english_article,
        "Smith, J. A study of things / J. Smith, J. Doe // Journal of Things. — 2019. — Vol. 12, no. 3."
        " — P. 101–120.",
    ),
]


@pytest.mark.parametrize("build, expected", CASES_2018, ids=[c[0].__name__ for c in CASES_2018])
def test_gost_2018_entry_types(build, expected) -> None:
    assert text(G18, build()) == expected


def test_gost_2018_four_authors_all_named_without_heading() -> None:
    assert text(G18, many(4)) == (
        "Коллективный труд / И. И. Иванов, П. П. Петров, С. С. Сидоров, К. К. Кузнецов."
        " — СПб. : Питер, 2010. — 200 с."
    )


def test_gost_2018_five_authors_first_three_and_others() -> None:
    assert text(G18, many(5)) == (
        "Коллективный труд / И. И. Иванов, П. П. Петров, С. С. Сидоров [и др.]. — СПб. : Питер, 2010. — 200 с."
    )


def test_gost_2018_three_authors_heading_names_the_first() -> None:
    assert text(G18, many(3)).startswith("Иванов, И. И. Коллективный труд / И. И. Иванов, П. П. Петров, С. С. Сидоров.")


def test_series_illustrations_and_no_double_period() -> None:
    entry = book()
    entry.edition = "2-е изд., испр."
    entry.illustrated = True
    entry.series = ru("Библиотека партизана")
    entry.series_number = "7"
    assert text(G18, entry) == (
        "Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — 2-е изд., испр. — М. : Воениздат, 1973."
        " — 164 с. : ил. — (Библиотека партизана ; 7)."
    )


def test_several_places_and_statement_with_institution() -> None:
    entry = Entry(
        title=ru("Борьба латышского народа"),
        persons=[p("Крастынь", "Я. П."), p("Кушнер", "П. И.", Role.EDITOR)],
        institution=ru("Институт истории АН СССР"),
        places=[Place("Москва"), Place("Ленинград")],
        publisher=ru("Госполитиздат"),
        date=Date(1946),
        page_total="196",
        language="ru",
    )
    assert text(G18, entry) == (
        "Крастынь, Я. П. Борьба латышского народа / Я. П. Крастынь ; ред. П. И. Кушнер"
        " ; Институт истории АН СССР. — М. ; Л. : Госполитиздат, 1946. — 196 с."
    )


def test_editors_after_under_editorship_in_the_genitive_as_written() -> None:
    hosted = chapter()
    assert hosted.host is not None
    hosted.host.persons = [kushner_as_written()]
    assert "// Борьба за Советскую Латвию / под ред. П. И. Кушнера. —" in text(G18, hosted)
    # "под ред." governs the genitive: the written form when the source gave one,
    # otherwise "ред." (редактор) with the nominative, both forms of 7.0.100-2018.
    entry = book()
    entry.persons.append(kushner_as_written())
    assert "/ А. К. Рашкевиц ; под ред. П. И. Кушнера. —" in text(G18, entry)
    assert "Латвии / под ред. П. И. Кушнера. —" in text(G08, entry)
    politov = p("Политов", "З. Н.", Role.EDITOR)
    entry.persons[-1:] = [politov]
    assert "/ А. К. Рашкевиц ; ред. З. Н. Политов. —" in text(G18, entry)
    # one name without a written oblique form: the whole list in the nominative
    entry.persons.append(kushner_as_written())
    assert "; ред. З. Н. Политов, П. И. Кушнер. —" in text(G18, entry)
    # other roles keep the written form (the compiler's term reads either way)
    compiler = p("Известный", "В.", Role.COMPILER)
    compiler.variants["written"] = {"family": "Известного", "given": "В."}
    entry.persons = [compiler]
    assert "/ сост. В. Известного. —" in text(G18, entry)
    # a written form equal to the nominative is no declension
    same = p("Шоу", "Б.", Role.EDITOR)
    same.variants["written"] = {"family": "Шоу", "given": "Б."}
    entry.persons = [same]
    assert "/ ред. Б. Шоу. —" in text(G18, entry)


# --- GOST R 7.0.5-2008 -----------------------------------------------------------


def test_gost_2008_book_heading_without_comma_and_no_repeated_author() -> None:
    assert text(G08, book()) == "Рашкевиц А. К. Народные мстители Латвии. — М. : Воениздат, 1973. — 164 с."


def test_gost_2008_three_authors_in_heading() -> None:
    assert text(G08, many(3)) == (
        "Иванов И. И., Петров П. П., Сидоров С. С. Коллективный труд. — СПб. : Питер, 2010. — 200 с."
    )


def test_gost_2008_four_authors_first_and_others() -> None:
    assert text(G08, many(4)) == "Коллективный труд / И. И. Иванов [и др.]. — СПб. : Питер, 2010. — 200 с."


def test_gost_2008_chapter_and_encyclopedia() -> None:
    assert text(G08, chapter()) == (
        "Дзинтарс Я. Подпольная борьба // Борьба за Советскую Латвию / ред. П. И. Кушнер."
        " — Рига : Лиесма, 1970. — С. 590–630."
    )
    assert text(G08, encyclopedia()) == (
        "Партизанское движение в Великой Отечественной войне, 1941–45 // Советская историческая энциклопедия."
        " Т. 8 / гл. ред. Е. М. Жуков. — М. : Советская энциклопедия, 1967. — Стб. 872–880."
    )


# --- order and citations ------------------------------------------------------------


def test_cyrillic_entries_first_then_latin_each_in_alphabet_order() -> None:
    entries = [english_article(), latvian_book(), book(), chapter(), volume(), many(5)]
    order = [item.text.render_as("text").split(" ")[0] for item in bibliography(entries, G18)]
    assert order == ["Дзинтарс,", "Коллективный", "Ленин,", "Рашкевиц,", "Smith,", "Strods,"]


def test_numbered_text_output() -> None:
    out = format_bibliography([book(), chapter()], "gost-r-7.0.100-2018")
    assert out.splitlines()[0].startswith("1. Дзинтарс, Я. Подпольная борьба")
    assert out.splitlines()[1].startswith("2. Рашкевиц, А. К.")


def test_in_text_citations() -> None:
    assert cite(book(), "gost-r-7.0.100-2018", locator="25", number=1) == "[1, с. 25]"
    assert cite(book(), "gost-r-7.0.100-2018", locator="25", form="author-year") == "(Рашкевиц, 1973, с. 25)"
    assert cite(latvian_book(), "gost-r-7.0.100-2018", locator="25", number=2) == "[2, 25. lpp.]"
    assert cite(english_article(), "gost-r-7.0.100-2018", locator="101", number=3) == "[3, p. 101]"
    assert cite(many(5), "gost-r-7.0.100-2018", number=4) == "[4]"


def test_roman_parts_and_no_doubled_period_inside_an_area() -> None:
    entry = latvian_book()
    entry.part = "I"
    assert text(G18, entry).startswith("Strods, H. PSRS kaujinieki Latvijā (1941–1945). I daļa / H. Strods.")
    russian = book()
    russian.number_of_volumes = "2"
    russian.part = "1"
    assert text(G18, russian).startswith("Рашкевиц, А. К. Народные мстители Латвии : в 2 т. Ч. 1 / А. К. Рашкевиц. — М.")


def test_notes_area_before_isbn() -> None:
    entry = latvian_book()
    entry.notes = [Text("Kopsavilkums angļu valodā.")]
    assert text(G18, entry) == (
        "Strods, H. PSRS kaujinieki Latvijā (1941–1945). 1. daļa / H. Strods. — Rīga, 2006. — 250 lpp."
        " — Kopsavilkums angļu valodā. — ISBN 9984-643-78-6."
    )


def thesis() -> Entry:
    return Entry(
        type=EntryType.THESIS,
        title=ru("Партизанское движение в Латвии"),
        genre="дис. … канд. ист. наук",
        persons=[p("Петров", "П. П.")],
        institution=ru("МГУ"),
        places=[Place("Москва")],
        date=Date(1999),
        page_total="200",
        language="ru",
    )


def test_thesis_university_in_the_statement_2018_and_as_publisher_2008() -> None:
    assert text(G18, thesis()) == (
        "Петров, П. П. Партизанское движение в Латвии : дис. … канд. ист. наук / П. П. Петров ; МГУ."
        " — М., 1999. — 200 с."
    )
    assert text(G08, thesis()) == (
        "Петров П. П. Партизанское движение в Латвии : дис. … канд. ист. наук. — М. : МГУ, 1999. — 200 с."
    )


def test_issue_without_volume_opens_its_area_with_a_capital() -> None:
    entry = english_article()
    assert entry.host is not None
    entry.host.volume = ""
    assert text(G18, entry).endswith("// Journal of Things. — 2019. — No. 3. — P. 101–120.")


def test_terms_follow_each_entry_language() -> None:
    from biblio.render.terms import available, terms

    assert {"ru", "lv", "en"} <= set(available())
    assert [terms(lang).get("et_al") for lang in ("ru", "lv", "en")] == ["и др.", "u. c.", "et al."]
    assert [terms(lang).get("edited_by") for lang in ("ru", "lv", "en")] == ["под ред.", "red.", "ed. by"]
    assert [terms(lang).get("volume", "2") for lang in ("ru", "lv", "en")] == ["Т. 2", "2. sēj.", "Vol. 2"]
    latvian = latvian_book()
    latvian.persons = [Person(f, g) for f, g in [("Ozols", "Jānis"), ("Bērziņš", "Kārlis"), ("Kalniņa", "Anna"),
                                                  ("Zariņš", "Pēteris"), ("Liepa", "Ilze")]]
    assert text(G18, latvian).startswith(
        "PSRS kaujinieki Latvijā (1941–1945). 1. daļa / J. Ozols, K. Bērziņš, A. Kalniņa [u. c.]. — Rīga, 2006.")


def kapitanov(unit: str | None) -> Entry:
    entry = Entry(
        type=EntryType.VOLUME,
        title=ru("Возмездие"),
        subtitle=ru("очерки о Даугавпилсском подполье, 1941–1944"),
        persons=[p("Капитанов", "И. Г.")],
        number_of_volumes="2",
        part="1",
        places=[Place("Рига")],
        publisher=ru("Лиесма"),
        date=Date(1977),
        language="ru",
    )
    if unit is not None:
        entry.extra["volumes-unit"] = unit
    return entry


@pytest.mark.parametrize(
    "unit, words",
    [(None, "в 2 т."), ("volume", "в 2 т."), ("book", "в 2 кн."), ("part", "в 2 ч."), ("unknown", "в 2 т.")],
)
def test_multivolume_unit_books_volumes_parts(unit: str | None, words: str) -> None:
    # "(в 2-х кн.)" counts books: other title information "в 2 кн.", not "в 2 т."
    assert text(G18, kapitanov(unit)) == (
        f"Капитанов, И. Г. Возмездие : очерки о Даугавпилсском подполье, 1941–1944 : {words} Ч. 1"
        " / И. Г. Капитанов. — Рига : Лиесма, 1977."
    )


def test_multivolume_unit_in_latvian_and_english_terms() -> None:
    entry = kapitanov("book")
    entry.language = "en"
    entry.title, entry.subtitle = Text("Retribution", lang="en"), None
    assert ": in 2 books" in text(G18, entry)
    entry.language = "lv"
    entry.title = Text("Atmaksa", lang="lv")
    assert ": 2 grām." in text(G18, entry)


# --- name suffixes ------------------------------------------------------------------


def _king() -> Entry:
    return Entry(title=Text("Strength to love", lang="en"), publisher=Text("Harper & Row"), places=[Place("New York")],
                 persons=[Person("King", "Martin Luther", suffix="Jr."), Person("Abernathy", "Ralph David", suffix="III")],
                 date=Date(1963), language="en")


def test_name_suffix_closes_the_heading_and_follows_the_family_in_the_statement() -> None:
    assert text(G18, _king()) == (
        "King, M. L., Jr. Strength to love / M. L. King Jr., R. D. Abernathy III. — New York : Harper & Row, 1963.")
    assert text(G08, _king()) == "King M. L., Jr., Abernathy R. D., III. Strength to love. — New York : Harper & Row, 1963."
    son = book()
    son.persons[0].suffix = "мл."
    assert text(G18, son).startswith("Рашкевиц, А. К., мл. Народные мстители Латвии / А. К. Рашкевиц мл. — М.")
    assert cite(son, "gost-r-7.0.100-2018", form="author-year") == "(Рашкевиц, 1973)"


def test_name_suffix_kept_with_a_name_as_written() -> None:
    entry = chapter()
    editor = kushner_as_written()
    editor.suffix = "мл."
    entry.host = Host(title=ru("Борьба за Советскую Латвию"), persons=[editor])
    assert "/ под ред. П. И. Кушнера мл. — Рига" in text(G18, entry)


def test_numbered_report_names_its_kind_and_number_in_the_series_place() -> None:
    report = Entry(type=EntryType.REPORT, title=Text("Minimum wages and employment", lang="en"),
                   persons=[Person("Card", "David")], genre="NBER Working Paper", number="4509",
                   places=[Place("Cambridge, MA")], publisher=Text("National Bureau of Economic Research"),
                   date=Date(1993), language="en")
    assert text(G18, report) == ("Card, D. Minimum wages and employment / D. Card. — Cambridge, MA : "
                                 "National Bureau of Economic Research, 1993. — (NBER Working Paper ; 4509).")


def test_untitled_archival_file_is_cited_by_repository_and_shelfmark() -> None:
    from biblio.parse import parse_reference

    entry = parse_reference("ГАРФ. Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10.")
    assert entry.type == EntryType.DOCUMENT and entry.title is None
    assert text(G18, entry) == "ГАРФ. Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10."
    for style in ("apa", "chicago-author-date", "mla"):
        assert format_entry(entry, style).startswith("GARF. F. R-7021. Op. 93. D. 1. L. 5–10."), style


def volume_read_flat() -> Entry:
    """A volume as the parser reads it: the set's title as the title, the volume's own title aside."""
    return Entry(
        type=EntryType.VOLUME,
        title=ru("Сочинения"),
        persons=[p("Тарле", "Е. В.")],
        volume="7",
        number_of_volumes="12",
        places=[Place("М.", "Москва")],
        publisher=ru("Изд-во АН СССР"),
        date=Date(1959),
        page_total="880",
        language="ru",
        extra={"volume_title": "Наполеон"},
    )


def test_a_volume_title_follows_the_set_its_extent_and_the_volume_number() -> None:
    assert text(G18, volume_read_flat()) == (
        "Тарле, Е. В. Сочинения : в 12 т. Т. 7 : Наполеон / Е. В. Тарле. — М. : Изд-во АН СССР, 1959. — 880 с."
    )
    assert text(G08, volume_read_flat()).startswith("Тарле Е. В. Сочинения : в 12 т. Т. 7. Наполеон. — М.")


def test_the_extent_of_a_set_comes_before_the_volume_number() -> None:
    entry = volume_read_flat()
    entry.extra.clear()
    assert text(G18, entry).startswith("Тарле, Е. В. Сочинения : в 12 т. Т. 7 / Е. В. Тарле. — М.")


def test_a_heading_without_initials_ends_with_a_period() -> None:
    entry = book()
    entry.persons = [Person("Августин")]
    assert text(G18, entry).startswith("Августин. Народные мстители Латвии / Августин. — М.")
    assert text(G08, entry).startswith("Августин. Народные мстители Латвии. — М.")


def test_a_newspaper_article_gives_the_day_of_its_issue() -> None:
    entry = Entry(
        type=EntryType.ARTICLE,
        title=ru("Испания в огне"),
        persons=[p("Кольцов", "М.")],
        host=Host(title=ru("Правда")),
        date=Date(1937, 3, 5),
        pages=Pages("2"),
        language="ru",
    )
    assert text(G18, entry) == "Кольцов, М. Испания в огне / М. Кольцов // Правда. — 1937. — 5 марта. — С. 2."
    entry.date = Date(1937, 3)
    assert text(G18, entry).endswith("// Правда. — 1937. — С. 2.")
    entry.language, entry.date = "lv", Date(1999, 12, 21)
    assert "— 1999. — 21. dec. —" in text(G18, entry)


def test_a_book_of_a_work_is_kn_not_ch() -> None:
    entry = book()
    entry.part = "2"
    assert "Народные мстители Латвии. Ч. 2 /" in text(G18, entry)
    entry.extra["part-unit"] = "book"
    assert "Народные мстители Латвии. Кн. 2 /" in text(G18, entry)
