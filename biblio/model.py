"""The bibliographic data model every reader fills and every writer reads.

An :class:`Entry` keeps everything a reference says, not only what BibTeX
can hold: typed persons with roles, a host item (journal, collection,
encyclopedia), multi-volume and series data, page ranges, totals and
columns, notes, language and script per entry and per text field.

Every text value is a :class:`Text` that keeps the words as the source wrote
them plus variants filled in later (romanised by a named scheme, translated).
Every field may carry the :class:`Span` of the source string it came from, and
an entry collects :class:`Diagnostic` objects where the reader was unsure, so one
doubtful reference never hides behind a confident-looking record.

The model is plain dataclasses; :func:`Entry.to_dict` / :func:`Entry.from_dict`
give the native JSON form (``parse --format json``).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterable, Iterator


class EntryType(str, Enum):
    """What kind of work an entry describes (CSL-like, finer where the sources are)."""

    BOOK = "book"
    VOLUME = "volume"  # one volume / part of a multi-volume work
    MULTIVOLUME = "multivolume"  # the multi-volume work as a whole
    CHAPTER = "chapter"  # a contribution in a collection or book
    ARTICLE = "article"  # in a journal, magazine or newspaper
    ENCYCLOPEDIA_ENTRY = "encyclopedia-entry"
    COLLECTION = "collection"  # edited volume, proceedings, compiled memoirs
    PROCEEDINGS = "proceedings"
    THESIS = "thesis"
    REPORT = "report"
    WEBPAGE = "webpage"
    DOCUMENT = "document"  # archival or otherwise unclassified item


# Types that are a part of a book-like host (a collection, an encyclopedia) …
IN_BOOK_TYPES = frozenset({EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY})
# … and every type that lives inside a host item, journals included.
HOSTED_TYPES = IN_BOOK_TYPES | {EntryType.ARTICLE}


class Role(str, Enum):
    """What a person did for the work (or for its host item)."""

    AUTHOR = "author"
    EDITOR = "editor"
    COMPILER = "compiler"
    EDITOR_COMPILER = "editor-compiler"
    EDITOR_IN_CHIEF = "editor-in-chief"
    EDITORIAL_BOARD = "editorial-board"
    TRANSLATOR = "translator"
    CONTRIBUTOR = "contributor"


@dataclass
class Span:
    """Half-open character range ``[start, end)`` in the entry's source string."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Origin:
    """Where a reference came from: file name (``-`` for stdin) and 1-based line."""

    file: str = "-"
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class Diagnostic:
    """Something a step was unsure about or found wrong, with a stable code."""

    code: str
    message: str
    span: Span | None = None
    severity: str = "warning"  # "info" | "warning" | "error"


@dataclass
class Text:
    """A text value with its variants.

    ``value`` is exactly what the source says. ``romanized`` maps a
    transliteration scheme name (``iso9``, ``ala-lc`` …) to the romanised
    form; ``translated`` maps a language code to a translation.
    """

    value: str
    lang: str | None = None  # ISO 639-1 code: "ru", "lv", "en" …
    script: str | None = None  # ISO 15924 code: "Cyrl", "Latn" …
    romanized: dict[str, str] = field(default_factory=dict)
    translated: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.value


@dataclass
class Person:
    """A person (or, with ``literal``, an organisation) and their role.

    ``given`` holds full given names where the source spells them out,
    ``initials`` the initials as written ("А. К."), normalised to
    letter-period-space form. ``variants`` holds other forms of the same
    name keyed by what they are: a scheme name for romanisations
    (``"iso9"``), ``"lv"`` for the Latvian form of a Russian-spelt Latvian
    name, and so on; each variant is a dict with ``family`` / ``given``.
    """

    family: str = ""
    given: str = ""
    initials: str = ""
    suffix: str = ""  # "Jr.", "Sr.", "III": kept apart so sorting and initials ignore it
    role: Role = Role.AUTHOR
    literal: str = ""  # organisations, or names that cannot be split
    lang: str | None = None
    script: str | None = None
    variants: dict[str, dict[str, str]] = field(default_factory=dict)
    span: Span | None = None

    @property
    def is_organization(self) -> bool:
        return bool(self.literal) and not self.family

    def display_given(self) -> str:
        """Full given names where known, else initials."""
        return self.given or self.initials


