"""BibLaTeX (``.bib`` for biber), UTF-8, with the fields Russian and Latvian sources need.

Written for biber with the standard styles (``autolang=other`` picks the
hyphenation and terms from ``langid``) and with biblatex-gost. Letters stay
UTF-8; only TeX's special characters are escaped (see :mod:`.latex`), so a
value such as ``\\write18{…}`` prints literally.

Editorial roles go to biblatex's four editor lists, each with its type;
biblatex knows ``editor``, ``compiler``, ``redactor`` and ``collaborator``;
``editorinchief`` and ``editorialboard`` are ours — a document that wants
terms for them declares them once::

    \\NewBibliographyString{editorinchief,byeditorinchief,editorialboard,byeditorialboard}
    \\DefineBibliographyStrings{russian}{editorinchief={гл\\adddot\\ ред\\adddot},
        byeditorinchief={гл\\adddot\\ ред\\adddot}, editorialboard={редкол\\adddot},
        byeditorialboard={редкол\\adddot}}

(without the declaration biblatex prints the type name as written).

Mapping (model ↔ BibLaTeX), implemented by :data:`FIELDS`:

=======================  ===========================================================
BibLaTeX                 model
=======================  ===========================================================
@type                    ``Entry.type`` via :data:`TYPES`; a chapter whose host has
                         editors is ``@incollection``, else ``@inbook``
author, translator       persons with role author / translator (for in* types without
                         their own, the host's: biblatex's translator of the booktitle);
                         a ``suffix`` takes the ``von Last, Jr, First`` form biber splits
editor, editora …        editorial persons of the work (of the host for in* types),
editortype …             one list per role: editor → ``editor``, compiler →
                         ``compiler``, editor-compiler → ``redactor``, editor-in-chief
                         → ``editorinchief``, editorial board → ``editorialboard``,
                         contributor → ``collaborator``
title, subtitle          ``title``, ``subtitle`` (original script)
titleaddon               the English (else the first) translation of the title, in
                         square brackets: ``[People's avengers of Latvia]``
usera, userb             the romanised title and the scheme that made it (``ala-lc``
                         preferred, else the first scheme present)
maintitle, mainsubtitle  ``host.title`` / ``host.subtitle`` of a volume or book; of a
                         web page, the work on the site it is part of
organization             a web page's site name (``publisher``, else ``host.title``):
                         @online prints ``organization`` in biblatex and biblatex-gost
booktitle, booksubtitle  ``host.title`` / ``host.subtitle`` of in* types
journaltitle, …subtitle  ``host.title`` / ``host.subtitle`` of articles
volume, part, volumes    ``volume``, ``part``, ``number_of_volumes`` (the host's for
                         in* types and articles)
number                   ``host.issue`` for articles, a report's ``number``, else ``series_number``
series, edition          ``series``, ``edition``
location                 ``places`` (full names) as a list: ``Москва and Ленинград``
publisher                ``publisher``
institution, type        ``institution``, ``genre``: a @thesis names its university and a
                         @report its issuing body in ``institution`` (one given as
                         ``publisher`` moves there); ``type`` holds the degree, biblatex's keys
                         (``phdthesis``, ``mathesis``, ``candthesis`` …) or words
                         (``дис. … канд. ист. наук``); @phdthesis / @mastersthesis
                         without ``type`` read as ``phdthesis`` / ``mathesis``
date                     ``date`` (ISO 8601 / EDTF, ranges ``1941/1945``; a literal
                         date without a year goes to ``date`` as written)
pages, pagination,       ``pages``; columns (ст., col.) write ``bookpagination =
bookpagination           {column}`` (biblatex prints ``pages`` by it) and ``pagination
                         = {column}`` (citation locators); either reads as columns
pagetotal                ``page_total``
note, addendum           ``notes[0]``, the further notes joined by ". "
isbn                     ``isbns``, each hyphenated ISBN-13/10 when valid, ", "-joined
issn, doi, url, urldate  ``issn``, ``doi``, ``url``, ``accessed``
langid, language         ``language`` as a babel name (russian, latvian, english)
any other field          ``Entry.extra``
=======================  ===========================================================
"""

from __future__ import annotations

import re
from typing import IO, AbstractSet, Iterable, Iterator

from ..io import Source
from ..model import HOSTED_TYPES, IN_BOOK_TYPES, Entry, EntryType, Extra, Person, Place, Role, Text, volume_in_set
from . import Format, ReadOptions, WriteOptions, latex, register
from .latex import Rule, attr_rule, host_of, number_rule, text_rule

