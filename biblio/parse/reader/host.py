"""The host item: ``//``, ``In``, ``В кн.:`` and the host's title, persons and series."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Person, Span
from ..areas import boundaries, comma_publisher_at, first_boundary, is_known_place, looks_like_organisation
from ..dates import YEAR, month_number, season_number
from ..kinds import COLLECTED_WORKS, mentions_reference_work, names_periodical, names_reference_work
from ..names import LETTER, LO, UP, parse_name_list, role_after, role_before
from ..state import Found, State
from ..vocab import mononyms, vocabulary
from .base import ReaderBase
from .text import (
    _HAS_LETTER,
    _HAS_DIGIT,
    _FIRST_WORD,
    _PLACE_COLON,
    _IMPRINT_AHEAD,
    _ANY_YEAR,
    _ONE_NAME,
    _HOST_LABEL,
    _DAY_MONTH,
    _under_editor,
    _also_translated,
    _name_shapes,
    _closing_quote,
    _drop_stop,
    _skip,
    _find_slash,
    _area_sep,
)


_CONTAINER_ROLE = re.compile(r", (?:edited|ed\.|translated|trans\.|created|directed|hosted|narrated|performed|produced) ")  # MLA 9 contributors
_IMPRINT_AFTER = re.compile(
    rf", ?(?:[^,.]{{1,60}}, ?(?:\d{{1,2}} [A-Za-z]+\.? |[A-Za-z]+\.? \d{{1,2}}, )?|(?:\d{{1,2}} )?[A-Za-zА-Яа-яё]+\.?(?:[/-][A-Za-z]+\.?)? )?{YEAR}(?!\d)"
)  # ", 3 Mar. 1999", ", July 1945", ", July/August 1989", MLA ", NASA, 8 July 2019": a publisher and a day

_CONSUMED_CHUNK = re.compile(r",  +,")
_SUPPLEMENT = re.compile(r"[ ]*\((?:Supplement|Suppl\.)(?: \d{1,2})?\)(?=[ ]*[:,.])")
_PAPER_CITY = re.compile(rf"[ ]*(?P<c>\((?P<p>[{UP}][{LETTER}. ]{{1,30}})\)|\[(?P<p2>[{UP}][{LETTER}. ]{{1,30}})\])(?=[,.:;]|[ ]*$)")
_ONE_NAME_SENTENCE = re.compile(rf"(?P<n>[{UP}][{LO}]{{2,}})\.[ ]+(?=[{UP}«\"“„])")

_HOST_NUMERAL = re.compile(rf"(?<=[{LO}]), (?P<n>[IVXL]+)\.?$")  # "Труды по знаковым системам, III"
_SERIAL_WORDS = re.compile(r"\b(?:raksti|Труды|Ученые записки|Учёные записки|Acta|Studia)\b")  # a serial's name

_HOST_IN = re.compile(r'[.!?"][ ]+(?:- )?(?:In:?|В кн\.:?|В сб\.:?|Iekš:?|Grām\.:|No:)[ ]+(?=\S)')  # Latvian "No:" ("from:")
_EDITED = re.compile(r"\(eds?\.?\)|\beds?\.|edited by|\(Hrsg|\(ред", re.I)
_COMMA = re.compile(",")
_DESCRIPTION_FOR_TITLE = re.compile(r"[).]*\.? *\[[^\[\]]{3,300}\]\. *")  # "(1993). [Review of the book …]. "
_PAREN_BEFORE_SUBTITLE = re.compile(r" \([^()]{1,40}\): [A-Z]")
_ORDINAL_NAME = re.compile(r"\d{1,3}(?:st|nd|rd|th) [A-Z]")  # a meeting's number opens its name
# MLA 9 (2.1), CMOS 8.175: a title that opens with a title in quotation marks goes on after them in Latin letters
# ("“Race,” Writing, and Difference", "“The Waste Land” and Its Readers"); its own commas are inside the quotes
_QUOTED_TITLE_INSIDE = re.compile(r" (?:[A-Z][a-z]|(?:and|or|in|of|as|at|to|the|for|from|with|after|before) [A-Za-z])")
_HOST_COMMA_IN = re.compile(r',"?[ ]+in:?[ ]+(?=["A-ZА-ЯЁ])')


# MLA 9 (5.xx) names an introduction, a preface, a foreword or an afterword by its kind, unquoted, before the
# book it is in, whose author follows "by": "Preface. Writing Degree Zero, by Roland Barthes, …"
_DESCRIPTION_WORDS = re.compile(r"Review of |(?:Open )?[Ll]etters? to the [Ee]ditor")
_GENERIC_PART_TO = re.compile(
    r"(?P<p>Introduction|Preface|Foreword|Afterword|Prologue|Epilogue|Postscript|Editor’s [Ii]ntroduction|Editor's [Ii]ntroduction|"
    r"Translator’s [Pp]reface|Translator's [Pp]reface|Introductory [Ee]ssay) to (?=[A-Z\"][^.]{1,200}?, (?:by|edited by|ed\.|translated by) [A-Z])"
)
_GENERIC_PART = re.compile(r"(?:Introduction|Preface|Foreword|Afterword|Prologue|Epilogue)\. (?=[A-Z\"][^.]{1,200}, by [A-Z])")




class HostMixin(ReaderBase):
    """Finds the host item and reads its title, persons and series."""

    # -- host ---------------------------------------------------------------------
    def _find_host(self, p1: int) -> None:
        st, w = self.st, self.st.w
        if self.apa_date is not None and self._described_untitled(p1):
            self.host_lo = self.host_body = p1
            return
        if "note" in st.by_kind and self._description_for_title(p1):
            return
        part_to = _GENERIC_PART_TO.match(w, p1) if w[p1 : p1 + 1] in "IPFAE" else None
        if part_to is not None:  # CMOS 14.110: "Foreword to Selected Subaltern Studies, edited by …": the part, then its book
            st.blank(part_to.end("p"), part_to.end())
            self.host_lo = self.host_body = part_to.end()
            return
        part = _GENERIC_PART.match(w, p1) if w[p1 : p1 + 1] in "IPFAE" else None
        if part is not None:  # MLA 9: "Sontag, Susan. Preface. Writing Degree Zero, by Roland Barthes, …": the part, then its book
            self.host_lo = self.host_body = part.end()
            return
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
            part_of = self.harvard and w.startswith(", ", close + 1) and w[close - 1 : close] not in ".,!?"  # Harvard "'Riga', Encyclopaedia Britannica. Available at: …"
            if close != -1 and closes_clause and not part_of and ": " in w[close:] and mentions_reference_work(w[close : close + 120]):
                part_of = self._reference_work_after(close)  # CMOS 14.232: '"Latvia." The Columbia Encyclopedia, 6th ed. New York: …'
            if closes_clause and (st.first("issue") or st.first("volume") or st.first("pages") or container_roles or news or part_of or (self.apa_date is None and _dated_after(w, close))):
                after = re.match(r'[ .,]*', w[close + 1 :])
                body = close + 1 + (after.end() if after else 0)
                word = _WORD.match(w[body:])
                starts_title = body < st.n and (w[body].isupper() or w[body] == '"')
                starts_title = starts_title or _ORDINAL_NAME.match(w, body) is not None  # "35th Annual Symposium on …"
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
        if locator is None and "volume" in st.by_kind and "pages" in st.by_kind:
            locator = self._serial_volume(p1)
        if locator is None and self._named_periodical(p1):
            return
        if locator is not None:
            fb = first_boundary(w, p1, st.n)
            # (a sentence that starts with a number is a date or a locator: "Cīņa, 1944. 15. okt., nr. 5")
            opens_digit = st.s[locator.start : locator.start + 1].isdigit()  # "Arheoloģija un etnogrāfija. 3. izl.": an ordinal locator
            starts = [nxt for _, nxt in boundaries(w, p1, locator.start) if not w[nxt : nxt + 1].isdigit() and not (opens_digit and nxt == locator.start)]
            if starts and fb is not None and starts[-1] >= fb:
                self.host_lo = self.host_body = starts[-1]
                if len(starts) > 1 and starts[-2] >= fb and _periodical_name(w[starts[-2] : starts[-1]]):
                    self.host_lo = self.host_body = starts[-2]  # "Latvijas Vēsture. Jaunie un jaunākie laiki, 1996, Nr. 2"
                    self.host_named_to = starts[-1]
                elif len(starts) > 1 and starts[-2] >= fb and _JOURNAL_SECTION.match(w, starts[-1]):
                    self.host_lo = self.host_body = starts[-2]  # APA "… of London. Series B, Biological Sciences, 205(1161)"
                    self.host_named_to = starts[-1]

    def _periodical_books(self, hi: int) -> None:
        """GOST 7.1-2003 (7.2): a periodical's numbering area follows its title and its year at once ("// Русская мысль. —
        1885. — Кн. 8.", "// Вестник Европы. — 1868. — Т. 3, кн. 5."), and a journal that numbers its issues as books
        ("книжка") cites them so: that "Кн." is the issue. A book's "Кн." follows its imprint ("— М. : Наука, 1990. — Кн. 2")."""
        st = self.st
        for f in [f for f in st.all("part") if st.s.startswith(("Кн.", "кн."), f.start)]:
            if _YEAR_THEN_NUMBERS.fullmatch(st.w, hi, f.start):
                st.by_kind["part"].remove(f)
                if not st.by_kind["part"]:
                    del st.by_kind["part"]
                f.kind = "issue"
                st.by_kind.setdefault("issue", []).append(f)

    def _reference_work_after(self, close: int) -> bool:
        """Whether the words after a quoted title, up to the next comma or stop, name an encyclopedia or a dictionary
        that a "Place: Publisher" imprint follows: the quoted title is then an entry in it, whatever locators follow."""
        w = self.st.w
        body = _skip(w, close + 1, " .,")
        ends = [x for x in (w.find(",", body), first_boundary(w, body, self.st.n)) if x is not None and x != -1]
        return names_reference_work(w[body : min(ends) if ends else self.st.n])

    def _described_untitled(self, p1: int) -> bool:
        """APA 7 (9.21, 10.7): an untitled work puts a description in square brackets where the title goes
        ("Dennett, D. C. (1993). [Review of the book …, by J. R. Searle]. The Journal of Philosophy, 90(4), 193–205.",
        "[Letter to the editor]"); the sentence after it, before the volume, issue or pages, names the periodical."""
        st, w = self.st, self.st.w
        assert self.apa_date is not None
        if not _DESCRIPTION_FOR_TITLE.fullmatch(st.s, self.apa_date[1], p1) or not w[p1 : p1 + 1].isupper():
            return False
        return any(f.start > p1 and (f.kind in ("volume", "issue") or f.extra.get("apa")) for f in st.found)

    def _description_for_title(self, p1: int) -> bool:
        """CMOS 14.196/14.215, MLA 9 5.22: an untitled review or letter is described where its title would stand
        ("Orwell, George. Review of Mein Kampf, by Adolf Hitler. New English Weekly, March 21, 1940.",
        "Letter to the editor. Times (London), May 13, 1851."); the sentence after the description names the periodical."""
        st, w = self.st, self.st.w
        body = _skip(w, p1, " .,")
        if body >= st.n or not (w[body].isupper() or w[body] in "\"“"):
            return False
        if not any(
            f.end <= body and not w[f.end : body].strip(" .,") and not w[p1 : f.start].strip(" .,") and _DESCRIPTION_WORDS.match(f.value)
            for f in st.all("note")
        ):
            return False
        self.host_lo = self.host_body = body
        return True

    def _named_periodical(self, p1: int) -> bool:
        """"Belševica V. Indriķa Latvieša piezīmes … . Karogs, 1969.": a known newspaper or magazine and a
        year after the title host the piece even with no issue cited (a book's publisher follows a place)."""
        st, w = self.st, self.st.w
        for _, nxt in boundaries(w, p1, st.n):  # (the sentence ends are known already: no scan of the text)
            comma = w.find(", ", nxt, nxt + 42)
            if comma != -1 and w[nxt:comma] in _periodicals() and _YEAR_AT.match(w, comma + 2):
                self.host_lo = self.host_body = nxt
                return True
        return False

    def _serial_volume(self, p1: int) -> Found | None:
        """"Kalnača A. Title. Linguistica Lettica, 2004, 13. sēj., 5.–20. lpp.": a name, its year, a volume
        and the pages cited, no place: the volume of a serial that hosts the article (a book's volume
        follows its place and publisher: "Rīga: Zinātne, 1990, 2. sēj.")."""
        st, w = self.st, self.st.w
        volume, pages = st.all("volume")[0], st.all("pages")[0]
        m = _SERIAL_YEAR.search(w, p1, volume.start)
        if m is None or pages.start < volume.start or w[m.end() : volume.start].strip(" ,"):
            return None
        first = _FIRST_WORD.match(w, m.start("t"))
        if ":" in m.group("t") or (first is not None and is_known_place(first.group(0).rstrip(","))) or _bare_place_sentence(m.group("t")):
            return None
        return volume

    def _dash_host(self, p1: int) -> bool:
        """"Семиотика. — Философская энциклопедия, т. 4": an encyclopedia after an area dash hosts the entry."""
        st, w = self.st, self.st.w
        collected = "соч." in w or "Соч" in w or "raksti" in w or "Raksti" in w or "Works" in w
        if not collected and not mentions_reference_work(w):
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
            m = self._dash_numbered_host(p1)
        if m is None:
            return False
        if is_known_place(m.group("t").split(",")[0].strip()) or _bare_place_sentence(m.group("t")):
            return False
        if not any(f.start >= m.end("t") for kind in ("issue", "volume", "pages") for f in st.all(kind)):
            return False
        self.host_lo, self.host_body = m.start() + 1, m.start("t")
        self.host_gost = True
        st.blank(self.host_lo, self.host_body)
        return True

    def _dash_numbered_host(self, p1: int) -> re.Match[str] | None:
        """"Поездка на родину. — Литературная Москва. Сб. 2. М., 1956, с. 394—401.": a collection or serial
        after the area dash, then at once its number ("Сб. 2", "Вып. 3", "Т. 5"), hosts the piece."""
        st, w = self.st, self.st.w
        numbers = st.all("issue") + st.all("volume")
        if not numbers:
            return None
        for m in _DASH_NUMBERED.finditer(w, p1):
            if any(f.start > m.end("t") and not w[m.end("t") + 1 : f.start].strip() for f in numbers):
                return m
        return None

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
        elif persons and self._host_author_before_title(persons, end):
            self.host_persons.extend(persons)
            st.blank(pos, end)
            pos = _skip(w, end, " ,")
        elif self.host_gost:
            # "// Бахтин М. М. Эстетика словесного творчества": the host's own author
            authors, end, _ = parse_name_list(w, pos, ("family-initials", "initials-first"), known_given=True)
            if authors and end < st.n and (w[end - 1 : end + 1] == ". " or (w[end : end + 2] == ". " and (COLLECTED_WORKS.match(w, end + 2) or _initials_first(w, pos, authors)))):
                self.host_persons.extend(authors)
                st.blank(pos, end)
                pos = _skip(w, end, " ")
        if self.host_gost and not self.host_persons:
            pos = self._host_mononym(pos)
        hi = self._host_title_end(pos)
        s, e = st.trim(pos, hi)
        e = self._numeral_after_host_title(s, e)
        if e > s and self.host_gost and _SERIAL_WORDS.search(w, s, e):
            e = self._host_series(s, e)
        if e > s:
            self._set_title(s, e, host=True)
        self.host_title_hi = hi
        self._issue_month_in_parens(hi)
        self._paper_city(hi)
        self._supplement_mark(hi)
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

    def _host_author_before_title(self, persons: list[Person], end: int) -> bool:
        """APA 7 (10.3) and Harvard name the author of the book a foreword or an introduction is in before its
        title, in their own name forms: "In L. S. Vygotsky, Thought and language (…)", "in Marx, K. and Engels, F.
        The Communist Manifesto.". Only names written with initials count, so a title's words are never read as one."""
        w = self.st.w
        if self.host_gost or self.apa_date is None or not all(p.initials and not p.given and not p.literal for p in persons):
            return False
        if w.startswith(", ", end) and persons[0].span is not None and w[persons[0].span.start + 1 : persons[0].span.start + 2] == ".":
            return w[end + 2 : end + 3].isupper()  # APA: initials first, a comma, the title
        return w[end - 1 : end] == "." and w[end : end + 1] == " " and w[end + 1 : end + 2].isupper()  # Harvard: "Family, I." then the title

    def _paper_city(self, hi: int) -> None:
        """A newspaper's city in parentheses or brackets after its name (CMOS 14.203, MLA 9: "Evening Standard
        (London), March 31, 1933", "Independent [London]"): it tells which paper, it is no imprint."""
        m = _PAPER_CITY.match(self.st.w, hi)
        if m is not None and is_known_place(m.group("p") or m.group("p2")):
            self.st.blank(*m.span("c"))

    def _supplement_mark(self, hi: int) -> None:
        """CMOS author-date "American Journal of Sociology 94 (Supplement): S95–S120": the supplement to the
        volume, paged apart (its letter is in the pages); no imprint."""
        m = _SUPPLEMENT.match(self.st.w, hi) if "upp" in self.st.w else None
        if m is not None:
            self.st.blank(*m.span())

    def _host_mononym(self, pos: int) -> int:
        """"No: Rainis. Kopoti raksti. 12. sēj.", "// Платон. Сочинения": the host's author, whom catalogues
        enter under one name, in a sentence of its own before the host's title; returns where the title starts."""
        m = _ONE_NAME_SENTENCE.match(self.st.w, pos)
        if m is None or m.group("n") not in mononyms():
            return pos
        self.host_persons.append(Person(family=m.group("n"), span=Span(*m.span("n"))))
        self.st.blank(pos, m.end("n") + 1)
        return m.end()

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
        last = persons[-1].span if persons else None
        if len(persons) > 1 and last is not None and _IMPRINT_AHEAD.match(st.w, end):
            persons.pop()  # "…, by Paul Celan, W. W. Norton, 2001": the publisher after the authors
            end = last.start
            while end > pos and st.w[end - 1] in " ,":
                end -= 1
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
        Edition)" is the edition, and its year dates the entry. Returns where the host's statements go on."""
        m = _DATED_EDITION.match(self.st.w, hi)
        if m is None:
            return hi
        self._dated_edition_found(m)
        return m.end()

    def _numeral_after_host_title(self, s: int, e: int) -> int:
        """Soviet and GOST practice numbers a serial collection's volume with a bare Roman numeral after its name:
        "— Труды по знаковым системам, III. Тарту, 1967", "// Slavica Hierosolymitana, V. Jerusalem, 1981": the
        numeral is the volume, the name ends before its comma."""
        m = _HOST_NUMERAL.search(self.st.w, s, e)
        if m is None or self.st.first("volume") is not None or self.e.volume:
            return e
        self.st.add("volume", m.group("n"), m.start("n"), m.end("n"))
        self.st.blank(m.start(), m.end())
        return m.start()

    def _host_title_end(self, pos: int) -> int:
        st, w = self.st, self.st.w
        n = st.n
        if w[pos : pos + 1] == '"':
            close = w.find('"', pos + 1)
            if close != -1 and not _QUOTED_TITLE_INSIDE.match(w, close + 1):
                return close + 1
        cs1 = self._cs1_journal_end(pos) if w.startswith('". ', pos - 3) else None
        if cs1 is not None:
            return cs1
        stops = [n]
        fb = self._host_sentence_end(pos) if self.host_gost else first_boundary(w, pos, n)
        if fb is not None and fb == self.host_named_to:
            fb = first_boundary(w, fb, n)  # the periodical's series or subtitle is part of its name
        if fb is not None and not self.host_gost and _JOURNAL_SECTION.match(w, _skip(w, fb, " ")):
            fb = first_boundary(w, _skip(w, fb, " "), n)  # "Proceedings of the Royal Society of London. Series B, …": its section
        if fb is not None:
            stop = w.rfind(".", pos, fb)
            stops.append(stop if stop > pos else fb)
        slash = _find_slash(w, pos, n)
        if slash is not None:
            stops.append(slash)
        city = w.find(" [", pos, n) if "[" in w else -1
        if city != -1 and (m := _PAPER_CITY.match(w, city)) is not None and is_known_place(m.group("p2") or ""):
            stops.append(city)  # MLA "Evening Standard [London]": the paper's city, see _paper_city
        paren = w.find(" (", pos)
        if paren != -1 and (acronym := _meeting_acronym(w, pos, paren)) is not None:
            paren = w.find(" (", acronym)
        if paren != -1 and _YEAR_INSIDE_TITLE.match(w, paren):
            paren = w.find(" (", paren + 2)  # "The Third (1959) University of Utah Research Conference": a year in the title
        if paren != -1 and _PAREN_BEFORE_SUBTITLE.match(w, paren):
            paren = w.find(" (", paren + 2)  # "AFIPS '63 (Spring): Proceedings of …": the parenthesis is the title's, a subtitle follows
        meeting = (paren, _meeting_place_date(w, paren)) if paren != -1 and self.host_gost else None
        if meeting is not None and meeting[1] is not None:
            paren = w.find(" (", meeting[1])  # "материалы междунар. конф. (Рига, 12–14 мая 1999 г.)": the meeting's place and date
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
        meeting_named = "," in w[pos : min(stops)] and _MEETING_PAPERS.search(w, pos, min(stops)) is not None
        for m in _COMMA.finditer(w[pos:min(stops)]):
            at = pos + m.start()
            segment_end = min(stops)
            if meeting is not None and meeting[1] is not None and meeting[0] < at < meeting[1]:
                continue  # the comma after the meeting's place
            years = _TITLE_YEARS.match(w, at)
            if years is not None and _ANY_YEAR.search(w, years.end(), segment_end):
                continue  # "The Complete Poems, 1927–1979, Farrar, …, 1983": a span of years in the title
            if meeting_named and _meeting_days_or_place(w, pos, at):
                continue  # "konferences referāti, 2003. gada 12.–13. jūnijs, Rīga": the meeting's days and place close its papers' title
            if _YEARS_BEFORE_SUBTITLE.match(w, at):
                continue  # "in Soviet History, 1917–53: Essays in Honour of …": the span of years before a subtitle
            if _YEARS_BEFORE_IMPRINT.match(w, at):
                continue  # "in The Complete Poems, 1927–1979 (New York: …", "…, 1927–1979, 178.": the title's span of years
            if self.apa_date is not None and _YEARS_CLOSE_TITLE.match(w, at):
                continue  # CS1 "In Thaden (ed.). Russification in … Finland, 1855–1914. Princeton: …": dated at the head
            if (span := _TITLE_YEARS.match(w, at)) is not None and role_before(w, _skip(w, span.end(), " ")) is not None:
                continue  # CMOS "In Europe, 1815–1914, edited by …": the roles follow the title's span of years
            if _DATE_IN_TITLE.match(w, at) and _month_day_before(w, at):
                continue  # "Papers presented at the February 26–28, 1957, Western Joint Computer Conference"
            if (
                not _HAS_LETTER.search(w, at, segment_end)
                or role_before(w, at + 1) is not None
                or _IMPRINT_AFTER.match(w, at)
                or (_CONSUMED_CHUNK.match(w, at) and not self._issue_date_after_locators(at))  # "Social Text, no. 15, Autumn 1986": a locator was here
                or _day_month_after(w, at)  # "The Guardian, 3 March, p. 5"
                or self._site_owner_after(at)  # MLA "MedlinePlus, U.S. National Library of Medicine, 18 Sept. 2020"
                or self._issue_month(at)  # author-date "Marxism Today, January, 14–20" (the year is at the head)
                or w.startswith(", by ", at)  # MLA "A Glossary of Literary Terms, by M. H. Abrams and …"
                or comma_publisher_at(w, at + 2)  # ", Little, Brown, 1951": the publisher's own comma comes next
            ):
                stops.append(at)
                break
        return min(stops)

    def _cs1_journal_end(self, pos: int) -> int | None:
        """Wikipedia (CS1) prints a journal's name whole between the quoted title ('"Title". ') and its
        "13 (4): 725–753", so a stop inside the name belongs to it: "Annales. Économies, Sociétés,
        Civilisations", "Proceedings (Baylor University. Medical Center)"; only an imprint ("London:
        Macmillan") or a publisher's sentence may stand between the journal and its numbers."""
        st, w = self.st, self.st.w
        locator = next((f for f in st.found if f.kind in ("volume", "issue", "pages") and f.start > pos), None)
        if locator is None or w.find('"', pos, locator.start) != -1:
            return None
        end = _drop_stop(w, pos, st.trim(pos, locator.start)[1])
        stop = w.find(". ", pos, end)
        if stop == -1 and w[end - 1 : end] == ")" and w.find("(", pos, end) > pos and not _HAS_DIGIT.search(w, pos, end):
            return end  # PubMed's qualifier after a journal's name: "Science (New York, N.Y.)"
        if stop == -1 or _HAS_DIGIT.search(w, pos, end) or ":" in w[pos:end] or "//" in w[pos:end] or "(in " in st.s[pos:end]:
            return None  # (the language note closes the name: "L'Année sociologique (in French). Nouvelle série.")
        last = w.rfind(". ", pos, end) + 2
        if w.rfind("(", pos, stop) > w.rfind(")", pos, stop):
            return end  # the stop stands inside the name's own brackets
        if looks_like_organisation(w[last:end]) or is_known_place(w[last:end].split(",")[0]):
            return None  # "Science. American Association for the Advancement of Science.": the publisher's sentence
        # a section of the journal ("… of London. Series A") or a list of its fields ("Annales. Économies,
        # Sociétés, Civilisations"); a sentence of its own without either may be the publisher ("Nature. Macmillan.")
        return end if _JOURNAL_SECTION.match(w, last) or ", " in w[last:end] else None

    def _site_owner_after(self, at: int) -> bool:
        """MLA 9 names a website, then the body that publishes it, then the date: after a web page's quoted
        title, an organisation's name between two commas before a date is the publisher."""
        w = self.st.w
        if "url" not in self.st.by_kind or '"' not in w[:at]:
            return False  # (the title, in quotes, stands before the container)
        nxt = w.find(", ", at + 2, min(at + 90, self.st.n))
        return nxt != -1 and looks_like_organisation(w[at + 2 : nxt]) and _DATE_AFTER_COMMA.match(w, nxt) is not None

    def _issue_month_in_parens(self, at: int) -> None:
        """Author-date, the year at the head: the month or season of an issue in parentheses after the
        journal's volume (CMOS 15.47, 14.171): "Journal of Law and Economics 3 (October): 1–44",
        "Foreign Affairs 72 (Summer): 22–49"; a month is kept to date the issue."""
        m = _PAREN_MONTH.match(self.st.w, at) if self.apa_date is not None and self.issue_day is None else None
        if m is None:
            return
        words = _MONTH_RANGE.split(m.group("m"))
        if not all(month_number(word) or season_number(word) for word in words):
            return
        self.st.blank(m.start("open"), m.start("open") + 1)
        self.st.blank(m.end("m"), m.end())
        if len(words) == 1 and month_number(words[0]):
            self.issue_day = m.span("m")  # read with the year at the head
        else:
            self.st.blank(*m.span("m"))  # a season or a double issue: the year says it

    def _issue_month(self, at: int) -> bool:
        """A magazine's month after its name in author-date, the year at the head (CMOS 15.47):
        "Marxism Today, January, 14–20"; kept to date the issue."""
        m = _MONTH_ALONE.match(self.st.w, at) if self.apa_date is not None and self.issue_day is None else None
        if m is None or not month_number(m.group("m")):
            return self._issue_season(at)
        self.issue_day = m.span("m")
        return True

    def _issue_date_after_locators(self, at: int) -> bool:
        """Author-date, the year at the head: the issue's day and month, or its month or season, after the
        journal's numbers (Harvard "London Review of Books, 28(20), 19 October, pp. 32–34", "Polemic, no. 1,
        October."); kept to date the issue. Always False: the host's title still ends at the numbers."""
        chunk = _CONSUMED_CHUNK.match(self.st.w, at) if self.apa_date is not None and self.issue_day is None else None
        if chunk is None:
            return False
        comma = chunk.end() - 1
        day = _DAY_MONTH.match(self.st.w, comma)
        if day is not None and month_number(day.group("m") or day.group("m2")):
            self.issue_day = (day.start() + 2, day.end())
        else:
            self._issue_month(comma)
        return False

    def _issue_season(self, at: int) -> bool:
        """The same with a season or a double issue's months: "Atlantic Monthly, July/August, 51–64",
        "Wilson Quarterly, Spring, 10–20" (the year at the head says when)."""
        m = _SEASON_ALONE.match(self.st.w, at) if self.apa_date is not None and self.issue_day is None else None
        if m is None or not all(month_number(word) or season_number(word) for word in _MONTH_RANGE.split(m.group("m"))):
            return False
        self.st.blank(*m.span("m"))
        return True

    def _host_sentence_end(self, pos: int) -> int | None:
        """A GOST host title ("Известия АН СССР. Серия физическая") ends before a sentence
        that starts the next area: a number, a place, a role, or nothing left to read."""
        w, n = self.st.w, self.st.n
        for _, nxt in boundaries(w, pos, n):
            word = _FIRST_WORD.match(w, nxt)
            if nxt < n and w[nxt].isdigit() and self._year_closes_host_title(nxt):
                continue
            if w[nxt : nxt + 1] == "(" and _meeting_place_date(w, nxt - 1) is not None:
                continue  # "… материалы междунар. конф. (Рига, 12–14 мая 1999 г.)"
            if (
                nxt >= n
                or w[nxt].isdigit()
                or w[nxt] in "-/("
                or (word and is_known_place(word.group(0).rstrip(",:")))
                or (word and _joined_places(word.group(0).rstrip(",:")))
                or _PLACE_COLON.match(w, nxt)
                or role_before(w, nxt) is not None
            ):
                return nxt
        return None

    def _year_closes_host_title(self, at: int) -> bool:
        """A yearbook's or an annual's year ends its title: "// Одиссей. Человек в истории. 1991 / гл. ред. …",
        "// Ежегодник германской истории. 1986. — М. : Наука, 1987". GOST dates an issue in its own area, so a year
        sentence that the host's responsibility ("/"), its other title information (" : ") or its imprint (a place,
        after the area dash or not) follows is part of the title ("— В кн.: Одиссей. Человек в истории. 1989. М.,
        «Наука», 1989", "// Одиссей. Человек в истории. 1995 : Представления о власти / отв. ред. …")."""
        w = self.st.w
        m = _TITLE_YEAR_SENTENCE.match(w, at)
        if m is None:
            return False
        if m.group("slash"):
            return True
        place = _FIRST_WORD.match(w, m.end())
        if place is None:
            return False
        name = place.group(0).rstrip(",:")
        after = _skip(w, m.end() + len(name), " ")
        return w[after : after + 1] in (",", ":") and is_known_place(name)


