"""Facts the parser keeps in ``Entry.extra`` (see ``biblio.model.Extra``) reach every format and style:
a volume's own title, a reprint's first year, an author list cut short by "et al.", a shelfmark."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from biblio.formats.csljson import entry_to_csl
from biblio.model import Date, Entry, EntryType, Extra, Person, Place, Text, volume_in_set
from biblio.render import cite, format_entry
from formats_support import read_text, write_text

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "csl-data.json"


def volume() -> Entry:
    """A volume as the parser reads it: the set's title as the title, the volume's own title aside."""
    return Entry(
        type=EntryType.VOLUME,
        key="tarle",
        title=Text("Сочинения", "ru"),
        persons=[Person("Тарле", initials="Е. В.")],
        volume="7",
        number_of_volumes="12",
        places=[Place("М.", "Москва")],
        publisher=Text("Изд-во АН СССР", "ru"),
        date=Date(1959),
        language="ru",
        extra={Extra.VOLUME_TITLE: "Наполеон"},
    )


def reprint() -> Entry:
    return Entry(
        key="tolstoy",
        title=Text("War and Peace", "en"),
        persons=[Person("Tolstoy", "Leo")],
        publisher=Text("Oxford UP", "en"),
        date=Date(1998),
        language="en",
        extra={Extra.ORIGINAL_YEAR: "1869"},
    )


def cut_short() -> Entry:
    return Entry(
        type=EntryType.ARTICLE,
        key="smith",
        title=Text("A study of things", "en"),
        persons=[Person("Smith", "John"), Person("Doe", "Jane")],
        date=Date(2001),
        language="en",
        extra={Extra.ET_AL: "true"},
    )


def archival_file() -> Entry:
    return Entry(type=EntryType.DOCUMENT, key="garf", archive="ГАРФ", language="ru",
                 extra={Extra.ARCHIVE_SIGNATURE: "Ф. Р-7021. Оп. 93. Д. 1"})


def _field(bib: str, name: str) -> str | None:
    match = re.search(rf"^  {name} = \{{(.*)\}},$", bib, re.M)
    return match.group(1) if match else None


# --- the model -------------------------------------------------------------------


def test_a_volume_read_flat_becomes_a_volume_of_its_set() -> None:
    entry = volume_in_set(volume())
    assert entry.title is not None and entry.host is not None and entry.host.title is not None
    assert (entry.title.value, entry.host.title.value, entry.volume, entry.number_of_volumes) == ("Наполеон", "Сочинения", "7", "12")
    assert Extra.VOLUME_TITLE not in entry.extra and volume().extra  # the original is not changed
    assert volume_in_set(reprint()) is not None and volume_in_set(reprint()).title == reprint().title


# --- CSL-JSON --------------------------------------------------------------------


def test_csl_variables_for_the_volume_title_first_year_and_shelfmark(tmp_path: Path) -> None:
    items = [entry_to_csl(e) for e in (volume(), reprint(), archival_file())]
    assert (items[0]["title"], items[0]["volume-title"], items[0]["volume"]) == ("Сочинения", "Наполеон", "7")
    assert items[1]["original-date"] == {"date-parts": [[1869]]}
    assert (items[2]["archive"], items[2]["archive_location"]) == ("ГАРФ", "Ф. Р-7021. Оп. 93. Д. 1")
    if SCHEMA.exists():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(items, json.loads(SCHEMA.read_text(encoding="utf-8")))
    back = read_text("csl-json", json.dumps(items, ensure_ascii=False), tmp_path, "in.json")
    assert [b.extra for b in back] == [
        {Extra.VOLUME_TITLE: "Наполеон"}, {Extra.ORIGINAL_YEAR: "1869"}, {Extra.ARCHIVE_SIGNATURE: "Ф. Р-7021. Оп. 93. Д. 1"}
    ]


def test_csl_writes_a_volume_whose_host_is_the_set_the_same_way() -> None:
    item = entry_to_csl(volume_in_set(volume()))
    assert (item["title"], item["volume-title"]) == ("Сочинения", "Наполеон")


# --- BibLaTeX and BibTeX -----------------------------------------------------------


def test_biblatex_maintitle_origdate_and_others_howpublished() -> None:
    bib = write_text("biblatex", [volume(), reprint(), cut_short(), archival_file()])
    blocks = bib.split("\n\n")
    assert (_field(blocks[0], "title"), _field(blocks[0], "maintitle"), _field(blocks[0], "volumes")) == ("Наполеон", "Сочинения", "12")
    assert _field(blocks[1], "origdate") == "1869" and _field(blocks[1], "original_year") is None
    assert _field(blocks[2], "author") == "Smith, John and Doe, Jane and others" and "et_al" not in blocks[2]
    assert _field(blocks[3], "howpublished") == "ГАРФ. Ф. Р-7021. Оп. 93. Д. 1"


def test_and_others_reads_back_as_a_list_cut_short(tmp_path: Path) -> None:
    for fmt in ("biblatex", "bibtex"):
        text = write_text(fmt, [cut_short(), reprint()])
        assert "and others}" in text
        back = read_text(fmt, text, tmp_path, f"in-{fmt}.bib")
        assert [p.family for p in back[0].persons] == ["Smith", "Doe"]
        assert back[0].extra.get(Extra.ET_AL) == "true"
        assert Extra.ET_AL not in back[1].extra
    back = read_text("biblatex", write_text("biblatex", [reprint()]), tmp_path, "origdate.bib")
    assert back[0].extra.get(Extra.ORIGINAL_YEAR) == "1869"


# --- styles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "style, expected",
    [
        ("apa", "Smith, J., Doe, J., et al. (2001)."),
        ("chicago-author-date", "Smith, John, Jane Doe, et al. 2001."),
        ("mla", "Smith, John, et al. “A Study of Things.”"),
        ("gost-r-7.0.100-2018", "A study of things / J. Smith, J. Doe [et al.]"),
    ],
)
def test_styles_keep_the_sources_et_al(style: str, expected: str) -> None:
    assert format_entry(cut_short(), style).startswith(expected)


def test_in_text_citations_of_a_list_cut_short_say_et_al() -> None:
    assert cite(cut_short(), "apa") == "(Smith et al., 2001)"
    assert cite(cut_short(), "chicago-author-date") == "(Smith et al. 2001)"
    assert cite(cut_short(), "mla") == "(Smith et al.)"


def test_a_reprints_first_year_in_apa_and_mla() -> None:
    assert format_entry(reprint(), "apa").endswith("Oxford UP. (Original work published 1869)")
    assert format_entry(reprint(), "mla") == "Tolstoy, Leo. War and Peace. 1869. Oxford UP, 1998."


def test_biblatex_translator_of_the_booktitle() -> None:
    from biblio.model import Host, Role

    chapter = Entry(
        type=EntryType.CHAPTER,
        key="freud",
        title=Text("The ego and the id", "en"),
        persons=[Person("Freud", initials="S.")],
        host=Host(title=Text("The standard edition", "en"),
                  persons=[Person("Strachey", initials="J.", role=Role.EDITOR), Person("Strachey", initials="J.", role=Role.TRANSLATOR)]),
        language="en",
    )
    bib = write_text("biblatex", [chapter])
    assert (_field(bib, "editor"), _field(bib, "translator")) == ("Strachey, J.", "Strachey, J.")


def test_ris_archive_and_shelfmark_as_zotero_reads_them(tmp_path: Path) -> None:
    ris = write_text("ris", [archival_file()])
    assert "DB  - ГАРФ" in ris and "AN  - Ф. Р-7021. Оп. 93. Д. 1" in ris
    back = read_text("ris", ris, tmp_path, "in.ris")[0]
    assert (back.archive, back.extra.get(Extra.ARCHIVE_SIGNATURE)) == ("ГАРФ", "Ф. Р-7021. Оп. 93. Д. 1")


def test_apa_prints_the_handle_and_the_bracketed_description() -> None:
    tweet = Entry(
        type=EntryType.WEBPAGE,
        title=Text("Text of the tweet", "en"),
        persons=[Person("Obama", "Barack")],
        publisher=Text("Twitter", "en"),
        date=Date(2020, 5, 1),
        notes=[Text("[Tweet]")],
        language="en",
        extra={Extra.HANDLE: "@BarackObama"},
    )
    assert format_entry(tweet, "apa").startswith("Obama, B. [@BarackObama]. (2020, May 1). Text of the tweet [Tweet]. Twitter.")


def test_apa_dates_a_press_release_to_the_day() -> None:
    release = Entry(
        type=EntryType.REPORT,
        title=Text("Census Bureau releases new estimates", "en"),
        persons=[Person(literal="U.S. Census Bureau")],
        date=Date(2021, 5, 3),
        notes=[Text("[Press release]")],
        url="https://www.census.gov/x",
        language="en",
    )
    assert format_entry(release, "apa") == (
        "U.S. Census Bureau. (2021, May 3). Census Bureau releases new estimates [Press release]. https://www.census.gov/x"
    )
