"""Formats register themselves here; the core knows only the model and this registry.

A format module calls :func:`register` at import time with a reader (text →
entries), a writer (entries → text stream), or both. The command line lists
what is registered, picks a reader by ``--from`` or by file extension and a
writer by ``--format``. No format module imports another.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator

from ..errors import UsageError
from ..io import Source
from ..model import Entry


@dataclass
class WriteOptions:
    """Choices a user makes for the written file (not every format uses each)."""

    romanize: str | None = None  # transliteration scheme for names and titles
    csl_m: bool = False  # CSL-M "multi" variants in CSL-JSON
    full: bool = True  # native JSON: keep spans and warnings


@dataclass
class ReadOptions:
    """Choices for reading: ``segment`` splits run-on free text into references."""

    segment: bool = False


Reader = Callable[[Source, ReadOptions], Iterator[Entry]]
Writer = Callable[[Iterable[Entry], IO[str], WriteOptions], None]


@dataclass
class Format:
    name: str
    description: str
    extensions: tuple[str, ...] = ()
    reader: Reader | None = None
    writer: Writer | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    # How the writer's outputs for separate runs of entries join into its output
    # for the whole run: "concat", "json-array" ("[\n" a ",\n" b "\n]\n"), or
    # None where entries depend on each other (numbering, a shared preamble).
    # `parse --jobs` lets the workers write when it is set.
    chunks: str | None = None


_REGISTRY: dict[str, Format] = {}

# Modules that register formats; imported lazily so `biblio isbn` stays quick.
_BUILTIN_MODULES = ("text", "native", "csljson", "bibtex", "biblatex", "ris")


def register(fmt: Format) -> Format:
    for name in (fmt.name, *fmt.aliases):
        _REGISTRY[name] = fmt
    return fmt


def _load_builtins() -> None:
    for module in _BUILTIN_MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise


def all_formats() -> list[Format]:
    _load_builtins()
    seen: dict[str, Format] = {}
    for fmt in _REGISTRY.values():
        seen.setdefault(fmt.name, fmt)
    return list(seen.values())


def get(name: str) -> Format:
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(f.name for f in all_formats()))
        raise UsageError(f"unknown format {name!r} (known: {known})") from None


def reader_names() -> list[str]:
    return sorted(f.name for f in all_formats() if f.reader)


def writer_names() -> list[str]:
    return sorted(f.name for f in all_formats() if f.writer)


def reader_for(source: Source, declared: str | None) -> Format:
    """The reader named by ``--from``, else the one claiming the file's extension, else text."""
    if declared:
        fmt = get(declared)
    else:
        ext = source.extension
        fmt = next((f for f in all_formats() if f.reader and ext in f.extensions), get("text"))
    if fmt.reader is None:
        raise UsageError(f"format {fmt.name!r} cannot be read")
    return fmt


def writer_for(name: str) -> Format:
    fmt = get(name)
    if fmt.writer is None:
        raise UsageError(f"format {fmt.name!r} cannot be written")
    return fmt
