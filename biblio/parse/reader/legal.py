"""A court case cited by its reporter: "Brown v. Board of Education, 347 U.S. 483 (1954)." (CMOS 14.269–14.276,
the Bluebook): the case name, the reporter's volume, abbreviation and first page, the court and the year; the
British forms (OSCOLA, Cite Them Right Harvard) of a case, "Donoghue v Stevenson [1932] AC 562", and of an Act of
Parliament, "Equality Act 2010, c. 15"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Span
from ..dates import YEAR, parse_date
from ..state import State
from .base import ReaderBase

# The reporter between its volume and its first page: "U.S.", "S. Ct.", "L. Ed. 2d", "F.3d", "F. Supp. 2d",
# "N.E.2d", "Cal. Rptr."; the court and year in parentheses ("(2d Cir. 1999)", "(1954)")
_REPORTER = r"[A-Z][A-Za-z]{0,5}\.(?: ?[A-Z][A-Za-z]{0,5}\.){0,3}(?: ?\d?(?:d|th))?"
_COURT_CASE = re.compile(
    rf"(?P<t>[^,;]{{2,150}}? v\. [^;]{{2,150}}?), (?P<v>\d{{1,4}}) (?P<r>{_REPORTER}) (?P<p>\d{{1,5}})(?:, \d{{1,5}}(?:[-–]\d{{1,5}})?)?"
    rf" \((?:[^()]{{1,40}} )?(?P<y>{YEAR})\)\.?\s*$"
)


# A British case: the name (no comma before the year), the year in square brackets when the reports are numbered by
# year ("[1932] AC 562", "[1994] 1 AC 212") or in parentheses when by volume ("(1999) 48 BMLR 118"), the report
# series and its first page, or a court and the case's number in a neutral citation ("[2015] UKSC 11"); the
# court may follow in parentheses ("(HL)")
_UK_CASE = re.compile(
    rf"(?P<t>[^,;\[\]]{{1,150}}? v\.? [^,;()\[\]]{{2,150}}?),? (?:\[(?P<y>{YEAR})\]|\((?P<y2>{YEAR})\))(?: (?P<v>\d{{1,3}}))?"
    rf" (?P<r>[A-Z][A-Za-z]{{0,7}}(?: (?:[A-Z][A-Za-z]{{0,5}}|\(\w{{1,6}}\)))?) (?P<p>\d{{1,5}})(?: \((?P<c>[A-Z][A-Za-z ]{{0,12}})\))?\.?"
)
# MLA 9 (MLA Style Center) cites a case as a work of its own, its elements in sentences: "Obergefell v. Hodges.
# 576 US 644. Supreme Court of the US. 2015. Legal Information Institute, Cornell Law School, www…": the name, the
# report, the court, the year, then the database and its publisher
_MLA_CASE = re.compile(
    rf"(?P<t>[^.,;]{{1,150}}? v\. [^.;]{{2,150}}?)\. (?P<v>\d{{1,4}}) (?P<r>{_REPORTER}|US|[A-Z][A-Za-z]{{0,4}}(?: [A-Z][a-z]{{0,3}}){{0,2}}) (?P<p>\d{{1,5}})\."
    rf"(?: (?P<court>[A-Z][^.]{{2,80}})\.)? (?P<y>{YEAR})\.(?: (?P<c>[A-Z][^,.]{{2,80}})(?:, (?P<pub>[A-Z][^,.]{{2,80}}))?,?)?\.?"
)
# the courts of neutral citations: the number after them is the case's, not a page
_NEUTRAL_COURTS = ("UKSC", "UKHL", "UKPC", "UKUT", "UKFTT", "EWCA", "EWHC", "EWCOP", "CSIH", "CSOH", "NICA", "NIQB", "IESC", "IEHC")
# An Act of Parliament (or regulations, an order) cited by its short title, which holds the year, and its
# chapter or statutory instrument number: "Equality Act 2010, c. 15", "Human Rights Act 1998 (c. 42)",
# "Standards in Scotland's Schools etc. Act 2000 (asp 6)", "The Working Time Regulations 1998, SI 1998/1833"
_STATUTE = re.compile(
    rf"(?P<t>[A-Z][^,.;\[\]]{{1,150}}? (?:Act|Regulations|Order|Rules|Measure) (?P<y>{YEAR}))"
    r"(?:(?:, | \()(?P<c>(?:c\.|ch\.|asp|anaw|SI|S\.I\.) ?\d{1,4}(?:/\d{1,5})?)\)?)?\.?"
)


class CourtCaseMixin(ReaderBase):
    """Reads a court case cited by its reporter."""

    if TYPE_CHECKING:
        def _finish(self) -> None: ...
        def _set_title(self, s: int, e: int, host: bool) -> None: ...

    def _court_case(self, p0: int) -> bool:
        """Title, volume, first page and year of a reported case; False for any other reference."""
        st = self.st
        m = _COURT_CASE.match(st.s, p0)  # (the source: the first page may be read as a locator already)
        if m is None:
            return False
        self._case_citation(m, "y")
        st.blank(m.start(), m.end())
        self._finish()
        return True

    def _british_case(self, p0: int) -> bool:
        """Name, year, volume, first page and report series of a British case; False for any other reference."""
        st = self.st
        m = _UK_CASE.match(st.s, p0)
        if m is None or not _nothing_after(st, m.end()):
            return False
        self._case_citation(m, "y" if m.group("y") else "y2", pages=not m.group("r").startswith(_NEUTRAL_COURTS))
        st.blank(m.start(), m.end())
        self._finish()
        return True

    def _mla_case(self, p0: int) -> bool:
        """Name, volume, first page, year, database and publisher of a case in MLA's form; False otherwise."""
        st, e = self.st, self.e
        m = _MLA_CASE.match(st.s, p0)
        if m is None or not _nothing_after(st, m.end()):
            return False
        self._case_citation(m, "y")
        if m.group("court"):
            e.extra["court"] = st.text(*m.span("court"))
        if m.group("c"):
            self._set_title(*m.span("c"), host=True)
        if m.group("pub"):
            self._set("publisher", *m.span("pub"), consumed=True)
        st.blank(m.start(), m.end())
        self._finish()
        return True

    def _case_citation(self, m: re.Match[str], year: str, pages: bool = True) -> None:
        """What every form of a case gives: its name as the title, the report's volume, abbreviation and first
        page (a neutral citation's number is no page), and the year."""
        st, e = self.st, self.e
        self._set("title", *m.span("t"), consumed=True)
        _forget_inside(st, m.start(), m.end())
        if m.group("v"):
            st.add("volume", m.group("v"), *m.span("v"))
        if pages:
            st.add("pages", m.group("p"), *m.span("p"), unit="page")
        e.extra["reporter"] = st.text(*m.span("r"))
        e.spans["extra.reporter"] = Span(*m.span("r"))
        e.date = parse_date(m.group(year))
        e.spans["date"] = Span(*m.span(year))

    def _statute(self, p0: int) -> bool:
        """Short title, year and chapter of an Act (a document); False for any other reference."""
        st, e = self.st, self.e
        m = _STATUTE.match(st.w, p0)
        if m is None or not _nothing_after(st, m.end()):
            return False
        self._set("title", *m.span("t"), consumed=True)
        e.extra["legislation"] = st.text(*m.span("c")) if m.group("c") else m.group("t").rsplit(" ", 2)[-2]
        e.date = parse_date(m.group("y"))
        e.spans["date"] = Span(*m.span("y"))
        st.blank(m.start(), m.end())
        self._finish()
        return True


def _nothing_after(st: State, end: int) -> bool:
    """Whether only what the finders consumed (an address, an access date) and stops follow ``end``."""
    return not st.w[end:].strip(" .,")


def _forget_inside(st: State, start: int, end: int) -> None:
    """Drop the locators read inside the case's citation ("483 (1954)" read as pages): the case reads its own."""
    st.found = [f for f in st.found if not (start <= f.start and f.end <= end)]
    st.by_kind = {}
    for f in st.found:
        st.by_kind.setdefault(f.kind, []).append(f)
