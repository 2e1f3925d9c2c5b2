"""Format a bibliography in a citation style (GOST R 7.0.100-2018, APA 7, Chicago 17, MLA 9).

Reads, normalises and merges the references as ``export`` does, sorts them
as the style orders them and writes text, HTML, Markdown, LaTeX or JSON lines
(one ``{"id": …, "text": …}`` per entry). ``--csl FILE`` renders through
citeproc-py with any CSL style instead (optional extra ``biblio[csl]``).
"""

from __future__ import annotations

import argparse
import sys

from ..errors import UsageError
from ..io import atomic_output
from ..pipeline import assign_keys, enrich, merge_duplicates, read_entries, resolve_back_references
from ..render import OUTPUTS
from ._common import add_input_arguments, add_output_argument, input_spec

HELP = "format a bibliography in a citation style (gost-r-7.0.100-2018, apa, chicago-author-date, mla)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .. import styles

    add_input_arguments(parser)
    parser.add_argument("--style", metavar="NAME", help="citation style: " + ", ".join(styles.names()))
    parser.add_argument("--output", default="text", choices=OUTPUTS, help="output kind (default text)")
    parser.add_argument("--romanize", metavar="SCHEME", help="romanisation for APA / Chicago / MLA (default ala-lc)")
    parser.add_argument(
        "--original-script", action="store_true", help="Chicago / MLA: show non-Latin titles in their script too"
    )
    parser.add_argument("--csl", metavar="FILE|NAME", help="render with a CSL style through citeproc-py instead")
    parser.add_argument("--list", action="store_true", help="list the styles and exit")
    parser.add_argument("--keep-duplicates", action="store_true", help="do not merge duplicate entries")
    add_output_argument(parser)


def run(args: argparse.Namespace) -> int:
    from .. import styles

    if args.list:
        for name in styles.names():
            print(f"{name}\t{styles.style_class(name).description}")
        return 0
    if args.style and args.csl:
        raise UsageError("give either --style or --csl, not both")
    if not args.style and not args.csl:
        raise UsageError("name a style with --style (see --list) or a CSL style with --csl")
    if args.style:
        styles.style_class(args.style)  # an unknown name is a usage error before any reading
    if args.romanize:
        _check_scheme(args.romanize)
    entries = list(enrich(read_entries(input_spec(args))))
    entries = resolve_back_references(entries, report=lambda line: print(f"biblio: {line}", file=sys.stderr))
    if not args.keep_duplicates:
        entries = merge_duplicates(entries, report=lambda line: print(f"biblio: {line}", file=sys.stderr))
    assign_keys(entries)
    if args.csl:
        from ..render.csl import format_with_csl

        text = format_with_csl(entries, args.csl, args.output, romanize=args.romanize)
    else:
        from ..render import format_bibliography

        text = format_bibliography(
            entries, args.style, args.output, romanize=args.romanize, original_script=args.original_script
        )
    with atomic_output(args.output_file) as out:
        out.write(text)
    return 0


def _check_scheme(scheme: str) -> None:
    try:
        from ..translit import schemes
    except ImportError:
        return  # romanisation will report itself if it is needed and missing
    known = schemes()
    if scheme not in known:
        raise UsageError(f"unknown romanisation scheme {scheme!r} (known: {', '.join(known)})")
