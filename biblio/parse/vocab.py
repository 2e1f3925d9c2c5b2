"""The parser's data tables (``biblio/parse/data``), loaded once and cached."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    rows = []
    with open(DATA / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=None)
def places() -> dict[str, tuple[str, str]]:
    """Place as written → (full name, language)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in _rows("places.tsv")}


@lru_cache(maxsize=None)
def regions() -> dict[str, str]:
    """A state, province or country written after a city ("CA", "Mass", "UK"; no final period) → language."""
    return {row[0]: row[1] for row in _rows("regions.tsv")}


@lru_cache(maxsize=None)
def roles() -> list[tuple[str, str, str, str]]:
    """(phrase, role, position, grammatical case of the names) with the longest phrases first."""
    rows = [(r[0], r[1], r[2], r[3] if len(r) > 3 else "nom") for r in _rows("roles.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    return {r[0]: int(r[1]) for r in _rows("months.tsv")}


@lru_cache(maxsize=None)
def ordinals() -> dict[str, int]:
    """Spelled-out ordinal (lower case) → number: "second" → 2, "второе" → 2, "otrais" → 2."""
    return {r[0]: int(r[1]) for r in _rows("ordinals.tsv")}


@lru_cache(maxsize=None)
def vocabulary() -> dict[str, list[str]]:
    """Kind (page, total, volume …) → words."""
    out: dict[str, list[str]] = {}
    for word, kind in _rows("vocabulary.tsv"):
        out.setdefault(kind, []).append(word)
    return out


@lru_cache(maxsize=None)
def news_sites() -> frozenset[str]:
    """News portals that publish dated pieces online ("LSM", "Delfi")."""
    return frozenset(w.lower() for w in vocabulary().get("news-site", []))


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("abbreviations.txt"))


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Titles and ranks written before a name at the head of a reference ("Проф.", "Свящ.", "prof.")."""
    return frozenset(vocabulary().get("honorific", []))


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("given_names.txt"))


@lru_cache(maxsize=None)
def organisation_words() -> tuple[str, ...]:
    return tuple(r[0] for r in _rows("organisations.txt"))


@lru_cache(maxsize=None)
def language_words() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for r in _rows("languages.tsv"):  # (a language may have several rows)
        out[r[0]] = out.get(r[0], frozenset()) | frozenset(r[1].split())
    return out


@lru_cache(maxsize=None)
def counts() -> dict[str, int]:
    """Spelled-out count (lower case) of volumes → number: "тридцати" → 30, "divos" → 2."""
    return {r[0]: int(r[1]) for r in _rows("counts.tsv")}


@lru_cache(maxsize=None)
def mononyms() -> frozenset[str]:
    """Authors entered under one name ("Rainis", "Аристотель", "Homer")."""
    return frozenset(r[0] for r in _rows("mononyms.txt"))


@lru_cache(maxsize=None)
def back_references() -> list[tuple[str, str]]:
    """(phrase, kind) of the words that stand for a work cited before: "ibid" or "op-cit"."""
    return [(row[0], row[1]) for row in _rows("back_references.tsv")]


@lru_cache(maxsize=None)
def language_names() -> dict[str, str]:
    """English name of a language ("German") → ISO 639-1 code ("de")."""
    return {row[0]: row[1] for row in _rows("language_names.tsv")}


@lru_cache(maxsize=None)
def jurisdictions() -> frozenset[str]:
    """Countries and states that open a government author ("Great Britain. Foreign Office.")."""
    return frozenset(row[0] for row in _rows("jurisdictions.txt"))


@lru_cache(maxsize=None)
def romanized_russian() -> dict[str, tuple[str, ...]]:
    """Evidence for and against a romanised Russian title: kind ("word", "ending", "group", "english") → items."""
    return {row[0]: tuple(row[1].split()) for row in _rows("romanized_russian.tsv")}


@lru_cache(maxsize=None)
def east_asian_family_names() -> frozenset[str]:
    """Chinese, Japanese and Korean family names, written first in a name without a comma ("Nakane Chie")."""
    return frozenset(r[0] for r in _rows("east_asian_family_names.txt"))