FLAVOUR = "utf8"

TYPES: dict[EntryType, str] = {
    EntryType.BOOK: "book",
    EntryType.VOLUME: "book",
    EntryType.MULTIVOLUME: "mvbook",
    EntryType.COLLECTION: "collection",
    EntryType.CHAPTER: "incollection",  # @inbook when the host names no editors
    EntryType.ENCYCLOPEDIA_ENTRY: "inreference",
    EntryType.ARTICLE: "article",
    EntryType.PROCEEDINGS: "proceedings",
    EntryType.THESIS: "thesis",
    EntryType.REPORT: "report",
    EntryType.WEBPAGE: "online",
    EntryType.DOCUMENT: "misc",
}
READ_TYPES: dict[str, EntryType] = {
    "book": EntryType.BOOK,
    "mvbook": EntryType.MULTIVOLUME,
    "collection": EntryType.COLLECTION,
    "mvcollection": EntryType.MULTIVOLUME,
    "reference": EntryType.COLLECTION,
    "mvreference": EntryType.MULTIVOLUME,
    "inbook": EntryType.CHAPTER,
    "bookinbook": EntryType.CHAPTER,
    "incollection": EntryType.CHAPTER,
    "inproceedings": EntryType.CHAPTER,
    "inreference": EntryType.ENCYCLOPEDIA_ENTRY,
    "article": EntryType.ARTICLE,
    "periodical": EntryType.ARTICLE,
    "proceedings": EntryType.PROCEEDINGS,
    "mvproceedings": EntryType.PROCEEDINGS,
    "thesis": EntryType.THESIS,
    "phdthesis": EntryType.THESIS,
    "mastersthesis": EntryType.THESIS,
    "report": EntryType.REPORT,
    "techreport": EntryType.REPORT,
    "online": EntryType.WEBPAGE,
    "www": EntryType.WEBPAGE,
    "misc": EntryType.DOCUMENT,
    "unpublished": EntryType.DOCUMENT,
    "booklet": EntryType.BOOK,
    "manual": EntryType.DOCUMENT,
}
MAIN_TYPES = {EntryType.VOLUME, EntryType.BOOK}  # a host of these is the multi-volume work
# The order editorial roles take the editor, editora, editorb, editorc lists.
EDITOR_ROLE_ORDER = (
    Role.EDITOR,
    Role.EDITOR_COMPILER,
    Role.COMPILER,
    Role.EDITOR_IN_CHIEF,
    Role.EDITORIAL_BOARD,
    Role.CONTRIBUTOR,
)
PREFERRED_SCHEME = "ala-lc"


def _host_field(types: AbstractSet[EntryType], part: str) -> Rule:
    """``maintitle``/``booktitle``/``journaltitle`` (and subtitles): the host's title when the type fits."""

    def get(entry: Entry) -> str:
        if entry.host is None or entry.type not in types:
            return ""
        value = getattr(entry.host, part)
        return value.value if value is not None else ""

    def put(entry: Entry, value: str) -> None:
        setattr(host_of(entry), part, Text(value))

    return Rule("", get, put)


def _named(field: str, rule: Rule) -> Rule:
    return Rule(field, rule.get, rule.put, rule.kind)


def _own_or_host(name: str, host_types: AbstractSet[EntryType]) -> Rule:
    """A string attribute the entry has and, for hosted types, its host has instead."""

    def get(entry: Entry) -> str:
        if entry.type in host_types:
            return getattr(entry.host, name) if entry.host else ""
        return getattr(entry, name)

    def put(entry: Entry, value: str) -> None:
        setattr(host_of(entry) if entry.type in host_types else entry, name, value)

    return Rule("", get, put)


def _translation(entry: Entry) -> tuple[str, str]:
    translated = entry.title.translated if entry.title else {}
    if not translated:
        return "", ""
    lang = "en" if "en" in translated else next(iter(translated))
    return lang, translated[lang]


def _get_titleaddon(entry: Entry) -> str:
    return f"[{_translation(entry)[1]}]" if _translation(entry)[1] else ""


def _put_titleaddon(entry: Entry, value: str) -> None:
    if value.startswith("[") and value.endswith("]") and entry.title is not None:
        entry.title.translated["en"] = value[1:-1]
    elif value.startswith("[") and value.endswith("]"):
        entry.extra["biblio-translated-title"] = value[1:-1]
    else:
        entry.extra["titleaddon"] = value


