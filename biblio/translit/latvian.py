"""Latvian forms of Latvian names that Russian texts spell the Russian way.

Soviet-era Russian publications write Latvian people by the Latvian →
Russian practical transcription: long vowels are not marked (ā → а),
ņ ļ ķ ģ become нь ль кь гь (or н л к г before я ю е), i after a hard
consonant may become ы, and the nominative endings -s, -š, -is are often
dropped (Krastiņš → Крастынь, Samsons → Самсон, Raškevics → Рашкевиц).

:func:`latvian_candidates` reverses those rules: it reads the Russian form
letter by letter with every Latvian reading the transcription allows, then
restores the endings, and ranks the results with a character model trained
on common Latvian names (``data/lv-surnames.txt``, ``data/lv-given-names.txt``),
known names first. :func:`latvian_form` returns the best candidate only when
it is trustworthy: a known name, or a name whose Russian spelling carries a
Latvian mark (-инь, -иц, -рс after a consonant, дз …) and no Russian one
(-ов, -ин, -ский …). The authority file (``references/authorities.json``,
:mod:`biblio.translit.authorities`) pins known people before any of this.

>>> [c.form for c in latvian_candidates("Крастынь")][:1]
['Krastiņš']
>>> latvian_form("Рекшня"), latvian_form("Рашкевиц"), latvian_form("Дзинтарс")
('Rekšņa', 'Raškevics', 'Dzintars')
>>> latvian_form("Шестаков") is None
True
>>> fold_latvian("Krastiņš Ģērmanis Ķēniņš")
'Krastins Germanis Kenins'
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

BEAM = 48  # readings kept while reading a name letter by letter
KNOWN_BONUS = 10.0  # a name found in the data outranks any unknown reading (model scores are about -2 to -4)

# One Russian letter → its Latvian readings (the first is the plain one).
_READINGS: dict[str, tuple[str, ...]] = {
    "а": ("a", "ā"), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e", "ē"),
    "ё": ("jo",), "ж": ("ž",), "з": ("z",), "и": ("i", "ī"), "й": ("j",), "к": ("k",),
    "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u", "ū"), "ф": ("f",), "х": ("h",), "ц": ("c",), "ч": ("č",),
    "ш": ("š",), "щ": ("šč",), "ъ": ("",), "ы": ("i", "ī"), "ь": ("",), "э": ("e", "ē"),
    "ю": ("ju", "jū"), "я": ("ja", "jā"),
}
# Russian digraphs that stand for one Latvian sound.
_DIGRAPHS = {"дз": ("dz",), "дж": ("dž",), "ие": ("ie",)}
# Consonants Latvian palatalises (ņ ļ ķ ģ), written нь / н before я ю е in Russian.
_SOFT = {"н": "ņ", "л": "ļ", "к": "ķ", "г": "ģ"}
_IOTATED = {"я": ("a", "ā"), "ю": ("u", "ū"), "е": ("e", "ē"), "ё": ("o",)}
_VOWELS = set("аеёиоуыэюя")

# Spelling marks that tell a Russian-spelt Latvian name from a Russian one.
_LATVIAN_ENDINGS = ("инь", "ынь", "ньш", "иньш", "иц", "ис", "ьш", "ня", "ниекс", "ьс")
_RUSSIAN_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ская", "цкая", "ой", "ий", "ый", "ова", "ева",
    "ина", "енко", "ич", "ук", "юк", "ко", "их", "ых",
)


@dataclass(frozen=True)
class Candidate:
    form: str  # the Latvian spelling
    score: float  # higher is likelier
    known: bool  # found in the name data


# --- name data and the character model -------------------------------------


def _read_names(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [unicodedata.normalize("NFC", l.strip()) for l in lines if l.strip() and not l.startswith("#")]


@lru_cache(maxsize=None)
def known_names(kind: str = "surnames") -> frozenset[str]:
    """The shipped Latvian names, ``kind`` = ``"surnames"`` or ``"given-names"``."""
    return frozenset(n.lower() for n in _read_names(f"lv-{kind}.txt"))


class _CharModel:
    """Character trigrams of Latvian names, add-one smoothed; scores are mean log-probabilities."""

    def __init__(self, names: list[str]) -> None:
        self.tri: Counter[str] = Counter()
        self.bi: Counter[str] = Counter()
        alphabet: set[str] = set()
        for name in names:
            padded = "^^" + name.lower() + "$"
            alphabet.update(padded)
            for i in range(len(padded) - 2):
                self.tri[padded[i : i + 3]] += 1
                self.bi[padded[i : i + 2]] += 1
        self.size = len(alphabet) + 1

    def logprob(self, text: str, final: bool = True) -> float:
        padded = "^^" + text.lower() + ("$" if final else "")
        total = 0.0
        for i in range(len(padded) - 2):
            total += math.log((self.tri[padded[i : i + 3]] + 1) / (self.bi[padded[i : i + 2]] + self.size))
        return total

    def extend(self, total: float, text: str, start: int) -> float:
        """``logprob(text, final=False)`` given ``total``, that of ``text[:start]`` (``text`` in lower case).

        Adds the same terms in the same order as :meth:`logprob`, so the sum is the same float.
        """
        padded = "^^" + text
        for i in range(start, len(padded) - 2):
            total += math.log((self.tri[padded[i : i + 3]] + 1) / (self.bi[padded[i : i + 2]] + self.size))
        return total

    def score(self, text: str) -> float:
        return self.logprob(text) / (len(text) + 1)


@lru_cache(maxsize=None)
def _model(kind: str) -> _CharModel:
    names = _read_names("lv-surnames.txt" if kind == "surnames" else "lv-given-names.txt")
    if kind == "surnames":  # endings are shared; given names add evidence for stems
        names += _read_names("lv-given-names.txt")
    return _CharModel(names)


# --- reading a Russian form ----------------------------------------------------


def _steps(word: str) -> list[tuple[str, ...]]:
    """The word cut into Russian units, each with its Latvian readings."""
    steps: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        pair, char = word[i : i + 2], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if pair in _DIGRAPHS:
            steps.append(_DIGRAPHS[pair])
            i += 2
        elif char in _SOFT and nxt == "ь":
            # ль also stands for a plain Latvian l before a consonant (Pelše → Пельше)
            steps.append((_SOFT[char], "l") if char == "л" else (_SOFT[char],))
            i += 2
        elif char in _SOFT and nxt == "и":
            steps.append((_READINGS[char][0], _SOFT[char]))  # Sproģis → Спрогис
            i += 1
        elif char == "н" and i == len(word) - 1:
            steps.append(("n", "ņ"))  # Kalnbērziņš → Калнберзин: the sign is sometimes dropped
            i += 1
        elif char in _SOFT and nxt in _IOTATED:
            soft = tuple(_SOFT[char] + v for v in _IOTATED[nxt])  # Rekšņa → Рекшня
            plain = tuple(_READINGS[char][0] + v for v in _IOTATED[nxt])  # Kalnietis → Калниетис
            steps.append(soft + plain)
            i += 2
        elif char in _IOTATED and i > 0 and word[i - 1] not in _VOWELS and word[i - 1] not in "ьъ":
            steps.append(_IOTATED[char])  # after a consonant я ю е ё only soften it: no j
            i += 1
        elif char in _READINGS:
            steps.append(_READINGS[char])
            i += 1
        else:
            steps.append((char,))
            i += 1
    return steps


def _endings(stem: str, word: str) -> list[str]:
    """Latvian nominative endings the Russian form may have dropped."""
    last = stem[-1:]
    if word.endswith(("с", "ш")) or last in "aeiouāēīū" or not last.isalpha():
        return [""]
    # -is is kept in Russian (Lācis → Лацис), so a bare stem lost -s or -š.
    if last in "ņļ":
        return ["š", "s"]
    if last in "ķģ":
        return ["is"]
    return ["s"]


def _read(word: str, kind: str) -> list[tuple[str, float]]:
    model = _model(kind)
    beam: list[str] = [""]
    scores = {"": 0.0}  # each reading's log-probability, grown by the letters it adds
    for readings in _steps(word):
        grown = {prefix + r for prefix in beam for r in readings}
        grown_scores: dict[str, float] = {}
        for prefix in beam:
            for r in readings:
                if prefix + r not in grown_scores:
                    grown_scores[prefix + r] = model.extend(scores[prefix], prefix + r, len(prefix))
        beam = sorted(grown, key=grown_scores.__getitem__, reverse=True)[:BEAM]
        scores = grown_scores
    results = {stem + ending for stem in beam for ending in _endings(stem, word)}
    return [(form, model.score(form)) for form in results]


def _capitalise(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def latvian_candidates(russian: str, kind: str = "surnames", limit: int = 5) -> list[Candidate]:
    """Latvian spellings a Russian-spelt Latvian name may stand for, best first.

    ``kind`` is ``"surnames"`` or ``"given-names"`` (which data ranks them).
    A hyphenated name is read part by part.
    """
    russian = unicodedata.normalize("NFC", russian.strip())
    if "-" in russian:
        parts = [latvian_candidates(p, kind, 1) for p in russian.split("-")]
        if not all(parts):
            return []
        form = "-".join(p[0].form for p in parts)
        return [Candidate(form, sum(p[0].score for p in parts), all(p[0].known for p in parts))]
    word = russian.lower()
    if not word or not all(c in _READINGS for c in word):
        return []
    known = known_names(kind)
    candidates = (
        Candidate(_capitalise(form, russian), score + (KNOWN_BONUS if form in known else 0.0), form in known)
        for form, score in _read(word, kind)
    )
    ranked = sorted(candidates, key=lambda c: (-c.score, c.form))
    return ranked[:limit]


def looks_latvian(russian: str) -> bool:
    """Does the Russian spelling carry a Latvian mark and no Russian one?"""
    word = unicodedata.normalize("NFC", russian.strip()).lower()
    if not word or word.endswith(_RUSSIAN_ENDINGS):
        return False
    if word.endswith(_LATVIAN_ENDINGS) or "дз" in word:
        return True
    # -с / -с after a consonant: Latvian nominatives kept (Дзинтарс, Озолс); Russian words rarely end so.
    return len(word) > 2 and word[-1] == "с" and word[-2] not in _VOWELS


@lru_cache(maxsize=1 << 14)  # a bibliography names the same people again and again
def latvian_form(russian: str, kind: str = "surnames") -> str | None:
    """The best Latvian form when it is trustworthy, else ``None``."""
    candidates = latvian_candidates(russian, kind, limit=1)
    if not candidates:
        return None
    best = candidates[0]
    return best.form if best.known or looks_latvian(russian) else None


# Latvian reading of a Russian initial (Я. → J. as in Jānis, Х. → H. as in Heinrihs).
_INITIALS = {"я": "J", "ю": "J", "е": "E", "ё": "J", "х": "H", "ы": "I", "э": "E", "щ": "Š"}


def latvian_initials(initials: str) -> str:
    """Russian initials in Latvian spelling: "Я. П." → "J. P."."""
    out = []
    for char in unicodedata.normalize("NFC", initials):
        low = char.lower()
        if low in _READINGS and char.isupper():
            out.append(_INITIALS.get(low) or _READINGS[low][0].upper())
        else:
            out.append(char)
    return "".join(out)


def fold_latvian(text: str) -> str:
    """Latvian letters to ASCII: ā → a, č → c, ģ → g, ķ → k, ļ → l, ņ → n, š → s, ž → z …"""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
