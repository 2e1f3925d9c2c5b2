"""RIS (Research Information Systems) tagged records, UTF-8, read and written.

A record is lines ``TAG  - value`` from ``TY`` to ``ER``; repeatable tags
(``AU``, ``ED``, ``SN``, ``N1`` …) repeat. Names are ``Family, Given`` or
``Family, Given, Suffix`` (``King, Martin Luther, Jr.``); a
name without a comma is an organisation. Reading tolerates a BOM, blank
lines, lines continuing the previous value and unknown tags (kept in
``Entry.extra`` as ``ris:TAG``), and reports a line outside any record or an
unterminated record with its file and line.

Mapping (model ↔ RIS), implemented by :data:`FIELDS`:

=========  ========================================================================
RIS        model
=========  ========================================================================
TY         ``Entry.type`` via :data:`TYPES` / :data:`READ_TYPES`
ID         ``key``
AU         persons with role author
ED         editorial persons of the work itself
A2         editorial persons of the host (chapters, encyclopedia entries)
A3         the host's authors (``container-author``)
A4         translators
TI         ``title`` + ": " + ``subtitle``
T2         ``host.title`` (+ subtitle): book, encyclopedia or journal
T3         ``series``
PY, DA     ``date``: PY the year (``1941/1945`` for a range, else the literal),
           DA ``YYYY/MM/DD/``
CY         ``places`` (full names), one CY per place
PB         ``publisher``
SN         ``isbns`` and ``issn``, one SN each (an ISSN is 8 characters); a report's
           ``number`` first (Zotero reads a report's SN as its report number)
SP, EP     ``pages`` first and last
VL, IS     ``volume`` (the host's for hosted types), ``host.issue``
NV         ``number_of_volumes``
M1         ``part`` (часть, daļa: the part of a work; RIS has no tag of its own)
ET         ``edition``
LA         ``language`` (ISO 639-1)
UR, DO     ``url``, ``doi``
Y2         ``accessed`` (``YYYY/MM/DD/``)
DB, AN     ``archive`` and an archival file's shelfmark (Zotero's Archive, Loc. in Archive)
N1         ``notes``, one N1 each
M3         ``genre``
=========  ========================================================================

Editorial roles other than editor have no RIS tag; they are written as ED/A2
and the role survives in an ``N1`` line naming the tag and its position:
``biblio-role: ED 1 (Известный, В.) = compiler``.
"""

from __future__ import annotations

import re
from typing import IO, Iterable, Iterator

from ..backrefs import as_note, back_reference
from ..errors import FormatError
from ..io import Source
from ..model import HOSTED_TYPES, IN_BOOK_TYPES, Date, Entry, EntryType, Extra, Host, Origin, Pages, Person, Place, Role, Text
from . import Format, ReadOptions, WriteOptions, register

TYPES: dict[EntryType, str] = {
    EntryType.BOOK: "BOOK",
    EntryType.VOLUME: "BOOK",
    EntryType.MULTIVOLUME: "BOOK",
    EntryType.COLLECTION: "EDBOOK",
    EntryType.PROCEEDINGS: "CONF",
    EntryType.CHAPTER: "CHAP",
    EntryType.ENCYCLOPEDIA_ENTRY: "ENCYC",
    EntryType.ARTICLE: "JOUR",
    EntryType.THESIS: "THES",
    EntryType.REPORT: "RPRT",
    EntryType.WEBPAGE: "ELEC",
    EntryType.DOCUMENT: "GEN",
}
READ_TYPES: dict[str, EntryType] = {
    "BOOK": EntryType.BOOK,
    "EBOOK": EntryType.BOOK,
    "EDBOOK": EntryType.COLLECTION,
    "CONF": EntryType.PROCEEDINGS,
    "CHAP": EntryType.CHAPTER,
    "ECHAP": EntryType.CHAPTER,
    "CPAPER": EntryType.CHAPTER,
    "ENCYC": EntryType.ENCYCLOPEDIA_ENTRY,
    "DICT": EntryType.ENCYCLOPEDIA_ENTRY,
    "JOUR": EntryType.ARTICLE,
    "EJOUR": EntryType.ARTICLE,
    "MGZN": EntryType.ARTICLE,
    "NEWS": EntryType.ARTICLE,
    "THES": EntryType.THESIS,
    "RPRT": EntryType.REPORT,
    "ELEC": EntryType.WEBPAGE,
    "WEB": EntryType.WEBPAGE,
    "BLOG": EntryType.WEBPAGE,
    "GEN": EntryType.DOCUMENT,
    "MANSCPT": EntryType.DOCUMENT,
}
EDITORIAL = (Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD, Role.CONTRIBUTOR)
ROLE_NOTE = "biblio-role: "
# Tags that belong to the host item of a contribution and to the entry itself otherwise.
_OWN_OR_HOST = {"VL": "volume", "NV": "number_of_volumes", "M1": "part"}

