"""Letter-by-letter exactness of every scheme, case, NFC, mixed text, initials, foreign letters."""

from __future__ import annotations

import unicodedata
import warnings

import pytest

from biblio.translit import (
    ForeignLetterWarning,
    UnknownScheme,
    deromanize,
    fold_ascii,
    foreign_letters,
    get_scheme,
    romanize,
    romanize_person,
    schemes,
)
from biblio.model import Person

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

# Each letter alone (a one-letter word), written out here from the standards,
# independently of the data files the code reads.
ISOLATED = {
    "iso9": "a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â",
    "gost-7.79-b": "a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh `` y` ` e` yu ya",
    "ala-lc": "a b v g d e ë zh z i ĭ k l m n o p r s t u f kh t͡s ch sh shch ʺ y ʹ ė i͡u i͡a",
    "ala-lc-ascii": "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch \" y ' e iu ia",
    # word-initial е, ё take the y of BGN/PCGN's positional rule
    "bgn-pcgn": "a b v g d ye yë zh z i y k l m n o p r s t u f kh ts ch sh shch ” y ’ e yu ya",
    "scholarly": "a b v g d e ë ž z i j k l m n o p r s t u f x c č š šč ʺ y ʹ è ju ja",
}

CASES = [(scheme, letter, latin) for scheme, row in ISOLATED.items() for letter, latin in zip(RUSSIAN, row.split())]


def test_every_scheme_is_tested_and_listed():
    assert sorted(schemes()) == sorted(ISOLATED)
    for row in ISOLATED.values():
        assert len(row.split()) == 33


@pytest.mark.parametrize("scheme,letter,latin", CASES)
def test_each_letter(scheme, letter, latin):
    assert romanize(letter, scheme) == unicodedata.normalize("NFC", latin)


@pytest.mark.parametrize("scheme,letter,latin", CASES)
def test_each_capital_letter_in_a_word(scheme, letter, latin):
    # A capital followed by small letters is Title-case; in a word of capitals, all capitals.
    word = letter + "ом"
    small = romanize(word, scheme)
    head = 3 if scheme == "ala-lc" and "\u0361" in small else 1  # ALA-LC capitalises a tied pair whole: Я → I͡A
    assert romanize(letter.upper() + "ом", scheme) == small[:head].upper() + small[head:]
    assert romanize(word.upper(), scheme) == small.upper()


@pytest.mark.parametrize(
    "scheme,expected",
    [
        ("iso9", "ŜUKIN Ŝukin"),
        ("gost-7.79-b", "SHHUKIN Shhukin"),
        ("ala-lc", "SHCHUKIN Shchukin"),
        ("ala-lc-ascii", "SHCHUKIN Shchukin"),
        ("bgn-pcgn", "SHCHUKIN Shchukin"),
        ("scholarly", "ŠČUKIN Ščukin"),
    ],
)
def test_all_caps_and_title_words(scheme, expected):
    assert romanize("ЩУКИН Щукин", scheme) == expected


@pytest.mark.parametrize(
    "scheme,expected",
    [
        ("iso9", "Â. P. Krastynʹ"),
        ("gost-7.79-b", "Ya. P. Krasty`n`"),
        ("ala-lc", "I͡A. P. Krastynʹ"),
        ("ala-lc-ascii", "Ia. P. Krastyn'"),
        ("bgn-pcgn", "Ya. P. Krastyn’"),
        ("scholarly", "Ja. P. Krastynʹ"),
    ],
)
def test_initials_romanise_as_initials(scheme, expected):
    assert romanize("Я. П. Крастынь", scheme) == expected


def test_ala_lc_tied_pairs_capitalise_whole():
    assert romanize("Ю. Ц. Яковлев, Цветаева", "ala-lc") == "I͡U. T͡S. I͡Akovlev, T͡Svetaeva"


