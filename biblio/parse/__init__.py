"""Free text → :class:`~biblio.model.Entry`.

``parse_reference`` reads one reference string in any supported convention
(Soviet-era Russian, GOST 7.1-2003 / 7.0.100-2018, Latvian, English
Chicago / APA / MLA / Harvard / Wikipedia); ``segment`` cuts a run-on
reference section into single references.

Where things live: :mod:`.normalize` (same-length normal form, so spans index
the source), :mod:`.state` (the working text and what was consumed),
:mod:`.locators` (labelled pieces: ISBN, URL, pages, volumes …),
:mod:`.names` (names and role phrases), :mod:`.dates`, :mod:`.areas`
(sentences, host, publication area), :mod:`.reader` (the reader that puts
them together: a driver and one module per area of a reference), :mod:`.kinds` (entry type, languages), :mod:`.lang`,
:mod:`.segment`; the vocabularies are data files in ``data/``.

>>> e = parse_reference("А.К. Рашкевиц. Народные мстители Латвии. М., Воениздат, 1973. - 164 стр.")
>>> e.title.value, e.publisher.value, e.places[0].name, e.date.year, e.page_total
('Народные мстители Латвии', 'Воениздат', 'Москва', 1973, '164')
"""

from __future__ import annotations

from ..model import Entry, Origin, Span
from .reader import parse as _parse
from .segment import segment

__all__ = ["parse_reference", "segment"]


def parse_reference(text: str, origin: Origin | None = None) -> Entry:
    """Parse one reference; never raises: what cannot be read becomes a warning."""
    try:
        return _parse(text, origin)
    except Exception as exc:  # a parser bug must not lose the reference
        entry = Entry(source=text, origin=origin)
        entry.warn("parser-error", f"the parser failed on this reference: {type(exc).__name__}: {exc}", Span(0, len(text)), "error")
        return entry
