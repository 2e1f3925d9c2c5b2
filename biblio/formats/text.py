"""Free-text references: one per line, or a run-on reference section (``--segment``)."""

from __future__ import annotations

from typing import IO, Iterable, Iterator

from ..io import Source
from ..model import Entry, Origin
from ..parse import parse_reference, segment
from . import Format, ReadOptions, WriteOptions, register


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    if options.segment:
        yield from _read_segmented(source)
        return
    for number, line in source.lines():
        if line.strip():
            yield parse_reference(line, Origin(source.label, number))


def _read_segmented(source: Source) -> Iterator[Entry]:
    # A paragraph (lines up to a blank line) is one run of references.
    paragraph: list[str] = []
    first_line = 0
    for number, line in [*source.lines(), (-1, "")]:
        if line.strip():
            if not paragraph:
                first_line = number
            paragraph.append(line.strip())
            continue
        if paragraph:
            for reference in segment(" ".join(paragraph)):
                yield parse_reference(reference, Origin(source.label, first_line))
            paragraph = []


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    """One reference per line, as it was read (the parser's input form)."""
    for entry in entries:
        out.write(" ".join(entry.source.split()) + "\n")


register(Format("text", "free-text references, one per line", (".txt", ".text"), read, write))
