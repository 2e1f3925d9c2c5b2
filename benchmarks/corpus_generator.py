"""Synthetic labelled references for the parser evaluation.

A random *record* (persons, title, host, publisher, place, year, pages …) is
drawn from the part pools in ``benchmarks/corpus/pools.json`` and rendered by
one of the convention templates below, with the kinds of variation real
reference lists show: abbreviated or full places, optional page totals and
publishers, dash, quote and space variants (NBSP after initials), and small
punctuation slips. Each template writes the text and, alongside it, the
labelled fields of exactly what it wrote (``tests/corpus/README.md`` format),
so every item's label is true by construction.

The output is deterministic for a given ``seed``::

    python benchmarks/corpus_generator.py --n 5000 --seed 1 > generated.jsonl
    python benchmarks/parse_eval.py --generated 5000 --seed 1
"""

# No "from __future__ import annotations": the dataclasses below must also work when this
# file is loaded by path without being registered in sys.modules.
import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from stdnum import ean
from stdnum import isbn as stdnum_isbn

POOLS: dict[str, Any] = json.loads((Path(__file__).resolve().parent / "corpus" / "pools.json").read_text(encoding="utf-8"))
NBSP = "\u00a0"
CONVENTIONS = ("soviet-ru", "gost-2003", "gost-2018", "lv", "chicago", "apa", "mla", "wikipedia")
EN_MONTHS = ("January February March April May June July August September October November December").split()
MLA_MONTHS = ("Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.").split()
LV_MONTHS_LOC = ("janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī").split()
RU_ORDINAL_SUFFIX = "-е"  # "2-е изд.", "Изд. 3-е"
EN_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd"}
DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")


# --- record parts --------------------------------------------------------------


@dataclass
class Name:
    family: str
    given: str  # full given name(s)
    initials: str  # "А. К."
    genitive: str = ""  # Russian family name after "под ред." (label keeps the nominative)

    def label(self, given: str | None = None) -> dict[str, str]:
        return {"family": self.family, "given": self.initials if given is None else given}


@dataclass
class Item:
    """One rendered reference: text pieces are joined, labels collected as they are written."""

    convention: str
    expected: dict[str, Any] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)

    def put(self, text: str, **labels: Any) -> None:
        self.parts.append(text)
        for key, value in labels.items():
            if value not in (None, "", []):
                self.expected[key] = value

    def text(self) -> str:
        # A period after an abbreviation that ends in one is not doubled ("Ф.." → "Ф.").
        return DOUBLE_PERIOD.sub(".", "".join(self.parts))


def ru_genitive(family: str) -> str:
    """Genitive of a Russian or russified surname, for "под ред. П.И. Кушнера"."""
    for ending, replacement in (("ский", "ского"), ("цкий", "цкого"), ("ий", "ого"), ("ый", "ого"), ("ая", "ой"), ("ова", "овой"),
                                ("ева", "евой"), ("ёва", "ёвой"), ("ина", "иной"), ("ына", "ыной")):
        if family.endswith(ending):
            return family[: -len(ending)] + replacement
    if family.endswith("ь"):
        return family[:-1] + "я"
    if family[-1] in "аеёиоуыэюя":
        return family
    return family + "а"


def initials_of(*names: str) -> str:
    return " ".join(n[0] + "." for n in names if n)