_LINE = re.compile(r"^([A-Z][A-Z0-9])  - ?(.*)$")
_ROLE_LINE = re.compile(
    rf"^{ROLE_NOTE}(AU|ED|A2|A3|A4) (\d+)(?: \(.*\))? = ({'|'.join(r.value for r in Role)})$"
)


# --- small conversions ------------------------------------------------------


def _join_title(title: Text | None, subtitle: Text | None) -> str:
    if title is None:
        return subtitle.value if subtitle else ""
    if subtitle is None or not subtitle.value:
        return title.value
    return title.value + (" " if title.value.endswith(("!", "?", ".", ":", ";")) else ": ") + subtitle.value


def _name(person: Person) -> str:
    """``Family, Given`` or, with a suffix, RIS's ``Lastname, Firstname, Suffix``."""
    if person.is_organization or not person.family:
        return person.literal or person.family
    given = person.display_given()
    if person.suffix:
        return f"{person.family}, {given}, {person.suffix}"
    return f"{person.family}, {given}" if given else f"{person.family},"


def _person(value: str, role: Role) -> Person:
    family, comma, rest = value.partition(",")
    if not comma:
        return Person(literal=value.strip(), role=role)
    given, _, suffix = rest.partition(",")
    family, given, suffix = family.strip(), given.strip(), suffix.strip()
    if re.fullmatch(r"(?:[^\W\d_]{1,2}\.(?:[ -]|$))+", given):
        return Person(family=family, initials=given, suffix=suffix, role=role)
    return Person(family=family, given=given, suffix=suffix, role=role)


def _ris_date(date: Date) -> str:
    """``YYYY/MM/DD/`` with empty parts where unknown (the RIS DA/Y2 form)."""
    month = f"{date.month:02d}" if date.month else ""
    day = f"{date.day:02d}" if date.month and date.day else ""
    return f"{date.year:04d}/{month}/{day}/" if date.year is not None else ""


def _read_ris_date(value: str) -> Date | None:
    match = re.fullmatch(r"(\d{4})(?:/(\d{0,2})(?:/(\d{0,2})(?:/.*)?)?)?", value.strip())
    if not match:
        return Date(literal=value.strip()) if value.strip() else None
    year, month, day = (int(g) if g else None for g in match.groups())
    return Date(year, month, day)


def _year(date: Date) -> str:
    if date.year is None:
        return date.literal
    return f"{date.year}/{date.end_year}" if date.end_year is not None else str(date.year)


def _read_year(value: str, date: Date | None) -> Date:
    match = re.fullmatch(r"\s*(\d{4})(?:/(\d{4}))?\s*", value)
    if not match:
        return Date(literal=value.strip())
    out = date or Date()
    out.year = int(match.group(1))
    out.end_year = int(match.group(2)) if match.group(2) else None
    return out


# --- writing ----------------------------------------------------------------


