"""Persons at the head and in statements of responsibility: suffixes, single names, long lists, translators."""

from __future__ import annotations

import pytest

from biblio.model import Role
from biblio.parse import parse_reference


def _people(text: str, role: Role | None = None) -> list[tuple[str, str, str]]:
    entry = parse_reference(text)
    return [(p.family, p.given or p.initials, p.suffix) for p in entry.persons if role is None or p.role == role]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("King, Martin Luther, Jr. Stride toward Freedom. New York: Harper & Brothers, 1958.", ("King", "Martin Luther", "Jr."), "Stride toward Freedom"),
        ("Gates, H. L., Jr. (2011). Black in Latin America. New York University Press.", ("Gates", "H. L.", "Jr."), "Black in Latin America"),
        ("Alfred D. Chandler Jr., The Visible Hand (New York: Belknap Press, 1977), 12.", ("Chandler", "Alfred D.", "Jr."), "The Visible Hand"),
        ("Moore, Barrington, Jr. Social Origins of Dictatorship and Democracy. Boston: Beacon Press, 1966.", ("Moore", "Barrington", "Jr."), "Social Origins of Dictatorship and Democracy"),
        ("Vonnegut, Kurt Jr. (1969). Slaughterhouse-Five. New York: Delacorte Press.", ("Vonnegut", "Kurt", "Jr."), "Slaughterhouse-Five"),
        ("Everett, Hugh, III. “Relative State Formulation.” Reviews of Modern Physics 29 (1957): 454–62.", ("Everett", "Hugh", "III"), "Relative State Formulation"),
        ("Schlesinger, Arthur M., Sr. The Rise of the City. New York: Macmillan, 1933.", ("Schlesinger", "Arthur M.", "Sr."), "The Rise of the City"),
    ],
)
def test_name_suffix_is_kept_apart(text: str, person: tuple[str, str, str], title: str) -> None:
    entry = parse_reference(text)
    assert _people(text)[0] == person
    assert entry.title is not None and entry.title.value.startswith(title)  # not "Jr. …"


def test_suffix_inside_a_list_of_authors() -> None:
    text = "Strunk, William, Jr., and E. B. White. The Elements of Style. Boston: Allyn and Bacon, 2000."
    assert _people(text) == [("Strunk", "William", "Jr."), ("White", "E. B.", "")]


def test_no_suffix_on_plain_names() -> None:
    assert _people("Smith, John. Henry IV and His Reign. London: Methuen, 1990.") == [("Smith", "John", "")]
    assert _people("Иванов И. И. III съезд Советов. М., 1960.")[0][2] == ""


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "Aho, Alfred V., Monica S. Lam, Ravi Sethi, and Jeffrey D. Ullman. Compilers. 2nd ed. Boston: Addison-Wesley, 2007.",
            ["Aho", "Lam", "Sethi", "Ullman"],
        ),
        (
            "Adorno, T. W., Else Frenkel-Brunswik, Daniel J. Levinson, and R. Nevitt Sanford. The Authoritarian Personality. New York: Harper, 1950.",
            ["Adorno", "Frenkel-Brunswik", "Levinson", "Sanford"],
        ),
        (
            "Bellah, Robert N., Richard Madsen, William M. Sullivan, Ann Swidler, and Steven M. Tipton. Habits of the Heart. Berkeley: University of California Press, 1985.",
            ["Bellah", "Madsen", "Sullivan", "Swidler", "Tipton"],
        ),
    ],
)
def test_chicago_inverts_only_the_first_of_many_authors(text: str, families: list[str]) -> None:
    assert [p[0] for p in _people(text)] == families


def test_initial_before_given_name_stays_in_the_given_name() -> None:
    text = "Adorno, T. W., and R. Nevitt Sanford. The Authoritarian Personality. New York: Harper, 1950."
    assert _people(text)[1] == ("Sanford", "R. Nevitt", "")


