"""Cut a run-on reference section into single references.

A new reference starts after a *close* — a publication year ending a
sentence, a page count (``164 стр.``, ``250 lpp.``, ``, илл.``), a page or
column range, an ISBN, "Wayback Machine", an access date, GOST's "Текст :
непосредственный.", a series area, a newspaper's day and month — when what
follows begins like a reference (a capital letter or a quote) and not like the
continuation of one (a place before its publisher, "ISBN", "Archived",
"Summary in …", a web-site name, ``/``, ``//``, a lower-case word). It also
starts at a *heading* after any sentence end: names followed by a title, by an
author-date year ("Kuhn, Thomas S. 1962.") or by a date in parentheses
("Smith, J. (2002).", "OECD (2015)", "Kennan, George F. (July 1947)."), with
its list number if it has one; at a Wikipedia title-first citation
(""Title". Work."); at a note's own number, "Ibid.", the same author's dash
("———."), an archive's fonds ("LVVA, 1313. f.") or a title after "Place:
Publisher." that ended an author-date reference; and at a Cyrillic or Latvian
sentence after a whole English reference (its publisher's name included: "(1975).
Helplessness. W. H. Freeman. | Латвийская …"). A letter's date ("Lincoln, Abraham,
to Horace Greeley, August 22, 1862.") is followed by its collection, and a place
before a given name ("London, Jack.") is a family name, not an imprint.
A heading of names and a title only is a weak cut: it is
dropped when it cuts a statement of responsibility ("/ А. Ахо, Дж. | Хопкрофт")
or leaves a publisher alone ("… Jackson. | Little, Brown."), and a heading
left alone ("Б.М. Эйхенбаум. | Лев Толстой. …") joins the reference after it.
A list numbered or bulleted from its start ("1.", "[1]", "1)", "•") is cut at its numbers only.

>>> segment("А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр. M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.")
['А.К. Рашкевиц. Записки партизана. Рига, 1963. - 336 стр.', 'M. Vestermanis. Fronte bez fronte līnijas. Rīga, 1958.']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from pathlib import Path

from ..model import Person
from .areas import boundaries, is_known_place
from .dates import YEAR
from .names import INITS, LETTER, LO, UP, joined_name, parse_name_list
from .normalize import normalize
from .vocab import given_names, honorifics, language_words, mononyms, organisation_words

_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_RU_MONTH_ABBREVIATIONS = "янв|февр|апр|авг|сент|окт|нояб|дек"  # GOST 7.12 ("— 1990. — 18 сент.")
_CLOSE = re.compile(
    rf"(?:(?<![\d\-])(?:{YEAR} ?- ?)?{YEAR}(?! ?(?:стр|с|lpp|p|pp|S)\.)\.?(?:, (?P<place>[{UP}][{LETTER}]+))?"
    rf"|\d+(?: ?(?:стр|с|lpp|p|pp|S)|\. ?(?:lpp?|sl))\.(?:(?:,| :)? *(?:илл?|ил|ill|il)\.?)?"  # (and an archival leaf: "3. lp.")
    rf"|\d+\.? ?(?:стр|lpp)(?:(?:,| :)? *(?:илл?|ил)\.?)?"  # (the final stop left out)
    rf"|(?<=- )\d+ с(?:(?:,| :)? *(?:илл?|ил)\.?)?"
    r"|(?<=[—–-] )\d+ (?:vols?|Bde?|tt?|lk|s|str|psl|old|blz|стор)\."  # GOST's extent of a foreign work: "— 2 vol.", "— 351 lk."
    rf"|(?:стр|ст|стлб|стб|с|pp|p|lpp|Ст|Стб|л|lp)\. ?\d+(?: ?- ?\d+)?\.?"
    rf"|(?<![A-Z]\.)(?:S|С|P|Л)\. ?(?:(?!{YEAR}\b)\d+|(?!{YEAR}-\d\d\. )\d+(?= ?- ?\d))(?: ?- ?\d+)?\.?"  # (a capital is an initial before a year or years: "Winston S. 1948–53.")
    r"|ISBN:? ?[\dXx][\d\- Xx]{8,16}[\dXx]\.?"
    rf"|\d+, \[\d+\] (?:lpp|с|стр|p)\."  # a catalogue's unnumbered pages: "302, [1] lpp."
    rf"|(?<=, )\[{YEAR}(?: ?- ?{YEAR})?\]\."  # a year the cataloguer supplied: "A. Gulbis, [1932–1933]."
    r"|(?<=apr\., )\d+\. l\."  # a Latvian archive's file, the last unit of its shelfmark ("1. apr., 3. l.")
    # identifiers that end a Wikipedia citation ("PMID 16577160.")
    r"|(?:PMID|PMC|OCLC|S2CID|JSTOR) \d+\.?|Bibcode: ?[^ ]+"
    r"|\.\[(?:permanent )?dead link\]"  # Wikipedia's mark after a citation's last stop
    # Wikipedia's access note ends a citation: "(Subscription or participating institution membership required.)"
    r"|\((?:[Ss]ubscription|[Rr]egistration)[^()]{0,80}required\.?\)\.?"
    r"|Wayback Machine\.?"
    r"|(?:https?://|doi:)[^ ]+"
    # MLA's web address without its scheme ("plato.stanford.edu/entries/russell/.")
    r"|(?<= )(?:[a-z0-9\-]+\.)+(?:com|org|edu|net|gov|lv|ru|uk|de|eu)/[^ ]*"
    # Chicago notes: the facts of publication with a pin cite ("(Boston: Beacon, 1993), 72-74."),
    # a journal's pages after its issue ("(April 1946): 252-65.")
    # (or the years of a multivolume work and a volume's page: "(Boston: Little, Brown, 1948-81), 3:142.")
    r"|\([^()]{1,150}: [^()]{1,150}, \d{4}(?:-\d{2,4})?\)(?:, \d+(?::\d+)?(?: ?- ?\d+)?)?\."
    r'|s\.v\. "[^"]{1,80}"\.?'  # Chicago cites a reference work by its entry: "…, 3rd ed., s.v. "Riga.""
    r"|(?<=, )(?:PhD|Ph\.D\.|MA|M\.A\.|MPhil|DPhil|Doctoral|Master's) (?:dissertation|thesis)\."  # MLA 9: "Cornell U, MA thesis."
    r"|\([^()]{1,150}, \d{4}\), \d+(?:-\d+)?\."  # ("(PhD diss., Harvard University, 1962), 45.")
    r"|\(Original work published \d{4}\)"  # APA 7 ends a reprint or translation with it
    r"|(?<=\)): \d+(?:-\d+)?\.?"
    r"|(?<=, )\d+\(\d+(?:-\d+)?\), \d+(?:-\d+)?\."  # APA's journal: "The Atlantic, 302(1), 56-63."
    r"|(?<=[a-z]\., |[a-z]{2}, )\d{1,4}(?:-\d{1,4})?\."  # a short note's page: "Judt, Postwar, 52.", "Ibid., 60."
    r"|[(\[](?:skatīts|sk\.|дата обращения|дата звернення|дата звароту|Accessed|accessed|viewed)[^()\[\]]*[)\]]\.?"
    r"|Accessed \d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\."  # MLA 9
    r"|Retrieved (?:on )?(?:\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})\.?"
    # GOST 7.0.100-2018's content statement closes its area; a series area closes a description
    r"|(?:Текст|Тэкст) : (?:непосредственный|электронный|безпосередній|електронний|непасрэдны|электронны)\.?"  # (and Ukrainian, Belarusian)
    r"|Загл\. с (?:экрана|титул\. экрана)\."  # GOST 7.82's source-of-title note ends an electronic resource
    # the volume or issue as a description's last area ("– Т. 28.", "– № 7.", "– Nr. 343/344.", "2000, Nr. 20.")
    r"|(?<=- |, )(?:[Тт]\.|[Кк]н\.|[Вв]ып\.|Nr\.|No\.|№) ?(?:\d+(?:[/-]\d+)?|[IVXLC]+)\."  # (or "1892, кн. XI.")
    r"|ед\. хр\. \d+\.|[Оо]п\. \d+[.,] [Дд]\. \d+\."  # an archival file, the last unit of a Soviet shelfmark
    r"|(?<= )(?:RFC|STD|BCP) \d+\."  # an IETF document's numbers end its citation ("doi:10.17487/RFC3986. STD 66. RFC 3986.")
    r"|(?<=\d{4}, )\d+(?:-\d+)?\.(?! (?:janv|febr|marts|apr|maij|jūn|jūl|aug|sept|okt|nov|dec))"  # Chicago's page after a dated issue ("November 3, 1948, 1."; not "1988, 10. jūn.")
    r"|\d+ vols\."  # MLA 9 ends a multivolume work with their number
    # a court case's reporter, page (and pin) and its court and year ("347 U.S. 483 (1954).", "410 U.S. 113, 153 (1973).",
    # "123 F.3d 456 (9th Cir. 1997).", "108 S. Ct. 2597 (1988)."): the Bluebook's last element
    # an English law report after its year in brackets ("[1932] AC 562.", "[1994] 1 AC 212.", "[2004] UKHL 22.",
    # "[1990] 2 WLR 358 (HL).", "[2015] EWCA Civ 12."), a UK statute's chapter after its year ("Equality Act 2010, c. 15."): OSCOLA and Harvard
    r"|(?<=\] )(?:\d{1,3} )?[A-Z][A-Za-z]{0,6}(?: [A-Z][a-z]{1,4}| \([A-Za-z]+\))? \d+(?: \([A-Z][A-Za-z]*\))?\.(?<=\d\.|\)\.)"
    r"|(?<=\d{4}, )c\. \d+\."
    r"|(?<= )\d+ (?:U\.S\.|S\. ?Ct\.|F\.(?: ?Supp\.)?(?: ?[234]d)?|L\. ?Ed\.(?: ?2d)?) \d+(?:, \d+(?:[-–]\d+)?)* \((?:[^()]{0,30} )?\d{4}\)\."
    r"|(?<=- )\([^()]{2,150}\)\.?"  # a series area, the stop may be left out ("- 336 с. - (Научная библиотека)")
    # a newspaper's day and month ("1942, 24 июля.", "1940, 22. jūl.")
    rf"|\d{{1,2}} (?:{_RU_MONTHS}|{_RU_MONTH_ABBREVIATIONS})(?: \d{{4}}(?: г)?)?(?: \(\d{{1,2}} [а-я]+\))?\."  # ("«Правда», 20 июня 1950 г.")
    # (the month in full may leave the stop out: "Cīņa, 1989. 12. maijs")
    rf"|\d{{1,2}}\. (?:janv|febr|marts|apr|maij|jūn|jūl|aug|sept|okt|nov|dec)[a-zāēīū]*(?:\.|(?<=s)(?= [{UP}\d]))(?:, Nr\. [\d/]+\.)?"
    # Harvard dates a newspaper article by its day and month: "Financial Times, 23 December."
    r"|(?<=, )\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\."
    r'|(?:Sērija|Серия) "[^"]{1,100}"\.'  # a series statement closes a Latvian description
    r")(?= +)"
)
# a Latvian title that is a day and its name ("18. novembris – Latvijas Republikas proklamēšanas diena"); a
# newspaper's date after its year has no dash ("Cīņa, 1989. 12. maijs"); a title that is a year ("1812 год : …", "1905. gads")
_DATE_TITLE = re.compile(
    r"\d{1,2}\. (?:janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris) [-:] "
    r"|1\d{3}\.? (?:год|gads)\b"
    r"|\d{1,2}\. gadsimt"  # "20. gadsimta Latvijas vēsture": a century
)
# Chicago's and MLA's dash for the author of the reference before ("———. Black Earth.", "---, editor.")
_SAME_AUTHOR = re.compile(r"(?<=[.)] )(?:-{2,3}|_{2,8})[.,] ")
_ONLY_NUMBER = re.compile(r" *(?:\[\d{1,3}\]|\d{1,3}[.)]) *")
_PAREN_END = re.compile(r"\) +")
_ROLE_AFTER = r",? (?:ed|eds|trans|comp|comps)\.|, (?:editors?|translators?|compilers?)"  # "Tully, James, ed.", MLA's "…, editors."
# after a heading's names: a title, or the author-date year ("Kuhn, Thomas S. 1962.", "Tully, James, ed. 1988.")
_HEADING_END = re.compile(rf"(?:{_ROLE_AFTER})?[ ]*\.?[ ]+(?:[\"'«A-ZА-ЯЁĀ-Ž]|\d{{4}}(?:-\d{{2,4}})?[a-z]?\.|n\.d\.)|, to [A-Z]")  # (Chicago's letter: "Jefferson, Thomas, to John Adams, …")
_NOTE_HEADING_END = re.compile(r"[ ]*[.,][ ]+[\"'«A-ZА-ЯЁĀ-Ž]")
_NUMBERING = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]) +(?=[^\sa-zа-яёāčēģīķļņšūž])")  # not a day: "21. dec."
# a date in parentheses after the names: "(2002)", "(2020, March 11)", "(June 19, 1972)", "(Summer 1990)",
# "(Eds.). (1960)", "(eds) (2011)", "(n.d.)", "(no date)"
_PAREN_DATE = r"\((?:(?:(?:\d{1,2}(?:[–-]\d{1,2})? )?[A-Z][a-z]+\.?(?:[–/-][A-Z][a-z]+\.?)?,? )?(?:\d{1,2},? )?\d{4}[a-z]?(?: \[\d{4}\]|/\d{4}|-(?:\d{4}|present|\d\d-\d\d))?[,)]|n\.d\.\)|no date\))"
# (Harvard gives a reprint's first year too: "(2002 [1848])", "(1776/1976)"; APA a running work's: "(1995-present)")
# (CS1 dates an issue by a range of months or days: "(March–April 1994)", "(1–7 March 1994)", or in ISO form: "(2012-05-30)")
# (a role or a group between the names and the date: "(Eds.). (1960)", "John A., ed. (1964)",
# "Abbott, B. P.; et al. (LIGO Scientific Collaboration) (2016)")
_APA_YEAR_AHEAD = re.compile(rf"(?:,? (?:[Ee]ds?|trans|comp)\.)?\.? *(?:(?:\([^()\d]{{2,80}}\)|\[@[^\[\] ]{{1,40}}\])\.? *)?{_PAREN_DATE}")
# (APA 7 gives a social-media author's handle: "Obama, B. [@BarackObama]. (2017, August 12).")
# (Chicago author-date puts the first edition's year before the one cited: "Mill, John Stuart. (1859) 1978.")
# an organisation's name before such a date: "World Bank. (1993).", "OECD (2015)", "U.S. Department of … (2014)."
# (not a book's title after "In": "… Research." In The Third (1959) University of Utah Research Conference")
_ORG_WORD = r"(?:[A-Z][\w&'\-]*|(?:[A-Z]\.)+|of|and|the|for|on|in|&|\d{4})"  # "GBD 2019 … Collaborators"
_ORG_HEADING = re.compile(rf"(?!In )(?:[A-Z][\w&'\-]*|(?:[A-Z]\.)+)(?: {_ORG_WORD}){{0,9}}\.? (?={_PAREN_DATE}[^:])")
# APA's several group authors: "American Educational Research Association, American Psychological Association, &
# National Council on Measurement in Education. (2014)."
_ORG = rf"[A-Z][\w'\-]*(?: {_ORG_WORD}){{0,9}}"
_ORG_LIST = re.compile(rf"{_ORG}(?:, {_ORG}){{0,4}},? (?:&|and) {_ORG}\.? (?={_PAREN_DATE}[^:])")
_NUMBER_BEFORE = re.compile(r"(?:(?<=[\w)\]\"]\. )|(?<=[)\]\"] ))(?:\[\d{1,3}\]|\d{1,3}[.)]) +$")  # "…, 4. | 27. Walter Duranty, …"
_ABBREVIATED_GIVEN = re.compile(rf"(?<=\.)[ ]?[{UP}][{LO}]{{1,3}}\. *$")  # "Вяч. | Вс. Иванов", "Вяч.Вс. Иванов"
_CONTINUES = re.compile(
    r"(?:ISBN|ISSN|JSTOR|PMID|PMC|OCLC|S2CID|hdl:|arXiv|Bibcode|Archived|Retrieved|Accessed|Available|Summary|Резюме|Kopsavilkums|URL|DOI|doi|In:|"
    r"Pieejams|Skatīts|Tulkojis|Translated|Edited|STD \d|RFC \d|pp?\. ?\d|С\. ?\d|Т\. ?\d|Vol\.|№|No\.|Nr\.|"
    r"Reprint|Repr\.|Библиогр|[Лл]\. ?\d|"
    # a series after the imprint (MLA 9's last element): "Norton Critical Edition.", "Penguin Classics."
    r"(?:[A-Z][\w'-]+ ){1,4}(?:Edition|Series|Classics|Library)\.|"
    r"(?:Originally|First) published|"
    # MLA 9's thesis after its year: "… 1981. Princeton University, Senior thesis."
    r"[^.]{2,80}, (?:Senior|Honors|Honours|BA|B\.A\.|MA|M\.A\.|MPhil|PhD|Ph\.D\.|Doctoral|Master's) (?:thesis|dissertation)\.|"
    # an edition, a part and a series statement ("Rev. and enl. ed.", "Часть 1.", "Sērija „…”")
    r"(?:Rev\.|Revised|Enl\.|Expanded|\d+(?:st|nd|rd|th))(?: and [a-z]+\.)? ed(?:\.|ition)|"
    r"(?:Часть|Ч\.|Книга|Кн\.|Part|Pt\.) ?(?:\d|[IVX]+\b)|(?:Sērija|Серия|Series) \"|"
    # a web site's name continues a reference; one with its own title starts one ("Letonika.lv: …")
    r"[A-Za-z0-9\-]+\.(?:lv|ru|com|org|net|edu|gov|uk|de|eu)\b(?! ?[:-]|\. (?:Pieejams|Available|URL|Режим)))"
)
_STARTS = re.compile(rf"[\"{UP}«„“]|[a-z]{{1,2}}(?=[A-Z]{{2}})|'(?=[A-Z][^']{{0,200}}' \({YEAR}\))")  # (or "eLIBRARY.RU"; Harvard's "'Title' (1982)")
# APA 7 (9.12) puts the title of a work with no author where the author stands, the date after it
_APA_TITLE_FIRST = re.compile(rf"[A-Z][^.()\"]{{0,150}}[a-z\d]\. (?={_PAREN_DATE}[^()]{{0,20}}\)?\. )")  # (not a name's initial)
_QUOTED_TITLE = re.compile(r'"[^"]{1,300}"(?: \[[^\[\]"]{1,300}\])?(?: \((?:PDF|DOC|in [A-Z][a-z]+)\))*\. ')  # Wikipedia's full stop after the quote (and its marks, its "[translation]")
_PARTICLE = re.compile(r"(?:(?:van|von|de|du|da|di|del|della|dos|das|le|la|ter|ten|ibn) (?=(?:[a-z]+ )?[A-Z])|(?:al|el)-(?=[A-Z]))")  # "al-Ghazali, Abu Hamid."
_PARTICLE_AFTER_STOP = re.compile(rf"(?<=[.)\]] ){_PARTICLE.pattern}")
_FIRM_END = re.compile(r"(?<= )(?:Co|Ltd|Inc)\. +(?=[\"A-Z])")
_OMISSION_BEFORE = re.compile(r", \. \. \. *$")  # APA 7: ". . ." and the last of many authors
_NOTE_AFTER_CLOSE = re.compile(r" *\([^()]{2,150}\)\.?(?= )")
_LOWER_CASE_NAME = re.compile(r"[a-z]{2,}, [a-z]{2,}\. (?=[A-Z\"])")
# a title-first reference after a whole imprint: a place and a lower-case subtitle ("Rīga: enciklopēdija", "Арзамас : просветительский проект")
_TITLE_AFTER_PLACE = re.compile(rf"[^,:;]{{1,26}} ?: (?!изд|izd|apg|тип)[{LO}]")
_BARE_YEAR = re.compile(rf"(?:{YEAR} ?- ?)?{YEAR}")
_PLACE_BEFORE_PUNCT = re.compile(rf"(?<![{LETTER}])((?:[{UP}][{LETTER}\-]* )?([{UP}][{LETTER}\-]*\.?)) ?[,:;]")  # (and "New York:")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_CAPITAL = re.compile("[\u0400-\u042f]")
# a Cyrillic start, quoted ("«Правда», 1961"), or a Latin-script site name with its Russian description ("Lenta.ru : …")
_CYRILLIC_START = re.compile('"?[\u0400-\u042f]|[^ ]+ : [\u0400-\u04ff]')
_LATVIAN = re.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
_DATE_AFTER_SPACE = re.compile(rf"(?<= ){_PAREN_DATE}")
_WORD_START = re.compile(r"(?<= )[A-Za-zÀ-ž]")
_VOLUMES = re.compile(r"\d+ vols\.")
_IMPRINT_YEAR_BEFORE = re.compile(r"\d{4}(?:-\d{2,4})?\. $")  # MLA's "Clarendon Press, 1887. 6 vols." ends the reference
_FIRST_NUMBER = re.compile(r" *(?:\[(?P<bracket>\d{1,3})\]|(?P<dot>\d{1,3})\.|(?P<paren>\d{1,3})\)) +")
# a label before a number that is no list number ("Т. 2.", "Vol. 2.", "No. 2.", a statute's "c. 42."; Latvian "2. izd.", "1. sēj." put it after)
_LABEL = re.compile(
    r"(?:[Тт]|[Vv]ol|[Nn]os?|[Nn]r|Bd|[Кк]н|[Чч]|[Pp]p?|[Сс]|[Сс]тр|[Сс]тб?|стлб|[Лл]|[Ss]|[Вв]ып|[Pp]t|§"
    r"|хр|[Фф]|[Оо]п|[Дд]|[Кк]|[Гг]л|[Рр]азд|fol|ff?|c|ch|sec|art|bk|col|fig)\.|№|[Pp]art|Book|Chapter"
)


def segment(text: str) -> list[str]:
    """The references of a run-on text, in order, stripped (empty text → [])."""
    s = normalize(text)
    numbered = _numbered_cuts(s) or _bulleted_cuts(s)
    if len(numbered) >= 3:
        cuts = numbered + _cuts_after_the_numbers(s, numbered)  # "1. … 2. … 3. …", "• … • …": the list says where each starts
    else:
        cuts = _kept(s, _cut_candidates(s))
    cuts = sorted(set(cuts)) + [len(s)]
    # a cut right after list numbering ("2. | Петров П. П. …") keeps the number with its reference
    cuts = [c for i, c in enumerate(cuts) if i == 0 or not _ONLY_NUMBER.fullmatch(s, cuts[i - 1], c)]
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return [p for p in pieces if p]


# how sure a cut is: one after a close or before a dated heading ("Smith, J. (2002).") is firm, one
# before a heading of names and a title only ("Little, Brown. …" may be a publisher) is weak
_WEAK, _FIRM = 1, 2


def _cut_candidates(s: str) -> dict[int, int]:
    """Every place a reference may start, with how sure the cut is."""
    cuts: dict[int, int] = {0: _FIRM}
    order = [0]  # the same positions, sorted: the cut before a place is a bisection, not a scan

    def add(pos: int, strength: int) -> None:
        if pos not in cuts:
            insort(order, pos)
        cuts[pos] = max(strength, cuts.get(pos, 0))

    def cut_before(pos: int) -> int:
        return order[bisect_left(order, pos) - 1]

    ends = [nxt for _, nxt in boundaries(s, 0, len(s))]
    if "Co. " in s or "Ltd. " in s or "Inc. " in s:  # a firm's name ends its imprint: "… Trubner & Co. | Hayek, F. A. (1944), …"
        ends = sorted(ends + [m.end() for m in _FIRM_END.finditer(s)])
    for i, nxt in enumerate(ends):
        # Wikipedia's title-first citation after another one's last sentence ("… Houghton Mifflin. | "Title". Work.")
        if _QUOTED_TITLE.match(s, nxt) and not _after_paren_date(s, nxt) and not _only_names(s, ends[i - 1] if i else 0, nxt):
            add(nxt, _WEAK)
        if _MLA_QUOTED_TITLE.match(s, nxt) and i and _ends_reference(s, ends[i - 1], nxt):
            add(nxt, _WEAK)  # "… Conference presentation. | “About the Archive.” Emily Dickinson Archive, …"
        if _MLA_TITLE_THEN_CONTRIBUTOR.match(s, nxt) and i and _ends_reference(s, max(ends[i - 1], s.rfind(". ", 0, nxt - 2) + 2), nxt):
            add(nxt, _WEAK)  # "… Heinemann, 1964. African Writers Series 7. | Beowulf. Translated by Seamus Heaney, …"
            # (the last sentence only: not "… 1997. ibn Khaldun. | The Muqaddimah. Translated by …")
        if _HARVARD_TITLE_FIRST.match(s, nxt) and i and _ends_reference(s, ends[i - 1], nxt):
            add(nxt, _WEAK)  # "… UK: Fox Searchlight Pictures. | 'One Ocean' (2017) Blue Planet II, …": no author, the title leads
        if s[nxt - 2 : nxt] == ". " and _APA_TITLE_FIRST.match(s, nxt) and not _OMISSION_BEFORE.search(s, max(0, nxt - 10), nxt):
            add(nxt, _FIRM)  # "… Netflix. | Replication crisis. (2023, May 1). In Wikipedia.": APA's title in the author's place
    last = 0
    for stop, nxt in boundaries(s, 0, len(s)):
        if s[nxt : nxt + 1].isdigit() and _note_number(s, stop, nxt):
            add(nxt, _FIRM)  # "… On Thermonuclear War, 144. | 21. New Grove Dictionary …": a list's own number
        # "… Indianapolis: Hackett. | Office of Technology Assessment. The Effects …": a place and its
        # publisher end a reference whose year came first (Chicago author-date), a title-first one may follow
        if ":" in s[last:stop] and _place_and_publisher(s, last, stop) and (_STARTS.match(s, nxt) or _DATE_TITLE.match(s, nxt)):
            imprint = _starts_pub_area(s, nxt) and not _TITLE_AFTER_PLACE.match(s, nxt)  # (not "Rīga: enciklopēdija")
            if not (_CONTINUES.match(s, nxt) or imprint or _after_paren_date(s, nxt)):
                add(nxt, _WEAK)
        last = nxt
    ends += [m.end() for m in _PAREN_END.finditer(s)]
    if " " in s:  # "… Penguin. de Beauvoir, S. (1949)": a family name with a lower-case particle
        ends += [m.start() for m in _PARTICLE_AFTER_STOP.finditer(s)]
    for nxt in ends:
        # "… 880 стр. С.И. Ожегов. …", "… Publisher. Smith, J. (2002). …": a heading starts a reference
        strength = _heading_strength(s, nxt)
        if strength == _WEAK and s[nxt - 6 : nxt - 2].isdigit() and _letter_date(s, nxt - 6):
            continue  # "… to Horace Greeley, August 22, 1862. | Abraham Lincoln Papers.": the letter's collection
        if strength == _WEAK and _starts_pub_area(s, nxt):
            continue
        if strength == _WEAK and _QUOTE_BEFORE.search(s, max(0, nxt - 3), nxt):
            continue  # "Ephron, Nora. “A Few Words about Breasts.” | Esquire, May 1972.": the title's container  # "Бунин И.А. Темные аллеи. | Paris, La Presse Française …": a place and its publisher
        if strength and not _CONTINUES.match(s, nxt) and not _OMISSION_BEFORE.search(s, max(0, nxt - 10), nxt):
            add(_heading_start(s, nxt), strength)
    for m in _CLOSE.finditer(s):
        nxt = m.end()
        note = _NOTE_AFTER_CLOSE.match(s, nxt)  # "СПб., 1909 (Диссертация …).", "1980. (Серия …)."
        if note and (_title_year(s, m) or (_BARE_YEAR.fullmatch(m.group(0)) and s[m.start() - 2 : m.start()] != ", ")):
            note = None  # "… differentials, 1890 to 2005 (NBER Working Paper No. 12984).": a title's year
        if note:
            nxt = note.end()
        while nxt < len(s) and s[nxt] == " ":
            nxt += 1
        numbering = _NUMBERING.match(s, nxt)
        if numbering and not _ABBREVIATION_AHEAD.match(s, numbering.end()):
            add(nxt, _FIRM)  # "… 100 с. 2. Петров П. П. …"
            continue
        if _PARTICLE.match(s, nxt) and _heading_strength(s, nxt):
            add(nxt, _FIRM)  # "… https://doi.org/10.17487/RFC0791 | van Rossum, G., …"
            continue
        if nxt < len(s) and _LOWER_CASE_NAME.match(s, nxt):
            add(nxt, _FIRM)  # MLA keeps an author's lower-case name: "… 1980, pp. 57-72. | hooks, bell. Ain't I …"
            continue
        if _DATE_TITLE.match(s, nxt) and not re.match(r"Nr\.|№", m.group(0)):
            add(nxt, _FIRM)  # "… (sk. 05.03.2024.) | 18. novembris – Latvijas Republikas proklamēšanas diena.": a day as a title
            continue
        if nxt >= len(s) or not _STARTS.match(s, nxt):
            continue
        place = m.group("place")
        if place and not is_known_place(place):
            continue  # "2005, Riga" closes; "2005, Title" does not
        if s.startswith("Tulk", nxt) and _translator_heads(s, nxt):
            add(nxt, _FIRM)
            continue
        whole = _imprint_year(s, m) or not re.match(YEAR, m.group(0))  # (a page count or an ISBN ends one too)
        if _CONTINUES.match(s, nxt) or (_starts_pub_area(s, nxt) and not (whole and _TITLE_AFTER_PLACE.match(s, nxt))):
            continue  # (but "…, Rīga, 1970. | Rīga: enciklopēdija / …" is a title after a whole imprint)
        if _BARE_YEAR.fullmatch(m.group(0)) and not note and not _starts_with_name(s, nxt) and not _bare_imprint_year(s, m) and not (
            s[nxt] == '"' and s[m.start() - 2 : m.start()] == ", "
        ):
            continue  # a bare year ("JULY 1941 TO …") closes only before a name, after a place ("Рига, 1975 | Лиепая // …")
            # or after a publisher before a quoted title ("Springer, 1958 | "Reading the Archive." …")
        volumes_last = _VOLUMES.fullmatch(m.group(0)) and _IMPRINT_YEAR_BEFORE.search(s, max(0, m.start() - 12), m.start())
        weak = (_title_year(s, m) or (_VOLUMES.fullmatch(m.group(0)) and not volumes_last)) and not note
        if weak and not _heading_strength(s, nxt):
            continue  # "… Black Folk. 1903. | Penguin Books, 1996.": the first edition's year, then the imprint
        if re.match(YEAR, m.group(0)):
            last_cut = cut_before(m.start() + 1)
            if _after_authors(s, last_cut, m.start()):
                continue  # "Kuhn, Thomas S. 1962. The Structure …": author-date, the year opens the reference
            if _letter_date(s, m.start(), last_cut):
                continue  # "Lincoln, Abraham, to Horace Greeley, August 22, 1862. | Abraham Lincoln Papers. …"
        add(nxt, _WEAK if weak else _FIRM)  # (a heading after a title's year may be a publisher: "…, 1940-1945. | W. W. Norton.")
    if "--" in s or "__" in s:
        for dash in _SAME_AUTHOR.finditer(s):
            add(dash.start(), _FIRM)  # "… 2010. | ———. Black Earth. …": the same author's next work
    if " (" in s:
        for date in _DATE_AFTER_SPACE.finditer(s):
            start = _unstopped_heading(s, date.start() + 1)
            if start is not None:
                add(start, _FIRM)
    for stop, nxt in boundaries(s, 0, len(s)):
        if cuts.get(nxt, 0) < _FIRM and _STARTS.match(s, nxt):
            before = cut_before(nxt)
            if cuts[before] == _WEAK and before > 0 and _apa_publisher(s, before, stop):
                # "… (1975). Helplessness. | W. H. Freeman. | Латвийская …": the publisher, no heading
                earlier = cut_before(before)
                if _script_changes(s, earlier, stop, nxt):
                    del cuts[before]
                    order.remove(before)
                    before = earlier
            if _script_changes(s, before, stop, nxt):
                add(nxt, _FIRM)
    return cuts


# MLA 9 and Chicago start a reference with no author at its quoted title, the stop inside the quotes
_MLA_QUOTED_TITLE = re.compile(r'"[^"]{1,300}[.?!]" ')  # (curly quotes come normalised)
# MLA 9 puts a work with no author under its title, its translator or editor after it ("Beowulf. Translated by …")
_MLA_TITLE_THEN_CONTRIBUTOR = re.compile(r"(?!(?:Translated|Edited|Introduced|Compiled|With|Foreword|Introduction|Preface) )[A-Z][^.\"]{0,150}[a-z]\. (?:Translated|Edited|Introduced|Compiled) by [A-Z]")
# Harvard puts a work with no author under its title in single quotes, the year after it ("'One Ocean' (2017)")
_HARVARD_TITLE_FIRST = re.compile(rf"'[A-Z][^']{{0,200}}' \({YEAR}[a-z]?\)")
_AUTHOR_DATE_YEAR = re.compile(r"(?<=[.)] )(?:\d{4}[a-z]?|n\.d\.)\. *$")  # (a sentence of its own; an imprint's year has its comma: "Heinemann, 1977.")
# MLA 9's description of the work, its last optional element ("Lecture.", "Keynote address.", "Transcript.")
_MLA_DESCRIPTION = re.compile(
    r"(?:Lecture|Address|Keynote address|Reading|Performance|Presentation|Conference presentation|Panel discussion"
    r"|Interview|Transcript|Typescript|Manuscript|Unpublished manuscript|Press release|Advertisement|Map|Photograph)\. *"
)
_MONTH_ABBREVIATION_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. $")
_SERIES_WORD = re.compile(r"(?:Series|Texts|Classics|Library|Studies|Editions?)(?: \d{1,3})?\. *$")


def _ends_reference(s: str, start: int, nxt: int) -> bool:
    """Whether the sentence ``s[start:nxt]`` may end a reference: not an author's names (and role) before their
    title ("Ephron, Nora. | “A Few …”"), not an author-date year ("Smith, John. 2001. | “Title.”"), not an
    organisation's name ("Library of Congress. | “Chronicling America.”"; but a series: "Broadview Literary Texts.",
    a place: "Museo de Arte Moderno, Mexico City.", an imprint: "UK: Fox Searchlight Pictures.")."""
    year = _AUTHOR_DATE_YEAR.search(s, max(0, nxt - 12), nxt)
    if year and not _MONTH_ABBREVIATION_BEFORE.search(s, max(0, year.start() - 6), year.start()):
        return False  # (but a day's date: "The Guardian, 13 Jan. 2007.")
    if _only_names(s, start, nxt):
        return False
    if _MLA_DESCRIPTION.fullmatch(s, start, nxt):
        return True
    words = s[start:nxt].split()
    if all(word[:1].isupper() or len(word) <= 3 for word in words) and not any(ch in ",:0123456789" for ch in s[start:nxt]):
        return _SERIES_WORD.search(s, start, nxt) is not None
    return not _after_paren_date(s, nxt)


def _latvian_words(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` has one of the frequent Latvian words ("Latvijas", "un", "par")."""
    words = language_words().get("lv", frozenset())
    return any(word.strip(".,:;()\"").lower() in words for word in s[start:end].split())


