"""ISO 9:1995, identical to GOST 7.79-2000 System A.

One Latin letter (with diacritics where needed) for every Cyrillic letter,
so the romanisation is reversible: Cyrillic → Latin → Cyrillic gives the
text back unchanged. Hard and soft signs are the modifier letters ʺ (U+02BA)
and ʹ (U+02B9), not quotation marks.

>>> from biblio.translit import romanize, deromanize
>>> romanize("Щукин, Я. П. Народные мстители", "iso9")
'Ŝukin, Â. P. Narodnye mstiteli'
>>> romanize("ЩУКИН", "iso9")
'ŜUKIN'
>>> deromanize("Ŝukin, Â. P. Narodnye mstiteli", "iso9")
'Щукин, Я. П. Народные мстители'
"""

from __future__ import annotations

from .engine import Scheme

SCHEME = Scheme(
    name="iso9",
    table_file="iso9.tsv",
    standard="ISO 9:1995 = GOST 7.79-2000 System A",
    reversibility="exact",
    reverse_foreign=True,
)
