"""CSL-JSON for Zotero, pandoc and citeproc processors (read and write).

The written items validate against the CSL-JSON schema (csl-data.json) and
stay faithful to Zotero's import: only CSL types Zotero maps to an item type
are used, and every variable or name list Zotero would drop for that item
type (see :data:`ZOTERO_KEEPS`, taken from Zotero's schema, section ``csl``)
is also written as a ``key: value`` line in ``note``, which Zotero reads
into Extra. ``language`` is a BCP 47 tag (``ru``, ``lv``, ``en``);
``citation-key`` carries the key.

With ``--csl-m`` each item also gets CSL-M ``multi`` variants for Juris-M:
``multi._keys`` maps a field to its translations (``en``) and
romanisations (``ru-Latn-alalc97`` for ALA-LC, ``ru-Latn-x-iso9`` … for the
other schemes), and a name's ``multi._key`` holds its romanised forms.

Reading accepts CSL-JSON (an array, or one object) and biblio's native JSON
(items with ``source`` or ``persons``), which is passed to
:meth:`Entry.from_dict` unchanged.

Mapping (model ↔ CSL), implemented by :func:`entry_to_csl` / :func:`csl_to_entry`:

=========================  =========================================================
CSL                        model
=========================  =========================================================
type                       ``Entry.type`` via :data:`TYPES` / :data:`READ_TYPES`
id, citation-key           ``key``
author                     persons with role author
editor                     role editor, and editor-compiler (also in ``compiler``)
compiler                   roles compiler, editor-compiler
editorial-director         role editor-in-chief
contributor                roles contributor, editorial board (board members as
                           ``editorial-board: Family || Given`` note lines)
translator                 role translator
(a name's parts)           ``family``, ``given`` (full given names, else initials),
                           ``suffix`` ("Jr.", "III"; no ``comma-suffix``: the style decides)
container-author           the host's authors
(names of in* types)       the host's editors go to editor / compiler / … of the item
title                      ``title`` + ": " + ``subtitle`` (a volume of a set: the set's title)
volume-title               a volume's own title (``extra["volume_title"]``, or the title of
                           a volume whose host is the set)
container-title            ``host.title`` (+ subtitle); a web page's site name (``publisher``,
                           else ``host.title``), read back into ``publisher``; a work on
                           the site beside it goes to a ``biblio-host-title`` note line
collection-title / -number ``series`` / ``series_number``
number                     ``number`` (a report's: Zotero's "Report Number")
volume, part               ``volume``, ``part`` (the host's for in* types, articles)
number-of-volumes          ``number_of_volumes`` (or the host's)
issue                      ``host.issue``
edition                    ``edition``
publisher, publisher-place ``publisher``, ``places`` (full names, "; "-joined); a
                           thesis's ``publisher`` is its university (``institution``,
                           Zotero's "University"), its own publisher, if any, a
                           ``biblio-publisher:`` note line
authority                  ``institution``
genre                      ``genre``
issued, accessed           ``date`` (ranges, literals), ``accessed``
page, number-of-pages      ``pages`` (``96-119``), ``page_total``
ISBN, ISSN, DOI, URL       ``isbns`` (", "-joined), ``issn``, ``doi``, ``url``
archive                    ``archive`` (the archive date as a ``biblio-archived`` note line)
archive_location           an archival file's shelfmark (``extra["archive_signature"]``)
original-date              a reprint's or translation's first year (``extra["original_year"]``)
language                   ``language`` (BCP 47)
note                       ``notes`` one per line, then the Zotero ``key: value`` lines
=========================  =========================================================
"""

from __future__ import annotations

import json
import re
from typing import IO, Any, Iterable, Iterator

from ..backrefs import as_note, back_reference
from ..errors import FormatError
from ..io import Source
from ..model import HOSTED_TYPES, IN_BOOK_TYPES, Date, Entry, EntryType, Extra, Host, Origin, Pages, Person, Place, Role, Text
from . import Format, ReadOptions, WriteOptions, register

