"""Integrity checks: what a reviewer would find wrong in a bibliography.

:func:`check_entries` runs every check on every entry, then the checks that
need the whole bibliography (citation-key clashes, duplicates), and returns
:class:`Problem` objects. Each has a severity, a stable ``code`` that scripts
may rely on, the entry (index, key, origin file:line) and, where the source
string shows it, the span of the offending text.

Codes:

========================== ======== ===============================================
code                       severity what
========================== ======== ===============================================
isbn-length                error    not 10 or 13 digits
isbn-format                error    characters other than digits (and a final X)
isbn-checksum              error    wrong check digit (the message names the right one)
isbn-prefix                error    an ISBN-13 not starting 978 / 979
isbn-unassigned            error    group or registrant range not assigned
isbn-hyphenation           warning  hyphens where the official ranges have none
isbn-before-1967           warning  an ISBN on a book dated before ISBNs existed
year-future                error    publication year after this year
year-implausible           warning  publication year before printing (1450)
date-invalid               error    month or day out of range
date-range-reversed        error    a date range ending before it starts
accessed-before-published  error    access date before the publication date
accessed-future            error    access date after today
pages-reversed             error    first page after the last
pages-malformed            warning  a page that is neither a number nor a numeral
page-total-not-number      warning  a page total that is not a count
missing-title              warning  no title (a newspaper issue cited as a whole needs none)
back-reference             info     "Ibid." / "Там же" / "op. cit.": the entry it stands for and the pin
                                    (the span and excerpt: the pin as written, field ``extra.pin``)
dangling-back-reference    warning  such a note with no earlier entry it could stand for
missing-host               error    a chapter or encyclopedia entry without its book
missing-journal            error    an article without its journal
missing-url                warning  a web page without its address
not-nfc                    warning  text not in Unicode NFC
mixed-script               warning  Latin letters inside a Cyrillic word or the reverse
unbalanced-brackets        warning  a bracket without its pair
unbalanced-quotes          warning  a quotation mark without its pair
parse-…                    (parser) the parser's own diagnostics, code prefixed
key-clash                  error    two entries with one citation key
duplicate                  warning  the same work twice
========================== ======== ===============================================
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from . import isbn as isbnlib
from .backrefs import back_reference, describe_target, targets, with_pin
from .model import Date, Entry, EntryType, Extra, Span


@dataclass
class Problem:
    """One thing wrong with one entry."""

    severity: str  # "error" | "warning" | "info"
    code: str
    message: str
    index: int  # 0-based position of the entry in the checked list
    key: str = ""
    origin: str = ""  # "file:line"
    span: Span | None = None  # in the entry's source string
    field: str = ""
    excerpt: str = ""  # the source text under the span

    def location(self) -> str:
        # No column: the span counts in the reference, which is not the whole
        # line when a run-on section was segmented; the excerpt shows the place.
        return self.origin or f"entry {self.index + 1}"

    def __str__(self) -> str:
        key = f" ({self.key})" if self.key else ""
        excerpt = f": {self.excerpt!r}" if self.excerpt and self.excerpt not in self.message else ""
        return f"{self.location()}: {self.severity}: {self.message}{excerpt} [{self.code}]{key}"

    def to_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "index": self.index,
            "key": self.key,
            "origin": self.origin,
            "span": [self.span.start, self.span.end] if self.span else None,
            "field": self.field,
            "excerpt": self.excerpt,
        }


# A check yields (severity, code, message, span, field) for one entry.
Finding = tuple[str, str, str, "Span | None", str]
Check = Callable[[Entry, datetime.date], Iterator[Finding]]


# --- ISBN -----------------------------------------------------------------------------

_ISBN_CODES = {"length": "isbn-length", "format": "isbn-format", "checksum": "isbn-checksum",
               "prefix": "isbn-prefix", "unassigned": "isbn-unassigned"}  # fmt: skip
ISBN_INTRODUCED = 1967  # the SBN, which became ISBN-10 in 1970


def _written_isbns(entry: Entry) -> tuple[list[str], Callable[[int], Span | None]]:
    """The ISBNs an entry states, and a look-up of where the i-th shows in the source.

    The place is looked up only for a number with a problem: finding the
    numbers in the source again would cost more than checking them.
    """
    if not entry.isbns:
        matches = isbnlib.find_isbns(entry.source)
        return [m.text for m in matches], lambda i: matches[i].span
    numbers = list(entry.isbns)
    found: dict[str, Span] | None = None  # compact number → its place in the source

    def span(i: int) -> Span | None:
        nonlocal found
        given = entry.spans.get(f"isbns[{i}]")
        if given is not None:
            return given
        if found is None:
            found = {m.number: m.span for m in isbnlib.find_isbns(entry.source)}
        return found.get(isbnlib.compact(numbers[i]))

    return numbers, span


def check_isbns(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    numbers, span = _written_isbns(entry)
    for i, number in enumerate(numbers):
        report = isbnlib.inspect(number)
        if not report.valid:
            hint = ""
            if report.suggestions:
                hint = "; did you mean " + " or ".join(isbnlib.format(s) for s in report.suggestions[:3])
            yield "error", _ISBN_CODES[report.error], f"ISBN {number}: {report.message}{hint}", span(i), "isbns"
        elif report.hyphenation_wrong:
            yield "warning", "isbn-hyphenation", f"ISBN {number} is hyphenated {report.hyphenated} officially", span(i), "isbns"
    if numbers and entry.year is not None and entry.year < ISBN_INTRODUCED:
        yield (
            "warning",
            "isbn-before-1967",
            f"an ISBN on a work dated {entry.year}, before ISBNs existed (a reprint's ISBN?)",
            span(0),
            "isbns",
        )


# --- dates ----------------------------------------------------------------------------

EARLIEST_PRINTED = 1450


def _date_problems(date: Date, today: datetime.date) -> Iterator[tuple[str, str, str]]:
    for year, month, day in ((date.year, date.month, date.day), (date.end_year, date.end_month, date.end_day)):
        if year is None:
            continue
        if month is not None and not 1 <= month <= 12:
            yield "error", "date-invalid", f"month {month} does not exist"
        elif day is not None and month is not None:
            try:
                datetime.date(year, month, day)
            except ValueError:
                yield "error", "date-invalid", f"{year}-{month:02d}-{day:02d} is not a date"
    if date.year is not None and date.end_year is not None and date.end_year < date.year:
        yield "error", "date-range-reversed", f"the range {date.year}–{date.end_year} ends before it starts"


def _may_be_wrong(date: Date) -> bool:
    """Whether :func:`_date_problems` has anything to look at: a month or an end (most dates are a year)."""
    return date.month is not None or date.end_year is not None


def _as_date(date: Date, latest: bool = False) -> datetime.date | None:
    """The earliest (or latest) day a possibly partial date can mean."""
    if date.year is None or not 1 <= date.year <= 9999:
        return None
    month = date.month if date.month and 1 <= date.month <= 12 else (12 if latest else 1)
    day = date.day or (calendar.monthrange(date.year, month)[1] if latest else 1)
    try:
        return datetime.date(date.year, month, day)
    except ValueError:
        return None


def _show(date: Date) -> str:
    """A date as precise as it was given: 2012, 2012-01, 2012-01-06."""
    shown = f"{date.year}"
    if date.month is not None:
        shown += f"-{date.month:02d}"
        if date.day is not None:
            shown += f"-{date.day:02d}"
    return shown


def check_dates(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    span = entry.spans.get("date")
    if entry.date is not None:
        year = entry.date.year
        if year is not None and year > today.year:
            yield "error", "year-future", f"published in {year}, after this year", span, "date"
        elif year is not None and year < EARLIEST_PRINTED and entry.type is not EntryType.DOCUMENT:
            yield "warning", "year-implausible", f"published in {year}, before printing", span, "date"
        if _may_be_wrong(entry.date):
            for severity, code, message in _date_problems(entry.date, today):
                yield severity, code, message, span, "date"
    if entry.accessed is not None:
        accessed_span = entry.spans.get("accessed")
        for severity, code, message in _date_problems(entry.accessed, today):
            yield severity, code, "access date: " + message, accessed_span, "accessed"
        accessed = _as_date(entry.accessed, latest=True)
        if accessed is not None and entry.date is not None:
            published = _as_date(entry.date)
            if published is not None and accessed < published:
                yield (
                    "error",
                    "accessed-before-published",
                    f"accessed {_show(entry.accessed)}, before it was published ({_show(entry.date)})",
                    accessed_span,
                    "accessed",
                )
        earliest = _as_date(entry.accessed)
        if earliest is not None and earliest > today:
            yield "error", "accessed-future", f"accessed {_show(entry.accessed)}, after today", accessed_span, "accessed"


# --- pages ----------------------------------------------------------------------------

_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_PAGE = re.compile(r"^[A-Za-z]{0,2}\d+[a-z]?$")  # 12, S12, A3, 12a
_PAGE_TOTAL = re.compile(r"^(?:[ivxlcdm]+\s*,\s*)?\d+(?:\s*\+\s*\d+)?$|^[ivxlcdm]+$", re.IGNORECASE)


def _roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for current, following in zip(numeral.lower(), numeral.lower()[1:] + " "):
        value = values[current]
        total += -value if following != " " and values[following] > value else value
    return total


def _page_number(page: str) -> tuple[str, int] | None:
    """("arabic" | "roman", value) or None for pages that are not plain numbers."""
    if page.isdigit():
        return "arabic", int(page)
    if _ROMAN.match(page):
        return "roman", _roman_value(page)
    return None


def check_pages(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    if entry.pages is not None:
        span = entry.spans.get("pages")
        first, last = entry.pages.first.strip(), entry.pages.last.strip()
        bad = [p for p in (first, last) if p and not (_PAGE.match(p) or _ROMAN.match(p))]
        if not first or bad:
            shown = ", ".join(repr(p) for p in bad) or "empty first page"
            yield "warning", "pages-malformed", f"page range {entry.pages} is malformed ({shown})", span, "pages"
        elif last:
            start, end = _page_number(first), _page_number(last)
            if start and end and start[0] == end[0] == "arabic" and len(last) < len(first):
                end = ("arabic", int(first[: len(first) - len(last)] + last))  # "321–28" means 321–328
            if start and end and start[0] == end[0] and start[1] > end[1]:
                yield "error", "pages-reversed", f"page range {entry.pages} starts after it ends", span, "pages"
    if entry.page_total and not _PAGE_TOTAL.match(entry.page_total.strip()):
        yield (
            "warning",
            "page-total-not-number",
            f"page total {entry.page_total!r} is not a number of pages",
            entry.spans.get("page_total"),
            "page_total",
        )


# --- fields a type needs ------------------------------------------------------------------

def _has_host(entry: Entry) -> bool:
    return entry.host is not None and entry.host.title is not None


# type → (test, severity, code, field, message) for what that type cannot do without
_NEEDS: dict[EntryType, tuple[tuple[Callable[[Entry], bool], str, str, str, str], ...]] = {
    EntryType.CHAPTER: ((_has_host, "error", "missing-host", "host", "a chapter without the book it is in"),),
    EntryType.ENCYCLOPEDIA_ENTRY: (
        (_has_host, "error", "missing-host", "host", "an encyclopedia entry without its encyclopedia"),
    ),
    EntryType.ARTICLE: ((_has_host, "error", "missing-journal", "host", "an article without its journal"),),
    EntryType.WEBPAGE: ((lambda e: bool(e.url), "warning", "missing-url", "url", "a web page without its address"),),
}


def _whole_issue(entry: Entry) -> bool:
    """A newspaper issue cited as a whole ('"Правда", 1937, 5 марта.'): the paper and the day, no title."""
    d = entry.date
    return entry.type is EntryType.ARTICLE and _has_host(entry) and d is not None and bool(d.day)


def check_required(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    if (entry.title is None or not entry.title.value.strip()) and not _whole_issue(entry) and not back_reference(entry):
        yield "warning", "missing-title", "no title", None, "title"
    for present, severity, code, field, message in _NEEDS.get(entry.type, ()):
        if not present(entry):
            yield severity, code, message, None, field


# --- text -----------------------------------------------------------------------------------


def _first_non_nfc(text: str) -> Span | None:
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if not unicodedata.is_normalized("NFC", word):
            return Span(match.start(), match.end())
    return None


def check_nfc(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    if entry.source and not unicodedata.is_normalized("NFC", entry.source):
        yield "warning", "not-nfc", "text is not in Unicode NFC (decomposed letters)", _first_non_nfc(entry.source), "source"
        return  # the fields were read from it; one report is enough
    for name, text in entry.texts():
        if not unicodedata.is_normalized("NFC", text.value):
            yield "warning", "not-nfc", f"{name} is not in Unicode NFC", entry.spans.get(name), name
    for person in entry.all_persons():
        for part in (person.family, person.given, person.initials, person.suffix, person.literal):
            if part and not unicodedata.is_normalized("NFC", part):
                yield "warning", "not-nfc", f"name {part!r} is not in Unicode NFC", person.span, "persons"
                break


# Letters that look alike in Latin and Cyrillic: the usual slips of a writer
# switching keyboard layouts (or of OCR).
_LATIN_LOOKALIKES = "AaBCcEeHKMOoPpTXxYyi"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНКМОоРрТХхУуі"
_TO_CYRILLIC = dict(zip(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES))
_TO_LATIN = dict(zip(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES))
_WORD = re.compile(r"[^\W\d_]+")
_ANY_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_ANY_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _script_of(char: str) -> str | None:
    name = unicodedata.name(char, "")
    if name.startswith("CYRILLIC"):
        return "Cyrl"
    if name.startswith("LATIN"):
        return "Latn"
    return None


def mixed_script_words(text: str) -> Iterator[tuple[Span, str, str | None]]:
    """(span, description, corrected word or None) for each word mixing Latin and Cyrillic letters.

    >>> [(s.slice('в Mоскве'), fix) for s, _, fix in mixed_script_words('в Mоскве')]
    [('Mоскве', 'Москве')]
    """
    if not (_ANY_CYRILLIC.search(text) and _ANY_LATIN.search(text)):
        return  # one script only (most references): nothing to look at
    for match in _WORD.finditer(text):
        word = match.group()
        if not (_ANY_CYRILLIC.search(word) and _ANY_LATIN.search(word)):
            continue
        scripts = [_script_of(c) for c in word]
        cyrillic, latin = scripts.count("Cyrl"), scripts.count("Latn")
        if not cyrillic or not latin:
            continue
        majority = "Cyrl" if cyrillic > latin else "Latn" if latin > cyrillic else None
        fix: str | None = None
        if majority is not None:
            minority = "Latn" if majority == "Cyrl" else "Cyrl"
            table = _TO_CYRILLIC if majority == "Cyrl" else _TO_LATIN
            strays = [c for c, s in zip(word, scripts) if s == minority]
            if all(c in table for c in strays):
                fix = "".join(table.get(c, c) if s == minority else c for c, s in zip(word, scripts))
            names = {"Cyrl": "Cyrillic", "Latn": "Latin"}
            description = (
                f"{names[minority]} {', '.join(repr(c) for c in dict.fromkeys(strays))} "
                f"inside the {names[majority]} word {word!r}"
            )
        else:
            description = f"the word {word!r} mixes Latin and Cyrillic letters"
        yield Span(match.start(), match.end()), description, fix


def check_mixed_script(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    if entry.source:
        places: Iterable[tuple[str, str, Span | None]] = [("source", entry.source, None)]
    else:
        places = [(name, text.value, entry.spans.get(name)) for name, text in entry.texts()]
    for name, text, field_span in places:
        for span, description, fix in mixed_script_words(text):
            suggestion = f" (meant {fix!r}?)" if fix else ""
            yield "warning", "mixed-script", description + suggestion, span if name == "source" else field_span, name


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "„": "“", "“": "”"}
_CLOSERS = {")", "]", "}", "»", "“", "”"}
_QUOTES = set("«»„“”")
_MARKS_RE = re.compile("[][(){}«»„“”]")


def _unbalanced(text: str) -> tuple[str, Span] | None:
    """The first bracket or typographic quote without its pair, as (kind, span).

    "“" closes a Russian/German „…“ and opens an English “…”, whichever the
    context wants.
    """
    stack: list[tuple[str, int]] = []
    for match in _MARKS_RE.finditer(text):
        i, char = match.start(), match.group()
        if stack and char == _OPENERS[stack[-1][0]]:
            stack.pop()
        elif char in _OPENERS:
            stack.append((char, i))
        elif char in _CLOSERS:
            return ("quotes" if char in _QUOTES else "brackets"), Span(i, i + 1)
    if stack:
        char, i = stack[0]
        return ("quotes" if char in _QUOTES else "brackets"), Span(i, i + 1)
    return None


def _odd_quotes(text: str) -> Span | None:
    """The last straight double quotation mark when their number is odd."""
    if text.count('"') % 2 == 0:
        return None
    last = text.rfind('"')
    return Span(last, last + 1)


def check_leftovers(entry: Entry, today: datetime.date) -> Iterator[Finding]:
    for diagnostic in entry.warnings:
        if diagnostic.code != "back-reference":  # the list-wide check says which entry it stands for
            yield diagnostic.severity, f"parse-{diagnostic.code}", diagnostic.message, diagnostic.span, ""
    if not entry.source:
        return
    found = _unbalanced(entry.source)
    if found is not None:
        kind, span = found
        yield "warning", f"unbalanced-{kind}", f"{span.slice(entry.source)!r} has no partner", span, "source"
    quote = _odd_quotes(entry.source)
    if quote is not None and (found is None or found[0] != "quotes"):
        yield "warning", "unbalanced-quotes", f"{quote.slice(entry.source)!r} has no partner", quote, "source"


ENTRY_CHECKS: tuple[Check, ...] = (
    check_isbns,
    check_dates,
    check_pages,
    check_required,
    check_nfc,
    check_mixed_script,
    check_leftovers,
)


# --- across the bibliography --------------------------------------------------------------


def _key_clashes(entries: Sequence[Entry]) -> Iterator[tuple[int, str]]:
    first: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if not entry.key:
            continue
        if entry.key in first:
            other = first[entry.key]
            yield index, f"citation key {entry.key!r} is also used by {_where(entries[other], other)}"
        else:
            first[entry.key] = index


def _where(entry: Entry, index: int) -> str:
    return str(entry.origin) if entry.origin else f"entry {index + 1}"


def check_entries(entries: Iterable[Entry], today: datetime.date | None = None) -> list[Problem]:
    """Every problem of every entry, in input order, then clashes and duplicates."""
    entries = list(entries)
    today = today or datetime.date.today()
    problems: list[Problem] = []

    def add(index: int, severity: str, code: str, message: str, span: Span | None = None, field: str = "") -> None:
        entry = entries[index]
        excerpt = span.slice(entry.source) if span is not None and entry.source else ""
        origin = str(entry.origin) if entry.origin else ""
        problems.append(Problem(severity, code, message, index, entry.key, origin, span, field, excerpt))

    for index, entry in enumerate(entries):
        for check in ENTRY_CHECKS:
            for severity, code, message, span, field in check(entry, today):
                add(index, severity, code, message, span, field)
    for index, target in targets(entries).items():
        pin_span = entries[index].spans.get(f"extra.{Extra.PIN}")  # the pin cited, as the excerpt
        pin_field = f"extra.{Extra.PIN}" if pin_span else ""
        where = with_pin(entries[index])
        if target is None:
            message = f"stands for a work cited before, but no earlier entry fits{where}"
            add(index, "warning", "dangling-back-reference", message, pin_span, pin_field)
        else:
            add(index, "info", "back-reference", f"stands for {describe_target(entries, target)}{where}", pin_span, pin_field)
    for index, message in _key_clashes(entries):
        add(index, "error", "key-clash", message, None, "key")
    from .dedupe import find_duplicates

    for group in find_duplicates(entries):
        first = group.indices[0]
        for index in group.indices[1:]:
            add(index, "warning", "duplicate", f"duplicate of {_where(entries[first], first)} ({group.reasons[index]})")
    problems.sort(key=lambda p: p.index)  # stable: per entry, checks keep their order
    return problems