def test_later_names_of_a_family_initials_list_stay_family_first() -> None:
    text = "Balode B., Eglītis V. Represētie: romāns. Rīga: Pētergailis, 1925."
    assert [p[0] for p in _people(text)] == ["Balode", "Eglītis"]
    assert _people("Smith, John, The Great Title. London, 1990.") == [("Smith", "John", "")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Lynne Viola, Peasant Rebels under Stalin (New York: Oxford University Press, 1996), 12.", [("Viola", "Lynne", "")]),
        ("Ronald Grigor Suny, The Soviet Experiment (New York: Oxford University Press, 1998), 5.", [("Suny", "Ronald Grigor", "")]),
        ("Erving Goffman, The Presentation of Self in Everyday Life (Garden City, NY: Doubleday, 1959), 22.", [("Goffman", "Erving", "")]),
        (
            "Romuald J. Misiunas and Rein Taagepera, The Baltic States (Berkeley: University of California Press, 1993), 72.",
            [("Misiunas", "Romuald J.", ""), ("Taagepera", "Rein", "")],
        ),
        ("Joseph S. Nye Jr., “Nuclear Learning,” International Organization 41, no. 3 (1987): 371–402.", [("Nye", "Joseph S.", "Jr.")]),
    ],
)
def test_chicago_note_form_head(text: str, people: list[tuple[str, str, str]]) -> None:
    assert _people(text) == people


def test_note_form_needs_the_note_shape() -> None:
    e = parse_reference("The Baltic States, Years of Dependence (Berkeley: University of California Press, 1993).")
    assert e.persons == []
    # several names need the closing "and": only the first name before a comma is the author
    assert _people("Eric Hobsbawm, Age Of Extremes, Short Twentieth Century (London: Joseph, 1994), 3.") == [("Hobsbawm", "Eric", "")]
    # no parenthesised imprint and no quoted title: not a note
    assert parse_reference("Latvian Rivers, Lakes and Swamps. Rīga: Zinātne, 1990.").persons == []


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Voltaire. Candide, or Optimism. Translated by John Butt. Harmondsworth: Penguin Books, 1947.", "Voltaire", "Candide, or Optimism"),
        ("Homer. The Odyssey. Translated by Robert Fagles. New York: Viking, 1996.", "Homer", "The Odyssey"),
        ("Rainis. Tālas noskaņas zilā vakarā. Rīga: J. Brigaders, 1903.", "Rainis", "Tālas noskaņas zilā vakarā"),
        ("Aspazija. Sarkanās puķes. Rīga, 1897.", "Aspazija", "Sarkanās puķes"),
        ("Гомер. Илиада / пер. Н.И. Гнедича. Л., «Наука», 1990.", "Гомер", "Илиада"),
        ("UNDP. Human Development Report 1990. New York: Oxford University Press, 1990.", "UNDP", "Human Development Report 1990"),
        ("ЦСУ СССР. Народное хозяйство СССР в 1970 г. М.: Статистика, 1971.", "ЦСУ СССР", "Народное хозяйство СССР в 1970 г."),
        ("Committee on Higher Education. Higher Education. London: HMSO, 1963.", "Committee on Higher Education", "Higher Education"),
    ],
)
def test_one_name_or_organisation_at_the_head(text: str, author: str, title: str) -> None:
    entry = parse_reference(text)
    assert [p.family or p.literal for p in entry.persons if p.role == Role.AUTHOR] == [author]
    assert entry.title is not None and entry.title.value == title


@pytest.mark.parametrize(
    "text",
    [
        "Sajūsma. Atmiņas. Rīga, 1990.",  # a one-word sentence, then only the imprint: title and subtitle
        "Хрестоматия. История СССР. М., 1950.",  # a genre word opens the title
        "Рига. Путеводитель / под ред. А. Б. Шестакова. — СПб. : Питер, 1997.",  # a place
        "Beowulf. Translated by Seamus Heaney. New York: Farrar, Straus and Giroux, 2000.",  # no title after it
        "Candide. Paris, 1759.",
    ],
)
def test_title_first_references_keep_their_title(text: str) -> None:
    entry = parse_reference(text)
    assert [p for p in entry.persons if p.role == Role.AUTHOR] == []


