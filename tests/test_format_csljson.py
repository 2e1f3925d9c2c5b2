"""CSL-JSON: schema-valid, Zotero-faithful, rendered by citeproc-py, lossless round trips."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.formats import WriteOptions
from biblio.formats.csljson import ZOTERO_KEEPS, _join_title, entry_to_csl
from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from formats_support import (
    ROOT,
    SCHEMAS,
    date_strategy,
    digits,
    persons,
    read_text,
    safe_url,
    sample_entries,
    words,
    write_text,
)

CSL_SCHEMA = SCHEMAS / "csl-data.json"
ZOTERO_SCHEMA = SCHEMAS / "zotero-schema.json"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} not found in {path.parent} (the shared schemas folder beside the repository)")
    return path


def _bundled_items() -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "biblio", "export", "--format", "csl-json"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return json.loads(write_text("csl-json", sample_entries())) + _bundled_items()


def test_bundled_export_has_23_items() -> None:
    items = _bundled_items()
    assert len(items) == 23
    assert all(item.get("title") for item in items), [i["id"] for i in items if not i.get("title")]


def test_valid_against_csl_schema(items: list[dict[str, Any]]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(_need(CSL_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validate(items, schema)


def test_schema_rejects_what_we_must_not_write() -> None:
    """The validation above can fail: an unknown variable is refused."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(_need(CSL_SCHEMA).read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "book", "subtitle": "nope"}], schema)


# --- Zotero -------------------------------------------------------------------


def _zotero() -> dict[str, Any]:
    return json.loads(_need(ZOTERO_SCHEMA).read_text(encoding="utf-8"))


def _zotero_keeps(schema: dict[str, Any], csl_type: str) -> tuple[set[str], set[str]]:
    """Variables and name lists Zotero imports for a CSL type, from its schema (section csl)."""
    csl = schema["csl"]
    item_type = csl["types"][csl_type][0]
    spec = next(t for t in schema["itemTypes"] if t["itemType"] == item_type)
    valid = {f["field"] for f in spec["fields"]} | {f.get("baseField") for f in spec["fields"]}
    variables = {v for v, fields in csl["fields"]["text"].items() if any(f in valid for f in fields)}
    variables |= {v for v, field in csl["fields"]["date"].items() if field in valid}
    names = {csl["names"][c["creatorType"]] for c in spec["creatorTypes"] if c["creatorType"] in csl["names"]}
    return variables, names


def test_zotero_table_matches_zotero_schema() -> None:
    schema = _zotero()
    for csl_type, (variables, names) in ZOTERO_KEEPS.items():
        assert csl_type in schema["csl"]["types"], f"Zotero maps no item type to {csl_type}"
        assert (set(variables), set(names)) == _zotero_keeps(schema, csl_type), csl_type


def test_every_item_survives_zotero_import(items: list[dict[str, Any]]) -> None:
    """Only types Zotero maps; every variable Zotero drops is in a ``key: value`` note line."""
    schema = _zotero()
    for item in items:
        assert item["type"] in schema["csl"]["types"], item["type"]
        variables, names = _zotero_keeps(schema, item["type"])
        note_lines = item.get("note", "").split("\n")
        for key, value in item.items():
            if key in ("id", "type", "multi") or key in variables or key in names:
                continue
            if isinstance(value, list):  # names: one line per person
                for name in value:
                    line = name.get("literal") or f"{name['family']} || {name.get('given', '')}".rstrip(" |")
                    assert f"{key}: {line}" in note_lines, (item["id"], key, line)
            else:
                assert any(line.startswith(f"{key}: ") for line in note_lines), (item["id"], key)


def test_zotero_lines_for_roles_zotero_lacks() -> None:
    entry = sample_entries()[0]  # editor-compiler Быстров
    item = entry_to_csl(entry)
    assert item["editor"][0] == {"family": "Быстров", "given": "В. Е."}
    assert "compiler: Быстров || В. Е." in item["note"].split("\n")
    assert item["language"] == "ru" and item["citation-key"] == "rashkevits1961"


