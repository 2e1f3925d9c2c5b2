"""The reader's shared state: what every section reads and records, and the two recording helpers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Date, Host, Person, Span, Text
from ..areas import PubArea
from ..dates import parse_date
from ..normalize import normalize, strip_quotes
from ..state import State
from .text import _HAS_ALNUM, _publisher_name


class ReaderBase:
    """What the sections of the reader share: the working text, the entry, and the pieces found so far."""

    def __init__(self, st: State) -> None:
        self.st = st
        self.e = st.entry
        self.persons: list[Person] = []
        self.host_persons: list[Person] = []
        self.apa_date: tuple[int, int] | None = None
        self.host_lo: int | None = None  # host marker start
        self.host_body: int | None = None
        self.subtitle_span: tuple[int, int] | None = None
        self.host_title_hi = st.n
        self.host_gost = False  # "//": the host title runs to its area's end, periods and all
        self.host_named_to: int | None = None  # a periodical's name then its series or subtitle, a stop between
        self.harvard = False
        self.issue_day: tuple[int, int] | None = None  # a newspaper's "17 March" after an author-date year
        self.original_year: tuple[int, int] | None = None  # a lone year sentence after the title
        self.area: PubArea | None = None

    if TYPE_CHECKING:  # the sections call one another; mypy finds those methods here, Python in the mixins
        def _trailing_imprint(self) -> None: ...
        def _issue_day(self, date: Date) -> None: ...
        def _set_title(self, s: int, e: int, host: bool) -> None: ...
        def _responsibility(self, lo: int, hi: int, host: bool) -> int: ...
        def _pub(self, area: PubArea) -> None: ...

    # -- helpers ---------------------------------------------------------------------
    def _set(self, name: str, s: int, e: int, consumed: bool = False) -> None:
        """Set a Text field (dotted for the host) from the source span ``[s, e)`` (which may start ``consumed``)."""
        st = self.st
        ts, te = st.trim(s, e, " ,;:/")
        if consumed:
            ts = st.trim(s, te, " ,;:/", blanked=False)[0]
        s, e = (ts, te) if te > ts else st.trim(s, e, " ,;:/", blanked=False)  # a span already consumed
        if e <= s:
            return
        value = st.text(s, e)
        if name.endswith("title") or name == "publisher":
            inner = strip_quotes(value)
            if name == "publisher":
                inner = _publisher_name(inner)
            if inner != value:
                normal = normalize(inner)
                found = st.s.find(normal, s, e) if inner else -1
                if found != -1:
                    s, e = found, found + len(normal)
                value = inner
        if not value or not _HAS_ALNUM.search(value):
            return  # (": [сайт]." once the bracketed note is taken: no title or subtitle is left)
        text = Text(value)
        if name.startswith("host."):
            if self.e.host is None:
                self.e.host = Host()
            setattr(self.e.host, name[5:], text)
        else:
            setattr(self.e, name, text)
        self.e.spans[name] = Span(s, e)
        st.blank(s, e)

    def _dated_edition_found(self, m: re.Match[str]) -> None:
        """A dated edition ("Fall 2017 Edition", groups "ed" and "y"): the entry's edition, and its year dates the
        entry when nothing else does; the match is consumed."""
        if not self.e.edition:
            self.e.edition = self.st.text(*m.span("ed"))
            self.e.spans["edition"] = Span(*m.span("ed"))
        if self.e.date is None:
            self.e.date = parse_date(m.group("y"))
            self.e.spans["date"] = Span(*m.span("y"))
        self.st.blank(*m.span())

    def _note(self, s: int, e: int) -> None:
        value = self.st.text(s, e)
        if value:
            self.e.spans[f"notes[{len(self.e.notes)}]"] = Span(s, e)
            self.e.notes.append(Text(value))