def _romanization(entry: Entry) -> tuple[str, str]:
    romanized = entry.title.romanized if entry.title else {}
    if not romanized:
        return "", ""
    scheme = PREFERRED_SCHEME if PREFERRED_SCHEME in romanized else next(iter(romanized))
    return scheme, romanized[scheme]


def _put_title(entry: Entry, value: str) -> None:
    # usera/userb/titleaddon may come first: keep the variants they set.
    if entry.title is None:
        entry.title = Text(value)
    else:
        entry.title.value = value


def _title_variant_holder(entry: Entry) -> Text:
    if entry.title is None:
        entry.title = Text("")
    return entry.title


def _put_usera(entry: Entry, value: str) -> None:
    title = _title_variant_holder(entry)
    scheme = entry.extra.pop("biblio-pending-scheme", "") or "romanized"
    title.romanized[scheme] = value


def _put_userb(entry: Entry, value: str) -> None:
    title = _title_variant_holder(entry)
    if "romanized" in title.romanized:
        title.romanized[value] = title.romanized.pop("romanized")
    else:
        entry.extra["biblio-pending-scheme"] = value


def _put_places(entry: Entry, value: str) -> None:
    entry.places = [Place(item) for item in latex.split_list(value)]


def _get_pagination(entry: Entry) -> str:
    return "column" if entry.pages and entry.pages.unit == "column" else ""


_PENDING_UNIT = "biblio-pending-pagination"


def _put_pagination(entry: Entry, value: str) -> None:
    """``pagination`` / ``bookpagination = {column}``; the field may come before ``pages``."""
    if value.strip() != "column":
        return
    if entry.pages is None:
        entry.extra[_PENDING_UNIT] = "column"  # taken by _put_pages; dropped if no pages follow
    else:
        entry.pages.unit = "column"


def _put_pages(entry: Entry, value: str) -> None:
    unit = entry.pages.unit if entry.pages else entry.extra.pop(_PENDING_UNIT, "page")
    entry.pages = latex.bib_to_pages(value)
    entry.pages.unit = unit


def _note(entry: Entry) -> str:
    return entry.notes[0].value if entry.notes else ""


def _addendum(entry: Entry) -> str:
    return ". ".join(n.value for n in entry.notes[1:])


def normalize_isbn(written: str) -> str:
    """Hyphenated by the official ranges when valid, else as written."""
    try:
        from .. import isbn
    except ImportError:  # pragma: no cover - the ISBN module ships with biblio
        return written
    try:
        return isbn.format(written)
    except Exception:  # invalid or unassigned: the check command reports it, the export keeps it
        return written


def _put_isbns(entry: Entry, value: str) -> None:
    entry.isbns = [v.strip() for v in re.split(r"[,;]\s*", value) if v.strip()]


def _put_language(entry: Entry, value: str) -> None:
    entry.language = latex.iso_code(value.strip())


def _get_date(entry: Entry) -> str:
    if entry.date is None:
        return ""
    return latex.edtf_date(entry.date) or entry.date.literal


def _put_date(entry: Entry, value: str) -> None:
    entry.date = latex.parse_edtf_date(value)


_MAINTITLE = _host_field(MAIN_TYPES | {EntryType.WEBPAGE}, "title")


def _university_in_publisher(entry: Entry) -> bool:
    """A thesis or report whose university or issuing body the source gave as its publisher.

    biblatex's @thesis and @report drivers print ``institution``, not ``publisher``.
    """
    return entry.type in (EntryType.THESIS, EntryType.REPORT) and entry.institution is None and entry.publisher is not None


def _get_publisher(entry: Entry) -> str:
    if _university_in_publisher(entry) or entry.publisher is None or entry.type is EntryType.WEBPAGE:
        return ""
    return entry.publisher.value


# A web page's site name goes to ``organization``, which both biblatex's and
# biblatex-gost's @online drivers print (gost: after " / "); neither prints a
# ``maintitle`` for @online, which keeps a work on the site the page belongs to.
def _get_organization(entry: Entry) -> str:
    if entry.type is not EntryType.WEBPAGE:
        return entry.extra.get("organization", "")
    if entry.publisher is not None and entry.publisher.value:
        return entry.publisher.value
    return entry.host.title.value if entry.host and entry.host.title else ""


