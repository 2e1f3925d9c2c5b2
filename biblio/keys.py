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

:func:`assign_keys` needs the whole list (``export``, after merging).
:class:`KeyStream` keys entries one at a time for writers that stream
(``parse``): the first entry with a key gets it bare, later clashing ones
``a``, ``b``, ``c`` … in input order, and only the keys used so far are kept.

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
from typing import AbstractSet, Iterable, Iterator, Sequence

from .model import Entry, Person

DEFAULT_FORMULA = "{author}{year}{title}"
DEFAULT_SCHEME = "ala-lc-ascii"
FIELDS = ("author", "authors", "year", "title", "title2", "type")
_STOPWORDS_DIR = Path(__file__).resolve().parent / "translit" / "data" / "stopwords"
_WORD = re.compile(r"\w+", re.UNICODE)
_NOT_KEY = re.compile(r"[^a-z0-9]+")


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


@lru_cache(maxsize=None)  # the union of the three lists, made once rather than per title
def _all_stopwords() -> frozenset[str]:
    return stopwords("ru") | stopwords("lv") | stopwords("en")


@lru_cache(maxsize=1 << 16)  # names and title words recur across a bibliography
def ascii_word(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """Romanise, fold and keep ``a-z0-9`` only."""
    from .translit import fold_ascii, get_scheme, is_cyrillic

    if is_cyrillic(text):
        import warnings

        from .translit import ForeignLetterWarning

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ForeignLetterWarning)
            text = get_scheme(scheme).romanize(text)
    return _NOT_KEY.sub("", fold_ascii(text).lower())


def significant_words(text: str, lang: str | None = None) -> list[str]:
    """Words of a title that are not stop words nor bare numbers, as written."""
    stops = stopwords(lang) if lang in ("ru", "lv", "en") else _all_stopwords()
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return [w for w in words if w.casefold() not in stops and not w.isdigit() and w.strip("_")]


def _name_of(person: Person) -> str:
    return person.family or person.literal.split(",")[0]


def _first_persons(entry: Entry) -> list[Person]:
    return entry.authors or list(entry.persons) or (list(entry.host.persons) if entry.host else [])


def _ascii_words(words: Iterable[str], scheme: str, limit: int) -> list[str]:
    """The first ``limit`` words that leave something in ASCII (romanising no more than needed)."""
    found: list[str] = []
    for word in words:
        if len(found) == limit:
            break
        folded = ascii_word(word, scheme)
        if folded:
            found.append(folded)
    return found


def _fields(entry: Entry, scheme: str, wanted: AbstractSet[str] = frozenset(FIELDS)) -> dict[str, str]:
    """The formula fields of an entry; only the ``wanted`` ones are worked out."""
    fields = dict.fromkeys(FIELDS, "")
    if wanted & {"author", "authors"}:
        names = _ascii_words((_name_of(p) for p in _first_persons(entry)[:3]), scheme, 3)
        fields["author"] = names[0] if names else "anon"
        fields["authors"] = "".join(names) or "anon"
    if wanted & {"title", "title2"}:
        host_title = entry.host.title if entry.host else None
        title = entry.title.value if entry.title else (host_title.value if host_title else "")
        lang = (entry.title.lang if entry.title else None) or entry.language
        words = _ascii_words(significant_words(title, lang), scheme, 2)
        fields["title"] = words[0] if words else ""
        fields["title2"] = "".join(words)
    fields["year"] = str(entry.year) if entry.year else "nd"
    fields["type"] = entry.type.value.replace("-", "")
    return fields


def check_formula(formula: str) -> None:
    """Raise :class:`KeyFormulaError` when the formula names an unknown field."""
    _formula_fields(formula)


@lru_cache(maxsize=64)
def _formula_fields(formula: str) -> frozenset[str]:
    names = {name for _, name, _, _ in string.Formatter().parse(formula) if name is not None}
    for name in sorted(names):
        if name not in FIELDS:
            raise KeyFormulaError(f"unknown key field {{{name}}} (known: {', '.join(FIELDS)})")
    return frozenset(names)


def make_key(entry: Entry, formula: str = DEFAULT_FORMULA, scheme: str = DEFAULT_SCHEME) -> str:
    """The base key of one entry (before clash suffixes)."""
    key = formula.format(**_fields(entry, scheme, _formula_fields(formula)))
    key = _NOT_KEY.sub("", key.lower())
    return key or "ref"


def _signature(entry: Entry) -> tuple[str, ...]:
    """What orders clashing entries: their content, never their position."""
    # A suffix orders a father's work apart from his son's ("King Sr." / "King Jr.") but is
    # never part of the key itself: {author} is the bare family name.
    names = ";".join(f"{p.family}|{p.given}|{p.initials}|{p.literal}" + (f"|{p.suffix}" if p.suffix else "")
                     for p in entry.persons)
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


def suffix(n: int) -> str:
    """The ``n``-th clash suffix from 0: ``a`` … ``z``, ``aa`` … ``zz``, ``aaa`` … (never runs out).

    >>> [suffix(n) for n in (0, 25, 26, 27, 701, 702)]
    ['a', 'z', 'aa', 'ab', 'zz', 'aaa']
    """
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = string.ascii_lowercase[rest] + letters
    return letters


def _suffixes() -> Iterator[str]:
    n = 0
    while True:
        yield suffix(n)
        n += 1


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


class KeyStream:
    """Keys for entries met one at a time, in input order (``parse`` writes each before reading the next).

    The first entry with a base key gets it bare, later ones ``a``, ``b``, ``c`` …
    in input order; a given key is kept and no generated key repeats it. The
    result depends only on the entries before, so a stream cut into chunks
    gets the same keys when the chunks' base keys are claimed in order.

    >>> from biblio.model import Entry, Person, Text, Date
    >>> keys = KeyStream()
    >>> same = lambda: Entry(title=Text("Zitadelle"), persons=[Person(family="Healy")], date=Date(1992))
    >>> [keys.assign(same()).key for _ in range(3)]
    ['healy1992zitadelle', 'healy1992zitadellea', 'healy1992zitadelleb']
    """

    def __init__(self, formula: str = DEFAULT_FORMULA, scheme: str = DEFAULT_SCHEME) -> None:
        check_formula(formula)
        self.formula = formula
        self.scheme = scheme
        self._taken: set[str] = set()
        self._next_suffix: dict[str, int] = {}  # only for bases that clashed

    def base(self, entry: Entry) -> str:
        """The entry's key before any suffix (the costly part, safe to compute anywhere)."""
        return make_key(entry, self.formula, self.scheme)

    def claim(self, base: str) -> str:
        """The first of ``base``, ``base`` + a, + b … not used yet; from now on it is used."""
        key = base
        if key in self._taken:
            n = self._next_suffix.get(base, 0)
            while (key := base + suffix(n)) in self._taken:
                n += 1
            self._next_suffix[base] = n + 1
        self._taken.add(key)
        return key

    def assign(self, entry: Entry) -> Entry:
        """Give the entry the next key unless it has one, which then counts as used."""
        if entry.key:
            self._taken.add(entry.key.lower())  # BibTeX and biber compare keys case-blind
        else:
            entry.key = self.claim(self.base(entry))
        return entry

    def stream(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        for entry in entries:
            yield self.assign(entry)
