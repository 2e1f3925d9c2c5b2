"""What every style shares: the entry view its templates read, the join nodes
that follow bibliographic punctuation, names, dates, pages and romanisation.

A style turns an :class:`~biblio.model.Entry` into a flat dict of ready
strings (:meth:`Style.fields`) and hands it, wrapped in a :class:`View`, to
a pybtex template (:meth:`Style.template`). The templates are ordinary
``pybtex.style.template`` nodes, so the same tree renders to text, HTML,
Markdown and LaTeX through pybtex's backends, and HTML escapes every field.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, ClassVar, Iterable

from pybtex import richtext
from pybtex.style.template import Node, _format_list, node

from ..backrefs import back_reference, note_text
from ..errors import UsageError
from ..model import Date, Entry, EntryType, Pages, Person, Role, Text, volume_in_set
from ..render.terms import Terms, terms

# --- the view a template reads ------------------------------------------------


class View:
    """The entry as pybtex's ``field`` node sees it: named, pre-formatted strings.

    Only non-empty values are stored, so ``optional[...]`` drops a block whose
    field is absent, exactly as with a pybtex ``Entry``.
    """

    __slots__ = ("key", "type", "fields", "persons")

    def __init__(self, key: str, type: str, fields: dict[str, str]) -> None:
        self.key = key
        self.type = type
        self.fields = {k: v for k, v in fields.items() if v}
        self.persons: dict[str, Any] = {}

    def _find_field(self, name: str, bib_data: Any = None) -> str:
        return self.fields[name]  # KeyError → FieldIsMissing inside pybtex's field node


# --- join nodes with bibliographic punctuation --------------------------------


@node
def areas(children: list[Any], data: Any, sep: str = " — ") -> richtext.Text:
    """GOST areas: each area, the last too, ends with a period (never doubled); ``sep`` between.

    ``Title. — М. : Наука, 1999. — 100 с.``; an area already ending in "."
    (``2-е изд.``) takes no second period.
    """
    parts = _rich_parts(children, data)
    if not parts:
        return richtext.Text()
    return richtext.Text(sep).join([part.add_period() for part in parts])


@node
def blocks(children: list[Any], data: Any) -> richtext.Text:
    """Anglo-American elements: each ends with a period (not doubled), joined by a space."""
    parts = _rich_parts(children, data)
    return richtext.Text(" ").join([_terminate(part) for part in parts])


def _rich_parts(children: list[Any], data: Any) -> list[richtext.BaseText]:
    """Non-empty children as rich text (``field(raw=True)`` gives plain strings)."""
    return [richtext.Text(part) if isinstance(part, str) else part for part in _format_list(children, data) if part]


def _terminate(part: richtext.BaseText) -> richtext.BaseText:
    text = str(part)
    if text.endswith(("?", "!", ".")) or text.endswith(("?”", "!”", ".”", '?"', '!"', '."')):
        return part
    return part.append(".")


# --- languages, scripts and romanisation --------------------------------------

_LATVIAN_LETTERS = set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def is_latin_script(text: str) -> bool:
    """True when no letter needs romanising (Latin letters, digits, punctuation)."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def entry_language(entry: Entry) -> str:
    """The language the entry is written in: declared, else guessed from its letters."""
    if entry.language:
        return entry.language
    if entry.title is not None and entry.title.lang:
        return entry.title.lang
    sample = " ".join(
        filter(None, [entry.title.value if entry.title else "", *(p.family for p in entry.persons)])
    )
    if entry.host is not None and entry.host.title is not None:
        sample += " " + entry.host.title.value
    if is_cyrillic(sample):
        return "ru"
    if any(ch in _LATVIAN_LETTERS for ch in sample):
        return "lv"
    return "en"


def romanize_text(value: str, scheme: str) -> str:
    """``value`` in Latin letters by ``scheme`` (the transliteration module is loaded on demand)."""
    if is_latin_script(value):
        return value
    try:
        from ..translit import romanize
    except ImportError:
        raise UsageError(f"romanisation ({scheme}) is not available in this installation") from None
    return romanize(value, scheme)


