"""Classic BibTeX (``.bib``) for pdflatex + bibtex, read through bibtexparser v2, written in its layout.

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
author                 persons with role author; names as ``von Last, Jr, First``
                       (``King, Jr., Martin Luther``), the Jr part is ``suffix``
editor                 editors of the work (book) or of its host (in* types);
                       every editorial role is written as ``editor``; the editors
                       of a work that has authors go to ``editora`` (standard
                       styles allow only one of author and editor)
title                  ``title`` + ": " + ``subtitle`` + ". " + the ``part`` in the
                       entry's language ("I daļa", "Ч. 1", "Pt. 1"): BibTeX has
                       no part field, and a cataloguer puts the part in the title
booktitle / journal    ``host.title`` (+ subtitle, + ``host.part``) for in* types /
                       articles
volume                 ``volume``, for in* types and articles ``host.volume``
number                 ``host.issue`` for articles, a report's ``number``, else ``series_number``
series                 ``series``
edition                ``edition``
address                ``places`` (full names), joined by "; "
publisher              ``publisher``
school / institution   ``institution`` (theses / reports; their ``publisher`` when the
                       source named the university or issuing body as one)
type                   ``genre``
year, month            ``date`` (year range as ``1941--1945``; a literal date
                       without a year goes to ``year`` as written)
pages                  ``pages`` (``96--119``)
pagetotal              ``page_total``
note                   ``notes`` joined by ". "
isbn, issn, doi, url   ``isbns`` (", "), ``issn``, ``doi``, ``url``
urldate                ``accessed`` (ISO date)
language               ``language`` as a babel name (russian, latvian, english)
key                    the title, for entries without authors (plain.bst sorts by it)
any other field        ``Entry.extra`` (read and written back unchanged)
=====================  =============================================================
"""

from __future__ import annotations

import re
from typing import IO, TYPE_CHECKING, AbstractSet, Iterable, Iterator

from ..io import Source
from ..model import HOSTED_TYPES, IN_BOOK_TYPES, Date, Entry, EntryType, Extra, Place, Role, Text
from . import Format, ReadOptions, WriteOptions, latex, register
from .latex import Rule, attr_rule, host_of, join_title, number_rule, text_rule

if TYPE_CHECKING:
    from ..render.terms import Terms

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

EDITOR_ROLES = (Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD)


def _container(entry: Entry, types: AbstractSet[EntryType]) -> str:
    if entry.host is None or entry.type not in types:
        return ""
    return join_title(entry.host.title, entry.host.subtitle)


def _put_container(entry: Entry, value: str) -> None:
    host_of(entry).title = Text(value)


def _get_volume(entry: Entry) -> str:
    if entry.type in HOSTED_TYPES:
        return entry.host.volume if entry.host else ""
    return entry.volume


def _put_volume(entry: Entry, value: str) -> None:
    if entry.type in HOSTED_TYPES:
        host_of(entry).volume = value
    else:
        entry.volume = value


def _put_places(entry: Entry, value: str) -> None:
    entry.places = [Place(v.strip()) for v in value.split(";") if v.strip()]


def _issuer_in_publisher(entry: Entry) -> bool:
    """A thesis or report whose university or issuing body the source gave as its publisher.

    BibTeX's @phdthesis and @techreport require ``school`` / ``institution`` and
    print no ``publisher``, so the name moves there.
    """
    return entry.type in (EntryType.THESIS, EntryType.REPORT) and entry.institution is None and entry.publisher is not None


def _get_publisher(entry: Entry) -> str:
    if entry.publisher is None or _issuer_in_publisher(entry):
        return ""
    return entry.publisher.value


def _institution(entry: Entry, thesis: bool) -> str:
    if (entry.type is EntryType.THESIS) != thesis:
        return ""
    if _issuer_in_publisher(entry):
        return entry.publisher.value if entry.publisher else ""
    return entry.institution.value if entry.institution else ""


def _put_institution(entry: Entry, value: str) -> None:
    entry.institution = Text(value)


def _put_year(entry: Entry, value: str) -> None:
    month = entry.date.month if entry.date else None
    entry.date = latex.year_to_date(value)
    if entry.date.year is not None:
        entry.date.month = month


def _get_month(entry: Entry) -> str:
    return str(entry.date.month) if entry.date and entry.date.year and entry.date.month else ""


