"""Pieces a reference states with a label word: ISBNs, URLs, access and archive
dates, notes, pages and page totals, volumes, issues, parts, editions, series.

Each finder matches on the working text, records a :class:`~.state.Found`
and blanks what it consumed.  The label words come from ``data/vocabulary.tsv``.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ..model import Span
from .dates import YEAR, month_number, parse_date, season_number
from .lang import detect_language
from .areas import looks_like_organisation
from .names import LETTER, UP
from .state import Found, State
from .vocab import counts, ordinals, places, vocabulary

_NL = rf"(?<![{LETTER}])"  # not preceded by a letter
_NA = rf"(?![{LETTER}\d])"  # not followed by a letter or digit
ROMAN = r"[IVXLC]+"


def _words(kind: str) -> str:
    words = sorted(set(vocabulary().get(kind, [])), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words)


_MONTHS_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
DATE_ANY = (
    rf"(?:{_MONTHS_EN} \d{{1,2}}(?: ?- ?\d{{1,2}})?,? {YEAR}|\d{{1,2}} {_MONTHS_EN} {YEAR}|{YEAR}-\d\d-\d\d"
    rf"|\d{{1,2}}\.\d{{1,2}}\.{YEAR}|{YEAR}\. (?:gada|g\.) \d{{1,2}}\. [a-zāēīūšž]+\.?|\d{{1,2}} [а-я]+ {YEAR}(?: г\.)?)"
)

# Speed: the regex engine scans fast only for a pattern that opens with a character or a
# set of characters (or alternatives each opening with a plain character); one that opens
# with a look-behind, a look-ahead or an optional part is tried at every position.  So
# several patterns below take their first digit, then look behind it: "\d(?<![\d-]\d)"
# matches exactly where "(?<![\d-])\d" does.
_URL = re.compile(
    r"(?:(?:URL|Режим доступа|Available at|Available from|Pieejams(?: tiešsaistē)?|Tiešsaistē|Retrieved from)\s*:?\s*)?"  # APA 6 "Retrieved from http://…"
    r"(?P<v>(?:https?://|www\.)[^\s<>\"]+|(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|lv|ru|uk|de|eu|info)/[^\s<>\"]*)",
    re.I,
)
# MLA 9 drops "https://" and may cite a site by its bare domain after the site's name: "The Walt Whitman
# Archive, whitmanarchive.org. Accessed 9 Oct. 2023." (Wikipedia's ". bitcoin.org." names the site instead)
_BARE_DOMAIN = re.compile(r"(?<=, )(?P<v>(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|lv|ru|uk|de|eu|info))(?=\.(?: |$))")
_ADDRESS_LABEL = re.compile(r"Available (?:at|from):? ?$")
_ONLINE_LABEL = re.compile(r"Tiešsaist[eē]:? ?$")
_DOI = re.compile(r"(?:doi:\s*|DOI:?\s*|https?://(?:dx\.)?doi\.org/)(?P<v>10\.\d{4,9}/(?:[^\s\"<>]|<[^\s\"<>]+>)+)", re.I)  # SICI DOIs hold "<…>": "…18:7<509::AID-SMJ882>3.0.CO;2-Z"
_ACCESSED = re.compile(
    rf"\(?(?:Retrieved(?: on)?|[Aa]ccessed(?: on)?:?|[Дд]ата (?:обращения|звернення|звароту):?|[Ss]katīts:?|[Ss]k\.|[Vv]iewed(?: on)?)\s*(?P<v>{DATE_ANY})\.?\)?(?:,? from)?"
)
_ARCHIVED = re.compile(
    rf"Archived(?: \(PDF\))?(?: from the original)?(?: on)? (?P<v>{DATE_ANY})(?:,? at (?:the )?(?P<a>Wayback Machine|archive\.today|WebCite|Archive-It|Internet Archive))?"
)
# "RFC 2616", "Cmnd. 247", "NBER Working Paper No. 1234", "Technical Report No. 1999-66": a report's
# series and number; an acronym may name the issuer ("NBER"); a bare "Report" needs "No."
_REPORT = re.compile(
    rf"(?P<k>(?:[A-Z]{{2,}} )?(?:{_words('report')}))"
    r"(?P<no>,? (?:No\.|no\.|Nr\.|nr\.|№|#) ?| ?)(?P<n>(?:[A-Z]?|[A-Z]{2,6}-)\d[\w/-]*(?:\.\d+)*)(?![\w])"
)
# APA 7 (10.4) and Harvard put a report's series and number in parentheses after its title: "(Current
# Population Reports P60-270)", "(NCES 2019-144)", "(NICE guideline NG136)", "(NIH Publication No. 18-2059)"
_REPORT_IN_PARENS = re.compile(
    r"(?<=[\w?!]) \((?P<k>[A-Z][A-Za-z.&']*(?: [A-Za-z.&']+){0,5}) (?P<n>(?:No\. ?)?[A-Z]{0,4}-?\d[\w/-]*(?:\.\d+)*)\)(?=\.(?: |$))"
)
_NOT_REPORT_SERIES = frozenset({"Vol.", "Vols.", "Volume", "Version", "pp.", "p.", "Part", "Pt.", "Chapter", "Ch.", "Episode", "Season",
                                "Book", "No.", "Issue", "Art.", "Article", "Section", "Appendix", "Figure", "Table", "Edition", "ed."})
# APA 7 cites a preprint like a report: "Title (arXiv:2001.08361). arXiv."
_PREPRINT = re.compile(r"\((?P<k>arXiv):(?P<n>\d{4}\.\d{4,5}(?:v\d+)?)\)")
_ISBN = re.compile(r"ISBN(?:-1[03])?:?\s*(?P<v>(?:\d[ -]?){9,12}[\dXx])(?!\d)")
_ISBN_BARE = re.compile(r"(?P<v>9(?<![\d-]9)7[89]-?\d{1,5}-?\d{1,7}-?\d{1,7}-?\d)(?![\d-])")
_ISSN = re.compile(r"ISSN:?\s*(?P<v>\d{4}-?\d{3}[\dXx])")
_NOTES = re.compile(
    r"(?P<v>Summary in [A-Z][a-z]+(?:,? (?:p|pp|S|lpp)\. ?\d+(?: ?- ?\d+)?)?"
    r"|(?:Резюме|Рез\.|Kopsavilkums|Rez\.) (?:на|angļu|англ|krievu|vācu)[^.;]*(?:\. ?(?:с|lpp|p)\. ?\d+(?: ?- ?\d+)?)?"
    r"|Библиогр\.?:?(?: в [а-я ]+| ?с\. ?\d+(?: ?- ?\d+)?)?(?: \(\d+ назв\.\))?"
    r"|Bibliogr\.?:? ?(?:p|pp|S|lpp)\. ?\d+(?: ?- ?\d+)?"
    r"|Includes bibliographical references(?: and index)?"
    r"|\[(?:In|На|Text in) [A-Za-zА-Яа-я]+(?: яз\.)?\]|\((?:In|Text in) (?:Russian|Latvian|English|German)\)"
    r"|Текст парал\.[^.]*|\[Электронный ресурс\]|\[Electronic resource\]|\[Elektronisks resurss\]|\[tiešsaiste\]|\[online\]|\[Online\]"
    r"|(?:First|Originally|first|originally|1st) published(?: in)? \d{4}"
    r"|\(Original work published (?:\d{4}(?: ?[-–] ?\d{2,4})?|n\. ?d\.)\)"  # APA 7: a republished or translated work
    r"|(?<=\. )(?:Reprint,|Reprinted(?: by| in)?|Repr\.,?) [^()]{0,120}?\d{4}(?=\.|$)"
    r"|\[(?:сайт|портал|блог|веб-сайт|интернет-портал|tīmekļa vietne|tīmekļa lapa|portāls|blogs|website|web site|blog)\]"
    r"|\[(?:e-book|eBook|ebook|E-book|Kindle (?:edition|version))\]"  # Harvard: a book read online
    r"|(?<=\. )Advance online publication(?=\.|$)"  # APA 7: an article published online before its issue
    r"|\[(?:Paper|Poster|Conference|Blog|Video|Audio|Press|Tweet|Data|Computer|Film|Podcast|Lecture|Map|Brochure|Fact|News release|TV|Measurement|Unpublished|Manuscript)"
    r"(?: [a-z]+){0,2}\]"  # APA descriptions: "[Paper presentation]", "[Blog post]", "[Data set]"
    r"|(?:Текст|Тэкст|Изображение|Электронный ресурс) ?: ?(?:непосредственный|электронный|безпосередній|електронний|непасрэдны|электронны)"  # (and Ukrainian, Belarusian)
    r"|(?<=[^.]\. )(?:Tīmekļa vietne|Tīmekļvietne|Interneta vietne|Сайт|Веб-сайт|Портал|Website|Web site)(?=\.)"  # the bracketed designation written as a sentence
    r"|\((?:papildsējums|доп\. т\.|дополнительный том)\)"  # after a volume's number: the set's supplementary volume
    r"|Электрон\. дан\.|Загл\. с (?:титул\. )?экрана|(?<=, )свободный(?=\.|$)"  # GOST 7.1-2003 electronic resources
    r"|\[(?:Рец\.|Рецензия|Рецензія|Рэц\.|Рэцэнзія|Rec\.|Recenzija|Review)(?: (?:на кн\.|на ст\.|par grām\.)[ :][^\[\]]{1,200})?\]"  # a review says so in brackets, not as a subtitle (APA's "[Review of …]": below)
    r"|\[(?:Текст|Ноты|Карты|Изоматериал|Звукозапись|Видеозапись|Мультимедиа|Рукопись|Микроформа|Teksts|Text)\])"  # GOST 7.1-2003 general material designation
)
# a note in parentheses on what kind of issue a book is, after its imprint or extent, is not a series:
# "(Pārizdevums.)", "(Faksimilizdevums)", "(Репринтное воспроизведение издания 1903 г.)", "(Reprint edition)"
_ISSUE_NOTE = re.compile(
    r"\((?P<v>(?:Pārizdevums|Faksimilizdevums|Atkārtot(?:s|ais) izdevums|Reprint(?:s|izdevums)?|Repr\."
    r"|Репринт(?:ное)?(?: (?:издание|воспроизведение)[^()]{0,80})?|Факсимильное (?:издание|воспроизведение)[^()]{0,80}"
    r"|Reprint(?:ed)?(?: edition)?|Facsimile(?: edition| reprint)?)\.?)\)(?=[.\s]*$)"
)
# the same note as a sentence of the last area (GOST 7.1-2003 7.13, Soviet lists; dashes are "-" here): "— Репринт. воспр. изд. 1913 г.",
# "Репринтное воспроизведение издания 1891 года.", "Факс. воспр. изд.: СПб., 1903."; the year in it is the original's
_ISSUE_NOTE_SENTENCE = re.compile(
    r"(?<=[.\]] )(?:- )?(?P<v>(?:Репринтное|Репринт\.|Репр\.|Репринт|Факсимильное|Факс\.|Фотомеханическое|Фототипическое)"
    r"(?: (?:воспроизведение|воспр\.|переиздание|издание|издания|изд\.|с изд\.|по изд\.|по изданию))*"
    r"(?:[ :,]{1,3}(?:(?!- )[^()]){0,80}?(?:1[5-9]|20)\d\d(?: ?г\.| года)?)?)\.?(?:\s+-)?[\s.]*$"
)
# GOST 7.0.100-2018 dates a web page by its publication: "– Дата публикации: 15.05.2020."; Latvian "Publicēts: 15.05.2020."
_PUBLISHED_ON = re.compile(r"(?:Дата публикации|Опубликовано|Publicēts|Publicēšanas datums):? ?(?P<v>\d{1,2}\.\d{1,2}\.\d{4})\.?")
_ISSUE_NOTE_HINTS = ("zdevums", "епринт", "Факсимильн", "Reprint", "Facsimile", "Repr.")
# Wikipedia (CS1) marks after a title: the language and the file format ("(in French)", "(PDF)")
_CS1_MARKS = re.compile(r" \((?P<v>in [A-Z][a-z]+(?:(?:, | and )[A-Z][a-z]+)*|PDF|DOC|DOCX|PPT|XLS|PostScript)\)")
# Wikipedia {{cite report}}, {{cite speech}} and the |type= of other templates say what the work is after
# its title: "Title (Report). Washington, D.C.: …", "Inaugural Address (Speech).", '"Address …" (Transcript).'
_CS1_GENRE = re.compile(r" \((?P<v>Report|Technical report|Research report|Final report|Working paper|Speech|Transcript|Press release|Lecture|Interview|Thesis|Mailing list)\)(?=\.)")
# An unpublished paper and the meeting it was presented at (CMOS 14.217, Harvard): "Paper presented at the
# Annual Meeting of the American Political Science Association, Chicago, IL, April 5–7, 2005."
_PRESENTED_AT = re.compile(
    r"(?<=[.,\"'] )(?:[A-Z][a-z]+ )?(?:[Pp]aper|[Pp]oster|[Tt]alk|[Ll]ecture|[Aa]ddress) (?:presented|read|delivered|given) (?:at|to) (?:the )?"
    r"[^,.;()]*?\b(?:[Mm]eeting|[Cc]onference|[Cc]ongress|[Ss]ymposium|[Ww]orkshop|[Cc]olloqui(?:um|a)|[Cc]olloquy|[Cc]onvention|[Ss]eminar|[Ss]ummit|[Ff]orum)\b(?:\"[^\"]{1,160}\"|[^,.;()\"])*"  # (a quoted theme may hold the comma: on "Title,")
)
# the meeting's place after its name: a city, then a state, a province or a country ("Chicago, IL", "Leeds",
# "New Orleans, Louisiana"); never a month ("April 5–7, 2005" dates the meeting)
_MEETING_PLACE = re.compile(r", (?P<p>[A-Z][A-Za-z.\- ]{1,40}?)(?=[,.;]|$)")

_MEETING_DAYS = re.compile(r", (?P<d>[A-Z][a-z]+\.?(?: \d{1,2}(?:[–-]\d{1,2})?)?|\d{1,2}(?:[–-]\d{1,2})? [A-Z][a-z]+\.?)(?=\.?\s*$)")


def _meeting(st: State, m: re.Match[str]) -> None:
    """The meeting and its place are the occasion of the paper, not its publisher and place: kept as a
    note; the meeting's date stays to date the paper."""
    end = m.end()
    for _ in range(3):
        place = _MEETING_PLACE.match(st.w, end)
        if place is None or month_number(place.group("p").split(" ")[0]):
            break
        end = place.end()
    days = _MEETING_DAYS.match(st.w, end)
    if days is not None and all(month_number(w) for w in days.group("d").split() if not w[0].isdigit()):
        end = days.end()  # "…, September 1–4.": the year stands at the head (author-date)
    st.add("note", st.s[m.start() : end], m.start(), end)
    st.blank(m.start(), end)
    if st.w[end : end + 2] == ", ":
        st.blank(end, end + 1)


