"""Persons at the head: authors, editors and group authors before the title, and an author-date year."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...model import Extra, Person, Role, Span
from ..areas import boundaries, first_boundary, is_known_place, looks_like_organisation, names_letter
from ..dates import YEAR, month_number, parse_date, season_number
from ..kinds import mentions_reference_work, names_collection, names_reference_work
from ..names import (
    ET_AL,
    HEAD_SHAPES,
    LETTER,
    LO,
    UP,
    joined_name,
    note_form_names,
    opens_title,
    parse_name_list,
    role_after,
    role_before,
    single_name_head,
)
from ..names import initials_of
from ..vocab import east_asian_family_names, honorifics, jurisdictions, mononyms, organisation_words, vocabulary
from .base import ReaderBase
from .text import (
    _HAS_LETTER,
    _HAS_DIGIT,
    _FIRST_WORD,
    _CHUNK_YEAR,
    _IMPRINT_RUN,
    _IMPRINT_AHEAD,
    _ANY_YEAR,
    _HOST_LABEL,
    _PLACE_PUBLISHER,
    _also_translated,
    _skip_role_chain,
    _name_shapes,
    _to_nominative,
    _company_form,
    _closing_quote,
    _drop_stop,
    _skip,
    _find_slash,
    _area_sep,
)


_HEAD_END = re.compile(r"[ ]*[.,:]?[ ]*")
# a sentence that names an encyclopedia (not a dictionary, which one lexicographer may write)
_ENCYCLOPEDIA_SENTENCE = re.compile(rf"[{UP}][^.]{{0,60}}?(?:[Ee]nciklopēd|[Ээ]нциклопед|[Ee]ncyclop|[Ee]nzyklop|[Kk]onversācijas vārdnīc|[Kk]onversations-?[Ll]exikon)")
_AND = re.compile(r" (?:and|&) ")

_HEAD_ROLES = frozenset({Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD})
_MONONYM_HEAD = re.compile(rf"(?P<n>[{UP}][{LO}]{{2,}})\.[ ]+(?=[{UP}«\"“„])")
@lru_cache(maxsize=None)
def _epic_words() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in vocabulary().get("epic", []))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w])", re.IGNORECASE)


def _designates_epic(sentence: str) -> bool:
    """Whether a sentence calls the work a folk epic: "Somu tautas epos", "Карело-финский поэтический эпос"."""
    return _epic_words().search(sentence) is not None


# a Russian surname in the plural ("Романовы", "Строгановы", "Голицыны"; not "Стругацкие", who write as one)
_FAMILY_OF_MANY = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)ы$")
_ARTICLES_COLLECTION = re.compile(r"[Сс]борник статей|[Сс]б\. ст\.|[Rr]akstu krājums")

_APA_YEAR = re.compile(
    rf"[ .]*\((?P<dm>(?:\d{{1,2}}(?:[–-]\d{{1,2}})? )?(?P<mw>[A-Za-z]+)\.?(?:[–/-][A-Za-z]+\.?)? (?:\d{{1,2}}, )?)?(?:(?P<oy2>{YEAR})/)?(?P<y>{YEAR}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)|[–-](?:{YEAR}|present))?)[a-z]?(?: \[(?P<oy>{YEAR})\])?(?:, (?P<md>[A-Za-z]+\.?(?:[/–-][A-Za-z]+\.?)?(?: \d{{1,2}}(?: ?- ?\d{{1,2}})?)?))?\)(?: ?\[{YEAR}\])?\.?|[ ]*\.?[ ]*(?P<y2>{YEAR}(?:-(?:{YEAR}|\d\d))?)[a-z]?\.(?= )"
)
_ORG_AUTHOR = re.compile(
    rf"(?P<org>[{UP}](?:[^().\d\"]|(?<=[{UP}])(?<![{LETTER}][{UP}])\.(?= ?[{UP}])|(?<= )\d+(?= [{UP}]))*?[^().\d\"]{{2}})\.? ?(?=\((?:\d{{1,2}} )?(?:[A-Z][a-z]+\.? )?(?:\d{{1,2}}, )?{YEAR}[a-z]?[),])"  # "World Health Organization. (2020).", "U.S. Department of …", "GBD 2019 … Collaborators", Wikipedia "Rogers Commission (6 June 1986)."
    rf"|(?P<org2>[{UP}][^().\d\" ]+(?: [^().\d\" ]+)+?)(?=\. {YEAR}[a-z]?\. (?!g\. |gada ))"  # "Latvian Academy of Sciences. 1990." (not a Latvian date "1897. g. 2. febr.")
)
_NO_DATE = ("n.d", "n. d", "no date")  # the note an undated APA / Harvard reference leaves where the year stands
_UNDATED_ORG = re.compile(rf"[{UP}][^()\"“”.,;:]{{1,80}}")
_PAREN_ROLE = re.compile(r"\((?P<names>[^()]{3,300}?),? (?P<role>Eds?\.|Trans\.|Comp\.|Ed\. & Trans\.|Eds\. & Trans\.|Trans\. & Eds?\.)[;, ]*\)")  # (";" before a consumed "2nd ed.", "," before consumed pages: APA 10.3 "(E. Hanfmann & G. Vakar, Eds. & Trans., pp. v–x)")


class HeadMixin(ReaderBase):
    """Reads the persons at the head of a reference."""

    # -- persons at the head -------------------------------------------------------------
    def _head_persons(self, p0: int, names: bool = True) -> int:
        st = self.st
        if names and "(" in st.w[p0 : p0 + 240] and self._title_before_year(p0):
            return p0
        if names and "). In " in st.s and self._title_before_date_in(p0):
            return p0
        honorific = _honorific_end(st.w, p0) if names and "." in st.w[p0 + 1 : p0 + 7] else None
        if honorific is not None:
            after = self._head_persons(honorific)
            if not self.persons:
                after = self._full_name_after_honorific(honorific)
            if self.persons:
                st.blank(p0, honorific)  # "Кн. Н.С. Трубецкой. Европа и человечество.": a rank, not a name
                return after
        role_head = self._role_head(p0) if names and st.w[p0 : p0 + 1].isupper() else None
        if role_head is not None:
            return role_head
        persons, end, et_al = parse_name_list(st.w, p0, HEAD_SHAPES) if names else ([], p0, False)
        government = self._government_author(p0) if names and st.w[p0 : p0 + 1].isupper() else None
        if government is not None and government.span is not None:
            persons, end, et_al = [government], government.span.end, False
        if len(persons) == 1 and persons[0].given and persons[0].family in mononyms():
            mononym = self._mononym_head(p0)  # "Rainis. Dzejas. Rīga, 1977.": a title, not "Family. Given."
            if mononym is not None:
                persons, end = [mononym[0]], mononym[1]
        if len(persons) == 1 and persons[0].given in mononyms() and persons[0].family in mononyms():
            persons = _two_mononyms(st.w, p0, persons[0]) or persons  # "Rainis, Aspazija. Sarakste.": two writers, one name each
        if names and st.w[p0 : p0 + 1].isascii() and st.w[p0 : p0 + 1].isupper():
            note = note_form_names(st.w, p0)  # "Erving Goffman, The Presentation of Self …"
            if note is not None and note[1] == end and len(note[0]) > len(persons) and " " in persons[0].family:
                persons = note[0]  # "Stephan Thernstrom, Ann Orlov, and Oscar Handlin, eds.": not "Thernstrom, Ann Orlov" inverted
            if note is not None and len(note[0]) == 1 and note[1] < end and not _AND.search(st.w, note[1], end) and not _APA_YEAR.match(st.w, end):
                persons, end = note  # "Douglas Southall Freeman, R. E. Lee: A Biography (…)": a note joins several names with "and"
            if note is not None and note[1] > end and not is_known_place(note[0][0].given):
                persons, end = note  # (not "New York Times, …")
                et_al = " et al" in st.w[p0:end]
        if len(persons) == 1 and persons[0].span is not None and _initials_then_organisation(st.w, p0, persons[0]):
            persons = [Person(literal=st.text(p0, persons[0].span.end), span=Span(p0, persons[0].span.end))]  # "U.K. Parliament (2020)"
        if len(persons) == 1 and persons[0].span is not None and _company_form(st.w, p0, persons[0].span.end):
            persons = [Person(literal=st.text(p0, persons[0].span.end), span=Span(p0, persons[0].span.end))]  # "Tesco PLC (2023)"
        short = self._short_note(p0) if names and st.s.rstrip(" .")[-1:].isdigit() and st.w[p0 : p0 + 1].isupper() else None
        if short is not None:
            persons, end, et_al = [short[0]], short[1], False
        lower = _LOWERCASE_NAME.match(st.w, p0) if not persons and names and st.w[p0 : p0 + 1].islower() else None
        if lower is not None:  # "hooks, bell.": a name its bearer writes in lower case
            given = lower.group("g")
            persons = [Person(family=lower.group("f"), given=given, initials=initials_of(given), span=Span(p0, lower.end("g")))]
            end, et_al = lower.end("g"), False
        article = _ARTICLE_NAME.match(st.w, p0) if not persons and names and st.w.startswith(("al-", "el-"), p0) else None
        if article is not None and article.group("f")[3].isupper():  # "al-Ṭabarī (1989).": one name with its article (CMOS 8.17)
            persons, end, et_al = [Person(family=article.group("f"), span=Span(*article.span("f")))], article.end("f"), False
        family_first = _EAST_ASIAN_NAME.match(st.w, p0) if not persons and names and st.w[p0 : p0 + 1].isupper() else None
        if family_first is not None and family_first.group("f") in east_asian_family_names():
            person = Person(family=family_first.group("f"), given=family_first.group("g"), span=Span(*family_first.span()))
            persons, end, et_al = [person], family_first.end(), False  # "Nakane Chie (1970)": the family name first, no comma
        if not persons:
            org = _ORG_AUTHOR.match(st.w, p0) if "sub_verbo" not in st.by_kind else None  # "World Health Organization. (2020)."
            if org is None and ") (" in st.w:
                org = _qualified_group(st.w, p0)
            if org is not None:
                group = "org" if org.group("org") else "org2"
                a, b = org.span(group)
                b = _before_handle(st.w, a, b)
                person = Person(literal=st.text(a, b), span=Span(a, b))
                if joined_name(person.literal):  # "Ibn Khaldun. (1967).": a person known by a two-word name
                    person = Person(family=person.literal, span=person.span)
                persons, end, et_al = _several_groups(st.w, a, b) or [person], b, False
            elif (undated := self._group_author(p0)) is not None and undated.span is not None:  # "Merriam-Webster. (n.d.)."
                persons, end, et_al = [undated], undated.span.end, False
            else:
                head = self._one_name_head(p0)  # "Voltaire. Candide.", "UNDP. Human Development Report."
                if head is None:
                    return p0
                persons, end, et_al = [head[0]], head[1], False
        rest = st.w[end : end + 3]
        role = role_after(st.w, end)
        if role is not None:
            for p in persons:
                p.role = role[0]
            persons = persons + _also_translated(persons, st.w[end : role[1]])  # APA "Wertsch, J. V. (Ed. & Trans.). (1981)."
            end = role[1]
        if role is not None and st.w.startswith(", ", end):
            end = self._more_creators(persons, end)
        nxt_at = _skip(st.w, end, " .")
        nxt = st.w[nxt_at : nxt_at + 1]
        if nxt and nxt.islower() and not rest.startswith("."):
            lead_org = self._group_author(p0)  # "U.S. Department of Health … (2014).": initials open an organisation
            if lead_org is None or lead_org.span is None:
                # "А. С. Пушкин и его время": a title that starts with a name; "U.S. Department of State.": an organisation
                return self._head_persons(p0, names=False) if names else p0
            persons, end, et_al = [lead_org], lead_org.span.end, False
        elif len(persons) == 1 and nxt.isupper() and st.w[p0 + 1 : p0 + 2] == "." and not _APA_YEAR.match(st.w, end):
            lead_org = self._group_author(p0)  # "U.S. Census Bureau. (2021).": the date follows the whole organisation
            if lead_org is not None and lead_org.span is not None and lead_org.span.end > end:
                persons, end, et_al = [lead_org], lead_org.span.end, False
        handle = _HANDLE.match(st.w, end) if "[@" in st.w else None
        if handle is not None:  # APA 7 (10.15): "Obama, B. [@BarackObama]. (2017, August 12)."
            self.e.extra[Extra.HANDLE] = handle.group("h")
            st.blank(*handle.span())
            end = handle.end()
        collaboration = _COLLABORATION.match(st.w, end) if et_al else None
        if collaboration is not None:  # Wikipedia "Abbott, B. P.; et al. (LIGO Scientific Collaboration) (2016)."
            self.e.extra["collaboration"] = st.text(*collaboration.span("c"))
            st.blank(*collaboration.span())
            end = collaboration.end()
        if len(persons) == 1 and persons[0].literal and persons[0].span is not None and st.w.startswith(". ", end):
            end = self._subordinate_body(persons[0], end)
        letter = _LETTER_TO.match(st.w, end) if st.w.startswith(", to ", end) else None
        if letter is not None:
            end = self._letter(letter)
        letter = _MLA_LETTER.match(st.w, end) if " to " in st.w[end : end + 16] else None
        if letter is not None:  # MLA 9: "Dickinson, Emily. Letter to T. W. Higginson. 15 Apr. 1862. … Papers, Boston Public Library."
            end = self._letter(letter)
        first = _ORIGINAL_DATE.match(st.w, end) if "(" in st.w[end : end + 4] else None
        if first is not None:  # CMOS 15.40 author-date "Mill, John Stuart. (1859) 1978.": first published 1859
            self.e.extra["original_year"] = first.group("o")
            self.e.spans["extra.original_year"] = Span(*first.span("o"))
            st.blank(first.start("o") - 1, first.end("o") + 1)
        apa = _APA_YEAR.match(st.w, end)
        if apa and apa.group("dm") and not (month_number(apa.group("mw")) or season_number(apa.group("mw"))):
            apa = None  # "(January 2005)", "(22 October 2004)", "(June 19, 1972)", "(Summer 1990)": only a month or season
        if apa and apa.group("y2") and self._year_is_title(apa.end()):
            apa = None  # "Orwell, George. 1984. London: Secker & Warburg, 1949.": the title is a year
        if apa:
            g = "y" if apa.group("y") else "y2"
            self.apa_date = (apa.start("dm") if apa.group("dm") else apa.start(g), apa.end("md") if apa.group("md") else apa.end(g))
            self.harvard = st.w[apa.end() - 1 : apa.end()] == ")"  # "(2021) Title": Harvard, where APA writes "(2021). Title"
            original = "oy" if apa.group("oy") else "oy2" if apa.group("oy2") else None
            if original is not None:  # Harvard "(2002 [1848])", "(1867/1990)": the first publication's year too
                self.e.extra["original_year"] = apa.group(original)
                self.e.spans["extra.original_year"] = Span(*apa.span(original))
            st.blank(apa.start(), apa.end())
            end = apa.end()
        rest_at = _skip(st.w, end, " .,:")
        place = _FIRST_WORD.match(st.w, rest_at)
        if st.w.startswith("//", _skip(st.w, rest_at, " -")) and not _REVIEW_MARK.search(st.s, end, _skip(st.w, rest_at, " -")):
            return p0  # "Андрей Рублёв. – Текст : непосредственный // Православная энциклопедия": nothing before the host but the headword
        if place and is_known_place(place.group(0).rstrip(",:")) and place.group(0)[-1:] in ",:" and not self._imprint_later(rest_at) and not self._dated_imprint_later(rest_at, "") and not (apa and not self.harvard) and not _place_opens_title(st.w, place.end()):
            return p0  # "Sajūsma. Atmiņas. Rīga, 1990.": nothing is left for a title, so these were no names (APA's title follows its date)
        if mentions_reference_work(st.w) and self._headword_before_host(end, persons):
            return p0  # "Шостакович Д.Д. // Большая советская энциклопедия": the entry's headword, not its author
        self.persons = persons
        st.blank(p0, end)
        if et_al:
            self.e.extra["et_al"] = "true"
        m = _HEAD_END.match(st.w, end)
        return m.end() if m else end

    def _more_creators(self, persons: list[Person], end: int) -> int:
        """APA 7 (10.12): "Gilligan, V. (Writer), & Johnson, R. (Director). (2013, September 15).": each creator of
        an episode or a film names a role of their own; returns where the last role ends."""
        w = self.st.w
        while w.startswith(", ", end):
            at = end + 4 if w.startswith(", & ", end) else end + 2
            more, more_end, _ = parse_name_list(w, at, HEAD_SHAPES)
            more_role = role_after(w, more_end) if more else None
            if more_role is None or not w.startswith(" (", more_end):
                break
            for p in more:
                p.role = more_role[0]
            persons.extend(more)
            end = more_role[1]
        return end

    def _title_before_year(self, p0: int) -> bool:
        """Harvard (Cite Them Right) puts the title where the author stands when there is none, the year after it:
        "'Gotcha' (1982) The Sun, 4 May, p. 1.", "'One Ocean' (2017) Blue Planet II, Series 1, episode 1.", and an
        italic title before the credits of a film: "The Full Monty (1997) Directed by P. Cattaneo [Film]." The year
        is read as the date; a separator where it stood ends the title as the author-first form would."""
        st, w = self.st, self.st.w
        m = _TITLE_YEAR.match(w, p0)
        if m is None:
            return False
        quoted = w[p0] in "'\""
        if quoted and _closing_quote(w, p0) != m.end("t") - 1:
            return False
        if not quoted and role_before(w, _skip(w, m.end(), " ")) is None:
            return False  # "World Bank (2020) Title": a group author; only credits after the year show a title
        self.apa_date = m.span("y")
        self.harvard = True
        st.blank(m.end("t"), m.end())
        st.w = st.w[: m.end("t")] + ("," if quoted else ".") + st.w[m.end("t") + 1 :]
        return True

    def _title_before_date_in(self, p0: int) -> bool:
        """APA 7 (9.12, 10.3) moves the title of a work with no author to the author's place: "Replication crisis.
        (2023, May 1). In Wikipedia.", "Tiger. (n.d.). In Merriam-Webster.com dictionary." A part named "In" a host
        right after the date has no title of its own there, so what stands before the date is its title."""
        m = _TITLE_DATE_IN.match(self.st.w, p0)
        if m is None or (m.group("d") is None and not any(n.value.startswith(("(n.d", "n.d")) for n in self.st.all("note"))):
            return False  # (spaces before "In" are the "(n.d.)." read already)
        if m.group("y"):
            self.apa_date = m.span("d")
        self.st.blank(m.end("t") + 1, m.end("p"))
        return True

    def _headword_before_host(self, end: int, persons: list[Person]) -> bool:
        """An encyclopedia names its entry on a person or a place by the headword, so a name that the host
        follows at once ("Шостакович Д.Д. // БСЭ", "Ремизов А.М. — Литературная энциклопедия, т. 9",
        "Чапаев В.И. — В кн.: … Энциклопедия", "Aglona. Latvijas padomju enciklopēdija. 1. sēj.") is the
        entry's title: a signed entry puts its own title between the author and the host."""
        st, w = self.st, self.st.w
        at = _skip(w, end, " .")
        dash = w.startswith("- ", at)
        at = _skip(w, at, " -") if dash else at
        label = _HOST_LABEL.match(w, at)
        if w.startswith("//", at) or label is not None:
            body = _skip(w, at + 2, " ") if label is None else label.end()
        elif dash:
            body = at
        elif len(persons) == 1 and not (persons[0].given or persons[0].initials) and persons[0].family not in mononyms():
            body = at  # one word, then the encyclopedia and its volume ("1. sēj.", "Т. 4")
            if st.first("volume") is None and st.first("pages") is None:
                return False
        elif len(persons) == 1 and _ENCYCLOPEDIA_SENTENCE.match(w, at) and (st.first("volume") or st.first("pages") or st.first("url")):
            body = at  # "Krišjānis Barons. Nacionālā enciklopēdija. Pieejams: …": an encyclopedia has no author of its own
        else:
            return False
        year = _CHUNK_YEAR.search(w, body)
        hi = _area_sep(w, body, st.n) or (year.start() if year is not None else st.n)  # the host's title area
        if body == at and not dash:
            hi = first_boundary(w, body, hi) or hi  # without a mark, the very next sentence names the encyclopedia
        return names_reference_work(w[body:hi])

    def _full_name_after_honorific(self, at: int) -> int:
        """"Прот. Сергий Булгаков. Свет невечерний.": after a rank the name is a person's, its given name
        known or not."""
        st = self.st
        persons, end, _ = parse_name_list(st.w, at, ("given-family",), known_given=False)
        if len(persons) != 1 or not st.w.startswith(". ", end) or not self._dated_title_at(end + 2):
            return at
        self.persons = persons
        st.blank(at, end)
        return end + 2

    def _government_author(self, p0: int) -> Person | None:
        """CMOS 14.289: a government author names the country, then the body, a sentence each: "Great
        Britain. Foreign Office. Documents concerning …"; the two are one author (more levels follow)."""
        st = self.st
        m = _JURISDICTION_BODY.match(st.w, p0)
        if m is None or m.group("j") not in jurisdictions() or not looks_like_organisation(m.group("b")):
            return None
        return Person(literal=st.text(p0, m.end("b")), span=Span(p0, m.end("b")))

    def _subordinate_body(self, body: Person, end: int) -> int:
        """CMOS 14.283 names a government body from the top down, a sentence each: "U.S. Senate. Select
        Committee to Study …. Title."; the committee belongs to the author, not to the title."""
        while body.span is not None and (m := _SUBORDINATE_BODY.match(self.st.w, end) or _subordinate_ru(self.st.w, end)) is not None:
            end = m.end("b")  # "U.S. Congress. House. Committee on Foreign Affairs."
            body.span = Span(body.span.start, end)
            body.literal = self.st.text(body.span.start, end)
        return end

    def _letter(self, m: re.Match[str]) -> int:
        """A letter in an archive (CMOS 14.111): "Einstein, Albert, to Franklin D. Roosevelt, August 2, 1939.
        President's Secretary's File, Franklin D. Roosevelt Presidential Library, Hyde Park, NY." The
        recipient and the date follow the writer; the collection and its repository close the reference."""
        st, e = self.st, self.e
        e.extra["recipient"] = st.text(*m.span("r"))
        e.date = parse_date(st.text(*m.span("d")))
        e.spans["date"] = Span(*m.span("d"))
        a, b = st.trim(m.end(), st.n)
        if b > a:
            e.archive = st.text(a, b)
            e.spans["archive"] = Span(a, b)
        st.blank(m.start(), st.n)
        return m.end()

    def _short_note(self, p0: int) -> tuple[Person, int] | None:
        """Chicago's shortened note (CMOS 14.29): "23. Kahn, On Thermonuclear War, 144.": the author's
        family name, a short title and the page; the full reference stands in an earlier note."""
        st = self.st
        m = _SHORT_NOTE.fullmatch(st.s, p0)  # (the source: the page range may have been read already)
        if m is None or _CHUNK_YEAR.fullmatch(m.group("a")) or _DAY_TITLE.match(m.group("t")) or is_known_place(m.group("f")):
            return None
        if st.first("pages") is None:
            st.add("pages", m.group("a"), m.start("a"), m.end("b") if m.group("b") else m.end("a"), last=m.group("b") or "", unit="page")
        st.blank(m.start("a") - 1, m.end())
        return Person(family=m.group("f"), span=Span(*m.span("f"))), m.end("f")

    def _role_head(self, p0: int) -> int | None:
        """"Сост. А. Н. Иванов. Заглавие. М., 1980.", "Sast. un red. A. Johansons. …", "Под ред. Б. Д. Грекова. …":
        an editorial role before the names that head the reference (more role sentences may follow:
        "Сост. А. Иванов. Вступ. ст. Б. Петрова."); returns where the title starts."""
        st, w = self.st, self.st.w
        rb = role_before(w, p0)
        if rb is None or (rb[0] not in _HEAD_ROLES and rb[0] != Role.TRANSLATOR):
            return None
        persons: list[Person] = []
        pos, end, et_al = p0, p0, False
        while (found := self._role_names(pos)) is not None:
            persons.extend(found[0])
            end, et_al = found[1], et_al or found[2]
            pos = _skip(w, end, " .,")
        if persons and (author := self._author_after_roles(pos)) is not None:
            persons.extend(author[0])  # "Пер. с англ. Б. Пастернака. Шекспир В. Гамлет.": the author follows
            end = author[1]
            pos = _skip(w, end, " .,")
        if not persons or not self._dated_title_at(pos):
            return None
        self.persons = persons
        if et_al:
            self.e.extra["et_al"] = "true"
        st.blank(p0, end)
        return pos

    def _author_after_roles(self, pos: int) -> tuple[list[Person], int] | None:
        """The author's name after role sentences heading a reference ("Пер. с англ. … . Шекспир В. Гамлет."):
        initials with the family name, a full stop, then a dated title."""
        w = self.st.w
        persons, end, _ = parse_name_list(w, pos, ("family-initials", "initials-first"), known_given=True)
        if not persons:  # "Пер. с итал. М. Лозинского. Данте Алигьери. Божественная комедия.": the name in full
            persons, end, _ = parse_name_list(w, pos, ("given-family",), known_given=False)
            persons = persons if len(persons) == 1 and w[end : end + 1] == "." else []
        if not persons and (one := _MONONYM_HEAD.match(w, pos)) is not None and one.group("n") in mononyms():
            persons, end = [Person(family=one.group("n"), span=Span(*one.span("n")))], one.end("n")  # "… Н. Гнедича. Гомер. Илиада."
        if not persons or w[end - 1 : end] != "." and w[end : end + 1] != ".":
            return None
        after = _skip(w, end, " .")
        return (persons, end) if self._dated_title_at(after) else None

    def _role_names(self, pos: int) -> tuple[list[Person], int, bool] | None:
        """One role phrase and its names, closing a sentence: the persons, where they end, whether "и др." follows."""
        st, w = self.st, self.st.w
        rb = role_before(w, pos)
        if rb is None:
            return None
        at, last = _skip_role_chain(w, rb[2])  # "Sast. un red.", "Сост. и ред."
        at = _skip(w, at, " :")
        role = rb[0] if last is None or last[0] == Role.CONTRIBUTOR else last[0]
        persons, end, et_al = parse_name_list(w, at, _name_shapes(w, at, st.n), known_given=False)
        if not persons and (one := _MONONYM_HEAD.match(w, at)) is not None and one.group("n") in mononyms():
            persons, end = [Person(family=one.group("n"), span=Span(*one.span("n")))], one.end("n")  # "Tulkojis Rainis."
        own = role_after(w, end) if persons and w[_skip(w, end, " ") : end + 2].startswith("(") else None
        if own is not None:  # "Редкол.: Е. М. Жуков (гл. ред.) и др.": the board's head
            end = own[1]
            more = ET_AL.match(w, end)
            end, et_al = (more.end(), True) if more else (end, et_al)
        if not persons or (w[end : end + 1] not in ".," and w[end - 1] != "."):
            return None
        for p in persons:
            p.role = own[0] if own is not None else role
            if rb[3] or (last is not None and last[1]):
                _to_nominative(p)
        return persons, end, et_al

    def _year_is_title(self, at: int) -> bool:
        """A bare year sentence after the names, then "Place: Publisher, Year": the imprint dates the
        work, so the first year is its title (author-date puts the year once, after the names)."""
        w = self.st.w
        rest_at = _skip(w, at, " ")
        if _PLACE_PUBLISHER.match(w, rest_at):
            # the imprint's year follows its comma ("London: Secker & Warburg, 1949"); "Consequences of 1492" is the title's
            return _IMPRINT_AHEAD.search(w, rest_at) is not None
        if not w[rest_at : rest_at + 1].isalpha():
            return False  # "1962. “Letter from a Region in My Mind.” New Yorker, November 17, 1962."
        imprint = _IMPRINT_RUN.match(w, rest_at)  # MLA "1984. Secker & Warburg, 1949.": the publisher and year close it
        if imprint is not None and not w[imprint.end() :].strip(" .") and ". " not in imprint.group():
            return True
        return self._dated_imprint_later(rest_at, w[:at].rstrip(" .")[-4:])

    def _dated_imprint_later(self, at: int, year: str) -> bool:
        """Whether a later sentence is an imprint with a year of its own (not ``year`` again): "Place, Publisher,
        Year", "Place: Publisher, Year", "Place, Year". Author-date styles write the year once, after the names, so a
        year sentence before such an imprint opens the title ("Н.А. Троицкий. 1812. Великий год России. М., 1988.")."""
        st, w = self.st, self.st.w
        for nxt in self._later_sentence_starts(at):
            word = _FIRST_WORD.match(w, _skip(w, nxt, " -–—"))  # (GOST opens the area with a dash: "— М. : Мысль, 1988")
            if word is None:
                continue
            name = word.group(0).rstrip(",:")
            mark = _skip(w, word.start() + len(name), " ")
            imprint = _IMPRINT_AHEAD.search(w, mark, min(st.n, mark + 80)) if w[mark : mark + 1] in (",", ":") else None
            if imprint is not None and is_known_place(name) and not (year and imprint.group(0).endswith(year)):
                return True
        return False

    def _group_author(self, p0: int) -> Person | None:
        """An organisation as author before an APA/Harvard date: "(2020)" or, blanked already, "(n.d.)"."""
        st = self.st
        if "sub_verbo" in st.by_kind:
            return None  # "Oxford English Dictionary, 2nd ed. (1989), s.v. …": a reference work, not its author
        org = _ORG_AUTHOR.match(st.w, p0)
        if org is not None and org.group("org"):
            return Person(literal=st.text(*org.span("org")), span=Span(*org.span("org")))
        undated = next((f for f in st.all("note") if f.value.startswith(_NO_DATE) and f.start > p0), None)
        if undated is None or not st.w[p0 : p0 + 1].isupper():
            return None
        end = _drop_stop(st.w, p0, undated.start)
        if not _UNDATED_ORG.fullmatch(st.w, p0, end):
            return None
        return Person(literal=st.text(p0, end), span=Span(p0, end))

    def _editor_sentence(self, pos: int) -> int:
        """Wikipedia {{cite book}}: "Hobbes, Thomas (1996). Tuck, Richard (ed.). Leviathan.": the editors'
        own sentence between the date and the title; returns where the title starts."""
        st, w = self.st, self.st.w
        if self.apa_date is None or not self.persons or "(ed" not in w:
            return pos
        persons, end, et_al = parse_name_list(w, pos, ("family-given", "family-initials"), known_given=False)
        role = role_after(w, end) if persons else None
        if role is None or role[0] != Role.EDITOR or w[role[1] : role[1] + 1] != ".":
            return pos
        for p in persons:
            p.role = role[0]
        self.persons.extend(persons)
        if et_al:
            self.e.extra["et_al"] = "true"
        st.blank(pos, role[1] + 1)
        return _skip(w, role[1] + 1, " ")

    def _later_sentence_starts(self, at: int) -> list[int]:
        """Where the sentences after the one at ``at`` start."""
        st, w = self.st, self.st.w
        b = first_boundary(w, at, st.n)
        return [] if b is None else [b] + [nxt for _, nxt in boundaries(w, b, st.n)]

    def _imprint_later(self, at: int) -> bool:
        """Whether a later sentence opens with "Place:": then a title that opens with a place's name stands
        at ``at`` ("Ackroyd, Peter. London: The Biography. London: Chatto & Windus, 2000.")."""
        w = self.st.w
        for nxt in self._later_sentence_starts(at):
            word = _FIRST_WORD.match(w, nxt)
            if word is not None and word.group(0).endswith(":") and is_known_place(word.group(0)[:-1]):
                return True
        return False

    def _one_name_head(self, p0: int) -> tuple[Person, int] | None:
        """A one-word name, an acronym or an organisation's name as the first sentence, if a title follows."""
        st, w = self.st, self.st.w
        mononym = self._mononym_head(p0)
        if mononym is not None:
            return mononym
        head = single_name_head(w, p0)
        dated = _DATED_ONE_NAME.match(w, p0) if head is None else None
        if dated is not None and not opens_title(dated.group("n")) and not is_known_place(dated.group("n")):
            # author-date: "Google. 2017. “Privacy Policy.” …", "UNESCO. 2005. Convention …"
            name, span = dated.group("n"), Span(*dated.span("n"))
            person = Person(literal=name, span=span) if name.isupper() else Person(family=name, span=span)
            b = first_boundary(w, dated.end(), st.n)
            more = b is not None and _HAS_LETTER.search(w, b, st.n) is not None  # the year is said: a title, then more
            return (person, dated.end("n")) if more or self._title_follows(dated.end()) else None
        if head is None:
            b = first_boundary(w, p0, st.n)
            if b is None or b - p0 > 90 or not w[p0 : p0 + 1].isupper() or _HAS_DIGIT.search(w, p0, b):
                return None
            end = _drop_stop(w, p0, b)
            words = w[p0:end].split()
            # the organisation word leads the name: "Committee on Higher Education", "United Nations
            # Development Programme", not "A History of the University of Latvia"
            web = "url" in st.by_kind or "accessed" in st.by_kind
            if w[end : end + 1] != "." or (opens_title(words[0]) and not (web and words[0] == "The" and _quoted_title_after(w, end, words, web))):
                return None  # (but "The Nobel Prize. “Toni Morrison – Facts.” Accessed …": a site's owner names its page)
            quoted = _quoted_title_after(w, end, words, web)
            if not looks_like_organisation(" ".join(words[:4])) and not quoted and not _publisher_again(w, p0, end):
                return None
            head = Person(literal=st.text(p0, end), span=Span(p0, end)), end
            if quoted:
                return head
        elif is_known_place(head[0].family or head[0].literal):
            return None  # "Рига. Путеводитель / …": a place named in the title
        if head[0].family and _FAMILY_OF_MANY.search(head[0].family):
            return None  # "Романовы. Трехсотлетие царствования": a family (a dynasty) is the title's subject, a heading names one person
        if self._collection_follows(head[1]) and not _body_heads(head[0]):
            return None  # "Вехи. Интеллигенция в России : сб. ст.": a collection has no one author
        if self._compiled_work(head[1]):
            return None  # "Поэтика. Труды … / Ред.-сост. Д. Кирай и А. Ковач.": compilers gather many authors' works
        if _names_a_group(head[0].family) and self._compiler_sentence(head[1]):
            return None  # Soviet "Декабристы. Поэзия, драматургия … Сост. Вл. Орлов. М.-Л., 1951.": no slash before the compilers
        at = _skip(w, head[1], " .")
        if _ARTICLES_COLLECTION.search(w, at, first_boundary(w, at, st.n) or st.n) and not _body_heads(head[0]):
            return None  # "Вехи. Сборник статей о русской интеллигенции.": many authors' articles
        if _designates_epic(w[at : first_boundary(w, at, st.n) or st.n]):
            return None  # "Kalevala. Somu tautas epos / tulk. …": an anonymous folk epic's title and its designation
        if st.first("pages") is not None and names_reference_work(w[at : first_boundary(w, at, st.n) or st.n]):
            return None  # "Daugava. Latvijas padomju enciklopēdija. 2. sēj. …": the entry's title
        if self._headword_then_reference_work(at, volume=True):
            return None  # "Aglona. Latvijas padomju enciklopēdija. 1. sēj. Rīga, 1981.": a headword, its volume cited
        if (head[0].family or head[0].literal) in mononyms() and self._dated_title_at(at):
            return head  # "Августин Блаженный. Исповедь. М., 1991.": known by one name, even before a one-word title
        year = _YEAR_SENTENCE.match(w, at)  # author-date: "Google. 2017. “Privacy Policy.” …"
        return head if self._title_follows(_skip(w, year.end(), " ") if year else at) else None

    def _mononym_head(self, p0: int) -> tuple[Person, int] | None:
        """"Rainis. Dzeja. Rīga, 1977.", "Аристотель. Политика. М., 1911.": an author whom catalogues enter
        under one name heads the reference even before a one-word title, if a dated imprint follows it."""
        w = self.st.w
        m = _MONONYM_HEAD.match(w, p0)
        if m is None or m.group("n") not in mononyms():
            return None
        if not self._dated_title_at(m.end()) and not names_letter(w[m.end() : first_boundary(w, m.end(), self.st.n) or self.st.n]):
            return None  # "Rainis. Rīga, 1977.": nothing is left for a title (a letter's writer needs no imprint)
        return Person(family=m.group("n"), span=Span(*m.span("n"))), m.end("n")

    def _headword_then_reference_work(self, at: int, volume: bool = False) -> bool:
        """An encyclopedia's headword ends the head sentence: a host label follows ("Aspazija. Grām.: …"), or a
        reference work is named next and the entry's pages or columns (or, after a one-word head, its volume) are cited."""
        w = self.st.w
        if _HOST_LABEL.match(w, at):
            return True
        cited = self.st.first("pages") is not None or (volume and self.st.first("volume") is not None)
        return cited and names_reference_work(w[at : first_boundary(w, at, self.st.n) or self.st.n])

    def _dated_title_at(self, at: int) -> bool:
        """A title sentence of any length at ``at`` (not a place, not an encyclopedia after its headword), and a year after it."""
        w = self.st.w
        if self._headword_then_reference_work(at):
            return False  # "Aspazija. Latviešu konversācijas vārdnīca. 1. sēj. …, 1143.–1146. sl.": the entry's headword
        word = _FIRST_WORD.match(w, at)
        b = first_boundary(w, at, self.st.n)
        return word is not None and not is_known_place(word.group(0).rstrip(",:")) and b is not None and _ANY_YEAR.search(w, b) is not None

    def _compiled_work(self, at: int) -> bool:
        """Whether the statement of responsibility opens with compilers ("/ сост.", "/ Ред.-сост.", "/ sast.")."""
        w = self.st.w
        slash = _find_slash(w, at, self.st.n)
        rb = role_before(w, _skip(w, slash + 1, " ")) if slash is not None else None
        return rb is not None and rb[0] in (Role.COMPILER, Role.EDITOR_COMPILER)

    def _compiler_sentence(self, at: int) -> bool:
        """Whether a later sentence of the title area opens with compilers ("Сост. Вл. Орлов.", "Sast. J. Kalniņš."),
        as Soviet and older Latvian references write the statement of responsibility without a slash."""
        w = self.st.w
        for _, nxt in boundaries(w, at, min(self.st.n, at + 300)):
            if w[nxt : nxt + 1].isdigit():
                return False  # (the imprint's year or a locator: the title area is over)
            rb = role_before(w, nxt)
            if rb is not None:
                return rb[0] in (Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD)
        return False

    def _collection_follows(self, at: int) -> bool:
        """Other title information (after " : ", before " / ") that calls the work a collection."""
        w = self.st.w
        colon = w.find(" : ", at)
        if colon == -1:
            return False
        end = _find_slash(w, colon, self.st.n) or _area_sep(w, colon, self.st.n) or self.st.n
        return names_collection(w[colon:end])

    def _title_follows(self, at: int) -> bool:
        """A title sentence, then an imprint or a statement of responsibility, from ``at``.

        Without one the head sentence is the title itself: "Sajūsma. Atmiņas. Rīga, 1990.".
        """
        st, w = self.st, self.st.w
        if w[at : at + 1] == '"' and (st.first("url") or st.first("accessed")):
            return True  # a web page: "Library of Congress. “Chronicling America.” Accessed …"
        word = _FIRST_WORD.match(w, at)
        if word is None or is_known_place(word.group(0).rstrip(",:")) or role_before(w, at) is not None or _HOST_LABEL.match(w, at):
            return False  # "Daugava. Grām.: Latvijas daba": the head is an entry's title
        b = first_boundary(w, at, st.n)
        if _find_slash(w, at, b if b is not None else st.n) is not None:
            return True  # "Гомер. Илиада / пер. Н.И. Гнедича."
        if b is not None and " " not in w[at:b].strip(" .,:") and role_before(w, b) is not None:
            return True  # "Plato. Republic. Translated by G. M. A. Grube."
        if b is None or " " not in w[at:b].strip(" .,:"):
            return False
        return _ANY_YEAR.search(w, b) is not None

    def _paren_roles(self, lo: int) -> None:
        """APA "(M. Cole & E. Souberman, Eds.)" / "(E. Hanfmann & G. Vakar, Trans.)"."""
        st, w = self.st, self.st.w
        for m in list(_PAREN_ROLE.finditer(w, lo)):
            role = Role.TRANSLATOR if m.group("role").startswith("Trans") else Role.COMPILER if m.group("role").startswith("Comp") else Role.EDITOR
            names_at = _skip(w, m.start("names"), " ;")  # after a statement read already: "(Vol. 1; B. Fowkes, Trans.)"
            if ";" in w[names_at : m.end("names")] and self._paren_role_groups(m):
                continue
            persons, end, _ = parse_name_list(w, names_at, ("initials-first", "given-family", "family-initials"), known_given=False)
            if not persons or end < m.end("names") - 1:
                continue
            for p in persons:
                p.role = role
            target = self.host_persons if self.host_lo is not None and m.start() > self.host_lo else self.persons
            target.extend(persons)
            target.extend(_also_translated(persons, m.group("role")))
            target.extend(_also_edited(persons, m.group("role")))
            st.blank(*m.span())

    def _paren_role_groups(self, m: re.Match[str]) -> bool:
        """APA 9.40 / 10.2: several roles in one parenthesis, each statement closed by its role and
        the statements separated by semicolons: "(M. Cole, Ed.; M. Lopez-Morillas & L. Solotaroff, Trans.)"."""
        st, w = self.st, self.st.w
        found: list[Person] = []
        at = m.start() + 1
        for seg in _ROLE_STATEMENT.finditer(w, at, m.end()):
            if seg.start() != at:
                return False  # something that is no role statement between them
            persons, end, _ = parse_name_list(w, seg.start("names"), ("initials-first", "given-family", "family-initials"), known_given=False)
            if not persons or end < seg.end("names") - 1:
                return False
            role = Role.TRANSLATOR if seg.group("role").startswith("Trans") else Role.COMPILER if seg.group("role").startswith("Comp") else Role.EDITOR
            for p in persons:
                p.role = role
            found += persons + _also_translated(persons, seg.group("role")) + _also_edited(persons, seg.group("role"))
            at = seg.end()
        if not found or at < m.end() - 1:
            return False
        target = self.host_persons if self.host_lo is not None and m.start() > self.host_lo else self.persons
        target.extend(found)
        st.blank(*m.span())
        return True


