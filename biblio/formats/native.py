"""biblio's own JSON: the full model, with source spans and warnings.

Written as a JSON array streamed entry by entry, so memory stays flat however
many references pass through.
"""

from __future__ import annotations

import json
from typing import IO, Iterable, Iterator

from ..errors import FormatError
from ..io import Source
from ..model import Entry
from . import Format, ReadOptions, WriteOptions, register


# One encoder for every entry: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write(entries: Iterable[Entry], out: IO[str], options: WriteOptions) -> None:
    out.write("[")
    for i, entry in enumerate(entries):
        data = entry.to_dict()
        if not options.full:
            data.pop("spans", None)
        out.write(",\n" if i else "\n")
        out.write(_ENCODER.encode(data))
    out.write("\n]\n")


def read(source: Source, options: ReadOptions) -> Iterator[Entry]:
    try:
        items = json.loads(source.read_text())
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON: {exc.msg}", source.label, exc.lineno) from None
    if not isinstance(items, list):
        raise FormatError("expected a JSON array of entries", source.label)
    for i, item in enumerate(items):
        try:
            yield Entry.from_dict(item)
        except (TypeError, ValueError) as exc:
            raise FormatError(f"entry {i + 1}: {exc}", source.label) from None


register(Format("json", "biblio's native JSON (full model, spans and warnings)", (), read, write, chunks="json-array"))
