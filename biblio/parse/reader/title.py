"""The title zone: title, subtitle, extra title sentences, volume titles and web imprints."""

from __future__ import annotations

import re

from ...model import Date, Person, Role, Span, Text
from ..areas import PubArea, boundaries, first_boundary, is_known_place, looks_like_organisation, place_spans
from ..dates import YEAR, month_number, parse_date
from ..kinds import is_talk_description, names_periodical, names_reference_work
from ..lang import detect_language, reads_as_romanized_russian, romanized_russian_evidence
from ..names import LETTER, UP, parse_name_list, role_before
from ..normalize import normalize
from ..state import State
from ..vocab import mononyms
from .base import ReaderBase
from .text import (
    _HAS_LETTER,
    _RUN,
    _HAS_DIGIT,
    _FIRST_WORD,
    _CHUNK_YEAR,
    _PLACE_COLON,
    _IMPRINT_AHEAD,
    _PLACE_PUBLISHER,
    _DAY_MONTH,
    _UNDER_EDITOR,
    _under_editor,
    _closing_quote,
    _drop_stop,
    _keeps_stop,
    _skip,
)


_LONE_ROMAN = re.compile(r"[IVX]{1,4}")
_ROMAN_RANGE = re.compile(r"[IVX]{1,4} ?- ?[IVX]{1,4}")  # a sentence of volumes "I–II" (the text's dashes are "-")

_APA_DAY = re.compile(r"[A-Za-z]\.? \d{1,2}\b|\b\d{1,2} [A-Za-z]")  # "(1999, March 3)", "(3 March 1999)"
_APA_MONTH = re.compile(r", [A-Z][a-z]+\.?$")  # "(2014, June"
_NEWS_PAGE = re.compile(r"(?:pp?\. ?)?(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?")

_CHAPTER = re.compile(r"(?:CHAPTER|Chapter|Глава|ГЛАВА|Nodaļa) ")
_SITE_NAME = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:lv|ru|com|org|net|edu|gov|uk|de|info|eu|lt|ee)")

_NEWSGROUP_LABEL = "Newsgroup: "
# APA 7 (10.5) descriptions of a talk at a meeting
_PRESENTATIONS = frozenset({"[Paper presentation]", "[Poster presentation]", "[Poster session]", "[Conference session]", "[Conference presentation]", "[Keynote address]", "Speech"})
_SHORT_ORG = re.compile(r"[^:.;]{2,60}")

_INNER_ROLE = re.compile(
    r"[,.] (?=(?:trans|transl|tr|ed|eds|edited|translated|comp|compiled|tulk|red|sast|пер|ред|сост|под ред)[. ])"
)


_ISSUED_GENRES = frozenset({"Report", "Technical report", "Research report", "Final report", "Working paper", "Press release"})