# one "names, Role." statement of a parenthesis, and the semicolon after it
_ROLE_STATEMENT = re.compile(r"(?P<names>[^();]{3,300}?),? (?P<role>Ed\. & Trans\.|Eds\. & Trans\.|Trans\. & Eds?\.|Eds?\.|Trans\.|Comp\.)(?:; |(?=\)))")


_HANDLE = re.compile(r" ?\[(?P<h>@\w{1,50})\]")  # a social-media user name after the author's name

_COLLABORATION = re.compile(r" ?\((?P<c>[^()\d]{3,200})\)(?=\.? ?\()")  # APA closes it with a period: "et al. (ATLAS Collaboration). (2012)."

_JURISDICTION_BODY = re.compile(rf"(?P<j>[{UP}][{LETTER}]+(?: [{UP}][{LETTER}]+)?)\. (?P<b>[{UP}][^.;:()\d\"“]{{2,80}}?)(?=\. [{UP}\"“])")
_SUBORDINATE_BODY = re.compile(r"\. (?P<b>(?:(?:Select|Joint|Special|Standing|Permanent) )?(?:Committee|Subcommittee|Senate|House)\b[^.]{0,150})(?=\. )")
# GOST 7.1-2003 (7.1.1.2) heads with a body under its parent, a sentence each: "Российская академия наук. Институт
# российской истории. Россия в XX веке", "АН СССР. Ин-т истории. Очерки …"; the unit's name opens with what it is
_SUBORDINATE_BODY_RU = re.compile(
    r"\. (?P<b>(?:Институт|Ин-т|Отделение|Отд-ние|Отдел|Кафедра|Комиссия|Комитет|Музей|Библиотека|Архив|Совет|Управление"
    r"|Главное управление|Сектор|Лаборатория|Центр|Факультет|Департамент|Научный совет|Президиум|Секция)"
    r"(?: [^.:;/]{1,150}?)?)(?=\. [А-ЯЁA-Z«\"])"
)
_LETTER_TO = re.compile(rf", to (?P<r>[{UP}][^,;()]{{2,80}}), (?P<d>[A-Z][a-z]+\.? \d{{1,2}}, {YEAR}|\d{{1,2}} [A-Z][a-z]+\.? {YEAR})\.")
# MLA 9 describes an untitled letter or message by its recipient, then dates it: "Letter to Thomas Wentworth
# Higginson. 15 Apr. 1862.", "Email to the author. 5 May 2020."
_MLA_LETTER = re.compile(
    rf"\.? (?:Letter|Email|E-mail|Message|Telegram|Postcard) to (?P<r>the author|[{UP}][^,;()]{{2,80}}?)\."
    rf" (?P<d>\d{{1,2}} [A-Z][a-z]+\.? {YEAR}|[A-Z][a-z]+\.? \d{{1,2}}, {YEAR}|{YEAR})\."
)
_ORIGINAL_DATE = re.compile(rf"\.? \((?P<o>{YEAR})\) (?={YEAR}[a-z]?\. )")
_SHORT_NOTE = re.compile(
    rf"(?P<f>[{UP}][{LO}]+(?:[-'][{UP}]?[{LO}]+)?), (?P<t>[{UP}\"](?:[^().]|\.(?! )){{1,150}}?,\"?) (?P<a>\d{{1,4}})(?: ?- ?(?P<b>\d{{1,4}}))?\.?[ ]*"
)  # "Kahn, On Thermonuclear War, 144.", "Kahn, "Escalation," 144-46."
_DAY_TITLE = re.compile(r"[A-Z][a-z]+\.? \d")  # "Times, March 3, 12.": a paper's date, no short title
# an Arabic name known by one word and its article, then the date or the title: "al-Ṭabarī (1989).", "al-Ghazali. The Incoherence …"
_ARTICLE_NAME = re.compile(r"(?P<f>(?:al|el)-[^\W\d_][^\W\d_'’]+)(?=[ ]*\((?:1|2)\d{3}|\.[ ]+[\"“A-Z])")
# a Chinese, Japanese or Korean name in its own order, then the date or the title: "Nakane Chie (1970)", "Wang Gungwu. The …"
_EAST_ASIAN_NAME = re.compile(rf"(?P<f>[{UP}][{LO}'’]+)[ ](?P<g>[{UP}][{LO}]+(?:-[{LO}]+)?)(?=[ ]*\((?:1|2)\d{{3}}|\.[ ]+(?:(?:1|2)\d{{3}}\.[ ]+)?[\"“{UP}])")
_LOWERCASE_NAME = re.compile(rf"(?P<f>[{LO}]{{2,}}), (?P<g>[{LO}]{{2,}})(?=\. [{UP}\"])")
_DATED_ONE_NAME = re.compile(rf"(?P<n>[{UP}][{LO}]{{2,}}|[{UP}]{{2,}})\. {YEAR}[a-z]?\. (?=[{UP}\"])")
_YEAR_SENTENCE = re.compile(rf"{YEAR}[a-z]?\.(?= )")


