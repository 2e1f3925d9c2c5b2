"""What a multi-volume statement counts: books, volumes or parts (GOST prints "в 2 кн." / "в 2 т.")."""

from __future__ import annotations

import pytest

from biblio.model import Entry
from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Капитанов И. Г. Возмездие (в 2-х кн.). Часть 1. Рига, 1977.", "2", "book"),
        ("Толстой Л. Н. Собрание сочинений : в 22 т. — М. : Художественная литература, 1978.", "22", "volume"),
        ("Иванов И. И. Очерки истории (в 3 ч.). М., 1990.", "3", "part"),
    ],
)
def test_number_of_volumes_keeps_its_unit(text: str, count: str, unit: str) -> None:
    entry = parse_reference(text)
    assert entry.number_of_volumes == count
    assert entry.extra["volumes-unit"] == unit


def test_apa_ellipsis_before_the_last_of_many_authors() -> None:
    from biblio.parse.names import parse_name_list

    names = ", ".join(f"Author{chr(97 + i)}, {chr(65 + i)}." for i in range(19))
    persons, end, et_al = parse_name_list(f"{names}, . . . Last, Z. (2020). Title.")
    assert len(persons) == 20 and persons[-1].family == "Last" and not et_al
    persons, _, _ = parse_name_list("Smith, J., Doe, A. . . . and more")
    assert [p.family for p in persons] == ["Smith", "Doe"]


def test_with_joins_the_last_name_of_a_list() -> None:
    from biblio.parse.names import parse_name_list

    persons, _, _ = parse_name_list("T. Burger with F. Lawrence. Cambridge")
    assert [p.family for p in persons] == ["Burger", "Lawrence"]
    persons, _, _ = parse_name_list("T. Burger with the assistance of F. Lawrence.")
    assert [p.family for p in persons] == ["Burger"]


def test_english_function_words_outvote_a_shared_short_word() -> None:
    from biblio.parse.lang import detect_language

    assert detect_language("Do schools kill creativity?") == "en"
    assert detect_language("What is history?") == "en"
    assert detect_language("Od Piłsudskiego do Wałęsy") == "pl"


def test_latvian_page_abbreviations_mark_the_language() -> None:
    from biblio.parse.lang import detect_language

    assert detect_language("LVVA, 1632. f., 2. apr., 15. l., 3.–5. lp.") == "lv"
    assert detect_language("Rīga, 1990. 250 lpp.") == "lv"


@pytest.mark.parametrize(
    "written, full, lang",
    [
        ("Santa Monica, CA", "Santa Monica, CA", "en"),
        ("Reading, Mass.", "Reading, Mass.", "en"),
        ("Cambridge, UK", "Cambridge, UK", "en"),
        ("Upper Saddle River, New Jersey", "Upper Saddle River, New Jersey", "en"),
        ("Санкт-Петербург [и др.]", "Санкт-Петербург [и др.]", "ru"),
        ("СПб. [и др.]", "Санкт-Петербург [и др.]", "ru"),
        ("Somewhere, Nowhere", "Somewhere, Nowhere", ""),
    ],
)
def test_places_with_a_region_or_others_left_out(written: str, full: str, lang: str) -> None:
    from biblio.parse.areas import resolve_place

    assert resolve_place(written) == (full, lang)


def test_month_range_of_an_issue() -> None:
    from biblio.parse.dates import parse_date

    d = parse_date("2008, July–August")
    assert d is not None and (d.year, d.month, d.end_month) == (2008, 7, 8)


def test_compound_family_only_in_an_initials_list() -> None:
    from biblio.parse.names import parse_name_list

    persons = parse_name_list("Q. Hoare and G. H. Nowell Smith. London", 0)[0]
    assert [(p.family, p.initials) for p in persons] == [("Hoare", "Q."), ("Nowell Smith", "G. H.")]
    persons = parse_name_list("H. H. Gerth and C. Wright Mills, 77–128.", 0)[0]
    assert [p.family for p in persons] == ["Gerth", "Mills"]
    persons = parse_name_list("J. Smith and A. Brown Jr. 1990", 0)[0]
    assert [p.family for p in persons] == ["Smith", "Brown"]


def test_compound_family_stops_before_a_place() -> None:
    from biblio.parse.names import parse_name_list

    persons = parse_name_list("J. Bērziņš un A. Kalniņš Rīga, 1990", 0)[0]
    assert [p.family for p in persons] == ["Bērziņš", "Kalniņš"]


def test_a_publisher_ending_in_an_abbreviation_keeps_its_period() -> None:
    e = parse_reference("Найман А. Рассказы о Анне Ахматовой. — М. : Худож. лит., 1989. — 302 с.")
    assert (e.publisher.value if e.publisher else None, e.date.year if e.date else None) == ("Худож. лит.", 1989)
    assert parse_reference("Smith J. Title. London: Routledge, 2001.").publisher.value == "Routledge"  # type: ignore[union-attr]


def test_a_book_of_a_work_is_marked_as_such() -> None:
    assert parse_reference("М.А. Шолохов. Поднятая целина (в 2-х кн.). Кн. 2. М., 1960.").extra.get("part-unit") == "book"
    assert "part-unit" not in parse_reference("Рашкевиц А.К. Записки. (в 2-х ч.). Часть 1. М., 1963.").extra


def test_a_series_area_holding_only_punctuation_is_no_series() -> None:
    """"( // )" leaves no series name; an empty series would not survive the JSON round trip."""
    entry = parse_reference("И.О. Фамилия. (  //  )")
    assert entry.series is None
    assert Entry.from_dict(entry.to_dict()) == entry


def test_a_bracketed_translation_belongs_to_the_title_it_follows() -> None:
    e = parse_reference("2. M. M. Bakhtin, Problemy tvorchestva Dostoevskogo [Problems of Dostoevsky’s art] (Leningrad: Priboi, 1929), 12.")
    assert e.title is not None and e.title.value == "Problemy tvorchestva Dostoevskogo"
    assert e.title.translated == {"en": "Problems of Dostoevsky’s art"} and e.language == "ru"
    e = parse_reference('"Vēsture" [History]. Latvijas Nacionālā opera un balets (in Latvian). Retrieved 2 March 2019.')
    assert e.title is not None and (e.title.value, e.language) == ("Vēsture", "lv")
    # a supplied place in brackets is no translation
    e = parse_reference("Ivanov, I. Istoriia. [Moscow]: Nauka, 1990.")
    assert e.title is not None and e.title.translated == {}


def test_a_bracketed_translation_makes_only_a_romanised_title_russian() -> None:
    for text in (
        "Zaionchkovskii, P. A. Samoderzhavie i russkaia armiia na rubezhe XIX–XX stoletii [Autocracy and the Russian army at the turn of the century]. Moscow: Mysl', 1973.",
        "Lotman, Iu. M. Kul'tura i vzryv [Culture and explosion]. Moscow: Gnozis, 1992.",
    ):
        assert parse_reference(text).language == "ru", text
    e = parse_reference("Plakans, A. Latvian Peasant Life [Latvian peasant life in the nineteenth century]. Riga: Zinatne, 1990.")
    assert e.language == "en"


