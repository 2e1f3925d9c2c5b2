"""Cut a run-on reference section into single references.

A new reference starts after a *close* — a publication year ending a
sentence, a page count (``164 стр.``, ``250 lpp.``, ``, илл.``), a page or
column range, an ISBN, "Wayback Machine", an access date, GOST's "Текст :
непосредственный.", a series area, a newspaper's day and month — when what
follows begins like a reference (a capital letter or a quote) and not like the
continuation of one (a place before its publisher, "ISBN", "Archived",
"Summary in …", a web-site name, ``/``, ``//``, a lower-case word). It also
starts at a *heading* after any sentence end: names followed by a title, by an
author-date year ("Kuhn, Thomas S. 1962.") or by a date in parentheses
("Smith, J. (2002).", "OECD (2015)", "Kennan, George F. (July 1947)."), with
its list number if it has one.

>>> segment("А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр. M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.")
['А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр.', 'M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.']
"""

from __future__ import annotations

import re

from .areas import boundaries, is_known_place
from .dates import YEAR
from .names import LETTER, UP, parse_name_list
from .normalize import normalize

_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_CLOSE = re.compile(
    rf"(?:(?<![\d\-]){YEAR}\.?(?:, (?P<place>[{UP}][{LETTER}]+))?"
    rf"|\d+\.? ?(?:стр|с|lpp|p|pp|S)\.(?:,? ?(?:илл?|ил|ill|il)\.)?"
    rf"|(?:стр|ст|стлб|с|pp|p|lpp|Ст|Стб|л|lp)\. ?\d+(?: ?- ?\d+)?\.?"
    rf"|(?:S|С|P|Л)\. ?(?!{YEAR}\b)\d+(?: ?- ?\d+)?\.?"  # (a capital is an initial before a year)
    r"|ISBN:? ?[\dXx][\d\- Xx]{8,16}[\dXx]"
    r"|Wayback Machine\.?"
    r"|(?:https?://|doi:)[^ ]+"
    r"|[(\[](?:skatīts|sk\.|дата обращения|Accessed|accessed|viewed)[^()\[\]]*[)\]]\.?"
    # GOST 7.0.100-2018's content statement closes its area; a series area closes a description
    r"|Текст : (?:непосредственный|электронный)\."
    r"|(?<=- )\([^()]{2,150}\)\."
    # a newspaper's day and month ("1942, 24 июля.", "1940, 22. jūl.")
    rf"|\d{{1,2}} (?:{_RU_MONTHS})(?: \(\d{{1,2}} [а-я]+\))?\."
    r"|\d{1,2}\. (?:janv|febr|marts|apr|maij|jūn|jūl|aug|sept|okt|nov|dec)[a-zāēīū]*\.(?:, Nr\. [\d/]+\.)?"
    r")(?= +)"
)
_ONLY_NUMBER = re.compile(r" *(?:\[\d{1,3}\]|\d{1,3}\.) *")
_PAREN_END = re.compile(r"\) +")
_ROLE_AFTER = r",? (?:ed|eds|trans|comp)\."  # "Tully, James, ed."
# after a heading's names: a title, or the author-date year ("Kuhn, Thomas S. 1962.", "Tully, James, ed. 1988.")
_HEADING_END = re.compile(rf"(?:{_ROLE_AFTER})?[ ]*\.?[ ]+(?:[\"'«A-ZА-ЯЁĀ-Ž]|\d{{4}}[a-z]?\.)")
_NOTE_HEADING_END = re.compile(r"[ ]*[.,][ ]+[\"'«A-ZА-ЯЁĀ-Ž]")
_NUMBERING = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\.) +(?=[^\sa-zа-яёāčēģīķļņšūž])")  # not a day: "21. dec."
# a date in parentheses after the names: "(2002)", "(2020, March 11)", "(June 19, 1972)", "(Summer 1990)",
# "(Eds.). (1960)", "(eds) (2011)", "(n.d.)", "(no date)"
_PAREN_DATE = r"\((?:(?:[A-Z][a-z]+\.?,? )?(?:\d{1,2},? )?\d{4}[a-z]?[,)]|n\.d\.\)|no date\))"
_APA_YEAR_AHEAD = re.compile(rf" *(?:\((?:[Ee]ds?\.?|[Ee]d\.)\)\.? *)?{_PAREN_DATE}")
# an organisation's name before such a date: "World Bank. (1993).", "OECD (2015)", "U.S. Department of … (2014)."
_ORG_WORD = r"(?:[A-Z][\w&'\-]*|(?:[A-Z]\.)+|of|and|the|for|on|in|&)"
_ORG_HEADING = re.compile(rf"(?:[A-Z][\w&'\-]*|(?:[A-Z]\.)+)(?: {_ORG_WORD}){{0,9}}\.? (?={_PAREN_DATE}[^:])")
_NUMBER_BEFORE = re.compile(r"(?:(?<=\d\. )|(?<=[)\]\"]\. )|(?<=[)\]\"] ))(?:\[\d{1,3}\]|\d{1,3}\.) +$")  # "…, 4. | 27. Walter Duranty, …"
_ABBREVIATED_GIVEN = re.compile(rf"(?<=\. )[{UP}][{LETTER}]{{1,3}}\. +$")  # "Вяч. | Вс. Иванов"
_CONTINUES = re.compile(
    r"(?:ISBN|ISSN|JSTOR|PMID|PMC|OCLC|arXiv|Bibcode|Archived|Retrieved|Accessed|Available|Summary|Резюме|Kopsavilkums|URL|DOI|doi|In:|"
    r"Pieejams|Skatīts|Tulkojis|Translated|Edited|STD \d|RFC \d|pp?\. ?\d|С\. ?\d|Т\. ?\d|Vol\.|№|No\.|"
    r"Reprint|Repr\.|Библиогр|[A-Za-z0-9\-]+\.(?:lv|ru|com|org|net|edu|gov|uk|de|eu)\b)"
)
_STARTS = re.compile(rf"[\"{UP}«„“]")