# Romanised for an English-language guide, Russian quotation marks become English ones
# (ALA-LC romanization tables, as catalogues print them): «за» и «против» → “za” i “protiv”.
_CYRILLIC_QUOTES = str.maketrans({"«": "“", "»": "”", "„": "“"})


def text_in_latin(text: Text | None, scheme: str) -> str:
    if text is None:
        return ""
    if text.romanized.get(scheme):
        latin = text.romanized[scheme]
    else:
        latin = romanize_text(text.value, scheme)
    return latin.translate(_CYRILLIC_QUOTES) if "«" in latin and is_cyrillic(text.value) else latin


def person_in_latin(person: Person, scheme: str) -> Person:
    """A copy of ``person`` with romanised name parts (a stored variant wins)."""
    if is_latin_script(person.family + person.given + person.initials + person.literal):
        return person
    variant = person.variants.get(scheme)
    if variant is None:
        variant = _romanize_person(person, scheme)
    given = variant.get("given", "")
    initials = variant.get("initials", "")
    if not initials and person.initials and not given:
        initials = romanize_text(person.initials, scheme)
    return Person(
        family=variant.get("family", ""),
        given=given if person.given else "",
        initials=initials or (initials_of(given) if not person.given else ""),
        suffix=romanize_text(person.suffix, scheme) if person.suffix else "",
        role=person.role,
        literal=variant.get("literal", romanize_text(person.literal, scheme) if person.literal else ""),
        lang=person.lang,
        script="Latn",
    )


def _romanize_person(person: Person, scheme: str) -> dict[str, str]:
    try:
        from ..translit import romanize_person
    except ImportError:
        return {
            "family": romanize_text(person.family, scheme),
            "given": romanize_text(person.given, scheme),
            "initials": romanize_text(person.initials, scheme),
        }
    return dict(romanize_person(person, scheme))


# --- names --------------------------------------------------------------------


def initials_of(given: str) -> str:
    """``"Иван Иванович"`` → ``"И. И."``, ``"Jean-Paul"`` → ``"J.-P."``; initials stay as they are.

    >>> initials_of("Иван Иванович"), initials_of("Jean-Paul"), initials_of("A.K."), initials_of("I͡A.")
    ('И. И.', 'J.-P.', 'A. K.', 'I͡A.')
    """
    out = []
    for token in re.findall(r"[^\s.]+\.?", given):
        if token.endswith("."):  # already an initial (romanised ones may be two letters: "Ia.")
            out.append(token)
            continue
        out.append("-".join(_first_letter(piece) + "." for piece in token.split("-") if piece))
    return " ".join(out)


def _first_letter(word: str) -> str:
    """The first letter with any combining marks that follow it ("I͡A" keeps its tie)."""
    end = 1
    while end < len(word) and unicodedata.combining(word[end]):
        end += 1
    return word[:end]


def person_initials(person: Person) -> str:
    return initials_of(person.initials or person.given)


# A name suffix ("Jr.", "III") follows the whole name. Inverted, it is set off by a
# comma after the given names in every guide ("King, M. L., Jr."); in natural order
# APA, Chicago and GOST write no comma ("M. L. King Jr."), MLA keeps one.


def _with_suffix(name: str, person: Person, comma: bool) -> str:
    if not person.suffix:
        return name
    return f"{name}, {person.suffix}" if comma else f"{name} {person.suffix}"


def initials_family(person: Person) -> str:
    """``И. О. Фамилия`` (GOST statements of responsibility), ``M. L. King Jr.``."""
    if person.is_organization:
        return person.literal
    return _with_suffix(" ".join(filter(None, [person_initials(person), person.family])), person, comma=False)


