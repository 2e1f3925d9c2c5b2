"""Citation keys: deterministic, plain ASCII, unique.

The default formula is ``{author}{year}{title}``: the first author's family
name, romanised by ``ala-lc-ascii`` (the form English-language
bibliographies use, which gives "Рашкевиц" → "rashkevits") and folded to
ASCII; the year (``nd`` when there is none); the first significant word of
the title, skipping Russian, Latvian and English stop words
(``translit/data/stopwords/*.txt``). Other fields a formula may use:
``{authors}`` (up to three family names), ``{title2}`` (two significant
words), ``{type}``.

Keys hold only ``a-z`` and ``0-9``: nothing BibTeX or biber rejects (no
spaces, commas, braces, quotes, ``#``, ``%``, ``~``, backslashes).
Entries whose keys clash get ``a``, ``b``, ``c`` … in an order taken from
their content (year, title, names, publisher, pages, source), so the same
entries get the same keys whatever order they come in. An entry that
already has a key (given by the user) keeps it, and generated keys avoid it.

>>> from biblio.model import Entry, Person, Text, Date
>>> e = Entry(title=Text("Народные мстители Латвии"), persons=[Person(family="Рашкевиц", initials="А. К.")],
...           date=Date(1973))
>>> make_key(e)
'rashkevits1973narodnye'
>>> make_key(Entry(title=Text("The Untold Story"), persons=[Person(family="Falkov")], date=Date(2019)))
'falkov2019untold'
"""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .model import Entry, Person

DEFAULT_FORMULA = "{author}{year}{title}"
DEFAULT_SCHEME = "ala-lc-ascii"
FIELDS = ("author", "authors", "year", "title", "title2", "type")
_STOPWORDS_DIR = Path(__file__).resolve().parent / "translit" / "data" / "stopwords"
_WORD = re.compile(r"\w+", re.UNICODE)


class KeyFormulaError(ValueError):
    """A key formula names a field that does not exist."""


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """Stop words of a language ("ru", "lv", "en"); empty for others."""
    path = _STOPWORDS_DIR / f"{lang}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(unicodedata.normalize("NFC", l.strip()).casefold() for l in lines if l.strip() and not l.startswith("#"))


def _all_stopwords() -> frozenset[str]:
    return stopwords("ru") | stopwords("lv") | stopwords("en")


def ascii_word(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """Romanise, fold and keep ``a-z0-9`` only."""
    from .translit import fold_ascii, get_scheme, is_cyrillic

    if is_cyrillic(text):
        import warnings

        from .translit import ForeignLetterWarning

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ForeignLetterWarning)
            text = get_scheme(scheme).romanize(text)
    return "".join(c for c in fold_ascii(text).lower() if c in string.ascii_lowercase or c in string.digits)


def significant_words(text: str, lang: str | None = None) -> list[str]:
    """Words of a title that are not stop words nor bare numbers, as written."""
    stops = stopwords(lang) if lang in ("ru", "lv", "en") else _all_stopwords()
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return [w for w in words if w.casefold() not in stops and not w.isdigit() and w.strip("_")]


def _name_of(person: Person) -> str:
    return person.family or person.literal.split(",")[0]


def _first_persons(entry: Entry) -> list[Person]:
    return entry.authors or list(entry.persons) or (list(entry.host.persons) if entry.host else [])


def _fields(entry: Entry, scheme: str) -> dict[str, str]:
    persons = _first_persons(entry)
    title = entry.title.value if entry.title else (entry.host.title.value if entry.host and entry.host.title else "")
    lang = (entry.title.lang if entry.title else None) or entry.language
    words = [ascii_word(w, scheme) for w in significant_words(title, lang)]
    words = [w for w in words if w]
    names = [ascii_word(_name_of(p), scheme) for p in persons[:3]]
    names = [n for n in names if n]
    return {
        "author": names[0] if names else "anon",
        "authors": "".join(names) or "anon",
        "year": str(entry.year) if entry.year else "nd",
        "title": words[0] if words else "",
        "title2": "".join(words[:2]),
        "type": entry.type.value.replace("-", ""),
    }


def check_formula(formula: str) -> None:
    """Raise :class:`KeyFormulaError` when the formula names an unknown field."""
    for _, name, _, _ in string.Formatter().parse(formula):
        if name is not None and name not in FIELDS:
            raise KeyFormulaError(f"unknown key field {{{name}}} (known: {', '.join(FIELDS)})")


def make_key(entry: Entry, formula: str = DEFAULT_FORMULA, scheme: str = DEFAULT_SCHEME) -> str:
    """The base key of one entry (before clash suffixes)."""
    check_formula(formula)
    key = formula.format(**_fields(entry, scheme))
    key = "".join(c for c in key.lower() if c in string.ascii_lowercase or c in string.digits)
    return key or "ref"


def _signature(entry: Entry) -> tuple[str, ...]:
    """What orders clashing entries: their content, never their position."""
    names = ";".join(f"{p.family}|{p.given}|{p.initials}|{p.literal}" for p in entry.persons)
    return (
        f"{entry.year or 0:05d}",
        entry.title.value if entry.title else "",
        entry.subtitle.value if entry.subtitle else "",
        names,
        entry.volume,
        entry.part,
        entry.publisher.value if entry.publisher else "",
        str(entry.pages or ""),
        entry.source,
    )


def _suffixes() -> Iterable[str]:
    letters = string.ascii_lowercase
    yield from letters
    for first in letters:
        for second in letters:
            yield first + second


def assign_keys(entries: Sequence[Entry], formula: str = DEFAULT_FORMULA, scheme: str = DEFAULT_SCHEME) -> None:
    """Set ``entry.key`` on every entry without one; user-given keys are kept and avoided."""
    check_formula(formula)
    taken = {e.key for e in entries if e.key}
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        if not entry.key:
            groups.setdefault(make_key(entry, formula, scheme), []).append(entry)
    for base in sorted(groups):
        group = sorted(groups[base], key=_signature)
        if len(group) == 1 and base not in taken:
            group[0].key = base
            taken.add(base)
            continue
        suffixes = (base + s for s in _suffixes())
        for entry in group:
            key = next(k for k in suffixes if k not in taken and k not in groups)
            entry.key = key
            taken.add(key)
