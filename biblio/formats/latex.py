"""LaTeX text in .bib files: encoding for the writers, decoding and parsing for the readers.

Shared by :mod:`biblio.formats.bibtex` and :mod:`biblio.formats.biblatex` only.

Encoding has two flavours:

* ``ascii`` (classic BibTeX + pdflatex): Latin letters with diacritics become
  braced macros with the whole letter inside the braces (``ā`` → ``{\\=a}``,
  ``š`` → ``{\\v{s}}``, ``ī`` → ``{\\={\\i}}``), which BibTeX treats as one
  "special character" for sorting, case changes and initials. Cyrillic runs
  are wrapped in ``{\\cyrillictext …}`` so the T2A font encoding is selected
  whatever the surrounding language is (babel-russian defines the command; the
  .bib carries a ``\\providecommand`` fallback in ``@preamble``).
* ``utf8`` (biblatex + biber): letters stay UTF-8, only TeX's special
  characters are escaped.

Both escape every character TeX would interpret, so a value such as
``\\input{/etc/passwd}`` prints literally and braces always balance: braces are
written as ``\\textbraceleft{}`` / ``\\textbraceright{}`` because BibTeX and
biber count ``\\{`` as a real brace. A straight double quote is a babel shorthand
under russian and latvian: it is ``{\\textquotedbl}`` for BibTeX and
``{\\string"}`` for biber (which would decode ``\\textquotedbl`` back to ``"``).

>>> encode("Rīga, Latvijā", "ascii")
'R{\\\\={\\\\i}}ga, Latvij{\\\\=a}'
>>> encode("50% of {x}", "utf8")
'50\\\\% of \\\\textbraceleft{}x\\\\textbraceright{}'
>>> decode(encode("Krišjānis \\\\input{x} ~ ņ", "ascii"))
'Krišjānis \\\\input{x} ~ ņ'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field as dataclass_field
from typing import IO, AbstractSet, Callable, Iterable, Iterator

from ..backrefs import as_note, back_reference
from ..errors import FormatError
from ..io import Source
from ..model import Date, Entry, EntryType, Extra, Host, Origin, Pages, Person, Place, Role, Text

# --- encoding ---------------------------------------------------------------

# TeX's special characters and the ones babel shorthands make active ("),
# written so that they print as themselves.
SPECIALS: dict[str, str] = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "#": r"\#",
    "&": r"\&",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    '"': r"{\textquotedbl}",
    "\u00a0": "~",
    # Romanisation marks (ISO 9, ALA-LC soft and hard signs) fonts lack as letters.
    "\u02b9": r"{\textquotesingle}",
    "\u02ba": r"{\textacutedbl}",
}
TIE = "\u0361"  # ALA-LC's double inverted breve over two letters (t͡s): \t{ts}

# Combining mark → accent macro. Symbol accents take no braces ({\=a});
# letter accents need them ({\v{s}}).
ACCENTS: dict[str, str] = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}
_SYMBOL_ACCENTS = set("`'^~=.\"")
_ABOVE = set("\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c")

# Letters that are not base + mark in Unicode, and their T1 macros.
LETTERS: dict[str, str] = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "dj",
    "Đ": "DJ",
    "ı": "i",
    "ȷ": "j",
    "þ": "th",
    "Þ": "TH",
    "ð": "dh",
    "Ð": "DH",
}

CYRILLIC_COMMAND = r"\cyrillictext"
# Written once per classic .bib so documents without babel-russian still compile.
CYRILLIC_PREAMBLE = r"\providecommand*{\cyrillictext}{\fontencoding{T2A}\selectfont}"

_CYR = "\u0400-\u052f"
_CYRILLIC_RUN = re.compile(rf"[{_CYR}](?:[{_CYR}\s\-.,:;!?()0-9]*[{_CYR}])?")
# Pairs TeX fonts would join into a ligature (-- –, `` “, << «, ,, „ …).
_LIGATURE_PAIR = re.compile(r"([-`'<>,!?])(?=\1)|([!?])(?=`)")


def _accented(base: str, marks: str) -> str | None:
    """``{\\=a}`` for a Latin base letter and its marks, or None when a mark has no macro."""
    if not base.isascii() or not base.isalpha() or any(m not in ACCENTS for m in marks):
        return None
    # i and j lose their dot under an accent above them: \={\i}.
    body = {"i": r"\i", "j": r"\j"}.get(base, base) if marks[0] in _ABOVE else base
    for mark in marks:
        macro = ACCENTS[mark]
        body = f"\\{macro}{body}" if macro in _SYMBOL_ACCENTS and len(body) == 1 else f"\\{macro}{{{body}}}"
    return "{" + body + "}"


# biber decodes \textquotedbl and \char34 back to a bare " (a shorthand under babel-russian);
# \string makes the quote an ordinary character biber leaves alone.
_UTF8_SPECIALS = {**SPECIALS, '"': r'{\string"}'}


# Text that _escape_plain would write unchanged (after NFC): no TeX special, and for the
# ascii flavour nothing but ASCII and Cyrillic (whose letters are written as they are).
# Anything else (accents, ties, letters with macros) takes the letter-by-letter path.
_NEEDS_ESCAPE_ASCII = re.compile("[" + re.escape("".join(SPECIALS)) + "]|[^\x00-\x7f\u0400-\u052f]")
_NEEDS_ESCAPE_UTF8 = re.compile("[" + re.escape("".join(_UTF8_SPECIALS)) + TIE + "]")
_CLUSTER = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


def _escape_plain(text: str, ascii_letters: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if not (_NEEDS_ESCAPE_ASCII if ascii_letters else _NEEDS_ESCAPE_UTF8).search(text):
        return _LIGATURE_PAIR.sub(_break_ligature, text)
    specials = SPECIALS if ascii_letters else _UTF8_SPECIALS
    out: list[str] = []
    # Clusters of the composed text (a letter and any marks left over), each decomposed to
    # see whether it is a Latin letter with accents a macro can write.
    clusters = _CLUSTER.findall(text)
    tied = ""
    for index, cluster in enumerate(clusters):
        decomposed = unicodedata.normalize("NFD", cluster)
        base, marks = decomposed[0], decomposed[1:]
        if tied:  # the second letter under a tie (checked to be a bare letter)
            out[-1] = "{\\t{" + tied + base + "}}"
            tied = ""
            continue
        if marks == TIE and base.isascii() and base.isalpha() and index + 1 < len(clusters) and re.fullmatch(r"[A-Za-z]", clusters[index + 1]):
            tied = base
            out.append("")
            continue
        if base in specials and not marks:
            out.append(specials[base])
        elif ascii_letters and base in LETTERS and not marks:
            out.append("{\\" + LETTERS[base] + "}")
        elif ascii_letters and marks and (macro := _accented(base, marks)):
            out.append(macro)
        else:
            out.append(cluster)
    return _LIGATURE_PAIR.sub(_break_ligature, "".join(out))


def _break_ligature(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2)) + "{}"


def encode(text: str, flavour: str = "ascii") -> str:
    """Text → LaTeX for a .bib field (``flavour`` ``ascii`` or ``utf8``, see module doc)."""
    if flavour == "utf8":
        return _escape_plain(text, ascii_letters=False)
    out: list[str] = []
    pos = 0
    for run in _CYRILLIC_RUN.finditer(text):
        out.append(_escape_plain(text[pos : run.start()], ascii_letters=True))
        out.append("{" + CYRILLIC_COMMAND + " " + _escape_plain(run.group(), ascii_letters=True) + "}")
        pos = run.end()
    out.append(_escape_plain(text[pos:], ascii_letters=True))
    return "".join(out)


def encode_given(given: str, flavour: str = "ascii") -> str:
    """Given names with each name's first letter a BibTeX special character.

    8-bit BibTeX abbreviates a given name to its first *byte*, which cuts a
    UTF-8 Cyrillic letter in half. A leading ``{\\cyrillictext А}`` group is one
    special character to BibTeX, so ``{f.}`` keeps the whole letter:
    ``Александр`` → ``{\\cyrillictext А}{\\cyrillictext лександр}`` → "А.".
    """
    if flavour == "utf8":
        return encode(given, flavour)

    def part(word: str) -> str:
        if word and re.match(rf"[{_CYR}]", word):
            return "{" + CYRILLIC_COMMAND + " " + word[0] + "}" + encode(word[1:], flavour)
        return encode(word, flavour)

    joined = " ".join("-".join(part(p) for p in token.split("-")) for token in given.split(" "))
    return _LIGATURE_PAIR.sub(lambda m: (m.group(1) or m.group(2)) + "{}", joined)


# --- decoding ---------------------------------------------------------------

_REVERSE_SPECIALS = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textquotedbl": '"',
    "textquotesingle": "\u02b9",
    "textacutedbl": "\u02ba",
    "textendash": "–",
    "textemdash": "—",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "guillemotleft": "«",
    "guillemotright": "»",
    "textnumero": "№",
    "textellipsis": "…",
    "ldots": "…",
    "dots": "…",
    "textsection": "§",
    "copyright": "©",
    "i": "ı",
    "j": "ȷ",
    "aa": "å",
    "AA": "Å",
    **{macro: letter for letter, macro in LETTERS.items() if macro not in ("i", "j")},
}
_REVERSE_ACCENTS = {macro: mark for mark, macro in ACCENTS.items()}
# Macros whose content is text to keep (formatting, language switches).
_TRANSPARENT = {
    "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textsl",
    "mkbibquote", "enquote", "mkbibemph", "mkbibitalic", "mkbibbold", "textcyrillic", "textlatin",
    "url", "nolinkurl", "path", "mbox", "hbox", "NoCaseChange", "MakeUppercase", "MakeLowercase",
    "uppercase", "lowercase",
}
# Declarations and commands that print nothing.
_SILENT = {"relax", "cyrillictext", "cyr", "latintext", "lat", "selectfont", "protect", "noopsort", "/", "-", "@"}
_ARGUMENT_DROPPING = {"foreignlanguage", "fontencoding", "noopsort", "hyphenation", "selectlanguage", "label"}


class _Decoder:
    """A small recursive reader of the LaTeX found in .bib values."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def group(self) -> str:
        """The decoded content of ``{…}`` at the position (or of one token)."""
        self.skip_spaces()
        if self.peek() == "{":
            self.pos += 1
            return self.until_close()
        if self.peek() == "\\":
            return self.command()
        ch = self.peek()
        self.pos += 1 if ch else 0
        return ch

    def raw_group(self) -> str:
        self.skip_spaces()
        if self.peek() != "{":
            ch = self.peek()
            self.pos += 1 if ch else 0
            return ch
        depth, start = 0, self.pos
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "\\":
                self.pos += 1
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return self.text[start + 1 : self.pos - 1]
        return self.text[start + 1 :]

    def skip_spaces(self) -> None:
        while self.peek() in (" ", "\t", "\n"):
            self.pos += 1

    def until_close(self) -> str:
        out: list[str] = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "}":
                self.pos += 1
                return "".join(out)
            out.append(self.token())
        return "".join(out)

    def token(self) -> str:
        text, pos = self.text, self.pos
        ch = text[pos]
        if ch == "{":
            self.pos += 1
            return self.until_close()
        if ch == "\\":
            return self.command()
        if ch == "~":
            self.pos += 1
            return "\u00a0"
        if ch == "$":
            self.pos += 1
            return ""
        for lig, value in (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”")):
            if text.startswith(lig, pos):
                self.pos += len(lig)
                return value
        self.pos += 1
        return ch

    def command(self) -> str:
        self.pos += 1  # the backslash
        match = re.compile(r"[A-Za-z]+|.", re.DOTALL).match(self.text, self.pos)
        if not match:
            return "\\"
        name = match.group()
        self.pos = match.end()
        if name.isalpha():
            # A control word eats the spaces after it; "{}" after it is empty.
            while self.peek() == " ":
                self.pos += 1
            if self.text.startswith("{}", self.pos) and (name in _REVERSE_SPECIALS or name in _SILENT):
                self.pos += 2
        if name == "t":  # tie over two letters
            pair = self.group()
            return pair[:1] + TIE + pair[1:]
        if name == "string":
            ch = self.peek()
            self.pos += 1 if ch else 0
            return ch
        if name == "char":  # \char34, \char"22, \char'42
            number = re.compile(r"\s*(\d+|\"[0-9A-Fa-f]+|'[0-7]+)").match(self.text, self.pos)
            if number:
                self.pos = number.end()
                digits = number.group(1)
                base = 16 if digits[0] == '"' else 8 if digits[0] == "'" else 10
                return chr(int(digits.lstrip("\"'"), base))
            return ""
        if name in _REVERSE_ACCENTS:
            letter = self.group()
            if letter == "ı":
                letter = "i"
            elif letter == "ȷ":
                letter = "j"
            return unicodedata.normalize("NFC", letter[:1] + _REVERSE_ACCENTS[name] + letter[1:])
        if name in _REVERSE_SPECIALS:
            return _REVERSE_SPECIALS[name]
        if name in _SILENT:
            return ""
        if name in _ARGUMENT_DROPPING:
            self.raw_group()
            return ""
        if name in _TRANSPARENT:
            return self.group()
        if not name.isalpha():
            if name == " ":
                return " "
            return {"\\": "\n", ",": "\u2009"}.get(name, name)  # \% \& \$ \# \_ \{ \} …
        return ""  # an unknown command: drop it, keep what follows


def decode(latex: str) -> str:
    """LaTeX from a .bib value → plain Unicode text (NFC)."""
    decoder = _Decoder(latex)
    out: list[str] = []
    while decoder.pos < len(latex):
        ch = latex[decoder.pos]
        if ch == "}":  # stray closing brace: BibTeX would have refused it
            decoder.pos += 1
            continue
        out.append(decoder.token())
    return unicodedata.normalize("NFC", "".join(out))


def protect(value: str) -> str:
    """Braces around a whole value keep BibTeX styles from changing its case."""
    return "{" + value + "}" if value else value


# --- reading .bib files -----------------------------------------------------

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass
class BibRecord:
    """One ``@type{key, …}`` block with raw (still LaTeX) field values."""

    entry_type: str
    key: str
    fields: dict[str, str]
    line: int


def _split_concatenation(value: str) -> list[str]:
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(value):
        if ch == "\\":
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted and (i == 0 or value[i - 1] != "\\"):
            parts.append(value[start:i].strip())
            start = i + 1
    parts.append(value[start:].strip())
    return parts


def resolve_value(value: str, strings: dict[str, str]) -> str:
    """A field value without its delimiters, with ``#`` concatenation and @string macros resolved."""
    out = []
    for part in _split_concatenation(value):
        if len(part) >= 2 and part[0] == "{" and part[-1] == "}":
            out.append(part[1:-1])
        elif len(part) >= 2 and part[0] == '"' and part[-1] == '"':
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        elif part.lower() in strings:
            out.append(strings[part.lower()])
        elif part.lower()[:3] in MONTHS and len(part) == 3:
            out.append(str(MONTHS.index(part.lower()) + 1))
        else:
            raise ValueError(f"undefined string macro {part!r}")
    return "".join(out)


def read_bib(source: Source) -> Iterator[BibRecord]:
    """Every entry of a .bib file, through bibtexparser; a malformed block is a FormatError."""
    import bibtexparser
    from bibtexparser import model as bibmodel

    text = source.read_text()
    library = bibtexparser.parse_string(text, parse_stack=[])
    for failed in library.failed_blocks:
        if isinstance(failed, bibmodel.DuplicateBlockKeyBlock):
            continue  # duplicate keys are kept: the user's data, not a syntax error
        detail = str(getattr(failed, "error", "")).strip().splitlines()
        reason = detail[0] if detail else "cannot parse this block"
        raise FormatError(f"malformed BibTeX: {reason}", source.name, _one_based(failed.start_line))
    strings: dict[str, str] = {}
    for block in library.blocks:
        if isinstance(block, bibmodel.String):
            strings[block.key.lower()] = resolve_value(block.value, strings)
            continue
        if not isinstance(block, (bibmodel.Entry, bibmodel.DuplicateBlockKeyBlock)):
            continue
        entry = block if isinstance(block, bibmodel.Entry) else block.ignore_error_block
        if not isinstance(entry, bibmodel.Entry):
            continue
        fields: dict[str, str] = {}
        for fld in entry.fields:
            try:
                fields[fld.key.lower()] = resolve_value(fld.value, strings)
            except ValueError as exc:
                raise FormatError(str(exc), source.name, _one_based(fld.start_line or entry.start_line)) from None
        yield BibRecord(entry.entry_type.lower(), entry.key, fields, _one_based(entry.start_line))


def _one_based(line: int | None) -> int:
    """bibtexparser counts lines from 0 and may not know one; our positions count from 1, 0 = unknown."""
    return line + 1 if line is not None else 0


@dataclass
class NameParts:
    family: str
    given: str
    literal: str = ""
    suffix: str = ""  # BibTeX's "Jr" part


def split_names(value: str) -> list[NameParts]:
    """``A and B`` → decoded name parts; a fully braced name is an organisation."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    names = []
    for raw in split_and(value):
        raw = raw.strip()
        if _is_one_group(raw):
            names.append(NameParts("", "", decode(raw)))
            continue
        try:
            parts = parse_single_name_into_parts(raw)
        except Exception:  # bibtexparser's InvalidNameError and friends: keep the name whole
            names.append(NameParts("", "", decode(raw)))
            continue
        family = " ".join([*parts.von, *parts.last])
        names.append(NameParts(decode(family), decode(" ".join(parts.first)), suffix=decode(" ".join(parts.jr))))
    return names


def split_and(value: str) -> list[str]:
    """Items of a name or literal list: split at `` and `` outside braces (escapes skipped).

    >>> split_and("A, B and {C and D} and E")
    ['A, B', '{C and D}', 'E']
    """
    items, depth, start, i = [], 0, 0, 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch.isspace():
            match = re.compile(r"\s+and\s+", re.I).match(value, i)
            if match:
                items.append(value[start:i])
                start = i = match.end()
                continue
        i += 1
    items.append(value[start:])
    return [item.strip() for item in items if item.strip()]


def split_list(value: str) -> list[str]:
    """A biblatex literal list (``Москва and Ленинград``) → decoded items."""
    return [decode(_unbrace(item)) for item in split_and(value)]


def _unbrace(raw: str) -> str:
    return raw[1:-1] if _is_one_group(raw) else raw


def _is_one_group(raw: str) -> bool:
    """True when ``raw`` is ``{…}`` with the braces matching each other."""
    if not (raw.startswith("{") and raw.endswith("}")) or raw.startswith("{\\"):
        return False
    depth = 0
    for i, ch in enumerate(raw):
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0 and i < len(raw) - 1:
            return False
    return True


_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.(?:[ -]|$))+$")


def looks_like_initials(given: str) -> bool:
    """``А. К.``, ``J.-P.`` and the like (letters each followed by a period)."""
    return bool(_INITIALS.match(given.strip()))


_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]")


def balanced(text: str) -> bool:
    """Braces balance, ignoring escaped ones."""
    depth = 0
    for match in _BRACE_OR_ESCAPE.finditer(text):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# --- names and languages ----------------------------------------------------

# ISO 639-1 → babel language name (BibTeX ``language``, biblatex ``langid``).
BABEL_LANGUAGES: dict[str, str] = {
    "ru": "russian",
    "lv": "latvian",
    "en": "english",
    "uk": "ukrainian",
    "be": "belarusian",
    "lt": "lithuanian",
    "et": "estonian",
    "pl": "polish",
    "de": "ngerman",
    "fr": "french",
    "fi": "finnish",
    "sv": "swedish",
    "he": "hebrew",
}
_ISO_BY_BABEL = {name: code for code, name in BABEL_LANGUAGES.items()} | {
    "german": "de", "american": "en", "british": "en", "USenglish": "en", "UKenglish": "en",
}


def babel_name(code: str) -> str:
    """``ru`` → ``russian``; an unknown code is kept as written."""
    return BABEL_LANGUAGES.get(code, code)


def iso_code(name: str) -> str:
    """``russian`` → ``ru`` (case-insensitive); an unknown name is kept as written."""
    return _ISO_BY_BABEL.get(name, _ISO_BY_BABEL.get(name.lower(), name))


def format_name(family: str, given: str, literal: str, flavour: str, suffix: str = "") -> str:
    """One name for an ``author``/``editor`` list: ``Family, Given`` or ``{Organisation}``.

    A suffix takes the "von Last, Jr, First" form BibTeX and biber both split:
    ``King, Jr., Martin Luther``.
    """
    if literal and not family:
        body = encode(literal, flavour)
        # A second pair of braces when the first would open a "special character" ({\…).
        return "{{" + body + "}}" if body.startswith(("\\", "{")) else "{" + body + "}"
    fam = encode(family, flavour)
    if not family or "," in family or _has_and(family) or (not given and " " in family.strip()):
        fam = "{" + fam + "}"
    fam = _braced_ties(fam)
    if suffix:
        # An empty First is "{}": a trailing comma draws a BibTeX warning and a bibtexparser error.
        return f"{fam}, {_name_part(suffix, encode(suffix, flavour))}, {_name_part(given, encode_given(given, flavour)) or '{}'}"
    if not given:
        return fam
    return f"{fam}, {_name_part(given, encode_given(given, flavour))}"


def _name_part(text: str, encoded: str) -> str:
    """A name part after a comma; braced where a comma or "and" inside it would split the name."""
    part = _braced_ties(encoded)
    return "{" + part + "}" if "," in text or _has_and(text) else part


def _braced_ties(name: str) -> str:
    # A no-break space (~) separates name tokens for BibTeX; braced, it stays part of the name.
    return re.sub(r"(?<!\\)~", "{~}", name)


def _has_and(text: str) -> bool:
    return bool(re.search(r"(?i)(^|\s)and(\s|$)", text))


# --- entries: what the BibTeX and BibLaTeX formats share ---------------------
# Each format keeps its own field table (a tuple of Rule); the conversions of
# dates, pages, names and the streaming writer are the same for both.


def join_title(title: Text | None, subtitle: Text | None) -> str:
    """``Title: Subtitle``; a title ending in its own punctuation takes no colon (``Сияй, звёздочка! Борьба …``)."""
    if title is None:
        return subtitle.value if subtitle else ""
    if subtitle is None or not subtitle.value:
        return title.value
    return title.value + (" " if title.value.endswith(("!", "?", ".", ":", ";")) else ": ") + subtitle.value


def date_to_year(date: Date | None) -> str:
    """BibTeX ``year``: ``1973``, ``1941--1945``, or a literal date as written."""
    if date is None:
        return ""
    if date.year is None:
        return date.literal
    if date.end_year and date.end_year != date.year:
        return f"{date.year}--{date.end_year}"
    return str(date.year)


def year_to_date(year: str) -> Date:
    match = re.fullmatch(r"\s*(\d{1,4})\s*(?:(?:--?|–|/)\s*(\d{1,4}))?\s*", year)
    if not match:
        return Date(literal=year)
    return Date(year=int(match.group(1)), end_year=int(match.group(2)) if match.group(2) else None)


def month_number(month: str) -> int | None:
    month = month.strip().lower()
    if month.isdigit() and 1 <= int(month) <= 12:
        return int(month)
    return MONTHS.index(month[:3]) + 1 if month[:3] in MONTHS else None


def iso_date(date: Date | None) -> str:
    """``2012-01-06`` / ``2012-01`` / ``2012`` (empty without a year)."""
    if date is None or date.year is None:
        return ""
    out = f"{date.year:04d}"
    if date.month:
        out += f"-{date.month:02d}"
        if date.day:
            out += f"-{date.day:02d}"
    return out


def parse_iso_date(text: str) -> Date:
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text)
    if not match:
        return Date(literal=text.strip())
    year, month, day = (int(g) if g else None for g in match.groups())
    return Date(year=year, month=month, day=day)


def edtf_date(date: Date | None) -> str:
    """BibLaTeX ``date``: ISO 8601 / EDTF, a range as ``1941/1945``."""
    if date is None or date.year is None:
        return ""
    start = iso_date(date)
    if date.end_year is None:
        return start
    end = iso_date(Date(year=date.end_year, month=date.end_month, day=date.end_day))
    return f"{start}/{end}"


def parse_edtf_date(value: str) -> Date:
    start, slash, end = value.strip().partition("/")
    date = parse_iso_date(start)
    if date.year is None:
        return Date(literal=value.strip())
    if slash:
        last = parse_iso_date(end)
        if last.year is None:
            return Date(literal=value.strip())
        date.end_year, date.end_month, date.end_day = last.year, last.month, last.day
    return date


def pages_to_bib(pages: Pages | None) -> str:
    if pages is None:
        return ""
    return f"{pages.first}--{pages.last}" if pages.last else pages.first


def bib_to_pages(value: str) -> Pages:
    match = re.fullmatch(r"\s*(.*?)\s*(?:--?|–|—)\s*(.*?)\s*", value)
    return Pages(match.group(1), match.group(2)) if match and match.group(1) else Pages(value.strip())


def person_from_name(parts: NameParts, role: Role) -> Person:
    if parts.literal:
        return Person(literal=parts.literal, role=role)
    if looks_like_initials(parts.given):
        return Person(family=parts.family, initials=parts.given, suffix=parts.suffix, role=role)
    return Person(family=parts.family, given=parts.given, suffix=parts.suffix, role=role)


def names_field(persons: list[Person], flavour: str, et_al: bool = False) -> str:
    """``A and B``; a list the source cut short ends in BibTeX's ``and others`` ("et al.")."""
    names = " and ".join(format_name(p.family, p.display_given(), p.literal, flavour, p.suffix) for p in persons)
    return f"{names} and others" if et_al and names else names


def list_cut_short(entry: Entry, host_editors: bool = False) -> bool:
    """Whether the source cut the author list (or the host's editor list) short with "et al."."""
    return entry.extra.get(Extra.HOST_ET_AL if host_editors else Extra.ET_AL) == "true"


@dataclass(frozen=True)
class Rule:
    """One .bib field: how to get it from an entry and how to put it back.

    ``kind`` says how the value is written: ``text`` is LaTeX-encoded,
    ``literal`` (pages, ISBN, dates) is escaped only where it must be,
    ``verbatim`` (URL, DOI) stays as it is for ``\\url``; ``list`` (BibLaTeX
    ``location``) is read raw and split by the rule.
    """

    field: str
    get: Callable[[Entry], str]
    put: Callable[[Entry, str], None]
    kind: str = "text"


# Characters a literal field cannot hold without LaTeX escaping.
_LITERAL_UNSAFE = re.compile(r"[{}\\%#&$_~^\"\u00a0]|[^\x00-\x7f]")


def encode_value(kind: str, value: str, flavour: str) -> str:
    """A field value as written in the .bib, by the rule's kind."""
    if kind == "text" or (kind == "literal" and _LITERAL_UNSAFE.search(value)):
        return encode(value, flavour)
    if kind == "verbatim":
        # Only what would break the .bib syntax is percent-encoded.
        return "".join(f"%{ord(c):02X}" if c in "{}\\" or c.isspace() else c for c in value)
    return value


def decode_value(kind: str, raw: str) -> str:
    """The inverse of :func:`encode_value` (also for .bib files written elsewhere)."""
    if kind == "text":
        return re.sub(r"[ \t\r\n]+", " ", decode(raw)).strip()
    if kind == "verbatim":
        return re.sub(r"%(7B|7D|5C|20|09|0A|0D)", lambda m: chr(int(m.group(1), 16)), raw.strip())
    if kind == "list":  # a BibLaTeX list: the rule splits the raw value itself
        return raw
    return decode(raw).strip() if re.search(r"[\\{~]", raw) else raw.strip()


def host_of(entry: Entry) -> Host:
    if entry.host is None:
        entry.host = Host()
    return entry.host


def text_or_none(value: str) -> Text | None:
    return Text(value) if value else None


def attr_rule(field: str, name: str, kind: str = "text") -> Rule:
    """A rule for a plain string attribute of Entry."""
    return Rule(field, lambda e: getattr(e, name) or "", lambda e, v: setattr(e, name, v), kind)


def archival_file(entry: Entry) -> str:
    """An archival file's repository and shelfmark ("ГАРФ. Ф. Р-7021. Оп. 93. Д. 1"), which
    the @misc drivers of BibTeX's and biblatex's styles print as ``howpublished``."""
    signature = entry.extra.get(Extra.ARCHIVE_SIGNATURE, "")
    if entry.type is not EntryType.DOCUMENT or not signature:
        return ""
    return ". ".join(part for part in (entry.archive, signature) if part)


def extra_rule(field: str, key: str, kind: str = "text") -> Rule:
    """A rule for an agreed ``Entry.extra`` key (see :class:`biblio.model.Extra`)."""

    def put(entry: Entry, value: str) -> None:
        entry.extra[key] = value

    return Rule(field, lambda e: e.extra.get(key, ""), put, kind)


def number_rule() -> Rule:
    """``number``: an article's issue, a report's own number, otherwise the number in a series
    (the same field in BibTeX and biblatex)."""

    def get(entry: Entry) -> str:
        if entry.type is EntryType.ARTICLE:
            return entry.host.issue if entry.host else ""
        return entry.number or entry.series_number

    def put(entry: Entry, value: str) -> None:
        if entry.type is EntryType.ARTICLE:
            host_of(entry).issue = value
        elif entry.type is EntryType.REPORT:
            entry.number = value  # a report's own number (@techreport, @report)
        else:
            entry.series_number = value

    return Rule("number", get, put)


def text_rule(field: str, name: str) -> Rule:
    """A rule for a Text attribute of Entry (the original value)."""

    def get(entry: Entry) -> str:
        value = getattr(entry, name)
        return value.value if value is not None else ""

    return Rule(field, get, lambda e, v: setattr(e, name, text_or_none(v)))


def note_key(entry: Entry) -> str:
    """BibTeX's ``key`` of a back-reference written as a note (plain.bst sorts an entry without author
    and title by it): the note."""
    return entry.notes[0].value if back_reference(entry) and entry.notes else ""


def safe_key(key: str, number: int) -> str:
    """A citation key BibTeX and biber accept; ``ref{n}`` when there is none."""
    cleaned = re.sub(r"[\s,{}()=\"#%'~\\]", "", key)
    return cleaned or f"ref{number}"


def field_name_ok(name: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z0-9_:.+-]*", name))


def write_entries(
    entries: Iterable[Entry],
    out: IO[str],
    type_of: Callable[[Entry], str],
    fields_of: Callable[[Entry], list[tuple[str, str]]],
    preamble: str = "",
) -> None:
    """Stream ``@type{key, …}`` blocks, one entry at a time, in bibtexparser's layout
    (two-space indent, trailing commas, a blank line after each block)."""
    if preamble:
        out.write(f'@preamble{{ "{preamble}" }}\n\n')
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        key = safe_key(entry.key, number)
        while key in seen:
            key += "a"
        seen.add(key)
        if back_reference(entry):  # "Ibid., p. 3." with nothing to stand for: @misc with that note
            entry = as_note(entry)
        out.write(_entry_block(type_of(entry), key, fields_of(entry)))


def _entry_block(entry_type: str, key: str, fields: list[tuple[str, str]]) -> str:
    """One ``@type{key, …}`` block and the blank line after it.

    The same bytes as bibtexparser's writer, written directly: building a
    bibtexparser ``Library`` per entry cost as much as encoding its fields.
    """
    lines = [f"@{entry_type}{{{key},\n"]
    for name, value in fields:
        value = _delimited(name, value)
        if not balanced(value):  # an encoder bug, never the data: refuse to write it
            raise AssertionError(f"unbalanced braces in {key}.{name}")
        lines.append(f"  {name} = {value},\n")
    lines.append("}\n\n")
    return "".join(lines)


def _delimited(name: str, value: str) -> str:
    # Months go out as BibTeX's month macros (sep), which every style prints by name.
    if name == "month" and value.isdigit() and 1 <= int(value) <= 12:
        return MONTHS[int(value) - 1]
    return "{" + value + "}"


# Agreed extra keys written as part of another field ("and others", a back-reference's note), never on their own.
WRITTEN_ELSEWHERE = frozenset({Extra.ET_AL, Extra.HOST_ET_AL, Extra.BACK_REFERENCE, Extra.PIN, Extra.PIN_NOTE})


def extra_fields(entry: Entry, taken: set[str], flavour: str) -> list[tuple[str, str]]:
    """Fields a reader kept in ``Entry.extra``, written back unless the table owns the name."""
    return [
        (name, encode(value, flavour))
        for name, value in entry.extra.items()
        if field_name_ok(name) and name not in taken and name not in WRITTEN_ELSEWHERE and value and name != "entrytype"
    ]


# --- romanised output ---------------------------------------------------------


def romanized_copy(entry: Entry, scheme: str) -> Entry:
    """A copy with names and titles romanised by ``scheme``, the original kept as the last note."""
    import copy

    from ..errors import UsageError
    from ..translit import romanize, romanize_person, schemes

    if scheme not in schemes():
        raise UsageError(f"unknown transliteration scheme {scheme!r} (known: {', '.join(schemes())})")

    def text(t: Text | None) -> Text | None:
        if t is None:
            return None
        return Text(t.romanized.get(scheme) or romanize(t.value, scheme), t.lang, "Latn")

    out = copy.deepcopy(entry)
    out.title, out.subtitle = text(entry.title), text(entry.subtitle)
    out.publisher, out.series, out.institution = text(entry.publisher), text(entry.series), text(entry.institution)
    if out.host is not None and entry.host is not None:
        out.host.title, out.host.subtitle = text(entry.host.title), text(entry.host.subtitle)
    out.places = [Place(romanize(p.full, scheme)) for p in entry.places]
    out.extra = {name: romanize(value, scheme) for name, value in entry.extra.items()}
    for person in out.all_persons():
        parts = person.variants.get(scheme) or romanize_person(person, scheme)
        person.family = parts.get("family", "")
        person.given = parts.get("given", "")
        person.initials = parts.get("initials", "")
        person.literal = parts.get("literal", "")
        person.suffix = romanize(person.suffix, scheme)  # "мл." → "ml."; "Jr." stays
    original = original_reference(entry)
    if original and original != original_reference(out):
        out.notes = [*out.notes, Text(f"Original: {original}")]
    return out


def original_reference(entry: Entry) -> str:
    """``Рашкевиц А. К. Народные мстители Латвии``: authors and title as the source spells them."""
    names = ", ".join(p.literal or " ".join(x for x in (p.family, p.display_given()) if x) for p in entry.authors)
    title = join_title(entry.title, entry.subtitle)
    if names and title:
        return names + (" " if names.endswith(".") else ". ") + title
    return names or title


# --- reading entries ----------------------------------------------------------

# editortype values (biblatex's own and ours) → role.
EDITOR_TYPES: dict[str, Role] = {
    "editor": Role.EDITOR,
    "compiler": Role.COMPILER,
    "redactor": Role.EDITOR_COMPILER,
    "editorinchief": Role.EDITOR_IN_CHIEF,
    "editorialboard": Role.EDITORIAL_BOARD,
    "collaborator": Role.CONTRIBUTOR,
}
ROLE_EDITOR_TYPES: dict[Role, str] = {role: name for name, role in EDITOR_TYPES.items()}
EDITOR_SLOTS = ("editor", "editora", "editorb", "editorc")
NAME_FIELDS = {"author", "translator", *EDITOR_SLOTS}


@dataclass
class Mapping:
    """What a reader needs from a format's table."""

    rules: dict[str, Rule]
    types: dict[str, EntryType]
    aliases: dict[str, str]
    in_types: AbstractSet[EntryType]
    # entry types that say the kind of work when no ``type`` field does (@phdthesis → "phdthesis")
    type_genres: dict[str, str] = dataclass_field(default_factory=dict)


def record_to_entry(record: BibRecord, source_name: str, mapping: Mapping) -> Entry:
    """One parsed .bib block → Entry."""
    entry = Entry(
        type=mapping.types.get(record.entry_type, EntryType.DOCUMENT),
        key=record.key,
        origin=Origin(source_name, record.line),
    )
    if record.entry_type not in mapping.types:
        entry.extra["entrytype"] = record.entry_type
    for name, raw in record.fields.items():
        target = mapping.aliases.get(name, name)
        if name in NAME_FIELDS:
            _put_names(entry, name, raw, record.fields, mapping)
        elif name.endswith("type") and name[:-4] in NAME_FIELDS:
            continue  # read with its name list
        elif target in mapping.rules:
            rule = mapping.rules[target]
            rule.put(entry, decode_value(rule.kind, raw))
        else:
            entry.extra[name] = re.sub(r"[ \t\r\n]+", " ", decode(raw)).strip()
    if not entry.genre and record.entry_type in mapping.type_genres:
        entry.genre = mapping.type_genres[record.entry_type]
    return entry


def _put_names(entry: Entry, name: str, raw: str, fields: dict[str, str], mapping: Mapping) -> None:
    if name == "author":
        role = Role.AUTHOR
    elif name == "translator":
        role = Role.TRANSLATOR
    else:
        role = EDITOR_TYPES.get(decode(fields.get(f"{name}type", "editor")).strip().lower(), Role.EDITOR)
    names = split_names(raw)
    in_host = name in EDITOR_SLOTS and entry.type in mapping.in_types  # the editors of the book it is in
    if names and names[-1] == NameParts("others", ""):  # "and others": the source said "et al."
        names.pop()
        entry.extra[Extra.HOST_ET_AL if in_host else Extra.ET_AL] = "true"
    persons = [person_from_name(parts, role) for parts in names]
    if in_host:
        host_of(entry).persons.extend(persons)
    else:
        entry.persons.extend(persons)


def read_entries(source: Source, mapping: Mapping) -> Iterator[Entry]:
    for record in read_bib(source):
        try:
            yield record_to_entry(record, source.name, mapping)
        except ValueError as exc:
            raise FormatError(str(exc), source.name, record.line) from None
