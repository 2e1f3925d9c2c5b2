"""BibLaTeX: the fields biber and biblatex-gost use, reading back, round trips."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.formats.biblatex import EDITOR_ROLE_ORDER, normalize_isbn
from biblio.formats.latex import balanced
from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from formats_support import date_strategy, digits, persons, read_text, safe_url, sample_entries, words, write_text


def _block(bib: str, key: str) -> str:
    start = bib.index("{" + key + ",")
    return bib[start : bib.index("\n}\n", start)]


def _field(block: str, name: str) -> str | None:
    match = re.search(rf"^  {name} = \{{(.*)\}},$", block, re.M)
    return match.group(1) if match else None


def _bib() -> str:
    return write_text("biblatex", sample_entries())


def test_chapter_in_edited_collection() -> None:
    block = _block(_bib(), "rashkevits1961")
    assert block.startswith("{rashkevits1961,") and "@incollection" in _bib()
    assert _field(block, "author") == "Рашкевиц, А. К."
    assert _field(block, "editor") == "Политов, З. Н." and _field(block, "editortype") is None
    assert _field(block, "editora") == "Быстров, В. Е." and _field(block, "editoratype") == "redactor"
    assert _field(block, "booktitle") == "Советские партизаны"
    assert _field(block, "booksubtitle") == "из истории партизанского движения в годы Великой Отечественной войны"
    assert _field(block, "titleaddon") == "[For Soviet Latvia]"
    assert _field(block, "location") == "Москва" and _field(block, "date") == "1961"
    assert _field(block, "langid") == "russian" and _field(block, "language") == "russian"
    assert _field(block, "pages") == "590--630"


def test_encyclopedia_entry_editor_in_chief_and_columns() -> None:
    bib = _bib()
    assert "@inreference{sie1967," in bib
    block = _block(bib, "sie1967")
    assert _field(block, "editor") == "Жуков, Е. М." and _field(block, "editortype") == "editorinchief"
    assert _field(block, "volume") == "8" and _field(block, "pagination") == "column"
    # biblatex prints ``pages`` by bookpagination: without it the columns read "pp."
    assert _field(block, "bookpagination") == "column"


COLUMN_BIB = """
@inreference{a, title={Партизанское движение}, booktitle={СИЭ}, pages={872--880}, bookpagination={column}, langid={russian}}
@inreference{b, pagination={column}, title={Партизанское движение}, booktitle={СИЭ}, pages={872--880}, langid={russian}}
@inreference{c, title={Статья}, booktitle={СИЭ}, pages={10--12}, langid={russian}}
@book{d, bookpagination={column}, title={Книга}, pagetotal={100}, langid={russian}}
"""


def test_pagination_and_bookpagination_read_as_columns(tmp_path: Path) -> None:
    a, b, c, d = read_text("biblatex", COLUMN_BIB, tmp_path, "cols.bib")
    assert a.pages == Pages("872", "880", "column")  # bookpagination after pages
    assert b.pages == Pages("872", "880", "column")  # pagination before pages
    assert c.pages == Pages("10", "12", "page")
    assert d.pages is None and not d.extra  # no pages: nothing to mark, no empty range


def test_columns_survive_the_round_trip_into_gost(tmp_path: Path) -> None:
    from biblio.render import format_entry

    entry = Entry(type=EntryType.ENCYCLOPEDIA_ENTRY, key="sie", title=Text("Партизанское движение"),
                  host=Host(title=Text("Советская историческая энциклопедия"), volume="8"),
                  date=Date(1967), pages=Pages("872", "880", "column"), language="ru")
    back = read_text("biblatex", write_text("biblatex", [entry]), tmp_path, "rt.bib")[0]
    assert back.pages == Pages("872", "880", "column")
    assert str(format_entry(back, "gost-r-7.0.100-2018")).endswith("— Т. 8. — Стб. 872–880.")


def test_volume_of_multivolume_work() -> None:
    entry = Entry(
        type=EntryType.VOLUME, key="kap", title=Text("Возмездие"), subtitle=Text("очерки о Даугавпилсском подполье, 1941-1944"),
        part="2", number_of_volumes="2", host=Host(title=Text("Возмездие")), language="ru",
        persons=[Person(family="Капитанов", initials="И. Г.")], date=Date(1980), page_total="230",
    )
    multi = Entry(type=EntryType.MULTIVOLUME, key="mv", title=Text("Возмездие"), number_of_volumes="2", language="ru")
    bib = write_text("biblatex", [entry, multi])
    block = _block(bib, "kap")
    assert "@book{kap," in bib and "@mvbook{mv," in bib
    assert _field(block, "part") == "2" and _field(block, "volumes") == "2"
    assert _field(block, "maintitle") == "Возмездие" and _field(block, "pagetotal") == "230"
    assert _field(_block(bib, "mv"), "volumes") == "2"


def test_online_with_urldate_and_verbatim_url() -> None:
    block = _block(_bib(), "araloff2007")
    assert "@online{araloff2007," in _bib()
    assert _field(block, "url") == "http://www.aia.lv/ab_cd?x=1&y=2#top"  # verbatim: no \_ or \&
    assert _field(block, "urldate") == "2012-01-06" and _field(block, "date") == "2007-09-30"


def test_isbn_normalised_when_valid() -> None:
    assert normalize_isbn("978-1138612945") == "978-1-138-61294-5"
    assert normalize_isbn("9984643786") == "9984-643-78-6"
    assert normalize_isbn("12345") == "12345"  # invalid: kept as written for the check command to report
    block = _block(write_text("biblatex", [Entry(key="i", isbns=["978-1138612945", "bad"])]), "i")
    assert _field(block, "isbn") == "978-1-138-61294-5, bad"


def test_romanised_and_translated_titles() -> None:
    entry = Entry(key="r", title=Text("Записки партизана", romanized={"iso9": "Zapiski partizana", "ala-lc": "Zapiski partizana"}, translated={"de": "Notizen", "en": "Notes of a partisan"}))
    block = _block(write_text("biblatex", [entry]), "r")
    assert _field(block, "usera") == "Zapiski partizana" and _field(block, "userb") == "ala-lc"
    assert _field(block, "titleaddon") == "[Notes of a partisan]"


def test_notes_and_addendum() -> None:
    entry = Entry(key="n", notes=[Text("first"), Text("second"), Text("third")])
    block = _block(write_text("biblatex", [entry]), "n")
    assert _field(block, "note") == "first" and _field(block, "addendum") == "second. third"


def test_utf8_letters_and_escaped_specials() -> None:
    entry = Entry(key="u", title=Text('Rīga "Liesma" 100% \\x {y}'), places=[Place("Rīga"), Place("Sand and Sea")])
    block = _block(write_text("biblatex", [entry]), "u")
    assert _field(block, "title") == r'Rīga {\string"}Liesma{\string"} 100\% \textbackslash{}x \textbraceleft{}y\textbraceright{}'
    assert _field(block, "location") == "Rīga and {Sand and Sea}"


def test_reads_bibtex_names_too(tmp_path: Path) -> None:
    text = "@incollection{a, author={A, B.}, editor={E, F.}, editortype={compiler}, journal={J}, booktitle={Book}, address={Riga}, year={2001}}\n"
    (entry,) = read_text("biblatex", text, tmp_path, "a.bib")
    assert entry.host is not None and entry.host.title is not None and entry.host.title.value == "Book"
    assert entry.host.persons[0].role is Role.COMPILER and entry.places == [Place("Riga")] and entry.date == Date(2001)


# --- property: model → BibLaTeX → model keeps what BibLaTeX carries -------------

BLX_TYPES = [EntryType.BOOK, EntryType.MULTIVOLUME, EntryType.COLLECTION, EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE, EntryType.PROCEEDINGS, EntryType.THESIS, EntryType.REPORT, EntryType.WEBPAGE, EntryType.DOCUMENT]
EDITORIAL = tuple(r for r in Role if r not in (Role.AUTHOR, Role.TRANSLATOR))


@st.composite
def blx_entries(draw: st.DrawFn) -> Entry:
    entry_type = draw(st.sampled_from(BLX_TYPES))
    hosted = entry_type in (EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE)
    entry = Entry(type=entry_type, key=draw(st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True)))
    entry.title = Text(
        draw(words()),
        romanized=draw(st.dictionaries(st.sampled_from(["ala-lc", "iso9"]), words(), max_size=1)),
        translated=draw(st.dictionaries(st.just("en"), words(), max_size=1)),
    )
    entry.subtitle = draw(st.one_of(st.none(), words().map(Text)))
    authors = draw(st.lists(persons((Role.AUTHOR,), suffixes=True), max_size=3))
    translators = draw(st.lists(persons((Role.TRANSLATOR,)), max_size=1))
    # one role per editor list: at most four distinct editorial roles
    roles = draw(st.lists(st.sampled_from(EDITORIAL), unique=True, max_size=4))
    editorial = [draw(persons((role,))) for role in roles]
    entry.persons = authors + translators
    if hosted:
        host = Host(title=Text(draw(words())), subtitle=draw(st.one_of(st.none(), words().map(Text))))
        host.volume, host.part = draw(st.one_of(st.just(""), digits)), draw(st.one_of(st.just(""), digits))
        host.number_of_volumes = draw(st.one_of(st.just(""), digits))
        if entry_type is EntryType.ARTICLE:
            host.issue = draw(st.one_of(st.just(""), digits))
            entry.persons += editorial
        else:
            host.persons = editorial
        entry.host = host
    else:
        entry.persons += editorial
        entry.volume, entry.part = draw(st.one_of(st.just(""), digits)), draw(st.one_of(st.just(""), digits))
        entry.number_of_volumes = draw(st.one_of(st.just(""), digits))
        entry.series_number = draw(st.one_of(st.just(""), digits))
        if entry_type is EntryType.REPORT:  # a report's ``number`` is its own
            entry.number, entry.series_number = entry.series_number, ""
        if entry_type is EntryType.BOOK and draw(st.booleans()):
            entry.host = Host(title=Text(draw(words())))
    entry.series = draw(st.one_of(st.none(), words().map(Text)))
    entry.edition = draw(st.one_of(st.just(""), words(max_size=6)))
    entry.places = [Place(p) for p in draw(st.lists(words(), max_size=2))]
    entry.publisher = draw(st.one_of(st.none(), words().map(Text)))
    entry.institution = draw(st.one_of(st.none(), words().map(Text)))
    entry.genre = draw(st.one_of(st.just(""), words(max_size=10)))
    entry.date = draw(st.one_of(st.none(), date_strategy(), words(max_size=10).filter(lambda w: not re.match(r"\d", w)).map(lambda w: Date(literal=w))))
    if draw(st.booleans()):
        entry.pages = Pages(draw(digits), draw(st.one_of(st.just(""), digits)), draw(st.sampled_from(["page", "column"])))
    entry.page_total = draw(st.one_of(st.just(""), digits))
    entry.notes = [Text(n) for n in draw(st.lists(words(), max_size=2))]
    entry.isbns = draw(st.lists(st.from_regex(r"97[89][0-9]{10}", fullmatch=True).map(normalize_isbn), max_size=2))
    entry.doi = draw(st.one_of(st.just(""), st.from_regex(r"10\.[0-9]{4}/[a-z0-9._-]{1,10}", fullmatch=True)))
    entry.url = draw(st.one_of(st.just(""), safe_url))
    entry.accessed = draw(st.one_of(st.none(), st.builds(Date, st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 28))))
    entry.language = draw(st.sampled_from([None, "ru", "lv", "en"]))
    return entry


def _carried(entry: Entry) -> dict[str, Any]:
    """Persons come back in biblatex's list order: authors, translators, editor lists by role."""
    data = entry.to_dict()
    data.pop("origin", None)
    order = ["author", "translator", *[r.value for r in EDITOR_ROLE_ORDER]]
    if entry.type in (EntryType.THESIS, EntryType.REPORT) and "publisher" in data and "institution" not in data:
        data["institution"] = data.pop("publisher")  # biblatex's @thesis and @report name it in institution
    for holder in (data, data.get("host", {})):
        if "persons" in holder:
            holder["persons"] = sorted(holder["persons"], key=lambda p: order.index(p.get("role", "author")))
    return data


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entry=blx_entries())
def test_round_trip_keeps_what_biblatex_carries(entry: Entry, tmp_path: Path) -> None:
    bib = write_text("biblatex", [entry])
    assert balanced(bib)
    back = read_text("biblatex", bib, tmp_path, "rt.bib")
    assert len(back) == 1
    assert _carried(back[0]) == _carried(entry)


