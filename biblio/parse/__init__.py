"""Free text → :class:`~biblio.model.Entry`.

``parse_reference`` reads one reference string in any supported convention;
``segment`` cuts a run-on reference section into single references.
"""

from __future__ import annotations

from ..model import Entry, Origin, Text


def parse_reference(text: str, origin: Origin | None = None) -> Entry:
    # Interim: the grammar-based parser lands in the following commits.
    entry = Entry(source=text, origin=origin, title=Text(text.strip()))
    entry.warn("unparsed", "reference kept as a title only")
    return entry


def segment(text: str) -> list[str]:
    return [text.strip()] if text.strip() else []