_MEETING_WORD = re.compile(r"\b(?:Conference|Symposium|Workshop|Colloquium|Congress|Meeting|Proceedings)\b")

# a year (or a span of years) as a host title's last sentence, then the host's responsibility or its next area
_TITLE_YEAR_SENTENCE = re.compile(rf"{YEAR}(?: ?[-–—] ?{YEAR})?(?: ?гг?\.| год| gads)?(?:(?P<slash> / | : )|\.? +[-–—] +|\. +)")
_TITLE_YEARS = re.compile(rf", {YEAR} ?- ?{YEAR},")
# a meeting's papers, then its days and place in the title: "konferences referāti, 2003. gada 12.–13. jūnijs, Rīga"
_MEETING_PAPERS = re.compile(r"(?:konferenc|kongres|semināra|sesijas|lasījum)[a-zāēīūšž]* (?:referāti|materiāli|tēzes|raksti)")
_MEETING_DAYS = re.compile(rf", {YEAR}\. gada \d{{1,2}}\.(?: ?[–-] ?\d{{1,2}}\.)? [a-zāēīūšžčģķļņ]+(?=[,.]|$)")
_PLACE_CLOSES = re.compile(rf", (?P<p>[{UP}][{LO}]+)(?=\.(?: |$))")
_YEARS_BEFORE_SUBTITLE = re.compile(rf", {YEAR} ?- ?(?:{YEAR}|\d\d): [{LETTER}]")  # (Latvian and Russian subtitles open in lower case)

