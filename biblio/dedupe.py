"""Finding and merging references that describe the same work.

Two entries are the same work when they share a valid ISBN (the ISBN-10 and
ISBN-13 forms count as equal), or when title, year and first author agree
after normalisation. Normalisation folds case, punctuation, dash variants
and scripts: Cyrillic is romanised (ISO 9, from :mod:`biblio.translit`) and
diacritics dropped, then a *cross-scheme skeleton* merges the spellings the
romanisation standards disagree on ("shch" / "ŝ" / "šč",
"ts" / "c", "ya" / "â" …), so a Cyrillic record meets its twin romanised by
any scheme.

Candidates are found by hashing each entry under a few *blocking keys* and
looking only inside each bucket; nothing compares all pairs, so the cost
grows linearly with the bibliography. A candidate pair is then verified
(years, volumes and parts must not contradict each other).

Name suffixes ("Jr.", "Sr.", "III") play no part in finding candidates:
"King, M. L." and "King, M. L., Jr." with the same title and year are one
work (a merge gives the kept record the suffix only the other one names), but
first authors with different suffixes ("Sr." and "Jr.") are two people, and
reports of one title with different numbers are two reports.

>>> from biblio.model import Entry, Text, Person, Date
>>> a = Entry(title=Text("Народные мстители Латвии"), persons=[Person(family="Рашкевиц")], date=Date(1973))
>>> b = Entry(title=Text("Narodnye mstiteli Latvii."), persons=[Person(family="Raškevic")], date=Date(1973))
>>> [g.indices for g in find_duplicates([a, b])]
[[0, 1]]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence, TypeVar

from . import isbn as isbnlib
from .model import Date, Entry, Host, Person, Role, Text

Report = Callable[[str], None]


# --- normalisation ------------------------------------------------------------------


def _iso9_table() -> dict[int, str] | None:
    """ISO 9's letter table from :mod:`biblio.translit`, as a ``str.translate`` map.

    ISO 9 is one letter for one letter with no context rules, so translating
    the lower-cased text equals ``romanize(text, "iso9")`` folded to lower
    case, at C speed (dedupe folds every title and name of the bibliography).
    """
    try:
        from .translit import get_scheme

        scheme = get_scheme("iso9")
    except (ImportError, KeyError):  # the transliteration package is optional for this module
        return None
    if scheme.rule is not None:
        return None
    return {ord(char): letter.latin for char, letter in scheme.letters.items() if len(char) == 1}


def _fold_fallback(text: str) -> str:
    """Romanisation without :mod:`biblio.translit`: the ``transliterate`` package."""
    from transliterate import translit

    return translit(text, "ru", reversed=True)


_ISO9: dict[int, str] = {}  # Cyrillic code point → ISO 9 letters, filled by _romanizer


def _iso9(text: str) -> str:
    return text.translate(_ISO9)


def _romanizer() -> Callable[[str], str]:
    table = _iso9_table()
    if table is None:
        return _fold_fallback
    # Only Cyrillic letters: :func:`fold` may then romanise character by character.
    _ISO9.clear()
    _ISO9.update((code, latin) for code, latin in table.items() if _CYRILLIC.match(chr(code)))
    return _iso9


_FOLD: Callable[[str], str] | None = None  # romanises a Cyrillic word; chosen on first use
_FOLD_CACHE: dict[str, str] = {}
_CYRILLIC = re.compile("[\u0400-\u052f]")


# Spellings on which the romanisation schemes (and older habits) differ, each
# mapped to one form in two passes: consonant digraphs and y/j first ("shch"
# before "sh"), then the iotated vowels, which by then all read "i" + vowel
# (я: "â", "ia", "ya", "ja" → "a"). Plain str.replace keeps this at C speed,
# and each word's skeleton is remembered.
_DIGRAPHS = (
    ("shch", "s"), ("shh", "s"), ("sch", "s"), ("sc", "s"),
    ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("cz", "c"),
)  # fmt: skip
_LETTERS = str.maketrans("yjxw", "iihv")  # no output is another's input: one translate does all four
_VOWELS = (("ia", "a"), ("iu", "u"), ("io", "e"), ("ie", "e"))
_DOUBLED = tuple((c + c, c) for c in "aceihsuvz")  # what the maps above can make double ("yj" → "ii")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Soft/hard-sign marks (ʹ ʺ ' ` ’ ”), BGN's separating dot and combining marks
# left after NFC (the ALA-LC tie in "t͡s") belong to their word: dropped, not
# turned into spaces.
_MARKS = re.compile("['\"`\u00b7\u02b9\u02ba\u2019\u201d\u0300-\u036f]")
_NON_WORD_ANY = re.compile(r"[\W_]+")


def _replace_all(words: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in words:
            words = words.replace(old, new)
    return words


def _undouble(words: str) -> str:
    for double, single in _DOUBLED:
        while double in words:
            words = words.replace(double, single)
    return words


def _skeleton(words: str) -> str:
    words = _undouble(_replace_all(words, _DIGRAPHS).translate(_LETTERS))
    return _undouble(_replace_all(words, _VOWELS))


def _fold_word(word: str) -> str:
    """One word (letters and digits only) to its ASCII skeleton."""
    if not word.isascii():
        global _FOLD
        if _FOLD is None:
            _FOLD = _romanizer()
        if _CYRILLIC.search(word):
            word = _FOLD(word)
        word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return _skeleton(_NON_WORD.sub("", word))


_CACHE_LIMIT = 200_000
_K = TypeVar("_K")


class _Memo(dict[_K, str]):
    """A dict that works out a missing value on first look-up (and keeps it while under the limit).

    ``str.translate`` and ``map(memo.__getitem__, …)`` read it at C speed, and
    nearly every character and word of a bibliography has been seen before.
    """

    def __init__(self, compute: Callable[[_K], str]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: _K) -> str:
        value = self.compute(key)
        if len(self) < _CACHE_LIMIT:
            self[key] = value
        return value


def _fold_char(code: int) -> str:
    """One character of lower-cased NFC text to its share of the compare-form:
    "" for a mark, " " for a word break, else its ASCII letters and digits.

    Character by character gives what :func:`_fold_word` gives word by word:
    ISO 9 and NFKD map characters one by one, and NFKD reorders only
    combining marks, which the ASCII form drops anyway.
    """
    char = chr(code)
    if _MARKS.match(char):
        return ""
    if _NON_WORD_ANY.match(char):
        return " "
    folded = unicodedata.normalize("NFKD", char.translate(_ISO9)).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("", folded)


_CHARS: _Memo[int] = _Memo(_fold_char)  # code point → its share of the compare-form
_SKELETONS: _Memo[str] = _Memo(_skeleton)  # ASCII word → skeleton


def _fold_token(token: str) -> str:
    """A run of non-space characters (lower-cased NFC) to its compare-form words, maybe none."""
    return " ".join(map(_SKELETONS.__getitem__, token.translate(_CHARS).split()))


_TOKENS: _Memo[str] = _Memo(_fold_token)  # "латвии." → "latvii"
_WORD_CACHE: dict[str, str] = {}  # word → compare-form, for the word-by-word fallback


def _fold_by_word(text: str) -> str:
    """:func:`fold` one word at a time, for a romaniser with context rules."""
    words = []
    for word in _NON_WORD_ANY.split(_MARKS.sub("", unicodedata.normalize("NFC", text.lower()))):
        folded = _WORD_CACHE.get(word)
        if folded is None:
            folded = _fold_word(word)
            if len(_WORD_CACHE) < _CACHE_LIMIT:
                _WORD_CACHE[word] = folded
        if folded:
            words.append(folded)
    return " ".join(words)


def fold(text: str) -> str:
    """Compare-form of a text: ASCII, lower case, words only, scheme-neutral skeleton.

    >>> fold("PSRS kaujinieki Latvijā (1941—1945)") == fold("PSRS  kaujinieki latvija 1941-1945.")
    True
    >>> fold("Щукин") == fold("Shchukin") == fold("Ŝukin") == fold("Ščukin")
    True
    >>> fold("Ельцин") == fold("Yelʹtsin") == fold("El'cin")
    True
    """
    cached = _FOLD_CACHE.get(text)
    if cached is not None:
        return cached
    global _FOLD
    if _FOLD is None:
        _FOLD = _romanizer()
    if _FOLD is _iso9:
        # ISO 9 has no context rules, so the text folds character by character,
        # hence token by token (spaces are word breaks): tokens recur, and
        # each is looked up at C speed.
        tokens = unicodedata.normalize("NFC", text.lower()).split()
        result = " ".join(filter(None, map(_TOKENS.__getitem__, tokens)))
    else:
        result = _fold_by_word(text)
    if len(_FOLD_CACHE) < _CACHE_LIMIT:
        _FOLD_CACHE[text] = result
    return result


def uses_fallback_folding() -> bool:
    """Whether :mod:`biblio.translit` was missing and the ``transliterate`` fallback is in use."""
    return _iso9_table() is None


def _plain(text: str) -> str:
    """Case and spacing (non-breaking or not) folded: enough to see the same text written twice."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# --- blocking keys ------------------------------------------------------------------


