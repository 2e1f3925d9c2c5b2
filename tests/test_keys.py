"""Citation keys: formula, romanisation, stop words, safe characters, stable clash suffixes."""

from __future__ import annotations

import itertools
import re

import pytest

from biblio.keys import KeyFormulaError, assign_keys, make_key, significant_words, stopwords
from biblio.model import Date, Entry, EntryType, Host, Person, Role, Text


def book(family: str, year: int | None, title: str, **kw) -> Entry:
    persons = [Person(family=family)] if family else []
    return Entry(title=Text(title), persons=persons, date=Date(year) if year else None, **kw)


SAFE = re.compile(r"^[a-z0-9]+$")


def test_default_formula_on_the_issue_example():
    entry = book("Рашкевиц", 1973, "Народные мстители Латвии")
    entry.persons[0].initials = "А. К."
    assert make_key(entry) == "rashkevits1973narodnye"


@pytest.mark.parametrize(
    "family,year,title,key",
    [
        ("Крастынь", 1946, "Борьба латышского народа против немецких захватчиков", "krastyn1946borba"),
        ("Strods", 2006, "PSRS kaujinieki Latvijā (1941—1945)", "strods2006psrs"),
        ("Vestermanis", 1958, "Fronte bez fronte līnijas", "vestermanis1958fronte"),
        ("Шестаков", 1967, "\"Парашюты раскрылись ночью...\"", "shestakov1967parashiuty"),
        ("Дзинтарс", 1979, "Сияй, звёздочка!", "dzintars1979siiai"),
        ("Капитанов", 1977, "Возмездие: очерки о Даугавпилсском подполье", "kapitanov1977vozmezdie"),
        ("Falkov", 2019, "Between the Nazi Hammer and the Soviet Anvil", "falkov2019between"),
        ("Healy", None, "Zitadelle", "healyndzitadelle"),
    ],
)
def test_keys(family, year, title, key):
    assert make_key(book(family, year, title)) == key


def test_stop_words_are_skipped_in_each_language():
    assert make_key(book("Рашкевиц", 1961, "За Советскую Латвию")) == "rashkevits1961sovetskuiu"
    assert make_key(book("Рекшня", 1981, "В тылу врага")) == "rekshnia1981tylu"
    assert make_key(book("Bērziņš", 2001, "Par un pret: vēsture")) == "berzins2001vesture"
    assert make_key(book("Healy", 1992, "The Battle of Kursk")) == "healy1992battle"
    assert make_key(book("Smith", 1990, "1941: the year")) == "smith1990year"  # numbers are not words
    assert {"и", "в", "на"} <= stopwords("ru") and {"un", "par"} <= stopwords("lv") and {"the", "of"} <= stopwords("en")
    assert significant_words("О войне и мире", "ru") == ["войне", "мире"]


def test_latvian_and_other_diacritics_fold():
    assert make_key(book("Šķēle", 1999, "Ģimene")) == "skele1999gimene"
    assert make_key(book("Łódź-Ærø", 2000, "Straße")) == "lodzaero2000strasse"


def test_fallbacks_editor_organisation_anonymous():
    edited = Entry(title=Text("Советские партизаны"), persons=[Person(family="Быстров", role=Role.EDITOR)], date=Date(1961))
    assert make_key(edited) == "bystrov1961sovetskie"
    org = Entry(title=Text("Report"), persons=[Person(literal="Institute of History")], date=Date(1950))
    assert make_key(org) == "instituteofhistory1950report"
    assert make_key(Entry(title=Text("National Resistance to Communist Regimes"))) == "anonndnational"
    chapter = Entry(host=Host(title=Text("Советская историческая энциклопедия")), date=Date(1967))
    assert make_key(chapter) == "anon1967sovetskaia"


