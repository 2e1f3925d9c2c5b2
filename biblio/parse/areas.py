"""The large-scale layout of a reference: sentences, the host, the publication area.

A reference is read as ISBD-like areas.  Sentence boundaries are full stops
that do not close an initial or a known abbreviation; the host item starts at
``//`` (GOST), ``In``/``В кн.:`` (most styles) or after a quoted article
title; the publication area is the place/publisher text that leads up to the
publication year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import YEAR, month_number, parse_date, season_number
from .names import _LONG_INITIALS, LETTER, LO, UP, parse_name_list, role_before
from .state import State
from .vocab import abbreviations, organisation_words, places, regions, vocabulary

# a stop before spaces, or one glued to the next word ("партизана.Рига,1963")
# (the stop first, so the engine can skip to stops)
_BOUNDARY = re.compile(rf"[.!?](?:[\"')\]]*(?: +|$)|(?<=\.)(?=[{UP}][{LO}]))")


_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][a-z]")
# a site named by its bare address as a sentence of its own: "Title. historia.lv. Pieejams: …"
_SITE_SENTENCE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:lv|com|org|net|eu|ru|ee|lt|de|uk|info|gov)\.(?= )")
_LAST: list[tuple[str, int, int, list[tuple[int, int]]]] = []


def boundaries(w: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentence ends in ``w[lo:hi]`` as ``(start of the stop, start of the next sentence)``.

    The last answer is kept: the reader asks the same question several times.
    """
    if not (_LAST and _LAST[0][0] is w):
        _LAST[:] = [(w, 0, len(w), _boundaries(w, 0, len(w)))]
    full = _LAST[0][3]
    if lo == 0:
        if hi >= len(w):
            return full
        return [(a, min(b, hi)) for a, b in full if a < hi]  # (every word starts at 0 or later)
    # a stop inside the range; one right at its end closes the range's last sentence
    return [(a, min(b, hi)) for a, b in full if lo <= a < hi and _word_start(w, a) >= lo]


def _last_sentence_start(w: str, lo: int, hi: int) -> int | None:
    """Start of the last sentence in ``w[lo:hi]`` (as ``boundaries(…)[-1][1]``; their starts grow)."""
    for a, b in reversed(boundaries(w, 0, len(w))):
        if a < lo:
            return None
        if a < hi and (lo == 0 or _word_start(w, a) >= lo):
            return min(b, hi)
    return None


def _word_start(w: str, stop: int) -> int:
    j = stop
    while j > 0 and (w[j - 1].isalpha() or w[j - 1] == "-"):
        j -= 1
    return j


# the longer Cyrillic initials of ``names`` ("Вл.", "Вс.", "Вяч.", "Ал-др."): no Russian word they end
_CYRILLIC_LONG_INITIALS = frozenset(i for i in _LONG_INITIALS if "А" <= i[:1] <= "Я")
_NAME_AFTER_INITIAL = re.compile(r"[А-ЯЁ](?:[а-яё]+|\.)")


