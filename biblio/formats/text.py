"""Free-text references: one per line, or a run-on reference section (``--segment``).

:func:`read_parallel` parses the lines of a file on several processes and
yields the entries in input order, reading and parsing in bounded batches so
memory stays flat however long the file is.
"""

from __future__ import annotations

import io
import multiprocessing
import re
from itertools import islice
from typing import IO, Iterable, Iterator

from ..io import Source
from ..keys import KeyStream, make_key
from ..model import Entry, Origin
from ..parse import parse_reference, segment
from . import Format, ReadOptions, WriteOptions, Writer, register, writer_for

# Lines handed to one worker at a time, and batches in flight per worker:
# large enough to amortise pickling, small enough to keep memory bounded.
CHUNK = 256
BATCHES_PER_WORKER = 4

# What a worker gets: format, chunk layout, options, (file, line number, line)s,
# and the key formula and scheme when the entries need citation keys.
_Job = tuple[str, str, WriteOptions, list[tuple[str, int, str]], tuple[str, str] | None]


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
#
# Citation keys depend on every entry before (a clash takes the next suffix),
# which a worker cannot see.  So a worker works out each entry's base key (the
# costly part) and writes the entry with a placeholder key; the main process
# claims the final keys in input order and puts them in place of the
# placeholders.  Keys and placeholders are plain ``a-z0-9``, which every writer
# copies as they are.

_ARRAY_OPEN, _ARRAY_SEP, _ARRAY_CLOSE = "[\n", ",\n", "\n]\n"
_PLACEHOLDER = "{mark}{index}q"
_PLACEHOLDER_RE = r"{mark}(\d+)q"


def _written(writer: Writer, entries: list[Entry], options: WriteOptions) -> str:
    buffer = io.StringIO()
    writer(iter(entries), buffer, options)
    return buffer.getvalue()


def _write_chunk(job: _Job) -> tuple[int, str, list[str], str]:
    """(number of entries, writer text for them without any array brackets, base keys, placeholder mark)."""
    format_name, layout, options, items, key_spec = job
    writer = writer_for(format_name).writer
    assert writer is not None
    entries = [_parse_numbered(item) for item in items]
    bases: list[str] = []
    mark = ""
    if key_spec is None:
        text = _written(writer, entries, options)
    else:
        formula, scheme = key_spec
        bases = [make_key(entry, formula, scheme) for entry in entries]
        text, mark = _written_with_placeholders(writer, entries, options)
    if layout == "json-array":
        text = text[len(_ARRAY_OPEN) : -len(_ARRAY_CLOSE)]
    return len(items), text, bases, mark


def _written_with_placeholders(writer: Writer, entries: list[Entry], options: WriteOptions) -> tuple[str, str]:
    """The writer's text with entry ``i`` keyed ``<mark>iq``, and the mark.

    Accepted only when the placeholders come out in entry order, each entry's
    the same number of times (once, or never for a writer without keys): a
    reference that happens to contain one makes the mark longer.
    """
    mark = "qbibliokey"
    while True:
        for index, entry in enumerate(entries):
            entry.key = _PLACEHOLDER.format(mark=mark, index=index)
        text = _written(writer, entries, options)
        found = re.findall(_PLACEHOLDER_RE.format(mark=mark), text)
        times = len(found) // len(entries) if entries else 0
        if found == [str(i) for i in range(len(entries)) for _ in range(times)]:
            return text, mark
        mark = "q" + mark


def write_parallel(
    sources: Iterable[Source],
    jobs: int,
    format_name: str,
    layout: str,
    options: WriteOptions,
    out: IO[str],
    keys: KeyStream | None = None,
) -> Iterator[int]:
    """Parse the lines of ``sources`` on ``jobs`` processes and write them as ``format_name``.

    Output is identical to writing the entries in one process, in input order
    (with ``keys``: keyed by ``keys.stream`` first); yields the number of
    entries written after each chunk (for progress).
    """
    items = ((source.label, number, line) for source in sources for number, line in source.lines() if line.strip())
    chunks = iter(lambda: list(islice(items, CHUNK)), [])
    key_spec = (keys.formula, keys.scheme) if keys is not None else None
    jobs_in_flight = jobs * BATCHES_PER_WORKER
    first = True
    if layout == "json-array":
        out.write("[")
    with multiprocessing.get_context(_start_method()).Pool(jobs) as pool:
        while True:
            batch: list[_Job] = [(format_name, layout, options, chunk, key_spec) for chunk in islice(chunks, jobs_in_flight)]
            if not batch:
                break
            for count, text, bases, mark in pool.imap(_write_chunk, batch):
                if keys is not None:
                    text = _with_keys(text, mark, [keys.claim(base) for base in bases])
                if layout == "json-array" and count:
                    out.write(("\n" if first else _ARRAY_SEP) + text)
                    first = False
                elif layout == "concat":
                    out.write(text)
                yield count
    if layout == "json-array":
        out.write(_ARRAY_CLOSE)


def _with_keys(text: str, mark: str, keys: list[str]) -> str:
    return re.sub(_PLACEHOLDER_RE.format(mark=mark), lambda m: keys[int(m.group(1))], text)


def _start_method() -> str:
    # fork starts workers instantly where it exists; spawn elsewhere
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    """One reference per line, as it was read (the parser's input form)."""
    for entry in entries:
        out.write(" ".join(entry.source.split()) + "\n")


register(Format("text", "free-text references, one per line", (".txt", ".text"), read, write, chunks="concat"))
