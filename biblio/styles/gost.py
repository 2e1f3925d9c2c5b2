"""GOST R 7.0.100-2018 and GOST R 7.0.5-2008: Russian bibliographic descriptions.

A description is a chain of areas joined by ". — " (a period never doubled):
title and statement of responsibility, edition, publication
(``М. : Наука, 1999``), extent (``164 с.``, ``С. 590–630``, ``Стб. 872–880``),
series (``(Библиотека ; 7)``), ISBN and electronic address. A contribution
names its host after " // ". Terms come from the entry's own language
(``с.`` / ``p.`` / ``lpp.``), so a mixed list reads right entry by entry, and
Cyrillic entries come first, then Latin ones, each in its alphabet's order.

The two standards differ in the heading and the statement of
responsibility:

* 7.0.100-2018 (bibliographic description): the heading is the first author,
  ``Фамилия, И. О.``; the statement after " / " names the authors again (all
  of up to four, else the first three and ``[и др.]``) and the other roles.
* 7.0.5-2008 (bibliographic references, biblatex-gost's default): the heading
  names up to three authors, ``Фамилия И. О.``, and the statement leaves them
  out; with four or more the description starts with the title and the
  statement gives the first author and ``[и др.]``.

A name suffix ("мл.", "Jr.", "III") closes the inverted name after a comma and
follows the family name in the statement: ``King, M. L., Jr. … / M. L. King Jr.``
(``King M. L., Jr.`` in the 2008 heading).

>>> from biblio.model import Entry, Person, Place, Text, Date
>>> book = Entry(title=Text("Народные мстители Латвии"), persons=[Person("Рашкевиц", initials="А. К.")],
...              places=[Place("М.", "Москва")], publisher=Text("Воениздат"), date=Date(1973), page_total="164")
>>> print(Gost2018().format_entry(book))
Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат, 1973. — 164 с.
>>> print(Gost2008().format_entry(book))
Рашкевиц А. К. Народные мстители Латвии. — М. : Воениздат, 1973. — 164 с.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from pybtex.style.template import field, join, optional

from ..collation import sort_key
from ..io import resource_dir
from ..model import Entry, EntryType, Extra, Person, Place, Role
from ..render.terms import Terms
from .base import (
    THESIS_KEYS,
    Style,
    areas,
    edition_text,
    family_initials,
    is_analytic,
    is_volume_of_set,
    initials_family,
    numeric_date,
    sort_name,
    website,
    year_text,
)

# Roles of a statement of responsibility, in the order the standard lists them, with their
# term, and the term to use instead when the names are known only in the nominative:
# "под ред." governs the genitive ("под ред. П. И. Кушнера"), "ред." (редактор) takes
# the nominative ("ред. З. Н. Политов"); the other terms read either way.
_ROLE_TERMS = (
    (Role.EDITOR_IN_CHIEF, "editor_in_chief", ""),
    (Role.EDITOR, "edited_by", "editor"),
    (Role.EDITOR_COMPILER, "edited_compiled_by", ""),
    (Role.COMPILER, "compiled_by", ""),
    (Role.EDITORIAL_BOARD, "editorial_board", ""),
    (Role.TRANSLATOR, "translated_by", ""),
)

# Entry types whose volume number belongs to the host ("// БСЭ. — Т. 19"), not to the title.
_ANALYTIC = {EntryType.CHAPTER, EntryType.ARTICLE, EntryType.ENCYCLOPEDIA_ENTRY}


@lru_cache(maxsize=1)
def _place_abbreviations() -> dict[str, str]:
    data = json.loads((resource_dir("styles") / "places.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for lang, names in data.items():
        if lang != "comment":
            table.update(names)
    return table


def place_name(place: Place) -> str:
    """The place as GOST R 7.0.12 abbreviates it (``Москва`` → ``М.``), else as written."""
    abbreviations = _place_abbreviations()
    for candidate in (place.name, place.value):
        if candidate and candidate in abbreviations:
            return abbreviations[candidate]
    return place.value or place.name


def then(text: str, element: str) -> str:
    """``text`` and the next element of the same area after ". " (no period doubled)."""
    if not text:
        return element
    return f"{text} {element}" if text.endswith(".") else f"{text}. {element}"


def as_written(person: Person) -> Person:
    """The name in the case the source wrote it after a role phrase (``под ред. П. И. Кушнера``).

    The parser keeps the nominative in ``family`` and the written oblique form in
    ``variants["written"]``; without a differing written form the person is returned as is.
    """
    written = person.variants.get("written") or {}
    family = written.get("family", "")
    if not family or family == person.family:
        return person
    return Person(family=family, initials=written.get("given", "") or person.initials or person.given,
                  suffix=person.suffix, role=person.role, lang=person.lang, script=person.script)


# What the units of a multi-volume work are called: "(в 2-х кн.)" counts books, not volumes.
# Entry.extra["volumes-unit"] is the agreed slot (the model has no field for it); volumes by default.
_VOLUME_UNIT_TERMS = {"volume": "number_of_volumes", "book": "number_of_books", "part": "number_of_parts"}


def volumes_term(entry: Entry) -> str:
    """The term for "in N …": ``в 2 т.``, ``в 2 кн.``, ``в 2 ч.``."""
    return _VOLUME_UNIT_TERMS.get(entry.extra.get(Extra.VOLUMES_UNIT, "volume"), "number_of_volumes")


_ROMAN = re.compile(r"^[IVXLCDM]+$")


def numbered(t: Terms, name: str, value: str) -> str:
    """``Ч. 1``, ``1. daļa``; a Roman numeral takes the ``<name>_roman`` pattern where a language has one
    (Latvian writes ``I daļa`` but ``1. daļa``)."""
    if _ROMAN.match(value):
        try:
            return t.get(f"{name}_roman", value)
        except KeyError:
            pass
    return t.get(name, value)


class Gost2018(Style):
    """GOST R 7.0.100-2018, bibliographic description."""

    name = "gost-r-7.0.100-2018"
    description = "ГОСТ Р 7.0.100-2018: bibliographic description (Russian), numbered list"
    numeric = True
    heading_comma = True  # "Рашкевиц, А. К."
    heading_authors = 1  # how many authors the heading names (if the entry has one)
    max_all_authors = 4  # a statement names all of this many authors …
    et_al_keep = 3  # … otherwise this many and "[и др.]"
    host_volume_after_date = True  # "// БСЭ. — М., 1975. — Т. 19. — Стб. 245–246"
    volume_title_sep = " : "  # "Собрание сочинений. Т. 2 : Статьи"

    # -- the template: one chain of areas serves every entry type ---------------
    def build_template(self, kind: EntryType) -> Any:
        first_area = join(sep=" // ")[
            join(sep=" ")[optional[field("heading", raw=True)], optional[field("title_area", raw=True)]],
            optional[field("host_area", raw=True)],
        ]
        return areas[
            first_area,
            optional[field("edition", raw=True)],
            optional[field("publication", raw=True)],
            optional[field("issue_date", raw=True)],
            optional[field("host_volume", raw=True)],
            optional[field("extent", raw=True)],
            optional[field("series", raw=True)],
            optional[field("notes", raw=True)],
            optional[field("isbn", raw=True)],
            optional[field("doi", raw=True)],
            optional[field("url", raw=True)],
        ]

    # -- fields ----------------------------------------------------------------
    def fields(self, entry: Entry) -> dict[str, str]:
        t = self.terms_for(entry)
        authors = entry.authors
        cut_short = entry.extra.get(Extra.ET_AL) == "true"  # "et al.": more authors than named, as past the limit
        in_heading = authors[: self.heading_authors] if len(authors) <= 3 and not cut_short else []
        analytic = is_analytic(entry)
        out = {
            "heading": self.heading(in_heading, t),
            "title_area": self.title_area(entry, authors, in_heading, t),
            "host_area": self.host_area(entry, t) if analytic else "",
            "edition": edition_text(entry.edition, t),
            "publication": self.publication(entry, t),
            "issue_date": self.issue_date(entry, t),
            "host_volume": self.host_volume(entry, t) if analytic else "",
            "extent": self.extent(entry, t, analytic),
            "series": self.series(entry),
            "notes": ". — ".join(note.value.rstrip(".") for note in entry.notes if note.value),
            "isbn": ". — ".join(f"ISBN {isbn}" for isbn in entry.isbns),
            "doi": f"DOI: {entry.doi}" if entry.doi else "",
            "url": self.electronic(entry, t),
        }
        return out

    def heading(self, persons: list[Person], t: Terms) -> str:
        named = [p for p in persons if not p.is_organization]
        heading = ", ".join(family_initials(p, comma=self.heading_comma) for p in named)
        # The initials' period ends the heading before the title; a name without it takes one:
        # "King, M. L., III. Title", "Августин. Исповедь"
        if named and not heading.endswith("."):
            heading += "."
        return heading

    def authors_statement(self, authors: list[Person], in_heading: list[Person], t: Terms, cut_short: bool = False) -> str:
        if len(authors) <= self.max_all_authors:
            named = ", ".join(initials_family(p) for p in authors)
            return f"{named} [{t.get('et_al')}]" if cut_short and named else named  # the source's "и др."
        kept = ", ".join(initials_family(p) for p in authors[: self.et_al_keep])
        return f"{kept} [{t.get('et_al')}]"

    def responsibility(self, persons: list[Person], t: Terms, authors_part: str = "", institution: str = "") -> str:
        statements = [authors_part] if authors_part else []
        for role, term, nominative_term in _ROLE_TERMS:
            named = [p for p in persons if p.role == role]
            if not named:
                continue
            if nominative_term and not all(as_written(p) is not p for p in named):
                statements.append(f"{t.get(nominative_term)} {', '.join(initials_family(p) for p in named)}")
            else:
                statements.append(f"{t.get(term)} {', '.join(initials_family(as_written(p)) for p in named)}")
        if institution:
            statements.append(institution)
        return " ; ".join(statements)

    def volume_count(self, entry: Entry, count: str, t: Terms) -> str:
        return f" : {t.get(volumes_term(entry), count)}" if count else ""

    def title_area(self, entry: Entry, authors: list[Person], in_heading: list[Person], t: Terms) -> str:
        title = entry.title.value if entry.title else ""
        site, work = website(entry)
        if work is not None:  # a page of a work on a site: "Общее заглавие. Заглавие части // Сайт"
            common = work.value + (f" : {entry.host.subtitle.value}" if entry.host and entry.host.subtitle else "")
            title = then(common, title)
        elif is_volume_of_set(entry) and entry.host is not None and entry.host.title is not None:
            # "Сочинения : в 12 т. Т. 7 : Наполеон": the set, its extent, the volume, the volume's title
            the_set = entry.host.title.value + (f" : {entry.host.subtitle.value}" if entry.host.subtitle else "")
            the_set += self.volume_count(entry, entry.host.number_of_volumes or entry.number_of_volumes, t)
            volume = numbered(t, "volume", entry.volume) if entry.volume else ""
            title = then(the_set, volume) + (f"{self.volume_title_sep}{title}" if title else "")
            title += f" : {entry.subtitle.value}" if entry.subtitle is not None else ""
        elif entry.volume and entry.type not in _ANALYTIC:  # "Собрание сочинений : в 10 т. Т. 5"
            title += f" : {entry.subtitle.value}" if entry.subtitle is not None else ""
            title = then(title + self.volume_count(entry, entry.number_of_volumes, t), numbered(t, "volume", entry.volume))
        else:
            title += f" : {entry.subtitle.value}" if entry.subtitle is not None else ""
            title += self.volume_count(entry, entry.number_of_volumes, t)
        if entry.genre and not (entry.type == EntryType.REPORT and entry.number):  # (a numbered report's is in the series)
            key = entry.genre.strip().lower()
            title += f" : {t.get('thesis_' + key) if key in THESIS_KEYS else entry.genre}"
        if entry.part:
            title = then(title, numbered(t, "book" if entry.extra.get(Extra.PART_UNIT) == "book" else "part", entry.part))
        statement = self.responsibility(
            entry.persons,
            t,
            self.authors_statement(authors, in_heading, t, entry.extra.get(Extra.ET_AL) == "true"),
            self.institution_statement(entry),
        )
        return f"{title} / {statement}" if title and statement else title

    def host_area(self, entry: Entry, t: Terms) -> str:
        host = entry.host
        site, work = website(entry)
        if site is not None and (host is None or site is not host.title):  # the site named as publisher
            return site.value
        if host is None or host.title is None:
            return ""
        text = host.title.value
        if host.subtitle is not None:
            text += f" : {host.subtitle.value}"
        if not self.host_volume_after_date and host.volume and entry.type != EntryType.ARTICLE:
            text = then(text, numbered(t, "volume", host.volume))
        statement = self.responsibility(host.persons, t, ", ".join(
            initials_family(p) for p in host.persons if p.role == Role.AUTHOR))
        return f"{text} / {statement}" if statement else text

    def host_volume(self, entry: Entry, t: Terms) -> str:
        host = entry.host
        if host is None:
            return ""
        if entry.type == EntryType.ARTICLE:
            parts = [numbered(t, "volume", host.volume) if host.volume else "", t.get("issue", host.issue) if host.issue else ""]
            text = ", ".join(p for p in parts if p)
            return text[:1].upper() + text[1:]  # an area opens with a capital: "No. 4", "Vol. 12, no. 3"
        if self.host_volume_after_date and host.volume:
            return numbered(t, "volume", host.volume)
        return ""

    def publication(self, entry: Entry, t: Terms) -> str:
        year = year_text(entry.date)
        if entry.type == EntryType.ARTICLE or entry.type == EntryType.WEBPAGE:
            return year
        places = " ; ".join(place_name(p) for p in entry.places)
        text = places
        publisher = self.publisher_name(entry)
        if publisher:
            text = f"{text} : {publisher}" if text else publisher
        if year:
            text = f"{text}, {year}" if text else year
        return text

    @staticmethod
    def issue_date(entry: Entry, t: Terms) -> str:
        """A newspaper issue's day after its year ("— 1937. — 5 марта."): an article dated to the day."""
        d = entry.date
        if entry.type != EntryType.ARTICLE or d is None or not (d.year and d.month and d.day) or d.end_year:
            return ""
        return t.get("day_month", str(d.day), t.get(f"month_{d.month}"))

    def publisher_name(self, entry: Entry) -> str:
        return entry.publisher.value if entry.publisher is not None else ""

    def institution_statement(self, entry: Entry) -> str:
        """The issuing body in the statement of responsibility (a university for a dissertation)."""
        return entry.institution.value if entry.institution is not None else ""

    def extent(self, entry: Entry, t: Terms, analytic: bool) -> str:
        if entry.pages is not None:
            unit = "column" if entry.pages.unit == "column" else "page"
            if entry.pages.last:
                return t.get(f"{unit}_range", entry.pages.first, entry.pages.last)
            return t.get(unit, entry.pages.first)
        if entry.page_total and not analytic:
            total = t.get("page_total", entry.page_total)
            return f"{total} : {t.get('illustrated')}" if entry.illustrated else total
        return ""

    def series(self, entry: Entry) -> str:
        """``(Библиотека ; 7)``; a numbered report's kind and number take the series' place
        (``(NBER Working Paper ; 4509)``)."""
        series = []
        if entry.series is not None:
            number = f" ; {entry.series_number}" if entry.series_number else ""
            series.append(f"({entry.series.value}{number})")
        if entry.type == EntryType.REPORT and entry.number:
            series.append(f"({entry.genre} ; {entry.number})" if entry.genre else f"(№ {entry.number})")
        return " ".join(series)

    def electronic(self, entry: Entry, t: Terms) -> str:
        """``URL: … (дата обращения: 06.01.2012 ; архивировано 14.03.2012 в Wayback Machine)``.

        The dates are kept when the data has no address: they still tell which
        state of an online resource the reference describes.
        """
        notes = []
        if entry.accessed is not None and not entry.accessed.is_empty():
            notes.append(t.get("accessed", numeric_date(entry.accessed)))
        if entry.archived is not None and not entry.archived.is_empty():
            when = numeric_date(entry.archived)
            notes.append(t.get("archived_in", when, entry.archive) if entry.archive else t.get("archived", when))
        suffix = f"({' ; '.join(notes)})" if notes else ""
        if not entry.url:
            return suffix
        return t.get("url", entry.url) + (f" {suffix}" if suffix else "")

    # -- order and citations -----------------------------------------------------
    def sort_key(self, entry: Entry) -> Any:
        authors = entry.authors
        first = authors[0] if authors and len(authors) <= 3 else None
        title = entry.title.value if entry.title else ""
        family, given = sort_name(first) if first else (title, "")
        lead = family or title
        return (sort_key(lead)[0], sort_key(family), sort_key(given), sort_key(title), entry.year or 0)

    def cite(self, entry: Entry, locator: str | None = None, number: int | None = None, **options: Any) -> str:
        """``[1, с. 25]``; with ``form="author-year"`` ``(Рашкевиц, 1973, с. 25)``."""
        t = self.terms_for(entry)
        where = t.get("locator_page", locator) if locator else ""
        if options.get("form") == "author-year":
            authors = entry.authors
            if not authors:
                who = entry.title.value if entry.title else ""
            elif len(authors) > 3:
                who = f"{authors[0].family or authors[0].literal} [{t.get('et_al')}]"
            else:
                who = ", ".join(p.family or p.literal for p in authors)
            parts = [who, year_text(entry.date), where]
            return "(" + ", ".join(p for p in parts if p) + ")"
        if number is None:
            raise ValueError("a numeric citation needs the entry's number in the list")
        return f"[{number}, {where}]" if where else f"[{number}]"


class Gost2008(Gost2018):
    """GOST R 7.0.5-2008, bibliographic references (the form biblatex-gost prints by default)."""

    name = "gost-r-7.0.5-2008"
    description = "ГОСТ Р 7.0.5-2008: bibliographic references (Russian), numbered list"
    heading_comma = False
    heading_authors = 3
    max_all_authors = 3
    et_al_keep = 1
    host_volume_after_date = False
    volume_title_sep = ". "

    def authors_statement(self, authors: list[Person], in_heading: list[Person], t: Terms, cut_short: bool = False) -> str:
        if in_heading:  # the heading already names them
            return ""
        return super().authors_statement(authors, in_heading, t, cut_short)

    # A thesis without a publisher names its university as the publisher
    # ("М. : МГУ, 1999"), as references usually do and biblatex-gost prints.
    def publisher_name(self, entry: Entry) -> str:
        if entry.publisher is None and entry.type == EntryType.THESIS and entry.institution:
            return entry.institution.value
        return super().publisher_name(entry)

    def institution_statement(self, entry: Entry) -> str:
        if entry.publisher is None and entry.type == EntryType.THESIS:
            return ""
        return super().institution_statement(entry)