def test_an_entry_title_before_a_host_label_is_no_author() -> None:
    entry = parse_reference("Daugava. Grām.: Latvijas daba: enciklopēdija. 2. sēj. Rīga: Latvijas enciklopēdija, 1995.")
    assert entry.persons == []


@pytest.mark.parametrize(
    ("text", "translator"),
    [
        ("Linna V. Nezināmais kareivis. No somu val. tulk. M. Grīnberga. Rīga: Dienas Grāmata, 2009.", ("Grīnberga", "M.")),
        ("Hofmans J. Staļina karš. Tulk. no vācu val. J. Ciganovs. Rīga: Lauku Avīze, 2016.", ("Ciganovs", "J.")),
        ("Rubesa B. Labie draugi. No angļu valodas tulkojis Ingus Josts. Rīga: Zvaigzne ABC, 2011.", ("Josts", "Ingus")),
        ("Andersens H. K. Pasakas. No vācu valodas tulkojusi Anna Bauga. Rīga: Liesma, 1987.", ("Bauga", "Anna")),
        ("Блаженный Августин. Исповедь / перевод с латинского М. Е. Сергеенко. – Москва : Ренессанс, 1991.", ("Сергеенко", "М. Е.")),
        ("Геродот. История / Геродот ; перевод и примечания Г. А. Стратановского. – Ленинград : Наука, 1972.", ("Стратановский", "Г. А.")),
        ("Смит Дж. Книга / пер. с др.-греч. С. Иванова. М., 1990.", ("Иванов", "С.")),
        ("Лем С. Солярис / авторизованный перевод с польск. Д. Брускина. М., 1976.", ("Брускин", "Д.")),
    ],
)
def test_translator_after_the_language_translated_from(text: str, translator: tuple[str, str]) -> None:
    assert [(f, g) for f, g, _ in _people(text, Role.TRANSLATOR)] == [translator]


def test_one_name_author_repeated_after_the_slash_is_no_note() -> None:
    entry = parse_reference("Геродот. История / Геродот ; перевод Г. А. Стратановского. – Ленинград : Наука, 1972.")
    assert [p.family for p in entry.persons] == ["Геродот", "Стратановский"] and entry.notes == []


def test_organisation_alone_after_the_slash_is_the_author() -> None:
    text = "Народное хозяйство СССР в 1970 г. / Центральное статистическое управление при Совете Министров СССР. – Москва : Статистика, 1971."
    entry = parse_reference(text)
    assert [p.literal for p in entry.persons] == ["Центральное статистическое управление при Совете Министров СССР"]
    assert entry.institution is None


def test_translators_sharing_a_family_name() -> None:
    text = "Ginzburg, Carlo. The Cheese and the Worms. Translated by John and Anne Tedeschi. Baltimore: Johns Hopkins University Press, 1980."
    assert [(f, g) for f, g, _ in _people(text, Role.TRANSLATOR)] == [("Tedeschi", "John"), ("Tedeschi", "Anne")]
    text = "Tolstoy, Leo. War and Peace. Tr. by Louise and Aylmer Maude. London: Oxford University Press, 1922."
    assert [f for f, _, _ in _people(text, Role.TRANSLATOR)] == ["Maude", "Maude"]
    assert parse_reference("Smith and Wesson Guns. London: Arms Press, 1990.").persons == []