def test_ala_lc_ties_tell_letter_from_sequence():
    assert romanize("Цех, Отсюда, Ясно, Иаков", "ala-lc") == "T͡Sekh, Otsi͡uda, I͡Asno, Iakov"
    assert deromanize("T͡Sekh, Otsi͡uda, I͡Asno, Iakov", "ala-lc") == "Цех, Отсюда, Ясно, Иаков"


def test_decomposed_input_is_normalised():
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола, ёж, Щукин")
    assert decomposed != "Йошкар-Ола, ёж, Щукин"
    for scheme in schemes():
        assert romanize(decomposed, scheme) == romanize("Йошкар-Ола, ёж, Щукин", scheme)
    assert romanize(decomposed, "iso9") == "Joškar-Ola, ëž, Ŝukin"


def test_output_is_nfc():
    for scheme in schemes():
        out = romanize("Ёлка, Йод, Съезд", scheme)
        assert out == unicodedata.normalize("NFC", out)


def test_mixed_cyrillic_and_latin_keeps_latin():
    text = "Статья «Schöne Welt» и ISBN 978-5-00 (Riga, Rīga), 2nd ed."
    assert romanize(text, "iso9") == "Statʹâ «Schöne Welt» i ISBN 978-5-00 (Riga, Rīga), 2nd ed."
    assert romanize(text, "bgn-pcgn") == "Stat’ya «Schöne Welt» i ISBN 978-5-00 (Riga, Rīga), 2nd ed."


def test_multi_letter_rules_do_not_feed_each_other():
    # The replace-in-order pitfall: щ must not come out as s + ch, шч must not become щ where the standard separates.
    assert romanize("щ шч сх тс зх кх", "ala-lc") == "shch shch skh ts zkh kkh"
    assert romanize("щ шч тс ц", "bgn-pcgn") == "shch sh·ch t·s ts"
    assert romanize("щ шх сх", "gost-7.79-b") == "shh shx sx"


class TestGostB:
    @pytest.mark.parametrize(
        "word,latin",
        [
            ("цирк", "cirk"), ("царь", "czar`"), ("цех", "cex"), ("цыган", "cy`gan"), ("отцы", "otcy`"),
            ("цюрих", "cyurix"), ("цапля", "czaplya"), ("конец", "konecz"), ("цзянь", "czzyan`"),
        ],
    )
    def test_tse_rule(self, word, latin):
        assert romanize(word, "gost-7.79-b") == latin
        assert deromanize(latin, "gost-7.79-b") == word

    def test_signs_and_hard_vowels(self):
        assert romanize("подъезд, семья, мыло, эхо, ёж, юг, яма", "gost-7.79-b") == "pod``ezd, sem`ya, my`lo, e`xo, yozh, yug, yama"

    def test_all_caps_signs_reverse_as_capitals(self):
        assert romanize("ПОДЪЕЗД ВЕСЬ", "gost-7.79-b") == "POD``EZD VES`"
        assert deromanize("POD``EZD VES`", "gost-7.79-b") == "ПОДЪЕЗД ВЕСЬ"


class TestBgnPcgn:
    @pytest.mark.parametrize(
        "word,latin",
        [
            ("Елизово", "Yelizovo"), ("Белкино", "Belkino"), ("Чапаевск", "Chapayevsk"),
            ("Мейеровка", "Meyyerovka"), ("Юрьев", "Yur’yev"), ("Подъезд", "Pod”yezd"),
            ("Ёлкино", "Yëlkino"), ("Озёрный", "Ozërnyy"), ("Объём", "Ob”yëm"), ("Пойёт", "Poyyët"),
            ("Грозный", "Groznyy"), ("Майя", "Mayya"),
        ],
    )
    def test_ye_positional_rule(self, word, latin):
        assert romanize(word, "bgn-pcgn") == latin

    @pytest.mark.parametrize(
        "word,latin",
        [
            ("Советск", "Sovet·sk"), ("Шчара", "Sh·chara"), ("Бийая", "Biy·aya"), ("Выучить", "Vy·uchit’"),
            ("Боуы", "Bou·y"), ("Мэр", "M·er"), ("Эхо", "Ekho"), ("Йошкар", "Yoshkar"),
        ],
    )
    def test_separator_cases(self, word, latin):
        assert romanize(word, "bgn-pcgn") == latin

    def test_ye_after_hyphen_starts_a_word(self):
        assert romanize("по-еврейски", "bgn-pcgn") == "po-yevreyski"