_DATED_EDITION = re.compile(rf" ?\((?P<ed>(?:(?:Spring|Summer|Fall|Autumn|Winter) )?(?P<y>{YEAR})) [Ee]dition\)")
_YEAR_INSIDE_TITLE = re.compile(rf" \({YEAR}\) [{UP}]")
_DATE_AFTER_COMMA = re.compile(rf", (?:\d{{1,2}} [A-Z][a-z]+\.? )?(?:[A-Z][a-z]+\.? (?:\d{{1,2}}, )?)?{YEAR}(?!\d)")
_PAREN_MONTH = re.compile(r"[ ,]*(?P<open>\()(?P<m>[A-Z][a-z]+\.?(?:[/–-][A-Z][a-z]+\.?)?)\)(?= *[:,])")
_MONTH_RANGE = re.compile(r"[/–-]")
_JOURNAL_SECTION = re.compile(r"(?:Series|Section|Serie|Série|Sect\.|Ser\.) ")
_SEASON_ALONE = re.compile(r", (?P<m>[A-Z][a-z]+\.?(?:[/–-][A-Z][a-z]+\.?)?)(?=[,.;]| *$)")
_MONTH_ALONE = re.compile(r", (?P<m>[A-Z][a-z]+\.?)(?=[,.;]| *$)")

