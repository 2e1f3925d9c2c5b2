"""Command line: ``python -m biblio COMMAND …``.

Each command lives in ``biblio/commands/NAME.py`` with ``add_arguments`` and
``run``; this module only builds the parser and turns typed errors into a
message and an exit code (never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn, Sequence

from .errors import BiblioError

COMMANDS = ("parse", "export", "format", "check", "translit", "isbn")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as argparse does, without the noise
        self.print_usage(sys.stderr)
        print(f"biblio: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="biblio", description="Multilingual bibliographies: parse, check, export, format.")
    parser.add_argument("--version", action="version", version=f"biblio {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"biblio.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"biblio.commands.{name}":
                continue
            raise
        command = sub.add_parser(name, help=module.HELP, description=module.__doc__)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("biblio")
    except PackageNotFoundError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except BiblioError as exc:
        print(f"biblio: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("biblio: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 141
