"""Validate ISBNs: check digit, ISBN-10/13 forms, official hyphenation, registration group, likely fixes."""

from __future__ import annotations

import argparse
import json
import sys

from .. import isbn

HELP = "validate and describe ISBNs (exit 1 if any is invalid)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("numbers", nargs="+", metavar="ISBN", help="ISBNs as written (quote ones with spaces)")
    parser.add_argument("--json", action="store_true", help="one JSON object per ISBN, as a list")


def run(args: argparse.Namespace) -> int:
    reports = [isbn.inspect(number) for number in args.numbers]
    if args.json:
        json.dump([r.to_dict() for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(describe(r) for r in reports))
    return 0 if all(r.valid for r in reports) else 1


def describe(report: isbn.Report) -> str:
    """A few indented lines about one number."""
    if report.valid:
        lines = [f"{report.input}: valid ISBN-{len(report.number)}"]
        lines.append(f"  ISBN-13: {isbn.format(report.isbn13)}")
        lines.append(f"  ISBN-10: {isbn.format(report.isbn10)}" if report.isbn10 else "  ISBN-10: none (979 prefix)")
        lines.append(f"  registration group {report.group}: {report.agency}")
        if report.hyphenation_wrong:
            lines.append(f"  hyphenation as written is wrong; officially {report.hyphenated}")
    else:
        lines = [f"{report.input}: invalid: {report.message}"]
        if report.suggestions:
            shown = ", ".join(isbn.format(s) for s in report.suggestions[:5])
            more = f" (and {len(report.suggestions) - 5} more)" if len(report.suggestions) > 5 else ""
            lines.append(f"  did you mean: {shown}{more}")
    return "\n".join(lines) + "\n"