def test_a_cs1_language_mark_states_the_language() -> None:
    e = parse_reference("Endzelin, J. (1922). Lettische Grammatik (in German). Riga: A. Gulbis.")
    assert e.language == "de"
    e = parse_reference("Polovtsov, A. A., ed. (1896–1918). Russkiy biograficheskiy slovar' (in Russian). Saint Petersburg: Nauka.")
    assert e.language == "ru"


def test_cs1_maintenance_marks_and_work_types() -> None:
    e = parse_reference("Walsh, Stephen (2001). \"Stravinsky, Igor\". Grove Music Online. Oxford: Oxford University Press. (subscription required)")
    assert e.series is None and not any("required" in w.message for w in e.warnings)
    e = parse_reference('"Song and Dance Festival". Latvian Institute. Retrieved 5 July 2008.[permanent dead link]')
    assert e.host is None or e.host.title is None or "dead" not in e.host.title.value
    e = parse_reference("Moynihan, Daniel Patrick (March 1965). The Negro Family (Report). Washington, D.C.: Department of Labor.")
    assert (e.type.value, e.title.value if e.title else None) == ("report", "The Negro Family")
    e = parse_reference("Burns, Ken (Director) (1990). The Civil War (Television documentary series). PBS.")
    assert (e.type.value, e.title.value if e.title else None) == ("document", "The Civil War")
    e = parse_reference("Curie, Marie (1903). Recherches sur les substances radioactives (Thèse de doctorat) (in French). Paris: Gauthier-Villars.")
    assert (e.type.value, e.language) == ("thesis", "fr")


def test_a_short_cite_names_authors_year_and_pin() -> None:
    e = parse_reference("Smith & Jones 2001, pp. 4–5.")
    assert ([p.family for p in e.persons], e.date.year if e.date else None, str(e.pages), e.title) == (["Smith", "Jones"], 2001, "4–5", None)
    e = parse_reference("de Gaulle 1954a, p. 3.")
    assert ([p.family for p in e.persons], e.type.value) == (["de Gaulle"], "book")
    # a title and a year with no pin is a book, not a short cite
    assert parse_reference("Smith, John. Latvia 1991. London: Penguin, 1992. p. 5.").title is not None


def test_a_cs2_citation_keeps_its_imprint_after_commas() -> None:
    e = parse_reference("Hayek, F. A. (1944), The Road to Serfdom, London: George Routledge & Sons")
    assert (str(e.title), str(e.publisher), [p.name for p in e.places]) == ("The Road to Serfdom", "George Routledge & Sons", ["London"])
    e = parse_reference("Wilson, Edmund (1940), To the Finland Station: A Study of History, New York: Harcourt, Brace and Company, p. 312")
    assert (str(e.subtitle), str(e.publisher), str(e.pages)) == ("A Study of History", "Harcourt, Brace and Company", "312")
    # a title's own colon after a comma is no imprint when no known place stands before it
    e = parse_reference("Davies, R. W. (1995), Soviet History, Reform and Terror: Essays, London: Macmillan")
    assert (str(e.title), str(e.publisher)) == ("Soviet History, Reform and Terror", "Macmillan")


def test_a_chicago_series_with_its_number_before_the_imprint() -> None:
    e = parse_reference("Ezergailis, Andrew. The 1917 Revolution in Latvia. East European Monographs 8. Boulder, CO: East European Quarterly, 1974.")
    assert (str(e.title), str(e.series), e.series_number, e.subtitle) == ("The 1917 Revolution in Latvia", "East European Monographs", "8", None)
    # a sentence-case sentence with a number is no series
    e = parse_reference("Smith, John. Latvia. Notes from the war of 1919 and after 2. London: Penguin, 1990.")
    assert e.series is None


def test_a_wikipedia_series_before_a_translator_sentence() -> None:
    e = parse_reference(
        "Montesquieu (1989) [1748]. Cohler, Anne M. (ed.). The Spirit of the Laws. Cambridge Texts in the History of Political Thought."
        " Translated by Cohler, Anne Marie. Cambridge: Cambridge University Press."
    )
    assert (str(e.title), str(e.series), e.persons[0].family, e.type.value) == (
        "The Spirit of the Laws", "Cambridge Texts in the History of Political Thought", "Montesquieu", "book")


def test_function_words_outweigh_a_loan_letter_in_a_name() -> None:
    from biblio.parse.lang import detect_language

    assert detect_language("Oberst Vācietis und die lettischen Schützen im Weltkrieg und in der Oktoberrevolution") == "de"
    assert detect_language("Latvijas vēsture un kultūra no senākajiem laikiem līdz mūsdienām") == "lv"
    assert detect_language("L’opium des intellectuels") == "fr"


def test_a_court_case_in_its_reporter() -> None:
    e = parse_reference("United States v. Microsoft Corp., 253 F.3d 34, 50 (D.C. Cir. 2001).")
    assert (e.type.value, str(e.title), e.volume, str(e.pages), e.date.year if e.date else None) == (
        "document", "United States v. Microsoft Corp.", "253", "34", 2001)
    assert e.extra["reporter"] == "F.3d"
    # a title with "v." and an imprint is a book about the case
    e = parse_reference("Kluger, Richard. Simple Justice: The History of Brown v. Board of Education. New York: Knopf, 1976.")
    assert (e.type.value, e.publisher.value if e.publisher else None) == ("book", "Knopf")


def test_a_review_names_the_book_it_discusses_in_a_note() -> None:
    e = parse_reference("Smith, John. “Terror.” Review of Soviet History, by R. W. Davies. Slavic Review 55, no. 2 (1996): 400–401.")
    assert (e.type.value, str(e.title), str(e.host.title) if e.host else None) == ("article", "Terror", "Slavic Review")
    assert [n.value for n in e.notes] == ["Review of Soviet History, by R. W. Davies"]


def test_unpublished_manuscripts_preprints_and_online_reference_works() -> None:
    e = parse_reference("Smith, John. “Notes on Riga.” Unpublished manuscript, March 1950.")
    assert (e.type.value, str(e.title), e.host, e.date.year if e.date else None) == ("document", "Notes on Riga", None, 1950)
    e = parse_reference('Perelman, Grisha (11 November 2002). "The entropy formula for the Ricci flow". arXiv:math/0211159.')
    assert e.type.value == "report"
    e = parse_reference('Walsh, Stephen (2001). "Stravinsky, Igor". Grove Music Online. Oxford: Oxford University Press.')
    assert e.type.value == "encyclopedia-entry"