def _boundaries(w: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    abbrevs = abbreviations()
    for m in _BOUNDARY.finditer(w, lo, hi):
        stop, end = m.span()
        nxt = w[end : end + 1]
        if nxt and (nxt in ",;:)" or (nxt.islower() and not _CAMEL.match(w, end) and not _SITE_SENTENCE.match(w, end))):
            continue  # (a lower-case start, unless a name like "mBio", "eLife" starts the sentence)
        if w[stop] == "." and nxt.isupper() and _translated_from_at(w, stop) and role_before(w, end) is not None:
            out.append((stop, end))
            continue  # "Пер. с англ. Общ. ред. и послесл. В. А. Козлова": no translator named, another role follows
        if nxt != "-" and w[stop] == ".":  # ". — " always ends an area
            j = stop
            while j > lo and (w[j - 1].isalpha() or w[j - 1] == "-"):
                j -= 1
            if j < stop:
                word = w[j:stop]
                if len(word) == 1 and word.isupper() and not (word.isascii() and _imprint_place_at(w, end)):
                    continue  # an initial: "А.К. Рашкевиц" (but "Translated by Gibb, H. A. R. London: Routledge.")
                if word + "." in _CYRILLIC_LONG_INITIALS and _NAME_AFTER_INITIAL.match(w, end):
                    continue  # "Сост. Вл. Орлов", "Вяч. Вс. Иванов": Russian abbreviates some forenames to two or more letters
                if word == "g" and _YEAR_BEFORE.search(w, max(0, j - 7), j) and _DAY_AFTER_LV_YEAR.match(w, end):
                    continue  # "1897. g. 2. febr.": a Latvian date's year (gadā), its day and month follow
                if word.lower() in abbrevs and not (word in _LIST_ENDS and _place_at(w, end)) and not _count_ends(w, j, end) and not _role_ends(w, word, end):
                    continue  # (but "… и др. Рига, 1952": the list ends, the imprint starts)
        if nxt.isdigit() and _letter_date_at(w, out[-1][1] if out else lo, stop, end):
            continue  # "Raiņa vēstule Aspazijai. 1897. g. 2. febr.": a letter's date closes its title
        if nxt.isupper() and w[stop - 1 : stop].isdigit() and _german_ordinal_at(w, stop, end):
            continue  # "bis ins 17. Jahrhundert", "2. Auflage": German writes an ordinal with a period
        if w[stop] == "." and nxt.isalpha() and _translated_from_at(w, stop):
            continue  # "Пер. с дат. Л. Брауде": the language abbreviated after "пер. с", then the translator
        if w[stop] == "." and w[stop - 1 : stop].isdigit() and _day_before_roman_month(w, stop, end):
            continue  # "Rīga, 16.–20. VIII 1937": a day, then its month in Roman numerals and the year
        out.append((stop, end))
    return out


@lru_cache(maxsize=None)
def _german_ordinal_nouns() -> frozenset[str]:
    return frozenset(vocabulary().get("de-ordinal-noun", []))


def _german_ordinal_at(w: str, stop: int, end: int) -> bool:
    """Whether the stop at ``stop`` closes a one- or two-digit ordinal before a German noun of order ("13. Jahrhundert")."""
    digits = stop
    while digits > 0 and w[digits - 1].isdigit():
        digits -= 1
    if stop - digits > 2 or w[digits - 1 : digits].isalnum():
        return False
    word = w[end : end + 16].split(" ", 1)[0].rstrip(".,:;")
    return word in _german_ordinal_nouns()


# Soviet, Latvian and Polish usage writes a date's month in Roman numerals: "16.–20. VIII 1937", "9. V 1945"
_ROMAN_MONTH_YEAR = re.compile(r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.? ?(?:1[5-9]|20)\d\d(?!\d)")


def _day_before_roman_month(w: str, stop: int, end: int) -> bool:
    """Whether the stop at ``stop`` closes a day's number ("20.") that a Roman month and a year follow."""
    start = stop
    while start > 0 and w[start - 1].isdigit():
        start -= 1
    return stop - start <= 2 and w[start:stop].isdecimal() and 1 <= int(w[start:stop]) <= 31 and _ROMAN_MONTH_YEAR.match(w, end) is not None


# A letter's date written as a sentence of its own: Latvian "1897. g. 2. febr.", "1905. gada 12. aprīlī",
# Russian "23 декабря 1922 г." (the letter words are data: vocabulary "letter")
_FULL_DATE = re.compile(r"(?:\d{4}\. ?(?:g\.|gada) \d{1,2}\. ?[a-zāčēģīķļņšūž]+|\d{1,2} [а-яё]+ \d{4} ?г)\.?(?= |$)")


@lru_cache(maxsize=None)
def _letter_words() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in vocabulary().get("letter", []))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)


def names_letter(sentence: str) -> bool:
    """Whether a sentence names a letter or a telegram ("Vēstule Aspazijai", "Письмо к съезду")."""
    return _letter_words().search(sentence) is not None


def _letter_date_at(w: str, start: int, stop: int, end: int) -> bool:
    """Whether a full date starts at ``end`` and the sentence ``w[start:stop]`` it would follow names a letter."""
    return _FULL_DATE.match(w, end) is not None and names_letter(w[start:stop])


_TRANSLATED_FROM = re.compile(r"(?:[Пп]ер\.|[Пп]еревод|[Пп]ерев\.)[ ]+с[ ]+(?:[а-яё]+\.?-)?[а-яё]+$")


