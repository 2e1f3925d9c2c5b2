"""One reference per convention and construct, with the fields the reference states."""

from __future__ import annotations

import pytest

from biblio.model import EntryType, Role
from biblio.parse import parse_reference
from biblio.parse.lang import detect_language, detect_script


def test_gost_book_with_areas_series_and_isbn() -> None:
    e = parse_reference(
        "Иванов И. И. Теория чисел : учеб. пособие / И. И. Иванов ; под ред. П. П. Петрова. — 2-е изд. — "
        "М. : Наука, 1999. — 100 с. — (Учебники МГУ ; 5). — ISBN 5-02-013850-4."
    )
    assert e.type == EntryType.BOOK
    assert [(p.family, p.initials, p.role) for p in e.persons] == [
        ("Иванов", "И. И.", Role.AUTHOR),
        ("Петров", "П. П.", Role.EDITOR),
    ]
    assert (e.title.value, e.subtitle.value) == ("Теория чисел", "учеб. пособие")
    assert e.edition == "2"
    assert [p.value for p in e.places] == ["М."] and e.places[0].name == "Москва"
    assert e.publisher.value == "Наука" and e.date.year == 1999 and e.page_total == "100"
    assert e.series.value == "Учебники МГУ" and e.series_number == "5"
    assert e.isbns == ["5-02-013850-4"]


def test_gost_article_in_a_journal() -> None:
    e = parse_reference("Петров П. П. Новые данные // Вопросы истории. — 2001. — Т. 3, № 2. — С. 10–20.")
    assert e.type == EntryType.ARTICLE
    assert e.host.title.value == "Вопросы истории"
    assert (e.host.volume, e.host.issue) == ("3", "2")
    assert str(e.pages) == "10–20" and e.pages.unit == "page"
    assert e.date.year == 2001


def test_soviet_book_with_place_abbreviation_and_illustrations() -> None:
    e = parse_reference("Н.С. Шестаков. Партизаны. Л., Лениздат, 1970. - 200 стр., илл.")
    assert e.places[0].name == "Ленинград"
    assert e.publisher.value == "Лениздат" and e.page_total == "200" and e.illustrated


def test_several_places_and_et_al() -> None:
    e = parse_reference("Сидоров С. С. [и др.]. История края. М. ; Л. : Изд-во АН СССР, 1950. 300 с.")
    assert [p.name for p in e.places] == ["Москва", "Ленинград"]
    assert e.extra.get("et_al") == "true"
    assert e.publisher.value == "Изд-во АН СССР"


def test_multivolume_part_and_columns() -> None:
    e = parse_reference("А.Б. Власов. Очерки (в 3-х т.). Т. 2. М., 1980. ст. 10-12")
    assert e.type == EntryType.VOLUME
    assert (e.number_of_volumes, e.volume) == ("3", "2")
    assert e.pages.unit == "column" and str(e.pages) == "10–12"


def test_latvian_book() -> None:
    e = parse_reference("Švābe A. Latvijas vēsture. 2. sēj. Rīga: Zinātne, 1990. 250 lpp.")
    assert e.language == "lv"
    assert e.volume == "2" and e.type == EntryType.VOLUME
    assert e.places[0].value == "Rīga" and e.publisher.value == "Zinātne" and e.page_total == "250"


def test_latvian_family_first_heading() -> None:
    e = parse_reference("Strods. Heinrihs. Latvijas vēsture. Rīga 2000")
    assert (e.persons[0].family, e.persons[0].given) == ("Strods", "Heinrihs")


def test_latvian_editor_and_compiler() -> None:
    e = parse_reference("Latvijas vēsture / red. J. Bērziņš ; sast. A. Zunda. Rīga: Jumava, 2000. 500 lpp.")
    assert [(p.family, p.role) for p in e.persons] == [("Bērziņš", Role.EDITOR), ("Zunda", Role.COMPILER)]
    assert e.type == EntryType.COLLECTION


def test_chicago_chapter_in_edited_book() -> None:
    e = parse_reference(
        "Given Family, A Title, in Chris Murray (ed.), The Book: Sub (London: Routledge, 2019), pp. 96–119."
    )
    assert e.type == EntryType.CHAPTER
    assert e.host.persons[0].role == Role.EDITOR and e.host.persons[0].family == "Murray"
    assert e.host.title.value == "The Book" and e.host.subtitle.value == "Sub"
    assert e.places[0].value == "London" and e.publisher.value == "Routledge" and e.date.year == 2019
    assert str(e.pages) == "96–119"


def test_apa_journal_article_with_doi() -> None:
    e = parse_reference("Smith, J. A., & Doe, R. (2019). A study of things. Journal of Things, 12(3), 45–67. https://doi.org/10.1000/xyz123")
    assert [p.family for p in e.authors] == ["Smith", "Doe"]
    assert e.date.year == 2019 and e.title.value == "A study of things"
    assert e.host.title.value == "Journal of Things"
    assert (e.host.volume, e.host.issue, str(e.pages)) == ("12", "3", "45–67")
    assert e.doi == "10.1000/xyz123" and e.type == EntryType.ARTICLE


def test_mla_book() -> None:
    e = parse_reference("Morrison, Toni. Beloved. Knopf, 1987.")
    assert (e.persons[0].family, e.persons[0].given) == ("Morrison", "Toni")
    assert e.title.value == "Beloved" and e.publisher.value == "Knopf" and e.date.year == 1987


def test_web_page_with_archive_and_access_dates() -> None:
    e = parse_reference("Doe, J. Some Page. Archived May 1, 2010, at the Wayback Machine. Example.org. Retrieved on June 2, 2011.")
    assert e.type == EntryType.WEBPAGE
    assert (e.archived.year, e.archived.month, e.archived.day) == (2010, 5, 1)
    assert e.archive == "Wayback Machine"
    assert (e.accessed.year, e.accessed.month, e.accessed.day) == (2011, 6, 2)
    assert e.publisher.value == "Example.org"


def test_publisher_prefix_and_quotes_are_dropped() -> None:
    e = parse_reference('Сборник. Рига, изд-во "Jumi", 2008.')
    assert e.publisher.value == "Jumi"


def test_nbsp_and_dashes_everywhere() -> None:
    e = parse_reference("А.К.\u00a0Рашкевиц. Книга. Рига,\u00a0Лиесма, 1978\u00a0—\u00a0135\u00a0стр.")
    assert e.persons[0].family == "Рашкевиц" and e.page_total == "135" and e.date.year == 1978


def test_translator_role() -> None:
    e = parse_reference("Смит Дж. Война / пер. с англ. И. И. Иванова. М. : Прогресс, 1980. 300 с.")
    translator = [p for p in e.persons if p.role == Role.TRANSLATOR]
    assert [p.family for p in translator] == ["Иванов"]


def test_language_and_script_detection() -> None:
    assert detect_language("Народные мстители Латвии") == "ru"
    assert detect_language("Fronte bez fronte līnijas") == "lv"
    assert detect_language("Історія України") == "uk"
    assert detect_language("The history of the war") == "en"
    assert detect_language("12345") is None
    assert detect_script("Москва, Riga") == "Cyrl"
    assert detect_script("Riga") == "Latn"
    assert detect_script("") is None


def test_each_text_field_has_language_and_script() -> None:
    e = parse_reference('Н.С. Шестаков. Партизаны. Рига, изд-во "Jumi", 2008.')
    assert (e.title.lang, e.title.script) == ("ru", "Cyrl")
    assert e.publisher.script == "Latn"


def test_runs_of_spaces_keep_spans_on_the_source() -> None:
    text = "Л. К.  Никитина.   Основы  теории // «Новый мир», 1954, №  3, стр.  68-112."
    e = parse_reference(text)
    assert e.host.issue == "3" and str(e.pages) == "68–112"
    assert e.title.value == "Основы теории"
    assert e.spans["title"].slice(text) == "Основы  теории"
    assert e.persons[0].span.slice(text).endswith("Никитина")


def test_doubtful_readings_are_flagged() -> None:
    e = parse_reference("Оружием контрпропаганды. Советская пропаганда. 1941-1944. Петрозаводск, Карелия, 1988.")
    codes = {w.code: w for w in e.warnings}
    assert codes["ambiguous-title"].severity == "info"
    e = parse_reference("Smith, John. A Book. Gotham: Acme, 1999.")
    unknown = [w for w in e.warnings if w.code == "unknown-place"]
    assert e.places[0].value == "Gotham" and unknown and unknown[0].span.slice("Smith, John. A Book. Gotham: Acme, 1999.") == "Gotham"


def test_year_before_a_page_count_stays_the_year() -> None:
    e = parse_reference("Pelkaus E. Latvijas vēsture 1914–1940. Rīga, 2001, 150 lpp.")
    assert (e.title.value, e.date.year, e.page_total, e.places[0].value) == ("Latvijas vēsture 1914–1940", 2001, "150", "Rīga")
    e = parse_reference("Lumans, V. O. Latvia in World War II. New York: Fordham University Press, 2006. xii, 564 p. : ill.")
    assert (e.page_total, e.illustrated, e.date.year) == ("564", True, 2006)


def test_soviet_chapter_after_a_dash_and_abbreviated_titles() -> None:
    e = parse_reference("Иванов И.И. Статья о войне. - В кн.: Сборник статей. М., 1970, с. 5-10.")
    assert e.type == EntryType.CHAPTER and e.host.title.value == "Сборник статей"
    assert parse_reference("Ленин В. И. Полн. собр. соч. Т. 38. С. 1–20.").title.value == "Полн. собр. соч."


def test_vancouver_names_and_publisher_before_place() -> None:
    e = parse_reference("Brown A (1999) Partisans of the Baltic. Oxford University Press, Oxford")
    assert (e.persons[0].family, e.persons[0].initials) == ("Brown", "A.")
    assert (e.publisher.value, e.places[0].value, e.date.year) == ("Oxford University Press", "Oxford", 1999)


def test_names_need_a_title_after_them() -> None:
    e = parse_reference("Sajūsma. Atmiņas. Rīga, 1990.")
    assert e.persons == [] and e.title.value == "Sajūsma"
    e = parse_reference("Vītola. Rasma. Latviešu valodas vārdnīca. Rīga: Avots, 2020.")
    assert (e.persons[0].family, e.persons[0].given) == ("Vītola", "Rasma")


def test_quoted_title_before_other_title_information_is_no_article() -> None:
    e = parse_reference('Титов, О. М. "Парашюты раскрылись ночью..." : в 9 т. Т. 4 / О. М. Титов. – Москва : Физматлит, 1996. – 766 с.')
    assert (e.type, e.volume, e.number_of_volumes, e.host) == (EntryType.VOLUME, "4", "9", None)


def test_imprint_placeholders() -> None:
    e = parse_reference("Иванов И. И. Книга. — [Б. м.] : [б. и.], 1995. — 100 с.")
    assert e.places == [] and e.publisher is None and e.date.year == 1995
    assert [n.value for n in e.notes] == ["[Б. м.]", "[б. и.]"]
    e = parse_reference("Иванов И. И. Книга. — М., [б. г.]. — 100 с.")
    assert e.places[0].name == "Москва" and e.date is None and e.title.value == "Книга"
    e = parse_reference("Smith, J. (n.d.). A page. Retrieved May 1, 2020, from https://example.org/page")
    assert e.title.value == "A page" and e.date is None and e.url == "https://example.org/page"


def test_edition_remarks_belong_to_the_edition() -> None:
    e = parse_reference("Иванов И. И. Книга. — 3-е изд., испр. и доп. — М. : Наука, 2005. — XII, 340 с. : ил.")
    assert (e.edition, e.subtitle, e.page_total, e.illustrated) == ("3", None, "340", True)


def test_apa_journal_with_volume_only_and_author_date_organisation() -> None:
    e = parse_reference("Doe, J. (2018). Article title. Journal Name, 12, 45–67. https://doi.org/10.1000/abc")
    assert (e.type, e.host.title.value, e.host.volume, str(e.pages)) == (EntryType.ARTICLE, "Journal Name", "12", "45–67")
    e = parse_reference("Latvian Academy of Sciences. 1990. History of Latvia. Riga: Zinātne.")
    assert e.persons[0].literal == "Latvian Academy of Sciences" and e.title.value == "History of Latvia"
    assert (e.places[0].name, e.publisher.value, e.date.year) == ("Rīga", "Zinātne", 1990)


def test_glued_stops_and_capitalised_family_names() -> None:
    e = parse_reference("А.К.Рашкевиц. Записки партизана.Рига,1963.-336 стр.")
    assert (e.title.value, e.places[0].value, e.date.year, e.page_total) == ("Записки партизана", "Рига", 1963, "336")
    e = parse_reference("РАШКЕВИЦ А.К. Записки партизана. - Рига: Латгосиздат, 1963. - 336 с.")
    assert (e.persons[0].family, e.persons[0].initials, e.title.value) == ("Рашкевиц", "А. К.", "Записки партизана")


def test_archival_documents() -> None:
    e = parse_reference("ГАРФ. Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10.")
    assert (e.type, e.title, e.archive, e.persons, str(e.pages)) == (EntryType.DOCUMENT, None, "ГАРФ", [], "5–10")
    assert e.extra["archive_signature"] == "Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10"
    e = parse_reference("LVVA, 270. f., 1. apr., 123. l., 5. lp.")
    assert (e.type, e.title, e.archive) == (EntryType.DOCUMENT, None, "LVVA")


def test_newspaper_days_after_the_year() -> None:
    e = parse_reference("Иванов И. Статья // Правда. — 1941. — 22 июня. — С. 2.")
    assert (e.host.title.value, e.date.year, e.date.month, e.date.day, str(e.pages)) == ("Правда", 1941, 6, 22, "2")
    e = parse_reference("Cīņa. 1944. 15. okt.")
    assert (e.title.value, e.date.month, e.date.day) == ("Cīņa", 10, 15)


def test_month_or_season_before_a_journal_year_is_no_place() -> None:
    for text, year in (
        ("Nagel, Thomas. “What Is It Like to Be a Bat?” Philosophical Review 83, no. 4 (October 1974): 435–50.", 1974),
        ("Snyder, Jack. “The Gorbachev Revolution.” International Security 12, no. 3 (Winter 1987/88): 93–131.", 1987),
        ("Christian, Barbara. “The Race for Theory.” Cultural Critique, no. 6, Spring 1987, pp. 51–63.", 1987),
    ):
        e = parse_reference(text)
        assert (e.places, e.date.year, e.type) == ([], year, EntryType.ARTICLE), text
    e = parse_reference("Christian, Barbara. “The Race for Theory.” Cultural Critique, no. 6, Spring 1987, pp. 51–63.")
    assert (e.host.title.value, e.host.issue) == ("Cultural Critique", "6")


def test_month_or_season_dates_in_wikipedia_heads() -> None:
    e = parse_reference('Mearsheimer, John J. (Summer 1990). "Back to the Future". International Security. 15 (1): 5–56.')
    assert (e.date.year, e.title.value, e.host.title.value) == (1990, "Back to the Future", "International Security")
    e = parse_reference('Novoselov, K. S.; Geim, A. K. (22 October 2004). "Electric Field Effect". Science. 306 (5696): 666–669.')
    assert (e.date.year, e.date.month, e.date.day, e.title.value) == (2004, 10, 22, "Electric Field Effect")


def test_cited_pages_after_a_chicago_note_imprint() -> None:
    e = parse_reference("Richard J. Evans, The Coming of the Third Reich (New York: Penguin Press, 2004), 312.")
    assert (str(e.pages), e.publisher.value, e.date.year) == ("312", "Penguin Press", 2004)
    e = parse_reference("Eric Hobsbawm, The Age of Extremes (New York: Pantheon Books, 1994), 45–47.")
    assert (str(e.pages), e.title.value) == ("45–47", "The Age of Extremes")


def test_editions_without_a_number() -> None:
    for text, edition, place in (
        ("Chomsky, Noam. Language and Mind. Enlarged ed. New York: Harcourt Brace Jovanovich, 1972.", "Enlarged", "New York"),
        ("Rawls, John. A Theory of Justice. Rev. ed. Cambridge, MA: Belknap Press, 1999.", "Rev.", "Cambridge, MA"),
        ("Kindleberger, Charles P. The World in Depression. Rev. and enl. ed. Berkeley: University of California Press, 1986.", "Rev. and enl.", "Berkeley"),
        ("Hofstadter, Douglas R. Gödel, Escher, Bach. 20th anniversary ed. New York: Basic Books, 1999.", "20th anniversary", "New York"),
        ("Иванов И. И. Очерки истории. Испр. и доп. изд. М.: Наука, 1980.", "Испр. и доп.", "М."),
        ("Lotmanis J. Kultūra un sprādziens. Papildināts izd. Rīga: Zinātne, 2001.", "Papildināts", "Rīga"),
    ):
        e = parse_reference(text)
        assert (e.edition, e.places[0].value) == (edition, place), text
    e = parse_reference("Kuhn, Thomas S. The Structure of Scientific Revolutions. 2nd ed., enlarged. Chicago: University of Chicago Press, 1970.")
    assert (e.edition, e.title.value) == ("2", "The Structure of Scientific Revolutions")
    e = parse_reference("Popper, K. R. The Open Society and Its Enemies. 2nd rev. ed. London: Routledge, 1952.")
    assert e.edition == "2"


def test_report_numbers_are_no_journal_issue() -> None:
    for text, series, number in (
        ("Bradner, S. (1997). Key words for use in RFCs to indicate requirement levels (RFC 2119). Internet Engineering Task Force.", "RFC", "2119"),
        ("Card, D., & Krueger, A. B. (1993). Minimum wages and employment (NBER Working Paper No. 4509). National Bureau of Economic Research.", "NBER Working Paper", "4509"),
        ("Page, L., & Brin, S. (1999). The PageRank citation ranking (Technical Report No. 1999-66). Stanford InfoLab.", "Technical Report", "1999-66"),
        ("Report of the Committee on Homosexual Offences and Prostitution. Cmnd. 247. London: HMSO, 1957.", "Cmnd.", "247"),
        ("Reinhart, Carmen M. “Growth in a Time of Debt.” NBER Working Paper No. 15639. Cambridge, MA: National Bureau of Economic Research, 2010.", "NBER Working Paper", "15639"),
    ):
        e = parse_reference(text)
        assert (e.type, e.genre, e.number, e.series, e.host) == (EntryType.REPORT, series, number, None, None), text
    e = parse_reference("Page, L., & Brin, S. (1999). The PageRank citation ranking (Technical Report No. 1999-66). Stanford InfoLab.")
    assert (e.title.value, e.publisher.value, e.date.year) == ("The PageRank citation ranking", "Stanford InfoLab", 1999)
    # a year after "Report" in a title is no report number
    e = parse_reference("Human Development Report 1990. New York: Oxford University Press, 1990.")
    assert e.number == "" and e.title.value == "Human Development Report 1990"


def test_latvian_publisher_company_prefixes_dropped() -> None:
    for text, publisher in (
        ("Neiburgs U. Latvijas Otrā pasaules kara stāsti. Rīga: AS „Latvijas Mediji”, 2018.", "Latvijas Mediji"),
        ("Bleiere D. Latvija Otrajā pasaules karā. Rīga: SIA „Jumava”, 2008.", "Jumava"),
        ("Rubesa B. Labie draugi. Rīga: Apgāds „Zvaigzne ABC”, 2011. 216 lpp.", "Zvaigzne ABC"),
        ("Andersens H. K. Pasakas. Rīga: Izdevniecība „Liesma”, 1987.", "Liesma"),
        ("Иванов И. И. Очерки. — М. : ООО «Вече», 2010. — 300 с.", "Вече"),
    ):
        assert parse_reference(text).publisher.value == publisher, text


def test_newspapers_without_volume_or_issue_are_hosts() -> None:
    for text, paper, day in (
        ('Smith, John. "Strike Ends." Washington Post, March 3, 1999.', "Washington Post", (1999, 3, 3)),
        ("Smith, John. “Strike Ends.” The New York Times, 3 Mar. 1999, p. A1.", "The New York Times", (1999, 3, 3)),
        ("Иванов И. Праздник Октября. – «Правда», 1941, 7 ноября.", "Правда", (1941, 11, 7)),
        ("Bērziņš J. Likums par valodu. Latvijas Vēstnesis, 2001. 5. janv.", "Latvijas Vēstnesis", (2001, 1, 5)),
    ):
        e = parse_reference(text)
        assert (e.type, e.host.title.value, e.publisher) == (EntryType.ARTICLE, paper, None), text
        assert (e.date.year, e.date.month, e.date.day) == day, text
    e = parse_reference("Kļaviņa A. Rīgas svētki. Diena, 2005. 12. aug., 3. lpp.")
    assert (e.host.title.value, str(e.pages)) == ("Diena", "3")
    # a book's imprint has no day: the publisher stays a publisher
    e = parse_reference("Chomsky, Noam. Language and Mind. New York: Harcourt Brace Jovanovich, 1972.")
    assert (e.type, e.publisher.value) == (EntryType.BOOK, "Harcourt Brace Jovanovich")


def test_encyclopedia_after_an_area_dash_hosts_the_entry() -> None:
    e = parse_reference("Семиотика. — Философская энциклопедия, т. 4. М., 1967, с. 577.")
    assert (e.type, e.title.value, e.host.title.value, e.host.volume, str(e.pages)) == (
        EntryType.ENCYCLOPEDIA_ENTRY, "Семиотика", "Философская энциклопедия", "4", "577")
    e = parse_reference("Ventspils. – Latvijas PSR mazā enciklopēdija, 3. sēj., Rīga: Zinātne, 1970, 612. lpp.")
    assert (e.type, e.host.title.value, e.host.volume, e.publisher.value, str(e.pages)) == (
        EntryType.ENCYCLOPEDIA_ENTRY, "Latvijas PSR mazā enciklopēdija", "3", "Zinātne", "612")
    # a publisher named after dictionaries is no host
    e = parse_reference("Ожегов С. И. Словарь русского языка. — М. : Русский язык, 1984. — 797 с.")
    assert (e.type, e.host, e.places[0].value) == (EntryType.BOOK, None, "М.")


def test_running_number_after_an_issue_and_apa_article_numbers() -> None:
    e = parse_reference("Петров А. Статья // Известия АН СССР. Т. 18, вып. 5 (113). С. 10-20.")
    assert (e.host.title.value, e.host.volume, e.host.issue, e.extra["running_number"]) == ("Известия АН СССР", "18", "5", "113")
    e = parse_reference("Smith, J. (2020). Title of article. Science Advances, 6(12), Article aac4716.")
    assert (e.host.title.value, e.host.volume, e.host.issue, e.extra["number"], e.type) == (
        "Science Advances", "6", "12", "aac4716", EntryType.ARTICLE)
    e = parse_reference("Doe, J. (2021). Title. Frontiers in Psychology, 12, Article 612345.")
    assert (e.host.title.value, e.host.volume, e.extra["number"]) == ("Frontiers in Psychology", "12", "612345")
    # a year in parentheses after "no." is the date, not a running number
    e = parse_reference("Granovetter, Mark S. “The Strength of Weak Ties.” American Journal of Sociology 78, no. 6 (1973): 1360–80.")
    assert (e.host.issue, e.date.year, "running_number" in e.extra) == ("6", 1973, False)


def test_bare_city_before_the_year_is_a_place() -> None:
    for text, place in (
        ("Лукач Д. Своеобразие эстетического. Будапешт, 1982.", "Будапешт"),
        ("Фрейд З. Очерки. Вена, 1984.", "Вена"),
        ("Бунин И. Окаянные дни. Париж, 1925.", "Париж"),
        ("Иванов И. Очерки. Ужгород, 1973. - 100 с.", "Ужгород"),
    ):
        e = parse_reference(text)
        assert ([p.value for p in e.places], e.publisher) == ([place], None), text
    for text, publisher in (("Иванов И. Очерки. Воениздат, 1973.", "Воениздат"), ("Иванов И. Очерки. Наука, 1973.", "Наука")):
        e = parse_reference(text)
        assert (e.places, e.publisher.value) == ([], publisher), text


def test_series_wrapper_dropped() -> None:
    e = parse_reference("Иванов И. И. Жизнь. — М. : Молодая гвардия, 2005. — 250 с. — (Серия «Жизнь замечательных людей»).")
    assert (e.series.value, e.page_total) == ("Жизнь замечательных людей", "250")
    e = parse_reference("Гомер. Илиада. — М. : Худож. лит., 1967. — 400 с. — (Библиотека всемирной литературы ; т. 5).")
    assert (e.series.value, e.series_number) == ("Библиотека всемирной литературы", "т. 5")


def test_thesis_abbreviations_access_dates_and_designations() -> None:
    e = parse_reference("Иванов И. И. История партизан : Дисс. на соиск. уч. степ. докт. ист. наук. М., 1975.")
    assert (e.type, e.title.value, e.subtitle, e.genre) == (EntryType.THESIS, "История партизан", None, "Дисс. на соиск. уч. степ. докт. ист. наук")
    e = parse_reference("Latvijas Nacionālā bibliotēka [tīmekļa vietne]. Pieejams: https://www.lnb.lv (skatīts: 19.11.2021.)")
    assert (e.title.value, e.subtitle, [n.value for n in e.notes]) == ("Latvijas Nacionālā bibliotēka", None, ["[tīmekļa vietne]"])
    assert (e.accessed.year, e.accessed.month, e.accessed.day) == (2021, 11, 19)
    e = parse_reference("Portāls [tīmekļa vietne]. https://www.lsm.lv (skatīts 2019. g. 7. okt.)")
    assert (e.title.value, e.accessed.year, e.accessed.month, e.accessed.day) == ("Portāls", 2019, 10, 7)
    e = parse_reference("Газета [сайт]. URL: http://gazeta.ru (дата обращения: 01.01.2020).")
    assert (e.title.value, [n.value for n in e.notes]) == ("Газета", ["[сайт]"])


def test_number_of_volumes_with_a_doubled_abbreviation() -> None:
    e = parse_reference("Война и мир (в 4-х тт.). М., 1960.")
    assert (e.title.value, e.number_of_volumes) == ("Война и мир", "4")
    e = parse_reference("Толстой Л. Н. Собрание сочинений : в 22 т. — М. : Худож. лит., 1978.")
    assert (e.title.value, e.subtitle, e.number_of_volumes, e.places[0].value, e.date.year) == (
        "Собрание сочинений", None, "22", "М.", 1978)
    assert e.publisher.value.startswith("Худож. лит")


def test_camel_case_journal_after_a_title_stop() -> None:
    e = parse_reference("Bik, E. M., & Fang, F. C. (2016). The prevalence of image duplication. mBio, 7(3), Article e00809-16.")
    assert (e.type, e.title.value, e.host.title.value, e.extra["number"]) == (
        EntryType.ARTICLE, "The prevalence of image duplication", "mBio", "e00809-16")
    e = parse_reference("Иванов И. И. Очерки. т. 2. М., 1970.")
    assert e.title.value == "Очерки"


def test_report_word_in_a_title() -> None:
    e = parse_reference("Научный доклад о состоянии языка. М., 2001.")
    assert e.type == EntryType.REPORT
    e = parse_reference("Jansons J. Ziņojums par valodas situāciju Latvijā. Rīga: Zinātne, 2005.")
    assert e.type == EntryType.REPORT


def test_season_after_a_host_editor_is_the_date_and_synthesis_is_no_thesis() -> None:
    e = parse_reference("Irvine, Andrew David. “Bertrand Russell.” The Stanford Encyclopedia of Philosophy, edited by Edward N. Zalta, Spring 2021, plato.stanford.edu/entries/russell/.")
    assert (e.date.year, e.host.title.value, [p.family for p in e.host.persons]) == (2021, "The Stanford Encyclopedia of Philosophy", ["Zalta"])
    e = parse_reference("Burbidge, E. Margaret. “Synthesis of the Elements in Stars.” Reviews of Modern Physics 29, no. 4 (October 1957): 547–650.")
    assert (e.type, e.date.year, e.places) == (EntryType.ARTICLE, 1957, [])
    e = parse_reference("Smith, John. The Book. 2nd ed., rev. and enl. London: Methuen, 1960.")
    assert (e.title.value, e.edition) == ("The Book", "2")


def test_newspaper_articles_in_apa_and_harvard() -> None:
    e = parse_reference("Smith, J. (1999, March 3). Storm hits coast. The Washington Post, A1.")
    assert (e.type, e.title.value, e.host.title.value, str(e.pages), e.publisher) == (
        EntryType.ARTICLE, "Storm hits coast", "The Washington Post", "A1", None)
    e = parse_reference("Smith, J. (1999) 'Storm hits coast', The Guardian, 3 March, p. 5.")
    assert (e.type, e.title.value, e.host.title.value, str(e.pages)) == (EntryType.ARTICLE, "Storm hits coast", "The Guardian", "5")
    # a dated web page keeps its site as the publisher
    e = parse_reference("World Health Organization. (2020, March 11). Opening remarks. WHO. https://www.who.int/speeches/detail/remarks")
    assert e.type == EntryType.WEBPAGE and e.host is None


def test_first_published_is_a_note_not_the_date() -> None:
    e = parse_reference("Arendt, Hannah. The Human Condition. 2nd ed. Chicago: University of Chicago Press, 1998. First published 1958.")
    assert (e.date.year, e.publisher.value, [n.value for n in e.notes]) == (1998, "University of Chicago Press", ["First published 1958"])


def test_month_day_year_heads_reprints_and_ordinal_latvian_editions() -> None:
    e = parse_reference('Woodward, Bob; Bernstein, Carl (June 19, 1972). "GOP Security Aide Among Five Arrested in Bugging Affair". The Washington Post. p. A1.')
    assert (e.type, e.date.year, e.date.month, e.date.day, e.host.title.value) == (EntryType.ARTICLE, 1972, 6, 19, "The Washington Post")
    e = parse_reference("Keynes, John Maynard. The General Theory of Employment, Interest and Money. London: Macmillan, 1936. Reprint, New York: Harcourt, Brace, 1964.")
    assert (e.publisher.value, e.date.year, e.subtitle, [n.value for n in e.notes]) == (
        "Macmillan", 1936, None, ["Reprint, New York: Harcourt, Brace, 1964"])
    e = parse_reference("Bērziņš J. Vēsture. 2., papildinātais izdevums. Rīga: Zinātne, 2001.")
    assert (e.edition, e.subtitle, e.places[0].value) == ("2", None, "Rīga")
    assert parse_reference("Lācis V. Zvejnieka dēls. Rīga: VAPP „Liesma”, 1950.").publisher.value == "Liesma"


def test_encyclopedias_named_by_abbreviation_or_without_a_place() -> None:
    e = parse_reference("Рига. — БСЭ, 3-е изд., т. 22. М., 1975.")
    assert (e.type, e.title.value, e.host.title.value, e.host.volume, e.edition) == (EntryType.ENCYCLOPEDIA_ENTRY, "Рига", "БСЭ", "22", "3")
    e = parse_reference("“Riga.” Encyclopædia Britannica, 15th ed., 1974.")
    assert (e.type, e.host.title.value, e.publisher, e.date.year) == (EntryType.ENCYCLOPEDIA_ENTRY, "Encyclopædia Britannica", None, 1974)
    e = parse_reference("Vilks A. Grāmata. Rīga: Zinātne, 1990. 250 lpp. (Sērija „Latvijas vēsture”).")
    assert e.series.value == "Latvijas vēsture"


def test_more_periodical_dates() -> None:
    e = parse_reference("Smith, John. “Title.” Journal 5, no. 2 (Spring/Summer 2001): 1–20.")
    assert (e.date.year, e.publisher, e.places) == (2001, None, [])
    e = parse_reference("Bush, Vannevar. “As We May Think.” Atlantic Monthly, July 1945, 101–8.")
    assert (e.host.title.value, e.date.year, e.date.month, str(e.pages)) == ("Atlantic Monthly", 1945, 7, "101–8")
    e = parse_reference("Bērziņš J. Raksts. — Latvijas Vēstnesis, 2001. gada 5. janvārī.")
    assert (e.type, e.host.title.value, e.date.year, e.date.month, e.date.day) == (EntryType.ARTICLE, "Latvijas Vēstnesis", 2001, 1, 5)
    # a Latvian date inside a title is still no imprint
    e = parse_reference("Likums, kas pieņemts 1922. gada 15. februārī. Rīga: Zinātne, 1990.")
    assert (e.date.year, e.publisher.value) == (1990, "Zinātne")


def test_newspaper_issue_after_a_day_and_month() -> None:
    e = parse_reference("Bērziņš J. Raksts. Cīņa, 1944. 15. okt., nr. 5.")
    assert (e.type, e.title.value, e.host.title.value, e.host.issue, e.date.year, e.date.month, e.date.day) == (
        EntryType.ARTICLE, "Raksts", "Cīņa", "5", 1944, 10, 15)


def test_volume_and_page_after_a_chicago_note_imprint() -> None:
    e = parse_reference("Edward Gibbon, The History of the Decline and Fall of the Roman Empire (London: Strahan, 1781), 2:45.")
    assert (e.volume, str(e.pages), e.date.year, e.publisher.value) == ("2", "45", 1781, "Strahan")


def test_soviet_newspaper_date_forms() -> None:
    for text in (
        "Толстой А. Родина // «Правда» от 7 ноября 1941 г.",
        "Толстой А. Родина. «Правда», 7.XI.1941.",
        "Толстой А. Родина. — «Правда», 1941, № 310, 7 ноября.",
    ):
        e = parse_reference(text)
        assert (e.type, e.host.title.value, e.publisher, e.date.year) == (EntryType.ARTICLE, "Правда", None, 1941), text
    e = parse_reference("Толстой А. Родина. «Правда», 7.XI.1941.")
    assert (e.date.month, e.date.day) == (11, 7)
    e = parse_reference("Иванов И. Статья. — «Известия», 12 декабря 1989 г., № 5.")
    assert (e.host.title.value, e.host.issue, e.date.year) == ("Известия", "5", 1989)


def test_electronic_article_numbers_are_no_title_text() -> None:
    e = parse_reference('Smith, J. (2020). "Title of Paper". Science Advances. 6 (12): eaax1234.')
    assert (e.host.title.value, e.host.volume, e.host.issue, e.extra["number"], e.pages) == ("Science Advances", "6", "12", "eaax1234", None)
    e = parse_reference("Doe, J. (2019). Title. PLOS ONE, 14(3), e0212345.")
    assert (e.host.title.value, e.extra["number"]) == ("PLOS ONE", "e0212345")
    e = parse_reference("Doe, Jane. “Title.” Science Advances 6, no. 12 (2020): eaax1234.")
    assert (e.host.title.value, e.host.issue, e.extra["number"], e.date.year) == ("Science Advances", "12", "eaax1234", 2020)


def test_apa_descriptions_and_date_ranges_and_hosted_talks() -> None:
    e = parse_reference("Smith, J. (2019, June 5–7). Title of talk [Paper presentation]. Annual Conference of Linguists, Riga, Latvia.")
    assert (e.title.value, e.date.year, sorted(n.value for n in e.notes), e.host) == (
        "Title of talk", 2019, ["Annual Conference of Linguists, Riga, Latvia", "[Paper presentation]"], None
    )
    e = parse_reference("Петров П. Доклад на конференции. — В кн.: Тезисы докладов. Рига, 1990, с. 5–7.")
    assert (e.type, e.host.title.value) == (EntryType.CHAPTER, "Тезисы докладов")


def test_reprint_edition_is_no_reprint_statement() -> None:
    e = parse_reference("Smith, J. The Book. Reprint ed. London: Penguin, 1990.")
    assert (e.edition, e.places[0].value, e.publisher.value, e.notes) == ("Reprint", "London", "Penguin", [])
    e = parse_reference("Smith, J. The Book. Facsimile ed. London: Penguin, 1990.")
    assert (e.edition, e.places[0].value) == ("Facsimile", "London")


def test_mla_encyclopedia_with_edition_and_publisher() -> None:
    e = parse_reference("“Riga.” The Columbia Encyclopedia, 6th ed., Columbia UP, 2000.")
    assert (e.type, e.host.title.value, e.edition, e.publisher.value, e.date.year) == (
        EntryType.ENCYCLOPEDIA_ENTRY, "The Columbia Encyclopedia", "6", "Columbia UP", 2000)


def test_author_date_newspaper_articles() -> None:
    for text, page in (
        ("Smith, John. 1999. “Strike Ends.” Washington Post, March 3, 1999.", None),
        ("Smith, John. 1999. “Strike Ends.” Washington Post, March 3.", None),
        ("Smith, John. 1999. “Strike Ends.” Washington Post, March 3, A1.", "A1"),
    ):
        e = parse_reference(text)
        assert (e.type, e.title.value, e.host.title.value, e.publisher, e.date.year) == (
            EntryType.ARTICLE, "Strike Ends", "Washington Post", None, 1999), text
        assert (str(e.pages) if e.pages else None) == page, text


@pytest.mark.parametrize(
    "text, edition, title",
    [
        ("Knuth, Donald E. The Art of Computer Programming. Third edition. Reading, MA: Addison-Wesley, 1997.", "3", "The Art of Computer Programming"),
        ("Smith, John. The Book. Second edition, revised. London: Routledge, 2010.", "2", "The Book"),
        ("Иванов И. И. Заглавие. — Второе издание, испр. — М. : Наука, 1999. — 100 с.", "2", "Заглавие"),
        ("Иванов И. И. Заглавие. Издание третье, испр. и доп. М., Наука, 1959. 100 с.", "3", "Заглавие"),
        ("Kalniņš J. Vēsture. Otrais, papildinātais izdevums. Rīga: Zinātne, 1990. 250 lpp.", "2", "Vēsture"),
    ],
)
def test_spelt_out_ordinal_editions(text: str, edition: str, title: str) -> None:
    e = parse_reference(text)
    assert (e.edition, e.title.value if e.title else None, e.subtitle) == (edition, title, None)
    assert not [w for w in e.warnings if w.code in ("unparsed-remainder", "ambiguous-title")]


def test_ordinal_words_inside_a_title_are_no_edition() -> None:
    e = parse_reference("Smith, J. The first edition of Hamlet. London: Methuen, 1990.")
    assert (e.edition, e.title.value) == ("", "The first edition of Hamlet")


@pytest.mark.parametrize(
    "text, author, title",
    [
        ("U.S. Department of Labor. (2021). Employment trends in the United States. U.S. Government Publishing Office.", "U.S. Department of Labor", "Employment trends in the United States"),
        ("WHO 2030 Working Group. (2018). Health goals for the next decade. World Health Organization.", "WHO 2030 Working Group", "Health goals for the next decade"),
        ("Cambridge Dictionary. (n.d.). Serendipity. In Cambridge Dictionary online. Retrieved May 1, 2023, from https://dictionary.cambridge.org/", "Cambridge Dictionary", "Serendipity"),
        ("RSPB (no date) Garden birds. Available at: https://www.rspb.org.uk/birds/ (Accessed: 2 May 2023).", "RSPB", "Garden birds"),
    ],
)
def test_group_authors_with_periods_digits_or_no_date(text: str, author: str, title: str) -> None:
    e = parse_reference(text)
    assert [p.literal for p in e.persons] == [author]
    assert e.title is not None and e.title.value == title


def test_apa_original_work_published_is_a_note() -> None:
    e = parse_reference("Weber, M. (2001). The Protestant ethic and the spirit of capitalism (T. Parsons, Trans.). Routledge. (Original work published 1905)")
    assert (e.publisher.value if e.publisher else None, e.date.year if e.date else None) == ("Routledge", 2001)
    assert [n.value for n in e.notes] == ["(Original work published 1905)"]
    assert [(p.family, p.role) for p in e.persons] == [("Weber", Role.AUTHOR), ("Parsons", Role.TRANSLATOR)]


def test_apa_editor_and_translator_of_a_host() -> None:
    e = parse_reference(
        "Kant, I. (1996). Groundwork. In M. J. Gregor (Ed. & Trans.), Practical philosophy (pp. 37–108). Cambridge University Press."
    )
    assert e.type == EntryType.CHAPTER
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Practical philosophy"
    assert sorted((p.family, p.role.value) for p in e.host.persons) == [("Gregor", "editor"), ("Gregor", "translator")]
    assert (e.publisher.value if e.publisher else None, str(e.pages)) == ("Cambridge University Press", "37–108")


def test_apa_volume_range_of_a_whole_set() -> None:
    e = parse_reference("Smith, J. (Ed.). (2001). The encyclopedia of things (2nd ed., Vols. 1–4). Academic Press.")
    assert (e.title.value if e.title else None, e.edition, e.number_of_volumes, e.volume) == ("The encyclopedia of things", "2", "4", "")
    e = parse_reference("Smith, J. (Ed.). (2001). The encyclopedia of things (Vol. 3). Academic Press.")
    assert (e.volume, e.number_of_volumes) == ("3", "")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Department for Education (2019) Teacher recruitment strategy. London: Department for Education.", EntryType.REPORT),
        ("World Bank. (2005). Equity and development. Oxford University Press.", EntryType.REPORT),
        ("American Psychological Association. (2020). Publication manual of the American Psychological Association (7th ed.). American Psychological Association.", EntryType.BOOK),
        ("Smith, J. (2005). Equity and development. Oxford University Press.", EntryType.BOOK),
    ],
)
def test_group_author_with_an_imprint_is_a_report(text: str, kind: EntryType) -> None:
    assert parse_reference(text).type == kind


def test_company_form_marks_an_organisation_and_leaves_the_publisher() -> None:
    e = parse_reference("Unilever PLC (2022) Annual report and accounts 2022. London: Unilever PLC. Available at: https://www.unilever.com/ (Accessed: 2 May 2023).")
    assert [p.literal for p in e.persons] == ["Unilever PLC"]
    assert (e.publisher.value if e.publisher else None, e.type) == ("Unilever", EntryType.REPORT)


def test_harvard_available_at_before_a_doi_is_consumed() -> None:
    e = parse_reference("Smith, J. (2010) 'A study', Nature, 461(7263), pp. 1–5. Available at: https://doi.org/10.1038/461472a.")
    assert (e.doi, e.publisher, e.places, e.type) == ("10.1038/461472a", None, [], EntryType.ARTICLE)


@pytest.mark.parametrize(
    "text, kind, container, publisher",
    [
        ("Lepore, J. (2019, March 4). The hacking of America. The New Yorker. https://www.newyorker.com/magazine/2019/03/04/x", EntryType.ARTICLE, "The New Yorker", None),
        ("Smith, A. (2020, May 1). Rates rise again. The Guardian. https://www.theguardian.com/business/2020/may/01/x", EntryType.ARTICLE, "The Guardian", None),
        ("Nielsen, J. (2020, May 1). Usability testing. Nielsen Norman Group. https://www.nngroup.com/articles/x/", EntryType.WEBPAGE, None, "Nielsen Norman Group"),
    ],
)
def test_apa_dated_article_of_a_newspaper_or_magazine_online(text: str, kind: EntryType, container: str | None, publisher: str | None) -> None:
    e = parse_reference(text)
    assert e.type == kind
    assert (e.host.title.value if e.host and e.host.title else None) == container
    assert (e.publisher.value if e.publisher else None) == publisher
    assert e.date is not None and (e.date.year, e.date.month, e.date.day) in ((2019, 3, 4), (2020, 5, 1))


def test_apa_year_month_day_dates() -> None:
    from biblio.parse.dates import parse_date

    d = parse_date("2002, July 22")
    assert d is not None and (d.year, d.month, d.day) == (2002, 7, 22)
    d = parse_date("2002, July")
    assert d is not None and (d.year, d.month, d.day) == (2002, 7, None)


def test_harvard_newspaper_article_with_day_and_month() -> None:
    e = parse_reference("Jones, P. (2015) 'Banks face new rules', The Observer, 4 October.")
    assert (e.type, e.title.value if e.title else None, e.host.title.value if e.host and e.host.title else None) == (
        EntryType.ARTICLE, "Banks face new rules", "The Observer")
    assert e.date is not None and (e.date.year, e.date.month, e.date.day) == (2015, 10, 4)
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_harvard_quoted_entry_in_a_reference_work() -> None:
    e = parse_reference("Honderich, T. (2005) 'Determinism', in The Oxford Companion to Philosophy. 2nd edn. Oxford: Oxford University Press.")
    assert (e.title.value if e.title else None, e.host.title.value if e.host and e.host.title else None) == (
        "Determinism", "The Oxford Companion to Philosophy")
    assert (e.edition, e.publisher.value if e.publisher else None) == ("2", "Oxford University Press")


def test_harvard_conference_paper_publisher_after_the_venue() -> None:
    e = parse_reference(
        "Smith, A. (2001) 'Fast matching', in Proceedings of the Eighth International Conference on Learning. Bled, Slovenia, 3–5 July. ACM, pp. 10–17."
    )
    assert e.type == EntryType.CHAPTER
    assert (e.publisher.value if e.publisher else None, str(e.pages)) == ("ACM", "10–17")


def test_subtitle_over_several_sentences_keeps_its_first_sentence() -> None:
    e = parse_reference("Smith, J. (2014). Climate change: Synthesis report. Contribution of working groups (A. Brown, Ed.). Academic Press.")
    assert (e.title.value if e.title else None, e.subtitle.value if e.subtitle else None) == (
        "Climate change", "Synthesis report. Contribution of working groups")
    assert [p.family for p in e.persons] == ["Smith", "Brown"]


def test_numbered_edition_online_is_a_book() -> None:
    e = parse_reference("World Health Organization. (2019). International classification of diseases (11th ed.). https://icd.who.int/")
    assert (e.type, e.edition) == (EntryType.BOOK, "11")
    e = parse_reference("World Health Organization. (2020, March 11). Opening remarks. https://www.who.int/")
    assert e.type == EntryType.WEBPAGE


def test_apa_preprint_number_makes_a_report() -> None:
    e = parse_reference("Vaswani, A., & Shazeer, N. (2017). Attention is all you need (arXiv:1706.03762). arXiv. https://doi.org/10.48550/arXiv.1706.03762")
    assert (e.type, e.title.value if e.title else None, e.genre, e.number) == (EntryType.REPORT, "Attention is all you need", "arXiv", "1706.03762")
    assert e.publisher is not None and e.publisher.value == "arXiv"


@pytest.mark.parametrize(
    "text, title, publisher",
    [
        ("Carr, E. H. (1961). What is history? The lectures at Cambridge. Macmillan.", "What is history? The lectures at Cambridge", "Macmillan"),
        ("Carr, E. H. (1961). What is history? Macmillan.", "What is history?", "Macmillan"),
        ("Carr, E.H. (1961) What is History? London: Macmillan.", "What is History?", "Macmillan"),
        ("BBC (2020) Why do cats purr? A short guide. Available at: https://www.bbc.co.uk/x (Accessed: 1 May 2021).", "Why do cats purr? A short guide", None),
    ],
)
def test_a_question_opens_a_title_that_goes_on(text: str, title: str, publisher: str | None) -> None:
    e = parse_reference(text)
    assert (e.title.value if e.title else None, e.subtitle, e.publisher.value if e.publisher else None) == (title, None, publisher)


def test_consumed_volume_before_a_title_colon_is_no_gost_separator() -> None:
    e = parse_reference("OECD. (2016). PISA 2015 results (Volume II): Policies and practices. OECD Publishing.")
    assert (e.title.value if e.title else None, e.subtitle.value if e.subtitle else None) == ("PISA 2015 results", "Policies and practices")
    assert (e.publisher.value if e.publisher else None, e.volume) == ("OECD Publishing", "II")


def test_initials_that_open_an_organisation_before_the_date() -> None:
    e = parse_reference("U.S. Census Bureau. (2021). Income in the United States. U.S. Government Publishing Office.")
    assert [p.literal for p in e.persons] == ["U.S. Census Bureau"]
    e = parse_reference("Smith, J. A. (2021). Income in the United States. Academic Press.")
    assert [(p.family, p.initials) for p in e.persons] == [("Smith", "J. A.")]


def test_apa_monthly_magazine_online() -> None:
    e = parse_reference("Smith, A. (2014, June). The long view. The Atlantic. https://www.theatlantic.com/magazine/archive/2014/06/x/")
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.publisher) == (EntryType.ARTICLE, "The Atlantic", None)
    e = parse_reference("Smith, A. (2014, June). The long view. Nielsen Norman Group. https://www.nngroup.com/articles/x/")
    assert e.type == EntryType.WEBPAGE


def test_apa_publication_number_of_a_report() -> None:
    e = parse_reference("National Institute of Mental Health. (2016). Depression basics (NIH Publication No. 16-3561). U.S. Government Printing Office.")
    assert (e.type, e.title.value if e.title else None, e.genre, e.number) == (EntryType.REPORT, "Depression basics", "NIH Publication", "16-3561")
    e = parse_reference("Smith, J. (2001). Publication 5 of the society. Academic Press.")
    assert (e.type, e.title.value if e.title else None) == (EntryType.BOOK, "Publication 5 of the society")


def test_apa_translator_and_edition_in_one_parenthesis() -> None:
    e = parse_reference("Plato. (1992). Republic (G. M. A. Grube, Trans.; 2nd ed.). Hackett.")
    assert (e.title.value if e.title else None, e.edition) == ("Republic", "2")
    assert [(p.family, p.role) for p in e.persons if p.role == Role.TRANSLATOR] == [("Grube", Role.TRANSLATOR)]


def test_apa_series_and_volume_editors_of_a_host() -> None:
    e = parse_reference(
        "Smith, A. (2015). Play. In R. M. Lerner (Series Ed.) & M. E. Lamb (Vol. Ed.), Handbook of child psychology (7th ed., pp. 1–40). Wiley."
    )
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Handbook of child psychology"
    assert [(p.family, p.role) for p in e.host.persons] == [("Lerner", Role.EDITOR), ("Lamb", Role.EDITOR)]
    assert (e.edition, str(e.pages), e.publisher.value if e.publisher else None) == ("7", "1–40", "Wiley")


@pytest.mark.parametrize(
    "text, editors, title",
    [
        ("Hobbes, Thomas (1996) [1651]. Tuck, Richard (ed.). Leviathan. Cambridge: Cambridge University Press.",
         [("Tuck", "Richard")], "Leviathan"),
        ("Smith, Adam (1976). Campbell, R. H.; Skinner, A. S. (eds.). The Wealth of Nations. Oxford: Clarendon Press.",
         [("Campbell", "R. H."), ("Skinner", "A. S.")], "The Wealth of Nations"),
    ],
)
def test_wikipedia_editors_sentence_after_the_date(text: str, editors: list[tuple[str, str]], title: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.given or p.initials) for p in e.persons if p.role == Role.EDITOR] == editors
    assert [p.family for p in e.persons if p.role == Role.AUTHOR] == [text.split(",")[0]]
    assert (e.title.value, e.subtitle) == (title, None)


def test_wikipedia_language_format_and_thesis_marks_leave_the_title() -> None:
    e = parse_reference("Bloch, Marc (1924). Les Rois thaumaturges (in French). Strasbourg: Istra.")
    assert (e.title.value, e.publisher.value, e.places[0].value) == ("Les Rois thaumaturges", "Istra", "Strasbourg")
    e = parse_reference("Einstein, Albert (1905). Eine neue Bestimmung der Moleküldimensionen (PDF) (PhD thesis) (in German). Universität Zürich.")
    assert (e.type, e.title.value, e.publisher.value) == (EntryType.THESIS, "Eine neue Bestimmung der Moleküldimensionen", "Universität Zürich")
    e = parse_reference('Moore, Gordon E. (19 April 1965). "Cramming more components onto integrated circuits" (PDF). Electronics. Vol. 38, no. 8. pp. 114–117.')
    assert (e.title.value, e.host.title.value) == ("Cramming more components onto integrated circuits", "Electronics")


def test_reprint_after_a_bare_original_year_is_the_cited_imprint() -> None:
    e = parse_reference("Tawney, R. H. Religion and the Rise of Capitalism. 1926. Reprint, New York: Mentor, 1947.")
    assert (e.title.value, e.places[0].value, e.publisher.value, e.date.year) == (
        "Religion and the Rise of Capitalism", "New York", "Mentor", 1947)
    assert e.extra.get("original_year") == "1926"
    # with the original imprint stated, that imprint is the one cited and the reprint a note
    e = parse_reference("Keynes, John Maynard. The General Theory. London: Macmillan, 1936. Reprint, New York: Harcourt, Brace, 1964.")
    assert (e.publisher.value, e.date.year) == ("Macmillan", 1936)


def test_mla_original_year_sentence_after_the_title() -> None:
    e = parse_reference("Orwell, George. Animal Farm. 1945. Penguin Books, 1996.")
    assert (e.title.value, e.subtitle, e.publisher.value, e.date.year, e.extra.get("original_year")) == (
        "Animal Farm", None, "Penguin Books", 1996, "1945")


@pytest.mark.parametrize(
    "text, family",
    [
        ("Du Bois, W. E. B. The Souls of Black Folk. Chicago: A. C. McClurg, 1903.", "Du Bois"),
        ("De Morgan, Augustus. A Budget of Paradoxes. London: Longmans, Green, 1872.", "De Morgan"),
        ("Van Buren, Martin. Inquiry into the Origin and Course of Political Parties. New York: Hurd and Houghton, 1867.", "Van Buren"),
    ],
)
def test_capitalised_particle_opens_an_inverted_family_name(text: str, family: str) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons] == [family]
    assert e.title.value == text.split(". ")[1] if family != "Du Bois" else e.title.value == "The Souls of Black Folk"


@pytest.mark.parametrize(
    "text, title, host, year, pages",
    [
        ("22. Philippa Foot, “The Problem of Abortion and the Doctrine of the Double Effect,” Oxford Review, no. 5 (1967): 6.",
         "The Problem of Abortion and the Doctrine of the Double Effect", "Oxford Review", 1967, "6"),
        ("27. Walter Duranty, “Russians Hungry, but Not Starving,” New York Times, March 31, 1933.",
         "Russians Hungry, but Not Starving", "New York Times", 1933, None),
        ("12. “Wall St. Lays an Egg,” Variety, October 30, 1929, 1.", "Wall St. Lays an Egg", "Variety", 1929, "1"),
    ],
)
def test_chicago_note_article_title_closed_by_a_comma(text: str, title: str, host: str, year: int, pages: str | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value, e.host.title.value, e.date.year) == (EntryType.ARTICLE, title, host, year)
    assert (str(e.pages) if e.pages else None) == pages


def test_a_place_word_opening_a_journal_title_is_no_imprint() -> None:
    e = parse_reference("Foot, Philippa. “The Problem of Abortion.” Oxford Review, no. 5 (1967): 5–15.")
    assert (e.type, e.host.title.value, e.places) == (EntryType.ARTICLE, "Oxford Review", [])


@pytest.mark.parametrize(
    "text, org, title",
    [
        ("U.S. Department of State. Foreign Relations of the United States, 1946. Vol. 6. Washington, DC: Government Printing Office, 1969.",
         "U.S. Department of State", "Foreign Relations of the United States, 1946"),
        ("Library of Congress. “Chronicling America.” Accessed March 3, 2023. https://chroniclingamerica.loc.gov/.",
         "Library of Congress", "Chronicling America"),
        ("Academy of American Poets. “Langston Hughes.” Poets.org, poets.org/poet/langston-hughes. Accessed 5 Apr. 2023.",
         "Academy of American Poets", "Langston Hughes"),
    ],
)
def test_organisation_authors_before_a_title_or_a_web_page(text: str, org: str, title: str) -> None:
    e = parse_reference(text)
    assert ([p.literal for p in e.persons], e.title.value) == ([org], title)


def test_a_title_that_starts_with_a_name_stays_a_title() -> None:
    e = parse_reference("А. С. Пушкин и его время. М., Наука, 1970.")
    assert (e.persons, e.title.value) == ([], "А. С. Пушкин и его время")


@pytest.mark.parametrize(
    "text, work, headword, edition, year",
    [
        ("15. Oxford English Dictionary, 2nd ed. (1989), s.v. “serendipity.”", "Oxford English Dictionary", "serendipity", "2", 1989),
        ("Encyclopaedia Britannica, 15th ed., s.v. “Riga.”", "Encyclopaedia Britannica", "Riga", "15", None),
    ],
)
def test_sub_verbo_entry_of_a_reference_work(text: str, work: str, headword: str, edition: str, year: int | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value, e.host.title.value, e.edition, e.persons) == (EntryType.ENCYCLOPEDIA_ENTRY, work and headword, work, edition, [])
    assert (e.date.year if e.date else None) == year


def test_multi_volume_note_pin_cite_after_a_range_of_years() -> None:
    e = parse_reference("4. Winston S. Churchill, The Second World War, 6 vols. (Boston: Houghton Mifflin, 1948–53), 2:118.")
    assert (e.type, e.title.value, e.number_of_volumes, e.volume, str(e.pages), e.date.year) == (
        EntryType.VOLUME, "The Second World War", "6", "2", "118", 1948)


def test_mla_roles_joined_by_commas_before_the_publisher() -> None:
    e = parse_reference(
        "Kristeva, Julia. Desire in Language. Edited by Leon S. Roudiez, translated by Thomas Gora et al., Columbia UP, 1980."
    )
    assert sorted((p.family, p.role.value) for p in e.persons) == [
        ("Gora", "translator"), ("Kristeva", "author"), ("Roudiez", "editor")]
    assert (e.publisher.value, e.date.year) == ("Columbia UP", 1980)


@pytest.mark.parametrize(
    "text, title, university, year",
    [
        ("6. Daniel Ellsberg, “Risk, Ambiguity and Decision” (PhD diss., Harvard University, 1962), 45.",
         "Risk, Ambiguity and Decision", "Harvard University", 1962),
        ("Ellsberg, Daniel. “Risk, Ambiguity and Decision.” PhD diss., Harvard University, 1962.",
         "Risk, Ambiguity and Decision", "Harvard University", 1962),
        ("Spillers, Hortense J. Fabrics of History. 1974. Brandeis U, PhD dissertation.", "Fabrics of History", "Brandeis U", 1974),
    ],
)
def test_thesis_university_around_the_designation(text: str, title: str, university: str, year: int) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value, e.publisher.value, e.date.year) == (EntryType.THESIS, title, university, year)
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_wikipedia_place_and_publisher_after_the_container() -> None:
    e = parse_reference('Orwell, George (1950). "Shooting an Elephant". Shooting an Elephant and Other Essays. London: Secker & Warburg.')
    assert (e.host.title.value, e.places[0].value, e.publisher.value) == (
        "Shooting an Elephant and Other Essays", "London", "Secker & Warburg")


def test_chicago_note_names_closed_by_et_al() -> None:
    e = parse_reference("31. Stéphane Courtois et al., The Black Book of Communism, trans. Jonathan Murphy (Cambridge, MA: Harvard University Press, 1999), 4.")
    assert ([p.family for p in e.persons if p.role == Role.AUTHOR], e.extra.get("et_al"), e.title.value) == (
        ["Courtois"], "true", "The Black Book of Communism")


def test_editors_after_a_role_need_no_known_given_names() -> None:
    e = parse_reference(
        "Tilly, Charles. “War Making and State Making as Organized Crime.” In Bringing the State Back In, edited by "
        "Peter B. Evans, Dietrich Rueschemeyer, and Theda Skocpol, 169–91. Cambridge: Cambridge University Press, 1985."
    )
    assert [p.family for p in e.host.persons] == ["Evans", "Rueschemeyer", "Skocpol"]
    assert (str(e.pages), e.publisher.value) == ("169–91", "Cambridge University Press")
    e = parse_reference("White, Steven. The Cold War. Translated by Richard Davis, 4th ed., Cornell University Press, 1954.")
    assert ([p.family for p in e.persons], e.publisher.value) == (["White", "Davis"], "Cornell University Press")


def test_dated_edition_of_an_online_work_and_its_editor() -> None:
    e = parse_reference(
        "Kraut, Richard. “Plato.” In The Stanford Encyclopedia of Philosophy (Fall 2017 Edition), edited by Edward N. Zalta. "
        "https://plato.stanford.edu/archives/fall2017/entries/plato/."
    )
    assert (e.host.title.value, [p.family for p in e.host.persons], e.date.year) == (
        "The Stanford Encyclopedia of Philosophy", ["Zalta"], 2017)
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_english_question_words_settle_the_language() -> None:
    assert detect_language("Where Do We Go from Here") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Wohlstetter, Albert. The Delicate Balance of Terror. P-1472. Santa Monica, CA: RAND Corporation, 1958.",
        'Engelbart, Douglas C. "Augmenting Human Intellect: A Conceptual Framework." SRI Summary Report AFOSR-3223. Menlo Park, CA: Stanford Research Institute, 1962.',
        "Bush, Vannevar. Science, the Endless Frontier. Washington, DC: United States Government Printing Office, 1945.",
    ],
)
def test_reports_by_number_or_government_printer(text: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.REPORT
    assert e.subtitle is None or e.subtitle.value == "A Conceptual Framework"
    assert e.date.year in (1945, 1958, 1962)


def test_a_volume_from_a_government_printer_stays_a_volume() -> None:
    e = parse_reference("U.S. Department of State. Foreign Relations of the United States, 1946. Vol. 6. Washington, DC: Government Printing Office, 1969.")
    assert (e.type, e.volume) == (EntryType.VOLUME, "6")


def test_a_signed_web_article_in_a_newspaper_is_an_article() -> None:
    e = parse_reference('Greenwald, Glenn (6 June 2013). "NSA collecting phone records". The Guardian. Retrieved 16 August 2013.')
    assert e.type == EntryType.ARTICLE
    e = parse_reference('"Between Two Empires". The Guardian. Retrieved December 10, 2010.')
    assert e.type == EntryType.WEBPAGE


@pytest.mark.parametrize(
    "text, series",
    [
        ("Lumans, Valdis O. (2006). Latvia in World War II. World War II: The Global, Human, and Ethical Dimension. New York: Fordham University Press.",
         "World War II: The Global, Human, and Ethical Dimension"),
        ("Hobbes, Thomas (1996) [1651]. Leviathan. Cambridge Texts in the History of Political Thought (Revised student ed.). Cambridge: Cambridge University Press.",
         "Cambridge Texts in the History of Political Thought"),
    ],
)
def test_wikipedia_series_sentence_before_place_and_publisher(text: str, series: str) -> None:
    e = parse_reference(text)
    assert (e.series.value, e.subtitle) == (series, None)
    assert e.title.value in ("Latvia in World War II", "Leviathan")


def test_no_series_without_a_place_and_publisher_imprint() -> None:
    e = parse_reference("Smith, J. (2006). Latvia in World War II. Second Thoughts. Fordham.")
    assert e.series is None


def test_wikipedia_collaboration_and_identifiers_after_the_doi() -> None:
    e = parse_reference(
        'Abbott, B. P.; et al. (LIGO Scientific Collaboration and Virgo Collaboration) (2016). "Observation of Gravitational '
        'Waves from a Binary Black Hole Merger". Physical Review Letters. 116 (6): 061102. arXiv:1602.03837. '
        "Bibcode:2016PhRvL.116f1102A. doi:10.1103/PhysRevLett.116.061102."
    )
    assert (e.type, e.title.value, e.host.title.value, e.date.year, e.publisher) == (
        EntryType.ARTICLE, "Observation of Gravitational Waves from a Binary Black Hole Merger", "Physical Review Letters", 2016, None)
    assert e.extra["collaboration"] == "LIGO Scientific Collaboration and Virgo Collaboration"
    assert [n.value for n in e.notes] == ["arXiv:1602.03837", "Bibcode:2016PhRvL.116f1102A"]
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_bracketed_translation_after_an_author_date_title() -> None:
    e = parse_reference("Clausewitz, Carl von (1984) [1832]. On War [Vom Krieg]. Princeton, NJ: Princeton University Press.")
    assert (e.title.value, e.title.translated, e.publisher.value) == ("On War", {"de": "Vom Krieg"}, "Princeton University Press")
    e = parse_reference("Vygotsky, L. S. (1934). Myshlenie i rech [Thinking and speech]. Gosudarstvennoe Sotsial-Ekonomicheskoe Izdatel.")
    assert (e.title.value, e.title.translated) == ("Myshlenie i rech", {"en": "Thinking and speech"})


def test_a_span_of_years_inside_a_container_title_is_no_imprint() -> None:
    e = parse_reference("Bishop, Elizabeth. “One Art.” The Complete Poems, 1927–1979, Faber, 1983, p. 178.")
    assert (e.type, e.host.title.value, e.publisher.value, e.date.year, str(e.pages)) == (
        EntryType.CHAPTER, "The Complete Poems, 1927–1979", "Faber", 1983, "178")


def test_a_name_written_in_lower_case_heads_the_reference() -> None:
    e = parse_reference("hooks, bell. Ain’t I a Woman: Black Women and Feminism. South End Press, 1981.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value, e.publisher.value) == (
        [("hooks", "bell")], "Ain’t I a Woman", "South End Press")


def test_a_format_mark_between_a_quoted_title_and_its_stop() -> None:
    e = parse_reference(
        'Gödel, Kurt (1931). "Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I" (PDF). '
        "Monatshefte für Mathematik und Physik (in German). 38 (1): 173–198."
    )
    assert (e.type, e.host.title.value, e.subtitle, e.volume or e.host.volume) == (
        EntryType.ARTICLE, "Monatshefte für Mathematik und Physik", None, "38")


@pytest.mark.parametrize(
    "text, role_names, publisher",
    [
        ("Chaucer, Geoffrey. The Canterbury Tales. Edited by Jill Mann, Penguin Classics, 2005.", ["Mann"], "Penguin Classics"),
        ("Homer. The Odyssey. Translated by Emily Wilson, W. W. Norton, 2018.", ["Wilson"], "W. W. Norton"),
    ],
)
def test_mla_publisher_after_the_role_names(text: str, role_names: list[str], publisher: str) -> None:
    e = parse_reference(text)
    assert ([p.family for p in e.persons if p.role != Role.AUTHOR], e.publisher.value) == (role_names, publisher)
    assert len(e.authors) == 1


def test_author_date_one_word_or_acronym_author() -> None:
    e = parse_reference("UNESCO. 2005. Convention on the Protection and Promotion of the Diversity of Cultural Expressions. Paris: UNESCO.")
    assert ([p.literal for p in e.persons], e.title.value, e.places[0].value, e.publisher.value, e.date.year) == (
        ["UNESCO"], "Convention on the Protection and Promotion of the Diversity of Cultural Expressions", "Paris", "UNESCO", 2005)
    e = parse_reference("Google. 2017. “Privacy Policy.” Last modified April 17, 2017. https://www.google.com/policies/privacy/.")
    assert ([p.family for p in e.persons], e.title.value, e.date.year, e.type) == (["Google"], "Privacy Policy", 2017, EntryType.WEBPAGE)
    assert [n.value for n in e.notes] == ["Last modified April 17, 2017"]


def test_chicago_ebook_format_closes_the_reference() -> None:
    e = parse_reference("Snyder, Timothy. Bloodlands: Europe between Hitler and Stalin. New York: Basic Books, 2010. Kindle.")
    assert (e.edition, e.publisher.value, e.date.year) == ("Kindle", "Basic Books", 2010)  # the format read is the edition cited
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_wikipedia_lower_case_site_name_after_a_quoted_title() -> None:
    e = parse_reference('"History of Latvia". latvia.eu. Latvian Institute. Retrieved 12 March 2021.')
    assert (e.title.value, e.host.title.value, e.publisher.value, e.type) == (
        "History of Latvia", "latvia.eu", "Latvian Institute", EntryType.WEBPAGE)


def test_et_al_is_no_sign_of_french() -> None:
    e = parse_reference("Burdick, Anne, et al. Digital_Humanities. MIT P, 2012.")
    assert e.language == "en"


def test_wikipedia_series_before_a_publisher_without_a_place() -> None:
    e = parse_reference("Plakans, Andrejs (2011). A Concise History of the Baltic States. Cambridge Concise Histories. Cambridge University Press.")
    assert (e.title.value, e.series.value, e.publisher.value, e.subtitle) == (
        "A Concise History of the Baltic States", "Cambridge Concise Histories", "Cambridge University Press", None)


@pytest.mark.parametrize(
    "text, family, role",
    [
        ("Пушкин А. С. Сочинения : в 3 т. Т. 1 / А. С. Пушкин ; сост., подгот. текста и коммент. Б. В. Томашевского. — Л. : Наука, 1986. — 500 с.", "Томашевский", Role.COMPILER),
        ("Блок А. А. Собрание сочинений : в 6 томах. Т. 2 / Александр Блок ; составление, подготовка текста и примечания В. Орлова. – Москва : Правда, 1971. – 400 с.", "Орлов", Role.COMPILER),
        ("Гомер. Илиада / Гомер ; издание подготовили А. И. Зайцев, Н. И. Гнедич. – Ленинград : Наука, 1990. – 572 с.", "Зайцев", Role.EDITOR),
    ],
)
def test_role_chains_with_text_preparation_keep_the_leading_role(text: str, family: str, role: Role) -> None:
    """"сост., подгот. текста и коммент. X-а": the compiler prepared the text too; names in the genitive."""
    e = parse_reference(text)
    named = [p for p in e.persons if p.family == family]
    assert named and named[0].role == role, [(p.family, p.role) for p in e.persons]
    assert all(p.role != Role.AUTHOR for p in e.persons if p.family == family)


def test_series_word_that_is_part_of_the_name_is_kept() -> None:
    e = parse_reference("Воспоминания о Пушкине. М., Художественная литература, 1974. (Серия литературных мемуаров).")
    assert e.series is not None and e.series.value == "Серия литературных мемуаров"
    e = parse_reference("Иванов И. И. Книга. — М. : Наука, 1990. — 100 с. — (Серия «Научно-популярная литература»).")
    assert e.series is not None and e.series.value == "Научно-популярная литература"


@pytest.mark.parametrize(
    "text, title, volume_title",
    [
        ("В.О. Ключевский. Курс русской истории. Т. 2. Московское государство. М., 1937.", "Курс русской истории", "Московское государство"),
        ("Иванов И. И. История края. Ч. 1. Древность. СПб., 1901.", "История края", "Древность"),
    ],
)
def test_a_volume_title_after_its_number_is_no_subtitle(text: str, title: str, volume_title: str) -> None:
    e = parse_reference(text)
    assert (e.title.value, e.subtitle, e.extra.get("volume_title")) == (title, None, volume_title)
    assert e.type == EntryType.VOLUME


def test_a_volume_imprint_after_an_author_date_year_is_no_volume_title() -> None:
    e = parse_reference("Knuth, Donald E. 1997. The Art of Computer Programming. Vol. 1. 3rd ed. Reading, MA: Addison-Wesley.")
    assert e.publisher is not None and e.publisher.value == "Addison-Wesley"
    assert "volume_title" not in e.extra


def test_latvian_book_number_gram() -> None:
    e = parse_reference("Kalniņš J. Latvijas vēsture. 2. grām. Rīga: Zinātne, 1990.")
    assert (e.title.value, e.part, e.subtitle, e.type) == ("Latvijas vēsture", "2", None, EntryType.VOLUME)


def test_a_colon_after_an_inner_full_stop_marks_the_subtitle() -> None:
    e = parse_reference("Иванов И. И. Под небом Эллады. Древние мифы: очерки и предания. — М.: Мысль, 1974. — 206 с.")
    assert (e.title.value, e.subtitle.value if e.subtitle else None) == ("Под небом Эллады. Древние мифы", "очерки и предания")
    e = parse_reference("Kalniņš J. Rīgas vēsture. Viduslaiki 1201–1561: pētījumi un avoti. Rīga: Zinātne, 1990.")
    assert (e.title.value, e.subtitle.value if e.subtitle else None) == ("Rīgas vēsture. Viduslaiki 1201–1561", "pētījumi un avoti")


def test_a_gost_part_title_runs_to_the_double_slash() -> None:
    e = parse_reference("Иванов И. И. Что такое история? Очерк теории // Вопросы истории. — 2001. — № 3. — С. 10–20.")
    assert (e.title.value, e.subtitle) == ("Что такое история? Очерк теории", None)


@pytest.mark.parametrize(
    "text, title, archive, pages",
    [
        ("РГАЛИ, ф. 1337 (А. А. Блок), оп. 2, ед. хр. 15, л. 3—9.", None, "РГАЛИ", "3–9"),
        ("Записка А.И. Иванова в Совнарком от 5 мая 1925 г. — ГАРФ, ф. 130, оп. 3, д. 12, л. 7.", "Записка А.И. Иванова в Совнарком от 5 мая 1925 г.", "ГАРФ", "7"),
        ("ОР РНБ, ф. 588, к. 4, ед. хр. 21.", None, "ОР РНБ", None),
    ],
)
def test_archival_signatures_in_lower_case_with_commas(text: str, title: str | None, archive: str, pages: str | None) -> None:
    """The repository is the entry's archive (not a title), the leaves its pages; a genre word opens the title."""
    e = parse_reference(text)
    assert (e.type, e.title.value if e.title else None, e.archive, e.persons) == (EntryType.DOCUMENT, title, archive, [])
    assert (str(e.pages) if e.pages else None) == pages


def test_law_numbers_and_gazette_articles_are_no_issue_or_pages() -> None:
    e = parse_reference("Об образовании : федер. закон от 10 июля 1992 г. № 3266-1 // Ведомости РФ. — 1992. — № 30. — Ст. 1797.")
    assert (e.host.issue, e.pages, e.extra.get("number")) == ("30", None, "1797")
    e = parse_reference("О связи : федер. закон № 126-ФЗ // Российская газета. — 2003. — 10 июля. — № 135.")
    assert e.host.issue == "135"


def test_latvian_family_first_heading_with_a_listed_given_name() -> None:
    e = parse_reference("Ozols. Arnolds. Dzejoļi. Rīga: Liesma, 1975.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Ozols", "Arnolds")], "Dzejoļi")


def test_a_feminine_word_after_a_masculine_one_word_name_is_the_title() -> None:
    """"Homērs. Odiseja.": a man's family name never takes a woman's given name; "No … valodas tulkojis" names the translator."""
    e = parse_reference("Homērs. Odiseja. No sengrieķu valodas tulkojis Augusts Gīle. Rīga: Liesma, 1977.")
    assert ([(p.family, p.given, p.role) for p in e.persons], e.title.value) == (
        [("Homērs", "", Role.AUTHOR), ("Gīle", "Augusts", Role.TRANSLATOR)], "Odiseja")


def test_latvian_web_pages_sk_and_tiessaiste() -> None:
    e = parse_reference("Latvijas Universitāte [tiešsaiste]. Pieejams: https://www.lu.lv (sk. 05.03.2024.)")
    assert (e.title.value, e.subtitle, e.accessed.year, e.accessed.month, e.accessed.day) == ("Latvijas Universitāte", None, 2024, 3, 5)


def test_a_number_before_a_lower_case_word_opens_the_title() -> None:
    e = parse_reference("4. maijs – Latvijas Republikas Neatkarības atjaunošanas diena. Pieejams: https://www.latvia.eu (skatīts 2020. gada 4. maijā).")
    assert e.title.value == "4. maijs – Latvijas Republikas Neatkarības atjaunošanas diena"
    e = parse_reference("1. van Dijk, T. A. Text and Context. London: Longman, 1977.")
    assert (e.persons[0].family, e.title.value) == ("van Dijk", "Text and Context")


def test_old_latvian_orthography_with_jeb() -> None:
    assert detect_language("Ta Swehta Grahmata jeb Dieva Swehtais Wahrds") == "lv"


def test_pre_revolutionary_thesis_after_the_imprint() -> None:
    e = parse_reference("П.Н. Милюков. Государственное хозяйство России. СПб., 1892 (Диссертация на степень магистра русской истории).")
    assert (e.type, e.title.value, e.subtitle, e.places[0].value, e.date.year) == (
        EntryType.THESIS, "Государственное хозяйство России", None, "СПб.", 1892)


@pytest.mark.parametrize(
    "text",
    [
        "Пушкинские чтения. Сборник статей. Л., Наука, 1975.",
        "III Всесоюзный съезд историков. Тезисы докладов. М., 1970.",
    ],
)
def test_named_meetings_are_proceedings(text: str) -> None:
    assert parse_reference(text).type == EntryType.PROCEEDINGS


def test_soviet_article_after_a_dash_in_a_quoted_periodical() -> None:
    e = parse_reference("Н. Бердяев. Философская истина и интеллигентская правда. — «Русская мысль», 1909, кн. 3.")
    assert (e.type, e.title.value, e.host.title.value, e.host.issue, e.host.part, e.publisher) == (
        EntryType.ARTICLE, "Философская истина и интеллигентская правда", "Русская мысль", "3", "", None)
    e = parse_reference("И. Иванов. Книга. — М., «Наука», 1970. — 100 с.")
    assert (e.type, e.publisher.value) == (EntryType.BOOK, "Наука")


def test_latvian_biographical_dictionaries_host_entries() -> None:
    e = parse_reference("Rozentāls Jānis. – Māksla un arhitektūra biogrāfijās. Rīga: Zinātne, 1995, 201. lpp.")
    assert (e.type, e.title.value, e.host.title.value, str(e.pages)) == (
        EntryType.ENCYCLOPEDIA_ENTRY, "Rozentāls Jānis", "Māksla un arhitektūra biogrāfijās", "201")


def test_research_and_publishing_centre_is_a_publisher_prefix() -> None:
    e = parse_reference("Иванов И. И. Книга / И. И. Иванов. — М. : Науч.-изд. центр «Ладомир», 1999. — 100 с.")
    assert e.publisher.value == "Ладомир"


def test_gost_2003_electronic_resource_notes_end_the_title_area() -> None:
    e = parse_reference("Фундаментальная электронная библиотека [Электронный ресурс] : русская литература. — Электрон. дан. — Режим доступа: http://feb-web.ru, свободный. — Загл. с экрана.")
    assert (e.title.value, e.subtitle.value, e.url) == ("Фундаментальная электронная библиотека", "русская литература", "http://feb-web.ru")
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_a_named_edition_in_brackets_after_the_title() -> None:
    e = parse_reference("А.С. Пушкин. Полн. собр. соч. (Академическое издание). Т. 5. М.-Л., Изд-во АН СССР, 1948.")
    assert (e.title.value, e.edition, e.volume) == ("Полн. собр. соч.", "Академическое", "5")


@pytest.mark.parametrize(
    "text, n",
    [
        ("А.П. Чехов. Собр. соч. в двенадцати томах. Т. 7. М., Гослитиздат, 1962.", "12"),
        ("Rainis. Kopoti raksti trīs sējumos. 2. sēj. Rīga: Zinātne, 1977.", "3"),
    ],
)
def test_spelt_out_numbers_of_volumes(text: str, n: str) -> None:
    e = parse_reference(text)
    assert e.number_of_volumes == n and e.subtitle is None


def test_books_of_a_work_spelt_out_stay_in_the_title_information() -> None:
    e = parse_reference("Геродот. История : в девяти книгах / Геродот. – Ленинград : Наука, 1972.")
    assert (e.number_of_volumes, e.subtitle.value) == ("", "в девяти книгах")


def test_a_collection_of_articles_has_no_one_word_author() -> None:
    e = parse_reference("Смена вех : сб. ст. / сост. И. И. Иванов. — Прага : Политика, 1921. — 190 с.")
    assert (e.type, e.title.value, e.authors, e.pages) == (EntryType.COLLECTION, "Смена вех", [], None)
    e = parse_reference("Вехи. Из глубины : сб. ст. 1909–1918 / сост. И. И. Иванов. — М. : Правда, 1991. — 608 с.")
    assert (e.title.value, e.subtitle.value, e.authors, e.pages) == ("Вехи. Из глубины", "сб. ст. 1909–1918", [], None)


def test_a_statistical_agency_after_the_slash_is_the_author() -> None:
    e = parse_reference("Российский статистический ежегодник. 2010 : стат. сб. / Росстат. — М., 2010. — 813 с.")
    assert [p.literal for p in e.authors] == ["Росстат"]


def test_a_publishers_branch_after_a_full_stop_belongs_to_the_publisher() -> None:
    e = parse_reference("Каверин В. А. Два капитана / В. А. Каверин. — Л. : Детская литература. Ленинградское отделение, 1979. — 560 с.")
    assert (e.publisher.value, e.places[0].value) == ("Детская литература. Ленинградское отделение", "Л.")


@pytest.mark.parametrize(
    "text, title, host, volume, pages",
    [
        ("В.И. Ленин. Письмо к съезду. — Полн. собр. соч., т. 45, стр. 343—348.", "Письмо к съезду", "Полн. собр. соч", "45", "343–348"),
        ("Л.Н. Толстой. Что такое искусство? — Полн. собр. соч. Т. 30. М., Гослитиздат, 1951, стр. 27—203.", "Что такое искусство?", "Полн. собр. соч", "30", "27–203"),
    ],
)
def test_a_work_in_collected_works_after_a_dash(text: str, title: str, host: str, volume: str, pages: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value, e.host.title.value.rstrip("."), e.host.volume or e.volume, str(e.pages)) == (
        EntryType.CHAPTER, title, host, volume, pages)


def test_abbreviated_words_in_soviet_publisher_names_and_a_list_ending_before_the_place() -> None:
    e = parse_reference("История Латвийской ССР. Т. 2 / Редкол.: К.Я. Страздинь (отв. ред.) и др. Рига, Изд-во АН Латв. ССР, 1954.")
    assert (e.publisher.value, e.places[0].value, [p.family for p in e.persons]) == ("Изд-во АН Латв. ССР", "Рига", ["Страздинь"])
    e = parse_reference("Большая советская энциклопедия. Т. 14. М., «Сов. энциклопедия», 1973.")
    assert e.publisher.value == "Сов. энциклопедия"


def test_gost_volume_title_after_its_number_and_a_colon() -> None:
    e = parse_reference("Лотман Ю. М. Избранные статьи : в 3 т. Т. 2 : Статьи по истории русской литературы / Ю. М. Лотман. — Таллинн : Александра, 1992. — 480 с.")
    assert (e.title.value, e.subtitle, e.volume, e.number_of_volumes, e.extra.get("volume_title")) == (
        "Избранные статьи", None, "2", "3", "Статьи по истории русской литературы")
    e = parse_reference("OECD. (2019). PISA 2018 results (Volume I): What students know and can do. OECD Publishing.")
    assert e.subtitle is not None and e.subtitle.value.startswith("What students know and can do")


def test_plural_and_spelt_out_editor_roles() -> None:
    e = parse_reference("Бахтин, М. М. Собрание сочинений : в 7 томах. Том 2 / М. М. Бахтин ; редакторы С. Г. Бочаров, Л. С. Мелихова. – Москва : Русские словари, 2000. – 800 с.")
    assert [(p.family, p.role) for p in e.persons] == [("Бахтин", Role.AUTHOR), ("Бочаров", Role.EDITOR), ("Мелихова", Role.EDITOR)]


def test_gost_2018_thesis_with_a_named_specialty() -> None:
    e = parse_reference("Петров, П. П. Рабочее движение в Латвии : специальность 07.00.02 «Отечественная история» : диссертация на соискание ученой степени кандидата исторических наук / Петров Петр Петрович ; Латвийский университет. – Рига, 1990. – 200 с.")
    assert (e.type, e.title.value, e.subtitle, e.publisher.value) == (EntryType.THESIS, "Рабочее движение в Латвии", None, "Латвийский университет")


def test_archive_named_in_full_and_latvian_leaves() -> None:
    e = parse_reference("Государственный архив Российской Федерации (ГАРФ). Ф. Р-9401. Оп. 2. Д. 64. Л. 9–11.")
    assert (e.type, e.title, e.archive, str(e.pages)) == (EntryType.DOCUMENT, None, "Государственный архив Российской Федерации (ГАРФ)", "9–11")
    e = parse_reference("LVVA, 1308. f., 12. apr., 45. l., 3.–5. lp.")
    assert (e.type, e.archive, str(e.pages)) == (EntryType.DOCUMENT, "LVVA", "3–5")


def test_a_bracketed_designation_after_the_colon_is_other_title_information() -> None:
    e = parse_reference("Президентская библиотека : [сайт]. – URL: https://www.prlib.ru (дата обращения: 10.01.2023). – Текст : электронный.")
    assert (e.type, e.title.value, e.subtitle.value if e.subtitle else None) == (EntryType.WEBPAGE, "Президентская библиотека", "[сайт]")


def test_gost_co_publishers_in_two_places() -> None:
    e = parse_reference("Иванов И. И. Книга / И. И. Иванов. — М. : Наука ; СПб. : Питер, 2001. — 100 с.")
    assert ([p.value for p in e.places], e.publisher.value) == (["М.", "СПб."], "Наука ; Питер")
    e = parse_reference("Иванов И. И. Книга / И. И. Иванов. — СПб. ; М. : Летний сад, 2002. — 100 с.")
    assert ([p.value for p in e.places], e.publisher.value) == (["СПб.", "М."], "Летний сад")


def test_a_country_name_heading_a_title_is_no_author_and_a_latvian_report() -> None:
    e = parse_reference("Latvija. Pārskats par tautas attīstību 2008/2009: Atbildība / Galv. red. J. Rozenvalds. Rīga: LU, 2009.")
    assert (e.type, e.title.value, e.authors) == (EntryType.REPORT, "Latvija. Pārskats par tautas attīstību 2008/2009", [])


def test_an_encyclopedia_named_after_the_entry_title_hosts_it() -> None:
    e = parse_reference("Daugava. Latvijas padomju enciklopēdija. 2. sēj. Rīga: Galvenā enciklopēdiju redakcija, 1982, 456.–460. lpp.")
    assert (e.type, e.title.value, e.host.title.value, str(e.pages)) == (
        EntryType.ENCYCLOPEDIA_ENTRY, "Daugava", "Latvijas padomju enciklopēdija", "456–460")
    e = parse_reference("Latviešu literatūras darbinieki. Biogrāfiska vārdnīca. Rīga: Zinātne, 1965. 450 lpp.")
    assert (e.type, e.host) == (EntryType.BOOK, None)


def test_latvian_leaf_count() -> None:
    e = parse_reference("Ozols J. Latvijas zemnieki. Promocijas darbs. Rīga: Latvijas Universitāte, 2010. 250 lp.")
    assert (e.type, e.page_total) == (EntryType.THESIS, "250")


def test_a_website_designation_written_as_a_sentence_is_a_note() -> None:
    e = parse_reference("Latvijas Universitāte. Tīmekļa vietne. Pieejams: https://www.lu.lv (skatīts 2019. gada 5. septembrī).")
    assert (e.type, e.title.value, e.subtitle, [n.value for n in e.notes]) == (
        EntryType.WEBPAGE, "Latvijas Universitāte", None, ["Tīmekļa vietne"])


def test_a_final_series_with_its_number_or_after_the_page_total() -> None:
    e = parse_reference("Strods H. Zem melnbrūnā zābaka. Rīga: Jumava, 2000. (Latvijas Vēsturnieku komisijas raksti; 2. sēj.)")
    assert (e.series.value, e.series_number, e.volume) == ("Latvijas Vēsturnieku komisijas raksti", "2. sēj.", "")
    e = parse_reference("А.К. Жолковский. Поэтика выразительности. Вена, 1980. - 255 с. (Wiener Slawistischer Almanach. Sonderband 2).")
    assert e.series.value == "Wiener Slawistischer Almanach. Sonderband 2"
    e = parse_reference("Smith J. A Book. London, 1990. 200 pp. (2nd ed.)")
    assert (e.series, e.edition) == (None, "2")


def test_the_latvian_digraph_initial_dz() -> None:
    e = parse_reference("Rakstu krājums / atb. red. A. Caune; sast. Dz. Ērglis. Rīga, 2005.")
    assert [(p.family, p.initials, p.role) for p in e.persons] == [("Caune", "A.", Role.EDITOR), ("Ērglis", "Dz.", Role.COMPILER)]


def test_a_one_name_author_before_a_one_word_title() -> None:
    e = parse_reference("Аристотель. Политика. М., 1911.")
    assert ([(p.family, p.role) for p in e.persons], e.title.value, e.subtitle) == ([("Аристотель", Role.AUTHOR)], "Политика", None)
    e = parse_reference("Rainis. Dzeja. Rīga: Liesma, 1977.")
    assert ([p.family for p in e.persons], e.title.value, e.publisher.value) == (["Rainis"], "Dzeja", "Liesma")
    e = parse_reference("Rainis. Rīga, 1977.")  # nothing is left for a title
    assert (e.persons, e.title.value) == ([], "Rainis")
    e = parse_reference("Sajūsma. Atmiņas. Rīga, 1990.")  # no author known by one name: title and subtitle
    assert (e.persons, e.title.value) == ([], "Sajūsma")


def test_a_one_word_head_before_compilers_or_a_collection_of_articles_is_the_title() -> None:
    e = parse_reference("Поэтика. Труды русских и советских поэтических школ. / Ред.-сост. Д. Кирай и А. Ковач. Будапешт, 1982.")
    assert (e.type, e.title.value, [(p.family, p.role) for p in e.persons]) == (
        EntryType.COLLECTION, "Поэтика", [("Кирай", Role.EDITOR_COMPILER), ("Ковач", Role.EDITOR_COMPILER)])
    e = parse_reference("Вехи. Сборник статей о русской интеллигенции. М., 1909.")
    assert (e.type, e.title.value, e.persons) == (EntryType.COLLECTION, "Вехи", [])
    e = parse_reference("Гомер. Илиада / сост. А. Иванов. М., 1960.")  # known by one name: still the author
    assert [p.family for p in e.authors] == ["Гомер"]


def test_a_role_chain_with_a_preposition() -> None:
    e = parse_reference("Н. Хомский. Аспекты теории синтаксиса. / Пер. с англ. под ред. и с предисл. В.А. Звегинцева. М., Изд-во МГУ, 1972.")
    assert [(p.family, p.role) for p in e.persons] == [("Хомский", Role.AUTHOR), ("Звегинцев", Role.EDITOR)]


def test_a_numbered_host_with_a_publisher_is_a_book() -> None:
    e = parse_reference("Л. Ельмслев. Пролегомены к теории языка. // Новое в зарубежной лингвистике. Вып. 1. М., Изд-во иностранной литературы, 1960, стр. 264-389.")
    assert (e.type, e.host.title.value) == (EntryType.CHAPTER, "Новое в зарубежной лингвистике")
    e = parse_reference("Лотман Ю. М. О поэтах и поэзии // Вопросы литературы. Вып. 5. М., 1965, стр. 10-20.")
    assert e.type == EntryType.ARTICLE


def test_a_labelled_series_as_the_last_sentence() -> None:
    e = parse_reference("Ikstena N. Mātes piens. Rīga: Dienas Grāmata, 2015. Sērija „Mēs. Latvija, XX gadsimts”.")
    assert (e.series.value, e.publisher.value) == ("Mēs. Latvija, XX gadsimts", "Dienas Grāmata")


def test_an_editorial_role_before_the_names_that_head_the_reference() -> None:
    e = parse_reference("Под ред. Б. Д. Грекова. История СССР. М., 1947.")
    assert (e.type, e.title.value, [(p.family, p.initials, p.role) for p in e.persons]) == (
        EntryType.COLLECTION, "История СССР", [("Греков", "Б. Д.", Role.EDITOR)])
    e = parse_reference("Sast. J. Bērziņš. Dainas. Rīga, 1980.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == ("Dainas", [("Bērziņš", Role.COMPILER)])
    e = parse_reference("Сост. А. Н. Иванов, Б. В. Петров. Песни. М., 1980.")
    assert [(p.family, p.role) for p in e.persons] == [("Иванов", Role.COMPILER), ("Петров", Role.COMPILER)]


def test_a_count_of_volumes_with_its_books_or_a_supplementary_volume() -> None:
    e = parse_reference("Шаламов, В. Т. Собрание сочинений : в 6 томах + т. 7 (доп.). Т. 1 / Варлам Шаламов. – Москва : ТЕРРА – Книжный клуб, 2013. – 768 с.")
    assert (e.title.value, e.subtitle, e.number_of_volumes, e.volume) == ("Собрание сочинений", None, "6", "1")
    e = parse_reference("Иванов И. И. Сочинения : в 3 т., 4 кн. Т. 1. М., 1990.")
    assert (e.subtitle, e.number_of_volumes, e.volume) == (None, "3", "1")
    e = parse_reference("Иванов И. И. Сочинения : в 5 т. + доп. т. Т. 2. М., 1990.")
    assert (e.subtitle, e.number_of_volumes, e.volume) == (None, "5", "2")


def test_a_volume_numeral_before_a_bare_place_and_year() -> None:
    e = parse_reference("Andersons. Edgars. Latvijas vēsture 1920–1940. Ārpolitika. II. Stokholma 1984")
    assert (e.type, e.volume, [p.value for p in e.places], e.publisher) == (EntryType.VOLUME, "II", ["Stokholma"], None)


def test_a_serial_named_in_the_host_with_its_number_is_the_series() -> None:
    e = parse_reference(
        "Zunda A. Latvijas vēsture // Okupācijas režīmi Latvijā. Latvijas Vēsturnieku komisijas raksti. 7. sēj. Rīga, 2002. 10.–20. lpp.")
    assert (e.host.title.value, e.series.value, e.series_number, e.volume, e.host.volume) == (
        "Okupācijas režīmi Latvijā", "Latvijas Vēsturnieku komisijas raksti", "7", "", "")
    e = parse_reference("Ю.М. Лотман. Семиотика культуры и понятие текста // Труды по знаковым системам. Вып. 12. Тарту, 1981. стр. 3-7.")
    assert (e.host.title.value, e.host.issue, e.series) == ("Труды по знаковым системам", "12", None)


def test_a_range_of_volumes() -> None:
    e = parse_reference("Достоевский Ф. М. Полное собрание сочинений : в 30 т. Т. 14–15. Л. : Наука, 1976.")
    assert (e.volume, e.number_of_volumes, e.subtitle) == ("14–15", "30", None)


def test_a_one_name_author_is_no_family_name_before_a_given_name() -> None:
    e = parse_reference("Rainis. Dzejas. Rīga, 1977.")  # not "Family. Given." as in "Strods. Heinrihs."
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Rainis", "")], "Dzejas")


def test_a_latvian_range_of_volumes() -> None:
    e = parse_reference("Latviešu tautasdziesmas. 1.–12. sēj. Rīga: Zinātne, 1979–1993.")
    assert (e.volume, [p.value for p in e.places], e.publisher.value) == ("1–12", ["Rīga"], "Zinātne")


def test_a_count_of_volumes_with_the_books_in_brackets() -> None:
    e = parse_reference("Пушкин А. С. Полное собрание сочинений : в 16 т. (в 19 кн.). Т. 13. М. ; Л., 1937.")
    assert (e.subtitle, e.number_of_volumes, e.volume, [n.value for n in e.notes]) == (None, "16", "13", ["19 кн."])


def test_a_latvian_editorial_board() -> None:
    e = parse_reference("Latvijas PSR vēsture. 2. sēj. / Red. kol.: K. Strazdiņš (galv. red.) u. c. Rīga: LPSR ZA izdevniecība, 1955.")
    assert ([(p.family, p.role) for p in e.persons], e.extra.get("et_al")) == ([("Strazdiņš", Role.EDITOR_IN_CHIEF)], "true")


def test_the_organisation_before_a_web_address_publishes_the_site() -> None:
    e = parse_reference("Latvijas Republikas Saeima. Latvijas Institūts. Pieejams: https://www.latvia.eu (skatīts 2019. gada 18. novembrī).")
    assert (e.title.value, e.subtitle, e.publisher.value) == ("Latvijas Republikas Saeima", None, "Latvijas Institūts")
    e = parse_reference("Latvijas Nacionālā bibliotēka. Digitālā bibliotēka. https://gramatas.lndb.lv (skatīts 15.02.2022.)")
    assert e.publisher is None  # the site is named after its owner: the sentences are its title


def test_an_editorial_board_heading_the_reference_and_an_epithet_name_before_a_one_word_title() -> None:
    e = parse_reference("Редкол.: Е. М. Жуков (гл. ред.) и др. Советская историческая энциклопедия. Т. 2. М., 1962.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons], e.extra.get("et_al")) == (
        "Советская историческая энциклопедия", [("Жуков", Role.EDITOR_IN_CHIEF)], "true")
    e = parse_reference("Августин Блаженный. Исповедь. М., 1991.")
    assert ([p.family for p in e.authors], e.title.value) == (["Августин"], "Исповедь")


def test_collected_works_with_their_authors_after_an_area_dash_host_the_work() -> None:
    e = parse_reference("Ф. Энгельс. Анти-Дюринг. - К. Маркс и Ф. Энгельс. Соч., т. 20, стр. 5-338.")
    assert (e.type, e.title.value, e.host.title.value, [p.family for p in e.host.persons], e.volume or e.host.volume) == (
        EntryType.CHAPTER, "Анти-Дюринг", "Соч", ["Маркс", "Энгельс"], "20")


def test_latvian_given_names_before_the_family_name() -> None:
    e = parse_reference("Eduards Veidenbaums. Dzejas. Rīga: Liesma, 1968.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Veidenbaums", "Eduards")], "Dzejas")


def test_role_chains_and_several_role_sentences_heading_the_reference() -> None:
    e = parse_reference("Сост. А. Иванов. Вступ. ст. Б. Петрова. Песни. М., 1980.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == ("Песни", [("Иванов", Role.COMPILER), ("Петров", Role.CONTRIBUTOR)])
    e = parse_reference("Sast. un red. A. Johansons. Latviešu literatūras vēsture. Stokholma, 1953.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == ("Latviešu literatūras vēsture", [("Johansons", Role.EDITOR)])
    e = parse_reference("Ред. коллегия: А. Иванов, Б. Петров. Сборник статей. М., 1970.")
    assert [p.family for p in e.persons] == ["Иванов", "Петров"]


def test_a_latvian_supplementary_volume_and_a_roman_range_of_volumes() -> None:
    e = parse_reference("Blaumanis R. Kopoti raksti 5 sējumos + papildsējums. 1. sēj. Rīga: Zinātne, 1996.")
    assert (e.title.value, e.number_of_volumes, e.volume) == ("Kopoti raksti", "5", "1")
    e = parse_reference("Rainis. Kopoti raksti 30 sējumos. 31. sēj. (papildsējums). Rīga: Zinātne, 1990.")
    assert (e.subtitle, e.volume, [n.value for n in e.notes]) == (None, "31", ["(papildsējums)"])
    e = parse_reference("Švābe A. Latvijas vēsture. I–II. Stokholma: Daugava, 1962.")
    assert (e.subtitle, e.volume) == (None, "I–II")


def test_latvian_introduction_roles() -> None:
    e = parse_reference("Rainis. Dzeja. Ievadu uzrakstījis J. Rudzītis. Rīga, 1977.")
    assert (e.title.value, e.subtitle, [(p.family, p.role) for p in e.persons]) == (
        "Dzeja", None, [("Rainis", Role.AUTHOR), ("Rudzītis", Role.CONTRIBUTOR)])


def _names(text: str, role: Role = Role.AUTHOR) -> list[tuple[str, str]]:
    return [(p.family, p.given or p.initials) for p in parse_reference(text).persons if p.role == role]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tocqueville, Alexis de. Democracy in America. New York: Harper & Row, 1966.", ("Tocqueville", "Alexis de")),
        ("Clausewitz, Carl von (1984). On War. Princeton, NJ: Princeton University Press.", ("Clausewitz", "Carl von")),
        ("van Dijk, T. A. (1977). Text and context. Longman.", ("van Dijk", "T. A.")),
    ],
)
def test_particle_after_an_inverted_given_name_stays_with_it(text: str, name: tuple[str, str]) -> None:
    assert _names(text) == [name]
    assert parse_reference("Tocqueville, Alexis de. Democracy in America. London, 1835.").persons[0].initials == "A. de"


def test_two_word_family_name_after_two_initials() -> None:
    text = "Proust, Marcel. Swann's Way. Translated by C. K. Scott Moncrieff and Terence Kilmartin. London: Chatto & Windus, 1981."
    assert _names(text, Role.TRANSLATOR) == [("Scott Moncrieff", "C. K."), ("Kilmartin", "Terence")]
    assert _names("F. Scott Fitzgerald, The Great Gatsby (New York: Scribner, 1925), 12.") == [("Fitzgerald", "F. Scott")]
    assert _names("J. R. R. Tolkien, The Hobbit (London: Allen & Unwin, 1937), 3.") == [("Tolkien", "J. R. R.")]


def test_two_word_family_name_before_the_comma_and_initials() -> None:
    assert _names("Lloyd George, D. (1938) War Memoirs. London: Odhams Press.") == [("Lloyd George", "D.")]
    text = "Smith, J., Hacker Hughes, J., & Brown, K. (2015). A title. Publisher."
    assert _names(text) == [("Smith", "J."), ("Hacker Hughes", "J."), ("Brown", "K.")]
    assert _names("Mary Smith, The Garden (London: Verso, 1990), 3.") == [("Smith", "Mary")]


def test_shared_family_name_after_a_given_name_and_a_middle_initial() -> None:
    e = parse_reference("Carlo Ginzburg, Clues, trans. John and Anne C. Tedeschi (Baltimore: Johns Hopkins University Press, 1989), 96.")
    assert [(p.family, p.given, p.initials) for p in e.persons if p.role == Role.TRANSLATOR] == [
        ("Tedeschi", "John", "J."), ("Tedeschi", "Anne C.", "A. C.")]


def test_initial_and_given_name_before_an_author_date_year() -> None:
    e = parse_reference("Copeland, B. Jack (2004). The Essential Turing. Oxford: Clarendon Press.")
    assert (e.persons[0].family, e.persons[0].given, e.title.value, e.date.year) == ("Copeland", "B. Jack", "The Essential Turing", 2004)


def test_thesis_in_an_entry_title_is_no_genre() -> None:
    text = 'Copeland, B. Jack (2019). "The Church-Turing Thesis". In Zalta, Edward N. (ed.). Stanford Encyclopedia of Philosophy. Retrieved 14 October 2020.'
    assert parse_reference(text).type == EntryType.ENCYCLOPEDIA_ENTRY
    e = parse_reference("Turing, Alan. “Systems of Logic Based on Ordinals.” PhD thesis, Princeton University, 1938.")
    assert e.type == EntryType.THESIS


@pytest.mark.parametrize(
    ("text", "container", "publisher"),
    [
        ("Didion, Joan. “On Keeping a Notebook.” Slouching Towards Bethlehem, Farrar, Straus and Giroux, 1968, pp. 131–41.",
         "Slouching Towards Bethlehem", "Farrar, Straus and Giroux"),
        ("Baldwin, James. “Stranger in the Village.” Notes of a Native Son, Little, Brown, 1955, pp. 159–75.",
         "Notes of a Native Son", "Little, Brown"),
        ("Baldwin, James. “Notes of a Native Son.” Collected Essays, Library of America, 1998, pp. 63–84.",
         "Collected Essays", "Library of America"),
    ],
)
def test_publisher_with_a_comma_after_a_container(text: str, container: str, publisher: str) -> None:
    e = parse_reference(text)
    assert (e.host.title.value, e.publisher.value) == (container, publisher)


@pytest.mark.parametrize(
    "text",
    ["Orwell, George. 1984. London: Secker & Warburg, 1949.", "Orwell, George. 1984. Secker & Warburg, 1949."],
)
def test_a_year_as_the_title_before_a_dated_imprint(text: str) -> None:
    e = parse_reference(text)
    assert (e.persons[0].family, e.title.value, e.publisher.value, e.date.year) == ("Orwell", "1984", "Secker & Warburg", 1949)


def test_an_author_date_year_before_a_title_stays_the_date() -> None:
    e = parse_reference("Orwell, George. 1949. Nineteen Eighty-Four. London: Secker & Warburg.")
    assert (e.title.value, e.date.year) == ("Nineteen Eighty-Four", 1949)
    e = parse_reference("Baldwin, James. 1962. “Letter from a Region in My Mind.” New Yorker, November 17, 1962.")
    assert (e.title.value, e.date.year) == ("Letter from a Region in My Mind", 1962)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("U.K. Parliament (2020). Coronavirus Act 2020. The Stationery Office.", "U.K. Parliament"),
        ("U.S. Army. 1944. Handbook on German Military Forces. Washington, DC: War Department.", "U.S. Army"),
    ],
)
def test_country_initials_before_an_organisation_word(text: str, author: str) -> None:
    e = parse_reference(text)
    assert [(p.literal, p.family) for p in e.persons] == [(author, "")]
    assert [(p.family, p.initials) for p in parse_reference("J.R. Tolkien (1937). The Hobbit. Allen & Unwin.").persons] == [("Tolkien", "J. R.")]


def test_a_government_department_as_publisher_makes_a_report() -> None:
    e = parse_reference("Dasgupta, P. (2021) The Economics of Biodiversity: The Dasgupta Review. London: HM Treasury.")
    assert (e.type, e.publisher.value) == (EntryType.REPORT, "HM Treasury")
    assert parse_reference("Smith, A. (1776) The Wealth of Nations. London: Strahan.").type == EntryType.BOOK


def test_a_title_case_name_before_a_quoted_title_is_its_author() -> None:
    text = "Nobel Prize Outreach. “The Nobel Prize in Literature 1970.” NobelPrize.org. Accessed May 5, 2022. https://www.nobelprize.org/."
    e = parse_reference(text)
    assert ([p.literal for p in e.persons], e.title.value, e.host.title.value) == (
        ["Nobel Prize Outreach"], "The Nobel Prize in Literature 1970", "NobelPrize.org")
    e = parse_reference("“Riga.” Encyclopaedia Britannica. Accessed May 5, 2022. https://www.britannica.com/place/Riga.")
    assert (e.persons, e.title.value) == ([], "Riga")


def test_a_web_site_then_its_owner_after_a_quoted_title() -> None:
    text = ('"Historic Centre of Riga". UNESCO World Heritage Centre. United Nations Educational, Scientific and Cultural '
            "Organization. Retrieved 3 May 2020.")
    e = parse_reference(text)
    assert (e.host.title.value, e.publisher.value, e.subtitle) == (
        "UNESCO World Heritage Centre", "United Nations Educational, Scientific and Cultural Organization", None)
    e = parse_reference('"Occupation of Latvia". Museum of the Occupation of Latvia. Retrieved 1 May 2016.')
    assert (e.host, e.publisher.value) == (None, "Museum of the Occupation of Latvia")


@pytest.mark.parametrize("date", ["8 July 2019", "July 8, 2019"])
def test_mla_site_publisher_and_day_after_a_container(date: str) -> None:
    e = parse_reference(f"“The Lunar Landing.” Apollo 11 Mission Overview, NASA, {date}, www.nasa.gov/apollo11.html.")
    assert (e.host.title.value, e.publisher.value, e.date.year) == ("Apollo 11 Mission Overview", "NASA", 2019)


def test_subtitle_of_a_quoted_note_title_before_in() -> None:
    text = "Geoff Eley, “Nations, Publics: Placing Habermas,” in Habermas and the Public Sphere, ed. Craig Calhoun (Cambridge, MA: MIT Press, 1992), 289."
    e = parse_reference(text)
    assert (e.title.value, e.subtitle.value, e.host.title.value) == ("Nations, Publics", "Placing Habermas", "Habermas and the Public Sphere")


@pytest.mark.parametrize("edition", ["Fall 2020 ed.,", "(Fall 2020 ed.).", "(Fall 2020 Edition)."])
def test_a_seasonal_edition_dates_an_online_reference_entry(edition: str) -> None:
    e = parse_reference(f"Rescorla, Michael. “The Computational Theory of Mind.” The Stanford Encyclopedia of Philosophy, edited by Edward N. Zalta, {edition}")
    assert (e.date.year, e.host.title.value) == (2020, "The Stanford Encyclopedia of Philosophy")
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


def test_wikipedia_volume_and_pages_without_an_issue() -> None:
    e = parse_reference('Kleene, S. C. (1936). "General recursive functions of natural numbers". Mathematische Annalen. 112: 727–742.')
    assert (e.host.title.value, e.host.volume, str(e.pages)) == ("Mathematische Annalen", "112", "727–742")


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("Proceedings of the Third Annual ACM Symposium on Theory of Computing", EntryType.CHAPTER),
        ("Proceedings of the National Academy of Sciences", EntryType.ARTICLE),
    ],
)
def test_a_paper_in_a_conference_s_proceedings_is_a_chapter(host: str, kind: EntryType) -> None:
    e = parse_reference(f'Cook, Stephen (1971). "The complexity of theorem-proving procedures". {host}. pp. 151–158.')
    assert (e.type, e.host.title.value) == (kind, host)


def test_a_meeting_s_date_inside_a_container_title() -> None:
    text = ('Backus, J. W.; et al. (1957). "The FORTRAN automatic coding system". Papers presented at the February 26–28, 1957, '
            "Western Joint Computer Conference. pp. 188–198.")
    e = parse_reference(text)
    assert e.host.title.value == "Papers presented at the February 26–28, 1957, Western Joint Computer Conference"
    e = parse_reference("Smith, Zadie. “Joy.” The New York Review of Books, January 10, 2013, pp. 4–6.")
    assert (e.host.title.value, e.date.year) == ("The New York Review of Books", 2013)


def test_an_unquoted_title_with_publisher_and_year_online_is_a_book() -> None:
    e = parse_reference("Shelley, Mary. Frankenstein. Project Gutenberg, 1993, www.gutenberg.org/ebooks/84. Accessed 3 Mar. 2024.")
    assert (e.type, e.publisher.value) == (EntryType.BOOK, "Project Gutenberg")
    e = parse_reference("Nielsen, J. (1994, April 24). 10 usability heuristics. Nielsen Norman Group. https://www.nngroup.com/articles/")
    assert e.type == EntryType.WEBPAGE
    e = parse_reference("Poetry Foundation. “Emily Dickinson.” Poetry Foundation, 2021, www.poetryfoundation.org/poets/emily-dickinson.")
    assert e.type == EntryType.WEBPAGE


@pytest.mark.parametrize(
    "text",
    [
        "3. Elizabeth Bishop, “One Art,” in The Complete Poems, 1927–1979 (New York: Farrar, Straus and Giroux, 1983), 178.",
        "Bishop, Elizabeth. “One Art.” In The Complete Poems, 1927–1979, 178–79. New York: Farrar, Straus and Giroux, 1983.",
    ],
)
def test_a_span_of_years_closing_a_container_title_before_the_imprint(text: str) -> None:
    e = parse_reference(text)
    assert (e.host.title.value, e.publisher.value, e.date.year) == ("The Complete Poems, 1927–1979", "Farrar, Straus and Giroux", 1983)


def test_russian_given_names_heading_and_two_letter_initials() -> None:
    e = parse_reference("Евгения Гинзбург. Крутой маршрут. Милан, 1967.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Гинзбург", "Евгения")], "Крутой маршрут")
    e = parse_reference("Демьян Бедный. Стихотворения. М., 1950.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Бедный", "Демьян")], "Стихотворения")
    e = parse_reference("Ем. Ярославский. Библия для верующих и неверующих. М., 1925.")
    assert ([(p.family, p.initials) for p in e.persons], e.title.value) == ([("Ярославский", "Ем.")], "Библия для верующих и неверующих")


def test_hyphenated_pen_name_heads_the_reference() -> None:
    e = parse_reference("Новиков-Прибой. Морские рассказы. М., 1950.")
    assert ([p.family for p in e.persons], e.title.value) == (["Новиков-Прибой"], "Морские рассказы")
    e = parse_reference("Нью-Йорк. Путеводитель. М., 1980.")
    assert e.persons == []


def test_archive_shelfmarks_with_a_folder_and_a_lettered_latvian_fond() -> None:
    e = parse_reference("АВП РФ, ф. 10, оп. 2, п. 3, д. 14, л. 5-8.")
    assert (e.type, e.title, e.pages.first if e.pages else None) == (EntryType.DOCUMENT, None, "5")
    e = parse_reference("LVA, PA-15500. f., 2. apr., 30. l., 4.–6. lp.")
    assert (e.type, e.title, e.pages.first if e.pages else None) == (EntryType.DOCUMENT, None, "4")


def test_old_petersburg_abbreviations_and_a_place_pair_joined_by_a_dash() -> None:
    e = parse_reference("Розанов В.В. Опавшие листья. Спб., 1913.")
    assert ([p.value for p in e.places], e.publisher) == (["Спб."], None)
    e = parse_reference("А. Блок. Двенадцать. Пб.—Берлин, изд. З.И. Гржебина, 1920.")
    assert ([p.value for p in e.places], e.publisher and e.publisher.value) == (["Пб.", "Берлин"], "изд. З.И. Гржебина")


def test_a_printing_house_named_after_its_owner() -> None:
    e = parse_reference("Толстой Л. Н. Детство / Л. Толстой. — СПб. : Тип. И. Н. Скороходова, 1894. — 120 с.")
    assert ([p.value for p in e.places], e.publisher and e.publisher.value) == (["СПб."], "Тип. И. Н. Скороходова")
    e = parse_reference("Чехов А. П. Рассказы. М. : Т-во И. Д. Сытина, 1905.")
    assert ([p.value for p in e.places], e.publisher and e.publisher.value) == (["М."], "Т-во И. Д. Сытина")


def test_meetings_standards_and_printed_talks_by_kind() -> None:
    e = parse_reference("Всесоюзное совещание историков, 18—21 декабря 1962 г. М., «Наука», 1964.")
    assert e.type == EntryType.PROCEEDINGS
    e = parse_reference("Тезисы докладов на конференции молодых учёных. Тарту, 1966.")
    assert e.type == EntryType.PROCEEDINGS
    e = parse_reference("Материалы научного форума «Наука-2010» / отв. ред. И. А. Петров. – Москва : МАКС Пресс, 2010. – 300 с.")
    assert e.type == EntryType.PROCEEDINGS
    e = parse_reference("ГОСТ 7.1-2003. Библиографическая запись. Библиографическое описание. М. : Изд-во стандартов, 2004. — 48 с.")
    assert e.type == EntryType.REPORT
    e = parse_reference("М.И. Калинин. Доклад о работе Советского правительства. М., Партиздат, 1933.")
    assert e.type == EntryType.BOOK
    e = parse_reference("Доклад о развитии человека 2010. М. : Весь мир, 2010.")
    assert e.type == EntryType.REPORT


def test_genitive_of_a_family_name_in_a() -> None:
    e = parse_reference("Русская речь. Сборник статей / под ред. Л. В. Щербы. — Пг., 1923.")
    assert [(p.family, p.role) for p in e.persons] == [("Щерба", Role.EDITOR)]


def test_introduction_and_notes_chained_after_the_editor() -> None:
    e = parse_reference("А.Н. Веселовский. Избранные статьи. Ред., вступ. статья и примеч. В.М. Жирмунского. Л., 1939.")
    assert (e.title.value, e.subtitle, [(p.family, p.role) for p in e.persons]) == (
        "Избранные статьи", None, [("Веселовский", Role.AUTHOR), ("Жирмунский", Role.EDITOR)])
    e = parse_reference("Пушкин А.С. Стихотворения. Вступительная статья Н. Бродского. М., 1949.")
    assert (e.subtitle, [(p.family, p.role) for p in e.persons]) == (None, [("Пушкин", Role.AUTHOR), ("Бродский", Role.CONTRIBUTOR)])


def test_run_on_under_editor_and_a_roman_issue_in_a_book() -> None:
    e = parse_reference("Очерки истории СССР под ред. Н.М. Дружинина. М., 1955.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == ("Очерки истории СССР", [("Дружинин", Role.EDITOR)])
    e = parse_reference("Л.В. Щерба. Фонетика. — В кн.: Русская речь. Сборники статей под ред. Л.В. Щербы. Вып. II. Пг., 1928, стр. 5—20.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.host.issue if e.host else None) == (
        EntryType.CHAPTER, "Русская речь. Сборники статей", "II")


def test_a_newspaper_issue_cited_whole() -> None:
    e = parse_reference('"Правда", 1937, 5 марта.')
    assert (e.type, e.title, e.host.title.value if e.host and e.host.title else None) == (EntryType.ARTICLE, None, "Правда")
    assert e.date is not None and (e.date.year, e.date.month, e.date.day) == (1937, 3, 5)
    e = parse_reference("«Известия», 12 апреля 1961 г.")
    assert e.date is not None and (e.host.title.value if e.host and e.host.title else None, e.date.month) == ("Известия", 4)
    e = parse_reference("Cīņa, 1945, 12. maijā.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None) == (EntryType.ARTICLE, "Cīņa")
    e = parse_reference("Правда, 1937.")  # no day: not an issue
    assert e.type != EntryType.ARTICLE


def test_a_translator_heading_the_reference_before_the_author() -> None:
    e = parse_reference("Пер. с англ. Б. Пастернака. Шекспир В. Гамлет. М., Детгиз, 1951.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == (
        "Гамлет", [("Пастернак", Role.TRANSLATOR), ("Шекспир", Role.AUTHOR)])
    e = parse_reference("Пер. с нем. Н. Холодковского. Гёте И. В. Фауст. М., 1950.")
    assert (e.title.value, sorted(p.family for p in e.persons)) == ("Фауст", ["Гёте", "Холодковский"])


def test_latvian_collected_works_and_an_unquoted_serial_after_the_area_dash() -> None:
    e = parse_reference("Ļeņins V. I. Kas jādara? – Raksti, 5. sēj. Rīga: LVI, 1947, 319.–494. lpp.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None, [p.value for p in e.places]) == (
        EntryType.CHAPTER, "Raksti", ["Rīga"])
    e = parse_reference("Endzelīns J. Par latviešu valodas vēsturi. – Izglītības Ministrijas Mēnešraksts, 1925, 4. sēj., 5.–18. lpp.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None) == (EntryType.ARTICLE, "Izglītības Ministrijas Mēnešraksts")
    e = parse_reference("Иванов И. Очерки. — М., Наука, 1970, с. 5-10.")
    assert e.host is None or e.host.title is None


def test_a_series_in_brackets_numbered_after_a_comma() -> None:
    e = parse_reference("Strods H. Latvijas lauksaimniecības vēsture. Rīga: Zinātne, 1992. (Latvijas Zinātņu akadēmijas raksti, 3. sēj.)")
    assert (e.series.value if e.series else None, e.series_number, e.volume or None, e.type) == (
        "Latvijas Zinātņu akadēmijas raksti", "3. sēj.", None, EntryType.BOOK)
    e = parse_reference("Иванов И. Очерки. М., 1970. (Труды института истории, вып. 5).")
    assert (e.series.value if e.series else None, e.series_number, e.host) == ("Труды института истории", "вып. 5", None)


def test_a_soviet_law_gazette_numbers_its_articles_after_the_issue() -> None:
    e = parse_reference("Закон СССР о государственном предприятии. — Ведомости Верховного Совета СССР, 1987, № 26, ст. 385.")
    assert (e.pages, e.host.issue if e.host else None) == (None, "26")


def test_reprint_and_facsimile_edition_statements() -> None:
    e = parse_reference("Даль В. И. Толковый словарь живого великорусского языка / В. И. Даль. — Репринт. изд. — М. : Русский язык, 1989.")
    assert (e.edition or "").rstrip(".") == "Репринт"
    e = parse_reference("Радищев А. Н. Путешествие из Петербурга в Москву / А. Н. Радищев. — Факсимильное издание. — М. : Книга, 1990.")
    assert e.edition == "Факсимильное"


def test_an_adjective_of_an_organisation_word_is_no_organisation() -> None:
    e = parse_reference("Трагедия советской деревни. Документы и материалы / под ред. В. Данилова. — М. : РОССПЭН, 1999. — 880 с.")
    assert ([(p.family, p.role) for p in e.persons], e.title.value) == ([("Данилов", Role.EDITOR)], "Трагедия советской деревни")


def test_latvian_r_abbreviates_riga_and_an_initial_r_stays_an_initial() -> None:
    e = parse_reference("Ezera R. Aka. R.: Liesma, 1971.")
    assert ([(p.value, p.full) for p in e.places], [w.code for w in e.warnings if w.code == "unknown-place"]) == ([("R.", "Rīga")], [])
    assert [(p.family, p.initials) for p in e.persons] == [("Ezera", "R.")]


def test_books_of_one_work_are_no_volumes_and_a_run_on_count_ends_the_title() -> None:
    e = parse_reference("Геродот. История в 9 кн. Л., Наука, 1972.")
    assert (e.number_of_volumes, [p.value for p in e.places], e.publisher.value if e.publisher else None) == ("", ["Л."], "Наука")
    e = parse_reference("М.А. Шолохов. Поднятая целина (в 2-х кн.). Кн. 1. М., 1960.")
    assert (e.number_of_volumes, e.part) == ("2", "1")
    e = parse_reference("Толстой Л.Н. Собрание сочинений в 22 т. М., Худож. лит., 1978.")
    assert (e.title.value, e.number_of_volumes, [p.value for p in e.places]) == ("Собрание сочинений", "22", ["М."])


def test_a_host_set_title_ends_at_its_count_of_volumes() -> None:
    e = parse_reference("Чехов А.П. Степь // Полн. собр. соч. и писем в 30-ти т. Сочинения в 18-ти т. Т. 7. М.: Наука, 1977. С. 13—104.")
    assert (e.host.title.value if e.host and e.host.title else None, e.number_of_volumes) == ("Полн. собр. соч. и писем", "30")


def test_a_numbered_title_before_a_dashed_periodical() -> None:
    e = parse_reference("А. Чехов. Палата № 6. — «Русская мысль», 1892, кн. XI.")
    assert (e.title.value, e.host.issue if e.host else None) == ("Палата № 6", "XI")


def test_a_count_of_books_then_a_role_sentence() -> None:
    e = parse_reference("Геродот. История в 9 кн. Пер. и примеч. Г.А. Стратановского. Л., «Наука», 1972.")
    assert (e.title.value, [(p.family, p.role) for p in e.persons]) == (
        "История в 9 кн.", [("Геродот", Role.AUTHOR), ("Стратановский", Role.TRANSLATOR)])


def test_first_syllable_initials_al_iv_dm() -> None:
    for text, family, initials in (
        ("Ал. Толстой. Петр Первый. М., 1947.", "Толстой", "Ал."),
        ("Ив. Бунин. Темные аллеи. Нью-Йорк, 1943.", "Бунин", "Ив."),
        ("Дм. Мережковский. Юлиан Отступник. СПб., 1896.", "Мережковский", "Дм."),
    ):
        e = parse_reference(text)
        assert [(p.family, p.initials) for p in e.persons] == [(family, initials)]


def test_nr_is_no_english_issue_word() -> None:
    e = parse_reference("Ezera R. Zemdegas. – Karogs, 1977, Nr. 1–3.")
    assert e.language == "lv"
    e = parse_reference("Smith, J. (2001). Memory and war. Journal of History, 12(3), 1–20.")
    assert e.language == "en"


def test_apa_collaboration_after_et_al_closed_by_a_period() -> None:
    e = parse_reference("Aad, G., et al. (ATLAS Collaboration). (2012). Observation of a new particle. Physics Letters B, 716(1), 1–29.")
    assert (e.title.value if e.title else None, e.extra.get("collaboration"), e.extra.get("et_al")) == (
        "Observation of a new particle", "ATLAS Collaboration", "true")
    assert (e.type, e.date.year if e.date else None, e.host.title.value if e.host and e.host.title else None) == (
        EntryType.ARTICLE, 2012, "Physics Letters B")


def test_apa_original_work_published_sets_the_original_year() -> None:
    e = parse_reference("Freud, S. (1961). The ego and the id (J. Riviere, Trans.). Norton. (Original work published 1923)")
    assert (e.date.year if e.date else None, e.extra.get("original_year")) == (1961, "1923")
    assert [n.value for n in e.notes] == ["(Original work published 1923)"]
    ranged = parse_reference("Kant, I. (1998). Critique of pure reason (P. Guyer, Trans.). Cambridge University Press. (Original work published 1781–1787)")
    assert "original_year" not in ranged.extra  # a range has no one first year: it stays a note


def test_apa_bimonthly_issue_date() -> None:
    e = parse_reference("Carr, N. (2008, July/August). Is Google making us stupid? The Atlantic, 302(1), 56–63.")
    assert (e.title.value if e.title else None, e.subtitle) == ("Is Google making us stupid?", None)
    assert e.date is not None and (e.date.year, e.date.month, e.date.end_month) == (2008, 7, 8)


def test_dutch_ij_digraph_in_a_family_name() -> None:
    e = parse_reference("van IJzendoorn, M. H., & Kroonenberg, P. M. (1988). Cross-cultural patterns of attachment: A meta-analysis of the strange situation. Child Development, 59(1), 147–156.")
    assert [(p.family, p.initials) for p in e.authors] == [("van IJzendoorn", "M. H."), ("Kroonenberg", "P. M.")]
    assert e.date is not None and e.date.year == 1988


def test_apa_thesis_from_a_database_is_published_by_the_university() -> None:
    e = parse_reference("Rice, C. (1981). The politics of client command: Party-military relations in Czechoslovakia, 1948–1975 [Doctoral dissertation, University of Denver]. ProQuest Dissertations and Theses.")
    assert (e.type, e.publisher.value if e.publisher else None, e.archive) == (
        EntryType.THESIS, "University of Denver", "ProQuest Dissertations and Theses")


@pytest.mark.parametrize("description", ["News release", "Press release"])
def test_apa_release_is_a_report(description: str) -> None:
    e = parse_reference(f"U.S. Bureau of Labor Statistics. (2024, January 5). The employment situation — December 2023 [{description}]. https://www.bls.gov/news.release/archives/empsit_01052024.pdf")
    assert (e.type, e.title.value if e.title else None) == (EntryType.REPORT, "The employment situation — December 2023")


def test_apa_translator_who_also_edited() -> None:
    e = parse_reference("Pavlov, I. P. (1927). Conditioned reflexes: An investigation of the physiological activity of the cerebral cortex (G. V. Anrep, Trans. & Ed.). Oxford University Press.")
    assert [(p.family, p.role) for p in e.persons] == [("Pavlov", Role.AUTHOR), ("Anrep", Role.TRANSLATOR), ("Anrep", Role.EDITOR)]
    assert e.subtitle is not None and e.subtitle.value == "An investigation of the physiological activity of the cerebral cortex"


@pytest.mark.parametrize(
    "text, host",
    [
        ("Cho, K., & Bengio, Y. (2014). Learning phrase representations. In Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP) (pp. 1724–1734). Association for Computational Linguistics.",
         "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)"),
        ("Dalal, N. and Triggs, B. (2005) 'Histograms of oriented gradients for human detection', in Proceedings of the 2005 IEEE Computer Society Conference on Computer Vision and Pattern Recognition (CVPR'05), vol. 1. IEEE, pp. 886–893.",
         "Proceedings of the 2005 IEEE Computer Society Conference on Computer Vision and Pattern Recognition (CVPR'05)"),
    ],
)
def test_meeting_acronym_stays_in_the_proceedings_title(text: str, host: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None and e.host.title.value == host
    assert e.pages is not None and e.pages.first in ("1724", "886")


def test_apa_user_name_after_the_author() -> None:
    e = parse_reference("Obama, B. [@BarackObama]. (2017, August 12). “No one is born hating another person because of the color of his skin or his background or his religion...” [Tweet]. Twitter. https://twitter.com/barackobama/status/896523232098078720")
    assert [(p.family, p.initials) for p in e.authors] == [("Obama", "B.")]
    assert (e.extra.get("handle"), e.publisher.value if e.publisher else None, e.host) == ("@BarackObama", "Twitter", None)
    assert e.title is not None and e.title.value.startswith("No one is born hating")
    e = parse_reference("NASA [@NASA]. (2021, February 18). Touchdown confirmed! [Tweet]. Twitter. https://twitter.com/NASA/status/1362535300431048704")
    assert ([p.literal for p in e.persons], e.extra.get("handle"), e.date.day if e.date else None) == (["NASA"], "@NASA", 18)


def test_sici_doi_keeps_its_angle_brackets() -> None:
    e = parse_reference("Teece, D.J., Pisano, G. and Shuen, A. (1997) 'Dynamic capabilities and strategic management', Strategic Management Journal, 18(7), pp. 509–533. doi:10.1002/(SICI)1097-0266(199708)18:7<509::AID-SMJ882>3.0.CO;2-Z.")
    assert e.doi == "10.1002/(SICI)1097-0266(199708)18:7<509::AID-SMJ882>3.0.CO;2-Z"


def test_edited_and_translated_by_gives_both_roles() -> None:
    # (One initial and two words is read as initial, middle name and family, "C. Wright Mills"; the
    # same shape in "G. Nowell Smith" is a two-word family name, which no rule of form can tell.)
    e = parse_reference("Gramsci, A. (1971) Selections from the Prison Notebooks. Edited and translated by Q. Hoare and G. N. Smith. London: Lawrence & Wishart.")
    assert [(p.family, p.role) for p in e.persons] == [
        ("Gramsci", Role.AUTHOR), ("Hoare", Role.EDITOR), ("Smith", Role.EDITOR),
        ("Hoare", Role.TRANSLATOR), ("Smith", Role.TRANSLATOR)]


def test_house_of_commons_paper_number() -> None:
    e = parse_reference("House of Commons Health Committee (2004) Obesity: Third Report of Session 2003–04. HC 23-I. London: The Stationery Office.")
    assert (e.type, e.subtitle.value if e.subtitle else None, e.genre, e.number) == (EntryType.REPORT, "Third Report of Session 2003–04", "HC", "23-I")


def test_translated_and_edited_by() -> None:
    e = parse_reference("Weber, M. (1949) The Methodology of the Social Sciences. Translated and edited by E. A. Shils and H. A. Finch. Glencoe, IL: Free Press.")
    assert [(p.family, p.role) for p in e.persons] == [
        ("Weber", Role.AUTHOR), ("Shils", Role.TRANSLATOR), ("Finch", Role.TRANSLATOR), ("Shils", Role.EDITOR), ("Finch", Role.EDITOR)]
    assert (e.publisher.value if e.publisher else None, [p.value for p in e.places]) == ("Free Press", ["Glencoe, IL"])


@pytest.mark.parametrize(
    "text, title, year, publisher",
    [
        ("Sapolsky, R. (Host). (2011, March 1). Stress and your body [Audio podcast episode]. In Great Courses. The Teaching Company.", "Stress and your body", 2011, "The Teaching Company"),
        ("Nolan, C. (Director). (2010). Inception [Film]. Warner Bros. Pictures.", "Inception", 2010, "Warner Bros. Pictures"),
        ("Gilligan, V. (Executive Producer). (2008–2013). Breaking bad [TV series]. Sony Pictures Television.", "Breaking bad", 2008, "Sony Pictures Television"),
        ("Glass, I. (Host). (1995–present). This American life [Audio podcast]. WBEZ. https://www.thisamericanlife.org/", "This American life", 1995, "WBEZ"),
    ],
)
def test_apa_audiovisual_creator_roles_and_year_ranges(text: str, title: str, year: int, publisher: str) -> None:
    e = parse_reference(text)
    assert [(p.role, len(p.family) > 2) for p in e.persons] == [(Role.AUTHOR, True)]
    assert (e.title.value if e.title else None, e.date.year if e.date else None, e.publisher.value if e.publisher else None) == (title, year, publisher)


def test_apa_in_press_stands_for_the_date() -> None:
    e = parse_reference("Smith, A. (in press). Title of the forthcoming paper. Journal of Things.")
    assert ([p.family for p in e.persons], e.title.value if e.title else None, e.date) == (["Smith"], "Title of the forthcoming paper", None)
    assert [n.value.rstrip(".") for n in e.notes] == ["(in press)"]


def test_meeting_acronym_with_its_year_needs_no_conference_word() -> None:
    e = parse_reference("Vaswani, A., & Polosukhin, I. (2017). Attention is all you need. In Advances in Neural Information Processing Systems 30 (NIPS 2017) (pp. 5998–6008). Curran Associates.")
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Advances in Neural Information Processing Systems 30 (NIPS 2017)"
    e = parse_reference("Smith, J. (2020). Title. In J. Brown (Ed.), Handbook of things (Vol. 2, pp. 1–20). Wiley.")
    assert (e.host.title.value if e.host and e.host.title else None, e.volume or (e.host.volume if e.host else "")) == ("Handbook of things", "2")


def test_inverted_two_word_family_joined_by_a_particle() -> None:
    e = parse_reference("Baldwin, R. and Weder di Mauro, B. (eds) (2020) Economics in the Time of COVID-19. London: CEPR Press.")
    assert [(p.family, p.initials, p.role) for p in e.persons] == [("Baldwin", "R.", Role.EDITOR), ("Weder di Mauro", "B.", Role.EDITOR)]
    assert (e.type, e.title.value if e.title else None) == (EntryType.COLLECTION, "Economics in the Time of COVID-19")


@pytest.mark.parametrize("paper, genre, number", [("Cm 7985", "Cm", "7985"), ("HL Paper 82", "HL Paper", "82")])
def test_uk_parliamentary_paper_numbers(paper: str, genre: str, number: str) -> None:
    e = parse_reference(f"Department of Health (2010) Healthy Lives, Healthy People. {paper}. London: The Stationery Office.")
    assert (e.type, e.title.value if e.title else None, e.subtitle, e.genre, e.number) == (EntryType.REPORT, "Healthy Lives, Healthy People", None, genre, number)


def test_apa_supplement_issue_and_its_pages() -> None:
    e = parse_reference("Stuart, R. (2014). Title of the paper. Journal of Stuff, 3(Suppl. 1), S12–S19.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None) == (EntryType.ARTICLE, "Journal of Stuff")
    assert (e.host.volume, e.host.issue, str(e.pages)) == ("3", "Suppl. 1", "S12–S19")


@pytest.mark.parametrize("section, pages", [("A1, A4", "A1"), ("B3", "B3"), ("C1–C2", "C1–C2")])
def test_apa_newspaper_section_pages(section: str, pages: str) -> None:
    e = parse_reference(f"Schwartz, J. (1993, September 30). Obesity affects economic, social status. The Washington Post, {section}.")
    assert (e.type, e.host.title.value if e.host and e.host.title else None, str(e.pages)) == (EntryType.ARTICLE, "The Washington Post", pages)


def test_harvard_e_book_read_online_is_a_book() -> None:
    e = parse_reference("Brown, A. (2018) Book Title [e-book]. London: Routledge. Available at: https://www.example.com (Accessed: 1 May 2020).")
    assert (e.type, e.title.value if e.title else None, e.publisher.value if e.publisher else None) == (EntryType.BOOK, "Book Title", "Routledge")


def test_translated_from_a_named_language_by() -> None:
    e = parse_reference("Fanon, F. (1967) Black Skin, White Masks. Translated from the French by C.L. Markmann. New York: Grove Press.")
    assert [(p.family, p.role) for p in e.persons] == [("Fanon", Role.AUTHOR), ("Markmann", Role.TRANSLATOR)]
    assert (e.title.value if e.title else None, e.subtitle) == ("Black Skin, White Masks", None)


@pytest.mark.parametrize(
    "text, volume, pages",
    [
        ("Nature (2020) 'Editorial: Science and the election', Nature, 586, p. 7.", "586", "7"),
        ("Turing, A.M. (1950) 'Computing machinery and intelligence', Mind, 59, pp. 433–460.", "59", "433–460"),
    ],
)
def test_harvard_volume_without_issue_before_pages(text: str, volume: str, pages: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.volume if e.host else None, str(e.pages)) == (EntryType.ARTICLE, volume, pages)


def test_harvard_original_year_in_brackets_after_the_year() -> None:
    e = parse_reference("Marx, K. and Engels, F. (2002 [1848]) The Communist Manifesto. London: Penguin.")
    assert (e.date.year if e.date else None, e.extra.get("original_year"), e.title.value if e.title else None) == (2002, "1848", "The Communist Manifesto")
    assert (e.publisher.value if e.publisher else None, [p.value for p in e.places]) == ("Penguin", ["London"])


def test_harvard_day_and_month_sentence_after_a_web_title() -> None:
    e = parse_reference("Smith, J. (2019) Blog title. 4 May. Available at: https://blog.example.com/post (Accessed: 5 May 2019).")
    assert (e.title.value if e.title else None, e.subtitle) == ("Blog title", None)
    assert e.date is not None and (e.date.year, e.date.month, e.date.day) == (2019, 5, 4)


def test_harvard_thesis_online_keeps_its_university() -> None:
    e = parse_reference("Taylor, R. (2010) The Thesis Title. PhD thesis. University of Oxford. Available at: https://ora.ox.ac.uk/ (Accessed: 1 June 2020).")
    assert (e.type, e.subtitle, e.publisher.value if e.publisher else None) == (EntryType.THESIS, None, "University of Oxford")


@pytest.mark.parametrize(
    "text, host, volume",
    [
        ("Huestegge, L., Koch, I., & Philipp, A. M. (2021). Title of the article. Psychological Research. Advance online publication. https://doi.org/10.1007/s00426-020-01234-5", "Psychological Research", ""),
        ("Kesharwani, P. (2020). Title of the article. Journal of Things, 45(2), 123–130. Advance online publication. https://doi.org/10.1000/123", "Journal of Things", "45"),
    ],
)
def test_apa_advance_online_publication(text: str, host: str, volume: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.host.volume if e.host else None, e.publisher) == (EntryType.ARTICLE, host, volume, None)
    assert [n.value for n in e.notes] == ["Advance online publication"]


def test_original_and_edition_years_with_a_slash() -> None:
    e = parse_reference("Smith, A. (1776/1976) An Inquiry into the Nature and Causes of the Wealth of Nations. Oxford: Clarendon Press.")
    assert (e.date.year if e.date else None, e.extra.get("original_year"), e.publisher.value if e.publisher else None) == (1976, "1776", "Clarendon Press")


def test_apa_translator_after_a_volume_in_the_same_parentheses() -> None:
    e = parse_reference("Marx, K. (1867/1990). Capital: A critique of political economy (Vol. 1; B. Fowkes, Trans.). Penguin.")
    assert [(p.family, p.role) for p in e.persons] == [("Marx", Role.AUTHOR), ("Fowkes", Role.TRANSLATOR)]
    assert (e.subtitle.value if e.subtitle else None, e.volume, e.publisher.value if e.publisher else None) == ("A critique of political economy", "1", "Penguin")


@pytest.mark.parametrize(
    "text, title, note",
    [
        ("Wechsler, D. (2008). Wechsler Adult Intelligence Scale (4th ed.) [Measurement instrument]. Pearson.", "Wechsler Adult Intelligence Scale", "[Measurement instrument]"),
        ("Smith, J. (2020). Title of the work [Unpublished manuscript]. Department of Psychology, University of Georgia.", "Title of the work", "[Unpublished manuscript]"),
    ],
)
def test_apa_more_bracketed_descriptions(text: str, title: str, note: str) -> None:
    e = parse_reference(text)
    assert (e.title.value if e.title else None, [n.value for n in e.notes]) == (title, [note])
    assert e.title is not None and not e.title.translated


@pytest.mark.parametrize(
    "text",
    [
        "Churchill, Winston S. A History of the English-Speaking Peoples. Vol. 3, The Age of Revolution. New York: Dodd, Mead, 1957.",
        "Churchill, Winston S. The Age of Revolution. Vol. 3 of A History of the English-Speaking Peoples. New York: Dodd, Mead, 1957.",
    ],
)
def test_a_volume_s_own_title_beside_the_set_s_title(text: str) -> None:
    from biblio.model import Extra

    e = parse_reference(text)
    assert (e.title.value, e.volume, e.extra.get(Extra.VOLUME_TITLE)) == ("A History of the English-Speaking Peoples", "3", "The Age of Revolution")
    assert (e.publisher.value, e.date.year) == ("Dodd, Mead", 1957)


def test_mla_volume_then_publisher_is_no_volume_title() -> None:
    from biblio.model import Extra

    e = parse_reference("Caro, Robert A. The Years of Lyndon Johnson. Vol. 4, Alfred A. Knopf, 2012.")
    assert Extra.VOLUME_TITLE not in e.extra
    assert (e.title.value, e.volume, e.publisher.value, e.date.year) == ("The Years of Lyndon Johnson", "4", "Alfred A. Knopf", 2012)


def test_a_single_page_after_a_container_before_the_imprint() -> None:
    e = parse_reference("Bishop, Elizabeth. “One Art.” In The Complete Poems, 178. New York: Farrar, Straus and Giroux, 1983.")
    assert (e.host.title.value, e.pages.first, e.places[0].name) == ("The Complete Poems", "178", "New York")


def test_a_group_s_quoted_title_is_a_page_of_its_site_not_a_report() -> None:
    e = parse_reference("Poetry Foundation. “Emily Dickinson.” Poetry Foundation, 2021.")
    assert e.type == EntryType.WEBPAGE
    e = parse_reference("World Health Organization. Global Tuberculosis Report. Geneva: WHO, 2022.")
    assert e.type == EntryType.REPORT


def test_a_volume_inside_a_host_title_and_the_series_volume() -> None:
    e = parse_reference('Shapley, Lloyd S. (1953). "A Value for n-Person Games". In Kuhn, H. W.; Tucker, A. W. (eds.). '
                        "Contributions to the Theory of Games, Volume II. Annals of Mathematics Studies. Vol. 28. "
                        "Princeton: Princeton University Press. pp. 307–317.")
    assert (e.host.title.value, e.host.volume, e.series.value) == ("Contributions to the Theory of Games, Volume II", "28", "Annals of Mathematics Studies")


def test_a_middle_initial_before_an_author_date_year_is_no_issue() -> None:
    e = parse_reference("Gombrich, E. H. 1995. The Story of Art. 16th ed. London: Phaidon.")
    assert (e.persons[0].initials, e.date.year, e.edition, e.publisher.value) == ("E. H.", 1995, "16", "Phaidon")
    assert e.host is None or not e.host.issue


def test_translated_and_edited_by_gives_both_roles() -> None:
    e = parse_reference("Khrushchev, Nikita. Khrushchev Remembers. Translated and edited by Strobe Talbott. Boston: Little, Brown, 1970.")
    assert sorted(p.role.value for p in e.persons if p.family == "Talbott") == ["editor", "translator"]
    assert e.subtitle is None


def test_wikipedia_access_notes_and_an_archived_pdf() -> None:
    e = parse_reference("Bullock, Alan (1952). Hitler: A Study in Tyranny. London: Odhams. p. 131 – via Internet Archive.")
    assert (e.publisher.value, e.places[0].name, e.pages.first) == ("Odhams", "London", "131")
    e = parse_reference('"quark, n.2". Oxford English Dictionary (Online ed.). Oxford University Press. '
                        "(Subscription or participating institution membership required.)")
    assert (e.host.title.value, e.edition, e.series) == ("Oxford English Dictionary", "Online", None)
    e = parse_reference("Global Tuberculosis Report 2022 (PDF). Geneva: World Health Organization. 2022. "
                        "Archived (PDF) from the original on 30 October 2022. Retrieved 3 January 2023.")
    assert (e.publisher.value, e.places[0].name, e.host) == ("World Health Organization", "Geneva", None)


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("5. Sheila Fitzpatrick, ed., Cultural Revolution in Russia, 1928–1931 (Bloomington: Indiana University Press, 1978), 8.",
         ["Fitzpatrick"]),
        ("2. Lewis Coser and Walter Powell, eds., Books (New York: Basic Books, 1982), 45.", ["Coser", "Powell"]),
    ],
)
def test_chicago_note_with_editors_before_the_title(text: str, editors: list[str]) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons if p.role == Role.EDITOR] == editors
    assert e.type == EntryType.COLLECTION and not e.title.value[0].isdigit()


@pytest.mark.parametrize(
    ("text", "title", "pages"),
    [
        ("23. Kahn, On Thermonuclear War, 144.", "On Thermonuclear War", "144"),
        ("Voltaire, Candide, 45.", "Candide", "45"),
    ],
)
def test_chicago_shortened_note(text: str, title: str, pages: str) -> None:
    e = parse_reference(text)
    assert ([p.family for p in e.persons], e.title.value, str(e.pages)) == ([text.split(", ")[0].split(". ")[-1]], title, pages)


def test_no_shortened_note_without_a_title() -> None:
    e = parse_reference("Smith, John, 1990.")
    assert e.pages is None


def test_chicago_author_date_original_year_in_parentheses() -> None:
    e = parse_reference("Mill, John Stuart. (1859) 1978. On Liberty. Edited by Elizabeth Rapaport. Indianapolis: Hackett.")
    assert (e.title.value, e.date.year, e.extra.get("original_year"), e.subtitle) == ("On Liberty", 1978, "1859", None)


def test_author_date_magazine_month_after_its_name() -> None:
    e = parse_reference("Hall, Stuart. 1979. “The Great Moving Right Show.” Marxism Today, January, 14–20.")
    assert (e.type, e.host.title.value, e.date.year, e.date.month, e.publisher) == (EntryType.ARTICLE, "Marxism Today", 1979, 1, None)


def test_chicago_volume_and_pages_of_a_part_in_a_set() -> None:
    e = parse_reference("Nora, Pierre. “General Introduction: Between Memory and History.” In Realms of Memory: Rethinking the French "
                        "Past, edited by Lawrence D. Kritzman, translated by Arthur Goldhammer, 1:1–20. New York: Columbia University Press, 1996.")
    assert (e.host.volume or e.volume, str(e.pages), e.publisher.value) == ("1", "1–20", "Columbia University Press")


def test_mla_lettered_volume_of_an_anthology() -> None:
    e = parse_reference("Mahfouz, Naguib. “Zaabalawi.” Translated by Denys Johnson-Davies. The Norton Anthology of World Literature, "
                        "edited by Martin Puchner et al., 3rd ed., vol. F, W. W. Norton, 2012, pp. 565–74.")
    assert (e.host.volume or e.volume, e.publisher.value) == ("F", "W. W. Norton")


def test_a_year_in_parentheses_inside_a_host_title() -> None:
    e = parse_reference("Kuhn, Thomas S. “The Essential Tension.” In The Third (1959) University of Utah Research Conference, "
                        "edited by Calvin W. Taylor, 162–74. Salt Lake City: University of Utah Press, 1959.")
    assert (e.host.title.value, [p.family for p in e.host.persons]) == ("The Third (1959) University of Utah Research Conference", ["Taylor"])


def test_chicago_letter_in_an_archive() -> None:
    e = parse_reference("Einstein, Albert, to Franklin D. Roosevelt, August 2, 1939. President’s Secretary’s File, "
                        "Franklin D. Roosevelt Presidential Library, Hyde Park, NY.")
    assert (e.type, e.extra.get("recipient"), e.date.year, e.date.month, e.title) == (EntryType.DOCUMENT, "Franklin D. Roosevelt", 1939, 8, None)
    assert e.archive.endswith("Hyde Park, NY")


def test_mla_first_publication_span_and_a_closing_series() -> None:
    e = parse_reference("Eliot, George. Middlemarch. 1871–72. Edited by Bert G. Hornback, 2nd ed., W. W. Norton, 2000. Norton Critical Edition.")
    assert (e.title.value, e.subtitle, e.date.year, e.series.value) == ("Middlemarch", None, 2000, "Norton Critical Edition")
    e = parse_reference("Очерки экономической истории Латвии. 1860—1900. Рига, «Зинатне», 1972.")
    assert "original_year" not in e.extra and e.series is None and e.date.year == 1972


def test_mla_container_authors_after_by() -> None:
    e = parse_reference("“Sonnet.” A Glossary of Literary Terms, by M. H. Abrams and Geoffrey Galt Harpham, 11th ed., "
                        "Cengage Learning, 2015, pp. 370–72.")
    assert (e.type, [p.family for p in e.authors], e.host.title.value, e.publisher.value) == (
        EntryType.ENCYCLOPEDIA_ENTRY, ["Abrams", "Harpham"], "A Glossary of Literary Terms", "Cengage Learning")
    e = parse_reference("Chopin, Kate. “Athénaïse.” The Awakening and Selected Stories, by Chopin, edited by Nina Baym, "
                        "Modern Library, 2000, pp. 1–20.")
    assert ([p.family for p in e.authors], e.host.title.value, e.publisher.value) == (["Chopin"], "The Awakening and Selected Stories", "Modern Library")


def test_mla_quoted_title_then_a_magazine_and_its_month() -> None:
    e = parse_reference("Gioia, Dana. “Can Poetry Matter?” The Atlantic, May 1991, "
                        "www.theatlantic.com/magazine/archive/1991/05/can-poetry-matter/305062/. Accessed 10 Oct. 2022.")
    assert (e.type, e.host.title.value, e.publisher, e.date.year) == (EntryType.ARTICLE, "The Atlantic", None, 1991)


def test_a_group_s_own_site_named_last() -> None:
    e = parse_reference("United Nations. Universal Declaration of Human Rights. 1948. United Nations, "
                        "www.un.org/en/about-us/universal-declaration-of-human-rights. Accessed 3 Mar. 2024.")
    assert (e.type, e.persons[0].literal, e.title.value, e.publisher.value) == (
        EntryType.WEBPAGE, "United Nations", "Universal Declaration of Human Rights", "United Nations")
    e = parse_reference('"Charter of the United Nations". United Nations. Archived from the original on 28 October 2017. Retrieved 5 November 2017.')
    assert (e.host, e.publisher.value) == (None, "United Nations")


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("U.S. Senate. Select Committee to Study Governmental Operations with Respect to Intelligence Activities. Alleged "
         "Assassination Plots Involving Foreign Leaders: An Interim Report. 94th Cong., 1st sess. S. Rep. No. 94-465. "
         "Washington, DC: Government Printing Office, 1975.",
         "U.S. Senate. Select Committee to Study Governmental Operations with Respect to Intelligence Activities",
         "Alleged Assassination Plots Involving Foreign Leaders"),
        ("U.S. Congress. House. Committee on Foreign Affairs. The Soviet Union and the Third World. Washington, DC: "
         "Government Printing Office, 1977.",
         "U.S. Congress. House. Committee on Foreign Affairs", "The Soviet Union and the Third World"),
    ],
)
def test_chicago_congressional_body_and_report(text: str, author: str, title: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.persons[0].literal, e.title.value, e.host) == (EntryType.REPORT, author, title, None)
    assert "Cong" not in (e.subtitle.value if e.subtitle else "")


def test_mla_editor_with_an_initial_then_given_name_before_the_publisher() -> None:
    e = parse_reference("Shelley, Mary. Frankenstein. 1818. Edited by J. Paul Hunter, 2nd ed., W. W. Norton, 2012. Norton Critical Edition.")
    assert ([(p.family, p.given) for p in e.persons if p.role == Role.EDITOR], e.publisher.value) == ([("Hunter", "J. Paul")], "W. W. Norton")


@pytest.mark.parametrize(
    "text",
    ["Morrison, Toni. Beloved. Knopf, 1987. Print.", "Wilson, E. O. Sociobiology. Cambridge, MA: Belknap Press, 1975. Microfiche Edition."],
)
def test_no_closing_series_for_a_medium_or_after_a_place(text: str) -> None:
    assert parse_reference(text).series is None


def test_no_shortened_note_across_sentences() -> None:
    e = parse_reference("Smith, John. Title of the Book. Penguin, 2003, 45.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Smith", "John")], "Title of the Book")


def test_apa_6_retrieved_from_before_the_address() -> None:
    e = parse_reference("Brown, B. (2008). Online article title. Journal of Things, 4(1). Retrieved from http://www.example.com/article")
    assert (e.type, e.url, e.publisher, e.host.title.value if e.host and e.host.title else None) == (
        EntryType.ARTICLE, "http://www.example.com/article", None, "Journal of Things")


@pytest.mark.parametrize("text", ["Anonymous. (2001). Title of the work. Publisher Name.", "Anon (2015) Title of pamphlet. London: Publisher Name."])
def test_anonymous_author_is_no_group_report(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.publisher.value if e.publisher else None) == (EntryType.BOOK, "Publisher Name")


def test_wikipedia_report_imprint_before_an_archived_pdf() -> None:
    e = parse_reference("World Development Report 2019: The Changing Nature of Work (PDF). Washington, DC: World Bank. 2019. "
                        "Archived (PDF) from the original on 13 October 2018. Retrieved 1 March 2019.")
    assert (e.subtitle.value, e.publisher.value, e.places[0].value, e.date.year) == ("The Changing Nature of Work", "World Bank", "Washington, DC", 2019)


def test_chicago_shortened_note_with_a_page_range() -> None:
    e = parse_reference("Snyder, Bloodlands, 155–56.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value, str(e.pages)) == ([("Snyder", "")], "Bloodlands", "155–56")


def test_a_person_s_book_called_a_report_in_its_subtitle_is_a_book() -> None:
    e = parse_reference("Arendt, Hannah. Eichmann in Jerusalem: A Report on the Banality of Evil. Rev. ed. New York: Viking Press, 1965.")
    assert e.type == EntryType.BOOK
    e = parse_reference("National Commission on Terrorist Attacks upon the United States. The 9/11 Commission Report: Final Report of the "
                        "National Commission on Terrorist Attacks upon the United States. New York: W. W. Norton, 2004.")
    assert e.type == EntryType.REPORT


def test_mla_unnumbered_edition_then_publisher_and_year() -> None:
    e = parse_reference("Said, Edward W. Orientalism. Rev. ed., Vintage Books, 2003.")
    assert (e.title.value, e.edition, e.publisher.value, e.date.year) == ("Orientalism", "Rev.", "Vintage Books", 2003)


def test_wikipedia_cite_news_location_is_a_place() -> None:
    e = parse_reference('Smith, John (12 March 2015). "Latvia votes". The Guardian. London. Retrieved 3 April 2015.')
    assert (e.host.title.value, e.publisher, [p.value for p in e.places]) == ("The Guardian", None, ["London"])


def test_wikipedia_cite_news_location_after_a_paper_with_a_page() -> None:
    e = parse_reference('Bernstein, Carl; Woodward, Bob (1 August 1972). "Bug Suspect Got Campaign Funds". The Washington Post. '
                        "Washington, D.C. p. A1.")
    assert (e.type, e.publisher, [p.value for p in e.places], str(e.pages)) == (EntryType.ARTICLE, None, ["Washington, D.C."], "A1")


def test_an_initial_then_a_given_name_after_initials_in_a_list() -> None:
    e = parse_reference("Weber, Max. 1946. “Politics as a Vocation.” In From Max Weber: Essays in Sociology, translated and edited by "
                        "H. H. Gerth and C. Wright Mills, 77–128. New York: Oxford University Press.")
    assert [(p.family, p.given or p.initials) for p in e.host.persons if p.role == Role.EDITOR] == [("Gerth", "H. H."), ("Mills", "C. Wright")]


@pytest.mark.parametrize(
    "text, title, host",
    [
        ("Шостакович Д.Д. // Большая советская энциклопедия. Изд. 3-е. Т. 29. М., 1978.", "Шостакович Д.Д.", "Большая советская энциклопедия"),
        ("Ремизов А.М. — Литературная энциклопедия, т. 9. М., 1935.", "Ремизов А.М.", "Литературная энциклопедия"),
        ("Чапаев В.И. — В кн.: Гражданская война и военная интервенция в СССР. Энциклопедия. М., 1983, с. 655.", "Чапаев В.И.",
         "Гражданская война и военная интервенция в СССР. Энциклопедия"),
        ("Андрей Рублёв. – Текст : непосредственный // Православная энциклопедия. – Москва, 2001. – Т. 2.", "Андрей Рублёв",
         "Православная энциклопедия"),
        ("Aglona. Latvijas padomju enciklopēdija. 1. sēj. Rīga: Galvenā enciklopēdiju redakcija, 1981.", "Aglona",
         "Latvijas padomju enciklopēdija"),
    ],
)
def test_a_name_the_encyclopedia_follows_at_once_is_the_entry_s_headword(text: str, title: str, host: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value, e.host.title.value, e.persons) == (EntryType.ENCYCLOPEDIA_ENTRY, title, host, [])


def test_an_author_of_a_dictionary_stays_its_author() -> None:
    e = parse_reference("Даль В. И. Толковый словарь живого великорусского языка. Т. 1. М., 1955.")
    assert ([p.family for p in e.persons], e.title.value) == (["Даль"], "Толковый словарь живого великорусского языка")
    e = parse_reference("Рига. Энциклопедия. Т. 1. Рига, 1988.")
    assert e.host is None


def test_a_bracketed_statement_of_responsibility_after_the_author() -> None:
    e = parse_reference("Фицпатрик Ш. Повседневный сталинизм / Шейла Фицпатрик ; [пер. с англ. Л. Ю. Пантиной]. — М. : РОССПЭН, 2008.")
    assert [(p.family, p.role) for p in e.persons] == [("Фицпатрик", Role.AUTHOR), ("Пантина", Role.TRANSLATOR)]
    e = parse_reference("Сахаров, А. Д. Воспоминания / Андрей Сахаров ; [редакторы-составители Е. Холмогорова, Ю. Шиханович]. – Москва : Время, 2006.")
    assert [p.family for p in e.persons if p.role == Role.AUTHOR] == ["Сахаров"]
    assert [p.family for p in e.persons if p.role != Role.AUTHOR] == ["Холмогорова", "Шиханович"]


@pytest.mark.parametrize(
    "text, families",
    [
        ("Latvju tautas mūzikas materiāli / sak. A. Jurjāns. 1. grām. Rīga, 1894.", ["Jurjāns"]),
        ("Latvieši: rakstu krājums. Sakārtojuši Fr. Balodis un A. Švābe. Rīga: Valters un Rapa, 1930.", ["Balodis", "Švābe"]),
        ("Latvju dainas. 1. sēj. Sakārtojis Kr. Barons. Jelgava, 1894.", ["Barons"]),
        ("Кибернетика // Новая философская энциклопедия : в 4 т. / науч.-ред. совет: предс. В. С. Стёпин. — М. : Мысль, 2001. — Т. 2.",
         ["Стёпин"]),
    ],
)
def test_latvian_arrangers_and_the_chair_of_a_board_edit_the_work(text: str, families: list[str]) -> None:
    e = parse_reference(text)
    editors = [p for p in e.all_persons() if p.role in (Role.EDITOR, Role.EDITOR_IN_CHIEF, Role.COMPILER)]  # an arranger compiles
    assert [p.family for p in editors] == families
    assert e.subtitle is None or "Sakārtoj" not in e.subtitle.value


def test_a_two_letter_initial_is_no_sentence_end() -> None:
    e = parse_reference("Latvju dainas. Sakārtojis Kr. Barons. Jelgava, 1894.")
    assert [(p.family, p.given or p.initials) for p in e.persons] == [("Barons", "Kr.")]


def test_a_role_noun_alone_heads_a_part_of_the_title() -> None:
    e = parse_reference("Latvijas Republikas Satversmes komentāri. Ievads. I nodaļa. Vispārējie noteikumi. Autoru kol.; zin. red. R. Balodis. "
                        "Rīga: Latvijas Vēstnesis, 2014.")
    assert "Ievads" in e.subtitle.value
    assert [(p.family, p.role) for p in e.persons] == [("Balodis", Role.EDITOR)]


@pytest.mark.parametrize(
    "text",
    [
        "Н.Н. Лузин. Интеграл и тригонометрический ряд. Дисс. ... магистра чистой математики. М., 1915.",
        "А.С. Лаппо-Данилевский. Организация прямого обложения в Московском государстве. Дисс. ... магистра. СПб., 1890.",
        "П.Н. Милюков. Государственное хозяйство России. Дисс. на степень магистра русской истории. СПб., 1892.",
    ],
)
def test_a_pre_revolutionary_dissertation_names_the_degree_by_its_subject(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.subtitle) == (EntryType.THESIS, None)


def test_a_university_after_the_thesis_author_is_the_publisher() -> None:
    e = parse_reference("Зализняк А. А. Классификация и синтез именных парадигм : автореф. дис. ... канд. филол. наук / "
                        "А. А. Зализняк ; МГУ им. М. В. Ломоносова. — М., 1965.")
    assert (e.type, e.publisher.value) == (EntryType.THESIS, "МГУ им. М. В. Ломоносова")
    e = parse_reference("Ключевский В. О. Древнерусские жития святых : дис. ... магистра рус. истории / В. О. Ключевский ; Моск. ун-т. — М., 1871.")
    assert (e.type, e.publisher.value, e.subtitle) == (EntryType.THESIS, "Моск. ун-т", None)


def test_gost_names_up_to_the_semicolon_are_persons_whatever_their_given_names() -> None:
    e = parse_reference("Гудфеллоу, Я. Глубокое обучение / Ян Гудфеллоу, Иошуа Бенджио, Аарон Курвилль ; перевод с английского "
                        "А. А. Слинкина. – Москва : ДМК Пресс, 2018.")
    assert [(p.family, p.role) for p in e.persons] == [("Гудфеллоу", Role.AUTHOR), ("Бенджио", Role.AUTHOR), ("Курвилль", Role.AUTHOR),
                                                        ("Слинкин", Role.TRANSLATOR)]
    e = parse_reference("Аджемоглу, Д. Почему одни страны богатые / Дарон Аджемоглу, Джеймс А. Робинсон ; перевод с английского. – "
                        "Москва : АСТ, 2015.")
    assert [p.family for p in e.persons] == ["Аджемоглу", "Робинсон"]


@pytest.mark.parametrize(
    "text, family",
    [
        ("Кн. Н.С. Трубецкой. Европа и человечество. София, 1920.", "Трубецкой"),
        ("Проф. В.О. Ключевский. Курс русской истории. Ч. 1. М., 1904.", "Ключевский"),
        ("Свящ. П. Флоренский. Столп и утверждение истины. М., 1914.", "Флоренский"),
    ],
)
def test_a_rank_before_the_heading_name_is_not_part_of_it(text: str, family: str) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons] == [family]
    assert not e.title.value.startswith(family)


def test_kn_before_a_number_stays_a_book_of_the_work() -> None:
    assert parse_reference("М.А. Шолохов. Поднятая целина. Кн. 2. М., 1960.").persons[0].family == "Шолохов"


@pytest.mark.parametrize(
    "text",
    [
        "Д. Менделеев. Основы химии. Изд. 8-е, вновь испр. и доп. С.-Петербург, 1906.",
        "Н.И. Кареев. Основные вопросы философии истории. Изд. 3-е, значит. перераб. СПб., 1897.",
        "Лотман Ю. М. Структура художественного текста. — 2-е изд., вновь просмотр. — М. : Искусство, 1998.",
    ],
)
def test_an_edition_s_remarks_may_open_with_an_adverb(text: str) -> None:
    e = parse_reference(text)
    assert e.edition.isdigit() and "изд" not in e.title.value.lower() and e.subtitle is None


def test_a_parenthesised_sentence_after_the_title_belongs_to_it() -> None:
    e = parse_reference("С.Ф. Платонов. Очерки по истории смуты в Московском государстве XVI-XVII вв. (Опыт изучения общественного строя "
                        "и сословных отношений в Смутное время). Изд. 3-е. СПб., 1910.")
    assert (e.title.value.endswith("в Смутное время)"), e.subtitle, e.edition) == (True, None, "3")
    e = parse_reference("Н. Бельтов. К вопросу о развитии монистического взгляда на историю. (Ответ гг. Михайловскому, Карееву и комп.). "
                        "СПб., 1895.")
    assert (e.title.value.endswith("и комп.)"), e.subtitle) == (True, None)


def test_a_numbered_collection_of_an_almanac_is_its_issue() -> None:
    e = parse_reference("А. Яшин. Рычаги. — В сб.: Литературная Москва. Сб. 2. М., Гослитиздат, 1956.")
    assert (e.host.title.value, e.host.issue) == ("Литературная Москва", "2")


@pytest.mark.parametrize("mark", ["—", "//"])
def test_a_host_and_its_number_after_the_area_dash_then_a_joint_imprint(mark: str) -> None:
    e = parse_reference(f"Д.С. Лихачев. Летописные известия об Александре Поповиче. {mark} Труды Отдела древнерусской литературы. Т. VII. "
                        "М.-Л., 1949, с. 17—51.")
    assert (e.host.title.value, e.host.volume, [p.value for p in e.places]) == ("Труды Отдела древнерусской литературы", "VII", ["М.", "Л."])


@pytest.mark.parametrize(
    "text",
    [
        "Brīvības piemineklis. Grām.: Nacionālā enciklopēdija. Tiešsaistē: https://enciklopedija.lv [skatīts 2024. g. 8. martā].",
        "Dziesmu svētki. Nacionālā enciklopēdija. Tiešsaiste: https://enciklopedija.lv [skatīts 2023. g. 4. jūlijā].",
    ],
)
def test_an_entry_of_an_online_encyclopedia_with_the_latvian_online_label(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.url) == (EntryType.ENCYCLOPEDIA_ENTRY, "Nacionālā enciklopēdija", "https://enciklopedija.lv")


@pytest.mark.parametrize(
    "text",
    [
        "Славянское языкознание. XIII Международный съезд славистов. Любляна, 2003 г. : доклады российской делегации / отв. ред. "
        "А. М. Молдован. — М. : Индрик, 2003.",
        "Проблемы теории литературы. Всесоюзная конференция : тезисы докладов / отв. ред. И. И. Иванов. — М. : Наука, 1980.",
    ],
)
def test_a_meeting_s_papers_named_in_the_other_title_information_are_proceedings(text: str) -> None:
    assert parse_reference(text).type == EntryType.PROCEEDINGS


def test_a_collection_of_papers_without_a_meeting_stays_a_collection() -> None:
    e = parse_reference("Вопросы теории литературы : доклады и статьи / отв. ред. И. И. Иванов. — М. : Наука, 1980.")
    assert e.type == EntryType.COLLECTION


@pytest.mark.parametrize(
    "text, host",
    [
        ("Zelče V. Vēsture un vēstures zinātne. Latvijas Vēsture. Jaunie un jaunākie laiki, 1996, Nr. 2, 12.–18. lpp.",
         "Latvijas Vēsture. Jaunie un jaunākie laiki"),
        ("Виноградов В. В. О категории модальности. Известия АН СССР. Отделение литературы и языка, 1950, № 2, с. 10–20.",
         "Известия АН СССР. Отделение литературы и языка"),
        ("Kalnača A. Latviešu valodas morfoloģija. Linguistica Lettica, 2004, 13. sēj., 5.–20. lpp.", "Linguistica Lettica"),
    ],
)
def test_a_periodical_after_the_article_title_without_a_mark(text: str, host: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.publisher) == (EntryType.ARTICLE, host, None)


@pytest.mark.parametrize(
    "text",
    [
        "Strods H. Latvijas vēsture. Rīga: Zinātne, 1990, 2. sēj., 5.–20. lpp.",
        "Strods H. Latvijas vēsture. Rīga, 1990, 2. sēj., 5.–20. lpp.",
        "Иванов И. И. История. Москва, 1984, т. 17, с. 5–23.",
    ],
)
def test_a_book_s_volume_after_its_imprint_has_no_host(text: str) -> None:
    assert parse_reference(text).host is None


@pytest.mark.parametrize(
    "text, author, translator",
    [
        ("Пер. с итал. М. Лозинского. Данте Алигьери. Божественная комедия. М., 1967.", "Алигьери", "Лозинский"),
        ("Пер. Н. Гнедича. Гомер. Илиада. Л., «Наука», 1990.", "Гомер", "Гнедич"),
        ("Tulkojis Rainis. Gēte J. V. Fausts. Rīga, 1898.", "Gēte", "Rainis"),
    ],
)
def test_the_author_after_a_translator_heading(text: str, author: str, translator: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.role) for p in e.persons] == [(translator, Role.TRANSLATOR), (author, Role.AUTHOR)]


def test_a_title_after_a_translator_heading_stays_the_title() -> None:
    e = parse_reference("Пер. с англ. Т. Озерской. Гордость и предубеждение. М., 1967.")
    assert ([p.family for p in e.persons], e.title.value) == (["Озерская"], "Гордость и предубеждение")


def test_a_set_inside_a_set_keeps_its_title_aside() -> None:
    e = parse_reference("Чехов А. П. Полное собрание сочинений и писем : в 30 т. Сочинения : в 18 т. Т. 13 / А. П. Чехов. — М. : Наука, 1978.")
    assert (e.title.value, e.subtitle, e.extra.get("set_title"), e.volume) == ("Полное собрание сочинений и писем", None, "Сочинения", "13")


def test_a_web_site_s_place_alone_in_its_area() -> None:
    e = parse_reference("Национальный корпус русского языка : сайт. – Москва. – URL: https://ruscorpora.ru (дата обращения: 01.03.2024). – "
                        "Текст : электронный.")
    assert ([p.value for p in e.places], [d.code for d in e.warnings]) == (["Москва"], ["no-year"])


def test_a_fascicle_of_a_dictionary_is_a_volume_a_serial_s_issue_a_collection() -> None:
    e = parse_reference("Словарь русского языка XI–XVII вв. Вып. 1 / гл. ред. С. Г. Бархударов. — М. : Наука, 1975.")
    assert e.type == EntryType.VOLUME
    assert parse_reference("Проблемы кибернетики. Вып. 1. / Под ред. А.А. Ляпунова. М., Физматгиз, 1958.").type == EntryType.COLLECTION


@pytest.mark.parametrize(
    "text, families",
    [
        ("Blaumanis R. Kopoti raksti. 1. sēj. Sastādījusi un komentārus sarakstījusi I. Kalniņa. Rīga: Zinātne, 1991.", ["Kalniņa"]),
        ("Mūsu senatne / red. kolēģija: A. Švābe, F. Balodis. Rīga, 1937.", ["Švābe", "Balodis"]),
        ("Латвия на грани эпох / под научной редакцией Я. Стродса. – Рига : Авотс, 1988.", ["Стродс"]),
        ("Пинкер, С. Язык как инстинкт / Стивен Пинкер ; общая редакция В. Д. Мазо. – Москва : Едиториал УРСС, 2004.", ["Мазо"]),
    ],
)
def test_editorial_roles_written_in_full(text: str, families: list[str]) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons if p.role not in (Role.AUTHOR, Role.TRANSLATOR)] == families


def test_a_rank_before_a_name_in_full() -> None:
    e = parse_reference("Прот. Сергий Булгаков. Свет невечерний. М., 1917.")
    assert ([(p.family, p.given) for p in e.persons], e.title.value) == ([("Булгаков", "Сергий")], "Свет невечерний")


def test_a_parenthesised_series_before_the_imprint_is_the_series() -> None:
    e = parse_reference("Ф.И. Тютчев. Стихотворения. (Библиотека поэта. Малая серия). Л., 1962.")
    assert (e.title.value, e.subtitle, e.series.value if e.series else None) == ("Стихотворения", None, "Библиотека поэта. Малая серия")


@pytest.mark.parametrize(
    "text, host",
    [
        ("Belševica V. Indriķa Latvieša piezīmes uz Livonijas hronikas malām. Karogs, 1969.", "Karogs"),
        ("Евтушенко Е. Бабий Яр. Литературная газета, 1961.", "Литературная газета"),
    ],
)
def test_a_known_periodical_before_a_bare_year_hosts_the_piece(text: str, host: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.publisher) == (EntryType.ARTICLE, host, None)


def test_a_publisher_before_a_bare_year_stays_the_publisher() -> None:
    e = parse_reference("Rainis. Dzeja. Liesma, 1977.")
    assert (e.host, e.publisher.value) == (None, "Liesma")


def test_a_latvian_reference_without_latvian_letters_is_latvian() -> None:
    assert parse_reference("Rainis. Dzeja. Liesma, 1977.").language == "lv"
    assert parse_reference("Kr. Barons. Latvju dainas. Jelgava, 1894.").language == "lv"


def test_an_article_named_inside_a_chain_of_roles() -> None:
    e = parse_reference("Ахматова А. А. Собрание сочинений : в 6 т. / А. А. Ахматова ; сост., подгот. текста, коммент. и статья "
                        "Н. В. Королевой. — М. : Эллис Лак, 1998–2002.")
    assert [(p.family, p.role) for p in e.persons][1:] == [("Королева", Role.COMPILER)]


def test_an_edition_with_its_count_in_one_language_in_parentheses() -> None:
    e = parse_reference("Вернадский В.И. Очерки геохимии. Изд. 4-е (2-е русск.). М.-Л., 1934.")
    assert (e.title.value, e.edition) == ("Очерки геохимии", "4")


def test_latvian_editorial_verbs_in_a_chain() -> None:
    e = parse_reference("Mīlenbahs K. Latviešu valodas vārdnīca. Rediģējis, papildinājis, turpinājis J. Endzelīns. 1. sēj. Rīga, 1923.")
    assert [(p.family, p.role) for p in e.persons] == [("Mīlenbahs", Role.AUTHOR), ("Endzelīns", Role.EDITOR)]


def test_a_textual_commentary_in_a_chain_of_roles() -> None:
    e = parse_reference("Пропп, В. Я. Морфология волшебной сказки / В. Я. Пропп ; научная редакция, текстологический комментарий "
                        "И. В. Пешкова. – Москва : Лабиринт, 1998. – 512 с.")
    assert [p.family for p in e.persons] == ["Пропп", "Пешков"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Le Guin, Ursula K. The Left Hand of Darkness. Ace Books, 1969.", "Le Guin"),
        ("Le Roy Ladurie, Emmanuel. Montaillou: The Promised Land of Error. New York: George Braziller, 1978.", "Le Roy Ladurie"),
        ("De la Mare, Walter. Peacock Pie: A Book of Rhymes. Constable, 1913.", "De la Mare"),
        ("Van der Post, Laurens. The Lost World of the Kalahari. London: Hogarth Press, 1958.", "Van der Post"),
    ],
)
def test_a_capitalised_particle_opens_an_inverted_family_name(text: str, family: str) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.authors] == [family]
    assert e.title.value == text.split(". ")[1].split(":")[0]


def test_a_newspaper_with_a_capitalised_article_and_a_month_is_no_name() -> None:
    e = parse_reference("Le Monde, October 2003.")
    assert e.authors == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Ibn Khaldun. The Muqaddimah: An Introduction to History. Translated by Franz Rosenthal. 3 vols. New York: Pantheon Books, 1958.", "Ibn Khaldun"),
        ("Le Corbusier. Towards a New Architecture. Translated by Frederick Etchells. London: John Rodker, 1927.", "Le Corbusier"),
        ("Ibn Khaldun. (1967). The Muqaddimah: An introduction to history (F. Rosenthal, Trans.; N. J. Dawood, Ed.). Princeton University Press.", "Ibn Khaldun"),
    ],
)
def test_a_two_word_name_entered_whole_heads_the_reference(text: str, family: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.literal) for p in e.authors] == [(family, "")]
    assert e.type == EntryType.BOOK


def test_apa_several_roles_in_one_parenthesis() -> None:
    e = parse_reference("Luria, A. R. (1976). Cognitive development: Its cultural and social foundations (M. Cole, Ed.; "
                        "M. Lopez-Morillas & L. Solotaroff, Trans.). Harvard University Press.")
    assert [(p.family, p.role) for p in e.persons] == [
        ("Luria", Role.AUTHOR), ("Cole", Role.EDITOR), ("Lopez-Morillas", Role.TRANSLATOR), ("Solotaroff", Role.TRANSLATOR)
    ]
    assert e.subtitle.value == "Its cultural and social foundations"
    e = parse_reference("Bakhtin, M. M. (1986). Speech genres and other late essays (C. Emerson & M. Holquist, Eds.; V. W. McGee, Trans.). "
                        "University of Texas Press.")
    assert [(p.family, p.role) for p in e.persons[1:]] == [("Emerson", Role.EDITOR), ("Holquist", Role.EDITOR), ("McGee", Role.TRANSLATOR)]


def test_a_foreign_letter_in_a_name_does_not_set_the_reference_language() -> None:
    assert parse_reference("Lem, Stanisław. Solaris. Translated by Joanna Kilmartin and Steve Cox, Walker, 1970.").language == "en"
    assert parse_reference("Le Goff, Jacques. Medieval Civilization, 400–1500. Translated by Julia Barrow. Oxford: Blackwell, 1988.").language == "en"
    # with nothing else to go by, the names still speak
    assert parse_reference("Vīķe-Freiberga V., Freibergs I. Saules dainas. Montreal: Helios, 1988.").language == "lv"


def test_a_period_in_a_title_is_no_page_range() -> None:
    e = parse_reference("Le Goff, Jacques. Medieval Civilization, 400–1500. Translated by Julia Barrow. Oxford: Blackwell, 1988.")
    assert (e.title.value, e.pages) == ("Medieval Civilization, 400–1500", None)
    assert str(parse_reference("Smith, J. 2001. “Title.” Journal of Studies 12: 998–1002.").pages) == "998–1002"


@pytest.mark.parametrize(
    "text",
    [
        "“Hamlet.” Folger Shakespeare Library, www.folger.edu/explore/shakespeares-works/hamlet/. Accessed 2 Oct. 2023.",
        "Hughes, Langston. “Harlem.” Poetry Foundation, www.poetryfoundation.org/poems/46548/harlem. Accessed 20 Feb. 2024.",
    ],
)
def test_mla_website_named_after_its_owner_is_the_container(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.publisher) == (EntryType.WEBPAGE, None)
    assert e.host.title.value == text.split("” ")[1].split(",")[0]


def test_wikipedia_organisation_after_a_quoted_title_stays_the_publisher() -> None:
    e = parse_reference('"Riga Historic Centre". UNESCO World Heritage Centre. Retrieved 3 May 2020.')
    assert (e.host, e.publisher.value) == (None, "UNESCO World Heritage Centre")


def test_a_dated_page_of_an_institution_s_site_is_no_magazine_article() -> None:
    e = parse_reference("Morrison, Toni. “Nobel Lecture.” The Nobel Prize, 7 Dec. 1993, www.nobelprize.org/prizes/literature/1993/morrison/lecture/.")
    assert (e.type, e.host.title.value) == (EntryType.WEBPAGE, "The Nobel Prize")
    e = parse_reference("Gioia, Dana. “Can Poetry Matter?” The Atlantic, May 1991, www.theatlantic.com/magazine/archive/1991/05/can-poetry-matter/305062/.")
    assert e.type == EntryType.ARTICLE


@pytest.mark.parametrize(
    ("text", "journal", "volume", "month"),
    [
        ("Coase, R. H. 1960. “The Problem of Social Cost.” Journal of Law and Economics 3 (October): 1–44.", "Journal of Law and Economics", "3", 10),
        ("Huntington, Samuel P. 1993. “The Clash of Civilizations?” Foreign Affairs 72 (Summer): 22–49.", "Foreign Affairs", "72", None),
        ("Kennan, George F. “The Sources of Soviet Conduct.” Foreign Affairs 25 (July 1947): 566–82.", "Foreign Affairs", "25", 7),
        ("Hardin, Garrett. “The Tragedy of the Commons.” Science 162 (December 13, 1968): 1243–48.", "Science", "162", 12),
        ("Smith, John. 1998. “A Study.” Journal of Modern History 12 (May–June): 45–67.", "Journal of Modern History", "12", None),
    ],
)
def test_chicago_journal_volume_then_the_issue_s_month_or_season(text: str, journal: str, volume: str, month: int | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.host.volume, e.publisher) == (EntryType.ARTICLE, journal, volume, None)
    assert e.date.month == month


def test_mla_general_editor_after_the_name_heads_a_collection() -> None:
    e = parse_reference("Baym, Nina, general editor. The Norton Anthology of American Literature. 8th ed., W. W. Norton, 2012.")
    assert (e.type, [(p.family, p.role) for p in e.persons]) == (EntryType.COLLECTION, [("Baym", Role.EDITOR)])
    assert (e.title.value, e.edition, e.publisher.value) == ("The Norton Anthology of American Literature", "8", "W. W. Norton")


def test_mla_edition_then_volume_then_imprint() -> None:
    e = parse_reference("Abrams, M. H., general editor. The Norton Anthology of English Literature. 7th ed., vol. 2, W. W. Norton, 2000.")
    assert (e.title.value, e.edition, e.volume, e.publisher.value, e.date.year) == (
        "The Norton Anthology of English Literature", "7", "2", "W. W. Norton", 2000
    )


def test_mla_translator_first_then_the_author_after_the_title() -> None:
    e = parse_reference("Pevear, Richard, and Larissa Volokhonsky, translators. War and Peace. By Leo Tolstoy, Alfred A. Knopf, 2007.")
    assert [(p.family, p.role) for p in e.persons] == [
        ("Tolstoy", Role.AUTHOR), ("Pevear", Role.TRANSLATOR), ("Volokhonsky", Role.TRANSLATOR)
    ]
    assert (e.title.value, e.publisher.value) == ("War and Peace", "Alfred A. Knopf")


def test_initials_before_a_publisher_s_name_are_no_two_word_family_name() -> None:
    e = parse_reference("Chopin, Kate. The Awakening. 1899. Edited by Margo Culley, 2nd ed., W. W. Norton, 1994.")
    assert ([(p.family, p.given) for p in e.persons if p.role == Role.EDITOR], e.edition, e.publisher.value) == ([("Culley", "Margo")], "2", "W. W. Norton")
    e = parse_reference("Baldwin, R. and Weder di Mauro, B. (eds) (2020) Economics in the Time of COVID-19. London: CEPR Press.")
    assert [p.family for p in e.persons if p.role == Role.EDITOR] == ["Baldwin", "Weder di Mauro"]


def test_apa_group_report_read_online_is_a_report() -> None:
    e = parse_reference("World Health Organization. (2020). WHO guidelines on physical activity and sedentary behaviour. "
                        "https://www.who.int/publications/i/item/9789240015128")
    assert e.type == EntryType.REPORT
    # a page of the group's site is dated to the day
    e = parse_reference("Pew Research Center. (2019, June 12). Mobile fact sheet. https://www.pewresearch.org/internet/fact-sheet/mobile/")
    assert e.type == EntryType.WEBPAGE


def test_apa_several_groups_as_authors() -> None:
    e = parse_reference("American Educational Research Association, American Psychological Association, & National Council on "
                        "Measurement in Education. (2014). Standards for educational and psychological testing. American Educational Research Association.")
    assert [p.literal for p in e.authors] == [
        "American Educational Research Association", "American Psychological Association", "National Council on Measurement in Education"
    ]
    assert [p.literal for p in parse_reference("Johnson & Johnson. (2020). Annual report 2019. Johnson & Johnson.").authors] == ["Johnson & Johnson"]


def test_wikipedia_newsgroup_post_is_a_web_page_in_its_group() -> None:
    e = parse_reference('Stallman, Richard (27 September 1983). "new Unix implementation". Newsgroup: net.unix-wizards. '
                        "Usenet: 771@mit-eddie.UUCP. Retrieved 10 July 2020.")
    assert (e.type, e.host.title.value, e.title.value) == (EntryType.WEBPAGE, "net.unix-wizards", "new Unix implementation")
    assert "771@mit-eddie.UUCP" in [n.value for n in e.notes]


def test_wikipedia_group_author_with_a_full_date_and_a_report_mark() -> None:
    e = parse_reference("Rogers Commission (6 June 1986). Report of the Presidential Commission on the Space Shuttle Challenger Accident "
                        "(Report). Washington, D.C.: U.S. Government Printing Office.")
    assert ([p.literal for p in e.authors], e.type, e.date.year) == (["Rogers Commission"], EntryType.REPORT, 1986)
    assert (e.title.value, e.publisher.value, e.places[0].value.rstrip(".")) == (
        "Report of the Presidential Commission on the Space Shuttle Challenger Accident", "U.S. Government Printing Office", "Washington, D.C"
    )


@pytest.mark.parametrize(
    ("text", "journal", "issue"),
    [
        ("Nye, Joseph S. 1990. “Soft Power.” Foreign Policy, no. 80 (Autumn): 153–71.", "Foreign Policy", "80"),
        ("Krugman, Paul. 1998. “It’s Baaack: Japan’s Slump and the Return of the Liquidity Trap.” Brookings Papers on Economic Activity, no. 2: 137–205.",
         "Brookings Papers on Economic Activity", "2"),
        ("Fallows, James. 2005. “Countdown to a Meltdown.” Atlantic Monthly, July/August, 51–64.", "Atlantic Monthly", ""),
        ("Smith, John. 2001. “Title of Piece.” Wilson Quarterly, Spring, 10–20.", "Wilson Quarterly", ""),
    ],
)
def test_author_date_issue_named_by_its_number_season_or_months(text: str, journal: str, issue: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.host.issue, e.host.volume, e.publisher) == (EntryType.ARTICLE, journal, issue, "", None)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, John. “Title of the Paper.” Paper presented at the Annual Meeting of the American Political Science Association, "
        "Chicago, IL, April 5–7, 2005.",
        "Lorenz, Edward N. 1972. “Predictability.” Paper presented at the 139th Annual Meeting of the American Association for the "
        "Advancement of Science, Washington, DC, December 29.",
        "Smith, J. (2005) 'Title of the paper', paper presented at the Annual Conference of the Political Studies Association, Leeds, 5–7 April.",
        "Smith, J. (2005, April). Title of the paper [Paper presentation]. Annual Meeting of the American Political Science Association, "
        "Chicago, IL, United States.",
    ],
)
def test_a_paper_presented_at_a_meeting_has_no_publisher_or_place(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.publisher, e.places, e.host, e.date.year) == (EntryType.DOCUMENT, None, [], None, 1972 if "Lorenz" in text else 2005)
    assert any("Meeting" in n.value or "Conference" in n.value for n in e.notes)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Nobel Prize. “Toni Morrison – Facts.” Accessed May 4, 2023. https://www.nobelprize.org/prizes/literature/1993/morrison/facts/.",
         "The Nobel Prize"),
        ("National Park Service. “Frederick Douglass.” Last modified February 26, 2015. "
         "https://www.nps.gov/frdo/learn/historyculture/frederickdouglass.htm.", "National Park Service"),
    ],
)
def test_chicago_organisation_as_author_of_its_own_web_page(text: str, group: str) -> None:
    e = parse_reference(text)
    assert ([p.literal for p in e.authors], e.type, e.title.value) == ([group], EntryType.WEBPAGE, text.split("“")[1].split(".”")[0])


def test_a_title_that_opens_with_a_place_and_a_colon_before_the_imprint() -> None:
    e = parse_reference("Ackroyd, Peter. London: The Biography. London: Chatto & Windus, 2000.")
    assert ([p.family for p in e.authors], e.title.value, e.subtitle.value, e.places[0].value) == (["Ackroyd"], "London", "The Biography", "London")
    e = parse_reference("Ackroyd, P. (2000). London: The biography. Chatto & Windus.")
    assert ([p.family for p in e.authors], e.title.value, e.publisher.value) == (["Ackroyd"], "London", "Chatto & Windus")
    e = parse_reference("Sajūsma. Atmiņas. Rīga, 1990.")
    assert (e.authors, e.places[0].value) == ([], "Rīga")


def test_initials_end_before_an_imprint_place() -> None:
    e = parse_reference("Ibn Battuta (1929). Travels in Asia and Africa 1325–1354. Translated by Gibb, H. A. R. London: Routledge.")
    assert ([(p.family, p.initials) for p in e.persons if p.role == Role.TRANSLATOR], e.places[0].value, e.publisher.value) == (
        [("Gibb", "H. A. R.")], "London", "Routledge"
    )


def test_saint_abbreviated_and_a_particle_word_in_a_name() -> None:
    e = parse_reference("St. Clair, William. The Reading Nation in the Romantic Period. Cambridge: Cambridge University Press, 2004.")
    assert [p.family for p in e.authors] == ["St. Clair"]
    assert parse_reference("Du Maurier, Daphne. Rebecca. London: Victor Gollancz, 1938.").language == "en"


@pytest.mark.parametrize(
    ("text", "site", "owner"),
    [
        ("“Robert Frost.” Poets.org, Academy of American Poets, poets.org/poet/robert-frost. Accessed 14 Mar. 2024.",
         "Poets.org", "Academy of American Poets"),
        ("“Genetic Testing.” MedlinePlus, U.S. National Library of Medicine, 18 Sept. 2020, medlineplus.gov/genetictesting.html.",
         "MedlinePlus", "U.S. National Library of Medicine"),
        ("“Bob Dylan – Facts.” The Nobel Prize, 2016, www.nobelprize.org/prizes/literature/2016/dylan/facts/.", "The Nobel Prize", None),
    ],
)
def test_mla_website_then_its_owner_then_the_date(text: str, site: str, owner: str | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.publisher.value if e.publisher else None) == (EntryType.WEBPAGE, site, owner)


def test_apa_particle_after_the_initials_stays_with_them() -> None:
    e = parse_reference("Beauvoir, S. de. (2011). The second sex (C. Borde & S. Malovany-Chevallier, Trans.). Vintage Books.")
    assert ([(p.family, p.given, p.initials) for p in e.authors], e.title.value, e.date.year) == (
        [("Beauvoir", "", "S. de")], "The second sex", 2011
    )


def test_wikipedia_speech_mark_and_its_occasion() -> None:
    e = parse_reference("Churchill, Winston (4 June 1940). We Shall Fight on the Beaches (Speech). House of Commons, London.")
    assert (e.type, e.title.value, e.host, e.publisher, e.places) == (EntryType.DOCUMENT, "We Shall Fight on the Beaches", None, None, [])


def test_wikipedia_journal_volume_in_roman_numerals() -> None:
    e = parse_reference('Turing, A. M. (October 1950). "Computing Machinery and Intelligence". Mind. LIX (236): 433–460.')
    assert (e.host.title.value, e.host.volume, e.host.issue, str(e.pages)) == ("Mind", "LIX", "236", "433–460")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("1. Ursula K. Le Guin, The Left Hand of Darkness (New York: Ace Books, 1969), 12.", "Le Guin"),
        ("2. Emmanuel Le Roy Ladurie, Montaillou: The Promised Land of Error, trans. Barbara Bray (New York: George Braziller, 1978), 45.",
         "Le Roy Ladurie"),
        ("3. W. E. B. Du Bois, The Souls of Black Folk (Chicago: A. C. McClurg, 1903), 3.", "Du Bois"),
    ],
)
def test_natural_order_name_keeps_its_capitalised_particle(text: str, family: str) -> None:
    assert [p.family for p in parse_reference(text).authors] == [family]


def test_a_capitalised_particle_is_no_middle_name() -> None:
    e = parse_reference("Adler, Mortimer J., and Charles Van Doren. How to Read a Book. Rev. ed., Simon and Schuster, 1972.")
    assert [(p.family, p.given) for p in e.authors] == [("Adler", "Mortimer J."), ("Van Doren", "Charles")]
    e = parse_reference("Ronald Grigor Suny, The Soviet Experiment (New York: Oxford University Press, 1998), 12.")
    assert [(p.family, p.given) for p in e.authors] == [("Suny", "Ronald Grigor")]


def test_wikipedia_suffix_written_with_the_family_name() -> None:
    e = parse_reference("King Jr., Martin Luther (1963). Why We Can't Wait. New York: Harper & Row.")
    assert ([(p.family, p.given, p.suffix) for p in e.authors], e.title.value) == ([("King", "Martin Luther", "Jr.")], "Why We Can't Wait")
    e = parse_reference("Randers, Jørgen; Behrens III, William W. (1972). The Limits to Growth. New York: Universe Books.")
    assert [(p.family, p.suffix) for p in e.authors] == [("Randers", ""), ("Behrens", "III")]


def test_mla_talk_closes_with_its_kind_after_the_venue() -> None:
    e = parse_reference("Atwood, Margaret. “The Handmaid’s Tale and Oryx and Crake in Context.” Modern Language Association Convention, "
                        "8 Jan. 2004, Marriott Hotel, Philadelphia. Lecture.")
    assert (e.type, e.host.title.value, e.date.year, e.places, e.publisher) == (
        EntryType.DOCUMENT, "Modern Language Association Convention", 2004, [], None
    )
    assert [n.value for n in e.notes] == ["Marriott Hotel, Philadelphia", "Lecture"]
    assert not [d for d in e.warnings if d.code == "unparsed-remainder"]


def test_chicago_recorded_talk_with_its_occasion_and_running_time() -> None:
    e = parse_reference("Bouman, Katherine L. “How to Take a Picture of a Black Hole.” Filmed November 2016 at TEDxBeaconStreet, "
                        "Brookline, MA. Video, 12:51. https://www.ted.com/talks/katie_bouman_what_does_a_black_hole_look_like.")
    assert (e.title.value, e.subtitle, e.date.year, e.date.month) == ("How to Take a Picture of a Black Hole", None, 2016, 11)
    assert [n.value for n in e.notes] == ["TEDxBeaconStreet, Brookline, MA", "Video, 12:51"]


@pytest.mark.parametrize(
    "text",
    [
        "Abrams, M. H., gen. ed. The Norton Anthology of English Literature. 7th ed. 2 vols. New York: W. W. Norton, 2000.",
        "Greenblatt, S. (Gen. Ed.). (2012). The Norton anthology of English literature (9th ed.). W. W. Norton.",
    ],
)
def test_general_editor_abbreviated_after_the_name(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, [p.role for p in e.persons], e.title.value.lower()) == (
        EntryType.COLLECTION, [Role.EDITOR], "the norton anthology of english literature"
    )


def test_wikipedia_thesis_mark_is_no_part_of_the_title() -> None:
    e = parse_reference("Shannon, Claude E. (1940). A Symbolic Analysis of Relay and Switching Circuits (Thesis). "
                        "Massachusetts Institute of Technology. hdl:1721.1/11173.")
    assert (e.type, e.title.value, e.publisher.value) == (
        EntryType.THESIS, "A Symbolic Analysis of Relay and Switching Circuits", "Massachusetts Institute of Technology"
    )


@pytest.mark.parametrize(
    ("text", "journal", "volume", "pages"),
    [
        ("Coase, R. H. 1960. “The Problem of Social Cost.” Journal of Law and Economics 3:1–44.", "Journal of Law and Economics", "3", "1–44"),
        ("Becker, Gary S. 1968. “Crime and Punishment: An Economic Approach.” Journal of Political Economy 76: 169–217.",
         "Journal of Political Economy", "76", "169–217"),
        ("Coase, R.H. (1960) 'The problem of social cost', Journal of Law and Economics, 3(October), pp. 1–44.",
         "Journal of Law and Economics", "3", "1–44"),
    ],
)
def test_journal_volume_and_pages_in_older_and_harvard_forms(text: str, journal: str, volume: str, pages: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value, e.host.volume, str(e.pages), e.publisher) == (EntryType.ARTICLE, journal, volume, pages, None)


def test_lv_title_opening_with_a_place_and_a_comma_after_the_author() -> None:
    e = parse_reference("Lejnieks J. Rīga, kuras nav. Rīga: Zinātne, 1998.")
    assert ([(p.family, p.initials) for p in e.authors], e.title.value) == ([("Lejnieks", "J.")], "Rīga, kuras nav")
    e = parse_reference("Колодный Л. Е. Москва, которой нет. М.: Голос-Пресс, 2005. 320 с.")
    assert ([p.family for p in e.authors], e.title.value) == (["Колодный"], "Москва, которой нет")
    e = parse_reference("Sajūsma. Atmiņas. Rīga, 1990.")
    assert (e.authors, e.title.value) == ([], "Sajūsma")


def test_lv_no_label_and_a_host_author_known_by_one_name() -> None:
    e = parse_reference("Rainis. Jāzeps un viņa brāļi. No: Rainis. Kopoti raksti. 12. sēj. Rīga: Zinātne, 1980, 175.–290. lpp.")
    assert (e.type, e.title.value, e.host.title.value, e.host.volume or e.volume, str(e.pages)) == (
        EntryType.CHAPTER, "Jāzeps un viņa brāļi", "Kopoti raksti", "12", "175–290")
    assert [p.family for p in e.host.persons] == ["Rainis"]
    e = parse_reference("Zālīte I. Trimdas dzeja. No: Latviešu literatūras vēsture. 3. sēj. Rīga: Zvaigzne ABC, 2001, 120.–140. lpp.")
    assert (e.type, e.host.title.value, e.host.persons) == (EntryType.CHAPTER, "Latviešu literatūras vēsture", [])


def test_lv_encyclopedia_columns_and_a_headword_known_as_a_pen_name() -> None:
    e = parse_reference("Aspazija. Latviešu konversācijas vārdnīca. 1. sēj. Rīga: A. Gulbis, 1927–1928, 1143.–1146. sl.")
    assert (e.type, e.authors, e.title.value, e.host.title.value, str(e.pages)) == (
        EntryType.ENCYCLOPEDIA_ENTRY, [], "Aspazija", "Latviešu konversācijas vārdnīca", "1143–1146")
    e = parse_reference("Aspazija. Grām.: Latviešu konversācijas vārdnīca. 1. sēj. Rīga: A. Gulbis, 1927–1928.")
    assert (e.type, e.title.value) == (EntryType.ENCYCLOPEDIA_ENTRY, "Aspazija")
    e = parse_reference("Rainis. Dzeja. Rīga, 1977.")
    assert ([p.family for p in e.authors], e.title.value) == (["Rainis"], "Dzeja")


def test_lv_archive_repository_spelt_out_with_commas_verso_and_language() -> None:
    e = parse_reference("Latvijas Nacionālais arhīvs, Latvijas Valsts arhīvs (LNA LVA), 270. f., 1. apr., 2351. l., 45.–47. lp.")
    assert (e.type, e.title, str(e.pages)) == (EntryType.DOCUMENT, None, "45–47")
    e = parse_reference("Российский государственный архив социально-политической истории, Москва (РГАСПИ). Ф. 17. Оп. 3. Д. 1. Л. 5.")
    assert (e.type, e.title, str(e.pages)) == (EntryType.DOCUMENT, None, "5")
    e = parse_reference("LVVA, 2575. f., 15. apr., 40. l., 3. lp. o. p.")
    assert (e.type, e.title, str(e.pages), e.language) == (EntryType.DOCUMENT, None, "3", "lv")
    assert parse_reference("LNA LVVA, 1468. f., 2. apr., 1138. l.").language == "lv"


def test_german_title_words_in_a_latvian_bibliography() -> None:
    assert parse_reference("Stender G. F. Lettische Grammatik. 2. izd. Jelgava, 1783.").language == "de"
    assert detect_language("Die lettische Sprache und ihre Dialekte") == "de"


def test_gost_2018_role_joined_with_a_second_contribution() -> None:
    e = parse_reference("Шульгин, В. В. Дни. 1920 : записки / В. В. Шульгин ; составитель и автор вступительной статьи Д. А. Жуков. – "
                        "Москва : Современник, 1989. – 559 с. – (Память). – Текст : непосредственный.")
    assert [(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR] == [("Жуков", Role.COMPILER)]
    e = parse_reference("Рабинович, А. Большевики приходят к власти / Александр Рабинович ; общая редакция и предисловие Г. З. Иоффе. – "
                        "Москва : Прогресс, 1989. – 416 с.")
    assert [(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR] == [("Иоффе", Role.EDITOR)]
    e = parse_reference("Пушкин, А. С. Стихотворения / составление, вступительная статья и комментарии В. И. Коровина. – "
                        "Москва : Художественная литература, 1985. – 350 с.")
    assert [(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR] == [("Коровин", Role.COMPILER)]


def test_lv_thesis_designation_with_the_degree_is_no_subtitle() -> None:
    e = parse_reference("Šiliņš, Jānis. Padomju Latvija 1918–1920: promocijas darbs vēstures doktora grāda iegūšanai. Latvijas Universitāte, 2017.")
    assert (e.type, e.title.value, e.subtitle, e.publisher.value) == (EntryType.THESIS, "Padomju Latvija 1918–1920", None, "Latvijas Universitāte")


def test_a_body_named_again_as_publisher_is_the_group_author() -> None:
    e = parse_reference("Latvijas Banka. Gada pārskats 2013. Rīga: Latvijas Banka, 2014. 92 lpp.")
    assert ([p.literal for p in e.authors], e.title.value, e.subtitle) == (["Latvijas Banka"], "Gada pārskats 2013", None)
    e = parse_reference("Латвийский банк. Годовой отчет 2013. – Рига : Латвийский банк, 2014. – 92 с.")
    assert ([p.literal for p in e.authors], e.title.value) == (["Латвийский банк"], "Годовой отчет 2013")


def test_lv_web_page_title_then_the_agency_that_publishes_it() -> None:
    e = parse_reference("Vietvārdu datubāze. Latvijas Ģeotelpiskās informācijas aģentūra. Pieejams: https://vietvardi.lgia.gov.lv [skatīts 27.01.2024.]")
    assert (e.type, e.title.value, e.subtitle, e.publisher.value) == (
        EntryType.WEBPAGE, "Vietvārdu datubāze", None, "Latvijas Ģeotelpiskās informācijas aģentūra")


def test_lv_seminar_papers_are_proceedings() -> None:
    e = parse_reference("Holokausta izpētes jautājumi Latvijā: starptautiskā semināra referāti. Rīga: Latvijas vēstures institūta apgāds, 2001.")
    assert e.type == EntryType.PROCEEDINGS


def test_lv_regulation_number_before_its_name_is_no_issue() -> None:
    e = parse_reference("Ministru kabineta noteikumi Nr. 916 „Dokumentu izstrādāšanas un noformēšanas kārtība”. Latvijas Vēstnesis, 2010. 6. okt., Nr. 157.")
    assert (e.type, e.host.title.value, e.host.issue or e.issue) == (EntryType.ARTICLE, "Latvijas Vēstnesis", "157")
    assert e.title.value.startswith("Ministru kabineta noteikumi Nr. 916")


def test_lv_letter_in_a_museum_with_a_dated_title() -> None:
    e = parse_reference("Raiņa vēstule Aspazijai, 1897. g. 2. febr. RTMM 62417.")
    assert (e.type, e.title.value, e.subtitle) == (EntryType.DOCUMENT, "Raiņa vēstule Aspazijai, 1897. g. 2. febr.", None)
    e = parse_reference("Fielding, R., et al. Hypertext Transfer Protocol -- HTTP/1.1. June 1999. RFC 2616.")
    assert e.type != EntryType.DOCUMENT


def test_lv_museum_inventory_after_the_museum_and_columns_without_ordinal_stops() -> None:
    e = parse_reference("Aspazijas vēstule Rainim, 1897. gada 10. februārī. Rakstniecības un mūzikas muzejs, RTMM 62418.")
    assert (e.type, e.title.value, e.subtitle) == (EntryType.DOCUMENT, "Aspazijas vēstule Rainim, 1897. gada 10. februārī", None)
    e = parse_reference("Latviešu konversācijas vārdnīca. 1. sēj. Rīga: A. Gulbis, 1927–1928, 1143–1146 sl.")
    assert str(e.pages) == "1143–1146"
    e = parse_reference("История Латвийской ССР. Т. 1 / Редкол.: К.Я. Страздинь (отв. ред.) и др. Рига, Изд-во АН Латв. ССР, 1952.")
    assert (e.type, e.publisher.value) == (EntryType.VOLUME, "Изд-во АН Латв. ССР")


def test_unsigned_headword_before_a_named_encyclopedia_and_its_volume() -> None:
    e = parse_reference("Aglona. Latvijas padomju enciklopēdija. 1. sēj. Rīga: Galvenā enciklopēdiju redakcija, 1981.")
    assert (e.type, e.authors, e.title.value, e.host.title.value) == (EntryType.ENCYCLOPEDIA_ENTRY, [], "Aglona", "Latvijas padomju enciklopēdija")
    e = parse_reference("Mīlenbahs K. Latviešu valodas vārdnīca. 1. sēj. Rīga: Izglītības ministrija, 1923–1925.")
    assert (e.type, [p.family for p in e.authors]) == (EntryType.VOLUME, ["Mīlenbahs"])
    e = parse_reference('Мифы народов мира. Энциклопедия (в 2-х т.). Т. 1. / гл. ред. С.А. Токарев. М., "Советская энциклопедия", 1980.')
    assert e.type == EntryType.VOLUME


def test_lv_arranged_by_and_two_letter_given_abbreviations() -> None:
    e = parse_reference("Latvieši: rakstu krājums. Sakārtojuši A. Balodis un A. Švābe. Rīga: Valters un Rapa, 1930.")
    assert ([p.family for p in e.persons], e.subtitle.value) == (["Balodis", "Švābe"], "rakstu krājums")
    e = parse_reference("Latvieši: rakstu krājums / sak. Fr. Balodis un A. Švābe. Rīga: Valters un Rapa, 1930.")
    assert [(p.family, p.given or p.initials) for p in e.persons] == [("Balodis", "Fr."), ("Švābe", "A.")]
    e = parse_reference("Latvju tautas mūzikas materiāli / sak. A. Jurjāns. 1. grām. Rīga, 1894.")
    assert [(p.family, p.role) for p in e.persons] == [("Jurjāns", Role.COMPILER)]


def test_lv_online_label_before_the_address() -> None:
    e = parse_reference("Brīvības piemineklis. Grām.: Nacionālā enciklopēdija. Tiešsaistē: https://enciklopedija.lv [skatīts 2024. g. 8. martā].")
    assert (e.host.title.value, e.url) == ("Nacionālā enciklopēdija", "https://enciklopedija.lv")


def test_gost_person_headword_alone_before_the_host_is_the_title() -> None:
    e = parse_reference("Андрей Рублёв. – Текст : непосредственный // Православная энциклопедия. – Москва, 2001. – Т. 2.")
    assert (e.type, e.authors, e.title.value) == (EntryType.ENCYCLOPEDIA_ENTRY, [], "Андрей Рублёв")
    e = parse_reference("Иванов И. И. Заглавие // Вопросы истории. 1990. № 5. С. 3–10.")
    assert ([p.family for p in e.authors], e.title.value) == (["Иванов"], "Заглавие")


def test_gost_2018_bracketed_role_supplied_by_the_cataloguer() -> None:
    e = parse_reference("Сахаров, А. Д. Воспоминания : в 3 томах. Том 1 / Андрей Сахаров ; [редакторы-составители Е. Холмогорова, "
                        "Ю. Шиханович]. – Москва : Время, 2006. – Текст : непосредственный.")
    assert ([p.family for p in e.authors], [p.family for p in e.persons if p.role != Role.AUTHOR]) == (["Сахаров"], ["Холмогорова", "Шиханович"])


def test_soviet_compiler_and_general_editor_joined_in_one_phrase() -> None:
    e = parse_reference("Изборник / Сост. и общая ред. Л.А. Дмитриева и Д.С. Лихачева. М., «Художественная литература», 1969. - 799 стр.")
    assert (e.type, [(p.family, p.role) for p in e.persons]) == (
        EntryType.COLLECTION, [("Дмитриев", Role.EDITOR), ("Лихачев", Role.EDITOR)])
    e = parse_reference("Хрестоматия / Сост. и научная ред. Н.К. Гудзия. М., 1973.")
    assert [p.role for p in e.persons] == [Role.EDITOR]


def test_gost_church_rank_after_the_heading_stays_with_the_name() -> None:
    for text, rank in (("Флоровский Г., прот. Пути русского богословия. — Париж : YMCA-Press, 1937. — 574 с.", "прот."),
                       ("Флоровский, Г. В., протоиерей. Пути русского богословия / Г. В. Флоровский. – Москва : Наука, 2009.", "протоиерей")):
        e = parse_reference(text)
        assert ([(p.family, p.initials, p.suffix) for p in e.authors], e.title.value) == ([("Флоровский", e.authors[0].initials, rank)], "Пути русского богословия")
    e = parse_reference("Иванов И. И., Петров П. П. Заглавие. — М. : Наука, 1999.")
    assert [p.suffix for p in e.authors] == ["", ""]


def test_russian_double_family_name_after_initials_and_before_them() -> None:
    for text in ("Г. Гарсиа Маркес. Сто лет одиночества. М., 1971.", "Гарсиа Маркес Г. Сто лет одиночества / пер. с исп. Н. Бутыриной. — М., 1971."):
        e = parse_reference(text)
        assert ([(p.family, p.initials) for p in e.authors], e.title.value) == ([("Гарсиа Маркес", "Г.")], "Сто лет одиночества")
    e = parse_reference("Ф. Скотт Фицджеральд. Великий Гэтсби. М., 1965.")  # a known forename after the initial
    assert [(p.family, p.given) for p in e.authors] == [("Фицджеральд", "Ф. Скотт")]
    e = parse_reference("Великая Отечественная война. — М., 1985.")
    assert (e.authors, e.title.value) == ([], "Великая Отечественная война")


def test_soviet_language_abbreviated_after_translated_from_is_no_sentence_end() -> None:
    for lang in ("исп.", "норв.", "дат.", "др.-греч."):
        e = parse_reference(f"Дж. Джойс. Улисс. Пер. с {lang} В. Хинкиса. М., 1993.")
        assert ([(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR], e.title.value) == ([("Хинкис", Role.TRANSLATOR)], "Улисс")
    e = parse_reference("Дж. Джойс. Улисс. Пер. с исп. М., 1993.")
    assert ([p.role for p in e.persons], e.places[0].name) == ([Role.AUTHOR], "Москва")


def test_latin_title_of_a_piece_in_a_russian_host_is_russian() -> None:
    e = parse_reference("Успенский Б. А. Historia sub specie semioticae // Культурное наследие Древней Руси. — М. : Наука, 1976. — С. 286–292.")
    assert (e.title.value, e.language) == ("Historia sub specie semioticae", "ru")
    e = parse_reference("А. Блок. Ante lucem. — Собр. соч. в 8-ми т., т. 1. М.—Л., Гослитиздат, 1960, стр. 3-30.")
    assert e.language == "ru"
    e = parse_reference("Mangulis V. Latvia in the wars of the 20th century // Latvijas Vēsture. 1993. Nr. 2.")  # a Latin-script host
    assert e.language == "en"


def test_two_persons_sharing_one_family_name_written_once() -> None:
    for text, family in (("Kaudzītes R. un M. Mērnieku laiki. Rīga, 1879.", "Kaudzīte"), ("R. un M. Kaudzītes. Mērnieku laiki. Rīga, 1879.", "Kaudzīte"),
                         ("Стругацкие А. и Б. Страна багровых туч. — М. : Детгиз, 1959.", "Стругацкий"),
                         ("А. и Б. Стругацкие. Понедельник начинается в субботу. М., 1965.", "Стругацкий")):
        e = parse_reference(text)
        assert [(p.family, p.initials) for p in e.authors] == [(family, e.authors[0].initials), (family, e.authors[1].initials)]
        assert e.title.value in ("Mērnieku laiki", "Страна багровых туч", "Понедельник начинается в субботу")
    e = parse_reference("Андерсен Х. К. Сказки. Пер. с дат. А. и П. Ганзен. Л., 1969.")
    assert [(p.family, p.initials, p.role) for p in e.persons if p.role == Role.TRANSLATOR] == [("Ганзен", "А.", Role.TRANSLATOR), ("Ганзен", "П.", Role.TRANSLATOR)]
    e = parse_reference("Kalniņš J. un M. Ozols. Latvijas vēsture. Rīga, 1990.")  # a family name after the second initials: two families
    assert [p.family for p in e.authors] == ["Kalniņš", "Ozols"]


def test_anonymous_folk_epic_is_a_title_not_a_one_word_author() -> None:
    for text, title in (("Kalevala. Somu tautas epos / tulk. L. Laicens. Rīga, 1924.", "Kalevala"),
                        ("Манас. Эпизоды из киргизского народного эпоса. М., Гослитиздат, 1946.", "Манас")):
        e = parse_reference(text)
        assert (e.authors, e.title.value) == ([], title)
    e = parse_reference("Rainis. Dzeja. Rīga, 1977.")
    assert [p.family for p in e.authors] == ["Rainis"]


def test_letter_date_as_a_sentence_of_its_own_closes_the_title() -> None:
    e = parse_reference("Raiņa vēstule Aspazijai. 1897. g. 2. febr. RTMM 62417.")
    assert (e.authors, e.title.value, e.date) == ([], "Raiņa vēstule Aspazijai. 1897. g. 2. febr.", None)
    e = parse_reference("Rainis. Vēstule Aspazijai. 1897. gada 2. februārī. RTMM 62417.")
    assert ([p.family for p in e.authors], e.title.value) == (["Rainis"], "Vēstule Aspazijai. 1897. gada 2. februārī")
    e = parse_reference("В.И. Ленин. Письмо к съезду. 23 декабря 1922 г. — Полн. собр. соч., т. 45, стр. 343—348.")
    assert (e.title.value, e.host.title.value) == ("Письмо к съезду. 23 декабря 1922 г.", "Полн. собр. соч")
    e = parse_reference("Upīts A. Jaunā latviešu proza. 1969. gada 5. maijā. Rīga, 1970.")  # no letter: the date is a sentence apart
    assert e.title.value == "Jaunā latviešu proza"


def test_russian_family_names_joined_by_a_lower_case_word() -> None:
    for text, family in (("Ортега-и-Гассет Х. Восстание масс. — М. : АСТ, 2002.", "Ортега-и-Гассет"),
                         ("Х. Ортега-и-Гассет. Эстетика. М., «Искусство», 1991.", "Ортега-и-Гассет"),
                         ("Р. Мартен дю Гар. Семья Тибо. М., 1957.", "Мартен дю Гар"),
                         ("Мартен дю Гар Р. Семья Тибо. — М. : Гослитиздат, 1957.", "Мартен дю Гар")):
        e = parse_reference(text)
        assert ([p.family for p in e.authors], e.title.value) == ([family], e.title.value) and e.title.value in ("Восстание масс", "Эстетика", "Семья Тибо")


def test_unnamed_translation_then_another_role_and_the_editor_of_a_translation() -> None:
    e = parse_reference("Дж. Хоскинг. История Советского Союза. Пер. с англ. Общ. ред. и послесл. В. А. Козлова. М., «Вагриус», 1994.")
    assert [(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR] == [("Козлов", Role.EDITOR)]
    e = parse_reference("Тацит К. Анналы / пер. с лат. А. С. Бобовича ; ред. пер. Я. М. Боровский. — Л. : Наука, 1969.")
    assert [(p.family, p.role) for p in e.persons if p.role != Role.AUTHOR] == [("Бобович", Role.TRANSLATOR), ("Боровский", Role.EDITOR)]


def test_latin_title_in_a_cyrillic_imprint_and_a_foreign_language_title() -> None:
    assert parse_reference("Брюсов В. Я. Urbi et orbi. — М. : Скорпион, 1903. — 188 с.").language == "ru"
    assert parse_reference("Marx K. Selected Works. М. : Прогресс, 1970.").language == "en"  # a Latin-script writer
    assert parse_reference("Трубецкой Н. С. Zur Frage der Sprache und der Kultur // Вопросы языкознания. — 1958. — № 1.").language == "de"


def test_chicago_double_issue_months_date_the_issue() -> None:
    e = parse_reference('Williams, Raymond. "Base and Superstructure." New Left Review, no. 82 (November–December 1973): 3–16.')
    assert (e.type, e.publisher, e.host.title.value, e.date.year) == (EntryType.ARTICLE, None, "New Left Review", 1973)
    e = parse_reference('Fussell, Paul. "The Real War 1939–1945." Atlantic Monthly, July/August 1989, 32–48.')
    assert (e.host.title.value, e.date.year) == ("Atlantic Monthly", 1989)


def test_author_date_year_is_no_title_when_the_subtitle_holds_a_year() -> None:
    e = parse_reference("Crosby, Alfred W., Jr. 1972. The Columbian Exchange: Biological and Cultural Consequences of 1492. Westport, CT: Greenwood.")
    assert (e.title.value, e.subtitle.value, e.publisher.value, e.date.year) == (
        "The Columbian Exchange", "Biological and Cultural Consequences of 1492", "Greenwood", 1972)
    assert e.authors[0].suffix == "Jr."
    e = parse_reference("Orwell, George. 1984. London: Secker & Warburg, 1949.")
    assert (e.title.value, e.date.year) == ("1984", 1949)


def test_chicago_note_reprint_imprint_after_the_first_year() -> None:
    e = parse_reference("8. Francis Parkman, The Oregon Trail, ed. David Levin (1849; repr., New York: Penguin Books, 1982), 112.")
    assert (e.publisher.value, e.places[0].value, e.date.year, e.extra["original_year"]) == ("Penguin Books", "New York", 1982, "1849")
    e = parse_reference("5. Thorstein Veblen, The Theory of the Leisure Class (New York, 1899; repr. New York: Modern Library, 1934), 25.")
    assert (e.title.value, e.publisher.value, e.date.year) == ("The Theory of the Leisure Class", "Modern Library", 1934)


def test_chicago_note_names_three_editors_and_a_suffix() -> None:
    e = parse_reference("30. Stephan Thernstrom, Ann Orlov, and Oscar Handlin, eds., Harvard Encyclopedia of American Ethnic Groups "
                        "(Cambridge, MA: Belknap Press of Harvard University Press, 1980), 532.")
    assert [(p.family, p.role) for p in e.persons] == [("Thernstrom", Role.EDITOR), ("Orlov", Role.EDITOR), ("Handlin", Role.EDITOR)]
    e = parse_reference("4. Julian Cooper, Maureen Perrie, and E. A. Rees, eds., Soviet History, 1917–53: Essays in Honour of R. W. Davies "
                        "(New York: St. Martin's Press, 1995), 12.")
    assert [p.family for p in e.persons_with(Role.EDITOR)] == ["Cooper", "Perrie", "Rees"]
    e = parse_reference("7. Arthur M. Schlesinger Jr., The Age of Jackson (Boston: Little, Brown, 1945), 45.")
    assert [(p.family, p.suffix) for p in e.authors] == [("Schlesinger", "Jr.")]


def test_lower_case_particles_and_articles_open_a_heading() -> None:
    e = parse_reference("de Waal, Frans (1982). Chimpanzee Politics: Power and Sex among Apes. London: Jonathan Cape.")
    assert ([(p.family, p.given) for p in e.authors], e.title.value, e.date.year) == ([("de Waal", "Frans")], "Chimpanzee Politics", 1982)
    e = parse_reference("al-Ghazali, Abu Hamid. The Incoherence of the Philosophers. Provo, UT: Brigham Young University Press, 1997.")
    assert [(p.family, p.given) for p in e.authors] == [("al-Ghazali", "Abu Hamid")]
    e = parse_reference("ibn Rushd. The Distinguished Jurist's Primer. Reading: Garnet, 1994.")
    assert ([p.family for p in e.authors], e.title.value) == (["ibn Rushd"], "The Distinguished Jurist's Primer")


def test_wikipedia_journal_name_keeps_its_own_stops() -> None:
    e = parse_reference('Braudel, Fernand (1958). "Histoire et Sciences sociales : La longue durée". Annales. Économies, Sociétés, '
                        "Civilisations (in French). 13 (4): 725–753.")
    assert (e.type, e.host.title.value, e.publisher) == (EntryType.ARTICLE, "Annales. Économies, Sociétés, Civilisations", None)
    e = parse_reference('Riedel, Stefan (January 2005). "Edward Jenner and the history of smallpox and vaccination". '
                        "Proceedings (Baylor University. Medical Center). 18 (1): 21–25.")
    assert e.host.title.value == "Proceedings (Baylor University. Medical Center)"
    e = parse_reference('Hardin, Garrett (1968). "The Tragedy of the Commons". Science (New York, N.Y.). 162 (3859): 1243–1248.')
    assert (e.host.title.value, e.publisher) == ("Science (New York, N.Y.)", None)
    e = parse_reference('Lévi-Strauss, Claude (1955). "The Structural Study of Myth". The Journal of American Folklore. '
                        "American Folklore Society. 68 (270): 428–444.")
    assert e.host.title.value == "The Journal of American Folklore"  # the publisher's sentence stays out


def test_lesser_degree_theses_name_their_college() -> None:
    e = parse_reference('Robinson, Michelle LaVaughn. "Princeton-Educated Blacks and the Black Community." Senior thesis, Princeton University, 1985.')
    assert (e.type, e.genre, e.publisher.value) == (EntryType.THESIS, "Senior thesis", "Princeton University")
    e = parse_reference("Plath, Sylvia. “The Magic Mirror.” 1955. Smith College, Honors thesis.")
    assert (e.type, e.publisher.value) == (EntryType.THESIS, "Smith College")
    e = parse_reference("Smith, John (1985). Title of a Thesis (Honours thesis). University of Sydney.")
    assert (e.title.value, e.publisher.value) == ("Title of a Thesis", "University of Sydney")


def test_apa_report_series_and_number_in_parentheses() -> None:
    e = parse_reference("Semega, J., Kollar, M., Shrider, E. A., & Creamer, J. F. (2020). Income and poverty in the United States: 2019 "
                        "(Current Population Reports P60-270). U.S. Census Bureau.")
    assert (e.type, e.subtitle.value, e.genre, e.number) == (EntryType.REPORT, "2019", "Current Population Reports", "P60-270")
    e = parse_reference("Asimov, Isaac (September 1941). \"Nightfall\". Astounding Science Fiction. Vol. 28, no. 1. pp. 9–34.")
    assert (e.type, e.date.year) == (EntryType.ARTICLE, 1941)  # a date in parentheses is no report number
    e = parse_reference("Smith, J. (2020). Title of a manual (Vol. 2). Publisher Press.")
    assert e.number in (None, "")


def test_wikipedia_report_publisher_after_the_genre() -> None:
    e = parse_reference("Statistical Review of World Energy 2021 (PDF) (Report). BP. Retrieved 10 July 2021.")
    assert (e.type, e.title.value, e.subtitle, e.publisher.value) == (EntryType.REPORT, "Statistical Review of World Energy 2021", None, "BP")


def test_lettered_volume_of_a_set() -> None:
    e = parse_reference("Holt, P. M.; Lambton, Ann K. S.; Lewis, Bernard, eds. (1970). The Cambridge History of Islam. Vol. 1A. "
                        "Cambridge: Cambridge University Press.")
    assert (e.type, e.volume, e.subtitle) == (EntryType.VOLUME, "1A", None)


def test_mla_site_cited_by_its_bare_domain() -> None:
    e = parse_reference("Folsom, Ed, and Kenneth M. Price, editors. The Walt Whitman Archive, whitmanarchive.org. Accessed 9 Oct. 2023.")
    assert (e.title.value, e.url, e.publisher) == ("The Walt Whitman Archive", "whitmanarchive.org", None)
    e = parse_reference('Nakamoto, Satoshi (2008). "Bitcoin: A Peer-to-Peer Electronic Cash System" (PDF). bitcoin.org. Retrieved 28 April 2014.')
    assert e.url in (None, "")  # Wikipedia's ". bitcoin.org." names the site


def test_chicago_note_title_that_names_a_person() -> None:
    e = parse_reference("6. Douglas Southall Freeman, R. E. Lee: A Biography, 4 vols. (New York: Charles Scribner’s Sons, 1934–35), 2:347.")
    assert ([p.family for p in e.authors], e.title.value, e.subtitle.value) == (["Freeman"], "R. E. Lee", "A Biography")
    e = parse_reference("5. Richard Ellmann, James Joyce (New York: Oxford University Press, 1959), 12.")
    assert ([(p.family, p.given) for p in e.authors], e.title.value) == ([("Ellmann", "Richard")], "James Joyce")
    e = parse_reference("Le Roy Ladurie, E. (1978). Montaillou: The promised land of error (B. Bray, Trans.). George Braziller.")
    assert [p.family for p in e.authors] == ["Le Roy Ladurie"]  # an inverted heading before its date is no note form


def test_author_date_years_of_a_multivolume_work() -> None:
    e = parse_reference("Churchill, Winston S. 1948–53. The Second World War. 6 vols. Boston: Houghton Mifflin.")
    assert (e.title.value, e.date.year, e.number_of_volumes, e.publisher.value) == ("The Second World War", 1948, "6", "Houghton Mifflin")


def test_cs2_imprint_after_an_inverted_translator() -> None:
    e = parse_reference("Wittgenstein, Ludwig (1922), Tractatus Logico-Philosophicus, translated by Ogden, C. K., London: Kegan Paul, Trench, Trubner & Co.")
    assert ([p.family for p in e.authors], [p.family for p in e.persons_with(Role.TRANSLATOR)]) == (["Wittgenstein"], ["Ogden"])
    assert (e.places[0].value, e.publisher.value) == ("London", "Kegan Paul, Trench, Trubner & Co.")


def test_apa_issue_without_a_volume() -> None:
    e = parse_reference("Nye, J. S. (1990). Soft power. Foreign Policy, (80), 153–171.")
    assert (e.type, e.host.title.value, e.host.issue, e.publisher) == (EntryType.ARTICLE, "Foreign Policy", "80", None)


def test_part_inside_a_quoted_title_stays_in_it() -> None:
    e = parse_reference('McCarthy, John (April 1960). "Recursive Functions of Symbolic Expressions and Their Computation by Machine, '
                        'Part I". Communications of the ACM. 3 (4): 184–195.')
    assert (e.title.value.endswith("Part I"), e.part) == (True, "")
    e = parse_reference("Smith, John. History of the War. Part 2. London: Verso, 1990.")
    assert e.part == "2"


def test_quoted_title_with_a_format_mark_before_a_site_name() -> None:
    e = parse_reference('Nakamoto, Satoshi (31 October 2008). "Bitcoin: A Peer-to-Peer Electronic Cash System" (PDF). bitcoin.org. '
                        "Retrieved 28 April 2014.")
    assert (e.title.value, e.subtitle.value, e.host.title.value) == ("Bitcoin", "A Peer-to-Peer Electronic Cash System", "bitcoin.org")


def test_container_title_with_a_span_of_years_before_its_subtitle() -> None:
    e = parse_reference("14. Oleg Khlevniuk, “The Objectives of the Great Terror, 1937–1938,” in Soviet History, 1917–53: Essays in Honour "
                        "of R. W. Davies, ed. Julian Cooper, Maureen Perrie, and E. A. Rees (New York: St. Martin’s Press, 1995), 158–76.")
    assert (e.host.title.value, e.host.subtitle.value) == ("Soviet History, 1917–53", "Essays in Honour of R. W. Davies")
    assert [p.family for p in e.host.persons] == ["Cooper", "Perrie", "Rees"]


def test_journal_section_after_a_stop_belongs_to_the_journal() -> None:
    for text in (
        "Gould, S. J. and Lewontin, R. C. (1979) 'The spandrels of San Marco and the Panglossian paradigm', Proceedings of the Royal "
        "Society of London. Series B, Biological Sciences, 205(1161), pp. 581–598.",
        "Gould, S. J., & Lewontin, R. C. (1979). The spandrels of San Marco and the Panglossian paradigm. Proceedings of the Royal "
        "Society of London. Series B, Biological Sciences, 205(1161), 581–598.",
    ):
        e = parse_reference(text)
        assert (e.type, e.host.title.value, e.publisher) == (
            EntryType.ARTICLE, "Proceedings of the Royal Society of London. Series B, Biological Sciences", None)


def test_film_named_by_its_director() -> None:
    for text in (
        "Coppola, Francis Ford, director. The Godfather. Paramount Pictures, 1972.",
        "Coppola, F. F. (Director). (1972). The godfather [Film]. Paramount Pictures.",
    ):
        e = parse_reference(text)
        assert (e.type, [p.family for p in e.authors], e.publisher.value) == (EntryType.DOCUMENT, ["Coppola"], "Paramount Pictures")
    # credited after the title, the director is another contributor (MLA 9), not the author
    e = parse_reference("The Godfather. Directed by Francis Ford Coppola. Paramount Pictures, 1972.")
    assert (e.type, e.authors, [(p.family, p.role) for p in e.persons]) == (EntryType.DOCUMENT, [], [("Coppola", Role.CONTRIBUTOR)])
    assert parse_reference("Smith, John. Directed Evolution. London: Verso, 1990.").type == EntryType.BOOK


def test_newspaper_section_page_after_the_date() -> None:
    e = parse_reference("Dowd, Maureen. “Why Women Don’t Want to Run.” New York Times, January 13, 2019, SR9.")
    assert (e.type, e.host.title.value, e.pages.first if e.pages else None) == (EntryType.ARTICLE, "New York Times", "SR9")


def test_wikipedia_speech_occasion_and_place_after_a_quoted_title() -> None:
    e = parse_reference('Wilson, Woodrow (8 January 1918). "Fourteen Points" (Speech). Joint session of Congress. Washington, D.C.')
    assert (e.type, e.title.value, e.host, e.publisher) == (EntryType.DOCUMENT, "Fourteen Points", None, None)


def test_revised_by_names_an_editor() -> None:
    e = parse_reference("Plato. Republic. Translated by G. M. A. Grube. Revised by C. D. C. Reeve. Indianapolis: Hackett, 1992.")
    assert ([(p.family, p.role) for p in e.persons], e.subtitle) == (
        [("Plato", Role.AUTHOR), ("Grube", Role.TRANSLATOR), ("Reeve", Role.EDITOR)], None)


def test_volume_after_a_comma_before_its_issue() -> None:
    e = parse_reference("Hardin, Garrett. “The Tragedy of the Commons.” Science, New Series, 162, no. 3859 (1968): 1243–48.")
    assert (e.host.volume, e.host.issue, e.date.year) == ("162", "3859", 1968)
    e = parse_reference("Smith, John. Title. London, 1990, no. 5.")
    assert e.host is None or e.host.volume != "1990"


def test_wikipedia_pdf_issued_by_a_body() -> None:
    e = parse_reference('"Gross domestic product 2019" (PDF). World Bank. 2020-07-01. Retrieved 2020-07-04.')
    assert (e.publisher.value, e.host) == ("World Bank", None)
    e = parse_reference('Nakamoto, Satoshi (2008). "Bitcoin: A Peer-to-Peer Electronic Cash System" (PDF). bitcoin.org. Retrieved 28 April 2014.')
    assert (e.publisher, e.host.title.value) == (None, "bitcoin.org")  # a domain names the site


def test_extent_in_columns_is_the_page_total() -> None:
    e = parse_reference("Литературная энциклопедия / гл. ред. А. Н. Николюкин. – Москва : Интелвак, 2001. – 1600 стб. – Текст : непосредственный.")
    assert e.page_total == "1600"
    e = parse_reference("Энциклопедический словарь. Т. 3. – Санкт-Петербург : Брокгауз и Ефрон, 1891. – 960 стлб.")
    assert (e.page_total, e.volume) == ("960", "3")
    e = parse_reference("Даль В. И. Толковый словарь. Т. 1. – М. : Рус. яз., 1978. – Стб. 45.")
    assert (e.page_total, e.pages.first if e.pages else None) == ("", "45")


@pytest.mark.parametrize("imprint, publisher", [
    ("НПК «Интелвак»", "Интелвак"),
    ("НПО «Мир и семья»", "Мир и семья"),
    ("ООО Издательство «Питер»", "Питер"),
    ("ТОО «Янус»", "Янус"),
])
def test_legal_forms_before_a_quoted_publisher_are_dropped(imprint: str, publisher: str) -> None:
    e = parse_reference(f"Гиппиус, З. Н. Дневники / Зинаида Гиппиус. – Москва : {imprint}, 1999. – 300 с.")
    assert e.publisher is not None and e.publisher.value == publisher
    e = parse_reference('Bērziņš J. Vēsture. Rīga: SIA Apgāds "Zvaigzne ABC", 1999. 300 lpp.')
    assert e.publisher is not None and e.publisher.value == "Zvaigzne ABC"


@pytest.mark.parametrize("note", ["(Pārizdevums.)", "(Faksimilizdevums)", "(Репринтное воспроизведение издания 1904 г.)", "(Reprint edition)"])
def test_an_issue_note_in_parentheses_is_not_a_series(note: str) -> None:
    e = parse_reference(f"Mincs P. Krimināltiesību kurss. Rīga: Tiesu namu aģentūra, 2005. {note}")
    assert (e.series, e.publisher and e.publisher.value, e.date and e.date.year) == (None, "Tiesu namu aģentūra", 2005)
    e = parse_reference("Ключевский В. О. Курс русской истории. – Москва : Мысль, 1993. – 400 с. – (Классики исторической мысли).")
    assert e.series is not None


@pytest.mark.parametrize("text, archive, pages", [
    ("LVVA 1515. f., 1. apr., 1243. l., 5. lp.", "LVVA", "5"),
    ("LNA LVVA 1468. f., 2. apr., 1138. l., 3.–4. lp.", "LNA LVVA", "3–4"),
    ("LNA LVA PA-101. f., 1. apr., 5. l., 3. lp.", "LNA LVA", "3"),
    ("РГАСПИ. – Ф. 17. Оп. 162. Д. 8. Л. 64–65 об.", "РГАСПИ", "64–65"),
    ("РГАСПИ Ф. 17. Оп. 162. Д. 8. Л. 64.", "РГАСПИ", "64"),
])
def test_archive_acronym_without_its_comma_is_no_title(text: str, archive: str, pages: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.title, e.archive, e.pages and "–".join(filter(None, (e.pages.first, e.pages.last)))) == (EntryType.DOCUMENT, None, archive, pages)


@pytest.mark.parametrize("statement, family, role", [
    ("/ V. Skujiņas red.", ["Skujiņa"], Role.EDITOR),
    ("/ A. Švābes redakcijā.", ["Švābe"], Role.EDITOR),
    ("/ J. Bērziņa red.", ["Bērziņš"], Role.EDITOR),
    ("/ A. Ozola un V. Liepas red.", ["Ozols", "Liepa"], Role.EDITOR),
    ("/ K. Ulmaņa tulkojumā.", ["Ulmanis"], Role.TRANSLATOR),
    (". J. Bērziņa red.", ["Bērziņš"], Role.EDITOR),
])
def test_lv_genitive_names_before_the_role(statement: str, family: list[str], role: Role) -> None:
    e = parse_reference(f"Valodniecības vārdnīca {statement} Rīga: Zinātne, 2007. 522 lpp.")
    assert ([p.family for p in e.persons], {p.role for p in e.persons}) == (family, {role})
    assert ([p.value for p in e.places], e.publisher and e.publisher.value, e.page_total) == (["Rīga"], "Zinātne", "522")


@pytest.mark.parametrize("text, place, publisher", [
    ("Гайдар, Е. Т. Экономические реформы : автореферат диссертации … доктора экономических наук / Гайдар Егор Тимурович – Москва, 1988.", "Москва", None),
    ("Гайдар, Е. Т. Экономические реформы / Е. Т. Гайдар – Москва : Наука, 1988. – 200 с.", "Москва", "Наука"),
    ("Гайдар Е. Т. Экономические реформы / Е. Т. Гайдар — М. : Наука, 1988. — 200 с.", "М.", "Наука"),
    ("Krastiņš J. Latvijas arhitektūra / J. Krastiņš – Rīga: Baltika, 1998. – 312 lpp.", "Rīga", "Baltika"),
])
def test_area_dash_without_its_full_stop_before_a_known_place(text: str, place: str, publisher: str | None) -> None:
    e = parse_reference(text)
    assert ([p.value for p in e.places], e.publisher and e.publisher.value, len(e.persons)) == ([place], publisher, 1)


def test_gost_2018_printed_work_read_on_a_site_keeps_its_imprint() -> None:
    e = parse_reference("Карамзин, Н. М. Записка о древней и новой России / Н. М. Карамзин. – Санкт-Петербург, 1914. – Текст : электронный "
                        "// Президентская библиотека имени Б. Н. Ельцина : [сайт]. – URL: https://www.prlib.ru (дата обращения: 26.01.2022).")
    assert (e.type, [p.value for p in e.places], e.date and e.date.year) == (EntryType.WEBPAGE, ["Санкт-Петербург"], 1914)
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Президентская библиотека имени Б. Н. Ельцина"
    e = parse_reference("Гражданское право : учебник / под редакцией А. П. Сергеева. – Москва : Юрайт, 2020. – 300 с. – (Высшее образование). – "
                        "Текст : электронный // Образовательная платформа Юрайт [сайт]. – URL: https://urait.ru/bcode/450000 (дата обращения: 12.05.2021).")
    assert (e.type, e.publisher and e.publisher.value, e.page_total, e.series and e.series.value) == (EntryType.COLLECTION, "Юрайт", "300", "Высшее образование")
    e = parse_reference("Иванов, И. И. Статья / И. И. Иванов. – Текст : электронный // Вопросы истории. – 2020. – № 5. – С. 3–10. – "
                        "URL: https://vi.ru/1 (дата обращения: 12.03.2021).")
    assert (e.type, e.places) == (EntryType.ARTICLE, [])


@pytest.mark.parametrize("locator, volume, issue", [
    ("Latvijas Universitātes Raksti, 741, 23.–45. lpp.", "741", ""),
    ("Latvijas Vēstures Institūta Žurnāls, 2(71), 23.–45. lpp.", "2", "71"),
    ("Latvijas Vēstures Institūta Žurnāls, 2, 23.–45.", "2", ""),
])
def test_lv_author_date_journal_with_ordinal_pages(locator: str, volume: str, issue: str) -> None:
    e = parse_reference(f"Zelče, V. (2009). Latviešu avīžniecība. {locator}")
    assert (e.type, e.title and e.title.value, e.pages and (e.pages.first, e.pages.last)) == (EntryType.ARTICLE, "Latviešu avīžniecība", ("23", "45"))
    assert e.host is not None and (e.host.title and e.host.title.value, e.host.volume, e.host.issue) == (locator.split(",")[0], volume, issue)
    e = parse_reference("Krūmiņš, G. (red.) (2017). Latvijas tautsaimniecības vēsture. Rīga: Jumava, 2017, 200.–215. lpp.")
    assert e.host is None or e.host.volume != "2017"


@pytest.mark.parametrize("text, first, last", [
    ("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9 об.–10.", "9", "10"),
    ("РГАСПИ. – Ф. 17. – Оп. 3. – Д. 1. – Л. 5 об.–6.", "5", "6"),
    ("ЦГАЛИ, ф. 998, оп. 1, ед. хр. 12, л. 3 об.", "3", ""),
])
def test_gost_archive_leaves_from_a_verso_and_dashes_between_parts(text: str, first: str, last: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.title, e.pages and (e.pages.first, e.pages.last)) == (EntryType.DOCUMENT, None, (first, last))


def test_gost_law_heading_on_a_site_keeps_the_adoption_dates_in_its_title() -> None:
    e = parse_reference("Российская Федерация. Законы. О государственном языке Российской Федерации : Федеральный закон № 53-ФЗ : [принят "
                        "Государственной думой 20 мая 2005 года : одобрен Советом Федерации 25 мая 2005 года]. – Текст : электронный "
                        "// КонсультантПлюс : [сайт]. – URL: https://www.consultant.ru (дата обращения: 02.03.2023).")
    assert (e.type, e.places, e.date) == (EntryType.WEBPAGE, [], None)


@pytest.mark.parametrize("year", ["[1927]", "[1927?]"])
def test_year_supplied_in_brackets_by_the_cataloguer(year: str) -> None:
    e = parse_reference(f"Baltās grāmatas / Jānis Jaunsudrabiņš. — Rīga : Valters un Rapa, {year}. — 185 lpp.")
    assert ([p.value for p in e.places], e.publisher and e.publisher.value, e.date and e.date.year) == (["Rīga"], "Valters un Rapa", 1927)


def test_lv_catalogue_record_names_in_full_and_chained_roles() -> None:
    e = parse_reference("Latvijas vēsture : 20. gadsimts / Daina Bleiere, Ilgvars Butulis, Inesis Feldmanis, Aivars Stranga, Antonijs Zunda. — "
                        "Rīga : Jumava, 2005. — 491 lpp.")
    assert [p.family for p in e.authors] == ["Bleiere", "Butulis", "Feldmanis", "Stranga", "Zunda"]
    e = parse_reference("Karš un miers : romāns / Ļevs Tolstojs ; no krievu valodas tulkojis Pāvils Vīlips. — Rīga : Zvaigzne ABC, 2010. — 1088 lpp.")
    assert [(p.family, p.role) for p in e.persons] == [("Tolstojs", Role.AUTHOR), ("Vīlips", Role.TRANSLATOR)]
    e = parse_reference("Dzejoļi / Eduards Veidenbaums ; sastādījis un priekšvārdu uzrakstījis K. Kraulis. — Rīga : Liesma, 1974. — 190 lpp.")
    assert [(p.family, p.role) for p in e.persons] == [("Veidenbaums", Role.AUTHOR), ("Kraulis", Role.COMPILER)]


@pytest.mark.parametrize("locator, issue", [
    ("Latvijas Vēstnesis, 43, 01.07.1993.", "43"),
    ("Latvijas Vēstnesis, Nr. 43, 01.07.1993.", "43"),
    ("Latvijas Vēstnesis, Nr. 158/160 (2069/2071), 01.07.1993.", "158/160"),
])
def test_lv_gazette_issue_and_date_in_figures(locator: str, issue: str) -> None:
    e = parse_reference(f"Latvijas Republikas Satversme: LR likums. {locator}")
    assert (e.type, e.title and e.title.value, e.date and e.date.year) == (EntryType.ARTICLE, "Latvijas Republikas Satversme", 1993)
    assert e.host is not None and (e.host.title and e.host.title.value, e.host.issue) == ("Latvijas Vēstnesis", issue)


def test_author_date_year_repeated_after_the_publisher() -> None:
    e = parse_reference("Ozols, A., Liepa, V. (red.) (2010). Latvijas vēsture. Rīga: Zinātne, 2010.")
    assert (e.publisher and e.publisher.value, e.date and e.date.year) == ("Zinātne", 2010)
    e = parse_reference("Ozols, A. (2010). Latvijas vēsture. Rīga: Zinātne, 2009.")
    assert e.publisher is not None and e.publisher.value != "Zinātne"  # another year is not dropped silently


@pytest.mark.parametrize("locator", ["Т. 27, № 3. – С. 15–30", "№ 3. – С. 15–30"])
def test_gost_2018_journal_read_online_is_an_article(locator: str) -> None:
    e = parse_reference(f"Петров, А. В. Метод Монте-Карло / А. В. Петров. – Текст : электронный // Математическое моделирование. – 2015. – "
                        f"{locator}. – URL: https://www.mathnet.ru/mm1 (дата обращения: 10.09.2022).")
    assert (e.type, e.pages and (e.pages.first, e.pages.last)) == (EntryType.ARTICLE, ("15", "30"))
    e = parse_reference("Пушкин. – Текст : электронный // Википедия : свободная энциклопедия. – URL: https://ru.wikipedia.org/wiki/Пушкин "
                        "(дата обращения: 21.10.2021).")
    assert e.type == EntryType.ENCYCLOPEDIA_ENTRY


@pytest.mark.parametrize("imprint, places, publisher", [
    ("[Rīga] : [b.i.], [1944]", ["[Rīga]"], None),
    ("Rīga : Dienas Grāmata, ©1944", ["Rīga"], "Dienas Grāmata"),
    ("Rīga : Dienas Grāmata, cop. 1944", ["Rīga"], "Dienas Grāmata"),
    ("[Б. м. : б. и.], 1944", [], None),
])
def test_catalogue_imprints_supplied_or_copyright_dates(imprint: str, places: list[str], publisher: str | None) -> None:
    e = parse_reference(f"Kalniņš J. Atmiņas / Jānis Kalniņš. — {imprint}. — 120 lpp.")
    assert ([p.value for p in e.places], e.publisher and e.publisher.value, e.date and e.date.year, e.page_total) == (places, publisher, 1944, "120")


@pytest.mark.parametrize("role, family, expected", [
    ("sastādītāja", "Grīnberga", Role.COMPILER),
    ("galvenā redaktore", "Nītiņa", Role.EDITOR_IN_CHIEF),
    ("atbildīgais redaktors", "Drīzulis", Role.EDITOR),
])
def test_lv_role_words_written_out(role: str, family: str, expected: Role) -> None:
    e = parse_reference(f"Latviešu valodas gramatika / {role} D. {family}. — Rīga : Zinātne, 2013. — 1040 lpp.")
    assert ([(p.family, p.role) for p in e.persons], e.type) == ([(family, expected)], EntryType.COLLECTION)


@pytest.mark.parametrize("statement, family, given", [
    ("/ Ļevs Kuzņecovs ;", "Kuzņecovs", "Ļevs"),
    ("/ Jurģis Kunnoss.", "Kunnoss", "Jurģis"),
    ("/ Варлам Шаламов.", "Шаламов", "Варлам"),
])
def test_statement_opening_with_a_full_name_of_an_unknown_given_name(statement: str, family: str, given: str) -> None:
    e = parse_reference(f"Lielais Kristaps : romāns {statement} — Rīga : Liesma, 1975. — 200 lpp.")
    assert [(p.family, p.given, p.role) for p in e.persons][:1] == [(family, given, Role.AUTHOR)]
    e = parse_reference("Lielais Kristaps : romāns / Rīga Liesma. — Rīga : Liesma, 1975. — 200 lpp.")
    assert e.persons == []  # a place is no given name


def test_web_page_dated_by_its_publication() -> None:
    e = parse_reference("Иванов, И. И. Реформа / И. И. Иванов. – Текст : электронный // Коммерсантъ : [сайт]. – Дата публикации: 15.05.2020. – "
                        "URL: https://www.kommersant.ru/doc/1 (дата обращения: 20.05.2020).")
    assert (e.type, e.date and (e.date.year, e.date.month, e.date.day)) == (EntryType.WEBPAGE, (2020, 5, 15))


@pytest.mark.parametrize("text, host, kind", [
    ("Bērziņš J. Reforma. Delfi.lv, 15.05.2020. Pieejams: https://www.delfi.lv/1 [skatīts 20.05.2020.].", "Delfi.lv", EntryType.ARTICLE),  # a news portal's piece
    ("Bērziņš J. Reforma. Diena, 15.05.2020.", "Diena", EntryType.ARTICLE),
])
def test_lv_periodical_dated_in_figures(text: str, host: str, kind: EntryType) -> None:
    e = parse_reference(text)
    assert (e.type, e.host and e.host.title and e.host.title.value, e.publisher, e.date and e.date.year) == (kind, host, None, 2020)


@pytest.mark.parametrize("text, pages", [
    ("LVVA, F. 1515, apr. 1, l. 1243, 5. lp.", ("5", "")),
    ("LVVA, f. 1515, apr. 1, l. 1243, 5.–6. lp.", ("5", "6")),
    ("LVA, F. PA-101, apr. 1, l. 5.", None),
])
def test_lv_archive_numbers_after_the_words(text: str, pages: tuple[str, str] | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.title, e.persons, e.pages and (e.pages.first, e.pages.last)) == (EntryType.DOCUMENT, None, [], pages)


@pytest.mark.parametrize("text, title, place", [
    ("Гайдар, Е. Т. Экономические реформы – Москва : Наука, 1988. – 200 с.", "Экономические реформы", "Москва"),
    ("Гайдар Е. Т. Экономические реформы – М. : Наука, 1988.", "Экономические реформы", "М."),
    ("Krastiņš J. Latvijas arhitektūra – Rīga: Baltika, 1988. – 312 lpp.", "Latvijas arhitektūra", "Rīga"),
])
def test_area_dash_without_its_full_stop_after_the_title(text: str, title: str, place: str) -> None:
    e = parse_reference(text)
    assert (e.title and e.title.value, [p.value for p in e.places], e.date and e.date.year) == (title, [place], 1988)


def test_a_dash_inside_a_title_before_a_place_word_stays_in_the_title() -> None:
    e = parse_reference("Гайдар, Е. Т. Россия – Москва – Берлин : очерки. – Москва : Наука, 1988. – 200 с.")
    assert (e.title and e.title.value, [p.value for p in e.places]) == ("Россия – Москва – Берлин", ["Москва"])


def test_apa_descriptions_of_films_broadcasts_data_and_software_make_a_document() -> None:
    e = parse_reference("Nolan, C. (Director). (2010). Inception [Film]. Warner Bros. Pictures.")
    assert (e.type, e.title.value, e.publisher.value) == (EntryType.DOCUMENT, "Inception", "Warner Bros. Pictures")
    e = parse_reference("Kubrick, S. (Director). (1968). 2001: A space odyssey [Motion picture]. Metro-Goldwyn-Mayer.")
    assert e.type == EntryType.DOCUMENT
    e = parse_reference("Johnson, R. (Director). (2013, September 15). Ozymandias (Season 5, Episode 14) "
                        "[TV series episode]. In V. Gilligan (Executive Producer), Breaking bad. Sony Pictures Television.")
    assert (e.type, e.title.value, e.host.title.value) == (EntryType.DOCUMENT, "Ozymandias", "Breaking bad")
    e = parse_reference("U.S. Census Bureau. (2020). American community survey 5-year estimates [Data set]. https://data.census.gov/")
    assert e.type == EntryType.DOCUMENT
    e = parse_reference("Wickham, H. (2016). ggplot2: Elegant graphics for data analysis [Computer software]. https://ggplot2.tidyverse.org")
    assert e.type == EntryType.DOCUMENT
    e = parse_reference("Beyoncé. (2016). Formation [Song]. On Lemonade. Parkwood; Columbia.")
    assert e.type == EntryType.DOCUMENT
    # a video on a platform stays a web page
    e = parse_reference("TED. (2012, October 1). Amy Cuddy: Your body language may shape who you are [Video]. YouTube. https://www.youtube.com/watch?v=Ks-_Mh1QhMc")
    assert e.type == EntryType.WEBPAGE


def test_mla_episode_numbers_and_other_contributors() -> None:
    e = parse_reference("“Pilot.” The Wire, created by David Simon, season 1, episode 1, HBO, 2 June 2002.")
    assert (e.type, e.title.value, e.host.title.value, e.publisher.value) == (EntryType.DOCUMENT, "Pilot", "The Wire", "HBO")
    e = parse_reference("Casablanca. Directed by Michael Curtiz, performance by Humphrey Bogart, Warner Bros., 1942.")
    assert (e.type, e.title.value, e.publisher.value, e.authors) == (EntryType.DOCUMENT, "Casablanca", "Warner Bros.", [])
    assert [(p.family, p.role) for p in e.persons] == [("Curtiz", Role.CONTRIBUTOR), ("Bogart", Role.CONTRIBUTOR)]
    # an episode of a podcast read on its site stays a web page
    e = parse_reference("“DNA.” Radiolab, hosted by Jad Abumrad, season 3, episode 2, WNYC Studios, 2007, www.radiolab.org/podcast/dna.")
    assert (e.type, e.host.title.value) == (EntryType.WEBPAGE, "Radiolab")


def test_harvard_title_in_the_author_position_before_the_year() -> None:
    e = parse_reference("'Freddie Starr ate my hamster' (1986) The Sun, 13 March, p. 1.")
    assert (e.type, e.title.value, e.host.title.value, e.date.year, e.authors) == (EntryType.ARTICLE, "Freddie Starr ate my hamster", "The Sun", 1986, [])
    e = parse_reference("'The Hunt' (2015) Planet Earth II, Series 1, episode 3. BBC One, 20 November.")
    assert (e.type, e.title.value, e.host.title.value, e.publisher.value) == (EntryType.DOCUMENT, "The Hunt", "Planet Earth II", "BBC One")
    e = parse_reference("Trainspotting (1996) Directed by D. Boyle [Film]. London: PolyGram Filmed Entertainment.")
    assert (e.type, e.title.value, e.date.year, e.authors) == (EntryType.DOCUMENT, "Trainspotting", 1996, [])
    # a group author before its year keeps its place
    e = parse_reference("World Health Organization (2020) Global tuberculosis report. Geneva: WHO.")
    assert ([p.literal for p in e.authors], e.title.value) == (["World Health Organization"], "Global tuberculosis report")


def test_harvard_group_author_with_a_parenthesised_country() -> None:
    e = parse_reference("Department of Health (England) (2001) The expert patient. London: Department of Health.")
    assert ([p.literal for p in e.authors], e.title.value, e.date.year) == (["Department of Health (England)"], "The expert patient", 2001)
    e = parse_reference("Nolan C (Director) (2010) Inception. Warner Bros.")
    assert [p.family for p in e.authors] == ["Nolan"]


def test_british_cases_and_acts_of_parliament() -> None:
    e = parse_reference("Caparo Industries plc v Dickman [1990] 2 AC 605.")
    assert (e.type, e.title.value, e.volume, e.pages.first, e.date.year) == (EntryType.DOCUMENT, "Caparo Industries plc v Dickman", "2", "605", 1990)
    e = parse_reference("R v Brown [1994] 1 AC 212 (HL).")
    assert (e.title.value, e.pages.first, e.date.year) == ("R v Brown", "212", 1994)
    e = parse_reference("Montgomery v Lanarkshire Health Board [2015] UKSC 11.")
    assert (e.type, e.title.value, e.pages, e.date.year) == (EntryType.DOCUMENT, "Montgomery v Lanarkshire Health Board", None, 2015)
    e = parse_reference("Human Rights Act 1998 (c. 42).")
    assert (e.type, e.title.value, e.date.year) == (EntryType.DOCUMENT, "Human Rights Act 1998", 1998)
    e = parse_reference("Data Protection Act 2018, c. 12. Available at: https://www.legislation.gov.uk/ukpga/2018/12/contents (Accessed: 2 May 2022).")
    assert (e.type, e.title.value, e.date.year, e.url) == (EntryType.DOCUMENT, "Data Protection Act 2018", 2018, "https://www.legislation.gov.uk/ukpga/2018/12/contents")
    # a book about an Act, with its imprint, stays a book
    e = parse_reference("Wadham, J. (2015) Blackstone's Guide to the Human Rights Act 1998. 7th edn. Oxford: Oxford University Press.")
    assert e.type == EntryType.BOOK


def test_mla_court_case_in_sentences() -> None:
    e = parse_reference("Miranda v. Arizona. 384 U.S. 436. Supreme Court of the United States. 1966. Oyez, www.oyez.org/cases/1965/759.")
    assert (e.type, e.title.value, e.volume, e.pages.first, e.date.year, e.host.title.value) == (
        EntryType.DOCUMENT, "Miranda v. Arizona", "384", "436", 1966, "Oyez")


def test_report_series_and_number_in_parentheses_or_as_a_sentence() -> None:
    e = parse_reference("National Institute of Mental Health. (2016). Bipolar disorder (NIH Publication No. QF 16-3679). U.S. Department of Health and Human Services.")
    assert (e.type, e.title.value, e.publisher.value) == (EntryType.REPORT, "Bipolar disorder", "U.S. Department of Health and Human Services")
    e = parse_reference("National Center for Education Statistics. (2020). Digest of education statistics 2018 (NCES 2020-009). U.S. Department of Education.")
    assert (e.type, e.title.value) == (EntryType.REPORT, "Digest of education statistics 2018")
    e = parse_reference("NICE (2019) Hypertension in adults: diagnosis and management. NICE guideline [NG136]. London: NICE.")
    assert (e.type, e.title.value, e.subtitle.value) == (EntryType.REPORT, "Hypertension in adults", "diagnosis and management")
    e = parse_reference("Powell, A. (2021) Apprenticeship statistics. House of Commons Library Briefing Paper 06113. London: House of Commons Library.")
    assert (e.type, e.title.value) == (EntryType.REPORT, "Apprenticeship statistics")
    # a volume in parentheses, a journal's volume and a year in a report's title are no report numbers
    e = parse_reference("Piaget, J. (1970). Piaget's theory. In P. H. Mussen (Ed.), Carmichael's manual of child psychology (Vol. 1, pp. 703–732). Wiley.")
    assert e.type == EntryType.CHAPTER
    e = parse_reference("UNDP. Human Development Report 1990. New York: Oxford University Press, 1990.")
    assert e.title.value == "Human Development Report 1990"


def test_kindle_and_newspaper_editions() -> None:
    e = parse_reference("Harari, Y. N. (2015) Sapiens: A Brief History of Humankind. London: Vintage. Kindle edition.")
    assert (e.edition, e.publisher.value) == ("Kindle", "Vintage")
    e = parse_reference("Bosman, Julie. “Obama Sharply Assails Absent Clinton.” The New York Times, 23 Apr. 2008, natl. ed., p. A1.")
    assert (e.type, e.edition, e.pages.first) == (EntryType.ARTICLE, "natl.", "A1")
    e = parse_reference("Smith, Zadie. White Teeth. New York: Vintage, 2001. Kindle.")
    assert (e.edition, [n.value for n in e.notes]) == ("Kindle", [])  # Chicago (14.161) names the format alone: the edition read


def test_apa_entry_with_no_author_titled_before_its_date_and_host() -> None:
    e = parse_reference("Heuristic. (2019). In Encyclopaedia Britannica. https://www.britannica.com/topic/heuristic")
    assert (e.type, e.title.value, e.host.title.value, e.authors) == (EntryType.ENCYCLOPEDIA_ENTRY, "Heuristic", "Encyclopaedia Britannica", [])
    e = parse_reference("Tiger. (n.d.). In Merriam-Webster.com dictionary. Retrieved May 5, 2020, from https://www.merriam-webster.com/dictionary/tiger")
    assert (e.type, e.title.value, e.host.title.value) == (EntryType.ENCYCLOPEDIA_ENTRY, "Tiger", "Merriam-Webster.com dictionary")
    e = parse_reference("Cognitive dissonance. (2024, March 3). In Wikipedia. https://en.wikipedia.org/wiki/Cognitive_dissonance")
    assert (e.type, e.title.value, e.host.title.value, e.date.year) == (EntryType.ENCYCLOPEDIA_ENTRY, "Cognitive dissonance", "Wikipedia", 2024)
    # a group author's chapter keeps its author: its own title stands before "In"
    e = parse_reference("World Health Organization. (2019). Mental health. In World health statistics 2019 (pp. 10–12). WHO.")
    assert [p.literal for p in e.authors] == ["World Health Organization"]


def test_dictionary_headword_keeps_the_stop_of_its_part_of_speech() -> None:
    e = parse_reference("“Serendipity, n.” OED Online, Oxford UP, Mar. 2023, www.oed.com. Accessed 2 May 2023.")
    assert (e.type, e.title.value, e.host.title.value) == (EntryType.ENCYCLOPEDIA_ENTRY, "Serendipity, n.", "OED Online")


def test_mla_thesis_designation_with_no_degree_or_a_bachelors() -> None:
    e = parse_reference("Kincaid, Jamaica. “The Autobiography of a Garden.” Dissertation, Cornell University, 1998.")
    assert (e.type, e.title.value, e.publisher.value, e.date.year) == (EntryType.THESIS, "The Autobiography of a Garden", "Cornell University", 1998)
    e = parse_reference("Obama, Barack. Aspects of Soviet Nuclear Policy. Columbia U, BA thesis, 1983.")
    assert (e.type, e.publisher.value) == (EntryType.THESIS, "Columbia U")
    e = parse_reference("Abrams, M. H. The Mirror and the Lamp. Oxford UP, 1953.")
    assert e.type == EntryType.BOOK


def test_meeting_acronym_in_the_host_and_a_journal_volume_and_issue_read_online() -> None:
    e = parse_reference("Krizhevsky, A., Sutskever, I. and Hinton, G.E. (2012) 'ImageNet classification with deep convolutional neural networks', "
                        "in Advances in Neural Information Processing Systems 25 (NIPS 2012). Lake Tahoe, 3-6 December 2012, pp. 1097–1105.")
    assert (e.type, e.host.title.value) == (EntryType.CHAPTER, "Advances in Neural Information Processing Systems 25 (NIPS 2012)")
    e = parse_reference("Entwistle, N. (1991) Approaches to learning and perceptions of the learning environment. Higher Education [Online], 22(3), "
                        "pp. 201-204. Available from: https://doi.org/10.1007/BF00132287 [Accessed 3 March 2016].")
    assert (e.type, e.host.title.value, e.volume or e.host.volume, e.host.issue) == (EntryType.ARTICLE, "Higher Education", "22", "3")


def test_mla_letters_original_dates_and_generic_parts() -> None:
    e = parse_reference("Woolf, Virginia. Letter to Vita Sackville-West. 19 Aug. 1924. Berg Collection, New York Public Library.")
    assert (e.type, e.title, e.date.year, e.extra.get("recipient")) == (EntryType.DOCUMENT, None, 1924, "Vita Sackville-West")
    e = parse_reference("Smith, Jane. Email to the author. 5 May 2020.")
    assert (e.type, e.date.year) == (EntryType.DOCUMENT, 2020)
    e = parse_reference("Poe, Edgar Allan. “The Raven.” 1845. The Norton Anthology of American Literature, edited by Nina Baym, 8th ed., "
                        "vol. B, W. W. Norton, 2012, pp. 671–74.")
    assert (e.type, e.title.value, e.host.title.value, e.date.year, e.extra.get("original_year")) == (
        EntryType.CHAPTER, "The Raven", "The Norton Anthology of American Literature", 2012, "1845")
    e = parse_reference("Felstiner, John. Foreword. Selected Poems and Prose of Paul Celan, by Paul Celan, W. W. Norton, 2001, pp. xix–xxxvi.")
    assert (e.type, e.title.value, e.host.title.value, e.publisher.value) == (
        EntryType.CHAPTER, "Foreword", "Selected Poems and Prose of Paul Celan", "W. W. Norton")


def test_a_number_inside_a_quoted_title_stays_in_the_title() -> None:
    e = parse_reference("Morrison, Toni. “Toni Morrison, The Art of Fiction No. 134.” Interview by Elissa Schappell. The Paris Review, no. 128, Fall 1993, pp. 82–125.")
    assert (e.title.value, e.host.title.value, e.host.issue or e.issue) == ("Toni Morrison, The Art of Fiction No. 134", "The Paris Review", "128")
    e = parse_reference("Doe, Jane. “Notes.” Review, no. 5, 1990, pp. 1–2.")
    assert (e.host.issue or e.issue) == "5"


def test_mla_series_closing_the_reference_and_project_or_team_authors() -> None:
    e = parse_reference("Achebe, Chinua. Things Fall Apart. Heinemann, 1962. African Writers Series 1.")
    assert (e.type, e.series.value, e.series_number, e.publisher.value) == (EntryType.BOOK, "African Writers Series", "1", "Heinemann")
    e = parse_reference("Federal Writers’ Project. Massachusetts: A Guide to Its Places and People. Houghton Mifflin, 1937. American Guide Series.")
    assert ([p.literal for p in e.authors], e.title.value, e.type) == (["Federal Writers’ Project"], "Massachusetts", EntryType.BOOK)
    e = parse_reference("R Core Team. (2023). R: A language and environment for statistical computing [Computer software]. R Foundation for Statistical Computing.")
    assert ([p.literal for p in e.authors], e.type) == (["R Core Team"], EntryType.DOCUMENT)


def test_a_journal_section_after_a_stop_is_part_of_its_name() -> None:
    e = parse_reference("Hamilton, W. D. “The Genetical Evolution of Social Behaviour. I.” Journal of Theoretical Biology, vol. 7, no. 1, 1964, pp. 1–16.")
    assert (e.type, e.host.title.value) == (EntryType.ARTICLE, "Journal of Theoretical Biology")
    e = parse_reference("Fisher, R. A. “On the Mathematical Foundations of Theoretical Statistics.” Philosophical Transactions of the Royal Society of London. "
                        "Series A, Containing Papers of a Mathematical or Physical Character, vol. 222, 1922, pp. 309–68.")
    assert (e.type, e.host.title.value, e.publisher) == (
        EntryType.ARTICLE, "Philosophical Transactions of the Royal Society of London. Series A, Containing Papers of a Mathematical or Physical Character", None)


def test_mla_work_of_art_in_the_collection_that_holds_it() -> None:
    e = parse_reference("Bearden, Romare. The Train. 1975. Museum of Modern Art, New York.")
    assert (e.type, e.title.value, e.date.year, e.archive, e.publisher) == (EntryType.DOCUMENT, "The Train", 1975, "Museum of Modern Art, New York", None)
    e = parse_reference("Vermeer, Johannes. Girl with a Pearl Earring. 1665. Mauritshuis Collection, The Hague.")
    assert e.type == EntryType.DOCUMENT
    # a book's series at the end is no collection
    e = parse_reference("Orwell, George. Animal Farm. Secker and Warburg, 1945. Penguin Modern Classics.")
    assert e.type == EntryType.BOOK


def test_harvard_group_publication_with_an_imprint_read_online_is_a_report() -> None:
    e = parse_reference("Royal College of Nursing (2017) Principles of Nursing Practice. London: RCN. Available at: https://www.rcn.org.uk/principles "
                        "(Accessed: 5 March 2020).")
    assert (e.type, [p.literal for p in e.authors], e.publisher.value) == (EntryType.REPORT, ["Royal College of Nursing"], "RCN")
    # a person's page on a site keeps its kind
    e = parse_reference("Smith, J. (2019) My research. Available at: https://example.org/research (Accessed: 5 March 2020).")
    assert e.type == EntryType.WEBPAGE


def test_apa_creators_each_with_a_role_and_more_media_descriptions() -> None:
    e = parse_reference("Gilligan, V. (Writer), & Johnson, R. (Director). (2013, September 15). Ozymandias (Season 5, Episode 14) [TV series episode]. "
                        "In V. Gilligan (Executive Producer), Breaking bad. Sony Pictures Television.")
    assert ([p.family for p in e.authors], e.title.value, e.date.year, e.type) == (["Gilligan", "Johnson"], "Ozymandias", 2013, EntryType.DOCUMENT)
    e = parse_reference("Barris, K. (Writer & Director). (2017, January 11). Lemons (Season 3, Episode 12) [TV series episode]. In K. Barris "
                        "(Executive Producer), Black-ish. ABC Studios.")
    assert ([p.family for p in e.authors], e.title.value, e.host.title.value) == (["Barris"], "Lemons", "Black-ish")
    e = parse_reference("Nintendo. (2017). The legend of Zelda: Breath of the wild [Video game]. Nintendo.")
    assert e.type == EntryType.DOCUMENT


def test_british_case_and_act_names_with_parentheses() -> None:
    e = parse_reference("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5. Available at: "
                        "https://www.supremecourt.uk/cases/uksc-2016-0196.html (Accessed: 1 May 2018).")
    assert (e.type, e.title.value, e.date.year, e.pages) == (EntryType.DOCUMENT, "R (Miller) v Secretary of State for Exiting the European Union", 2017, None)
    e = parse_reference("Children and Young People (Scotland) Act 2014 (asp 8).")
    assert (e.type, e.title.value, e.date.year) == (EntryType.DOCUMENT, "Children and Young People (Scotland) Act 2014", 2014)


def test_mla_whole_season_of_a_series() -> None:
    e = parse_reference("The Crown. Created by Peter Morgan, season 1, Netflix, 2016.")
    assert (e.type, e.title.value, e.publisher.value, e.date.year) == (EntryType.DOCUMENT, "The Crown", "Netflix", 2016)


def test_harvard_speech_with_its_place_and_day() -> None:
    e = parse_reference("Churchill, W. (1946) Speech at Westminster College. Fulton, 5 March. Available at: https://www.nationalchurchillmuseum.org/sinews-of-peace-iron-curtain-speech.html "
                        "(Accessed: 2 April 2020).")
    assert (e.type, e.title.value, e.subtitle, e.date.year) == (EntryType.DOCUMENT, "Speech at Westminster College", None, 1946)
    # a book of lectures keeps its kind
    e = parse_reference("Feynman, R. P. (1963) The Feynman Lectures on Physics. Reading, MA: Addison-Wesley.")
    assert e.type == EntryType.BOOK


@pytest.mark.parametrize(
    "text, series, number, publisher, place",
    [
        ("Hufton, O. (1980) Europe: Privilege and Protest, 1730–1789. London: Fontana (Fontana History of Europe).",
         "Fontana History of Europe", "", "Fontana", "London"),
        ("Habermas, J. (1962) Strukturwandel der Öffentlichkeit. Neuwied: Luchterhand (Politica, 4).", "Politica", "4", "Luchterhand", "Neuwied"),
        ("Kenny, A. (1973) Wittgenstein. Harmondsworth: Penguin (Pelican Books).", "Pelican Books", "", "Penguin", "Harmondsworth"),
        ("Dummett, M. (1973) Frege: Philosophy of Language. London: Duckworth (Modern Philosophy, vol. 2).",
         "Modern Philosophy", "vol. 2", "Duckworth", "London"),
        ("Skinner, Q. (1978) The Foundations of Modern Political Thought. Cambridge, MA: Cambridge University Press (Ideas in Context, XI).",
         "Ideas in Context", "XI", "Cambridge University Press", "Cambridge, MA"),
    ],
)
def test_harvard_series_in_parentheses_after_the_publisher(text: str, series: str, number: str, publisher: str, place: str) -> None:
    e = parse_reference(text)
    assert (e.series.value, e.series_number, e.publisher.value, e.places[0].value) == (series, number, publisher, place)


def test_harvard_chapter_series_before_its_pages_and_notes_imprints_are_no_series() -> None:
    e = parse_reference("Tilly, C. (1975) 'Reflections on the history of European state-making', in Tilly, C. (ed.) The Formation of "
                        "National States in Western Europe. Princeton, NJ: Princeton University Press (Studies in Political Development, 8), pp. 3–83.")
    assert (e.type, e.series.value, e.publisher.value, e.places[0].value, e.pages.first, e.pages.last) == (
        EntryType.CHAPTER, "Studies in Political Development", "Princeton University Press", "Princeton, NJ", "3", "83")
    # a Chicago note's imprint in parentheses is not a series
    e = parse_reference("Timothy Snyder, Bloodlands: Europe between Hitler and Stalin (New York: Basic Books, 2010).")
    assert e.series is None and e.publisher.value == "Basic Books"
    # nor is Wikipedia's language note or a thesis
    e = parse_reference("Smith, John (1990). Die Geschichte Rigas. Berlin: Springer (in German).")
    assert e.series is None


@pytest.mark.parametrize(
    "text, series",
    [
        ("Custine, Astolphe de. Letters from Russia. Translated and edited by Anka Muhlstein. New York Review Books Classics. "
         "New York: New York Review Books, 2002.", "New York Review Books Classics"),
        ("Tolstoy, Leo. War and Peace. Translated by Louise Maude and Aylmer Maude. Oxford World's Classics. Oxford: Oxford University Press, 2010.",
         "Oxford World's Classics"),
        ("Homer. The Odyssey. Translated by Robert Fagles. Penguin Classics. New York: Penguin, 1996.", "Penguin Classics"),
        ("Mill, John Stuart. On Liberty. Edited by David Bromwich and George Kateb. Rethinking the Western Tradition. New Haven, CT: "
         "Yale University Press, 2003.", "Rethinking the Western Tradition"),
    ],
)
def test_chicago_series_between_the_roles_and_the_imprint(text: str, series: str) -> None:
    e = parse_reference(text)
    assert (e.series.value if e.series else None, e.subtitle) == (series, None)
    assert e.publisher is not None and e.places


def test_chicago_sentence_after_the_roles_that_is_no_series() -> None:
    e = parse_reference("Smith, Adam. The Wealth of Nations. Edited by Edwin Cannan. With an Introduction by Max Lerner. New York: Modern Library, 1937.")
    assert e.series is None
    # without a role statement before it a sentence after the title stays with the title
    e = parse_reference("Kennan, George F. Russia Leaves the War. Soviet-American Relations. Princeton: Princeton University Press, 1956.")
    assert e.series is None


@pytest.mark.parametrize(
    "text",
    [
        'Plakans, Andrejs (1981). "The Latvians". In Thaden, Edward C. (ed.). Russification in the Baltic Provinces and Finland, 1855–1914. '
        "Princeton: Princeton University Press. pp. 207–284.",
        "Smith, J. (1999) 'Chapter', in Brown, A. (ed.) Europe, 1815–1914. London: Longman, pp. 3–40.",
        "Smith, J. (1999). Chapter. In A. Brown (Ed.), Europe, 1815–1914 (pp. 3–40). Longman.",
        'Smith, John. "Chapter." In Europe, 1815–1914, edited by A. Brown, 3–40. London: Longman, 1999.',
        'Smith, John. "Chapter." In Europe, 1815–1914, edited by A. Brown. London: Longman, 1999.',
        'Smith, John. "Chapter." Europe, 1815–1914, edited by A. Brown, Longman, 1999, pp. 3–40.',
    ],
)
def test_a_span_of_years_closing_a_host_title_stays_in_it(text: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None and e.host.title.value.endswith(("1914", "1855–1914"))
    assert e.date is not None and e.date.year in (1981, 1999) and not e.warnings


@pytest.mark.parametrize(
    "text, host",
    [
        ("Gates, Henry Louis, Jr. “Writing ‘Race’ and the Difference It Makes.” “Race,” Writing, and Difference, edited by Henry Louis Gates Jr., "
         "U of Chicago P, 1986, pp. 1–20.", "“Race,” Writing, and Difference"),
        ("Smith, John. “Chapter.” “The Waste Land” and Its Readers, edited by Anna Brown, Routledge, 2001, pp. 1–20.", "“The Waste Land” and Its Readers"),
        ("Smith, J. (2001). Chapter. In A. Brown (Ed.), “The Waste Land” and its readers (pp. 1–20). Routledge.", "“The Waste Land” and its readers"),
        ("Smith, J. (2001) ‘Chapter’, in Brown, A. (ed.) ‘The Waste Land’ and its Readers. London: Routledge, pp. 1–20.", "‘The Waste Land’ and its Readers"),
        ('Smith, John. "Chapter." In "Race," Writing, and Difference, edited by Henry Louis Gates Jr., 1–20. Chicago: University of Chicago Press, 1986.',
         '"Race," Writing, and Difference'),
    ],
)
def test_a_host_title_that_opens_with_a_quoted_title_goes_on_after_it(text: str, host: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.CHAPTER and e.host is not None and e.host.title is not None
    assert e.host.title.value == host and e.publisher is not None and e.date is not None and not e.warnings
    assert [p.role.value for p in e.all_persons()] == ["author", "editor"]


def test_a_quoted_host_title_followed_by_its_roles_ends_at_the_quote() -> None:
    e = parse_reference('Smith, John. "Chapter." In "Collected Essays," edited by Anna Brown, 1–20. London: Routledge, 2001.')
    assert e.host is not None and e.host.title is not None and e.host.title.value.strip('",') == "Collected Essays"


@pytest.mark.parametrize(
    "text",
    [
        "“Gothic Novel.” The Cambridge Guide to Literature in English, edited by Ian Ousby, 2nd ed., Cambridge UP, 1993, p. 376.",
        "“Picaresque.” The Oxford Companion to English Literature, edited by Margaret Drabble, 6th ed., Oxford UP, 2000, p. 797.",
        "“Sonnet.” The Princeton Handbook of Poetic Terms, edited by Roland Greene, Princeton UP, 2016, p. 318.",
        '"Riga." In The Columbia Gazetteer of the World, edited by Saul B. Cohen. New York: Columbia University Press, 1998.',
    ],
)
def test_an_unsigned_entry_in_a_guide_or_companion_is_an_encyclopedia_entry(text: str) -> None:
    assert parse_reference(text).type == EntryType.ENCYCLOPEDIA_ENTRY


def test_a_signed_essay_in_a_companion_stays_a_chapter() -> None:
    e = parse_reference("Norton, David Fate. “An Introduction to Hume’s Thought.” The Cambridge Companion to Hume, edited by David Fate Norton, "
                        "Cambridge UP, 1993, pp. 1–32.")
    assert e.type == EntryType.CHAPTER


@pytest.mark.parametrize(
    "text, host",
    [
        ('Yao, Andrew Chi-Chih (1982). "Theory and applications of trapdoor functions". 23rd Annual Symposium on Foundations of Computer Science '
         "(SFCS 1982). pp. 80–91. doi:10.1109/SFCS.1982.45.", "23rd Annual Symposium on Foundations of Computer Science (SFCS 1982)"),
        ('Cook, Stephen (1971). "The complexity of theorem-proving procedures". Proceedings of the Third Annual ACM Symposium on Theory of Computing. '
         "pp. 151–158.", "Proceedings of the Third Annual ACM Symposium on Theory of Computing"),
        ('Diffie, W. (1976). "Multiuser cryptographic techniques". AFIPS National Computer Conference. New York: ACM. pp. 109–112.',
         "AFIPS National Computer Conference"),
        ("Shor, Peter W. “Algorithms for Quantum Computation.” 35th Annual Symposium on Foundations of Computer Science, IEEE, 1994, pp. 124–34.",
         "35th Annual Symposium on Foundations of Computer Science"),
    ],
)
def test_a_quoted_paper_then_the_meeting_that_prints_it(text: str, host: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None) == (EntryType.CHAPTER, host)
    assert e.publisher is None or e.publisher.value != host


@pytest.mark.parametrize(
    "text, title, subtitle",
    [
        ("Sutherland, I.E. (1963) 'Sketchpad: a man-machine graphical communication system', in AFIPS '63 (Spring): Proceedings of the May 21–23, "
         "1963, Spring Joint Computer Conference. New York: ACM, pp. 329–346.", "AFIPS '63 (Spring)", "Proceedings of the May 21–23, 1963, Spring Joint Computer Conference"),
        ("Smith, J. (2001) 'Chapter', in Brown, A. (ed.) Latvia (1918–1940): A Survey. London: Routledge, pp. 3–40.", "Latvia (1918–1940)", "A Survey"),
        ('Smith, John (2001). "Chapter". In Brown, A. (ed.). Latvia (1918–1940): A Survey. London: Routledge. pp. 3–40.', "Latvia (1918–1940)", "A Survey"),
        ("Smith, J. (2001). Chapter. In A. Brown (Ed.), Latvia (1918–1940): A survey (pp. 3–40). Routledge.", "Latvia (1918–1940)", "A survey"),
    ],
)
def test_a_parenthesis_before_a_host_subtitle_belongs_to_the_host_title(text: str, title: str, subtitle: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None and e.host.subtitle is not None
    assert (e.host.title.value, e.host.subtitle.value, e.warnings) == (title, subtitle, [])


@pytest.mark.parametrize(
    "text, host, title",
    [
        ("Dennett, D. C. (1993). [Review of the book The rediscovery of the mind, by J. R. Searle]. The Journal of Philosophy, 90(4), 193–205.",
         "The Journal of Philosophy", None),
        ("Dennett, D. C. (1993). Mind games [Review of the book The rediscovery of the mind, by J. R. Searle]. The Journal of Philosophy, 90(4), 193–205.",
         "The Journal of Philosophy", "Mind games"),
        ("Smith, J. (2001). [Letter to the editor]. Nature, 410(6830), 1–2.", "Nature", None),
        ("Brody, R. (2019, May 3). [Review of the film Avengers: Endgame, directed by A. Russo & J. Russo]. The New Yorker, 95(12), 70–71.",
         "The New Yorker", None),
        ("Brody, R. (2019, May 3). Superheroes at rest [Review of the film Avengers: Endgame, directed by A. Russo & J. Russo]. The New Yorker, 95(12), 70–71.",
         "The New Yorker", "Superheroes at rest"),
    ],
)
def test_apa_review_or_letter_described_in_brackets(text: str, host: str, title: str | None) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.title.value if e.title else None) == (EntryType.ARTICLE, host, title)
    assert e.notes and e.notes[0].value.startswith(("Review of", "Letter to")) and not e.warnings
    assert e.title is None or not e.title.translated


@pytest.mark.parametrize(
    "text, kind",
    [
        ("National Institute of Mental Health. (2022). Generalized anxiety disorder: When worry gets out of control. U.S. Department of Health "
         "and Human Services, National Institutes of Health. https://www.nimh.nih.gov/health/publications/generalized-anxiety-disorder-gad", EntryType.REPORT),
        ("National Institute on Aging. (2017). Talking with your doctor. U.S. Department of Health and Human Services. https://www.nia.nih.gov/talking",
         EntryType.REPORT),
        ("Environment Agency. (2019). Flood risk management plan. Department for Environment, Food & Rural Affairs. https://www.gov.uk/flood-plan",
         EntryType.REPORT),
        # a page of a site, dated to the day, stays a web page
        ("Centers for Disease Control and Prevention. (2020, March 3). Handwashing: Clean hands save lives. U.S. Department of Health and Human "
         "Services. https://www.cdc.gov/handwashing/", EntryType.WEBPAGE),
    ],
)
def test_apa_agency_report_names_its_parent_department_as_publisher(text: str, kind: EntryType) -> None:
    assert parse_reference(text).type == kind


@pytest.mark.parametrize(
    "text, series",
    [
        ("Plakans, Andrejs. The Latvians: A Short History. Studies of Nationalities. Stanford, CA: Hoover Institution Press, 1995.", "Studies of Nationalities"),
        ("Kant, Immanuel. Critique of Pure Reason. Edited and translated by Paul Guyer and Allen W. Wood. The Cambridge Edition of the Works of "
         "Immanuel Kant. Cambridge: Cambridge University Press, 1998.", "The Cambridge Edition of the Works of Immanuel Kant"),
        ("Lieven, Anatol. The Baltic Revolution: Estonia, Latvia, Lithuania and the Path to Independence. Yale Nota Bene. New Haven, CT: "
         "Yale University Press, 1994.", "Yale Nota Bene"),
    ],
)
def test_chicago_series_after_a_colon_subtitled_title(text: str, series: str) -> None:
    e = parse_reference(text)
    assert e.series is not None and e.series.value == series and e.publisher is not None and not e.warnings


def test_chicago_imprint_or_exhibition_note_after_a_subtitle_is_no_series() -> None:
    e = parse_reference("World Development Report 2019: The Changing Nature of Work (PDF). Washington, DC: World Bank. 2019.")
    assert e.series is None
    e = parse_reference("Smith, John. Riga Style: Art Nouveau in Latvia. Exhibition Catalogue. Riga: Neputns, 2001.")
    assert e.series is None


@pytest.mark.parametrize(
    "text, series",
    [
        ("Foucault, Michel. Surveiller et punir: Naissance de la prison. Gallimard, 1975. Bibliothèque des histoires.", "Bibliothèque des histoires"),
        ("Eco, Umberto. Opera aperta. Bompiani, 1962. Portico della storia.", "Portico della storia"),
        ("Dickens, Charles. Bleak House. Edited by Stephen Gill, Oxford UP, 1998. Oxford World's Classics.", "Oxford World's Classics"),
        ("Dickens, Charles. Hard Times. Penguin, 1995. Originally published in 1854.", None),
    ],
)
def test_mla_closing_series_in_its_own_language_case(text: str, series: str | None) -> None:
    e = parse_reference(text)
    assert (e.series.value if e.series else None) == series


@pytest.mark.parametrize(
    "text, kind, host, title",
    [
        ("Smith, J. (2012) 'Riga', Encyclopaedia Britannica. Available at: https://www.britannica.com/place/Riga (Accessed: 1 May 2020).",
         EntryType.ENCYCLOPEDIA_ENTRY, "Encyclopaedia Britannica", "Riga"),
        ("Smith, J. (2019) 'Why I left Riga', Medium. Available at: https://medium.com/x (Accessed: 3 May 2020).", EntryType.WEBPAGE, "Medium", "Why I left Riga"),
        ("Brown, A. (2020) ‘Latvian independence’, BBC News. Available at: https://www.bbc.co.uk/news/x (Accessed: 3 May 2021).",
         EntryType.ARTICLE, "BBC News", "Latvian independence"),
    ],
)
def test_harvard_quoted_part_then_its_container_after_a_comma(text: str, kind: EntryType, host: str, title: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.title.value) == (kind, host, title)
    assert e.accessed is not None and e.url


@pytest.mark.parametrize(
    "text, roles",
    [
        ("Bulgakov, Mikhail. The Master and Margarita. Translated by Diana Burgin and Katherine Tiernan O'Connor. Annotations and afterword by "
         "Ellendea Proffer. New York: Vintage, 1996.", ["author", "translator", "translator", "contributor"]),
        ("Homer. The Iliad. Translated by Robert Fagles. Introduction and notes by Bernard Knox. New York: Viking, 1990.", ["author", "translator", "contributor"]),
        ("Machiavelli, Niccolò. The Prince. Translated with an introduction by Harvey C. Mansfield. Chicago: University of Chicago Press, 1985.",
         ["author", "translator"]),
        ("Austen, Jane. Emma. Edited with an introduction and notes by Fiona Stafford. London: Penguin, 2003.", ["author", "editor"]),
        ("Carroll, Lewis. Alice's Adventures in Wonderland. Illustrated by John Tenniel. London: Macmillan, 1866.", ["author", "contributor"]),
        ("Marx, K. (1990) Capital: volume 1. Translated by B. Fowkes. Introduced by E. Mandel. London: Penguin.", ["author", "translator", "contributor"]),
        ("Montaigne, Michel de. The Complete Essays. Translated and introduced by M. A. Screech. London: Penguin, 1991.", ["author", "translator"]),
    ],
)
def test_joined_contributor_statements_after_the_title(text: str, roles: list[str]) -> None:
    e = parse_reference(text)
    assert [p.role.value for p in e.all_persons()] == roles
    assert e.subtitle is None and not e.warnings


@pytest.mark.parametrize(
    "text, host, place",
    [
        ('"Latvia." The Columbia Encyclopedia, 6th ed. New York: Columbia University Press, 2000.', "The Columbia Encyclopedia", "New York"),
        ('"Riga." Oxford Dictionary of National Biography. Oxford: Oxford University Press, 2004.', "Oxford Dictionary of National Biography", "Oxford"),
        ("“Sonnet.” A Dictionary of Literary Terms, 3rd ed. London: Blackwell, 1991.", "A Dictionary of Literary Terms", "London"),
    ],
)
def test_a_quoted_entry_then_a_printed_reference_work_and_its_imprint(text: str, host: str, place: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None, [x.value for x in e.places]) == (EntryType.ENCYCLOPEDIA_ENTRY, host, [place])
    assert not e.warnings


def test_a_site_owner_is_a_body_other_than_the_one_the_page_is_about() -> None:
    # parliaments are organisations: a page about one, on another body's site, keeps its owner as publisher
    e = parse_reference("Latvijas Republikas Saeima. Latvijas Institūts. Pieejams: https://www.latvia.eu (skatīts 2020. gada 2. martā).")
    assert e.title is not None and e.publisher is not None
    assert (e.title.value, e.publisher.value) == ("Latvijas Republikas Saeima", "Latvijas Institūts")
    # a page named after an event of a body is no body
    e = parse_reference("Centrālā vēlēšanu komisija. 14. Saeimas vēlēšanas. Pieejams: https://www.cvk.lv (skatīts 2022. gada 5. oktobrī).")
    assert e.publisher is None
    # a site named after its owner ("… bibliotēka. Digitālā bibliotēka.") has no publisher of its own
    e = parse_reference("Latvijas Universitātes bibliotēka. Digitālā bibliotēka. https://www.lu.lv (skatīts 01.03.2023.)")
    assert e.publisher is None


@pytest.mark.parametrize(
    "text, editors",
    [
        ("Wertsch, J. V. (Ed. & Trans.). (1981). The concept of activity in Soviet psychology. M. E. Sharpe.", ["Wertsch"]),
        ("Wertsch, J. V., & Cole, M. (Eds. & Trans.). (1981). The concept of activity in Soviet psychology. M. E. Sharpe.", ["Wertsch", "Cole"]),
    ],
)
def test_apa_head_editors_who_also_translated(text: str, editors: list[str]) -> None:
    # APA 7 (9.10): "(Ed. & Trans.)" after the names heading the reference gives them both roles
    e = parse_reference(text)
    assert [p.family for p in e.persons if p.role == Role.EDITOR] == editors
    assert [p.family for p in e.persons if p.role == Role.TRANSLATOR] == editors
    assert e.type == EntryType.COLLECTION


@pytest.mark.parametrize(
    "date, year",
    [("March–April 1994", 1994), ("Winter–Spring 1994", 1994), ("1–7 March 1994", 1994), ("Nov/Dec 2001", 2001)],
)
def test_wikipedia_dates_an_issue_by_a_range_of_months_or_days(date: str, year: int) -> None:
    e = parse_reference(f'Brzezinski, Zbigniew ({date}). "The Premature Partnership". Foreign Affairs. 73 (2): 67–82.')
    assert (e.type, e.title.value if e.title else None, e.date.year if e.date else None) == (EntryType.ARTICLE, "The Premature Partnership", year)
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Foreign Affairs"


@pytest.mark.parametrize("given", ["Vladimir Iu.", "Iakov Ia.", "Georgii Zh.", "Nikolai Kh."])
def test_a_romanised_initial_after_a_given_name_ends_the_name(given: str) -> None:
    # ALA-LC writes one Cyrillic letter with two Latin ones: "Iu." is a patronymic's initial, not a second given name
    e = parse_reference(f"Acton, Edward; Cherniaev, {given}; Rosenberg, William G., eds. (1997). Critical Companion to the Russian Revolution, 1914–1921. Bloomington: Indiana University Press.")
    assert [(p.family, p.given, p.role) for p in e.persons] == [
        ("Acton", "Edward", Role.EDITOR), ("Cherniaev", given, Role.EDITOR), ("Rosenberg", "William G.", Role.EDITOR)
    ]
    assert e.date is not None and e.date.year == 1997


@pytest.mark.parametrize(
    "text, language",
    [
        ("Lotman, Iu. M. “O semiosfere.” Trudy po znakovym sistemam, vol. 17, 1984, pp. 5–23.", "ru"),
        ("Shklovskii, V. O teorii prozy. Moscow: Krug, 1925.", "ru"),
        ("Vinogradov, V. V. K istorii russkogo literaturnogo iazyka. Moscow: Nauka, 1978.", "ru"),
        ("Cather, W. (1913). O pioneers! Houghton Mifflin.", "en"),
        ("Cather, Willa. O Pioneers! Boston: Houghton Mifflin, 1913.", "en"),
    ],
)
def test_a_one_letter_preposition_opening_a_romanised_title(text: str, language: str) -> None:
    # a romanised title keeps sentence case: "O", "V", "K", "S" before a lower-case word is a Russian preposition
    assert parse_reference(text).language == language


@pytest.mark.parametrize(
    "text",
    [
        "Coleman, J.S. (1988) 'Social capital in the creation of human capital', American Journal of Sociology, 94 (Supplement), pp. S95–S120.",
        "Coleman, J.S. (1988) 'Social capital in the creation of human capital', American Journal of Sociology, 94, pp. S95–S120.",
        "Coleman, J.S. (1988) 'Social capital in the creation of human capital', American Journal of Sociology, 94 (Suppl.), pp. S95–S120.",
        "Coleman, James S. \"Social Capital in the Creation of Human Capital.\" American Journal of Sociology, vol. 94, 1988, pp. S95–S120.",
        "Coleman, James S. 1988. “Social Capital in the Creation of Human Capital.” American Journal of Sociology 94 (Supplement): S95–S120.",
        "Coleman, James S. 1988. “Social Capital in the Creation of Human Capital.” American Journal of Sociology 94 (Suppl.): S95–S120.",
        "Coleman, James S. “Social Capital in the Creation of Human Capital.” American Journal of Sociology 94 (1988): S95–S120.",
    ],
)
def test_a_supplement_paged_apart_with_a_letter(text: str) -> None:
    e = parse_reference(text)
    assert (e.type, str(e.pages), e.host.volume if e.host else None) == (EntryType.ARTICLE, "S95–S120", "94")
    assert e.host is not None and e.host.title is not None and e.host.title.value == "American Journal of Sociology"


@pytest.mark.parametrize(
    "text, month, day, pages",
    [
        ("Eagleton, T. (2006) 'Lunging, flailing, mispunching', London Review of Books, 28(20), 19 October, pp. 32–34.", 10, 19, "32–34"),
        ("Smith, J. (2006) 'Title here', New Scientist, 190(2551), 13 May, p. 12.", 5, 13, "12"),
        ("Orwell, G. (1945) 'Notes on nationalism', Polemic, no. 1, October.", 10, None, None),
        ("Orwell, G. (1945) 'Notes on nationalism', Polemic, no. 1, October, pp. 3–9.", 10, None, "3–9"),
    ],
)
def test_harvard_dates_an_issue_after_its_numbers(text: str, month: int, day: int | None, pages: str | None) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE and e.publisher is None
    assert e.date is not None and (e.date.month, e.date.day) == (month, day)
    assert (str(e.pages) if e.pages else None) == pages
    assert not e.warnings


@pytest.mark.parametrize(
    "text, paper",
    [
        ("Jones, Gareth. “Famine Rules Russia.” Evening Standard (London), March 31, 1933.", "Evening Standard"),
        ("Jones, Gareth. “Famine Rules Russia.” Times (London), March 31, 1933, 12.", "Times"),
        ('Jones, Gareth. "Famine Rules Russia." Evening Standard [London], 31 Mar. 1933, p. 9.', "Evening Standard"),
        ("Jones, G. (1933) 'Famine rules Russia', Evening Standard (London), 31 March, p. 9.", "Evening Standard"),
    ],
)
def test_a_newspapers_city_after_its_name_is_no_imprint(text: str, paper: str) -> None:
    # CMOS 14.203, MLA 9: the city is added to a paper's name that lacks it, in parentheses or brackets
    e = parse_reference(text)
    assert (e.type, e.host.title.value if e.host and e.host.title else None, e.publisher, e.places) == (EntryType.ARTICLE, paper, None, [])
    assert e.date is not None and e.date.year == 1933


@pytest.mark.parametrize(
    "text, authors",
    [
        ("The New Grove Dictionary of Music and Musicians, 2nd ed., s.v. “Musorgsky, Modest Petrovich,” by Robert W. Oldani.", ["Oldani"]),
        ("Encyclopaedia Britannica, 15th ed., s.v. “Latvia,” by Andrejs Plakans and John Smith.", ["Plakans", "Smith"]),
        ("The New Grove Dictionary of Music and Musicians, 2nd ed. (London: Macmillan, 2001), s.v. “Musorgsky, Modest Petrovich,” by Robert W. Oldani.", ["Oldani"]),
        ("Oxford English Dictionary, 2nd ed. (1989), s.v. “serendipity.”", []),
    ],
)
def test_chicago_signed_entry_after_sub_verbo(text: str, authors: list[str]) -> None:
    # CMOS 14.233: "s.v. "headword," by Author" names the entry's author
    e = parse_reference(text)
    assert e.type == EntryType.ENCYCLOPEDIA_ENTRY
    assert [p.family for p in e.persons if p.role == Role.AUTHOR] == authors


@pytest.mark.parametrize(
    "ending, series, number",
    [
        ("California Slavic Studies 15.", "California Slavic Studies", "15"),
        ("California Slavic Studies.", "California Slavic Studies", ""),
        ("Studies in Russian Literature and Theory, 4.", "Studies in Russian Literature and Theory", "4"),
    ],
)
def test_mla_series_and_its_number_close_the_reference(ending: str, series: str, number: str) -> None:
    # MLA 9 (2.7): the series, with its number, follows the publication facts
    e = parse_reference(f"Gasparov, Boris, et al., editors. Cultural Mythologies of Russian Modernism. U of California P, 1992. {ending}")
    assert (e.series.value if e.series else None, e.series_number) == (series, number)
    assert e.publisher is not None and e.publisher.value == "U of California P" and not e.warnings


@pytest.mark.parametrize("statement", ["(Spring 2021 edn)", "(Winter 2021 Edn.)", "(Fall 2021 edition)"])
def test_a_seasonal_edition_of_an_online_reference_work(statement: str) -> None:
    e = parse_reference(
        f"Wolff, J. and Leopold, D. (2021) 'Karl Marx', in Zalta, E.N. (ed.) The Stanford Encyclopedia of Philosophy {statement}. "
        "Available at: https://plato.stanford.edu/archives/spr2021/entries/marx/ (Accessed: 9 November 2022)."
    )
    assert e.edition == statement.strip("()").rsplit(" ", 1)[0]
    assert e.host is not None and e.host.title is not None and e.host.title.value == "The Stanford Encyclopedia of Philosophy"


@pytest.mark.parametrize(
    "text, title, series",
    [
        ("Khlevnyuk, Oleg V. (2010). Khozyain: Stalin i utverzhdeniye stalinskoy diktatury [The Master: Stalin and the Establishment of the Stalinist Dictatorship]. Istoriya stalinizma (in Russian). Moscow: ROSSPEN.", "Khozyain", "Istoriya stalinizma"),
        ("Khlevnyuk, Oleg V. (2010). Khozyain [The Master]. Istoriya stalinizma (in Russian). Moscow: ROSSPEN.", "Khozyain", "Istoriya stalinizma"),
        ("Khlevnyuk, Oleg V. (2010). Khozyain: Stalin i utverzhdeniye stalinskoy diktatury (in Russian). Istoriya stalinizma. Moscow: ROSSPEN.", "Khozyain", "Istoriya stalinizma"),
        ("Furet, François (1995). Le passé d'une illusion. Essai sur l'idée communiste au XXe siècle (in French). Paris: Robert Laffont.", "Le passé d'une illusion", None),
        ("Smith, John (1995). The cold war in Europe. Studies in history. London: Macmillan.", "The cold war in Europe", None),
    ],
)
def test_wikipedia_series_in_the_titles_language(text: str, title: str, series: str | None) -> None:
    # CS1 writes the series as its own sentence after the title; a romanised or foreign series keeps sentence case
    e = parse_reference(text)
    assert (e.title.value if e.title else None, e.series.value if e.series else None) == (title, series)


@pytest.mark.parametrize(
    "text",
    [
        '"Latvia profile". BBC News. 2012-05-30. Retrieved 2013-01-02.',
        '"Title here". Latvijas Vēstnesis. 2012-05-30. Retrieved 2013-01-02.',
        'Smith, John (2012-05-30). "Title here". BBC News. Retrieved 2013-01-02.',
        "Smith, John (2012-05-30). Title Here. London: Macmillan.",
        "Doe, J. The Book. London: Macmillan, 2012-05-30.",
    ],
)
def test_an_iso_date_is_one_date(text: str) -> None:
    # CS1 with |df=ymd-all writes "2012-05-30": the year, then its month and day (not the years 2012–2005)
    e = parse_reference(text)
    assert e.date is not None and (e.date.year, e.date.month, e.date.day, e.date.end_year) == (2012, 5, 30, None)
    assert not [w for w in e.warnings if w.code == "unparsed-remainder"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Зямля пад белымі крыламі", "be"),  # і with ы and no и
        ("Дзікае паляванне караля Стаха", "be"),  # "дз", "-ая"
        ("Беларуская мова і літаратура", "be"),
        ("Нарис історії середньовічної та ранньомодерної України", "uk"),
        ("Повісті та оповідання", "uk"),
        ("Исторія Малороссіи", "ru"),  # pre-reform Russian: і only before a vowel
        ("Міръ Божій", "ru"),
        ("Война и мир", "ru"),
    ],
)
def test_decimal_i_tells_belarusian_ukrainian_and_pre_reform_russian_apart(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Я. Купала. Жалейка. Пецярбург, 1908.", "be"),
        ("Я. Колас. Новая зямля. Вільня, 1923.", "be"),
        ("Т. Шевченко. Кобзар. Львів, 1908.", "uk"),
        ("Л. Толстой. Война и мир. Берлин, 1921.", "ru"),
        ("Л. Толстой. Война и мир. Мінск, 1950.", "ru"),  # "и": not Belarusian whatever the imprint
    ],
)
def test_a_place_spelt_the_belarusian_or_ukrainian_way_tells_the_language_of_an_undecided_title(text: str, lang: str) -> None:
    assert parse_reference(text).language == lang


@pytest.mark.parametrize(
    ("text", "role", "family"),
    [
        ("Davies, N. Boże igrzysko : historia Polski / Norman Davies ; przełożyła Elżbieta Tabakowska. – Kraków : Znak, 2010. – 1200 s.", Role.TRANSLATOR, "Tabakowska"),
        ("Miłosz, Cz. Zniewolony umysł / Czesław Miłosz ; tłum. Jan Kowalski. – Kraków : Znak, 2010. – 250 s.", Role.TRANSLATOR, "Kowalski"),
        ("Kross, J. Keisri hull : romaan / Jaan Kross ; toimetanud Helle Tiisväli. – Tallinn : Eesti Raamat, 1978. – 351 lk.", Role.EDITOR, "Tiisväli"),
        ("Böll H. Ansichten eines Clowns / Heinrich Böll ; übersetzt von Hans Meier. — Köln : Kiepenheuer, 1963. — 304 S.", Role.TRANSLATOR, "Meier"),
    ],
)
def test_a_foreign_work_keeps_its_own_language_statement_of_responsibility(text: str, role: Role, family: str) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons if p.role == role] == [family]


@pytest.mark.parametrize(
    ("text", "volume", "total"),
    [
        ("Būga K. Rinktiniai raštai. 1. t. Vilnius: Valstybinė politinės ir mokslinės literatūros leidykla, 1958.", "1", ""),
        ("Būga K. Rinktiniai raštai. 2. t. Vilnius: Valstybinė politinės ir mokslinės literatūros leidykla, 1959. 870 psl.", "2", "870"),
        ("Tammsaare A. H. Tõde ja õigus. 1. kd. Tallinn: Eesti Raamat, 1978. 480 lk.", "1", "480"),
        ("Marx K. Das Kapital. 1. Bd. Hamburg: Meissner, 1867.", "1", ""),
        ("Kross J. Keisri hull : romaan / J. Kross. — Tallinn : Eesti Raamat, 1978. — 351 lk.", "", "351"),
    ],
)
def test_volume_and_page_count_words_of_other_languages(text: str, volume: str, total: str) -> None:
    e = parse_reference(text)
    assert (e.volume, e.page_total) == (volume, total)


@pytest.mark.parametrize(
    ("text", "edition", "places"),
    [
        ("Яковенко, Н. Нарис історії України / Наталя Яковенко. – 2-ге вид., переробл. та розшир. – Київ : Критика, 2005. – 584 с.", "2", ["Київ"]),
        ("Субтельний О. Україна / Орест Субтельний. – 3-тє вид., перероб. і доп. – Київ : Либідь, 1993. – 720 с.", "3", ["Київ"]),
        ("Єфремов С. Історія українського письменства. Т. I. Вид. 4-е. Київ–Ляйпціг, 1919.", "4", ["Київ", "Ляйпціг"]),
        ("Грушевський М. Історія України-Руси. Т. 1. Вид. 2-ге. Львів, 1904.", "2", ["Львів"]),
        ("Караткевіч, У. Зямля пад белымі крыламі / Уладзімір Караткевіч. – 2-е выд. – Мінск : Юнацтва, 1982. – 300 с.", "2", ["Мінск"]),
        ("Davies, N. Boże igrzysko / Norman Davies. – Wyd. 2 popr. – Kraków : Znak, 2010. – 1200 s.", "2", ["Kraków"]),
        ("Kross J. Keisri hull / J. Kross. — 2. tr. — Tallinn : Eesti Raamat, 1980. — 351 lk.", "2", ["Tallinn"]),
    ],
)
def test_an_edition_statement_in_the_language_of_the_work(text: str, edition: str, places: list[str]) -> None:
    e = parse_reference(text)
    assert (e.edition, [p.value for p in e.places], e.subtitle) == (edition, places, None)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Tammsaare A. H. Tõde ja õigus. 2. osa. Tallinn: Eesti Raamat, 1978. 480 lk.", "2"),
        ("Būga K. Lietuvių kalbos žodynas. 2. dalis. Kaunas, 1925.", "2"),
        ("Hegel G. W. F. Vorlesungen über die Ästhetik. 1. Teil. Berlin: Duncker, 1835.", "1"),
    ],
)
def test_a_numbered_part_in_other_baltic_and_german_words(text: str, part: str) -> None:
    e = parse_reference(text)
    assert (e.part, e.subtitle) == (part, None)


def test_a_page_count_word_after_a_space_only() -> None:
    assert parse_reference("Davies, N. Boże igrzysko / Norman Davies. – Kraków : Znak, 2010. – 1200 s.").page_total == "1200"
    e = parse_reference("Fitzpatrick, Sheila. Everyday Stalinism: Soviet Russia in the 1930s. New York: Oxford University Press, 1999.")
    assert (e.page_total, e.date.year if e.date else None) == ("", 1999)


@pytest.mark.parametrize(
    ("text", "family", "initials"),
    [
        ("Ле Руа Ладюри Э. Монтайю, окситанская деревня (1294–1324) / Эмманюэль Ле Руа Ладюри. — Екатеринбург : Изд-во Урал. ун-та, 2001. — 544 с.", "Ле Руа Ладюри", "Э."),
        ("Ле Руа Ладюри, Э. Монтайю / Э. Ле Руа Ладюри. – Екатеринбург : Изд-во Урал. ун-та, 2001. – 544 с.", "Ле Руа Ладюри", "Э."),
        ("Ван дер Ваальс Я. Д. Курс термостатики / Я. Д. Ван дер Ваальс. — М. : ОНТИ, 1936. — 452 с.", "Ван дер Ваальс", "Я. Д."),
        ("Фон дер Гольц К. Вооружённый народ. — СПб., 1886. — 300 с.", "Фон дер Гольц", "К."),
        ("Ле Гофф Ж. Цивилизация средневекового Запада / Жак Ле Гофф. — М. : Прогресс, 1992. — 376 с.", "Ле Гофф", "Ж."),
    ],
)
def test_a_gost_heading_family_name_that_opens_with_a_capitalised_particle(text: str, family: str, initials: str) -> None:
    e = parse_reference(text)
    authors = [(p.family, p.initials) for p in e.persons if p.role == Role.AUTHOR]
    assert authors == [(family, initials)]  # (the statement after "/" names the same person, not a second one)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Балто-славянские исследования. 1981 / отв. ред. Вяч. Вс. Иванов. — М. : Наука, 1982. — 280 с.", "Балто-славянские исследования. 1981", 1982),
        ("Ежегодник Большой советской энциклопедии. 1970 / гл. ред. С. М. Ковалев. — М. : Сов. энцикл., 1970. — 608 с.", "Ежегодник Большой советской энциклопедии. 1970", 1970),
        ("Latvijas vēsture. 1990 / red. A. Zunda. — Rīga : Zinātne, 1991. — 300 lpp.", "Latvijas vēsture. 1990", 1991),
    ],
)
def test_a_year_before_the_gost_responsibility_slash_belongs_to_the_title(text: str, title: str, year: int) -> None:
    e = parse_reference(text)
    assert (e.title.value if e.title else None, e.subtitle, e.date.year if e.date else None) == (title, None, year)


def test_a_year_sentence_without_a_slash_after_it_is_still_a_first_publication() -> None:
    e = parse_reference("Eliot, George. Middlemarch. 1871. Penguin Books, 1994.")
    assert (e.title.value if e.title else None, e.date.year if e.date else None) == ("Middlemarch", 1994)


@pytest.mark.parametrize(
    ("text", "host", "volume"),
    [
        ("В.Н. Топоров. К реконструкции мифа о мировом яйце. — Труды по знаковым системам, III. Тарту, 1967, стр. 81-99.", "Труды по знаковым системам", "III"),
        ("Ю.М. Лотман. О семиосфере. — Труды по знаковым системам, XVII. Тарту, 1984, стр. 5-23.", "Труды по знаковым системам", "XVII"),
        ("Ле Гофф Ж. Статья // История, XII. Париж, 1990. С. 5.", "История", "XII"),
    ],
)
def test_a_roman_numeral_after_a_serial_collections_name_is_its_volume(text: str, host: str, volume: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None
    assert (e.host.title.value, e.host.volume or e.volume) == (host, volume)


@pytest.mark.parametrize(
    ("text", "series", "number"),
    [
        ("В.Н. Топоров. К реконструкции мифа о мировом яйце. — Труды по знаковым системам, III. Тарту, 1967, стр. 81-99 (Учен. зап. Тартуского гос. ун-та, вып. 198).", "Учен. зап. Тартуского гос. ун-та", "вып. 198"),
        ("Б.А. Рыбаков. Язычество древних славян. М., 1981, 608 стр. (Труды ГИМ, т. 40).", "Труды ГИМ", "т. 40"),
        ("Ю.М. Лотман. Статьи. Тарту, 1970, 300 стр. (Учен. зап. Тартуского гос. ун-та, № 251).", "Учен. зап. Тартуского гос. ун-та", "№ 251"),
    ],
)
def test_a_numbered_series_in_parentheses_right_after_the_pages_or_the_count(text: str, series: str, number: str) -> None:
    e = parse_reference(text)
    assert (e.series.value if e.series else None, e.series_number, e.host.issue if e.host else "") == (series, number, "")


@pytest.mark.parametrize(
    ("text", "title_starts", "editor"),
    [
        ("Декабристы. Поэзия, драматургия, проза, публицистика, литературная критика. Сост. Вл. Орлов. М.-Л., Гослитиздат, 1951.", "Декабристы", "Орлов"),
        ("Народники. Избранные произведения. Под ред. Вяч. Вс. Иванова. М., 1960.", "Народники", "Иванов"),
        ("Славянофилы. Сост. В. Иванов. М., 1960.", "Славянофилы", "Иванов"),
    ],
)
def test_a_plural_group_heading_before_a_compiler_or_editor_is_the_title(text: str, title_starts: str, editor: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.COLLECTION
    assert e.title is not None and e.title.value.startswith(title_starts)
    assert [p.family for p in e.persons if p.role != Role.AUTHOR] == [editor]
    assert not [p for p in e.persons if p.role == Role.AUTHOR]


def test_a_single_author_heading_keeps_the_compiler_of_his_works_apart() -> None:
    e = parse_reference("Пушкин. Стихотворения. Сост. Б. Томашевский. Л., 1955.")
    assert [(p.family, p.role) for p in e.persons] == [("Пушкин", Role.AUTHOR), ("Томашевский", Role.COMPILER)]


@pytest.mark.parametrize("initial", ["Вл.", "Вс.", "Вяч.", "Ал.", "Мих."])
def test_a_longer_russian_initial_ends_no_sentence(initial: str) -> None:
    e = parse_reference(f"Поэты-радищевцы. Ред. {initial} Орлов. Л., 1935.")
    assert [(p.family, p.initials) for p in e.persons] == [("Орлов", initial)]


@pytest.mark.parametrize(
    ("text", "title", "subtitle", "lang", "translation"),
    [
        ("Eksteins M. Walking Since Daybreak: A Story of Eastern Europe, World War II, and the Heart of Our Century [Ejot kopš rītausmas]. Boston; New York: Houghton Mifflin, 1999.",
         "Walking Since Daybreak", "A Story of Eastern Europe, World War II, and the Heart of Our Century", "lv", "Ejot kopš rītausmas"),
        ("Eksteins M. Walking Since Daybreak [Ejot kopš rītausmas]. Boston: Houghton Mifflin, 1999.", "Walking Since Daybreak", None, "lv", "Ejot kopš rītausmas"),
        ("Plakans A. The Latvians: A Short History [Latvieši: īsa vēsture]. Stanford: Hoover Institution Press, 1995.", "The Latvians", "A Short History", "lv", "Latvieši: īsa vēsture"),
        ("Kross J. Keisri hull [Императорский безумец]. Tallinn: Eesti Raamat, 1978.", "Keisri hull", None, "ru", "Императорский безумец"),
    ],
)
def test_a_bracketed_title_in_another_language_is_the_titles_translation(text: str, title: str, subtitle: str | None, lang: str, translation: str) -> None:
    e = parse_reference(text)
    assert e.title is not None
    assert (e.title.value, e.subtitle.value if e.subtitle else None, e.title.translated.get(lang)) == (title, subtitle, translation)


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        ("Austin, J. L. “A Plea for Excuses.” Proceedings of the Aristotelian Society, n.s., 57 (1956–57): 1–30.", "Proceedings of the Aristotelian Society", "57", None),
        ("Morgan, Edmund S. “The Puritan Ethic and the American Revolution.” William and Mary Quarterly, 3rd ser., 24, no. 1 (January 1967): 3–43.", "William and Mary Quarterly", "24", "1"),
        ("Morgan, Edmund S. “The Puritan Ethic and the American Revolution.” The William and Mary Quarterly, 3rd series, vol. 24, no. 1, 1967, pp. 3–43.", "The William and Mary Quarterly", "24", "1"),
        ("Hartwell, R.M. (1961) 'The rising standard of living in England, 1800–1850', Economic History Review, n.s., 13(3), pp. 397–416.", "Economic History Review", "13", "3"),
        ("Moore, G. E. (1903). \"The Refutation of Idealism\". Mind. New Series. 12 (48): 433–453.", "Mind", "12", "48"),
        ("Moore, G. E. “The Refutation of Idealism.” Mind, new ser., vol. 12, no. 48, 1903, pp. 433–53.", "Mind", "12", "48"),
        ("Elton, G. R. (1975) 'Taxation for war and peace', Transactions of the Royal Historical Society, Fifth Series, 25, pp. 1–20.", "Transactions of the Royal Historical Society", "25", None),
    ],
)
def test_a_journals_new_or_numbered_series_is_no_part_of_its_name(text: str, journal: str, volume: str, issue: str | None) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE and e.host is not None and e.host.title is not None
    assert (e.host.title.value, e.host.volume or e.volume, e.host.issue) == (journal, volume, issue or "")
    assert e.series is None


@pytest.mark.parametrize(
    ("text", "volume", "issue", "years"),
    [
        ("Austin, J. L. “A Plea for Excuses.” Proceedings of the Aristotelian Society 57 (1956–57): 1–30.", "57", "", (1956, 1957)),
        ("Ryle, Gilbert. “Knowing How and Knowing That.” Proceedings of the Aristotelian Society 46 (1945–1946): 1–16.", "46", "", (1945, 1946)),
        ("Smith, J. (2001). A title. Journal of Things, 12(3-4), 5–9.", "12", "3-4", (2001, None)),
    ],
)
def test_a_volume_spanning_two_years_gives_them_in_the_issue_parentheses(text: str, volume: str, issue: str, years: tuple[int, int | None]) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.date is not None
    assert (e.host.volume or e.volume, e.host.issue, (e.date.year, e.date.end_year)) == (volume, issue, years)


@pytest.mark.parametrize(
    ("text", "periodical", "year"),
    [
        ("Ruskin, John. Letter to the editor. Times (London), May 13, 1851.", "Times", 1851),
        ("Tolkien, J. R. R. Letter to the editor. The Observer, 20 Feb. 1938, p. 32.", "The Observer", 1938),
        ("Doe, Jane. Letter to the editor of the Nation. Nation, June 2, 1900, 12.", "Nation", 1900),
        ("Orwell, George. Review of Mein Kampf, by Adolf Hitler. New English Weekly, March 21, 1940.", "New English Weekly", 1940),
        ("Poe, Edgar Allan. Review of Twice-Told Tales, by Nathaniel Hawthorne. Graham’s Magazine, May 1842, pp. 298–300.", "Graham’s Magazine", 1842),
    ],
)
def test_an_untitled_letter_or_review_is_described_and_its_periodical_follows(text: str, periodical: str, year: int) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE and e.title is None
    assert e.host is not None and e.host.title is not None and e.host.title.value == periodical
    assert e.date is not None and e.date.year == year


@pytest.mark.parametrize("kind", ["Letter to the editor", "Editorial", "Obituary", "Book review"])
def test_a_cs1_type_of_a_newspaper_piece_is_no_part_of_its_title(kind: str) -> None:
    e = parse_reference(f'Smith, John (4 December 1948). "A Plain Title" ({kind}). The New York Times. p. 12.')
    assert e.title is not None and e.title.value == "A Plain Title"
    assert e.host is not None and e.host.title is not None and e.host.title.value == "The New York Times"


@pytest.mark.parametrize(
    "text",
    [
        "Mincer, J. (1962). On-the-job training: Costs, returns, and some implications. Journal of Political Economy, 70(5, Part 2), 50–79.",
        "Sjaastad, L.A. (1962) 'The costs and returns of human migration', Journal of Political Economy, 70(5, Part 2), pp. 50–79.",
        "Mincer, J. (1962). On-the-job training. Journal of Political Economy, 70(5, Pt. 2), 50–79.",
        "Mincer, J. (1962). On-the-job training. Journal of Political Economy, 70(5, Suppl.), 50–79.",
        "Mincer, Jacob. “On-the-Job Training.” Journal of Political Economy 70, no. 5, pt. 2 (1962): 50–79.",
        "Mincer, Jacob. “On-the-Job Training.” Journal of Political Economy, vol. 70, no. 5, part 2, 1962, pp. 50–79.",
    ],
)
def test_the_part_or_supplement_of_a_journal_issue_leaves_volume_and_issue(text: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE and e.host is not None
    assert (e.host.volume or e.volume, e.host.issue, e.host.part or e.part) == ("70", "5", "")
    assert e.pages is not None and (e.pages.first, e.pages.last) == ("50", "79")


def test_a_books_volume_keeps_its_part() -> None:
    e = parse_reference("Smith, John. History of Things. Vol. 2, pt. 1. London: Macmillan, 1900.")
    assert (e.volume, e.part) == ("2", "1")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Kahneman, D. (2002, December 8). Maps of bounded rationality: A perspective on intuitive judgment and choice [Nobel Prize lecture]. Aula Magna, Stockholm University, Stockholm, Sweden.", "Maps of bounded rationality", 2002),
        ("Smith, J. (2019, May 3). Climate and cities [Keynote speech]. International Urban Forum, Berlin, Germany.", "Climate and cities", 2019),
        ("Smith, J. (2019, May 3). Climate and cities [Invited address]. Annual Convention of the American Psychological Association, Chicago, IL, United States.", "Climate and cities", 2019),
        ("Kuhn, Thomas S. “Objectivity, Value Judgment, and Theory Choice.” Machette Lecture, Furman University, Greenville, SC, November 30, 1973.", "Objectivity, Value Judgment, and Theory Choice", 1973),
        ("King, Martin Luther, Jr. “The Other America.” Speech, Stanford University, Stanford, CA, April 14, 1967.", "The Other America", 1967),
        ("Hall, S. (1973) 'Encoding and decoding in the television discourse', paper presented to the Council of Europe Colloquy on 'Training in the Critical Reading of Televisual Language', University of Leicester, September.", "Encoding and decoding in the television discourse", 1973),
        ("Hall, Stuart. “Encoding and Decoding in the Television Discourse.” Paper presented to the Council of Europe Colloquy on “Training in the Critical Reading of Televisual Language,” University of Leicester, September 1973.", "Encoding and Decoding in the Television Discourse", 1973),
    ],
)
def test_a_talk_names_its_occasion_and_venue_not_a_host_or_publisher(text: str, title: str, year: int) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.DOCUMENT
    assert e.title is not None and e.title.value == title
    assert e.host is None and e.publisher is None and not e.places
    assert e.date is not None and e.date.year == year


def test_a_bracketed_lower_case_translation_is_no_talk() -> None:
    e = parse_reference("Vygotsky, L. S. (1934). Myshlenie i rech [Thinking and speech]. Gosudarstvennoe Sotsial-Ekonomicheskoe Izdatel.")
    assert e.type != EntryType.DOCUMENT


@pytest.mark.parametrize(
    ("text", "part", "book", "pages"),
    [
        ("Said, Edward W. Foreword to Selected Subaltern Studies, edited by Ranajit Guha and Gayatri Chakravorty Spivak, v–x. New York: Oxford University Press, 1988.", "Foreword", "Selected Subaltern Studies", ("v", "x")),
        ("Rieger, James. Introduction to Frankenstein; or, The Modern Prometheus, by Mary Wollstonecraft Shelley, xi–xxxvii. Chicago: University of Chicago Press, 1982.", "Introduction", "Frankenstein; or, The Modern Prometheus", ("xi", "xxxvii")),
        ("Sontag, Susan. Preface to Writing Degree Zero, by Roland Barthes, translated by Annette Lavers and Colin Smith, ix–xxi. New York: Hill and Wang, 1968.", "Preface", "Writing Degree Zero", ("ix", "xxi")),
    ],
)
def test_a_foreword_to_a_book_is_a_chapter_paged_in_roman_numerals(text: str, part: str, book: str, pages: tuple[str, str]) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.CHAPTER
    assert e.title is not None and e.title.value == part
    assert e.host is not None and e.host.title is not None and e.host.title.value == book
    assert e.pages is not None and (e.pages.first, e.pages.last) == pages


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Graham, Paul. “How to Do Great Work.” Paul Graham (blog), July 2023. https://paulgraham.com/greatwork.html.", "Paul Graham"),
        ("Krugman, Paul. “Wonks and Warriors.” The Conscience of a Liberal (blog), April 12, 2009. https://krugman.blogs.nytimes.com/2009/04/12/wonks/.", "The Conscience of a Liberal"),
    ],
)
def test_a_blogs_name_leaves_the_word_blog(text: str, site: str) -> None:
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None and e.host.title.value == site


@pytest.mark.parametrize(
    ("text", "book", "book_authors"),
    [
        ("Bruner, J. S. (1962). Introduction. In L. S. Vygotsky, Thought and language (E. Hanfmann & G. Vakar, Eds. & Trans., pp. v–x). MIT Press.", "Thought and language", ["Vygotsky"]),
        ("Freud, A. (1960). Foreword. In S. Freud, The interpretation of dreams (J. Strachey, Trans., pp. ix–xii). Basic Books.", "The interpretation of dreams", ["Freud"]),
        ("Hobsbawm, E. (1998) 'Introduction', in Marx, K. and Engels, F. The Communist Manifesto: A Modern Edition. London: Verso, pp. 1–29.", "The Communist Manifesto", ["Marx", "Engels"]),
    ],
)
def test_the_author_of_the_book_a_foreword_is_in_precedes_its_title(text: str, book: str, book_authors: list[str]) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.CHAPTER
    assert e.host is not None and e.host.title is not None and e.host.title.value == book
    assert [p.family for p in e.host.persons if p.role == Role.AUTHOR] == book_authors


def test_apa_roles_before_the_pages_in_one_parenthesis() -> None:
    e = parse_reference("Bruner, J. S. (1962). Introduction. In L. S. Vygotsky, Thought and language (E. Hanfmann & G. Vakar, Eds. & Trans., pp. v–x). MIT Press.")
    assert sorted({(p.family, p.role) for p in e.all_persons() if p.role in (Role.EDITOR, Role.TRANSLATOR)}) == [
        ("Hanfmann", Role.EDITOR), ("Hanfmann", Role.TRANSLATOR), ("Vakar", Role.EDITOR), ("Vakar", Role.TRANSLATOR)]


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [
        ("Poincaré, Henri (1905). \"Sur la dynamique de l'électron\". Comptes rendus hebdomadaires des séances de l'Académie des sciences (in French). 140: 1504–1508.", "140", ("1504", "1508")),
        ("Poincaré, Henri (1905). \"Sur la dynamique de l'électron\". Comptes rendus hebdomadaires des séances de l'Académie des sciences. 140: 1504–1508.", "140", ("1504", "1508")),
        ("Smith, John (1950). \"A Title\". Journal of Things. 12: 1890–1901.", "12", ("1890", "1901")),
    ],
)
def test_cs1_four_digit_pages_after_the_volumes_colon(text: str, volume: str, pages: tuple[str, str]) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE and e.host is not None
    assert e.host.volume or e.volume == volume
    assert e.pages is not None and (e.pages.first, e.pages.last) == pages



@pytest.mark.parametrize(
    ("host", "title", "subtitle"),
    [
        ("Вопросы языкознания = Topics in the Study of Language", "Вопросы языкознания", None),
        ("Вестник общественного мнения = The Russian Public Opinion Herald : научный журнал", "Вестник общественного мнения", "научный журнал"),
        ("Вестник : научный журнал = Herald : scientific journal", "Вестник", "научный журнал"),
        ("Acta Slavica Iaponica = Славянские исследования", "Acta Slavica Iaponica", None),
    ],
)
def test_a_hosts_parallel_title_is_dropped(host: str, title: str, subtitle: str | None) -> None:
    e = parse_reference(f"Иванов И. И. Статья // {host}. — 2005. — № 2. — С. 5–10.")
    assert e.host is not None and e.host.title is not None
    assert (e.host.title.value, e.host.subtitle.value if e.host.subtitle else None) == (title, subtitle)
    assert e.host.issue == "2" and e.title is not None and e.title.value == "Статья"


@pytest.mark.parametrize(
    ("count", "n"),
    [("в 5 т.", "5"), ("у 3 т.", "3"), ("у 12 т.", "12"), ("у 4 тамах", "4"), ("у 6 томах", "6")],
)
def test_ukrainian_and_belarusian_counts_of_volumes(count: str, n: str) -> None:
    e = parse_reference(f"Багдановіч М. Пагоня // Поўны збор твораў : {count} — Мінск : Навука і тэхніка, 1992. — Т. 1. — С. 151–152.")
    assert e.host is not None and e.host.title is not None and e.host.title.value == "Поўны збор твораў"
    assert e.number_of_volumes == n and (e.volume or e.host.volume) == "1"


@pytest.mark.parametrize(
    ("number", "issue"),
    [("№ 3 (101)", "3 (101)"), ("№ 1(63)", "1(63)"), ("№ 21 (63)", "21 (63)"), ("№ 4/5", "4/5"), ("№ 7", "7")],
)
def test_a_periodicals_yearly_and_running_numbers_stay_one_issue(number: str, issue: str) -> None:
    e = parse_reference(f"Гудков Л. Д. Природа «путинизма» // Вестник общественного мнения. — 2009. — {number}. — С. 6–21.")
    assert e.host is not None and e.host.issue == issue
    assert e.pages is not None and str(e.pages) == "6–21"


@pytest.mark.parametrize(
    "host",
    [
        "Отечественная история : энцикл. : в 5 т.",
        "Вікіпедія : вільна енциклопедія",
        "Беларуская энцыклапедыя : у 18 т.",
        "Українська літературна енциклопедія : у 5 т.",
        "Словник української мови : в 11 т.",
    ],
)
def test_a_host_named_an_encyclopedia_in_russian_ukrainian_or_belarusian_holds_an_entry(host: str) -> None:
    e = parse_reference(f"Пагоня // {host}. — Мінск, 1999. — Т. 3. — С. 244–245.")
    assert e.type == EntryType.ENCYCLOPEDIA_ENTRY


@pytest.mark.parametrize(
    ("accessed", "iso"),
    [("дата обращения: 17.01.2023", "2023-01-17"), ("дата звернення: 17.01.2023", "2023-01-17"), ("дата звароту: 05.02.2021", "2021-02-05")],
)
def test_ukrainian_and_belarusian_access_dates(accessed: str, iso: str) -> None:
    e = parse_reference(f"Києво-Могилянська академія. – Текст : електронний // Вікіпедія : вільна енциклопедія. – URL: https://uk.wikipedia.org/wiki/X ({accessed}).")
    assert e.accessed is not None and f"{e.accessed.year}-{e.accessed.month:02}-{e.accessed.day:02}" == iso
    assert e.url == "https://uk.wikipedia.org/wiki/X"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Эткинд А. Новый историзм [Электронный ресурс] // Новое литературное обозрение. — 2001. — № 47. — Режим доступа: http://magazines.russ.ru/nlo/2001/47/etkind.html (дата обращения: 20.03.2012).", EntryType.ARTICLE),
        ("Лавров, С. В. Историческая перспектива / С. В. Лавров. – Текст : электронный // Россия в глобальной политике. – 2016. – 3 марта. – URL: https://globalaffairs.ru (дата обращения: 10.05.2018).", EntryType.ARTICLE),
        ("Иванов И. И. Заметка // Известия. – 2019. – 14 мая (№ 86). – URL: https://iz.ru (дата обращения: 10.05.2020).", EntryType.ARTICLE),
        ("Зализняк А. А. Об исторической лингвистике [Электронный ресурс] // Полит.ру. — 2009. — 21 мая. — URL: https://polit.ru (дата обращения: 04.09.2014).", EntryType.WEBPAGE),
        ("История музея. – Текст : электронный // Государственный Эрмитаж : официальный сайт. – Санкт-Петербург, 1998–2023. – URL: https://www.hermitagemuseum.org/ (дата обращения: 21.04.2023).", EntryType.WEBPAGE),
        ("О библиотеке. – Текст : электронный // Российская национальная библиотека : [сайт]. – 2020. – URL: https://nlr.ru (дата обращения: 21.04.2023).", EntryType.WEBPAGE),
    ],
)
def test_a_periodical_piece_read_online_stays_an_article_and_a_site_a_web_page(text: str, kind: EntryType) -> None:
    assert parse_reference(text).type == kind


@pytest.mark.parametrize(
    "tail",
    [
        "— Рец. на кн.: Смирнов И. И. Очерки политической истории Русского государства. — М. ; Л., 1958.",
        "– Рецензия на книгу: Гумилев Л. Н. Поиски вымышленного царства. – Москва : Наука, 1970.",
        "— Рец. на ст.: Петров П. П. Заметки // Вопросы языкознания. — 1957. — № 2. — С. 1–9.",
        "— Рецензія на книгу: Шевчук В. Дім на горі. — Київ : Радянський письменник, 1983.",
    ],
)
def test_the_reviewed_work_after_a_review_is_a_note(tail: str) -> None:
    e = parse_reference(f"Рыбаков Б. А. О преодолении самообмана // Вопросы истории. — 1971. — № 3. — С. 153–159. {tail}")
    assert e.type == EntryType.ARTICLE and e.date is not None and e.date.year == 1971
    assert e.publisher is None and not e.places and e.host is not None and e.host.issue == "3"
    assert str(e.pages) == "153–159"
    assert any(n.value.startswith(("Рец", "Рецензія")) for n in e.notes)


@pytest.mark.parametrize("mark", ["[Рец.]", "[Рецензия]", "[Рэц.]"])
def test_an_untitled_review_keeps_its_reviewer(mark: str) -> None:
    e = parse_reference(f"Зимин А. А. {mark} // Вопросы истории. — 1959. — № 3. — С. 137–143.")
    assert [(p.family, p.initials, p.role) for p in e.persons] == [("Зимин", "А. А.", Role.AUTHOR)]
    assert e.title is None and e.host is not None and e.host.title is not None and e.host.title.value == "Вопросы истории"


@pytest.mark.parametrize(
    ("numbers", "issue", "part"),
    [
        ("— 1885. — Кн. 8.", "8", None),
        ("— 1885. — кн. 8.", "8", None),
        ("— 1868. — Т. 3, кн. 5.", "5", None),
        ("— М. : Наука, 1990. — Кн. 2.", None, "2"),
    ],
)
def test_a_periodicals_book_after_its_year_is_its_issue(numbers: str, issue: str | None, part: str | None) -> None:
    host = "Русская мысль" if issue else "Собрание сочинений"
    e = parse_reference(f"Ключевский В. О. Происхождение крепостного права // {host}. {numbers} — С. 1–36.")
    assert e.host is not None and e.host.issue == (issue or "")
    assert (e.part or (e.host.part if e.host else "") or None) == part


@pytest.mark.parametrize(("series", "name", "number"), [("Труды по знаковым системам, I", "Труды по знаковым системам", "I"), ("Труды по знаковым системам, IV", "Труды по знаковым системам", "IV"), ("Литературные памятники, 12", "Литературные памятники", "12")])
def test_a_series_number_in_roman_numerals(series: str, name: str, number: str) -> None:
    e = parse_reference(f"Ю.М. Лотман. Лекции по структуральной поэтике. Тарту, 1964. - 195 стр. ({series}).")
    assert e.series is not None and (e.series.value, e.series_number) == (name, number)


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("Учен. зап. Тартуского гос. ун-та, вып. 160", "Учен. зап. Тартуского гос. ун-та"),
        ("Учен. зап. Ленингр. гос. ун-та, вып. 5", "Учен. зап. Ленингр. гос. ун-та"),
        ("Изв. АН СССР, вып. 3", "Изв. АН СССР"),
        ("Журн. Мин-ва нар. просвещения, вып. 7", "Журн. Мин-ва нар. просвещения"),
    ],
)
def test_abbreviated_serial_words_end_no_sentence(host: str, name: str) -> None:
    e = parse_reference(f"Ю.М. Лотман. Лекции по структуральной поэтике. — {host}. Тарту, 1964, стр. 5—10.")
    assert e.host is not None and e.host.title is not None and e.host.title.value == name
    assert e.title is not None and e.title.value == "Лекции по структуральной поэтике"


@pytest.mark.parametrize("phrase", ["председатель Главной редакционной комиссии", "председатель редакционной коллегии", "председатель редакционного совета", "председатель"])
def test_the_chairman_of_an_editorial_board_heads_the_host(phrase: str) -> None:
    e = parse_reference(f"Курская битва 1943. – Текст : непосредственный // Военная энциклопедия : в 8 томах. Т. 4 / {phrase} И. Д. Сергеев. – Москва : Воениздат, 1999. – С. 365–369.")
    people = e.all_persons()
    assert [(p.family, p.role) for p in people] == [("Сергеев", Role.EDITOR_IN_CHIEF)]
    assert e.type == EntryType.ENCYCLOPEDIA_ENTRY and e.host is not None and e.host.title is not None and e.host.title.value == "Военная энциклопедия"



@pytest.mark.parametrize(
    ("text", "journal", "issue", "pages"),
    [
        ("Skujenieks K. Dzeja un tulkošana. Karogs, 1990, (5), 150.–156. lpp.", "Karogs", "5", "150"),
        ("Butulis I. Autoritārā režīma ideoloģija Latvijā (1934–1940). Latvijas Vēsture, 1991, (2), 12.–34. lpp.", "Latvijas Vēsture", "2", "12"),
        ("Zunda A. Raksts par vēsturi. Latvijas Vēsture, 1993. (3): 5–9.", "Latvijas Vēsture", "3", "5"),
        ("Ozols J. Par grāmatām. Grāmata, 1990, (1/2).", "Grāmata", "1/2", None),
    ],
)
def test_a_latvian_journal_numbering_only_its_issues_puts_the_issue_in_parentheses_after_the_year(
    text: str, journal: str, issue: str, pages: str | None
) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE
    assert e.host is not None and e.host.title is not None and e.host.title.value == journal
    assert e.host.issue == issue
    assert (e.pages.first if e.pages else None) == pages
    assert e.publisher is None


@pytest.mark.parametrize(
    ("text", "serial", "issue"),
    [
        ("Caune A. Rīgas 12.–13. gs. koka ēkas. Arheoloģija un etnogrāfija, 14. laid. Rīga: Zinātne, 1983, 50.–66. lpp.", "Arheoloģija un etnogrāfija", "14"),
        ("Zeids T. Senākās rakstītās ziņas. Arheoloģija un etnogrāfija. 3. izl. Rīga: LPSR ZA izdevniecība, 1961, 5.–19. lpp.", "Arheoloģija un etnogrāfija", "3"),
        ("Dunsdorfs E. Latvijas vēstures atlants. Archīvs, 16. krāj. Melburna: PBLA, 1986, 5.–90. lpp.", "Archīvs", "16"),
        ("Ozols J. Raksts par valodu. Valodas aktualitātes, 2. laidiens. Rīga, 1990, 5.–9. lpp.", "Valodas aktualitātes", "2"),
    ],
)
def test_a_latvian_serials_ordinal_issue_makes_its_piece_an_article(text: str, serial: str, issue: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE
    assert e.host is not None and e.host.title is not None and e.host.title.value == serial
    assert e.host.issue == issue


@pytest.mark.parametrize(
    ("text", "portal", "author"),
    [
        ("Latvija atzīmē barikāžu 30. gadadienu. LSM.lv, 2021. gada 20. janvāris. Pieejams: https://www.lsm.lv/raksts/a.a390612/ (skatīts 2021. gada 21. janvārī).", "LSM.lv", None),
        ("Latvia marks 30 years since the barricades. LSM.lv, 13.01.2021. Pieejams: https://eng.lsm.lv/article/a.a389944/ (skatīts 14.01.2021.)", "LSM.lv", None),
        ("Kalniņa I. Kas notiek ar valodu. Delfi, 2019. gada 3. marts. Pieejams: https://www.delfi.lv/news/a?id=1 [skatīts 04.03.2019.]", "Delfi", None),
        ("Latvijas Radio. Pirms 30 gadiem Latvija atjaunoja neatkarību. LSM.lv, 2020. gada 4. maijs. Pieejams: https://www.lsm.lv/raksts/a.a358201/ (skatīts 2020. gada 5. maijā).", "LSM.lv", "Latvijas Radio"),
        ("Latvijas Televīzija. Saeima pieņem budžetu. LSM, 2020. gada 5. decembris. Pieejams: https://www.lsm.lv/a/1 (skatīts 2020. gada 6. decembrī).", "LSM", "Latvijas Televīzija"),
    ],
)
def test_a_dated_piece_on_a_news_portal_is_an_article(text: str, portal: str, author: str | None) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.ARTICLE
    assert e.host is not None and e.host.title is not None and e.host.title.value == portal
    assert [p.literal for p in e.persons if p.literal] == ([author] if author else [])


def test_a_dated_page_of_a_site_named_by_its_domain_stays_a_web_page() -> None:
    e = parse_reference('Graham, Paul (April 2001). "Beating the Averages". paulgraham.com. Retrieved 22 October 2016.')
    assert e.type == EntryType.WEBPAGE


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Seraphim E. Geschichte Liv-, Est- und Kurlands von der „Aufsegelung“ des Landes bis zur Einverleibung in das russische Reich. 2 Bde. Reval: F. Kluge, 1895–1896.", "2"),
        ("Wittram R. Baltische Geschichte. 3 Bände. München: Oldenbourg, 1954.", "3"),
        ("Schiemann T. Russland, Polen und Livland bis ins 17. Jahrhundert. 2 Bde. Berlin: Grote, 1886–1887.", "2"),
    ],
)
def test_a_german_count_of_volumes_is_the_number_of_volumes(text: str, count: str) -> None:
    e = parse_reference(text)
    assert e.number_of_volumes == count
    assert e.subtitle is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zinātniskās atskaites sesijas materiāli par arheologu un etnogrāfu 1988.–1989. gada pētījumu rezultātiem. Rīga: Zinātne, 1990.", EntryType.PROCEEDINGS),
        ("Referātu tēzes. Rīga: Zinātne, 1985.", EntryType.PROCEEDINGS),
        ("Материалы научной сессии, посвященной 100-летию. М., 1970.", EntryType.PROCEEDINGS),
        ("Конституция Латвийской ССР. Принята на внеочередной сессии Верховного Совета Латвийской ССР. Рига: Лиесма, 1978.", EntryType.BOOK),
        ("Konstitūcija. Pieņemta Augstākās Padomes sesijā 1978. gadā. Rīga: Avots, 1978.", EntryType.BOOK),
    ],
)
def test_a_scholarly_sessions_papers_are_proceedings_not_a_parliaments_session(text: str, kind: EntryType) -> None:
    assert parse_reference(text).type == kind


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        ("Dokumenti par 1949. gada deportāciju. historia.lv. Pieejams: http://www.historia.lv/dokumenti/1949-gada-deportacija (skatīts 2019. gada 25. martā).", "Dokumenti par 1949. gada deportāciju", "historia.lv"),
        ("Latvijas vēstures avoti. vesture.eu. Pieejams: http://vesture.eu/avoti [skatīts 03.03.2020.]", "Latvijas vēstures avoti", "vesture.eu"),
        ("Barikāžu laika hronika. barikades.lv. Pieejams: https://www.barikades.lv/hronika (skatīts 2021. gada 20. janvārī).", "Barikāžu laika hronika", "barikades.lv"),
    ],
)
def test_a_site_named_by_its_bare_address_after_the_title_publishes_the_page(text: str, title: str, site: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.WEBPAGE
    assert e.title is not None and e.title.value == title
    assert e.publisher is not None and e.publisher.value == site


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Neiburgs U. Latviešu nacionālā pretošanās kustība vācu okupācijas laikā. Grām.: Latvija nacistiskās Vācijas okupācijas varā, 1941–1945: starptautiskās konferences referāti, 2003. gada 12.–13. jūnijs, Rīga. Rīga: Latvijas vēstures institūta apgāds, 2004, 188.–200. lpp.",
         "Latvija nacistiskās Vācijas okupācijas varā, 1941–1945: starptautiskās konferences referāti, 2003. gada 12.–13. jūnijs, Rīga"),
        ("Zunda A. Latvija un Baltijas valstis. Grām.: Baltijas valstis 20. gadsimtā: starptautiskās konferences materiāli, 1999. gada 5. maijs, Daugavpils. Daugavpils: Saule, 2000, 10.–20. lpp.",
         "Baltijas valstis 20. gadsimtā: starptautiskās konferences materiāli, 1999. gada 5. maijs, Daugavpils"),
        ("Zunda A. Raksts. Grām.: Vēsture: konferences materiāli, 1999. gada 5.–6. maijs. Rīga: Zinātne, 2000, 10.–20. lpp.",
         "Vēsture: konferences materiāli, 1999. gada 5.–6. maijs"),
        ("Strods H. Raksts. Grām.: Okupētā Latvija, 1940–1990: rakstu krājums. Rīga: Zinātne, 2001, 10.–20. lpp.",
         "Okupētā Latvija, 1940–1990: rakstu krājums"),
    ],
)
def test_a_latvian_host_title_keeps_its_span_of_years_and_its_meetings_days_and_place(text: str, host: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.CHAPTER
    assert e.host is not None and e.host.title is not None
    assert e.host.title.value + (": " + e.host.subtitle.value if e.host.subtitle else "") == host


@pytest.mark.parametrize(
    ("text", "editors", "role"),
    [
        ("Latvijas vēsture. 20. gadsimts. Red. kol.: D. Bleiere u. c. Rīga: Jumava, 2005.", ["Bleiere"], Role.EDITORIAL_BOARD),
        ("Latvju enciklopēdija. Red. kol.: A. Švābe u. c. 1. sēj. Stokholma: Trīs Zvaigznes, 1950.", ["Švābe"], Role.EDITORIAL_BOARD),
        ("Latvijas vēsture. Red.: D. Bleiere, I. Butulis u. c. Rīga: Jumava, 2005.", ["Bleiere", "Butulis"], Role.EDITOR),
        ("Latvijas vēsture. Red. kol. D. Bleiere u. c. Rīga: Jumava, 2005.", ["Bleiere"], Role.EDITORIAL_BOARD),
    ],
)
def test_a_latvian_role_with_a_colon_and_an_et_al_after_the_title_names_the_editors(text: str, editors: list[str], role: Role) -> None:
    e = parse_reference(text)
    assert [(p.family, p.role) for p in e.persons] == [(name, role) for name in editors]
    assert e.title is not None and ":" not in e.title.value and not e.notes



@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Nakane, C. (1970) Japanese society. Berkeley and Los Angeles: University of California Press.", ["Berkeley", "Los Angeles"]),
        ("Hardt, M. and Negri, A. (2000) Empire. Cambridge, MA and London: Harvard University Press.", ["Cambridge, MA", "London"]),
        ("Smith, J. (1999). A study of things. Princeton and Oxford: Princeton University Press.", ["Princeton", "Oxford"]),
        ("Smith, J. (1999) A study of things. New York: Farrar, Straus and Giroux.", ["New York"]),
    ],
)
def test_author_date_places_joined_by_and_are_several_places(text: str, places: list[str]) -> None:
    assert [p.value for p in parse_reference(text).places] == places


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Ortega y Gasset, José. The Revolt of the Masses. 1932. Reprint, New York: W. W. Norton, 1957.", "Ortega y Gasset", "José"),
        ("Ramón y Cajal, S. (1899). Textura del sistema nervioso del hombre. Nicolás Moya.", "Ramón y Cajal", ""),
        ("Puig i Cadafalch, Josep. L'arquitectura romànica a Catalunya. Barcelona: Institut d'Estudis Catalans, 1909.", "Puig i Cadafalch", "Josep"),
        ("Pérez y González, M., & Smith, J. (2001). A book. Penguin.", "Pérez y González", ""),
    ],
)
def test_surnames_joined_by_a_conjunction_are_one_family_name(text: str, family: str, given: str) -> None:
    person = parse_reference(text).persons[0]
    assert (person.family, person.given) == (family, given)


@pytest.mark.parametrize(
    "text",
    [
        "Campbell, Olive Dame, and Cecil J. Sharp, comps. English Folk Songs from the Southern Appalachians. New York: G. P. Putnam's Sons, 1917.",
        "Lomax, John A., and Alan Lomax, comps. American Ballads and Folk Songs. New York: Macmillan, 1934.",
        "Lomax, J. A., & Lomax, A. (Comps.). (1934). American ballads and folk songs. Macmillan.",
    ],
)
def test_compilers_heading_a_book_make_it_a_collection(text: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.COLLECTION
    assert e.persons and all(p.role == Role.COMPILER for p in e.persons)
    assert e.title is not None and not e.title.value.startswith("comps")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Namier, Lewis, and John Brooke. The House of Commons, 1754–1790. 3 vols. London: HMSO, 1964.", EntryType.BOOK),
        ("U.S. Department of State. Foreign Relations of the United States, 1945. 2 vols. Washington, DC: Government Printing Office, 1960.", EntryType.BOOK),
        ("National Research Council. (1998). Preventing reading difficulties in young children (C. E. Snow, Ed.). National Academy Press.", EntryType.BOOK),
        ("National Research Council. (1998). Preventing reading difficulties in young children. National Academy Press.", EntryType.REPORT),
    ],
)
def test_a_set_of_volumes_or_a_groups_edited_book_is_no_report(text: str, kind: EntryType) -> None:
    assert parse_reference(text).type == kind


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Beard, Mary. SPQR: A History of Ancient Rome. New York: Liveright, 2015. Kindle.", "Kindle"),
        ("Austen, Jane. Emma. New York: Penguin, 2003. EPUB.", "EPUB"),
        ("Ward, Jesmyn. Sing, Unburied, Sing. E-book ed., Scribner, 2017.", "E-book"),
        ("Ward, J. (2017). Sing, unburied, sing (E-book ed.). Scribner.", "E-book"),
        ("Dickens, Charles. A Christmas Carol. Centenary ed. London: Chapman and Hall, 1911.", "Centenary"),
        ("Smith, J. (2010) A history of the club. Centenary edn. London: Macmillan.", "Centenary"),
    ],
)
def test_an_e_book_format_or_an_anniversary_names_the_edition(text: str, edition: str) -> None:
    e = parse_reference(text)
    assert e.edition == edition
    assert e.publisher is not None and "ed" not in e.publisher.value.split()[0]


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Lord, Albert B. The Singer of Tales. Harvard Studies in Comparative Literature, no. 24. Cambridge, MA: Harvard University Press, 1960.",
         "Harvard Studies in Comparative Literature"),
        ("Lord, A. B. 1960. The Singer of Tales. Harvard Studies in Comparative Literature, no. 24. Cambridge, MA: Harvard University Press.",
         "Harvard Studies in Comparative Literature"),
        ("Lord, A. B. (1960) The Singer of Tales. Harvard Studies in Comparative Literature 24. Cambridge, MA: Harvard University Press.",
         "Harvard Studies in Comparative Literature"),
        ("Smith, John. A Study of Courts. Studies in Legal History, no. 3. Chapel Hill: University of North Carolina Press, 1985.", "Studies in Legal History"),
    ],
)
def test_a_numbered_book_series_before_the_imprint_is_no_host(text: str, series: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.series.value if e.series else None, e.host) == (EntryType.BOOK, series, None)


def test_a_journal_issue_number_stays_an_issue() -> None:
    e = parse_reference('Smith, John. "An Article." Journal of Things 12, no. 3 (1990): 45–67.')
    assert e.host is not None and e.host.issue == "3"


@pytest.mark.parametrize(
    ("text", "given", "suffix"),
    [
        ("Thornton, J. Mills, III. Politics and Power in a Slave Society: Alabama, 1800–1860. Baton Rouge: Louisiana State University Press, 1978.", "J. Mills", "III"),
        ("Thornton, J. Mills, III, and John Smith. A Book of Things. New York: Norton, 1990.", "J. Mills", "III"),
        ("Bell, W. Henry, Jr. The Old Mill. Boston: Little, Brown, 1950.", "W. Henry", "Jr."),
        ("Gates, Henry Louis, Jr. The Signifying Monkey. New York: Oxford University Press, 1988.", "Henry Louis", "Jr."),
    ],
)
def test_a_suffix_after_an_initial_and_a_middle_name_closes_the_name(text: str, given: str, suffix: str) -> None:
    person = parse_reference(text).persons[0]
    assert (person.given, person.suffix) == (given, suffix)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Balzac, Honoré de. Père Goriot. 1835. Translated by A. J. Krailsheimer, Oxford UP, 1991.", "en"),
        ("Proust, M. (2003). Du côté de chez Swann (L. Davis, Trans.). Penguin.", "en"),
        ("Flaubert, Gustave. Madame Bovary. Translated by Lydia Davis. New York: Viking, 2010.", "en"),
        ("Mann, Thomas. Der Zauberberg. Berlin: S. Fischer, 1924.", "de"),
    ],
)
def test_an_english_translators_statement_cites_the_english_edition(text: str, language: str) -> None:
    assert parse_reference(text).language == language


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        ("Surgeon General's Advisory Committee on Smoking and Health. (1964). Smoking and health (Public Health Service Publication No. 1103). U.S. Department of Health, Education, and Welfare.",
         "Smoking and health", "1103"),
        ("National Institute of Mental Health. (2015). Depression (NIH Publication No. 15-3561). U.S. Government Printing Office.", "Depression", "15-3561"),
    ],
)
def test_apa_report_number_in_parentheses_leaves_the_title(text: str, title: str, number: str) -> None:
    e = parse_reference(text)
    assert (e.type, e.title.value if e.title else None, e.number) == (EntryType.REPORT, title, number)


def test_cs1_report_mark_after_pdf_makes_a_report() -> None:
    e = parse_reference("Dijkstra, E. W. (1970). Notes on Structured Programming (PDF) (Report). Eindhoven: Technological University Eindhoven.")
    assert e.type == EntryType.REPORT


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Tatarkiewicz, Władysław (1931). Historia filozofii (in Polish). 2 vols. Lwów: Zakład Narodowy im. Ossolińskich.", "Zakład Narodowy im. Ossolińskich", "Lwów"),
        ("Tatarkiewicz, W. Historia filozofii. Lwów: Zakład Narodowy im. Ossolińskich, 1931.", "Zakład Narodowy im. Ossolińskich", "Lwów"),
        ("Klyuchevsky, V. O. (1904). Kurs russkoy istorii [Course of Russian History] (in Russian). Vol. 1. Moscow.", None, "Moscow"),
        ("Smith, J. (1904). A history of the port. London.", None, "London"),
    ],
)
def test_cs1_imprint_named_after_a_patron_or_a_place_alone(text: str, publisher: str | None, place: str) -> None:
    e = parse_reference(text)
    assert (e.publisher.value if e.publisher else None, [p.value for p in e.places]) == (publisher, [place])


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("al-Ṭabarī (1989). The History of al-Ṭabarī. Vol. 1. Translated by Rosenthal, Franz. Albany: State University of New York Press.", "al-Ṭabarī"),
        ("al-Ghazali (2000). The Incoherence of the Philosophers. Provo: Brigham Young University Press.", "al-Ghazali"),
        ("al-Ghazali. The Incoherence of the Philosophers. Translated by Michael E. Marmura. Provo, UT: Brigham Young University Press, 2000.", "al-Ghazali"),
    ],
)
def test_an_arabic_name_with_its_article_alone_heads_the_reference(text: str, family: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.given) for p in e.persons if p.role == Role.AUTHOR] == [(family, "")]
    assert e.title is not None and e.title.value.startswith("The ")


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Nakane Chie (1970) Japanese Society. Berkeley and Los Angeles: University of California Press.", "Nakane", "Chie"),
        ("Nakane Chie. Japanese Society. Berkeley: University of California Press, 1970.", "Nakane", "Chie"),
        ("Wang Gungwu (2000) The Chinese Overseas. Cambridge, MA: Harvard University Press.", "Wang", "Gungwu"),
        ("Maruyama Masao (1963). Thought and behaviour in modern Japanese politics. Oxford University Press.", "Maruyama", "Masao"),
        ("Park Chung-hee (1970) Our Nation's Path. Seoul: Hollym.", "Park", "Chung-hee"),
    ],
)
def test_an_east_asian_name_without_a_comma_is_written_family_first(text: str, family: str, given: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.given) for p in e.persons] == [(family, given)]
    assert e.type == EntryType.BOOK


def test_a_two_word_group_author_stays_a_group() -> None:
    e = parse_reference("Natural England (2020) Annual report. York: Natural England.")
    assert [p.literal for p in e.persons] == ["Natural England"]


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Smith, A. (1998) The Wealth of Nations. 3rd enlarged edn. London: Penguin.", "3"),
        ("Smith, A. 1998. The Wealth of Nations. 2nd revised and expanded ed. London: Penguin.", "2"),
        ("Smith, A. The Wealth of Nations. 4th corrected edition. London: Penguin, 1998.", "4"),
    ],
)
def test_remarks_between_an_editions_number_and_the_word_keep_the_number(text: str, edition: str) -> None:
    assert parse_reference(text).edition == edition


def test_first_published_with_a_numeral_is_a_note() -> None:
    e = parse_reference("Freud, S. (2010) The Interpretation of Dreams. New York: Basic Books. 1st published 1900.")
    assert (e.publisher.value, [n.value for n in e.notes]) == ("Basic Books", ["1st published 1900"])


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("World Health Organization & UNICEF. (2018). Report of the meeting. World Health Organization.", ["World Health Organization", "UNICEF"]),
        ("Johnson & Johnson. (2019). Annual report. Johnson & Johnson.", ["Johnson & Johnson"]),
    ],
)
def test_a_group_known_by_its_acronym_joins_another_group(text: str, groups: list[str]) -> None:
    assert [p.literal for p in parse_reference(text).persons] == groups


def test_a_two_word_spanish_family_name_before_a_spanish_given_name() -> None:
    person = parse_reference("Pérez Galdós, Benito. Fortunata y Jacinta. Madrid: Cátedra, 1983.").persons[0]
    assert (person.family, person.given) == ("Pérez Galdós", "Benito")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cien años de soledad", "es"),
        ("¿Quién mató a Palomino Molero?", "es"),
        ("The Spanish Peñalara range", "en"),
        ("Peña", None),
    ],
)
def test_the_tilde_on_n_and_the_opening_marks_are_spanish_unless_the_words_say_otherwise(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mommsen, Theodor. Römische Geschichte. 3 Bde. Berlin: Weidmann, 1854–1856.", "3"),
        ("Weber, M. (1956) Wirtschaft und Gesellschaft. 2 Bände. Tübingen: Mohr.", "2"),
        ("Croce, Benedetto. Storia d'Europa nel secolo decimonono. 2 voll. Bari: Laterza, 1932.", "2"),
        ("Gibbon, Edward. The History of the Decline and Fall of the Roman Empire. 7 vols. London: Methuen, 1896–1900.", "7"),
    ],
)
def test_a_count_of_volumes_in_german_and_italian_words(text: str, count: str) -> None:
    e = parse_reference(text)
    assert (e.number_of_volumes, e.subtitle) == (count, None)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Pevear, Richard, and Larissa Volokhonsky, trans. Crime and Punishment. By Fyodor Dostoevsky. New York: Vintage, 1993.", "Dostoevsky", "Crime and Punishment"),
        ("Lattimore, Richmond, trans. The Iliad. By Homer. Chicago: University of Chicago Press, 1951.", "Homer", "The Iliad"),
        ("Smith, John. The River. By the Sea. New York: Knopf, 1990.", "Smith", "The River"),
    ],
)
def test_chicago_names_the_author_after_the_title_of_an_entry_headed_by_its_translator(text: str, author: str, title: str) -> None:
    e = parse_reference(text)
    assert [p.family for p in e.persons if p.role == Role.AUTHOR] == [author]
    assert e.title is not None and e.title.value == title



@pytest.mark.parametrize(
    "text",
    [
        "Сто великих полководцев / автор-составитель А. В. Шишов. – Москва : Вече, 2000. – 608 с.",
        "Сто великих полководцев / авторы-составители А. В. Шишов, И. И. Петров. – Москва : Вече, 2000. – 608 с.",
        "Сто великих полководцев / автор-сост. А. В. Шишов. – Москва : Вече, 2000. – 608 с.",
        "Сто великих полководцев / авт.-сост. А. В. Шишов. – Москва : Вече, 2000. – 608 с.",
    ],
)
def test_a_russian_author_compiler_compiles_a_collection(text: str) -> None:
    e = parse_reference(text)
    assert e.type == EntryType.COLLECTION
    assert e.persons and all(p.role == Role.COMPILER for p in e.persons) and e.persons[0].family == "Шишов"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Забелин И. Е. История города Москвы. М., «Столица», 1990. 688 с. Репринт. воспр. изд. 1905 г.", "Репринт. воспр. изд. 1905 г."),
        ("Забелин И. Е. История города Москвы. — М. : Столица, 1990. — 688 с. — Репринтное воспроизведение издания 1905 года.",
         "Репринтное воспроизведение издания 1905 года"),
        ("Забелин И. Е. История города Москвы. — М. : Столица, 1990. — 688 с. — Факс. воспр. изд.: М., 1905.", "Факс. воспр. изд.: М., 1905"),
        ("Забелин И. Е. История города Москвы. — М. : Столица, 1990. — 688 с. — Репринт. изд. 1905 г. — ISBN 5-85044-001-X.",
         "Репринт. изд. 1905 г."),
        ("Даль В. И. Толковый словарь. — М. : Рус. яз., 1990. — Репринт. изд.", "Репринт. изд."),
    ],
)
def test_a_russian_reprint_note_in_the_last_area_keeps_the_reprints_imprint(text: str, note: str) -> None:
    e = parse_reference(text)
    assert e.date is not None and e.date.year == 1990
    assert e.publisher is not None and e.publisher.value in ("Столица", "Рус. яз.")
    assert e.places and [n.value for n in e.notes] == [note]


@pytest.mark.parametrize(
    ("text", "family", "given", "title"),
    [
        ("Бибихин Владимир Вениаминович. Язык философии. — М. : Прогресс, 1993. — 416 с.", "Бибихин", "Владимир Вениаминович", "Язык философии"),
        ("Ахматова Анна Андреевна. Сочинения. — М. : Худож. лит., 1986. — 416 с.", "Ахматова", "Анна Андреевна", "Сочинения"),
        ("Ильин Иван Ильич. О сопротивлении злу силою. Берлин, 1925. 221 с.", "Ильин", "Иван Ильич", "О сопротивлении злу силою"),
        ("Степанов В. Л. Н. Х. Бунге : судьба реформатора. — М. : РОССПЭН, 1998. — 391 с.", "Степанов", "В. Л.", "Н. Х. Бунге"),
        ("Егоров Б.Ф. А.А. Григорьев. — М. : Мол. гвардия, 2000. — 237 с.", "Егоров", "Б. Ф.", "А.А. Григорьев"),
        ("Толкин Дж. Р. Р. Властелин колец. — М. : АСТ, 2002. — 416 с.", "Толкин", "Дж. Р. Р.", "Властелин колец"),
    ],
)
def test_a_russian_heading_gives_a_full_name_and_patronymic_or_two_initials(text: str, family: str, given: str, title: str) -> None:
    e = parse_reference(text)
    assert [(p.family, p.given or p.initials) for p in e.authors] == [(family, given)]
    assert e.title is not None and e.title.value == title


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Институт истории АН СССР. Советская историческая наука от XX к XXII съезду КПСС : история СССР : сб. ст. — М. : Изд-во АН СССР, 1962. — 592 с.",
         "Институт истории АН СССР"),
        ("Московский государственный университет. Проблемы истории : сборник статей. — М. : Изд-во МГУ, 1980. — 300 с.",
         "Московский государственный университет"),
        ("Институт славяноведения АН СССР. Славянский сборник. Сборник статей. М., Изд-во АН СССР, 1963. 300 с.", "Институт славяноведения АН СССР"),
    ],
)
def test_an_institution_heads_its_own_collection_of_articles(text: str, body: str) -> None:
    e = parse_reference(text)
    assert [p.literal for p in e.authors] == [body]
    assert e.type == EntryType.BOOK


def test_a_collection_of_articles_without_an_institution_has_no_author() -> None:
    e = parse_reference("Вехи. Интеллигенция в России : сб. ст. 1909–1910. — М. : Мол. гвардия, 1991. — 462 с.")
    assert not e.authors


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("M. Fainsod. How Russia is Ruled. Cambridge (Mass.), Harvard University Press, 1953. 575 p.", "Cambridge (Mass.)", "Harvard University Press"),
        ("C. Black. The Dynamics of Modernization. Princeton (N.J.), Princeton University Press, 1966. 300 p.", "Princeton (N.J.)", "Princeton University Press"),
        ("C. Black. The Dynamics of Modernization. Princeton, N.J., Princeton University Press, 1966. 300 p.", "Princeton, N.J.", "Princeton University Press"),
        ("R. Pipes. The Formation of the Soviet Union. Cambridge (Mass.), 1954. 355 p.", "Cambridge (Mass.)", None),
        ("Пайпс Р. Образование СССР. Кембридж (Масс.), 1954. 355 с.", "Кембридж (Масс.)", None),
    ],
)
def test_a_soviet_imprint_qualifies_a_city_by_its_state(text: str, place: str, publisher: str | None) -> None:
    e = parse_reference(text)
    assert [p.name for p in e.places] == [place]
    assert (e.publisher.value if e.publisher else None) == publisher
    assert e.date is not None


@pytest.mark.parametrize(
    "text",
    [
        "Романовы. Трехсотлетие царствования, 1613–1913. — М. : СОВА, 1990. — 300 с.",
        "Строгановы. Династия : очерки. — М. : Наука, 1999. — 300 с.",
        "Голицыны. Князья. М., «Наука», 1999. 300 с.",
    ],
)
def test_a_family_named_in_the_plural_opens_the_title_not_the_heading(text: str) -> None:
    e = parse_reference(text)
    assert not e.authors
    assert e.title is not None and text.startswith(e.title.value)


@pytest.mark.parametrize(
    ("text", "series", "number"),
    [
        ("Морозов А. А. Ломоносов. М., «Молодая гвардия», 1961. 300 с. (Жизнь замечательных людей. Вып. 12).", "Жизнь замечательных людей", "Вып. 12"),
        ("Морозов А. А. Ломоносов. М., «Молодая гвардия», 1961. 300 с. (Жизнь замечательных людей. Вып. 12 (322)).",
         "Жизнь замечательных людей", "Вып. 12 (322)"),
        ("Блок А. Стихотворения. Л., «Сов. писатель», 1955. 800 с. (Библиотека поэта. Большая серия. Т. 5).", "Библиотека поэта. Большая серия", "Т. 5"),
        ("Морозов А. А. Ломоносов. — М. : Мол. гвардия, 1961. — 300 с. — (Жизнь замечательных людей ; вып. 12).", "Жизнь замечательных людей", "вып. 12"),
    ],
)
def test_a_soviet_series_numbers_the_book_after_a_stop(text: str, series: str, number: str) -> None:
    e = parse_reference(text)
    assert e.series is not None and e.series.value == series and e.series_number == number
    assert e.type == EntryType.BOOK and e.date is not None and e.date.year in (1955, 1961)


@pytest.mark.parametrize(
    ("text", "part", "title"),
    [
        ("Герцен А. И. Былое и думы. Части 1—3. М., ГИХЛ, 1958. 600 с.", "1—3", "Былое и думы"),
        ("Шолохов М. А. Тихий Дон : роман : в 4 кн. Кн. 1—2 / М. А. Шолохов. — М. : Худож. лит., 1985. — 600 с.", "1—2", "Тихий Дон"),
        ("Гумилев Л. Н. Древняя Русь и Великая степь. Ч. 1-2. — М. : Мысль, 1989. — 764 с.", "1-2", "Древняя Русь и Великая степь"),
        ("Шолохов М. А. Тихий Дон : роман : в 4 кн. Кн. 1 / М. А. Шолохов. — М. : Худож. лит., 1985. — 600 с.", "1", "Тихий Дон"),
    ],
)
def test_a_russian_book_cites_a_range_of_its_parts(text: str, part: str, title: str) -> None:
    e = parse_reference(text)
    assert e.part == part
    assert e.title is not None and e.title.value == title


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        ("АН СССР. Институт истории. Очерки истории СССР. Период феодализма. М., Изд-во АН СССР, 1953. 900 с.", "АН СССР. Институт истории", "Очерки истории СССР"),
        ("Российская академия наук. Институт российской истории. Россия в XX веке : сб. ст. — М. : Наука, 2000. — 300 с.",
         "Российская академия наук. Институт российской истории", "Россия в XX веке"),
        ("Академия наук СССР. Ин-т славяноведения. Сектор истории. Славяне и Русь. — М. : Наука, 1968. — 300 с.",
         "Академия наук СССР. Ин-т славяноведения. Сектор истории", "Славяне и Русь"),
    ],
)
def test_a_russian_heading_names_a_unit_under_its_parent_body(text: str, body: str, title: str) -> None:
    e = parse_reference(text)
    assert [p.literal for p in e.authors] == [body]
    assert e.title is not None and e.title.value == title


@pytest.mark.parametrize(
    ("text", "places", "year"),
    [
        ("Гоголь Н. В. Мертвые души. Б. м., б. г. 300 с.", [], None),
        ("Гоголь Н. В. Мертвые души. М., б. г. 300 с.", ["Москва"], None),
        ("Гоголь Н. В. Мертвые души. М., б. и., 1920. 300 с.", ["Москва"], 1920),
    ],
)
def test_a_soviet_imprint_says_without_brackets_that_it_has_no_place_publisher_or_date(text: str, places: list[str], year: int | None) -> None:
    e = parse_reference(text)
    assert e.title is not None and e.title.value == "Мертвые души"
    assert [p.name for p in e.places] == places and e.publisher is None
    assert (e.date.year if e.date else None) == year


@pytest.mark.parametrize(
    ("text", "count", "part"),
    [
        ("Шолохов М. Тихий Дон. Роман в четырех книгах. Кн. 1. М., 1957. 400 с.", "4", "1"),
        ("Гончаров И. А. Обломов. Роман в четырех частях. Ч. 2. М., 1950. 300 с.", "4", "2"),
        ("Шишков В. Угрюм-река. Роман в 2-х кн. Кн. 1. М., «Худож. лит.», 1972. 500 с.", "2", "1"),
    ],
)
def test_a_spelt_out_count_of_books_is_the_sets_once_one_is_singled_out(text: str, count: str, part: str) -> None:
    e = parse_reference(text)
    assert e.number_of_volumes == count and e.part == part
    assert e.title is not None and "Роман" in e.title.value + (e.subtitle.value if e.subtitle else "")


def test_a_spelt_out_count_of_parts_alone_stays_in_the_title() -> None:
    e = parse_reference("А.И. Герцен. Кто виноват? Роман в двух частях. М., Гослитиздат, 1955.")
    assert not e.number_of_volumes and e.title is not None
    assert (e.title.value + " " + (e.subtitle.value if e.subtitle else "")).strip().endswith("Роман в двух частях")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Иванов И. И. Название статьи // Вестн. Моск. ун-та. Сер. 9, Филология. — 2005. — № 3. — С. 10–20.", "Вестн. Моск. ун-та. Сер. 9, Филология"),
        ("Петров П. П. О языке // Вестник МГУ. Сер. 8. История. — 1990. — № 2. — С. 5–15.", "Вестник МГУ. Сер. 8. История"),
        ("Сидоров А. Б. Статья // Изв. АН СССР. Сер. лит. и яз. — 1975. — Т. 34, вып. 2. — С. 100–110.", "Изв. АН СССР. Сер. лит. и яз"),
    ],
)
def test_gost_serial_series_abbreviated_stays_in_the_host_title(text: str, host: str) -> None:
    # GOST 7.0.12 abbreviates "серия" to "Сер." inside a serial's name; its full stop ends no sentence
    e = parse_reference(text)
    assert e.host is not None and e.host.title is not None and e.host.title.value == host
    assert e.pages is not None and not e.warnings
