"""APA Style, 7th edition (Publication Manual, chapters 9–10): author–date references.

Reference: Author, A. A., & Author, B. B. (Year). *Title of work* [Translation]
(2nd ed., Vol. 8). Publisher. https://doi.org/…  A work with no author
moves its title to the author position. Titles in non-Latin scripts are
romanised (APA keeps other scripts out of the reference list), the
English translation follows in square brackets, the place of publication is
left out.

>>> from biblio.model import Entry, Person, Text, Date
>>> e = Entry(title=Text("A study of things"), persons=[Person("Smith", "John"), Person("Doe", "Jane")],
...           date=Date(2019), publisher=Text("Academic Press"))
>>> print(Apa().format_entry(e))
Smith, J., & Doe, J. (2019). A study of things. Academic Press.
"""

from __future__ import annotations

from typing import Any

from pybtex.style.template import field, join, optional, tag

from ..model import IN_BOOK_TYPES, Entry, EntryType, Extra, Person, Role
from .base import (
    THESIS_KEYS,
    blocks,
    join_names,
    edition_text,
    family_initials,
    is_volume_of_set,
    page_range,
    romanize_text,
    text_in_latin,
    thesis_kind,
    title_case,
    year_text,
)
from .latin import HOST_EDITOR_ROLES, LatinEntry, LatinStyle

# APA 7, 10.6: the description in square brackets.
_DEGREES = {"phdthesis": "Doctoral dissertation", "docthesis": "Doctoral dissertation",
            "candthesis": "Doctoral dissertation", "mathesis": "Master's thesis", "bathesis": "Bachelor's thesis"}


def _f(name: str) -> Any:
    return field(name, raw=True)


def _editors_translated(entry: Entry) -> bool:
    """APA 7 "(Ed. & Trans.)": every editor of the host translated it too."""
    assert entry.host is not None
    people = entry.host.persons
    translators = {(p.family, p.given, p.initials) for p in people if p.role == Role.TRANSLATOR}
    editors = [(p.family, p.given, p.initials) for p in people if p.role in HOST_EDITOR_ROLES]
    return bool(editors) and all(editor in translators for editor in editors)