# --- a real CSL processor ---------------------------------------------------------


def test_citeproc_renders_every_item(items: list[dict[str, Any]]) -> None:
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    source = CiteProcJSON(items)
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
    for item in items:
        bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    rendered = [str(line) for line in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for item in items:
        title = item["title"]
        assert any(title.split(":")[0][:30] in line for line in rendered), title


def _king() -> Entry:
    return Entry(
        type=EntryType.BOOK,
        key="king1963",
        title=Text("Strength to Love"),
        persons=[Person(family="King", given="Martin Luther", suffix="Jr."), Person(family="Abernathy", initials="R. D.", suffix="III")],
        places=[Place("New York")],
        publisher=Text("Harper & Row"),
        date=Date(1963),
        language="en",
    )


def test_name_suffix_is_the_csl_suffix_part() -> None:
    item = entry_to_csl(_king())
    assert item["author"] == [
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
        {"family": "Abernathy", "given": "R. D.", "suffix": "III"},
    ]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate([item], json.loads(_need(CSL_SCHEMA).read_text(encoding="utf-8")))


def test_citeproc_prints_the_suffix_after_the_given_names() -> None:
    """Kept apart from the family name, the suffix lands where the style puts it: harvard's
    inverted "King, M.L., Jr.", never "King Jr., M.L."."""
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    item = entry_to_csl(_king())
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON([item]), citeproc.formatter.plain)
    citation = citeproc.Citation([citeproc.CitationItem(item["id"])])
    bibliography.register(citation)
    assert str(bibliography.bibliography()[0]).startswith("King, M.L., Jr. and Abernathy, R.D., III (1963)")
    assert bibliography.cite(citation, lambda item: None) == "(King and Abernathy, 1963)"


def test_suffix_read_back_from_csl_and_from_zotero_extra_lines(tmp_path: Path) -> None:
    entry = _king()
    entry.persons[1].role = Role.COMPILER  # Zotero has no book compiler: an Extra line
    item = entry_to_csl(entry)
    assert "compiler: Abernathy || R. D., III" in item["note"].split("\n")
    back = read_text("csl-json", json.dumps([item]), tmp_path, "k.json")[0]
    assert [(p.family, p.display_given(), p.suffix, p.role) for p in back.persons] == [
        ("King", "Martin Luther", "Jr.", Role.AUTHOR),
        ("Abernathy", "R. D.", "III", Role.COMPILER),
    ]


# --- CSL-M ----------------------------------------------------------------------


def test_csl_m_multi_variants() -> None:
    entry = Entry(
        title=Text("Записки партизана", lang="ru", romanized={"ala-lc": "Zapiski partizana", "iso9": "Zapiski partizana"}, translated={"en": "Notes of a partisan"}),
        persons=[Person(family="Рашкевиц", initials="А. К.", lang="ru", variants={"ala-lc": {"family": "Rashkevit͡s", "given": "A. K."}})],
        language="ru",
    )
    item = entry_to_csl(entry, csl_m=True)
    assert item["multi"]["_keys"]["title"] == {
        "en": "Notes of a partisan",
        "ru-Latn-alalc97": "Zapiski partizana",
        "ru-Latn-x-iso9": "Zapiski partizana",
    }
    assert item["author"][0]["multi"]["_key"]["ru-Latn-alalc97"] == {"family": "Rashkevit͡s", "given": "A. K."}
    assert "multi" not in entry_to_csl(entry)


def test_csl_m_round_trip(tmp_path: Path) -> None:
    entry = Entry(
        key="k",
        title=Text("Записки партизана", romanized={"ala-lc": "Zapiski partizana"}, translated={"en": "Notes"}),
        language="ru",
    )
    back = read_text("csl-json", write_text("csl-json", [entry], WriteOptions(csl_m=True)), tmp_path, "a.json")[0]
    assert back.title is not None
    assert back.title.romanized == {"ala-lc": "Zapiski partizana"} and back.title.translated == {"en": "Notes"}


