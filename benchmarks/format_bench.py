"""Formatting speed: biblio's styles against citeproc-py on the same entries.

Builds N synthetic entries (Russian, Latvian and English books, chapters,
articles, encyclopedia entries and web pages, with varied names so sorting has
work to do), runs the pipeline's ``enrich`` once (romanised variants and keys,
shared by both sides), then times, for each style, sorting and rendering the
whole list to plain text — ours through :func:`biblio.render.format_bibliography`,
citeproc-py through the same entries as CSL-JSON with a CSL style (the one
citeproc-py ships, as official APA / Chicago / MLA CSL files are not bundled;
pass ``--csl FILE`` to use another). Prints seconds and the ratio.

    python benchmarks/format_bench.py            # 1,000 and 10,000 entries
    python benchmarks/format_bench.py --sizes 500 --csl apa.csl
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text  # noqa: E402

RU_FAMILIES = ["Рашкевиц", "Дзинтарс", "Ёлкин", "Жуков", "Яковлев", "Самсон", "Капитанов", "Щербаков", "Эйдельман"]
RU_WORDS = ["борьба", "партизаны", "Латвии", "народные", "мстители", "записки", "история", "подполье", "войны"]
LV_FAMILIES = ["Strods", "Bērziņš", "Ābele", "Čakste", "Ķēniņš", "Zariņš", "Šmits", "Ļaviņa", "Ozols"]
LV_WORDS = ["kaujinieki", "Latvijā", "vēsture", "partizāni", "cīņa", "gadi", "zeme", "tauta", "atmiņas"]
EN_FAMILIES = ["Smith", "Falkov", "Healy", "Mangulis", "Araloff", "O'Brien", "Zola", "Doe", "Murray"]
EN_WORDS = ["war", "partisans", "Baltic", "forgotten", "fronts", "untold", "story", "guerrillas", "region"]
LANGS = {
    "ru": (RU_FAMILIES, RU_WORDS, "Москва", "Наука", "А. К."),
    "lv": (LV_FAMILIES, LV_WORDS, "Rīga", "Zinātne", "J."),
    "en": (EN_FAMILIES, EN_WORDS, "London", "Routledge", "J. R."),
}
TYPES = [EntryType.BOOK, EntryType.CHAPTER, EntryType.ARTICLE, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.WEBPAGE]


def synthetic(n: int, seed: int = 7) -> list[Entry]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = rng.choice(list(LANGS))
        families, words, place, publisher, initials = LANGS[lang]
        kind = rng.choice(TYPES)
        title = " ".join(rng.choice(words) for _ in range(rng.randint(2, 6))).capitalize()
        persons = [Person(rng.choice(families) + ("а" if lang == "ru" and rng.random() < 0.2 else ""), initials=initials)
                   for _ in range(rng.randint(1, 5))]
        entry = Entry(type=kind, key=f"e{i}", title=Text(title, lang=lang), persons=persons, language=lang,
                      date=Date(rng.randint(1940, 2024)))
        if kind in (EntryType.BOOK,):
            entry.places, entry.publisher, entry.page_total = [Place(place)], Text(publisher), str(rng.randint(50, 600))
        else:
            first = rng.randint(1, 900)
            entry.pages = Pages(str(first), str(first + rng.randint(1, 40)), "column" if kind == EntryType.ENCYCLOPEDIA_ENTRY else "page")
            host_title = " ".join(rng.choice(words) for _ in range(3)).capitalize()
            entry.host = Host(title=Text(host_title, lang=lang), volume=str(rng.randint(1, 30)), issue=str(rng.randint(1, 12)),
                              persons=[Person(rng.choice(families), initials=initials, role=Role.EDITOR)])
            if kind in (EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY):
                entry.places, entry.publisher = [Place(place)], Text(publisher)
        if kind == EntryType.WEBPAGE:
            entry.url, entry.accessed = f"https://example.org/{i}", Date(2024, 3, 1)
        out.append(entry)
    return out


def time_ours(entries: list[Entry], style: str) -> float:
    from biblio.render import format_bibliography

    start = time.perf_counter()
    format_bibliography(entries, style, "text")
    return time.perf_counter() - start


def time_citeproc(entries: list[Entry], csl_path: str) -> float:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    from biblio.formats.csljson import entry_to_csl

    start = time.perf_counter()
    items = []
    for n, entry in enumerate(entries):
        item = dict(entry_to_csl(entry))
        item["id"] = f"item{n}"
        items.append(item)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(csl_path, validate=False)
        bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        bib.register(Citation([CitationItem(item["id"]) for item in items]))
        bib.sort()
        for text in bib.bibliography():
            str(text)
    return time.perf_counter() - start


def main() -> None:
    import citeproc

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--csl", default=os.path.join(citeproc.STYLES_PATH, "harvard-cite-them-right.csl"))
    parser.add_argument("--styles", nargs="+", default=["gost-r-7.0.100-2018", "apa", "chicago-author-date", "mla"])
    args = parser.parse_args()

    from biblio import styles
    from biblio.pipeline import enrich

    print(f"citeproc-py style: {Path(args.csl).name}")
    for size in args.sizes:
        entries = list(enrich(synthetic(size)))
        theirs = time_citeproc(entries, args.csl)
        print(f"\n{size} entries: citeproc-py {theirs:.2f} s")
        for name in args.styles:
            styles.get(name)  # load the module outside the timing
            ours = time_ours(entries, name)
            print(f"  {name:22s} {ours:6.2f} s   {theirs / ours:5.1f}x faster than citeproc-py")


if __name__ == "__main__":
    main()