TYPES: dict[EntryType, str] = {
    EntryType.BOOK: "book",
    EntryType.VOLUME: "book",
    EntryType.MULTIVOLUME: "book",
    EntryType.COLLECTION: "book",
    EntryType.PROCEEDINGS: "book",
    EntryType.CHAPTER: "chapter",
    EntryType.ENCYCLOPEDIA_ENTRY: "entry-encyclopedia",
    EntryType.ARTICLE: "article-journal",
    EntryType.THESIS: "thesis",
    EntryType.REPORT: "report",
    EntryType.WEBPAGE: "webpage",
    EntryType.DOCUMENT: "document",
}
READ_TYPES: dict[str, EntryType] = {
    "book": EntryType.BOOK,
    "collection": EntryType.COLLECTION,
    "chapter": EntryType.CHAPTER,
    "paper-conference": EntryType.CHAPTER,
    "entry": EntryType.ENCYCLOPEDIA_ENTRY,
    "entry-encyclopedia": EntryType.ENCYCLOPEDIA_ENTRY,
    "entry-dictionary": EntryType.ENCYCLOPEDIA_ENTRY,
    "article": EntryType.ARTICLE,
    "article-journal": EntryType.ARTICLE,
    "article-magazine": EntryType.ARTICLE,
    "article-newspaper": EntryType.ARTICLE,
    "periodical": EntryType.ARTICLE,
    "thesis": EntryType.THESIS,
    "report": EntryType.REPORT,
    "webpage": EntryType.WEBPAGE,
    "post": EntryType.WEBPAGE,
    "post-weblog": EntryType.WEBPAGE,
}

# What Zotero keeps when it imports each CSL type we write (Zotero schema,
# section csl: the item type's fields and creator types, mapped back to CSL).
# tests/test_format_csljson.py checks this table against the schema itself.
_COMMON = {
    "DOI", "URL", "abstract", "citation-key", "language", "license", "note", "shortTitle",
    "title", "title-short", "accessed", "issued",
}
_LIBRARY = {"archive", "archive_location", "call-number", "source"}
ZOTERO_KEEPS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "book": (
        frozenset(_COMMON | _LIBRARY | {
            "ISBN", "ISSN", "collection-number", "collection-title", "edition", "medium", "number-of-pages",
            "number-of-volumes", "original-publisher", "original-publisher-place", "publisher",
            "publisher-place", "volume", "original-date",
        }),
        frozenset({"author", "collection-editor", "contributor", "editor", "translator"}),
    ),
    "chapter": (
        frozenset(_COMMON | _LIBRARY | {
            "ISBN", "ISSN", "collection-number", "collection-title", "container-title", "edition", "medium",
            "number-of-volumes", "original-publisher", "original-publisher-place", "page", "publisher",
            "publisher-place", "volume", "original-date",
        }),
        frozenset({"author", "collection-editor", "container-author", "contributor", "editor", "translator"}),
    ),
    "entry-encyclopedia": (
        frozenset(_COMMON | _LIBRARY | {
            "ISBN", "collection-number", "collection-title", "container-title", "edition", "number-of-volumes",
            "page", "publisher", "publisher-place", "volume",
        }),
        frozenset({"author", "collection-editor", "contributor", "editor", "translator"}),
    ),
    "article-journal": (
        frozenset(_COMMON | _LIBRARY | {
            "ISSN", "PMCID", "PMID", "collection-title", "container-title", "issue", "journalAbbreviation",
            "page", "part-number", "part-title", "publisher", "publisher-place", "section", "volume",
        }),
        frozenset({"author", "contributor", "editor", "reviewed-author", "translator"}),
    ),
    "thesis": (
        frozenset(_COMMON | _LIBRARY | {
            "ISBN", "ISSN", "collection-number", "collection-title", "genre", "number-of-pages", "publisher",
            "publisher-place",
        }),
        frozenset({"author", "contributor"}),
    ),
    "report": (
        frozenset(_COMMON | _LIBRARY | {
            "ISBN", "ISSN", "collection-number", "collection-title", "genre", "number", "page", "publisher",
            "publisher-place",
        }),
        frozenset({"author", "collection-editor", "contributor", "editor", "translator"}),
    ),
    "webpage": (
        frozenset(_COMMON | {"container-title", "genre", "publisher", "publisher-place"}),
        frozenset({"author", "contributor", "translator"}),
    ),
    "document": (
        frozenset(_COMMON | _LIBRARY | {"genre", "publisher", "publisher-place"}),
        frozenset({"author", "contributor", "editor", "reviewed-author", "translator"}),
    ),
}

