"""The statement of responsibility after `` / ``: persons and their roles."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Person, Role, Span
from ..areas import is_known_place, looks_like_organisation
from ..dates import YEAR, month_number
from ..names import ET_AL, LETTER, UP, latvian_nominative, parse_name_list, role_after, role_before
from .base import ReaderBase
from .text import _CHUNK_YEAR, _IMPRINT_RUN, _IMPRINT_AHEAD, _ONE_NAME, _skip_role_chain, _name_shapes, _to_nominative, _skip


_SPELT_OUT = re.compile(rf" ([{UP}][{LETTER}\-]+)(?![{LETTER}])")


class ResponsibilityMixin(ReaderBase):
    """Reads statements of responsibility into persons with roles."""

    def _bracketed_role(self, at: int, hi: int) -> bool:
        """GOST 7.0.100-2018 brackets what the cataloguer supplies from outside the item: "[редакторы-составители
        Е. Холмогорова, Ю. Шиханович]"; the brackets are dropped so the role and names read as written."""
        w = self.st.w
        close = w.find("]", at, hi)
        if close == -1 or "[" in w[at + 1 : close] or role_before(w, at + 1) is None:
            return False
        self.st.blank(close, close + 1)
        self.st.blank(at, at + 1)
        return True

    # -- responsibility ------------------------------------------------------------------
    def _responsibility(self, lo: int, hi: int, host: bool) -> int:
        """Roles and names after `` / `` (or in a host): returns where it stopped."""
        st, w = self.st, self.st.w
        pos = lo
        target = self.host_persons if host else self.persons
        bracket = False
        while pos < hi:
            pos = _skip(w, pos, " ,;.")
            if bracket and w.startswith("]", pos):
                pos, bracket = _skip(w, pos + 1, " ,;."), False
            if w.startswith("[", pos) and role_before(w, pos + 1) is not None:
                pos, bracket = pos + 1, True  # GOST 7.1 brackets what is not on the title page: "; [пер. с англ. Л. Ю. Пантиной]"
            if pos >= hi:
                break
            if w.startswith("[", pos) and self._bracketed_role(pos, hi):
                w = st.w
                pos += 1
            shapes = _name_shapes(w, pos, hi)
            rb = role_before(w, pos)
            if rb is not None and rb[2] <= hi:
                role, _, after, genitive = rb
                names_at, last = _skip_role_chain(w, after)
                if last is not None and names_at < hi:
                    if role == Role.EDITORIAL_BOARD:
                        self.e.extra[("host." if host else "") + "editorial_board"] = self.st.text(pos, pos + len(w[pos:after].rstrip(" :")))
                    # "сост., подгот. текста и коммент. А. Г. Меца": the commentator compiled it too
                    role, genitive = (role if last[0] == Role.CONTRIBUTOR else last[0]), last[1] or genitive
                persons, end, et_al = parse_name_list(w, names_at, _name_shapes(w, names_at, hi), known_given=False)
                if et_al and end == hi + 1 and w[hi] == ".":
                    end = hi  # "Red. kol.: D. Bleiere u. c.": the abbreviation's stop ends the sentence too
                if not persons:
                    one = _ONE_NAME.match(w, names_at, hi)  # "tulk. Rainis.": a one-word name after the role
                    if one is not None and not is_known_place(one.group(0)) and not looks_like_organisation(one.group(0)):
                        persons, end = [Person(family=one.group(0), span=Span(*one.span()))], one.end()
                last_span = persons[-1].span if persons else None
                if len(persons) > 1 and _IMPRINT_AHEAD.match(w, end) and last_span is not None:
                    persons.pop()
                    end = last_span.start  # "edited by Anne J. White, W. W. Norton, 2019": the publisher
                    while end > names_at and w[end - 1] in " ,;":
                        end -= 1
                if persons and end <= hi:
                    own = role_after(w, end)  # "редкол.: К. Я. Страздинь (гл. ред.) [и др.]"
                    if own is not None and not w[end : own[1]].lstrip().startswith("("):
                        own = None  # ", trans. Harry Zohn" starts the next role, it does not qualify these names
                    if own is not None and own[1] <= hi:
                        end = own[1]
                        more = ET_AL.match(w, end)
                        if more:
                            end, et_al = more.end(), True
                    for p in persons:
                        p.role = own[0] if own is not None and own[1] <= hi else role
                        if genitive:
                            _to_nominative(p)
                    target.extend(persons)
                    target.extend(_translated_too(persons, w[pos:after]))
                    if et_al:
                        self.e.extra[("host." if host else "") + "et_al"] = "true"
                    pos = end
                    continue
                phrase_end = pos + len(w[pos:after].rstrip(" :"))
                if role == Role.EDITORIAL_BOARD:
                    self.e.extra[("host." if host else "") + "editorial_board"] = self.st.text(pos, phrase_end)
                else:
                    self._note(pos, phrase_end)
                pos = after
                continue
            if _IMPRINT_RUN.match(w, pos, hi):
                break  # "Farrar, Straus and Giroux, 2007": the imprint
            persons, end, _ = parse_name_list(w, pos, shapes, known_given=True)
            spelt = _SPELT_OUT.match(w, end)
            if persons and spelt and spelt.group(1) in {p.family for p in target}:
                pos = spelt.end()  # "/ Дональд Э. Кнут": the author again, given name spelt out
                continue
            if persons and end <= hi:
                own_role = role_after(w, end)
                if own_role is not None:
                    for p in persons:
                        p.role = own_role[0]
                    end = own_role[1]
                else:
                    end = _latvian_role_after(w, end, hi, persons)
                known = {_person_key(p) for p in target}
                families = {p.family for p in target}
                # "/ И. И. Иванов" repeats the author; "/ Дональд Э. Кнут" too, spelt out
                target.extend(p for p in persons if _person_key(p) not in known and p.given not in families)
                pos = end
                continue
            stop = _chunk_end(w, pos, hi)
            if _dated_ahead(w, stop):
                break  # MLA "…, created by David Simon, HBO, 2 June 2002": the publisher, then the day
            if _IMPRINT_AHEAD.match(w, stop) or _CHUNK_YEAR.search(w, pos, stop):
                break  # "…, Schocken Books, 1969" / ", Spring 2021,": the imprint, not a statement of responsibility
            a, b = st.trim(pos, stop)
            if b > a:
                if w[a:b] in {p.family or p.literal for p in target}:
                    pass  # "Геродот. История / Геродот ;": the one-name author again
                elif looks_like_organisation(w[a:b]) and not host and not target and a == _skip(w, lo, " "):
                    # "Народное хозяйство СССР … / Центральное статистическое управление …": no author
                    # but a body responsible for the whole work, first in the statement: the author
                    target.append(Person(literal=st.text(a, b), span=Span(a, b)))
                elif looks_like_organisation(w[a:b]):
                    self._set("institution", a, b)
                elif not target and a == _skip(w, lo, " ") and _full_name(w[a:b]):
                    # "Mātes piens : romāns / Nora Ikstena": the statement opens with the author's name in full, even
                    # when the given name is not a known one ("/ Ļevs Tolstojs ;", "/ Jurģis Kunnoss.")
                    given, family = w[a:b].split(" ")
                    target.append(Person(family=st.text(a + len(given) + 1, b), given=st.text(a, a + len(given)), span=Span(a, b)))
                elif b - a < 80:
                    self._note(a, b)
                else:
                    break
            pos = stop + 1
        st.blank(lo, min(pos, hi))
        return min(pos, hi)