# a meeting's acronym closing its proceedings' title: "(EMNLP)", "(CVPR'05)", "(NeurIPS 2019)"
_ACRONYM = re.compile(r" \((?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?P<y>['’]\d\d| \d{4})?\)(?=[ ,.]|$)")


# a meeting's place and date in parentheses, other title information of its proceedings (GOST 7.1-2003):
# "(Рига, 12–14 мая 1999 г.)", "(Москва, 1999)", "(Rīga, 2000. gada 5.–6. maijs)"
_PLACE_DATE_PARENS = re.compile(rf" \((?P<p>[{UP}][{LETTER}.\- ]{{0,30}}?), [^()]{{0,40}}?{YEAR}[^()]{{0,30}}\)")


def _meeting_days_or_place(w: str, pos: int, at: int) -> bool:
    """Whether the comma at ``at`` opens a meeting's days ("2003. gada 12.–13. jūnijs") or, after them, its place."""
    if _MEETING_DAYS.match(w, at):
        return True
    place = _PLACE_CLOSES.match(w, at)
    before = w.rfind(",", pos, at)
    return place is not None and before != -1 and _MEETING_DAYS.match(w, before) is not None and is_known_place(place.group("p"))


def _meeting_place_date(w: str, paren: int) -> int | None:
    """Where a parenthesised meeting place and date that opens at ``paren`` closes, if it is one."""
    m = _PLACE_DATE_PARENS.match(w, paren)
    return m.end() if m is not None and is_known_place(m.group("p")) else None