def _apa_publisher(s: str, last: int, stop: int) -> bool:
    """The sentence ``s[last:stop]`` is a publisher's name after the title after a date in parentheses
    ("Smith, J. (1975). Title. | W. H. Freeman.", "… (2011). Thinking, fast and slow. | Farrar, Straus and Giroux.")."""
    if stop - last > 60 or any(ch.isdigit() for ch in s[last:stop]):
        return False
    if not all(word[:1].isupper() or len(word) <= 3 for word in s[last:stop].split()):
        return False  # a name's words are capitalised but "and", "of" (not "Valsts valodas likums.")
    title = _sentence_start(s, last - 1)
    return title < last and _after_paren_date(s, title)


def _unstopped_heading(s: str, date: int) -> int | None:
    """The start of an author-date heading whose reference follows one without a final stop
    ("… University of Chicago Press | Robinson, Margaret (1957). …"): the farthest word from which the
    names run to the date, the word before it a capitalised one (a publisher), not "cited in"."""
    best = None
    for word in _WORD_START.finditer(s, max(0, date - 120), date):
        at = word.start()
        names, end, _ = parse_name_list(s, at)
        ahead = _APA_YEAR_AHEAD.match(s, end) if names else None
        if ahead and ahead.end() > date and (" " not in names[0].family or names[0].family[:1].islower()):
            best = at if best is None else min(best, at)  # (not "Press Robinson, Margaret": a one-word family name)
    if best is None or best < 2 or not s[best - 2].isalnum():
        return None
    sentence = _sentence_start(s, best)
    org = _ORG_HEADING.match(s, sentence)
    if org and org.end() >= best:
        return None  # "Cancer Research UK (no date)": one organisation
    if sentence < best and parse_name_list(s, sentence)[1] > best:
        return None  # "… Penguin Press. Vaughan Williams, R. (1934).": a family name of two words
    previous = s.rfind(" ", 0, best - 1) + 1
    if previous >= 2 and s[previous - 2] in ".)0123456789" and parse_name_list(s, previous)[1] > best:
        return None  # (after a close: "… (Original work published 1897) Vaughan Williams, R. (1934).")
    before = s[max(0, best - 40) : best - 1].split()
    return best if before and (before[-1][:1].isupper() or before[-1][:1].isdigit()) else None