def test_cs1_semicolon_lists_mix_full_given_names_and_initials() -> None:
    from biblio.parse.names import parse_name_list

    persons = parse_name_list("Bray, Tim; Paoli, Jean; Sperberg-McQueen, C. M., eds. (1998)", 0)[0]
    assert [(p.family, p.initials) for p in persons] == [("Bray", "T."), ("Paoli", "J."), ("Sperberg-McQueen", "C. M.")]
    persons = parse_name_list("Smith, C. M.; Bray, Tim (1998)", 0)[0]
    assert [p.family for p in persons] == ["Smith", "Bray"]


def test_a_government_author_names_the_country_then_the_body() -> None:
    e = parse_reference("United States. Congress. House. Committee on Foreign Affairs. Soviet Diplomacy. Washington, DC: Government Printing Office, 1979.")
    assert ([p.literal for p in e.persons], str(e.title)) == (["United States. Congress. House. Committee on Foreign Affairs"], "Soviet Diplomacy")
    # a country's name opening a title is no author
    e = parse_reference("Latvia. A Short History. London: Hurst, 1995.")
    assert e.persons == [] and str(e.title) == "Latvia"
    e = parse_reference("International Military Tribunal. Trial of the Major War Criminals. 42 vols. Nuremberg: International Military Tribunal, 1947–49.")
    assert [p.literal for p in e.persons] == ["International Military Tribunal"]


def test_an_editor_of_added_matter_is_an_editor() -> None:
    e = parse_reference("Hart, H. L. A. 1994. The Concept of Law. 2nd ed. With a postscript edited by Penelope A. Bulloch and Joseph Raz. Oxford: Clarendon Press.")
    assert ([(p.family, p.role.value) for p in e.persons[1:]], e.subtitle) == ([("Bulloch", "editor"), ("Raz", "editor")], None)


def test_a_named_series_with_its_number_is_no_journal() -> None:
    e = parse_reference("Clark, Kenneth. The Nude: A Study in Ideal Form. Bollingen Series 35, no. 2. New York: Pantheon Books, 1956.")
    assert (e.type.value, str(e.series), e.series_number, e.host, e.volume) == ("book", "Bollingen Series", "35, no. 2", None, "")


def test_a_cs1_issue_without_a_volume() -> None:
    e = parse_reference('Hobsbawm, E. J. (May 1954). "The General Crisis". Past & Present (5): 33–53.')
    assert (str(e.host.title) if e.host else None, e.host.issue if e.host else None, str(e.pages)) == ("Past & Present", "5", "33–53")


def test_styles_of_address_do_not_end_a_sentence() -> None:
    e = parse_reference("Scarman, Leslie (1981). The Brixton Disorders: Report of an Inquiry by the Rt. Hon. the Lord Scarman, O.B.E. (Report). London: HMSO.")
    assert (e.type.value, str(e.subtitle), e.series) == ("report", "Report of an Inquiry by the Rt. Hon. the Lord Scarman, O.B.E.", None)


def test_day_before_a_roman_month_does_not_end_the_sentence() -> None:
    from biblio.parse.areas import boundaries
    w = "Konference, Rīga, 16.–20. VIII 1937: referāti. Rīga, 1938."
    assert [a for a, _ in boundaries(w, 0, len(w))] == [w.index(". Rīga"), len(w) - 1]
    w = "Том 20. II часть. М., 1990."  # a number and a Roman numeral that no year follows: still a stop
    assert w.index("20.") + 2 in [a for a, _ in boundaries(w, 0, len(w))]


def test_latvian_issue_number_written_before_nr() -> None:
    e = parse_reference("Ziedonis I. Kurzemīte // Karogs. 1970. 4. nr. 20.–35. lpp.")
    assert e.host.issue == "4" and "20" in str(e.pages)  # not "nr. 20": the pages follow the issue
    e = parse_reference("Belševica V. Indriķa Latvieša piezīmes uz Livonijas hronikas malām. Karogs, 1969, 8. nr.")
    assert (e.host.title.value, e.host.issue, e.date.year) == ("Karogs", "8", 1969)


def test_latvian_title_without_diacritics_is_latvian() -> None:
    from biblio.parse.lang import detect_language
    assert [detect_language(t) for t in ("Baltu valodas", "Tautas dziesmas un laiki", "The Baltic languages")] == ["lv", "lv", "en"]


def test_shared_family_name_in_the_genitive_plural_after_a_role() -> None:
    e = parse_reference("Сборник / Сост. А. и Б. Стругацких. М., 1964.")
    assert [(p.family, p.initials) for p in e.persons] == [("Стругацкий", "А."), ("Стругацкий", "Б.")]


def test_short_german_and_french_titles_by_their_function_words() -> None:
    from biblio.parse.lang import detect_language

    assert detect_language("Literaturgeschichte als Provokation") == "de"
    assert detect_language("Reflexionen aus dem beschädigten Leben") == "de"
    assert detect_language("Voyage au bout de la nuit") == "fr"
    assert detect_language("Art as Experience") in (None, "en")


def test_initial_before_the_given_name_a_person_goes_by() -> None:
    from biblio.parse.names import HEAD_SHAPES, parse_name_list

    for text in ("Mills, C. Wright. The Power Elite. New York: Oxford University Press, 1956.",
                 "Mills, C. Wright. 1956. The Power Elite. New York: Oxford University Press.",
                 "Mills, C. Wright (1956). The Power Elite. New York: Oxford University Press."):
        persons = parse_name_list(text, 0, HEAD_SHAPES)[0]
        assert [(p.family, p.given) for p in persons] == [("Mills", "C. Wright")]
    persons = parse_name_list("Smith, J. Hamlet. London: Verso, 1990.", 0, HEAD_SHAPES)[0]
    assert [(p.family, p.given or p.initials) for p in persons] == [("Smith", "J.")]  # a one-word title before the imprint


@pytest.mark.parametrize(
    "text, edition, year",
    [
        # APA 7 and Wikipedia put the season's edition after the work's title, MLA 9 among its elements,
        # Chicago in parentheses with "Edition"
        ("Hájek, A. (2019). Interpretations of probability. In E. N. Zalta (Ed.), The Stanford encyclopedia of philosophy "
         "(Fall 2019 ed.). https://plato.stanford.edu/archives/fall2019/entries/probability-interpret/", "Fall 2019", 2019),
        ("Rescorla, Michael. “The Computational Theory of Mind.” The Stanford Encyclopedia of Philosophy, edited by Edward N. "
         "Zalta, Fall 2020 ed., plato.stanford.edu/entries/computational-mind/.", "Fall 2020", 2020),
        ("Kraut, Richard. “Plato.” In The Stanford Encyclopedia of Philosophy (Fall 2017 Edition), edited by Edward N. Zalta. "
         "https://plato.stanford.edu/archives/fall2017/entries/plato/.", "Fall 2017", 2017),
        ('Graham, George (2023). "Behaviorism". In Zalta, Edward N.; Nodelman, Uri (eds.). Stanford Encyclopedia of '
         "Philosophy (Spring 2023 ed.).", "Spring 2023", 2023),
    ],
)
def test_a_reference_works_seasonal_edition_is_its_edition(text: str, edition: str, year: int) -> None:
    e = parse_reference(text)
    assert (e.type.value, e.edition, e.date.year if e.date else None) == ("encyclopedia-entry", edition, year)
    assert e.source[e.spans["edition"].start : e.spans["edition"].end] == edition


