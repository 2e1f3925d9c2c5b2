"""One reference string → :class:`~biblio.model.Entry`.

The steps, each a small function over the working :class:`~.state.State`:

1. labelled pieces anywhere (ISBN, URL, DOI, archive/access dates, notes);
2. extent and locators (pages, totals, volumes, parts, issues, edition, series);
3. persons at the head (and an APA/Harvard year right after them);
4. the host item (``//``, ``In``, ``В кн.:``, after a quoted article title);
5. the publication area (place, publisher, year);
6. the title zone (title, subtitle, extra title sentences), the statement
   of responsibility after `` / `` and the host's own title and persons;
7. type, language and script, spans, and warnings for what is left over.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Date, Entry, Host, Origin, Pages, Person, Place, Role, Span, Text
from .areas import (
    PubArea,
    boundaries,
    comma_publisher_at,
    find_pubarea,
    first_boundary,
    is_known_place,
    looks_like_organisation,
    resolve_place,
)
from .dates import YEAR, month_number, parse_date, season_number
from .kinds import COLLECTED_WORKS, REFERENCE_WORK_HINTS, classify, names_collection, names_periodical, names_reference_work
from .lang import detect_script
from .lang import detect_language
from .locators import find_extent, find_identifiers
from .names import ET_AL, HEAD_SHAPES, LETTER, LO, UP, nominative, note_form_names, opens_title, parse_name_list, role_after, role_before, single_name_head
from .names import initials_of
from .normalize import normalize, strip_quotes
from .state import LIMIT, State
from .vocab import abbreviations, mononyms, organisation_words, vocabulary

_HAS_LETTER = re.compile(rf"[{LETTER}]")
_LONE_ROMAN = re.compile(r"[IVX]{1,4}")
_ROMAN_RANGE = re.compile(r"[IVX]{1,4} ?- ?[IVX]{1,4}")  # a sentence of volumes "I–II" (the text's dashes are "-")
_RUN = re.compile(r"[^ ]+(?: [^ ]+)*")
_HAS_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(rf"[{LETTER}][{LETTER}.\-]*[,:]?")
_CONTAINER_ROLE = re.compile(r", (?:edited|ed\.|translated|trans\.) ")
_IMPRINT_AFTER = re.compile(
    rf", ?(?:[^,.]{{1,60}}, ?(?:\d{{1,2}} [A-Za-z]+\.? |[A-Za-z]+\.? \d{{1,2}}, )?|(?:\d{{1,2}} )?[A-Za-zА-Яа-яё]+\.? )?{YEAR}(?!\d)"
)  # ", 3 Mar. 1999", ", July 1945", MLA ", NASA, 8 July 2019": a publisher and a day
_APA_DAY = re.compile(r"[A-Za-z]\.? \d{1,2}\b|\b\d{1,2} [A-Za-z]")  # "(1999, March 3)", "(3 March 1999)"
_APA_MONTH = re.compile(r", [A-Z][a-z]+\.?$")  # "(2014, June"
_NEWS_PAGE = re.compile(r"(?:pp?\. ?)?(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?")
_CHUNK_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_CONSUMED_CHUNK = re.compile(r",  +,")
_HEAD_END = re.compile(r"[ ]*[.,:]?[ ]*")
_CHAPTER = re.compile(r"(?:CHAPTER|Chapter|Глава|ГЛАВА|Nodaļa) ")
_SITE_NAME = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:lv|ru|com|org|net|edu|gov|uk|de|info|eu|lt|ee)")
_LAST_WORD_STOP = re.compile(rf"(\.\.|[{LETTER}]+)\.$")
_NUMBERING = re.compile(r"\s*(?:\[\d+\]|\d{1,4}[.)](?!\d))?\s*")
_SPELT_OUT = re.compile(rf" ([{UP}][{LETTER}\-]+)(?![{LETTER}])")
_SHORT_ORG = re.compile(r"[^:.;]{2,60}")
_PLACE_COLON = re.compile(rf"[{UP}][{LETTER}\-]+(?: [{UP}][{LETTER}\-]+)?: [{UP}]")
_IMPRINT_RUN = re.compile(rf"[^;/()]{{1,80}}?[,:] ?{YEAR}(?!\d)")
_IMPRINT_AHEAD = re.compile(rf"[,:] *{YEAR}(?!\d)")
_HAS_ALNUM = re.compile(rf"[{LETTER}\d]")
_ANY_YEAR = re.compile(YEAR)
_SERIAL_WORDS = re.compile(r"\b(?:raksti|Труды|Ученые записки|Учёные записки|Acta|Studia)\b")  # a serial's name
_HEAD_ROLES = frozenset({Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD})
_MONONYM_HEAD = re.compile(rf"(?P<n>[{UP}][{LO}]{{2,}})\.[ ]+(?=[{UP}«\"“„])")
_ARTICLES_COLLECTION = re.compile(r"[Сс]борник статей|[Сс]б\. ст\.|[Rr]akstu krājums")
_ONE_NAME = re.compile(rf"[{UP}][{LO}]{{2,}}(?=[ ]*[.,;]|[ ]*$)")
_INNER_ROLE = re.compile(
    r"[,.] (?=(?:trans|transl|tr|ed|eds|edited|translated|comp|compiled|tulk|red|sast|пер|ред|сост|под ред)[. ])"
)
_APA_YEAR = re.compile(
    rf"[ .]*\((?P<dm>(?:\d{{1,2}} )?(?P<mw>[A-Za-z]+)\.? (?:\d{{1,2}}, )?)?(?:(?P<oy2>{YEAR})/)?(?P<y>{YEAR}(?:[–-](?:{YEAR}|present))?)[a-z]?(?: \[(?P<oy>{YEAR})\])?(?:, (?P<md>[A-Za-z]+\.?(?:[/–-][A-Za-z]+\.?)?(?: \d{{1,2}}(?: ?- ?\d{{1,2}})?)?))?\)(?: ?\[{YEAR}\])?\.?|[ ]*\.?[ ]*(?P<y2>{YEAR})[a-z]?\.(?= )"
)
_ORG_AUTHOR = re.compile(
    rf"(?P<org>[{UP}](?:[^().\d\"]|(?<=[{UP}])(?<![{LETTER}][{UP}])\.(?= ?[{UP}])|(?<= )\d+(?= [{UP}]))*?[^().\d\"]{{2}})\.? ?(?=\({YEAR}[a-z]?[),])"  # "World Health Organization. (2020).", "U.S. Department of …", "GBD 2019 … Collaborators"
    rf"|(?P<org2>[{UP}][^().\d\" ]+(?: [^().\d\" ]+)+?)(?=\. {YEAR}[a-z]?\. )"  # "Latvian Academy of Sciences. 1990."
)
_NO_DATE = ("n.d", "n. d", "no date")  # the note an undated APA / Harvard reference leaves where the year stands
_UNDATED_ORG = re.compile(rf"[{UP}][^()\"“”.,;:]{{1,80}}")
_PAREN_ROLE = re.compile(r"\((?P<names>[^()]{3,300}?),? (?P<role>Eds?\.|Trans\.|Comp\.|Ed\. & Trans\.|Eds\. & Trans\.|Trans\. & Eds?\.)[; ]*\)")  # (";" before a consumed "2nd ed.")
_HOST_LABEL = re.compile(r"[ ]*(?:В кн\.|В сб\.|In|Iekš|Grām\.)[ ]*:[ ]*")
_HOST_IN = re.compile(r'[.!?"][ ]+(?:- )?(?:In:?|В кн\.:?|В сб\.:?|Iekš:?|Grām\.:)[ ]+(?=\S)')
_EDITED = re.compile(r"\(eds?\.?\)|\beds?\.|edited by|\(Hrsg|\(ред", re.I)
_COMMA = re.compile(",")
_HOST_COMMA_IN = re.compile(r',"?[ ]+in:?[ ]+(?=["A-ZА-ЯЁ])')


def parse(text: str, origin: Origin | None = None) -> Entry:
    """Read one reference; see the module docstring for the steps."""
    st = State(text, LIMIT)
    entry = st.entry
    entry.origin = origin
    if not text.strip():
        entry.warn("empty", "empty reference")
        return entry
    find_identifiers(st)
    find_extent(st)
    _Reader(st).read()
    st.map_spans(entry)
    if len(text) > LIMIT:
        entry.warn("too-long", f"only the first {LIMIT} characters were parsed", Span(LIMIT, len(text)))
    return entry


class _Reader:
    """Reads the areas of one reference once the labelled pieces are consumed."""

    def __init__(self, st: State) -> None:
        self.st = st
        self.e = st.entry
        self.persons: list[Person] = []
        self.host_persons: list[Person] = []
        self.apa_date: tuple[int, int] | None = None
        self.host_lo: int | None = None  # host marker start
        self.host_body: int | None = None
        self.subtitle_span: tuple[int, int] | None = None
        self.host_title_hi = st.n
        self.host_gost = False  # "//": the host title runs to its area's end, periods and all
        self.harvard = False
        self.issue_day: tuple[int, int] | None = None  # a newspaper's "17 March" after an author-date year
        self.original_year: tuple[int, int] | None = None  # a lone year sentence after the title
        self.area: PubArea | None = None

    # -- driver -----------------------------------------------------------------
    def read(self) -> None:
        st = self.st
        p0 = _skip_numbering(st.w)
        st.blank(0, p0)  # "1." / "[2]" list numbering
        if self._newspaper_issue(p0):
            return
        p1 = self._head_persons(p0)
        p1 = self._editor_sentence(p1)
        self._find_host(p1)
        hi = self.host_lo if self.host_lo is not None else st.n
        resp = _find_slash(st.w, p1, hi)
        if self.host_body is not None:
            host_title_end = self._host_head(self.host_body)
            if "volume" in st.by_kind and "series" not in st.by_kind:
                host_title_end = self._series_before_volume(host_title_end)
            floor, lo = host_title_end, host_title_end
        else:
            fb = first_boundary(st.w, p1, st.n)
            sep = _area_sep(st.w, p1, fb) if fb is not None and "  - " in st.w else None  # "в 22 т. — М."
            floor = min(x for x in (fb, resp, sep, st.n) if x is not None)
            lo = p1
        area = find_pubarea(st, floor, st.n, lo) if self.apa_date is None else None
        self._paren_roles(p1)
        self.area = area
        title_hi = min(x for x in (resp, self.host_lo, area.start if area and area.start >= p1 else None, st.n) if x is not None)
        if area is None and self.host_lo is None and ". - " in st.w:
            title_hi = min(title_hi, _area_sep(st.w, p1, title_hi) or title_hi)  # "… : историческая библиотека. — Электрон. дан."
        self._title_zone(p1, title_hi)
        if "sub_verbo" in st.by_kind:
            self._sub_verbo()
        if resp is not None:
            rhi = min(x for x in (self.host_lo, area.start if area and area.start > resp else None, _area_sep(st.w, resp, hi), hi) if x is not None)
            self._responsibility(resp + 1, rhi, host=False)
        if area is not None:
            if area.resp is not None:
                self._responsibility(area.resp[0], area.resp[1], host=False)
            self._pub(area)
        self._leftovers()
        self._finish()

    def _newspaper_issue(self, p0: int) -> bool:
        """A newspaper's issue cited whole: '"Правда", 1937, 5 марта.', 'Cīņa, 1945, 12. maijā.' The
        newspaper is the host of an untitled entry; the day and month make it an issue, not a book."""
        st, w = self.st, self.st.w
        m = _NEWSPAPER_ISSUE.match(w, p0) if w.count(",") <= 2 else None
        if m is None:
            return False
        date = parse_date(m.group("d").rstrip("."))
        if date is None or date.day is None or date.month is None:
            return False
        self._set_title(*m.span("t"), host=True)
        self.host_lo = p0
        self.e.date = date
        self.e.spans["date"] = Span(*m.span("d"))
        st.blank(m.start("d"), m.end())
        self._finish()
        return True

    # -- persons at the head -------------------------------------------------------------
    def _head_persons(self, p0: int, names: bool = True) -> int:
        st = self.st
        role_head = self._role_head(p0) if names and st.w[p0 : p0 + 1].isupper() else None
        if role_head is not None:
            return role_head
        persons, end, et_al = parse_name_list(st.w, p0, HEAD_SHAPES) if names else ([], p0, False)
        if len(persons) == 1 and persons[0].given and persons[0].family in mononyms():
            mononym = self._mononym_head(p0)  # "Rainis. Dzejas. Rīga, 1977.": a title, not "Family. Given."
            if mononym is not None:
                persons, end = [mononym[0]], mononym[1]
        if names and st.w[p0 : p0 + 1].isascii() and st.w[p0 : p0 + 1].isupper():
            note = note_form_names(st.w, p0)  # "Erving Goffman, The Presentation of Self …"
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
        if not persons:
            org = _ORG_AUTHOR.match(st.w, p0) if "sub_verbo" not in st.by_kind else None  # "World Health Organization. (2020)."
            if org is not None:
                group = "org" if org.group("org") else "org2"
                a, b = org.span(group)
                b = _before_handle(st.w, a, b)
                person = Person(literal=st.text(a, b), span=Span(a, b))
                persons, end, et_al = [person], b, False
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
            end = role[1]
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
            self.e.extra["handle"] = handle.group("h")
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
        if place and is_known_place(place.group(0).rstrip(",:")) and place.group(0)[-1:] in ",:":
            return p0  # "Sajūsma. Atmiņas. Rīga, 1990.": nothing is left for a title, so these were no names
        self.persons = persons
        st.blank(p0, end)
        if et_al:
            self.e.extra["et_al"] = "true"
        m = _HEAD_END.match(st.w, end)
        return m.end() if m else end

    def _subordinate_body(self, body: Person, end: int) -> int:
        """CMOS 14.283 names a government body from the top down, a sentence each: "U.S. Senate. Select
        Committee to Study …. Title."; the committee belongs to the author, not to the title."""
        while body.span is not None and (m := _SUBORDINATE_BODY.match(self.st.w, end)) is not None:
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
            return _CHUNK_YEAR.search(w, rest_at) is not None
        if not w[rest_at : rest_at + 1].isalpha():
            return False  # "1962. “Letter from a Region in My Mind.” New Yorker, November 17, 1962."
        imprint = _IMPRINT_RUN.match(w, rest_at)  # MLA "1984. Secker & Warburg, 1949.": the publisher and year close it
        return imprint is not None and not w[imprint.end() :].strip(" .") and ". " not in imprint.group()

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
            if w[end : end + 1] != "." or opens_title(words[0]):
                return None
            quoted = _quoted_title_after(w, end, words)
            if not looks_like_organisation(" ".join(words[:4])) and not quoted:
                return None
            head = Person(literal=st.text(p0, end), span=Span(p0, end)), end
            if quoted:
                return head
        elif is_known_place(head[0].family or head[0].literal):
            return None  # "Рига. Путеводитель / …": a place named in the title
        if self._collection_follows(head[1]):
            return None  # "Вехи. Интеллигенция в России : сб. ст.": a collection has no one author
        if self._compiled_work(head[1]):
            return None  # "Поэтика. Труды … / Ред.-сост. Д. Кирай и А. Ковач.": compilers gather many authors' works
        at = _skip(w, head[1], " .")
        if _ARTICLES_COLLECTION.search(w, at, first_boundary(w, at, st.n) or st.n):
            return None  # "Вехи. Сборник статей о русской интеллигенции.": many authors' articles
        if st.first("pages") is not None and names_reference_work(w[at : first_boundary(w, at, st.n) or st.n]):
            return None  # "Daugava. Latvijas padomju enciklopēdija. 2. sēj. …": the entry's title
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
        if not self._dated_title_at(m.end()):
            return None  # "Rainis. Rīga, 1977.": nothing is left for a title
        return Person(family=m.group("n"), span=Span(*m.span("n"))), m.end("n")

    def _dated_title_at(self, at: int) -> bool:
        """A title sentence of any length at ``at`` (not a place), and a year after it."""
        w = self.st.w
        word = _FIRST_WORD.match(w, at)
        b = first_boundary(w, at, self.st.n)
        return word is not None and not is_known_place(word.group(0).rstrip(",:")) and b is not None and _ANY_YEAR.search(w, b) is not None

    def _compiled_work(self, at: int) -> bool:
        """Whether the statement of responsibility opens with compilers ("/ сост.", "/ Ред.-сост.", "/ sast.")."""
        w = self.st.w
        slash = _find_slash(w, at, self.st.n)
        rb = role_before(w, _skip(w, slash + 1, " ")) if slash is not None else None
        return rb is not None and rb[0] in (Role.COMPILER, Role.EDITOR_COMPILER)

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

    # -- host ---------------------------------------------------------------------
    def _find_host(self, p1: int) -> None:
        st, w = self.st, self.st.w
        slash = w.find("//", p1)
        if slash != -1:
            self.host_lo, self.host_body = slash, slash + 2
            self.host_gost = True
            m = _HOST_LABEL.match(w, slash + 2)
            if m:
                self.host_body = m.end()
            st.blank(slash, self.host_body)
            return
        if self._dash_host(p1) or self._dash_periodical(p1) or self._dash_serial(p1):
            return
        m = _HOST_IN.search(w, p1)
        if m:
            self.host_lo, self.host_body = m.start() + 1, m.end()  # after the stop that ends the title
            self.host_gost = not m.group(0)[1:].lstrip(" -").startswith("In")  # "В кн.:", "Grām.:" as GOST
            st.blank(m.start() + 1, m.end())
            return
        m = _HOST_COMMA_IN.search(w, p1)
        quoted = m is not None and w[p1 : p1 + 1] in "'\"" and w[m.start() - 1] == w[p1]  # Harvard "'Entry', in Dictionary."
        if m and (_EDITED.search(w[m.end() :]) or st.first("pages") or quoted):
            self.host_lo, self.host_body = m.start(), m.end()
            st.blank(m.start(), m.end())
            return
        if p1 < len(w) and w[p1] in "\"'":
            close = _closing_quote(w, p1)
            closes_clause = close != -1 and (w[close - 1 : close] in ".,!?" or w[close + 1 : close + 2] in (".", ","))
            if close != -1 and not closes_clause and w[close + 1 : close + 3] == "  ":  # '"Title" (PDF).': a mark was read
                closes_clause = w[_skip(w, close + 1, " ") : _skip(w, close + 1, " ") + 1] in (".", ",")
            container_roles = close != -1 and _CONTAINER_ROLE.search(w, close)
            news = _day_month_after_title(w, close) if self.apa_date is not None else None  # Harvard "', The Guardian, 17 March."
            if closes_clause and (st.first("issue") or st.first("volume") or st.first("pages") or container_roles or news or (self.apa_date is None and _dated_after(w, close))):
                after = re.match(r'[ .,]*', w[close + 1 :])
                body = close + 1 + (after.end() if after else 0)
                word = _WORD.match(w[body:])
                starts_title = body < st.n and (w[body].isupper() or w[body] == '"')
                if starts_title and not (word and is_known_place(word.group(0)) and _ends_place(w, body + word.end())):
                    if role_before(w, body) is not None:  # MLA: "Translated by …." before the container
                        after_role = first_boundary(w, body, st.n)
                        if after_role is None or after_role >= st.n:
                            return
                        body = after_role
                    self.host_lo, self.host_body = body if body > close + 1 else close + 1, body
                    if news is not None:
                        self.issue_day = (news.start() + 2, news.end())
                    return
        locator = next((f for f in self.st.found if f.kind in ("issue",) or f.extra.get("apa")), None)
        if locator is not None:
            fb = first_boundary(w, p1, st.n)
            # (a sentence that starts with a number is a date or a locator: "Cīņa, 1944. 15. okt., nr. 5")
            starts = [nxt for _, nxt in boundaries(w, p1, locator.start) if not w[nxt : nxt + 1].isdigit()]
            if starts and fb is not None and starts[-1] >= fb:
                self.host_lo = self.host_body = starts[-1]

    def _dash_host(self, p1: int) -> bool:
        """"Семиотика. — Философская энциклопедия, т. 4": an encyclopedia after an area dash hosts the entry."""
        st, w = self.st, self.st.w
        collected = "соч." in w or "Соч" in w or "raksti" in w or "Raksti" in w or "Works" in w
        if not collected and not any(hint in w for hint in REFERENCE_WORK_HINTS):
            return False
        for m in _DASH_AFTER_STOP.finditer(w, p1):
            body = _skip(w, m.end(), " ")
            stop = min(x for x in (w.find(",", body), w.find(". ", body), st.n) if x != -1)
            works = collected and COLLECTED_WORKS.match(w, self._past_host_authors(body)) is not None  # "— Полн. собр. соч., т. 45"
            if ":" not in w[body:stop] and (works or names_reference_work(w[body:stop])):  # not "М. : Русские словари"
                self.host_lo, self.host_body = m.start() + 1, body
                self.host_gost = True
                st.blank(m.start() + 1, body)
                return True
        return False

    def _past_host_authors(self, body: int) -> int:
        """Past the authors of collected works after an area dash: "— К. Маркс и Ф. Энгельс. Соч., т. 20"."""
        w = self.st.w
        authors, end, _ = parse_name_list(w, body, ("initials-first", "family-initials"), known_given=True)
        if not authors or "." not in w[end - 1 : end + 1]:
            return body
        return _skip(w, end, " .")

    def _dash_periodical(self, p1: int) -> bool:
        """Soviet "Заглавие. — «Журнал», 1892, кн. 14": a quoted periodical, its year and a locator after an
        area dash host the article; the periodical's "кн." is its issue."""
        st, w = self.st, self.st.w
        if ' - "' not in w:
            return False
        m = _DASH_QUOTED.search(w, p1)
        if m is None or not any(f.start >= m.end() for kind in ("issue", "part", "volume", "pages") for f in st.all(kind)):
            return False
        self.host_lo, self.host_body = m.start() + 1, m.start("t") - 1
        self.host_gost = True
        st.blank(self.host_lo, self.host_body)
        for f in [f for f in st.all("part") if f.start >= m.end()]:
            st.by_kind["part"].remove(f)
            if not st.by_kind["part"]:
                del st.by_kind["part"]
            f.kind = "issue"
            st.by_kind.setdefault("issue", []).append(f)
        return True

    def _dash_serial(self, p1: int) -> bool:
        """Latvian and Soviet "Nosaukums. – Latvijas Universitātes Raksti. … sērija, 1932, 2. sēj., 1.–80. lpp.":
        an unquoted serial after the area dash, its year, then a volume, issue or pages host the article
        (not a place and publisher: "– Rīga: Zinātne, 1990, 250 lpp.", "— М., Наука, 1970, с. 5")."""
        st, w = self.st, self.st.w
        if " - " not in w:
            return False
        m = _DASH_SERIAL.search(w, p1)
        if m is None or ":" in m.group("t") or "  " in m.group("t"):
            return False
        if is_known_place(m.group("t").split(",")[0].strip()) or _bare_place_sentence(m.group("t")):
            return False
        if not any(f.start >= m.end("t") for kind in ("issue", "volume", "pages") for f in st.all(kind)):
            return False
        self.host_lo, self.host_body = m.start() + 1, m.start("t")
        self.host_gost = True
        st.blank(self.host_lo, self.host_body)
        return True

    def _host_head(self, body: int) -> int:
        """Host persons ("Chris Murray (ed.),"), title and subtitle; returns the title end."""
        st, w = self.st, self.st.w
        pos = _skip(w, body, " ")
        persons, end, _ = parse_name_list(w, pos, known_given=False)
        role = role_after(w, end) if persons else None
        if persons and role is not None:
            for p in persons:
                p.role = role[0]
            self.host_persons.extend(persons)
            self.host_persons.extend(_also_translated(persons, w[end : role[1]]))
            st.blank(pos, role[1])
            pos = _skip(w, role[1], " ,.:")
            while w.startswith("& ", pos):  # APA "In R. M. Lerner (Series Ed.) & M. E. Lamb (Vol. Ed.), Title"
                more, more_end, _ = parse_name_list(w, pos + 2, known_given=False)
                more_role = role_after(w, more_end) if more else None
                if more_role is None:
                    break
                for p in more:
                    p.role = more_role[0]
                self.host_persons.extend(more)
                st.blank(pos, more_role[1])
                pos = _skip(w, more_role[1], " ,.:")
        elif self.host_gost:
            # "// Бахтин М. М. Эстетика словесного творчества": the host's own author
            authors, end, _ = parse_name_list(w, pos, ("family-initials", "initials-first"), known_given=True)
            if authors and end < st.n and (w[end - 1 : end + 1] == ". " or (w[end : end + 2] == ". " and COLLECTED_WORKS.match(w, end + 2))):
                self.host_persons.extend(authors)
                st.blank(pos, end)
                pos = _skip(w, end, " ")
        hi = self._host_title_end(pos)
        s, e = st.trim(pos, hi)
        if e > s and self.host_gost and _SERIAL_WORDS.search(w, s, e):
            e = self._host_series(s, e)
        if e > s:
            self._set_title(s, e, host=True)
        self.host_title_hi = hi
        # a statement of responsibility of the host: "/ ред.-сост. …", ", edited by …"
        rest_hi = st.n
        slash = _find_slash(w, hi, rest_hi)
        if slash is not None and w[hi:slash].strip(" .,") == "":
            area_end = _area_sep(w, slash, rest_hi) or rest_hi
            b = first_pub_boundary(st, slash, area_end)
            stop = self._responsibility(slash + 1, b, host=True)
            return stop
        after = _skip(w, self._dated_edition(hi), " ,.")
        if w.startswith("by ", after):
            after = self._container_authors(after + 3)
        if role_before(w, after) is not None:  # ", edited by Thomas A. Sebeok," / ", ed. Hannah Arendt"
            b = min(x for x in (first_boundary(w, after, rest_hi), w.find("(", after) if "(" in w[after:] else None, rest_hi) if x is not None)
            return self._responsibility(after, b, host=True)
        return hi

    def _host_series(self, s: int, e: int) -> int:
        """"// Totalitārie režīmi Baltijā: … . Latvijas Vēsturnieku komisijas raksti. 15. sēj.": the serial
        named in the host's last sentence, with the number after it, is the series the host book belongs
        to; returns where the host title ends."""
        st, w = self.st, self.st.w
        stop = w.rfind(". ", s, e)
        a = stop + 2
        if stop == -1 or not _SERIAL_WORDS.search(w, a, e) or not w[a : a + 1].isupper():
            return e
        number = next((f for kind in ("volume", "issue") for f in st.all(kind) if f.start >= e and not w[e : f.start].strip(" .")), None)
        if number is None:
            return e
        st.add("series", st.text(a, e), a, e, number=number.value)
        items = st.by_kind[number.kind]
        items.remove(number)
        if not items:
            del st.by_kind[number.kind]
        return _drop_stop(w, s, stop + 1)

    def _container_authors(self, pos: int) -> int:
        """MLA 9 names a container's authors after its title with "by"; an unsigned part of their work
        ("“Sonnet.” A Glossary of Literary Terms, by M. H. Abrams and …") is theirs, a signed part keeps
        them as the host's ("Chopin, Kate. “Athénaïse.” The Awakening and Selected Stories, by Chopin, …")."""
        st = self.st
        persons, end, et_al = parse_name_list(st.w, pos, _name_shapes(st.w, pos, st.n), known_given=False)
        one = _ONE_NAME.match(st.w, pos) if not persons else None
        if one is not None and one.group(0) in {p.family for p in self.persons}:  # "…, by Chopin, edited by …"
            persons, end, et_al = [Person(family=one.group(0), span=Span(*one.span()))], one.end(), False
        if not persons or _IMPRINT_AHEAD.match(st.w, end):
            return pos - 3
        (self.host_persons if self.persons else self.persons).extend(persons)  # (the part's own author is named first)
        if et_al:
            self.e.extra["et_al"] = "true"
        st.blank(pos - 3, end)
        return _skip(st.w, end, " ,.")

    def _series_before_volume(self, hi: int) -> int:
        """Wikipedia {{cite book}} renders "Host Title. Series. Vol. 28. Place: Publisher.": a name in its
        own sentence right after the host's title and right before the volume sentence is the series."""
        st = self.st
        m = _SERIES_SENTENCE.match(st.w, hi)
        if m is None:
            return hi
        a, b = m.span("s")
        if not any(f.start > b and not st.w[b : f.start].strip(" .") for f in st.all("volume")):
            return hi
        st.add("series", st.text(a, b), a, b)
        st.blank(a, b)
        return b

    def _dated_edition(self, hi: int) -> int:
        """An online work's dated edition after its title: "The Stanford Encyclopedia of Philosophy (Fall 2017
        Edition)"; the year dates the entry. Returns where the host's statements go on."""
        m = _DATED_EDITION.match(self.st.w, hi)
        if m is None:
            return hi
        if self.e.date is None:
            self.e.date = parse_date(m.group("y"))
            self.e.spans["date"] = Span(*m.span("y"))
        self.st.blank(*m.span())
        return m.end()

    def _host_title_end(self, pos: int) -> int:
        st, w = self.st, self.st.w
        n = st.n
        if w[pos : pos + 1] == '"':
            close = w.find('"', pos + 1)
            if close != -1:
                return close + 1
        stops = [n]
        fb = self._host_sentence_end(pos) if self.host_gost else first_boundary(w, pos, n)
        if fb is not None:
            stop = w.rfind(".", pos, fb)
            stops.append(stop if stop > pos else fb)
        slash = _find_slash(w, pos, n)
        if slash is not None:
            stops.append(slash)
        paren = w.find(" (", pos)
        if paren != -1 and (acronym := _meeting_acronym(w, pos, paren)) is not None:
            paren = w.find(" (", acronym)
        if paren != -1 and _YEAR_INSIDE_TITLE.match(w, paren):
            paren = w.find(" (", paren + 2)  # "The Third (1959) University of Utah Research Conference": a year in the title
        if paren != -1:
            stops.append(paren)
        sep = _area_sep(w, pos, n)
        if sep is not None:
            stops.append(sep)
        under = _under_editor(w, pos, min(stops))
        if under is not None:
            stops.append(under)
        count = next((f.start for f in st.all("number_of_volumes") if pos < f.start < min(stops)), None)
        if count is not None and self.host_gost:
            stops.append(count)  # "// Полн. собр. соч. и писем в 30-ти т. Сочинения в 18-ти т. Т. 14": the set's title ends at its count
        for m in _COMMA.finditer(w[pos:min(stops)]):
            at = pos + m.start()
            segment_end = min(stops)
            years = _TITLE_YEARS.match(w, at)
            if years is not None and _ANY_YEAR.search(w, years.end(), segment_end):
                continue  # "The Complete Poems, 1927–1979, Farrar, …, 1983": a span of years in the title
            if _YEARS_BEFORE_IMPRINT.match(w, at):
                continue  # "in The Complete Poems, 1927–1979 (New York: …", "…, 1927–1979, 178.": the title's span of years
            if _DATE_IN_TITLE.match(w, at) and _month_day_before(w, at):
                continue  # "Papers presented at the February 26–28, 1957, Western Joint Computer Conference"
            if (
                not _HAS_LETTER.search(w, at, segment_end)
                or role_before(w, at + 1) is not None
                or _IMPRINT_AFTER.match(w, at)
                or _CONSUMED_CHUNK.match(w, at)  # "Social Text, no. 15, Autumn 1986": a locator was here
                or _day_month_after(w, at)  # "The Guardian, 3 March, p. 5"
                or self._issue_month(at)  # author-date "Marxism Today, January, 14–20" (the year is at the head)
                or w.startswith(", by ", at)  # MLA "A Glossary of Literary Terms, by M. H. Abrams and …"
                or comma_publisher_at(w, at + 2)  # ", Little, Brown, 1951": the publisher's own comma comes next
            ):
                stops.append(at)
                break
        return min(stops)

    def _issue_month(self, at: int) -> bool:
        """A magazine's month after its name in author-date, the year at the head (CMOS 15.47):
        "Marxism Today, January, 14–20"; kept to date the issue."""
        m = _MONTH_ALONE.match(self.st.w, at) if self.apa_date is not None and self.issue_day is None else None
        if m is None or not month_number(m.group("m")):
            return False
        self.issue_day = m.span("m")
        return True

    def _host_sentence_end(self, pos: int) -> int | None:
        """A GOST host title ("Известия АН СССР. Серия физическая") ends before a sentence
        that starts the next area: a number, a place, a role, or nothing left to read."""
        w, n = self.st.w, self.st.n
        for _, nxt in boundaries(w, pos, n):
            word = _FIRST_WORD.match(w, nxt)
            if (
                nxt >= n
                or w[nxt].isdigit()
                or w[nxt] in "-/("
                or (word and is_known_place(word.group(0).rstrip(",:")))
                or _PLACE_COLON.match(w, nxt)
                or role_before(w, nxt) is not None
            ):
                return nxt
        return None

    # -- title zone -----------------------------------------------------------------
    def _title_zone(self, lo: int, hi: int) -> None:
        st, w = self.st, self.st.w
        s, _ = st.trim(lo, hi, " ,;:/.-")
        _, e = st.trim(s, hi, " ,;:/-")
        e = _drop_stop(w, s, e)
        if e <= s:
            if self.e.title is None and self.e.host is None:
                self.e.warn("no-title", "no title found")
            return
        # an organisation before the title (web pages: "AIA European section, Title")
        comma = w.find(", ", s, e)
        kinds = st.by_kind  # (holds no empty lists: "in" says whether st.first would find one)
        web = comma != -1 and ("url" in kinds or "archived" in kinds or "accessed" in kinds)
        if web and self.persons and _SHORT_ORG.fullmatch(w[s:comma]) and looks_like_organisation(w[s:comma]):
            self._set("publisher", s, comma)
            s = _skip(w, comma, " ,")
        # "Discipline and Punish, trans. Alan Sheridan (New York: …)": a role inside the title sentence
        inner = _INNER_ROLE.search(w, s, e)
        if inner is None and _under_editor(w, s, e) is not None:
            inner = _UNDER_EDITOR.search(w, s, e)
        if inner is not None and role_before(w, inner.end()) is not None:
            self._responsibility(inner.end(), e, host=False)
            e = _drop_stop(w, s, inner.start())
        e = self._volume_title_after_colon(s, e)
        if "Vol" in st.s[s:e]:
            s, e = self._volume_of_set(s, e)
        # GOST " : " marks other title information: the title runs to it, periods and all
        sentences = [(s, e)] if (" : " in w[s:e] and " : " in st.s[s:e]) or self._one_title_sentence(s, e) else _sentences(w, s, e)  # (not a consumed "(Volume I)" before a colon)
        if w[s : s + 1] == '"':
            split = _after_quoted_title(w, s, sentences[0][1])  # '"History of Latvia". latvia.eu.'
            sentences = split + sentences[1:] if split else sentences
        first_s, first_e = sentences[0]
        rest = sentences[1:]
        # web chapters: "Book. CHAPTER IX …" – the chapter is the entry, the book its host
        chapter = next((i for i, (a, _) in enumerate(rest) if _CHAPTER.match(w, a)), None) if rest else None
        if chapter is not None and self.host_lo is None:
            self._set_title(first_s, first_e, host=True)
            first_s, first_e = rest[chapter]
            rest = rest[chapter + 1 :]
        if rest and w[first_e - 1 : first_e] in "?!" and self._title_goes_on(rest):
            first_e = rest[0][1]
            rest = rest[1:]
        kept: list[tuple[int, int]] = []
        quoted = w[first_s : first_s + 1] == '"' and self.host_lo is None and not self._described(first_e, rest)
        for i, (a, b) in enumerate(rest):
            piece = w[a:b].strip(" .")
            if quoted and self.e.host is not None and self.e.host.title is not None and not self.e.places and (is_known_place(piece) or is_known_place(piece + ".")):
                pe = _drop_stop(w, a, b)
                self._pub(PubArea(a, pe, places=[(a, pe)]))  # {{cite news}} |location=: '"Latvia votes". The Guardian. London.'
                continue
            if quoted and not _HAS_DIGIT.search(piece):
                # Wikipedia: "Title". Work. Publisher.  (an organisation is the publisher)
                if (looks_like_organisation(piece) and not self._site_before_owner(rest, i)) or (self.e.host is not None and self.e.host.title is not None):
                    if self.e.publisher is None:
                        self._apa_publisher(a, _drop_stop(w, a, b))  # "London: Secker & Warburg" as well
                        continue
                elif self.e.host is None or self.e.host.title is None:
                    self._set_title(a, b, host=True)
                    self.host_lo = self.host_lo if self.host_lo is not None else a
                    continue
            if role_before(w, a) is not None:  # "Translated by Alan Sheridan."
                self._responsibility(a, b, host=False)
                continue
            if _REPORT_CODE.fullmatch(piece) and not self.st.first("report"):
                self.st.add("report", piece, a, a + len(piece), series="")  # RAND "P-1472.": a report's number alone
                self.st.blank(a, a + len(piece))
                continue
            if _YEARS_PIECE.fullmatch(piece) and self.original_year is None:
                self.original_year = (a, a + len(piece))  # MLA "Middlemarch. 1871–72. Edited by …": first published in parts
                continue
            if _CHUNK_YEAR.fullmatch(piece) and self.original_year is None:
                self.original_year = (a, a + len(piece))  # MLA "Title. 1903. Penguin Books, 1996.": the first publication
                continue
            if self._volume_title(a, b, first_e):
                continue
            if not kept and self._reference_work_host(a, b, piece):
                continue
            if _ROMAN_RANGE.fullmatch(piece) and not self.e.volume and not self.st.first("volume"):
                self.st.add("volume", self.st.text(a, a + len(piece)), a, a + len(piece))  # "Latvijas vēsture. I–II."
                continue
            if _LONE_ROMAN.fullmatch(piece) and not self.e.volume:
                self.st.add("volume", piece, a, a + len(piece))
                continue
            if self.harvard and self.issue_day is None and _DAY_MONTH_SENTENCE.fullmatch(piece) and month_number(piece.split()[-1 if piece[0].isdigit() else 0]):
                self.issue_day = (a, a + len(piece))  # Harvard blog or news item: "Blog title. 4 May. Available at: …"
                continue
            if _SITE_NAME.fullmatch(piece):
                self._set("publisher", a, _drop_stop(w, a, b))
            elif (
                self.apa_date is not None and self.e.publisher is None and (a, b) == rest[-1] and self.host_lo is None
                and not (self.harvard and self.st.first("url") and ":" not in w[a:b] and not self.st.first("thesis"))  # Harvard web page: "Title. Available at: URL"
            ):
                if not self._apa_periodical(a, b):
                    self._apa_publisher(a, b)
            elif self._series_sentence(first_s, rest, a, b):
                continue
            elif self._web_imprint(rest, a, b, piece):
                self._apa_publisher(a, _drop_stop(w, a, b))  # Wikipedia "… (PDF). Geneva: World Health Organization. 2022. Archived …"
            elif self._site_owner(rest, a, b, piece) and not looks_like_organisation(w[first_s:first_e]):  # (not "LNB. Digitālā bibliotēka.")
                self._set("publisher", a, _drop_stop(w, a, b))
            else:
                kept.append((a, b))
        self._set_title(first_s, first_e, host=False)
        if self.apa_date is not None and self.e.title is not None and self.e.title.value.endswith("]"):
            self._translated_title()
        if kept:
            ks, ke = kept[0][0], kept[-1][1]
            ks, ke = st.trim(ks, ke, " ,;:/-")
            ke = _drop_stop(w, ks, ke)
            if self.e.subtitle is not None and self.e.subtitle.value:
                assert self.subtitle_span is not None
                self._set("subtitle", self.subtitle_span[0], ke, consumed=True)  # "Title: Sub. More." (the subtitle is blanked)
            else:
                self._set("subtitle", ks, ke)
            self.e.warn(
                "ambiguous-title",
                "the title runs over several sentences; all but the first were read as its subtitle",
                Span(ks, ke),
                "info",
            )
        st.blank(lo, hi)

    def _described(self, title_end: int, rest: list[tuple[int, int]]) -> bool:
        """APA's bracketed description after the title ("[Tweet]", "[Video]"): the sentence after it
        names the platform that publishes the work, not a periodical that hosts a quoted article."""
        if not rest or "note" not in self.st.by_kind:
            return False
        for note in self.st.by_kind["note"]:
            if title_end <= note.start < rest[0][0] and note.value.startswith("["):
                return True
        return False

    def _site_owner(self, rest: list[tuple[int, int]], a: int, b: int, piece: str) -> bool:
        """"18. novembris – … diena. Latvijas Institūts. Pieejams: https://…": an organisation's name as the
        last sentence before a web page's address is the body that publishes the site."""
        kinds = self.st.by_kind
        if (a, b) != rest[-1] or self.apa_date is not None or self.host_lo is not None or self.e.publisher is not None:
            return False
        if not ("url" in kinds or "accessed" in kinds) or _HAS_DIGIT.search(piece):
            return False
        return looks_like_organisation(piece)

    def _web_imprint(self, rest: list[tuple[int, int]], a: int, b: int, piece: str) -> bool:
        """"Place: Publisher" as the last sentence of an online work's title zone is its imprint."""
        kinds = self.st.by_kind
        if (a, b) != rest[-1] or self.apa_date is not None or self.host_lo is not None or self.e.publisher is not None:
            return False
        return ("url" in kinds or "accessed" in kinds or "archived" in kinds) and bool(_PLACE_PUBLISHER.fullmatch(piece))

    def _site_before_owner(self, rest: list[tuple[int, int]], i: int) -> bool:
        """'"Riga Historic Centre". UNESCO World Heritage Centre. United Nations Educational, …
        Organization.': of two sentences after a quoted title, the first is the site (the work), the
        second its owner (the publisher), even when the site's name is an organisation's."""
        if self.e.host is not None or self.e.publisher is not None or i + 1 >= len(rest):
            return False
        a, b = rest[i + 1]
        owner = self.st.w[a:b].strip(" .")
        return not _HAS_DIGIT.search(owner) and looks_like_organisation(owner) and role_before(self.st.w, a) is None

    def _title_goes_on(self, rest: list[tuple[int, int]]) -> bool:
        """After a question ("Where is the land of opportunity? The geography of …"), the next sentence
        continues the title, unless it is the APA publisher's place or an imprint or a role statement."""
        w = self.st.w
        a, b = rest[0]
        if not w[a : a + 1].isupper() or role_before(w, a) is not None or ":" in w[a:b]:
            return False
        return len(rest) > 1 or (self.harvard and self.st.first("url") is not None)

    def _translated_title(self) -> None:
        """APA and Wikipedia (trans-title) add a translation in brackets: "On War [Vom Krieg]",
        "Die Welt als Wille und Vorstellung [The world as will and representation]"."""
        title, span = self.e.title, self.e.spans.get("title")
        assert title is not None
        m = _BRACKETED_END.search(title.value)
        if m is None or span is None:
            return
        translation = m.group("t")
        title.translated[detect_language(translation) or "und"] = translation
        title.value = title.value[: m.start()]
        span.end = span.start + len(normalize(title.value))

    def _series_sentence(self, title_at: int, rest: list[tuple[int, int]], a: int, b: int) -> bool:
        """Wikipedia {{cite book}}: "Lumans, Valdis O. (2006). Latvia in World War II. World War II: The Global,
        Human, and Ethical Dimension. New York: Fordham University Press." A title there joins its subtitle
        with a colon, so the one sentence between the title and "Place: Publisher" is the series."""
        st, w = self.st, self.st.w
        if self.apa_date is None or self.host_lo is not None or len(rest) != 2 or (a, b) != rest[0]:
            return False
        if w[title_at : title_at + 1] == '"' or st.first("series") or _HAS_DIGIT.search(w, a, b):
            return False
        if any(word[:1].islower() for word in w[a:b].split() if len(word) > 3):
            return False  # a series is a name in title case; APA's sentence-case "Contribution of working groups" is not
        last = w[rest[1][0] : rest[1][1]].strip(" .")
        if not _PLACE_PUBLISHER.fullmatch(last) and not (_PUBLISHER_WORD.search(last) and not _PUBLISHER_WORD.search(w, a, b)):
            return False  # "Place: Publisher" or a publisher's name ("Cambridge University Press") closes a {{cite book}} imprint
        s, e = st.trim(a, _drop_stop(w, a, b), " ,;:/-")
        opening = w.rfind("(", s, e)
        if w[e - 1 : e] == ")" and opening != -1 and not w[opening + 1 : e - 1].strip():
            e = opening  # "(Revised student ed.)": the edition was read already
        e = _drop_stop(w, s, e)
        st.add("series", st.text(s, e), s, e)
        st.blank(s, e)
        return True

    def _sub_verbo(self) -> None:
        """"Oxford English Dictionary, 2nd ed. (1989), s.v. “serendipity.”": the headword is the entry's
        title and what the title zone read is the reference work that hosts it."""
        e, found = self.e, self.st.first("sub_verbo")
        assert found is not None
        if e.title is not None and (e.host is None or e.host.title is None):
            span = e.spans.pop("title")
            e.spans.pop("subtitle", None)
            e.title = e.subtitle = None
            self._set("host.title", span.start, self._work_title_end(span.start, span.end))
            self.host_lo = span.start
        e.title = Text(found.value.strip())
        e.spans["title"] = Span(found.start, found.end)
        if not self.persons:
            e.extra["reference-work"] = "true"

    def _work_title_end(self, s: int, e: int) -> int:
        """A reference work's title ends before its edition or a year: "Oxford English Dictionary, 2nd ed. (1989)"."""
        st = self.st
        for m in _CHUNK_YEAR.finditer(st.s, s, e):
            if self.e.date is None and st.s[m.start() - 1 : m.start()] == "(":
                self.e.date = parse_date(m.group(0))
                self.e.spans["date"] = Span(m.start(), m.end())
            e = min(e, m.start())
        for kind in ("edition", "volume"):
            found = st.first(kind)
            if found is not None and s < found.start < e:
                e = found.start
        return _drop_stop(st.s, s, e)

    def _one_title_sentence(self, s: int, e: int) -> bool:
        """Whether the title zone is one title, its inner full stops and all.

        Before a GOST "//" everything up to the host is the title of the part ("Что такое
        «государство»? Русский термин …"); and a colon after an inner full stop marks the
        subtitle, so the sentences before it are the title ("От Скифии до Индии. Древние
        арии: мифы и история").
        """
        if self.host_gost and self.host_lo is not None and self.st.s.startswith("//", self.host_lo):
            return True
        if self.apa_date is not None:
            return False  # author-date: the imprint "Place: Publisher" may still be in the zone
        w = self.st.w
        colon = _title_colon(w, s, e) if ": " in w[s:e] else None
        if colon is None or first_boundary(w, s, colon[0]) is None:
            return False
        starts = [nxt for _, nxt in boundaries(w, s, colon[0])]
        if "(" in w[s : colon[0]] or ", " in w[s : starts[0] if starts else colon[0]]:
            return False  # "hooks, bell. Ain't I …:", "(2020). …:": an unread heading, no title sentence
        word = _FIRST_WORD.match(w, starts[-1]) if starts else None
        return not (word and is_known_place(word.group(0).rstrip(",:")))  # not "… Rīga: Zinātne"

    def _reference_work_host(self, a: int, b: int, piece: str) -> bool:
        """"Rīga. Latvijas padomju enciklopēdija. 8. sēj. …, 237.–250. lpp.": an encyclopedia named
        right after the entry's title, with the entry's pages cited, hosts it."""
        if self.host_lo is not None or self.st.first("pages") is None or not names_reference_work(piece):
            return False
        self._set_title(a, b, host=True)
        self.host_lo = a
        return True

    def _volume_title_after_colon(self, s: int, e: int) -> int:
        """GOST "Собрание сочинений : в 7 т. Т. 5 : Работы 1940-х годов": the volume's own title follows
        its number and a colon; it is kept aside and the title zone ends at the number."""
        st = self.st
        for f in st.all("volume") + st.all("part"):
            colon = _COLON_AFTER.match(st.s, f.end) if s < f.start and f.end < e else None  # (not "(Volume I): …")
            if colon is None:
                continue
            a, b = st.trim(colon.end(), e)
            b = _drop_stop(st.w, a, b)
            if b > a:
                self.e.extra["volume_title"] = st.text(a, b)
                self.e.spans["extra.volume_title"] = Span(a, b)
                st.blank(a, b)
            return f.start
        return e

    def _volume_of_set(self, s: int, e: int) -> tuple[int, int]:
        """Chicago (CMOS 14.121) names one volume of a set with its own title in two orders: "A History of
        the English-Speaking Peoples. Vol. 3, The Age of Revolution." and "The Age of Revolution. Vol. 3 of A
        History of the English-Speaking Peoples."; the set's title is the title, the volume's is kept aside."""
        st = self.st
        for f in st.all("volume"):
            if not (s < f.start and f.end < e and st.s.startswith("Vol", f.start) and st.s[f.start - 2 : f.start] == ". "):
                continue
            after = _VOLUME_OF_SET.match(st.s, f.end)
            if after is None:
                continue
            if after.group("of"):  # "… . Vol. 3 of A History …": the set's title follows
                a, b = s, _drop_stop(st.w, s, st.trim(s, f.start)[1])
                title = (after.end("of"), e)
            else:  # "… . Vol. 3, The Age of Revolution": the volume's title follows
                a, b = after.end(), _drop_stop(st.w, after.end(), e)
                title = (s, f.start)
                if _CHUNK_YEAR.search(st.w, a, b):
                    return s, e  # MLA "Vol. 4, Alfred A. Knopf, 2012": the publisher follows, not a title
            if b <= a:
                return s, e
            self.e.extra["volume_title"] = st.text(a, b)
            self.e.spans["extra.volume_title"] = Span(a, b)
            st.blank(a, b)
            st.blank(f.end, after.end())
            return title
        return s, e

    def _volume_title(self, a: int, b: int, title_end: int) -> bool:
        """The title of one volume right after its number ("Т. 1. Историческое развитие …").

        The flat fields have no slot for it (the common title is the title), so it is kept aside.
        """
        st = self.st
        word = _FIRST_WORD.match(st.w, a)
        if self.apa_date is not None or _PLACE_COLON.match(st.w, a) or (word and is_known_place(word.group(0).rstrip(",:"))):
            return False  # "Vol. 3. London: Heinemann.": the imprint, when the year stands after the authors
        numbers = [f for kind in ("volume", "part") for f in st.all(kind) if title_end <= f.start and f.end <= a]
        if not numbers or any(ch not in " ." for ch in st.w[max(f.end for f in numbers) : a]):
            return False
        b = _drop_stop(st.w, a, b)
        if b <= a or not st.w[a : a + 1].isupper():
            return False
        self.e.extra["volume_title"] = st.text(a, b)
        self.e.spans["extra.volume_title"] = Span(a, b)
        st.blank(a, b)
        return True

    def _trailing_imprint(self) -> None:
        """APA / Wikipedia put the imprint last, without a year: "… (pp. 1–2). Academic Press."."""
        st, w = self.st, self.st.w
        runs = [m for m in _RUN.finditer(w) if _HAS_LETTER.search(m.group(0))]
        if not runs:
            return
        last = runs[-1]
        a, b = st.trim(*last.span(), " ,;:.()")
        stop = w.rfind(". ", a, b) if self.host_lo is not None and self.apa_date is not None else -1
        if stop != -1 and _HAS_DIGIT.search(w, a, stop):  # Harvard "in Proceedings …. Kerkyra, 20–27 September. IEEE"
            a = stop + 2
        b = _drop_stop(w, a, b)
        text = w[a:b]
        if b <= a or not text[:1].isupper() or len(text.split()) > 10 or _HAS_DIGIT.search(text):
            return
        if self.apa_date is None and not (self.host_lo is not None and ":" in text) and not self._site_publisher(text):
            return
        if self.host_lo is not None and not self.e.places and (is_known_place(text) or is_known_place(text + ".")):
            b += 1 if not is_known_place(text) else 0  # ("Washington, D.C.")
            self._pub(PubArea(a, b, places=[(a, b)]))  # {{cite news}} |location= after the paper: "The Washington Post. Washington, D.C."
            return
        self._apa_publisher(a, b)

    def _site_publisher(self, text: str) -> bool:
        """MLA "… 1948. United Nations, www.un.org/…": an organisation named last before the address publishes the site."""
        return "url" in self.st.by_kind and self.host_lo is None and looks_like_organisation(text)

    def _issue_day(self, date: Date) -> None:
        """Harvard gives the year at the head and the paper's day and month after its name."""
        assert self.issue_day is not None
        day = parse_date(f"{self.st.slice(*self.issue_day)} {date.year}")
        if day is not None and day.month:
            date.month, date.day = day.month, day.day
            self.st.blank(*self.issue_day)
            page = _PAGE_AFTER_DAY.match(self.st.w, self.issue_day[1])  # "…, March 3, A1.": the page after the day
            if page is not None and "pages" not in self.st.by_kind:
                self.st.add("pages", page.group("a"), *page.span("a"), last=page.group("b") or "")
                self.st.blank(*page.span())

    def _apa_periodical(self, a: int, b: int) -> bool:
        """APA news and magazine articles: "(1999, March 3). Title. The Washington Post, A1."."""
        st, w = self.st, self.st.w
        if self.apa_date is None:
            return False
        if _advance_online_after(st, a, b):  # "Title. Psychological Research. Advance online publication. https://doi.org/…"
            self._set_title(a, _drop_stop(w, a, b), host=True)
            self.host_lo = a
            return True
        online = bool(st.first("url") or st.first("doi"))
        if online and not names_periodical(w[a:_drop_stop(w, a, b)].strip()):
            return False  # a dated web page names its site here ("Nielsen Norman Group"), not a periodical
        if any(note.value.startswith("[") for note in st.all("note")):
            return False  # "[Paper presentation]", "[Blog post]": the description says what it is
        b = _drop_stop(w, a, b)
        first = w.find(", ", a, b)
        day = _DAY_MONTH.match(w, first) if first != -1 else None
        if day and month_number(day.group("m") or day.group("m2")):  # author-date "Washington Post, March 3, A1."
            year = _IMPRINT_AHEAD.match(w, day.end())
            st.blank(first, year.end() if year else day.end())
            w = st.w
        elif not _APA_DAY.search(st.s, *self.apa_date) and not (online and _APA_MONTH.search(st.s, *self.apa_date)):
            return False  # (a monthly magazine online: "(2014, June). Title. The Atlantic. https://…")
        comma = w.rfind(", ", a, b)
        page = _NEWS_PAGE.fullmatch(w, comma + 2, b) if comma != -1 else None
        if page:
            st.add("pages", page.group("a"), *page.span("a"), last=page.group("b") or "")
            st.blank(comma, b)
            b = comma
        self._set_title(a, b, host=True)
        self.host_lo = a
        return True

    def _apa_publisher(self, a: int, b: int) -> None:
        w = self.st.w
        comma = w.rfind(", ", a, b)
        if comma != -1 and is_known_place(w[comma + 2 : b].strip()):  # "Oxford University Press, Oxford"
            self._pub(PubArea(a, b, places=[self.st.trim(comma + 2, b)], publisher=self.st.trim(a, comma)))
            return
        colon = w.find(":", a, b)
        if colon != -1 and (is_known_place(w[a:colon].strip()) or len(w[a:colon].split()) <= 5):
            place = PubArea(a, b, places=[self.st.trim(a, colon)], publisher=self.st.trim(colon + 1, b))
            self._pub(place)
        else:
            self._set("publisher", *self.st.trim(a, b))

    def _set_title(self, s: int, e: int, host: bool) -> None:
        st, w = self.st, self.st.w
        s, e = st.trim(s, e, " ,;:/-")
        e = _drop_stop(w, s, e)
        s, e = _unquote(w, s, e)
        if w[s : s + 1] == '"' and not s < _closing_quote(w, s) < e:
            s += 1  # '“Title: Sub,” in …': the zone stops before the comma and the closing quote
        colon = _title_colon(w, s, e)
        prefix = "host." if host else ""
        if colon is not None:
            ts, te = st.trim(s, colon[0], " ,;:/-")
            ss, se = st.trim(colon[1], e, " ,;:/-")
            self._set(prefix + "title", ts, te)
            if se > ss:
                self._set(prefix + "subtitle", ss, se)
                if not host:
                    self.subtitle_span = (ss, se)
        else:
            self._set(prefix + "title", s, e)

    # -- responsibility ------------------------------------------------------------------
    def _responsibility(self, lo: int, hi: int, host: bool) -> int:
        """Roles and names after `` / `` (or in a host): returns where it stopped."""
        st, w = self.st, self.st.w
        pos = lo
        target = self.host_persons if host else self.persons
        while pos < hi:
            pos = _skip(w, pos, " ,;.")
            if pos >= hi:
                break
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
                known = {_person_key(p) for p in target}
                families = {p.family for p in target}
                # "/ И. И. Иванов" repeats the author; "/ Дональд Э. Кнут" too, spelt out
                target.extend(p for p in persons if _person_key(p) not in known and p.given not in families)
                pos = end
                continue
            stop = _chunk_end(w, pos, hi)
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
                elif b - a < 80:
                    self._note(a, b)
                else:
                    break
            pos = stop + 1
        st.blank(lo, min(pos, hi))
        return min(pos, hi)

    # -- publication area -------------------------------------------------------------
    def _pub(self, area: PubArea) -> None:
        st = self.st
        for i, (a, b) in enumerate(area.places):
            value = st.text(a, b)
            full, lang = resolve_place(st.w[a:b])
            self.e.places.append(Place(value=value, name=full, lang=lang or None, span=Span(a, b)))
            if not lang:
                self.e.warn("unknown-place", f"place {value!r} is not in the place table; kept as written", Span(a, b), "info")
            self.e.spans[f"places[{i}]"] = Span(a, b)
        date = parse_date(st.slice(*area.date)) if area.date is not None and self.e.date is None else None
        if area.publisher is not None:
            if not area.places and self.e.host is None and (
                (date is not None and date.day) or names_reference_work(st.w[area.publisher[0] : area.publisher[1]])
                or (date is not None and date.month and self._quoted_title())  # MLA "“Can Poetry Matter?” The Atlantic, May 1991"
            ):
                # "Washington Post, March 3, 1999", "«Правда», 1941, 7 ноября": a book's imprint never
                # states the day, a newspaper's does; the paper is the host, not a publisher (and so is
                # an encyclopedia without a place: "“Riga.” Encyclopædia Britannica, 15th ed., 1974")
                ps, pe = area.publisher
                comma = st.w.find(",", ps, pe)
                if comma != -1 and _HAS_LETTER.search(st.w, comma, pe):
                    self._set("publisher", comma + 1, pe)  # MLA "The Columbia Encyclopedia, 6th ed., Columbia UP, 2000"
                    pe = comma
                self._set("host.title", ps, pe)
                self.host_lo = ps
            else:
                self._set("publisher", *area.publisher)
                self._more_publishers(area)
        if date is not None and area.date is not None:
            self.e.date = date
            self.e.spans["date"] = Span(*area.date)
        st.blank(area.start, area.end)

    def _quoted_title(self) -> bool:
        """Whether the title stands in quotes: the title of a part (an article, a page), not of a book."""
        span = self.e.spans.get("title")
        return span is not None and span.start > 0 and self.st.s[span.start - 1 : span.start] == '"'

    def _more_publishers(self, area: PubArea) -> None:
        """Co-publishers in other places join the publisher with the source's separator ("Леан ; Аграф")."""
        st, e = self.st, self.e
        for a, b in area.more_publishers:
            if e.publisher is not None and b > a:
                e.publisher = Text(e.publisher.value + " ; " + _publisher_name(strip_quotes(st.text(a, b))))
                st.blank(a, b)

    # -- leftovers and fields ----------------------------------------------------------
    def _leftovers(self) -> None:
        st, w = self.st, self.st.w
        if self.apa_date is not None and self.e.date is None:
            date = parse_date(st.slice(*self.apa_date))
            if date:
                self.e.date = date
                self.e.spans["date"] = Span(*self.apa_date)
                if self.issue_day is not None and date.month is None:
                    self._issue_day(date)
        if self.e.date is None and (" ed" in w or " Ed" in w):
            self._season_edition()
        if self.e.publisher is None and not self.e.places:
            self._trailing_imprint()
            w = st.w
        if self.area is not None and self.area.date is not None and "series" not in st.by_kind and _HAS_ALNUM.search(w, self.area.end):
            self._closing_series(self.area.end)
            w = st.w
        for m in _RUN.finditer(w) if _HAS_ALNUM.search(w) else ():
            text = m.group(0).strip(" .,;:()[]\"'-/")
            if _HAS_ALNUM.search(text):
                self.e.warn("unparsed-remainder", f"not understood: {st.text(*m.span())!r}", Span(*m.span()))

    def _closing_series(self, at: int) -> None:
        """MLA 9 names a book's series last, after the imprint: "…, W. W. Norton, 2000. Norton Critical Edition."."""
        st = self.st
        m = _CLOSING_SERIES.match(st.w, at)
        if m is None or self.e.places or " " not in m.group("s") or any(word[:1].islower() for word in m.group("s").split() if len(word) > 3):
            return  # (MLA 9 states no place; a single word is a medium, MLA 7's "Print.", or "Microfiche.")
        st.add("series", st.text(*m.span("s")), *m.span("s"))
        st.blank(*m.span("s"))

    def _season_edition(self) -> None:
        """An online reference work's seasonal edition left unread ("Fall 2022 ed.", "(Spring 2019 ed.)",
        MLA and Wikipedia for the Stanford Encyclopedia of Philosophy): its year dates the entry."""
        m = _SEASON_EDITION.search(self.st.w)
        if m is not None:
            self.e.date = parse_date(m.group("y"))
            self.e.spans["date"] = Span(*m.span("y"))
            self.st.blank(*m.span())

    def _finish(self) -> None:
        st, e = self.st, self.e
        kinds = st.by_kind  # most kinds are absent: a dict test, not a look-up call per kind
        for i, p in enumerate(self.persons):
            p.script = detect_script(p.family)
            e.persons.append(p)
            if p.span:
                e.spans[f"persons[{i}]"] = p.span
        for kind in ("volume", "part", "issue", "number_of_volumes"):
            for f in kinds.get(kind, ()):
                in_host = self.host_lo is not None and f.start >= self.host_lo
                if kind == "issue" or (in_host and kind != "number_of_volumes"):
                    if e.host is None:
                        e.host = Host()
                    if not getattr(e.host, kind):
                        setattr(e.host, kind, f.value)
                        e.spans[f"host.{kind}"] = Span(f.start, f.end)
                elif not getattr(e, kind):
                    setattr(e, kind, f.value)
                    e.spans[kind] = Span(f.start, f.end)
                    if "unit" in f.extra:
                        e.extra["volumes-unit"] = f.extra["unit"]
        if self.host_persons:
            if e.host is None:
                e.host = Host()
            for i, p in enumerate(self.host_persons):
                p.script = detect_script(p.family)
                e.host.persons.append(p)
                if p.span:
                    e.spans[f"host.persons[{i}]"] = p.span
        if "pages" in kinds:
            pages = kinds["pages"][0]
            e.pages = Pages(pages.value, pages.extra.get("last", ""), pages.extra.get("unit", "page"))
            e.spans["pages"] = Span(pages.start, pages.end)
        for kind in ("page_total", "edition", "doi", "url", "issn"):
            if kind in kinds:
                found = kinds[kind][0]
                setattr(e, kind, found.value)
                e.spans[kind] = Span(found.start, found.end)
        for i, f in enumerate(kinds.get("isbn", ())):
            e.isbns.append(f.value)
            e.spans[f"isbns[{i}]"] = Span(f.start, f.end)
        if "series" in kinds:
            series = kinds["series"][0]
            e.series = Text(st.text(series.start, series.end))
            e.series_number = series.extra.get("number", "")
            e.spans["series"] = Span(series.start, series.end)
        for kind in ("accessed", "archived"):
            if kind in kinds:
                found = kinds[kind][0]
                setattr(e, kind, parse_date(st.slice(found.start, found.end)))
                e.spans[kind] = Span(found.start, found.end)
                if found.extra.get("archive"):
                    e.archive = found.extra["archive"]
        if "illustrated" in kinds:
            ill = kinds["illustrated"][0]
            e.illustrated = True
            e.spans["illustrated"] = Span(ill.start, ill.end)
        for f in kinds.get("note", ()):
            self._original_work_published(f.start, f.end)
            self._note(f.start, f.end)
        if "signature" in kinds:
            signature = kinds["signature"][0]
            e.extra["archive_signature"] = st.text(signature.start, signature.end).rstrip(".")
            e.spans["extra.archive_signature"] = Span(signature.start, signature.end)
        for kind, key in (("article_number", "number"), ("running_number", "running_number")):
            if kind in kinds:  # "Article aac4716", "вып. 5 (113)": no slot in the model
                found = kinds[kind][0]
                e.extra[key] = found.value
                e.spans[f"extra.{key}"] = Span(found.start, found.end)
        if "repository" in kinds and not e.archive:  # "ГАРФ", "ОР ГБЛ": the archive that holds the file (CSL archive)
            found = kinds["repository"][0]
            e.archive = found.value
            e.spans["archive"] = Span(found.start, found.end)
        for i, report in enumerate(kinds.get("report", ())):
            if i == 0:  # the kind is the genre (BibTeX's techreport type, CSL genre)
                e.genre, e.number = report.extra["series"], report.value
                e.spans["number"] = Span(report.start, report.end)
            else:
                self._note(report.start, report.end)  # "STD 66. RFC 3986."
        if "thesis" in kinds:
            thesis = kinds["thesis"][0]
            e.genre = thesis.value
            e.spans["genre"] = Span(thesis.start, thesis.end)
            university = st.first("university")
            if university is not None and e.publisher is not None and not e.archive:
                self._database_after_thesis(university.start)
            if university is not None and e.publisher is None:
                self._set("publisher", university.start, university.end)
            elif e.publisher is None and e.institution is not None:
                e.publisher, e.institution = e.institution, None  # a thesis's university
                e.spans["publisher"] = e.spans.pop("institution")
        if self.original_year is not None:
            self._original_year(*self.original_year)
        if e.date is None:
            e.warn("no-year", "no publication year found")
        classify(e)

    def _database_after_thesis(self, university: int) -> None:
        """APA 7 (10.6): "[Doctoral dissertation, University of Denver]. ProQuest Dissertations and
        Theses.": the university publishes the thesis, the name after it is the database that holds it."""
        e = self.e
        span = e.spans.get("publisher")
        if e.publisher is None or span is None or span.start < university:
            return
        e.archive = e.publisher.value
        e.spans["archive"] = e.spans.pop("publisher")
        e.publisher = None

    def _original_work_published(self, s: int, e: int) -> None:
        """APA 7's "(Original work published 1920)" stays a readable note; its year also goes to the
        agreed extra key, which the other styles and formats print (MLA's first year, CSL original-date)."""
        m = _ORIGINAL_WORK.fullmatch(self.st.slice(s, e))
        if m is not None and self.e.date is not None:
            self.e.extra["original_year"] = m.group("y")
            self.e.spans["extra.original_year"] = Span(s + m.start("y"), s + m.end("y"))

    def _original_year(self, s: int, e: int) -> None:
        """The year of first publication; the publication year itself when no imprint states one."""
        if self.e.date is None:
            self.e.date = parse_date(self.st.slice(s, e))
            self.e.spans["date"] = Span(s, e)
        else:
            self.e.extra["original_year"] = self.st.slice(s, e)
            self.e.spans["extra.original_year"] = Span(s, e)
        self.st.blank(s, e)

    # -- helpers ---------------------------------------------------------------------
    def _set(self, name: str, s: int, e: int, consumed: bool = False) -> None:
        """Set a Text field (dotted for the host) from the source span ``[s, e)`` (which may start ``consumed``)."""
        st = self.st
        ts, te = st.trim(s, e, " ,;:/")
        if consumed:
            ts = st.trim(s, te, " ,;:/", blanked=False)[0]
        s, e = (ts, te) if te > ts else st.trim(s, e, " ,;:/", blanked=False)  # a span already consumed
        if e <= s:
            return
        value = st.text(s, e)
        if name.endswith("title") or name == "publisher":
            inner = strip_quotes(value)
            if name == "publisher":
                inner = _publisher_name(inner)
            if inner != value:
                normal = normalize(inner)
                found = st.s.find(normal, s, e) if inner else -1
                if found != -1:
                    s, e = found, found + len(normal)
                value = inner
        if not value or not _HAS_ALNUM.search(value):
            return  # (": [сайт]." once the bracketed note is taken: no title or subtitle is left)
        text = Text(value)
        if name.startswith("host."):
            if self.e.host is None:
                self.e.host = Host()
            setattr(self.e.host, name[5:], text)
        else:
            setattr(self.e, name, text)
        self.e.spans[name] = Span(s, e)
        st.blank(s, e)

    def _note(self, s: int, e: int) -> None:
        value = self.st.text(s, e)
        if value:
            self.e.spans[f"notes[{len(self.e.notes)}]"] = Span(s, e)
            self.e.notes.append(Text(value))


