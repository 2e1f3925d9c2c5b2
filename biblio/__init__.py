"""biblio: multilingual bibliographies.

Read free-text references in Russian (Soviet-era and GOST), Latvian and
English conventions, or BibTeX / CSL-JSON / RIS files; keep them in one
model (:mod:`biblio.model`); romanise, validate, merge duplicates; write
BibTeX, BibLaTeX, CSL-JSON, RIS, or a formatted bibliography.
"""

from .model import Entry, EntryType, Person, Role, Text
from .parse import parse_reference, segment

__all__ = ["Entry", "EntryType", "Person", "Role", "Text", "parse_reference", "segment"]