def test_formula_is_configurable():
    entry = Entry(title=Text("Дружба народов победила"), date=Date(1980),
                  persons=[Person(family="Самсон"), Person(family="Galiņš")], type=EntryType.BOOK)
    assert make_key(entry, "{authors}{year}") == "samsongalins1980"
    assert make_key(entry, "{author}-{title2}-{type}") == "samsondruzhbanarodovbook"
    assert make_key(entry, "{author}{year}", scheme="iso9") == "samson1980"
    with pytest.raises(KeyFormulaError, match="unknown key field"):
        make_key(entry, "{author}{month}")


def test_romanisation_scheme_of_keys():
    entry = book("Щукин", 1900, "Ёлка")
    assert make_key(entry) == "shchukin1900elka"
    assert make_key(entry, scheme="iso9") == "sukin1900elka"
    assert make_key(entry, scheme="gost-7.79-b") == "shhukin1900yolka"


NASTY = ["{Brace}", "O'Neil, \"Jr\"", "50% #1 ~ \\test", "Ёж&Ко", "Über@Straße", "日本語"]


@pytest.mark.parametrize("name", NASTY)
def test_no_character_bibtex_rejects(name):
    key = make_key(book(name, 2000, name))
    assert SAFE.match(key), key


def test_clashes_get_suffixes_in_content_order_whatever_the_input_order():
    def entries():
        return [
            book("Рашкевиц", 1963, "Записки партизана"),
            book("Рашкевиц", 1963, "Записки бойца"),
            book("Рашкевиц", 1963, "Записки командира"),
            book("Рашкевиц", 1973, "Народные мстители Латвии"),
        ]

    results = set()
    for order in itertools.permutations(range(4)):
        batch = entries()
        shuffled = [batch[i] for i in order]
        assign_keys(shuffled)
        results.add(tuple(e.key for e in batch))
    assert results == {("rashkevits1963zapiskic", "rashkevits1963zapiskia", "rashkevits1963zapiskib", "rashkevits1973narodnye")}


def test_name_suffix_stays_out_of_the_key_but_orders_clashes():
    def entries():
        son, father = book("King", 1963, "Strength to love"), book("King", 1963, "Strength to love")
        son.persons[0].suffix, father.persons[0].suffix = "Jr.", "Sr."
        return [son, father]

    assert make_key(entries()[0]) == "king1963strength"
    assert make_key(entries()[0], "{authors}{year}") == "king1963"
    results = set()
    for order in ((0, 1), (1, 0)):
        batch = entries()
        assign_keys([batch[i] for i in order])
        results.add(tuple(e.key for e in batch))
    assert results == {("king1963strengtha", "king1963strengthb")}


def test_user_given_key_wins_and_is_avoided():
    user = book("Strods", 2006, "PSRS kaujinieki")
    user.key = "strods2006psrs"
    other = book("Strods", 2006, "PSRS kaujinieki Latvijā, II daļa")
    custom = book("Strods", 2010, "Anything")
    custom.key = "MyKey:1"
    assign_keys([other, user, custom])
    assert user.key == "strods2006psrs" and custom.key == "MyKey:1"
    assert other.key == "strods2006psrsa"


def test_suffix_never_hits_another_base_key():
    a1, a2 = book("Ab", 2000, "X"), book("Ab", 2000, "X second")  # both base "ab2000x"
    b = book("Ab", 2000, "Xa")  # base "ab2000xa"
    assign_keys([a1, a2, b])
    assert b.key == "ab2000xa"
    assert {a1.key, a2.key} == {"ab2000xb", "ab2000xc"}


def test_keys_are_unique_over_many_entries():
    entries = [book("Иванов", 1990 + i % 3, f"Книга {i % 5}") for i in range(40)]
    assign_keys(entries)
    keys = [e.key for e in entries]
    assert len(set(keys)) == 40 and all(SAFE.match(k) for k in keys)


