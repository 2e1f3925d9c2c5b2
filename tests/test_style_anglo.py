"""APA 7, Chicago 17 author-date and MLA 9 for Russian, Latvian and English entries.

Expected strings are written from the guides' rules: romanisation by ALA-LC
(ц → t͡s, я → i͡a, й → ĭ, ь → ʹ, э → ė), the English translation of a title in
square brackets, APA "(Year)." after the authors and no place, Chicago
"Place: Publisher" and CMOS 9.61 page ranges (872–80), MLA's comma-joined
container elements and "pp. 101–20".
"""

from __future__ import annotations

import pytest

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from biblio.render import cite, format_bibliography, format_entry
from test_style_gost import (
    article,
    book,
    chapter,
    encyclopedia,
    english_article,
    latvian_book,
    latvian_chapter,
    many,
    proceedings_paper,
    volume,
    webpage,
)


def translated_book() -> Entry:
    entry = book()
    assert entry.title is not None
    entry.title.translated["en"] = "People's avengers of Latvia"
    return entry


APA = [
    (translated_book, "Rashkevit͡s, A. K. (1973). Narodnye mstiteli Latvii [People's avengers of Latvia]. Voenizdat."),
    (volume, "Lenin, V. I. (1967). Polnoe sobranie sochineniĭ: Vol. 8. Senti͡abrʹ 1903 – ii͡ulʹ 1904 (5th ed.). Politizdat."),
    (chapter, "Dzintars, I͡A. (1970). Podpolʹnai͡a borʹba. In P. I. Kushner (Ed.), Borʹba za Sovetskui͡u Latvii͡u (pp. 590–630). Liesma."),
    (article, "Dzintars, I͡A. (1965). Period massovoĭ antifashistskoĭ podpolʹnoĭ borʹby. Izvestii͡a Akademii nauk Latviĭskoĭ SSR, (5), 20–35."),
    (english_article, "Smith, J., & Doe, J. (2019). A study of things. Journal of Things, 12(3), 101–120."),
    (
        encyclopedia,
        "Partizanskoe dvizhenie v Velikoĭ Otechestvennoĭ voĭne, 1941–45. (1967). In E. M. Zhukov (Ed.),"
        " Sovetskai͡a istoricheskai͡a ėnt͡siklopedii͡a (Vol. 8, cols. 872–880). Sovetskai͡a ėnt͡siklopedii͡a.",
    ),
    (webpage, "Falkov, I͡A. (2019). Partizany Latvii. Historia.lv. https://historia.lv/partizani"),
    (proceedings_paper, "Petrov, P. P. (1980). Podpolʹe v Rige. In Trudy konferent͡sii po istorii Latvii (pp. 10–15). Zinatne."),
    (latvian_book, "Strods, H. (2006). PSRS kaujinieki Latvijā (1941–1945) (Pt. 1)."),
]

CHICAGO = [
    (translated_book, "Rashkevit͡s, A. K. 1973. Narodnye mstiteli Latvii [People's avengers of Latvia]. Moscow: Voenizdat."),
    (chapter, "Dzintars, I͡A. 1970. “Podpolʹnai͡a borʹba.” In Borʹba za Sovetskui͡u Latvii͡u, edited by P. I. Kushner, 590–630. Riga: Liesma."),
    (article, "Dzintars, I͡A. 1965. “Period massovoĭ antifashistskoĭ podpolʹnoĭ borʹby.” Izvestii͡a Akademii nauk Latviĭskoĭ SSR, no. 5 (1965): 20–35."),
    (english_article, "Smith, John, and Jane Doe. 2019. “A Study of Things.” Journal of Things 12 (3): 101–20."),
    (
        encyclopedia,
        "“Partizanskoe dvizhenie v Velikoĭ Otechestvennoĭ voĭne, 1941–45.” 1967. In Sovetskai͡a istoricheskai͡a"
        " ėnt͡siklopedii͡a, edited by E. M. Zhukov, 8:872–80. Moscow: Sovetskai͡a ėnt͡siklopedii͡a.",
    ),
    (webpage, "Falkov, I͡A. 2019. “Partizany Latvii.” Historia.lv. https://historia.lv/partizani"),
    (latvian_book, "Strods, Heinrihs. 2006. PSRS kaujinieki Latvijā (1941–1945). Pt. 1. Riga."),
]