class TitleZoneMixin(ReaderBase):
    """Reads the title zone between the head and the next area."""

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
        if self.apa_date is not None and ": " in w[s:e]:
            e = self._cs2_imprint(s, e)
        # an organisation before the title (web pages: "AIA European section, Title")
        comma = w.find(", ", s, e)
        kinds = st.by_kind  # (holds no empty lists: "in" says whether st.first would find one)
        web = comma != -1 and ("url" in kinds or "archived" in kinds or "accessed" in kinds)
        if web and self.persons and _SHORT_ORG.fullmatch(w[s:comma]) and looks_like_organisation(w[s:comma]) and _HAS_LETTER.search(w, comma, e):
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
        if len(st.all("number_of_volumes")) > 1:
            self._set_of_the_set(s, e)
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
        closed = _parenthesised(w, rest) if rest else 0
        if closed and _SERIES_NAME.search(w, rest[0][0], rest[closed - 1][1]) and "series" not in st.by_kind:
            a, b = rest[0][0], w.rfind(")", rest[0][0], rest[closed - 1][1])
            st.add("series", st.text(a + 1, b), a + 1, b)  # "Стихотворения. (Библиотека поэта. Малая серия). Л., 1962."
            st.blank(a, b + 1)
            rest = rest[closed:]
        elif closed:
            first_e = rest[closed - 1][1]  # "Очерки по истории смуты … XVI-XVII вв. (Опыт изучения …).": the title's own complement
            rest = rest[closed:]
        kept: list[tuple[int, int]] = []
        quoted = w[first_s : first_s + 1] == '"' and self.host_lo is None and not self._described(first_e, rest)
        for i, (a, b) in enumerate(rest):
            piece = w[a:b].strip(" .")
            if quoted and self._occasion_after_speech(first_e, a, b):
                continue
            if quoted and self.e.host is not None and self.e.host.title is not None and not self.e.places and (is_known_place(piece) or is_known_place(piece + ".")):
                pe = _drop_stop(w, a, b)
                self._pub(PubArea(a, pe, places=[(a, pe)]))  # {{cite news}} |location=: '"Latvia votes". The Guardian. London.'
                continue
            if quoted and not _HAS_DIGIT.search(piece):
                if self._mla_website(first_e, rest, i):
                    end = a + len(w[a:b].rstrip(" ,"))
                    comma = w.find(", ", a, end)
                    if comma != -1 and looks_like_organisation(w[comma + 2 : end]):
                        self._set("publisher", comma + 2, end)  # "Poets.org, Academy of American Poets, poets.org/…": the site, its owner
                        end = comma
                    self._set_title(a, end, host=True)
                    self.host_lo = a
                    continue
                # Wikipedia: "Title". Work. Publisher.  (an organisation is the publisher)
                pdf_owner = i == 0 and "." not in piece and self._mark_before(first_e, a, "PDF")  # '"Title" (PDF). World Bank.': who issued the file
                if (looks_like_organisation(piece) and not self._site_before_owner(rest, i)) or (self.e.host is not None and self.e.host.title is not None) or pdf_owner:
                    if self.e.publisher is None:
                        self._apa_publisher(a, _drop_stop(w, a, b))  # "London: Secker & Warburg" as well
                        continue
                elif self.e.host is None or self.e.host.title is None:
                    if w.startswith(_NEWSGROUP_LABEL, a):  # Wikipedia {{cite newsgroup}}: "Newsgroup: comp.os.minix."
                        self.st.blank(a, a + len(_NEWSGROUP_LABEL))
                        a += len(_NEWSGROUP_LABEL)
                    self._set_title(a, b, host=True)
                    self.host_lo = self.host_lo if self.host_lo is not None else a
                    continue
            if role_before(w, a) is not None and not _heading_word(piece):  # "Translated by Alan Sheridan."
                self._responsibility(a, b, host=False)
                continue
            if " red" in piece or "jumā" in piece or "redakcijā" in piece:
                if _LV_GENITIVE_STATEMENT.match(piece):  # "Latvijas vēsture. J. Bērziņa red. Rīga: …": no slash before it
                    self._responsibility(a, b, host=False)
                    continue
            if _REPORT_CODE.fullmatch(piece) and not self.st.first("report"):
                self.st.add("report", piece, a, a + len(piece), series="")  # RAND "P-1472.": a report's number alone
                self.st.blank(a, a + len(piece))
                continue
            if _YEARS_PIECE.fullmatch(piece) and self.original_year is None:
                self.original_year = (a, a + len(piece))  # MLA "Middlemarch. 1871–72. Edited by …": first published in parts
                continue
            if _CHUNK_YEAR.fullmatch(piece) and _before_responsibility(self.st.s, b):
                if i == 0:
                    first_e = _drop_stop(w, a, b)  # GOST "Балто-славянские исследования. 1981 / отв. ред.": an annual's year is its title's
                else:
                    kept.append((a, b))
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
            if quoted and not kept and self._meeting_host(a, b, piece):
                continue
            if _SITE_NAME.fullmatch(piece):
                self._set("publisher", a, _drop_stop(w, a, b))
            elif self._meeting_after_presentation(a, b, rest):
                continue
            elif self._publisher_after_genre(first_e, a, b, piece):
                self._set("publisher", a, _drop_stop(w, a, b))
            elif (
                self.apa_date is not None and self.e.publisher is None and (a, b) == rest[-1] and self.host_lo is None
                and not (self.harvard and self.st.first("url") and ":" not in w[a:b] and not self.st.first("thesis"))  # Harvard web page: "Title. Available at: URL"
            ):
                if not self._apa_periodical(a, b):
                    self._apa_publisher(a, b)
            elif self._author_sentence(a, b):
                continue
            elif self._series_sentence(first_s, rest, a, b):
                continue
            elif self._numbered_series(rest, a, b):
                continue
            elif self._series_after_roles(rest, a, b, first_s):
                continue
            elif self._web_imprint(rest, a, b, piece):
                self._apa_publisher(a, _drop_stop(w, a, b))  # Wikipedia "… (PDF). Geneva: World Health Organization. 2022. Archived …"
            elif self._site_owner(rest, a, b, piece) and not _site_named_after(w[first_s:first_e], piece):  # (not "LNB. Digitālā bibliotēka.")
                self._set("publisher", a, _drop_stop(w, a, b))
            else:
                kept.append((a, b))
        self._set_title(first_s, first_e, host=False)
        if self.apa_date is not None and self.e.title is not None and self.e.title.value.endswith("]"):
            self._translated_title()
        elif self.e.title is not None and (self.e.title.value.endswith("]") or (self.e.subtitle is not None and self.e.subtitle.value.endswith("]"))):
            self._bracketed_translation()
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

    def _publisher_after_genre(self, title_end: int, a: int, b: int, piece: str) -> bool:
        """Wikipedia {{cite report}} without a place: "Statistical Review of World Energy 2021 (PDF) (Report).
        BP. Retrieved …", "World Development Report 2019 (Report). World Bank. 2019.": the sentence right
        after the work's type names the body that issued it."""
        if self.e.publisher is not None or self.apa_date is not None or _HAS_DIGIT.search(piece) or not piece[:1].isupper():
            return False
        w = self.st.w
        words_end = len(w[:title_end].rstrip(" ."))  # (the title's sentence holds the blanked marks)
        return any(n.value in _ISSUED_GENRES and words_end <= n.start and not w[n.end : a].strip(" .") for n in self.st.by_kind.get("note", ()))

    def _mark_before(self, title_end: int, a: int, mark: str) -> bool:
        """Whether the CS1 mark ``mark`` ("PDF", "Speech") stands between the title's words and ``a``."""
        w = self.st.w
        words_end = len(w[:title_end].rstrip(" ."))
        return any(n.value == mark and words_end <= n.start < a for n in self.st.by_kind.get("note", ()))

    def _occasion_after_speech(self, title_end: int, a: int, b: int) -> bool:
        """Wikipedia {{cite speech}} with a quoted title: '"Fourteen Points" (Speech). Joint session of Congress.
        Washington, D.C.': the sentences after the type name the occasion and its place (kept as a note),
        neither a periodical nor a publisher."""
        w = self.st.w
        words_end = len(w[:title_end].rstrip(" ."))
        if not any(n.value == "Speech" and words_end <= n.start < a for n in self.st.by_kind.get("note", ())):
            return False
        self.st.blank(a, b)
        self._note(a, _drop_stop(self.st.s, a, b))
        return True

    def _meeting_after_presentation(self, a: int, b: int, rest: list[tuple[int, int]]) -> bool:
        """APA 7 (10.5): "Title [Paper presentation]. Annual Meeting of the American Political Science
        Association, Chicago, IL, United States.", Wikipedia {{cite speech}} "Title (Speech). House of
        Commons, London.": the sentence after the description names the occasion and its place, not a
        publisher (kept as a note)."""
        if (a, b) != rest[-1] or not any(note.value in _PRESENTATIONS or is_talk_description(note.value) for note in self.st.all("note")):
            return False
        self.st.blank(a, b)
        self._note(a, _drop_stop(self.st.s, a, b))
        return True

    def _mla_website(self, title_end: int, rest: list[tuple[int, int]], i: int) -> bool:
        """MLA 9: "“Hamlet.” Folger Shakespeare Library, www.folger.edu/…": after a page's title,
        closed inside its quotes, the website's name and a comma before the address is the container, also
        when it names the body that runs the site (MLA then leaves the publisher out). Wikipedia closes
        the quotes first and separates its pieces with periods ('"Title". Site. Publisher.')."""
        w = self.st.w
        a, b = rest[i]
        if i != len(rest) - 1 or self.e.host is not None or self.e.publisher is not None or "url" not in self.st.by_kind:
            return False
        return w[title_end - 1 : title_end] in (".", "?", "!") and w[a:b].rstrip().endswith(",")

    def _site_owner(self, rest: list[tuple[int, int]], a: int, b: int, piece: str) -> bool:
        """"18. novembris – … diena. Latvijas Institūts. Pieejams: https://…": an organisation's name as the
        last sentence before a web page's address is the body that publishes the site, if its head word names a
        body ("Latvijas Institūts", "Bank of Latvia"; not "Saeimas vēlēšanas", the Saeima's elections)."""
        kinds = self.st.by_kind
        if (a, b) != rest[-1] or self.apa_date is not None or self.host_lo is not None or self.e.publisher is not None:
            return False
        if not ("url" in kinds or "accessed" in kinds) or _HAS_DIGIT.search(piece):
            return False
        return looks_like_organisation(piece) and _names_a_body(piece)

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

    def _bracketed_translation(self) -> None:
        """A title in another language than the one the bracket after it is in: the bracket is the title's
        translation, which Latvian, Russian and English bibliographies add after a foreign title ("Walking Since
        Daybreak: A Story … [Ejot kopš rītausmas]"); it closes the subtitle when there is one."""
        title = self.e.title
        assert title is not None
        part, key = (self.e.subtitle, "subtitle") if self.e.subtitle is not None and self.e.subtitle.value else (title, "title")
        m = _BRACKETED_END.search(part.value)
        span = self.e.spans.get(key)
        if m is None or span is None or m.start() == 0:
            return
        translation = m.group("t")
        language = detect_language(translation)
        own = title.value[: m.start()] if part is title else title.value
        if language is None or language == detect_language(own):
            return  # ("[Сборник статей]": words the cataloguer supplied in the title's own language)
        title.translated[language] = translation
        part.value = part.value[: m.start()]
        span.end = span.start + len(normalize(part.value))

    def _series_sentence(self, title_at: int, rest: list[tuple[int, int]], a: int, b: int) -> bool:
        """Wikipedia {{cite book}}: "Lumans, Valdis O. (2006). Latvia in World War II. World War II: The Global,
        Human, and Ethical Dimension. New York: Fordham University Press." A title there joins its subtitle
        with a colon, so the one sentence between the title and "Place: Publisher" is the series."""
        st, w = self.st, self.st.w
        rest = [r for r in rest if role_before(w, r[0]) is None]  # ("Translated by …" may stand between them)
        if self.apa_date is None or self.host_lo is not None or len(rest) != 2 or (a, b) != rest[0]:
            return False
        if w[title_at : title_at + 1] == '"' or st.first("series") or _HAS_DIGIT.search(w, a, b):
            return False
        # (CS1 alone closes a title at its "[translation]" or colon-joined subtitle: a short sentence-case name in
        # the title's language is its series there; Harvard's "Tragediia …: … . Dokumenty i materialy" is title)
        if any(word[:1].islower() for word in w[a:b].split() if len(word) > 3) and (self.harvard or not _foreign_name(w[a:b], w[title_at:a])):
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

    def _numbered_series(self, rest: list[tuple[int, int]], a: int, b: int) -> bool:
        """Chicago (CMOS 14.123) names a book's series and its number after the title, before the facts of
        publication: "The 1917 Revolution in Latvia. East European Monographs 8. Boulder, CO: …, 1974."."""
        st, w = self.st, self.st.w
        if self.host_lo is not None or st.first("series") or not ((self.area is not None and (a, b) == rest[-1]) or self._before_dateless_imprint(rest, a, b)):
            return False
        m = _SERIES_AND_NUMBER.fullmatch(w, a, _drop_stop(w, a, b))
        if m is None or any(word[:1].islower() for word in m.group("s").split() if len(word) > 3):
            return False  # a series is a name in title case
        st.add("series", st.text(*m.span("s")), *m.span("s"), number=m.group("n"))
        st.blank(a, b)
        return True

    def _author_sentence(self, a: int, b: int) -> bool:
        """CMOS 14.104: an entry headed by its translator or editor names the author after the title, in a sentence
        of its own ("Pevear, Richard, and Larissa Volokhonsky, trans. Crime and Punishment. By Fyodor Dostoevsky. New York: …")."""
        st, w = self.st, self.st.w
        if not w.startswith("By ", a) or not self.persons or any(p.role == Role.AUTHOR for p in self.persons):
            return False
        persons, end, _ = parse_name_list(w, a + 3, ("initial-given-family", "initials-first", "given-family"), known_given=False)
        one = w[a + 3 : b].strip(" .")
        if not persons and one in mononyms():
            persons, end = [Person(family=one, span=Span(a + 3, a + 3 + len(one)))], a + 3 + len(one)  # "By Homer."
        if not persons or w[end:b].strip(" .,"):
            return False
        for p in persons:
            p.role = Role.AUTHOR
        self.persons[:0] = persons
        st.blank(a, b)
        return True

    def _before_dateless_imprint(self, rest: list[tuple[int, int]], a: int, b: int) -> bool:
        """Author-date styles date the work after its author, so "Place: Publisher." alone closes the reference
        and the one sentence before it is the series ("1960. The Singer of Tales. Harvard Studies …, no. 24. Cambridge, MA: …")."""
        if self.apa_date is None or len(rest) != 2 or (a, b) != rest[0]:
            return False
        return bool(_PLACE_PUBLISHER.fullmatch(self.st.w[rest[1][0] : rest[1][1]].strip(" .")))

    def _meeting_host(self, a: int, b: int, piece: str) -> bool:
        """A paper cited by its quoted title, then the meeting whose proceedings print it (CS1 {{cite conference}},
        MLA, CMOS): '"Theory and applications of trapdoor functions". 23rd Annual Symposium on Foundations of
        Computer Science (SFCS 1982). pp. 80–91.' The meeting is the host, not a publisher."""
        if self.e.host is not None and self.e.host.title is not None:
            return False
        if not _MEETING_NAME.search(piece) or _PLACE_PUBLISHER.fullmatch(piece):
            return False
        self._set_title(a, _drop_stop(self.st.w, a, b), host=True)
        self.host_lo = a
        return True

    def _series_after_roles(self, rest: list[tuple[int, int]], a: int, b: int, title_at: int) -> bool:
        """CMOS 14.123: the series follows the editor's or translator's statement and comes before the facts of
        publication ("Letters from Russia. Translated and edited by Anka Muhlstein. New York Review Books Classics.
        New York: …"); once the roles are stated the title is closed, so a name in title case there is the series.
        So it is once a colon has joined the subtitle (CMOS 8.163): "The Latvians: A Short History. Studies of
        Nationalities. Stanford, CA: …"."""
        st, w = self.st, self.st.w
        if self.area is None or self.apa_date is not None or self.host_lo is not None or (a, b) != rest[-1] or st.first("series"):
            return False
        roles = any(role_before(st.s, st.trim(*r, " ", blanked=False)[0]) is not None for r in rest[:-1])
        subtitled = len(rest) == 1 and ": " in st.s[title_at : a] and st.s[a:b].isascii() and ":" not in st.s[a:b]
        if not (roles or subtitled) or _HAS_DIGIT.search(w, a, b):
            return False
        s, e = st.trim(a, _drop_stop(w, a, b), " ,;:/-")
        words = w[s:e].split()
        if len(words) < 2 or any(word[:1].islower() for word in words if len(word) > 3) or w[e - 1 : e] in "?!":
            return False  # a series is a name in title case of two words or more
        if w[e : self.area.start].strip(" .,;") or _NOT_SERIES_WORD.search(w, s, e):
            return False  # the imprint follows at once; "Reprint", "With an introduction" are no series
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
            self._signed_entry(found.end)
        if not self.persons:
            e.extra["reference-work"] = "true"

    def _signed_entry(self, at: int) -> None:
        """CMOS 14.233: a signed entry names its author after the headword: 's.v. "Musorgsky, Modest
        Petrovich," by Robert W. Oldani.'"""
        st = self.st
        m = _BY_AFTER_HEADWORD.match(st.s, at)  # (the title zone may have taken it in: read the source)
        if m is None:
            return
        persons, end, _ = parse_name_list(st.s, m.end())
        if persons and st.s[end:].strip(" .") == "":
            self.persons = persons
            st.blank(m.start(), end)

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
        if starts and role_before(w, starts[-1]) is not None:
            return False  # "Latvijas vēsture. Red. kol.: D. Bleiere u. c.": the colon closes a role, not the title
        word = _FIRST_WORD.match(w, starts[-1]) if starts else None
        return not (word and is_known_place(word.group(0).rstrip(",:")))  # not "… Rīga: Zinātne"

    def _reference_work_host(self, a: int, b: int, piece: str) -> bool:
        """"Rīga. Latvijas padomju enciklopēdija. 8. sēj. …, 237.–250. lpp.": an encyclopedia named
        right after the entry's title, with the entry's pages, the encyclopedia's volume or its web address cited, hosts it."""
        st = self.st
        cited = st.first("pages") is not None or (" " in piece and (st.first("url") is not None or (not self.persons and st.first("volume") is not None)))
        if self.host_lo is not None or not cited or not names_reference_work(piece):
            return False  # (an unsigned headword may cite the volume of a named work only: "Aglona. Latvijas padomju enciklopēdija. 1. sēj.",
            # not "Мифы народов мира. Энциклопедия. Т. 1.", a work that calls itself one, nor "Rīga. Enciklopēdija.")
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

    def _set_of_the_set(self, s: int, e: int) -> None:
        """GOST 7.1 names a set inside a set with its own count: "Полное собрание сочинений и писем : в 30 т.
        Сочинения : в 18 т. Т. 13"; the inner set's title is kept aside, the whole work's is the title."""
        st = self.st
        counts = [f for f in st.all("number_of_volumes") if s <= f.start]
        if len(counts) < 2 or not (counts[0].start < e and (counts[1].start < e or not st.w[e : counts[1].start].strip(" :"))):
            return
        a, b = st.trim(counts[0].end, counts[1].start)
        b = _drop_stop(st.w, a, b)
        if b > a and not _HAS_DIGIT.search(st.w, a, b):
            self.e.extra["set_title"] = st.text(a, b)
            self.e.spans["extra.set_title"] = Span(a, b)
            st.blank(a, b)

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
        if _PLACE_PUBLISHER.fullmatch(w[a:b].strip(" .")):
            return False  # Wikipedia "Rogers Commission (6 June 1986). Title (Report). Washington, D.C.: …": an imprint
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
        b = self._without_repeated_year(a, b)
        comma = w.rfind(", ", a, b)
        if comma != -1 and is_known_place(w[comma + 2 : b].strip()):  # "Oxford University Press, Oxford"
            self._pub(PubArea(a, b, places=[self.st.trim(comma + 2, b)], publisher=self.st.trim(a, comma)))
            return
        if is_known_place(w[a:b].strip(" .")):
            self._pub(PubArea(a, b, places=[self.st.trim(a, b, " .")]))  # CS1 |location= without |publisher=: "Vol. 1. Moscow."
            return
        colon = w.find(":", a, b)
        if colon != -1 and (is_known_place(w[a:colon].strip()) or len(w[a:colon].split()) <= 5):
            place = PubArea(a, b, places=place_spans(self.st, a, colon), publisher=self.st.trim(colon + 1, b))
            self._pub(place)
        else:
            self._set("publisher", *self.st.trim(a, b))

    def _without_repeated_year(self, a: int, b: int) -> int:
        """Student author-date references may repeat the year after the publisher: "(2010). Title. Rīga: Zinātne, 2010."."""
        m = _REPEATED_YEAR.search(self.st.w, a, b) if self.apa_date is not None else None
        if m is not None and self.apa_date is not None and m.group(1) in self.st.s[self.apa_date[0] : self.apa_date[1]]:
            return m.start()
        return b

    def _cs2_imprint(self, s: int, e: int) -> int:
        """Wikipedia CS2 ({{citation}}) joins the elements with commas, not periods: "Hayek, F. A. (1944),
        The Road to Serfdom, London: George Routledge & Sons". The first ", Place: " with a known place
        opens the imprint, which runs to the end of the zone; returns the zone's new end."""
        st, w = self.st, self.st.w
        assert self.apa_date is not None
        if not _CS2_AFTER_DATE.match(st.s, self.apa_date[1]):
            return e
        for m in _CS2_PLACE.finditer(w, s, e):
            if is_known_place(m.group("p")):
                self._apa_publisher(m.start("p"), _drop_stop(w, m.start("p"), e))
                return m.start()
        return e

    def _set_title(self, s: int, e: int, host: bool) -> None:
        st, w = self.st, self.st.w
        s, e = st.trim(s, e, " ,;:/-")
        e = _drop_stop(w, s, e)
        while e > s + 1 and w[e - 1] == " " and w[s] == '"':
            e -= 1  # '"Title: Sub" (PDF).': the blanked mark before the stop
        s, e = _unquote(w, s, e)
        if w[s : s + 1] == '"' and not s < _closing_quote(w, s) < e:
            s += 1  # '“Title: Sub,” in …': the zone stops before the comma and the closing quote
        if host and " = " in w[s:e]:
            e = self._drop_parallel_title(s, e)
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

    def _drop_parallel_title(self, s: int, e: int) -> int:
        """GOST 7.1-2003 (4.2.3.4, 5.2.2): a parallel title follows the host's title after " = " and comes before its
        other title information ("// Вестник общественного мнения = The Russian Public Opinion Herald : науч. журн.");
        the host is cited by its main title, so the parallel one is dropped. Returns where the title area ends."""
        st, w = self.st, self.st.w
        eq = w.find(" = ", s, e)
        colon = _title_colon(w, s, e)
        if colon is not None and colon[0] < eq:
            return st.trim(s, eq, " ")[1]  # "Title : other information = Parallel : …": the first language's part only
        after = _title_colon(w, eq + 3, e)
        st.blank(eq, after[0] if after is not None else e)
        return e if after is not None else st.trim(s, eq, " ")[1]


