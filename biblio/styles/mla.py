"""MLA Handbook, 9th edition: the core elements in their order.

Author. Title of source. Title of container, Other contributors, Version,
Number, Publisher, Publication date, Location. — elements after the title
are joined by commas into one container block that ends with a period.
Three or more authors: the first and "et al.". Non-Latin titles and names
are romanised, the English translation follows in square brackets, the
original script may be shown in parentheses (``original_script=True``);
page ranges keep at least two digits (``pp. 101–20``).

>>> from biblio.model import Entry, EntryType, Host, Pages, Person, Text, Date
>>> e = Entry(type=EntryType.ARTICLE, title=Text("A study of things"), date=Date(2019),
...           persons=[Person("Smith", "John"), Person("Doe", "Jane")],
...           host=Host(title=Text("Journal of Things"), volume="12", issue="3"), pages=Pages("101", "120"))
>>> print(Mla().format_entry(e))
Smith, John, and Jane Doe. “A Study of Things.” Journal of Things, vol. 12, no. 3, 2019, pp. 101–20.
"""

from __future__ import annotations

import re
from typing import Any

from pybtex.style.template import field, join, optional, tag

from ..model import Date, Entry, EntryType, Extra, Person
from .base import (
    blocks,
    edition_text,
    family_given,
    given_family,
    is_volume_of_set,
    minimal_two,
    page_range,
    romanize_text,
    text_in_latin,
    thesis_kind,
    title_case,
    year_text,
)
from .chicago import kind_of, quoted
from .latin import LatinStyle

# MLA 9, 5.90: "PhD dissertation", "MA thesis".
_DEGREES = {"phdthesis": "PhD dissertation", "docthesis": "PhD dissertation", "candthesis": "PhD dissertation",
            "mathesis": "MA thesis", "bathesis": "BA thesis"}

MONTHS_MLA = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _f(name: str) -> Any:
    return field(name, raw=True)


_ROMAN = re.compile(r"[IVXLC]+")


def _given_first(person: Person) -> str:
    """``Martin Luther King, Jr.`` but ``John D. Rockefeller IV``: MLA sets off a word suffix
    with a comma in natural order, not a roman numeral."""
    return given_family(person, suffix_comma=not _ROMAN.fullmatch(person.suffix))


def mla_date(date: Date | None) -> str:
    """``1 Mar. 2024``, ``Mar. 2024`` or the year."""
    if date is None or date.year is None:
        return year_text(date)
    if date.month and date.day:
        return f"{date.day} {MONTHS_MLA[date.month - 1]} {date.year}"
    if date.month:
        return f"{MONTHS_MLA[date.month - 1]} {date.year}"
    return year_text(date)


