"""Cut a run-on reference section into single references.

A new reference starts after a *close* — a publication year ending a
sentence, a page count (``164 стр.``, ``250 lpp.``, ``, илл.``), a page or
column range, an ISBN, "Wayback Machine", an access date — when what follows
begins like a reference (a capital letter or a quote) and not like the
continuation of one (a place before its publisher, "ISBN", "Archived",
"Summary in …", a web-site name, ``/``, ``//``, a lower-case word).

>>> segment("А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр. M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.")
['А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр.', 'M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.']
"""

from __future__ import annotations

import re

from .areas import boundaries, is_known_place
from .dates import YEAR
from .names import LETTER, UP, parse_name_list
from .normalize import normalize

_CLOSE = re.compile(
    rf"(?:(?<![\d\-]){YEAR}\.?(?:, (?P<place>[{UP}][{LETTER}]+))?"
    rf"|\d+ ?(?:стр|с|lpp|p|pp|S)\.(?:,? ?(?:илл?|ил|ill|il)\.)?"
    rf"|(?:стр|ст|стлб|с|pp|p|lpp|S)\. ?\d+(?: ?- ?\d+)?"
    r"|ISBN:? ?[\dXx][\d\- Xx]{8,16}[\dXx]"
    r"|Wayback Machine\.?"
    r"|(?:https?://|doi:)[^ ]+"
    r"|\((?:skatīts|дата обращения|Accessed|accessed|viewed)[^()]*\)\.?"
    r")(?= +)"
)
_ONLY_NUMBER = re.compile(r" *(?:\[\d{1,3}\]|\d{1,3}\.) *")
_PAREN_END = re.compile(r"\) +")
_HEADING_END = re.compile(r"[ ]*\.?[ ]+[\"«A-ZА-ЯЁĀ-Ž]")
_NOTE_HEADING_END = re.compile(r"[ ]*[.,][ ]+[\"«A-ZА-ЯЁĀ-Ž]")
_NUMBERING = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\.) +(?=\S)")
_APA_YEAR_AHEAD = re.compile(r" *\(\d{4}[a-z]?[,)]")
_CONTINUES = re.compile(
    r"(?:ISBN|ISSN|JSTOR|PMID|OCLC|arXiv|Bibcode|Archived|Retrieved|Accessed|Summary|Резюме|Kopsavilkums|URL|DOI|doi|In:|pp?\. ?\d|С\. ?\d|Т\. ?\d|Vol\.|№|No\.|"
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
        if _starts_heading(s, nxt):
            cuts.append(nxt)
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


def _starts_heading(s: str, pos: int) -> bool:
    """Names in heading position: "С.И. Ожегов. Словарь", "Bleiere D., Zunda A. Latvijas",
    "Smith, J. (2002)", "Timothy Snyder, Bloodlands"."""
    for shapes, ends in (
        (("latvian",), _HEADING_END),
        (("initials-first", "family-initials", "family-given"), _HEADING_END),
        (("given-family",), _NOTE_HEADING_END),
    ):
        names, end, _ = parse_name_list(s, pos, shapes)
        if names and (_APA_YEAR_AHEAD.match(s, end) or ends.match(s, end)):
            return True
    return False


def _after_authors(s: str, start: int, year_at: int) -> bool:
    numbering = _ONLY_NUMBER.match(s, start)
    names, end, _ = parse_name_list(s, numbering.end() if numbering else start)
    return bool(names) and year_at - end <= 3


def _starts_with_name(s: str, pos: int) -> bool:
    return bool(parse_name_list(s, pos, ("latvian",))[0] or parse_name_list(s, pos)[0])


def _starts_pub_area(s: str, pos: int) -> bool:
    """"М., …" / "Rīga: …" – a place before its publisher continues the reference."""
    m = re.match(rf"([{LETTER}][{LETTER}.\- ]{{0,25}}?)\s*[,:;]", s[pos:])
    return bool(m and is_known_place(m.group(1).strip()))