def _script_changes(s: str, start: int, stop: int, nxt: int) -> bool:
    """A Cyrillic or Latvian title-first reference after a whole English one ("… Oxford University Press. |
    Гражданский кодекс …", "… MIT Press. | Latvijas Vēstnesis: …"): the reference so far has no Cyrillic
    (no Latvian letter), a number, and more than names and a year before."""
    ahead = _sentence_ahead(s, nxt)
    if s.rfind("(", start, nxt) > s.rfind(")", start, nxt):
        return False  # (inside parentheses: "2015. (Mēs. | Latvija, XX gadsimts)")
    if _CYRILLIC_START.match(s, nxt):
        if _CYRILLIC.search(s, start, nxt):
            return False
    else:
        if not (_LATVIAN.search(s, nxt, ahead) or _latvian_words(s, nxt, ahead)):
            return False  # (a Latvian title may have no Latvian letter: "Latvijas Kara muzejs.")
        if _LATVIAN.search(s, start, nxt) or _CYRILLIC.search(s, start, nxt) or _latvian_words(s, start, nxt):
            return False
        last = _sentence_start(s, stop)
        if not (_imprint_sentence(s, last, stop) or _apa_publisher(s, last, stop)):
            return False  # (not "… Office. Valsts valodas likums. | Latvijas Vēstnesis, 1999.": the title before)
    if not any(ch.isdigit() for ch in s[start:nxt]):
        return False
    last = _sentence_start(s, stop)
    if last <= start or _BARE_YEAR.fullmatch(s[last:stop]) or _after_paren_date(s, nxt):
        return False
    if _only_names(s, last, nxt) and not _apa_publisher(s, last, stop):
        return False
    return not (_CONTINUES.match(s, nxt) or _starts_pub_area(s, nxt))


