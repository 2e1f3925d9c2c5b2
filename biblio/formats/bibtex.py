"""Classic BibTeX (``.bib``) for pdflatex + bibtex, read and written through bibtexparser v2.

The written file works with ``\\usepackage[T2A,T1]{fontenc}`` and babel
(russian, latvian, english) under the standard styles (plain, unsrt, abbrv …):

* Latvian and other accented Latin letters are braced macros with the whole
  letter inside the braces (``{\\=a}``, ``{\\v{s}}``, ``{\\c{k}}``, ``{\\={\\i}}``),
  which BibTeX sorts, case-changes and abbreviates as one letter.
* Cyrillic stays readable UTF-8 inside ``{\\cyrillictext …}`` groups (T2A).
  Each given name starts with its own group, ``{\\cyrillictext А}{\\cyrillictext лександр}``,
  because 8-bit BibTeX would abbreviate a bare UTF-8 letter to half a byte.
* Titles of non-English entries are wrapped in braces so no style lowercases them.
* ``language`` carries the babel name (``russian``); ``--romanize SCHEME``
  writes names and titles romanised, the original kept in ``note``.

Reading accepts BibTeX and BibLaTeX field names alike (``journaltitle``,
``location``, ``date``, ``langid`` …), decodes LaTeX to Unicode and keeps
fields the model has no slot for in ``Entry.extra``.

Mapping (model ↔ BibTeX), the table :data:`FIELDS` below implements it:

=====================  =============================================================
BibTeX                 model
=====================  =============================================================
@type                  ``Entry.type`` via :data:`TYPES` / :data:`READ_TYPES`
key                    ``Entry.key``
author                 persons with role author
editor                 editors of the work (book) or of its host (in* types);
                       every editorial role is written as ``editor``
title                  ``title`` + ": " + ``subtitle``
booktitle / journal    ``host.title`` (+ subtitle) for in* types / articles
volume                 ``volume``, for in* types and articles ``host.volume``
number                 ``host.issue`` for articles, else ``series_number``
series                 ``series``
edition                ``edition``
address                ``places`` (full names), joined by "; "
publisher              ``publisher``
school / institution   ``institution`` (theses / reports)
type                   ``genre``
year, month            ``date`` (year range as ``1941--1945``; a literal date
                       without a year goes to ``year`` as written)
pages                  ``pages`` (``96--119``)
pagetotal              ``page_total``
note                   ``notes`` joined by ". "
isbn, issn, doi, url   ``isbns`` (", "), ``issn``, ``doi``, ``url``
urldate                ``accessed`` (ISO date)
language               ``language`` as a babel name (russian, latvian, english)
any other field        ``Entry.extra`` (read and written back unchanged)
=====================  =============================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Callable, Iterable, Iterator

from ..errors import FormatError
from ..io import Source
from ..model import Date, Entry, EntryType, Host, Origin, Pages, Person, Place, Role, Text
from . import Format, ReadOptions, WriteOptions, latex, register

FLAVOUR = "ascii"

TYPES: dict[EntryType, str] = {
    EntryType.BOOK: "book",
    EntryType.VOLUME: "book",
    EntryType.MULTIVOLUME: "book",
    EntryType.COLLECTION: "book",
    EntryType.CHAPTER: "incollection",
    EntryType.ENCYCLOPEDIA_ENTRY: "incollection",
    EntryType.ARTICLE: "article",
    EntryType.PROCEEDINGS: "proceedings",
    EntryType.THESIS: "phdthesis",
    EntryType.REPORT: "techreport",
    EntryType.WEBPAGE: "misc",
    EntryType.DOCUMENT: "misc",
}

# BibTeX and BibLaTeX entry types → model type (reading).
READ_TYPES: dict[str, EntryType] = {
    "book": EntryType.BOOK,
    "booklet": EntryType.BOOK,
    "bookinbook": EntryType.CHAPTER,
    "mvbook": EntryType.MULTIVOLUME,
    "collection": EntryType.COLLECTION,
    "mvcollection": EntryType.MULTIVOLUME,
    "reference": EntryType.COLLECTION,
    "mvreference": EntryType.MULTIVOLUME,
    "inbook": EntryType.CHAPTER,
    "incollection": EntryType.CHAPTER,
    "inproceedings": EntryType.CHAPTER,
    "conference": EntryType.CHAPTER,
    "inreference": EntryType.ENCYCLOPEDIA_ENTRY,
    "article": EntryType.ARTICLE,
    "periodical": EntryType.ARTICLE,
    "proceedings": EntryType.PROCEEDINGS,
    "mvproceedings": EntryType.PROCEEDINGS,
    "phdthesis": EntryType.THESIS,
    "mastersthesis": EntryType.THESIS,
    "thesis": EntryType.THESIS,
    "techreport": EntryType.REPORT,
    "report": EntryType.REPORT,
    "online": EntryType.WEBPAGE,
    "www": EntryType.WEBPAGE,
    "electronic": EntryType.WEBPAGE,
    "misc": EntryType.DOCUMENT,
    "manual": EntryType.DOCUMENT,
    "unpublished": EntryType.DOCUMENT,
}

# Types whose title, editors and volume belong to the host item.
IN_TYPES = {EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY}
EDITOR_ROLES = (Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD)


# --- small conversions ------------------------------------------------------


def join_title(title: Text | None, subtitle: Text | None) -> str:
    if title is None:
        return subtitle.value if subtitle else ""
    if subtitle is None or not subtitle.value:
        return title.value
    return f"{title.value}: {subtitle.value}"


def date_to_year(date: Date | None) -> str:
    if date is None:
        return ""
    if date.year is None:
        return date.literal
    if date.end_year and date.end_year != date.year:
        return f"{date.year}--{date.end_year}"
    return str(date.year)


def year_to_date(year: str, month: str = "") -> Date:
    match = re.fullmatch(r"\s*(\d{1,4})\s*(?:(?:--?|–|/)\s*(\d{1,4}))?\s*", year)
    if not match:
        return Date(literal=year)
    date = Date(year=int(match.group(1)), end_year=int(match.group(2)) if match.group(2) else None)
    month_number = _month_number(month)
    if month_number:
        date.month = month_number
    return date


def _month_number(month: str) -> int | None:
    month = month.strip().lower()
    if month.isdigit() and 1 <= int(month) <= 12:
        return int(month)
    return latex.MONTHS.index(month[:3]) + 1 if month[:3] in latex.MONTHS else None


def iso_date(date: Date | None) -> str:
    """``2012-01-06`` / ``2012-01`` / ``2012`` (empty when there is no year)."""
    if date is None or date.year is None:
        return ""
    out = f"{date.year:04d}"
    if date.month:
        out += f"-{date.month:02d}"
        if date.day:
            out += f"-{date.day:02d}"
    return out


def parse_iso_date(text: str) -> Date:
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text)
    if not match:
        return Date(literal=text)
    year, month, day = (int(g) if g else None for g in match.groups())
    return Date(year=year, month=month, day=day)


def pages_to_bib(pages: Pages | None) -> str:
    if pages is None:
        return ""
    return f"{pages.first}--{pages.last}" if pages.last else pages.first


def bib_to_pages(value: str) -> Pages:
    first, sep, last = re.split(r"(--?|–|—)", value, maxsplit=1)[:3] if re.search(r"--?|–|—", value) else (value, "", "")
    return Pages(first.strip(), last.strip()) if sep else Pages(value.strip())


def person_from_name(parts: latex.NameParts, role: Role) -> Person:
    if parts.literal:
        return Person(literal=parts.literal, role=role)
    if latex.looks_like_initials(parts.given):
        return Person(family=parts.family, initials=parts.given, role=role)
    return Person(family=parts.family, given=parts.given, role=role)


def names_field(persons: list[Person], flavour: str = FLAVOUR) -> str:
    return " and ".join(latex.format_name(p.family, p.display_given(), p.literal, flavour) for p in persons)


# --- the mapping table ------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One BibTeX field: how to get it from an entry and how to put it back."""

    field: str
    get: Callable[[Entry], str]
    put: Callable[[Entry, str], None]
    kind: str = "text"  # text: LaTeX-encoded; literal: escaped only where needed; verbatim: URL-like