MLA = [
    (translated_book, "Rashkevit͡s, A. K. Narodnye mstiteli Latvii [People's avengers of Latvia]. Voenizdat, 1973."),
    (chapter, "Dzintars, I͡A. “Podpolʹnai͡a borʹba.” Borʹba za Sovetskui͡u Latvii͡u, edited by P. I. Kushner, Liesma, 1970, pp. 590–630."),
    (english_article, "Smith, John, and Jane Doe. “A Study of Things.” Journal of Things, vol. 12, no. 3, 2019, pp. 101–20."),
    (
        encyclopedia,
        "“Partizanskoe dvizhenie v Velikoĭ Otechestvennoĭ voĭne, 1941–45.” Sovetskai͡a istoricheskai͡a ėnt͡siklopedii͡a,"
        " edited by E. M. Zhukov, vol. 8, Sovetskai͡a ėnt͡siklopedii͡a, 1967, cols. 872–80.",
    ),
    (webpage, "Falkov, I͡A. “Partizany Latvii.” Historia.lv, 2019, https://historia.lv/partizani."),
    (latvian_chapter, "Bērziņš, Jānis. “Partizānu kustība Latgalē.” Latvijas vēsture, edited by Kārlis Zariņš, Zinātne, 1999, pp. 10–15."),
    (latvian_book, "Strods, Heinrihs. PSRS kaujinieki Latvijā (1941–1945). Pt. 1, 2006."),
]


def _ids(cases):
    return [c[0].__name__ for c in cases]


@pytest.mark.parametrize("build, expected", APA, ids=_ids(APA))
def test_apa(build, expected) -> None:
    assert format_entry(build(), "apa") == expected


@pytest.mark.parametrize("build, expected", CHICAGO, ids=_ids(CHICAGO))
def test_chicago(build, expected) -> None:
    assert format_entry(build(), "chicago-author-date") == expected


@pytest.mark.parametrize("build, expected", MLA, ids=_ids(MLA))
def test_mla(build, expected) -> None:
    assert format_entry(build(), "mla") == expected


def test_stored_romanisation_wins_and_scheme_is_selectable() -> None:
    entry = book()
    assert entry.title is not None
    entry.title.romanized["ala-lc"] = "Narodnye mstiteli Latvii (stored)"
    assert "Narodnye mstiteli Latvii (stored)" in format_entry(entry, "apa")
    assert format_entry(book(), "apa", romanize="iso9").startswith("Raškevic, A. K. (1973). Narodnye mstiteli Latvii.")


def test_original_script_where_the_guide_allows_it() -> None:
    assert format_entry(translated_book(), "chicago-author-date", original_script=True) == (
        "Rashkevit͡s, A. K. 1973. Narodnye mstiteli Latvii (Народные мстители Латвии) [People's avengers of Latvia]."
        " Moscow: Voenizdat."
    )
    # APA 7 keeps non-Latin scripts out of the reference list even when asked.
    assert "Народные" not in format_entry(translated_book(), "apa", original_script=True)


def test_italics_reach_html_and_markdown() -> None:
    assert format_entry(english_article(), "apa", output="html") == (
        "Smith, J., &amp; Doe, J. (2019). A study of things. <em>Journal of Things</em>, <em>12</em>(3), 101–120."
    )
    markdown = format_bibliography([translated_book()], "mla", output="markdown")
    assert markdown == "Rashkevit͡s, A. K. *Narodnye mstiteli Latvii* [People's avengers of Latvia]. Voenizdat, 1973.\n"


def test_sorted_by_romanised_author() -> None:
    entries = [english_article(), translated_book(), chapter(), latvian_book()]
    lines = format_bibliography(entries, "apa").splitlines()
    assert [line.split(",")[0] for line in lines] == ["Dzintars", "Rashkevit͡s", "Smith", "Strods"]


def test_in_text_citations() -> None:
    falkov = Entry(title=Text("Between the Nazi hammer and the Soviet anvil"), persons=[Person("Falkov", "Yaacov")],
                   date=Date(2019), language="en")
    assert cite(falkov, "chicago-author-date", locator="101") == "(Falkov 2019, 101)"
    assert cite(falkov, "mla", locator="101") == "(Falkov 101)"
    assert cite(falkov, "apa", locator="101") == "(Falkov, 2019, p. 101)"
    assert cite(book(), "apa", locator="25") == "(Rashkevit͡s, 1973, p. 25)"
    assert cite(english_article(), "apa") == "(Smith & Doe, 2019)"
    assert cite(english_article(), "chicago-author-date") == "(Smith and Doe 2019)"
    assert cite(many(3), "apa") == "(Ivanov et al., 2010)"
    assert cite(many(4), "chicago-author-date", locator="5") == "(Ivanov et al. 2010, 5)"
    assert cite(many(3), "mla", locator="5") == "(Ivanov et al. 5)"