# Chicago (CMOS 14.265) for a recorded talk: "Filmed November 2016 at TEDxBeaconStreet, Brookline, MA. Video, 12:51."
_FILMED = re.compile(r"(?<=[.\"] )Filmed (?P<d>(?:[A-Z][a-z]+\.? )?(?:\d{1,2}, )?\d{4}) (?P<at>at [^.]{2,100}?)(?=\. )")
_RUNNING_TIME = re.compile(r"(?<=\. )(?:Video|Audio|Podcast audio|MP3 audio), \d{1,3}:\d\d(?::\d\d)?(?=\.|$)")
# MLA 9 closes a talk with its kind, after the meeting, the date and the venue: "…, 8 Jan. 2004, Marriott
# Hotel, Philadelphia. Lecture." (the venue and its city are the meeting's, not a publisher's)
_MLA_TALK_KINDS = ("Conference presentation", "Paper presentation", "Keynote address", "Address", "Lecture", "Panel discussion", "Reading")
_MLA_TALK_ENDS = tuple(f". {kind}" for kind in _MLA_TALK_KINDS)
_MLA_TALK = re.compile(rf"(?:, (?P<venue>[A-Z][^.;:\d]{{2,80}}?))?\. (?P<d>{'|'.join(_MLA_TALK_KINDS)})\.?\s*$")
# CMOS 14.217 names an unpublished talk by its occasion after the quoted title, then the venue, place and date:
# "“Objectivity, Value Judgment, and Theory Choice.” Machette Lecture, Furman University, Greenville, SC, November 30,
# 1973."; the occasion and venue are a note, the date dates the talk (see _meeting)
_NAMED_TALK_GATE = ("Lecture", "Address", "Speech", "Sermon", "Talk", "Keynote")
_NAMED_TALK = re.compile(
    r"(?<=[.,?!]\" )(?:[A-Z][\w'’-]*\.? ){0,5}(?:Lecture|Lectures|Memorial Lecture|Address|Speech|Sermon|Talk|Keynote|Keynote [Aa]ddress|Lecture [Ss]eries)(?=, [A-Z])"
)
# CMOS 14.208: a blog's name takes "(blog)" when the name does not say it is one ("Paul Graham (blog), July 2023");
# the word describes the site and is no part of its name (so too a podcast's or a newsletter's)
_SITE_KIND = re.compile(r"(?<=[\w.’']) \((?P<v>blog|podcast|newsletter)\)(?=[,.]| https?:)")
# APA 7 (10.5) describes any talk in brackets after its title, naming its kind freely: "[Nobel Prize lecture]",
# "[Invited address]", "[Keynote speech]", "[Conference talk]" (the fixed forms, "[Paper presentation]", are read above;
# a lower-case word before the kind makes it a translated title: "Myshlenie i rech [Thinking and speech]"); kinds.py reads
# the note back with the same pattern to type the work
_TALK_BRACKET_GATE = ("ecture]", "ddress]", "peech]", "alk]", "ermon]", "resentation]")
TALK_DESCRIPTION = re.compile(r"\[(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} )?(?:[Ll]ecture|[Aa]ddress|[Ss]peech|[Tt]alk|[Ss]ermon|[Pp]resentation)\]")
# Wikipedia {{cite newsgroup}}: "Newsgroup: comp.os.minix. Usenet: 771@mit-eddie.UUCP." (the message's id)
_USENET_ID = re.compile(r"(?<=\.) Usenet: (?P<id>[^\s@]+@\S+?)(?=\.(?: |$))")
# "s.v. “serendipity”" (sub verbo, CMOS 14.130): the entry of a reference work cited by its headword
_SUB_VERBO = re.compile(r"s\.v\. ?(?:\"(?P<q>[^\"]{1,120}?)[.,]?\"|(?P<v>[^\s.,;\"][^.,;\"]{0,60}))")
# Chicago: a web page's revision date ("Last modified April 17, 2017.", CMOS 14.207) and an e-book's
# format closing the reference ("Kindle.", "EPUB.", "PDF e-book.", CMOS 14.161)
_WEB_NOTES = re.compile(
    rf"(?:Last modified|Modified|Last updated|Updated)(?: on)? {DATE_ANY}\.?"
    r"|(?<=[.,] )(?:Kindle|EPUB|PDF e-book|Apple Books|Nook)\.?\s*$"  # (a "Kindle edition" is an edition statement)
)
_EBOOK_FORMATS = frozenset({"Kindle", "EPUB", "PDF e-book", "Apple Books", "Nook"})
# Wikipedia (CS1) identifiers after the DOI: "arXiv:1602.03837.", "Bibcode:2016PhRvL.116f1102A.", "JSTOR 1969529."
_CS1_ID_KEYS = ("arXiv", "Bibcode", "JSTOR", "PMID", "PMC", "OCLC", "S2CID", "SSRN", "OSTI", "LCCN", "CiteSeerX", "hdl")
_CS1_IDS = re.compile(rf"(?:{'|'.join(_CS1_ID_KEYS)})(?::| )[ ]?[\w./:()-]*\w(?=\.?(?: |$))")
# Chicago (CMOS 14.288): the Congress and session of a congressional report or document
_CONGRESS = re.compile(r"\d{1,3}(?:st|nd|rd|th) Cong\.,? \d(?:st|nd|rd|th) [Ss]ess\.")
# Wikipedia (CS1) access notes: "– via Internet Archive" (|via=), "(Subscription required.)" (|url-access=)
_CS1_ACCESS = re.compile(r"(?<= )- via (?P<v>[A-Z][^.()]{1,60}?)(?=\.?$|\. )|\((?P<r>(?:Subscription|Registration)[^()]{0,80}required\.?)\)")
# APA 7 (10.4): the report's number in parentheses after its title, with the issuer's acronym or the series
_PAREN_REPORT = re.compile(
    r"\((?P<k>(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+)(?: (?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+)){0,4}?)(?P<no> No\.)?"
    r" (?P<n>(?:[A-Z]{1,5}[ -]?)?\d[\w.-]*(?<![.-]))(?:, [^()]{1,80})?\)"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_REPORT_KINDS = ("Report", "Publication", "Paper", "Brief", "Briefing", "Bulletin", "Memorandum", "Note")
# the same as a sentence: the issuer's words, the series' kind, the number, and the sentence's end
_REPORT_SENTENCE = re.compile(
    r"\. (?P<k>[A-Z][\w'&]*(?: (?:of|and|for|the|on|[A-Z][\w'&]*)){0,8} (?:Report|Briefing|Briefing Paper|Research Paper|Working Paper"
    r"|Discussion Paper|Policy Brief|Bulletin|Memorandum|[Gg]uideline|[Gg]uidance))(?P<no> No\.)? (?P<n>\[[A-Z]{1,5}\d{1,6}\]|[A-Z]{0,5}-?\d[\w/-]*)(?=\.(?: |$)|$)"
)
# MLA 9's optional date of the original work, a sentence of its own between a quoted title and its container
_ORIGINAL_DATE_AFTER_TITLE = re.compile(
    rf'(?<=\.") (?P<d>(?:\d{{1,2}} [A-Z][a-z]+\.? |[A-Z][a-z]+\.? \d{{1,2}}, )?(?P<y>{YEAR}))\.(?= [A-Z][^.]{{2,200}}, (?:edited|ed\.|translated|compiled|selected) by )'
)
# MLA 9 ends a work of art, a manuscript or a letter seen in its collection with the institution that holds it
# (and its city), after the work's date: "Kahlo, Frida. The Two Fridas. 1939. Museo de Arte Moderno, Mexico City."
_HOLDING = re.compile(rf"(?<=\d{{4}}\. )(?P<v>[{UP}][^.;:()\"]{{2,120}}?)\.?\s*$")
_HOLDING_WORDS = re.compile(r"\b(?:Museum|Museo|Musée|Museu|Muzeum|Gallery|Galleria|Galería|Galerie|Kunsthalle|Collection|Archives|Papers)\b")
# A speech's or a lecture's title (Cite Them Right Harvard), then where and on which day it was given, the year at
# the head: "Thatcher, M. (1988) Speech to the College of Europe. Bruges, 20 September."
_OCCASION = re.compile(
    r"(?:Speech|Lecture|Address)[^.]{0,200}\. (?P<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?, \d{1,2} (?P<m>[A-Z][a-z]+\.?))\.(?= |$)"
)
# An episode of a series, after its title or the series' title: APA 7 (10.12) "Nosedive (Season 3, Episode 1)
# [TV series episode]", MLA 9 "Breaking Bad, season 5, episode 14, AMC", Harvard "Blue Planet II, Series 1, episode 1."
# (the numbers are not labelled: the flat fields have no slot for them)
_EPISODE = re.compile(
    r"\((?P<p>(?:Season|Series) \d{1,3}, Episode \d{1,4})\)"
    r"|, (?P<c>(?:(?:[Ss]eason|[Ss]eries) \d{1,3}, )?(?:[Ee]pisode|[Ee]p\.) \d{1,4}|[Ss]eason \d{1,3})(?=[,.])"
)
# APA 7 descriptions of works that are neither printed nor web pages (10.9, 10.10, 10.12–10.14): films,
# recordings, art, data and software; the finder of the other descriptions ("[Film]", "[Data set]") is _NOTES
_MEDIA_DESCRIPTION = re.compile(
    r"\[(?:Motion picture|Television series(?: episode)?|Dataset|Software|Song|Album|Song recorded by [^\[\]]{2,60}|Painting|Photograph"
    r"|Artwork|Sculpture|Mobile app|Music video|Radio broadcast|Computer game|Infographic)\]"
)
_ILLUSTRATED = re.compile(rf"и(?:лл|л)\.{_NA}|i(?:ll|llus|l)\.{_NA}|illustrated{_NA}")
_PHYSICAL = re.compile(rf"(?:портр|карт|табл|схем|факс|фот|portr|maps?|fig|tab|att|fot|kartes)\.{_NA}")

_PAGE_WORDS = _words("page")
_COLUMN_WORDS = _words("column")
_PAGES = re.compile(
    rf"(?P<w>{_COLUMN_WORDS}|{_PAGE_WORDS}) ?(?P<a>[A-Z]?\d+|[ivxlc]+)(?: ?- ?(?P<b>[A-Z]?\d+|[ivxlc]+))?(?![\d{LETTER}])"  # ("pp. S95–S120")
)
# the lesser degrees and their spellings: "Honors thesis" (US colleges), "Honours thesis" (Australia, Canada),
# "Senior thesis", "BA thesis", "MPhil thesis", "DPhil thesis" (Oxford), "Undergraduate dissertation" (UK)
_DEGREES = r"Honou?rs|Senior|Bachelor's|BA|B\.A\.|BSc|B\.Sc\.|MPhil|M\.Phil\.|DPhil|D\.Phil\.|MS|M\.S\.|Masters|Undergraduate|Diploma"
_THESIS = re.compile(
    r"\[(?P<g1>(?:Doctoral|Master's|PhD|Ph\.D\.) (?:dissertation|thesis)), (?P<u>[^\]]+)\]"
    rf"|(?P<g2>(?:PhD|Ph\.D\.|Doctoral|Master's|MA|M\.A\.|MSc|M\.Sc\.|{_DEGREES}) (?:diss\.|dissertation|thesis)),?"
    r"|(?<=[.\"] )(?P<g6>Dissertation|Thesis),(?= [A-Z])"  # MLA 9 with no degree: "Dissertation, Yale University, 1974."
    r"|(?:специальность [\d.]+(?: ?\"[^\"]{1,80}\")? ?: ?)?(?P<g3>(?:[Аа]втореф(?:ерат)?\.? )?(?:[Дд]исс?\.|[Дд]иссертаци[яи])"
    r"(?: на соиск(?:ание|\.) (?:(?:ученой|учёной|учен\.|уч\.) )?степ(?:ени|\.))?[ .]*(?:канд|докт|д-ра|доктора|кандидата|магистра)[а-я.]* [а-я.\- ]*?наук)(?: ?: ?[\d.]+)?"
    r"|(?P<g4>(?:[Pp]romocijas darbs|[Mm]aģistra darbs|[Bb]akalaura darbs|[Dd]isertācija)"
    r"(?: [^.;:,()]{1,60}? grāda iegūšanai(?: [a-zāčēģīķļņšūž]+ (?:apakš)?nozarē)?)?)"  # "… vēstures doktora grāda iegūšanai"
    # pre-1934 degrees name the subject, not "наук": "Диссертация на степень доктора всеобщей истории",
    # "Дисс. ... магистра чистой математики"
    r"|(?P<g5>(?:[Дд]иссертаци[яи]|[Дд]исс?\.)(?: на (?:соискание )?(?:(?:ученой|учёной) )?степен[ьи])?[ .…]+(?:доктора|магистра|кандидата)(?: [а-яё]+(?:\.(?= [а-яё]))?){0,4})"
)
# archival signatures: fond, inventory (opis'), file (delo), leaves
_ARCHIVE_SIGNATURE = re.compile(
    r"(?:Ф\. ?[\w-]+[.,] ?Оп\. ?[\w-]+[.,] ?(?:Д|Ед\. хр)\. ?[\w-]+(?:[.,] ?Лл?\. ?[\d\-, об.]+)?"
    r"|[Ff]\. ?[\w-]+, ?op\. ?[\w-]+, ?d\. ?[\w-]+(?:, ?ll?\. ?[\d\-, ]+)?"
    # Latvian fond numbers may carry the party archive's letters: "LVA, PA-101. f., 1. apr."
    r"|(?:[A-Z]{1,3}-)?\d+\. ?f\., ?\d+\. ?apr\., ?\d+\. ?l\.(?:, ?[\d\-.]+ ?lp\.(?: ?o\. ?p\.)?)?"  # "o. p.": the verso
    r"|[Ff]\. ?(?:[A-Z]{1,3}-)?\d+, ?apr\. ?\d+, ?l\. ?\d+(?:, ?[\d\-.]+ ?lp\.(?: ?o\. ?p\.)?)?)\.?"  # the numbers after the words: "F. 1515, apr. 1, l. 1243"
)
# the Russian forms, capitalised after full stops or lower-case after commas, with the holder's
# name in brackets after the fond ("ф. 998 (В.Э. Мейерхольд)"), the box ("к.") for an inventory,
# a folder ("п.", папка) between inventory and file (the foreign-policy archive's "ф. 06, оп. 1, п. 1, д. 4")
# and the leaves ("Л. 12–14") read as the pages
_ARCHIVE_RU = re.compile(
    (r"[Фф]\. ?[\w-]+(?: \([^()]{1,80}\))?[.,] ?(?:[Оо]п|[Кк])\. ?[\w-]+[.,] ?(?:[Пп]\. ?[\w-]+[.,] ?)?(?:[Дд]|[Ее]д\. ?хр)\. ?[\w-]+"
    r"(?:[.,] ?[Лл]л?\. ?(?P<a>\d+)(?: ?об\.)?(?: ?- ?(?P<b>\d+))?(?: ?об\.)?)?\.?").replace("[.,] ?", "[.,] ?(?:- )?")
)  # "Л. 9 об.–10": from a verso; GOST 7.1 may set its area dash between the parts: "Ф. 17. – Оп. 3. – Д. 1."
_LV_LEAVES = re.compile(r"(?P<a>\d+)\.?(?: ?- ?(?P<b>\d+)\.?)? ?lp\.?(?: ?o\. ?p\.?)?$")
# the repository named before a signature: "ГАРФ.", "ЦГАЛИ,", "— ОР ГБЛ,"
_REPOSITORY = re.compile(r"(?:^|(?<=\. )|(?<= - ))(?P<r>[А-ЯЁA-Z][^.,;:]{1,80}?)[.,] *$")
# an archive's acronym with no stop or comma before the fonds, or with GOST's area dash: "LVVA 1515. f., …",
# "LNA LVVA 1468. f.", "РГАСПИ Ф. 17.", "РГАСПИ. – Ф. 17."
_REPOSITORY_ACRONYM = re.compile(r"(?:^|(?<=\. ))(?P<r>[A-ZĀ-ŽА-ЯЁ]{2,6}(?: [A-ZĀ-ŽА-ЯЁ]{2,6})?)(?:\.? ?[-–—])? *$")
# a manuscript's repository (an acronym) and its inventory number closing the reference: "… 1897. g. 2. febr. RTMM 62417."
_INVENTORY = re.compile(r"(?<=[.,] )(?P<r>[A-ZĀČĒĢĪĶĻŅŠŪŽА-ЯЁ]{2,6}) (?:[Ii]nv\. ?(?:[Nn]r\. ?)?)?(?!1[5-9]\d\d\b|20\d\d\b)\d{2,}(?:[/:-]\d+)*\.?\s*$")  # (not a year)
_NOT_REPOSITORIES = frozenset({"ISBN", "ISSN", "EISSN", "ISMN", "ASIN", "MR", "NCJ", "PMID", "PMC", "DOI", "RFC", "OCLC", "LCCN", "JSTOR", "SSRN", "BCP", "STD", "OSTI", "ERIC", "HC", "HL", "USC", "CFR", "ГОСТ", "ISO", "DIN", "LVS", "ОСТ", "СНиП"})
# a repository spelt out from the top down, commas and all, and closed by its acronym in brackets
_REPOSITORY_SPELT = re.compile(r"(?P<r>[А-ЯЁA-Z][^.;:()]{1,160}\([A-ZА-ЯЁĀ-Ž][A-ZА-ЯЁĀ-Ž ]{1,20}\))[.,] *$")
_NO_IMPRINT = re.compile(
    r"\[(?:[Бб]\. ?м\.|[Ss]\. ?l\.|[Bb]\. ?v\.) ?: ?(?:[Бб]\. ?и\.|[Ss]\. ?n\.|[Bb]\. ?i\.)\]|"  # GOST's one bracket: "[Б. м. : б. и.]"
    r"\[(?:[БбBb]\. ?[мигvgi]\.|[Ss]\. ?[lna]\.|[Bb]\. ?[vg]\.)\]|\((?:n\. ?d\.|s\. ?a\.|no date|in press)\)\.?|n(?<= n)\. ?d\.(?= |$)"
)
# Soviet lists write the same without brackets, in the imprint's place: "Б. м., 1920.", "М., б. г.", "Б. м., б. г."
_NO_IMPRINT_BARE = re.compile(r"(?<=[.,] )(?:Б\. ?м\.(?=, ?б\. ?г\.)|б\. ?и\.(?=,)|б\. ?г\.(?=[ .;]|$))")
_PAGES_BARE = re.compile(r"(?P<a>\d(?<=[,:] \d)\d{0,4})-(?P<b>\d{1,5})(?=[.;]?\s*$|[.;,] )")
# the look-behind after the literal ", " lets the engine jump from comma to comma
_VOL_PAGES_APA = re.compile(
    rf", (?<=[{LETTER}], )(?P<vol>\d{{1,3}}), (?:(?P<a>\d+) ?- ?(?P<b>\d+)|[Aa]rticle (?P<art>[\w-]*\d[\w-]*))(?=\.|$| https?:| doi)"
)
# Harvard: a journal's volume with no issue, then its pages ("Nature, 586, p. 7.", "Mind, 59, pp. 433–460.")
_VOL_PP = re.compile(rf", (?<=[{LETTER}], )(?!{YEAR},)(?P<vol>\d{{1,4}})(?: ?\((?:Supplement|Suppl\.)\))?, pp?\. ?(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?(?=[.,;]|$)")
# (a supplement to a volume, paged apart with a letter: "American Journal of Sociology, 94 (Supplement), pp. S95–S120")
_NAME_BEFORE = re.compile(rf"[{LETTER}][{LETTER.lower()}]+,? (?:[A-Z]\. )?$")
# (CMOS after a series word with its comma: "Science, New Series, 162, no. 3859 (1968)")
_VOLUME_BARE = re.compile(rf"(?P<n>\d(?<=[{LETTER}] \d)\d{{0,3}}|\d(?<=[{LETTER}], \d)\d{{0,2}}(?=, no\. ))(?=,? (?:no\.|№|Nr\.|nr\.|issue)|,? \({YEAR}\)| \((?:Supplement|Suppl\.)\):)")
_PAGES_AFTER = re.compile(r"(?P<a>\d(?<![\d.-]\d)\d*)\.?-(?P<b>\d+)\.? ?(?P<w>lpp\.?|S\.|p\.)")
_PAGE_ORDINAL = re.compile(r"(?P<a>\d(?<![\d.-]\d)\d*)(?P<b>)\. ?lpp\.")
# Latvian columns after their ordinal numbers: an encyclopedia's "1143.–1146. sl." (slejas), "87. sl."
_COLUMNS_AFTER = re.compile(r"(?P<a>\d(?<![\d.-]\d)\d*)\.?(?: ?- ?(?P<b>\d+)\.?)? ?sl\.")
_PAGES_COLON = re.compile(r"\)\s*:\s*(?:(?P<a>[A-Z]?\d+)(?: ?- ?(?P<b>[A-Z]?\d+))?(?!\d)|(?P<art>e[a-z]{0,4}\d{3,})(?![\w-]))")  # ": e0212345" too
# (Harvard dates a weekly's issue after its number: "28(20), 19 October, pp. 32–34": a day, not a page)
_VOL_ISSUE_APA = re.compile(
    r"(?P<vol>\d(?<=[ ,]\d)\d*) ?\((?P<iss>(?:Suppl\. ?)?\d+(?:[-/]\d+)?)(?:, (?:Part|Pt\.) ?\d{1,2}|, Suppl(?:\.|ement)(?: \d{1,2})?)?\)(?:[,:] *(?:(?P<a>S?\d+)(?!\d| [A-Z][a-z]{2})(?: ?- ?(?P<b>S?\d+))?|[Aa]rticle (?P<art>[\w-]*\d[\w-]*)|(?P<art2>e[a-z]{0,4}\d{3,})(?![\w-])))?"
)  # "6(12), Article aac4716", "6 (12): eaax1234": an article number stands where pages would
# (APA 7 10.1 keeps the part or supplement of an issue inside its parentheses, "70(5, Pt. 2)", "17(3, Suppl.)": only
# the issue is labelled, as supplements and parts of an issue are elsewhere)
# APA 7 (10.1) for a journal that numbers only its issues: "Foreign Policy, (80), 153–171."
_ISSUE_ONLY_APA = re.compile(rf"(?<=[{LETTER}]), \((?P<iss>\d{{1,4}})\)(?=, \d)")
# Latvian lists write the same after the year of a journal that numbers only its issues: "Karogs, 1990, (5), 150.–156. lpp.",
# "Latvijas Vēsture, 1991. (2): 12–34", "Grāmata, 1990, (1/2)." (a double issue stays as written)
_ISSUE_AFTER_YEAR = re.compile(rf"(?<=[{LETTER}], ){YEAR}[,.] \((?P<iss>\d{{1,3}}(?:[/–-]\d{{1,3}})?)\)(?=[,:] ?\d|[.,]?\s*$)")
# an older journal's volume in Roman numerals, as Wikipedia {{cite journal}} renders it: "Mind. LIX (236): 433–460."
_ROMAN_VOL_ISSUE = re.compile(rf"(?<=\. )(?P<vol>{ROMAN}) \((?P<iss>\d+)\): (?P<a>\d+)(?: ?[-–] ?(?P<b>\d+))?(?=[.,;]|$)")
# "3(Suppl. 1), S12–S19": a supplement's issue and its "S" pages (above); a newspaper's section pages
# closing the reference right after its name: "The Washington Post, A1, A4." (APA 7 10.1: no "p." before them)
# a newspaper's section and page, last: "The New York Times, A1, A14", CMOS "New York Times, January 13, 2019, SR9" (Sunday Review)
_SECTION_PAGES = re.compile(r"(?:(?<=[A-Za-z])|(?<=\d{4})), (?P<a>[A-Z]{1,2}\d{1,3})(?:(?P<more>(?:, [A-Z]{1,2}\d{1,3})+)| ?- ?(?P<b>[A-Z]{1,2}\d{1,3}))?\.?\s*$")
_LABEL_BEFORE = re.compile(rf"{_NL}(?:{_words('issue')}|{_words('volume')}) ?$")  # "вып. 5 (113)": a labelled issue and its running number
_RUNNING_NUMBER = re.compile(r" ?\((?P<n>\d+)\)")
_PAGES_AFTER_IMPRINT = re.compile(r"(?:(?P<vol>\d+):)?(?P<a>\d+|[ivxlc]+)(?: ?- ?(?P<b>\d+|[ivxlc]+))?(?:, ?n\. ?\d+)?\.?\s*$")
_IMPRINT_YEAR_END = re.compile(rf"{YEAR}[a-z]?$")
_IMPRINT_YEARS_END = re.compile(rf"{YEAR} ?- ?(?:{YEAR}|\d\d)$")  # a multi-volume work's "1948–53"
_TOTAL_WORDS = _words("total")
# The count first (the engine skips to digits fast); what may stand before it,
# "xii, " or "[4], ", is looked up backwards.
# (``\d\d*`` rather than ``\d+``: a pattern that opens with one digit lets the engine skip to digits;
# a count never starts inside a number, as what follows the number decides wherever it starts)
_TOTAL = re.compile(rf"(?P<n>\d(?<!\d\d)\d*)(?:, ?\[\d+\])? ?(?P<w>{_TOTAL_WORDS}|(?:с|стр|lpp|pp|p|S)(?=\s*$)){_NA}")
_TOTAL_BEFORE = re.compile(r"(?:(?:[ivxlcIVXLC]+|\[[ivxlcIVXLC\d]+\]), ?)?(?:\[\d+\], ?)?$")
# (Ukrainian and Belarusian write "у" for "в" and Belarusian "тамах": "Зібрання творів : у 12 т.", "Збор твораў : у 4 тамах")
_NVOLS = re.compile(
    rf"[\[(]?{_NL}(?:[вВуУ] ?(?P<n>\d+)(?:-?(?:х|ти|и|ми))? ?(?:тт?\.|т[оа]мах|кн\.|книгах|ч\.|частях)|(?:[Ii]n )?(?P<n2>\d+) (?:vols?\.|Bde\.|Bände|voll\.)|(?P<v4>Vols\. 1 ?- ?(?P<n4>\d+))(?=\))|(?P<n3>\d+) sējumos){_NA}[\])]?"
)
# what a count of volumes adds: the books they are bound in ("в 3 т., 4 кн.", "в 17 т. (19 кн.)") or a supplementary
# volume ("в 6 томах + т. 7 (доп.)", "в 5 т. + доп. т.")
_NVOLS_ADDITION = re.compile(
    r"(?:,[ ]*(?P<books>\d+[ ]*(?:кн|ч)\.)|[ ]*\((?:в[ ]*)?(?P<bound>\d+[ ]*(?:кн|ч)\.)\)|[ ]*\+[ ]*(?P<extra>(?:[Тт]\.[ ]*\d+|(?:\d+[ ]*)?доп\.[ ]*тт?\.)(?:[ ]*\(доп\.\))?|papildsējums))"
    r"(?![ ]*[a-zа-яё\d])"
)
_COUNTS = "|".join(re.escape(w) for w in sorted(counts(), key=len, reverse=True))
# "в тридцати томах", "divos sējumos": a spelt-out number of volumes (not "в девяти книгах",
# "роман в трех частях": the books and parts of a work, printed in one volume or not)
_NVOLS_SPELT = re.compile(rf"[\[(]?{_NL}(?:[вВ] (?P<n>{_COUNTS}) томах|(?P<n2>{_COUNTS}) sējumos){_NA}[\])]?", re.I)
# ... but once one of them is singled out after it ("Роман в четырех книгах. Кн. 1."), the spelt-out count is the set's
# count of volumes, as "Роман в 2-х кн. Кн. 1." is
_NPARTS_SPELT_THEN_ONE = re.compile(rf"(?<![{LETTER}])[вВ] (?P<n>{_COUNTS}) (?:книгах|частях)(?=\. (?:Кн\.|Ч\.|Книга|Часть) ?\d)", re.I)
_VOLUME = re.compile(rf"(?P<w>{_words('volume')}) ?(?P<n>\d+(?:-\d+)?[a-zа-яA-Z]?|{ROMAN}|(?<=vol\. )[A-H](?=,))(?![\d{LETTER}])")  # MLA "vol. F," (an anthology's lettered volumes); "Vol. 1A" (a volume issued in parts)
# a number or a Roman numeral not inside a word: "(?<![\d{LETTER}])(?P<n>\d+|{ROMAN})" opening with its first character
_NUMBER_FIRST = rf"(?P<n>[\dIVXLC](?<![\d{LETTER}][\dIVXLC])(?:(?<=\d)\d*|(?<=[IVXLC])[IVXLC]*))"
# Lithuanian "1. t.", Estonian "1. kd.", German "1. Bd." (``volume-after`` words): an ordinal's full stop makes them a volume
_VOLUME_AFTER_OTHER = "|".join(re.escape(w) for w in vocabulary().get("volume-after", []) if not w.startswith("sēj"))
_VOLUME_AFTER = re.compile(rf"{_NUMBER_FIRST}(?:\.? ?(?:sēj\.|sējums)|\. ?(?:{_VOLUME_AFTER_OTHER})(?= [{UP}]|\s*$)){_NA}")
_ISSUE = re.compile(rf"(?P<w>{_words('issue')}) ?(?P<n>\d+(?: ?[-/] ?\d+)?[a-zа-я]?)(?![\d{LETTER}])")
# "Place: Publisher" opening the next sentence: the facts of publication follow a book's series and its number
_IMPRINT_NEXT = re.compile(rf"\. [{UP}][{LETTER} ,.'’-]{{1,40}}?: [{UP}\d]")
_ISSUE_AFTER = re.compile(rf"{_NUMBER_FIRST}\. ?nr\.{_NA}")  # "4. nr." (numurs), as "1. sēj.", "2. izd."
# a Latvian serial's numbered issue after its ordinal: "14. laid." (laidiens), "3. izl." (izlaidums), "16. krāj." (krājums)
SERIAL_ISSUE_WORDS = r"(?:laid\.|laidiens|izl\.|izlaidums|krāj\.|krājums)"  # (kinds.py: such an issue makes the host a serial)
_ISSUE_AFTER_SERIAL = re.compile(rf"{_NUMBER_FIRST}\. ?{SERIAL_ISSUE_WORDS}{_NA}")
_PART = re.compile(rf"(?P<w>{_words('part')}) ?(?P<n>\d+(?:-\d+)?|{ROMAN})(?![\d{LETTER}])")  # (and a range: "Кн. 1—2", "Части 1—3")
# "Вып. I": an issue in Roman numerals, as "Вып. 1" (a serial's issue, not a part of a book)
_ISSUE_ROMAN = re.compile(rf"(?P<w>[Вв]ып\.) ?(?P<n>{ROMAN})(?![\d{LETTER}])")
# Lithuanian "2. dalis", Estonian "2. osa", German "2. Teil" (``part-after`` words): an ordinal's full stop makes them a part
_PART_AFTER_OTHER = "|".join(re.escape(w) for w in vocabulary().get("part-after", []) if w in ("dalis", "osa", "Teil"))
_PART_AFTER = re.compile(rf"{_NUMBER_FIRST}(?:\.? ?(?:daļa|d\.|grāmata|grām\.)|\. ?(?:{_PART_AFTER_OTHER})(?=[ .,]|$)){_NA}")


def _both_cases(words: Iterable[str]) -> tuple[str, str]:
    """An alternation of ``words`` (longest first, first letter in either case) and the letters they start with."""
    forms = [f for w in sorted(set(words), key=len, reverse=True) for f in (w, w[:1].upper() + w[1:])]
    return "|".join(re.escape(f) for f in forms), "".join(sorted({f[0] for f in forms}))


_ED_WORDS, _ED_FIRST = _both_cases(vocabulary().get("edition-word", []))
# "Rev. and enl.", "20th anniversary", "испр. и доп.": the statement without the word "edition"
_ED_STATEMENT = rf"(?:\d+(?:st|nd|rd|th) )?(?:{_ED_WORDS})(?:,? (?:(?:and|&|и|un) )?(?:{_ED_WORDS}))*"
# the remarks after a Russian edition's number, an adverb first or not ("испр. и доп.", "вновь испр. и доп.",
# "значит. перераб.", "вновь просмотр.")
_RU_REMARK = r"(?:(?:вновь|значит\.|значительно|существенно|заново) )?(?:испр|перераб|доп|стер|расш|просм|пересм)"
# "3rd enlarged edn", "2nd revised and expanded ed.": remarks between an English edition's number and the word
_NUMBERED_REMARK = r"(?:(?:enlarged|expanded|augmented|corrected|updated|revised)(?:,? (?:and|&) (?:enlarged|expanded|augmented|corrected|updated|revised))? )"
# "2-е изд.", "Изд. 3-е", "2nd ed.", "3. izd.": an edition with its number
_EDITION_NUMBERED = (
    rf"(?P<a>\d+)-?(?:е|e|-е)? ?(?:изд\.|издание)(?:, {_RU_REMARK}[а-я. ]*?(?=\.? ?-|\.?$|\. [{UP}]))?"
    rf"|[Ии]зд\. ?(?P<b>\d+)-?е(?:, {_RU_REMARK}[а-я. ]*?(?=\.? ?-|\.?$|\. [{UP}]))?(?: \(\d+-е [а-я.]{{1,12}}\))?"  # "Изд. 4-е (2-е русск.)"
    rf"|(?P<c>\d+)(?:st|nd|rd|th) +(?:rev\. |revised |enl\. |{_NUMBERED_REMARK})?(?:ed\.|edn\.?|edition)(?:, (?:{_ED_STATEMENT})(?:(?<=\.)|(?=[.,;)])))?,?"
    rf"|(?P<d>\d+)\.(?:,? (?:{_ED_STATEMENT}))? ?(?:izd\.|izdevums|Aufl\.|Auflage)"
)
_ORDINALS, _ORD_FIRST = _both_cases(ordinals())
# ", испр. и доп.", ", revised and expanded": remarks after a spelt-out edition
_ED_REMARK = rf"(?:, (?:{_ED_STATEMENT}))?"
# the statement ends: with its own full stop, or before punctuation or an area dash
_ED_END = r"(?:(?<=\.)|(?= *(?:[.,;:)-]|$)))"
# "Second edition", "Third revised ed.", "Второе издание, испр.", "Издание второе", "Otrais, papildinātais izdevums"
_EDITION_SPELT = (
    rf"(?P<o>{_ORDINALS})(?:,? (?:{_ED_STATEMENT}))? (?:ed\.|edn\.?|edition|издание|izdevums){_ED_REMARK}{_ED_END}"
    rf"|[Ии]здание (?P<o2>{_ORDINALS}){_ED_REMARK}{_ED_END}"
)
_EDITION = re.compile(
    rf"(?=[\dИиR{_ED_FIRST}{_ORD_FIRST}])(?:{_EDITION_NUMBERED}|{_EDITION_SPELT}"
    rf"|(?P<e>{_ED_STATEMENT}) (?:ed\.|edn\.?|edition|изд\.|издание|izd\.|izdevums)(?![{LETTER}]))"
)
# Without a word that ends a statement (" ed.", " изд." …, gate "edition_statement") only the
# numbered forms other than "2nd ed." can match: this pattern skips the costly trial of every
# edition word at every letter.
_EDITION_NUMBERED_ONLY = re.compile(rf"(?=[\dИи])(?:{_EDITION_NUMBERED})")

_SERIES = re.compile(
    r"(?<=[.\d]) ?- ?\((?P<v>[^()]{2,200}?)\)\s*(?=\.|$|\s-|\s*$|\s\()"
    r"|(?<=[.,]) ?\((?P<end>[^()\d:]{2,200}?)\)\s*\.?\s*$"
    r"|(?<=[.,]) ?\((?P<numbered>[^()\d:;]{2,200}?;[^();]{1,20})\)\s*\.?\s*$"  # "(Latvijas Vēsturnieku komisijas raksti; 15. sēj.)"
    r"|(?<=[.,]) ?\((?P<comma_numbered>[^()\d:;]{2,200}?, ?(?:\d{1,3}\. ?(?:sēj|laid)\.|(?:т|Т|вып|Вып|Vol|vol|Nr|nr|No|no|Bd|H)\. ?\d{1,4}|№ ?\d{1,4}))\)\s*\.?\s*$"  # "(…raksti, 13. sēj.)", "(LU Raksti, Nr. 650)"
    r"|(?:(?<=\d с\.)|(?<=\d стр\.)|(?<=\d lpp\.)|(?<=\d pp\.)) ?\((?P<after_extent>[A-ZА-ЯЁ][a-zа-яё][^()]{1,200}?)\)\s*\.?\s*$"  # after the page total
    r"|(?<=[.,]) ?\((?P<labelled>(?:Серия|Sērija|Series|Reihe): [^()]{2,200}?)\)\s*\.?\s*$"  # "(Серия: Исторические портреты)"
    r"|(?<=\)) \((?P<more>[^()]{2,200}?)\)\s*(?=\.|$|\s-|\s*$)"  # GOST 7.1-2003: each further series in parentheses of its own
    # Soviet practice closes an article or a book with its numbered series right after the pages or the year, no stop
    # between: "стр. 81-99 (Учен. зап. Тартуского гос. ун-та, вып. 198)", "1967, 300 стр. (Труды ГИМ, т. 40)"
    r"|(?<=\d) \((?P<after_pages>[A-ZА-ЯЁ][^()\d:;]{2,200}?, ?(?:(?:т|Т|вып|Вып|кн|Кн|Vol|vol|Nr|nr|No|no|Bd|H)\. ?\d{1,4}|№ ?\d{1,4}))\)\s*\.?\s*$"
)

# Soviet lists number a book in its series after a stop, the series' running number in parentheses after the
# issue's: "300 с. (Жизнь замечательных людей. Вып. 12 (322))", "(Библиотека поэта. Т. 5)"
_DOT_NUMBERED_SERIES = re.compile(
    r"(?<=[.,\d]) ?\((?P<n>[A-ZА-ЯЁ«\"][^()\d:;]{1,200}?)\. (?P<k>(?:Вып|вып|Т|т|Кн|кн)\. ?\d{1,4}(?: \(\d{1,5}\))?)\)\s*\.?\s*$"
)
_DOT_NUMBERED_GATE = ("ып. ", "т. ", "Т. ", "н. ")


# Cheap substring tests that must pass before a pattern is worth running:
# most references lack most labels, and `in` is far faster than a regex scan.
# Every label word holds one of the words of its gate; a word that holds another
# of them ("стр." holds "ст", "pp." holds "p.") needs no test of its own.
_GATES: dict[str, tuple[str, ...]] = {
    "url": ("http", "www.", "/"),
    "doi": ("10.",),
    "archived": ("Archived",),
    "accessed": ("Retrieved", "ccessed", "обращения", "звернення", "звароту", "katīts", "iewed", "sk.", "Sk."),
    "isbn": ("ISBN",),
    "report": ("RFC", "STD", "BCP", "Cm", "Cd.", "HC ", "Report", "Paper", "Memorandum", "Note", "репринт", "доклад", "ziņojums", "Publication No"),
    "isbn_bare": ("978", "979"),
    "issn": ("ISSN",),
    "notes": ("Изображение", "Summary", "Advance online", "Резюме", "Рез.", "Kopsavilkums", "Rez.", "Библиогр", "Bibliogr", "Includes", "[", "(In", "(Text", "Текст", "Тэкст", "published", "Repr", "Электрон", "Загл", "свободный", "papildsēj", "доп. т", "дополнительный том", "vietne", "Сайт", "Портал", "ebsite", "eb site"),
    "series": ("(",),
    "archive": ("Оп.", "op.", "apr."),
    "archive_ru": ("Оп.", "оп.", "хр.", " к. "),
    "thesis": ("diss", "Diss", "thesis", "дис", "Дис", "автореф", "Автореф", "darbs", "disertāc"),
    "edition_statement": (" ed.", " edn", " edition", " изд.", " издание", "Издание", " izd.", " izdevums"),
    "edition_numbered": ("изд.", "Изд.", "издание", "izd.", "izdevums", "Aufl"),
    "apa": ("(",),
    "apa_volume": (", ",),
    "pages_after": ("lpp", "S.", "p."),
    "pages_colon": ("):",),
    "illustrated": ("ил", "ill", "il."),
    "physical": ("портр", "карт", "табл", "схем", "факс", "фот", "portr", "map", "fig", "tab", "att", "fot"),
    "nvols": (" т.", " тт.", "кн.", "томах", "тамах", "книгах", " ч.", "частях", "vol", "Vols. 1", "sējumos", " Bde.", " Bände", " voll."),
    "volume_after": ("sēj", " t.", "tomas", "kd.", "köide", " Bd."),
    "volume": ("Т.", "т.", "Том", "том", "Vol", "vol", "Bd", "ēj", "Jg", "Jahrg"),
    "volume_bare": ("no.", "№", "Nr.", "nr.", "issue", "("),
    "issue": ("№", "No", "Nо", "no", "Nr", "nr.", "ssue", "Iss", "Heft", "H.", "ып", "б."),
    "part": ("асть", "Части", "Ч.", "ч.", "Кн", "кн", "ып", "Part", "part", "Pt", "pt.", "Book", "Bk", "Daļa"),
    "pages": ("С.", "с.", "S.", "P.", "p.", "pg", "page", "ст", "Ст", "col", "Col", "sl."),
    "part_after": ("daļa", "d.", "grāmata", "grām.", "dalis", "osa", "Teil"),
}


def _gate(name: str, text: str) -> bool:
    for word in _GATES[name]:  # plain substring tests beat one regex alternation here
        if word in text:
            return True
    return False


# Every URL match holds one of these (case-insensitively): a cheap test before the
# costly URL pattern, which tries a domain name at every word.
_URL_HINT = re.compile(r"[hHwW.](?i:(?<=h)ttps?://|(?<=w)ww\.|(?<=\.)(?:com|org|net|edu|gov|int|lv|ru|uk|de|eu|info)/)")


_EMPTY_BRACKETS = re.compile(r"\([ ,.;:]*\)|\[[ ,.;:]*\]")


_AREA_DASH_BEFORE = re.compile(r"(?:\s-\s?|\.\s?-\s?)$")
_YEAR_ONLY = re.compile(YEAR)
def _volume_of_years(st: State, m: re.Match[str]) -> None:
    """The volume and pages around a volume's pair of years; the parenthesis is left for the date."""
    st.add("volume", m.group("vol"), *m.span("vol"))
    st.blank(*m.span("vol"))
    if m.group("a"):
        _add_pages(st, m, "page")
        st.blank(m.end("iss") + 1, m.end())


_YEAR_PAIR = re.compile(r"(1[5-9]\d\d|20\d\d)-(\d{2}|\d{4})")


def _volume_years(text: str) -> bool:
    """A volume that spans two consecutive years gives them in the parentheses where an issue would stand:
    "Proceedings of the Aristotelian Society 57 (1956–57): 1–30" (CMOS 14.171); "(3-4)" stays a double issue."""
    m = _YEAR_PAIR.fullmatch(text)
    if m is None:
        return False
    first, last = m.group(1), m.group(2)
    return int(first[: 4 - len(last)] + last) == int(first) + 1
_COLUMN_ONLY = re.compile(_COLUMN_WORDS)


def _inside_word(w: str, m: re.Match[str], group: int | str = 0) -> bool:
    """A label match that starts inside a word ("Том" in "Атом 5") is no label.

    Checked here rather than with a look-behind in the pattern so the regex
    engine can skip quickly to the label's first letters.
    """
    at = m.start(group)
    return at > 0 and w[at - 1].isalpha() and w[at] != "№"


def _blank_found(st: State, m: re.Match[str], kind: str, value: str, group: str = "v", **extra: str) -> None:
    start, end = m.span(group) if group else m.span()
    st.add(kind, value, start, end, **extra)
    st.blank(*m.span())


def _inside_report_parens(w: str, m: re.Match[str]) -> bool:
    """"(Public Health Service Publication No. 1103)": the series and number fill APA's parentheses after the
    title, which :func:`_report_statements` takes whole (the issuer's words with them)."""
    if w[m.end() : m.end() + 1] != ")":
        return False
    opening = w.rfind("(", max(0, m.start() - 80), m.start())
    if opening == -1 or ")" in w[opening : m.start()]:
        return False
    whole = _PAREN_REPORT.match(w, opening)
    return whole is not None and whole.end() == m.end() + 1


def _report_statements(st: State) -> None:
    """A report's issuer, series and number in APA's parentheses after the title ("(NCES 2019-144)", "(HHS Publication
    No. SMA 17-5044, NSDUH Series H-52)") or as a sentence of their own (Harvard "NICE guideline [NG222].",
    "House of Commons Library Research Briefing CBP-7281.", MLA "Research Division Report 46.")."""
    for m in list(_PAREN_REPORT.finditer(st.w)) if "(" in st.w else []:
        k = m.group("k")
        if not m.group("no") and _YEAR_ONLY.fullmatch(m.group("n")):
            continue  # "(NIPS 2017)": a meeting and its year
        if m.group("no") or _ACRONYM.search(k) or k.endswith(_REPORT_KINDS):
            st.add("report", m.group("n"), m.start(), m.end(), series=k)
            st.blank(*m.span())
    for m in list(_REPORT_SENTENCE.finditer(st.w)) if ". " in st.w else []:
        if m.group("no") or not _YEAR_ONLY.fullmatch(m.group("n")):
            st.add("report", m.group("n").strip("[]"), m.start("k"), m.end(), series=m.group("k"))
            st.blank(m.start("k"), m.end())


def _media_marks(st: State) -> None:
    """An episode's season and number, and APA descriptions of films, art, data and software: notes."""
    for m in list(_EPISODE.finditer(st.w)) if "pisode" in st.w or "Ep." in st.w or "ep." in st.w or "eason " in st.w else []:
        group = "p" if m.group("p") else "c"
        _blank_found(st, m, "note", m.group(group), group=group)
    for m in list(_MEDIA_DESCRIPTION.finditer(st.w)) if "[" in st.w else []:
        _blank_found(st, m, "note", m.group(0), group="")


# GOST 7.1-2003 (7.1.6, note area) describes the work a review reviews in the last area, after the review's host:
# "… — С. 137–143. — Рец. на кн.: Смирнов И. И. Очерки … — М. ; Л., 1958.", 7.0.100-2018 "– Рецензия на книгу: …";
# all of it is the reviewed work's, none the review's (its imprint, year and pages too)
_REVIEWED_WORK = re.compile(
    r"(?<=\.) - \(?(?P<v>(?:Рец\.|Рецензия|Рецензія|Рэц\.|Рэцэнзія) на(?: [^\s:]{1,12})?:? .{3,400}?)\)?\.?\s*$"
)


def _reviewed_work(st: State) -> None:
    m = _REVIEWED_WORK.search(st.w, max(0, st.w.find(" Рец") - 3, st.w.find(" Рэц") - 3))
    if m is not None:
        _blank_found(st, m, "note", st.text(*m.span("v")).rstrip(". "))


def find_identifiers(st: State) -> None:
    """URL, DOI, access/archive dates, ISBN, ISSN, notes."""
    if "Рец" in st.w or "Рэц" in st.w:
        _reviewed_work(st)
    for m in list(_DOI.finditer(st.w)) if _gate("doi", st.w) else []:
        v = m.group("v").rstrip(".,;)")
        st.add("doi", v, m.start("v"), m.start("v") + len(v))
        label = _ADDRESS_LABEL.search(st.w, max(0, m.start() - 20), m.start()) if "vailable" in st.w else None
        st.blank(label.start() if label else m.start(), m.start("v") + len(v))  # Harvard "Available at: https://doi.org/…"
    for m in list(_URL.finditer(st.w)) if _gate("url", st.w) and _URL_HINT.search(st.w) else []:
        v = m.group("v").rstrip(".,;)")
        st.add("url", v, m.start("v"), m.start("v") + len(v))
        online = _ONLINE_LABEL.search(st.w, max(0, m.start() - 14), m.start()) if "saist" in st.w else None
        st.blank(online.start() if online else m.start(), m.start("v") + len(v))  # Latvian "Tiešsaistē: https://…" (online)
    for m in list(_BARE_DOMAIN.finditer(st.w)) if "url" not in st.by_kind and "ccessed " in st.w else []:
        _blank_found(st, m, "url", m.group("v"))
    for m in list(_ARCHIVED.finditer(st.w)) if _gate("archived", st.w) else []:
        _blank_found(st, m, "archived", m.group("v"), archive=m.group("a") or "")
    for m in list(_ACCESSED.finditer(st.w)) if _gate("accessed", st.w) else []:
        _blank_found(st, m, "accessed", m.group("v"))
    for m in list(_ISBN.finditer(st.w)) if _gate("isbn", st.w) else []:
        v = m.group("v").strip(" -")
        if _isbn_digits(v) in (10, 13):
            st.add("isbn", v, m.start("v"), m.start("v") + len(v))
            st.blank(m.start(), m.start("v") + len(v))
    for m in list(_ISBN_BARE.finditer(st.w)) if _gate("isbn_bare", st.w) else []:
        if _isbn13_valid(m.group("v")):
            _blank_found(st, m, "isbn", m.group("v"))
    for m in list(_ISSN.finditer(st.w)) if _gate("issn", st.w) else []:
        _blank_found(st, m, "issn", m.group("v"))
    for m in list(_REPORT.finditer(st.w)) if _gate("report", st.w) else []:
        if _inside_word(st.w, m) or not _report_number(m) or _inside_report_parens(st.w, m):
            continue
        st.add("report", m.group("n"), m.start(), m.end(), series=m.group("k"))
        st.blank(*m.span())
    _report_statements(st)
    for m in list(_REPORT_IN_PARENS.finditer(st.w)) if ")." in st.w and "report" not in st.by_kind else []:
        if m.group("k").split()[-1] not in _NOT_REPORT_SERIES and not _YEAR_ONLY.fullmatch(m.group("n")):  # (not "(March 1965)")
            st.add("report", m.group("n"), m.start("k"), m.end("n"), series=m.group("k"))
            st.blank(*m.span())
    for m in list(_PREPRINT.finditer(st.w)) if "(arXiv:" in st.w else []:
        st.add("report", m.group("n"), m.start("k"), m.end("n"), series=m.group("k"))  # APA "(arXiv:2001.08361)"
        st.blank(*m.span())
    for m in list(_NOTES.finditer(st.w)) if _gate("notes", st.w) else []:
        if _reprint_of_bare_year(st, m):
            continue
        if m.group(0)[1:2].islower() and m.group(0)[:1] == "[" and st.w.endswith(": ", 0, m.start()) and "//" not in st.w[: m.start()]:
            continue  # "Государственный каталог : [сайт]": other title information the cataloguer supplied
        _blank_found(st, m, "note", m.group("v"))
    for m in list(_NOTE_REPRINT.finditer(st.w)) if "; repr" in st.w else []:
        st.add("note", m.group("v"), *m.span("v"), original_year=m.group("o"))  # the reprint's imprint follows
        st.blank(*m.span("v"))
    for m in list(_PUBLISHED_ON.finditer(st.w)) if "ублик" in st.w or "ublicē" in st.w else []:
        _blank_found(st, m, "published", m.group("v"))
    for m in list(_ISSUE_NOTE.finditer(st.w)) if any(k in st.w for k in _ISSUE_NOTE_HINTS) else []:
        _blank_found(st, m, "note", m.group("v").rstrip("."))
    for m in list(_ISSUE_NOTE_SENTENCE.finditer(st.w, max(0, len(st.w) - 160))) if "Реп" in st.w or "Факс" in st.w or "воспр" in st.w else []:
        _blank_found(st, m, "note", m.group("v").rstrip("."))
    for m in list(_CS1_IDS.finditer(st.w)) if any(k in st.w for k in _CS1_ID_KEYS) else []:
        if m.start() == 0 or st.w[m.start() - 2 : m.start()] == ". ":  # a sentence of its own, not APA's "(arXiv:…)"
            _blank_found(st, m, "note", m.group(0).rstrip("."), group="")
    for m in list(_WEB_NOTES.finditer(st.w)) if "odified" in st.w or "Kindle" in st.w or "EPUB" in st.w or "e-book" in st.w else []:
        value = m.group(0).rstrip(". ")
        ebook = value in _EBOOK_FORMATS and st.first("edition") is None
        st.add("edition" if ebook else "note", value, m.start(), m.start() + len(value))  # the format read names the edition
        st.blank(*m.span())
    for m in list(_CS1_MARKS.finditer(st.w)) if " (in " in st.w or "(PDF)" in st.w or "(DOC" in st.w else []:
        _blank_found(st, m, "note", m.group("v"))
    for m in list(_CS1_GENRE.finditer(st.w)) if ")." in st.w else []:
        _blank_found(st, m, "note", m.group("v"))
    for m in list(_PRESENTED_AT.finditer(st.w)) if "presented at" in st.w or "read at" in st.w or "delivered at" in st.w or "ed to " in st.w else []:
        _meeting(st, m)
    for m in list(_NAMED_TALK.finditer(st.w)) if '" ' in st.w and any(k in st.w for k in _NAMED_TALK_GATE) else []:
        _meeting(st, m)
    for m in list(_SITE_KIND.finditer(st.w)) if "(blog)" in st.w or "(podcast)" in st.w or "(newsletter)" in st.w else []:
        _blank_found(st, m, "note", m.group("v"))
    for m in list(TALK_DESCRIPTION.finditer(st.w)) if any(k in st.w for k in _TALK_BRACKET_GATE) else []:
        _blank_found(st, m, "note", m.group(0), group="")
    talk = _MLA_TALK.search(st.w, max(0, len(st.w) - 140)) if st.w.rstrip(" .").endswith(_MLA_TALK_ENDS) else None
    if talk is not None:  # MLA 9: "…, 5 Apr. 2005, Palmer House Hilton, Chicago. Conference presentation."
        if talk.group("venue"):
            st.add("note", talk.group("venue"), *talk.span("venue"))
        _blank_found(st, talk, "note", talk.group("d"), group="d")
    for m in list(_FILMED.finditer(st.w)) if "Filmed " in st.w else []:
        st.add("note", st.s[m.start("at") + 3 : m.end("at")], m.start("at") + 3, m.end("at"))  # the occasion; the date stays to date the talk
        st.blank(m.start(), m.start("d"))
        st.blank(*m.span("at"))
    for m in list(_RUNNING_TIME.finditer(st.w)) if "Video, " in st.w or "audio, " in st.w else []:
        _blank_found(st, m, "note", m.group(0), group="")  # its running time
    for m in list(_USENET_ID.finditer(st.w)) if "Usenet: " in st.w else []:
        _blank_found(st, m, "note", m.group("id"), group="id")  # the message's id after its newsgroup
    for m in list(_CONGRESS.finditer(st.w)) if "Cong." in st.w else []:
        _blank_found(st, m, "note", m.group(0).rstrip("."), group="")
    for m in list(_CS1_ACCESS.finditer(st.w)) if "- via " in st.w or "required" in st.w else []:
        _blank_found(st, m, "note", m.group(0).strip("()- "), group="")
    _media_marks(st)
    occasion = _OCCASION.search(st.w) if "Speech" in st.w or "Lecture" in st.w or "Address" in st.w else None
    if occasion is not None and month_number(occasion.group("m")):  # Harvard: "Speech to …. Bruges, 20 September."
        st.add("note", occasion.group("v"), *occasion.span("v"))
        st.blank(occasion.start("v"), occasion.end())
    holding = _HOLDING.search(st.w, max(0, len(st.w) - 160)) if st.w.rstrip(" .")[-1:].isalpha() else None
    if holding is not None and _HOLDING_WORDS.search(holding.group("v")):  # MLA 9: "The Two Fridas. 1939. Museo de Arte Moderno, Mexico City."
        _blank_found(st, holding, "repository", holding.group("v"))
    original = _ORIGINAL_DATE_AFTER_TITLE.search(st.w) if '." ' in st.w else None
    if original is not None:  # MLA 9: "“To George and Tom Keats.” 21 Dec. 1817. Letters of John Keats, edited by …"
        st.entry.extra["original_year"] = original.group("y")
        st.blank(original.start("d"), original.end())
    for m in list(_SUB_VERBO.finditer(st.w)) if "s.v." in st.w else []:
        group = "q" if m.group("q") is not None else "v"
        _blank_found(st, m, "sub_verbo", m.group(group), group=group)
    for m in list(_NO_IMPRINT.finditer(st.w)) if "[" in st.w or "n.d" in st.w or "s.a" in st.w or "(no date)" in st.w or "(in press)" in st.w else []:
        _blank_found(st, m, "note", m.group(0).strip("()"), group="")  # "[Б. м.]", "[s. n.]", "(n.d.)"
    for m in list(_NO_IMPRINT_BARE.finditer(st.w)) if "б. " in st.w or "Б. м" in st.w or "б.г" in st.w or "Б.м" in st.w else []:
        _blank_found(st, m, "note", m.group(0), group="")  # Soviet "Б. м., 1920", "М., б. г."
    for m in list(_ARCHIVE_RU.finditer(st.w)) if _gate("archive_ru", st.w) else []:
        _archive_signature(st, m)
    for m in list(_ARCHIVE_SIGNATURE.finditer(st.w)) if _gate("archive", st.w) else []:
        _blank_found(st, m, "signature", m.group(0).strip(" ."), group="")  # "Ф. Р-7021. Оп. 93. Д. 1. Л. 5–10."
        _repository_before(st, m.start())
        leaves = _LV_LEAVES.search(m.group(0)) if "lp" in m.group(0) else None
        if leaves is not None:  # "3.–5. lp.": the leaves are the pages
            a, b = m.start() + leaves.start("a"), m.start() + (leaves.end("b") if leaves.group("b") else leaves.end("a"))
            st.add("pages", leaves.group("a"), a, b, last=leaves.group("b") or "", unit="page")
    inventory = _INVENTORY.search(st.w, max(0, len(st.w) - 40)) if "signature" not in st.by_kind and st.w.rstrip(" .")[-1:].isdigit() else None
    if inventory is not None and inventory.group("r") not in _NOT_REPOSITORIES:
        _blank_found(st, inventory, "signature", inventory.group(0).strip(" ."), group="")  # a museum's item: "RTMM 62417"
        _repository_before(st, inventory.start())  # "Rakstniecības un mūzikas muzejs, RTMM 62418."
    for m in list(_THESIS.finditer(st.w)) if _gate("thesis", st.w) else []:
        group = next(g for g in ("g1", "g2", "g3", "g4", "g5", "g6") if m.group(g))
        st.add("thesis", st.text(*m.span(group)), *m.span(group))
        if m.group("u"):
            st.add("university", m.group("u"), *m.span("u"))
        st.blank(*m.span())
        if m.group("g2") or m.group("g6"):
            _thesis_university(st, m.start(), m.end())
        if st.w[m.start() - 1 : m.start()] == "(" and st.w[m.end() : m.end() + 1] == ")":
            st.blank(m.start() - 1, m.end() + 1)  # Wikipedia {{cite thesis}}: "Title (PhD thesis). University."
    if " [" in st.w:
        _translated_titles(st)
    if "): " in st.w:
        for m in list(_ISSUE_WITHOUT_VOLUME.finditer(st.w)):
            if _ROMAN_WORD.fullmatch(st.w[: m.start()].rsplit(" ", 1)[-1]):
                continue  # "Mind. LIX (236): 433–460": the issue of a volume in Roman numerals, read below
            st.add("issue", m.group("n"), *m.span("n"))
            st.blank(m.start("n") - 1, m.end("n") + 1)
    if "Series " in st.w:
        for m in list(_NAMED_SERIES.finditer(st.w)):
            st.add("series", m.group("s"), *m.span("s"), number=m.group("n"))
            st.blank(*m.span())
    if "script" in st.w or "Unpublished" in st.w:
        for m in list(_UNPUBLISHED.finditer(st.w)):
            _blank_found(st, m, "note", m.group("v"))
            if m.group("d") and st.entry.date is None:  # the manuscript's date: no imprint, no host
                st.entry.date = parse_date(m.group("d"))
                st.entry.spans["date"] = Span(*m.span("d"))
    if "Review of " in st.w:
        for m in list(_REVIEW_OF.finditer(st.w)):
            _blank_found(st, m, "note", m.group("v"))
    if "etter to the " in st.w:
        for m in list(_LETTER_DESCRIPTION.finditer(st.w)):
            _blank_found(st, m, "note", m.group("v"))
    if "required)" in st.w or "dead link]" in st.w:
        for m in list(_CS1_MAINTENANCE.finditer(st.w)):
            _blank_found(st, m, "note", m.group("v"))
    if " (" in st.w and ")" in st.w:
        for m in list(_CS1_TYPE.finditer(st.w)):
            if m.group("t"):
                _blank_found(st, m, "thesis", m.group("t"), group="t")
            else:
                _blank_found(st, m, "note", m.group(0).strip(" ."), group="")


# A translation of the title in square brackets after the original one (CMOS 11.6, 14.98; Wikipedia's
# |trans-title=): "Problemy tvorchestva Dostoevskogo [Problems of Dostoevsky’s art]", '"Vēsture" [History].'
# (A bracket before a colon or a year is a supplied place or date: "[Moscow]: Progress", "[Rīga], 1990".)
_TRANSLATION = re.compile(rf"(?<=[{LETTER}\d\"”’'.)]) +\[(?P<v>[A-Z][^\[\]]{{1,200}}?)\](?=[.,;]? +\(| *[.;]|,(?! ?\d)| *$)")
# Chicago (CMOS 14.215) names the book a review discusses after the review's title: "“Doctor Life and His
# Guardian Angel.” Review of Doctor Zhivago, by Boris Pasternak. New Yorker, …" (initials keep their periods)
_REVIEW_OF = re.compile(
    r"(?<=[.,”\"] )(?P<v>Review of [^.]{2,200}?, (?:by|directed by|edited by) (?:[^.]|(?<![^ .][^ .])\.){2,120}?(?<=[a-z]{2}))\.(?= |$)"
)
# CMOS 14.196 and MLA 9 (5.22) describe an untitled letter to a periodical in plain text where its title would stand:
# "Ruskin, John. Letter to the editor. Times (London), May 13, 1851."; Chicago may name the editor ("Letter to the
# editor of the Nation") and APA puts the same words in brackets (read with the translations below).
_LETTER_DESCRIPTION = re.compile(
    r"(?<=[.,”\"] )(?P<v>(?:Letter|Open letter|Letters) to the [Ee]ditors?(?: of (?:the )?[A-Z][^.,]{1,60})?)[.,](?= [A-Z\"“])"
)
# Wikipedia (CS1) writes an issue without a volume in parentheses after the journal: "Past & Present (5): 33–53."
_ROMAN_WORD = re.compile(ROMAN)
_ISSUE_WITHOUT_VOLUME = re.compile(rf"(?<=[{LETTER}]) \((?P<n>\d{{1,3}})\): (?=\d)")
# CMOS 14.123: a series that calls itself one, with its number, in a sentence of its own between the title and the
# imprint: "The Nude: A Study in Ideal Form. Bollingen Series 35, no. 2. New York: …"
_NAMED_SERIES = re.compile(
    rf"(?<=\. )(?P<s>[{UP}][{LETTER}'’-]*(?: [{UP}][{LETTER}'’-]*){{0,5}} Series) (?P<n>\d{{1,4}}(?:, no\. \d{{1,4}})?)(?=\. [{UP}]|\.?$)"
)  # (MLA 9 closes the reference with it: "Heinemann, 1958. African Writers Series 1.")
# CMOS 14.225: an unpublished manuscript says so after its quoted title ("… Intelligence.” Unpublished manuscript, August 31, 1955.")
_UNPUBLISHED = re.compile(
    rf"(?<=[.”\"] )(?P<v>Unpublished (?:manuscript|typescript|paper)|Typescript|Manuscript)(?:, (?P<d>{DATE_ANY}|{_MONTHS_EN} {YEAR}|{YEAR}))?(?=[,.] |\.?$)"
)
# CS1 maintenance marks that say nothing of the work: "(subscription required)", "[permanent dead link]"
_CS1_MAINTENANCE = re.compile(r" ?[\[(](?P<v>(?:[Ss]ubscription|[Rr]egistration) required|permanent dead link|dead link)[\])]")
# Wikipedia (CS1) |type= of the work in parentheses after its title: "(Report)", "(Thèse de doctorat)",
# "(Television documentary series)" ({{cite report}}, {{cite thesis}}, {{cite AV media}})
_CS1_TYPE = re.compile(
    r"(?<=[\w\"”).]) +\((?:Report|Technical report|White paper|Working paper|Discussion paper"
    r"|(?P<t>Thèse de doctorat|Doktorarbeit|Dissertation|Habilitationsschrift|Doctoral thesis|Doctoral dissertation)"
    r"|Motion picture|Film|Documentary|Documentary film|Television (?:documentary|production|series|documentary series|broadcast)"
    r"|Radio broadcast|Audio recording|Video|Speech|Podcast"
    r"|Letter to the [Ee]ditors?|Letter|Open letter|Editorial|Obituary|Book review|Review|Interview|Op-ed|Opinion)\)(?=[ .,]|$)"
)


# APA's bracketed description of a review or a letter, after its title or in its place: no translation of a title
_REVIEW_DESCRIPTION = re.compile(r"(?:Review of|Letter to the editor|Comment on|Reply to) ")


def _translated_titles(st: State) -> None:
    for m in list(_TRANSLATION.finditer(st.w)):
        if _REVIEW_DESCRIPTION.match(m.group("v")):
            _blank_found(st, m, "note", m.group("v"))  # APA 7 (10.7): "Mind games [Review of the book …, by …]" describes the work
        elif detect_language(m.group("v")) in (None, "en"):
            _blank_found(st, m, "translation", m.group("v"))


# CMOS 14.114 in a note: the first edition's year, then the reprint's imprint in the same parentheses:
# "(1849; repr., New York: Penguin Books, 1982)", "(London, 1792; repr. New York: Dover, 1996)"
_NOTE_REPRINT = re.compile(
    rf"(?<=\()(?P<v>(?:[A-Z][^();,]{{1,40}}, )?(?P<o>{YEAR}); (?:repr\.|reprint|reprinted),?)(?= [^()]{{1,120}}{YEAR}\))"
)
_BARE_YEAR_BEFORE = re.compile(rf"\. {YEAR}\. $")


def _reprint_of_bare_year(st: State, m: re.Match[str]) -> bool:
    """"Title. 1926. Reprint, New York: Mentor, 1947." (CMOS 14.114): with only the original year
    given, the reprint's imprint is the one cited; only the word "Reprint" is a note."""
    start = m.start("v")
    if not st.w.startswith("Repr", start) or not _BARE_YEAR_BEFORE.search(st.w, max(0, start - 8), start):
        return False
    word = st.w.find(" ", start)
    st.add("note", st.w[start:word].rstrip(","), start, word)
    st.blank(start, word)
    return True


# the university around a thesis designation: Chicago "(PhD diss., Harvard University, 1962)",
# MLA "1974. Brandeis U, PhD dissertation."
_UNIVERSITY_AFTER = re.compile(rf" ?(?P<u>[{UP}][^,.;()\d]{{2,80}}?), (?:[{UP}][^,.;()\d]*, )?{YEAR}(?!\d)")
_UNIVERSITY_BEFORE = re.compile(rf"(?<=\. )(?P<u>[{UP}][^,.;()\d]{{2,80}}?), $")


def _thesis_university(st: State, start: int, end: int) -> None:
    after = _UNIVERSITY_AFTER.match(st.w, end)
    before = None if after else _UNIVERSITY_BEFORE.search(st.w, max(0, start - 82), start)
    found = after or before
    if found is not None and st.first("university") is None and (after is None or _UNIVERSITY.search(found.group("u"))):
        st.add("university", found.group("u"), *found.span("u"))
        if before is not None:
            st.blank(*found.span("u"))  # (a university before a year is left for the imprint to read)


_UNIVERSITY = re.compile(r"Univ|College|Institut|School|Academy|\bU\b|Universit|Hochschule|École|Sorbonne")


def _archive_signature(st: State, m: re.Match[str]) -> None:
    """Fond, inventory, file and leaves; the leaves are the pages, the repository before is kept."""
    _blank_found(st, m, "signature", m.group(0).strip(" ."), group="")
    if m.group("a"):
        st.add("pages", m.group("a"), m.start("a"), m.end("b") if m.group("b") else m.end("a"), last=m.group("b") or "", unit="page")
    _repository_before(st, m.start())


def _repository_before(st: State, at: int) -> None:
    """The archive named right before a signature ("ГАРФ.", "— ОР ГБЛ,", "LVVA,"): an acronym."""
    holder = _REPOSITORY.search(st.w, max(0, at - 88), at)
    if holder is None and ")" in st.w[max(0, at - 4) : at]:
        holder = _REPOSITORY_SPELT.match(st.w, 0, at)  # "Latvijas Nacionālais arhīvs, Latvijas Valsts arhīvs (LNA LVA),"
    if holder is None:
        holder = _REPOSITORY_ACRONYM.search(st.w, max(0, at - 24), at)
    name = holder.group("r").strip() if holder is not None else ""
    if holder is not None and name and (name.split()[0].isupper() or looks_like_organisation(name)):
        _blank_found(st, holder, "repository", name, group="r")  # (or "Государственный архив … (ГАРФ).")


def _report_number(m: re.Match[str]) -> bool:
    """A report number, not a year in a title ("Human Development Report 1990")."""
    kind = m.group("k")
    if not m.group("no").strip():
        if kind.endswith(("Report", "Publication")) and " " not in kind.strip():
            return False  # "Report 12": too loose without "No." (APA "NIH Publication No. 18-2059" has it)
        if _YEAR_ONLY.fullmatch(m.group("n")) and not kind.isupper() and not kind.endswith("."):
            return False
    return True


def _isbn_digits(value: str) -> int:
    return sum(1 for c in value if c.isdigit() or c in "Xx")


def _isbn13_valid(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 13:
        return False
    return sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


_SERIES_WRAPPER = re.compile(r'\s*(?:[Сс]ерия|[Сс]ер\.|[Ss]ērija|[Ss]eries|[Rr]eihe)[:.]? *["«„“]?(?P<n>[^"«»„“”]+?)["»“”]?\s*$')
_NUMBERS_ONLY = re.compile(r"\s*[\d\s,-]+\s*")
_SERIES_NUMBER = re.compile(rf"\s*(?:вып\.|No\.|№|nr\.)?\s*(?:\d+|{ROMAN})\s*")  # Soviet "(Труды по знаковым системам, I)"
_PARTS_WORD = re.compile(r"\bч\.|част")


def find_extent(st: State) -> None:
    """Series, edition, page ranges, totals, illustrations, volumes, parts, issues."""
    last_end = -1
    if any(g in st.w for g in _JOURNAL_SERIES_GATE):
        _journal_series(st)
    for m in list(_DOT_NUMBERED_SERIES.finditer(st.w, max(0, len(st.w) - 260))) if st.w.rstrip(" .")[-1:] == ")" and any(k in st.w for k in _DOT_NUMBERED_GATE) else []:
        st.add("series", m.group("n"), *m.span("n"), number=m.group("k"))  # Soviet "(Жизнь замечательных людей. Вып. 12 (322))"
        st.blank(*m.span())
    for m in list(_SERIES.finditer(st.w)) if _series_possible(st.w) else []:
        group = next(g for g in ("v", "end", "numbered", "comma_numbered", "after_extent", "labelled", "more", "after_pages") if m.group(g))
        if group == "more" and m.start() != last_end:
            continue  # (only right after a series: "(Title) (1941–1945)" is no pair of series)
        last_end = m.end(group) + 1
        inner = m.group(group)
        if _NUMBERS_ONLY.fullmatch(inner):
            continue
        name, _, number = inner.rpartition(",") if group in ("comma_numbered", "after_pages") else inner.partition(";")
        if not number:
            name2, sep, num2 = inner.rpartition(",")
            if sep and _SERIES_NUMBER.fullmatch(num2):
                name, number = name2, num2
        start = m.start(group)
        wrapper = _SERIES_WRAPPER.match(name) if "ер" in name or "eri" in name or "ērij" in name or "Reihe" in name else None
        if wrapper and not _series_word_in_name(wrapper):
            wrapper = None  # "Серия литературных мемуаров": the word is part of the name
        if wrapper:  # "Серия «Жизнь замечательных людей»": the series is the quoted name
            start += wrapper.start("n")
            name = wrapper.group("n")
        st.add("series", name, start, start + len(name.rstrip()), number=number.strip())
        st.blank(m.start(), m.end())
    if "Серия" in st.w or "Sērija" in st.w or "Series" in st.w:
        _series_sentence(st)
    if ")" in st.w and not st.first("series"):
        _series_after_publisher(st)
    for finder in _EXTENT_FINDERS:
        finder(st)
    for m in list(_EMPTY_BRACKETS.finditer(st.w)) if _gate("series", st.w) or "[" in st.w else []:
        st.blank(*m.span())  # "(2nd ed.)" once the edition is taken


# A journal that restarted its volume numbers names the run before the volume: "n.s." / "new ser." / "New Series",
# "o.s.", "3rd ser." / "ser. 3" / "Third Series", German "N.F." / "Neue Folge" (CMOS 14.180, MLA 9 5.69, Wikipedia's
# |series=). The volume alone identifies the issue within the run, so the marker is consumed and left unlabelled.
_JOURNAL_SERIES_GATE = ("n.s.", "N.S.", "o.s.", "ser.", "Ser.", "eries", "N.F.", "Neue Folge", "new ser", "old ser")
_JOURNAL_SERIES = re.compile(
    r"(?<=[\w)’'])(?P<sep>[,.]) (?P<m>[nNoO]\. ?[sS]\.|N\. ?F\.|Neue Folge|(?:[Nn]ew|[Oo]ld) ser(?:\.|ies)"
    r"|(?:\d(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh) [Ss]er(?:\.|ies)"
    r"|[Ss]er(?:\.|ies) \d{1,2}|(?:New|Old|First|Second|Third|Fourth|Fifth|Sixth|Seventh) Series)"
    r"(?=[.,]? (?:[Vv]ol\. ?)?(?:\d|[IVXLC]+\b))"
)


# the volume right after the marker, followed by its issue or a comma: CMOS ", 3rd ser., 24, no. 1 (January 1967)"
_VOLUME_AFTER_SERIES = re.compile(r"[.,]? (?P<v>\d{1,4})(?=, )")


def _journal_series(st: State) -> None:
    for m in list(_JOURNAL_SERIES.finditer(st.w)):
        st.blank(m.start("sep") + 1, m.end("m") + (1 if st.w[m.end("m") : m.end("m") + 1] in ".," else 0))
        volume = _VOLUME_AFTER_SERIES.match(st.s, m.end("m"))
        if volume is not None and st.first("volume") is None:
            st.add("volume", volume.group("v"), *volume.span("v"))
            st.blank(*volume.span("v"))


# the series as the last sentence, labelled and quoted: "Rīga: Dienas Grāmata, 2014. Sērija „Mēs. Latvija, XX gadsimts”."
_SERIES_LAST = re.compile(r'(?<=[.,] )(?:Серия|Sērija|Series):? ["«„“](?P<n>[^"«»„“”]{2,200})["»“”]\.?\s*$')


def _series_sentence(st: State) -> None:
    m = _SERIES_LAST.search(st.w)
    if m is not None and not st.first("series"):
        _blank_found(st, m, "series", m.group("n"), group="n")


# Harvard (Cite Them Right) puts a book's series, with its number, in parentheses after the publisher:
# "London: Fontana (Fontana History of Europe).", "Neuwied: Luchterhand (Politica, 4).", a chapter's pages after it:
# "Princeton, NJ: Princeton University Press (Studies in Political Development, 8), pp. 3–83."
_SERIES_AFTER_PUBLISHER = re.compile(
    rf"(?<=[{LETTER}.]) \((?P<s>[{UP}][^()\d:]{{1,150}}?)(?:, ?(?P<n>(?:[Nn]o\. ?|[Vv]ol\. ?)?\d{{1,3}}|{ROMAN}))?\)(?=\.?\s*$|, pp?\. ?\d)"
)
# the imprint the parenthesis follows: a short place, a colon, a publisher without digits or sentence stops
_IMPRINT_BEFORE_SERIES = re.compile(rf"[{UP}][{LETTER}.'’-]*(?:,? [{UP}][{LETTER}.'’-]*){{0,3}}: [{UP}][^\d.:;()]{{1,80}}")
# what such a parenthesis may say instead of a series: a language, a thesis or a work's kind, a reprint
_NOT_A_SERIES = re.compile(r"^[Ii]n [A-Z]|thesis|[Dd]issertation|[Rr]eprint|[Pp]ublished|[Oo]riginal|[Ee]dition|[Rr]eport|[Pp]aper")


def _series_after_publisher(st: State) -> None:
    tail = st.w.rstrip(" .")
    if not (tail.endswith(")") or "), p" in st.w):
        return
    m = _SERIES_AFTER_PUBLISHER.search(st.w, max(0, len(tail) - 200))
    if m is None or _NOT_A_SERIES.search(m.group("s")):
        return
    stop = max(st.w.rfind(". ", 0, m.start()), st.w.rfind(") ", 0, m.start()), st.w.rfind(", in ", 0, m.start()))
    imprint = st.w[stop + 2 if stop >= 0 else 0 : m.start()].strip()
    if not _IMPRINT_BEFORE_SERIES.fullmatch(imprint):
        return
    st.add("series", m.group("s"), *m.span("s"), number=(m.group("n") or "").strip())
    st.blank(*m.span())


def _series_word_in_name(wrapper: re.Match[str]) -> bool:
    """Whether "Серия" / "Series" labels the name after it: not when a lower-case word follows
    without a colon or a quote ("Серия литературных мемуаров", "Series of Lectures")."""
    label = wrapper.group(0)[: wrapper.start("n") - wrapper.start()]
    return not wrapper.group("n")[:1].islower() or any(mark in label for mark in ':."«„“')


def _series_possible(w: str) -> bool:
    """Whether ``_SERIES`` can match: it needs "-(" / "- (" or a parenthesis that ends the text."""
    if "-(" in w or "- (" in w:
        return True
    tail = w.rstrip()
    if tail.endswith("."):
        tail = tail[:-1].rstrip()
    return tail.endswith(")")


def _editions(st: State) -> None:
    if _gate("edition_statement", st.w):
        pattern = _EDITION
    elif _gate("edition_numbered", st.w):
        pattern = _EDITION_NUMBERED_ONLY
    else:
        return
    for m in list(pattern.finditer(st.w)):
        if _inside_word(st.w, m):
            continue
        spelt = m.group("o") or m.group("o2") if pattern is _EDITION else None
        if spelt and st.w[: m.start()].rstrip()[-1:] not in ("", ".", ",", ";", ":", "(", "-"):
            continue  # "The first edition of Hamlet": words of a title, not an edition statement
        # the number ("a" … "d"), a spelt-out ordinal's number, or the statement ("e")
        value = str(ordinals()[spelt.lower()]) if spelt else next(g for g in m.groups() if g)
        st.add("edition", value, m.start(), m.end())
        st.blank(*m.span())
        if st.w.startswith(", ", m.end()) and st.s[m.start() - 2 : m.start()] == ". " and _IMPRINT_AFTER_VOLUME.match(st.w, m.end()):
            st.blank(m.end(), m.end() + 1)  # MLA "Orientalism. 25th anniversary ed., Vintage Books, 2003."


# A remark after an edition's number in the work's own language: Ukrainian "переробл. та розшир.", "випр. і доп.",
# Belarusian "дап.", Polish "popr. i uzup." (abbreviations joined by "and")
_OTHER_REMARK = r"(?:,? [a-zа-яіїєґўąćęłńóśźż]{2,12}\.(?: (?:та|і|й|и|i|a) [a-zа-яіїєґўąćęłńóśźż]{2,12}\.)*)?"
# Editions written in the language of a foreign work, with the ordinal that language writes: Ukrainian "2-ге вид.",
# "3-тє вид.", "Вид. 4-е", Belarusian "2-е выд.", "Выд. 3-е", Polish "Wyd. 2", Czech and Polish "2. vyd.", "2. wyd.",
# Estonian "2. tr." (trükk), Lithuanian "2-asis leid.", French "2e éd."
_EDITION_OTHER = re.compile(
    r"(?<![\w.])(?:(?P<a>\d+)-?(?:ге|гє|тє|те|ме|ше|е|є)? ?(?:вид\.|видання|выд\.|выданне)"
    r"|[Вв](?:ид|ыд)\. ?(?P<b>\d+)-?(?:ге|гє|тє|те|ме|ше|е|є)?(?![\w])"
    r"|[Ww]yd\. ?(?P<c>\d+)(?![\w.])"
    r"|(?P<d>\d+)\. ?(?:wyd\.|wydanie|vyd\.|vydání|tr\.|trükk)"
    r"|(?P<e>\d+)-(?:asis|oji) (?:leid\.|leidimas|laida)"
    r"|(?P<f>\d+)e (?:éd\.|édition))"
    + _OTHER_REMARK
)
_EDITION_OTHER_GATE = ("ид.", "ыд.", "идання", "ыданне", "yd.", "wydanie", "vydání", "tr.", "trükk", "leid", "laida", "éd")


def _other_editions(st: State) -> None:
    """An edition statement in another language's words (``_EDITION_OTHER``), as GOST 7.1 transcribes it from the
    work itself; the Russian, Latvian, English and German forms are ``_editions``'."""
    if st.first("edition") is not None or not any(g in st.w for g in _EDITION_OTHER_GATE):
        return
    for m in list(_EDITION_OTHER.finditer(st.w)):
        st.add("edition", next(g for g in m.groups() if g), m.start(), m.end())
        st.blank(*m.span())
        return


def _inside_quotes(w: str, at: int) -> bool:
    """Whether ``at`` lies between an opening and a closing double quote (an odd number of them before it)."""
    return w.count('"', 0, at) % 2 == 1 and '"' in w[at:]


def _periodical_running_number(st: State, issue: Found, start: int, running: re.Match[str]) -> None:
    """A Russian periodical numbers its issues within the year and from its first issue, and designates an issue by
    both: "№ 3 (101)", "№ 21 (63)" (GOST 7.1-2003, 6.2.2); the designation is kept as written, the running number
    after the yearly one (a serial's "Вып. 14 (21)" keeps its running number apart, see above)."""
    issue.value = st.text(start, running.end())
    issue.end = running.end()
    st.blank(*running.span())


def _pages(st: State) -> None:
    for m in list(_ROMAN_VOL_ISSUE.finditer(st.w)) if "): " in st.w else []:
        st.add("volume", m.group("vol"), *m.span("vol"))  # Wikipedia "Mind. LIX (236): 433–460."
        st.add("issue", m.group("iss"), *m.span("iss"))
        _add_pages(st, m, "page")
        st.blank(*m.span())
    for m in list(_VOL_ISSUE_APA.finditer(st.w)) if _gate("apa", st.w) else []:
        if _volume_years(m.group("iss")) and not _LABEL_BEFORE.search(st.w, max(0, m.start() - 8), m.start()):
            _volume_of_years(st, m)
            continue
        if _YEAR_ONLY.fullmatch(m.group("iss")) or _LABEL_BEFORE.search(st.w, max(0, m.start() - 8), m.start()):
            continue
        st.add("volume", m.group("vol"), *m.span("vol"))
        st.add("issue", m.group("iss"), *m.span("iss"), apa="1")
        if m.group("a"):
            _add_pages(st, m, "page")
        elif m.group("art") or m.group("art2"):
            group = "art" if m.group("art") else "art2"
            st.add("article_number", m.group(group), *m.span(group))
        st.blank(*m.span())
    for m in list(_ISSUE_ONLY_APA.finditer(st.w)) if ", (" in st.w else []:
        st.add("issue", m.group("iss"), *m.span("iss"), apa="1")
        st.blank(m.start() + 1, m.end())
    for m in list(_ISSUE_AFTER_YEAR.finditer(st.w)) if ", (" in st.w or ". (" in st.w else []:
        st.add("issue", m.group("iss"), *m.span("iss"), apa="1")
        st.blank(m.start("iss") - 1, m.end("iss") + 1)
    section = _SECTION_PAGES.search(st.w, max(0, len(st.w) - 24))  # (only the last characters are tried)
    if section is not None and st.first("pages") is None:
        end = section.end("b") if section.group("b") else section.end("a")
        st.add("pages", section.group("a"), section.start("a"), end, last=section.group("b") or "", unit="page")
        st.blank(section.start(), section.end("more") if section.group("more") else end)  # (a range holds one first page)
    for m in list(_VOL_PAGES_APA.finditer(st.w)) if _gate("apa_volume", st.w) else []:
        st.add("volume", m.group("vol"), *m.span("vol"), apa="1")  # "Journal Name, 12, 45–67."
        if m.group("art"):
            st.add("article_number", m.group("art"), *m.span("art"))  # "Frontiers in Psychology, 12, Article 1234."
        else:
            _add_pages(st, m, "page")
        st.blank(*m.span())
    for m in list(_VOL_PP.finditer(st.w)) if ", p" in st.w else []:
        st.add("volume", m.group("vol"), *m.span("vol"), apa="1")  # Harvard "Nature, 586, p. 7."
        _add_pages(st, m, "page")
        st.blank(*m.span())
    for m in list(_PAGES.finditer(st.w)) if _gate("pages", st.w) else []:
        if _inside_word(st.w, m):
            continue
        if len(m.group("w")) == 2 and m.group("w")[0].isupper() and _NAME_BEFORE.search(st.w, 0, m.start()):
            continue  # "Thomas S. 1962": a middle initial, not "S." for pages
        if m.group("w") == "ст." and st.w.endswith("сб. ", 0, m.start()):
            continue  # "сб. ст. 1909–1910": a collection of articles (статей) and its years, not columns
        if (m.group("w") == "Ст." and _ISSUE_AREA_BEFORE.search(st.w, max(0, m.start() - 16), m.start())) or (
            m.group("w") == "ст." and _ISSUE_COMMA_BEFORE.search(st.w, max(0, m.start() - 12), m.start())  # Soviet "№ 22, ст. 355."
        ):
            # "— № 32. — Ст. 3301.": a law gazette numbers its articles (статья), not columns (стб.)
            st.add("article_number", m.group("a"), *m.span("a"))
            st.blank(*m.span())
            continue
        unit = "column" if _COLUMN_ONLY.fullmatch(m.group("w")) else "page"
        _add_pages(st, m, unit)
        st.blank(*m.span())
    for m in list(_PAGES_AFTER.finditer(st.w)) if _gate("pages_after", st.w) else []:
        _add_pages(st, m, "page")
        st.blank(*m.span())
    for m in list(_PAGE_ORDINAL.finditer(st.w)) if "lpp" in st.w else []:
        _add_pages(st, m, "page")  # "612. lpp.": an ordinal page is a locator, "250 lpp." a total
        st.blank(*m.span())
    for m in list(_COLUMNS_AFTER.finditer(st.w)) if " sl." in st.w else []:
        _add_pages(st, m, "column")
        st.blank(*m.span())
    for m in list(_PAGES_COLON.finditer(st.w)) if _gate("pages_colon", st.w) else []:
        if m.group("art"):  # an electronic article number (Wikipedia "6 (12): eaax1234")
            st.add("article_number", m.group("art"), *m.span("art"))
            st.blank(m.start("art"), m.end())
            continue
        _add_pages(st, m, "page")
        st.blank(m.start("a"), m.end())
    if st.first("pages") is None and "), " in st.w:
        _note_pages(st)
    if st.first("pages") is None and st.w.rstrip(" .")[-1:].isdigit():
        _dated_pages(st)
    if st.first("pages") is None and "In " in st.w:
        _host_page(st)
    if st.first("pages") is None and ": " in st.w and (", i" in st.w or ", v" in st.w or ", x" in st.w or ":x" in st.w or ":v" in st.w or ":i" in st.w):
        _front_matter_pages(st)
    if st.first("pages") is None and ":" in st.w and ", " in st.w:
        _volume_colon_pages(st)
    if st.first("pages") is None and ":" in st.w:
        _journal_volume_pages(st)
    if st.first("pages") is None and ": " in st.w and "-" in st.w:
        _cs1_volume_pages(st)
    if st.first("pages") is None and "-" in st.w:
        for m in _PAGES_BARE.finditer(st.w):
            if not _YEAR_ONLY.fullmatch(m.group("a")) and not (len(m.group("a")) == len(m.group("b")) == 4) and not _period_range(m):
                _add_pages(st, m, "page")
                st.blank(*m.span())
                _volume_before_colon(st, m.start())
                break


def _period_range(m: re.Match[str]) -> bool:
    """"Medieval Civilization, 400–1500": a title's period from a year before 1000 to a later one, not the
    pages (no piece runs for hundreds of pages with no "pp." before them)."""
    a, b = m.group("a"), m.group("b")
    return len(a) == 3 and len(b) == 4 and b[0] in "12" and int(b) - int(a) >= 100


# Chicago bibliography, a one-page piece in a book: "In The Complete Poems, 1927–1979, 178. New York: Farrar, …"
_HOST_PAGE = re.compile(rf", (?P<a>\d{{1,4}})(?P<b>)\. (?=[{UP}][^.,:;]{{1,40}}(?:, [{UP}][^.,:;]{{1,20}})?: )")


def _host_page(st: State) -> None:
    """The page of a piece cited in its host, right before the imprint ("Place: Publisher")."""
    m = _HOST_PAGE.search(st.w, st.w.find("In "))
    if m is not None and not _YEAR_ONLY.fullmatch(m.group("a")):
        _add_pages(st, m, "page")
        st.blank(m.start("a"), m.end("a"))


# Wikipedia {{cite journal}} without an issue, the volume as a sentence of its own: "… de l'Académie des sciences.
# 140: 1504–1508." (after the volume's colon, four-digit numbers are pages, not a span of years)
_CS1_VOLUME_PAGES = re.compile(r"(?:(?<=[^\W\d]{3}[.)] )|(?<=[) ]\. ))(?<![Nn]o\. )(?P<vol>\d{1,4}): (?P<a>\d{1,5})-(?P<b>\d{1,5})(?=\.?\s*$|\. )")


def _cs1_volume_pages(st: State) -> None:
    m = _CS1_VOLUME_PAGES.search(st.w)
    if m is None or st.first("volume") is not None or int(m.group("b")) < int(m.group("a")):
        return
    st.add("volume", m.group("vol"), *m.span("vol"))
    _add_pages(st, m, "page")
    st.blank(*m.span())


# CMOS 14.110: a foreword or an introduction is paged in roman numerals, cited before the imprint like any chapter's
# pages, with the volume of a set before a colon: "…, edited by Ranajit Guha …, v–x. New York: …", "…, 1:xiii–xxvii. Stuttgart: …"
_FRONT_MATTER_PAGES = re.compile(
    rf", (?:(?P<vol>\d{{1,2}}):)?(?P<a>[ivxlc]{{1,7}})(?:-(?P<b>[ivxlc]{{1,7}}))?\. (?=[{UP}][^.,:;]{{1,40}}(?:, [{UP}][^.,:;]{{1,20}})?: )"
)


def _front_matter_pages(st: State) -> None:
    m = _FRONT_MATTER_PAGES.search(st.w)
    if m is None:
        return
    if m.group("vol") and st.first("volume") is None:
        st.add("volume", m.group("vol"), *m.span("vol"))
    _add_pages(st, m, "page")
    st.blank(m.start() + 1, m.end() - 2)


# Chicago, a part of one volume of a set: "…, edited by Lawrence D. Kritzman, 1:1–20. New York: …" (CMOS 14.116)
_VOLUME_COLON_PAGES = re.compile(r", (?P<vol>\d{1,2}):(?P<a>\d{1,4})(?:-(?P<b>\d{1,4}))?(?=\. [A-Z])")


def _volume_colon_pages(st: State) -> None:
    m = _VOLUME_COLON_PAGES.search(st.w)
    if m is not None and st.first("volume") is None:
        st.add("volume", m.group("vol"), *m.span("vol"))
        _add_pages(st, m, "page")
        st.blank(m.start("vol"), m.end())


# Chicago author-date, older style: the volume and the pages joined by a colon without a space, closing the
# reference after the journal's name: "Journal of Law and Economics 3:1–44." (a chapter in a set is
# "…, 2:118" after a comma, above)
_JOURNAL_VOLUME_PAGES = re.compile(rf"(?<=[{LETTER}] )(?P<vol>\d{{1,4}}):(?P<a>\d{{1,5}})(?:-(?P<b>\d{{1,5}}))?(?=\.?\s*$|\. )")


def _journal_volume_pages(st: State) -> None:
    m = _JOURNAL_VOLUME_PAGES.search(st.w, max(0, len(st.w.rstrip()) - 24))
    if m is not None and st.first("volume") is None:
        st.add("volume", m.group("vol"), *m.span("vol"))
        _add_pages(st, m, "page")
        st.blank(*m.span())


# Wikipedia {{cite journal}} without an issue: "Numerische Mathematik. 1: 269–271." (the volume's own sentence)
_VOLUME_COLON = re.compile(r"(?<=[.] )(?P<v>\d{1,4}): $")

_ISSUE_LABELS = ("no. ", "No. ", "nos. ", "Nos. ")


def _volume_before_colon(st: State, at: int) -> None:
    if st.first("volume") is not None:
        return
    m = _VOLUME_COLON.search(st.w, max(0, at - 8), at)
    if m is not None and st.w.endswith(_ISSUE_LABELS, 0, m.start()):
        return  # "American Historical Review 91, no. 5: 1053–75": the issue's number, read with its label
    if m is None and st.w[at - 2 : at] == ": ":
        m = _JOURNAL_VOLUME_COLON.search(st.w, max(0, at - 8), at)  # Chicago author-date "Journal of Studies 12: 45–67."
    if m is not None:
        st.add("volume", m.group("v"), *m.span("v"))
        st.blank(*m.span())


_JOURNAL_VOLUME_COLON = re.compile(rf"(?<=[{LETTER}] )(?P<v>\d{{1,4}}): $")
_ISSUE_AREA_BEFORE = re.compile(r"№ ?\d+[a-zа-я]?\. ?- ?$")
_ISSUE_COMMA_BEFORE = re.compile(r"№ ?\d+[a-zа-я]?, ?$")


def _note_pages(st: State) -> None:
    """Chicago notes cite pages after the imprint: "(London: Routledge, 2019), 45–47."."""
    w = st.w
    at = w.rfind("), ")
    m = _PAGES_AFTER_IMPRINT.match(w, at + 3)
    if m and (_IMPRINT_YEAR_END.search(w, max(0, at - 6), at) or _IMPRINT_YEARS_END.search(w, max(0, at - 10), at)):
        if m.group("vol"):
            st.add("volume", m.group("vol"), *m.span("vol"))  # "…, 1990), 2:45": volume 2, page 45
        _add_pages(st, m, "page")
        st.blank(m.start(), m.end())


# "…, October 30, 1929, 1." / "…, 26 January 2015, 34.": a page after a newspaper's full date
_DATED_PAGES = re.compile(
    rf"(?:{_MONTHS_EN} \d{{1,2}},|\d{{1,2}} {_MONTHS_EN}) {YEAR}, (?P<a>[A-Z]?\d{{1,4}})(?: ?- ?(?P<b>[A-Z]?\d{{1,4}}))?\.?\s*$"
)


def _dated_pages(st: State) -> None:
    """Chicago notes to newspapers and magazines cite the page after the date."""
    lo = max(0, len(st.w) - 40)
    m = _DATED_PAGES.search(st.w, lo)
    if m is not None:
        _add_pages(st, m, "page")
        st.blank(m.start("a") - 2, m.end())


def _add_pages(st: State, m: re.Match[str], unit: str) -> None:
    last = m.group("b") or ""
    start = m.start("a")
    end = m.end("b") if last else m.end("a")
    if st.first("pages") is None:
        st.add("pages", m.group("a"), start, end, last=last, unit=unit)


def _totals(st: State) -> None:
    for m in list(_TOTAL.finditer(st.w)):
        start = m.start()
        before = _TOTAL_BEFORE.search(st.w, max(0, start - 25), start)
        if before is not None:
            start = before.start()
        if start > 0 and st.w[start - 1] not in " ,.-:":
            continue  # inside a word or a number
        if st.first("page_total") is None:
            st.add("page_total", m.group("n"), m.start("n"), m.end("n"))
        # the area dash before an extent ("1973. - 164 стр.") belongs to it
        head = _AREA_DASH_BEFORE.search(st.w, max(0, start - 3), start)
        if head:
            start -= len(head.group(0))
        st.blank(start, m.end())
    for m in list(_ILLUSTRATED.finditer(st.w)) if _gate("illustrated", st.w) else []:
        if _inside_word(st.w, m):
            continue
        st.add("illustrated", "true", *m.span())
        st.blank(*m.span())
    for m in list(_PHYSICAL.finditer(st.w)) if _gate("physical", st.w) else []:
        if _inside_word(st.w, m):
            continue
        st.add("physical", m.group(0), *m.span())
        st.blank(*m.span())

# CMOS 14.171: a journal that numbers no issues gives the volume, then the month or season of the
# issue, with the year or (author-date, the year at the head) alone: "Journal of Law and Economics 3
# (October): 1–44", "National Interest 16 (Summer 1989): 3–18", "Science 162 (December 13, 1968): 1243–48";
# Harvard writers put the month where the issue's number goes: "Journal of Law and Economics, 3(October), pp. 1–44"
_VOLUME_BEFORE_MONTH = re.compile(
    rf"(?P<n>\d(?<=[{LETTER}] \d)\d{{0,3}}) \((?P<m>[A-Z][a-z]+\.?(?:[/–-][A-Z][a-z]+\.?)?)(?: \d{{1,2}},)?(?: {YEAR})?\):"
    rf"|(?P<n2>\d(?<=[{LETTER}], \d)\d{{0,3}}) ?\((?P<m2>[A-Z][a-z]+\.?(?:[/–-][A-Z][a-z]+\.?)?)\)(?=,)"
)
_MONTH_SPLIT = re.compile(r"[/–-]")


def _volumes(st: State) -> None:
    for m in list(_VOLUME_BARE.finditer(st.w)) if _gate("volume_bare", st.w) else []:
        st.add("volume", m.group("n"), *m.span("n"))
        st.blank(*m.span("n"))
    for m in list(_VOLUME_BEFORE_MONTH.finditer(st.w)) if "):" in st.w or ")," in st.w else []:
        number, month = ("n", "m") if m.group("n") else ("n2", "m2")
        if all(month_number(w) or season_number(w) for w in _MONTH_SPLIT.split(m.group(month))):
            st.add("volume", m.group(number), *m.span(number))
            st.blank(*m.span(number))
    for m in list(_NVOLS.finditer(st.w)) if _gate("nvols", st.w) else []:
        n = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")  # APA "(Vols. 1–2)": the whole set
        if _books_of_one_work(st.w, m):
            continue
        span = m.span("v4") if m.group("v4") else m.span()  # (the brackets may hold an edition too)
        st.add("number_of_volumes", n, *span, unit=_volumes_unit(m.group(0)))
        st.blank(span[0], span[1] - 1 if _stop_before_imprint(st.w, span[1]) else span[1])
        more = _NVOLS_ADDITION.match(st.w, m.end()) if m.group("n") or m.group("n3") else None
        if more is not None:  # "в 6 томах + т. 7 (доп.)", "в 3 т., 4 кн.": the set's extra volume or its books
            group = next(g for g in ("books", "bound", "extra") if more.group(g))
            st.add("note", more.group(group), *more.span(group))
            st.blank(*more.span())
    for m in list(_NPARTS_SPELT_THEN_ONE.finditer(st.w)) if "книгах" in st.w or "частях" in st.w else []:
        st.add("number_of_volumes", str(counts()[m.group("n").lower()]), m.start(), m.end(), unit=_volumes_unit(m.group(0)))
        st.blank(*m.span())
    for m in list(_NVOLS_SPELT.finditer(st.w)) if "томах" in st.w or "sējumos" in st.w else []:
        n = counts()[(m.group("n") or m.group("n2")).lower()]
        st.add("number_of_volumes", str(n), m.start(), m.end(), unit=_volumes_unit(m.group(0)))
        st.blank(*m.span())
    volume_patterns = ((_VOLUME,) if _gate("volume", st.w) else ()) + ((_VOLUME_AFTER,) if _gate("volume_after", st.w) else ())
    for pattern in volume_patterns:
        for m in list(pattern.finditer(st.w)):
            if pattern is _VOLUME and _inside_word(st.w, m):
                continue
            n = m.group("n") if "-" not in m.group("n") else st.text(*m.span("n"))  # "Т. 14–15" keeps its dash
            start = m.start()
            first = _FIRST_OF_RANGE.search(st.w, max(0, start - 8), start) if pattern is _VOLUME_AFTER and "-" in st.w[start - 2 : start] else None
            if first is not None:  # "1.–12. sēj.": a range of volumes
                n, start = f"{first.group('a')}–{n}", first.start()
            st.add(_ordinal_or_count(m, pattern is _VOLUME_AFTER, "volume"), n, start, m.end())
            st.blank(start, m.end())
    if len(st.all("volume")) > 1:
        _volume_in_title(st)
    if "Vol. " in st.s:
        _volume_before_imprint(st)
    if " ed., vol. " in st.s:
        _volume_after_edition(st)
    host_at = st.w.find("//") if "№" in st.w else -1
    if host_at == -1 and "№" in st.w:
        host_at = _dash_periodical_at(st.w)  # "Палата № 6. Рассказ. — «Русская мысль», 1892": a number in the title
    for m in list(_ISSUE_AFTER.finditer(st.w)) if " nr." in st.w else []:
        st.add("issue", m.group("n"), m.start(), m.end(), word="nr.")  # Latvian "Karogs, 1970, 4. nr.": the ordinal before the word
        st.blank(*m.span())
    for m in list(_ISSUE_AFTER_SERIAL.finditer(st.w)) if " laid" in st.w or " izl" in st.w or " krāj" in st.w else []:
        st.add("issue", m.group("n"), m.start(), m.end(), word="nr.")
        st.blank(*m.span())
    for m in list(_ISSUE.finditer(st.w)) if _gate("issue", st.w) else []:
        if len(m.group("w")) == 2 and m.group("w")[0].isupper() and _NAME_BEFORE.search(st.w, 0, m.start()):
            continue  # "Gombrich, E. H. 1995.": a middle initial before an author-date year, not "H." (Heft)
        if _inside_word(st.w, m) or _DOCUMENT_NUMBER.match(st.w, m.end()) or (m.group("w") == "№" and m.start() < host_at):
            continue  # (a law's own number, "№ 51-ФЗ", "№ 3266-1" before the "//", is part of its title information)
        if _act_number(st.w, m.start()):
            continue  # "Ministru kabineta noteikumi Nr. 916 „…”": the regulation's own number, in its title
        if '"' in st.w[: m.start()] and _inside_quotes(st.w, m.start()):
            continue  # "“James Baldwin, The Art of Fiction No. 78.” …, no. 91": a number inside a quoted title is the title's
        if st.w[m.start() - 2 : m.start()] == ", " and _IMPRINT_NEXT.match(st.w, m.end()):
            continue  # CMOS 14.123: "Harvard Studies in Comparative Literature, no. 24. Cambridge, MA: …": a book's series
        issue = st.add("issue", m.group("n").replace(" ", ""), m.start(), m.end(), word=m.group("w"))
        st.blank(*m.span())
        running = _RUNNING_NUMBER.match(st.w, m.end())
        if running and m.group("w") == "№" and not _YEAR_ONLY.fullmatch(running.group("n")):
            _periodical_running_number(st, issue, m.start("n"), running)
        elif running and not _YEAR_ONLY.fullmatch(running.group("n")):  # "вып. 5 (113)": the serial's running number
            st.add("running_number", running.group("n"), *running.span("n"))
            st.blank(*running.span())
    for m in list(_ISSUE_ROMAN.finditer(st.w)) if "ып." in st.w else []:
        if not _inside_word(st.w, m):
            st.add("issue", m.group("n"), m.start(), m.end(), word=m.group("w"))
            st.blank(*m.span())
    part_patterns = ((_PART,) if _gate("part", st.w) else ()) + ((_PART_AFTER,) if _gate("part_after", st.w) else ())
    for pattern in part_patterns:
        for m in list(pattern.finditer(st.w)):
            if pattern is _PART and _inside_word(st.w, m):
                continue
            if pattern is _PART and st.w[m.end() : m.end() + 2].lstrip(".,?!")[:1] in ('"', "”"):
                continue  # '"Recursive Functions of Symbolic Expressions …, Part I".': the quoted title's own words
            if pattern is _PART and _part_of_issue(st, m):
                continue
            n, start = m.group("n"), m.start()
            if "-" in n:
                n = st.text(*m.span("n"))  # a range as written: "Кн. 1—2"
            first = _FIRST_OF_RANGE.search(st.w, max(0, start - 8), start) if pattern is _PART_AFTER and "-" in st.w[start - 2 : start] else None
            if first is not None:  # "1.–2. d.": a range of parts, as of volumes
                n, start = f"{first.group('a')}–{n}", first.start()
            st.add(_ordinal_or_count(m, pattern is _PART_AFTER, "part"), n, start, m.end())
            st.blank(start, m.end())


def _part_of_issue(st: State, m: re.Match[str]) -> bool:
    """CMOS 14.180 / MLA 9: a part or supplement of a journal issue follows its number ("70, no. 5, pt. 2 (October
    1962)", "vol. 70, no. 5, pt. 2, 1962"); only the issue is labelled, as in APA's "70(5, Pt. 2)"."""
    if not st.w.startswith(("pt", "Pt", "Part", "part"), m.start()):
        return False
    issue = next((f for f in st.all("issue") if 0 <= m.start() - f.end <= 4 and not st.s[f.end : m.start()].strip(" ,")), None)
    if issue is None:
        return False
    st.add("note", st.text(*m.span()), *m.span())
    st.blank(*m.span())
    return True


# a legal act named right before its number ("noteikumi Nr. 916", "likums Nr. 5", "приказ № 270")
_ACT_BEFORE = re.compile(r"(?:noteikumi|likums|rīkojums|lēmums|pavēle|instrukcija|приказ|постановление|распоряжение|указ) $", re.I)


def _act_number(w: str, at: int) -> bool:
    """Whether the number label at ``at`` numbers the legal act named just before it."""
    return w[at - 2 : at] in ("i ", "s ", "e ", "з ", "е ") and _ACT_BEFORE.search(w, max(0, at - 16), at) is not None


_FIRST_OF_RANGE = re.compile(r"(?<![\d.])(?P<a>\d{1,3})\. ?- ?$")  # "1.–" before "12. sēj."


_DASH_QUOTED_HOST = re.compile(rf'\. ?- "[^"]{{2,120}}",? ?{YEAR}(?!\d)')


def _dash_periodical_at(w: str) -> int:
    """Where a Soviet quoted periodical after an area dash starts ('. — «Русская мысль», 1892'), or -1."""
    if ' - "' not in w:
        return -1
    m = _DASH_QUOTED_HOST.search(w)
    return m.start() if m is not None else -1


# MLA 9 (multivolume works): "The Years of Lyndon Johnson. Vol. 4, Alfred A. Knopf, 2012."
_IMPRINT_AFTER_VOLUME = re.compile(rf", [{UP}][^,;:()]{{1,60}}, {YEAR}(?!\d)")


def _volume_before_imprint(st: State) -> None:
    """The comma after an MLA volume sentence leads to the publisher and year: it ends the volume, so the
    imprint reads as its own area."""
    for f in st.all("volume"):
        if st.s.startswith("Vol. ", f.start) and st.s[f.start - 2 : f.start] == ". " and _IMPRINT_AFTER_VOLUME.match(st.w, f.end):
            st.blank(f.end, f.end + 1)


def _volume_after_edition(st: State) -> None:
    """MLA 9 states the edition, then the volume, then the imprint, all joined by commas: "The Norton
    Anthology of English Literature. 7th ed., vol. 2, W. W. Norton, 2000."; the two commas end the title's
    statements, so the imprint reads as its own area."""
    for f in st.all("volume"):
        if not (st.s.startswith("vol. ", f.start) and st.s[f.start - 2 : f.start] == ", " and _IMPRINT_AFTER_VOLUME.match(st.w, f.end)):
            continue
        stop = st.s.rfind(". ", 0, f.start - 2)
        if stop != -1 and not st.w[stop + 2 : f.start - 2].strip() and st.s.endswith(" ed.", 0, f.start - 2):
            st.blank(f.start - 2, f.start - 1)
            st.blank(f.end, f.end + 1)


def _volume_in_title(st: State) -> None:
    """Wikipedia {{cite book}}: "Contributions to the Theory of Games, Volume II. Annals of Mathematics
    Studies. Vol. 28.": the template's volume stands as a sentence of its own; a volume written after a
    comma inside an earlier title is part of that title (here the book's, the series numbers it 28)."""
    first, *later = st.all("volume")
    own = any(st.s[f.start - 2 : f.start] == ". " and st.s[f.end : f.end + 1] == "." for f in later)
    if own and st.s[first.start - 2 : first.start] == ", " and st.s.startswith("Vol", first.start):
        st.w = st.w[: first.start] + st.s[first.start : first.end] + st.w[first.end :]
        st.found.remove(first)
        st.by_kind["volume"].remove(first)


# the letters after a document's number: "№ 51-ФЗ" (federal law), "№ 123-п", "Nr. 5-IV"
_DOCUMENT_NUMBER = re.compile(rf"-[{LETTER}]")


# a place and its comma or colon: the imprint after a count ("в 22 т. М., 1978")
_PLACE_AHEAD = re.compile(rf" (?P<p>[{UP}][{LETTER}\-]*\.?)(?=[,:])")


def _stop_before_imprint(w: str, end: int) -> bool:
    """Whether the count's closing period also ends the title sentence: a place follows ("в 22 т. М., 1978")."""
    if w[end - 1 : end] != ".":
        return False
    m = _PLACE_AHEAD.match(w, end)
    return m is not None and m.group("p") in places()


# a book, part or volume of the set named after the count: "(в 2-х кн.). Кн. 2.", "в 3 книгах. Книга 1", "(в 6-ти кн.). Т. 1"
_BOOK_OR_PART_AFTER = re.compile(r"[ .,;:)\]]*(?:[Кк]н\.|[Кк]нига|[Чч]\.|[Чч]асть|[Тт]\.|[Тт]ом) ?(?:\d|[IVX])")


def _books_of_one_work(w: str, m: re.Match[str]) -> bool:
    """"История в 9 кн.", "Тихий Дон : в 4 кн.": the books a work is divided into, other title information
    (as "в девяти книгах"), unless one book of the set is cited after it ("(в 2-х кн.). Кн. 2.")."""
    return _volumes_unit(m.group(0)) == "book" and "т." not in m.group(0) and not _BOOK_OR_PART_AFTER.match(w, m.end())


def _volumes_unit(statement: str) -> str:
    """What "(в 2-х кн.)" counts: books, parts or (the default) volumes."""
    if "кн" in statement:
        return "book"
    if _PARTS_WORD.search(statement):
        return "part"
    return "volume"


def _ordinal_or_count(m: re.Match[str], number_first: bool, kind: str) -> str:
    """Latvian writes ordinals with a full stop: "2. sēj." is volume 2, "6 sēj." six volumes."""
    if number_first and m.group("n").isdigit() and not m.group(0)[len(m.group("n")) :].startswith("."):
        return "number_of_volumes"
    return kind


# Latvian author-date (APA-shaped) journal locators with ordinal pages: "Žurnāls, 2(71), 23.–45. lpp.",
# "Latvijas Universitātes Raksti, 741, 23.–45. lpp.", "Žurnāls, 2, 23.–45." (a year is an imprint's, not a volume)
_VOL_ORDINAL_PAGES = re.compile(
    rf", (?<=[{LETTER}], )(?!1[5-9]\d\d,|20\d\d,)(?P<vol>\d{{1,4}})(?: ?\((?P<iss>\d+(?:[-/]\d+)?)\))?, "
    r"(?P<a>\d+)\.(?: ?- ?(?P<b>\d+)\.)?(?: ?lpp\.)?(?=\s*$| https?:)"
)


# an official gazette's issue and its date in figures closing a reference: "Latvijas Vēstnesis, 43, 01.07.1993.",
# "Latvijas Vēstnesis, Nr. 158/160 (2069/2071), 04.05.2000." (the running number in parentheses is not labelled)
_GAZETTE_ISSUE = re.compile(
    r", (?:[Nn]r\. ?|№ ?)?(?P<iss>\d+(?:/\d+)?)(?P<run> ?\(\d+(?:/\d+)?\))?, \d{1,2}\.\d{1,2}\.(?:1[6-9]|20)\d\d\.?\s*$"
)


def _gazette_issue(st: State) -> None:
    m = _GAZETTE_ISSUE.search(st.w, max(0, len(st.w) - 48)) if st.w.rstrip(" .")[-1:].isdigit() else None
    if m is None:
        return
    st.add("issue", m.group("iss"), *m.span("iss"))
    st.blank(m.start() + 1, m.end("run") if m.group("run") else m.end("iss"))


def _ordinal_journal_pages(st: State) -> None:
    m = _VOL_ORDINAL_PAGES.search(st.w) if ". lpp" in st.w or ".-" in st.w else None
    if m is None:
        return
    st.add("volume", m.group("vol"), *m.span("vol"), apa="1")
    if m.group("iss"):
        st.add("issue", m.group("iss"), *m.span("iss"), apa="1")
    _add_pages(st, m, "page")
    st.blank(*m.span())


_EXTENT_FINDERS: tuple[Callable[[State], None], ...] = (_editions, _other_editions, _ordinal_journal_pages, _gazette_issue, _pages, _totals, _volumes)
