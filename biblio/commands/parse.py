"""Parse references, one output item per input reference, in input order (nothing merged)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import IO, Generator, Iterable, Iterator

from .. import formats
from ..errors import UsageError
from ..formats import WriteOptions
from ..io import atomic_output
from ..keys import KeyStream
from ..model import Entry
from ..pipeline import InputSpec, read_entries, sources
from ._common import add_input_arguments, add_output_argument, input_spec

HELP = "parse references into structured entries (one per input reference)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        default="json",
        help="output format: " + ", ".join(formats.writer_names()) + " (default json)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse free-text lines on N processes (output order unchanged; default 1)",
    )
    add_output_argument(parser)


# Output formats with no place for a citation key: their entries are not keyed.
KEYLESS_FORMATS = frozenset({"text"})


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    writer = formats.writer_for(args.format)
    spec = input_spec(args)
    # Keys as `export` makes them, given while streaming: clashes take a, b, c … in input order.
    keys = None if writer.name in KEYLESS_FORMATS else KeyStream()
    if args.jobs > 1 and _write_on_workers(spec, args.format, args.jobs, args.output_file, keys):
        return 0
    entries = _entries(spec, args.jobs)
    if keys is not None:
        entries = keys.stream(entries)
    if sys.stderr.isatty():
        entries = progress(entries, sys.stderr)
    with atomic_output(args.output_file) as out:
        assert writer.writer is not None
        writer.writer(entries, out, WriteOptions())
    return 0


def _write_on_workers(spec: InputSpec, format_name: str, jobs: int, output_file: str | None, keys: KeyStream | None) -> bool:
    """Parse and write on ``jobs`` processes when every input is plain free text and
    the writer's output can be joined chunk by chunk; False to take the ordinary path."""
    if spec.segment:
        return False
    from ..formats import text

    inputs = sources(spec)
    if any(formats.reader_for(source, spec.kind).name != "text" for source in inputs):
        return False
    layout = formats.writer_for(format_name).chunks
    if layout is None:
        return False
    options = WriteOptions()
    with atomic_output(output_file) as out:
        counts = text.write_parallel(inputs, jobs, format_name, layout, options, out, keys)
        if sys.stderr.isatty():
            counts = _progress_counts(counts, sys.stderr)
        for _ in counts:
            pass
    return True


def _entries(spec: InputSpec, jobs: int) -> Iterator[Entry]:
    """All entries in input order; plain free-text files go through the parallel reader."""
    if jobs == 1 or spec.segment:
        yield from read_entries(spec)
        return
    from ..formats import text

    for source in sources(spec):
        reader = formats.reader_for(source, spec.kind)
        if reader.name == "text":
            yield from text.read_parallel(source, jobs)
        else:
            yield from read_entries(InputSpec([source.name], spec.kind, spec.encoding, spec.segment))


def progress(entries: Iterable[Entry], stream: IO[str], delay: float = 1.0, every: float = 0.25) -> Iterator[Entry]:
    """Pass entries through, showing a count and rate on ``stream`` once a run takes longer than ``delay``."""
    ticks = _progress_counts(iter(lambda: 1, 0), stream, delay, every)
    try:
        for entry in entries:
            next(ticks)
            yield entry
    finally:
        ticks.close()  # writes the final count


def _progress_counts(
    counts: Iterable[int], stream: IO[str], delay: float = 1.0, every: float = 0.25
) -> Generator[int, None, None]:
    """Pass counts of parsed references through, showing the running total as :func:`progress` does."""
    start = last = time.monotonic()
    shown = False
    count = 0
    try:
        for step in counts:
            count += step
            now = time.monotonic()
            if now - start >= delay and now - last >= every:
                stream.write(f"\rparsed {count:,} references ({count / (now - start):,.0f}/s)")
                stream.flush()
                last, shown = now, True
            yield step
    finally:
        if shown:
            elapsed = max(time.monotonic() - start, 1e-9)
            stream.write(f"\rparsed {count:,} references ({count / elapsed:,.0f}/s)\n")
            stream.flush()