def _put_month(entry: Entry, value: str) -> None:
    if entry.date is None:
        entry.date = Date()
    entry.date.month = latex.month_number(value)


def _put_note(entry: Entry, value: str) -> None:
    entry.notes.append(Text(value))


def _put_isbns(entry: Entry, value: str) -> None:
    entry.isbns = [v.strip() for v in re.split(r"[,;]\s*|\s+and\s+", value) if v.strip()]


def _put_language(entry: Entry, value: str) -> None:
    entry.language = latex.iso_code(value.strip())


# The mapping model ↔ BibTeX (author and editor lists are written by entry_fields).
FIELDS: tuple[Rule, ...] = (
    Rule("title", lambda e: join_title(e.title, e.subtitle), lambda e, v: setattr(e, "title", Text(v))),
    Rule("booktitle", lambda e: _container(e, IN_BOOK_TYPES), _put_container),
    Rule("journal", lambda e: _container(e, {EntryType.ARTICLE}), _put_container),
    Rule("volume", _get_volume, _put_volume),
    number_rule(),
    text_rule("series", "series"),
    attr_rule("edition", "edition"),
    Rule("address", lambda e: "; ".join(p.full for p in e.places), _put_places),
    Rule("publisher", _get_publisher, lambda e, v: setattr(e, "publisher", latex.text_or_none(v))),
    Rule("school", lambda e: _institution(e, thesis=True), _put_institution),
    Rule("institution", lambda e: _institution(e, thesis=False), _put_institution),
    attr_rule("type", "genre"),
    Rule("year", lambda e: latex.date_to_year(e.date), _put_year, "literal"),
    Rule("month", _get_month, _put_month, "literal"),
    Rule("pages", lambda e: latex.pages_to_bib(e.pages), lambda e, v: setattr(e, "pages", latex.bib_to_pages(v)), "literal"),
    attr_rule("pagetotal", "page_total"),
    Rule("note", lambda e: ". ".join(n.value for n in e.notes), _put_note),
    Rule("isbn", lambda e: ", ".join(e.isbns), _put_isbns, "literal"),
    attr_rule("issn", "issn", "literal"),
    attr_rule("doi", "doi", "verbatim"),
    attr_rule("url", "url", "verbatim"),
    Rule("urldate", lambda e: latex.iso_date(e.accessed), lambda e, v: setattr(e, "accessed", latex.parse_iso_date(v)), "literal"),
    Rule("language", lambda e: latex.babel_name(e.language) if e.language else "", _put_language),
    Rule("howpublished", latex.archival_file, lambda e, v: e.extra.__setitem__("howpublished", v)),
    # Styles sort and label by author, else by this key: entries without authors get their title.
    Rule("key", lambda e: "" if e.authors else join_title(e.title, None) or latex.archival_file(e) or latex.note_key(e), lambda e, v: None),
)
# BibLaTeX fields BibTeX does not write but reads.
READ_ONLY: tuple[Rule, ...] = (
    Rule("date", lambda e: "", lambda e, v: setattr(e, "date", latex.parse_edtf_date(v)), "literal"),
    text_rule("subtitle", "subtitle"),
)
RULES = {rule.field: rule for rule in (*FIELDS, *READ_ONLY)}

# BibLaTeX field names read as their BibTeX equivalents.
ALIASES = {
    "journaltitle": "journal",
    "location": "address",
    "langid": "language",
    "addendum": "note",
}
MAPPING = latex.Mapping(RULES, READ_TYPES, ALIASES, IN_BOOK_TYPES)


# --- writing ----------------------------------------------------------------

# The part of a multi-part work goes where cataloguers put it, after the title
# it belongs to ("PSRS kaujinieki Latvijā (1941—1945). I daļa"): every standard
# style then prints it inside the title, whereas a note lands at the very end
# and the volume or number fields print "volume I of …" / "number I in …".
_ROMAN = re.compile(r"[IVXLCDM]+")
_ENDS_SENTENCE = (".", "!", "?")