class TestForeignLetters:
    @pytest.mark.parametrize(
        "scheme,expected",
        [
            ("iso9", "Kiïv, Ìvan, Êvropa, G̀anok, Ǔ"),
            ("ala-lc", "Kiïv, Īvan, I͡Evropa, Ganok, Ŭ"),
            ("bgn-pcgn", "Kiyiv, Ivan, Yevropa, Ganok, W"),
            ("scholarly", "Kijiv, Ivan, Jevropa, Ganok, Ŭ"),
        ],
    )
    def test_warned_and_written_by_the_standard(self, scheme, expected):
        with pytest.warns(ForeignLetterWarning, match="Ukrainian") as record:
            assert romanize("Київ, Іван, Європа, Ґанок, Ў", scheme) == expected
        message = str(record[0].message)
        assert "'ї' (U+0457, Ukrainian)" in message and "Belarusian" in message

    def test_russian_text_gives_no_warning(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for scheme in schemes():
                romanize("Съешь же ещё этих мягких французских булок, да выпей чаю", scheme)

    def test_pre_reform_letters_named(self):
        with pytest.warns(ForeignLetterWarning, match="pre-1918 Russian"):
            assert romanize("вѣра", "iso9") == "věra"

    def test_foreign_letters_as_data(self):
        assert foreign_letters("Русский текст") == []
        assert foreign_letters("Ґанок і ў") == ["ґ", "і", "ў"]


def test_non_letters_pass_through():
    text = "1941—1945 № 5, с. 12–14; «»"
    assert romanize("1941—1945 № 5, 12–14; «»", "iso9") == "1941—1945 № 5, 12–14; «»"
    assert romanize(text, "ala-lc") == "1941—1945 № 5, s. 12–14; «»"


def test_unknown_scheme():
    with pytest.raises(UnknownScheme, match="known: iso9"):
        romanize("текст", "iso-9")


def test_romanize_person_keeps_parts():
    person = Person(family="Самсон", given="Вилис Петрович", initials="В. П.")
    assert romanize_person(person, "ala-lc") == {"family": "Samson", "given": "Vilis Petrovich", "initials": "V. P."}
    assert romanize_person(Person(literal="Институт истории АН СССР"), "iso9") == {"literal": "Institut istorii AN SSSR"}


@pytest.mark.parametrize(
    "text,ascii_",
    [
        ("Krastiņš", "Krastins"), ("Raškevics", "Raskevics"), ("Rekšņa", "Reksna"), ("Ģirts Ķēniņš", "Girts Kenins"),
        ("Ļaviņš, Čakste, Žagars, Ūdris, Ēriks, Īle, Āboliņš", "Lavins, Cakste, Zagars, Udris, Eriks, Ile, Abolins"),
        ("Schöne Straße, Łódź, Ærø", "Schone Strasse, Lodz, AEro"),
        ("Рашкевиц", "Rashkevits"),
        ("Yel’tsin — Elʹcin", "Yel'tsin - El'cin"),
    ],
)
def test_fold_ascii(text, ascii_):
    assert fold_ascii(text) == ascii_
    assert fold_ascii(text).isascii()


def test_scheme_metadata():
    for name in schemes():
        scheme = get_scheme(name)
        assert scheme.standard and scheme.reversibility
    assert "ISO 9:1995" in get_scheme("iso9").standard
    assert "System B" in get_scheme("gost-7.79-b").standard