# --- reading ----------------------------------------------------------------------


def test_reads_native_json(tmp_path: Path) -> None:
    native = json.dumps([e.to_dict() for e in sample_entries()[:2]], ensure_ascii=False)
    back = read_text("csl-json", native, tmp_path, "n.json")
    assert [e.origin.line if e.origin else 0 for e in back] == [1, 1]  # one line holds the array
    for entry in back:
        entry.origin = None
    assert [e.to_dict() for e in back] == [e.to_dict() for e in sample_entries()[:2]]


def test_reads_zotero_extra_lines(tmp_path: Path) -> None:
    """What Zotero exports after importing our file (variables back from Extra) reads the same."""
    item = {"id": "a", "type": "book", "title": "T", "note": "A note\ncompiler: Быстров || В. Е.\npart: 2"}
    entry = read_text("csl-json", json.dumps([item]), tmp_path, "z.json")[0]
    assert [(p.family, p.initials, p.role) for p in entry.persons] == [("Быстров", "В. Е.", Role.COMPILER)]
    assert entry.part == "2" and [n.value for n in entry.notes] == ["A note"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('[\n{"id": "a", "type": "book"},\n{"id": "b" "type": "book"}\n]', 3, "invalid JSON"),
        ('[\n{"id": "a", "type": "book"},\n\n{"id": "b"}\n]', 4, "no 'type'"),
        ('"just a string"', 1, "expected a CSL-JSON array"),
    ],
)
def test_malformed_input_names_file_and_line(text: str, line: int, message: str, tmp_path: Path) -> None:
    from biblio.errors import FormatError

    with pytest.raises(FormatError) as info:
        read_text("csl-json", text, tmp_path, "bad.json")
    assert info.value.line == line and message in info.value.message
    assert str(info.value).startswith(f"{tmp_path / 'bad.json'}:{line}: ")


# --- property: model → CSL-JSON → model keeps what CSL carries ---------------------

CSL_TYPES = [EntryType.BOOK, EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE, EntryType.THESIS, EntryType.REPORT, EntryType.WEBPAGE, EntryType.DOCUMENT]
ROLES = tuple(Role)


@st.composite
def csl_entries(draw: st.DrawFn) -> Entry:
    entry_type = draw(st.sampled_from(CSL_TYPES))
    hosted = entry_type in (EntryType.CHAPTER, EntryType.ENCYCLOPEDIA_ENTRY, EntryType.ARTICLE)
    entry = Entry(type=entry_type, key=draw(st.from_regex(r"[a-z][a-z0-9]{0,12}", fullmatch=True)))
    entry.title = Text(draw(words()))
    # Distinct names: the same name as editor and compiler is read as one editor-compiler.
    people = draw(st.lists(persons(ROLES, suffixes=True), max_size=4, unique_by=lambda p: (p.family, p.display_given(), p.literal)))
    if hosted:
        host = Host(title=Text(draw(words())), volume=draw(st.one_of(st.just(""), digits)), part=draw(st.one_of(st.just(""), digits)))
        if entry_type is EntryType.ARTICLE:
            host.issue = draw(st.one_of(st.just(""), digits))
        if entry_type is EntryType.ARTICLE:
            entry.persons = people
        else:
            entry.persons = [p for p in people if p.role is Role.AUTHOR]
            host.persons = [p for p in people if p.role is not Role.AUTHOR]
        entry.host = host
    else:
        entry.persons = people
        entry.volume = draw(st.one_of(st.just(""), digits))
        entry.number_of_volumes = draw(st.one_of(st.just(""), digits))
    entry.publisher = draw(st.one_of(st.none(), words().map(Text)))
    entry.places = [Place(p) for p in draw(st.lists(words(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=";\n")), max_size=2))]
    entry.date = draw(st.one_of(st.none(), date_strategy()))
    entry.accessed = draw(st.one_of(st.none(), date_strategy(ranges=False)))
    if draw(st.booleans()):
        entry.pages = Pages(draw(digits), draw(st.one_of(st.just(""), digits)), draw(st.sampled_from(["page", "column"])))
    entry.page_total = draw(st.one_of(st.just(""), digits))
    entry.edition = draw(st.one_of(st.just(""), words(max_size=5)))
    entry.series = draw(st.one_of(st.none(), words().map(Text)))
    entry.series_number = draw(st.one_of(st.just(""), digits))
    entry.number = draw(st.one_of(st.just(""), digits)) if entry.type is EntryType.REPORT else ""
    entry.isbns = draw(st.lists(st.from_regex(r"97[89][0-9]{10}", fullmatch=True), max_size=2))
    entry.url = draw(st.one_of(st.just(""), safe_url))
    entry.doi = draw(st.one_of(st.just(""), st.from_regex(r"10\.[0-9]{4}/[a-z0-9._-]{1,10}", fullmatch=True)))
    entry.language = draw(st.sampled_from([None, "ru", "lv", "en"]))
    entry.notes = [Text(n) for n in draw(st.lists(words(), max_size=2)) if not n.split(":")[0] in ("title", "part", "volume", "compiler", "editor")]
    entry.institution = draw(st.one_of(st.none(), words().map(Text)))
    return entry


