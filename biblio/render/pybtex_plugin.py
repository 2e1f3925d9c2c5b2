"""biblio's styles as pybtex formatting plugins (for plain pybtex and sphinxcontrib-bibtex).

pybtex hands a style its own ``Entry`` objects read from a ``.bib`` file. The
bridge turns them back into :class:`biblio.model.Entry` objects through biblio's
BibLaTeX reader (so BibTeX and BibLaTeX field names, ``language`` / ``langid``
and LaTeX-encoded letters are read exactly as ``biblio`` reads a ``.bib``) and
formats it with the same templates the command line uses. Sorting follows
biblio's collation, labels are numbers (GOST) or author–year.

The plugins are registered in ``pyproject.toml`` under
``[project.entry-points."pybtex.style.formatting"]``::

    from pybtex.plugin import find_plugin
    style = find_plugin("pybtex.style.formatting", "gost-r-7.0.100-2018")()
"""

from __future__ import annotations

import os
import tempfile
from typing import Any, ClassVar, Iterable

from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle
from pybtex.style.sorting import BaseSortingStyle

from ..collation import sort_key
from ..errors import FormatError
from ..io import Source
from ..model import Entry


def to_biblio(entries: Iterable[Any]) -> dict[str, Entry]:
    """pybtex ``Entry`` objects → biblio entries by key, read by biblio's BibLaTeX reader.

    The entries are written back as one ``.bib`` text (pybtex's writer keeps the
    fields verbatim) and read as ``biblio format refs.bib`` would read them, so
    a style sees the same model from pybtex as from the command line.
    """
    from pybtex.database import BibliographyData

    from .. import formats
    from ..formats import ReadOptions

    items = list(entries)
    if not items:
        return {}
    text = BibliographyData({e.key: e for e in items}).to_string("bibtex")
    reader = formats.get("biblatex").reader
    assert reader is not None
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "pybtex.bib")
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        return {entry.key: entry for entry in reader(Source(path), ReadOptions())}


class BiblioPybtexStyle(BaseStyle):
    """A pybtex formatting style backed by one of biblio's styles."""

    biblio_style: ClassVar[str] = ""
    default_label_style = "number"

    def __init__(self, **kwargs: Any) -> None:
        options = {k: kwargs.pop(k) for k in ("romanize", "original_script", "language") if k in kwargs}
        super().__init__(**kwargs)
        from .. import styles

        self.style = styles.get(self.biblio_style, **options)
        self._converted: dict[int, tuple[Any, Entry]] = {}
        # BaseStyle binds sort and format_labels from its sorting / label plugins; ours replace them.
        self.sort = self.sort_entries
        self.format_labels = self.label_entries

    def _convert_all(self, entries: list[Any]) -> None:
        missing = [e for e in entries if self._converted.get(id(e), (None,))[0] is not e]
        if missing:
            converted = to_biblio(missing)
            for entry in missing:
                if entry.key not in converted:
                    raise FormatError(f"entry {entry.key!r} could not be read back from BibTeX")
                self._converted[id(entry)] = (entry, converted[entry.key])

    def convert(self, entry: Any) -> Entry:
        self._convert_all([entry])
        return self._converted[id(entry)][1]

    def sort_entries(self, entries: Iterable[Any]) -> list[Any]:
        items = list(entries)
        self._convert_all(items)  # one round trip for the whole list
        return sorted(items, key=lambda e: self.style.sort_key(self.convert(e)))

    def label_entries(self, sorted_entries: Iterable[Any]) -> list[str]:
        if self.style.numeric:
            return [str(number) for number, _ in enumerate(sorted_entries, start=1)]
        converted = [self.convert(entry) for entry in sorted_entries]
        return [self.style.cite(entry, among=converted).strip("()") for entry in converted]

    def format_entry(self, label: str, entry: Any, bib_data: Any = None) -> FormattedEntry:
        return FormattedEntry(entry.key, self.style.format_entry(self.convert(entry)), label)

    def format_entries(self, entries: Iterable[Any], bib_data: Any = None) -> Iterable[FormattedEntry]:
        ordered = self.sort(entries)
        texts = self.style.format_list([self.convert(e) for e in ordered])
        for label, entry, text in zip(self.format_labels(ordered), ordered, texts):
            yield FormattedEntry(entry.key, text, label)


class Gost2018Style(BiblioPybtexStyle):
    biblio_style = "gost-r-7.0.100-2018"


class Gost2008Style(BiblioPybtexStyle):
    biblio_style = "gost-r-7.0.5-2008"


class ApaStyle(BiblioPybtexStyle):
    biblio_style = "apa"


class ChicagoAuthorDateStyle(BiblioPybtexStyle):
    biblio_style = "chicago-author-date"


class MlaStyle(BiblioPybtexStyle):
    biblio_style = "mla"


class CollationSorting(BaseSortingStyle):
    """A pybtex sorting plugin for any style: author (or editor), year, title in real alphabet order.

    Cyrillic before Latin, Russian and Latvian letters in their alphabets' order;
    pybtex's own sorting styles compare code points. Registered as
    ``biblio-collation`` in ``pybtex.style.sorting``::

        find_plugin("pybtex.style.formatting", "unsrt")(sorting_style="biblio-collation")
    """

    def sorting_key(self, entry: Any) -> Any:
        persons = entry.persons.get("author") or entry.persons.get("editor") or []
        names = tuple(
            (sort_key(_plain(" ".join(p.prelast_names + p.last_names))),
             sort_key(_plain(" ".join(p.first_names + p.middle_names))))
            for p in persons
        )
        title = sort_key(_plain(entry.fields.get("title", "")))
        lead = names[0][0] if names else title
        year = entry.fields.get("year", "") or entry.fields.get("date", "")[:4]
        return (lead, names, year, title)


def _plain(latex: str) -> str:
    """A field value without LaTeX markup (``R{\\=\\i}ga`` → ``Rīga``)."""
    from pybtex.backends.plaintext import Backend
    from pybtex.richtext import Text

    return Text.from_latex(latex).render(Backend()) if any(c in latex for c in "\\{}~$") else latex
