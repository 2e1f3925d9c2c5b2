"""Typed errors. Every error that reaches the user names where it happened."""

from __future__ import annotations


class BiblioError(Exception):
    """Base class; ``str()`` gives ``file:line: message`` where a position is known."""

    exit_code = 1

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return f"{where}{self.message}"


class UsageError(BiblioError):
    """The command line asks for something impossible (unknown format, bad combination)."""

    exit_code = 2


class InputError(BiblioError):
    """An input cannot be read: missing file, undecodable bytes, malformed file."""


class FormatError(InputError):
    """A structured input (BibTeX, CSL-JSON, RIS) is malformed at a position."""


class OutputError(BiblioError):
    """The output cannot be written."""
