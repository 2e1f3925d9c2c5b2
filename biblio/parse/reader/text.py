"""Text helpers the sections share: patterns and small scans over the working text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ...model import Person, Role
from ..dates import YEAR
from ..names import LETTER, LO, UP, nominative, role_before
from ..vocab import abbreviations, vocabulary


_HAS_LETTER = re.compile(rf"[{LETTER}]")

_RUN = re.compile(r"[^ ]+(?: [^ ]+)*")
_HAS_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(rf"[{LETTER}][{LETTER}.\-]*[,:]?")

_CHUNK_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")

_LAST_WORD_STOP = re.compile(rf"(\.\.|[{LETTER}]+)\.$")

_PLACE_COLON = re.compile(rf"[{UP}][{LETTER}\-]+(?: [{UP}][{LETTER}\-]+)?: [{UP}]")
_IMPRINT_RUN = re.compile(rf"[^;/()]{{1,80}}?[,:] ?{YEAR}(?!\d)")
_IMPRINT_AHEAD = re.compile(rf"[,:] *{YEAR}(?!\d)")
_HAS_ALNUM = re.compile(rf"[{LETTER}\d]")
_ANY_YEAR = re.compile(YEAR)

_ONE_NAME = re.compile(rf"[{UP}][{LO}]{{2,}}(?=[ ]*[.,;]|[ ]*$)")

_HOST_LABEL = re.compile(r"[ ]*(?:В кн\.|В сб\.|In|Iekš|Grām\.|No)[ ]*:[ ]*")


_ROLE_CHAIN = re.compile(r"[ ]*(?:,|и|un|and|&)?[ ]*(?:с[ ]+)?(?P<word>[a-zа-яёāčēģīķļņšūž]{2,12}\.)[ ]*")

_PLACE_PUBLISHER = re.compile(rf"[{UP}][{LETTER}.\-]*(?:,? [{UP}][{LETTER}.\-]*){{0,3}}: [^:;]+")

_DAY_MONTH = re.compile(r", (?:\d{1,2} (?P<m>[A-Za-z]+)|(?P<m2>[A-Za-z]+) \d{1,2})\.?(?=[,.;]| *$)")

# Soviet catalogues run "под ред." on from the title without a stop: "Русская речь. Сборники статей под
# ред. Л.В. Щербы", "Очерки истории СССР под ред. Н.М. Дружинина"
_UNDER_EDITOR = re.compile(r" (?=под (?:ред\.|редакцией|общ\.|общей))")


def _under_editor(w: str, lo: int, hi: int) -> int | None:
    """Where a run-on "под ред." in ``w[lo:hi]`` starts the statement of responsibility."""
    if w.find(" под ", lo, hi) == -1:
        return None
    m = _UNDER_EDITOR.search(w, lo, hi)
    return m.start() if m is not None and role_before(w, m.end()) is not None else None


def _also_translated(persons: list[Person], phrase: str) -> list[Person]:
    """APA "(Ed. & Trans.)": the editors translated the work too, so they are listed in both roles."""
    if "& Trans" not in phrase or not persons or persons[0].role == Role.TRANSLATOR:
        return []
    return [replace(p, role=Role.TRANSLATOR, variants=dict(p.variants)) for p in persons]


def _skip_role_chain(w: str, pos: int) -> tuple[int, tuple[Role, bool] | None]:
    """Past "papild., turpin." in "red., papild., turpin. J. Endzelīns".

    Returns where the names start and the last role phrase of the chain
    ("редколл., гл. ред. Е.М. Жуков": the editor-in-chief is Жуков), if any.
    """
    last = None
    while True:
        m = _ROLE_CHAIN.match(w, pos) or _spelt_role_link(w, pos)
        if not m:
            return pos, last
        rb = role_before(w, m.start("word"))
        if rb is not None:
            # the person's role is the last one; the case of the names follows any noun ("послесл.")
            last = (rb[0] if rb[0] != Role.CONTRIBUTOR or last is None else last[0], rb[3] or (last is not None and last[1]))
            pos = max(m.end(), rb[2])
            continue
        pos = m.end()
_SPELT_LINK = re.compile(r"[ ]*(?:,|и|un|and|&)[ ]*(?P<word>[a-zа-яёāčēģīķļņšūž]{3,})")


def _spelt_role_link(w: str, pos: int) -> re.Match[str] | None:
    """A role written out after a comma: "составление, подготовка текста и примечания И. Сиротинской"."""
    chained = _CHAINED_NOUN.match(w, pos)
    if chained is not None:
        return chained  # "сост., подгот. текста, коммент. и статья Н. В. Королевой": a role only inside a chain
    m = _SPELT_LINK.match(w, pos)
    return m if m is not None and role_before(w, m.start("word")) is not None else None


_CHAINED_NOUN = re.compile(r"[ ]*(?:,|и)[ ]*(?P<word>статья|статьи|послесловие|предисловие)[ ]+")


_LATIN_AT = re.compile(r"[ ]*[A-Za-z]")


def _name_shapes(w: str, pos: int, hi: int) -> tuple[str, ...]:
    """Name shapes to try in a statement of responsibility: Latin script prefers "Given Family"."""
    if _LATIN_AT.match(w, pos):
        return ("initial-given-family", "initials-first", "given-family", "family-given", "family-initials", "family-full")
    return ("initials-first", "family-initials", "family-full", "given-family")


def _to_nominative(p: Person, nominative_of: Callable[[str], str] = nominative) -> None:
    """Names after "под ред." (or a Latvian "V. Skujiņas red.") stand in the genitive: keep the written form as a variant."""
    family = nominative_of(p.family)
    if family != p.family:
        p.variants["written"] = {"family": p.family, "given": p.given or p.initials}
        p.family = family


_PREFIX_WORDS = "|".join(re.escape(w) for w in sorted(vocabulary().get("publisher-prefix", []), key=len, reverse=True))
_PUBLISHER_PREFIX = re.compile(
    r"^(?:[a-zа-яё\-. ]*?)(?i:" + _PREFIX_WORDS
    + r")(?i:[ ]+(?:" + _PREFIX_WORDS + r"))*[a-zа-яё .]*?[ ]*[\"«„“](?P<n>[^\"«»„“”]+)[\"»“”]$"
)  # "изд-во «Наука»", "SIA „Jumava”", "Apgāds „Zvaigzne ABC”"; a legal form before a generic word: "ООО Издательство «Питер»"


_QUOTED_AFTER_WORDS = re.compile(r'^[a-zа-яё\- .]+["«„“](?P<n>[^"«»„“”]+)["»“”]$')


_CLOSING_QUOTES = frozenset('"»“”')


def _publisher_name(value: str) -> str:
    """``изд-во "Jumi"`` → ``Jumi``: a generic prefix before a quoted name is dropped (and a legal form after a name)."""
    if value[-1:] not in _CLOSING_QUOTES:  # both prefix patterns end with a closing quote
        if " " in value and _company_form(value, 0, len(value)):
            return value[: value.rindex(" ")].rstrip(" ,")  # "Tesco PLC" → "Tesco"
        return value
    m = _PUBLISHER_PREFIX.match(value)
    if m:
        return m.group("n").strip()
    m = _QUOTED_AFTER_WORDS.match(value)
    return m.group("n").strip() if m else value


def _company_form(w: str, s: int, e: int) -> bool:
    """Whether ``w[s:e]`` ends with a company's legal form ("Tesco PLC", "Macmillan Publishers Ltd")."""
    space = w.rfind(" ", s, e)
    return space != -1 and w[space + 1 : e] in vocabulary().get("company-form", ())