def _initials_first(w: str, pos: int, authors: list[Person]) -> bool:
    """Whether the one name at ``pos`` is written initials first ("Ю. Тынянов", "A. Upīts"): Soviet and Latvian
    headings write the host's own author so before its title ("В кн.: Ю. Тынянов. Архаисты и новаторы.")."""
    return len(authors) == 1 and bool(authors[0].initials) and not w.startswith(authors[0].family, pos)


def _meeting_acronym(w: str, pos: int, paren: int) -> int | None:
    """Where a proceedings title's own "(EMNLP)" ends: ACL and IEEE proceedings carry the meeting's
    acronym in their title (a conference word before it says this is a meeting's volume)."""
    m = _ACRONYM.match(w, paren)
    if m is None or (m.group("y") is None and _MEETING_WORD.search(w, pos, paren) is None):
        return None  # (an acronym with the meeting's year needs no conference word: "(NIPS 2017)")
    return m.end()


def _day_month_after_title(w: str, close: int) -> re.Match[str] | None:
    """A day and month after the paper's name, which follows the quoted title ("', The Guardian, 17 March.")."""
    comma = w.find(", ", close + 3)
    m = _DAY_MONTH.match(w, comma) if comma != -1 else None
    return m if m and month_number(m.group("m") or m.group("m2")) else None


