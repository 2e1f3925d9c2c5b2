"""The working state of one parse: the source, its normal form and what is consumed.

``w`` starts as the normal form of the source and every recognised piece is
blanked out of it (replaced by spaces of the same length), so later steps see
only what is still unexplained and every index stays an index of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Entry, Span
from .normalize import clean, normalize


@dataclass
class Found:
    """One recognised piece: its kind, value and the span of the value."""

    kind: str
    value: str
    start: int
    end: int
    extra: dict[str, str] = field(default_factory=dict)


LIMIT = 4000  # characters of a reference that are parsed; the rest is reported, never read
_RUNS = re.compile(r"  +")


class State:
    """``s``/``w`` are the normal form with runs of spaces collapsed to one, so
    patterns can count on single spaces; ``index`` maps their positions back to
    the source (None when nothing was collapsed and positions are the same)."""

    def __init__(self, source: str, limit: int) -> None:
        self.src = source
        normal = normalize(source[:limit])
        self.index: list[int] | None = None
        if "  " in normal:
            self.index = []
            parts = []
            last = 0
            for m in _RUNS.finditer(normal):
                parts.append(normal[last : m.start() + 1])
                self.index.extend(range(last, m.start() + 1))
                last = m.end()
            parts.append(normal[last:])
            self.index.extend(range(last, len(normal)))
            normal = "".join(parts)
        self.s = normal
        self.w = self.s
        self.n = len(self.s)
        self.found: list[Found] = []
        self.by_kind: dict[str, list[Found]] = {}  # kind → its pieces in order (never an empty list)
        self.entry = Entry(source=source)

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.w = self.w[:start] + " " * (end - start) + self.w[end:]

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the working text as a range of the source string."""
        if self.index is None:
            return start, end
        if end <= start:
            at = self.index[start] if start < len(self.index) else len(self.src)
            return at, at
        return self.index[start], self.index[end - 1] + 1

    def slice(self, start: int, end: int) -> str:
        """The source text of ``[start, end)`` of the working text."""
        a, b = self.source_range(start, end)
        return self.src[a:b]

    def text(self, start: int, end: int) -> str:
        """The cleaned original text of ``[start, end)``."""
        return clean(self.slice(start, end))

    def map_spans(self, entry: Entry) -> None:
        """Turn every span recorded on the working text into a span of the source."""
        if self.index is None:
            return
        seen: set[int] = set()
        spans = list(entry.spans.values())
        spans += [p.span for p in entry.all_persons() if p.span is not None]
        spans += [p.span for p in entry.places if p.span is not None]
        spans += [d.span for d in entry.warnings if d.span is not None]
        for span in spans:
            if id(span) in seen:
                continue
            seen.add(id(span))
            span.start, span.end = self.source_range(span.start, span.end)

    def trim(self, start: int, end: int, chars: str = " ,;:/.-", blanked: bool = True) -> tuple[int, int]:
        """Shrink ``[start, end)`` past surrounding spaces and separators.

        With ``blanked`` (the default) what earlier steps consumed counts as space.
        """
        text = self.w if blanked else self.s
        while start < end and text[start] in chars:
            start += 1
        while end > start and text[end - 1] in chars:
            end -= 1
        return start, end

    def span(self, start: int, end: int) -> Span:
        return Span(start, end)

    def add(self, kind: str, value: str, start: int, end: int, **extra: str) -> Found:
        item = Found(kind, value, start, end, dict(extra))
        self.found.append(item)
        self.by_kind.setdefault(kind, []).append(item)
        return item

    def first(self, kind: str) -> Found | None:
        items = self.by_kind.get(kind)
        return items[0] if items else None

    def all(self, kind: str) -> list[Found]:
        return self.by_kind.get(kind, [])