# Role → CSL name variables (editor-compiler is both editor and compiler).
ROLE_VARIABLES: dict[Role, tuple[str, ...]] = {
    Role.AUTHOR: ("author",),
    Role.EDITOR: ("editor",),
    Role.COMPILER: ("compiler",),
    Role.EDITOR_COMPILER: ("editor", "compiler"),
    Role.EDITOR_IN_CHIEF: ("editorial-director",),
    Role.EDITORIAL_BOARD: ("editorial-board",),  # not CSL: written as note lines only
    Role.TRANSLATOR: ("translator",),
    Role.CONTRIBUTOR: ("contributor",),
}
NAME_VARIABLES = ("author", "container-author", "editor", "compiler", "editorial-director", "translator", "contributor")
NOTE_ONLY_NAMES = ("editorial-board",)
DATE_VARIABLES = ("issued", "accessed", "original-date")
# BCP 47 tags for romanisations: the registered ALA-LC variant, private-use subtags for the rest.
SCHEME_TAGS = {"ala-lc": "alalc97"}


def _scheme_tag(lang: str | None, scheme: str) -> str:
    return f"{lang or 'und'}-Latn-" + SCHEME_TAGS.get(scheme, "x-" + re.sub(r"[^A-Za-z0-9]", "", scheme)[:8])


def _tag_scheme(tag: str) -> str | None:
    parts = tag.split("-")
    if len(parts) < 3 or parts[1] != "Latn":
        return None
    for scheme, subtag in SCHEME_TAGS.items():
        if parts[2] == subtag:
            return scheme
    return "-".join(parts[3:]) if parts[2] == "x" else None


# --- small conversions ------------------------------------------------------


def _join_title(title: Text | None, subtitle: Text | None) -> str:
    """``Title: Subtitle``; a title ending in its own punctuation takes no colon (``Сияй, звёздочка! Борьба …``)."""
    if title is None:
        return subtitle.value if subtitle else ""
    if subtitle is None or not subtitle.value:
        return title.value
    return title.value + (" " if title.value.endswith(("!", "?", ".", ":", ";")) else ": ") + subtitle.value


def _name(person: Person) -> dict[str, str]:
    if person.is_organization or (not person.family and not person.display_given()):
        return {"literal": person.literal or person.family}
    name = {"family": person.family}
    if person.display_given():
        name["given"] = person.display_given()
    if person.suffix:
        # No comma-suffix: styles print "King Jr." / "King, Martin Luther, Jr." by their own rules.
        name["suffix"] = person.suffix
    return name


# A suffix written into ``given`` after a comma ("Martin Luther, Jr."), as Zotero stores it
# and citeproc-js reads it.
_GIVEN_SUFFIX = re.compile(r"(?P<given>.+?),\s*(?P<suffix>(?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV|V|мл\.|ст\.)\s*")


def _person(name: dict[str, Any], role: Role) -> Person:
    if "literal" in name and "family" not in name:
        return Person(literal=str(name["literal"]), role=role)
    family = " ".join(str(name.get(k, "")) for k in ("non-dropping-particle", "family") if name.get(k))
    given = " ".join(str(name.get(k, "")) for k in ("given", "dropping-particle") if name.get(k))
    suffix = str(name.get("suffix") or "")
    if not suffix and (split := _GIVEN_SUFFIX.fullmatch(given)):
        given, suffix = split.group("given"), split.group("suffix")
    if re.fullmatch(r"(?:[^\W\d_]{1,2}\.(?:[ -]|$))+", given.strip()):
        return Person(family=family, initials=given, suffix=suffix, role=role)
    return Person(family=family, given=given, suffix=suffix, role=role)