def _put_organization(entry: Entry, value: str) -> None:
    if entry.type is EntryType.WEBPAGE:
        entry.publisher = latex.text_or_none(value)
    else:
        entry.extra["organization"] = value


def _get_maintitle(entry: Entry) -> str:
    if entry.type is EntryType.WEBPAGE:
        has_site = entry.publisher is not None and bool(entry.publisher.value)
        return entry.host.title.value if has_site and entry.host and entry.host.title else ""
    return _MAINTITLE.get(entry)


def _get_institution(entry: Entry) -> str:
    if _university_in_publisher(entry):
        return entry.publisher.value if entry.publisher else ""
    return entry.institution.value if entry.institution else ""


def _get_language(entry: Entry) -> str:
    return latex.babel_name(entry.language) if entry.language else ""


def _put_archival_file(entry: Entry, value: str) -> None:
    entry.extra["howpublished"] = value


FIELDS: tuple[Rule, ...] = (
    Rule("title", lambda e: e.title.value if e.title else "", _put_title),
    text_rule("subtitle", "subtitle"),
    Rule("titleaddon", _get_titleaddon, _put_titleaddon),
    Rule("usera", lambda e: _romanization(e)[1], _put_usera),
    Rule("userb", lambda e: _romanization(e)[0], _put_userb, "literal"),
    Rule("maintitle", _get_maintitle, _MAINTITLE.put),
    _named("mainsubtitle", _host_field(MAIN_TYPES, "subtitle")),
    _named("booktitle", _host_field(IN_BOOK_TYPES, "title")),
    _named("booksubtitle", _host_field(IN_BOOK_TYPES, "subtitle")),
    _named("journaltitle", _host_field({EntryType.ARTICLE}, "title")),
    _named("journalsubtitle", _host_field({EntryType.ARTICLE}, "subtitle")),
    _named("volume", _own_or_host("volume", HOSTED_TYPES)),
    _named("part", _own_or_host("part", HOSTED_TYPES)),
    _named("volumes", _own_or_host("number_of_volumes", HOSTED_TYPES)),
    number_rule(),
    text_rule("series", "series"),
    attr_rule("edition", "edition"),
    Rule("location", lambda e: " and ".join(p.full for p in e.places), _put_places, "list"),  # see _places_latex
    Rule("publisher", _get_publisher, lambda e, v: setattr(e, "publisher", latex.text_or_none(v))),
    Rule("organization", _get_organization, _put_organization),
    Rule("institution", _get_institution, lambda e, v: setattr(e, "institution", latex.text_or_none(v))),
    attr_rule("type", "genre"),
    Rule("date", _get_date, _put_date, "literal"),
    Rule("pages", lambda e: latex.pages_to_bib(e.pages) if e.pages and e.pages.first else "", _put_pages, "literal"),
    # biblatex prints ``pages`` by ``bookpagination`` ("cols. 872–880") and citation
    # locators by ``pagination``: a column range sets both.
    Rule("pagination", _get_pagination, _put_pagination, "literal"),
    Rule("bookpagination", _get_pagination, _put_pagination, "literal"),
    attr_rule("pagetotal", "page_total"),
    Rule("note", _note, lambda e, v: e.notes.insert(0, Text(v))),
    Rule("addendum", _addendum, lambda e, v: e.notes.append(Text(v))),
    Rule("isbn", lambda e: ", ".join(normalize_isbn(i) for i in e.isbns), _put_isbns, "literal"),
    attr_rule("issn", "issn", "literal"),
    attr_rule("doi", "doi", "verbatim"),
    attr_rule("url", "url", "verbatim"),
    Rule("urldate", lambda e: latex.iso_date(e.accessed), lambda e, v: setattr(e, "accessed", latex.parse_iso_date(v)), "literal"),
    latex.extra_rule("origdate", Extra.ORIGINAL_YEAR, "literal"),
    Rule("howpublished", latex.archival_file, _put_archival_file),
    Rule("langid", _get_language, _put_language),
    Rule("language", _get_language, _put_language),
)
RULES = {rule.field: rule for rule in FIELDS}
WRITTEN_AS_FIELDS = {Extra.ORIGINAL_YEAR, Extra.ARCHIVE_SIGNATURE}  # origdate, howpublished
ALIASES = {"journal": "journaltitle", "address": "location", "year": "date", "school": "institution"}
# BibTeX's thesis types name the degree; biblatex's ``type`` keys for it (localised by biblatex,
# "дис. … канд." in biblatex-gost's Russian).
THESIS_TYPE_GENRES = {"phdthesis": "phdthesis", "mastersthesis": "mathesis"}
MAPPING = latex.Mapping(RULES, READ_TYPES, ALIASES, IN_BOOK_TYPES, THESIS_TYPE_GENRES)


