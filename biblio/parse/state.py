"""The working state of one parse: the source, its normal form and what is consumed.

``w`` starts as the normal form of the source and every recognised piece is
blanked out of it (replaced by spaces of the same length), so later steps see
only what is still unexplained and every index stays an index of the source.
"""

from __future__ import annotations

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


class State:
    def __init__(self, source: str, limit: int) -> None:
        self.src = source
        self.n = min(len(source), limit)
        self.s = normalize(source[: self.n])
        self.w = self.s
        self.found: list[Found] = []
        self._by_kind: dict[str, list[Found]] = {}
        self.entry = Entry(source=source)

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.w = self.w[:start] + " " * (end - start) + self.w[end:]

    def text(self, start: int, end: int) -> str:
        """The cleaned original text of ``[start, end)``."""
        return clean(self.src[start:end])

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
        self._by_kind.setdefault(kind, []).append(item)
        return item

    def first(self, kind: str) -> Found | None:
        items = self._by_kind.get(kind)
        return items[0] if items else None

    def all(self, kind: str) -> list[Found]:
        return self._by_kind.get(kind, [])