_ROMANIZED_TITLES = [
    "Partizanskoe dvizhenie v Latvii v gody Velikoi Otechestvennoi voiny",  # ALA-LC
    "Neizvestnaia Rossiia: XX vek",
    "Pribaltika i Kreml', 1940–1953",
    "Triumf i tragediya: Politicheskiy portret I. V. Stalina",  # BGN/PCGN
    "Sovetskaia istoricheskaia entsiklopediia",
    "Latyshskie strelki v bor'be za sovetskuiu vlast'",
    "Moia zhizn'",
    "Vospominaniia i razmyshleniia",
    "Istoriia SSSR s drevneishikh vremen do nashikh dnei",
    "Ėkonomicheskaia istoriia Rossii",  # ALA-LC's ė for э
]
_ENGLISH_TITLES = [
    "Khrushchev Remembers",
    "Ivan's War: Life and Death in the Red Army",
    "Doctor Zhivago",
    "Natasha's Dance: A Cultural History of Russia",
    "Pravda and Izvestiia",
    "Stalin: Paradoxes of Power, 1878–1928",
    "Equilibrium points in n-person games",
    "Premium Economics in Stadium Politics",
    "Red Star over Riga",
    "Donoghue v Stevenson",
]


@pytest.mark.parametrize("title", _ROMANIZED_TITLES)
def test_a_romanised_russian_title_reads_as_russian(title: str) -> None:
    from biblio.parse.lang import reads_as_romanized_russian

    assert reads_as_romanized_russian(title)


@pytest.mark.parametrize("title", _ENGLISH_TITLES)
def test_an_english_title_with_russian_names_stays_english(title: str) -> None:
    from biblio.parse.lang import reads_as_romanized_russian

    assert not reads_as_romanized_russian(title)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kozlov, V. A. Neizvestnaia Rossiia: XX vek. Moscow: Istoricheskoe nasledie, 1992.", "Neizvestnaia Rossiia"),
        ("Zubkova, Elena. Pribaltika i Kreml', 1940–1953. Moscow: ROSSPEN, 2008.", "Pribaltika i Kreml', 1940–1953"),
        ('Pikhoia, R. G. "Pochemu raspalsia Sovetskii Soiuz?" Voprosy istorii, no. 3 (2001): 3–23.', "Pochemu raspalsia Sovetskii Soiuz?"),
        ("Trotskii, L. Moia zhizn': Opyt avtobiografii. Berlin: Granit, 1930.", "Moia zhizn'"),
        ("Zhukov, G. K. Vospominaniia i razmyshleniia. Moscow: Izdatel'stvo Agentstva pechati Novosti, 1969.", "Vospominaniia i razmyshleniia"),
    ],
)
def test_a_romanised_russian_work_in_an_english_list_is_russian(text: str, title: str) -> None:
    e = parse_reference(text)
    assert e.title is not None and e.title.value == title  # (the soft sign at the end is kept)
    assert (e.language, e.title.lang, e.title.script) == ("ru", "ru", "Latn")


def test_an_english_book_about_russia_stays_english() -> None:
    e = parse_reference("Figes, Orlando. Natasha's Dance: A Cultural History of Russia. London: Allen Lane, 2002.")
    assert e.language == "en"
    e = parse_reference("Solzhenitsyn, Aleksandr. The Gulag Archipelago. Translated by Thomas P. Whitney. New York: Harper & Row, 1974.")
    assert e.language == "en"


@pytest.mark.parametrize(
    "text, family, given",
    [
        ("Komarov, Ia. V. Tri goda v stroiu. Moskva: Ves' mir, 1954.", "Komarov", "Ia. V."),  # ALA-LC Я, Ю
        ("Lotman, Iu. M. Besedy o russkoi kul'ture. St. Petersburg: Iskusstvo–SPB, 1994.", "Lotman", "Iu. M."),
        ("Gagarin, Yu. A. Doroga v kosmos. Moscow: Pravda, 1961.", "Gagarin", "Yu. A."),  # BGN
        ("Pavlov, Igorʹ. Dorogi voĭny. Moscow: Nauka, 1983.", "Pavlov", "Igorʹ"),  # ALA-LC's prime for ь
        ("Pavlov, Igor'. Partizanskie tropy. Moscow: Nauka, 1983.", "Pavlov", "Igor'"),
    ],
)
def test_romanised_russian_initials_and_soft_signs_stay_in_the_name(text: str, family: str, given: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.given or p.initials) for p in e.persons] == [(family, given)]
    assert e.title is not None and not e.title.value.startswith(given[-2:])
    assert e.language == "ru"


def test_words_of_other_languages_do_not_outvote_a_romanised_russian_title() -> None:
    # "Na" is Polish too and "les" French; ĭ and ė are ALA-LC's letters for й and э, ė Lithuanian too
    assert parse_reference("Kirillov, Stepan. Na lesnykh tropakh. Moscow: Voenizdat, 1985.").language == "ru"
    assert parse_reference("Samson, V. A. Les i lesnoye khozyaystvo. Moscow: Nauka, 1961.").language == "ru"
    assert parse_reference("Uspenskiĭ, B. A. Ėkonomicheskaia istoriia Rossii. Moscow: Nauka, 2011.").language == "ru"
    # a Polish title with its own letters stays Polish
    assert parse_reference("Davies, Norman. Boże igrzysko: historia Polski. Kraków: Znak, 2006.").language == "pl"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Volkogonov, Dmitrii. Lenin: Politicheskii portret [Lenin: A political portrait]. 2 vols. Moscow: Novosti, 1994.", "ru"),
        ("Volkogonov, Dmitrii. Lenin: Politicheskii portret. 2 vols. Moscow: Novosti, 1994.", "ru"),  # a subtitle's capital is no name
        ("Service, Robert. Lenin: A Biography. London: Macmillan, 2000.", "en"),
        ("Taubman, William. Khrushchev: The Man and His Era. New York: Norton, 2003.", "en"),
    ],
)
def test_a_romanised_title_with_a_subtitle_and_its_translation_after_the_subtitle(text: str, language: str) -> None:
    e = parse_reference(text)
    assert e.language == language


