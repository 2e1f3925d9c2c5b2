"""The Chicago Manual of Style, 17th edition, author-date system (chapter 15).

Reference: Smith, John, and Jane Doe. 2019. "A Study." *Journal of Things*
12 (3): 101–20. Books: Author. Year. *Title* [Translation]. Place: Publisher.
Non-Latin names and titles are romanised (ALA-LC for Russian),
the original script may follow in parentheses (``original_script=True``),
English titles take headline capitalisation, page ranges are shortened as
CMOS 9.61 says.

>>> from biblio.model import Entry, EntryType, Host, Pages, Person, Text, Date
>>> e = Entry(type=EntryType.ARTICLE, title=Text("a study of things"), date=Date(2019),
...           persons=[Person("Smith", "John"), Person("Doe", "Jane")],
...           host=Host(title=Text("Journal of Things"), volume="12", issue="3"), pages=Pages("101", "120"))
>>> print(ChicagoAuthorDate().format_entry(e))
Smith, John, and Jane Doe. 2019. “A Study of Things.” Journal of Things 12 (3): 101–20.
"""

from __future__ import annotations

from typing import Any

from pybtex.style.template import field, join, optional, tag

from ..model import IN_BOOK_TYPES, Entry, EntryType, Person
from .base import (
    blocks,
    join_names,
    chicago_range,
    edition_text,
    family_given,
    given_family,
    is_volume_of_set,
    page_range,
    romanize_text,
    text_in_latin,
    thesis_kind,
    title_case,
    year_text,
)
from .latin import LatinEntry, LatinStyle, LatinTitle

# CMOS 15.51 / 14.224: "PhD diss.", "Master's thesis".
_DEGREES = {"phdthesis": "PhD diss.", "docthesis": "PhD diss.", "candthesis": "PhD diss.",
            "mathesis": "Master's thesis", "bathesis": "Bachelor's thesis"}


def _f(name: str) -> Any:
    return field(name, raw=True)


def quoted(title: LatinTitle, english_case: bool) -> str:
    """``“Title.”`` (the period inside the quotes), or ``“Title” [Translation].``"""
    if not title.latin:
        return ""
    text = title_case(title.latin) if english_case else title.latin
    extra = f" ({title.original})" if title.original else ""
    if title.english:
        return f"“{text}”{extra} [{title.english}]"
    if extra:
        return f"“{text}”{extra}"
    end = "" if text.endswith(("?", "!", ".")) else "."
    return f"“{text}{end}”"


def kind_of(entry: Entry) -> str:
    if entry.type == EntryType.ARTICLE:
        return "article"
    if entry.type == EntryType.WEBPAGE:
        return "webpage"
    if entry.type in IN_BOOK_TYPES:
        return "chapter"
    if entry.type == EntryType.THESIS:
        return "thesis"
    return "book"