def _date(date: Date) -> dict[str, Any]:
    if date.year is None:
        return {"literal": date.literal}
    start = [date.year] + ([date.month] if date.month else []) + ([date.day] if date.month and date.day else [])
    parts = [start]
    if date.end_year is not None:
        end = [date.end_year] + ([date.end_month] if date.end_month else [])
        end += [date.end_day] if date.end_month and date.end_day else []
        parts.append(end)
    return {"date-parts": parts}


def _read_date(value: Any) -> Date | None:
    if isinstance(value, str):
        return _read_date({"raw": value})
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0]:
        try:
            start = [int(p) for p in parts[0]]
            end = [int(p) for p in parts[1]] if len(parts) > 1 and parts[1] else []
        except (TypeError, ValueError):
            return Date(literal=str(parts))
        year, month, day = (start + [None, None])[:3]
        date = Date(year, month, day)
        if end:
            date.end_year, date.end_month, date.end_day = (end + [None, None])[:3]
        return date
    text = str(value.get("raw") or value.get("literal") or "")
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return Date(year, month, day)
    return Date(literal=text) if text else None


def _iso(date: Date) -> str:
    if date.year is None:
        return date.literal
    out = f"{date.year:04d}" + (f"-{date.month:02d}" if date.month else "") + (f"-{date.day:02d}" if date.month and date.day else "")
    if date.end_year is not None:
        out += f"/{date.end_year:04d}" + (f"-{date.end_month:02d}" if date.end_month else "")
        out += f"-{date.end_day:02d}" if date.end_month and date.end_day else ""
    return out


# --- writing ----------------------------------------------------------------


def _hosted_value(entry: Entry, name: str) -> str:
    holder = entry.host if entry.type in HOSTED_TYPES else entry
    return getattr(holder, name, "") if holder is not None else ""


def _names(entry: Entry) -> dict[str, list[Person]]:
    lists: dict[str, list[Person]] = {}
    editorial = list(entry.host.persons) if entry.host and entry.type in IN_BOOK_TYPES else []
    for person in [*entry.persons, *editorial]:
        is_host_author = person in editorial and person.role is Role.AUTHOR
        variables = ("container-author",) if is_host_author else ROLE_VARIABLES[person.role]
        for variable in variables:
            lists.setdefault(variable, []).append(person)
    return lists