@pytest.mark.parametrize(
    "text, language",
    [
        ("Sveriges ekonomiska historia från Gustav Vasa", "sv"),
        ("Svenska folkets historia", "sv"),
        ("Quaderni del carcere", "it"),
        ("Il nome della rosa", "it"),
        ("Opera aperta: Forma e indeterminazione nelle poetiche contemporanee", "it"),
        ("Historia de la guerra civil española", "es"),
        ("La rebelión de las masas", "es"),
        ("De geschiedenis van Nederland", "nl"),
        ("Danmarks historie", "da"),
        ("História da literatura portuguesa", "pt"),
        ("Os Lusíadas", "pt"),
        ("Livro do desassossego", "pt"),
        ("Nils Holgerssons underbara resa genom Sverige", "sv"),
        # English titles with a word those languages share stay English
        ("The Letters of Vincent van Gogh", "en"),
        ("Per capita income and the world economy", "en"),
    ],
)
def test_frequent_words_tell_italian_spanish_portuguese_swedish_dutch_danish(text: str, language: str) -> None:
    from biblio.parse.lang import detect_language

    assert detect_language(text) == language
    assert detect_language("GDP per capita (current US$) – Latvia") != "it"


def test_a_work_in_another_language_cited_in_english_keeps_its_language() -> None:
    assert parse_reference("Gramsci, A. (1975) Quaderni del carcere. Edited by V. Gerratana. 4 vols. Turin: Einaudi.").language == "it"
    assert parse_reference("Ortega y Gasset, José. La rebelión de las masas. Madrid: Revista de Occidente, 1930.").language == "es"
    assert parse_reference("Heckscher, Eli F. Sveriges ekonomiska historia från Gustav Vasa. 2 vols. Stockholm: Bonnier, 1935–49.").language == "sv"


@pytest.mark.parametrize("owner", ["Saeima", "Bundestag", "Knesset", "Riksdag", "Sejm", "National Assembly"])
def test_a_parliament_named_after_a_quoted_page_title_owns_the_site(owner: str) -> None:
    e = parse_reference(f'"Constitution". {owner}. Retrieved 1 June 2019.')
    assert e.publisher is not None and e.publisher.value == owner
    assert e.host is None or e.host.title is None


@pytest.mark.parametrize(
    ("text", "title", "place", "year"),
    [
        ("Н.А. Троицкий. 1812. Великий год России. М., «Мысль», 1988. - 348 стр.", "1812. Великий год России", "М.", 1988),
        ("Троицкий Н. А. 1812. Великий год России / Н. А. Троицкий. — М. : Мысль, 1988. — 348 с.", "1812. Великий год России", "М.", 1988),
        ("Троицкий, Н. А. 1812. Великий год России / Н. А. Троицкий. – Москва : Омега, 2007. – 590 с. – Текст : непосредственный.",
         "1812. Великий год России", "Москва", 2007),
        ("Г. Куприянов. 1905. Рига, 1955.", "1905", "Рига", 1955),
        ("Strods H. 1919. gads Latvijā. Rīga: Zinātne, 1990.", "1919. gads Latvijā", "Rīga", 1990),
    ],
)
def test_a_year_sentence_after_the_heading_opens_the_title_when_the_imprint_has_a_year(text: str, title: str, place: str, year: int) -> None:
    # Soviet, GOST and Latvian headings never date the work after the names: the imprint does
    e = parse_reference(text)
    full = e.title.value + (". " + e.subtitle.value if e.subtitle is not None else "")
    assert (full, [p.value for p in e.places], e.date.year) == (title, [place], year)


def test_an_author_date_year_stays_the_date() -> None:
    e = parse_reference("Smith, John. 1999. History of Riga. London: Penguin.")
    assert (e.title.value, e.date.year) == ("History of Riga", 1999)
    e = parse_reference("Smith, John. 1999. History of Riga. London: Penguin, 1999.")  # the same year again: no title
    assert (e.title.value, e.date.year, e.publisher.value) == ("History of Riga", 1999, "Penguin")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Ю.Н. Тынянов. Литературный факт. — В кн.: Ю. Тынянов. Архаисты и новаторы. Л., «Прибой», 1929, стр. 5—29.", "Архаисты и новаторы"),
        ("М. Бахтин. Эпос и роман. — В кн.: М. Бахтин. Вопросы литературы и эстетики. М., «Художественная литература», 1975, стр. 447—483.",
         "Вопросы литературы и эстетики"),
        ("Б.М. Эйхенбаум. Как сделана «Шинель» Гоголя. — В кн.: Б. Эйхенбаум. О прозе. Л., «Художественная литература», 1969, стр. 306—326.", "О прозе"),
        ("Лотман Ю. М. О семиосфере // Ю. М. Лотман. Избранные статьи. — Таллинн : Александра, 1992. — Т. 1. — С. 11–24.", "Избранные статьи"),
        ("Upīts A. Par reālismu. Grām.: A. Upīts. Rakstu izlase. Rīga: Liesma, 1951, 10.–25. lpp.", "Rakstu izlase"),
        ("Тынянов Ю. Н. Литературный факт // Тынянов Ю. Н. Поэтика. История литературы. Кино. — М. : Наука, 1977. — С. 255–270.",
         "Поэтика. История литературы. Кино"),
    ],
)
def test_the_hosts_own_author_written_initials_first_is_no_part_of_its_title(text: str, host: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title.value == host
    assert len(e.host.persons) == 1 and e.host.persons[0].family in e.authors[0].family


@pytest.mark.parametrize(
    ("text", "host", "editors"),
    [
        ("Бессмертный Ю. Л. «Анналы»: переломный этап? // Одиссей. Человек в истории. 1991 / гл. ред. А. Я. Гуревич. — М. : Наука, 1991. — С. 7–24.",
         "Одиссей. Человек в истории. 1991", ["Гуревич"]),
        ("Иванов, И. И. Заглавие / И. И. Иванов. – Текст : непосредственный // Одиссей. Человек в истории. 2005 / главный редактор А. Я. Гуревич. – "
         "Москва : Наука, 2005. – С. 7–24.", "Одиссей. Человек в истории. 2005", ["Гуревич"]),
        ("Иванов И. И. Заглавие // Ежегодник германской истории. 1986. — М. : Наука, 1987. — С. 7–24.", "Ежегодник германской истории. 1986", []),
        ("А.Я. Гуревич. Смерть как проблема исторической антропологии. — В кн.: Одиссей. Человек в истории. 1989. М., «Наука», 1989, стр. 114—135.",
         "Одиссей. Человек в истории. 1989", []),
        ("Zeids T. Raksts // Latvijas vēstures institūta gadagrāmata. 1999 / atb. red. A. Caune. — Rīga, 2000. — 10.–20. lpp.",
         "Latvijas vēstures institūta gadagrāmata. 1999", ["Caune"]),
    ],
)
def test_a_yearbooks_year_closes_its_host_title(text: str, host: str, editors: list[str]) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title.value == host
    assert [p.family for p in e.host.persons] == editors


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И. Заглавие // Знамя. 1987. — № 9. — С. 200–224.",
        "Иванов И. И. Заглавие // Вопросы истории. 1987. № 9. С. 200–224.",
        "Иванов И. И. Заглавие // Знамя. — 1987. — № 9. — С. 200–224.",
    ],
)
def test_a_journals_year_before_its_issue_stays_the_date(text: str) -> None:
    e = parse_reference(text)
    assert (e.host.title.value, e.date.year, e.type.value) == ("Знамя" if "Знамя" in text else "Вопросы истории", 1987, "article")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("М. Лифшиц. Дневник Мариэтты Шагинян. [Рец.] — «Новый мир», 1954, № 2, стр. 206—231.", "Дневник Мариэтты Шагинян"),
        ("Лихачев Д. С. Новая книга о древнерусской литературе [Рецензия] // Вопросы литературы. — 1968. — № 5. — С. 200–205.",
         "Новая книга о древнерусской литературе"),
        ("Zeids T. Jauns pētījums par Livoniju [Rec.] // Latvijas Vēstures Institūta Žurnāls. — 1995. — Nr. 2. — 150.–155. lpp.", "Jauns pētījums par Livoniju"),
        ("Шкловский В. Б. Новая книга [Рец. на кн.: Эйхенбаум Б. М. Лев Толстой. Л., 1928] // Новый Леф. — 1928. — № 5. — С. 10–12.", "Новая книга"),
    ],
)
def test_a_review_designation_in_brackets_is_a_note_not_a_subtitle(text: str, title: str) -> None:
    e = parse_reference(text)
    assert (e.title.value, e.subtitle, e.type.value) == (title, None, "article")