def _translated_from_at(w: str, stop: int) -> bool:
    """Whether the stop at ``stop`` closes the language of "пер. с дат.", "Перевод с др.-греч."."""
    j = _word_start(w, stop)
    return w.find("с ", max(0, j - 6), j) != -1 and _TRANSLATED_FROM.search(w, max(0, j - 24), stop) is not None


_YEAR_BEFORE = re.compile(r"\d{4}\. ?$")
_DAY_AFTER_LV_YEAR = re.compile(r"\d{1,2}\. ?[a-zāēīūšž]")
_LIST_ENDS = frozenset({"др", "al"})  # "и др.", "et al.": an abbreviation that closes a list of names
# a role after the names it qualifies ends the statement: "/ V. Skujiņas red. Rīga: …", "J. Bērziņa red. Rīga, 1990"
_ROLE_ENDS = frozenset({"red", "sast", "tulk"})
_COUNT_ENDS = frozenset({"т", "тт", "кн", "ч"})  # "в 22 т. М., 1978", "в 9 кн. Л., 1972": a count of volumes or books ends
_PLACE_WORD = re.compile(rf"[{UP}][{LETTER}\-]*\.?(?=[,:])")


_COUNT_BEFORE = re.compile(r"[вВ] ?\d+(?:-?[а-я]{1,2})? ?$")


def _role_ends(w: str, word: str, end: int) -> bool:
    return word in _ROLE_ENDS and _place_at(w, end)


def _count_ends(w: str, word_start: int, end: int) -> bool:
    """Whether a count's abbreviation ends the sentence ("в 22 т. М., 1978", "в 9 кн. Пер. …"): the
    count ("в 22", "в 2-х") before it and a capital after it."""
    if w[word_start:end].rstrip(". ") not in _COUNT_ENDS or not w[end : end + 1].isupper():
        return False
    return _COUNT_BEFORE.search(w, max(0, word_start - 10), word_start) is not None


_PLACE_COLON_AT = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=: [A-Z])")


def _imprint_place_at(w: str, at: int) -> bool:
    """A known place and a colon after an initial's stop: the imprint, after a name's initials."""
    m = _PLACE_COLON_AT.match(w, at)
    return m is not None and is_known_place(m.group(0))


def _place_at(w: str, at: int) -> bool:
    m = _PLACE_WORD.match(w, at)
    return m is not None and is_known_place(m.group(0))


def first_boundary(w: str, lo: int, hi: int) -> int | None:
    """Start of the sentence after the first stop in ``w[lo:hi]`` (as ``boundaries(…)[0][1]``)."""
    full = boundaries(w, 0, len(w))
    for a, b in full:
        if a >= hi:
            return None  # (the stops are in order)
        if lo <= a and (lo == 0 or _word_start(w, a) >= lo):
            return min(b, hi)
    return None


def is_known_place(value: str) -> bool:
    return value.strip() in places()


def resolve_place(value: str) -> tuple[str, str]:
    """(full name, language) of a place as written; unknown places stay as written."""
    value = value.strip()
    hit = places().get(value)
    return hit or _place_and_others(value) or _place_with_region(value) or (value, "")


# GOST's "Санкт-Петербург [и др.]": the first of several places, the others left out.
_AND_OTHERS = re.compile(r"\s*\[(?:и др|etc|u\. ?c|et al)\.?\]$")


def _place_and_others(value: str) -> tuple[str, str] | None:
    marker = _AND_OTHERS.search(value) if value.endswith("]") else None
    hit = places().get(value[: marker.start()]) if marker else None
    return (hit[0] + value[marker.start() :], hit[1]) if hit and marker else None


def _place_with_region(value: str) -> tuple[str, str] | None:
    """ "Santa Monica, CA", "Reading, Mass.", "Cambridge, UK": a city and its state or country,
    kept as written (the region tells one Cambridge from another)."""
    city, comma, region = value.rpartition(", ")
    lang = regions().get(region.rstrip(".")) if comma and city else None
    return (value, lang) if lang else None


@lru_cache(maxsize=None)
def _organisation_re() -> re.Pattern[str]:
    # (not an adjective made of the word: "советской деревни", "архивские")
    return re.compile(rf"(?<![{LETTER}])(?:{'|'.join(re.escape(w) for w in organisation_words())})(?!ск)")


def looks_like_organisation(text: str) -> bool:
    return bool(_organisation_re().search(text.lower()))


# --- publication area --------------------------------------------------------------


