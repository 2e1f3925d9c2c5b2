"""The full pipeline: parse, normalise, validate, resolve "Ibid."-like notes, merge duplicates, write one file."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .. import formats
from ..formats import WriteOptions
from ..io import atomic_output
from ..model import Entry
from ..pipeline import assign_keys, enrich, merge_duplicates, read_entries, resolve_back_references
from ..translit.variants import DEFAULT_SCHEMES
from ._common import add_input_arguments, add_output_argument, input_spec

HELP = "parse, normalise, validate and merge duplicates, then write one file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--format", required=True, help="output format: " + ", ".join(formats.writer_names()))
    parser.add_argument("--keep-duplicates", action="store_true", help="do not merge duplicate entries")
    parser.add_argument("--romanize", metavar="SCHEME", help="write romanised names and titles (e.g. ala-lc)")
    parser.add_argument("--csl-m", action="store_true", help="CSL-JSON: add CSL-M multilingual variants")
    add_output_argument(parser)


def _report_problems(entries: list[Entry]) -> None:
    """Validate: one stderr line per kind of problem, so the export still goes through."""
    from ..check import check_entries

    counts = Counter((p.severity, p.code) for p in check_entries(entries) if p.severity != "info")
    for (severity, code), n in sorted(counts.items()):
        print(f"biblio: check: {n} × {severity} [{code}] (details: python -m biblio check)", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    writer = formats.writer_for(args.format)
    schemes = (*DEFAULT_SCHEMES, args.romanize) if args.romanize else DEFAULT_SCHEMES
    entries = list(enrich(read_entries(input_spec(args)), schemes))
    # A note that points at no work is no entry of a bibliography database: left out, and said so.
    entries = resolve_back_references(entries, lambda line: print(f"biblio: {line}", file=sys.stderr), keep_dangling=False)
    if not args.keep_duplicates:
        entries = merge_duplicates(entries, report=lambda line: print(f"biblio: {line}", file=sys.stderr))
    assign_keys(entries)
    _report_problems(entries)
    options = WriteOptions(romanize=args.romanize, csl_m=args.csl_m)
    with atomic_output(args.output_file) as out:
        assert writer.writer is not None
        writer.writer(entries, out, options)
    return 0
