"""Arguments and helpers several commands share."""

from __future__ import annotations

import argparse

from .. import formats
from ..pipeline import InputSpec


def add_input_arguments(parser: argparse.ArgumentParser, bundled_default: bool = True) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files to read, '-' for stdin" + (" (default: the bundled bibliography)" if bundled_default else ""),
    )
    parser.add_argument(
        "--from",
        dest="kind",
        metavar="KIND",
        help="input kind (default: by extension; .txt text, .bib bibtex, .json csl-json, .ris ris): "
        + ", ".join(formats.reader_names()),
    )
    parser.add_argument("--segment", action="store_true", help="split run-on text into references")
    parser.add_argument("--encoding", help="input encoding (default UTF-8)")


def input_spec(args: argparse.Namespace) -> InputSpec:
    return InputSpec(args.inputs, kind=args.kind, encoding=args.encoding, segment=args.segment)


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output-file", dest="output_file", metavar="OUT", help="write here (default stdout)")
