"""Our styles as pybtex plugins: plain pybtex and a small Sphinx build with sphinxcontrib-bibtex."""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BIB = r"""
@book{rashkevits1973,
  author = {Рашкевиц, А. К.},
  title = {Народные мстители Латвии},
  address = {Москва},
  publisher = {Воениздат},
  year = {1973},
  pagetotal = {164},
  language = {russian},
}
@article{smith2019,
  author = {Smith, John and Doe, Jane},
  title = {A study of things},
  journal = {Journal of Things},
  volume = {12},
  number = {3},
  pages = {101--120},
  year = {2019},
  langid = {english},
}
@book{strods2006,
  author = {Strods, Heinrihs},
  title = {PSRS kaujinieki Latvij\={a}},
  address = {R\={\i}ga},
  year = {2006},
  pagetotal = {250},
  langid = {latvian},
}
"""


def entry_points(group: str = "pybtex.style.formatting") -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["entry-points"][group]


@pytest.fixture(scope="module", autouse=True)
def registered() -> None:
    """Register the plugins as the installed entry points would (the checkout is not installed)."""
    import pybtex.plugin

    for group in ("pybtex.style.formatting", "pybtex.style.sorting"):
        for name, target in entry_points(group).items():
            module, cls = target.split(":")
            try:
                pybtex.plugin.find_plugin(group, name)
            except pybtex.plugin.PluginNotFound:
                pybtex.plugin.register_plugin(group, name, getattr(importlib.import_module(module), cls))


def test_every_style_has_an_entry_point() -> None:
    from biblio import styles

    targets = entry_points()
    for name in styles.names():
        assert name in targets or f"biblio-{name}" in targets


def test_plain_pybtex_formats_with_our_style() -> None:
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    data = parse_string(BIB, "bibtex")
    style = find_plugin("pybtex.style.formatting", "gost-r-7.0.100-2018")()
    formatted = list(style.format_bibliography(data))
    texts = [(e.label, e.text.render_as("text")) for e in formatted]
    assert texts == [
        ("1", "Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат, 1973. — 164 с."),
        ("2", "Smith, J. A study of things / J. Smith, J. Doe // Journal of Things. — 2019. — Vol. 12, no. 3."
              " — P. 101–120."),
        ("3", "Strods, H. PSRS kaujinieki Latvijā / H. Strods. — Rīga, 2006. — 250 lpp."),
    ]


def test_sphinx_document_with_sphinxcontrib_bibtex(tmp_path: Path) -> None:
    from sphinx.application import Sphinx

    src = tmp_path / "src"
    src.mkdir()
    (src / "refs.bib").write_text(BIB, encoding="utf-8")
    (src / "conf.py").write_text(
        "extensions = ['sphinxcontrib.bibtex']\n"
        "bibtex_bibfiles = ['refs.bib']\n"
        "bibtex_default_style = 'gost-r-7.0.100-2018'\n",
        encoding="utf-8",
    )
    (src / "index.rst").write_text(
        "Partisans\n=========\n\nAs told in :cite:p:`rashkevits1973` and :cite:p:`strods2006`.\n\n"
        ".. bibliography::\n   :all:\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    app = Sphinx(str(src), str(src), str(out), str(tmp_path / "doctrees"), "text", status=None, warning=sys.stderr,
                 freshenv=True)
    app.build()
    text = " ".join((out / "index.txt").read_text(encoding="utf-8").split())  # the text builder wraps lines
    assert "As told in [1] and [3]." in text
    assert "[1] Рашкевиц, А. К. Народные мстители Латвии / А. К. Рашкевиц. — М. : Воениздат, 1973. — 164 с." in text
    assert "Strods, H. PSRS kaujinieki Latvijā / H. Strods. — Rīga, 2006. — 250 lpp." in text


def test_biblatex_written_by_biblio_formats_the_same_through_pybtex() -> None:
    """The bridge reads the field names biblio's BibLaTeX writer produces, so both paths agree."""
    import io

    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    import test_style_gost as samples
    from biblio import formats
    from biblio.formats import WriteOptions
    from biblio.render import format_entry

    builders = [samples.book, samples.volume, samples.chapter, samples.article, samples.encyclopedia,
                samples.proceedings_paper, samples.proceedings, samples.latvian_book, samples.latvian_chapter,
                samples.english_article, samples.thesis]
    entries = []
    for number, build in enumerate(builders):
        entry = build()
        entry.key = f"k{number}"
        entries.append(entry)
    out = io.StringIO()
    writer = formats.get("biblatex").writer
    assert writer is not None
    writer(entries, out, WriteOptions())
    data = parse_string(out.getvalue(), "bibtex")
    for name in ("gost-r-7.0.100-2018", "biblio-apa"):
        style = find_plugin("pybtex.style.formatting", name)()
        ours = name.removeprefix("biblio-")
        for entry in entries:
            via_pybtex = style.format_entry("", data.entries[entry.key]).text.render_as("text")
            assert via_pybtex == format_entry(entry, ours), entry.key


def test_collation_sorting_plugin_for_any_pybtex_style() -> None:
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    data = parse_string(BIB + "@book{abele, author = {{\\=A}bele, K.}, title = {T}, year = {1990}}\n"
                        "@book{zars, author = {Zars, P.}, title = {T}, year = {1990}}\n"
                        "@book{yolkin, author = {Ёлкин, В.}, title = {T}, year = {1990}}\n", "bibtex")
    style = find_plugin("pybtex.style.formatting", "unsrt")(sorting_style="biblio-collation")
    keys = [entry.key for entry in style.sort(data.entries.values())]
    assert keys == ["yolkin", "rashkevits1973", "abele", "smith2019", "strods2006", "zars"]


def test_name_suffix_through_the_pybtex_bridge_and_collation() -> None:
    """BibLaTeX's "King, Jr., Martin Luther" reaches our styles as the suffix, and the
    collation plugin sorts by family and given names, not by the Jr part."""
    import io

    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    from biblio import formats
    from biblio.formats import WriteOptions
    from biblio.render import format_entry
    from test_style_anglo import _king

    entry = _king()
    entry.key = "king1963"
    out = io.StringIO()
    writer = formats.get("biblatex").writer
    assert writer is not None
    writer([entry], out, WriteOptions())
    data = parse_string(out.getvalue(), "bibtex")
    for name in ("gost-r-7.0.100-2018", "biblio-apa", "biblio-chicago-author-date", "biblio-mla"):
        style = find_plugin("pybtex.style.formatting", name)()
        assert style.format_entry("", data.entries["king1963"]).text.render_as("text") == format_entry(
            entry, name.removeprefix("biblio-"))
    names = parse_string("@book{zed, author = {King, Zed}, title = {T}, year = {1990}}\n"
                         "@book{jr, author = {King, Jr., Martin}, title = {T}, year = {1990}}\n"
                         "@book{karl, author = {King, Karl}, title = {T}, year = {1990}}\n", "bibtex")
    style = find_plugin("pybtex.style.formatting", "unsrt")(sorting_style="biblio-collation")
    assert [e.key for e in style.sort(names.entries.values())] == ["karl", "jr", "zed"]
