"""The scientific (scholarly) transliteration used in Slavic linguistics.

Czech-based: ž, č, š, šč, x for х, c for ц, j for й, ju and ja for ю and я,
è for э, ʹ and ʺ for the signs.

>>> from biblio.translit import romanize
>>> romanize("Щукин, Хрущёв, Юрьев, Яковлев", "scholarly")
'Ščukin, Xruščëv, Jurʹev, Jakovlev'
"""

from __future__ import annotations

from .engine import Scheme

SCHEME = Scheme(
    name="scholarly",
    table_file="scholarly.tsv",
    standard="Scientific transliteration (International Scholarly System)",
    reversibility="lossy for ш+ч, й+у, й+а (read back as щ, ю, я)",
)