_KEEP_STOP = frozenset({"гг", "г", "вв", "в", "etc", "al", "ed", "eds", "Jr", "jr", "Inc", "Ltd", "Co"})


def _closing_quote(w: str, start: int) -> int:
    """The quote closing the one at ``start``.

    A quote after a space and before a letter opens a nested quotation
    ("Notes on "Camp" Revisited"); a single quote before a letter is an
    apostrophe ("Ivan's").
    """
    quote = w[start]
    pos, depth = start + 1, 1
    while True:
        close = w.find(quote, pos)
        if close == -1:
            return -1
        before = w[close - 1] if close > start + 1 else " "
        after = w[close + 1] if close + 1 < len(w) else " "
        if after.isalpha() and (quote == "'" or before == " "):
            depth += quote == '"'
        else:
            depth -= 1
            if depth == 0:
                return close
        pos = close + 1


def _drop_stop(w: str, s: int, e: int) -> int:
    """End of ``[s, e)`` without a final full stop that only closes the area (or an imprint's "(")."""
    while e > s and w[e - 1] in " ,;:/-(":
        e -= 1
    if e > s and w[e - 1] == "." and not _keeps_stop(w, s, e):
        e -= 1
    return e


# the parts of speech the OED and other dictionaries label a headword with ("serendipity, n.", "google, v.")
_PARTS_OF_SPEECH = frozenset({"n", "v", "adj", "adv", "prep", "conj", "int", "pron", "phr"})


def _keeps_stop(w: str, s: int, e: int) -> bool:
    """A final full stop that belongs to an abbreviation, an initial or an ellipsis."""
    m = _LAST_WORD_STOP.search(w, max(s, e - 30), e)
    if not m:
        return False
    word = m.group(1)
    if word in _PARTS_OF_SPEECH and w[m.start(1) - 2 : m.start(1)] == ", ":
        return True  # a dictionary's headword and its part of speech: "“Flâneur, n.” OED Online"
    return word == ".." or (len(word) == 1 and word.isupper()) or word in _KEEP_STOP or word.lower() in abbreviations()


def _skip(w: str, pos: int, chars: str) -> int:
    rest = w[pos:]  # (lstrip passes over runs of blanked text at C speed)
    return pos + len(rest) - len(rest.lstrip(chars))


def _find_slash(w: str, lo: int, hi: int) -> int | None:
    m = _SLASH.search(w, lo, hi)
    return m.start() if m else None


# a slash after a space (or first): the look-behind follows the literal so the engine can jump to slashes
_SLASH = re.compile(r"/(?<![^ ]/)(?!/)")


_AREA_SEP = re.compile(r"\. ?- |   +- ")  # ". — ", or " — " after a consumed piece


def _area_sep(w: str, lo: int, hi: int) -> int | None:
    m = _AREA_SEP.search(w, lo, hi)
    return m.start() + 1 if m else None