def _tags(entry: Entry) -> list[tuple[str, str]]:
    """The record's lines as (tag, value), TY first and ER last."""
    if back_reference(entry):  # "Ibid., p. 3." with nothing to stand for: a generic record with that note
        entry = as_note(entry)
    tags: list[tuple[str, str]] = [("TY", TYPES[entry.type])]
    if entry.key:
        tags.append(("ID", entry.key))
    role_notes: list[str] = []

    def names(tag: str, people: list[Person]) -> None:
        for index, person in enumerate(people, start=1):
            tags.append((tag, _name(person)))
            if person.role not in (Role.AUTHOR, Role.EDITOR, Role.TRANSLATOR):
                role_notes.append(f"{ROLE_NOTE}{tag} {index} ({_name(person)}) = {person.role.value}")

    host_people = entry.host.persons if entry.host and entry.type in IN_BOOK_TYPES else []
    names("AU", entry.authors)
    names("ED", [p for p in entry.persons if p.role in EDITORIAL])
    names("A2", [p for p in host_people if p.role in EDITORIAL])
    names("A3", [p for p in host_people if p.role is Role.AUTHOR])
    names("A4", entry.persons_with(Role.TRANSLATOR))
    holder = entry.host if entry.type in HOSTED_TYPES else entry
    single = [
        ("TI", _join_title(entry.title, entry.subtitle)),
        ("T2", _join_title(entry.host.title, entry.host.subtitle) if entry.host and entry.type in HOSTED_TYPES else ""),
        ("T3", entry.series.value if entry.series else ""),
        ("PY", _year(entry.date) if entry.date else ""),
        ("DA", _ris_date(entry.date) if entry.date and entry.date.month else ""),
    ]
    tags += [(t, v) for t, v in single if v]
    tags += [("CY", p.full) for p in entry.places]
    if entry.publisher:
        tags.append(("PB", entry.publisher.value))
    if entry.number and entry.type is EntryType.REPORT:
        tags.append(("SN", entry.number))
    tags += [("SN", isbn) for isbn in entry.isbns]
    if entry.issn:
        tags.append(("SN", entry.issn))
    more = [
        ("SP", entry.pages.first if entry.pages else ""),
        ("EP", entry.pages.last if entry.pages else ""),
        ("VL", holder.volume if holder else ""),
        ("IS", entry.host.issue if entry.host and entry.type in HOSTED_TYPES else ""),
        ("NV", holder.number_of_volumes if holder else ""),
        ("M1", holder.part if holder else ""),
        ("ET", entry.edition),
        ("M3", entry.genre),
        ("LA", entry.language or ""),
        ("UR", entry.url),
        ("DO", entry.doi),
        ("Y2", _ris_date(entry.accessed) if entry.accessed else ""),
        ("DB", entry.archive),  # Zotero's Archive …
        ("AN", entry.extra.get(Extra.ARCHIVE_SIGNATURE, "")),  # … and Loc. in Archive
    ]
    tags += [(t, v) for t, v in more if v]
    tags += [("N1", n.value) for n in entry.notes]
    if entry.pages and entry.pages.unit == "column":
        role_notes.append("biblio-pagination: column")
    tags += [("N1", note) for note in role_notes]
    tags.append(("ER", ""))
    return tags


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    for entry in entries:
        for tag, value in _tags(entry):
            # One value per line: line breaks inside a value become spaces.
            out.write(f"{tag}  - {' '.join(value.splitlines())}".rstrip() + "\n")
        out.write("\n")


# --- reading ----------------------------------------------------------------


def _records(source: Source) -> Iterator[tuple[int, list[tuple[str, str, int]]]]:
    record: list[tuple[str, str, int]] = []
    start = 0
    for number, line in source.lines():
        match = _LINE.match(line)
        if match is None:
            if not line.strip():
                continue
            if record:  # a wrapped value continues on the next line
                tag, value, at = record[-1]
                record[-1] = (tag, f"{value} {line.strip()}", at)
                continue
            raise FormatError(f"expected 'TY  - ' to start a record, found {line[:30]!r}", source.name, number)
        tag, value = match.group(1), match.group(2).strip()
        if tag == "TY":
            if record:
                raise FormatError("record not closed with 'ER  - ' before the next 'TY'", source.name, number)
            start = number
        elif not record:
            raise FormatError(f"{tag} outside a record (a record starts with 'TY  - ')", source.name, number)
        record.append((tag, value, number))
        if tag == "ER":
            yield start, record
            record = []
    if record:
        raise FormatError("record not closed with 'ER  - '", source.name, start)


def _standard_number(value: str) -> bool:
    """An ISBN (10 or 13 digits, hyphens allowed) or an ISSN, not a report number."""
    compact = value.replace("-", "").replace(" ", "")
    return len(compact) in (8, 10, 13) and compact[:-1].isdigit() and (compact[-1].isdigit() or compact[-1] in "Xx")