_ABBREVIATION_AHEAD = re.compile(rf"(?!Ibid\.|Id\.)[{UP}][{LO}]+\.")  # (German "2. Aufl.", "3. Bd.")


def _note_number(s: str, stop: int, nxt: int) -> bool:
    """A note's or an item's number after a sentence end ("…, 144. 21. New Grove …", "… Wiley. 22. Hayden White,"),
    not a label's number ("Vol. 2. London"), a title ("Pauls. 18. Rīga: …") or a day ("1999. 21. dec.")."""
    number = _NUMBERING.match(s, nxt)
    if number is None or s[nxt : number.end()].strip()[-1:] != ".":
        return False
    after = number.end()
    words = s[max(0, nxt - 24) : nxt].split()
    if not words or _is_label(words) or not _STARTS.match(s, after) or _ABBREVIATION_AHEAD.match(s, after):
        return False
    return not (_CONTINUES.match(s, after) or _starts_pub_area(s, after))


_LATVIAN_NEXT = ("Pieejams", "Grām.", "- ")  # a web address, a book ("Grām.: …") or a host (". – …") after a title


def _sentence_ahead(s: str, nxt: int) -> int:
    """The end of the sentence at ``nxt``, or of the one after it when the first is a writer's one name
    ("Rainis. | Tālas noskaņas …") or a short title before a Latvian web address ("Darba likums. | Pieejams: …"),
    book ("Aizpute. | Grām.: …") or host ("Ventspils. | – Latvijas PSR mazā enciklopēdija …")."""
    end = s.find(". ", nxt)
    quote = s.find('." ', nxt, end)  # (a quoted title's stop: ""Alexandria." Шостакович …")
    if quote != -1:
        return quote
    if end != -1 and s.count(" ", nxt, end) < 3 and (s[nxt:end] in mononyms() or s.startswith(_LATVIAN_NEXT, end + 2)):
        end = s.find(". ", end + 2)
    return len(s) if end == -1 else end