@pytest.mark.parametrize(
    "text",
    [
        "Foucault, Michel. Discipline and Punish. trans. Alan Sheridan. New York: Vintage, 1977.",
        "Michel Foucault, Discipline and Punish, trans. Alan Sheridan (New York: Vintage, 1977), 12.",
    ],
)
def test_lower_case_trans_inside_the_title_sentence(text: str) -> None:
    entry = parse_reference(text)
    assert entry.title is not None and entry.title.value == "Discipline and Punish"
    assert _people(text, Role.TRANSLATOR) == [("Sheridan", "Alan", "")]


def test_mla_translator_before_the_container_is_no_container() -> None:
    text = (
        "Borges, Jorge Luis. “The Garden of Forking Paths.” Translated by Donald A. Yates. Labyrinths, "
        "edited by Donald A. Yates and James E. Irby, New Directions, 1964, pp. 19–29."
    )
    entry = parse_reference(text)
    assert entry.host is not None and entry.host.title is not None and entry.host.title.value == "Labyrinths"
    assert [f for f, _, _ in _people(text, Role.TRANSLATOR)] == ["Yates"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Вяч.Вс. Иванов. Очерки по истории семиотики в СССР. М., Наука, 1976.", ("Иванов", "Вяч. Вс.")),
        ("Вл. Соловьёв. Оправдание добра. М., 1899.", ("Соловьёв", "Вл.")),
        ("Roulinga Dž. K. Harijs Poters un Filozofu akmens. Rīga: Jumava, 2001.", ("Roulinga", "Dž. K.")),
        ("Ngũgĩ wa Thiong'o. Decolonising the Mind. London: James Currey, 1986.", ("wa Thiong'o", "Ngũgĩ")),
        ("Beethoven, Ludwig van. Letters. London: Macmillan, 1961.", ("Beethoven", "Ludwig van")),
        ("Ludwig van Beethoven, Letters (London: Macmillan, 1961), 4.", ("van Beethoven", "Ludwig")),
        ("Oscar de la Renta, The Style (New York: Abrams, 2002), 4.", ("de la Renta", "Oscar")),
    ],
)
def test_multi_letter_initials_and_particles(text: str, person: tuple[str, str]) -> None:
    assert _people(text)[0][:2] == person


@pytest.mark.parametrize(
    ("text", "translator"),
    [
        ("Gēte J. V. Fausts. Tulkojis Rainis. Rīga: Liesma, 1968.", "Rainis"),
        ("Šekspīrs V. Hamlets. Tulk. Aspazija. Rīga, 1910.", "Aspazija"),
    ],
)
def test_one_word_name_after_a_role(text: str, translator: str) -> None:
    assert [f for f, _, _ in _people(text, Role.TRANSLATOR)] == [translator]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Блаженный Августин. Исповедь / перевод с латинского М. Е. Сергеенко. – Москва : Ренессанс, 1991.", "Августин"),
        ("Августин Блаженный. О граде Божием. М., 1994.", "Августин"),
    ],
)
def test_epithet_beside_a_one_word_name(text: str, author: str) -> None:
    assert [f for f, _, _ in _people(text, Role.AUTHOR)] == [author]


def test_adjective_opening_a_title_is_no_epithet() -> None:
    assert parse_reference("Великий Октябрь. Сборник статей. М., 1957.").persons == []


def test_initial_then_given_name_at_the_head_and_after_a_role() -> None:
    assert _people("F. Scott Fitzgerald. The Great Gatsby. New York: Scribner, 1925.") == [("Fitzgerald", "F. Scott", "")]
    text = "Smith, John. A Book. Edited by R. Nevitt Sanford. New York: Harper, 1950."
    assert _people(text, Role.EDITOR) == [("Sanford", "R. Nevitt", "")]