def test_translator_and_edition() -> None:
    from biblio.model import Role

    entry = book()
    entry.edition = "2"
    entry.persons.append(Person("Иванов", initials="И. И.", role=Role.TRANSLATOR))
    assert format_entry(entry, "apa") == (
        "Rashkevit͡s, A. K. (1973). Narodnye mstiteli Latvii (I. I. Ivanov, Trans.; 2nd ed.). Voenizdat."
    )
    assert format_entry(entry, "chicago-author-date") == (
        "Rashkevit͡s, A. K. 1973. Narodnye mstiteli Latvii. Translated by I. I. Ivanov. 2nd ed. Moscow: Voenizdat."
    )
    assert format_entry(entry, "mla") == (
        "Rashkevit͡s, A. K. Narodnye mstiteli Latvii. Translated by I. I. Ivanov, 2nd ed., Voenizdat, 1973."
    )
    assert format_entry(entry, "gost-r-7.0.100-2018") == (
        "Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц ; пер. И. И. Иванов. — 2-е изд."
        " — М. : Воениздат, 1973. — 164 с."
    )


def test_thesis_note_and_subtitle_after_exclamation() -> None:
    from biblio.model import EntryType, Place

    thesis = Entry(type=EntryType.THESIS, title=Text("Partisan warfare in Latvia"), persons=[Person("Ozols", "Jānis")],
                   genre="Doctoral dissertation", institution=Text("University of Latvia"), date=Date(2001),
                   places=[Place("Rīga")], language="en")
    assert format_entry(thesis, "apa") == (
        "Ozols, J. (2001). Partisan warfare in Latvia [Doctoral dissertation]. University of Latvia."
    )
    thesis.url = "https://dspace.lu.lv/123"
    assert format_entry(thesis, "apa") == (
        "Ozols, J. (2001). Partisan warfare in Latvia [Doctoral dissertation, University of Latvia]."
        " https://dspace.lu.lv/123"
    )
    book_ = book()
    book_.title = Text("Сияй, звёздочка!", lang="ru")
    book_.subtitle = Text("борьба пионеров", lang="ru")
    assert format_entry(book_, "apa").startswith("Rashkevit͡s, A. K. (1973). Sii͡aĭ, zvëzdochka! borʹba pionerov.")


def test_access_date_only_for_undated_web_pages() -> None:
    undated = webpage()
    undated.date = None
    assert format_entry(undated, "mla").endswith("Historia.lv, https://historia.lv/partizani. Accessed 1 Mar. 2024.")
    assert "Accessed March 1, 2024" in format_entry(undated, "chicago-author-date")
    assert "Retrieved March 1, 2024, from https://historia.lv/partizani" in format_entry(undated, "apa")
    assert "ccessed" not in format_entry(webpage(), "mla") + format_entry(webpage(), "chicago-author-date")


def test_repeated_author_becomes_a_dash_in_mla_and_chicago() -> None:
    lines = format_bibliography([chapter(), article()], "mla").splitlines()
    assert lines[0].startswith("Dzintars, I͡A. “Period massovoĭ")  # MLA: one author's works by title
    assert lines[1].startswith("———. “Podpolʹnai͡a borʹba.”")
    lines = format_bibliography([chapter(), article()], "chicago-author-date").splitlines()
    assert lines[0].startswith("Dzintars, I͡A. 1965.") and lines[1].startswith("———. 1970.")
    assert all(not line.startswith("———") for line in format_bibliography([chapter(), article()], "apa").splitlines())


def _phd(**fields: object) -> Entry:
    from biblio.model import EntryType

    return Entry(type=EntryType.THESIS, title=Text("Partisan warfare in Latvia"), persons=[Person("Ozols", "Jānis")],
                 genre="phdthesis", institution=Text("University of Latvia"), date=Date(2001), language="en",
                 **fields)  # type: ignore[arg-type]