_PUBLISHER_WORD = re.compile(r"\b(?:Press|Books|Publishers|Publishing|Verlag|UP)\b")

def _foreign_name(text: str, title: str) -> bool:
    """Whether a short name in sentence case is written in a language that capitalises only its first word
    (a romanised Russian series "Istoriia stalinizma", a French "Bibliothèque des histoires"); the title before
    it adds its romanised words as evidence. A longer sentence is rather a subtitle cut off by a full stop."""
    if len(text.split()) > 4:
        return False
    return detect_language(text) not in (None, "en") or reads_as_romanized_russian(text, lambda: _romanized_words(title))


def _romanized_words(text: str) -> int:
    russian, english = romanized_russian_evidence(text)
    return 0 if english else russian


_BY_AFTER_HEADWORD = re.compile(r"[ ,.\"]*by ")
_DAY_MONTH_SENTENCE = re.compile(r"\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}")

_BRACKETED_END = re.compile(rf" \[(?P<t>[{UP}][^\[\]]{{2,200}})\]$")

_YEARS_PIECE = re.compile(rf"{YEAR} ?- ?\d\d")  # (a span of four-digit years is the period a title covers: "Прибалтика и Кремль. 1940–1953")

_REPORT_CODE = re.compile(r"[A-Z]{1,5}-\d{2,6}(?:-[A-Z0-9]{1,6})?")


