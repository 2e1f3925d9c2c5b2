"""What the English-language guides (APA, Chicago, MLA) share: the entry in Latin letters.

Non-Latin names and titles are romanised (ALA-LC unless the user picks a
scheme; a romanisation stored in the entry wins over computing one), the
English translation of a title is kept for the "[Translation]" the guides
ask for, places take their English names where the data has one
(``Москва`` → ``Moscow``, ``Rīga`` → ``Riga``), and the terms are the
document's (English unless the style is given another language).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, Iterable

from ..collation import sort_key, sort_key_fields
from ..io import resource_dir
from ..model import Date, Entry, EntryType, Extra, Person, Place, Role, Text
from ..render.terms import Terms, terms
from .base import (
    MONTHS_EN,
    Style,
    entry_language,
    is_latin_script,
    person_in_latin,
    report_designation,
    romanize_text,
    text_in_latin,
    website,
    year_text,
)

DEFAULT_SCHEME = "ala-lc"
# the roles read as a host's editors ("In J. Strachey (Ed.), …")
HOST_EDITOR_ROLES = (Role.EDITOR, Role.EDITOR_IN_CHIEF, Role.EDITOR_COMPILER, Role.COMPILER)
_LEADING_ARTICLES = ("the ", "a ", "an ")


@lru_cache(maxsize=1)
def _english_places() -> dict[str, str]:
    data = json.loads((resource_dir("styles") / "places-en.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "comment"}


def _letters(index: int) -> str:
    """0 → ``a`` … 25 → ``z``, 26 → ``aa`` (as citeproc's year suffixes)."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


@dataclass
class LatinTitle:
    """A title in Latin letters, its original script and its English translation."""

    latin: str = ""
    original: str = ""  # only when it is not in Latin letters already
    english: str = ""  # translation, only when the title itself is not English

    def __bool__(self) -> bool:
        return bool(self.latin)


@dataclass
class LatinEntry:
    """An entry's pieces as an English-language guide prints them."""

    language: str
    authors: list[Person] = field(default_factory=list)
    editors: list[Person] = field(default_factory=list)
    translators: list[Person] = field(default_factory=list)
    host_editors: list[Person] = field(default_factory=list)
    cut_short: bool = False  # the source ended the author (or editor) list with "et al."
    title: LatinTitle = field(default_factory=LatinTitle)
    host_title: LatinTitle = field(default_factory=LatinTitle)
    publisher: str = ""
    places: list[str] = field(default_factory=list)
    series: str = ""
    site: str = ""  # a web page's site name ("Historia.lv")
    site_work: LatinTitle = field(default_factory=LatinTitle)  # the work on the site the page is part of


class LatinStyle(Style):
    """Base of APA, Chicago and MLA: romanised fields, English terms, author–title–year order."""

    allows_original_script = True
    title_before_year = False  # MLA orders one author's works by title, author-date styles by year

    def scheme(self) -> str:
        return self.romanize or DEFAULT_SCHEME

    def terms_for(self, entry: Entry) -> Terms:
        return terms(self.language or "en")

    # Co-publishers, which GOST writes "Наука : Вост. лит.": APA and Chicago join them with a
    # semicolon, MLA 9 (2.108) with a slash.
    co_publisher_sep: ClassVar[str] = "; "

    def publishers_of(self, publisher: str) -> str:
        return self.co_publisher_sep.join(publisher.split(" : ")) if " : " in publisher else publisher

    def report(self, entry: Entry, numero: str = "") -> str:
        """A numbered report's kind and number, romanised: "NBER Working Paper 4509" ("" if unnumbered)."""
        if entry.type != EntryType.REPORT or not entry.number:
            return ""
        return report_designation(romanize_text(entry.genre, self.scheme()), entry.number, numero)

    def latin(self, entry: Entry) -> LatinEntry:
        scheme = self.scheme()
        lang = entry_language(entry)
        out = LatinEntry(language=lang, cut_short=entry.extra.get(Extra.ET_AL) == "true")
        for person in entry.persons:
            bucket = {
                Role.AUTHOR: out.authors,
                Role.EDITOR: out.editors,
                Role.EDITOR_IN_CHIEF: out.editors,
                Role.EDITOR_COMPILER: out.editors,
                Role.COMPILER: out.editors,
                Role.TRANSLATOR: out.translators,
            }.get(person.role)
            if bucket is not None:
                bucket.append(person_in_latin(person, scheme))
        if entry.host is not None:
            out.host_editors = [
                person_in_latin(p, scheme)
                for p in entry.host.persons
                if p.role in HOST_EDITOR_ROLES
            ]
            out.host_title = self.latin_title(entry.host.title, entry.host.subtitle, lang)
        out.title = self.latin_title(entry.title, entry.subtitle, lang)
        out.publisher = self.publishers_of(text_in_latin(entry.publisher, scheme))
        out.places = [self.place(p) for p in entry.places]
        out.series = text_in_latin(entry.series, scheme)
        site, work = website(entry)
        out.site = text_in_latin(site, scheme)
        if work is not None:
            out.site_work = self.latin_title(work, entry.host.subtitle if entry.host else None, lang)
        return out

    def latin_title(self, title: Text | None, subtitle: Text | None, lang: str) -> LatinTitle:
        if title is None:
            return LatinTitle()
        scheme = self.scheme()
        latin = text_in_latin(title, scheme)
        original = title.value
        if subtitle is not None:  # "Title: Subtitle", but "Title? Subtitle" after ? or !
            latin = f"{latin}{' ' if latin.endswith(('?', '!')) else ': '}{text_in_latin(subtitle, scheme)}"
            original = f"{original}: {subtitle.value}"
        english = ""
        if (title.lang or lang) != "en":
            english = title.translated.get("en", "")
            if english and subtitle is not None and subtitle.translated.get("en"):
                english = f"{english}: {subtitle.translated['en']}"
        shown_original = original if self.original_script and self.allows_original_script else ""
        if shown_original and is_latin_script(shown_original):
            shown_original = ""
        return LatinTitle(latin, shown_original, english)

    def place(self, place: Place) -> str:
        english = _english_places()
        for candidate in (place.name, place.value):
            if candidate in english:
                return english[candidate]
        return romanize_text(place.full, self.scheme())

    # -- shared pieces -------------------------------------------------------------
    @staticmethod
    def link(entry: Entry) -> str:
        if entry.doi:
            return entry.doi if entry.doi.startswith("http") else f"https://doi.org/{entry.doi}"
        return entry.url

    @staticmethod
    def month_day_year(date: Date | None) -> str:
        """``March 1, 2024`` (APA, Chicago)."""
        if date is None or date.year is None:
            return ""
        if date.month and date.day:
            return f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year}"
        if date.month:
            return f"{MONTHS_EN[date.month - 1]} {date.year}"
        return str(date.year)

    # APA 7 (9.47) and Chicago 17 (15.19): works by the same authors in the same year
    # take "a", "b" … after the year ("2010a", "n.d.-a"), in the order of their titles.
    year_suffix_letters: ClassVar[bool] = False
    undated_year: ClassVar[int] = 9999  # where an undated work goes among one author's works

    def year_suffixes(self, entries: Iterable[Entry]) -> dict[int, str]:
        if not self.year_suffix_letters:
            return {}
        groups: dict[tuple[Any, ...], list[Entry]] = {}
        for entry in entries:
            data = self.latin(entry)
            lead = data.authors or data.editors
            if not lead:  # listed by title: nothing to tell apart by letters
                continue
            # King Jr. and King Sr. are different authors: the suffix counts here, not in sorting
            names = tuple((p.family or p.literal, p.given or p.initials, p.suffix) for p in lead)
            groups.setdefault((names, year_text(entry.date)), []).append(entry)
        out: dict[int, str] = {}
        for group in groups.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda e: sort_key(self.bare_title(e)))
            for i, entry in enumerate(group):
                out[id(entry)] = _letters(i)
        return out

    @staticmethod
    def year_with_suffix(year: str, suffix: str) -> str:
        """``2010`` + ``a`` → ``2010a``; an undated work ``n.d.-a`` (APA 9.47)."""
        return f"{year}-{suffix}" if year == "n.d." else f"{year}{suffix}"

    def suffix_for(self, entry: Entry, among: Iterable[Entry] | None) -> str:
        if among is None:
            return ""
        return self.year_suffixes(among).get(id(entry), "")

    def bare_title(self, entry: Entry) -> str:
        """The title the list is ordered by: romanised, without a leading English article."""
        data = self.latin(entry)
        title = data.title.latin or data.host_title.latin
        if data.language == "en":
            for article in _LEADING_ARTICLES:
                if title.lower().startswith(article):
                    return title[len(article) :]
        return title

    def sort_key(self, entry: Entry) -> Any:
        data = self.latin(entry)
        lead = data.authors or data.editors
        title = data.title.latin or data.host_title.latin
        bare = title.lower()
        for article in _LEADING_ARTICLES:
            if data.language == "en" and bare.startswith(article):
                title = title[len(article) :]
                break
        # family and given names compared one after the other: "King, Zed" before "Kingsley, Ben"
        names = tuple(sort_key_fields((p.family or p.literal, p.given or p.initials)) for p in lead)
        first = names[0] if names else sort_key_fields((title, ""))
        year = entry.year if entry.year is not None else self.undated_year
        if self.title_before_year:
            return (first, names, sort_key(title), year)
        return (first, names, year, sort_key(title))