def test_enrich_and_assign_keys_steps():
    from biblio.pipeline import assign_keys, enrich

    entries = [book("Рашкевиц", 1973, "Народные мстители Латвии"), book("Рашкевиц", 1973, "Народные мстители")]
    out = assign_keys(list(enrich(entries)))
    assert [e.key for e in out] == ["rashkevits1973narodnyeb", "rashkevits1973narodnyea"]
    assert out[0].title.romanized == {"ala-lc": "Narodnye mstiteli Latvii", "iso9": "Narodnye mstiteli Latvii"}
    assert out[0].persons[0].variants["lv"]["family"] == "Raškevics"
    out = assign_keys(list(enrich([book("Щукин", 1900, "Ёлка")], schemes=["bgn-pcgn"])), key_formula="{author}{year}")
    assert out[0].key == "shchukin1900" and out[0].title.romanized == {"bgn-pcgn": "Yëlka"}


def test_enrich_records_foreign_letters_as_diagnostics():
    from biblio.pipeline import enrich

    entry = book("Шевченко", 1840, "Кобзар і думи")
    (out,) = enrich([entry])
    assert [d.code for d in out.warnings] == ["foreign-letters"]
    assert "Ukrainian" in out.warnings[0].message


# --- keys while streaming (parse) ---------------------------------------------------


def test_stream_suffixes_follow_input_order():
    from biblio.keys import KeyStream

    entries = [
        book("Рашкевиц", 1963, "Записки партизана"),
        book("Рашкевиц", 1973, "Народные мстители Латвии"),
        book("Рашкевиц", 1963, "Записки бойца"),
        book("Рашкевиц", 1963, "Записки командира"),
    ]
    keys = [e.key for e in KeyStream().stream(entries)]
    assert keys == ["rashkevits1963zapiski", "rashkevits1973narodnye", "rashkevits1963zapiskia", "rashkevits1963zapiskib"]


def test_stream_keeps_given_keys_and_avoids_them():
    from biblio.keys import KeyStream

    given = book("Strods", 2006, "PSRS kaujinieki")
    given.key = "Strods2006psrs"  # case differs: still the same key to BibTeX and biber
    odd = book("Strods", 2010, "Anything")
    odd.key = "MyKey:1"
    generated = book("Strods", 2006, "PSRS kaujinieki Latvijā, II daļa")
    out = list(KeyStream().stream([given, odd, generated]))
    assert [e.key for e in out] == ["Strods2006psrs", "MyKey:1", "strods2006psrsa"]


def test_stream_suffix_skips_a_key_already_used():
    from biblio.keys import KeyStream

    first, later_base, second = book("Ab", 2000, "X"), book("Ab", 2000, "Xa"), book("Ab", 2000, "X second")
    assert [e.key for e in KeyStream().stream([first, later_base, second])] == ["ab2000x", "ab2000xa", "ab2000xb"]


def test_stream_suffixes_do_not_run_out():
    from biblio.keys import KeyStream, suffix

    keys = KeyStream()
    claimed = [keys.claim("smith2000") for _ in range(800)]
    assert len(set(claimed)) == 800
    assert claimed[:3] == ["smith2000", "smith2000a", "smith2000b"]
    assert claimed[27] == "smith2000aa" and claimed[703] == "smith2000aaa"
    assert [suffix(n) for n in (0, 25, 26, 701, 702)] == ["a", "z", "aa", "zz", "aaa"]


def test_stream_in_chunks_equals_one_stream():
    """Base keys worked out anywhere (a worker), claimed in order, give the stream's keys."""
    from biblio.keys import KeyStream

    def entries():
        return [book("Иванов", 1990 + i % 3, f"Книга {i % 5}") for i in range(40)]

    whole = [e.key for e in KeyStream().stream(entries())]
    keys = KeyStream()
    batch = entries()
    bases = [keys.base(e) for e in batch]
    chunked = [keys.claim(b) for part in (bases[:7], bases[7:20], bases[20:]) for b in part]
    assert chunked == whole and len(set(whole)) == 40 and all(SAFE.match(k) for k in whole)


def test_key_formula_errors_are_raised_before_any_entry():
    from biblio.keys import KeyStream

    with pytest.raises(KeyFormulaError):
        KeyStream("{author}{month}")