@dataclass
class PubArea:
    start: int
    end: int
    places: list[tuple[int, int]] = field(default_factory=list)
    publisher: tuple[int, int] | None = None
    date: tuple[int, int] | None = None
    resp: tuple[int, int] | None = None  # a role and names the imprint starts with
    more_publishers: list[tuple[int, int]] = field(default_factory=list)  # "… ; Москва : Аграф"


_YEAR_RE = re.compile(rf"(?P<y>{YEAR})(?: ?- ?(?P<y2>{YEAR}|\d\d))?(?!\d)")  # not after [\d/.-]: checked in code
_MONTH_DAY_BEFORE = re.compile(
    r"(?:(?P<m>[A-Za-zА-Яа-я]+\.?) (?P<d>\d{1,2})(?: ?- ?\d{1,2})?,? |(?:от )?(?P<d2>\d{1,2})(?: ?- ?\d{1,2})?\.? (?P<m2>[A-Za-zА-Яа-я]+\.?) |(?P<d4>\d{1,2})\.(?P<rm>[IVX]{1,4})\."
    r"|(?P<m3>[A-Za-zА-Яа-я]+(?:[/-][A-Za-zА-Яа-я]+)?\.?) )$"
)
_AFTER_YEAR = re.compile(r" ?(?:гг?\.|g\.|gadā|год)")
_DAY_MONTH_AFTER = re.compile(r"[.,]? ?-? ?(?:gada )?(?P<d>\d{1,2})\.? (?P<m>[A-Za-zА-Яа-яāčēģīķļņšūž]+\.?)(?=[ .,;]|$)")
_TRAIL_PLACE = re.compile(rf", ?(?P<p>[{UP}][^,.;()]{{1,40}}?)\.? *$")