# --- writing ----------------------------------------------------------------


def _editor_lists(persons: list[Person]) -> list[tuple[str, list[Person]]]:
    """Editorial persons grouped by role into biblatex's editor lists."""
    groups = [(role, [p for p in persons if p.role is role]) for role in EDITOR_ROLE_ORDER]
    groups = [(role, people) for role, people in groups if people]
    if len(groups) > len(latex.EDITOR_SLOTS):  # more roles than lists: the rest share the last one
        last = [p for _, people in groups[len(latex.EDITOR_SLOTS) - 1 :] for p in people]
        groups = [*groups[: len(latex.EDITOR_SLOTS) - 1], (groups[len(latex.EDITOR_SLOTS) - 1][0], last)]
    return [(latex.ROLE_EDITOR_TYPES[role], people) for role, people in groups]


def entry_type(entry: Entry) -> str:
    if entry.type is EntryType.CHAPTER and not (entry.host and any(p.role is not Role.AUTHOR for p in entry.host.persons)):
        return "inbook"
    return TYPES[entry.type]


def entry_fields(entry: Entry) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    if entry.authors:
        fields.append(("author", latex.names_field(entry.authors, FLAVOUR, latex.list_cut_short(entry))))
    translators = entry.persons_with(Role.TRANSLATOR)
    if not translators and entry.host and entry.type in IN_BOOK_TYPES:
        # biblatex: "the translator(s) of the title or booktitle"; an editor who also
        # translated prints as "ed. and trans. by"
        translators = [p for p in entry.host.persons if p.role is Role.TRANSLATOR]
    if translators:
        fields.append(("translator", latex.names_field(translators, FLAVOUR)))
    editorial = entry.host.persons if entry.host and entry.type in IN_BOOK_TYPES else entry.persons
    in_host = entry.host is not None and entry.type in IN_BOOK_TYPES
    editors_cut = latex.list_cut_short(entry, host_editors=True) if in_host else not entry.authors and latex.list_cut_short(entry)
    for slot, (kind, people) in zip(latex.EDITOR_SLOTS, _editor_lists(editorial)):
        fields.append((slot, latex.names_field(people, FLAVOUR, editors_cut and slot == "editor")))
        if kind != "editor":
            fields.append((slot + "type", kind))
    for rule in FIELDS:
        value = rule.get(entry).strip()
        if value:
            encoded = latex.encode_value(rule.kind, value, FLAVOUR)
            if rule.field == "location":
                encoded = _places_latex(entry)
            elif rule.field == "organization" and re.search(r"(?i)(^|\s)and(\s|$)", value):
                encoded = "{" + encoded + "}"  # one organisation, not a list split at "and"
            fields.append((rule.field, encoded))
    taken = set(RULES) | latex.NAME_FIELDS | {s + "type" for s in latex.EDITOR_SLOTS} | set(ALIASES) | WRITTEN_AS_FIELDS
    return fields + latex.extra_fields(entry, taken, FLAVOUR)


def _places_latex(entry: Entry) -> str:
    # A place containing the word "and" is braced so biber keeps it one item.
    return " and ".join(
        "{" + latex.encode(p.full, FLAVOUR) + "}" if re.search(r"(?i)(^|\s)and(\s|$)", p.full) else latex.encode(p.full, FLAVOUR)
        for p in entry.places
    )


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    def prepared(items: Iterable[Entry]) -> Iterator[Entry]:
        for entry in items:
            entry = volume_in_set(entry)  # biblatex's maintitle / title / volume
            yield latex.romanized_copy(entry, options.romanize) if options.romanize else entry

    latex.write_entries(prepared(entries), out, entry_type, entry_fields)


# --- reading ----------------------------------------------------------------


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    for entry in latex.read_entries(source, MAPPING):
        entry.extra.pop("biblio-pending-scheme", None)
        entry.extra.pop(_PENDING_UNIT, None)
        yield entry


register(Format("biblatex", "BibLaTeX for biber (UTF-8, langid, editor types, GOST-ready)", (), read, write))
