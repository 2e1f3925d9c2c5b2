"""Every style formats every shape of entry: missing fields never raise, HTML stays escaped."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text
from biblio.render import cite, format_bibliography
from biblio.styles import names

words = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГДabcdefghijklmnopāčēģīķļņšūž <>&{}%$_#\\", min_size=1, max_size=12)
maybe_text = st.none() | words.map(Text)
digits = st.integers(min_value=1, max_value=999).map(str)

persons = st.builds(
    Person,
    family=words,
    given=st.just("") | words,
    initials=st.just("") | st.just("А. К."),
    role=st.sampled_from(list(Role)),
)
hosts = st.none() | st.builds(
    Host, title=maybe_text, persons=st.lists(persons, max_size=2), volume=st.just("") | digits, issue=st.just("") | digits
)
entries = st.builds(
    Entry,
    type=st.sampled_from(list(EntryType)),
    title=maybe_text,
    subtitle=maybe_text,
    persons=st.lists(persons, max_size=6),
    host=hosts,
    edition=st.just("") | digits,
    volume=st.just("") | digits,
    part=st.just("") | digits,
    places=st.lists(st.builds(Place, words), max_size=2),
    publisher=maybe_text,
    date=st.none() | st.builds(Date, year=st.none() | st.integers(1800, 2030), month=st.none() | st.integers(1, 12)),
    pages=st.none() | st.builds(Pages, digits, st.just("") | digits, st.sampled_from(["page", "column"])),
    page_total=st.just("") | digits,
    url=st.just("") | st.just("https://example.org/?a=1&b=<2>"),
    accessed=st.none() | st.builds(Date, year=st.just(2024), month=st.just(3), day=st.just(1)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries, min_size=1, max_size=4))
def test_any_entry_formats_in_every_style_and_output(items: list[Entry]) -> None:
    for style in names():
        html = format_bibliography(items, style, "html")
        # every tag is one of ours: "<" and ">" from the fields arrive escaped
        assert all(re.fullmatch(r"</?(ol|ul|li|em)( [^<>]*)?>", tag) for tag in re.findall(r"<[^>]*>?", html))
        for output in ("text", "markdown", "latex", "jsonl"):
            assert format_bibliography(items, style, output).count("\n") >= len(items)
        cite(items[0], style, locator="5", number=1)
