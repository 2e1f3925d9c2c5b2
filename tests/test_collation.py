"""Alphabet order for Russian and Latvian, and the order between scripts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.collation import script_rank, sort_key, sorted_texts

LATVIAN = "a ā b c č d e ē f g ģ h i ī j k ķ l ļ m n ņ o p r s š t u ū v z ž".split()
RUSSIAN = "а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я".split()


def test_latvian_alphabet_order() -> None:
    shuffled = list(reversed(LATVIAN))
    assert sorted_texts(shuffled) == LATVIAN


def test_latvian_long_vowels_and_soft_consonants_are_letters_of_their_own() -> None:
    # ā is a letter after a: every word starting with ā follows every word starting with a.
    assert sorted_texts(["Āboliņš", "Azars", "Abele"]) == ["Abele", "Azars", "Āboliņš"]
    assert sorted_texts(["Čakste", "Cukurs", "Dambis"]) == ["Cukurs", "Čakste", "Dambis"]
    assert sorted_texts(["Ķēniņš", "Kļaviņa", "Kalniņš", "Lācis", "Ļaudis"]) == [
        "Kalniņš", "Kļaviņa", "Ķēniņš", "Lācis", "Ļaudis"]  # fmt: skip
    assert sorted_texts(["Žagars", "Zariņš", "Šmits", "Strods"]) == ["Strods", "Šmits", "Zariņš", "Žagars"]


def test_russian_alphabet_order_with_yo_beside_ye() -> None:
    assert sorted_texts(list(reversed(RUSSIAN))) == RUSSIAN
    # ё sorts with е (not after я, where its code point is) and just after е on a tie.
    assert sorted_texts(["Ёлкин", "Ельцин", "Яковлев", "Жуков"]) == ["Ёлкин", "Ельцин", "Жуков", "Яковлев"]
    assert sorted_texts(["ёж", "еж"]) == ["еж", "ёж"]


def test_case_and_punctuation_do_not_decide_before_letters() -> None:
    assert sorted_texts(["Иванова", "иванов", "Иванов"]) == ["иванов", "Иванов", "Иванова"]
    assert sorted_texts(["O'Brien", "Obolensky"]) == ["Obolensky", "O'Brien"]


def test_cyrillic_before_latin_and_foreign_accents_next_to_base_letter() -> None:
    assert script_rank("Иванов") < script_rank("Smith")
    assert sorted_texts(["Zola", "Émile", "Яковлев", "Abel"]) == ["Яковлев", "Abel", "Émile", "Zola"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяāčēģīķļņšūžabcdefghijklmnopqrstuvwxyz ", max_size=8), max_size=12))
def test_order_is_total_and_stable(words: list[str]) -> None:
    once = sorted_texts(words)
    assert sorted_texts(once) == once
    assert sorted(once, key=sort_key) == once
    # Cyrillic-led words never come after Latin-led ones.
    ranks = [script_rank(w) for w in once]
    assert ranks == sorted(ranks)
