"""Parse references, one output item per input reference, in input order (nothing merged)."""

from __future__ import annotations

import argparse

from .. import formats
from ..formats import WriteOptions
from ..io import atomic_output
from ..pipeline import read_entries
from ._common import add_input_arguments, add_output_argument, input_spec

HELP = "parse references into structured entries (one per input reference)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        default="json",
        help="output format: " + ", ".join(formats.writer_names()) + " (default json)",
    )
    add_output_argument(parser)


def run(args: argparse.Namespace) -> int:
    writer = formats.writer_for(args.format)
    entries = read_entries(input_spec(args))
    with atomic_output(args.output_file) as out:
        assert writer.writer is not None
        writer.writer(entries, out, WriteOptions())
    return 0