def test_note_form_with_three_authors_closed_by_and() -> None:
    text = "Mary Fulbrook, Ulinka Rublack, and Eric Hobsbawm, Some Shared Book (London: Verso, 2001), 7."
    assert [p[0] for p in _people(text)] == ["Fulbrook", "Rublack", "Hobsbawm"]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Plato. Republic. Translated by G. M. A. Grube. Indianapolis: Hackett, 1992.", "Plato", "Republic"),
        ("Aristotle. Poetics. Translated by Malcolm Heath. London: Penguin, 1996.", "Aristotle", "Poetics"),
    ],
)
def test_one_word_title_before_a_statement_of_responsibility(text: str, author: str, title: str) -> None:
    entry = parse_reference(text)
    assert [p.family for p in entry.persons if p.role == Role.AUTHOR] == [author]
    assert entry.title is not None and entry.title.value == title


def test_latvian_family_first_heading_still_reads() -> None:
    assert _people("Strods. Heinrihs. PSRS kaujinieki Latvijā. Rīga, 2006.") == [("Strods", "Heinrihs", "")]


def test_vancouver_and_russian_suffixes() -> None:
    assert _people("Gates HL Jr. Black in Latin America. New York: NYU Press; 2011.") == [("Gates", "H. L.", "Jr.")]
    assert _people("Буш Дж. мл. Мемуары. М., 2010.") == [("Буш", "Дж.", "мл.")]


@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        ("Gēte J. V. Fausts, tulk. Rainis. Rīga, 1936.", Role.TRANSLATOR, ("Rainis", "", "")),
        ("Ремарк Э. М. Три товарища, пер. с нем. И. Каринцевой. М., 1959.", Role.TRANSLATOR, ("Каринцева", "И.", "")),
        ("Latvijas vēsture, red. J. Bērziņš. Rīga: Zinātne, 2000.", Role.EDITOR, ("Bērziņš", "J.", "")),
    ],
)
def test_lower_case_role_inside_the_title_sentence(text: str, role: Role, person: tuple[str, str, str]) -> None:
    assert _people(text, role) == [person]
    assert "," not in parse_reference(text).title.value


@pytest.mark.parametrize(
    "text",
    [
        "A History of the University of Latvia. Its First Years. Rīga: Zinātne, 1990.",
        "История Московского университета. Очерк истории. М.: Изд-во МГУ, 1955.",
    ],
)
def test_title_naming_an_organisation_is_no_organisation_author(text: str) -> None:
    assert parse_reference(text).persons == []


def test_a_newspaper_named_after_a_place_is_no_note_form_author() -> None:
    assert parse_reference("New York Times, “Obama Wins,” November 5, 2008.").persons == []


def test_organisation_words_are_no_family_names() -> None:
    entry = parse_reference("Victoria and Albert Museum. Catalogue of Drawings. London: HMSO, 1990.")
    assert [p.literal for p in entry.persons] == ["Victoria and Albert Museum"]
    assert _people("John and Mary Smith. Our Garden. London: Verso, 1990.") == [("Smith", "John", ""), ("Smith", "Mary", "")]
    assert parse_reference("Harvard University, Annual Report (Cambridge: Harvard University Press, 1990), 3.").persons == []


@pytest.mark.parametrize(
    "text, given",
    [
        ("Kennan, George F. Memoirs, 1925–1950. Boston: Little, Brown, 1967.", "George F."),
        ("John Lewis Gaddis, The Cold War: A New History (New York: Penguin, 2005), 12.", "John Lewis"),
        ("Hobsbawm, Eric J. (1994). The Age of Extremes. London: Michael Joseph.", "Eric J."),
        ("Stalin, Joseph V. Works. Vol. 6. Moscow: Foreign Languages Publishing House, 1953.", "Joseph V."),
    ],
)
def test_a_middle_initial_after_a_given_name_stays_in_the_given_names(text: str, given: str) -> None:
    # CSL-JSON, BibTeX and the styles print `given`; the initial must not live in `initials` alone
    from biblio.formats.csljson import entry_to_csl

    e = parse_reference(text)
    assert (e.persons[0].given, entry_to_csl(e)["author"][0]["given"]) == (given, given)
    assert e.persons[0].initials == " ".join(word[0] + "." for word in given.split())