_GROUP_SEPARATOR = re.compile(r",? & |, ")


# GOST 7.1-2003: an untitled review says so in brackets where its title goes ("Зимин А. А. [Рец.] // Вопросы истории …"):
# the name before it is the reviewer's, not an encyclopedia's headword
_REVIEW_MARK = re.compile(r"\[(?:Рец\.|Рецензия|Рецензія|Рэц\.|Рэцэнзія|Rec\.|Review)[\] ]")
_GROUP_ACRONYM = re.compile(r"[A-Z]{3,8}")  # "World Health Organization & UNICEF": a group known by its acronym


def _several_groups(w: str, a: int, b: int) -> list[Person]:
    """APA 9.11: groups as co-authors, listed like persons: "American Educational Research Association,
    American Psychological Association, & National Council on Measurement in Education. (2014)."; each
    part must name an organisation (not "Johnson & Johnson", "Procter & Gamble")."""
    if "&" not in w[a:b]:
        return []
    groups, at = [], a
    for sep in _GROUP_SEPARATOR.finditer(w, a, b):
        groups.append((at, sep.start()))
        at = sep.end()
    groups.append((at, b))
    if not all((looks_like_organisation(w[x:y]) and " " in w[x:y]) or _GROUP_ACRONYM.fullmatch(w, x, y) for x, y in groups):
        return []
    return [Person(literal=w[x:y], span=Span(x, y)) for x, y in groups]