def entry_to_csl(entry: Entry, csl_m: bool = False, number: int = 0) -> dict[str, Any]:
    """One entry as a CSL-JSON item (with Zotero note lines; CSL-M ``multi`` when asked)."""
    if back_reference(entry):  # "Ibid., p. 3." with nothing to stand for: a document with that note
        entry = as_note(entry)
    csl_type = TYPES[entry.type]
    key = entry.key or f"item{number}"
    item: dict[str, Any] = {"id": key, "type": csl_type}
    if entry.key:
        item["citation-key"] = entry.key
    name_lists = _names(entry)
    for variable in NAME_VARIABLES:
        if variable in name_lists:
            item[variable] = [_name(p) for p in name_lists[variable]]
    the_set, volume_title = _set_and_volume_titles(entry)
    values: dict[str, Any] = {
        "title": the_set,
        "volume-title": volume_title,
        "container-title": _container_title(entry),
        "collection-title": entry.series.value if entry.series else "",
        "collection-number": entry.series_number,
        "number": entry.number,
        "volume": _hosted_value(entry, "volume"),
        "part": _hosted_value(entry, "part"),
        "number-of-volumes": _hosted_value(entry, "number_of_volumes"),
        "issue": entry.host.issue if entry.host and entry.type in HOSTED_TYPES else "",
        "edition": entry.edition,
        "publisher": _publisher(entry),
        "publisher-place": "; ".join(p.full for p in entry.places),
        "authority": entry.institution.value if entry.institution else "",
        "genre": entry.genre,
        "page": (f"{entry.pages.first}-{entry.pages.last}" if entry.pages.last else entry.pages.first) if entry.pages else "",
        "number-of-pages": entry.page_total,
        "ISBN": ", ".join(entry.isbns),
        "ISSN": entry.issn,
        "DOI": entry.doi,
        "URL": entry.url,
        "archive": entry.archive,
        "archive_location": entry.extra.get(Extra.ARCHIVE_SIGNATURE, ""),
        "language": entry.language or "",
    }
    for variable, value in values.items():
        if value:
            item[variable] = value
    if entry.date is not None and not entry.date.is_empty():
        item["issued"] = _date(entry.date)
    if entry.accessed is not None and not entry.accessed.is_empty():
        item["accessed"] = _date(entry.accessed)
    if entry.extra.get(Extra.ORIGINAL_YEAR, "").isdigit():
        item["original-date"] = {"date-parts": [[int(entry.extra[Extra.ORIGINAL_YEAR])]]}
    lines = [n.value for n in entry.notes]
    lines += _zotero_lines(item, csl_type, name_lists)
    if entry.pages and entry.pages.unit == "column":
        lines.append("biblio-pagination: column")
    if entry.type is EntryType.WEBPAGE and entry.publisher and entry.host and entry.host.title:
        lines.append(f"biblio-host-title: {_join_title(entry.host.title, entry.host.subtitle)}")
    if entry.archived is not None and not entry.archived.is_empty():
        lines.append(f"biblio-archived: {_iso(entry.archived)}")  # CSL has no archive date
    if entry.type is EntryType.THESIS and entry.institution and entry.publisher:
        lines.append(f"biblio-publisher: {entry.publisher.value}")  # CSL publisher holds the university
    if lines:
        item["note"] = "\n".join(lines)
    if csl_m:
        multi = _multi(entry)
        if multi:
            item["multi"] = multi
        _name_multi(item, name_lists)
    return item


def _set_and_volume_titles(entry: Entry) -> tuple[str, str]:
    """CSL ``title`` and ``volume-title``: a volume of a set is titled by the set, its own title is
    the volume title (as the parser reads it; a volume with the set as its host is turned round)."""
    if entry.type is EntryType.VOLUME and entry.host is not None and entry.host.title is not None:
        return _join_title(entry.host.title, entry.host.subtitle), _join_title(entry.title, entry.subtitle)
    return _join_title(entry.title, entry.subtitle), entry.extra.get(Extra.VOLUME_TITLE, "")


def _publisher(entry: Entry) -> str:
    """CSL ``publisher``: a thesis's university (Zotero's "University"), else the publisher
    (a web page's publisher is its site name, written as ``container-title``)."""
    if entry.type is EntryType.THESIS and entry.institution:
        return entry.institution.value
    if entry.type is EntryType.WEBPAGE:
        return ""
    return entry.publisher.value if entry.publisher else ""


def _container_title(entry: Entry) -> str:
    """The host's title; for a web page the site name (Zotero's "Website Title").

    The parser keeps a web page's site in ``publisher`` ("Historia.lv"), or in
    ``host.title`` when the reference names it as the container; with both, the
    host is a work on the site, kept in a ``biblio-host-title`` note line.
    """
    if entry.type is EntryType.WEBPAGE:
        if entry.publisher is not None and entry.publisher.value:
            return entry.publisher.value
        return _join_title(entry.host.title, entry.host.subtitle) if entry.host else ""
    return _join_title(entry.host.title, entry.host.subtitle) if entry.host and entry.type in HOSTED_TYPES else ""