def test_thesis_degree_keys_in_each_guides_words() -> None:
    # biblatex's type key (what @phdthesis reads as) in the words each guide prescribes
    assert format_entry(_phd(), "apa") == (
        "Ozols, J. (2001). Partisan warfare in Latvia [Unpublished doctoral dissertation]. University of Latvia."
    )
    assert format_entry(_phd(url="https://dspace.lu.lv/1"), "apa") == (
        "Ozols, J. (2001). Partisan warfare in Latvia [Doctoral dissertation, University of Latvia]."
        " https://dspace.lu.lv/1"
    )
    assert format_entry(_phd(), "chicago-author-date") == (
        "Ozols, Jānis. 2001. “Partisan Warfare in Latvia.” PhD diss., University of Latvia."
    )
    assert format_entry(_phd(), "mla") == (
        "Ozols, Jānis. Partisan Warfare in Latvia. University of Latvia, 2001. PhD dissertation."
    )
    master = _phd()
    master.genre = "mathesis"
    assert "[Unpublished master's thesis]" in format_entry(master, "apa")
    assert "“Partisan Warfare in Latvia.” Master's thesis, University of Latvia." in format_entry(master, "chicago-author-date")
    assert format_entry(master, "mla").endswith("2001. MA thesis.")


def test_gost_thesis_degree_key_follows_biblatex_gost() -> None:
    from biblio.model import EntryType, Place

    thesis = Entry(type=EntryType.THESIS, title=Text("Партизанское движение в Латвии", lang="ru"),
                   persons=[Person("Петров", initials="П. П.")], genre="phdthesis",
                   institution=Text("МГУ", lang="ru"), places=[Place("Москва")], date=Date(1999), page_total="200",
                   language="ru")
    # russian-gost.lbx: phdthesis = "дис. … канд."
    assert format_entry(thesis, "gost-r-7.0.100-2018") == (
        "Петров, П. П. Партизанское движение в Латвии : дис. … канд. / П. П. Петров ; МГУ. — М., 1999. — 200 с."
    )
    thesis.genre = "дис. … канд. ист. наук"  # words as the source wrote them stay
    assert ": дис. … канд. ист. наук / П. П. Петров ; МГУ. —" in format_entry(thesis, "gost-r-7.0.100-2018")


def mangulis(**fields: object) -> Entry:
    """A chapter of a book published on a site, as the parser reads it: the site in publisher."""
    from biblio.model import EntryType, Host

    entry = Entry(type=EntryType.WEBPAGE, title=Text("Chapter IX: July 1941 to May 8, 1945", lang="en"),
                  persons=[Person("Mangulis", initials="V.")], publisher=Text("Historia.lv"),
                  host=Host(title=Text("Latvia in the Wars of the 20th Century", lang="en")),
                  accessed=Date(2012, 1, 6), archived=Date(2012, 3, 14), archive="Wayback Machine",
                  url="http://www.historia.lv/mangulis/9.htm", language="en")
    for name, value in fields.items():
        setattr(entry, name, value)
    return entry


def test_web_page_site_name_and_dates_in_each_guide() -> None:
    url = "http://www.historia.lv/mangulis/9.htm"
    # APA 7 (10.16): italic title, site name, "Retrieved …, from" for an undated page; no archive note
    assert format_entry(mangulis(), "apa") == (
        "Mangulis, V. (n.d.). Chapter IX: July 1941 to May 8, 1945. In Latvia in the Wars of the 20th Century."
        f" Historia.lv. Retrieved January 6, 2012, from {url}"
    )
    # Chicago 17 (15.51): "Accessed Month D, YYYY." before the URL
    assert format_entry(mangulis(), "chicago-author-date") == (
        "Mangulis, V. n.d. “Chapter IX: July 1941 to May 8, 1945.” In Latvia in the Wars of the 20th Century."
        f" Historia.lv. Accessed January 6, 2012. {url}"
    )
    # MLA 9: the book, then the site as the container; "Accessed D Mon. YYYY." last
    assert format_entry(mangulis(), "mla") == (
        "Mangulis, V. “Chapter IX: July 1941 to May 8, 1945.” Latvia in the Wars of the 20th Century."
        f" Historia.lv, {url}. Accessed 6 Jan. 2012."
    )
    dated = mangulis(date=Date(2011, 5, 2), host=None)
    assert format_entry(dated, "apa") == (
        f"Mangulis, V. (2011, May 2). Chapter IX: July 1941 to May 8, 1945. Historia.lv. {url}"
    )
    assert format_entry(dated, "mla") == (
        f"Mangulis, V. “Chapter IX: July 1941 to May 8, 1945.” Historia.lv, 2 May 2011, {url}."
    )
    assert "Wayback" not in format_entry(dated, "chicago-author-date") + format_entry(mangulis(), "apa")