def _host(entry: Entry) -> Host:
    if entry.host is None:
        entry.host = Host()
    return entry.host


def _is_in(entry: Entry) -> bool:
    return entry.type in IN_TYPES


def _text(value: str) -> Text | None:
    return Text(value) if value else None


def _put_title(entry: Entry, value: str) -> None:
    entry.title = Text(value)


def _get_container(entry: Entry) -> str:
    if entry.host is None or entry.type not in IN_TYPES | {EntryType.ARTICLE}:
        return ""
    return join_title(entry.host.title, entry.host.subtitle)


def _put_container(entry: Entry, value: str) -> None:
    _host(entry).title = Text(value)


def _get_volume(entry: Entry) -> str:
    if entry.type in IN_TYPES | {EntryType.ARTICLE}:
        return entry.host.volume if entry.host else ""
    return entry.volume


def _put_volume(entry: Entry, value: str) -> None:
    if entry.type in IN_TYPES | {EntryType.ARTICLE}:
        _host(entry).volume = value
    else:
        entry.volume = value


def _get_number(entry: Entry) -> str:
    if entry.type is EntryType.ARTICLE:
        return entry.host.issue if entry.host else ""
    return entry.series_number


def _put_number(entry: Entry, value: str) -> None:
    if entry.type is EntryType.ARTICLE:
        _host(entry).issue = value
    else:
        entry.series_number = value