class ChicagoAuthorDate(LatinStyle):
    name = "chicago-author-date"
    repeated_creators = "———"
    description = "Chicago Manual of Style, 17th edition, author-date: romanised, English terms"
    year_suffix_letters = True

    def apply_year_suffix(self, fields: dict[str, str], suffix: str) -> None:
        fields["year"] = self.year_with_suffix(fields["year"], suffix)

    def template_key(self, entry: Entry, fields: dict[str, str]) -> Any:
        return (kind_of(entry), bool(fields.get("creators")))

    def build_template(self, key: Any) -> Any:
        kind, has_creator = key
        if kind == "book":
            title = join[optional[tag("em")[_f("title")]], optional[" (", _f("original"), ")"], optional[" [", _f("title_tr"), "]"]]
            of_set = join["Vol. ", _f("set_volume"), " of ", tag("em")[_f("set_title")]]
            body = [title, optional[of_set], optional[_f("contributors")], optional[_f("edition")], optional[_f("volume")],
                    optional[_f("series")], optional[_f("publication")]]
        elif kind == "chapter":
            source = join["In ", optional[tag("em")[_f("host_title")]], optional[" [", _f("host_tr"), "]"],
                          optional[", ", _f("host_rest")]]
            body = [optional[_f("qtitle")], source, optional[_f("publication")]]
        elif kind == "article":
            body = [optional[_f("qtitle")], join[optional[tag("em")[_f("journal")]], optional[_f("jtail")]]]
        elif kind == "thesis":  # "Title." PhD diss., University.
            body = [optional[_f("qtitle")], optional[_f("thesis")]]
        else:  # web page: "Title." In *Work on the site*. Site Name. Accessed Month D, YYYY.
            body = [optional[_f("qtitle")], optional[join["In ", tag("em")[_f("site_work")]]], optional[_f("site")],
                    optional[_f("accessed")]]
        # A work without author or editor is listed by its title, the year after it.
        head = [_f("creators"), _f("year"), *body] if has_creator else [body[0], _f("year"), *body[1:]]
        return join(sep=" ")[blocks[tuple(head)], optional[_f("link")]]

    # -- fields ----------------------------------------------------------------------
    def fields(self, entry: Entry) -> dict[str, str]:
        t = self.terms_for(entry)
        data = self.latin(entry)
        english = data.language == "en"
        title = title_case(data.title.latin) if english else data.title.latin
        creators = self.names(data.authors, data.cut_short)
        if not creators and data.editors:
            creators = f"{self.names(data.editors, data.cut_short)}, {'eds' if len(data.editors) > 1 else 'ed'}"
        out = {
            "creators": creators,
            "year": year_text(entry.date) or "n.d.",
            "title": title,
            "original": data.title.original,
            "title_tr": data.title.english,
            "qtitle": quoted(data.title, english),
            "edition": edition_text(entry.edition, t),
            "link": self.link(entry),
        }
        if data.authors and data.editors:  # editors without authors stand in the author position
            out["contributors"] = f"Edited by {self.names_plain(data.editors)}"
        if data.translators:
            translated = f"Translated by {self.names_plain(data.translators)}"
            out["contributors"] = f"{out['contributors']}. {translated}" if out.get("contributors") else translated
        volume_part = []
        if is_volume_of_set(entry) and data.host_title:  # "Vol. 8 of *Set Title*"
            out["set_volume"] = entry.volume
            out["set_title"] = title_case(data.host_title.latin) if english else data.host_title.latin
        elif entry.volume and entry.type != EntryType.ARTICLE:
            volume_part.append(f"Vol. {entry.volume}")
        if entry.part:
            volume_part.append(f"Pt. {entry.part}" if not volume_part else f"pt. {entry.part}")
        out["volume"] = ", ".join(volume_part)
        series = [f"{data.series} {entry.series_number}".strip()] if data.series else []
        series.append(self.report(entry))  # "NBER Working Paper 4509", like a series
        out["series"] = ". ".join(filter(None, series))
        out["publication"] = self.publication(data) if entry.type not in (EntryType.ARTICLE, EntryType.WEBPAGE) else ""
        kind = kind_of(entry)
        if kind == "chapter":
            out.update(self.host_fields(entry, data, english, t))
        elif kind == "article":
            out.update(self.journal_fields(entry, data, english))
        elif kind == "thesis":
            genre = romanize_text(thesis_kind(entry.genre, _DEGREES), self.scheme()) if entry.genre else ""
            where = text_in_latin(entry.institution, self.scheme()) or ", ".join(data.places)
            out["thesis"] = ", ".join(filter(None, [genre[:1].upper() + genre[1:], where]))
        elif kind == "webpage":
            out["site"] = data.site
            work = data.site_work.latin
            out["site_work"] = title_case(work) if english else work
            if entry.accessed is not None and (entry.date is None or entry.date.is_empty()):
                out["accessed"] = f"Accessed {self.month_day_year(entry.accessed)}"
        return out

    @staticmethod
    def publication(data: LatinEntry) -> str:
        place = ", ".join(data.places)
        if place and data.publisher:
            return f"{place}: {data.publisher}"
        return place or data.publisher

    def host_fields(self, entry: Entry, data: LatinEntry, english: bool, t: Any) -> dict[str, str]:
        host = entry.host
        rest = []
        if data.host_editors:
            rest.append(f"edited by {self.names_plain(data.host_editors)}")
        if entry.edition:
            rest.append(edition_text(entry.edition, t))
        pages = page_range(entry.pages, chicago_range) if entry.pages else ""
        if host is not None and host.volume:
            rest.append(f"{host.volume}:{pages}" if pages else f"vol. {host.volume}")
        elif pages:
            rest.append(pages)
        host_title = title_case(data.host_title.latin) if english else data.host_title.latin
        return {"host_title": host_title, "host_tr": data.host_title.english, "host_rest": ", ".join(rest)}

    def journal_fields(self, entry: Entry, data: LatinEntry, english: bool) -> dict[str, str]:
        host = entry.host
        tail = ""
        if host is not None and host.volume:
            tail = f" {host.volume}" + (f" ({host.issue})" if host.issue else "")
        elif host is not None and host.issue:  # no volume: the year follows the issue
            year = year_text(entry.date)
            tail = f", no. {host.issue}" + (f" ({year})" if year else "")
        if entry.pages is not None:
            tail += f": {page_range(entry.pages, chicago_range)}"
        journal = title_case(data.host_title.latin) if english else data.host_title.latin
        return {"journal": journal, "jtail": tail}

    # -- names -----------------------------------------------------------------------
    @staticmethod
    def names(persons: list[Person], et_al: bool = False) -> str:
        """``Smith, John, and Jane Doe``; more than ten authors: the first seven and ``et al.``,
        as a list the source cut short ends."""
        if not persons:
            return ""
        if len(persons) > 10 or et_al:
            shown = [family_given(persons[0])] + [given_family(p) for p in persons[1:7]]
            return ", ".join(shown) + ", et al."
        names = [family_given(persons[0])] + [given_family(p) for p in persons[1:]]
        return join_names(names, two=", and ")  # the inverted first name takes the comma even for two

    @staticmethod
    def names_plain(persons: list[Person]) -> str:
        return join_names([given_family(p) for p in persons])

    # -- citations -------------------------------------------------------------------
    def cite(self, entry: Entry, locator: str | None = None, number: int | None = None, **options: Any) -> str:
        """``(Falkov 2019, 101)``, ``(Smith and Doe 2019)``, ``(Smith et al. 2019)``; with ``among=``
        the cited list, ``(Smith 2010a)`` where the list needs year suffixes."""
        data = self.latin(entry)
        families = [p.family or p.literal for p in (data.authors or data.editors)]
        if not families:
            who = f"“{data.title.latin}”" if kind_of(entry) != "book" else data.title.latin
        elif not data.cut_short and len(families) <= 3:
            who = families[0] if len(families) == 1 else (
                " and ".join(families) if len(families) == 2 else f"{families[0]}, {families[1]}, and {families[2]}")
        else:
            who = f"{families[0]} et al."
        year = self.year_with_suffix(year_text(entry.date) or "n.d.", self.suffix_for(entry, options.get("among")))
        text = f"{who} {year}"
        return f"({text}, {locator})" if locator else f"({text})"
