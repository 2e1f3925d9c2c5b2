"""The authority file: known people in all the forms sources write them.

``references/authorities.json`` lists people with their own (preferred)
form and the other spellings sources use, so a Russian text's "В. П.
Самсон" is known to be Vilis Samsons. A person matches an authority when
the family name equals one of its forms and the initials do not contradict
it (the first given-name initial, when both sides have one).

>>> record = find_authority("Самсон", "В. П.")
>>> record.id, record.preferred["family"], record.preferred["given"]
('samsons-vilis', 'Samsons', 'Vilis')
>>> find_authority("Самсон", "А.") is None
True
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Authority:
    id: str
    preferred: dict[str, str]
    forms: tuple[dict[str, str], ...] = field(default_factory=tuple)
    note: str = ""

    def all_forms(self) -> tuple[dict[str, str], ...]:
        return (self.preferred, *self.forms)


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def _first_initial(text: str) -> str:
    for char in unicodedata.normalize("NFC", text):
        if char.isalpha():
            return char.casefold()
    return ""


def authority_path() -> Path:
    from ..io import resource_dir

    return resource_dir("references") / "authorities.json"


@lru_cache(maxsize=4)
def load_authorities(path: str | None = None) -> tuple[Authority, ...]:
    """Read the authority file (the bundled one by default)."""
    target = Path(path) if path else authority_path()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"authority file is not valid JSON: {exc}", str(target)) from None
    people = []
    for record in data.get("people", []):
        people.append(Authority(record["id"], dict(record["preferred"]), tuple(record.get("forms", ())), record.get("note", "")))
    return tuple(people)


@lru_cache(maxsize=4)
def _by_family(path: str | None = None) -> dict[str, list[tuple[int, str]]]:
    """Family-name key → (person's place in the file, first initial of that form), in file order."""
    index: dict[str, list[tuple[int, str]]] = {}
    for number, person in enumerate(load_authorities(path)):
        for form in person.all_forms():
            theirs = _first_initial(form.get("initials") or form.get("given", ""))
            index.setdefault(_key(form.get("family", "")), []).append((number, theirs))
    return index


def find_authority(family: str, initials_or_given: str = "", path: str | None = None) -> Authority | None:
    """The one authority whose forms include this family name with compatible initials."""
    wanted, initial = _key(family), _first_initial(initials_or_given)
    if not wanted:
        return None
    # Looked up by family name (an index built once) instead of reading every form of every person.
    found = {number for number, theirs in _by_family(path).get(wanted, ()) if not initial or not theirs or initial == theirs}
    return load_authorities(path)[found.pop()] if len(found) == 1 else None