# a series and its number: "East European Monographs 8" (not a year: "Latvia 1991")
# a meeting's name or its proceedings: "Proceedings of …", "23rd Annual Symposium on …", "… Conference (NIPS 2014)"
_MEETING_NAME = re.compile(r"^(?:Proceedings|Proc\.)|\b(?:Conference|Symposium|Workshop|Colloquium|Congress)\b")
# words of a sentence after the roles that say something other than a series' name
_NOT_SERIES_WORD = re.compile(r"\b(?:Reprint|Reprinted|Originally|First|With|Introduction|Foreword|Preface|Facsimile|Abridged|Unabridged|Catalogue|Catalog|Exhibition)\b")
# (CMOS 14.123 writes the number bare or after "no." / "vol.": "Studies in Legal History 12", "…, no. 24", "…, vol. 3")
_SERIES_AND_NUMBER = re.compile(rf"(?P<s>[{UP}][{LETTER}'’-]+(?: [{LETTER}'’-]+){{1,8}})(?:,? (?:no|No|vol|Vol)\.)? (?!{YEAR}$)(?P<n>\d{{1,4}})")

# CS2: the date in parentheses after the authors, then a comma ("(1944), Title"); a place before a colon
_CS2_AFTER_DATE = re.compile(r"\)?, ")
# (a look-ahead, so that ", Talcott, London: " is tried again at ", London: ")
_CS2_PLACE = re.compile(rf"(?=, (?P<p>[{UP}][{LETTER}.'’ -]{{1,40}}?(?:, [{UP}][{LETTER}.]{{1,25}})?): (?=[{UP}]))")