def entry_isbns(entry: Entry) -> list[str]:
    """The entry's valid ISBNs as compact ISBN-13s; read from the source when no field holds them."""
    written = entry.isbns or [m.text for m in isbnlib.find_isbns(entry.source)]
    if not written:
        return []
    found: dict[str, None] = {}
    for number in written:
        try:
            found[isbnlib.to_isbn13(number)] = None
        except isbnlib.ValidationError:
            continue
    return list(found)


def _family_key(name: str) -> str:
    """A family name's compare-form without a final "s": Latvian masculine names
    carry one that the Russian form lacks (Krastiņš / Крастынь, Ivanovs / Иванов)."""
    folded = fold(name)
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") else folded


def _first_authors(entry: Entry) -> list[str]:
    """The first author's family name in every form the entry knows (romanised, Latvian …)."""
    for person in entry.persons:
        if person.role == Role.AUTHOR:
            name = person.family or person.literal
            if not person.variants:  # the usual case, without building the list of forms
                return [_family_key(name)] if name else []
            forms = [name, *(v["family"] for v in person.variants.values() if v.get("family"))]
            return list(dict.fromkeys(_family_key(f) for f in forms if f))
    return [""]


_SUBTITLE_SEPARATORS = (" : ", ": ", " / ")


def _titles(entry: Entry, strong: bool) -> list[str]:
    """The folded title and, for ``strong`` keys only, its main part when a subtitle is glued on."""
    if entry.title is None:
        return []
    value = entry.title.value
    folded = fold(value)
    if strong and (":" in value or " / " in value):  # most titles have no subtitle to cut off
        for separator in _SUBTITLE_SEPARATORS:
            head = value.split(separator, 1)[0]
            if head != value and len(head) >= 8:
                folded_head = fold(head)
                if folded_head and folded_head != folded:
                    return [folded, folded_head] if folded else [folded_head]
                break
    return [folded] if folded else []


