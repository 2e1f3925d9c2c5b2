"""One reference string → :class:`~biblio.model.Entry`.

The steps, each a small function over the working :class:`~.state.State`:

1. labelled pieces anywhere (ISBN, URL, DOI, archive/access dates, notes);
2. extent and locators (pages, totals, volumes, parts, issues, edition, series);
3. persons at the head (and an APA/Harvard year right after them);
4. the host item (``//``, ``In``, ``В кн.:``, after a quoted article title);
5. the publication area (place, publisher, year);
6. the title zone (title, subtitle, extra title sentences), the statement
   of responsibility after `` / `` and the host's own title and persons;
7. type, language and script, spans, and warnings for what is left over.
"""

from __future__ import annotations

import re

from ...model import Entry, Origin, Span
from ..areas import PubArea, bare_area_dash, find_pubarea, first_boundary
from ..dates import YEAR, parse_date
from ..locators import find_extent, find_identifiers
from ..names import LETTER, UP
from ..state import LIMIT, State
from .head import HeadMixin
from .host import HostMixin
from .title import TitleZoneMixin
from .responsibility import ResponsibilityMixin
from .publication import PublicationAreaMixin
from .leftovers import LeftoversMixin
from .backref import BackReferenceMixin
from .legal import CourtCaseMixin
from .text import _find_slash, _area_sep


def parse(text: str, origin: Origin | None = None) -> Entry:
    """Read one reference; see the module docstring for the steps."""
    st = State(text, LIMIT)
    entry = st.entry
    entry.origin = origin
    if not text.strip():
        entry.warn("empty", "empty reference")
        return entry
    find_identifiers(st)
    find_extent(st)
    _Reader(st).read()
    st.map_spans(entry)
    if len(text) > LIMIT:
        entry.warn("too-long", f"only the first {LIMIT} characters were parsed", Span(LIMIT, len(text)))
    return entry


_NUMBERING = re.compile(r"\s*(?:\[\d+\]|\d{1,4}[.)](?!\d))?\s*")