class Pools:
    """Random draws from the part pools of one language."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, lang: str, key: str) -> Any:
        return self.rng.choice(POOLS[lang][key])

    def ru_name(self) -> Name:
        female = self.rng.random() < 0.2
        family = self.pick("ru", "female_families" if female else "male_families")
        given = self.pick("ru", "female_given" if female else "male_given")
        patronymic = self.pick("ru", "patronymic_initials") if self.rng.random() < 0.85 else ""
        return Name(family, given, initials_of(given, patronymic), ru_genitive(family))

    def lv_name(self) -> Name:
        female = self.rng.random() < 0.35
        family = self.pick("lv", "female_families" if female else "male_families")
        given = self.pick("lv", "female_given" if female else "male_given")
        return Name(family, given, initials_of(given))

    def en_name(self) -> Name:
        given = self.pick("en", "given")
        middle = self.rng.choice("ABCDEFGHJKLMNPRSTW") + "." if self.rng.random() < 0.35 else ""
        full = f"{given} {middle}".strip()
        return Name(self.pick("en", "families"), full, " ".join(filter(None, (given[0] + ".", middle))))

    def name(self, lang: str) -> Name:
        return {"ru": self.ru_name, "lv": self.lv_name}.get(lang, self.en_name)()

    def names(self, lang: str, most: int = 3) -> list[Name]:
        count = self.rng.choices(range(1, most + 1), weights=[70, 22, 8][:most])[0]
        return [self.name(lang) for _ in range(count)]

    def year(self, lo: int = 1946, hi: int = 1990) -> int:
        return self.rng.randint(lo, hi)

    def pages(self) -> tuple[int, int]:
        first = self.rng.randint(1, 600)
        return first, first + self.rng.randint(1, 60)

    def total(self) -> int:
        return self.rng.randint(40, 900)

    def isbn(self, group: str) -> str:
        """A well-formed (checksum-valid) synthetic ISBN-13 in the given group, hyphenated."""
        body = "978" + group + "".join(str(self.rng.randint(0, 9)) for _ in range(9 - len(group)))
        return stdnum_isbn.format(body + ean.calc_check_digit(body))


# --- shared rendering helpers ------------------------------------------------------


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def ru_initials(rng: random.Random, name: Name) -> str:
    """Initials as Soviet typesetting wrote them: "А.К.", "А. К." or with a no-break space."""
    style = rng.choice(("tight", "tight", "spaced", "nbsp"))
    letters = name.initials.split()
    if style == "tight":
        return "".join(letters)
    return (" " if style == "spaced" else NBSP).join(letters)


def quoted(rng: random.Random, text: str, styles: tuple[str, ...] = ("", '"', "«»")) -> str:
    style = rng.choice(styles)
    if not style:
        return text
    return (style[0] + text + style[-1]) if len(style) == 2 else f"{style}{text}{style}"


def en_dash_range(first: int, last: int) -> str:
    return f"{first}–{last}"


def ordinal_en(n: int) -> str:
    return EN_ORDINALS.get(n if n < 20 else n % 10, f"{n}th") if n not in (11, 12, 13) else f"{n}th"


def person_labels(names: list[Name], given: Callable[[Name], str] | None = None) -> list[dict[str, str]]:
    return [n.label(given(n) if given else None) for n in names]


def slip(rng: random.Random, text: str) -> str:
    """One harmless slip a typist makes; the labels stay true under soft matching."""
    kind = rng.choice(("no-final-period", "double-space", "dash", "nbsp"))
    if kind == "no-final-period" and text.endswith("."):
        return text[:-1]
    if kind == "double-space" and " " in text:
        at = rng.choice([i for i, c in enumerate(text) if c == " "])
        return text[:at] + "  " + text[at + 1 :]
    if kind == "dash":
        for dash in (" — ", " – ", " - "):
            if dash in text:
                return text.replace(dash, rng.choice((" — ", " – ", " - ", " -- ")), 1).replace(" -- ", " - ")
    if kind == "nbsp" and " " in text:
        at = rng.choice([i for i, c in enumerate(text) if c == " "])
        return text[:at] + NBSP + text[at + 1 :]
    return text


# --- convention templates -------------------------------------------------------------
# Each template draws its record and writes it piece by piece; Item.put records the
# label of every piece at the moment it is written.


def soviet_encyclopedia_entry(rng: random.Random, pools: Pools, item: Item, place: str, year: int) -> Item:
    """"Рига // Большая советская энциклопедия. Изд. 3-е. Т. 22. М., 1975. ст. 12-15"."""
    headword, encyclopedia = pools.pick("ru", "headwords"), pools.pick("ru", "encyclopedias")
    item.put(f"{headword} // {encyclopedia}", title=headword, container_title=encyclopedia)
    if maybe(rng, 0.5):
        item.put(". Изд. 3-е", edition="3")
    volume = str(rng.randint(1, 30))
    item.put(f". {rng.choice(('Т.', 'т.', 'том'))} {volume}. {place}, ", volume=volume, place=place)
    if maybe(rng, 0.5):
        item.put(f"{quoted(rng, 'Советская энциклопедия')}, ", publisher="Советская энциклопедия")
    item.put(str(year), year=year)
    if maybe(rng, 0.6):
        first, last = pools.pages()
        item.put(f". {rng.choice(('ст.', 'стб.', 'ст. '))}{first}-{last}", pages=en_dash_range(first, last))
    item.expected["type"] = "encyclopedia-entry"
    return item


def soviet_ru(rng: random.Random, pools: Pools) -> Item:
    item = Item("soviet-ru", {"language": "ru"})
    kind = rng.choices(("book", "volume", "article", "chapter", "encyclopedia-entry", "collection"), [45, 12, 18, 10, 8, 7])[0]
    dash = rng.choice((" - ", " — ", " – ", ". - ", ". — "))
    year = pools.year()
    publisher, place, _ = pools.pick("ru", "soviet_publishers")
    if kind == "encyclopedia-entry":
        return soviet_encyclopedia_entry(rng, pools, item, place, year)
    authors = pools.names("ru") if kind != "collection" else []
    if authors:
        written = ", ".join(f"{ru_initials(rng, a)} {a.family}" for a in authors)
        item.put(written + ". ", authors=person_labels(authors))
    title = pools.pick("ru", "titles")
    item.put(title, title=title)
    if maybe(rng, 0.25):
        subtitle = pools.pick("ru", "subtitles")
        item.put(f": {subtitle}", subtitle=subtitle)
    if kind == "article":
        journal = pools.pick("ru", "journals")
        item.put(f" // {quoted(rng, journal)}", container_title=journal)
        issue = str(rng.randint(1, 12))
        if maybe(rng, 0.5):
            item.put(f", No. {issue}, {year}", issue=issue, year=year)
        else:
            item.put(f", {year}, {rng.choice(('No.', '№'))} {issue}", year=year, issue=issue)
        if maybe(rng, 0.6):
            first, last = pools.pages()
            item.put(f", {rng.choice(('стр.', 'с.'))} {first}-{last}", pages=en_dash_range(first, last))
        item.put(".")
        item.expected["type"] = kind
        return item
    if kind == "chapter":
        host = pools.pick("ru", "collections")
        item.put(f" // {host}", container_title=host)
    if kind == "volume":
        count = rng.randint(2, 6)
        volume = str(rng.randint(1, count))
        if maybe(rng, 0.5):
            item.put(f" (в {count}-х {rng.choice(('т.', 'кн.', 'томах'))}). ", number_of_volumes=str(count))
        else:
            item.put(". ")
        if maybe(rng, 0.5):
            item.put(f"{rng.choice(('Т.', 'Том', 'том'))} {volume}", volume=volume)
        else:
            item.put(f"Часть {volume}", part=volume)
    if kind in ("collection", "chapter") or maybe(rng, 0.12):
        editor = pools.ru_name()
        role = rng.choice(("под ред.", "ред.-сост.", "сост.", "редколл., гл. ред.", "отв. ред."))
        shown = editor.genitive if role == "под ред." else editor.family
        item.put(f" / {role} {ru_initials(rng, editor)} {shown}", editors=[editor.label()])
    item.put(". ")
    if maybe(rng, 0.12):
        edition = str(rng.randint(2, 5))
        item.put(f"Изд. {edition}{RU_ORDINAL_SUFFIX}{rng.choice(('', ', испр. и доп.', ', перераб.'))}. ", edition=edition)
    item.put(place, place=place)
    if maybe(rng, 0.85):
        shown = publisher if publisher.startswith("Изд-во") else quoted(rng, publisher)
        item.put(f", {shown}", publisher=publisher)
    item.put(f", {year}", year=year)
    if kind == "chapter":
        first, last = pools.pages()
        item.put(f". {rng.choice(('стр.', 'стр. ', 'с. '))}{first}-{last}", pages=en_dash_range(first, last))
    elif maybe(rng, 0.7):
        total = str(pools.total())
        item.put(f"{dash}{total} {rng.choice(('стр.', 'с.', 'стр.'))}", page_total=total)
        if maybe(rng, 0.3):
            item.put(", илл.")
    else:
        item.put(".")
    item.expected["type"] = kind
    return item


def gost(rng: random.Random, pools: Pools, edition_2018: bool) -> Item:
    convention = "gost-2018" if edition_2018 else "gost-2003"
    item = Item(convention, {"language": "ru"})
    kind = rng.choices(("book", "volume", "article", "chapter", "thesis", "collection", "webpage"),
                       [40, 10, 22, 10, 6, 6, 6 if edition_2018 else 0])[0]
    dash = " – " if edition_2018 and maybe(rng, 0.8) else " — "
    comma = "," if edition_2018 or maybe(rng, 0.4) else ""
    year = pools.year(1960, 2023)
    publisher, short_place, full_place = pools.pick("ru", "modern_publishers")
    place = full_place if edition_2018 else short_place
    if kind == "webpage":
        site, url = pools.pick("ru", "sites")
        day, month, accessed_year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2024)
        item.put(site, title=site)
        item.put(" : официальный сайт", subtitle="официальный сайт")
        if maybe(rng, 0.5):
            since = rng.randint(1995, 2012)
            item.put(f".{dash}Москва, {since}{dash.rstrip()} ", place="Москва", year=since)
        item.put(f".{dash}URL: {url} (дата обращения: {day:02d}.{month:02d}.{accessed_year})", url=url,
                 accessed=f"{accessed_year}-{month:02d}-{day:02d}")
        item.put(f".{dash}Текст : электронный.")
        item.expected["type"] = kind
        return item
    many = kind not in ("collection", "thesis") and maybe(rng, 0.1)  # four or more authors: no heading, "[и др.]"
    if kind == "collection":
        authors = []
    elif kind == "thesis":
        authors = [pools.ru_name()]
    else:
        authors = [pools.ru_name() for _ in range(4)] if many else pools.names("ru")
    if authors and not many:
        first = authors[0]
        item.put(f"{first.family}{comma} {first.initials} ")
    title = pools.pick("ru", "titles")
    item.put(title, title=title)
    if kind == "thesis":
        science, code = rng.choice(POOLS["ru"]["sciences"])
        degree = rng.choice(("канд.", "д-ра"))
        if edition_2018:
            item.put(f" : специальность {code} : диссертация на соискание ученой степени {'кандидата' if degree == 'канд.' else 'доктора'} наук")
        else:
            item.put(f" : дис. ... {degree} {science} наук : {code}")
    elif kind == "volume":
        count = rng.randint(2, 12)
        volume = str(rng.randint(1, count))
        item.put(f" : в {count} т. Т. {volume}", number_of_volumes=str(count), volume=volume)
    elif maybe(rng, 0.3):
        subtitle = pools.pick("ru", "subtitles")
        item.put(f" : {subtitle}", subtitle=subtitle)
    responsibility = []
    if authors:
        responsibility.append(", ".join(f"{a.initials} {a.family}" for a in authors[:3]) + (" [и др.]" if many else ""))
    if kind in ("book", "volume", "collection"):
        if kind == "collection" or maybe(rng, 0.1):
            editor = pools.ru_name()
            role = "под редакцией" if edition_2018 and maybe(rng, 0.5) else "под ред."
            responsibility.append(f"{role} {editor.initials} {editor.genitive}")
            item.expected["editors"] = [editor.label()]
        if kind != "collection" and maybe(rng, 0.12):
            translator = pools.ru_name()
            language = rng.choice(("англ.", "нем.", "фр."))
            responsibility.append(f"пер. с {language} {translator.initials} {translator.genitive}")
            item.expected["translators"] = [translator.label()]
    # Articles and chapters often skip the statement of responsibility; then only the heading names a person.
    show = bool(responsibility) and (many or kind not in ("article", "chapter") or maybe(rng, 0.6))
    if show:
        item.put(" / " + " ; ".join(responsibility))
    if authors:
        item.expected["authors"] = person_labels(authors[:3] if show else authors[:1])
    if kind == "article":
        if edition_2018 and maybe(rng, 0.5):
            item.put(f"{dash}Текст : непосредственный")
        journal = pools.pick("ru", "journals")
        item.put(f" // {journal}", container_title=journal)
        item.put(f".{dash}{year}", year=year)
        if maybe(rng, 0.5):
            volume = str(rng.randint(1, 80))
            item.put(f".{dash}Т. {volume},", volume=volume)
        else:
            item.put(f".{dash}".rstrip())
        issue = str(rng.randint(1, 12))
        item.put(f" № {issue}", issue=issue)
        first, last = pools.pages()
        item.put(f".{dash}С. {first}–{last}.", pages=en_dash_range(first, last))
        item.expected["type"] = kind
        return item
    if kind == "chapter":
        host = pools.pick("ru", "collections")
        item.put(f" // {host}", container_title=host)
        if maybe(rng, 0.4):
            item.put(" : сб. ст.")
            item.expected["container_title"] = host + ": сб. ст."
    if maybe(rng, 0.15) and kind not in ("chapter", "thesis"):
        edition = str(rng.randint(2, 9))
        item.put(f".{dash}{edition}-е изд.{rng.choice(('', ', испр. и доп.', ', перераб.', ', стер.'))}", edition=edition)
    item.put(f".{dash}{place}", place=place)
    if kind != "thesis":
        item.put(f" : {publisher}", publisher=publisher)
    item.put(f", {year}", year=year)
    if kind == "chapter":
        first, last = pools.pages()
        item.put(f".{dash}С. {first}–{last}", pages=en_dash_range(first, last))
    elif maybe(rng, 0.85):
        total = str(pools.total())
        item.put(f".{dash}{total} с.", page_total=total)
    if kind in ("book", "volume") and maybe(rng, 0.15):
        series = pools.pick("ru", "series")
        item.put(f"{dash}({series}{rng.choice(('', ' ; ' + str(rng.randint(1, 40))))})", series=series)
    if kind in ("book", "volume", "collection") and maybe(rng, 0.3):
        isbn = pools.isbn("5")
        if year < 2007 or maybe(rng, 0.2):  # ISBN-10 before 2007
            isbn = stdnum_isbn.format(stdnum_isbn.to_isbn10(isbn))
        item.put(f".{dash}ISBN {isbn}", isbn=[stdnum_isbn.compact(isbn)])
    if edition_2018 and maybe(rng, 0.5):
        item.put(f".{dash}Текст : непосредственный")
    item.put(".")
    item.expected["type"] = kind
    return item


def latvian(rng: random.Random, pools: Pools) -> Item:
    item = Item("lv", {"language": "lv"})
    kind = rng.choices(("book", "volume", "article", "chapter", "collection", "webpage"), [48, 12, 18, 10, 8, 4])[0]
    year = pools.year(1920, 2023)
    publisher, place = pools.pick("lv", "publishers")
    if kind == "webpage":
        site, url = pools.pick("lv", "sites")
        day, month, seen = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2012, 2024)
        when = f"{seen}. gada {day}. {LV_MONTHS_LOC[month - 1]}" if maybe(rng, 0.6) else f"{day:02d}.{month:02d}.{seen}."
        item.put(f"{site}. Pieejams: {url} (skatīts {when}).", title=site, url=url, accessed=f"{seen}-{month:02d}-{day:02d}")
        item.expected["type"] = kind
        return item
    authors = [] if kind == "collection" else pools.names("lv")
    family_first = kind == "book" and len(authors) == 1 and maybe(rng, 0.2)
    if family_first:  # "Strods. Heinrihs. Title. Rīga 2006"
        author = authors[0]
        item.put(f"{author.family}. {author.given}. ", authors=[author.label(author.given)])
    elif authors:
        item.put(", ".join(f"{a.family} {a.initials}" for a in authors) + ". ", authors=person_labels(authors))
    title = pools.pick("lv", "titles")
    item.put(title, title=title)
    if maybe(rng, 0.25):
        subtitle = pools.pick("lv", "subtitles")
        item.put(f": {subtitle}", subtitle=subtitle)
    if kind == "article":
        journal = pools.pick("lv", "journals")
        issue = str(rng.randint(1, 6))
        first, last = pools.pages()
        item.put(f" // {journal}", container_title=journal)
        item.put(f". {year}", year=year)
        item.put(f". Nr. {issue}", issue=issue)
        item.put(f". {first}.–{last}. lpp.", pages=en_dash_range(first, last))
        item.expected["type"] = kind
        return item
    if kind == "chapter":
        host = pools.pick("lv", "collections")
        item.put(f". Grām.: {host}" if maybe(rng, 0.5) else f" // {host}", container_title=host)
    if kind == "volume":
        volume = str(rng.randint(1, 6))
        if maybe(rng, 0.6):
            item.put(f". {volume}. sēj.", volume=volume)
        else:
            item.put(f". {volume}. d.", part=volume)
    if kind == "collection" or maybe(rng, 0.1):
        editor = pools.lv_name()
        role = rng.choice(("red.", "sast.", "Sast.", "Red."))
        item.put(f" / {role} {editor.initials} {editor.family}" if role.islower() else f". {role} {editor.initials} {editor.family}",
                 editors=[editor.label()])
    if maybe(rng, 0.1) and kind != "chapter":
        edition = str(rng.randint(2, 5))
        item.put(f". {edition}. izd.", edition=edition)
    if family_first and maybe(rng, 0.5):
        item.put(f". {place} {year}", place=place, year=year)
        item.expected["type"] = kind
        return item
    item.put(f". {place}", place=place)
    if maybe(rng, 0.8):
        shown = f"izdevniecība \"{publisher}\"" if maybe(rng, 0.05) else publisher
        item.put(f": {shown}", publisher=publisher)
    item.put(f", {year}", year=year)
    if kind == "chapter":
        first, last = pools.pages()
        item.put(f", {first}.–{last}. lpp.", pages=en_dash_range(first, last))
    elif maybe(rng, 0.6):
        total = str(pools.total())
        item.put(f". {total}{rng.choice((' ', NBSP))}lpp.", page_total=total)
    else:
        item.put(".")
    item.expected["type"] = kind
    return item


def en_record(rng: random.Random, pools: Pools) -> dict[str, Any]:
    publisher, place = pools.pick("en", "publishers")
    first, last = pools.pages()
    record = {
        "authors": pools.names("en"),
        "title": pools.pick("en", "titles"),
        "subtitle": pools.pick("en", "subtitles") if maybe(rng, 0.45) else "",
        "publisher": publisher,
        "place": place,
        "year": pools.year(1950, 2023),
        "journal": pools.pick("en", "journals"),
        "volume": str(rng.randint(1, 120)),
        "issue": str(rng.randint(1, 12)),
        "pages": (first, last),
        "collection": pools.pick("en", "collections"),
        "editors": pools.names("en", 2),
        "edition": rng.randint(2, 6) if maybe(rng, 0.15) else 0,
        "translator": pools.en_name() if maybe(rng, 0.1) else None,
    }
    return record


def _title_en(record: dict[str, Any]) -> str:
    return record["title"] + (f": {record['subtitle']}" if record["subtitle"] else "")


def _title_labels(record: dict[str, Any]) -> dict[str, str]:
    return {"title": record["title"], "subtitle": record["subtitle"]}


def _and_list(names: list[str], conjunction: str = "and") -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {conjunction} {names[1]}"
    return ", ".join(names[:-1]) + f", {conjunction} {names[-1]}"


def chicago_note(rng: random.Random, pools: Pools) -> Item:
    """Note form: "Given Family, Title (Place: Publisher, 2019)" or a chapter "…, in Editor (ed.), Book (…), pp. 96–119."."""
    item = Item("chicago", {"language": "en"})
    r = en_record(rng, pools)
    authors: list[Name] = r["authors"][:2]
    item.put(_and_list([f"{a.given} {a.family}" for a in authors]) + ", ", authors=person_labels(authors, lambda n: n.given))
    imprint = f"({r['place']}: {r['publisher']}, {r['year']})"
    labels = {"place": r["place"], "publisher": r["publisher"], "year": r["year"]}
    if maybe(rng, 0.5):
        item.put(f"{_title_en(r)} {imprint}.", **_title_labels(r), **labels)
        item.expected["type"] = "book"
        return item
    editor: Name = r["editors"][0]
    first, last = r["pages"]
    item.put(f"{_title_en(r)}, in {editor.given} {editor.family} (ed.), {r['collection']} {imprint}, pp. {first}–{last}.",
             **_title_labels(r), editors=[editor.label(editor.given)], container_title=r["collection"],
             pages=en_dash_range(first, last), **labels)
    item.expected["type"] = "chapter"
    return item


def chicago(rng: random.Random, pools: Pools) -> Item:
    if maybe(rng, 0.25):
        return chicago_note(rng, pools)
    item = Item("chicago", {"language": "en"})
    r = en_record(rng, pools)
    kind = rng.choices(("book", "article", "chapter"), [50, 30, 20])[0]
    authors: list[Name] = r["authors"]
    head = [f"{authors[0].family}, {authors[0].given}"] + [f"{a.given} {a.family}" for a in authors[1:]]
    names = f"{head[0]}, and {head[1]}" if len(head) == 2 else _and_list(head)  # the inverted first name keeps its comma
    item.put(names + ". ", authors=person_labels(authors, lambda n: n.given))
    first, last = r["pages"]
    if kind == "article":
        item.put(f"“{_title_en(r)}.” {r['journal']} {r['volume']}, no. {r['issue']} ({r['year']}): {first}–{last}.",
                 **_title_labels(r), container_title=r["journal"], volume=r["volume"], issue=r["issue"], year=r["year"],
                 pages=en_dash_range(first, last))
    elif kind == "chapter":
        editors: list[Name] = r["editors"]
        item.put(f"“{_title_en(r)}.” In {r['collection']}, edited by {_and_list([f'{e.given} {e.family}' for e in editors])}, "
                 f"{first}–{last}. {r['place']}: {r['publisher']}, {r['year']}.",
                 **_title_labels(r), container_title=r["collection"], editors=person_labels(editors, lambda n: n.given),
                 pages=en_dash_range(first, last), place=r["place"], publisher=r["publisher"], year=r["year"])
    else:
        item.put(f"{_title_en(r)}. ", **_title_labels(r))
        if r["translator"]:
            t = r["translator"]
            item.put(f"Translated by {t.given} {t.family}. ", translators=[t.label(t.given)])
        if r["edition"]:
            item.put(f"{ordinal_en(r['edition'])} ed. ", edition=str(r["edition"]))
        item.put(f"{r['place']}: {r['publisher']}, {r['year']}.", place=r["place"], publisher=r["publisher"], year=r["year"])
    item.expected["type"] = kind
    return item


def apa(rng: random.Random, pools: Pools) -> Item:
    item = Item("apa", {"language": "en"})
    r = en_record(rng, pools)
    kind = rng.choices(("book", "article", "chapter"), [40, 40, 20])[0]
    authors: list[Name] = r["authors"]
    written = [f"{a.family}, {a.initials}" for a in authors]
    joined = written[0] if len(written) == 1 else ", ".join(written[:-1]) + f", & {written[-1]}"
    item.put(f"{joined} ({r['year']}). ", authors=person_labels(authors), year=r["year"])
    first, last = r["pages"]
    if kind == "article":
        doi = f"10.{rng.randint(1000, 9999)}/{r['journal'].split()[0].lower()}.{r['year']}.{rng.randint(100, 99999)}"
        item.put(f"{_title_en(r)}. {r['journal']}, {r['volume']}({r['issue']}), {first}–{last}.", **_title_labels(r),
                 container_title=r["journal"], volume=r["volume"], issue=r["issue"], pages=en_dash_range(first, last))
        if maybe(rng, 0.7):
            item.put(f" https://doi.org/{doi}", doi=doi)
    elif kind == "chapter":
        editors: list[Name] = r["editors"]
        eds = " & ".join(f"{e.initials} {e.family}" for e in editors)
        item.put(f"{_title_en(r)}. In {eds} ({'Eds.' if len(editors) > 1 else 'Ed.'}), {r['collection']} (pp. {first}–{last}). "
                 f"{r['publisher']}.", **_title_labels(r), editors=person_labels(editors), container_title=r["collection"],
                 pages=en_dash_range(first, last), publisher=r["publisher"])
    else:
        item.put(_title_en(r), **_title_labels(r))
        if r["edition"]:
            item.put(f" ({ordinal_en(r['edition'])} ed.)", edition=str(r["edition"]))
        item.put(f". {r['publisher']}.", publisher=r["publisher"])
    item.expected["type"] = kind
    return item


def mla(rng: random.Random, pools: Pools) -> Item:
    item = Item("mla", {"language": "en"})
    r = en_record(rng, pools)
    kind = rng.choices(("book", "article", "chapter", "webpage"), [40, 30, 20, 10])[0]
    first, last = r["pages"]
    if kind == "webpage":
        site, url = pools.pick("en", "sites")
        bare = url.split("://", 1)[1]
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2012, 2024)
        item.put(f"“{r['title']}.” {site}, {bare}. Accessed {day} {MLA_MONTHS[month - 1]} {year}.", title=r["title"],
                 container_title=site, url=bare, accessed=f"{year}-{month:02d}-{day:02d}")
        item.expected["type"] = kind
        return item
    authors: list[Name] = r["authors"][:2]
    head = f"{authors[0].family}, {authors[0].given}" + (f", and {authors[1].given} {authors[1].family}" if len(authors) > 1 else "")
    item.put(head + ". ", authors=person_labels(authors, lambda n: n.given))
    if kind == "article":
        item.put(f"“{_title_en(r)}.” {r['journal']}, vol. {r['volume']}, no. {r['issue']}, {r['year']}, pp. {first}–{last}.",
                 **_title_labels(r), container_title=r["journal"], volume=r["volume"], issue=r["issue"], year=r["year"],
                 pages=en_dash_range(first, last))
    elif kind == "chapter":
        editors: list[Name] = r["editors"]
        item.put(f"“{_title_en(r)}.” {r['collection']}, edited by {_and_list([f'{e.given} {e.family}' for e in editors])}, "
                 f"{r['publisher']}, {r['year']}, pp. {first}–{last}.", **_title_labels(r), container_title=r["collection"],
                 editors=person_labels(editors, lambda n: n.given), publisher=r["publisher"], year=r["year"],
                 pages=en_dash_range(first, last))
    else:
        item.put(f"{_title_en(r)}. ", **_title_labels(r))
        if r["translator"]:
            t = r["translator"]
            item.put(f"Translated by {t.given} {t.family}, ", translators=[t.label(t.given)])
        if r["edition"]:
            item.put(f"{ordinal_en(r['edition'])} ed., ", edition=str(r["edition"]))
        item.put(f"{r['publisher']}, {r['year']}.", publisher=r["publisher"], year=r["year"])
    item.expected["type"] = kind
    return item


def _wiki_date(rng: random.Random, year: int, month: int, day: int) -> str:
    return rng.choice((f"{day} {EN_MONTHS[month - 1]} {year}", f"{EN_MONTHS[month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}"))


def wikipedia(rng: random.Random, pools: Pools) -> Item:
    item = Item("wikipedia", {"language": "en"})
    r = en_record(rng, pools)
    kind = rng.choices(("book", "article", "chapter", "webpage"), [45, 25, 10, 20])[0]
    if kind == "webpage":
        site, _url = pools.pick("en", "sites")
        year, month, day = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
        item.put(f"\"{r['title']}\". {site}.", title=r["title"], container_title=site)
        if maybe(rng, 0.5):
            archived = _wiki_date(rng, year, month, day)
            item.put(rng.choice((f" Archived from the original on {archived}.", f" Archived {archived}, at the Wayback Machine.")))
        item.put(f" Retrieved{rng.choice(('', ' on'))} {_wiki_date(rng, year, month, day)}.", accessed=f"{year}-{month:02d}-{day:02d}")
        item.expected["type"] = kind
        return item
    authors: list[Name] = r["authors"]
    item.put("; ".join(f"{a.family}, {a.given}" for a in authors) + f" ({r['year']}). ",
             authors=person_labels(authors, lambda n: n.given), year=r["year"])
    first, last = r["pages"]
    if kind == "chapter":
        editors: list[Name] = r["editors"]
        eds = "; ".join(f"{e.family}, {e.given}" for e in editors) + (" (eds.)" if len(editors) > 1 else " (ed.)")
        item.put(f"\"{_title_en(r)}\". In {eds}. {r['collection']}. {r['place']}: {r['publisher']}. pp. {first}–{last}.",
                 **_title_labels(r), editors=person_labels(editors, lambda n: n.given), container_title=r["collection"],
                 place=r["place"], publisher=r["publisher"], pages=en_dash_range(first, last))
    elif kind == "article":
        doi = f"10.{rng.randint(1000, 9999)}/{rng.randint(100000, 999999)}"
        item.put(f"\"{_title_en(r)}\". {r['journal']}. {r['volume']} ({r['issue']}): {first}–{last}. doi:{doi}.", **_title_labels(r),
                 container_title=r["journal"], volume=r["volume"], issue=r["issue"], pages=en_dash_range(first, last), doi=doi)
    else:
        item.put(_title_en(r), **_title_labels(r))
        if r["edition"]:
            item.put(f" ({ordinal_en(r['edition'])} ed.)", edition=str(r["edition"]))
        item.put(". ")
        if maybe(rng, 0.7):
            item.put(f"{r['place']}: ", place=r["place"])
        item.put(f"{r['publisher']}.", publisher=r["publisher"])
        if maybe(rng, 0.6):
            isbn = pools.isbn(rng.choice(("0", "1")))
            shown = stdnum_isbn.to_isbn10(isbn) if maybe(rng, 0.3) else isbn
            item.put(f" ISBN {stdnum_isbn.format(shown)}.", isbn=[stdnum_isbn.compact(shown)])
    item.expected["type"] = kind
    return item


_ROMANIZED_PLACES = {"Москва": ("Moscow", "Moskva"), "Ленинград": ("Leningrad",), "Рига": ("Riga",), "Санкт-Петербург": ("St. Petersburg", "Saint Petersburg")}


def chicago_romanized(rng: random.Random, pools: Pools) -> Item:
    """A Russian work cited in an English-language list, in Latin letters (ALA-LC with or without its marks, or
    BGN/PCGN), Chicago bibliography style: "Kozlov, V. A. Neizvestnaia Rossiia. Moscow: Nauka, 1992." Its language
    is Russian. Not in the default mix (``--convention chicago-ru``): it would change every seed's draw."""
    from biblio.translit import romanize  # the project's own tables write the Latin forms

    scheme = rng.choices(("ala-lc-ascii", "bgn-pcgn", "ala-lc"), [60, 30, 10])[0]
    latin = lambda text: romanize(text, scheme)  # noqa: E731
    item = Item("chicago-ru", {"language": "ru"})
    author = pools.ru_name()
    family = latin(author.family)
    given = latin(author.given) if maybe(rng, 0.4) else latin(author.initials)
    item.put(f"{family}, {given}. ", authors=[{"family": family, "given": given}])
    title = latin(pools.pick("ru", "titles"))
    subtitle = latin(pools.pick("ru", "subtitles")) if maybe(rng, 0.3) else ""
    if ": " in title:  # an English-language list writes the pool's "Title: subtitle" as title and subtitle
        title, subtitle = title.split(": ", 1)
    shown = title + (f": {subtitle}" if subtitle else "")
    year = pools.year(1930, 2015)
    if maybe(rng, 0.35):
        journal = latin(pools.pick("ru", "journals"))
        issue, first = str(rng.randint(1, 12)), rng.randint(3, 200)
        pages = en_dash_range(first, first + rng.randint(5, 30))
        item.put(f"“{shown}.” {journal}, no. {issue} ({year}): {pages}.", title=title, subtitle=subtitle,
                 container_title=journal, issue=issue, year=year, pages=pages)
        item.expected["type"] = "article"
        return item
    publisher, _abbr, city = pools.pick("ru", rng.choice(("soviet_publishers", "modern_publishers")))
    place = rng.choice(_ROMANIZED_PLACES.get(city, (latin(city),)))
    publisher = latin(publisher)
    item.put(f"{shown}. {place}: {publisher}, {year}.", title=title, subtitle=subtitle, place=place, publisher=publisher, year=year)
    item.expected["type"] = "book"
    return item