def blocking_keys(entry: Entry) -> list[tuple[str, str]]:
    """(kind, key) pairs under which an entry is hashed; equal keys make candidates.

    >>> from biblio.model import Entry, Text, Person, Date
    >>> blocking_keys(Entry(title=Text("Записки партизана"), persons=[Person(family="Рашкевиц")],
    ...                     date=Date(1963), isbns=["5-02-003456-8"]))
    [('isbn', '9785020034563'), ('title', 'zapiski partizana|1963|raskevic')]
    >>> blocking_keys(Entry(source="Rīga,\u00a01958."))
    [('source', 'rīga, 1958.')]
    """
    keys = [("isbn", number) for number in entry_isbns(entry)]
    year = str(entry.date.year or "") if entry.date is not None else ""
    # A title alone is too weak a key: it needs a year or an author beside it,
    # and the main-title-only form needs both.
    for author in _first_authors(entry):
        if year or author:
            for title in _titles(entry, bool(year and author)):
                keys.append(("title", f"{title}|{year}|{author}"))
    if entry.source.strip():
        keys.append(("source", _plain(entry.source)))  # the same reference twice, parsed or not
    return keys


# --- verification -------------------------------------------------------------------


def _compatible(a: str, b: str) -> bool:
    return not a or not b or fold(a) == fold(b)


def _same_work(a: Entry, b: Entry, kind: str) -> bool:
    """A bucket match is kept only if nothing contradicts it."""
    if not (_compatible(a.volume, b.volume) and _compatible(a.part, b.part)):
        return False
    if kind == "isbn" and a.year and b.year and a.year != b.year:
        return False  # same ISBN, other year: a reprint, or a set ISBN shared by volumes
    if kind != "isbn" and not (_compatible(a.number, b.number) and _compatible(_first_suffix(a), _first_suffix(b))):
        return False  # report No. 1 and No. 2 of one title; a father's (Sr.) and a son's (Jr.) book
    return True