_ROLE_CHAIN = re.compile(r"[ ]*(?:,|и|un|and|&)?[ ]*(?:с[ ]+)?(?P<word>[a-zа-яёāčēģīķļņšūž]{2,12}\.)[ ]*")


_PUBLISHER_WORD = re.compile(r"\b(?:Press|Books|Publishers|Publishing|Verlag|UP)\b")
_PLACE_PUBLISHER = re.compile(rf"[{UP}][{LETTER}.\-]*(?:,? [{UP}][{LETTER}.\-]*){{0,3}}: [^:;]+")
_MEETING_WORD = re.compile(r"\b(?:Conference|Symposium|Workshop|Colloquium|Congress|Meeting|Proceedings)\b")
_HANDLE = re.compile(r" ?\[(?P<h>@\w{1,50})\]")  # a social-media user name after the author's name
_DAY_MONTH_SENTENCE = re.compile(r"\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}")
_ORIGINAL_WORK = re.compile(rf"\(Original work published (?P<y>{YEAR})\)")
_COLLABORATION = re.compile(r" ?\((?P<c>[^()\d]{3,200})\)(?=\.? ?\()")  # APA closes it with a period: "et al. (ATLAS Collaboration). (2012)."
_BRACKETED_END = re.compile(rf" \[(?P<t>[{UP}][^\[\]]{{2,200}})\]$")
_TITLE_YEARS = re.compile(rf", {YEAR} ?- ?{YEAR},")
_YEARS_PIECE = re.compile(rf"{YEAR} ?- ?\d\d")  # (a span of four-digit years is the period a title covers: "Прибалтика и Кремль. 1940–1953")
_CLOSING_SERIES = re.compile(rf"[ .]*\. (?P<s>[{UP}][{LETTER}'’\-]*(?: [{LETTER}'’\-]+){{0,7}})\.?[ ]*$")
_SUBORDINATE_BODY = re.compile(r"\. (?P<b>(?:(?:Select|Joint|Special|Standing|Permanent) )?(?:Committee|Subcommittee|Senate|House)\b[^.]{0,150})(?=\. )")
_LETTER_TO = re.compile(rf", to (?P<r>[{UP}][^,;()]{{2,80}}), (?P<d>[A-Z][a-z]+\.? \d{{1,2}}, {YEAR}|\d{{1,2}} [A-Z][a-z]+\.? {YEAR})\.")
_ORIGINAL_DATE = re.compile(rf"\.? \((?P<o>{YEAR})\) (?={YEAR}[a-z]?\. )")
_SHORT_NOTE = re.compile(
    rf"(?P<f>[{UP}][{LO}]+(?:[-'][{UP}]?[{LO}]+)?), (?P<t>[{UP}\"](?:[^().]|\.(?! )){{1,150}}?,\"?) (?P<a>\d{{1,4}})(?: ?- ?(?P<b>\d{{1,4}}))?\.?[ ]*"
)  # "Kahn, On Thermonuclear War, 144.", "Kahn, "Escalation," 144-46."
_DAY_TITLE = re.compile(r"[A-Z][a-z]+\.? \d")  # "Times, March 3, 12.": a paper's date, no short title
_LOWERCASE_NAME = re.compile(rf"(?P<f>[{LO}]{{2,}}), (?P<g>[{LO}]{{2,}})(?=\. [{UP}\"])")
_DATED_ONE_NAME = re.compile(rf"(?P<n>[{UP}][{LO}]{{2,}}|[{UP}]{{2,}})\. {YEAR}[a-z]?\. (?=[{UP}\"])")
_YEAR_SENTENCE = re.compile(rf"{YEAR}[a-z]?\.(?= )")
_REPORT_CODE = re.compile(r"[A-Z]{1,5}-\d{2,6}(?:-[A-Z0-9]{1,6})?")
_SEASON_EDITION = re.compile(rf"\(?(?:Spring|Summer|Fall|Autumn|Winter) (?P<y>{YEAR}) [Ee]d(?:ition|\.)\)?")
_DATED_EDITION = re.compile(rf" ?\((?:(?:Spring|Summer|Fall|Autumn|Winter) )?(?P<y>{YEAR}) [Ee]dition\)")
_YEAR_INSIDE_TITLE = re.compile(rf" \({YEAR}\) [{UP}]")
_MONTH_ALONE = re.compile(r", (?P<m>[A-Z][a-z]+\.?)(?=[,.;]| *$)")
_DAY_MONTH = re.compile(r", (?:\d{1,2} (?P<m>[A-Za-z]+)|(?P<m2>[A-Za-z]+) \d{1,2})\.?(?=[,.;]| *$)")