def test_a_family_initial_heading_before_a_one_word_title_and_its_subtitle() -> None:
    # "Valters M. Lettland:" is no "Mary W. Evans": a name is never followed by the subtitle's colon
    e = parse_reference("Valters M. Lettland: seine Entwicklung zum Staat und die baltischen Fragen. Rom, 1923.")
    assert ([(p.family, p.initials) for p in e.authors], e.title.value, [p.value for p in e.places]) == ([("Valters", "M.")], "Lettland", ["Rom"])
    e = parse_reference("Valdemārs K. Latvija: vēsture. Rīga, 1990.")
    assert ([p.family for p in e.authors], e.title.value, e.subtitle.value) == (["Valdemārs"], "Latvija", "vēsture")
    e = parse_reference("Mary W. Evans, Title of the book. London: Penguin, 1990.")
    assert [(p.family, p.given) for p in e.authors] == [("Evans", "Mary W.")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Liljedahl R. Svensk förvaltning i Livland 1617–1634. Uppsala: Almqvist & Wiksell, 1933.", "sv"),
        ("Isberg A. Medborgarskap och nationalitet: Lettland 1918–1940. Uppsala, 2001.", "sv"),
        ("Piirimäe H. Kaubanduse küsimused Vene-Rootsi suhetes 1661–1700. Tartu, 1961.", "et"),
        ("Ivinskis Z. Lietuvos prekyba su Prūsais. Kaunas, 1934.", "lt"),  # "ū" is Lithuanian too
        ("Giedroyc J. Autobiografia na cztery ręce. Warszawa: Czytelnik, 1994.", "pl"),  # "ę" is Polish too
        ("Strods H. Dzimtbūšanas atcelšana. Rīga: Zinātne, 1990.", "lv"),
        ("Kalniņš J. Mūsu tauta. Rīga, 1990.", "lv"),
        ("Arbusow L. Die Einführung der Reformation in Liv-, Est- und Kurland. Leipzig, 1921.", "de"),
    ],
)
def test_works_in_neighbouring_languages_inside_latvian_and_russian_lists(text: str, language: str) -> None:
    assert parse_reference(text).language == language


@pytest.mark.parametrize(
    ("text", "place"),
    [("Valters M. Lettland. Rom, 1923.", "Rom"), ("Hellmann M. Das Lettenland im Mittelalter. Münster, 1954.", "Münster"),
     ("Arbusow L. Livlands Geistlichkeit. Königsberg, 1904.", "Königsberg"), ("Mühlen H. Reval vom 16. bis zum 18. Jahrhundert. Prag, 1985.", "Prag")],
)
def test_german_names_of_imprint_places(text: str, place: str) -> None:
    e = parse_reference(text)
    assert ([p.value for p in e.places], e.publisher) == ([place], None)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Vēsture. Latvijas Banka. Pieejams: https://www.bank.lv/vesture (skatīts 15.01.2022.).", "Latvijas Banka"),
        ("Par fondu. Valsts Kultūrkapitāla fonds. Pieejams: https://www.kkf.lv (skatīts 2021. gada 5. maijā).", "Valsts Kultūrkapitāla fonds"),
        ("Par muzeju. Latvijas Okupācijas muzejs. Pieejams: https://okupacijasmuzejs.lv (skatīts 2022. gada 3. februārī).", "Latvijas Okupācijas muzejs"),
    ],
)
def test_the_body_named_after_a_latvian_page_title_publishes_the_site(text: str, publisher: str) -> None:
    e = parse_reference(text)
    assert (e.type.value, e.publisher.value, e.subtitle) == ("webpage", publisher, None)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Иванов И. И. Доклад // Латвия и Россия : материалы междунар. конф. (Рига, 12–14 мая 1999 г.). — Рига, 2000. — С. 10–20.",
         "Латвия и Россия: материалы междунар. конф. (Рига, 12–14 мая 1999 г.)"),
        ("Strods H. Referāts // Latvija un Krievija: starptautiskās konferences materiāli (Rīga, 1999. gada 12.–14. maijs). — Rīga, 2000. — 10.–20. lpp.",
         "Latvija un Krievija: starptautiskās konferences materiāli (Rīga, 1999. gada 12.–14. maijs)"),
        ("Иванов И. И. Доклад // Тезисы докладов (Москва, 1999) / отв. ред. П. П. Петров. — М., 1999. — С. 5–6.", "Тезисы докладов (Москва, 1999)"),
        ("Я.Я. Зутис. Доклад. — В кн.: Тезисы докладов научной сессии (Рига, 1958). Рига, 1958, стр. 5—6.", "Тезисы докладов научной сессии (Рига, 1958)"),
    ],
)
def test_a_meetings_place_and_date_in_parentheses_stay_in_its_proceedings_title(text: str, host: str) -> None:
    # GOST 7.1-2003 gives the meeting's place and date as other title information of the proceedings
    e = parse_reference(text)
    assert e.host is not None
    assert e.host.title.value + (f": {e.host.subtitle.value}" if e.host.subtitle is not None else "") == host
    assert len(e.places) == 1 and e.date.year in (1958, 1999, 2000)