def _carried(entry: Entry) -> dict[str, Any]:
    """What CSL-JSON can hold: role order by CSL list, subtitles joined, persons without variants."""
    data = entry.to_dict()
    data.pop("origin", None)
    order = ("author", "editor", "editor-compiler", "compiler", "editor-in-chief", "editorial-board", "translator", "contributor")

    def sort_people(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(people, key=lambda p: order.index(p.get("role", "author")))

    if "persons" in data:
        data["persons"] = sort_people(data["persons"])
    if "host" in data and "persons" in data["host"]:
        data["host"]["persons"] = sort_people(data["host"]["persons"])
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entry=csl_entries())
def test_round_trip_keeps_what_csl_carries(entry: Entry, tmp_path: Path) -> None:
    back = read_text("csl-json", write_text("csl-json", [entry]), tmp_path, "rt.json")
    assert len(back) == 1
    assert _carried(back[0]) == _carried(entry)


def test_join_title_has_no_double_punctuation() -> None:
    assert _join_title(Text("Сияй, звёздочка!"), Text("Борьба")) == "Сияй, звёздочка! Борьба"
    assert _join_title(Text("Возмездие"), Text("очерки")) == "Возмездие: очерки"


def _thesis(**fields: Any) -> Entry:
    return Entry(type=EntryType.THESIS, key="petrov1999", title=Text("Партизанское движение в Латвии"),
                 persons=[Person("Петров", initials="П. П.")], genre="дис. … канд. ист. наук", language="ru", **fields)


def test_thesis_university_is_the_csl_publisher(tmp_path: Path) -> None:
    # Zotero's thesis "University" is CSL publisher; citeproc styles print it from there.
    item = entry_to_csl(_thesis(institution=Text("Латвийский государственный университет")))
    assert item["type"] == "thesis" and item["publisher"] == "Латвийский государственный университет"
    assert item["genre"] == "дис. … канд. ист. наук"
    back = read_text("csl-json", json.dumps([item]), tmp_path, "t.json")[0]
    assert back.institution == Text("Латвийский государственный университет") and back.publisher is None


def test_thesis_with_its_own_publisher_keeps_both(tmp_path: Path) -> None:
    entry = _thesis(institution=Text("МГУ"), publisher=Text("Наука"))
    item = entry_to_csl(entry)
    assert item["publisher"] == "МГУ" and "biblio-publisher: Наука" in item["note"].split("\n")
    back = read_text("csl-json", json.dumps([item]), tmp_path, "t.json")[0]
    assert (back.institution, back.publisher) == (Text("МГУ"), Text("Наука"))
    # the parser may put the university in publisher: it still reaches CSL publisher
    assert entry_to_csl(_thesis(publisher=Text("МГУ")))["publisher"] == "МГУ"


