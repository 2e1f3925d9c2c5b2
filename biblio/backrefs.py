"""Notes that stand for a work cited before ("Ibid., 45.", "Там же. С. 12.", "Smith, op. cit., p. 4."):
which entry of the list each one means.

The parser marks such a note (``Extra.BACK_REFERENCE``). It names no work of its own, so a bibliography
drops it once it knows the work: "ibid" means the entry just before it in the same input (through a run
of ibids), "op-cit" the nearest earlier entry of the same input whose first person has the note's family
name (and whose title begins with the note's short title, when it gives one). A note that points at
nothing (an "Ibid." on the first line) is kept, and ``check`` reports it; ``export`` leaves it out.

A kept note is shown as what it is, the note as its writer wrote it (:func:`note_text`): every style
prints "Ibid., p. 3." in its place, and the writers turn it into an untitled document whose note says so
(:func:`as_note`: BibTeX ``@misc`` with ``note``, CSL-JSON ``document``, RIS ``GEN`` with ``N1``), its pin
pages and volume kept, so bibtex and biber take it without a warning and nothing reads it as a book.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

from .model import Entry, EntryType, Extra, Text

Report = Callable[[str], None]


def back_reference(entry: Entry) -> str:
    """"ibid", "op-cit", or "" for an entry that names its work."""
    return entry.extra.get(Extra.BACK_REFERENCE, "")


def pin(entry: Entry) -> str:
    """The locator the note cites its work at, as written ("45, n. 3", "Т. 2. С. 15–16"); "" for none."""
    return entry.extra.get(Extra.PIN, "")


# A note with no source text (built in code) is written with the scholarly Latin words.
_MARKERS = {"ibid": "Ibid.", "op-cit": "op. cit."}


def note_text(entry: Entry) -> str:
    """The note as its writer wrote it, without the list number before it: "Ibid., p. 3.",
    "Smith, op. cit., 45."; one with no source is composed of its author, marker and pin."""
    if entry.source.strip():
        start = min((span.start for span in entry.spans.values()), default=0)  # the number precedes every piece read
        return entry.source[start:].strip()
    kind = back_reference(entry)
    author = entry.persons[0].family or entry.persons[0].literal if kind == "op-cit" and entry.persons else ""
    where = pin(entry) or _pages(entry)
    text = ", ".join(part for part in (author, _MARKERS.get(kind, "Ibid."), where) if part)
    return text if text.endswith(".") else text + "."


def _pages(entry: Entry) -> str:
    if entry.pages is None:
        return entry.volume
    pages = f"{entry.pages.first}–{entry.pages.last}" if entry.pages.last else entry.pages.first
    return f"{entry.volume}:{pages}" if entry.volume else pages


def as_note(entry: Entry) -> Entry:
    """A back-reference as a bibliography database can hold it: an untitled document whose first note is
    the note as written, with its pin pages and volume. The author and short title of an op. cit. belong
    to the work cited before and are in the note already. The marker stays in ``extra`` for the writers,
    which write it (and the pin) inside that note, never as fields of their own."""
    note = Text(note_text(entry), entry.language, entry.script)
    return dataclasses.replace(
        entry, type=EntryType.DOCUMENT, persons=[], title=None, subtitle=None, notes=[note, *entry.notes]
    )


def targets(entries: Sequence[Entry]) -> dict[int, int | None]:
    """Index of each back-reference → index of the entry it stands for (None when nothing before it fits)."""
    found: dict[int, int | None] = {}
    for index, entry in enumerate(entries):
        kind = back_reference(entry)
        if kind == "ibid":
            found[index] = _previous_work(entries, index, found)
        elif kind == "op-cit":
            found[index] = _earlier_work_by(entries, index)
    return found


def _same_input(a: Entry, b: Entry) -> bool:
    return (a.origin.file if a.origin else None) == (b.origin.file if b.origin else None)


def _previous_work(entries: Sequence[Entry], index: int, found: dict[int, int | None]) -> int | None:
    if index == 0 or not _same_input(entries[index - 1], entries[index]):
        return None
    before = index - 1
    return found.get(before) if before in found else before  # "Ibid." after "Ibid." means the same work


def _earlier_work_by(entries: Sequence[Entry], index: int) -> int | None:
    note = entries[index]
    family = note.persons[0].family.casefold() if note.persons else ""
    short_title = note.title.value.casefold() if note.title else ""
    if not family:
        return None
    for before in range(index - 1, -1, -1):
        entry = entries[before]
        if not _same_input(entry, note):
            break
        if back_reference(entry) or not entry.persons or entry.persons[0].family.casefold() != family:
            continue
        if short_title and not (entry.title and entry.title.value.casefold().startswith(short_title)):
            continue
        return before
    return None


def _label(entry: Entry, index: int) -> str:
    return str(entry.origin) if entry.origin else f"entry {index + 1}"


def describe_target(entries: Sequence[Entry], target: int) -> str:
    """Where the work a note stands for is, and what it is: ``notes.txt:2 (Strods, “PSRS kaujinieki …”)``."""
    entry = entries[target]
    first = entry.persons[0] if entry.persons else None
    name = (first.family or first.literal) if first else ""
    title = entry.title.value if entry.title else ""
    if len(title) > 60:
        title = title[:59].rstrip() + "…"
    what = ", ".join(part for part in (name, f"“{title}”" if title else "") if part)
    return f"{_label(entry, target)} ({what})" if what else _label(entry, target)


def with_pin(entry: Entry) -> str:
    """", pin “45, n. 3”" for a note that cites a place in its work; "" for one that does not."""
    where = pin(entry)
    return f", pin “{where}”" if where else ""


def resolve_back_references(entries: Sequence[Entry], report: Report | None = None, keep_dangling: bool = True) -> list[Entry]:
    """The list without the back-references that point at an entry of it (their pin pages belong to a
    citation, not to the work); ``report`` receives one line for each note dropped, naming the entry it
    stands for and its pin, or left unresolved. A note that points at nothing is kept (``format`` prints it
    as written) or, with ``keep_dangling`` false, left out: a bibliography database holds works (``export``)."""
    found = targets(entries)
    kept = []
    for index, entry in enumerate(entries):
        if index not in found:
            kept.append(entry)
            continue
        target = found[index]
        if target is None:
            if keep_dangling:
                kept.append(entry)
            if report is not None:
                fate = "kept" if keep_dangling else "left out"
                report(f"{_label(entry, index)}: “{entry.source.strip()}” stands for a work cited before, but none fits; {fate}")
        elif report is not None:
            report(
                f"dropped {_label(entry, index)} (“{entry.source.strip()}”): it stands for "
                f"{describe_target(entries, target)}{with_pin(entry)}"
            )
    return kept
