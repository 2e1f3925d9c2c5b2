"""A court case cited by its reporter: "Brown v. Board of Education, 347 U.S. 483 (1954)." (CMOS 14.269–14.276,
the Bluebook): the case name, the reporter's volume, abbreviation and first page, the court and the year."""

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


class CourtCaseMixin(ReaderBase):
    """Reads a court case cited by its reporter."""

    if TYPE_CHECKING:
        def _finish(self) -> None: ...

    def _court_case(self, p0: int) -> bool:
        """Title, volume, first page and year of a reported case; False for any other reference."""
        st, e = self.st, self.e
        m = _COURT_CASE.match(st.s, p0)  # (the source: the first page may be read as a locator already)
        if m is None:
            return False
        self._set("title", *m.span("t"), consumed=True)
        _forget_inside(st, m.start(), m.end())
        st.add("volume", m.group("v"), *m.span("v"))
        st.add("pages", m.group("p"), *m.span("p"), unit="page")
        e.extra["reporter"] = st.text(*m.span("r"))
        e.spans["extra.reporter"] = Span(*m.span("r"))
        e.date = parse_date(m.group("y"))
        e.spans["date"] = Span(*m.span("y"))
        st.blank(m.start(), m.end())
        self._finish()
        return True


def _forget_inside(st: State, start: int, end: int) -> None:
    """Drop the locators read inside the case's citation ("483 (1954)" read as pages): the case reads its own."""
    st.found = [f for f in st.found if not (start <= f.start and f.end <= end)]
    st.by_kind = {}
    for f in st.found:
        st.by_kind.setdefault(f.kind, []).append(f)