def test_gost_web_page_site_after_double_slash_with_access_and_archive_dates() -> None:
    assert format_entry(mangulis(), "gost-r-7.0.100-2018") == (
        "Mangulis, V. Latvia in the Wars of the 20th Century. Chapter IX: July 1941 to May 8, 1945 / V. Mangulis"
        " // Historia.lv. — URL: http://www.historia.lv/mangulis/9.htm"
        " (accessed: 06.01.2012 ; archived 14.03.2012 at Wayback Machine)."
    )
    russian = mangulis(url="", archived=None, host=None, language="ru")
    russian.title = Text("Глава IX", lang="ru")
    assert format_entry(russian, "gost-r-7.0.100-2018") == (
        "Mangulis, V. Глава IX / V. Mangulis // Historia.lv. — (дата обращения: 06.01.2012)."
    )


def _smith(title: str, year: int | None) -> Entry:
    return Entry(key=title[:5], title=Text(title, lang="en"), persons=[Person("Smith", "John")],
                 date=Date(year) if year else None, publisher=Text("Academic Press"), language="en")


def test_year_suffixes_ordered_by_title_in_list_and_citations() -> None:
    works = [_smith("The second study", 2010), _smith("A first study", 2010), _smith("Another study", 2011),
             _smith("Zeta", None), _smith("Alpha", None), _smith("Partisans", 2010)]
    works.append(Entry(title=Text("Partisans", lang="en"), persons=[Person("Doe", "Jane")], date=Date(2010),
                       language="en"))
    # APA 7 (9.46–9.47): undated first ("n.d.-a"), then by year; same year by title, articles ignored
    assert format_bibliography(works, "apa").splitlines() == [
        "Doe, J. (2010). Partisans.",
        "Smith, J. (n.d.-a). Alpha. Academic Press.",
        "Smith, J. (n.d.-b). Zeta. Academic Press.",
        "Smith, J. (2010a). A first study. Academic Press.",
        "Smith, J. (2010b). Partisans. Academic Press.",
        "Smith, J. (2010c). The second study. Academic Press.",
        "Smith, J. (2011). Another study. Academic Press.",
    ]
    assert [cite(w, "apa", among=works) for w in works] == [
        "(Smith, 2010c)", "(Smith, 2010a)", "(Smith, 2011)", "(Smith, n.d.-b)", "(Smith, n.d.-a)", "(Smith, 2010b)",
        "(Doe, 2010)",
    ]
    assert cite(works[0], "apa", locator="5", among=works) == "(Smith, 2010c, p. 5)"
    assert cite(works[0], "apa") == "(Smith, 2010)"  # without the list there is nothing to tell apart
    # Chicago 17 (15.19): the same letters, the 3-em dash for the repeated author
    chicago = format_bibliography(works, "chicago-author-date").splitlines()
    assert chicago[:4] == [
        "Doe, Jane. 2010. Partisans.",
        "Smith, John. 2010a. A First Study. Academic Press.",
        "———. 2010b. Partisans. Academic Press.",
        "———. 2010c. The Second Study. Academic Press.",
    ]
    assert cite(works[0], "chicago-author-date", locator="12", among=works) == "(Smith 2010c, 12)"
    # MLA uses no year suffixes
    assert "2010a" not in format_bibliography(works, "mla")


def test_mla_number_after_the_title_opens_with_a_capital() -> None:
    # MLA 9 (e.g. "A History of Modern Criticism, 1750–1950. Vol. 5, Yale UP, 1986.")
    entry = Entry(title=Text("A history of criticism", lang="en"), persons=[Person("Wellek", "René")], volume="5",
                  publisher=Text("Yale UP"), date=Date(1986), language="en")
    assert format_entry(entry, "mla") == "Wellek, René. A History of Criticism. Vol. 5, Yale UP, 1986."
    entry.edition = "2"
    assert format_entry(entry, "mla") == "Wellek, René. A History of Criticism. 2nd ed., vol. 5, Yale UP, 1986."


