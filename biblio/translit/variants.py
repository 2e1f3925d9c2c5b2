"""Fill an entry's romanised and Latvian variants (the work of ``pipeline.enrich``).

* every Cyrillic text field gains ``Text.romanized[scheme]``;
* every Cyrillic person gains ``Person.variants[scheme]`` (family, given,
  initials romanised);
* a Russian-spelt Latvian person gains ``Person.variants["lv"]``, from the
  authority file when it knows the person, else from
  :func:`biblio.translit.latvian.latvian_form` when that is trustworthy; the
  variant's ``basis`` says which ("authority", "name-data", "rules"). What
  the source wrote is never replaced.

Letters outside the Russian alphabet become an entry diagnostic
(``foreign-letters``) instead of a Python warning.

>>> from biblio.model import Entry, Person, Text
>>> e = Entry(title=Text("Спартак в Курземе"), persons=[Person(family="Рекшня", initials="Ф. Н.")])
>>> add_variants(e, ("iso9",))
>>> e.title.romanized, e.persons[0].variants["iso9"]
({'iso9': 'Spartak v Kurzeme'}, {'family': 'Rekšnâ', 'initials': 'F. N.'})
>>> e.persons[0].variants["lv"]
{'family': 'Rekšņa', 'initials': 'F. N.', 'basis': 'rules'}
"""

from __future__ import annotations

import warnings
from typing import Iterable

from ..model import Entry, Person
from . import ForeignLetterWarning, foreign_letters, get_scheme, is_cyrillic, romanize_person
from .authorities import find_authority
from .latvian import known_names, latvian_form, latvian_initials

DEFAULT_SCHEMES: tuple[str, ...] = ("ala-lc", "iso9")


def add_variants(entry: Entry, schemes: Iterable[str] = DEFAULT_SCHEMES) -> None:
    names = [get_scheme(s).name for s in schemes]  # unknown names fail before anything changes
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ForeignLetterWarning)  # reported once below, as a diagnostic
        for field, text in entry.texts():
            if not is_cyrillic(text.value):
                continue
            for scheme in names:
                text.romanized.setdefault(scheme, get_scheme(scheme).romanize(text.value))
            _note_foreign_letters(entry, field, text.value)
        for person in entry.all_persons():
            if not _is_cyrillic_person(person):
                continue
            for scheme in names:
                person.variants.setdefault(scheme, romanize_person(person, scheme))
            _note_foreign_letters(entry, "persons", person.family + " " + person.given + " " + person.literal)
            lv = latvian_variant(person)
            if lv is not None:
                person.variants.setdefault("lv", lv)


def _note_foreign_letters(entry: Entry, field: str, text: str) -> None:
    letters = foreign_letters(text)
    if not letters:
        return
    message = (
        f"{field}: letters outside the modern Russian alphabet ({', '.join(letters)}): Ukrainian, Belarusian or"
        " pre-1918 Russian; romanised by the Russian tables"
    )
    if not any(d.code == "foreign-letters" and d.message == message for d in entry.warnings):
        entry.warn("foreign-letters", message)


def _is_cyrillic_person(person: Person) -> bool:
    return is_cyrillic(person.family + person.given + person.initials + person.literal)


def latvian_variant(person: Person) -> dict[str, str] | None:
    """The Latvian form of a Russian-spelt person, or None when not confident."""
    if person.is_organization or not person.family or not is_cyrillic(person.family):
        return None
    authority = find_authority(person.family, person.initials or person.given)
    if authority is not None:
        preferred = authority.preferred
        variant = {"family": preferred["family"]}
        if preferred.get("given"):
            variant["given"] = preferred["given"]
        return variant | {"basis": "authority", "authority": authority.id}
    family = latvian_form(person.family)
    if family is None:
        return None
    variant = {"family": family}
    if person.given:
        given = " ".join(latvian_form(g, "given-names") or "" for g in person.given.split())
        if given.strip() and all(given.split()):
            variant["given"] = given
    if person.initials:
        variant["initials"] = latvian_initials(person.initials)
    variant["basis"] = "name-data" if family.lower() in known_names("surnames") else "rules"
    return variant