# a newspaper and the date of its issue, nothing else: '"Правда", 1937, 5 марта.', '"Известия", 12 апреля 1961 г.'
_NEWSPAPER_ISSUE = re.compile(
    rf'(?P<t>"[^"]{{1,60}}"|[{UP}][{LETTER} -]{{1,40}}?),? (?P<d>(?:{YEAR}\.?,? )?\d{{1,2}}\.? [{LETTER}]+\.?(?:,? {YEAR})?)(?: г\.)?\.?$'
)


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


# a meeting's acronym closing its proceedings' title: "(EMNLP)", "(CVPR'05)", "(NeurIPS 2019)"
_ACRONYM = re.compile(r" \((?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?P<y>['’]\d\d| \d{4})?\)(?=[ ,.]|$)")


def _meeting_acronym(w: str, pos: int, paren: int) -> int | None:
    """Where a proceedings title's own "(EMNLP)" ends: ACL and IEEE proceedings carry the meeting's
    acronym in their title (a conference word before it says this is a meeting's volume)."""
    m = _ACRONYM.match(w, paren)
    if m is None or (m.group("y") is None and _MEETING_WORD.search(w, pos, paren) is None):
        return None  # (an acronym with the meeting's year needs no conference word: "(NIPS 2017)")
    return m.end()