def _first_suffix(entry: Entry) -> str:
    return entry.persons[0].suffix if entry.persons else ""


@dataclass
class DuplicateGroup:
    """Entries (by input index) describing one work; ``reasons[i]`` says why entry i joined."""

    indices: list[int]
    reasons: dict[int, str] = field(default_factory=dict)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)  # the earliest entry stays the root
        return True


def _describe_key(kind: str, key: str) -> str:
    if kind == "isbn":
        try:
            return f"same ISBN {isbnlib.format(key)}"
        except isbnlib.ValidationError:
            return f"same ISBN {key}"
    if kind == "source":
        return "same reference text"
    return "same title, year and first author"


def find_duplicates(entries: Sequence[Entry]) -> list[DuplicateGroup]:
    """Groups of two or more entries that describe the same work, in input order.

    Each blocking key remembers the first entry that had it; a later entry
    with the same key is a candidate pair with that first entry. Only the
    candidates (a few per cent of a bibliography) are kept and then checked
    bucket by bucket, in the order the buckets were opened.
    """
    bucket_of: dict[tuple[str, str], int] = {}  # key → bucket number, in order of first sight
    first_in: list[int] = []  # bucket number → its first entry
    candidates: list[tuple[int, int, tuple[str, str]]] = []  # (bucket, later entry, key)
    for index, entry in enumerate(entries):
        for key in blocking_keys(entry):
            bucket = bucket_of.setdefault(key, len(first_in))
            if bucket == len(first_in):
                first_in.append(index)
            else:
                candidates.append((bucket, index, key))
    candidates.sort()  # (bucket, entry) pairs are unique: keys are never compared
    links = _UnionFind(len(entries))
    reasons: dict[int, str] = {}
    linked: set[int] = set()
    for bucket, other, (kind, value) in candidates:
        first = first_in[bucket]
        if _same_work(entries[first], entries[other], kind) and links.union(first, other):
            reasons.setdefault(other, _describe_key(kind, value))
            linked.update((first, other))
    groups: dict[int, list[int]] = {}
    for index in sorted(linked):  # every member of a group of two or more was linked
        groups.setdefault(links.find(index), []).append(index)  # roots are the earliest: input order
    return [DuplicateGroup(members, {i: reasons.get(i, "duplicate") for i in members[1:]}) for members in groups.values()]


# --- merging ------------------------------------------------------------------------

_SCALARS = (
    "edition", "volume", "part", "number_of_volumes", "page_total", "series_number", "number",
    "issn", "doi", "url", "archive", "genre", "language", "script",
)  # fmt: skip
_TEXTS = ("title", "subtitle", "publisher", "series", "institution")
_DATES = ("date", "accessed", "archived")


def richness(entry: Entry) -> int:
    """How much an entry says: filled fields, persons, notes, ISBNs (fewer parser doubts break ties)."""
    filled = sum(1 for name in (*_SCALARS, *_TEXTS, *_DATES, "host", "pages") if getattr(entry, name))
    return 4 * (filled + len(entry.persons) + len(entry.notes) + len(entry.isbns) + len(entry.places)) - min(
        len(entry.warnings), 3
    )


def _label(entry: Entry, index: int) -> str:
    return str(entry.origin) if entry.origin else f"entry {index + 1}"