# a day, a month and a year after a comma: "…, 15 Sept. 2013", "…, Oct. 3, 2014"
_DATE_AHEAD = re.compile(rf", (?:\d{{1,2}} )?(?P<m>[{UP}][{LETTER}]{{2,8}})\.? (?:\d{{1,2}}, )?{YEAR}(?!\d)")


def _dated_ahead(w: str, at: int) -> bool:
    m = _DATE_AHEAD.match(w, at) if w.startswith(", ", at) else None
    return m is not None and month_number(m.group("m")) is not None


def _translated_too(persons: list[Person], phrase: str) -> list[Person]:
    """"Edited and translated by Q. Hoare …" ("Translated and edited by …"): the editors are the
    translators as well (and the other way round)."""
    if persons and persons[0].role == Role.EDITOR and "ranslated" in phrase:
        return [replace(p, role=Role.TRANSLATOR, variants=dict(p.variants)) for p in persons]
    if persons and persons[0].role == Role.TRANSLATOR and "dited" in phrase:
        return [replace(p, role=Role.EDITOR, variants=dict(p.variants)) for p in persons]
    return []


def _person_key(p: Person) -> str:
    return f"{p.family}|{(p.given or p.initials)[:1]}"


def _chunk_end(w: str, pos: int, hi: int) -> int:
    for i in range(pos, hi):
        if w[i] in ",;":
            return i
    return hi


# Latvian names the editor or translator in the genitive before the role: "V. Skujiņas red." (redakcijā),
# "A. Švābes redakcijā", "J. Bērziņa sakārtojumā", "K. Ulmaņa tulkojumā"
_LV_ROLE_AFTER = re.compile(r" (?:(?P<ed>red\.|redakcijā|sakārtojumā)|(?P<tr>tulkojumā|atdzejojumā))(?=[ .,;:]|$)")


def _latvian_role_after(w: str, end: int, hi: int, persons: list[Person]) -> int:
    """The role after Latvian genitive names: the persons get it, in the nominative; returns where it ends."""
    m = _LV_ROLE_AFTER.match(w, end, hi) if w.startswith((" r", " s", " t", " a"), end) else None
    if m is None:
        return end
    for p in persons:
        p.role = Role.EDITOR if m.group("ed") else Role.TRANSLATOR
        _to_nominative(p, latvian_nominative)
    return m.end()


_FULL_NAME = re.compile(rf"[{UP}][{LETTER.lower()}]+ [{UP}][{LETTER.lower()}]+(?:-[{UP}][{LETTER.lower()}]+)?")


def _full_name(text: str) -> bool:
    """Two capitalised words, neither a place: a given name and a family name."""
    return _FULL_NAME.fullmatch(text) is not None and not any(is_known_place(word) for word in text.split(" "))