def family_initials(person: Person, comma: bool = False) -> str:
    """``Фамилия И. О.`` (``Фамилия, И. О.`` with ``comma``); a suffix last: ``King, M. L., Jr.``."""
    if person.is_organization:
        return person.literal
    initials = person_initials(person)
    if not initials:
        name = person.family
    else:
        name = f"{person.family}, {initials}" if comma else f"{person.family} {initials}"
    return _with_suffix(name, person, comma=True)


def family_given(person: Person) -> str:
    """``Family, Given`` with full given names where known (Chicago, MLA): ``King, Martin Luther, Jr.``."""
    if person.is_organization:
        return person.literal
    given = person.given or person_initials(person)
    return _with_suffix(f"{person.family}, {given}" if given else person.family, person, comma=True)


def given_family(person: Person, suffix_comma: bool = False) -> str:
    """``Given Family``: ``Martin Luther King Jr.`` (``King, Jr.`` with ``suffix_comma``, as MLA)."""
    if person.is_organization:
        return person.literal
    return _with_suffix(" ".join(filter(None, [person.given or person_initials(person), person.family])), person, suffix_comma)


def join_names(names: list[str], sep: str = ", ", last: str = ", and ", two: str = " and ") -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return names[0] + two + names[1]
    return sep.join(names[:-1]) + last + names[-1]


def sort_name(person: Person) -> tuple[str, str]:
    if person.is_organization:
        return (person.literal, "")
    return (person.family, person.given or person.initials)


# --- dates, pages, numbers ------------------------------------------------------

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


def year_text(date: Date | None) -> str:
    """``1973``, ``1941–1945``, or what the source wrote."""
    if date is None or date.is_empty():
        return ""
    if date.year is None:
        return date.literal
    if date.end_year and date.end_year != date.year:
        return f"{date.year}–{date.end_year}"
    return str(date.year)


def numeric_date(date: Date | None) -> str:
    """``01.03.2024`` (GOST access dates)."""
    if date is None or date.year is None:
        return date.literal if date else ""
    if date.month and date.day:
        return f"{date.day:02d}.{date.month:02d}.{date.year}"
    if date.month:
        return f"{date.month:02d}.{date.year}"
    return str(date.year)


def page_range(pages: Pages, shorten: Any = None) -> str:
    """``590–630`` with an en dash; ``shorten(first, last)`` may abbreviate the second number."""
    first, last = pages.first, pages.last
    if not last:
        return first
    if shorten is not None and first.isdigit() and last.isdigit():
        last = shorten(first, last)
    return f"{first}–{last}"


def minimal_two(first: str, last: str) -> str:
    """Second number cut to its changed digits, at least two (MLA): ``101–20``, ``1496–500``."""
    if len(first) != len(last) or len(first) <= 2:
        return last
    i = 0
    while i < len(last) - 2 and first[i] == last[i]:
        i += 1
    return last[i:]


def chicago_range(first: str, last: str) -> str:
    """CMOS 9.61: ``71–72``, ``100–104``, ``101–8``, ``321–28``, ``1496–1500``, ``11564–615``.

    >>> [chicago_range(a, b) for a, b in [("71", "72"), ("100", "104"), ("101", "108"),
    ...  ("321", "328"), ("1496", "1500"), ("11564", "11615"), ("590", "630")]]
    ['72', '104', '8', '28', '1500', '615', '630']
    """
    n = int(first)
    if n < 100 or n % 100 == 0 or len(first) != len(last):
        return last
    if n % 100 < 10:
        i = 0
        while i < len(last) - 1 and first[i] == last[i]:
            i += 1
        return last[i:]
    short = minimal_two(first, last)
    if len(first) == 4 and len(short) >= 3:
        return last
    return short


def ordinal_en(number: str) -> str:
    """``2`` → ``2nd``; anything that is not a number stays as written."""
    if not number.isdigit():
        return number
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def edition_text(edition: str, t: Terms) -> str:
    """``2`` → ``2-е изд.`` / ``2nd ed.`` / ``2. izd.``; a worded edition stays as written."""
    if not edition:
        return ""
    if not edition.isdigit():
        return edition
    number = ordinal_en(edition) if t.language == "en" else edition
    return t.get("edition", number)