def _place_and_publisher(s: str, start: int, stop: int) -> bool:
    """A sentence that is only a known place and its publisher ("Indianapolis: Hackett", "Washington, DC:
    Government Printing Office"), with no date (the date then stood after the names)."""
    if stop - start > 80 or any(ch.isdigit() for ch in s[start:stop]):
        return False
    colon = s.find(": ", start, stop)
    return colon != -1 and _starts_pub_area(s, start) and "." not in s[colon:stop]


def _imprint_sentence(s: str, start: int, stop: int) -> bool:
    """A sentence that can end an English reference: with a number, a place and its publisher, or a publisher's word."""
    sentence = s[start:stop]
    if ":" in sentence or any(ch.isdigit() for ch in sentence):
        return True
    return any(word.lower().startswith(publisher_words()) for word in sentence.split())


@lru_cache(maxsize=None)
def publisher_words() -> tuple[str, ...]:
    """Lower-case prefixes of the words that name a publisher ("Press", "Books", "Associates")."""
    return _publishing_words() + organisation_words()


@lru_cache(maxsize=None)
def _publishing_words() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "publisher_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _kept(s: str, cuts: dict[int, int]) -> list[int]:
    """The candidate cuts that survive what a reference cannot be: a statement of responsibility
    cut at a name ("/ А. Ахо, Дж. | Хопкрофт"), a publisher alone ("… Jackson. | Little, Brown."),
    a heading alone ("… 535 стр. Р.Г. Скрынников. | Иван Грозный. М., 1975.")."""
    order = sorted(cuts)
    kept: list[int] = []
    for c in order:
        if kept and cuts[c] == _WEAK and _in_responsibility(s, kept[-1], c):
            continue
        kept.append(c)
    ends = kept[1:] + [len(s)]
    out: list[int] = []
    skip_next = False
    for i, c in enumerate(kept):
        if skip_next:
            skip_next = False
            continue
        nxt = ends[i]
        if out and cuts[c] == _WEAK and _publisher_alone(s, c, nxt):
            continue  # the publisher of the reference before
        if out and nxt < len(s) and _series_alone(s, c, nxt):
            continue  # "… Oxford UP, 1977. | Marxist Introductions. | Ngũgĩ …": MLA 9 names the series last
        out.append(c)
        if nxt < len(s) and cuts[nxt] == _WEAK and _only_names(s, c, nxt):
            skip_next = True  # the names head the reference after them
    return out


