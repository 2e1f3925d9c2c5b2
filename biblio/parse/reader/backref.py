"""A note that stands for a work cited before: "Ibid., 45.", "Там же. С. 12.", "Turpat, 45. lpp.",
"Smith, op. cit., p. 4.", "Иванов И. И. Указ. соч. С. 5.".

Such a line names no work of its own. The reader marks it (``Extra.BACK_REFERENCE``: "ibid" for the
work just before, "op-cit" for the author's work cited earlier), keeps the pin-cited page, volume and
the author of an op. cit., and leaves resolving it to the list (:mod:`biblio.backrefs`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Extra, Person, Span
from ..dates import YEAR, parse_date
from ..names import LETTER, UP
from ..vocab import back_references
from .base import ReaderBase

# The pin that may follow the marker once the labelled locators are blanked: "45", "45–47", "2:118".
_PIN = r"(?:(?P<v>\d{1,3}):)?(?P<p>\d{1,5})(?:[-–](?P<q>\d{1,5}))?"
_REST = rf"[\s.,;:–—-]*(?:{_PIN}[\s.,;:]*)?$"

def _markers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(the ibid pattern at the start, the op. cit. pattern after a head, marker folded → kind)."""
    kinds: dict[str, str] = {}
    by_kind: dict[str, list[str]] = {"ibid": [], "op-cit": []}
    for phrase, kind in sorted(back_references(), key=lambda row: -len(row[0])):
        kinds[_fold(phrase)] = kind
        first, rest = phrase[0], re.escape(phrase[1:]).replace(r"\ ", r"\s?")
        if rest.endswith(r"\."):
            rest += "?"  # "Ibid" and "Op. cit" without their last period
        by_kind[kind].append(f"[{first.upper()}{first.lower()}]{rest}")
    ibid = re.compile(rf"(?P<m>{'|'.join(by_kind['ibid'])})(?![^\W\d_])" + _REST)
    op_cit = re.compile(rf"(?<![^\W\d_])(?P<m>{'|'.join(by_kind['op-cit'])})(?![^\W\d_])" + _REST)
    return ibid, op_cit, kinds


def _fold(marker: str) -> str:
    return marker.casefold().replace(" ", "").rstrip(".")


# A family name alone before a comma, as short notes write the author: "Smith, op. cit."
_FAMILY_ONLY = re.compile(rf"[{UP}][{LETTER}'’-]+(?: [{UP}][{LETTER}'’-]+)?(?=\s*,)")


_IBID, _OP_CIT, _KINDS = _markers()


def _cheap_tests() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first two letters an ibid starts with, and a piece of each op. cit. marker, which stands near
    the end of its note: tests far cheaper than the patterns, which most references need not run."""
    starts, ends = set(), []
    for phrase, kind in back_references():
        if kind == "ibid":
            starts |= {phrase[:2], phrase[0].lower() + phrase[1]}
        else:
            last = phrase.rstrip(".").split()[-1]
            ends.append(last if len(last) >= 3 else phrase[1:].rstrip("."))
    return frozenset(starts), tuple(dict.fromkeys(ends))


_IBID_STARTS, _OP_CIT_ENDS = _cheap_tests()
_NOTE_TAIL = 60  # an op. cit. marker is followed by a pin at most


class BackReferenceMixin(ReaderBase):
    """Reads a note that stands for a work cited before."""

    if TYPE_CHECKING:  # the other sections' methods, for the type checker
        def _finish(self) -> None: ...
        def _head_persons(self, p0: int, names: bool = True) -> int: ...

    def _back_reference(self, p0: int) -> bool:
        """Mark "Ibid., 45." / "Smith, op. cit., p. 4." and read their pin and author; False for any other reference."""
        w = self.st.w
        m = _IBID.match(w, p0) if w[p0 : p0 + 2] in _IBID_STARTS else None
        if m is None:
            tail = w[-_NOTE_TAIL:]
            if not any(end in tail for end in _OP_CIT_ENDS):
                return False
            m = _OP_CIT.search(w, p0)
            head = w[p0 : m.start()] if m else ""
            if m is None or not head.strip(" ,.") or len(head) > 120 or any(c.isdigit() for c in head):
                return False
        kind = _KINDS.get(_fold(m.group("m")), "ibid")
        self._mark_back_reference(kind, m)
        if kind == "op-cit":
            self._op_cit_head(p0, m.start())
        self._finish()
        self.e.warnings = [d for d in self.e.warnings if d.code != "no-year"]  # the work cited before has the year
        return True

    def _mark_back_reference(self, kind: str, m: re.Match[str]) -> None:
        st, e = self.st, self.e
        e.extra[Extra.BACK_REFERENCE] = kind
        e.spans[f"extra.{Extra.BACK_REFERENCE}"] = Span(*m.span("m"))
        if m.group("v"):
            st.add("volume", m.group("v"), *m.span("v"))
        if m.group("p") and "pages" not in st.by_kind:
            end = m.end("q") if m.group("q") else m.end("p")
            st.add("pages", m.group("p"), m.start("p"), end, last=m.group("q") or "", unit="page")
        st.blank(m.start(), m.end())
        e.warn("back-reference", f"“{m.group('m')}” stands for a work cited before", Span(*m.span("m")), "info")

    def _op_cit_head(self, p0: int, marker: int) -> None:
        """The author before "op. cit." and, between them, the short title some notes add."""
        end = self._family_only(p0, marker)  # notes name "Smith," not "Smith, John," before a short title
        if end == p0:
            end = self._head_persons(p0)
        if end < marker and self.st.w[end:marker].strip(" ,.;:"):
            self._set("title", end, marker)

    def _family_only(self, p0: int, marker: int) -> int:
        m = _FAMILY_ONLY.match(self.st.w, p0, marker)
        if m is None:
            return p0
        self.persons.append(Person(family=m.group(), span=Span(*m.span())))
        self.st.blank(*m.span())
        return m.end()

    def _short_cite(self, p0: int) -> bool:
        """A short cite ({{sfn}}, {{harvnb}}, author-date notes): "Macaulay 1848, p. 312.", "Smith & Jones
        2001, pp. 4–5.", "Smith et al. 2001a, 12.": the authors' family names, the year and the pin of a
        work listed in full elsewhere. Called once the pin is read; False for any other reference."""
        st = self.st
        m = _SHORT_CITE.match(st.w, p0) if len(st.w) - p0 < 160 else None
        if m is None:
            return False
        for name in _SHORT_CITE_NAME.finditer(st.w, m.start("a"), m.end("a")):
            self.persons.append(Person(family=name.group(), span=Span(*name.span())))
        self.e.date = parse_date(m.group("y"))
        self.e.spans["date"] = Span(*m.span("y"))
        st.blank(m.start(), m.end())
        self._finish()
        return True


_SHORT_FAMILY = rf"(?:(?:van|von|de|du|da|di|le|la|ter|den|der) )*[{UP}][{LETTER}'’-]+(?: [{UP}][{LETTER}'’-]+)?"
_SHORT_CITE = re.compile(
    rf"(?P<a>{_SHORT_FAMILY}(?:(?:, | & | and ){_SHORT_FAMILY})*)(?: et al\.)? (?P<y>{YEAR})[a-z]?[ ,.;]*$"
)
_SHORT_CITE_NAME = re.compile(_SHORT_FAMILY)