def _get_places(entry: Entry) -> str:
    return "; ".join(p.full for p in entry.places)


def _put_places(entry: Entry, value: str) -> None:
    entry.places = [Place(v.strip()) for v in value.split(";") if v.strip()]


def _get_institution(entry: Entry) -> str:
    return entry.institution.value if entry.institution else ""


def _put_institution(entry: Entry, value: str) -> None:
    entry.institution = Text(value)


def _put_year(entry: Entry, value: str) -> None:
    month = entry.date.month if entry.date else None
    entry.date = year_to_date(value)
    if month and entry.date.year is not None:
        entry.date.month = month


def _get_month(entry: Entry) -> str:
    return str(entry.date.month) if entry.date and entry.date.year and entry.date.month else ""


def _put_month(entry: Entry, value: str) -> None:
    if entry.date is None:
        entry.date = Date()
    entry.date.month = _month_number(value)


def _get_notes(entry: Entry) -> str:
    return ". ".join(n.value for n in entry.notes)


def _put_notes(entry: Entry, value: str) -> None:
    entry.notes.append(Text(value))


def _put_isbns(entry: Entry, value: str) -> None:
    entry.isbns = [v.strip() for v in re.split(r"[,;]\s*|\s+and\s+", value) if v.strip()]


def _put_language(entry: Entry, value: str) -> None:
    entry.language = latex.iso_code(value.strip())


def _get_language(entry: Entry) -> str:
    return latex.babel_name(entry.language) if entry.language else ""


def _attr(name: str) -> tuple[Callable[[Entry], str], Callable[[Entry, str], None]]:
    """Getter and setter for a plain string attribute of Entry."""
    return (lambda e: getattr(e, name) or ""), (lambda e, v: setattr(e, name, v))


def _text_attr(name: str) -> tuple[Callable[[Entry], str], Callable[[Entry, str], None]]:
    """Getter and setter for a Text attribute of Entry."""

    def get(entry: Entry) -> str:
        value = getattr(entry, name)
        return value.value if value is not None else ""

    return get, (lambda e, v: setattr(e, name, _text(v)))


FIELDS: tuple[Rule, ...] = (
    # author / editor are handled by the name rules below
    Rule("title", lambda e: join_title(e.title, e.subtitle), _put_title),
    Rule("booktitle", lambda e: _get_container(e) if _is_in(e) else "", _put_container),
    Rule("journal", lambda e: _get_container(e) if e.type is EntryType.ARTICLE else "", _put_container),
    Rule("volume", _get_volume, _put_volume),
    Rule("number", _get_number, _put_number),
    Rule("series", *_text_attr("series")),
    Rule("edition", *_attr("edition")),
    Rule("address", _get_places, _put_places),
    Rule("publisher", *_text_attr("publisher")),
    Rule("school", lambda e: _get_institution(e) if e.type is EntryType.THESIS else "", _put_institution),
    Rule("institution", lambda e: _get_institution(e) if e.type is not EntryType.THESIS else "", _put_institution),
    Rule("type", *_attr("genre")),
    Rule("year", lambda e: date_to_year(e.date), _put_year),
    Rule("month", _get_month, _put_month, "literal"),
    Rule("pages", lambda e: pages_to_bib(e.pages), lambda e, v: setattr(e, "pages", bib_to_pages(v)), "literal"),
    Rule("pagetotal", *_attr("page_total")),
    Rule("note", _get_notes, _put_notes),
    Rule("isbn", lambda e: ", ".join(e.isbns), _put_isbns, "literal"),
    Rule("issn", *_attr("issn"), "literal"),
    Rule("doi", *_attr("doi"), "verbatim"),
    Rule("url", *_attr("url"), "verbatim"),
    Rule("urldate", lambda e: iso_date(e.accessed), lambda e, v: setattr(e, "accessed", parse_iso_date(v)), "literal"),
    Rule("language", _get_language, _put_language),
)
RULES = {rule.field: rule for rule in FIELDS}

