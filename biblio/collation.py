"""Sorting keys that follow real alphabets, not Unicode code points.

Code-point order puts ``ё`` after ``я`` and ``ā`` after ``z``; a
bibliography needs the Russian order (``е`` and ``ё`` together), the
Latvian order (``a ā b c č d e ē f g ģ h i ī j k ķ l ļ m n ņ o p r s š t u ū
v z ž``) and a fixed order between scripts (GOST R 7.0.100-2018 lists
Cyrillic entries first, then Latin). The tailorings are data in
``styles/collation.json``; this module turns them into multi-level keys:

1. primary: letters by alphabet position, case and accents ignored,
2. secondary: accents that are not letters of their own (``é`` vs ``e``),
   and ``ё`` vs ``е``,
3. tertiary: lower case before upper case.

>>> sorted(["Zars", "Ābele", "Abele", "Čakste", "Cirulis"], key=sort_key)
['Abele', 'Ābele', 'Cirulis', 'Čakste', 'Zars']
>>> sorted(["Яковлев", "Ёлкин", "Ежов", "Жуков"], key=sort_key)
['Ежов', 'Ёлкин', 'Жуков', 'Яковлев']
>>> sorted(["Smith", "Иванов"], key=sort_key)
['Иванов', 'Smith']
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from typing import Iterable

from .io import resource_dir

Weight = tuple[int, int, int]  # (primary, secondary, tertiary) for one character
Key = tuple[int, tuple[int, ...], tuple[int, ...], tuple[int, ...]]

_SCRIPT_SPAN = 1000  # primary weights of one script live in [rank*SPAN, (rank+1)*SPAN)
_DIGITS_BASE = 100  # digits sort before every script's letters


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Weight], dict[str, int]]:
    data = json.loads((resource_dir("styles") / "collation.json").read_text(encoding="utf-8"))
    weights: dict[str, Weight] = {}
    script_rank: dict[str, int] = {}
    for rank, script in enumerate(data["scripts"], start=1):
        script_rank[script] = rank
        for position, group in enumerate(data["alphabets"][script]):
            primary = rank * _SCRIPT_SPAN + position
            for secondary, letter in enumerate(group.split("/")):
                weights[letter] = (primary, secondary, 0)
                weights[letter.upper()] = (primary, secondary, 1)
    for digit in "0123456789":
        weights[digit] = (_DIGITS_BASE + int(digit), 0, 0)
    return weights, script_rank


@lru_cache(maxsize=4096)
def _char_weight(char: str) -> Weight | None:
    """The weight of one character; ``None`` for ignorable ones (punctuation, spaces)."""
    weights, _ = _tables()
    found = weights.get(char)
    if found is not None:
        return found
    decomposed = unicodedata.normalize("NFD", char)
    base = weights.get(decomposed[0])
    if base is not None:
        # A letter the alphabet does not list (é, ö, ŗ): its base letter, told apart by its marks.
        marks = sum(ord(m) for m in decomposed[1:]) % 500
        return (base[0], 10 + marks, base[2])
    if char.isalpha():  # another script entirely: after every known one, by code point
        return (100 * _SCRIPT_SPAN + ord(char.lower()), 0, 0 if char.islower() else 1)
    return None


def script_rank(text: str) -> int:
    """Rank of the script of the first letter (Cyrillic 1, Latin 2 …); 0 for no letter."""
    for char in text:
        weight = _char_weight(char)
        if weight is not None and weight[0] >= _SCRIPT_SPAN:
            return weight[0] // _SCRIPT_SPAN
    return 0


@lru_cache(maxsize=65536)
def sort_key(text: str) -> Key:
    """A key that orders ``text`` by script first, then by the alphabet of that script."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for char in text:
        weight = _char_weight(char)
        if weight is None:
            continue
        primary.append(weight[0])
        secondary.append(weight[1])
        tertiary.append(weight[2])
    return (script_rank(text), tuple(primary), tuple(secondary), tuple(tertiary))


def sort_key_fields(fields: Iterable[str]) -> tuple[Key, ...]:
    """A key over several fields (family name, given names, title …) compared one after another."""
    return tuple(sort_key(f) for f in fields)


def sorted_texts(texts: Iterable[str]) -> list[str]:
    return sorted(texts, key=sort_key)