@dataclass
class Date:
    """A date or a date range as precise as the source: year, month, day."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    literal: str = ""  # what the source wrote, when it is not a plain year

    def is_empty(self) -> bool:
        return self.year is None and not self.literal


@dataclass
class Place:
    """A place of publication as written ("М.") and resolved ("Москва")."""

    value: str
    name: str = ""  # full name in the source's language, resolved from abbreviations
    lang: str | None = None
    span: Span | None = None

    @property
    def full(self) -> str:
        return self.name or self.value


@dataclass
class Pages:
    """A page range or a single page, in pages or columns (ст., стлб., col.)."""

    first: str
    last: str = ""
    unit: str = "page"  # "page" | "column"

    def __str__(self) -> str:
        return f"{self.first}–{self.last}" if self.last else self.first


@dataclass
class Host:
    """The item that contains the work: a journal, a collection, an encyclopedia."""

    title: Text | None = None
    subtitle: Text | None = None
    persons: list[Person] = field(default_factory=list)
    volume: str = ""
    part: str = ""
    issue: str = ""  # journal number (No., №, nr.)
    number_of_volumes: str = ""


@dataclass
class Entry:
    """One bibliographic reference."""

    type: EntryType = EntryType.BOOK
    key: str = ""  # citation key; a user-given key always wins
    title: Text | None = None
    subtitle: Text | None = None
    persons: list[Person] = field(default_factory=list)
    host: Host | None = None
    edition: str = ""
    volume: str = ""  # this volume of a multi-volume work ("8", "II")
    part: str = ""  # part / book of a work ("1", "I"; Часть, daļa, Part)
    number_of_volumes: str = ""  # "(в 2-х кн.)" → "2"
    places: list[Place] = field(default_factory=list)
    publisher: Text | None = None
    date: Date | None = None
    pages: Pages | None = None
    page_total: str = ""  # "164" from "164 стр." / "250 lpp." / "xii, 300 p."
    series: Text | None = None
    series_number: str = ""
    number: str = ""  # the work's own number: a report's ("RFC 2616", "Working Paper No. 4509")
    isbns: list[str] = field(default_factory=list)  # as written (validation elsewhere)
    issn: str = ""
    doi: str = ""
    url: str = ""
    accessed: Date | None = None
    archived: Date | None = None
    archive: str = ""  # "Wayback Machine"
    institution: Text | None = None  # issuing body, university for theses
    genre: str = ""  # thesis kind, report kind ("RFC", "NBER Working Paper")
    notes: list[Text] = field(default_factory=list)
    illustrated: bool = False  # "илл.", "ill.", "il."
    language: str | None = None  # dominant language of the entry
    script: str | None = None
    source: str = ""  # the reference exactly as read
    origin: Origin | None = None
    spans: dict[str, Span] = field(default_factory=dict)  # field name → source span
    warnings: list[Diagnostic] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # fields a reader kept but the model has no slot for

    # -- convenience ---------------------------------------------------------
    def persons_with(self, *roles: Role) -> list[Person]:
        return [p for p in self.persons if p.role in roles]

    @property
    def authors(self) -> list[Person]:
        return self.persons_with(Role.AUTHOR)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def warn(self, code: str, message: str, span: Span | None = None, severity: str = "warning") -> None:
        self.warnings.append(Diagnostic(code, message, span, severity))

    def texts(self) -> Iterator[tuple[str, Text]]:
        """Every Text-valued field with a dotted name, host fields included."""
        for name in ("title", "subtitle", "publisher", "series", "institution"):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        if self.host is not None:
            for name in ("title", "subtitle"):
                value = getattr(self.host, name)
                if value is not None:
                    yield f"host.{name}", value
        for i, note in enumerate(self.notes):
            yield f"notes[{i}]", note

    def all_persons(self) -> Iterator[Person]:
        yield from self.persons
        if self.host is not None:
            yield from self.host.persons

    # -- native JSON ---------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Entry":
        return _from_plain(cls, data)


# --- agreed Entry.extra keys ---------------------------------------------------
# Facts the parser reads that the flat model has no slot for; writers and styles
# turn them into their own fields (maintitle, volume-title, origdate, "and others" …).


class Extra:
    VOLUME_TITLE = "volume_title"  # one volume's own title ("Т. 7 : Наполеон" → "Наполеон")
    ORIGINAL_YEAR = "original_year"  # first publication of a reprint or translation ("1869")
    ET_AL = "et_al"  # the author list was cut short ("et al.", "и др.", "u. c.")
    HOST_ET_AL = "host.et_al"  # … the host's editor list
    ARCHIVE_SIGNATURE = "archive_signature"  # an archival file's shelfmark ("Ф. Р-7021. Оп. 93. Д. 1")
    HANDLE = "handle"  # a social-media author's user name ("@BarackObama")
    VOLUMES_UNIT = "volumes-unit"  # what a count of volumes counts: "volume", "book", "part" ("в 2-х кн.")
    PART_UNIT = "part-unit"  # "book" when the part is a book of the work ("Кн. 2"), else a part
    BACK_REFERENCE = "back-reference"  # "ibid" (the work just before: "Там же") or "op-cit" (the author's, earlier)
    PIN = "pin"  # a back-reference's locator as the note writes it: "45, n. 3", "Т. 2. С. 15–16", "2. sēj., 45. lpp."
    PIN_NOTE = "pin-note"  # … the number of the note it cites there ("3" of "45, n. 3"; "3–4" of "nn. 3–4")


def volume_in_set(entry: Entry) -> Entry:
    """A volume read flat (the set's title as ``title``, the volume's own title kept aside)
    as the model's volume of a set: the volume's title, with the set as its host.

    Entries without a volume title, or that already have a host, come back unchanged.
    """
    own = entry.extra.get(Extra.VOLUME_TITLE, "")
    if not own or entry.host is not None or entry.title is None:
        return entry
    the_set = Host(title=entry.title, subtitle=entry.subtitle)
    extra = {k: v for k, v in entry.extra.items() if k != Extra.VOLUME_TITLE}
    return dataclasses.replace(
        entry,
        type=EntryType.VOLUME,
        title=Text(own, entry.title.lang, entry.title.script),
        subtitle=None,
        host=the_set,
        extra=extra,
    )


# --- (de)serialisation -------------------------------------------------------
# Empty values are left out so the JSON stays readable; from_dict restores the
# defaults, which makes to_dict → from_dict an identity.


def _is_empty(value: Any) -> bool:
    # isinstance first: comparing a dataclass with "", [] and {} costs three __eq__ calls
    return value is None or value is False or (isinstance(value, (str, list, dict)) and not value)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """Field names of a dataclass type (None for other types), computed once per type."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def _to_plain(obj: Any) -> Any:
    if isinstance(obj, Enum):
        return obj.value
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    kind: type = type(obj)  # declared: mypy does not see a bare type(...) as Hashable for the cache
    names = _field_names(kind)
    if names is not None:
        return _fields_to_plain(obj, names)
    if isinstance(obj, dict):
        return {k: v if type(v) is str else _to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [v if type(v) is str else _to_plain(v) for v in obj]
    return obj


def _fields_to_plain(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The non-empty fields of a dataclass instance, as plain values."""
    out: dict[str, Any] = {}
    for name in names:  # the hot loop of `parse`: some 60 fields per entry
        value = getattr(obj, name)
        # Most fields are None, an int, or exactly a str, list or dict, often empty:
        # settled here without the two calls each that the general case costs.
        if value is None:
            continue
        kind = type(value)
        if kind is str or kind is list or kind is dict:
            if value:
                out[name] = value if kind is str else _to_plain(value)
        elif kind is int:
            out[name] = value
        elif not _is_empty(value):
            out[name] = _to_plain(value)
    return out


def _from_plain(cls: Any, data: Any) -> Any:
    if data is None:
        return None
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(data)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        return data
    kwargs: dict[str, Any] = {}
    hints = _field_types(cls)
    for name, value in data.items():
        if name not in hints:
            raise ValueError(f"unknown field {name!r} for {cls.__name__}")
        kind, inner = hints[name]
        if kind == "list":
            kwargs[name] = [_from_plain(inner, v) for v in value]
        elif kind == "dict":
            kwargs[name] = {k: _from_plain(inner, v) for k, v in value.items()}
        else:
            kwargs[name] = _from_plain(inner, value)
    return cls(**kwargs)


_MODEL_CLASSES = {
    c.__name__: c for c in (EntryType, Role, Span, Origin, Diagnostic, Text, Person, Date, Place, Pages, Host, Entry)
}


@functools.cache
def _field_types(cls: type) -> dict[str, tuple[str, Any]]:
    """Map each field to (container kind, model class) from its annotation string."""
    result: dict[str, tuple[str, Any]] = {}
    for f in dataclasses.fields(cls):
        ann = str(f.type).replace(" ", "")
        kind = "scalar"
        if ann.startswith("list["):
            kind, ann = "list", ann[5:-1]
        elif ann.startswith("dict[str,"):
            kind, ann = "dict", ann[len("dict[str,") : -1]
        base = ann.split("|")[0]
        result[f.name] = (kind, _MODEL_CLASSES.get(base))
    return result


def entries_from_dicts(items: Iterable[dict[str, Any]]) -> list[Entry]:
    return [Entry.from_dict(d) for d in items]