def _zotero_lines(item: dict[str, Any], csl_type: str, name_lists: dict[str, list[Person]]) -> list[str]:
    """``key: value`` lines for what Zotero would drop importing this item (it reads them into Extra)."""
    keeps, names = ZOTERO_KEEPS[csl_type]
    lines = []
    for variable, value in item.items():
        if variable in ("id", "type", "note") or variable in keeps or variable in names:
            continue
        if variable in NAME_VARIABLES:
            lines += [f"{variable}: {_name_line(p)}" for p in name_lists[variable]]
        elif variable in DATE_VARIABLES:
            lines.append(f"{variable}: {_iso(_read_date(value) or Date())}")
        else:
            lines.append(f"{variable}: {value}")
    for variable in NOTE_ONLY_NAMES:
        lines += [f"{variable}: {_name_line(p)}" for p in name_lists.get(variable, [])]
    return lines


def _name_line(person: Person) -> str:
    """Zotero's Extra name form ``Family || Given``; a suffix follows the given names after a comma,
    where Zotero keeps it (``King || Martin Luther, Jr.``)."""
    name = _name(person)
    if "literal" in name:
        return name["literal"]
    given = ", ".join(name[k] for k in ("given", "suffix") if name.get(k))
    return f"{name['family']} || {given}".rstrip(" |")


def _multi(entry: Entry) -> dict[str, Any]:
    keys: dict[str, dict[str, str]] = {}
    main: dict[str, str] = {}
    fields = {"title": entry.title, "publisher": entry.publisher, "collection-title": entry.series}
    if entry.host and entry.type in HOSTED_TYPES:
        fields["container-title"] = entry.host.title
    for variable, text in fields.items():
        if text is None:
            continue
        variants = dict(text.translated)
        variants.update({_scheme_tag(text.lang or entry.language, s): v for s, v in text.romanized.items()})
        if variants:
            keys[variable] = variants
            main[variable] = text.lang or entry.language or "und"
    return {"main": main, "_keys": keys} if keys else {}


def _name_multi(item: dict[str, Any], name_lists: dict[str, list[Person]]) -> None:
    for variable, people in name_lists.items():
        if variable not in item:
            continue
        for name, person in zip(item[variable], people):
            forms = {}
            for scheme, parts in person.variants.items():
                tag = _scheme_tag(person.lang, scheme) if scheme not in ("lv", "ru", "en") else scheme
                forms[tag] = {k: parts[k] for k in ("family", "given") if parts.get(k)}
            if forms:
                name["multi"] = {"main": person.lang or "und", "_key": forms}


# One encoder for every item: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    """A JSON array streamed item by item."""
    out.write("[")
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        item = entry_to_csl(entry, options.csl_m, number)
        while item["id"] in seen:
            item["id"] += "a"
        seen.add(item["id"])
        out.write(",\n" if number > 1 else "\n")
        out.write(_ENCODER.encode(item))
    out.write("\n]\n")


# --- reading ----------------------------------------------------------------

_NOTE_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]*): (.*)$")
_KNOWN_NOTE_KEYS = set(NAME_VARIABLES) | set(NOTE_ONLY_NAMES) | set(DATE_VARIABLES) | {
    "title", "container-title", "collection-title", "collection-number", "volume", "part", "number-of-volumes",
    "issue", "edition", "publisher", "publisher-place", "authority", "genre", "page", "number-of-pages", "ISBN",
    "ISSN", "DOI", "URL", "archive", "language", "citation-key", "biblio-pagination", "biblio-publisher",
    "biblio-host-title", "biblio-archived", "volume-title", "archive_location",
}
VARIABLE_ROLES = {
    "author": Role.AUTHOR,
    "editor": Role.EDITOR,
    "compiler": Role.COMPILER,
    "editorial-director": Role.EDITOR_IN_CHIEF,
    "editorial-board": Role.EDITORIAL_BOARD,
    "translator": Role.TRANSLATOR,
    "contributor": Role.CONTRIBUTOR,
    "container-author": Role.AUTHOR,
}