def _mangulis() -> Entry:
    """A chapter of a book on a web site, as the parser reads it: site in publisher, the book as host."""
    from biblio.model import Date

    return Entry(type=EntryType.WEBPAGE, key="mangulis", title=Text("CHAPTER IX JULY 1941 TO MAY 8, 1945"),
                 persons=[Person("Mangulis", initials="V.")], publisher=Text("Historia.lv"),
                 host=Host(title=Text("Latvia in the Wars of the 20th Century")),
                 accessed=Date(2012, 1, 6), archived=Date(2012, 3, 14), archive="Wayback Machine", language="en")


def test_web_page_site_name_is_the_website_title(tmp_path: Path) -> None:
    item = entry_to_csl(_mangulis())
    # Zotero's webpage "Website Title" is CSL container-title (publicationTitle)
    assert item["type"] == "webpage" and item["container-title"] == "Historia.lv"
    assert "publisher" not in item and "container-title" in ZOTERO_KEEPS["webpage"][0]
    assert "biblio-host-title: Latvia in the Wars of the 20th Century" in item["note"].split("\n")
    assert item["accessed"] == {"date-parts": [[2012, 1, 6]]}
    back = read_text("csl-json", json.dumps([item]), tmp_path, "w.json")[0]
    assert back.publisher == Text("Historia.lv")
    assert back.host is not None and back.host.title == Text("Latvia in the Wars of the 20th Century")
    assert (back.archived, back.archive) == (Date(2012, 3, 14), "Wayback Machine")
    # a site the reference named as the container reaches container-title too
    site_as_host = Entry(type=EntryType.WEBPAGE, title=Text("Partisans"), host=Host(title=Text("Historia.lv")))
    assert entry_to_csl(site_as_host)["container-title"] == "Historia.lv"


def test_report_number_is_csl_number_and_citeproc_prints_it(tmp_path: Path) -> None:
    report = Entry(type=EntryType.REPORT, key="card1993", title=Text("Minimum Wages and Employment"),
                   persons=[Person(family="Card", given="David")], genre="NBER Working Paper", number="4509",
                   publisher=Text("National Bureau of Economic Research"), date=Date(1993), language="en")
    item = entry_to_csl(report)
    assert (item["type"], item["genre"], item["number"]) == ("report", "NBER Working Paper", "4509")
    assert "collection-number" not in item
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate([item], json.loads(_need(CSL_SCHEMA).read_text(encoding="utf-8")))
    back = read_text("csl-json", json.dumps([item]), tmp_path, "r.json")[0]
    assert (back.type, back.genre, back.number) == (EntryType.REPORT, "NBER Working Paper", "4509")
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON([item]), citeproc.formatter.plain)
    bibliography.register(citeproc.Citation([citeproc.CitationItem("card1993")]))
    assert "4509" in str(bibliography.bibliography()[0])


def test_suffix_written_into_given_after_a_comma_is_split_off(tmp_path: Path) -> None:
    items = [{"id": "k", "type": "book", "title": "Strength to Love",
              "author": [{"family": "King", "given": "Martin Luther, Jr."}, {"family": "Ford", "given": "Henry, III"},
                         {"family": "Буш", "given": "Дж., мл."}, {"family": "Smith", "given": "John, Paul"}]}]
    back = read_text("csl-json", json.dumps(items), tmp_path, "k.json")[0]
    assert [(p.family, p.display_given(), p.suffix) for p in back.persons] == [
        ("King", "Martin Luther", "Jr."), ("Ford", "Henry", "III"), ("Буш", "Дж.", "мл."), ("Smith", "John, Paul", "")]