class _Reader(
    HeadMixin, HostMixin, TitleZoneMixin, ResponsibilityMixin, PublicationAreaMixin, LeftoversMixin, BackReferenceMixin,
    CourtCaseMixin,
):
    """Reads the areas of one reference once the labelled pieces are consumed."""

    # -- driver -----------------------------------------------------------------
    def read(self) -> None:
        st = self.st
        p0 = _skip_numbering(st.w)
        st.blank(0, p0)  # "1." / "[2]" list numbering
        if self._newspaper_issue(p0) or self._back_reference(p0):
            return
        if "pages" in st.by_kind and self._short_cite(p0):
            return
        if " v. " in st.w and self._court_case(p0):
            return
        if (" v " in st.w or " v. " in st.w) and self._british_case(p0):
            return
        if " v. " in st.w and self._mla_case(p0):
            return
        if (" Act " in st.w or "Regulations " in st.w or " Order " in st.w) and self._statute(p0):
            return
        p1 = self._head_persons(p0)
        p1 = self._editor_sentence(p1)
        self._find_host(p1)
        hi = self.host_lo if self.host_lo is not None else st.n
        resp = _find_slash(st.w, p1, hi)
        if self.host_body is not None:
            host_title_end = self._host_head(self.host_body)
            if self.host_gost and "part" in st.by_kind:
                self._periodical_books(host_title_end)
            if "volume" in st.by_kind and "series" not in st.by_kind:
                host_title_end = self._series_before_volume(host_title_end)
            floor, lo = host_title_end, host_title_end
        else:
            fb = first_boundary(st.w, p1, st.n)
            sep = _area_sep(st.w, p1, fb) if fb is not None and "  - " in st.w else None  # "в 22 т. — М."
            bare = bare_area_dash(st.w, p1, fb) if fb is not None and resp is None else None  # "Заглавие – Москва : …"
            floor = min(x for x in (fb, resp, sep, bare, st.n) if x is not None)
            lo = p1
        area = find_pubarea(st, floor, st.n, lo) if self.apa_date is None else None
        if area is None and self.host_body is not None and self.apa_date is None and self._online_copy():
            area = self._imprint_before_host(p1)
        self._paren_roles(p1)
        self.area = area
        title_hi = min(x for x in (resp, self.host_lo, area.start if area and area.start >= p1 else None, st.n) if x is not None)
        if area is None and self.host_lo is None and ". - " in st.w:
            title_hi = min(title_hi, _area_sep(st.w, p1, title_hi) or title_hi)  # "… : историческая библиотека. — Электрон. дан."
        self._title_zone(p1, title_hi)
        if "sub_verbo" in st.by_kind:
            self._sub_verbo()
        if resp is not None:
            rhi = min(x for x in (self.host_lo, area.start if area and area.start > resp else None, _area_sep(st.w, resp, hi), hi) if x is not None)
            self._responsibility(resp + 1, rhi, host=False)
        if area is not None:
            if area.resp is not None:
                self._responsibility(area.resp[0], area.resp[1], host=False)
            self._pub(area)
        self._leftovers()
        self._finish()

    def _online_copy(self) -> bool:
        """GOST 7.0.100-2018 cites a printed book read on a site or in an electronic library by its own
        imprint, then "– Текст : электронный // Site : [сайт]. – URL: …": the "//" names the site, not a host."""
        lo = self.host_lo if self.host_lo is not None else 0
        return any(n.end <= lo and "электронный" in n.value for n in self.st.all("note"))

    def _imprint_before_host(self, p1: int) -> PubArea | None:
        st = self.st
        assert self.host_lo is not None
        fb = first_boundary(st.w, p1, self.host_lo)
        resp = _find_slash(st.w, p1, self.host_lo)
        floor = min(x for x in (fb, resp, self.host_lo) if x is not None)
        area = find_pubarea(st, floor, self.host_lo, p1)
        if area is None or not st.w[: area.start].rstrip().endswith("-"):
            return None  # the imprint is an area of its own, after the area dash (not a date inside "[принят … 2005 года]")
        return area

    def _newspaper_issue(self, p0: int) -> bool:
        """A newspaper's issue cited whole: '"Правда", 1937, 5 марта.', 'Cīņa, 1945, 12. maijā.' The
        newspaper is the host of an untitled entry; the day and month make it an issue, not a book."""
        st, w = self.st, self.st.w
        m = _NEWSPAPER_ISSUE.match(w, p0) if w.count(",") <= 2 else None
        if m is None:
            return False
        date = parse_date(m.group("d").rstrip("."))
        if date is None or date.day is None or date.month is None:
            return False
        self._set_title(*m.span("t"), host=True)
        self.host_lo = p0
        self.e.date = date
        self.e.spans["date"] = Span(*m.span("d"))
        st.blank(m.start("d"), m.end())
        self._finish()
        return True


# a newspaper and the date of its issue, nothing else: '"Правда", 1937, 5 марта.', '"Известия", 12 апреля 1961 г.'
_NEWSPAPER_ISSUE = re.compile(
    rf'(?P<t>"[^"]{{1,60}}"|[{UP}][{LETTER} -]{{1,40}}?),? (?P<d>(?:{YEAR}\.?,? )?\d{{1,2}}\.? [{LETTER}]+\.?(?:,? {YEAR})?)(?: г\.)?\.?$'
)

_PARTICLE = re.compile(r"(?:van|von|de|der|den|da|di|du|la|le|ter|ten|del|dos|des|d')(?=[ ']|$)")  # "1. van Dijk, T."


def _skip_numbering(w: str) -> int:
    m = _NUMBERING.match(w)
    if m and w[m.end() : m.end() + 1].islower() and not _PARTICLE.match(w, m.end()):
        return 0  # "18. novembris – …": a date or an ordinal that opens the title, not a list number
    return m.end() if m else 0