# --- name suffixes ("Jr.", "III") ---------------------------------------------------


def _king() -> Entry:
    return Entry(title=Text("Strength to love", lang="en"), publisher=Text("Harper & Row"), places=[Place("New York")],
                 persons=[Person("King", "Martin Luther", suffix="Jr."), Person("Abernathy", "Ralph David", suffix="III")],
                 date=Date(1963), language="en")


def _essays() -> Entry:
    editors = [Person("Ford", "Henry", suffix="III", role=Role.EDITOR), Person("Adams", "John", suffix="Jr.", role=Role.EDITOR)]
    return Entry(type=EntryType.CHAPTER, title=Text("Letter", lang="en"), persons=[Person("Smith", "John")],
                 host=Host(title=Text("Essays", lang="en"), persons=editors), publisher=Text("Harper & Row"),
                 places=[Place("New York")], date=Date(1964), pages=Pages("1", "20"), language="en")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # APA 7 (9.8): every author inverted, the suffix after the initials; editors in natural order, no comma
        ("apa", ["King, M. L., Jr., & Abernathy, R. D., III. (1963). Strength to love. Harper & Row.",
                 "Smith, J. (1964). Letter. In H. Ford III & J. Adams Jr. (Eds.), Essays (pp. 1–20). Harper & Row."]),
        # Chicago 17 (14.72, 6.43): the first name inverted with ", Jr.", later ones "Ralph David Abernathy III"
        ("chicago-author-date", [
            "King, Martin Luther, Jr., and Ralph David Abernathy III. 1963. Strength to Love. New York: Harper & Row.",
            "Smith, John. 1964. “Letter.” In Essays, edited by Henry Ford III and John Adams Jr., 1–20. New York: Harper & Row."]),
        # MLA 9: "King, Martin Luther, Jr."; in natural order "John Adams, Jr." but "Henry Ford III"
        ("mla", ["King, Martin Luther, Jr., and Ralph David Abernathy III. Strength to Love. Harper & Row, 1963.",
                 "Smith, John. “Letter.” Essays, edited by Henry Ford III and John Adams, Jr., Harper & Row, 1964, pp. 1–20."]),
    ],
)
def test_name_suffix_in_each_guides_order(style: str, expected: list[str]) -> None:
    assert format_bibliography([_essays(), _king()], style).splitlines() == expected


def test_name_suffix_stays_out_of_citations_and_sorting() -> None:
    assert cite(_king(), "apa") == "(King & Abernathy, 1963)"
    assert cite(_king(), "chicago-author-date") == "(King and Abernathy 1963)"
    assert cite(_king(), "mla", locator="5") == "(King and Abernathy 5)"
    # the suffix is not part of the family name: "King, Martin Luther, Jr." sorts as King, Martin Luther
    # (between King, Karl and King, Zed, whether "Jr." were glued to the family name or set after it)
    karl, zed = _smith("A", 1990), _smith("B", 1990)
    karl.persons, zed.persons = [Person("King", "Karl")], [Person("King", "Zed")]
    for style in ("apa", "chicago-author-date", "mla"):
        lines = format_bibliography([zed, _king(), karl], style).splitlines()
        assert [line.split()[0] + line.split()[1][0] for line in lines] == ["King,K", "King,M", "King,Z"], style


def test_name_suffix_tells_father_from_son_for_year_letters() -> None:
    son, father = _king(), _king()
    son.persons, father.persons = son.persons[:1], [Person("King", "Martin Luther", suffix="Sr.")]
    assert "1963a" not in format_bibliography([son, father], "apa")


def test_cyrillic_suffix_is_romanised() -> None:
    entry = book()
    entry.persons[0].suffix = "мл."
    assert format_entry(entry, "apa").startswith("Rashkevit͡s, A. K., ml. (1973).")


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "mla"])
def test_family_names_sort_before_longer_ones_nothing_before_something(style) -> None:
    def book(family: str, given: str, title: str) -> Entry:
        return Entry(title=Text(title, lang="en"), persons=[Person(family=family, given=given)], date=Date(2000), language="en")

    entries = [book("Kingsley", "Ben", "Alpha"), book("King", "Zed", "Beta"), book("King", "Anna", "Gamma")]
    lines = [line for line in format_bibliography(entries, style).splitlines() if line]
    titles = [next(t for t in ("Alpha", "Beta", "Gamma") if t in line) for line in lines]
    assert titles == ["Gamma", "Beta", "Alpha"]  # King Anna, King Zed, then Kingsley