def _advance_online_after(st: State, a: int, b: int) -> bool:
    """APA 7 (10.1): the journal's name comes right before "Advance online publication" (read and
    blanked already, so the sentence ``[a, b)`` runs over it)."""
    for note in st.by_kind.get("note", ()):
        if note.value == "Advance online publication" and a < note.start <= b and not st.w[note.start : b].strip(" ."):
            return True
    return False


def _after_quoted_title(w: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """A quoted title's stop ends its sentence even before a lower-case site name ("latvia.eu")."""
    close = _closing_quote(w, s)
    at = _skip(w, close + 1, " ")  # (past a blanked mark: '"Title" (PDF). bitcoin.org.')
    if close == -1 or w[at : at + 2] != ". " or not w[at + 2 : at + 3].islower():
        return None
    return [(s, at + 1)] + _sentences(w, at + 2, e)


_PAGE_AFTER_DAY = re.compile(rf", (?:pp?\. ?)?(?!{YEAR}\b)(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?\.?[ ]*$")

_COLON_AFTER = re.compile(r"\.? : ")

_VOLUME_OF_SET = re.compile(rf"(?P<of> of )?(?(of)|, )(?=[{UP}])")  # "Vol. 3 of A History …", "Vol. 3, The Age …"


def _unquote(w: str, s: int, e: int) -> tuple[int, int]:
    """``“Title: Sub.”`` → ``Title: Sub`` when one pair of quotes wraps the whole title."""
    if e - s >= 2 and w[s] in "\"'" and w[e - 1] == w[s] and _closing_quote(w, s) == e - 1:
        s, e = s + 1, e - 1
        while e > s and w[e - 1] in " .,;:":
            if w[e - 1] == "." and _keeps_stop(w, s, e):
                break
            e -= 1
    return s, e


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


def _heading_word(piece: str) -> bool:
    """A sentence that is one unabbreviated role noun ("Ievads.", "Комментарии.") heads a part of the
    work ("… komentāri. Ievads. I nodaļa. …"); as a role it would name the persons after it."""
    return " " not in piece and piece[:1].isupper() and role_before(piece, 0) is not None  # (the stop is off: "Пер" is none)


_SERIES_NAME = re.compile(r"[Сс]ерия|[Бб]иблиотека|Б-ка|[Ss]ērija|[Bb]ibliotēka")  # a series in parentheses before the imprint


def _parenthesised(w: str, rest: list[tuple[int, int]]) -> int:
    """How many of the sentences after the title one parenthesis holds whole (0 if none): pre-GOST title
    pages put the other title information so ("… . (Ответ гг. Михайловскому, Карееву и комп.).")."""
    a = rest[0][0]
    close = w.find(")", a) if w.startswith("(", a) else -1
    if close == -1 or "(" in w[a + 1 : close]:
        return 0
    for i, (_, b) in enumerate(rest):
        if b > close:
            return i + 1 if not w[close + 1 : b].strip(" .") else 0
    return 0


# a Latvian statement of responsibility as a sentence of its own: initials and surnames in the genitive, then the role
_LV_GENITIVE_STATEMENT = re.compile(
    r"(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\. ?)+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž-]+(?:(?:, | un )(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\. ?)+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž-]+)*"
    r" (?:red|redakcijā|sakārtojumā|tulkojumā|atdzejojumā)\.?$"
)

_REPEATED_YEAR = re.compile(r", ?(\d{4})[. ]*$")


def _site_named_after(title: str, site: str) -> bool:
    """Whether a title that names an organisation is the owner of the site named next ("LNB. Digitālā bibliotēka.",
    "Latvijas Nacionālā bibliotēka. Digitālā bibliotēka."): an acronym, or a body whose name holds the site's head
    word. Another body is the page's subject ("Latvijas Republikas Saeima. Latvijas Institūts. Pieejams: …")."""
    if not looks_like_organisation(title):
        return False
    head = site.strip(" .").split()[-1].lower() if site.strip(" .") else ""
    return title.strip(" .").isupper() or head in [word.strip(".,;:") for word in title.lower().split()]


def _names_a_body(piece: str) -> bool:
    """Whether a sentence's head word names a body: "Latvijas Institūts", "Bank of Latvia", not "Saeimas vēlēšanas"
    (the Saeima's elections)."""
    words = piece.strip(" .").split()
    return len(words) < 2 or looks_like_organisation(words[-1]) or (looks_like_organisation(words[0]) and words[1] in ("of", "for", "on"))


def _before_responsibility(s: str, end: int) -> bool:
    """Whether the statement of responsibility's slash follows ``end`` (GOST 7.1 "Title. 1981 / ed."): what stands
    before it belongs to the title area, so a year there is a word of the title (an annual's, a yearbook's), not
    a date of first publication; the imprint's year comes after the area dash."""
    rest = s[end : end + 4].lstrip(" .")
    return rest.startswith("/ ")