_BULLETS = "•▪◦‣·"
_FIRST_CHARACTER = re.compile(r"[^ ]")


def _bulleted_cuts(s: str) -> list[int]:
    """Where the items of a list bulleted from its start begin ("• … • …"); [] for any other text."""
    first = _FIRST_CHARACTER.search(s)
    if first is None or first.group() not in _BULLETS:
        return []
    bullet = " " + first.group() + " "
    cuts, at = [0], s.find(bullet)
    while at != -1:
        cuts.append(at + 1)
        at = s.find(bullet, at + 1)
    return cuts


def _cuts_after_the_numbers(s: str, numbered: list[int]) -> list[int]:
    """Where references start in a numbered list's tail when its numbers stop being found (a number hidden
    by the text before it, "… 3. lp. o. p. 237. Raiņa …"): the unnumbered cuts of a tail far longer than
    any item, so one missed number does not run all the references after it together."""
    last = numbered[-1]
    longest = max(b - a for a, b in zip(numbered, numbered[1:]))
    if len(s) - last <= 2 * longest:
        return []
    return [c for c in _kept(s, _cut_candidates(s)) if c > last]


def _numbered_cuts(s: str) -> list[int]:
    """Where the items of a list numbered from its start begin ("1. … 2. …", "[1] … [2] …", "1) … 2) …"),
    as long as the numbers run on; [] for an unnumbered text."""
    first = _FIRST_NUMBER.match(s)
    if first is None:
        return []
    style = first.lastgroup
    number = int(first.group(style or ""))
    cuts, pos = [0], first.end()
    while True:
        number += 1
        marker = {"bracket": f"[{number}]", "paren": f"{number})"}.get(style or "", f"{number}.")
        at = _next_marker(s, marker, pos, style == "dot")
        if at is None and style == "dot":
            at = _marker_before_heading(s, marker, pos)  # "… 3. lp. o. p. 237. Raiņa …": a label's look, a heading after
        if at is None:
            return cuts
        cuts.append(at)
        pos = at + len(marker)


def _next_marker(s: str, marker: str, pos: int, dotted: bool) -> int | None:
    at = s.find(" " + marker + " ", pos)
    while at != -1:
        if not dotted or _list_number_at(s, at + 1, at + 1 + len(marker) + 1):
            return at + 1
        at = s.find(" " + marker + " ", at + 1)
    return None


def _marker_before_heading(s: str, marker: str, pos: int) -> int | None:
    at = s.find(" " + marker + " ", pos)
    while at != -1:
        if _heading_strength(s, at + len(marker) + 2):
            return at + 1
        at = s.find(" " + marker + " ", at + 1)
    return None


def _list_number_at(s: str, at: int, after: int) -> bool:
    """"… 1990. 2. Smith", "… 1919 3. De Quincey", "… 608 с. 3. Топоров"; not "Т. 2. М.", "Vol. 2. London",
    "gada 14. aprīlī", "2. izd." """
    words = s[max(0, at - 80) : at].split()  # (wide enough for a web address's last part)
    if not words or _is_label(words):
        return False
    if words[-1][-1] not in '.)]"0123456789' and "/" not in words[-1] and not _close_ends_at(s, at - 1):
        # "… Текст : непосредственный 63. Бахтин, М. М. …", "… Press 6. hooks, bell. …" (but "… Cīņa, 1989. 12. maijs 161. …")
        return bool(_heading_strength(s, after) or _LOWER_CASE_NAME.match(s, after))
    return bool(
        _STARTS.match(s, after)
        or s[after : after + 1].isdigit()
        or s.startswith(("'", "‘", "---", "———"), after)  # "107. 'Gotcha' (1982) …", "177. ---. Song of Solomon."
        or _PARTICLE.match(s, after)
        or _LOWER_CASE_NAME.match(s, after)
    )


def _close_ends_at(s: str, end: int) -> bool:
    """Whether a reference's last element ends at ``end`` (looked for in the few words before it)."""
    return any(m.end() == end for m in _CLOSE.finditer(s, max(0, end - 40), end + 2))


def _is_label(words: list[str]) -> bool:
    """Whether the last word labels the number after it ("Т. 2", "Vol. 2", "ед. хр. 17"); a count ("608 с.") labels none."""
    before = words[-2] if len(words) > 1 else ""
    return not before.isdigit() and bool(_LABEL.fullmatch(words[-1]))


def _in_responsibility(s: str, start: int, pos: int) -> bool:
    """A name inside the statement of responsibility after " / " that no new area (" - ", "//") has closed."""
    slash = s.rfind(" / ", start, pos)
    return slash != -1 and "- " not in s[slash:pos] and "//" not in s[slash:pos]


def _publisher_alone(s: str, start: int, end: int) -> bool:
    """One sentence with no number ("Little, Brown.", "U.S. Government Printing Office.") is no reference."""
    if any(ch.isdigit() for ch in s[start:end]):
        return False
    return _sentence_start(s, end - 1) <= start  # (no sentence starts inside)


# a series' name: a few capitalised words, maybe its number ("African Writers Series 7.", "Tel Quel.")
_SERIES_NAME = re.compile(r"(?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|and|the|for|in|&|\d{1,3})){0,6}\. *")
_IMPRINT_YEAR_END = re.compile(r", \d{4}\. *$")


def _series_alone(s: str, start: int, end: int) -> bool:
    """A piece that is only a series after a reference's imprint year, before a heading."""
    series = _SERIES_NAME.fullmatch(s, start, end)
    return (
        series is not None
        and _IMPRINT_YEAR_END.search(s, max(0, start - 8), start) is not None
        and not _only_names(s, start, end)  # (a heading's names alone: "Rīga, 1888. | Roulinga Dž. | Harijs Poters …")
        and (_heading_strength(s, end) > 0 or s.startswith('"', end) or _MLA_TITLE_THEN_CONTRIBUTOR.match(s, end) is not None)
    )


