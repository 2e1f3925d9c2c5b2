"""The machinery every scheme shares: letter tables, case, context, reversal.

A scheme is a letter table (a data file in ``data/``) plus, where its
standard has them, positional rules written as a small function. Romanising
walks the text once, letter by letter, so no rule can be applied on top of
another rule's output (the "sch" vs "ch" pitfall of replace-in-order
engines). Reversing walks the Latin text once with a longest-match lookup.

Case follows the source letter: a capital becomes Title-case ("Щукин" →
"Shchukin") unless its word is written in capitals ("ЩУКИН" → "SHCHUKIN").
Input is NFC-normalised first, so decomposed "й" (и + U+0306) or "ё"
(е + U+0308) romanise like their composed forms; output is NFC too.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable

DATA = Path(__file__).resolve().parent / "data"

# (lower-case text, index of the letter) -> the letter's lower-case output, or
# None to use the table.
ContextRule = Callable[[str, int], "str | None"]


class ForeignLetterWarning(UserWarning):
    """A text romanised with a Russian table holds letters outside the modern Russian alphabet.

    The message names each letter, the languages it belongs to and what was
    written for it. :func:`biblio.translit.foreign_letters` returns the same
    findings as data, for callers that record diagnostics instead.
    """


@dataclass(frozen=True)
class Letter:
    latin: str
    languages: tuple[str, ...] = ()  # empty: modern Russian


@dataclass
class Scheme:
    """One romanisation standard for Russian."""

    name: str  # the code: "iso9", "ala-lc" …
    table_file: str  # file name in data/
    standard: str  # what standard it follows, for --list and docs
    reversibility: str  # "exact", "exact for Russian words" or "lossy"
    rule: ContextRule | None = None
    reverse_extra: dict[str, str] = field(default_factory=dict)  # Latin → Cyrillic, reverse only
    reverse_foreign: bool = False  # read non-Russian letters back too (safe only for one-to-one ISO 9)
    capitalize_tied_pairs: bool = False  # ALA-LC: the capital of i͡a is I͡A ("I͡Akovlev", "I͡A. P.")

    @cached_property
    def letters(self) -> dict[str, Letter]:
        return load_table(DATA / self.table_file)

    @cached_property
    def _reverse(self) -> dict[str, str]:
        pairs: dict[str, str] = {}
        seen: set[str] = set()
        for cyr, letter in self.letters.items():
            if not letter.latin or (letter.languages and not self.reverse_foreign):
                continue
            if letter.latin in seen:  # two letters share a spelling: the Russian one keeps it
                continue
            seen.add(letter.latin)
            pairs[letter.latin] = cyr
        pairs.update(self.reverse_extra)
        return pairs

    @cached_property
    def _caseless(self) -> frozenset[str]:
        """Characters of the Latin spellings that have no case (ʹ ʺ ` and the tie)."""
        return frozenset(c for key in self._reverse for c in key if not _cased(c))

    @cached_property
    def _longest(self) -> int:
        return max(len(k) for k in self._reverse)

    # -- forward -----------------------------------------------------------
    def romanize(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        if self.rule is None and len(text.lower()) == len(text):
            # Without positional rules a letter depends on nothing beyond its word (its case on
            # the word's other letters), so words are romanised one by one, common ones from a
            # cache: names, places, publishers and title words recur across a bibliography.
            latin, foreign = [], []
            for run in _RUNS.findall(text):
                run_latin, run_foreign = self._romanized_run(run)
                latin.append(run_latin)
                foreign.extend(run_foreign)
            out = "".join(latin)
        else:
            out, foreign = self._romanize_letters(text)
        if foreign:
            warnings.warn(ForeignLetterWarning(self._foreign_message(foreign)), stacklevel=3)
        return unicodedata.normalize("NFC", out)

    @cached_property
    def _romanized_run(self) -> Callable[[str], tuple[str, list[tuple[str, Letter]]]]:
        return lru_cache(maxsize=1 << 14)(self._romanize_letters)

    def _romanize_letters(self, text: str) -> tuple[str, list[tuple[str, Letter]]]:
        """The text (NFC) romanised letter by letter, before the final NFC, and its foreign letters."""
        lower = text.lower()
        letters, rule = self.letters, self.rule  # looked up once, not per letter
        out: list[str] = []
        foreign: list[tuple[str, Letter]] = []
        for i, char in enumerate(text):
            low = lower[i]
            letter = letters.get(low)
            if letter is None:
                out.append(char)
                continue
            if letter.languages:
                foreign.append((char, letter))
            latin = (rule(lower, i) if rule else None) or letter.latin
            out.append(self._cased(latin, text, i) if char != low else latin)
        return "".join(out), foreign

    def _cased(self, latin: str, text: str, i: int) -> str:
        if _word_in_capitals(text, i):
            return latin.upper()
        if self.capitalize_tied_pairs and "\u0361" in latin:
            return latin.upper()
        return latin[:1].upper() + latin[1:]

    def _foreign_message(self, found: list[tuple[str, Letter]]) -> str:
        parts = []
        for char, letter in dict.fromkeys(found):
            langs = ", ".join(LANGUAGE_NAMES.get(code, code) for code in letter.languages)
            parts.append(f"'{char}' (U+{ord(char):04X}, {langs}) written as '{letter.latin}'")
        return (
            f"{self.name}: letters outside the modern Russian alphabet: " + "; ".join(parts)
            + ". The rest of the text follows the Russian table; use the table of the text's language if it is not Russian."
        )

    # -- reverse -----------------------------------------------------------
    def deromanize(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        out: list[str] = []
        i = 0
        while i < len(text):
            for size in range(min(self._longest, len(text) - i), 0, -1):
                chunk = text[i : i + size]
                cyr = self._reverse.get(chunk.lower())
                if cyr is not None:
                    out.append(cyr.upper() if _reads_upper(text, i, size, self._caseless) else cyr)
                    i += size
                    break
            else:
                out.append(text[i])
                i += 1
        return unicodedata.normalize("NFC", "".join(out))


LANGUAGE_NAMES = {
    "uk": "Ukrainian",
    "be": "Belarusian",
    "ru-1918": "pre-1918 Russian",
}


def load_table(path: Path) -> dict[str, Letter]:
    """Read ``cyrillic<TAB>latin<TAB>languages`` lines; ``#`` starts a comment."""
    letters: dict[str, Letter] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or len(cells[0]) != 1:
            raise ValueError(f"{path}:{number}: expected 'letter<TAB>latin[<TAB>languages]'")
        languages = tuple(cells[2].split()) if len(cells) > 2 else ()
        letters[cells[0]] = Letter(unicodedata.normalize("NFC", cells[1]), languages)
    return letters


# Runs of letters and runs of anything else: every letter (str.isalpha) is inside a letter
# run (the class also takes the few numeric non-digits, which no rule reads as letters).
_RUNS = re.compile(r"[^\W\d_]+|[\W\d_]+")


def _is_letter(char: str) -> bool:
    return char.isalpha()


def _word_in_capitals(text: str, i: int) -> bool:
    """Is the capital at ``i`` part of a word written in capitals (ЩУКИН, not Щукин or Щ.)?"""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i > 0 else ""
    if _is_letter(nxt):
        return nxt.isupper()
    return _is_letter(prev) and prev.isupper()


def _cased(char: str) -> bool:
    return char.lower() != char.upper()


def _reads_upper(text: str, i: int, size: int, caseless: frozenset[str]) -> bool:
    """Should the Latin chunk ``text[i:i+size]`` come back as a capital?

    A cased chunk says so itself ("Shch", "SHCH"). A caseless one (ʹ, ʺ, `)
    is a capital inside a word written in capitals: its cased neighbours in
    the word, one after or two before, are capitals ("PODʺEZD" → "ПОДЪЕЗД",
    "VESʹ" → "ВЕСЬ"). A word of one capital and a sign ("Sʺ") reads as
    Title-case, the commoner of the two.
    """
    if _cased(text[i]):
        return text[i].isupper()
    before: list[str] = []
    j = i - 1
    while j >= 0 and len(before) < 2 and (_cased(text[j]) or text[j] in caseless):
        if _cased(text[j]):
            before.append(text[j])
            if j >= 2 and text[j - 1] == "\u0361":
                j -= 2  # a tied pair ("T͡S" for Ц) is one letter: "T͡Sʺ" is Title-case like "Sʺ"
        j -= 1
    after = ""
    j = i + size
    while j < len(text) and (_cased(text[j]) or text[j] in caseless):
        if _cased(text[j]):
            after = text[j]
            break
        j += 1
    if not before or not before[0].isupper():
        return False
    if after:
        return after.isupper()
    return len(before) == 2 and before[1].isupper()


def word_start(lower: str, i: int) -> bool:
    """Does the letter at ``i`` begin a word (nothing or a non-letter before it)?"""
    return i == 0 or not _is_letter(lower[i - 1])


def next_char(lower: str, i: int) -> str:
    return lower[i + 1] if i + 1 < len(lower) else ""


def prev_char(lower: str, i: int) -> str:
    return lower[i - 1] if i > 0 else ""