_ISO_REST = re.compile(r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")  # "-05-30" after the year of "2012-05-30"


def find_pubarea(st: State, floor: int, hi: int, lo: int) -> PubArea | None:
    """The publication area ending at the publication year, searched right to left.

    ``floor``: years before it belong to the title; ``lo``: the area may not
    start before it (start of the title zone).
    """
    w = st.w
    tail = _trailing_place(st, lo, hi)
    if tail is not None:
        return tail
    years = [
        m
        for m in _YEAR_RE.finditer(w, lo, hi)
        if m.start() == 0 or w[m.start() - 1] not in "0123456789/.-" or _ROMAN_MONTH_BEFORE.search(w, max(0, m.start() - 9), m.start())
        or _NUMERIC_DATE_BEFORE.search(w, max(0, m.start() - 7), m.start())
    ]  # "7.XI.1941": a day and a Roman month before the year; "01.07.1993": a gazette's issue date
    for m in reversed(years):
        if m.start() < floor and not _in_pub_parens(w, lo, m):
            continue
        iso = _ISO_REST.match(w, m.end("y")) if w.startswith("-", m.end("y")) else None  # CS1 "2012-05-30." (not a range "2012-05")
        if not _year_ends_area(w, iso.end() if iso else m.end(), hi) and not _dated_issue(w, m):
            continue
        if w.count('"', lo, m.start()) % 2 == 1:
            continue  # inside a quoted title
        start = _area_start(w, lo if m.start() < floor else max(lo, floor), m.start())
        date_start = m.start()
        numeric = _NUMERIC_DATE_BEFORE.search(w, max(start, m.start() - 7), m.start()) if w[m.start() - 1 : m.start()] == "." else None
        if numeric is not None:
            date_start = numeric.start()  # "Delfi.lv, 15.05.2020": the day and month are the date's, not the publisher's
        md = _MONTH_DAY_BEFORE.search(w, start, m.start()) if _may_end_date_words(w, m.start()) else None
        if md:
            word = md.group("m3")
            if word is not None:  # "(July 1957)", "Spring 1987": a month or season, never a place
                if _calendar_word(word):
                    date_start = md.start()
            else:
                date = parse_date(w[md.start() : m.end()])
                if date and date.month:
                    date_start = md.start()
        area = _parse_pre(st, start, date_start)
        if area is None:
            continue
        end = m.end()
        after = _AFTER_YEAR.match(w, end)
        if after:
            end = after.end()
        date_end = m.end()
        day = _DAY_MONTH_AFTER.match(w, m.end())
        if day and date_start == m.start() and month_number(day.group("m")):
            date_end = end = day.end()  # "Правда. — 1941. — 22 июня.": a newspaper's day
        if iso is not None and date_start == m.start():
            date_end = end = iso.end()  # an ISO 8601 date: the year, then its month and day
        area.date = (date_start, date_end)
        area.end = end
        return area
    for note in st.all("note"):  # "М., [б. г.]": an imprint that says it has no date
        if _NO_DATE.search(note.value) and lo <= note.start < hi:
            area = _parse_pre(st, _area_start(w, max(lo, min(floor, note.start)), note.start), note.start)
            if area is not None and (area.places or area.publisher):
                return area
    return None


def _may_end_date_words(w: str, at: int) -> bool:
    """Whether _MONTH_DAY_BEFORE can end at ``at``: after "d.RM." or before a space after a digit,
    a digit and a comma, a letter or a stop ("Рига, 1963" has no month or day before the year)."""
    last = w[at - 1 : at]
    if last == ".":
        return True
    if last != " ":
        return False
    before = w[at - 2 : at - 1]
    return before.isalpha() or before.isdecimal() or before == "." or (before == "," and w[at - 3 : at - 2].isdecimal())


def _calendar_word(word: str) -> bool:
    if "-" in word:  # a double issue, "(November–December 1973)": both words name months
        return all(_calendar_word(part) for part in word.split("-"))
    word = word.split("/")[0]  # "Spring/Summer"
    return bool(month_number(word) or season_number(word))


def _in_pub_parens(w: str, lo: int, m: re.Match[str]) -> bool:
    """"(New York: Basic Books, 2010)": a parenthesised imprint may sit inside the title sentence."""
    paren = w.rfind("(", lo, m.start())
    if paren == -1 or w.find(")", paren, m.start()) != -1:
        return False
    close = w.find(")", m.end())
    if close == -1 or w[m.end() : close].strip(" ,.;"):
        return False
    inside = w[paren + 1 : m.start()]
    if w[paren + 1 : paren + 2] == " " and inside.strip(" ,"):
        return True  # "(PhD diss., Harvard University, 1962)": a consumed designation opens the imprint
    return ":" in inside or is_known_place(inside.strip(" ,"))


_YEAR_AT_END = re.compile(rf"(?<!\d)({YEAR})$")


def _trailing_place(st: State, lo: int, hi: int) -> PubArea | None:
    """"… June 7–8, 2005, Riga": a date then a known place closing the reference."""
    w = st.w
    m = _TRAIL_PLACE.search(w, lo, hi)
    if not m or not is_known_place(m.group("p")):
        return None
    before = w[lo : m.start()].rstrip()
    y = _YEAR_AT_END.search(before)
    if not y:
        return None
    ys = lo + y.start(1)
    date_start = ys
    md = _MONTH_DAY_BEFORE.search(w, lo, ys)
    if md and (md.group("m3") is None or _calendar_word(md.group("m3"))) and parse_date(w[md.start() : lo + y.end(1)]):
        date_start = md.start()
    area = PubArea(date_start, m.end("p"), places=[m.span("p")])
    area.date = (date_start, lo + y.end(1))
    return area


_ROMAN_MONTH_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.[IVX]{1,4}\.$")
_NUMERIC_DATE_BEFORE = re.compile(r"(?<=, )\d{1,2}\.\d{1,2}\.$")  # (after a comma: not a version or section number)
_LV_DAY = re.compile(r"\. gada \d{1,2}\. [a-zāēīūšž]+\.?(?=[ .,;]|$)")


def _dated_issue(w: str, m: re.Match[str]) -> bool:
    """"Latvijas Vēstnesis, 2001. gada 5. janvārī": a newspaper's full date after its name."""
    return w[m.start() - 2 : m.start()] == ", " and bool(_LV_DAY.match(w, m.end()))


def _year_ends_area(w: str, end: int, hi: int) -> bool:
    rest = w[end:hi]
    if rest.startswith(". gada"):
        return False  # "1922. gada 15. februārī": a Latvian date in the text, not an imprint year
    stripped = rest.lstrip()
    if not stripped:
        return True
    if stripped[0] in ".,;)]:-/":
        return True
    if rest.startswith("?]"):
        return True  # "[1927?]": a probable year the cataloguer supplied
    return bool(_AFTER_YEAR.match(rest))


# a publisher's branch, written as a sentence after the publisher's name
_BRANCH = re.compile(r"[А-ЯЁ][а-яё]+ое отделение[ ,]*")


def _area_start(w: str, lo: int, year_start: int) -> int:
    """Where the publication area before a year begins: after a sentence end, ``(`` or ``//``."""
    start = lo
    nxt = _last_sentence_start(w, lo, year_start)
    if nxt is not None:
        start = max(start, nxt)
        if "тделени" in w[start:year_start] and _BRANCH.fullmatch(w, start, year_start):
            before = _last_sentence_start(w, lo, start - 2)  # "Советский писатель. Ленинградское отделение, 1959"
            start = max(lo, before) if before is not None else lo
    paren = w.rfind("(", start, year_start)
    if paren != -1 and w.find(")", paren, year_start) == -1:
        start = paren + 1
    slashes = w.rfind("//", start, year_start)
    if slashes != -1:
        start = slashes + 2
    dash = w.rfind("  - ", start, year_start)
    if dash != -1:
        start = dash + 4  # "в 22 т. — М.": the consumed abbreviation took the stop before the area dash
    elif " - " in w[start:year_start]:
        start = _bare_dash_before_place(w, start, year_start)
    return start


_DASH_PLACE = re.compile(rf"(?P<p>[{UP}][{LETTER}\-]*\.?(?: [{UP}][{LETTER}\-]*)?) ?[,:]")


def bare_area_dash(w: str, lo: int, hi: int) -> int | None:
    """Where GOST's area dash stands without its full stop before a known place in ``w[lo:hi]``
    ("Экономические реформы – Москва : Наука, 1988"), or None."""
    if " - " not in w[lo:hi]:
        return None
    start = _bare_dash_before_place(w, lo, hi)
    return start - 3 if start != lo else None


def _bare_dash_before_place(w: str, start: int, year_start: int) -> int:
    """GOST's area dash with its full stop left out: "… / Гайдар Егор Тимурович – Москва, 1988.", "/ Е. Т. Гайдар — М. :
    Наука" (the statement of responsibility runs into the imprint unless a known place follows the dash)."""
    dash = w.rfind(" - ", start, year_start)
    m = _DASH_PLACE.match(w, dash + 3)
    if m is not None and m.end() <= year_start and is_known_place(m.group("p")):
        return dash + 3
    return start


_NO_DATE = re.compile(r"[Бб]\. ?г\.|[Ss]\. ?a\.|n\. ?d\.|[Bb]\. ?g\.")
_ANY_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_ANY_LETTER = re.compile(rf"[{LETTER}]")
_SHORT_PLACE = re.compile(rf"[{UP}][{LETTER}\-]*\.?(?: [{UP}][{LETTER}\-]*\.?)?")
_PUBLISHER_MAX_WORDS = 12
_PLACE_BEFORE_YEAR = re.compile(rf"[{UP}][{LETTER}\-]+ ")
_LEADING_ROMAN = re.compile(r"([IVX]{1,4})\. +(?=[A-ZА-ЯĀ-Ž][a-zа-яā-ž]+(?:[ ,:]|$))")  # ("$": the place may end the run, "I. Stokholma 1982")


def _chained_roles(w: str, end: int, hi: int, shapes: tuple[str, ...]) -> int:
    """MLA joins roles with commas: "Edited by Leon S. Roudiez, translated by Thomas Gora et al., Columbia UP"."""
    while w[end : end + 2] == ", ":
        rb = role_before(w, end + 2)
        if rb is None or rb[2] >= hi:
            break
        names, after, _ = parse_name_list(w, rb[2], shapes, known_given=False)
        if not names or after > hi:
            break
        end = after
    return end


def _parse_pre(st: State, start: int, year_start: int) -> PubArea | None:
    """Split ``place : publisher ,`` / ``place, publisher,`` before a year; None if implausible."""
    w = st.w
    s, _ = st.trim(start, year_start, " ,;:.-(/")
    _, e = st.trim(s, year_start, " ,;:-([")  # ("[": a year the cataloguer supplied, "Valters un Rapa, [1927]")
    if w.endswith(("©", "cop."), s, e):
        _, e = st.trim(s, e - (1 if w[e - 1] == "©" else 4), " ,;:-([")  # a copyright year: "Dienas Grāmata, ©2015", "cop. 2015"
    resp = None
    rb = role_before(w, s) if s < e else None
    if rb is not None and rb[2] <= e:
        # "Translated by G. Rabassa, Harper and Row, 1970" / "/ пер. с англ. М., 1957"
        shapes = ("initial-given-family", "initials-first", "given-family", "family-initials")  # ("Edited by J. Paul Hunter")
        names, end, _ = parse_name_list(w, rb[2], shapes, known_given=False)
        last = names[-1].span if names else None
        before = names[-2].span if len(names) > 1 else None
        joined = before is not None and last is not None and w[before.end : last.start].strip(" ") == ","
        if joined and last is not None and not w[end:e].strip(" ,;:.-("):
            end = last.start  # "Translated by Emily Wilson, W. W. Norton, 2018": the last "name" publishes
            while end > rb[2] and w[end - 1] in " ,;":
                end -= 1
        if names and end <= e:
            end = _chained_roles(w, end, e, shapes)
        resp = (s, end if names and end <= e else rb[2])
        s, _ = st.trim(resp[1], e, " ,;:.-(/")
    roman = _LEADING_ROMAN.match(w, s, e)
    if roman and roman.end() < e:
        st.add("volume", roman.group(1), *roman.span(1))  # "Tõde ja õigus. I. Tartu: …"
        s = roman.end()
    if s >= e:
        area = PubArea(year_start, year_start)
        area.resp = resp
        return area
    text = w[s:e]
    if _ANY_YEAR.search(text) or len(text.split()) > _PUBLISHER_MAX_WORDS + 3:
        return None
    if not _ANY_LETTER.search(text):
        return PubArea(year_start, year_start)
    area = PubArea(s, e)
    area.resp = resp
    colon = _colon(text)
    if colon is not None:
        _add_places(st, area, s, s + colon)
        ps, pe = st.trim(s + colon + 1, e, " ,;:.-")
        second = _SECOND_IMPRINT.search(w, ps, pe) if "; " in w[ps:pe] else None
        if second is not None and is_known_place(second.group("p")):
            # GOST co-publishers in two places: "Тверь : Леан ; Москва : Аграф"
            area.places.append(second.span("p"))
            area.more_publishers.append(st.trim(second.end(), pe, " ,;:.-"))
            pe = st.trim(ps, second.start())[1]
        if pe > ps:
            area.publisher = (ps, pe)
        return area
    parts = _split_commas(w, s, e)
    if len(parts) >= 3 and _city_and_region(w[parts[0][0] : parts[0][1]], w[parts[1][0] : parts[1][1]]):
        _add_places(st, area, parts[0][0], parts[1][1])  # "Cambridge, Mass., Harvard University Press, 1953"
        area.publisher = (parts[2][0], parts[-1][1])
        return area
    if len(parts) >= 2 and _place_like(w[parts[0][0] : parts[0][1]], strict=False):
        _add_places(st, area, *parts[0])
        area.publisher = (parts[1][0], parts[-1][1])
        return area
    if text[:1] == "[" and text[-1:] == "]" and is_known_place(text[1:-1]):
        _add_places(st, area, s, e)  # "[Rīga] : [b.i.], [1944]": a place the cataloguer supplied
        return area
    if _place_like(text, strict=True) or _is_place_list(text) or _PLACE_BEFORE_YEAR.fullmatch(w, s, year_start):
        _add_places(st, area, s, e)  # "Stokholma 1958": a bare place before the year
        return area
    if len(text.split()) > _PUBLISHER_MAX_WORDS:
        return None
    if _bare_city(text):
        _add_places(st, area, s, e)  # "Будапешт, 1982": a city, not a publisher
        return area
    area.publisher = (s, e)
    return area


_SECOND_IMPRINT = re.compile(r" ?; (?P<p>[^;:]{1,30}?) ?: ")  # (Latvian and English lists write "; Place: ")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
_PUBLISHER_ENDINGS = ("издат", "гиз", "изд", "лит", "пресс", "книга")


def _bare_city(text: str) -> bool:
    """A Soviet imprint states the place first: one capitalised word alone before the year is the
    place, unless it is a publisher's name ("Воениздат", "Наука")."""
    return (
        bool(_CYRILLIC_WORD.fullmatch(text))
        and not text.lower().endswith(_PUBLISHER_ENDINGS)
        and text not in _publisher_words()
    )


@lru_cache(maxsize=None)
def _comma_publishers() -> tuple[str, ...]:
    return tuple(vocabulary().get("comma-publisher", []))


def comma_publisher_at(w: str, pos: int) -> bool:
    """Whether a publisher whose name has a comma ("Farrar, Straus and Giroux") starts at ``pos``."""
    return w[pos : pos + 1] in _COMMA_PUBLISHER_FIRST and w.startswith(_comma_publishers(), pos)


_COMMA_PUBLISHER_FIRST = frozenset(name[0] for name in _comma_publishers())


@lru_cache(maxsize=None)
def _publisher_words() -> frozenset[str]:
    return frozenset(vocabulary().get("publisher-word", []))


def _colon(text: str) -> int | None:
    """The place/publisher colon (not one inside quotes)."""
    if '"' not in text:
        colon = text.find(":")
        return None if colon == -1 else colon
    depth = 0
    for i, ch in enumerate(text):
        if ch == '"':
            depth ^= 1
        elif ch == ":" and not depth:
            return i
    return None


def _split_commas(w: str, s: int, e: int) -> list[tuple[int, int]]:
    parts, depth, last = [], 0, s
    if w.find('"', s, e) == -1:  # no quotes: every comma splits
        comma = w.find(",", s, e)
        while comma != -1:
            parts.append((last, comma))
            last = comma + 1
            comma = w.find(",", last, e)
    else:
        for i in range(s, e):
            ch = w[i]
            if ch == '"':
                depth ^= 1
            elif ch == "," and not depth:
                parts.append((last, i))
                last = i + 1
    parts.append((last, e))
    out = []
    for a, b in parts:
        while a < b and w[a] == " ":
            a += 1
        while b > a and w[b - 1] == " ":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_CYRILLIC_START = re.compile(r"[\u0400-\u04ff]")


_QUALIFIED_PLACE = re.compile(rf"[^()]+ \([{UP}][{LETTER}. -]{{0,24}}\)")


def _city_and_region(city: str, region: str) -> bool:
    """A known city, then its state or country after a comma ("Cambridge, Mass.", "Princeton, N.J."): one place."""
    return is_known_place(city) and regions().get(region.rstrip(".")) is not None


def _place_like(text: str, strict: bool) -> bool:
    text = text.strip()
    if is_known_place(text) or _is_place_list(text) or _QUALIFIED_PLACE.fullmatch(text) and is_known_place(text.partition(" (")[0]):
        return True  # (and "Cambridge (Mass.)", "Кембридж (Масс.)": a city and its state in parentheses, as Soviet lists write it)
    if strict or not _CYRILLIC_START.match(text):
        return False
    # Soviet order "Город, Издательство": a short capitalised word or an abbreviation.
    return bool(_SHORT_PLACE.fullmatch(text)) and not text.startswith('"')


_PLACE_SPLIT = re.compile(r" ?; ?| and | & | ?- ?(?=[{UP}])".replace("{UP}", UP))


def _is_place_list(text: str) -> bool:
    pieces = [p for p in _PLACE_SPLIT.split(text) if p.strip()]
    return len(pieces) > 1 and all(is_known_place(p) for p in pieces)


def place_spans(st: State, s: int, e: int) -> list[tuple[int, int]]:
    """The places written between ``s`` and ``e``, several when joined by ";", "and" or "&" ("Berkeley and Los Angeles")."""
    area = PubArea(s, e)
    _add_places(st, area, s, e)
    return area.places


def _add_places(st: State, area: PubArea, s: int, e: int) -> None:
    s, e = st.trim(s, e, " ,;:-")
    if e <= s:
        return
    text = st.w[s:e]
    if is_known_place(text):
        area.places.append((s, e))
        return
    pos = s
    pieces = []
    for m in _PLACE_SPLIT.finditer(text):
        pieces.append((pos, s + m.start()))
        pos = s + m.end()
    pieces.append((pos, e))
    if len(pieces) > 1 and not all(is_known_place(st.w[a:b]) for a, b in pieces):
        if ";" not in text:
            area.places.append((s, e))
            return
    for a, b in pieces:
        a, b = st.trim(a, b, " ,;:-")
        if b > a:
            area.places.append((a, b))