TEMPLATES: dict[str, Callable[[random.Random, Pools], Item]] = {
    "soviet-ru": soviet_ru,
    "gost-2003": lambda rng, pools: gost(rng, pools, edition_2018=False),
    "gost-2018": lambda rng, pools: gost(rng, pools, edition_2018=True),
    "lv": latvian,
    "chicago": chicago,
    "apa": apa,
    "mla": mla,
    "wikipedia": wikipedia,
    "chicago-ru": chicago_romanized,
}


# --- corpus ------------------------------------------------------------------------


def _ordered(expected: dict[str, Any]) -> dict[str, Any]:
    order = ("type", "authors", "editors", "translators", "title", "subtitle", "container_title", "edition", "volume", "part",
             "number_of_volumes", "issue", "pages", "page_total", "publisher", "place", "year", "series", "isbn", "url", "doi",
             "accessed", "language")
    return {k: expected[k] for k in order if expected.get(k) not in (None, "", [])}


def iter_generated(n: int, seed: int = 1, conventions: tuple[str, ...] = CONVENTIONS, slips: float = 0.15) -> Iterator[dict[str, Any]]:
    """``n`` labelled items, conventions in turn, the same for the same ``seed``."""
    rng = random.Random(seed)
    pools = Pools(rng)
    seen: set[str] = set()
    made = 0
    while made < n:
        convention = conventions[made % len(conventions)]
        item = TEMPLATES[convention](rng, pools)
        text = item.text().strip()
        if maybe(rng, slips):
            text = slip(rng, text)
        if text in seen:  # a repeated draw adds nothing to the evaluation
            continue
        seen.add(text)
        made += 1
        yield {"id": f"gen-{convention}-{made:05d}", "convention": convention, "text": text, "expected": _ordered(item.expected)}


def generate(n: int, seed: int = 1, conventions: tuple[str, ...] = CONVENTIONS) -> list[dict[str, Any]]:
    return list(iter_generated(n, seed, conventions))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic labelled references as JSON lines.")
    parser.add_argument("--n", type=int, default=1000, help="how many references (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--convention", action="append", choices=list(TEMPLATES), help="only these conventions (repeatable; chicago-ru is not in the default mix)")
    parser.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    args = parser.parse_args(argv)
    conventions = tuple(args.convention) if args.convention else CONVENTIONS
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for item in iter_generated(args.n, args.seed, conventions):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