def _before_handle(w: str, a: int, b: int) -> int:
    """A group author's name ends before its user name: "NASA [@NASA]. (2021, February 18)."."""
    at = w.find(" [@", a, b) if "[@" in w else -1
    return b if at == -1 else at


def _also_edited(persons: list[Person], phrase: str) -> list[Person]:
    """APA "(G. V. Anrep, Trans. & Ed.)": the translator edited the work too, so is listed in both roles."""
    if not phrase.startswith("Trans. & Ed"):
        return []
    return [replace(p, role=Role.EDITOR, variants=dict(p.variants)) for p in persons]


_OPENING_QUOTES = frozenset('"“')
# a title in quotes, or a capitalised one, then the year in parentheses and no stop (Harvard, no author)
_TITLE_YEAR = re.compile(rf"(?P<t>'[^']{{1,200}}'|\"[^\"]{{1,200}}\"|[{UP}][^().\d\"']{{1,120}}?) \((?P<y>{YEAR})\)(?= [{UP}])")
# a title, the date in parentheses, then "In" and the host: "Replication crisis. (2023, May 1). In Wikipedia."
_TITLE_DATE_IN = re.compile(
    rf"(?P<t>[^()]{{1,200}}?)\. (?P<p>\((?P<d>(?P<y>{YEAR})(?:, [A-Z][a-z]+\.?(?: \d{{1,2}})?)?|n\. ?d\.)\)\.| {{4,8}}) In (?=[{UP}\"])"
)
# a group author with its country or region in parentheses: "Central Advisory Council for Education (England) (1967)"
_QUALIFIED_GROUP = re.compile(rf"(?P<org>[{UP}][^().\d\"]{{2,120}}? \([{UP}][A-Za-z ]{{1,30}}\)) ?(?=\({YEAR}[a-z]?\))")