# BibLaTeX names read as their BibTeX equivalents.
ALIASES = {
    "journaltitle": "journal",
    "location": "address",
    "langid": "language",
    "addendum": "note",
}
NAME_FIELDS = {"author", "editor", "editora", "editorb", "editorc", "translator"}
# Characters a literal field (pages, ISBN …) cannot hold without LaTeX escaping.
_LITERAL_UNSAFE = re.compile(r"[{}\\%#&$_~^\"\u00a0]|[^\x00-\x7f]")


# --- writing ----------------------------------------------------------------


def _romanized(entry: Entry, scheme: str) -> Entry:
    """A copy of ``entry`` with Cyrillic names and titles romanised, the original in a note."""
    import copy

    from ..translit import romanize, romanize_person

    def text(t: Text | None) -> Text | None:
        if t is None:
            return None
        return Text(t.romanized.get(scheme) or romanize(t.value, scheme), t.lang, "Latn")

    out = copy.deepcopy(entry)
    original = _original_note(entry)
    out.title, out.subtitle = text(entry.title), text(entry.subtitle)
    out.publisher, out.series = text(entry.publisher), text(entry.series)
    if out.host is not None and entry.host is not None:
        out.host.title, out.host.subtitle = text(entry.host.title), text(entry.host.subtitle)
    out.places = [Place(romanize(p.full, scheme)) for p in entry.places]
    for person in out.all_persons():
        parts = person.variants.get(scheme) or romanize_person(person, scheme)
        person.family = parts.get("family", "")
        person.given = parts.get("given", "")
        person.initials = parts.get("initials", "")
        person.literal = parts.get("literal", "")
    if original and original != join_title(out.title, out.subtitle):
        out.notes = [*out.notes, Text(f"Original: {original}")]
    return out


def _original_note(entry: Entry) -> str:
    names = ", ".join(
        p.literal or " ".join(x for x in (p.family, p.display_given()) if x) for p in entry.authors
    )
    title = join_title(entry.title, entry.subtitle)
    if names and title:
        return names + (" " if names.endswith(".") else ". ") + title
    return names or title


def _protect_title(entry: Entry, value: str) -> str:
    """Non-English titles keep their capitalisation: the whole title is one brace group."""
    return latex.protect(value) if entry.language != "en" else value


def entry_fields(entry: Entry, flavour: str = FLAVOUR) -> list[tuple[str, str]]:
    """The BibTeX fields of one entry as (name, raw LaTeX value without delimiters)."""
    fields: list[tuple[str, str]] = []
    authors = entry.authors
    editors = entry.host.persons if entry.host and entry.type in IN_TYPES else entry.persons
    editors = [p for p in editors if p.role in EDITOR_ROLES]
    if authors:
        fields.append(("author", names_field(authors, flavour)))
    if editors:
        fields.append(("editor", names_field(editors, flavour)))
    for rule in FIELDS:
        value = rule.get(entry).strip()
        if not value:
            continue
        fields.append((rule.field, encode_value(rule.kind, value, flavour)))
        if rule.field in ("title", "booktitle", "journal"):
            fields[-1] = (rule.field, _protect_title(entry, fields[-1][1]))
    known = {name for name, _ in fields} | set(RULES) | NAME_FIELDS
    for name, value in entry.extra.items():
        if _field_name_ok(name) and name.lower() not in known and value:
            fields.append((name.lower(), latex.encode(value, flavour)))
    return fields


def encode_value(kind: str, value: str, flavour: str) -> str:
    """A field value as written in the .bib, by the rule's kind."""
    if kind == "text" or (kind == "literal" and _LITERAL_UNSAFE.search(value)):
        return latex.encode(value, flavour)
    if kind == "verbatim":
        # URLs and DOIs stay verbatim for \url; only what breaks .bib syntax is percent-encoded.
        return "".join(f"%{ord(c):02X}" if c in "{}\\" or c.isspace() else c for c in value)
    return value


def decode_value(kind: str, raw: str) -> str:
    """The inverse of :func:`encode_value` (also reading .bib files from elsewhere)."""
    if kind == "text":
        return re.sub(r"[ \t\r\n]+", " ", latex.decode(raw)).strip()
    if kind == "verbatim":
        return re.sub(r"%(7B|7D|5C|20|09|0A|0D)", lambda m: chr(int(m.group(1), 16)), raw.strip())
    return latex.decode(raw).strip() if "\\" in raw or "{" in raw else raw.strip()


def _field_name_ok(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_:.+-]*", name))


def safe_key(key: str, number: int) -> str:
    """A citation key BibTeX accepts (no spaces, commas, braces …); ``ref{n}`` when empty."""
    cleaned = re.sub(r"[\s,{}()=\"#%'~\\]", "", key)
    return cleaned or f"ref{number}"


