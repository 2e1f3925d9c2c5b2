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

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from .vocab import language_words, romanized_russian

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
    ("es", "ñÑ¿¡"),  # (Spanish alone of these writes the tilde on n and the opening marks: "Cien años de soledad")
)
_CYRILLIC_MARKERS: tuple[tuple[str, str], ...] = (
    ("be", "ўЎ"),
    ("uk", "їєґЇЄҐ"),
    ("sr", "ђјљњћџЂЈЉЊЋЏ"),
)


_MARKER_LANG = {c: lang for lang, letters in _MARKERS for c in letters}
_MARKER_RE = re.compile("[" + "".join(_MARKER_LANG) + "]")
_CYRILLIC_MARKER_LANG = {c: lang for lang, letters in _CYRILLIC_MARKERS for c in letters}
_CYRILLIC_MARKER_RE = re.compile("[" + "".join(_CYRILLIC_MARKER_LANG) + "]")


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


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f]")


@lru_cache(maxsize=4096)
def detect_script(text: str) -> str | None:
    """The dominant ISO 15924 script of the letters in ``text`` (None if no letters)."""
    latin = len(_LATIN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if latin + cyrillic and not _OTHER_LETTER.search(text):
        return "Cyrl" if cyrillic > latin else "Latn"
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _char_script(ch)
            if script:
                counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: "ru", "lv", "en" …, or None when there is no evidence."""
    script = detect_script(text)
    if script == "Cyrl":
        m = _CYRILLIC_MARKER_RE.search(text)
        if m is None and ("і" in text or "І" in text):
            return _decimal_i_language(text)
        return _CYRILLIC_MARKER_LANG[m.group(0)] if m else "ru"
    if script != "Latn":
        return {"Grek": "el", "Hebr": "he", "Arab": "ar", "Armn": "hy", "Geor": "ka", "Jpan": "ja", "Kore": "ko"}.get(
            script or "", None
        )
    for m in _MARKER_RE.finditer(text):
        lang = _MARKER_LANG[m.group(0)]
        if m.group(0) in _SHARED_LETTERS:
            shared = _shared_letter_language(text, m.group(0))
            if shared is None:
                continue
            lang = shared
        if lang not in ("de", "fr", "es"):  # ä, é, ñ … also occur as loan letters and in names: let the words decide
            return _words_outweigh(text, lang)
    return _by_words(text)


# Letters two neighbouring languages write: Latvian and Lithuanian "ū", Lithuanian and Polish "ą", "ę"
_SHARED_LETTERS = {"ū": ("lv", "lt"), "Ū": ("lv", "lt"), "ą": ("lt", "pl"), "Ą": ("lt", "pl"), "ę": ("lt", "pl"), "Ę": ("lt", "pl")}


def _shared_letter_language(text: str, letter: str) -> str | None:
    """Which of the two languages that write ``letter`` a text is in: None when a letter of one language only
    follows (it decides), else the language of more of its words, the first of the two on a tie
    ("Lietuvos prekyba su Prūsais" is Lithuanian, "Autobiografia na cztery ręce" Polish, "Mūsu tauta" Latvian)."""
    for other in _MARKER_RE.findall(text):
        if other not in _SHARED_LETTERS and _MARKER_LANG[other] not in ("de", "fr"):
            return None
    first, second = _SHARED_LETTERS[letter]
    table = _word_languages()
    scores = {first: 0, second: 0}
    for word in text.split():
        for lang in table.get(word.strip(_PUNCT).lower(), ()):
            if lang in scores:
                scores[lang] += 1
    return second if scores[second] > scores[first] else first


_PUNCT = ".,:;!?()[]\"'"


def word_evidence(text: str) -> int:
    """How many of the words of ``text`` the best-scoring language claims (0: none; 1: one word, a weak guess)."""
    table = _word_languages()
    scores: dict[str, int] = {}
    for word in text.split():
        for lang in table.get(word.strip(_PUNCT).lower(), ()):
            scores[lang] = scores.get(lang, 0) + 1
    return max(scores.values(), default=0)


def _by_words(text: str) -> str | None:
    table = _word_languages()
    scores: dict[str, int] = {}
    for word in text.split():
        if word.isupper() and len(word) > 1:
            continue  # an acronym ("MIT"), not a word
        for lang in table.get(word.strip(_PUNCT).lower(), ()):
            scores[lang] = scores.get(lang, 0) + 1
        if word[1:2] in _ELIDED and word[:1] in "lLdD" and len(word) > 3:
            scores["fr"] = scores.get("fr", 0) + 1  # French elides the article: "L’opium", "d’histoire"
    if scores:
        return max(scores, key=lambda lang: scores[lang])
    if len(text.split()) <= 3:
        return None  # "Kurt Gödel": a name with a loan letter says nothing
    m = _MARKER_RE.search(text)
    return _MARKER_LANG[m.group(0)] if m else None


@lru_cache(maxsize=None)
def _word_languages() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lang, words in language_words().items():
        for word in words:
            out[word] = out.get(word, ()) + (lang,)
    return out


# ALA-LC's own marks: the tie over "t͡s", "i͡a", "i͡u", the primes for the soft and hard signs, "ĭ" for й
_ALA_LC_MARKS = ("\u0361", "\u02b9", "\u02ba", "ĭ", "\u0306")
# the letters an ALA-LC romanisation may add to plain ASCII (ė and ë for э and ё; ė is Lithuanian too: the words decide)
ALA_LC_LETTERS = frozenset("".join(_ALA_LC_MARKS) + "ėëĬĖË")
_SOFT_SIGN = re.compile(r"[a-z]['’](?:[bcdfgklmnprstvz]|$)")  # "Kreml'", "bor'ba" (not "Stalin's", "don't")


def romanized_russian_evidence(text: str) -> tuple[int, int]:
    """How many words of a Latin-script text read as romanised Russian (ALA-LC, BGN/PCGN, scholarly) and how
    many as English: a romanisation's function words, endings and letter groups (``data/romanized_russian.tsv``)
    against English words and letter groups. ALA-LC's own marks count as much as the whole text."""
    russian, english, _ = _romanized_evidence(text)
    return russian, english


@lru_cache(maxsize=None)
def _romanized_tables() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    table = romanized_russian()
    groups = re.compile("|".join("iu(?!m)" if g == "iu" else re.escape(g) for g in table["group"]))  # ("ium" is Latin)
    english = re.compile("|".join(map(re.escape, table["english"])) + "|['’][st]$")  # (and "Stalin's", "don't")
    return frozenset(table["word"]), table["ending"], groups, english


_WORD_EDGES = _PUNCT.replace("'", "") + "‘“”«»—–-"


def _romanized_evidence(text: str) -> tuple[int, int, int]:
    """(Russian words, English words, Russian words in lower case: words of the sentence, not names)."""
    if any(mark in text for mark in _ALA_LC_MARKS):
        return len(text.split()), 0, len(text.split())
    words, endings, groups, english_signs = _romanized_tables()
    common = _word_languages()
    russian = english = lower = 0
    for raw in text.split():
        stripped = raw.strip(_WORD_EDGES)
        bare = stripped.lower()
        word = bare.rstrip("'’")
        if word.startswith("izd-vo"):
            russian += 1  # "Izd-vo AN SSSR": the publisher's abbreviated "izdatel'stvo"
            continue
        if not word.replace("'", "").replace("’", "").isalpha() or (len(word) > 1 and stripped.isupper()):
            continue  # an acronym ("SSR", "NKVD", "II") or a number tells nothing
        if "en" in common.get(word, ()) or english_signs.search(word):
            english += 1
        elif (
            (word in words and (len(word) > 1 or raw[:1].islower()))
            or (len(word) > 4 and word.endswith(endings))
            or groups.search(word)
            or _SOFT_SIGN.search(bare)
        ):
            russian += 1
            lower += stripped[:1].islower()
    return russian + _opening_preposition(text), english, lower


def _opening_preposition(text: str) -> int:
    """1 when a one-letter Russian preposition opens the text before a word in lower case ("O semiosfere",
    "K istorii russkogo iazyka"): a romanised title keeps sentence case, and no English title opens so."""
    first, _, rest = text.lstrip(_WORD_EDGES).partition(" ")
    return int(len(first) == 1 and first.lower() in romanized_russian()["opening"] and rest[:1].islower() and rest[:1].isalpha())


def reads_as_russian_name(family: str) -> bool:
    """Whether a Latin-script family name reads as a romanised Russian one ("Khlevniuk", "Zubkova", "Kozlov")."""
    word = family.lower()
    return family.isascii() and (word.endswith(romanized_russian()["name"]) or "zh" in word or "kh" in word)


def _sentence_case(text: str) -> bool:
    """Whether no word after the first is capitalised (acronyms and short words aside): "Teoriia literatury".
    A subtitle's first word may be ("Lenin: Politicheskii portret")."""
    words = [w.strip(_PUNCT + "‘“”«»") for part in text.split(": ") for w in part.split()[1:]]
    return bool(words) and not any(w[:1].isupper() and not w.isupper() and len(w) > 3 for w in words)


def reads_as_romanized_russian(text: str, support: Callable[[], int] = lambda: 0) -> bool:
    """Whether a Latin-script title is Russian in Latin letters ("Partizanskoe dvizhenie v Latvii", "Khoziain:
    Stalin i utverzhdenie stalinskoi diktatury"): two or more Russian words and English words do not outweigh
    them. ``support`` counts evidence from the rest of the reference (a romanised imprint, journal or author);
    it is asked only for a title with a Russian word in lower case or written in sentence case, as library
    romanisation writes titles: a capitalised word may be a name in an English title ("Khrushchev Remembers")."""
    russian, english, lower = _romanized_evidence(text)
    if russian == 0:
        return False  # (most titles: nothing more to look at)
    if not ((russian >= 2 and english == 0) or (russian >= 3 and russian >= 3 * english)) and (lower or _sentence_case(text)):
        russian += support()
    return (russian >= 2 and english == 0) or (russian >= 3 and russian >= 3 * english)


_ELIDED = ("’", "'")


def _words_outweigh(text: str, lang: str) -> str:
    """The language of a text's frequent words when three or more of them speak for one language and none
    for the language a letter suggested: a Latvian name in a German title ("Oberst Vācietis und die
    lettischen Schützen im Weltkrieg") does not make the title Latvian."""
    if len(text.split()) < 6:
        return lang
    table = _word_languages()
    scores: dict[str, int] = {}
    for word in text.split():
        for other in table.get(word.strip(_PUNCT).lower(), ()):
            scores[other] = scores.get(other, 0) + 1
    best = max(scores, key=lambda other: scores[other]) if scores else lang
    return best if scores.get(best, 0) >= 3 and not scores.get(lang) else lang


# "і" before a consonant or at a word's end: Ukrainian and Belarusian write it there ("історія", "Мінск", "белымі");
# pre-1918 Russian only before a vowel or "й" ("Россія", "исторія"), and in "міръ" with its hard sign
_I_BEFORE_CONSONANT = re.compile(r"[іІ](?![аеёиоуыэюяіїєйАЕЁИОУЫЭЮЯІЇЄЙ])")


# Belarusian letter groups Ukrainian lacks: the affricate "дз" ("дзе", "Гародня" aside) and the full adjective ending "-ая"
_BELARUSIAN_SIGN = re.compile(r"дз|ая\b")


def _decimal_i_language(text: str) -> str:
    """The language of Cyrillic text with the decimal "і" and no letter of one language alone: Belarusian writes
    "ы", "э" and "ё" and no "и" ("Зямля пад белымі крыламі"), Ukrainian "и" and none of those three ("Нарис історії");
    pre-reform Russian writes "і" only before vowels, or with a hard sign or "ѣ" beside it."""
    lower = text.lower()
    if "ъ" in lower or "ѣ" in lower or not _I_BEFORE_CONSONANT.search(text):
        return "ru"
    russian_or_belarusian = any(c in lower for c in "ыэё") or _BELARUSIAN_SIGN.search(lower) is not None
    if russian_or_belarusian and "и" not in lower:
        return "be"
    if not russian_or_belarusian:
        return "uk"  # (no "и" either: the more often cited of the two)
    return "ru"