THESIS_BIB = """
@phdthesis{a, author={Smith, John}, title={Partisans}, school={University of Latvia}, year={1999}}
@mastersthesis{b, author={Doe, Jane}, title={Forests}, school={LU}, year={2001}}
@thesis{c, author={Петров, П. П.}, title={Партизаны}, institution={МГУ}, type={дис. … канд. ист. наук}, date={1999}}
"""


def test_thesis_types_institution_and_degree(tmp_path: Path) -> None:
    a, b, c = read_text("biblatex", THESIS_BIB, tmp_path, "th.bib")
    assert (a.type, a.genre, a.institution) == (EntryType.THESIS, "phdthesis", Text("University of Latvia"))
    assert (b.genre, b.institution) == ("mathesis", Text("LU"))
    assert (c.genre, c.institution) == ("дис. … канд. ист. наук", Text("МГУ"))
    bib = write_text("biblatex", [a, c])
    assert "@thesis{a," in bib and _field(_block(bib, "a"), "type") == "phdthesis"
    assert _field(_block(bib, "c"), "institution") == "МГУ"
    # a university the parser read as the publisher goes where biblatex's @thesis prints it
    parsed = Entry(type=EntryType.THESIS, key="p", title=Text("Партизаны"), persons=[Person("Петров", initials="П. П.")],
                   publisher=Text("Латвийский государственный университет"), date=Date(1970))
    block = _block(write_text("biblatex", [parsed]), "p")
    assert _field(block, "institution") == "Латвийский государственный университет"
    assert _field(block, "publisher") is None