def merge_into(kept: Entry, other: Entry) -> list[str]:
    """Copy into ``kept`` what only ``other`` says; return what was carried, for the report."""
    carried: list[str] = []
    for name in _SCALARS:
        if not getattr(kept, name) and getattr(other, name):
            setattr(kept, name, getattr(other, name))
            carried.append(f"{name.replace('_', ' ')} {getattr(other, name)!r}")
    for name in (*_TEXTS, *_DATES, "pages"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
            carried.append(f"{name} {str(getattr(other, name)) if name not in _DATES else ''}".strip())
    if kept.date is not None and other.date is not None and kept.date.year == other.date.year:
        carried.extend(_finer_date(kept.date, other.date))
    if kept.title is not None and other.title is not None and _script(kept.title) != _script(other.title):
        kept.extra.setdefault("title-other-script", other.title.value)
        carried.append(f"title in the other script {other.title.value!r}")
    if not kept.persons and other.persons:
        kept.persons = list(other.persons)
        carried.append("persons")
    carried.extend(_merge_suffixes(kept, other))
    if not kept.places and other.places:
        kept.places = list(other.places)
        carried.append("place " + ", ".join(p.value for p in other.places))
    carried.extend(_merge_host(kept, other))
    known_notes = {fold(n.value) for n in kept.notes}
    for note in other.notes:
        if fold(note.value) not in known_notes:
            kept.notes.append(note)
            known_notes.add(fold(note.value))
            carried.append(f"note {note.value!r}")
    known_isbns = set(entry_isbns(kept))
    for number in other.isbns:
        try:
            number13 = isbnlib.to_isbn13(number)
        except isbnlib.ValidationError:
            number13 = number
        if number13 not in known_isbns:
            kept.isbns.append(number)
            known_isbns.add(number13)
            carried.append(f"ISBN {number}")
    if other.illustrated and not kept.illustrated:
        kept.illustrated = True
        carried.append("illustrated")
    for key, value in other.extra.items():
        if key not in kept.extra:
            kept.extra[key] = value
            carried.append(f"{key} {value!r}")
    return carried


def _finer_date(kept: Date, other: Date) -> list[str]:
    if kept.month is None and other.month is not None:
        kept.month, kept.day = other.month, other.day
        return ["month and day of publication"]
    return []


def _merge_suffixes(kept: Entry, other: Entry) -> list[str]:
    """Suffixes ("Jr.") of the other record's persons, for the same persons in the same places."""
    carried = []
    for mine, theirs in zip(kept.persons, other.persons):
        same_person = mine.role == theirs.role and _person_family_key(mine) == _person_family_key(theirs)
        if same_person and theirs.suffix and not mine.suffix:
            mine.suffix = theirs.suffix
            carried.append(f"name suffix {theirs.suffix!r}")
    return carried


def _person_family_key(person: Person) -> str:
    return _family_key(person.family or person.literal)


def _merge_host(kept: Entry, other: Entry) -> list[str]:
    if other.host is None:
        return []
    if kept.host is None:
        kept.host = other.host
        return ["host " + (other.host.title.value if other.host.title else "")]
    carried = []
    host: Host = kept.host
    for name in ("volume", "part", "issue", "number_of_volumes"):
        if not getattr(host, name) and getattr(other.host, name):
            setattr(host, name, getattr(other.host, name))
            carried.append(f"host {name} {getattr(other.host, name)!r}")
    for name in ("title", "subtitle"):
        if getattr(host, name) is None and getattr(other.host, name) is not None:
            setattr(host, name, getattr(other.host, name))
            carried.append(f"host {name}")
    if not host.persons and other.host.persons:
        host.persons = list(other.host.persons)
        carried.append("host persons")
    return carried


def _script(text: Text) -> str:
    if text.script:
        return text.script
    return "Cyrl" if any("\u0400" <= c <= "\u04ff" for c in text.value) else "Latn"


def merge_duplicates(entries: Iterable[Entry], report: Report | None = None) -> list[Entry]:
    """One entry per work: the richest record of each group, enriched by the others.

    The merged entry takes the place of the group's first entry, so the
    output keeps the input order. The kept entries are enriched in place.
    ``report`` receives one line per merge.
    """
    entries = list(entries)
    groups = find_duplicates(entries)
    dropped: set[int] = set()
    replacement: dict[int, Entry] = {}
    for group in groups:
        # Equally rich records: the longer reference usually says more (a note the parser left in the text).
        kept_index = max(group.indices, key=lambda i: (richness(entries[i]), len(entries[i].source), -i))
        kept = entries[kept_index]
        for index in group.indices:
            if index == kept_index:
                continue
            other = entries[index]
            carried = merge_into(kept, other)
            if report is not None:
                why = group.reasons.get(index) or group.reasons.get(kept_index, "duplicate")
                what = f"; carried {', '.join(carried)}" if carried else ""
                report(f"merged {_label(other, index)} into {_label(kept, kept_index)} ({why}){what}")
            dropped.add(index)
        dropped.discard(group.indices[0])
        replacement[group.indices[0]] = kept
        if kept_index != group.indices[0]:
            dropped.add(kept_index)
    return [replacement.get(i, entry) for i, entry in enumerate(entries) if i not in dropped]
