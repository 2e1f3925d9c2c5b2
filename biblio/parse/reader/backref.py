"""A note that stands for a work cited before: "Ibid., 45.", "Там же. С. 12.", "Turpat, 45. lpp.",
"Smith, op. cit., p. 4.", "Иванов И. И. Указ. соч. С. 5.".

Such a line names no work of its own. The reader marks it (``Extra.BACK_REFERENCE``: "ibid" for the
work just before, "op-cit" for the author's work cited earlier), keeps the pin-cited page, volume and
the author of an op. cit., and leaves resolving it to the list (:mod:`biblio.backrefs`).

The pin may say more than a page: "Ibid., 45, n. 3.", "Ibid., pp. 12–14 and 20.", "Там же. Т. 2.
С. 15–16.", "Turpat, 2. sēj., 45. lpp.", "Ibid., 45 (emphasis added).", and in legal writing "Id. at
45." (The Bluebook, rule 4.1: "Id." only in that shape). The reader keeps it as written
(``Extra.PIN``) beside its first page range, volume and note number (``Extra.PIN_NOTE``).
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


def _marker_rows() -> list[tuple[str, str]]:
    """The rows of the data that are markers ("ibid", "op-cit"), not words of a pin."""
    return [(phrase, kind) for phrase, kind in back_references() if kind in ("ibid", "op-cit")]


def _words(text: str) -> str:
    """A fixed piece of a pin word as a pattern: the first letter either case, a space optional."""
    pattern = re.escape(text).replace(r"\ ", r"\s?")
    if text[:1].isalpha():
        pattern = f"[{text[0].upper()}{text[0].lower()}]" + pattern[1:]
    return pattern


_NUMS = r"\d{1,5}(?:[-–]\d{1,5})?"


def _pin_words() -> tuple[str, str]:
    """(a note number in any of the data's forms — "n. 3", "примеч. 2", "3. piez." — with the number
    as a group, a word that joins two pages — "and", "и", "un")."""
    notes, joins = [], []
    for phrase, kind in back_references():
        if kind == "pin-note":
            before, _, after = phrase.partition("{}")
            notes.append(f"{_words(before)}({_NUMS}){_words(after)}")
        elif kind == "pin-and":
            joins.append(re.escape(phrase))
    return "|".join(notes), "|".join(joins)


_NOTE_WORDS, _JOIN_WORDS = _pin_words()
# A note number after a page without a word (CMOS 14.154: "45n3", "45nn3–4").
_NOTE_AFTER_PAGE = rf"(?<=\d)nn?({_NUMS})"
_NOTE_NUMBER = re.compile(rf"{_NOTE_WORDS}|{_NOTE_AFTER_PAGE}")
_NOTE = re.sub(r"(?<!\\)\((?!\?)", "(?:", _NOTE_WORDS)  # the same without capturing groups, for the whole pin
_FIRST = rf"(?:{_PIN}(?:nn?{_NUMS})?|{_NOTE})"
_MORE = rf"(?:(?:\s*[,;]\s*|\s+(?:{_JOIN_WORDS})\s+|\s+)(?:{_NOTE}|(?:\d{{1,3}}:)?{_NUMS}(?:nn?{_NUMS})?))*"
# A remark on the quotation after the pin: "(emphasis added)", "(курсив мой)", "[italics mine]".
_COMMENT = r"(?P<c>\s*[(\[][^()\[\]\d]{2,60}[)\]])?"
_PIN_REST = rf"[\s.,;:–—-]*(?:{_FIRST}?{_MORE}[\s.,;:]*)?"  # a first page blanked: "pp.  12–14 and 20"
# Legal writing's "Id." stands only before "at" and a pin (The Bluebook, rule 4.1): "Id. at 45 n.3."
# The list number before it is matched here: the driver skips "Id." with it, as extent takes it for a part.
_ID_AT = re.compile(rf"\s*(?:\[\d+\]|\d{{1,4}}[.)])?\s*(?P<m>[Ii]d\.)(?P<at>,? at )(?=\d){_PIN_REST}$")


def _markers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(the ibid pattern at the start, the op. cit. pattern after a head, marker folded → kind)."""
    kinds: dict[str, str] = {}
    by_kind: dict[str, list[str]] = {"ibid": [], "op-cit": []}
    for phrase, kind in sorted(_marker_rows(), key=lambda row: -len(row[0])):
        kinds[_fold(phrase)] = kind
        first, rest = phrase[0], re.escape(phrase[1:]).replace(r"\ ", r"\s?")
        if rest.endswith(r"\."):
            rest += "?"  # "Ibid" and "Op. cit" without their last period
        by_kind[kind].append(f"[{first.upper()}{first.lower()}]{rest}")
    ibid = re.compile(rf"(?P<m>{'|'.join(by_kind['ibid'])})(?![^\W\d_])" + _PIN_REST + _COMMENT + r"[\s.,;:]*$")
    op_cit = re.compile(rf"(?<![^\W\d_])(?P<m>{'|'.join(by_kind['op-cit'])})(?![^\W\d_])" + _PIN_REST + "$")
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
    for phrase, kind in _marker_rows():
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
        if m is None and "d." in self.st.s[: p0 + 3]:
            m = self._legal_id()
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
        self._read_pin(m)
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

    def _legal_id(self) -> re.Match[str] | None:
        """ "Id. at 45." as a match with the ibid's groups; the locators read in it (extent takes "Id." for a
        part) are forgotten, since the whole note is read here."""
        st = self.st
        m = _ID_AT.match(st.s)
        if m is None:
            return None
        inside = [f for f in st.found if m.start("m") <= f.start and f.end <= m.end()]
        for item in inside:
            st.found.remove(item)
            st.by_kind[item.kind].remove(item)
            if not st.by_kind[item.kind]:
                del st.by_kind[item.kind]
        return m

    def _read_pin(self, m: re.Match[str]) -> None:
        """The pin as the note writes it, up to a remark on the quotation, and the note number it cites."""
        st, e = self.st, self.e
        start = m.end("at") if "at" in m.re.groupindex else m.end("m")
        end = m.start("c") if m.groupdict().get("c") else m.end()
        start, end = _pin_bounds(st.s, start, end)
        if start >= end:
            return
        e.extra[Extra.PIN] = st.text(start, end)
        e.spans[f"extra.{Extra.PIN}"] = Span(start, end)
        note = _NOTE_NUMBER.search(st.s, start, end)
        if note is not None:
            group = next(i for i, value in enumerate(note.groups(), start=1) if value)
            e.extra[Extra.PIN_NOTE] = st.text(*note.span(group))

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


def _pin_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the separators around the pin and its closing period ("p. 3." → "p. 3";
    the period of "45. lpp." belongs to the abbreviation and stays)."""
    while start < end and text[start] in " ,.;:–—-":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    if end - start > 1 and text[end - 1] == "." and (text[end - 2].isdigit() or text[end - 2] == ")"):
        end -= 1
    return start, end


_SHORT_FAMILY = rf"(?:(?:van|von|de|du|da|di|le|la|ter|den|der) )*[{UP}][{LETTER}'’-]+(?: [{UP}][{LETTER}'’-]+)?"
_SHORT_CITE = re.compile(
    rf"(?P<a>{_SHORT_FAMILY}(?:(?:, | & | and ){_SHORT_FAMILY})*)(?: et al\.)? (?P<y>{YEAR})[a-z]?[ ,.;]*$"
)
_SHORT_CITE_NAME = re.compile(_SHORT_FAMILY)
