"""Romanise Cyrillic text by a named standard (or read a romanisation back with --reverse).

Reads TEXT, or standard input when TEXT is '-' or absent, line by line.
Letters outside the modern Russian alphabet are reported on standard error.
"""

from __future__ import annotations

import argparse
import sys
import warnings

from ..errors import UsageError

HELP = "romanise Cyrillic text (ISO 9, GOST 7.79 B, ALA-LC, BGN/PCGN, scholarly)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", metavar="TEXT", help="text to romanise ('-' or nothing: standard input)")
    parser.add_argument("--scheme", metavar="NAME", help="transliteration scheme (see --list)")
    parser.add_argument("--reverse", action="store_true", help="Latin → Cyrillic instead")
    parser.add_argument("--list", action="store_true", help="list the schemes and the standard each follows")


def run(args: argparse.Namespace) -> int:
    from .. import translit

    if args.list:
        for name in translit.schemes():
            scheme = translit.get_scheme(name)
            print(f"{name:<14} {scheme.standard}; reversible: {scheme.reversibility}")
        return 0
    if not args.scheme:
        raise UsageError("--scheme NAME is required (see --list)")
    if args.scheme not in translit.schemes():
        raise UsageError(f"unknown scheme {args.scheme!r}; known: {', '.join(translit.schemes())}")
    convert = translit.deromanize if args.reverse else translit.romanize
    lines = [args.text] if args.text not in (None, "-") else [line.rstrip("\r\n") for line in sys.stdin]
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", translit.ForeignLetterWarning)
        for line in lines:
            out.append(convert(line, args.scheme))
    for warning in caught:
        print(f"biblio: warning: {warning.message}", file=sys.stderr)
    sys.stdout.write("".join(line + "\n" for line in out))
    return 0