# biblatex's ``type`` keys for degrees (what @phdthesis / @mastersthesis become on reading).
THESIS_KEYS = frozenset({"phdthesis", "candthesis", "docthesis", "mathesis", "bathesis"})


def thesis_kind(genre: str, words: dict[str, str]) -> str:
    """A degree key in the guide's words (``phdthesis`` → ``PhD diss.``); other genres as written."""
    key = genre.strip().lower()
    return words.get(key, genre) if key in THESIS_KEYS else genre


def report_designation(genre: str, number: str, numero: str = "") -> str:
    """A report's kind and number: ``NBER Working Paper No. 4509`` (``numero`` "No."), ``RFC 2616``.

    A code ("RFC", "STD") or an abbreviation that ends in a period ("Cmnd.") takes
    the number directly; a report without a kind is a "Report".
    """
    if not number:
        return genre
    kind = genre.strip() or "Report"
    coded = kind.endswith(".") or kind.replace(" ", "").isupper()
    return f"{kind} {number}" if coded or not numero else f"{kind} {numero} {number}"


# --- title case (Chicago, MLA, APA container titles) ---------------------------

_MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs from into onto with over".split()
)


def title_case(text: str) -> str:
    """Headline-style capitalisation for English titles; words with capitals inside stay.

    >>> title_case("a study of the partisan war in latvia")
    'A Study of the Partisan War in Latvia'
    """
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = word.strip("\"'“‘(")
        first_or_last = i == 0 or i == len(words) - 1 or (i > 0 and words[i - 1].endswith((":", "—", "?", "!")))
        if not bare or any(ch.isupper() for ch in bare[1:]) or bare[0].isupper():
            out.append(word)
        elif bare.lower() in _MINOR_WORDS and not first_or_last:
            out.append(word)
        else:
            j = word.index(bare[0])
            out.append(word[:j] + word[j].upper() + word[j + 1 :])
    return " ".join(out)


# --- the style base class -------------------------------------------------------


class Style:
    """A citation style: fields per entry, a template per entry type, sorting, citations."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    numeric: ClassVar[bool] = False  # labels are numbers in bibliography order

    def __init__(self, romanize: str | None = None, original_script: bool = False, language: str | None = None):
        self.romanize = romanize
        self.original_script = original_script
        self.language = language
        self._templates: dict[Any, Node] = {}

    # subclasses supply these
    def fields(self, entry: Entry) -> dict[str, str]:
        raise NotImplementedError

    def build_template(self, kind: Any) -> Node:
        """The template for a :meth:`template_key` (by default the entry type)."""
        raise NotImplementedError

    def template_key(self, entry: Entry, fields: dict[str, str]) -> Any:
        """Which template formats this entry (by default one per entry type)."""
        return entry.type

    def sort_key(self, entry: Entry) -> Any:
        raise NotImplementedError

    def cite(self, entry: Entry, locator: str | None = None, number: int | None = None, **options: Any) -> str:
        raise NotImplementedError

    # shared machinery
    def terms_for(self, entry: Entry) -> Terms:
        return terms(self.language or entry_language(entry))

    def template(self, kind: Any) -> Node:
        found = self._templates.get(kind)
        if found is None:
            found = self._templates[kind] = self.build_template(kind)
        return found

    # Consecutive works by the same creators: the creators are replaced by this mark
    # (MLA 9 and Chicago 17 use a 3-em dash); empty to repeat the names.
    repeated_creators: ClassVar[str] = ""

    def format_entry(self, entry: Entry) -> richtext.BaseText:
        if back_reference(entry):
            return as_written(entry)
        entry = cited_view(entry)
        return self.render_fields(entry, self.fields(entry))

    def render_fields(self, entry: Entry, fields: dict[str, str]) -> richtext.BaseText:
        view = View(entry.key, entry.type.value, fields)
        return self.template(self.template_key(entry, fields)).format_data({"entry": view, "style": self})

    def year_suffixes(self, entries: Iterable[Entry]) -> dict[int, str]:
        """``id(entry)`` → ``"a"``, ``"b"`` … for works an author-date style must tell apart; none here."""
        return {}

    def apply_year_suffix(self, fields: dict[str, str], suffix: str) -> None:
        """Put ``suffix`` after the year in ``fields`` (author-date styles)."""

    def format_list(self, entries: Iterable[Entry]) -> list[richtext.BaseText]:
        """Entries in the order given, as a list: a repeated creator list becomes the style's mark,
        works by the same creators in the same year take the style's year suffixes."""
        out = []
        previous = ""
        entries = list(entries)
        suffixes = self.year_suffixes(entries)
        for entry in entries:
            if back_reference(entry):
                out.append(as_written(entry))
                previous = ""
                continue
            fields = self.fields(cited_view(entry))
            if id(entry) in suffixes:
                self.apply_year_suffix(fields, suffixes[id(entry)])
            creators = fields.get("creators", "")
            if self.repeated_creators and creators and creators == previous:
                fields["creators"] = self.repeated_creators
            previous = creators
            out.append(self.render_fields(entry, fields))
        return out

    def sort(self, entries: Iterable[Entry]) -> list[Entry]:
        return sorted(entries, key=self.sort_key)