def _qualified_group(w: str, p0: int) -> re.Match[str] | None:
    """A group author whose name ends in a parenthesised qualifier, not a person's role ("(Director)")."""
    m = _QUALIFIED_GROUP.match(w, p0)
    if m is None or role_after(w, m.end("org") - len(m.group("org").rsplit(" (", 1)[1]) - 2) is not None:
        return None
    return m if looks_like_organisation(m.group("org").rsplit(" (", 1)[0]) else None



def _quoted_title_after(w: str, end: int, words: list[str], web: bool = False) -> bool:
    """"Nobel Prize Outreach. “Aleksandr Solzhenitsyn – Facts.” NobelPrize.org.": a short name in title
    case before a quoted title is its author (an organisation; Chicago 14.206, MLA web pages)."""
    at = _skip(w, end, " .")
    if w[at : at + 1] not in _OPENING_QUOTES or len(words) > 6:
        return False
    close = _closing_quote(w, at)
    # something must follow the title (on a web page, the address and the access date, read already)
    return all(word[:1].isupper() for word in words) and close != -1 and (web or _HAS_LETTER.search(w, close) is not None)


def _initials_then_organisation(w: str, p0: int, person: Person) -> bool:
    """"U.K. Parliament", "U.S. Army": a country's initials and an organisation's word are no
    initials and family name; the organisation is the author."""
    return not person.given and w[p0 + 1 : p0 + 2] == "." and person.family.lower() in organisation_words()