def _dated_after(w: str, close: int) -> bool:
    """A newspaper after a quoted title: "“Title,” New York Times, March 31, 1933." (a full date)."""
    comma = w.find(",", close + 2)
    while comma != -1:
        if _DAY_MONTH_YEAR.match(w, comma):
            return True
        comma = w.find(",", comma + 1)
    return False


_DAY_MONTH_YEAR = re.compile(rf", (?:\d{{1,2}} [A-Z][a-z]+\.?|[A-Z][a-z]+\.? \d{{1,2}},) {YEAR}(?!\d)")


def _ends_place(w: str, end: int) -> bool:
    """A place word ends an imprint's place ("Oxford: …", "Oxford, 1990"), not a title ("Oxford Review")."""
    return w[end : end + 1] in (",", ":", ";", "") or w[end : end + 2].strip()[:1].isdigit()


def _day_month_after(w: str, at: int) -> bool:
    m = _DAY_MONTH.match(w, at)
    return bool(m and month_number(m.group("m") or m.group("m2")))


_WORD = re.compile(rf"[{LETTER}.\-]+")

_SERIES_SENTENCE = re.compile(rf"\. (?P<s>[{UP}][^.,:;()\d\"]{{2,80}}?)\.(?= )")

_DASH_QUOTED = re.compile(rf'\. ?- "(?P<t>[^"]{{2,120}})",? ?{YEAR}(?!\d)')
_YEAR_FIRST = re.compile(rf"[ -]*(?:{YEAR})")
_PLACE_FIRST = re.compile(rf"[{UP}][{LO}]*\.?(?:-[{UP}][{LO}]*\.?)?,")  # "М.,", "Л.,", "Rīga,": an imprint's place


