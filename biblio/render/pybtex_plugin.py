"""biblio's styles as pybtex formatting plugins (for plain pybtex and sphinxcontrib-bibtex).

pybtex hands a style its own ``Entry`` objects read from a ``.bib`` file. The
bridge turns each back into a :class:`biblio.model.Entry` through biblio's
BibTeX reader (so BibTeX and BibLaTeX field names, ``language`` / ``langid``
and LaTeX-encoded letters are read exactly as ``biblio`` reads a ``.bib``) and
formats it with the same templates the command line uses. Sorting follows
biblio's collation, labels are numbers (GOST) or author–year.

The plugins are registered in ``pyproject.toml`` under
``[project.entry-points."pybtex.style.formatting"]``::

    from pybtex.plugin import find_plugin
    style = find_plugin("pybtex.style.formatting", "gost-r-7.0.100-2018")()
"""

from __future__ import annotations

from typing import Any, ClassVar, Iterable

from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle

from ..errors import FormatError
from ..io import Source
from ..model import Entry


def to_biblio(entry: Any) -> Entry:
    """A pybtex ``Entry`` → a biblio :class:`~biblio.model.Entry` via biblio's BibTeX reader."""
    from ..formats import bibtex, latex

    fields = {name.lower(): str(value) for name, value in entry.fields.items()}
    for role, persons in entry.persons.items():
        fields[role.lower()] = " and ".join(str(p) for p in persons)
    record = latex.BibRecord(entry.type.lower(), entry.key or "", fields, 0)
    try:
        return bibtex.record_to_entry(record, Source("<pybtex>"))
    except ValueError as exc:
        raise FormatError(f"{entry.key}: {exc}") from None


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

    def convert(self, entry: Any) -> Entry:
        found = self._converted.get(id(entry))
        if found is None or found[0] is not entry:
            found = self._converted[id(entry)] = (entry, to_biblio(entry))
        return found[1]

    def sort(self, entries: Iterable[Any]) -> list[Any]:
        return sorted(entries, key=lambda e: self.style.sort_key(self.convert(e)))

    def format_labels(self, sorted_entries: Iterable[Any]) -> Iterable[str]:
        for number, entry in enumerate(sorted_entries, start=1):
            if self.style.numeric:
                yield str(number)
            else:
                yield self.style.cite(self.convert(entry)).strip("()")

    def format_entry(self, label: str, entry: Any, bib_data: Any = None) -> FormattedEntry:
        return FormattedEntry(entry.key, self.style.format_entry(self.convert(entry)), label)

    def format_entries(self, entries: Iterable[Any], bib_data: Any = None) -> Iterable[FormattedEntry]:
        ordered = self.sort(entries)
        for label, entry in zip(self.format_labels(ordered), ordered):
            yield self.format_entry(label, entry, bib_data=bib_data)


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
