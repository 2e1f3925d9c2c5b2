"""GOST 7.79-2000 System B: ISO 9 spelt with plain Latin letters.

Letters without diacritics, multi-letter where needed (zh, ch, sh, shh, yo,
yu, ya), the backquote for the signs and for ы and э (``, `, y`, e`). The
standard writes ц as ``c`` before i, e, y and j and as ``cz`` elsewhere
("цирк" → "cirk", "царь" → "czar`"); the context is the Latin letter that
follows, so ц before е, и, ы, й, э, ю, я, ё takes ``c``. With that rule the
system is reversible for Russian words: every ``c`` not starting ``ch``
is ц, and ц + з comes out as ``czz``.

>>> from biblio.translit import romanize, deromanize
>>> romanize("Царь, цирк, Щукин, подъезд, Эльза", "gost-7.79-b")
'Czar`, cirk, Shhukin, pod``ezd, E`l`za'
>>> deromanize("Czar`, cirk, Shhukin, pod``ezd, E`l`za", "gost-7.79-b")
'Царь, цирк, Щукин, подъезд, Эльза'
"""

from __future__ import annotations

from .engine import Scheme, next_char

_SOFT_C_BEFORE = ("e", "i", "y", "j")


def _tse(lower: str, i: int) -> str | None:
    if lower[i] != "ц":
        return None
    following = SCHEME.letters.get(next_char(lower, i))
    if following is not None and following.latin.startswith(_SOFT_C_BEFORE):
        return "c"
    return "cz"


SCHEME = Scheme(
    name="gost-7.79-b",
    table_file="gost779b.tsv",
    standard="GOST 7.79-2000 System B (ISO 9:1995 without diacritics)",
    reversibility="exact for Russian words",
    rule=_tse,
    reverse_extra={"c": "ц"},
)
