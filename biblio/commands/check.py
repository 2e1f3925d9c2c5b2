"""Check a bibliography: ISBNs, dates, pages, required fields, Unicode, mixed scripts, parsing leftovers,
citation-key clashes and duplicates. Exit 0 when clean (notes of severity "info" alone do not count),
1 when problems were found, 2 on a usage error."""

from __future__ import annotations

import argparse
import json
from collections import Counter

from ..check import Problem, check_entries
from ..io import atomic_output
from ..pipeline import read_entries
from ._common import add_input_arguments, add_output_argument, input_spec

HELP = "report problems in a bibliography (exit 1 if any)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--output", choices=("text", "json"), default="text", help="report as text lines or one JSON document"
    )
    add_output_argument(parser)


def run(args: argparse.Namespace) -> int:
    entries = list(read_entries(input_spec(args)))
    problems = check_entries(entries)
    with atomic_output(args.output_file) as out:
        if args.output == "json":
            document = {"entries": len(entries), "summary": _summary(problems), "problems": [p.to_dict() for p in problems]}
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for problem in problems:
                out.write(f"{problem}\n")
            out.write(_summary_line(len(entries), problems) + "\n")
    return 1 if any(p.severity != "info" for p in problems) else 0


def _summary(problems: list[Problem]) -> dict[str, int]:
    counts = Counter(p.severity for p in problems)
    return {severity: counts.get(severity, 0) for severity in ("error", "warning", "info")}


def _summary_line(entries: int, problems: list[Problem]) -> str:
    if not problems:
        return f"{entries} entries checked: no problems"
    counts = _summary(problems)
    parts = ", ".join(f"{n} {severity}{'s' if n != 1 else ''}" for severity, n in counts.items() if n)
    affected = len({p.index for p in problems})
    return f"{entries} entries checked: {parts} in {affected} entries"
