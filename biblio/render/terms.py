"""Per-language term tables ("с." / "p." / "lpp.", "и др." / "et al." / "u. c.").

The tables are data files, ``styles/terms/<lang>.json``; a style picks one
per entry (GOST: the entry's language) or one for the whole list (APA,
Chicago, MLA: the language of the document, English by default). An
unknown language falls back to English, term by term.

>>> terms("ru").get("page_total", "164")
'164 с.'
>>> terms("lv").get("volume", "2")
'2. sēj.'
>>> terms("xx").get("et_al")
'et al.'
"""

from __future__ import annotations

import json
from functools import lru_cache

from ..io import resource_dir

FALLBACK = "en"


class Terms:
    """One language's terms; ``get(name, *values)`` fills the ``{}`` slots of a pattern."""

    def __init__(self, language: str, table: dict[str, str], fallback: "Terms | None" = None) -> None:
        self.language = language
        self._table = table
        self._fallback = fallback

    def pattern(self, name: str) -> str:
        if name in self._table:
            return self._table[name]
        if self._fallback is not None:
            return self._fallback.pattern(name)
        raise KeyError(f"no term {name!r} for language {self.language!r}")

    def get(self, name: str, *values: str) -> str:
        pattern = self.pattern(name)
        return pattern.format(*values) if values else pattern


def available() -> list[str]:
    return sorted(p.stem for p in (resource_dir("styles") / "terms").glob("*.json"))


@lru_cache(maxsize=None)
def terms(language: str | None) -> Terms:
    lang = (language or FALLBACK).lower()
    path = resource_dir("styles") / "terms" / f"{lang}.json"
    if lang == FALLBACK or not path.is_file():
        table = json.loads((resource_dir("styles") / "terms" / f"{FALLBACK}.json").read_text(encoding="utf-8"))
        return Terms(FALLBACK, table)
    return Terms(lang, json.loads(path.read_text(encoding="utf-8")), terms(FALLBACK))
