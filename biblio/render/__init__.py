"""Entries → a formatted bibliography or an in-text citation, in any style.

>>> from biblio.model import Entry, Person, Text, Date
>>> e = Entry(key="falkov", title=Text("Partisan War"), persons=[Person("Falkov", "Eric")], date=Date(2019))
>>> cite(e, "chicago-author-date", locator="101")
'(Falkov 2019, 101)'
>>> print(format_bibliography([e], "mla", output="markdown"), end="")
Falkov, Eric. *Partisan War*. 2019.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from pybtex import richtext

from ..model import Entry

if TYPE_CHECKING:  # the styles import this package's term tables, so they load on first use
    from ..styles import Style

OUTPUTS = ("text", "html", "markdown", "latex", "jsonl")


@dataclass
class Rendered:
    """One formatted entry: its id, its label in the list (``1`` or ``Falkov 2019``), its rich text."""

    id: str
    label: str
    text: richtext.BaseText
    entry: Entry


def _style(style: "str | Style", options: dict[str, Any]) -> "Style":
    from ..styles import Style, get

    return style if isinstance(style, Style) else get(style, **options)


def bibliography(entries: Iterable[Entry], style: "str | Style", **options: Any) -> list[Rendered]:
    """Sort ``entries`` as the style orders them and format each one."""
    chosen = _style(style, options)
    items = list(entries)
    ids = {id(e): e.key or f"ref{i}" for i, e in enumerate(items, start=1)}
    ordered = chosen.sort(items)
    out = []
    for number, (entry, text) in enumerate(zip(ordered, chosen.format_list(ordered)), start=1):
        label = str(number) if chosen.numeric else ""
        out.append(Rendered(ids[id(entry)], label, text, entry))
    return out


def format_bibliography(entries: Iterable[Entry], style: "str | Style", output: str = "text", **options: Any) -> str:
    """The whole list as one document in ``output`` (text, html, markdown, latex, jsonl)."""
    from .output import write

    return write(bibliography(entries, style, **options), output)


def format_entry(entry: Entry, style: "str | Style", output: str = "text", **options: Any) -> str:
    """One entry alone, without label."""
    from .output import render

    return render(_style(style, options).format_entry(entry), output)


def cite(entry: Entry, style: "str | Style", locator: str | None = None, number: int | None = None, **options: Any) -> str:
    """An in-text citation: ``[1, с. 25]`` (GOST; ``form="author-year"`` gives
    ``(Рашкевиц, 1973, с. 25)``), ``(Rashkevits, 1973, p. 25)`` (APA),
    ``(Falkov 2019, 101)`` (Chicago), ``(Falkov 101)`` (MLA). ``among=entries`` (the cited
    list) lets APA and Chicago add the year suffixes the list needs (``(Smith, 2010a)``)."""
    style_options: dict[str, Any] = {k: options.pop(k) for k in ("romanize", "original_script", "language") if k in options}
    return _style(style, style_options).cite(entry, locator=locator, number=number, **options)