def _split_note(item: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The user's note lines, and the ``key: value`` lines restoring variables (Zotero's Extra)."""
    notes: list[str] = []
    restored: dict[str, Any] = {}
    for line in str(item.get("note", "")).split("\n"):
        match = _NOTE_LINE.match(line)
        if match and match.group(1) in _KNOWN_NOTE_KEYS:
            key, value = match.groups()
            if key in NAME_VARIABLES or key in NOTE_ONLY_NAMES:
                restored.setdefault(key, []).append(_read_name_line(value))
            elif key in DATE_VARIABLES:
                restored[key] = {"raw": value}
            else:
                restored[key] = value
        elif line.strip():
            notes.append(line)
    return notes, restored


def _read_name_line(value: str) -> dict[str, str]:
    """A CSL name from an Extra line ``Family || Given[, Suffix]`` (an organisation has no ``||``)."""
    family, sep, given = value.partition(" || ")
    if not sep:
        return {"literal": value}
    given, comma, suffix = given.partition(", ")
    return {"family": family, "given": given, "suffix": suffix} if comma else {"family": family, "given": given}


def csl_to_entry(item: dict[str, Any], origin: Origin | None = None) -> Entry:
    """One CSL-JSON item → Entry (variables from Zotero-style note lines restored)."""
    notes, restored = _split_note(item)
    data = {**restored, **{k: v for k, v in item.items() if k != "note"}}
    entry_type = READ_TYPES.get(str(data.get("type", "")), EntryType.DOCUMENT)
    entry = Entry(type=entry_type, key=str(data.get("citation-key") or data.get("id") or ""), origin=origin)
    hosted = entry_type in HOSTED_TYPES
    host = Host()

    def text(name: str) -> str:
        value = data.get(name)
        return str(value) if value not in (None, "") else ""

    if text("title"):
        entry.title = Text(text("title"))
    if hosted and text("container-title"):
        host.title = Text(text("container-title"))
    for variable, attr in (("volume", "volume"), ("part", "part"), ("number-of-volumes", "number_of_volumes")):
        if text(variable):
            setattr(host if hosted else entry, attr, text(variable))
    if text("issue"):
        host.issue = text("issue")
    _read_names(entry, host, data)
    if text("collection-title"):
        entry.series = Text(text("collection-title"))
    entry.series_number = text("collection-number")
    entry.number = text("number")
    entry.edition = text("edition")
    if text("publisher"):
        entry.publisher = Text(text("publisher"))
    if entry_type is EntryType.WEBPAGE and text("container-title"):  # the site name, where the parser puts it
        entry.publisher = Text(text("container-title"))
        if text("biblio-host-title"):
            host.title = Text(text("biblio-host-title"))
    entry.places = [Place(p.strip()) for p in text("publisher-place").split(";") if p.strip()]
    if text("authority"):
        entry.institution = Text(text("authority"))
    if entry_type is EntryType.THESIS and entry.institution and text("publisher") == entry.institution.value:
        entry.publisher = Text(text("biblio-publisher")) if text("biblio-publisher") else None
    entry.genre = text("genre")
    if text("page"):
        parts = re.split(r"\s*[-–—]+\s*", text("page"), maxsplit=1)
        entry.pages = Pages(parts[0], parts[1] if len(parts) > 1 else "")
        if text("biblio-pagination") == "column":
            entry.pages.unit = "column"
    entry.page_total = text("number-of-pages")
    entry.isbns = [i.strip() for i in re.split(r"[,;]\s*|\s+", text("ISBN")) if i.strip()]
    entry.issn, entry.doi, entry.url, entry.archive = text("ISSN"), text("DOI"), text("URL"), text("archive")
    entry.language = text("language") or None
    entry.date = _read_date(data.get("issued")) if data.get("issued") else None
    entry.accessed = _read_date(data.get("accessed")) if data.get("accessed") else None
    entry.archived = _read_date(text("biblio-archived")) if text("biblio-archived") else None
    _read_extras(entry, data, text)
    entry.notes = [Text(n) for n in notes]
    if host != Host():
        entry.host = host
    _read_multi(entry, data.get("multi"))
    return entry


def _read_extras(entry: Entry, data: dict[str, Any], text: Any) -> None:
    """The variables the model keeps in ``Entry.extra``: volume title, first year, shelfmark."""
    if text("volume-title"):
        entry.extra[Extra.VOLUME_TITLE] = text("volume-title")
    original = _read_date(data.get("original-date")) if data.get("original-date") else None
    if original is not None and original.year:
        entry.extra[Extra.ORIGINAL_YEAR] = str(original.year)
    if text("archive_location"):
        entry.extra[Extra.ARCHIVE_SIGNATURE] = text("archive_location")


def _read_names(entry: Entry, host: Host, data: dict[str, Any]) -> None:
    people: dict[tuple[str, str, str], Person] = {}
    for variable, role in VARIABLE_ROLES.items():
        for name in data.get(variable) or []:
            if not isinstance(name, dict):
                continue
            person = _person(name, role)
            ident = (person.family, person.display_given(), person.literal)
            earlier = people.get(ident)
            if variable == "compiler" and earlier is not None and earlier.role is Role.EDITOR:
                earlier.role = Role.EDITOR_COMPILER  # the same person in editor and compiler
                continue
            if role is not Role.AUTHOR:
                people[ident] = person
            to_host = variable == "container-author" or (role is not Role.AUTHOR and entry.type in IN_BOOK_TYPES)
            (host.persons if to_host else entry.persons).append(person)
            _read_name_multi(person, name.get("multi"))


def _read_multi(entry: Entry, multi: Any) -> None:
    if not isinstance(multi, dict):
        return
    fields = {"title": entry.title, "publisher": entry.publisher, "collection-title": entry.series}
    if entry.host:
        fields["container-title"] = entry.host.title
    for variable, variants in (multi.get("_keys") or {}).items():
        text = fields.get(variable)
        if text is None or not isinstance(variants, dict):
            continue
        for tag, value in variants.items():
            scheme = _tag_scheme(tag)
            if scheme:
                text.romanized[scheme] = value
            else:
                text.translated[tag] = value


def _read_name_multi(person: Person, multi: Any) -> None:
    if not isinstance(multi, dict):
        return
    for tag, parts in (multi.get("_key") or {}).items():
        if isinstance(parts, dict):
            person.variants[_tag_scheme(tag) or tag] = {k: str(v) for k, v in parts.items()}


def _is_native(item: dict[str, Any]) -> bool:
    return "source" in item or "persons" in item


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    text = source.read_text()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON: {exc.msg}", source.name, exc.lineno) from None
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else None
    if items is None:
        raise FormatError("expected a CSL-JSON array of items", source.name, 1)
    lines = _item_lines(text, len(items))
    for index, item in enumerate(items):
        line = lines[index] if index < len(lines) else 1
        if not isinstance(item, dict):
            raise FormatError(f"item {index + 1} is not a JSON object", source.name, line)
        try:
            if _is_native(item):
                entry = Entry.from_dict(item)
                entry.origin = entry.origin or Origin(source.name, line)
            else:
                if "type" not in item:
                    raise ValueError("item has no 'type'")
                entry = csl_to_entry(item, Origin(source.name, line))
        except (TypeError, ValueError, AttributeError) as exc:
            raise FormatError(f"item {index + 1}: {exc}", source.name, line) from None
        yield entry


def _item_lines(text: str, count: int) -> list[int]:
    """The line where each top-level array item starts (for error messages and origins)."""
    lines, depth, line, in_string, escape = [], 0, 1, False, False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "[{":
            if depth == 1 and ch == "{":
                lines.append(line)
            depth += 1
        elif ch in "]}":
            depth -= 1
    return lines if text.lstrip().startswith("[") else [1] * count


register(Format("csl-json", "CSL-JSON for Zotero, pandoc and citeproc (Zotero-faithful)", (".json",), read, write))