class Mla(LatinStyle):
    name = "mla"
    repeated_creators = "———"
    co_publisher_sep = " / "
    title_before_year = True
    description = "MLA Handbook, 9th edition: author–title, romanised, English terms"

    def template_key(self, entry: Entry, fields: dict[str, str]) -> Any:
        kind = kind_of(entry)
        return "book" if kind == "thesis" else kind  # a dissertation is a book-like source

    def build_template(self, kind: Any) -> Any:
        if kind == "book":
            title = join[optional[tag("em")[_f("title")]], optional[" (", _f("original"), ")"], optional[" [", _f("title_tr"), "]"]]
            # a volume of a set names the set as its container
            container: list[Any] = [optional[tag("em")[_f("container")]]]
        else:
            title = optional[_f("qtitle")]
            container = [join[optional[tag("em")[_f("container")]], optional[" [", _f("container_tr"), "]"]]]
        # named first: mypy reads a starred tuple inside [] as 3.11-only syntax
        parts = (*container, optional[_f("contributors")], optional[_f("edition")], optional[_f("number")],
                 optional[_f("publisher")], optional[_f("date")], optional[_f("location")])
        elements = join(sep=", ")[parts]
        work = optional[tag("em")[_f("site_work")]]  # a web page's first container: the work on the site
        # MLA 9 (2.90): a republished book's original year is an optional element after its title
        first_year = optional[_f("first_year")]
        return blocks[optional[_f("creators")], title, first_year, work, elements, optional[_f("genre")], optional[_f("accessed")]]

    def fields(self, entry: Entry) -> dict[str, str]:
        t = self.terms_for(entry)
        data = self.latin(entry)
        english = data.language == "en"
        creators = self.names(data.authors, data.cut_short)
        if not creators and data.editors:
            creators = f"{self.names(data.editors, data.cut_short)}, {'editors' if len(data.editors) > 1 else 'editor'}"
        kind = kind_of(entry)
        if kind == "thesis":
            kind = "book"
        host = entry.host
        contributors = []
        if data.authors and data.editors:
            contributors.append(f"edited by {self.names_plain(data.editors)}")
        if kind == "chapter" and data.host_editors:
            contributors.append(f"edited by {self.names_plain(data.host_editors)}")
        if data.translators:
            contributors.append(f"translated by {self.names_plain(data.translators)}")
        numbers = []
        volume = host.volume if kind != "book" and host is not None else entry.volume
        in_set = kind == "book" and is_volume_of_set(entry)
        if volume:
            numbers.append(f"vol. {volume}")
        if kind == "book" and entry.part:
            numbers.append(f"pt. {entry.part}")
        if kind == "article" and host is not None and host.issue:
            numbers.append(f"no. {host.issue}")
        location = ""
        if entry.pages is not None:
            if entry.pages.unit == "column":
                prefix = "cols." if entry.pages.last else "col."
            else:
                prefix = "pp." if entry.pages.last else "p."
            location = f"{prefix} {page_range(entry.pages, minimal_two)}"
        link = self.link(entry)
        if link:
            location = f"{location}, {link}" if location else link
        contributors_text = ", ".join(contributors)
        if kind == "book" and contributors_text:
            contributors_text = contributors_text[0].upper() + contributors_text[1:]
        container = data.host_title.latin if kind != "book" or in_set else ""
        work = ""
        if kind == "webpage":  # the site is the container; a work on the site is the first one
            container, work = data.site, data.site_work.latin
        number = ", ".join(numbers)
        if kind == "book" and not container and not contributors_text and not entry.edition and number:
            number = number[0].upper() + number[1:]  # the element after the title opens a sentence: "Pt. 1"
        return {
            "creators": creators,
            "first_year": entry.extra.get(Extra.ORIGINAL_YEAR, "") if kind_of(entry) == "book" else "",
            "title": title_case(data.title.latin) if english else data.title.latin,
            "original": data.title.original,
            "title_tr": data.title.english,
            "qtitle": quoted(data.title, english),
            "container": title_case(container) if english and kind != "webpage" else container,
            "site_work": title_case(work) if english else work,
            "container_tr": data.host_title.english,
            "contributors": contributors_text,
            "edition": edition_text(entry.edition, t),
            "number": number,
            "publisher": "" if kind == "webpage" and data.site == data.publisher else self.publisher(entry, kind, data.publisher),
            "date": mla_date(entry.date),
            "location": location,
            # the access date only for undated online works (MLA 9 makes it optional otherwise)
            "accessed": f"Accessed {mla_date(entry.accessed)}"
            if (entry.url or kind == "webpage") and entry.accessed and (entry.date is None or entry.date.is_empty())
            else "",
            "genre": self.genre(entry),
        }

    def publisher(self, entry: Entry, kind: str, publisher: str) -> str:
        if kind == "article":
            return ""
        if not publisher and entry.type == EntryType.THESIS:  # a dissertation's university publishes it
            return text_in_latin(entry.institution, self.scheme())
        return publisher

    def genre(self, entry: Entry) -> str:
        """A dissertation's kind closes the entry (``Dis. … kand. ist. nauk``), as does a report's
        kind and number (``NBER Working Paper 4509``), like a series (MLA 9, 5.x optional elements)."""
        report = self.report(entry)
        if report:
            return report
        if entry.type != EntryType.THESIS or not entry.genre:
            return ""
        genre = romanize_text(thesis_kind(entry.genre, _DEGREES), self.scheme())
        return genre[:1].upper() + genre[1:]

    @staticmethod
    def names(persons: list[Person], et_al: bool = False) -> str:
        """``Smith, John``; ``Smith, John, and Jane Doe``; ``Smith, John, et al.`` (three or more,
        or a list the source cut short)"""
        if not persons:
            return ""
        if et_al:
            return f"{family_given(persons[0])}, et al."
        if len(persons) == 1:
            return family_given(persons[0])
        if len(persons) == 2:
            return f"{family_given(persons[0])}, and {_given_first(persons[1])}"
        return f"{family_given(persons[0])}, et al."

    @staticmethod
    def names_plain(persons: list[Person]) -> str:
        names = [_given_first(p) for p in persons]
        if len(names) <= 2:
            return " and ".join(names)
        return f"{names[0]} et al."

    def cite(self, entry: Entry, locator: str | None = None, number: int | None = None, **options: Any) -> str:
        """``(Falkov 101)``, ``(Smith and Doe 101)``, ``(Smith et al. 101)``; no author: the title."""
        data = self.latin(entry)
        families = [p.family or p.literal for p in (data.authors or data.editors)]
        if not families:
            who = f"“{data.title.latin}”" if kind_of(entry) != "book" else data.title.latin
        elif not data.cut_short and len(families) == 1:
            who = families[0]
        elif not data.cut_short and len(families) == 2:
            who = f"{families[0]} and {families[1]}"
        else:
            who = f"{families[0]} et al."
        return f"({who} {locator})" if locator else f"({who})"
