"""The publication area: place, publisher, year."""

from __future__ import annotations

from ...model import Place, Role, Span, Text
from ..areas import PubArea, resolve_place
from ..dates import parse_date
from ..kinds import names_reference_work
from ..names import parse_name_list
from ..normalize import strip_quotes
from ..vocab import abbreviations
from .base import ReaderBase
from .text import _HAS_LETTER, _publisher_name


class PublicationAreaMixin(ReaderBase):
    """Records the publication area found by :func:`~biblio.parse.areas.find_pubarea`."""

    # -- publication area -------------------------------------------------------------
    def _pub(self, area: PubArea) -> None:
        st = self.st
        for i, (a, b) in enumerate(area.places):
            value = st.text(a, b)
            full, lang = resolve_place(st.w[a:b])
            self.e.places.append(Place(value=value, name=full, lang=lang or None, span=Span(a, b)))
            if not lang:
                self.e.warn("unknown-place", f"place {value!r} is not in the place table; kept as written", Span(a, b), "info")
            self.e.spans[f"places[{i}]"] = Span(a, b)
        date = parse_date(st.slice(*area.date)) if area.date is not None and self.e.date is None else None
        if area.publisher is not None and st.w.startswith("By ", area.publisher[0]):
            area.publisher = self._authors_after_by(*area.publisher)
        if area.publisher is not None:
            if not area.places and self.e.host is None and (
                (date is not None and date.day) or names_reference_work(st.w[area.publisher[0] : area.publisher[1]])
                or (date is not None and date.month and self._quoted_title())  # MLA "“Can Poetry Matter?” The Atlantic, May 1991"
                or (date is not None and self._mla_page_title())  # MLA "“Climate Change.” National Geographic, 2019, education.…"
            ):
                # "Washington Post, March 3, 1999", "«Правда», 1941, 7 ноября": a book's imprint never
                # states the day, a newspaper's does; the paper is the host, not a publisher (and so is
                # an encyclopedia without a place: "“Riga.” Encyclopædia Britannica, 15th ed., 1974")
                ps, pe = area.publisher
                comma = st.w.find(",", ps, pe)
                if comma != -1 and _HAS_LETTER.search(st.w, comma, pe):
                    self._set("publisher", comma + 1, pe)  # MLA "The Columbia Encyclopedia, 6th ed., Columbia UP, 2000"
                    pe = comma
                self._set("host.title", ps, pe)
                self.host_lo = ps
            else:
                self._set("publisher", *_with_abbreviation_stop(st.s, *area.publisher))
                self._more_publishers(area)
        if date is not None and area.date is not None:
            self.e.date = date
            self.e.spans["date"] = Span(*area.date)
        st.blank(area.start, area.end)

    def _authors_after_by(self, a: int, b: int) -> tuple[int, int]:
        """MLA 9 heads an entry with its translator or editor when that is the focus and names the author
        after the title: "Grossman, Edith, translator. Don Quixote. By Miguel de Cervantes, Ecco, 2003.";
        returns where the publisher is left."""
        st, w = self.st, self.st.w
        if not self.persons or any(p.role == Role.AUTHOR for p in self.persons):
            return a, b
        persons, end, _ = parse_name_list(w, a + 3, ("initial-given-family", "initials-first", "given-family"), known_given=False)
        last = persons[-1].span if persons else None
        if len(persons) > 1 and end >= b and last is not None:
            persons.pop()  # "By Leo Tolstoy, Alfred A. Knopf, 2007": the publisher's name reads as a person's
            end = len(w[:last.start].rstrip(" ,"))
        if not persons or w[end : end + 2] != ", " or end + 2 >= b:
            return a, b
        for p in persons:
            p.role = Role.AUTHOR
        self.persons[:0] = persons
        st.blank(a, end + 2)
        return end + 2, b

    def _mla_page_title(self) -> bool:
        """MLA 9: a page's title closed inside its quotes ("“Climate Change.”") and a web address: the name
        before the date is the website, the container, not a publisher."""
        span = self.e.spans.get("title")
        if span is None or "url" not in self.st.by_kind or not self._quoted_title():
            return False
        return self.st.s[span.end : span.end + 2] == '."' or self.st.s[span.end - 1 : span.end + 1] in ('?"', '!"')

    def _quoted_title(self) -> bool:
        """Whether the title stands in quotes: the title of a part (an article, a page), not of a book."""
        span = self.e.spans.get("title")
        return span is not None and span.start > 0 and self.st.s[span.start - 1 : span.start] == '"'

    def _more_publishers(self, area: PubArea) -> None:
        """Co-publishers in other places join the publisher with the source's separator ("Леан ; Аграф")."""
        st, e = self.st, self.e
        for a, b in area.more_publishers:
            if e.publisher is not None and b > a:
                e.publisher = Text(e.publisher.value + " ; " + _publisher_name(strip_quotes(st.text(a, b))))
                st.blank(a, b)


def _with_abbreviation_stop(s: str, a: int, b: int) -> tuple[int, int]:
    """"Худож. лит., 1983": a publisher's name that ends in an abbreviation keeps its period."""
    if s[b : b + 1] != ".":
        return a, b
    space = s.rfind(" ", a, b)
    last = s[space + 1 : b].lower()
    return (a, b + 1) if last in abbreviations() else (a, b)

