"""ALA-LC romanisation of Russian (Library of Congress), and its plain-ASCII form.

``ala-lc`` keeps the table's diacritics and ligature ties: й ĭ, э ė, ё ë,
ь ʹ, ъ ʺ, ц t͡s, ю i͡u, я i͡a (the tie, U+0361, tells ц from т + с and я from
и + а). As in the Library of Congress table, the capital of a tied pair is
both letters capitalised: Я → I͡A, Ц → T͡S ("I͡Akovlev", "I͡A. P.").

``ala-lc-ascii`` is the tie- and diacritic-free form English-language
bibliographies use: ts, iu, ia, i for й, e for э and ё, ' for ь, " for ъ.

>>> from biblio.translit import romanize
>>> romanize("Я. П. Крастынь", "ala-lc")
'I͡A. P. Krastynʹ'
>>> romanize("Рашкевиц. Народные мстители. Подъезд. Эстония. Юрий", "ala-lc-ascii")
'Rashkevits. Narodnye mstiteli. Pod"ezd. Estoniia. Iurii'
"""

from __future__ import annotations

from .engine import Scheme

SCHEME = Scheme(
    name="ala-lc",
    table_file="alalc.tsv",
    standard="ALA-LC Romanization Tables: Russian (Library of Congress)",
    reversibility="lossy only for ш+ч (read back as щ)",
    capitalize_tied_pairs=True,
)

ASCII_SCHEME = Scheme(
    name="ala-lc-ascii",
    table_file="alalc_ascii.tsv",
    standard="ALA-LC Russian without ties and diacritics (English-language bibliographies)",
    reversibility="lossy",
)
