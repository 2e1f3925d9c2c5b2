"""A same-length normal form of a reference, so every match is a span of the original.

Each character maps to exactly one character: every Unicode space (NBSP, thin
space, tabs, line breaks) and control/format character becomes a plain space,
every dash a hyphen-minus, every double quote ``"``, every single quote ``'``,
and the ellipsis a full stop.  Because lengths never change, an index found in
the normal form points at the same character of the source string.

>>> normalize("М.,\\u00a0«Наука» — 1999…")
'М., "Наука" - 1999.'
>>> len(normalize("a\\u2014b")) == len("a\\u2014b")
True
"""

from __future__ import annotations

import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
DOUBLE_QUOTES = "«»“”„‟〝〞＂"
SINGLE_QUOTES = "‘’‚‛‹›′`"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0, 32)) + list(range(0x7F, 0xA1)):
        table[code] = " "
    for ch in "\u00ad\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u3000\ufeff":
        table[ord(ch)] = " "
    for ch in DASHES:
        table[ord(ch)] = "-"
    for ch in DOUBLE_QUOTES:
        table[ord(ch)] = '"'
    for ch in SINGLE_QUOTES:
        table[ord(ch)] = "'"
    table[ord("…")] = "."
    table[ord("＂")] = '"'
    return table


_TABLE = _build_table()


# The characters the table changes, as one class: replacing only those (a few
# per reference) is faster than str.translate looking up every character.
_CHANGED = re.compile("[" + "".join(f"\\U{code:08x}" for code in sorted(_TABLE)) + "]")
_REPLACEMENT = {chr(code): value for code, value in _TABLE.items()}


def normalize(text: str) -> str:
    """The same-length normal form used for matching."""
    if text.isascii() and text.isprintable():  # nothing in the table: plain ASCII
        return text
    return _CHANGED.sub(_replace, text)


def _replace(m: re.Match[str]) -> str:
    return _REPLACEMENT[m.group()]




def clean(value: str) -> str:
    """A field value from an original slice: spaces collapsed, NFC, edges trimmed.

    >>> clean(" Воениздат,\\u00a0")
    'Воениздат'
    """
    # str.split() and \s agree on what is a space (NBSP and the others too); the
    # edge spaces it drops would be stripped anyway
    value = " ".join(value.split()).strip(" ,;:/")
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


_QUOTES = '"' + DOUBLE_QUOTES + "'" + SINGLE_QUOTES


def strip_quotes(value: str) -> str:
    """Remove one pair of surrounding quotes (any style): «Лиесма» → Лиесма.

    >>> strip_quotes('"Лиесма"')
    'Лиесма'
    >>> strip_quotes('«Известия АН»')
    'Известия АН'
    """
    value = value.strip()
    quotes = _QUOTES
    if value[:1] not in quotes and value[-1:] not in quotes:
        return value  # most values: no quote at either end
    if len(value) >= 2 and value[0] in quotes and value[-1] in quotes:
        inner = value[1:-1]
        if not any(q in inner for q in '"«»“”„'):
            return inner.strip()
    if len(value) >= 2 and value[0] in quotes and not any(q in value[1:] for q in quotes):
        return value[1:].strip()
    if len(value) >= 2 and value[-1] in "'’" and value[-2].isalpha():
        return value  # an apostrophe: a romanised soft sign ("Moia zhizn'"), a plural possessive ("The Teachers'")
    if len(value) >= 2 and value[-1] in quotes and not any(q in value[:-1] for q in quotes):
        return value[:-1].strip()
    return value