class Apa(LatinStyle):
    name = "apa"
    description = "APA Style, 7th edition: author–date, romanised, English terms"
    allows_original_script = False
    year_suffix_letters = True
    undated_year = -1  # APA 7 (9.46): "n.d." references precede dated ones

    def apply_year_suffix(self, fields: dict[str, str], suffix: str) -> None:
        """``(2010a)``, ``(2010a, May 2)``, ``(n.d.-a)``."""
        year, sep, rest = fields["date"][1:-1].partition(", ")
        fields["date"] = f"({self.year_with_suffix(year, suffix)}{sep}{rest})"

    # -- templates -----------------------------------------------------------------
    def template_key(self, entry: Entry, fields: dict[str, str]) -> Any:
        if entry.type == EntryType.ARTICLE:
            kind = "article"
        elif entry.type == EntryType.WEBPAGE:
            kind = "webpage"
        elif entry.type in IN_BOOK_TYPES:
            kind = "chapter"
        else:
            kind = "book"
        return (kind, bool(fields.get("creators")))

    def build_template(self, key: Any) -> Any:
        kind, has_creator = key
        italic_title = kind in ("book", "webpage")
        title = join[
            optional[tag("em")[_f("title")] if italic_title else _f("title")],
            optional[" ", _f("title_tr")],
            optional[" (", _f("book_details"), ")"],
            optional[" [", _f("desc"), "]"],
        ]
        if kind == "chapter":
            source = join[
                "In ",
                optional[_f("host_editors"), ", "],
                optional[tag("em")[_f("host_title")]],
                optional[" ", _f("host_tr")],
                optional[" (", _f("host_details"), ")"],
            ]
        elif kind == "article":
            source = join[
                optional[tag("em")[_f("journal")]],
                optional[_f("jnumbers")],  # ", " when there is a volume or an issue
                optional[tag("em")[_f("jvolume")]],
                optional["(", _f("jissue"), ")"],
                optional[", ", _f("jpages")],
            ]
        elif kind == "webpage":  # "In *Work on the site*. Site Name."
            source = join(sep=". ")[optional["In ", tag("em")[_f("site_work")]], optional[_f("site")]]
        else:
            source = join[""]
        tail = [source, optional[_f("publisher")]]
        link = optional[_f("link")]
        head = [_f("creators"), _f("date"), title] if has_creator else [title, _f("date")]
        # named first: mypy reads a starred tuple inside [] as 3.11-only syntax
        parts = (*head, *tail)
        return join(sep=" ")[blocks[parts], link]

    # -- fields --------------------------------------------------------------------
    def fields(self, entry: Entry) -> dict[str, str]:
        t = self.terms_for(entry)
        data = self.latin(entry)
        creators = self.names(data.authors, data.cut_short)
        if creators and entry.extra.get(Extra.HANDLE):  # APA 7 (10.15): "Obama, B. [@BarackObama]."
            creators = f"{creators} [{entry.extra[Extra.HANDLE]}]"
        if not creators and data.editors:
            creators = f"{self.names(data.editors, data.cut_short)} ({'Eds.' if len(data.editors) > 1 else 'Ed.'})"
        translators = f"{self.names_given_first(data.translators)}, Trans." if data.translators else ""
        details = [edition_text(entry.edition, t)]
        if entry.volume and entry.type != EntryType.ARTICLE:
            details.append(f"Vol. {entry.volume}")
        if entry.part:
            details.append(f"Pt. {entry.part}")
        details.append(self.report(entry, "No."))  # "(NBER Working Paper No. 4509)" (APA 7, 10.4)
        title = data.title.latin
        if is_volume_of_set(entry) and data.host_title:
            title = f"{data.host_title.latin}: Vol. {entry.volume}. {title}" if title else data.host_title.latin
            details = details[:1]
        out: dict[str, str] = {
            "creators": creators,
            "date": f"({self.date(entry)})",
            "title": title,
            "title_tr": f"[{data.title.english}]" if data.title.english else "",
            # "(I. I. Ivanov, Trans.; 2nd ed., Vol. 8)": the translator's note ends with a semicolon
            "book_details": "; ".join(filter(None, [translators, ", ".join(d for d in details if d)]))
            if entry.type not in IN_BOOK_TYPES else "",
            "desc": self.description_note(entry) or self.bracketed_description(entry),
            "publisher": self.publisher(entry, data),
            "link": self.link(entry),
        }
        original = next((n.value for n in entry.notes if n.value.startswith("(Original work published")), "")
        if not original and entry.extra.get(Extra.ORIGINAL_YEAR):
            original = f"(Original work published {entry.extra[Extra.ORIGINAL_YEAR]})"
        if original:  # APA 7 (9.41): a republished or translated work closes with its first year
            out["link"] = f"{out['link']} {original}".strip()
        if entry.type == EntryType.ARTICLE:
            out.update(self.journal_fields(entry, data))
        elif entry.type == EntryType.WEBPAGE:
            out["site"] = data.site
            out["site_work"] = data.site_work.latin
            # APA 7 (9.16): a retrieval date only for content designed to change: an undated page
            if entry.accessed is not None and not entry.accessed.is_empty() and (entry.date is None or entry.date.is_empty()):
                retrieved = f"Retrieved {self.month_day_year(entry.accessed)}"
                out["link"] = f"{retrieved}, from {out['link']}" if out["link"] else f"{retrieved}."
        else:
            out.update(self.host_fields(entry, data, t))
        return out

    @staticmethod
    def bracketed_description(entry: Entry) -> str:
        """A description the source gave in brackets ("[Tweet]", "[Press release]"), APA 7 (9.21)."""
        return next((n.value[1:-1] for n in entry.notes if n.value.startswith("[") and n.value.endswith("]")), "")

    def description_note(self, entry: Entry) -> str:
        """``[Doctoral dissertation]``; a published thesis (online) names its university inside."""
        if entry.type not in (EntryType.THESIS, EntryType.REPORT) or (entry.type == EntryType.REPORT and entry.number):
            return ""  # a numbered report names its kind beside the number
        genre = romanize_text(thesis_kind(entry.genre, _DEGREES), self.scheme()) if entry.genre else ""
        published = bool(entry.url or entry.doi) or entry.type == EntryType.REPORT
        if not published and entry.genre.strip().lower() in THESIS_KEYS:  # "[Unpublished doctoral dissertation]"
            genre = "Unpublished " + genre[:1].lower() + genre[1:]
        genre = genre[:1].upper() + genre[1:]
        institution = text_in_latin(entry.institution, self.scheme()) if published else ""
        return ", ".join(filter(None, [genre, institution]))

    def publisher(self, entry: Entry, data: LatinEntry) -> str:
        """The publisher; an unpublished thesis gives its university in that place."""
        if entry.type in (EntryType.ARTICLE, EntryType.WEBPAGE):
            return ""
        if entry.type == EntryType.THESIS and not (entry.url or entry.doi):
            return data.publisher or text_in_latin(entry.institution, self.scheme())
        if entry.type == EntryType.REPORT and entry.number:  # the issuing body publishes a numbered report
            return data.publisher or text_in_latin(entry.institution, self.scheme())
        return data.publisher

    def host_fields(self, entry: Entry, data: LatinEntry, t: Any) -> dict[str, str]:
        if not data.host_title:
            return {}
        editors = ""
        if data.host_editors:
            names = self.names_given_first(data.host_editors)
            label = "Eds." if len(data.host_editors) > 1 else "Ed."
            editors = f"{names} ({label} & Trans.)" if _editors_translated(entry) else f"{names} ({label})"
        details = [edition_text(entry.edition, t)]
        host = entry.host
        if host is not None and host.volume:
            details.append(f"Vol. {host.volume}")
        if entry.pages is not None:
            many = bool(entry.pages.last)
            if entry.pages.unit == "column":
                label = "cols." if many else "col."
            else:
                label = "pp." if many else "p."
            details.append(f"{label} {page_range(entry.pages)}")
        return {
            "host_editors": editors,
            "host_title": data.host_title.latin,
            "host_tr": f"[{data.host_title.english}]" if data.host_title.english else "",
            "host_details": ", ".join(d for d in details if d),
        }

    def journal_fields(self, entry: Entry, data: LatinEntry) -> dict[str, str]:
        host = entry.host
        volume = host.volume if host else ""
        issue = host.issue if host else ""
        journal = title_case(data.host_title.latin) if data.language == "en" else data.host_title.latin
        return {
            "journal": journal,
            "jnumbers": ", " if volume or issue else "",
            "jvolume": volume,
            "jissue": issue,
            "jpages": page_range(entry.pages) if entry.pages else "",
        }

    # -- names and dates -------------------------------------------------------------
    @staticmethod
    def names(persons: list[Person], et_al: bool = False) -> str:
        """``Smith, J., Doe, J., & Roe, R.``; more than 20: the first 19, "…", the last; a list the
        source cut short keeps its "et al." (``Smith, J., et al.``)."""
        names = [family_initials(p, comma=True) for p in persons]
        if et_al and names:
            return ", ".join(names) + ", et al."
        if len(names) > 20:
            return ", ".join(names[:19]) + ", . . . " + names[-1]
        return join_names(names, last=", & ", two=", & ")

    @staticmethod
    def names_given_first(persons: list[Person]) -> str:
        from .base import initials_family

        return join_names([initials_family(p) for p in persons], last=", & ", two=" & ")

    def date(self, entry: Entry) -> str:
        year = year_text(entry.date)
        if not year:
            return "n.d."
        d = entry.date
        # APA 7 (9.15): the exact date of a web page, of a newspaper or magazine article (an
        # article with a month but no volume) and of a press release (10.4); a journal article
        # gives the year alone
        periodical = entry.type == EntryType.ARTICLE and not (entry.host and entry.host.volume)
        release = entry.type == EntryType.REPORT and self.bracketed_description(entry).endswith(" release")
        if (entry.type == EntryType.WEBPAGE or periodical or release) and d is not None and d.month:
            from .base import MONTHS_EN

            month = MONTHS_EN[d.month - 1]
            return f"{year}, {month} {d.day}" if d.day else f"{year}, {month}"
        return year

    # -- citations ---------------------------------------------------------------------
    def cite(self, entry: Entry, locator: str | None = None, number: int | None = None, **options: Any) -> str:
        """``(Rashkevits, 1973, p. 25)``, ``(Smith & Doe, 2019)``, ``(Smith et al., 2019)``;
        with ``among=`` the cited list, ``(Smith, 2010a)`` where the list needs year suffixes."""
        data = self.latin(entry)
        lead = data.authors or data.editors
        families = [p.family or p.literal for p in lead]
        if not families:
            who = data.title.latin
        elif not data.cut_short and len(families) == 1:
            who = families[0]
        elif not data.cut_short and len(families) == 2:
            who = f"{families[0]} & {families[1]}"
        else:
            who = f"{families[0]} et al."
        parts = [who, self.year_with_suffix(self.date(entry).split(",")[0], self.suffix_for(entry, options.get("among")))]
        if locator:
            parts.append(f"{'pp.' if '–' in locator or '-' in locator else 'p.'} {locator}")
        return "(" + ", ".join(parts) + ")"
