"""ISBN (International Standard Book Number): find, validate, convert, hyphenate.

An ISBN has 10 digits (before 2007) or 13 (an EAN-13 with the "Bookland"
prefix 978 or 979). After the prefix come a registration group (a country
or a language area), a registrant (the publisher), an item number and a
check digit. Where one part ends and the next begins is not fixed: the
International ISBN Agency publishes the assigned ranges. This module reads
those ranges from python-stdnum (``stdnum/isbn.dat``, regenerated there from
the agency's RangeMessage.xml), so updating stdnum keeps them current.

The API follows python-stdnum: :func:`compact` cleans, :func:`validate`
returns the compact form or raises a typed :class:`ValidationError`,
:func:`is_valid` is its boolean twin and :func:`format` hyphenates.

>>> validate('ISBN 9984-643-78-6')
'9984643786'
>>> validate('9984-643-78-5')
Traceback (most recent call last):
    ...
biblio.isbn.InvalidChecksum: check digit is 5, the rest of the number implies 6
>>> to_isbn13('9984-643-78-6')
'9789984643786'
>>> to_isbn10('978-5-02-003456-3')
'5020034568'
>>> format('9789984643786')
'978-9984-643-78-6'
>>> agency('5-02-003456-8')
'former U.S.S.R'
>>> agency('9984643786')
'Latvia'
>>> wrong_hyphenation('99-84643-786')
'9984-643-78-6'
>>> '9984643786' in suggestions('9984-643-87-6')
True
>>> [m.number for m in find_isbns('Riga 2006 ISBN\\xa09984-643-78-6; isbn 5-02-003102-x')]
['9984643786', '502003102X']
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

from stdnum import exceptions as _stdnum_exceptions
from stdnum import numdb

from .model import Span

__all__ = [
    "ValidationError",
    "InvalidFormat",
    "InvalidLength",
    "InvalidChecksum",
    "InvalidComponent",
    "UnassignedRange",
    "compact",
    "calc_check_digit",
    "validate",
    "is_valid",
    "to_isbn13",
    "to_isbn10",
    "split",
    "format",
    "hyphenate",
    "agency",
    "wrong_hyphenation",
    "suggestions",
    "find_isbns",
    "IsbnMatch",
    "Report",
    "inspect",
]

# The exception classes are stdnum's, so ``except stdnum.exceptions.ValidationError``
# catches ours too; the subclasses below only add what a user needs to fix a number.
ValidationError = _stdnum_exceptions.ValidationError
InvalidFormat = _stdnum_exceptions.InvalidFormat
InvalidLength = _stdnum_exceptions.InvalidLength
InvalidComponent = _stdnum_exceptions.InvalidComponent


class InvalidChecksum(_stdnum_exceptions.InvalidChecksum):
    """The check digit does not match; ``expected`` is what the other digits imply."""

    def __init__(self, found: str, expected: str) -> None:
        super().__init__(f"check digit is {found}, the rest of the number implies {expected}")
        self.found = found
        self.expected = expected


class UnassignedRange(_stdnum_exceptions.InvalidComponent):
    """The prefix, registration group or registrant range is not assigned."""


# Hyphen look-alikes and spaces that sources put between the parts of a number.
_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212 \u00a0\u2009\u202f"
_SEPARATOR_RE = re.compile(f"[{_SEPARATORS}]")
_LABEL_RE = re.compile(r"^\s*ISBN(?:[-\u2010\u2011 ]?1[03])?\s*:?\s*", re.IGNORECASE)


def compact(number: str) -> str:
    """Strip an ``ISBN`` label, separators and surrounding space; upper-case X.

    >>> compact('ISBN-13: 978-5-02-003456-1')
    '9785020034561'
    >>> compact('ISBN\\xa05\\u201102\\u2011003456\\u2011x')
    '502003456X'
    """
    number = _LABEL_RE.sub("", number)
    return _SEPARATOR_RE.sub("", number).strip().upper()


_WEIGHTS_10 = range(1, 10)


def calc_check_digit(number: str) -> str:
    """The check digit for the first 9 (ISBN-10) or 12 (ISBN-13) digits.

    >>> calc_check_digit('998464378')
    '6'
    >>> calc_check_digit('978998464378')
    '6'
    """
    # map/sum rather than stdnum's generic helpers: dedupe and check run this
    # for every ISBN of a bibliography.
    if len(number) == 9:
        check = sum(map(operator.mul, _WEIGHTS_10, map(int, number))) % 11
        return "X" if check == 10 else str(check)
    if len(number) == 12:
        digits = list(map(int, number))
        return str(-(sum(digits[0::2]) + 3 * sum(digits[1::2])) % 10)
    raise InvalidLength("an ISBN without its check digit has 9 or 12 digits")


def _validate_digits(number: str) -> str:
    """Length, format and check digit of a compact number (ranges unchecked)."""
    if len(number) not in (10, 13):
        raise InvalidLength(f"an ISBN has 10 or 13 digits, this has {len(number)}")
    if not number[:-1].isdigit() or not (number[-1].isdigit() or (len(number) == 10 and number[-1] == "X")):
        raise InvalidFormat("an ISBN is digits only, with X allowed as the last character of an ISBN-10")
    if len(number) == 13 and number[:3] not in ("978", "979"):
        raise InvalidComponent(f"an ISBN-13 starts with 978 or 979, not {number[:3]}")
    expected = calc_check_digit(number[:-1])
    if expected != number[-1]:
        raise InvalidChecksum(number[-1], expected)
    return number


def validate(number: str, check_ranges: bool = False) -> str:
    """Check length, format and check digit; return the compact form.

    With ``check_ranges`` the registration group and registrant must also
    lie in ranges the International ISBN Agency has assigned.

    >>> validate('978-5-02-003456-3')
    '9785020034563'
    >>> validate('978-5-02-003456')
    Traceback (most recent call last):
        ...
    stdnum.exceptions.InvalidLength: an ISBN has 10 or 13 digits, this has 12
    >>> validate('978-6-99-999999-0', check_ranges=True)
    Traceback (most recent call last):
        ...
    biblio.isbn.UnassignedRange: registration group 978-69… is not assigned
    """
    number = _validate_digits(compact(number))
    if check_ranges:
        split(number)
    return number


def is_valid(number: str, check_ranges: bool = False) -> bool:
    """Whether :func:`validate` accepts the number.

    >>> is_valid('9984-643-78-6'), is_valid('9984-643-78-5')
    (True, False)
    """
    try:
        validate(number, check_ranges)
    except ValidationError:
        return False
    return True


def to_isbn13(number: str) -> str:
    """The compact ISBN-13 form, check digit recomputed.

    >>> to_isbn13('5-02-003456-8')
    '9785020034563'
    """
    return _isbn13(validate(number))


def _isbn13(number: str) -> str:
    """ISBN-13 of a valid compact number."""
    if len(number) == 13:
        return number
    return "978" + number[:-1] + calc_check_digit("978" + number[:-1])


def to_isbn10(number: str) -> str:
    """The compact ISBN-10 form; numbers with the 979 prefix have none.

    >>> to_isbn10('979-10-90636-07-1')
    Traceback (most recent call last):
        ...
    stdnum.exceptions.InvalidComponent: a 979 ISBN has no ISBN-10 form
    """
    number = validate(number)
    if len(number) == 10:
        return number
    if not number.startswith("978"):
        raise InvalidComponent("a 979 ISBN has no ISBN-10 form")
    return _isbn10(number)


def _isbn10(number13: str) -> str:
    """ISBN-10 of a valid compact 978 ISBN-13."""
    return number13[3:-1] + calc_check_digit(number13[3:-1])


# stdnum scans its range lists linearly, which is slow for a bibliography of
# many ISBNs. Where a number splits depends only on its leading digits, so
# each split found is remembered by its prefix+group+registrant digits and
# serves every later number of the same publisher (5 to 11 digits long; at
# most one remembered prefix can match a number).
_KNOWN_SPLITS: dict[str, list[tuple[str, dict[str, str]]]] = {}


def _ranges(number13: str) -> list[tuple[str, dict[str, str]]]:
    body = number13[:-1]
    for length in range(5, 12):
        known = _KNOWN_SPLITS.get(body[:length])
        if known is not None:
            return [*known, (body[length:], {})]
    parts = numdb.get("isbn").info(body)
    if len(parts) == 4 and "agency" in parts[1][1] and len(_KNOWN_SPLITS) < 500_000:
        _KNOWN_SPLITS["".join(part for part, _ in parts[:3])] = parts[:3]
    return parts


def split(number: str) -> tuple[str, str, str, str, str]:
    """Prefix, registration group, registrant, item and check digit.

    The prefix is empty for an ISBN-10. Raises :class:`UnassignedRange` when
    the official ranges do not cover the number.

    >>> split('9984643786')
    ('', '9984', '643', '78', '6')
    >>> split('978-1-138-61294-5')
    ('978', '1', '138', '61294', '5')
    """
    return _split(validate(number))


def _group(number13: str) -> list[tuple[str, dict[str, str]]]:
    """The range look-up of a valid ISBN-13, which must reach an assigned group."""
    parts = _ranges(number13)
    if len(parts) < 2 or "agency" not in parts[1][1]:
        raise UnassignedRange(f"registration group {number13[:3]}-{number13[3:5]}… is not assigned")
    return parts


def _split(number: str) -> tuple[str, str, str, str, str]:
    """:func:`split` of a valid compact number."""
    number13 = _isbn13(number) if len(number) == 10 else number
    return _split_ranges(number, number13, _group(number13))


def _split_ranges(number: str, number13: str, parts: list[tuple[str, dict[str, str]]]) -> tuple[str, str, str, str, str]:
    """:func:`split` of a valid compact number from the range look-up of its ISBN-13 form."""
    if len(parts) < 4:
        group = parts[1][0]
        raise UnassignedRange(
            f"registrant {number13[:3]}-{group}-{number13[3 + len(group):3 + len(group) + 2]}… "
            f"is not assigned in group {group} ({parts[1][1]['agency']})"
        )
    prefix, group, registrant, item = (part for part, _ in parts)
    return ("" if len(number) == 10 else prefix, group, registrant, item, number[-1])


def format(number: str, separator: str = "-") -> str:  # noqa: A001 - stdnum's name
    """Hyphenate by the official ranges, keeping the 10- or 13-digit form.

    >>> format('9785020034563')
    '978-5-02-003456-3'
    """
    return separator.join(part for part in split(number) if part)


hyphenate = format


def agency(number: str) -> str:
    """The registration group's name as the ISBN Agency gives it.

    >>> agency('978-1138612945')
    'English language'
    """
    return _group(_isbn13(validate(number)))[1][1]["agency"]


def wrong_hyphenation(written: str) -> str | None:
    """The official form when the separators ``written`` uses are misplaced.

    A number written without separators, or with only some of the official
    ones (``978-1138612945``), is not wrong; a separator where no official
    boundary is, is.

    >>> wrong_hyphenation('978-1138612945') is None
    True
    >>> wrong_hyphenation('978-11386-1294-5')
    '978-1-138-61294-5'
    """
    body = _LABEL_RE.sub("", written).strip()
    return _misplaced_separators(body, format(body))


def _misplaced_separators(body: str, official: str) -> str | None:
    boundaries: set[int] = set()
    position = 0
    for part in official.split("-")[:-1]:
        position += len(part)
        boundaries.add(position)
    position = 0
    for char in body:
        if _SEPARATOR_RE.match(char):
            if position not in boundaries:
                return official
        else:
            position += 1
    return None


def suggestions(number: str) -> list[str]:
    """Valid, assigned numbers one typing slip away: two adjacent digits swapped or one wrong.

    Swaps come first (the commoner slip), then the check digit the rest
    implies (publishers did print miscalculated ones), then other digits;
    within each kind, candidates whose
    official hyphenation agrees with the separators the source wrote come
    first, since sources usually copy the hyphens right.

    >>> suggestions('9984-643-87-6')[:2]
    ['9984634876', '9984643786']
    >>> suggestions('978-5-02-003465-3')[0]
    '9785020034563'
    """
    written = _LABEL_RE.sub("", number).strip()
    number = compact(written)
    if len(number) not in (10, 13) or number.count("X") > 1 or not number.replace("X", "").isdigit():
        return []  # (one X anywhere: an ISBN-10's final X may have been swapped inwards)
    candidates: list[tuple[int, str]] = []
    for i in range(len(number) - 1):
        if number[i] != number[i + 1]:
            candidates.append((0, number[:i] + number[i + 1] + number[i] + number[i + 2 :]))
    for i, old in enumerate(number):
        digits = "0123456789X" if i == 9 and len(number) == 10 else "0123456789"
        kind = 1 if i == len(number) - 1 else 2
        candidates.extend((kind, number[:i] + d + number[i + 1 :]) for d in digits if d != old)
    ranked: dict[str, tuple[int, bool]] = {}
    for kind, candidate in candidates:
        if candidate not in ranked and is_valid(candidate, check_ranges=True):
            ranked[candidate] = (kind, wrong_hyphenation(_same_separators(written, candidate)) is not None)
    return sorted(ranked, key=lambda c: ranked[c])


def _same_separators(written: str, number: str) -> str:
    """``number`` with separators where ``written`` has them (same digit count)."""
    digits = iter(number)
    return "".join(char if _SEPARATOR_RE.match(char) else next(digits, "") for char in written)


# --- finding ISBNs in free text ---------------------------------------------------

_LABEL_IN_TEXT = re.compile(r"\bISBN(?:[-\u2010\u2011 ]?1[03])?\b\s*:?\s*", re.IGNORECASE)
_GROUP_RE = re.compile(r"\d+[Xx]?|[Xx]")
# After a labelled number: ", 978-…", "; …", " / …", an optional "(pbk.)"-like note first.
_LIST_GLUE = re.compile(r"(?:\s*\([^()]{0,30}\))?\s*[,;/]\s*(?:ISBN\b\s*:?\s*)?", re.IGNORECASE)
_BARE_13 = re.compile(r"(?<![\w\-\u2010\u2011])97[89][\d\-\u2010\u2011 ]{10,17}(?![\w])")
_ANY_ISBN = re.compile(r"ISBN|97[89]", re.IGNORECASE)
_OTHER_LABEL = re.compile(r"(?:ISSN|ISMN|EAN|UPC|DOI|tel\.?|phone|факс|тел\.?)\s*:?\s*$", re.IGNORECASE)


@dataclass
class IsbnMatch:
    """An ISBN found in text: as written, compact, where, and whether it was labelled."""

    text: str
    number: str
    span: Span
    labelled: bool = True


def _scan_number(text: str, start: int) -> tuple[int, int] | None:
    """Span of the ISBN-shaped number starting at ``start`` (groups of digits, one separator apart).

    Stops at 13 digits; when the groups run on past a plausible length
    ("ISBN 5 02 003456 7 1999") the cut at 10 or 13 digits that validates wins.
    """
    cuts: list[int] = []  # end offsets where 10 or 13 digits have been read
    digits = 0
    end = start
    pos = start
    last_end = None
    while True:
        m = _GROUP_RE.match(text, pos)
        if m is None:
            break
        digits += len(m.group())
        if digits > 13:
            break
        last_end = end = m.end()
        if digits in (10, 13):
            cuts.append(end)
        if m.group()[-1] in "Xx":
            break
        if end < len(text) and text[end] in _SEPARATORS and end + 1 < len(text) and _GROUP_RE.match(text, end + 1):
            pos = end + 1
            continue
        break
    if last_end is None:
        return None
    for cut in reversed(cuts):
        if is_valid(text[start:cut]):
            return start, cut
    if cuts:
        return start, cuts[-1]
    return start, last_end


def find_isbns(text: str) -> list[IsbnMatch]:
    """Every ISBN in ``text``, in order.

    Numbers after an ``ISBN`` label are returned even when invalid (so that
    they can be reported); unlabelled numbers only when they are valid
    978/979 ISBN-13s not labelled as something else (ISSN, ISMN, EAN …).

    >>> [m.text for m in find_isbns('ISBN: 978-1138612945 (hbk.), 978-1-351-24735-6 (ebk)')]
    ['978-1138612945', '978-1-351-24735-6']
    >>> find_isbns('Rīga, 1941–1945, 336 lpp., tel. 371-67-123456')
    []
    """
    if not _ANY_ISBN.search(text):
        return []  # most references: no label and no Bookland prefix
    found: list[IsbnMatch] = []
    covered: list[tuple[int, int]] = []
    for label in _LABEL_IN_TEXT.finditer(text):
        if covered and label.start() < covered[-1][1]:
            continue  # already read as part of the previous label's list
        pos = label.end()
        while True:
            span = _scan_number(text, pos)
            if span is None:
                break
            start, end = span
            found.append(IsbnMatch(text[start:end], compact(text[start:end]), Span(start, end)))
            covered.append((label.start(), end))
            glue = _LIST_GLUE.match(text, end)
            if glue is None:
                break
            following = _scan_number(text, glue.end())
            if following is None or len(compact(text[following[0] : following[1]])) not in (10, 13):
                break
            pos = glue.end()
    for bare in _BARE_13.finditer(text):
        span = _scan_number(text, bare.start())
        if span is None:
            continue
        start, end = span
        if any(a <= start < b for a, b in covered) or _OTHER_LABEL.search(text[max(0, start - 12) : start]):
            continue
        number = compact(text[start:end])
        if len(number) == 13 and is_valid(number) and not number.startswith("9790"):
            found.append(IsbnMatch(text[start:end], number, Span(start, end), labelled=False))
    found.sort(key=lambda m: m.span.start)
    return found


# --- one report per number -----------------------------------------------------------


@dataclass
class Report:
    """Everything :func:`inspect` found out about one number."""

    input: str
    number: str
    valid: bool = False
    error: str = ""  # "length" | "format" | "checksum" | "prefix" | "unassigned" | ""
    message: str = ""
    implied_check_digit: str = ""
    isbn10: str = ""
    isbn13: str = ""
    hyphenated: str = ""
    group: str = ""
    agency: str = ""
    hyphenation_wrong: bool = False
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items()}


def inspect(written: str) -> Report:
    """Validate ``written`` and describe it: forms, hyphenation, group, fixes.

    >>> r = inspect('ISBN 99-84643-786')
    >>> r.valid, r.isbn13, r.hyphenated, r.agency, r.hyphenation_wrong
    (True, '9789984643786', '9984-643-78-6', 'Latvia', True)
    >>> r = inspect('978-5-02-003456-2')
    >>> r.error, r.implied_check_digit, r.suggestions[:1]
    ('checksum', '3', ['9785020034563'])
    """
    number = compact(written)
    report = Report(written, number)
    try:
        _validate_digits(number)
    except InvalidChecksum as exc:
        report.error, report.message, report.implied_check_digit = "checksum", str(exc), exc.expected
        report.suggestions = suggestions(written)
        return report
    except InvalidLength as exc:
        report.error, report.message = "length", str(exc)
        return report
    except InvalidFormat as exc:
        report.error, report.message = "format", str(exc)
        report.suggestions = suggestions(written)  # an X swapped away from the end
        return report
    except InvalidComponent as exc:
        report.error, report.message = "prefix", str(exc)
        report.suggestions = suggestions(written)
        return report
    # Each conversion and the range look-up once: `check` inspects every ISBN of a
    # bibliography, and the look-up is most of its cost.
    report.isbn13 = number13 = _isbn13(number)
    if len(number) == 10:
        report.isbn10 = number  # valid, so already its own ISBN-10 form
    elif number13.startswith("978"):
        report.isbn10 = _isbn10(number13)
    try:
        ranges = _group(number13)
        parts = _split_ranges(number, number13, ranges)
    except UnassignedRange as exc:
        report.error, report.message = "unassigned", str(exc)
        report.suggestions = suggestions(written)
        return report
    report.valid = True
    report.group = parts[1]
    report.agency = ranges[1][1]["agency"]
    report.hyphenated = "-".join(p for p in parts if p)
    body = _LABEL_RE.sub("", written).strip()
    report.hyphenation_wrong = _misplaced_separators(body, report.hyphenated) is not None
    return report