def part_label(part: str, language: str | None, romanize: str | None = None) -> str:
    """``Ч. 1``, ``I daļa``, ``1. daļa``, ``Pt. 1``: the words from the styles' term tables.

    >>> part_label("I", "lv"), part_label("1", "lv"), part_label("1", "ru"), part_label("2", None)
    ('I daļa', '1. daļa', 'Ч. 1', 'Pt. 2')
    >>> part_label("1", "ru", romanize="ala-lc")
    'Ch. 1'
    """
    from ..render.terms import terms

    table = terms(language)
    # Latvian writes "I daļa" but "1. daļa": a Roman numeral takes part_roman where a language has it.
    names = ("part_roman", "part") if _ROMAN.fullmatch(part) else ("part",)
    label = next(table.pattern(name) for name in names if _has_term(table, name)).format(part)
    if romanize:
        from ..translit import romanize as romanized

        label = romanized(label, romanize)
    return label


def _has_term(table: Terms, name: str) -> bool:
    try:
        table.pattern(name)
    except KeyError:
        return False
    return True


def _parts(entry: Entry) -> dict[str, str]:
    """Field → part joining it: the work's own part its title, a hosted work's host part the host title."""
    parts = {"title": entry.part} if entry.part else {}
    if entry.type in HOSTED_TYPES and entry.host is not None and entry.host.part:
        parts["journal" if entry.type is EntryType.ARTICLE else "booktitle"] = entry.host.part
    return parts


def _with_part(written: str, encoded: str, part: str, entry: Entry, romanize: str | None) -> str:
    """The field as encoded for the .bib with the part after it, braced against case changes."""
    lang = (entry.title.lang if entry.title and entry.title.lang else None) or entry.language
    label = "{" + latex.encode(part_label(part, lang, romanize), FLAVOUR) + "}"
    if not written:
        return label
    return encoded + (" " if written.endswith(_ENDS_SENTENCE) else ". ") + label


def entry_fields(entry: Entry, romanize: str | None = None) -> list[tuple[str, str]]:
    """The BibTeX fields of one entry as (name, LaTeX value without the outer braces).

    ``romanize`` names the scheme a romanised copy was made with (the part's words follow it).
    """
    fields: list[tuple[str, str]] = []
    editors = entry.host.persons if entry.host and entry.type in IN_BOOK_TYPES else entry.persons
    editors = [p for p in editors if p.role in EDITOR_ROLES]
    if entry.authors:
        fields.append(("author", latex.names_field(entry.authors, FLAVOUR, latex.list_cut_short(entry))))
    if editors:
        # Standard styles refuse author and editor together on a work: the editors
        # of an authored work go to BibLaTeX's editora, which they ignore.
        slot = "editora" if entry.authors and entry.type not in IN_BOOK_TYPES else "editor"
        cut = latex.list_cut_short(entry, host_editors=True) if entry.type in IN_BOOK_TYPES else not entry.authors and latex.list_cut_short(entry)
        fields.append((slot, latex.names_field(editors, FLAVOUR, cut)))
    parts = _parts(entry)
    for rule in FIELDS:
        written = rule.get(entry).strip()
        if not written and rule.field not in parts:
            continue
        value = latex.encode_value(rule.kind, written, FLAVOUR)
        if rule.field in ("title", "booktitle", "journal") and entry.language != "en":
            value = latex.protect(value)  # non-English titles keep their capitals
        if rule.field in parts:
            value = _with_part(written, value, parts[rule.field], entry, romanize)
        fields.append((rule.field, value))
    taken = set(RULES) | latex.NAME_FIELDS | set(ALIASES) | {Extra.ARCHIVE_SIGNATURE}  # in howpublished
    return fields + latex.extra_fields(entry, taken, FLAVOUR)


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    def prepared(items: Iterable[Entry]) -> Iterator[Entry]:
        for entry in items:
            yield latex.romanized_copy(entry, options.romanize) if options.romanize else entry

    latex.write_entries(
        prepared(entries), out, lambda e: TYPES[e.type], lambda e: entry_fields(e, options.romanize), latex.CYRILLIC_PREAMBLE
    )


# --- reading ----------------------------------------------------------------


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    """BibTeX or BibLaTeX entries (BibLaTeX names via :data:`ALIASES`)."""
    yield from latex.read_entries(source, MAPPING)


register(Format("bibtex", "BibTeX for pdflatex + bibtex (LaTeX-encoded, T2A Cyrillic)", (".bib",), read, write))
