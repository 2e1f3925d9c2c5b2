"""Dates as references write them: years, ranges, and full dates in ru / lv / en.

>>> parse_date("September 30, 2007")
Date(year=2007, month=9, day=30, end_year=None, end_month=None, end_day=None, literal='September 30, 2007')
>>> parse_date("12.03.2020").month
3
>>> parse_date("June 7-8, 2005").end_day
8
>>> parse_date("2020. gada 5. maijā").day
5
"""

from __future__ import annotations

import re

from ..model import Date
from .normalize import normalize
from .vocab import months

YEAR = r"(?:1[4-9]\d\d|20\d\d)"
LETTERS = "A-Za-zА-Яа-яЁёāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
_MONTH_WORD = rf"[{LETTERS}]+\.?"

_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?P<m>{_MONTH_WORD})\s+(?P<d>\d{{1,2}})(?:\s*-\s*(?P<d2>\d{{1,2}}))?,?\s+(?P<y>{YEAR})"), "mdy"),
    (re.compile(rf"(?P<d>\d{{1,2}})(?:\s*-\s*(?P<d2>\d{{1,2}}))?\.?\s+(?P<m>{_MONTH_WORD})\s+(?P<y>{YEAR})"), "dmy"),
    (re.compile(rf"(?P<y>{YEAR})\.\s*(?:gada|g\.)\s+(?P<d>\d{{1,2}})\.\s*(?P<m>{_MONTH_WORD})"), "lv"),
    (re.compile(rf"(?P<y>{YEAR})-(?P<mn>\d\d)-(?P<d>\d\d)"), "iso"),
    (re.compile(rf"(?P<y>{YEAR})[.,]? ?-? ?(?P<d>\d{{1,2}})\.? (?P<m>{_MONTH_WORD})"), "ydm"),
    (re.compile(rf"(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y>{YEAR})"), "dotted"),
    (re.compile(rf"(?P<d>\d{{1,2}})\.(?P<rm>[IVX]{{1,4}})\.(?P<y>{YEAR})"), "roman"),  # "7.XI.1941"
    (re.compile(rf"(?P<y>{YEAR}), (?P<m>{_MONTH_WORD})(?:[/–-](?P<m2>{_MONTH_WORD}))?(?: (?P<d>\d{{1,2}})(?:\s*-\s*(?P<d2>\d{{1,2}}))?)?(?![\d{LETTERS}])"), "ymd"),  # APA "(2002, July 22)"
    (re.compile(rf"(?P<m>{_MONTH_WORD})\s+(?P<y>{YEAR})"), "my"),
    (re.compile(rf"(?P<y>{YEAR})(?:\s*-\s*(?P<y2>{YEAR}|\d\d))?"), "y"),
]


_PLAIN_YEAR = re.compile(YEAR)
_ROMAN_MONTHS = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)}


def month_number(word: str) -> int | None:
    number = _calendar_number(word)
    return number if number is not None and number <= 12 else None


def season_number(word: str) -> int | None:
    """21–24 for a season ("Spring", "Winter"), as CSL numbers them; None otherwise."""
    number = _calendar_number(word)
    return number if number is not None and number > 12 else None


def _calendar_number(word: str) -> int | None:
    word = word.lower()
    table = months()
    return table.get(word) or table.get(word.rstrip(".")) or table.get(word.rstrip(".") + ".")


def parse_date(text: str) -> Date | None:
    """The first date form found in ``text`` (None when there is no year).

    ``literal`` keeps the date as written (dashes and all) when it is more
    than a plain year.
    """
    stripped = text.strip()
    if len(stripped) == 4 and stripped.isdigit() and _PLAIN_YEAR.fullmatch(stripped):
        return Date(year=int(stripped))
    original, text = text, normalize(text)
    for pattern, form in _FORMS:
        m = pattern.search(text)
        if not m:
            continue
        parts = m.groupdict()
        month = None
        if parts.get("m"):
            month = month_number(parts["m"])
            if month is None:
                if form == "my" and season_number(parts["m"]):  # "Winter 1987/88": a season keeps the year
                    return Date(year=int(parts["y"]), literal=" ".join(original[m.start() : m.end()].split()))
                continue
        elif parts.get("mn") or parts.get("rm"):
            month = int(parts["mn"]) if parts.get("mn") else _ROMAN_MONTHS.get(parts["rm"], 0)
            if not 1 <= month <= 12:
                continue
        year = int(parts["y"])
        date = Date(year=year, month=month)
        if parts.get("d"):
            date.day = int(parts["d"])
            if not 1 <= date.day <= 31:
                continue
        if parts.get("m2"):
            date.end_month = month_number(parts["m2"])  # APA "(2008, July/August)": a bimonthly issue
        if parts.get("d2"):
            date.end_day = int(parts["d2"])
        if parts.get("y2"):
            end = parts["y2"]
            end_year = int(end) if len(end) == 4 else int(parts["y"][:2] + end)
            date.end_year = end_year if end_year >= year else None
        literal = " ".join(original[m.start() : m.end()].split())
        if form != "y" or date.end_year:
            date.literal = literal
        return date
    return None