def write_entries(
    entries: Iterable[Entry],
    out: IO[str],
    type_of: Callable[[Entry], str],
    fields_of: Callable[[Entry], list[tuple[str, str]]],
    preamble: str = "",
) -> None:
    """Stream ``@type{key, …}`` blocks through bibtexparser's writer (shared by the .bib writers)."""
    import bibtexparser
    from bibtexparser import model as bibmodel
    from bibtexparser.writer import BibtexFormat

    layout = BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    layout.trailing_comma = True
    if preamble:
        out.write(f'@preamble{{ "{preamble}" }}\n\n')
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        key = safe_key(entry.key, number)
        while key in seen:
            key += "a"
        seen.add(key)
        library = bibtexparser.Library()
        fields = [bibmodel.Field(name, "{" + value + "}") for name, value in fields_of(entry)]
        for field in fields:
            if not latex.balanced(field.value):
                raise AssertionError(f"unbalanced braces in {field.key}")  # an encoder bug, never the data
        library.add(bibmodel.Entry(type_of(entry), key, fields))
        out.write(bibtexparser.write_string(library, unparse_stack=[], bibtex_format=layout))
        out.write("\n")


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    def prepared(items: Iterable[Entry]) -> Iterator[Entry]:
        for entry in items:
            yield _romanized(entry, options.romanize) if options.romanize else entry

    write_entries(prepared(entries), out, lambda e: TYPES[e.type], entry_fields, latex.CYRILLIC_PREAMBLE)


# --- reading ----------------------------------------------------------------


def record_to_entry(record: latex.BibRecord, source: Source, rules: dict[str, Rule] = RULES) -> Entry:
    """One parsed .bib block → Entry (BibTeX and BibLaTeX field names both understood)."""
    entry = Entry(
        type=READ_TYPES.get(record.entry_type, EntryType.DOCUMENT),
        key=record.key,
        origin=Origin(source.name, record.line),
    )
    if record.entry_type not in READ_TYPES:
        entry.extra["entrytype"] = record.entry_type
    for name, raw in record.fields.items():
        target = ALIASES.get(name, name)
        if name in NAME_FIELDS:
            _put_names(entry, name, raw, record.fields)
        elif name.endswith("type") and name[:-4] in NAME_FIELDS:
            continue  # read together with its name list
        elif target in rules:
            rule = rules[target]
            rule.put(entry, decode_value(rule.kind, raw))
        elif name == "date":
            _put_date(entry, raw)
        elif name == "subtitle":
            entry.subtitle = Text(latex.decode(raw))
        else:
            entry.extra[name] = latex.decode(raw)
    return entry


EDITOR_TYPES = {
    "editor": Role.EDITOR,
    "compiler": Role.COMPILER,
    "redactor": Role.EDITOR_COMPILER,
    "editorinchief": Role.EDITOR_IN_CHIEF,
    "editorialboard": Role.EDITORIAL_BOARD,
    "translator": Role.TRANSLATOR,
    "collaborator": Role.CONTRIBUTOR,
}


def _put_names(entry: Entry, name: str, raw: str, fields: dict[str, str]) -> None:
    if name == "author":
        role = Role.AUTHOR
    elif name == "translator":
        role = Role.TRANSLATOR
    else:
        role = EDITOR_TYPES.get(fields.get(f"{name}type", "editor").strip().lower(), Role.EDITOR)
    persons = [person_from_name(parts, role) for parts in latex.split_names(raw)]
    if role is not Role.AUTHOR and entry.type in IN_TYPES:
        _host(entry).persons.extend(persons)
    else:
        entry.persons.extend(persons)


def _put_date(entry: Entry, raw: str) -> None:
    value = raw.strip()
    if "/" in value:
        start, _, end = value.partition("/")
        date, last = parse_iso_date(start), parse_iso_date(end)
        if date.year is not None and last.year is not None:
            date.end_year, date.end_month, date.end_day = last.year, last.month, last.day
            entry.date = date
            return
        entry.date = Date(literal=latex.decode(value))
        return
    entry.date = parse_iso_date(value)
    if entry.date.year is None:
        entry.date = Date(literal=latex.decode(value))


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    for record in latex.read_bib(source):
        try:
            entry = record_to_entry(record, source)
        except ValueError as exc:
            raise FormatError(str(exc), source.name, record.line) from None
        # In* types read before their type was known keep host data on the host.
        yield entry


register(Format("bibtex", "BibTeX for pdflatex + bibtex (LaTeX-encoded, T2A Cyrillic)", (".bib",), read, write))
