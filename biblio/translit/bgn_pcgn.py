"""BGN/PCGN 1947 romanisation of Russian (US and UK geographic names boards).

Positional rules of the standard:

* е is ``ye`` and ё is ``yë`` at the start of a word and after a vowel,
  й, ъ or ь; elsewhere ``e`` and ``ë``;
* the optional separator ``·`` marks sequences that would otherwise read
  as another letter: тс ``t·s`` (not ц), шч ``sh·ch`` (not щ), й and ы before
  а, у, ы, э ``y·`` (not я, ю), ы after a vowel ``·y``, э after a consonant
  ``·e`` (not е).

ъ and ь are the typographic quotes ” and ’ the standard prints.

>>> from biblio.translit import romanize
>>> romanize("Ельцин, Чапаевск, Мейеровка, Юрьев, Озёрный", "bgn-pcgn")
'Yel’tsin, Chapayevsk, Meyyerovka, Yur’yev, Ozërnyy'
>>> romanize("Советская, Выучить, Шчара", "bgn-pcgn")
'Sovet·skaya, Vy·uchit’, Sh·chara'
>>> romanize("Я. П. Крастынь", "bgn-pcgn")
'Ya. P. Krastyn’'
"""

from __future__ import annotations

from .engine import Scheme, next_char, prev_char, word_start

VOWELS = frozenset("аеёиоуыэюя")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")  # й is not among them: see the э rule
_IOTATES_AFTER = VOWELS | frozenset("йъь")
_SEPARATE_BEFORE = frozenset("ауыэ")


def _positional(lower: str, i: int) -> str | None:
    char, prev, nxt = lower[i], prev_char(lower, i), next_char(lower, i)
    if char in "её":
        base = "e" if char == "е" else "ë"
        return "y" + base if word_start(lower, i) or prev in _IOTATES_AFTER else base
    if char in "йы" and nxt in _SEPARATE_BEFORE:
        return ("·y" if char == "ы" and prev in VOWELS else "y") + "·"
    if char == "ы" and prev in VOWELS:
        return "·y"
    if char == "э" and prev in CONSONANTS:
        return "·e"
    if char == "т" and nxt == "с":
        return "t·"
    if char == "ш" and nxt == "ч":
        return "sh·"
    return None


SCHEME = Scheme(
    name="bgn-pcgn",
    table_file="bgn_pcgn.tsv",
    standard="BGN/PCGN 1947 System for Russian",
    reversibility="lossy (е and э, й and ы share spellings)",
    rule=_positional,
    reverse_extra={"ye": "е", "yë": "ё", "·": "", "yy": "ый", "iy": "ий"},
)