def _record_to_entry(record: list[tuple[str, str, int]], source: Source, start: int) -> Entry:
    kind = record[0][1].upper()
    entry = Entry(type=READ_TYPES.get(kind, EntryType.DOCUMENT), origin=Origin(source.name, start))
    if kind not in READ_TYPES:
        entry.extra["ris:TY"] = kind
    hosted = entry.type in HOSTED_TYPES
    host = Host()
    roles: dict[str, Role] = {}
    columns = False
    people: list[tuple[str, Person]] = []
    for tag, value, _ in record[1:]:
        if tag == "ER":
            break
        if tag in ("AU", "A1"):
            people.append((tag, _person(value, Role.AUTHOR)))
        elif tag in ("ED", "A2", "A3", "A4"):
            role = {"A3": Role.AUTHOR, "A4": Role.TRANSLATOR}.get(tag, Role.EDITOR)
            people.append((tag, _person(value, role)))
        elif tag == "N1" and (match := _ROLE_LINE.match(value)):
            roles[f"{match.group(1)} {match.group(2)}"] = Role(match.group(3))
        elif tag == "N1" and value == "biblio-pagination: column":
            columns = True
        else:
            _put(entry, host, hosted, tag, value)
    seen: dict[str, int] = {}
    for tag, person in people:
        seen[tag] = seen.get(tag, 0) + 1
        person.role = roles.get(f"{tag} {seen[tag]}", person.role)
        (host.persons if tag in ("A2", "A3") else entry.persons).append(person)
    if columns and entry.pages is not None:
        entry.pages.unit = "column"
    if host != Host():
        entry.host = host
    return entry


def _put(entry: Entry, host: Host, hosted: bool, tag: str, value: str) -> None:
    if tag in ("TI", "T1") and value:
        entry.title = Text(value)
    elif tag in ("T2", "JO", "JF", "BT") and value:
        host.title = Text(value)
    elif tag == "T3" and value:
        entry.series = Text(value)
    elif tag in ("PY", "Y1"):
        entry.date = _read_year(value, entry.date)
    elif tag == "DA":
        date = _read_ris_date(value)
        if date is not None and date.year is not None:
            current = entry.date or Date()
            current.year = current.year or date.year
            current.month, current.day = date.month, date.day
            entry.date = current
    elif tag == "CY":
        entry.places.append(Place(value))
    elif tag == "PB":
        entry.publisher = Text(value)
    elif tag == "SN":
        if entry.type is EntryType.REPORT and not entry.number and not _standard_number(value):
            entry.number = value  # a report's number, as Zotero writes it
        elif re.fullmatch(r"\d{4}-?\d{3}[\dXx]", value):
            entry.issn = value
        else:
            entry.isbns.append(value)
    elif tag == "SP":
        entry.pages = Pages(value, entry.pages.last if entry.pages else "")
    elif tag == "EP":
        entry.pages = Pages(entry.pages.first if entry.pages else "", value)
    elif tag in _OWN_OR_HOST:  # a contribution's volume (count, part) is its host's
        setattr(host if hosted else entry, _OWN_OR_HOST[tag], value)
    elif tag == "IS":
        host.issue = value
    elif tag == "ET":
        entry.edition = value
    elif tag == "M3":
        entry.genre = value
    elif tag == "LA":
        entry.language = value or None
    elif tag == "UR":
        entry.url = value
    elif tag == "DO":
        entry.doi = value
    elif tag == "Y2":
        entry.accessed = _read_ris_date(value)
    elif tag == "DB":
        entry.archive = value
    elif tag == "AN":
        entry.extra[Extra.ARCHIVE_SIGNATURE] = value
    elif tag == "N1":
        entry.notes.append(Text(value))
    elif tag == "ID":
        entry.key = value
    else:
        entry.extra[f"ris:{tag}"] = value


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    for start, record in _records(source):
        yield _record_to_entry(record, source, start)


register(Format("ris", "RIS tagged records (UTF-8)", (".ris",), read, write, chunks="concat"))
