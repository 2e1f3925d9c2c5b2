"""The steps between reading and writing: read → enrich → check → resolve back-references → merge.

Each step takes and yields entries, so the command line composes them and a
library user can call any one alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from . import formats
from .formats import ReadOptions
from .io import Source, bundled_references
from .model import Entry


@dataclass
class InputSpec:
    """What the user named as input and how to read it."""

    paths: Sequence[str]
    kind: str | None = None  # --from
    encoding: str | None = None
    segment: bool = False


def sources(spec: InputSpec) -> list[Source]:
    if spec.paths:
        return [Source(p, spec.encoding) for p in spec.paths]
    return [Source(str(p), spec.encoding, label=f"references/{p.name}") for p in bundled_references()]


def read_entries(spec: InputSpec) -> Iterator[Entry]:
    """Every reference of every input, in input order, one entry each."""
    options = ReadOptions(segment=spec.segment)
    for source in sources(spec):
        reader = formats.reader_for(source, spec.kind)
        assert reader.reader is not None
        yield from reader.reader(source, options)


def enrich(entries: Iterable[Entry], schemes: Sequence[str] | None = None) -> Iterator[Entry]:
    """Add romanised variants and Latvian name forms, one entry at a time (streaming).

    ``schemes`` are the romanisations to fill (default ala-lc and iso9).
    """
    from .translit.variants import DEFAULT_SCHEMES, add_variants

    for entry in entries:
        add_variants(entry, schemes or DEFAULT_SCHEMES)
        yield entry


def assign_keys(entries: list[Entry], key_formula: str | None = None) -> list[Entry]:
    """Give every entry without one a citation key (see :mod:`biblio.keys`).

    Keys depend on the whole list (clashes get suffixes), so this runs after
    duplicates are merged: a surviving entry then needs no suffix.
    """
    from . import keys

    keys.assign_keys(entries, key_formula or keys.DEFAULT_FORMULA)
    return entries


def resolve_back_references(
    entries: list[Entry], report: Callable[[str], None] | None = None, keep_dangling: bool = True
) -> list[Entry]:
    """Drop the notes that stand for a work cited before ("Ibid.", "Там же") once that work is in the list,
    and those that point at nothing unless ``keep_dangling`` (see :mod:`biblio.backrefs`)."""
    from . import backrefs

    return backrefs.resolve_back_references(entries, report, keep_dangling)


def merge_duplicates(entries: list[Entry], report: Callable[[str], None] | None = None) -> list[Entry]:
    """Merge entries describing the same work (see :mod:`biblio.dedupe`)."""
    from . import dedupe

    return dedupe.merge_duplicates(entries, report)