@pytest.mark.parametrize(
    "text",
    [
        "Латышские стрелки / ред. кол.: Я. П. Крастынь (отв. ред.) [и др.]. — Рига : Зинатне, 1962. — 568 с.",
        "Латышские стрелки / ред. колл.: Я. П. Крастынь [и др.]. — Рига : Зинатне, 1962. — 568 с.",
        "Latviešu literatūras vēsture / redkolēģija: V. Hausmanis [u. c.]. Rīga: Zinātne, 1998.",
    ],
)
def test_an_editorial_board_written_in_two_words_or_one(text: str) -> None:
    e = parse_reference(text)
    assert (e.type.value, len([p for p in e.persons if p.role.value != "author"])) == ("collection", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Hehn J. von. Die Umsiedlung der baltischen Deutschen // Zeitschrift für Ostforschung. — 1960. — Jg. 9, H. 2. — S. 200–220.",
        "Hehn J. Die Umsiedlung der baltischen Deutschen. Zeitschrift für Ostforschung, 1960, Jg. 9, H. 2, S. 200–220.",
        "R. Wittram. Die Umsiedlung. — «Zeitschrift für Ostforschung», 1960, Jahrgang 9, Heft 2, S. 200—220.",
    ],
)
def test_a_german_journals_jahrgang_is_its_volume(text: str) -> None:
    e = parse_reference(text)
    assert (e.host.title.value, e.host.volume or e.volume, e.host.issue or e.issue, e.language) == ("Zeitschrift für Ostforschung", "9", "2", "de")


def test_baltic_german_particles_after_the_initials() -> None:
    e = parse_reference("Mühlen H. von zur. Reval vom 16. bis zum 18. Jahrhundert. Köln; Wien: Böhlau, 1985.")
    assert [p.family for p in e.authors] == ["Mühlen"] and e.title.value.startswith("Reval")


def test_a_theatre_publishes_its_site() -> None:
    e = parse_reference("Teātra vēsture. Dailes teātris. Pieejams: https://www.dailesteatris.lv (skatīts 2021. gada 9. aprīlī).")
    assert (e.title.value, e.publisher.value) == ("Teātra vēsture", "Dailes teātris")


@pytest.mark.parametrize(
    ("text", "editors", "translators"),
    [
        ("Blaumanis R. Kopoti raksti. 1. sēj. Sast. un koment. E. Kalniņa. Rīga: Zinātne, 1996.", ["Kalniņa"], []),
        ("Latviešu folklora. Sast. un koment. K. Arājs. Rīga: Zinātne, 1977.", ["Arājs"], []),
        ("Indriķa hronika. Tulk. Ā. Feldhūns. Priekšv. un koment. Ē. Mugurēvičs. Rīga: Zinātne, 1993.", [], ["Feldhūns"]),
        ("Indriķa hronika. Tulk. Ā. Feldhūns, priekšv. Ē. Mugurēvičs. Rīga: Zinātne, 1993.", [], ["Feldhūns"]),
        ("Upīts A. Zaļā zeme. Pēcv. J. Kalniņš. Rīga: Liesma, 1975.", [], []),
    ],
)
def test_latvian_role_abbreviations_chain_and_keep_their_names(text: str, editors: list[str], translators: list[str]) -> None:
    # "koment.", "priekšv.", "pēcv." do not end the sentence: the names after them are the contributor's, no subtitle
    e = parse_reference(text)
    assert e.subtitle is None and e.publisher.value in ("Zinātne", "Liesma")
    assert [p.family for p in e.persons if p.role.value in ("editor", "compiler")] == editors
    assert [p.family for p in e.persons if p.role.value == "translator"] == translators


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        ("Schiemann Th. Russland, Polen und Livland bis ins 17. Jahrhundert: eine Studie. Berlin, 1886.",
         "Russland, Polen und Livland bis ins 17. Jahrhundert", "eine Studie"),
        ("Mühlen H. von zur. Reval vom 16. bis zum 18. Jahrhundert. Köln; Wien: Böhlau, 1985.", "Reval vom 16. bis zum 18. Jahrhundert", None),
        ("Bielenstein A. Die Grenzen des lettischen Volksstammes im 13. Jahrhundert / A. Bielenstein. — St. Petersburg, 1892. — 500 S.",
         "Die Grenzen des lettischen Volksstammes im 13. Jahrhundert", None),
    ],
)
def test_a_german_ordinal_ends_no_sentence(text: str, title: str, subtitle: str | None) -> None:
    e = parse_reference(text)
    assert (e.title.value, e.subtitle.value if e.subtitle is not None else None, e.language) == (title, subtitle, "de")


def test_a_number_before_a_capital_still_ends_a_sentence() -> None:
    # a year closing a title sentence is no ordinal: "Latvijas vēsture. 1914–1940. Zin. red. …"
    e = parse_reference("Latvijas vēsture. 1914–1940. Zin. red. V. Bērziņš. Rīga: Latvijas vēstures institūta apgāds, 2000. 500 lpp.")
    assert ([p.family for p in e.persons], e.date.year) == (["Bērziņš"], 2000)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Žīgure A. Kas ir tauta? // Karogs. — 1989. — Nr. 5. — 10.–20. lpp.", "lv"),  # "kas", "ir" are Latvian words too
        ("Kas ir Latvija? Rīga: Zinātne, 1990.", "lv"),
        ("Ivinskis Z. Lietuvos istorija: iki Vytauto Didžiojo mirties. Roma: Lietuvių katalikų mokslo akademija, 1978.", "lt"),
    ],
)
def test_latvian_and_lithuanian_function_words(text: str, language: str) -> None:
    assert parse_reference(text).language == language


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Krišjānis Barons. Nacionālā enciklopēdija. Pieejams: https://enciklopedija.lv (skatīts 2023. gada 12. martā).", "Krišjānis Barons"),
        ("Krišjānis Barons. Latvijas padomju enciklopēdija. 1. sēj. Rīga: Galvenā enciklopēdiju redakcija, 1981, 520. lpp.", "Krišjānis Barons"),
        ("Rainis. Nacionālā enciklopēdija. Pieejams: https://enciklopedija.lv (skatīts 2023. gada 12. martā).", "Rainis"),
        ("Atis Kronvalds. Latviešu konversācijas vārdnīca. 10. sēj. Rīga: A. Gulbis, 1933–1934.", "Atis Kronvalds"),
        ("Александр Сергеевич Пушкин. Большая советская энциклопедия. Т. 21. М., 1975.", "Александр Сергеевич Пушкин"),
    ],
)
def test_a_persons_name_right_before_an_encyclopedia_is_the_entrys_headword(text: str, title: str) -> None:
    e = parse_reference(text)
    assert (e.type.value, e.title.value, e.authors) == ("encyclopedia-entry", title, [])