def _advance_online_after(st: State, a: int, b: int) -> bool:
    """APA 7 (10.1): the journal's name comes right before "Advance online publication" (read and
    blanked already, so the sentence ``[a, b)`` runs over it)."""
    for note in st.by_kind.get("note", ()):
        if note.value == "Advance online publication" and a < note.start <= b and not st.w[note.start : b].strip(" ."):
            return True
    return False


def _before_handle(w: str, a: int, b: int) -> int:
    """A group author's name ends before its user name: "NASA [@NASA]. (2021, February 18)."."""
    at = w.find(" [@", a, b) if "[@" in w else -1
    return b if at == -1 else at


def _translated_too(persons: list[Person], phrase: str) -> list[Person]:
    """"Edited and translated by Q. Hoare …" ("Translated and edited by …"): the editors are the
    translators as well (and the other way round)."""
    if persons and persons[0].role == Role.EDITOR and "ranslated" in phrase:
        return [replace(p, role=Role.TRANSLATOR, variants=dict(p.variants)) for p in persons]
    if persons and persons[0].role == Role.TRANSLATOR and "dited" in phrase:
        return [replace(p, role=Role.EDITOR, variants=dict(p.variants)) for p in persons]
    return []


def _also_edited(persons: list[Person], phrase: str) -> list[Person]:
    """APA "(G. V. Anrep, Trans. & Ed.)": the translator edited the work too, so is listed in both roles."""
    if not phrase.startswith("Trans. & Ed"):
        return []
    return [replace(p, role=Role.EDITOR, variants=dict(p.variants)) for p in persons]