def _working_paper(genre: str = "NBER Working Paper", number: str = "4509") -> Entry:
    return Entry(type=EntryType.REPORT, title=Text("Minimum wages and employment", lang="en"),
                 persons=[Person("Card", "David"), Person("Krueger", "Alan B.")], genre=genre, number=number,
                 places=[Place("Cambridge, MA")], publisher=Text("National Bureau of Economic Research"),
                 date=Date(1993), language="en")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # APA 7 (10.4): the kind and number in parentheses after the title, "No." before the number
        ("apa", "Card, D., & Krueger, A. B. (1993). Minimum wages and employment (NBER Working Paper No. 4509). "
                "National Bureau of Economic Research."),
        # Chicago 17 (14.228): the kind and number after the title, like a series
        ("chicago-author-date", "Card, David, and Alan B. Krueger. 1993. Minimum Wages and Employment. NBER Working "
                                "Paper 4509. Cambridge, MA: National Bureau of Economic Research."),
        # MLA 9: the series-like designation closes the entry
        ("mla", "Card, David, and Alan B. Krueger. Minimum Wages and Employment. National Bureau of Economic "
                "Research, 1993. NBER Working Paper 4509."),
    ],
)
def test_report_number_in_each_guides_place(style: str, expected: str) -> None:
    assert format_entry(_working_paper(), style) == expected


def test_report_codes_take_the_number_without_no() -> None:
    assert "(RFC 2616)" in format_entry(_working_paper("RFC", "2616"), "apa")
    assert "(Cmnd. 247)" in format_entry(_working_paper("Cmnd.", "247"), "apa")
    assert "(Report No. 12)" in format_entry(_working_paper("", "12"), "apa")


def test_apa_newspaper_date_original_work_and_editor_translator() -> None:
    from biblio.parse import parse_reference

    news = parse_reference("Gladwell, M. (2002, July 22). The talent myth. The New Yorker. https://www.newyorker.com/magazine/2002/07/22/the-talent-myth")
    assert format_entry(news, "apa").startswith("Gladwell, M. (2002, July 22). The talent myth. ")
    freud = parse_reference(
        "Freud, S. (1955). Beyond the pleasure principle. In J. Strachey (Ed. & Trans.), The standard edition of the "
        "complete psychological works of Sigmund Freud (Vol. 18, pp. 7–64). Hogarth Press. (Original work published 1920)"
    )
    text = format_entry(freud, "apa")
    assert "In J. Strachey (Ed. & Trans.), " in text and text.endswith("Hogarth Press. (Original work published 1920)")
    # a journal article keeps the year alone, whatever month the source gives
    journal = parse_reference("Kennan, G. F. (1947, July). The sources of Soviet conduct. Foreign Affairs, 25(4), 566–582.")
    assert format_entry(journal, "apa").startswith("Kennan, G. F. (1947). ")


def test_a_volume_title_read_flat_is_cited_as_a_volume_of_its_set() -> None:
    from test_style_gost import volume_read_flat

    assert format_entry(volume_read_flat(), "apa").startswith("Tarle, E. V. (1959). Sochinenii͡a: Vol. 7. Napoleon. Izd-vo")
    assert format_entry(volume_read_flat(), "chicago-author-date").startswith("Tarle, E. V. 1959. Napoleon. Vol. 7 of Sochinenii͡a.")


def test_co_publishers_written_the_gost_way_are_joined_by_each_guide() -> None:
    entry = book()
    entry.publisher = Text("Наука : Вост. лит.", "ru")
    assert "Nauka; Vost. lit." in format_entry(entry, "apa")
    assert "Moscow: Nauka; Vost. lit." in format_entry(entry, "chicago-author-date")
    assert "Nauka / Vost. lit., 1973." in format_entry(entry, "mla")


def test_russian_quotation_marks_become_english_ones_in_a_romanised_title() -> None:
    entry = book()
    entry.title = Text("Структурализм: «за» и «против»", "ru")
    assert "Strukturalizm: “za” i “protiv”" in format_entry(entry, "apa")
    entry.title = Text("Latvija „Baltijas ceļā“", "lv")
    assert "Latvija „Baltijas ceļā“" in format_entry(entry, "apa")
