"""Language and script of a piece of text.

Script comes from Unicode character names; language from letters that only
one language uses (Latvian ā ē ī ū ķ ļ ņ ģ, Ukrainian ї є ґ …) and, failing
those, from frequent short words (``data/languages.tsv``).

>>> detect_script("Народные мстители")
'Cyrl'
>>> detect_language("PSRS kaujinieki Latvijā")
'lv'
>>> detect_language("Народные мстители Латвии")
'ru'
>>> detect_language("The Untold Story of the Red Guerrillas")
'en'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .vocab import language_words

_SCRIPT_PREFIX = {
    "LATIN": "Latn",
    "CYRILLIC": "Cyrl",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "ARABIC": "Arab",
    "ARMENIAN": "Armn",
    "GEORGIAN": "Geor",
    "CJK": "Hani",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "HANGUL": "Kore",
    "DEVANAGARI": "Deva",
    "THAI": "Thai",
}

# Letters that settle the language by themselves (checked in this order).
_MARKERS: tuple[tuple[str, str], ...] = (
    ("lv", "āēīūķļņģĀĒĪŪĶĻŅĢ"),
    ("lt", "ąęėįųĄĘĖĮŲ"),
    ("et", "õÕ"),
    ("pl", "łśźżćńŁŚŹŻĆŃ"),
    ("cs", "ěůřĚŮŘ"),
    ("de", "ßäöüÄÖÜ"),
    ("fr", "éèêàçœÉÈÊÀÇ"),
)
_CYRILLIC_MARKERS: tuple[tuple[str, str], ...] = (
    ("be", "ўЎ"),
    ("uk", "їєґЇЄҐ"),
    ("sr", "ђјљњћџЂЈЉЊЋЏ"),
)


@lru_cache(maxsize=8192)
def _char_script(ch: str) -> str | None:
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "Latn"
    if 0x400 <= code < 0x530:
        return "Cyrl"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    return _SCRIPT_PREFIX.get(name.split(" ", 1)[0])


def detect_script(text: str) -> str | None:
    """The dominant ISO 15924 script of the letters in ``text`` (None if no letters)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _char_script(ch)
            if script:
                counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: "ru", "lv", "en" …, or None when there is no evidence."""
    script = detect_script(text)
    if script == "Cyrl":
        for lang, letters in _CYRILLIC_MARKERS:
            if any(c in text for c in letters):
                return lang
        return "ru"
    if script != "Latn":
        return {"Grek": "el", "Hebr": "he", "Arab": "ar", "Armn": "hy", "Geor": "ka", "Jpan": "ja", "Kore": "ko"}.get(
            script or "", None
        )
    for lang, letters in _MARKERS:
        if any(c in text for c in letters):
            if lang in ("de", "fr"):
                break  # also loan letters elsewhere: let the words decide below
            return lang
    return _by_words(text)


def _by_words(text: str) -> str | None:
    words = [w.strip(".,:;!?()[]\"'").lower() for w in text.split()]
    best, best_score = None, 0
    for lang, vocabulary in language_words().items():
        score = sum(1 for w in words if w in vocabulary)
        if score > best_score:
            best, best_score = lang, score
    if best is None:
        for lang, letters in _MARKERS:
            if lang in ("de", "fr") and any(c in text for c in letters):
                return lang
    return best