def test_a_dictionary_keeps_its_lexicographer_and_a_signed_entry_its_author() -> None:
    e = parse_reference("Даль В. И. Толковый словарь живого великорусского языка. Т. 1. М., 1955.")
    assert ([p.family for p in e.authors], e.type.value) == (["Даль"], "volume")
    e = parse_reference("Jēkabsons Ē. Neatkarības karš. Nacionālā enciklopēdija. Pieejams: https://enciklopedija.lv (skatīts 2023. gada 9. decembrī).")
    assert ([p.family for p in e.authors], e.title.value) == (["Jēkabsons"], "Neatkarības karš")


@pytest.mark.parametrize(
    ("text", "series", "publisher"),
    [
        ("Strods H. Latgales iedzīvotāju skaits. Rīga: Zinātne, 1989. (LU Raksti, Nr. 650).", "LU Raksti", "Zinātne"),
        ("Иванов И. И. Заглавие. Рига, 1990. (Труды, № 5).", "Труды", None),
        ("Иванов И. И. Заглавие / И. И. Иванов. — М. : Наука, 1990. — 200 с. — (Труды ГИМ ; вып. 5) (Серия историческая).", "Труды ГИМ", "Наука"),
        ("Э.С. Радзинский. Наполеон. Жизнь после смерти. М., 2004. (Серия: Исторические портреты).", "Исторические портреты", None),
        ("Zeids T. Feodālā Livonija. Rīga: Zinātne, 1951. (Sērija: Latvijas vēsture).", "Latvijas vēsture", "Zinātne"),
    ],
)
def test_series_numbered_after_a_comma_labelled_or_given_twice(text: str, series: str, publisher: str | None) -> None:
    e = parse_reference(text)
    assert e.series is not None and e.series.value == series
    assert (e.publisher.value if e.publisher is not None else None, e.host, e.type.value) == (publisher, None, "book")


def test_a_parenthesis_after_a_titles_own_parenthesis_is_no_second_series() -> None:
    e = parse_reference("Strods H. Partizānu kustība (1941–1945) (Latvijas vēsture). Rīga, 1990.")
    assert e.series is None


def test_two_writers_entered_under_one_name_each() -> None:
    e = parse_reference("Rainis, Aspazija. Sarakste. 1. sēj. Rīga: Zinātne, 2000.")
    assert ([p.family for p in e.authors], e.title.value) == (["Rainis", "Aspazija"], "Sarakste")


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И. Рига: история города. Рига, «Авотс», 1980.",
        "И.И. Иванов. Рига: история города. Рига, «Авотс», 1980.",
        "Kalniņš J. Rīga: pilsētas vēsture. Rīga, 1990.",
    ],
)
def test_a_title_that_opens_with_a_place_before_a_soviet_or_latvian_imprint(text: str) -> None:
    # the imprint with its year comes later, so the place and colon after the names open the title
    e = parse_reference(text)
    assert ([p.family for p in e.authors], e.title.value) == (["Kalniņš" if "Kalniņš" in text else "Иванов"], "Rīga" if "Rīga" in text else "Рига")


@pytest.mark.parametrize(
    ("text", "part"),
    [("Lācis V. Zvejnieka dēls: romāns. 1.–2. d. Rīga: Latvju grāmata, 1934.", "1–2"), ("Lācis V. Zvejnieka dēls. 1.-2. d. Rīga, 1934.", "1–2"),
     ("Upīts A. Zaļā zeme. 2. d. Rīga, 1945.", "2")],
)
def test_a_range_of_latvian_parts(text: str, part: str) -> None:
    e = parse_reference(text)
    assert (e.part, [p.value for p in e.places]) == (part, ["Rīga"])


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        ("Иванов И. И. Заглавие [Текст] : учеб. пособие / И. И. Иванов. — М. : Наука, 1990. — 200 с.", "Заглавие", "учеб. пособие"),
        ("Лотман Ю. М. Культура и взрыв [Текст] / Ю. М. Лотман. — М. : Гнозис, 1992. — 272 с.", "Культура и взрыв", None),
        ("Иванов И. И. Статья [Текст] / И. И. Иванов // Вопросы истории. — 2005. — № 5. — С. 3–20.", "Статья", None),
        ("Strods H. Latvijas vēsture [Teksts]. Rīga: Zinātne, 1990.", "Latvijas vēsture", None),
    ],
)
def test_gost_2003_general_material_designation_is_no_part_of_the_title(text: str, title: str, subtitle: str | None) -> None:
    e = parse_reference(text)
    assert (e.title.value, e.subtitle.value if e.subtitle is not None else None) == (title, subtitle)


@pytest.mark.parametrize(
    ("text", "places", "publishers"),
    [
        ("Strods H. Grāmata. Rīga: Zinātne; Stokholma: Daugava, 1990.", ["Rīga", "Stokholma"], "Zinātne ; Daugava"),
        ("Ezergailis A. The Holocaust in Latvia, 1941–1944: The Missing Center. Riga: Historical Institute of Latvia; Washington: USHMM, 1996.",
         ["Riga", "Washington"], "Historical Institute of Latvia ; USHMM"),
        ("Вернадский Г. В. Киевская Русь / Г. В. Вернадский. — Тверь : Леан ; М. : Аграф, 1996. — 448 с.", ["Тверь", "М."], "Леан ; Аграф"),
    ],
)
def test_co_publishers_in_two_places_with_or_without_spaces_before_the_colon(text: str, places: list[str], publishers: str) -> None:
    e = parse_reference(text)
    assert [p.value for p in e.places] == places
    assert e.publisher.value == publishers


def test_a_yearbooks_year_before_its_own_subtitle() -> None:
    e = parse_reference("Иванов, И. И. Статья / И. И. Иванов. – Текст : непосредственный // Одиссей. Человек в истории. 1995 : Представления о власти / "
                        "ответственный редактор А. Я. Гуревич. – Москва : Наука, 1995. – С. 10–20.")
    assert (e.host.title.value, e.host.subtitle.value, [p.family for p in e.host.persons]) == (
        "Одиссей. Человек в истории. 1995", "Представления о власти", ["Гуревич"])


def test_a_superscript_digit_before_a_stop_is_no_day_number() -> None:
    # "²".isdigit() holds but int() refuses it: a day before a Roman month is decimal digits only
    from biblio.parse import parse_reference

    assert not any(w.code == "parser-error" for w in parse_reference("².").warnings)


def test_a_content_area_in_ukrainian_or_belarusian_is_a_note() -> None:
    e = parse_reference("Грушевський М. С. Історія України-Руси. Т. 1. – Київ : Наукова думка, 1991. – 648 с. – Текст : безпосередній.")
    assert [n.value for n in e.notes] == ["Текст : безпосередній"] and not e.warnings
    e = parse_reference("Багдановіч М. Вянок : выбраныя вершы. – Мінск : Мастацкая літаратура, 1991. – 125 с. – Тэкст : непасрэдны.")
    assert [n.value for n in e.notes] == ["Тэкст : непасрэдны"]