def test_web_page_site_in_organization_work_in_maintitle(tmp_path: Path) -> None:
    page = Entry(type=EntryType.WEBPAGE, key="mangulis", title=Text("CHAPTER IX JULY 1941 TO MAY 8, 1945"),
                 persons=[Person("Mangulis", initials="V.")], publisher=Text("Historia.lv"),
                 host=Host(title=Text("Latvia in the Wars of the 20th Century")), accessed=Date(2012, 1, 6),
                 url="https://historia.lv/x", language="en")
    bib = write_text("biblatex", [page])
    block = _block(bib, "mangulis")
    assert "@online{mangulis," in bib
    assert _field(block, "organization") == "Historia.lv" and _field(block, "publisher") is None
    assert _field(block, "maintitle") == "Latvia in the Wars of the 20th Century"
    assert _field(block, "urldate") == "2012-01-06"
    back = read_text("biblatex", bib, tmp_path, "w.bib")[0]
    assert back.publisher == Text("Historia.lv") and back.host == Host(title=Text("Latvia in the Wars of the 20th Century"))
    # an organisation named with "and" stays one list item
    page.publisher = Text("Smith and Sons")
    assert _field(_block(write_text("biblatex", [page]), "mangulis"), "organization") == "{Smith and Sons}"
    assert read_text("biblatex", write_text("biblatex", [page]), tmp_path, "w2.bib")[0].publisher == Text("Smith and Sons")