def _two_mononyms(w: str, p0: int, person: Person) -> list[Person] | None:
    """"Rainis, Aspazija": two names that catalogues enter alone, joined by a comma, are two persons."""
    family, given = person.family, person.given
    if not w.startswith(f"{family}, {given}", p0):
        return None
    second = p0 + len(family) + 2
    return [Person(family=family, span=Span(p0, p0 + len(family))), Person(family=given, span=Span(second, second + len(given)))]


def _honorific_end(w: str, p0: int) -> int | None:
    """Where the name starts after a title or rank heading the reference ("Кн. Н.С. Трубецкой", "Проф. В.О.
    Ключевский"): pre-revolutionary title pages and lists give it, catalogues leave it out of the name."""
    word = w[p0 : w.find(" ", p0)] if w.find(" ", p0) != -1 else ""
    if word not in honorifics():
        return None
    at = _skip(w, p0 + len(word), " ")
    persons, _, _ = parse_name_list(w, at, ("initials-first", "family-initials"), known_given=True)
    if not persons:
        persons, _, _ = parse_name_list(w, at, ("given-family",), known_given=False)  # "Прот. Сергий Булгаков"
    return at if persons else None


_LOWER_WORD = re.compile(rf" (?=[{LO}]{{2}})")


def _place_opens_title(w: str, after: int) -> bool:
    """"Lejnieks J. Rīga, kuras nav. Rīga: …", "Москва, которую мы потеряли": a place and a comma before a
    lower-case word open a title; an imprint names a publisher or a year after them ("Rīga, Zinātne, 1990")."""
    return w[after - 1 : after] == "," and _LOWER_WORD.match(w, after) is not None