def _day_month_after_title(w: str, close: int) -> re.Match[str] | None:
    """A day and month after the paper's name, which follows the quoted title ("', The Guardian, 17 March.")."""
    comma = w.find(", ", close + 3)
    m = _DAY_MONTH.match(w, comma) if comma != -1 else None
    return m if m and month_number(m.group("m") or m.group("m2")) else None


def _after_quoted_title(w: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """A quoted title's stop ends its sentence even before a lower-case site name ("latvia.eu")."""
    close = _closing_quote(w, s)
    if close == -1 or w[close + 1 : close + 3] != ". " or not w[close + 3 : close + 4].islower():
        return None
    return [(s, close + 2)] + _sentences(w, close + 3, e)


def _dated_after(w: str, close: int) -> bool:
    """A newspaper after a quoted title: "“Title,” New York Times, March 31, 1933." (a full date)."""
    comma = w.find(",", close + 2)
    while comma != -1:
        if _DAY_MONTH_YEAR.match(w, comma):
            return True
        comma = w.find(",", comma + 1)
    return False


_PAGE_AFTER_DAY = re.compile(rf", (?:pp?\. ?)?(?!{YEAR}\b)(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?\.?[ ]*$")
_DAY_MONTH_YEAR = re.compile(rf", (?:\d{{1,2}} [A-Z][a-z]+\.?|[A-Z][a-z]+\.? \d{{1,2}},) {YEAR}(?!\d)")


def _ends_place(w: str, end: int) -> bool:
    """A place word ends an imprint's place ("Oxford: …", "Oxford, 1990"), not a title ("Oxford Review")."""
    return w[end : end + 1] in (",", ":", ";", "") or w[end : end + 2].strip()[:1].isdigit()


def _day_month_after(w: str, at: int) -> bool:
    m = _DAY_MONTH.match(w, at)
    return bool(m and month_number(m.group("m") or m.group("m2")))


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
    m = _SPELT_LINK.match(w, pos)
    return m if m is not None and role_before(w, m.start("word")) is not None else None


_LATIN_AT = re.compile(r"[ ]*[A-Za-z]")


def _name_shapes(w: str, pos: int, hi: int) -> tuple[str, ...]:
    """Name shapes to try in a statement of responsibility: Latin script prefers "Given Family"."""
    if _LATIN_AT.match(w, pos):
        return ("initial-given-family", "initials-first", "given-family", "family-given", "family-initials", "family-full")
    return ("initials-first", "family-initials", "family-full", "given-family")


def _person_key(p: Person) -> str:
    return f"{p.family}|{(p.given or p.initials)[:1]}"


def _to_nominative(p: Person) -> None:
    """Names after "под ред." stand in the genitive: keep the written form as a variant."""
    family = nominative(p.family)
    if family != p.family:
        p.variants["written"] = {"family": p.family, "given": p.given or p.initials}
        p.family = family


_WORD = re.compile(rf"[{LETTER}.\-]+")
_COLON_AFTER = re.compile(r"\.? : ")
_SERIES_SENTENCE = re.compile(rf"\. (?P<s>[{UP}][^.,:;()\d\"]{{2,80}}?)\.(?= )")
_VOLUME_OF_SET = re.compile(rf"(?P<of> of )?(?(of)|, )(?=[{UP}])")  # "Vol. 3 of A History …", "Vol. 3, The Age …"
_DASH_QUOTED = re.compile(rf'\. ?- "(?P<t>[^"]{{2,120}})",? ?{YEAR}(?!\d)')
_YEAR_FIRST = re.compile(rf"[ -]*(?:{YEAR})")
_PLACE_FIRST = re.compile(rf"[{UP}][{LO}]*\.?(?:-[{UP}][{LO}]*\.?)?,")  # "М.,", "Л.,", "Rīga,": an imprint's place


def _bare_place_sentence(title: str) -> bool:
    """An abbreviated or one-word place before a comma ("М., Наука"), not a serial's name."""
    m = _PLACE_FIRST.match(title)
    return m is not None and (m.group(0).endswith(".,") or is_known_place(m.group(0)[:-1]))


_DASH_SERIAL = re.compile(rf"\. ?- (?P<t>[{UP}][^\"]{{1,160}}?), {YEAR}(?!\d)(?=[,.] )")


def first_pub_boundary(st: State, lo: int, hi: int) -> int:
    """End of a statement of responsibility: the last sentence end before the publication area."""
    b = boundaries(st.w, lo, hi)
    for start, nxt in b:
        rest = st.w[nxt:hi]
        word = _WORD.match(rest)
        if word and (is_known_place(word.group(0)) or is_known_place(word.group(0).rstrip(","))):
            return start + 1
        if _YEAR_FIRST.match(rest) or not _HAS_LETTER.search(rest):
            return start + 1
    return hi


_PUBLISHER_PREFIX = re.compile(
    r"^(?:[a-zа-яё\-. ]*?)(?i:" + "|".join(re.escape(w) for w in sorted(vocabulary().get("publisher-prefix", []), key=len, reverse=True))
    + r")[a-zа-яё .]*?[ ]*[\"«„“](?P<n>[^\"«»„“”]+)[\"»“”]$"
)  # "изд-во «Наука»", "SIA „Jumava”", "Apgāds „Zvaigzne ABC”"


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


_OPENING_QUOTES = frozenset('"“')


_YEARS_BEFORE_IMPRINT = re.compile(rf", {YEAR} ?- ?{YEAR}(?= \(|,[ ]*(?:\d+(?: ?- ?\d+)?)?[ ]*\. )")  # (pages read already leave spaces)
_DATE_IN_TITLE = re.compile(rf", {YEAR}, [A-Z][a-z]+ [A-Z]")  # a name goes on after the date
_MONTH_DAY_END = re.compile(r"([A-Z][a-z]+)\.? \d{1,2}(?:[–-]\d{1,2})?$")


def _month_day_before(w: str, at: int) -> bool:
    m = _MONTH_DAY_END.search(w, max(0, at - 20), at)
    return m is not None and month_number(m.group(1)) is not None


def _quoted_title_after(w: str, end: int, words: list[str]) -> bool:
    """"Nobel Prize Outreach. “Aleksandr Solzhenitsyn – Facts.” NobelPrize.org.": a short name in title
    case before a quoted title is its author (an organisation; Chicago 14.206, MLA web pages)."""
    at = _skip(w, end, " .")
    if w[at : at + 1] not in _OPENING_QUOTES or len(words) > 6:
        return False
    close = _closing_quote(w, at)
    return all(word[:1].isupper() for word in words) and close != -1 and _HAS_LETTER.search(w, close) is not None


def _initials_then_organisation(w: str, p0: int, person: Person) -> bool:
    """"U.K. Parliament", "U.S. Army": a country's initials and an organisation's word are no
    initials and family name; the organisation is the author."""
    return not person.given and w[p0 + 1 : p0 + 2] == "." and person.family.lower() in organisation_words()


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


def _unquote(w: str, s: int, e: int) -> tuple[int, int]:
    """``“Title: Sub.”`` → ``Title: Sub`` when one pair of quotes wraps the whole title."""
    if e - s >= 2 and w[s] in "\"'" and w[e - 1] == w[s] and _closing_quote(w, s) == e - 1:
        s, e = s + 1, e - 1
        while e > s and w[e - 1] in " .,;:":
            if w[e - 1] == "." and _keeps_stop(w, s, e):
                break
            e -= 1
    return s, e


def _drop_stop(w: str, s: int, e: int) -> int:
    """End of ``[s, e)`` without a final full stop that only closes the area (or an imprint's "(")."""
    while e > s and w[e - 1] in " ,;:/-(":
        e -= 1
    if e > s and w[e - 1] == "." and not _keeps_stop(w, s, e):
        e -= 1
    return e


def _keeps_stop(w: str, s: int, e: int) -> bool:
    """A final full stop that belongs to an abbreviation, an initial or an ellipsis."""
    m = _LAST_WORD_STOP.search(w, max(s, e - 30), e)
    if not m:
        return False
    word = m.group(1)
    return word == ".." or (len(word) == 1 and word.isupper()) or word in _KEEP_STOP or word.lower() in abbreviations()


def _skip(w: str, pos: int, chars: str) -> int:
    rest = w[pos:]  # (lstrip passes over runs of blanked text at C speed)
    return pos + len(rest) - len(rest.lstrip(chars))


_PARTICLE = re.compile(r"(?:van|von|de|der|den|da|di|du|la|le|ter|ten|del|dos|des|d')(?=[ ']|$)")  # "1. van Dijk, T."


def _skip_numbering(w: str) -> int:
    m = _NUMBERING.match(w)
    if m and w[m.end() : m.end() + 1].islower() and not _PARTICLE.match(w, m.end()):
        return 0  # "18. novembris – …": a date or an ordinal that opens the title, not a list number
    return m.end() if m else 0


def _find_slash(w: str, lo: int, hi: int) -> int | None:
    m = _SLASH.search(w, lo, hi)
    return m.start() if m else None


# a slash after a space (or first): the look-behind follows the literal so the engine can jump to slashes
_SLASH = re.compile(r"/(?<![^ ]/)(?!/)")


_AREA_SEP = re.compile(r"\. ?- |   +- ")  # ". — ", or " — " after a consumed piece
_DASH_AFTER_STOP = re.compile(r"[.?!] ?- |   +- ")  # and "Что такое искусство? — Полн. собр. соч."


def _area_sep(w: str, lo: int, hi: int) -> int | None:
    m = _AREA_SEP.search(w, lo, hi)
    return m.start() + 1 if m else None


def _chunk_end(w: str, pos: int, hi: int) -> int:
    for i in range(pos, hi):
        if w[i] in ",;":
            return i
    return hi


def _sentences(w: str, s: int, e: int) -> list[tuple[int, int]]:
    out, start = [], s
    for stop, nxt in boundaries(w, s, e):
        if nxt >= e:
            break
        out.append((start, stop + 1))
        start = nxt
    out.append((start, e))
    return [(a, b) for a, b in out if w[a:b].strip(" .-")] or [(s, e)]


_COLON_SCAN = re.compile(r'["()\[\]]|:(?= )')


def _title_colon(w: str, s: int, e: int) -> tuple[int, int] | None:
    """The first title/subtitle colon outside quotes and brackets."""
    quoted, depth = False, 0
    for m in _COLON_SCAN.finditer(w, s, e - 1):
        ch = m.group(0)
        if ch == '"':
            quoted = not quoted
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif not quoted and depth == 0:
            return m.start(), m.start() + 1
    return None