def as_written(entry: Entry) -> richtext.BaseText:
    """A note that stands for a work cited before and was left in the list ("Ibid., p. 3." with nothing
    before it): the style has no work to describe, so every style prints the note as its writer wrote it."""
    return richtext.Text(note_text(entry))


def cited_view(entry: Entry) -> Entry:
    """The entry in the shape the templates expect: a volume with its own title as a volume of
    its set, an untitled archival file by its repository and shelfmark."""
    return archival_view(volume_in_set(entry))


def archival_view(entry: Entry) -> Entry:
    """An untitled archival file is cited by its repository and shelfmark, which stand in the
    title's place ("ГАРФ. Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10", as GOST R 7.0.100-2018 writes it);
    the leaves are part of the shelfmark, so no page range follows."""
    signature = entry.extra.get("archive_signature", "")
    if entry.type != EntryType.DOCUMENT or entry.title is not None or not (signature or entry.archive):
        return entry
    label = ". ".join(part for part in (entry.archive, signature) if part)
    return dataclasses.replace(
        entry, title=Text(label, lang=entry.language, script=entry.script), pages=None if signature else entry.pages
    )


# Entry types described as a part of a host item (" // " in GOST, "In" in APA / Chicago).
ANALYTIC_TYPES = frozenset({EntryType.CHAPTER, EntryType.ARTICLE, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.WEBPAGE})


def is_analytic(entry: Entry) -> bool:
    return entry.type in ANALYTIC_TYPES


def is_volume_of_set(entry: Entry) -> bool:
    """One volume of a multi-volume work: a volume entry, or a book whose host is the set."""
    if entry.type == EntryType.VOLUME:
        return True
    return (not is_analytic(entry) and entry.host is not None and entry.host.title is not None)


def website(entry: Entry) -> tuple[Text | None, Text | None]:
    """A web page's site name and the larger work on the site it belongs to, if any.

    The parser puts the site ("Historia.lv") in ``publisher``, or in ``host.title``
    when the reference states it as the container; with both, the host is a work
    published on the site ("Latvia in the Wars of the 20th Century").
    """
    if entry.type != EntryType.WEBPAGE:
        return None, None
    host_title = entry.host.title if entry.host is not None else None
    if entry.publisher is not None and entry.publisher.value:
        return entry.publisher, host_title
    return host_title, None


def host_persons(entry: Entry, *roles: Role) -> list[Person]:
    if entry.host is None:
        return []
    return [p for p in entry.host.persons if p.role in roles]


def str_or_empty(text: Text | None) -> str:
    return text.value if text is not None else ""