def _publisher_again(w: str, p0: int, end: int) -> bool:
    """"Latvijas Banka. Gada pārskats 2013. Rīga: Latvijas Banka, 2014.": a body that publishes its own work
    is named again as the publisher; the heading is its group author."""
    name = w[p0:end]
    return " " in name and (w.find(": " + name + ",", end) != -1 or w.find(": " + name + ".", end) != -1)


# Russian nominative plurals of nouns and adjectives ("Декабристы", "Народники", "Славянофилы", "Крестьяне",
# "Русские"), endings a Russian family name does not take
_PLURAL_GROUP = re.compile(r"[А-ЯЁ][а-яё]+(?:ы|ки|ги|хи|ие|ые|ане|яне)")


def _names_a_group(word: str) -> bool:
    """Whether a one-word heading names a group of people (a plural common noun), which an anthology compiled or
    edited about them takes as the first words of its title, not as its author."""
    return bool(word) and _PLURAL_GROUP.fullmatch(word) is not None


def _body_heads(person: Person) -> bool:
    """GOST 7.1-2003 (7.1.1.2) heads an institution's own collection with its name: "Институт истории АН СССР.
    Советская историческая наука … : сб. ст.": the body is the author even of a collection."""
    return person.literal is not None and looks_like_organisation(" ".join(person.literal.split()[:4]))


def _subordinate_ru(w: str, end: int) -> re.Match[str] | None:
    """A Russian unit under its parent body ("… АН СССР. Институт истории."), with a title sentence after it."""
    return _SUBORDINATE_BODY_RU.match(w, end)  # (anchored where the head ends: no scan)