def segment(text: str) -> list[str]:
    """The references of a run-on text, in order, stripped (empty text → [])."""
    s = normalize(text)
    cuts = [0]
    ends = [nxt for _, nxt in boundaries(s, 0, len(s))] + [m.end() for m in _PAREN_END.finditer(s)]
    for nxt in ends:
        # "… 880 стр. С.И. Ожегов. …", "… Publisher. Smith, J. (2002). …": a heading starts a reference
        if _starts_heading(s, nxt) and not _CONTINUES.match(s, nxt):
            cuts.append(_heading_start(s, nxt))
    for m in _CLOSE.finditer(s):
        nxt = m.end()
        while nxt < len(s) and s[nxt] == " ":
            nxt += 1
        if _NUMBERING.match(s, nxt):
            cuts.append(nxt)  # "… 100 с. 2. Петров П. П. …"
            continue
        if nxt >= len(s) or not _STARTS.match(s, nxt):
            continue
        place = m.group("place")
        if place and not is_known_place(place):
            continue  # "2005, Riga" closes; "2005, Title" does not
        if _CONTINUES.match(s, nxt) or _starts_pub_area(s, nxt):
            continue
        if re.fullmatch(YEAR, m.group(0)) and not _starts_with_name(s, nxt):
            continue  # a bare year ("JULY 1941 TO …") closes only before a name
        if re.match(YEAR, m.group(0)) and _after_authors(s, max(c for c in cuts if c <= m.start()), m.start()):
            continue  # "Kuhn, Thomas S. 1962. The Structure …": author-date, the year opens the reference
        cuts.append(nxt)
    cuts = sorted(set(cuts)) + [len(s)]
    # a cut right after list numbering ("2. | Петров П. П. …") keeps the number with its reference
    cuts = [c for i, c in enumerate(cuts) if i == 0 or not _ONLY_NUMBER.fullmatch(s, cuts[i - 1], c)]
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return [p for p in pieces if p]


def _heading_start(s: str, pos: int) -> int:
    """Where the reference whose heading is at ``pos`` starts: before its list number
    ("27. Walter Duranty, …") or a longer abbreviated given name ("Вяч. Вс. Иванов")."""
    before = s[max(0, pos - 8) : pos]
    m = _NUMBER_BEFORE.search(before) or _ABBREVIATED_GIVEN.search(before)
    return pos - len(before) + m.start() if m else pos


def _starts_heading(s: str, pos: int) -> bool:
    """Names in heading position: "С.И. Ожегов. Словарь", "Bleiere D., Zunda A. Latvijas",
    "Smith, J. (2002)", "Timothy Snyder, Bloodlands", "Kuhn, Thomas S. 1962.", "OECD (2015)"."""
    if _after_paren_date(s, pos):
        return False  # "Gilbert, Martin (1971). | Winston S. Churchill.": the title after the heading's date
    if _ORG_HEADING.match(s, pos):
        return True
    for shapes, ends in (
        (("latvian",), _HEADING_END),
        (("initials-first", "family-initials", "family-given"), _HEADING_END),
        (("given-family",), _NOTE_HEADING_END),
    ):
        names, end, _ = parse_name_list(s, pos, shapes)
        if names and (_APA_YEAR_AHEAD.match(s, end) or ends.match(s, end)):
            return True
    return False


_ROLE_AFTER_NAMES = re.compile(_ROLE_AFTER)
_DATE_BEFORE = re.compile(rf"{_PAREN_DATE}\.? +$")


def _after_paren_date(s: str, pos: int) -> bool:
    return _DATE_BEFORE.search(s, max(0, pos - 24), pos) is not None


def _after_authors(s: str, start: int, year_at: int) -> bool:
    numbering = _ONLY_NUMBER.match(s, start)
    names, end, _ = parse_name_list(s, numbering.end() if numbering else start)
    role = _ROLE_AFTER_NAMES.match(s, end)  # "Tully, James, ed. 1988."
    return bool(names) and year_at - (role.end() if role else end) <= 3


def _starts_with_name(s: str, pos: int) -> bool:
    return bool(parse_name_list(s, pos, ("latvian",))[0] or parse_name_list(s, pos)[0])


def _starts_pub_area(s: str, pos: int) -> bool:
    """"М., …" / "Rīga: …" – a place before its publisher continues the reference."""
    m = re.match(rf"([{LETTER}][{LETTER}.\- ]{{0,25}}?)\s*[,:;]", s[pos:])
    return bool(m and is_known_place(m.group(1).strip()))
