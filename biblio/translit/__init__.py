"""Romanisation of Russian Cyrillic by named standards, and ASCII folding.

Schemes (one module each, letter tables in ``data/*.tsv``):

==============  ==========================================================
``iso9``        ISO 9:1995 = GOST 7.79-2000 System A (reversible)
``gost-7.79-b`` GOST 7.79-2000 System B (reversible for Russian words)
``ala-lc``      Library of Congress, with diacritics and ties
``ala-lc-ascii`` ALA-LC without ties and diacritics
``bgn-pcgn``    BGN/PCGN 1947, with its positional rules
``scholarly``   the scientific transliteration of linguists
==============  ==========================================================

Each scheme is also registered as a ``transliterate`` language pack under
its own code once this package is imported. The packs follow that library's
convention, where a pack's forward direction writes the language's own
script: ``translit(text, "iso9", reversed=True)`` romanises Cyrillic and
``translit(text, "iso9")`` turns the romanisation back into Cyrillic.

Letters outside the modern Russian alphabet (Ukrainian і ї є ґ, Belarusian
ў, pre-1918 ѣ ѳ ѵ) are written with the value the scheme's standard gives
them where it gives one (otherwise left as they are), and a
:class:`ForeignLetterWarning` names them: the rest of such a text still
follows the Russian table (г → g, not the Ukrainian h), which the reader
should know. :func:`foreign_letters` returns the same findings as data.

>>> romanize("Я. П. Крастынь", "iso9"), romanize("Я. П. Крастынь", "bgn-pcgn")
('Â. P. Krastynʹ', 'Ya. P. Krastyn’')
>>> fold_ascii("Artūrs Sproģis, Krastiņš")
'Arturs Sprogis, Krastins'
>>> import transliterate
>>> transliterate.translit("Я. П. Крастынь", "iso9", reversed=True)
'Â. P. Krastynʹ'
>>> transliterate.translit("Â. P. Krastynʹ", "iso9")
'Я. П. Крастынь'
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..errors import UsageError
from . import alalc, bgn_pcgn, gost779b, iso9, scholarly
from .engine import ForeignLetterWarning, Scheme

if TYPE_CHECKING:
    from ..model import Person

__all__ = [
    "ForeignLetterWarning",
    "UnknownScheme",
    "deromanize",
    "fold_ascii",
    "foreign_letters",
    "get_scheme",
    "is_cyrillic",
    "romanize",
    "romanize_person",
    "schemes",
    "standards",
]

_SCHEMES: dict[str, Scheme] = {
    s.name: s
    for s in (iso9.SCHEME, gost779b.SCHEME, alalc.SCHEME, alalc.ASCII_SCHEME, bgn_pcgn.SCHEME, scholarly.SCHEME)
}

DEFAULT_SCHEME = "ala-lc"


class UnknownScheme(UsageError, KeyError):
    """No scheme has this name (a usage error on the command line: exit 2)."""

    def __str__(self) -> str:
        return f"unknown transliteration scheme {self.args[0]!r} (known: {', '.join(_SCHEMES)})"


def schemes() -> list[str]:
    """The scheme names, in a stable order."""
    return list(_SCHEMES)


def standards() -> dict[str, str]:
    """Each scheme name with the standard it follows.

    >>> standards()["iso9"]
    'ISO 9:1995 = GOST 7.79-2000 System A'
    """
    return {name: scheme.standard for name, scheme in _SCHEMES.items()}


def get_scheme(name: str) -> Scheme:
    try:
        return _SCHEMES[name]
    except KeyError:
        raise UnknownScheme(name) from None


def romanize(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """Cyrillic letters of ``text`` romanised by ``scheme``; everything else kept."""
    return get_scheme(scheme).romanize(text)


def deromanize(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """The reverse: Latin → Cyrillic (exact for ``iso9``, best effort for lossy schemes)."""
    return get_scheme(scheme).deromanize(text)


def foreign_letters(text: str) -> list[str]:
    """Letters of ``text`` outside the modern Russian alphabet that the schemes know of.

    >>> foreign_letters("Київ і Мінск")
    ['ї', 'і']
    """
    known = get_scheme("iso9").letters
    found: dict[str, None] = {}
    for char in unicodedata.normalize("NFC", text).lower():
        letter = known.get(char)
        if letter is not None and letter.languages:
            found[char] = None
    return list(found)


_CYRILLIC = re.compile("[\u0400-\u052f]")


def is_cyrillic(text: str) -> bool:
    """Does ``text`` contain a Cyrillic letter (Cyrillic and Cyrillic Supplement blocks)?"""
    return _CYRILLIC.search(text) is not None


def romanize_person(person: "Person", scheme: str = DEFAULT_SCHEME) -> dict[str, str]:
    """The person's name parts romanised: ``family``, ``given``, ``initials``, ``literal`` (non-empty ones).

    >>> from biblio.model import Person
    >>> romanize_person(Person(family="Крастынь", initials="Я. П."), "ala-lc")
    {'family': 'Krastynʹ', 'initials': 'I͡A. P.'}
    """
    s = get_scheme(scheme)
    parts = {"family": person.family, "given": person.given, "initials": person.initials, "literal": person.literal}
    return {k: s.romanize(v) for k, v in parts.items() if v}


_ASCII_EXTRA = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ʹ": "'", "ʺ": '"', "’": "'", "‘": "'", "”": '"', "“": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "·": "", "\u00a0": " ",
}


def fold_ascii(text: str) -> str:
    """Plain ASCII: diacritics dropped (ā → a, š → s, ņ → n), Cyrillic romanised by ``ala-lc-ascii``.

    Characters with no ASCII form are left out.

    >>> fold_ascii("Rīga, Ščukins, Ņikita, Ēriks — Рашкевиц")
    'Riga, Scukins, Nikita, Eriks - Rashkevits'
    """
    if is_cyrillic(text):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ForeignLetterWarning)
            text = romanize(text, "ala-lc-ascii")
    out = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isascii():
            out.append(char)
        elif char in _ASCII_EXTRA:
            out.append(_ASCII_EXTRA[char])
        elif unicodedata.normalize("NFKC", char) in _ASCII_EXTRA:
            out.append(_ASCII_EXTRA[unicodedata.normalize("NFKC", char)])
    return "".join(out)


def _register_transliterate_packs() -> None:
    """Make every scheme a ``transliterate`` language pack under its own code."""
    try:
        from transliterate.base import TranslitLanguagePack, registry
        from transliterate.utils import ensure_autodiscover
    except ImportError:  # transliterate is a dependency, but biblio.translit works without it
        return
    # transliterate loads its own packs only while its registry is empty: let it do so first.
    ensure_autodiscover()
    for scheme in _SCHEMES.values():
        one_to_one = [(c, l.latin) for c, l in scheme.letters.items() if len(l.latin) == 1]

        def translit(self: object, value: str, reversed: bool = False, strict: bool = False,
                     fail_silently: bool = True, _scheme: Scheme = scheme) -> str:
            # transliterate's forward direction writes the pack's script (Cyrillic here).
            return _scheme.romanize(value) if reversed else _scheme.deromanize(value)

        pack = type(
            f"{scheme.name.title().replace('-', '').replace('.', '')}Pack",
            (TranslitLanguagePack,),
            {
                "language_code": scheme.name,
                "language_name": scheme.standard,
                # The base class insists on a one-to-one table; ours does the real work in translit().
                "mapping": ("".join(c for c, _ in one_to_one), "".join(l for _, l in one_to_one)),
                "translit": translit,
                "__doc__": f"{scheme.standard}, from biblio.translit.",
            },
        )
        registry.register(pack)


_register_transliterate_packs()
