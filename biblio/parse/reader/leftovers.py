"""Leftovers and fields: what is left over becomes notes and warnings; type, language and script."""

from __future__ import annotations

import re

from ...model import Entry, Extra, Host, Pages, Person, Span, Text
from ..dates import YEAR, parse_date
from ..areas import PubArea, is_known_place
from ..kinds import classify
from ..lang import detect_language, detect_script
from ..names import LETTER, UP
from ..state import Found
from ..vocab import mononyms
from .base import ReaderBase
from .text import _RUN, _HAS_ALNUM


class LeftoversMixin(ReaderBase):
    """Turns what is left into notes and warnings, and sets the derived fields."""

    # -- leftovers and fields ----------------------------------------------------------
    def _leftovers(self) -> None:
        st, w = self.st, self.st.w
        if self.apa_date is not None and self.e.date is None:
            date = parse_date(st.slice(*self.apa_date))
            if date:
                self.e.date = date
                self.e.spans["date"] = Span(*self.apa_date)
                if self.issue_day is not None and date.month is None:
                    self._issue_day(date)
        if " ed" in w or " Ed" in w:
            self._season_edition()
        if self.e.publisher is None and not self.e.places:
            self._trailing_imprint()
            w = st.w
        if not self.e.places and self.area is None and ". - " in st.s:
            self._undated_place()
            w = st.w
        if self.area is not None and self.area.date is not None and "series" not in st.by_kind and _HAS_ALNUM.search(w, self.area.end):
            self._closing_series(self.area.end)
            w = st.w
        for m in _RUN.finditer(w) if _HAS_ALNUM.search(w) else ():
            text = m.group(0).strip(" .,;:()[]\"'-/")
            if _HAS_ALNUM.search(text):
                self.e.warn("unparsed-remainder", f"not understood: {st.text(*m.span())!r}", Span(*m.span()))

    def _undated_place(self) -> None:
        """GOST 7.0.100 gives a web site's place alone in its publication area when no date is known:
        "… : сайт. – Санкт-Петербург. – URL: …"."""
        st = self.st
        for m in _RUN.finditer(st.w):
            a, b = st.trim(*m.span(), " ,;:.-")
            if b > a and is_known_place(st.w[a:b]) and st.s[max(0, a - 2) : a] == "- " and st.s[b : b + 3] == ". -":
                self._pub(PubArea(a, b, places=[(a, b)]))
                st.blank(a, b)
                return

    def _closing_series(self, at: int) -> None:
        """MLA 9 names a book's series last, after the imprint: "…, W. W. Norton, 2000. Norton Critical Edition."."""
        st = self.st
        m = _CLOSING_SERIES.match(st.w, at)
        if m is None or self.e.places or " " not in m.group("s"):
            return  # (MLA 9 states no place; a single word is a medium, MLA 7's "Print.", or "Microfiche.")
        if any(word[:1].islower() for word in m.group("s").split() if len(word) > 3) and detect_language(m.group("s")) in (None, "en"):
            return  # an English series is a name in title case; French and others write it in sentence case ("Bibliothèque des histoires")
        found = st.add("series", st.text(*m.span("s")), *m.span("s"))
        if m.group("n"):
            found.extra["number"] = m.group("n")
        st.blank(m.start("s"), m.end("n") if m.group("n") else m.end("s"))

    def _season_edition(self) -> None:
        """An online reference work's seasonal edition left unread ("Fall 2022 ed.", "(Spring 2019 ed.)",
        MLA and Wikipedia for the Stanford Encyclopedia of Philosophy) is the edition, and its year
        dates the entry when nothing else does."""
        m = _SEASON_EDITION.search(self.st.w)
        if m is None:
            return
        self._dated_edition_found(m)

    def _finish(self) -> None:
        st, e = self.st, self.e
        kinds = st.by_kind  # most kinds are absent: a dict test, not a look-up call per kind
        _mononym_persons(self.persons)
        for i, p in enumerate(self.persons):
            p.script = detect_script(p.family)
            e.persons.append(p)
            if p.span:
                e.spans[f"persons[{i}]"] = p.span
        for kind in ("volume", "part", "issue", "number_of_volumes"):
            for f in kinds.get(kind, ()):
                in_host = self.host_lo is not None and f.start >= self.host_lo
                if kind == "issue" or (in_host and kind != "number_of_volumes"):
                    if e.host is None:
                        e.host = Host()
                    if not getattr(e.host, kind):
                        setattr(e.host, kind, f.value)
                        e.spans[f"host.{kind}"] = Span(f.start, f.end)
                elif not getattr(e, kind):
                    setattr(e, kind, f.value)
                    e.spans[kind] = Span(f.start, f.end)
                    if "unit" in f.extra:
                        e.extra[Extra.VOLUMES_UNIT] = f.extra["unit"]
                    if kind == "part" and st.s.startswith(_BOOK_WORDS, f.start):
                        e.extra[Extra.PART_UNIT] = "book"  # "Кн. 2", "Book 3": a book of the work, not a part
        if self.host_persons:
            if e.host is None:
                e.host = Host()
            for i, p in enumerate(self.host_persons):
                p.script = detect_script(p.family)
                e.host.persons.append(p)
                if p.span:
                    e.spans[f"host.persons[{i}]"] = p.span
        if "pages" in kinds:
            pages = kinds["pages"][0]
            e.pages = Pages(pages.value, pages.extra.get("last", ""), pages.extra.get("unit", "page"))
            e.spans["pages"] = Span(pages.start, pages.end)
        for kind in ("page_total", "edition", "doi", "url", "issn"):
            if kind in kinds:
                found = kinds[kind][0]
                setattr(e, kind, found.value)
                e.spans[kind] = Span(found.start, found.end)
        for i, f in enumerate(kinds.get("isbn", ())):
            e.isbns.append(f.value)
            e.spans[f"isbns[{i}]"] = Span(f.start, f.end)
        if "series" in kinds and st.text(kinds["series"][0].start, kinds["series"][0].end):  # not "( // )"
            series = kinds["series"][0]
            e.series = Text(st.text(series.start, series.end))
            e.series_number = series.extra.get("number", "")
            e.spans["series"] = Span(series.start, series.end)
        for kind in ("accessed", "archived"):
            if kind in kinds:
                found = kinds[kind][0]
                setattr(e, kind, parse_date(st.slice(found.start, found.end)))
                e.spans[kind] = Span(found.start, found.end)
                if found.extra.get("archive"):
                    e.archive = found.extra["archive"]
        if "published" in kinds and e.date is None:  # "Дата публикации: 15.05.2020.": the page's own date
            found = kinds["published"][0]
            e.date = parse_date(st.slice(found.start, found.end))
            e.spans["date"] = Span(found.start, found.end)
        if "illustrated" in kinds:
            ill = kinds["illustrated"][0]
            e.illustrated = True
            e.spans["illustrated"] = Span(ill.start, ill.end)
        for f in kinds.get("note", ()):
            self._original_work_published(f.start, f.end)
            if f.extra.get("original_year") and e.date is not None:  # a note's "(1849; repr., …, 1982)"
                e.extra["original_year"] = f.extra["original_year"]
            self._note(f.start, f.end)
        if "signature" in kinds:
            signature = kinds["signature"][0]
            e.extra["archive_signature"] = st.text(signature.start, signature.end).rstrip(".")
            e.spans["extra.archive_signature"] = Span(signature.start, signature.end)
        for kind, key in (("article_number", "number"), ("running_number", "running_number")):
            if kind in kinds:  # "Article aac4716", "вып. 5 (113)": no slot in the model
                found = kinds[kind][0]
                e.extra[key] = found.value
                e.spans[f"extra.{key}"] = Span(found.start, found.end)
        if "repository" in kinds and not e.archive:  # "ГАРФ", "ОР ГБЛ": the archive that holds the file (CSL archive)
            found = kinds["repository"][0]
            e.archive = found.value
            e.spans["archive"] = Span(found.start, found.end)
        for i, report in enumerate(kinds.get("report", ())):
            if i == 0:  # the kind is the genre (BibTeX's techreport type, CSL genre)
                e.genre, e.number = report.extra["series"], report.value
                e.spans["number"] = Span(report.start, report.end)
            else:
                self._note(report.start, report.end)  # "STD 66. RFC 3986."
        if "thesis" in kinds:
            thesis = kinds["thesis"][0]
            e.genre = thesis.value
            e.spans["genre"] = Span(thesis.start, thesis.end)
            university = st.first("university")
            if university is not None and e.publisher is not None and not e.archive:
                self._database_after_thesis(university.start)
            if university is not None and e.publisher is None:
                self._set("publisher", university.start, university.end)
            elif e.publisher is None and e.institution is not None:
                e.publisher, e.institution = e.institution, None  # a thesis's university
                e.spans["publisher"] = e.spans.pop("institution")
        if self.original_year is not None:
            self._original_year(*self.original_year)
        if "translation" in kinds:
            self._translations(kinds["translation"])
        if e.date is None:
            e.warn("no-year", "no publication year found")
        classify(e)

    def _translations(self, found: list[Found]) -> None:
        """A bracketed English translation belongs to the title it follows (the work's or the host's);
        one that follows neither stays a note."""
        e = self.e
        for f in found:
            for key in ("title", "subtitle", "host.title", "host.subtitle"):
                text, span = _text_at(e, key), e.spans.get(key)
                if text is not None and span is not None and 0 <= f.start - span.end <= 3:
                    text.translated["en"] = self.st.text(f.start, f.end)
                    break
            else:
                self._note(f.start, f.end)

    def _database_after_thesis(self, university: int) -> None:
        """APA 7 (10.6): "[Doctoral dissertation, University of Denver]. ProQuest Dissertations and
        Theses.": the university publishes the thesis, the name after it is the database that holds it."""
        e = self.e
        span = e.spans.get("publisher")
        if e.publisher is None or span is None or span.start < university:
            return
        e.archive = e.publisher.value
        e.spans["archive"] = e.spans.pop("publisher")
        e.publisher = None

    def _original_work_published(self, s: int, e: int) -> None:
        """APA 7's "(Original work published 1920)" stays a readable note; its year also goes to the
        agreed extra key, which the other styles and formats print (MLA's first year, CSL original-date)."""
        m = _ORIGINAL_WORK.fullmatch(self.st.slice(s, e))
        if m is not None and self.e.date is not None:
            self.e.extra["original_year"] = m.group("y")
            self.e.spans["extra.original_year"] = Span(s + m.start("y"), s + m.end("y"))

    def _original_year(self, s: int, e: int) -> None:
        """The year of first publication; the publication year itself when no imprint states one."""
        if self.e.date is None:
            self.e.date = parse_date(self.st.slice(s, e))
            self.e.spans["date"] = Span(s, e)
        else:
            self.e.extra["original_year"] = self.st.slice(s, e)
            self.e.spans["extra.original_year"] = Span(s, e)
        self.st.blank(s, e)