def _only_names(s: str, start: int, end: int) -> bool:
    """Nothing but a list of names between ``start`` and ``end`` ("Б.М. Эйхенбаум.", "Roulinga Dž.")."""
    numbering = _ONLY_NUMBER.match(s, start)
    at = numbering.end() if numbering else start
    translator = _TRANSLATOR_FIRST.match(s, at) if s.startswith(("Пер. ", "Перевод ", "Tulk"), at) else None
    if translator:
        at = translator.end()  # "Пер. с франц. Н. Любимова. | Франсуа Рабле. …": the translator heads the reference after
        one_name = _ONE_NAME.match(s, at)
        if one_name and s[one_name.end() : end].strip() in ("", "."):
            return True  # "Tulkojis Rainis."
    for shapes in (("latvian",), None):  # "Bleiere. | Zenta.": one name across the cut
        names, after, _ = parse_name_list(s, at, shapes)
        role = _ROLE_AFTER_NAMES.match(s, after) if names else None  # "Grossman, Edith, translator. | Don Quixote."
        if role:
            after = role.end()
        if names and s[after:end].strip() in ("", ".") and not _publisher_named(s, names):
            return True
    return False


def _publisher_named(s: str, names: list[Person]) -> bool:
    """Names whose last "family name" is a publisher's word after whole given names ("Lawrence Erlbaum
    Associates", "Allen Press"; not "Jonathan M. House")."""
    last = names[-1]
    if not last.family.lower().startswith(_publishing_words()) or last.span is None:
        return False
    return "." not in s[last.span.start : last.span.end].rsplit(" ", 1)[0]


def _imprint_year(s: str, m: re.Match[str]) -> bool:
    """A year that ends an imprint ("Rīga, 1970.", "Zinātne, 1967-1970.")."""
    return s[max(0, m.start() - 2) : m.start()] == ", " and m.group(0).endswith(".")


# a title quoted with its own stop inside the quotes (MLA 9, Chicago): a container or the facts of publication follow
_QUOTE_BEFORE = re.compile(r'[.?!]" $')


def _title_year(s: str, m: re.Match[str]) -> bool:
    """A year that is a sentence of its own or ends a title ("… Black Folk. 1903.", "… Statements 2023.",
    "… The Soviet Experience, 1917-1991."; but "Rīga: Zinātne, 1967-1970." ends an imprint)."""
    if not re.match(YEAR, m.group(0)):
        return False
    before = s[max(0, m.start() - 2) : m.start()]
    if _QUOTE_BEFORE.search(s, max(0, m.start() - 3), m.start()):
        return True  # MLA 9 dates the original after a quoted title: "“The Raven.” 1845. The Norton Anthology …"
    if before == ". " or (before[-1:] == " " and before[:1].isalpha() and not _place_before(s, m.start() - 1)):
        return True
    return "-" in m.group(0) and not _place_in(s, _sentence_start(s, m.start()), m.start())


def _place_before(s: str, end: int) -> bool:
    word = s.rfind(" ", max(0, end - 30), end)
    return is_known_place(s[word + 1 : end])


def _bare_imprint_year(s: str, m: re.Match[str]) -> bool:
    """"Рига, Латгосиздат, 1948", "Stokholma 1982" (the final stop left out)."""
    if s[max(0, m.start() - 2) : m.start()] == ", ":
        return _place_in(s, _sentence_start(s, m.start()), m.start())
    return s[m.start() - 1 : m.start()] == " " and _place_before(s, m.start() - 1)


def _place_in(s: str, start: int, end: int) -> bool:
    """A known place before a publisher or a year in ``s[start:end]`` ("Jelgava; Pēterburga, 1894-1915")."""
    return any(is_known_place(m.group(1)) or is_known_place(m.group(2) or "") for m in _PLACE_BEFORE_PUNCT.finditer(s, start, end))


def _sentence_start(s: str, pos: int) -> int:
    full = boundaries(s, 0, len(s))
    i = bisect_right(full, pos, key=_next_start)
    return full[i - 1][1] if i else 0


def _next_start(boundary: tuple[int, int]) -> int:
    return boundary[1]


def _heading_start(s: str, pos: int) -> int:
    """Where the reference whose heading is at ``pos`` starts: before its list number
    ("27. Walter Duranty, …") or a longer abbreviated given name ("Вяч. Вс. Иванов")."""
    before = s[max(0, pos - 8) : pos]
    number = _NUMBER_BEFORE.search(before)
    if number:
        at = pos - len(before) + number.start()
        words = s[max(0, at - 24) : at].split()
        if not (words and _is_label(words)):  # (not "— Ст. | 300. Лотман Ю. М. …")
            return at
    given = _ABBREVIATED_GIVEN.search(before)
    if given and re.fullmatch(INITS, given.group(0).strip()):  # "Вяч.", "Дж.", not "… J. C. B. Mohr. | Tuchman"
        return _heading_start(s, pos - len(before) + given.start() + given.group(0).startswith(" "))
    title = _title_before(s, pos)
    if title is not None:
        return _heading_start(s, title)
    return pos


# a translator named ahead of the author ("… с. 3–29. | Пер. с итал. М. Лозинского. Данте Алигьери. …")
_TRANSLATOR_RU = r"(?:Пер\.|Перевод)(?: с [а-я]+\.?)?"  # "Пер.", "Пер. с итал.", "Перевод с немецкого"
_TRANSLATOR_AHEAD = re.compile(rf"{_TRANSLATOR_RU} *$")


def _title_before(s: str, pos: int) -> int | None:
    """Where a title or rank ("… М., 1900. | Свящ. П. Флоренский. …") or a translator's heading right
    before a heading starts."""
    translator = _TRANSLATOR_AHEAD.search(s, max(0, pos - 18), pos) if "ер" in s[max(0, pos - 18) : pos] else None
    if translator and (translator.start() == 0 or s[: translator.start()].rstrip()[-1:] in ".)]"):
        return translator.start()
    end = len(s[:pos].rstrip())
    at = s.rfind(" ", max(0, end - 10), end) + 1
    if at == 0 and end > 10:
        return None
    if s[at:end] in honorifics() and (at == 0 or s[:at].rstrip()[-1:] in ".)]"):
        return at
    return None


def _heading_strength(s: str, pos: int) -> int:
    """Names in heading position: "С.И. Ожегов. Словарь", "Bleiere D., Zunda A. Latvijas",
    "Smith, J. (2002)", "Timothy Snyder, Bloodlands", "Kuhn, Thomas S. 1962.", "OECD (2015)";
    firm with a date in parentheses, weak otherwise, 0 for none."""
    if _after_paren_date(s, pos):
        return 0  # "Gilbert, Martin (1971). | Winston S. Churchill.": the title after the heading's date
    particle = _PARTICLE.match(s, pos) if s[pos : pos + 1].islower() else None
    strength = _heading_strength(s, particle.end()) if particle else 0
    if strength:
        return strength  # "de Waal, Frans (1982).": the family name after its particle
    if (_ORG_HEADING.match(s, pos) or (s[pos : pos + 1].isupper() and _ORG_LIST.match(s, pos))) and not _place_and_year(s, pos):
        return _FIRM
    for shapes, ends in (
        (("latvian",), _HEADING_END),
        (("initials-first", "family-initials", "family-given"), _HEADING_END),
        (("given-family",), _NOTE_HEADING_END),
    ):
        names, end, _ = parse_name_list(s, pos, shapes)
        if names and _publisher_named(s, names):
            continue  # "Lawrence Erlbaum Associates.": a publisher, not a person
        if names and _APA_YEAR_AHEAD.match(s, end):
            return _FIRM
        title = ends.match(s, end) if names else None
        if title and not _CONTINUES.match(s, title.end() - 1):
            return _WEAK  # (not "… Lessons from the Baltic. W. W. Norton. ISBN …": a publisher)
    return _other_heading(s, pos)


