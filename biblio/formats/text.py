"""Free-text references: one per line, or a run-on reference section (``--segment``).

:func:`read_parallel` parses the lines of a file on several processes and
yields the entries in input order, reading and parsing in bounded batches so
memory stays flat however long the file is.
"""

from __future__ import annotations

import io
import multiprocessing
from itertools import islice
from typing import IO, Iterable, Iterator

from ..io import Source
from ..model import Entry, Origin
from ..parse import parse_reference, segment
from . import Format, ReadOptions, WriteOptions, Writer, register, writer_for

# Lines handed to one worker at a time, and batches in flight per worker:
# large enough to amortise pickling, small enough to keep memory bounded.
CHUNK = 256
BATCHES_PER_WORKER = 4


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


def _parse_numbered(item: tuple[str, int, str]) -> Entry:
    name, number, line = item
    return parse_reference(line, Origin(name, number))


def read_parallel(source: Source, jobs: int) -> Iterator[Entry]:
    """Like :func:`read` (one reference per line) on ``jobs`` processes, order kept."""
    if jobs <= 1:
        yield from read(source, ReadOptions())
        return
    items = ((source.label, number, line) for number, line in source.lines() if line.strip())
    batch_size = CHUNK * jobs * BATCHES_PER_WORKER
    with multiprocessing.get_context(_start_method()).Pool(jobs) as pool:
        while True:
            batch = list(islice(items, batch_size))
            if not batch:
                break
            yield from pool.imap(_parse_numbered, batch, chunksize=CHUNK)


# --- parallel parsing with the writing done on the workers ---------------------
# Turning entries into output text costs about as much as parsing them, so with
# --jobs the workers also write: each returns the writer's text for a chunk and
# the main process only joins the chunks.  That needs a writer whose output for
# a run of entries is made of its output for each entry: either plain
# concatenation (RIS, text) or a JSON array ``[\n…,\n…\n]\n``; each format
# declares which in its ``Format.chunks``.

_ARRAY_OPEN, _ARRAY_SEP, _ARRAY_CLOSE = "[\n", ",\n", "\n]\n"


def _written(writer: Writer, entries: list[Entry], options: WriteOptions) -> str:
    buffer = io.StringIO()
    writer(iter(entries), buffer, options)
    return buffer.getvalue()


def _write_chunk(job: tuple[str, str, WriteOptions, list[tuple[str, int, str]]]) -> tuple[int, str]:
    """(number of entries, writer text for them without any array brackets)."""
    format_name, layout, options, items = job
    writer = writer_for(format_name).writer
    assert writer is not None
    text = _written(writer, [_parse_numbered(item) for item in items], options)
    if layout == "json-array":
        text = text[len(_ARRAY_OPEN) : -len(_ARRAY_CLOSE)]
    return len(items), text


def write_parallel(sources: Iterable[Source], jobs: int, format_name: str, layout: str, options: WriteOptions, out: IO[str]) -> Iterator[int]:
    """Parse the lines of ``sources`` on ``jobs`` processes and write them as ``format_name``.

    Output is identical to writing the entries in one process, in input order;
    yields the number of entries written after each chunk (for progress).
    """
    items = ((source.label, number, line) for source in sources for number, line in source.lines() if line.strip())
    chunks = iter(lambda: list(islice(items, CHUNK)), [])
    jobs_in_flight = jobs * BATCHES_PER_WORKER
    first = True
    if layout == "json-array":
        out.write("[")
    with multiprocessing.get_context(_start_method()).Pool(jobs) as pool:
        while True:
            batch = [(format_name, layout, options, chunk) for chunk in islice(chunks, jobs_in_flight)]
            if not batch:
                break
            for count, text in pool.imap(_write_chunk, batch):
                if layout == "json-array" and count:
                    out.write(("\n" if first else _ARRAY_SEP) + text)
                    first = False
                elif layout == "concat":
                    out.write(text)
                yield count
    if layout == "json-array":
        out.write(_ARRAY_CLOSE)


def _start_method() -> str:
    # fork starts workers instantly where it exists; spawn elsewhere
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    """One reference per line, as it was read (the parser's input form)."""
    for entry in entries:
        out.write(" ".join(entry.source.split()) + "\n")


register(Format("text", "free-text references, one per line", (".txt", ".text"), read, write, chunks="concat"))