def _mononym_persons(persons: list[Person]) -> None:
    """"Montesquieu (1989) [1748].": a one-word name read as a body is a person whom catalogues enter under
    one name (``data/mononyms.txt``)."""
    for p in persons:
        if p.literal and " " not in p.literal and p.literal in mononyms():
            p.family, p.literal = p.literal, ""


def _text_at(e: Entry, key: str) -> Text | None:
    """The Text field named by a span key ("title", "host.subtitle")."""
    if key.startswith("host."):
        return getattr(e.host, key[5:]) if e.host is not None else None
    value = getattr(e, key)
    return value if isinstance(value, Text) else None


_ORIGINAL_WORK = re.compile(rf"\(Original work published (?P<y>{YEAR})\)")

_CLOSING_SERIES = re.compile(rf"[ .]*\. (?P<s>[{UP}][{LETTER}'’\-]*(?: [{LETTER}'’\-]+){{0,7}})(?:,? (?:no\. |vol\. )?(?P<n>\d{{1,4}}))?\.?[ ]*$")  # (and its number: "California Slavic Studies 15")

_SEASON_EDITION = re.compile(rf"\(?(?P<ed>(?:Spring|Summer|Fall|Autumn|Winter) (?P<y>{YEAR})) [Ee]d(?:ition|n\.?|\.)\)?")  # (Harvard "(Spring 2021 edn)")
_BOOK_WORDS = ("Кн", "кн", "Book", "book", "Bk")  # a part that is a book of the work ("Кн. 2", "Book 3")
