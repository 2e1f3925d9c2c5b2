"""The citation styles this project writes, one module per style guide.

``get(name)`` builds a style by name; ``names()`` lists them. Style data
(term tables, place abbreviations, collation tailorings) lives in the
top-level ``styles/`` folder, shipped in the wheel as ``biblio/data/styles``.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..errors import UsageError
from .base import Style

# style name → "module:Class"; modules load on first use.
STYLES: dict[str, str] = {
    "gost-r-7.0.100-2018": "gost:Gost2018",
    "gost-r-7.0.5-2008": "gost:Gost2008",
    "apa": "apa:Apa",
    "chicago-author-date": "chicago:ChicagoAuthorDate",
    "mla": "mla:Mla",
}


def names() -> list[str]:
    return list(STYLES)


def style_class(name: str) -> type[Style]:
    try:
        target = STYLES[name]
    except KeyError:
        raise UsageError(f"unknown style {name!r} (known: {', '.join(STYLES)})") from None
    module, cls = target.split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)


def get(name: str, **options: Any) -> Style:
    return style_class(name)(**options)