def _bare_place_sentence(title: str) -> bool:
    """An abbreviated or one-word place before a comma ("М., Наука"), not a serial's name."""
    m = _PLACE_FIRST.match(title)
    return m is not None and (m.group(0).endswith(".,") or is_known_place(m.group(0)[:-1]))


_DASH_SERIAL = re.compile(rf"\. ?- (?P<t>[{UP}][^\"]{{1,160}}?), {YEAR}(?!\d)(?=[,.] )")
_YEAR_AT = re.compile(rf"{YEAR}(?!\d)")
_YEAR_THEN_NUMBERS = re.compile(rf"[ .,-]*{YEAR}[ .,-]*")  # (the volume before the book is read already: spaces)


@lru_cache(maxsize=1)
def _periodicals() -> frozenset[str]:
    return frozenset(vocabulary().get("periodical", []))


_SERIAL_YEAR = re.compile(rf"\. (?P<t>[{UP}][^\".;()]{{1,120}}?), {YEAR}(?!\d)")
_DASH_NUMBERED = re.compile(rf"\. ?- (?P<t>[{UP}][^\".:;]{{1,120}}?)\.(?=  )")


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


_YEARS_BEFORE_IMPRINT = re.compile(rf", {YEAR} ?- ?{YEAR}(?= \(|,[ ]*(?:\d+(?: ?- ?\d+)?)?[ ]*\. )")  # (pages read already leave spaces)
# a span of years that closes a host's title sentence, more sentences after it (the date was read at the head)
_YEARS_CLOSE_TITLE = re.compile(rf", {YEAR} ?- ?(?:{YEAR}|\d\d) *\. +[{UP}]")
_DATE_IN_TITLE = re.compile(rf", {YEAR}, [A-Z][a-z]+ [A-Z]")  # a name goes on after the date
_MONTH_DAY_END = re.compile(r"([A-Z][a-z]+)\.? \d{1,2}(?:[–-]\d{1,2})?$")


def _month_day_before(w: str, at: int) -> bool:
    m = _MONTH_DAY_END.search(w, max(0, at - 20), at)
    return m is not None and month_number(m.group(1)) is not None


_DASH_AFTER_STOP = re.compile(r"[.?!] ?- |   +- ")  # and "Что такое искусство? — Полн. собр. соч."


def _joined_places(word: str) -> bool:
    """"М.-Л.", "М.-Пг.": Soviet imprints join the places of a joint edition with a dash."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.endswith(".") and is_known_place(part) for part in parts)


_NAME_WORD = re.compile(rf"[{UP}][{LO}]+")


def _periodical_name(sentence: str) -> bool:
    """A sentence that names a periodical, before the series or subtitle that ends the host's name: a
    periodical word ("Вестник", "Vēstis", "Известия") or, in Latvian and Russian, which write titles in
    sentence case, a name of two or more words in title case ("Latvijas Vēsture")."""
    words = sentence.strip(" .").split()
    if not words or sentence.isascii():
        return False
    if names_periodical(sentence):
        return True
    return len(words) > 1 and all(_NAME_WORD.fullmatch(word) for word in words)