_CAPITAL_PARTICLE = re.compile(r"(?:Le|La|De|Di|Da|Du|Van|Von|Del|Della|Des|Dos|Das|Ibn|Al|El|Mac|Mc) (?=[A-Z])")
# an archive's initials and its fonds open an archival reference: "LVVA, 1632. f., …", "LNA LVVA, …", "ЦГАЛИ, ф. 998, …",
# "ГА РФ. Ф. Р-9401."
# (the comma after the archive is often left out, "LVVA 1515. f., …", "РГАСПИ Ф. 17."; GOST 7.1 puts its area dash
# before the fonds: "РГАСПИ. – Ф. 17.")
_ARCHIVE = re.compile(r"[A-ZĀ-ŽА-ЯЁ]{2,6}(?: [A-ZĀ-ŽА-ЯЁ]{2,6})?(?:, ф\. |\.? (?:[-–—] )?Ф\. |,? (?:[A-Z]{1,3}-)?\d+\. f\., |,? F\. ?(?:[A-Z]{1,3}-)?\d+, apr\. )")
_IBID = re.compile(r"(?:Ibid\.|Ibidem\b|Там же\.|Turpat\.)")  # a note that cites the one before ("… 52. | Ibid., 60.")
_ORG_NO_DATE = re.compile(rf"{_ORG}\. n\.d\. ")  # Chicago author-date: "National Archives. n.d. "Declaration …""


_WORD_AND_YEAR = re.compile(rf"([{UP}][{LO}]+) {YEAR}\b")


def _place_and_year(s: str, pos: int) -> bool:
    """An imprint without its comma, "Stokholma 1958", is no organisation's name ("GBD 2019 … Collaborators")."""
    m = _WORD_AND_YEAR.match(s, pos)
    return bool(m and is_known_place(m.group(1)))


def _other_heading(s: str, pos: int) -> int:
    """Headings the name parser leaves: a family name after a capital particle ("Le Roy Ladurie, Emmanuel.",
    "Le Guin, Ursula K."), German's colon before the title ("Kafka, Franz: Der Process."), a writer's one
    name ("Homer. The Odyssey.", "ibn Khaldun. The Muqaddimah.", not "Rainis. | Rīga: …") an organisation with "n.d.", an archive's shelfmark and "Ibid."."""
    if _CAPITAL_PARTICLE.match(s, pos):
        comma = s.find(", ", pos, pos + 40)
        family = s[pos:comma].split()
        if comma != -1 and all(word[:1].isupper() and word.isalpha() for word in family):
            return _heading_strength(s, comma - len(family[-1]))
    if _ORG_NO_DATE.match(s, pos) or _ARCHIVE.match(s, pos) or _IBID.match(s, pos):
        return _FIRM
    if " v" in s[pos : pos + 60] and _CASE_NAME.match(s, pos):
        return _WEAK  # a court case: "Miranda v. Arizona, 384 U.S. 436 (1966).", "Donoghue v Stevenson [1932] AC 562."
    colon = s.find(": ", pos, pos + 40)
    if colon != -1 and s[colon + 2 : colon + 3].isupper():
        names, end, _ = parse_name_list(s, pos)
        inverted = ", " in s[pos:colon]  # (not a title's "Abraham Lincoln: The War Years")
        if inverted and names and end == colon and names[0].given.split()[:1] and names[0].given.split()[0] in given_names():
            return _WEAK
    dot = s.find(". ", pos, pos + 30)
    if dot != -1 and (s[pos:dot] in mononyms() or joined_name(s[pos:dot])) and _STARTS.match(s, dot + 2) and not _starts_pub_area(s, dot + 2):
        return _WEAK
    return 0


_CASE_PARTY = r"(?:[A-Z][\w'’.&-]*|of|the|and|for)"
_CASE_NAME = re.compile(rf"[A-Z][\w'’.&-]*(?: {_CASE_PARTY}){{0,4}},? v\.? [A-Z][\w'’.&-]*(?: {_CASE_PARTY}){{0,5}}(?:, \d{{1,4}} [A-Z]| \[\d{{4}}\]| \(\d{{4}}\))")
_ROLE_AFTER_NAMES = re.compile(_ROLE_AFTER)
_DATE_BEFORE = re.compile(rf"{_PAREN_DATE}(?: \[\d{{4}}\])?\.? +$")  # (and the first edition's: "(1965) [1917].")


def _after_paren_date(s: str, pos: int) -> bool:
    return _DATE_BEFORE.search(s, max(0, pos - 32), pos) is not None or _APA_DAY_BEFORE.search(s, max(0, pos - 32), pos) is not None


_APA_DAY_BEFORE = re.compile(r"\(\d{4}[a-z]?, [A-Z][a-z]+\.?(?: \d{1,2}(?:[–-]\d{1,2})?)?\)\.? +$")  # APA "(2017, August 12). "


def _after_authors(s: str, start: int, year_at: int) -> bool:
    numbering = _ONLY_NUMBER.match(s, start)
    names, end, _ = parse_name_list(s, numbering.end() if numbering else start)
    role = _ROLE_AFTER_NAMES.match(s, end)  # "Tully, James, ed. 1988."
    after = role.end() if role else end
    first = _FIRST_YEAR.match(s, after)  # "Mill, John Stuart. (1859) 1978."
    return bool(names) and year_at - (first.end() if first else after) <= 3


_FIRST_YEAR = re.compile(r"\.? ?\(\d{4}\)")


def _letter_date(s: str, year_at: int, cut: int = 0) -> bool:
    """The date of a letter, which Chicago follows with the collection that holds it
    ("Jefferson, Thomas, to John Adams, October 28, 1813. Adams Family Papers, …"); the letter
    starts its sentence or at the last cut ("…, 1971 | Einstein, Albert, to …")."""
    start = _sentence_start(s, year_at)
    to = s.rfind(", to ", min(start, cut), year_at)
    if to == -1:
        return False
    after_note = max(s.rfind(") ", start, to), s.rfind("] ", start, to))  # ("… (Original work published 1923) | Lincoln, …")
    for at in {start, cut, after_note + 2 if after_note != -1 else start}:
        names, end, _ = parse_name_list(s, at)
        if names and s.startswith(", to ", end):
            return True
    return False


def _starts_with_name(s: str, pos: int) -> bool:
    if s.startswith(("Пер. ", "Перевод "), pos):  # a translator's heading: "… 1967. | Пер. с франц. Н. Любимова. …"
        translator = _TRANSLATOR_FIRST.match(s, pos)
        return translator is not None and bool(parse_name_list(s, translator.end())[0])
    return bool(parse_name_list(s, pos, ("latvian",))[0] or parse_name_list(s, pos)[0])


_TRANSLATOR_FIRST = re.compile(rf"{_TRANSLATOR_RU} +|Tulkoju(?:si|šas|ši) +|Tulkojis +|Tulk\. +")


def _translator_heads(s: str, pos: int) -> bool:
    """A Latvian translator named before the author ("… [skatīts …]. | Tulkojis Rainis. Gēte J. V. Fausts. …"),
    not after the title ("Fausts. Tulkojis Rainis. Rīga, 1898.")."""
    translator = _TRANSLATOR_FIRST.match(s, pos)
    if translator is None:
        return False
    names, end, _ = parse_name_list(s, translator.end())
    one_name = None if names else _ONE_NAME.match(s, translator.end())  # "Tulkojis Rainis."
    if one_name:
        end = one_name.end()
    return (bool(names) or one_name is not None) and s.startswith(". ", end) and _heading_strength(s, end + 2) > 0


_ONE_NAME = re.compile(rf"[{UP}][{LO}]+(?=\. )")


def _starts_pub_area(s: str, pos: int) -> bool:
    """"М., …" / "Rīga: …" – a place before its publisher continues the reference."""
    m = _PUB_PLACE.match(s, pos)
    return bool(m and is_known_place(m.group(1).strip()) and not _given_name_after(s, m.end()))


_PUB_PLACE = re.compile(rf"([{LETTER}][{LETTER}.\- ]{{0,25}}?)\s*[,:;]")


_GIVEN_WORD = re.compile(rf" ([{UP}][{LO}]+)(?=[.,]|(?P<initial> [{UP}]\.))(?P<title>\. [\"{UP}])?")
_INITIALS_AND_QUOTE = re.compile(rf'(?: [{UP}]\.)+ "')  # "Lawrence, D. H. “Why the Novel Matters.”"


def _given_name_after(s: str, pos: int) -> bool:
    """A given name after a place's comma makes the place a family name ("Lincoln, Abraham, to …",
    "London, Jack. The Call of the Wild"); a publisher follows a place ("London, Macmillan, 1990")."""
    if s[pos - 1 : pos] != ",":
        return False
    if _INITIALS_AND_QUOTE.match(s, pos):
        return True
    m = _GIVEN_WORD.match(s, pos)
    # (or "Washington, Booker T.", "Paris, Erna. Long Shadows": a name's sentence before a title)
    return bool(m and (m.group("initial") or m.group("title") or m.group(1) in given_names()))
