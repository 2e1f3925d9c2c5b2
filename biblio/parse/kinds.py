"""What kind of work an entry is, and the language and script of its texts.

Decided after the fields are read: a host with an issue is a journal, a host
whose title says "encyclopedia" an encyclopedia, an imprint makes a host a
book; thesis and report designations, web addresses and conference words do
the rest.
"""

from __future__ import annotations

import re

from ..model import Entry, EntryType, Person, Role, Text
from .lang import (
    ALA_LC_LETTERS,
    detect_language, detect_script, reads_as_romanized_russian, reads_as_russian_name, romanized_russian_evidence,
    word_evidence,
)
from .locators import SERIAL_ISSUE_WORDS, TALK_DESCRIPTION
from .vocab import language_names, news_sites, organisation_words, romanized_russian
from .state import LIMIT

_EDITORIAL = (Role.EDITOR, Role.COMPILER, Role.EDITOR_COMPILER, Role.EDITOR_IN_CHIEF, Role.EDITORIAL_BOARD)


def _lead(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the letters its alternatives start with.

    The lookahead matches nothing itself, so the matches are the same; it lets
    the engine pass over most positions with one set test instead of trying
    every alternative (case-insensitive alternations are slow otherwise).
    """
    return re.compile(rf"(?=[{first}])(?:{pattern})", flags)


_ENCYCLOPEDIA = _lead(
    "DEGHLvсэеБМКbWВVO",
    # (GOST 7.0.12 abbreviates "энцикл."; Ukrainian "енциклопедія", "словник", Belarusian "энцыклапедыя", "слоўнік")
    r"энциклопеди|энцикл\b|словар|словник|слоўнік|енциклопеді|энцыклапеды|Encyclop|encyclop|Dictionary|dictionary|Glossary|enciklopēdij|vārdnīc|Lexikon|Handbuch|БСЭ|МСЭ|КЛЭ|СИЭ"
    r"|biogrāfijās"  # "Latviešu rakstniecība biogrāfijās": a biographical dictionary
    r"|Grove Music"  # "Grove Music Online": the online New Grove Dictionary
    r"|Wikipedia|Википеди|Вікіпеді|Вікіпеды|Vikipēdij|OED",  # the free encyclopedia; the Oxford English Dictionary by its initials ("OED Online")
    re.I,
)
# reference works that do not say "encyclopedia" or "dictionary": an unsigned entry's host ("“Gothic Novel.” The Cambridge
# Guide to Literature in English"); a signed piece there may be an essay ("The Cambridge Companion to Hume")
_REFERENCE_GUIDE = re.compile(r"\b(?:Guide to|Companion to|Handbook of|Who's Who|Who’s Who|Almanac|Gazetteer|Thesaurus|Lexicon|Reader's Encyclopedia)\b")
# cheap substring tests before the pattern
REFERENCE_WORK_HINTS = ("нциклопеди", "ловар", "nciklopēdij", "ncyclop", "ictionar", "Glossar", "vārdnīc", "Lexikon", "Handbuch", "СЭ", "КЛЭ", "СИЭ", "biogrāfijās", "ikipedi", "икипеди", "ikipēdij", "OED", "нцикл", "нциклопеді", "нцыклап", "ікіпед", "ловник", "лоўнік")


def mentions_reference_work(text: str) -> bool:
    """A cheap test before the reference-work pattern: one of the words an encyclopedia or a dictionary names itself by."""
    return any(hint in text for hint in REFERENCE_WORK_HINTS)


def names_reference_work(text: str) -> bool:
    """Whether a title names an encyclopedia or a dictionary ("Философская энциклопедия")."""
    return mentions_reference_work(text) and bool(_ENCYCLOPEDIA.search(text))


_JOURNAL = _lead(
    "ABGJLMNPQRSTVZvžвгжзипт",
    r"журнал|вестник|известия|вопросы|труды|записки|газета|правда|Journal|Review|Quarterly|Bulletin|Magazine|Gazette|Studies|Zeitschrift|Jahrbuch|žurnāls|vēstis|Vēstnesis|Letters|Times|News|Annals|Annual|Proceedings of",
    re.I,
)
# masthead words of newspapers and magazines ("The Guardian", "Washington Post", "Chicago Tribune"): a signed
# piece there is a news article (an unsigned one is cited as a web page)
_NEWSPAPER = _lead("CDGHIMOPTW", r"\b(?:Post|Herald|Tribune|Guardian|Telegraph|Observer|Chronicle|Courier|Inquirer|Daily|Weekly|Monthly)\b")
_GOVERNMENT_PRINTER = _lead(
    "GHSC",
    r"Government Printing Office|Government Publishing Office|HMSO|H\.M\.S\.O\.|Stationery Office"
    r"|HM Treasury|HM Government|Home Office|Cabinet Office",  # a British department that publishes its own reviews and papers
)
_THE_NAME = re.compile(r"The (?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+")  # "The Guardian", "The New Yorker"


def names_periodical(title: str) -> bool:
    """Whether a container's title names a newspaper or a magazine: a periodical word ("Times",
    "Review", "Journal") or, as newspapers and magazines style themselves, "The" and a short name
    that is no organisation's ("The Atlantic", not "The National Archives")."""
    if _JOURNAL.search(title):
        return True
    return bool(_THE_NAME.fullmatch(title)) and not any(word.lower().startswith(organisation_words()) for word in title.split())


_PROCEEDINGS = _lead(
    "CPSWkкслlфтtн",
    r"конференци|симпозиум|конгресс|Conference|Symposium|Congress|Proceedings|Workshop|konferenc|kongres"
    r"|съезд|ские чтения|lasījum"  # "Съезд славистов", "Тыняновские чтения", "Zinātniskie lasījumi": named meetings
    r"|совещани|форум|тезисы докладов"  # "Всесоюзное совещание …", "научный форум «Ломоносов»", "Тезисы докладов …"
    r"|семинар|semin[aā]r"  # "starptautiskā semināra referāti": a seminar's papers
    r"|sesijas (?:materiāl|referāt|tēzes)|научн[а-я]{2,3} сесси|tēzes",  # "zinātniskās atskaites sesijas materiāli", "научной сессии", "referātu tēzes": a scholarly session's papers (not a parliament's)
    re.I,
)
# a meeting named by its acronym and year in parentheses: "(NIPS 2014)", "(ICML 2019)", "(CHI '19)"
_MEETING_ACRONYM = re.compile(r"\((?:[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})(?: \d{4}| '\d\d)\)")
_MEETING = _lead("CSWM", r"\b(?:Conference|Symposium|Workshop|Colloquium|Congress|Meeting)\b")
_THESIS = _lead("дTtDdpmа", r"дис\.|диссертаци|автореф|(?<![a-z])[Tt]hesis|[Dd]issertation|Diss\.|promocijas darbs|maģistra darbs|disertācij")
_THESIS_HINTS = ("дис", "автореф", "hesis", "issertation", "Diss.", "promocijas darbs", "maģistra darbs", "disertācij")
_REPORT = _lead("RTWzодpg", r"\b(?:Report|отч[её]т|доклад|Working Paper|Technical Report|ziņojums|pārskats par|gada pārskats)\b", re.I)
# a Latvian serial's issue after its ordinal ("14. laid.", "3. izlaidums", "16. krāj."): the host is a serial, not a book
_SERIAL_ISSUE_WORD = re.compile(rf"\d\. ?{SERIAL_ISSUE_WORDS}(?![\w])")
_IN_BOOK = re.compile(r"[Вв] кн\.:")  # Soviet "В кн.:" ("in the book") before a host
_WEBSITE = _lead("ptwс", r"\bсайт|\bweb ?site|\bportāls|tīmekļa vietne", re.I)
_COLLECTION_NOTE = _lead("acrс", r"\bсб\.|сборник|rakstu krājums|collected|anthology", re.I)


# an author's collected works: "Полн. собр. соч.", "Собрание сочинений", "Сочинения", "Kopoti raksti"
COLLECTED_WORKS = re.compile(
    r"(?:Полн\. собр\. соч\.?|Собр\. соч\.?|Соч\.?|Полное собрание сочинений|Собрание сочинений|Сочинения|Избр\. произв\.?"
    r"|Избранные произведения|Kopoti raksti|Raksti|Collected Works|Complete Works|Works)(?=[ ,.(]|$)"
)


def names_collected_works(text: str) -> bool:
    """Whether a host title is an author's collected works (a book: its parts are chapters)."""
    return bool(COLLECTED_WORKS.match(text))


def names_collection(text: str) -> bool:
    """Whether other title information calls the work a collection ("сб. ст.", "сборник", "rakstu krājums")."""
    return bool(_COLLECTION_NOTE.search(text))


def classify(e: Entry) -> None:
    """Set the entry's type, language and script (its texts listed once for both)."""
    texts = _texts(e)
    e.type = entry_type(e, texts)
    assign_languages(e, texts)


def _texts(e: Entry) -> list[Text]:
    """The entry's Text fields, in :meth:`Entry.texts` order."""
    return [text for _, text in e.texts()]


def entry_type(e: Entry, texts: list[Text] | None = None) -> EntryType:
    """The kind of work, from the host, the identifiers and the words of the titles."""
    source = e.source[:LIMIT]
    titles = " ".join([t.value for t in (texts if texts is not None else _texts(e))])
    if "recipient" in e.extra:
        return EntryType.DOCUMENT  # a letter: "Einstein, Albert, to Franklin D. Roosevelt, August 2, 1939."
    if "reporter" in e.extra:
        return EntryType.DOCUMENT  # a court case in its reporter: "Brown v. Board of Education, 347 U.S. 483 (1954)."
    if "legislation" in e.extra:
        return EntryType.DOCUMENT  # an Act of Parliament: "Equality Act 2010, c. 15."
    if e.archive and e.host is None and e.publisher is None and not (e.url or e.archived or e.isbns):
        return EntryType.DOCUMENT  # a painting or a manuscript in the collection that holds it (MLA 9), no imprint
    if "archive_signature" in e.extra:
        return EntryType.DOCUMENT  # an archival file: "ГАРФ. Ф. Р-7021. Оп. 93. Д. 1."
    if e.genre and e.number:
        return EntryType.REPORT  # "RFC 2616", "NBER Working Paper No. 1234": a report series and number
    if e.genre or (any(word in source for word in _THESIS_HINTS) and _THESIS.search(source) and not _thesis_only_in_title(e, source)):
        return EntryType.THESIS
    if _has_note(e, _PRESENTATIONS) or any(is_talk_description(n.value) for n in e.notes) or (e.host is None and any(_PRESENTED.match(n.value) for n in e.notes)):
        return EntryType.DOCUMENT  # a talk at a meeting, unpublished (CSL "speech"): no book, no chapter of one
    if _has_note(e, _AV_MEDIA):
        return EntryType.DOCUMENT  # Wikipedia {{cite AV media}}: "The Civil War (Television documentary series). PBS."
    if e.host is None and e.publisher is None and e.title is not None and e.title.value.startswith(_SPEECH_TITLES):
        return EntryType.DOCUMENT  # "Speech to the College of Europe", "Lecture at the Sorbonne": a talk, unpublished
    if _media_work(e):
        return EntryType.DOCUMENT  # a film, an episode, a recording, a work of art, a data set, software
    if e.host is not None and e.host.title is not None and any(n.value.startswith("Review of ") for n in e.notes) and e.host.volume:
        return EntryType.ARTICLE  # APA 7 (10.7): "[Review of the film …, directed by …]. The New Yorker, 95(12)": a review, not the film
    if "irect" in source and _DIRECTOR_NAMED.search(source):
        return EntryType.DOCUMENT  # a film named by its director: "Coppola, Francis Ford, director.", "Kubrick, S. (Director)."
    if not (e.url or e.archived or e.isbns) and "irected by" in source and _DIRECTED.search(source):
        return EntryType.DOCUMENT  # MLA 9 "Citizen Kane. Directed by Orson Welles, RKO Radio Pictures, 1941.": a film
    if (e.host is None or e.host.title is None) and any(n.value.startswith(_PREPRINT_IDS) for n in e.notes):
        return EntryType.REPORT  # Wikipedia {{cite arXiv}}: a preprint in no journal, like APA's "(arXiv:…)"
    if e.host is None and _has_note(e, _UNPUBLISHED):
        return EntryType.DOCUMENT  # CMOS 14.225: "“A Proposal ….” Unpublished manuscript, August 31, 1955."
    if e.host is None and _has_note(e, _CS1_REPORTS):
        return EntryType.REPORT  # Wikipedia {{cite report}}: "Title (Report). Place: Agency."
    if e.host is None and _has_note(e, _RELEASES):
        return EntryType.REPORT  # APA 7 (10.4) cites a press release with the reports and grey literature
    if (e.host is None or e.host.title is None) and _REPORT.search(titles) and not _published_talk(e, titles) and not _personal_report_subtitle(e):
        return EntryType.REPORT  # (a talk "доклад" or a "Report" inside a host is a part of it)
    if e.number and (e.host is None or e.host.title is None):
        return EntryType.REPORT  # a bare report number: RAND's "P-1472"
    if (e.host is None or e.host.title is None) and not (e.volume or e.part or e.number_of_volumes) and e.publisher and _GOVERNMENT_PRINTER.search(e.publisher.value):
        return EntryType.REPORT  # a government's printer publishes its reports (a volume of a series is a volume, "3 vols." a set of books)
    if e.host is not None and e.host.title is not None:
        host_title = e.host.title.value + (" " + e.host.subtitle.value if e.host.subtitle else "")
        if _ENCYCLOPEDIA.search(host_title):
            return EntryType.ENCYCLOPEDIA_ENTRY
        if not any(p.role == Role.AUTHOR for p in e.persons) and e.title is not None and _REFERENCE_GUIDE.search(host_title):
            return EntryType.ENCYCLOPEDIA_ENTRY  # MLA 9 (5.2), CMOS 14.232: an unsigned entry in a guide or companion
        if _MEETING.search(host_title):
            return EntryType.CHAPTER  # a paper in a conference's proceedings (not a society's "Proceedings" journal)
        if "(" in host_title and _MEETING_ACRONYM.search(host_title):
            return EntryType.CHAPTER  # "Advances in Neural Information Processing Systems 27 (NIPS 2014)": a meeting's papers
        if e.host.issue and (e.volume or e.host.volume) and not (e.publisher or e.places or e.isbns):
            return EntryType.ARTICLE  # "Higher Education [Online], 32(3), pp. 347-364": a journal's volume and issue, read online or not
        dated = e.date is not None and bool(e.date.month)  # an issue's month or day: "(2002, July 22)", "(2014, June)"
        if (e.url or e.archived or e.accessed) and (
            _JOURNAL.search(host_title) or (e.persons and _NEWSPAPER.search(host_title))
            or (dated and names_periodical(host_title) and not _institution_site(e.url))
        ):
            return EntryType.ARTICLE  # a news site or an online journal
        if (e.url or e.accessed) and dated and _news_site(host_title) and not _institution_site(e.url):
            return EntryType.ARTICLE  # "Title. LSM.lv, 2021. gada 20. janvāris. Pieejams: …": a news portal's piece of that day
        if (e.url or e.accessed) and (e.host.volume or e.host.issue) and e.pages and not e.places:
            return EntryType.ARTICLE  # "// Математическое моделирование. – 2015. – Т. 27, № 3. – С. 15–30. – URL: …": a journal read online
        if (e.url or e.accessed) and _online_periodical_issue(e, host_title, source):
            return EntryType.ARTICLE
        if (e.url or e.accessed) and _WEBSITE.search(host_title) and not (e.page_total or e.isbns):
            return EntryType.WEBPAGE  # "// Государственный Эрмитаж : официальный сайт. – Санкт-Петербург, 1998–2023. – URL: …"
        if e.url or e.archived or e.accessed:
            if not e.places and not e.isbns:
                return EntryType.WEBPAGE
            if _ONLINE_COPY.search(source):
                if not (e.page_total or e.isbns):
                    return EntryType.WEBPAGE  # a printed work on a site
                return EntryType.COLLECTION if _has_editors(e.persons) and not e.authors else EntryType.BOOK
        if "кн.:" in source and _IN_BOOK.search(source):
            return EntryType.CHAPTER  # "— В кн.: Русская речь. … Вып. I.": the host is called a book
        if e.host.issue and _SERIAL_ISSUE_WORD.search(source):
            return EntryType.ARTICLE  # "Arheoloģija un etnogrāfija, 14. laid. Rīga: Zinātne": a serial's issue, with its imprint
        if e.host.issue and not e.publisher:
            return EntryType.ARTICLE  # (a numbered book series names its publisher: "Вып. 1. М., Изд-во иностр. лит., 1960")
        if names_collected_works(host_title):
            return EntryType.CHAPTER  # "Письмо к съезду. — Полн. собр. соч., т. 45": a work in the collected works
        if e.places and not (e.publisher or e.host.persons or e.isbns) and (names_periodical(host_title) or _NEWSPAPER.search(host_title)):
            return EntryType.ARTICLE  # a paper and the place it is published in: "The Washington Post. Washington, D.C."
        if e.places or e.publisher or e.host.persons or e.isbns:
            return EntryType.CHAPTER  # a book with an imprint or editors
        return EntryType.ARTICLE
    if _apa_online_group_report(e):
        return EntryType.REPORT
    if _apa_agency_report(e):
        return EntryType.REPORT
    if (e.url or e.accessed) and e.places and e.publisher and _group_report(e) and not _title_in_quotes(e):
        return EntryType.REPORT  # Harvard "Nursing and Midwifery Council (2018) The Code. London: NMC. Available at: …": a page has no imprint
    web = (e.url or e.archived or e.accessed) and not (e.edition and e.edition.isdigit()) and not _online_book(e) and not _has_note(e, _EBOOK_NOTES)  # a numbered edition is a book's
    if web and ((not e.places and not e.isbns) or not (e.page_total or e.pages or e.isbns) or _WEBSITE.search(titles)):
        return EntryType.WEBPAGE
    title_text = " ".join([t.value for t in (e.title, e.subtitle) if t is not None])
    if _PROCEEDINGS.search(title_text) and not e.persons:
        return EntryType.PROCEEDINGS  # conference materials without named authors or editors
    if _PROCEEDINGS.search(title_text) and not e.authors and _has_editors(e.persons) and (_MATERIALS.match(title_text) or _PAPERS.search(title_text)):
        return EntryType.PROCEEDINGS  # "Материалы … форума / отв. ред. …", "… съезд славистов : доклады …": a meeting's papers, edited
    if e.title is not None and _STANDARD.match(e.title.value):
        return EntryType.REPORT  # a standard: "ГОСТ Р 7.0.100–2018", "ISO 690:2010"
    if _group_report(e) and _title_in_quotes(e):
        return EntryType.WEBPAGE  # "Poetry Foundation. “Emily Dickinson.” Poetry Foundation, 2021.": a page of the group's site
    if _group_report(e):
        return EntryType.REPORT
    if e.volume or e.part:
        return EntryType.VOLUME
    if e.host is not None and e.host.issue and e.title is not None and names_reference_work(e.title.value):
        return EntryType.VOLUME  # "Словарь русского языка XI–XVII вв. Вып. 1": a fascicle of one dictionary, not a serial's issue
    if (_has_editors(e.persons) and not e.authors) or any(_COLLECTION_NOTE.search(n.value) for n in e.notes):
        return EntryType.COLLECTION
    if not e.authors and e.subtitle is not None and names_collection(e.subtitle.value):
        return EntryType.COLLECTION  # "Проблемы сравнительной филологии. Сборник статей к 70-летию …"
    return EntryType.BOOK


_DOMAIN_NAME = re.compile(r"\.(?:ру|рф|ru|com|org|net|info|lv|ua|by)\b", re.I)  # a site named by its address: "Полит.ру", "Lenta.ru"


def _online_periodical_issue(e: Entry, host_title: str, source: str) -> bool:
    """GOST 7.1-2003 (7.2) and 7.0.100-2018 cite a piece of a periodical read online as the printed one, the issue's
    number or date in the host's numbering area, then the address: "// Новое литературное обозрение. — 2001. — № 47. —
    Режим доступа: …", "// Россия в глобальной политике. – 2016. – 3 марта. – URL: …"; a site has neither (its dates
    are a span of years, "1998–2023"), and a site that calls itself one, or goes by its address, stays a web page."""
    if "//" not in source or e.places or e.publisher or _DOMAIN_NAME.search(host_title):
        return False
    if _WEBSITE.search(source, source.find("//")):
        return False  # "// Коммерсантъ : [сайт]. – Дата публикации: 15.05.2020.": the paper's site (the note is off its name)
    return bool(e.host is not None and e.host.issue) or (e.date is not None and bool(e.date.day))


# GOST 7.0.100-2018: a printed work read on a site or in an electronic library keeps its own imprint, then names the
# site after "//": "… – Санкт-Петербург, 1914. – Текст : электронный // Президентская библиотека : [сайт]. – URL: …"
_ONLINE_COPY = re.compile(r"\d{4}\.? ?[-–—] [^/]{0,160}?Текст ?: ?электронный ?//")


# Descriptions in brackets that say what the work is
_EBOOK_NOTES = frozenset({"[e-book]", "[eBook]", "[ebook]", "[E-book]", "[Kindle edition]", "[Kindle version]"})
_RELEASES = frozenset({"[Press release]", "[News release]"})
_PRESENTATIONS = frozenset(
    {"[Paper presentation]", "[Poster presentation]", "[Poster session]", "[Conference session]", "[Conference presentation]", "[Keynote address]", "Speech"}
    | {"Conference presentation", "Paper presentation", "Keynote address", "Address", "Lecture", "Panel discussion", "Reading"}  # MLA 9
)
_PRESENTED = re.compile(
    r"(?:[A-Z][a-z]+ )?(?:[Pp]aper|[Pp]oster|[Tt]alk|[Ll]ecture|[Aa]ddress) (?:presented|read|delivered|given) (?:at|to) "
    r"|(?:[A-Z][\w'’-]*\.? ){0,5}(?:Lecture|Lectures|Memorial Lecture|Address|Speech|Sermon|Talk|Keynote|Keynote [Aa]ddress|Lecture [Ss]eries), [A-Z]"
)  # (CMOS 14.217: "Machette Lecture, Furman University, …", the occasion of a talk)
_PREPRINT_IDS = ("arXiv:", "SSRN ")
_UNPUBLISHED = frozenset({"Unpublished manuscript", "Unpublished typescript", "Unpublished paper", "Typescript", "Manuscript"})
_CS1_REPORTS = frozenset({"(Report)", "(Technical report)", "(White paper)", "(Working paper)", "(Discussion paper)"})
_CS1_REPORTS |= frozenset(kind.strip("()") for kind in _CS1_REPORTS)  # (as read after "(PDF)": "… (PDF) (Report).")
# a film named by its director: MLA "Coppola, Francis Ford, director.", APA "Kubrick, S. (Director).", CMOS "Directed by …"
_DIRECTOR_NAMED = re.compile(r", directors?\.|\((?:Director|Directors)\)")
_AV_MEDIA = frozenset(
    {"(Motion picture)", "(Film)", "(Documentary)", "(Documentary film)", "(Television documentary)", "(Television production)",
     "(Television series)", "(Television documentary series)", "(Television broadcast)", "(Radio broadcast)", "(Audio recording)",
     "(Video)", "(Podcast)", "[Film]", "[Motion picture]", "[TV series]", "[TV series episode]", "[Documentary]"}
)


def _media_work(e: Entry) -> bool:
    """APA 7 says what the work is in brackets ("[Film]", "[TV series episode]", "[Data set]", "[Computer software]");
    an episode's number says it too (MLA "season 5, episode 14"), unless it is read on a web page (a podcast's)."""
    for note in e.notes:
        value = note.value
        if value.startswith("[") and value[1:].startswith(_MEDIA_WORDS):
            return True
        if _EPISODE_NOTE.match(value) and not (e.url or e.archived):
            return True
    return False


# the descriptions of a film, a broadcast, a recording, a work of art, data and software (APA 7, 10.9–10.14);
# a video or a podcast episode on a platform stays a web page
_MEDIA_WORDS = (
    "Film", "Motion picture", "TV series", "TV show", "Television series", "Data set", "Dataset", "Computer software", "Computer program",
    "Software", "Song", "Album", "Painting", "Photograph", "Artwork", "Sculpture", "Mobile app", "Music video", "Radio broadcast",
    "Video game", "Computer game", "Map", "Infographic",
)
_DIRECTED = re.compile(r"(?<=[.,] )[Dd]irected by ")  # the film's credit, after the title or its container
_SPEECH_TITLES = ("Speech to ", "Speech at ", "Speech on ", "Speech in ", "Lecture at ", "Lecture to ", "Address to ", "Address at ")
_EPISODE_NOTE = re.compile(r"(?:[Ss]eason|[Ss]eries|[Ee]pisode|[Ee]p\.) \d")


def is_talk_description(note: str) -> bool:
    """Whether a bracketed description says the work is a talk (APA 7 10.5: "[Paper presentation]",
    "[Nobel Prize lecture]", "[Keynote address]"): a talk given, not a publication."""
    return note in _PRESENTATIONS or TALK_DESCRIPTION.fullmatch(note) is not None


def _has_note(e: Entry, notes: frozenset[str]) -> bool:
    """Whether one of the entry's notes is one of ``notes`` (Harvard "Title [e-book]. London: …",
    APA "Title [Press release]")."""
    return any(note.value in notes for note in e.notes)


def _personal_report_subtitle(e: Entry) -> bool:
    """"Arendt, Hannah. Eichmann in Jerusalem: A Report on the Banality of Evil.": a person's book that calls
    itself a report in its subtitle only (a body's reports say so: "… : An Interim Report")."""
    if not e.persons or not e.persons[0].family or e.title is None or _REPORT.search(e.title.value):
        return False
    return e.subtitle is not None and bool(_REPORT.search(e.subtitle.value))


def _thesis_only_in_title(e: Entry, source: str) -> bool:
    """"The Church-Turing Thesis". In … Stanford Encyclopedia: the word names a part's subject, not
    its genre; a thesis is designated outside the title ("PhD thesis", "(Thesis)")."""
    if e.host is None or e.host.title is None or e.title is None:
        return False
    return _THESIS.search(source.replace(e.title.value, "")) is None


def _online_book(e: Entry) -> bool:
    """MLA and Chicago put a web page's title in quotes; an author's unquoted title, then its publisher
    and year, is a book read online ("Austen, Jane. Pride and Prejudice. Project Gutenberg, 1998, www…"),
    unless the year stands after the author (APA, Harvard: the web page's title is unquoted there)."""
    title, date = e.spans.get("title"), e.spans.get("date")
    if not (e.persons and e.publisher and e.title and title and date and date.start > title.end):
        return False
    if detect_script(e.title.value) != "Latn" or detect_language(e.title.value) not in (None, "en"):
        return False  # (GOST and Latvian web sources have their own forms)
    if e.persons[0].literal and e.persons[0].literal == e.publisher.value and not e.places:
        return False  # "United Nations. Universal Declaration of Human Rights. 1948. United Nations, www.un.org/…": the group's own site
    return title.start == 0 or e.source[title.start - 1 : title.start] not in _QUOTES


_QUOTES = frozenset('"“”«„\'‘’')


# a meeting's papers named as such ("Материалы …", "Труды …", "Proceedings of …", "Tēzes …")
_MATERIALS = re.compile(r"(?:Материалы|Труды|Тезисы|Proceedings|Materiāli|Tēzes)\b")
# the papers named in the other title information: ": доклады российской делегации", ": тезисы докладов", ": referāti"
# (": материалы конференции" after a title of its own stays a collection)
_PAPERS = re.compile(r"\b(?:[Дд]оклады|[Тт]езисы докладов|[Rr]eferāti|[Rr]eferātu tēzes)\b")
# a standard's designation opens its title: GOST (state), OST (branch), ISO, DIN, LVS (Latvian)
_STANDARD = re.compile(r"(?:ГОСТ|ОСТ|СТ СЭВ|ISO|DIN|LVS|BS|ANSI)(?: Р| R| EN| ISO| IEC)* ?\d")


def _published_talk(e: Entry, titles: str) -> bool:
    """A talk ("доклад") by a named speaker, printed as a pamphlet, is a book ("А. Жданов. Доклад о
    журналах …"); a Russian report ("отчёт") or an institution's "доклад" stays a report."""
    if not any(p.family for p in e.authors):
        return False
    m = _REPORT.search(titles)
    return m is not None and m.group(0).lower() == "доклад"


def _title_in_quotes(e: Entry) -> bool:
    """MLA and Chicago quote the title of a short work (a page, an article) and italicise a report's."""
    title = e.spans.get("title")
    return title is not None and title.start > 0 and e.source[title.start - 1 : title.start] in _QUOTES


def _has_editors(persons: list[Person]) -> bool:
    for p in persons:
        if p.role in _EDITORIAL:
            return True
    return False


def _group_report(e: Entry) -> bool:
    """An English-language group author with an imprint: a report of an agency, a ministry, an
    institute or a company (APA 7 and Harvard "reports by a group author"); a numbered edition or a
    volume makes it a book ("Publication manual … (7th ed.)")."""
    lead = e.persons[0] if e.persons else None
    if lead is None or lead.family or not lead.literal or lead.role != Role.AUTHOR:
        return False
    if lead.literal.rstrip(".") in _ANONYMOUS:
        return False  # "Anonymous. (2001).": an unsigned work, no group
    if e.edition or e.volume or e.part or e.number_of_volumes or not (e.publisher or e.places):
        return False
    if _has_editors(e.persons):
        return False  # APA 7 (10.2): "National Research Council. (1998). Title (C. E. Snow, Ed.).": a group's book with named editors
    if e.series is not None and not e.number:
        return False  # "Federal Writers' Project. New York City Guide. Random House, 1939. American Guide Series.": a publisher's series of books
    return detect_script(lead.literal) == "Latn" and detect_language(lead.literal) in (None, "en")


_ANONYMOUS = ("Anonymous", "Anon")


def assign_languages(e: Entry, texts: list[Text] | None = None) -> None:
    """Language and script of the entry (from its titles) and of every text field."""
    if texts is None:
        texts = _texts(e)
    title, subtitle = e.title, e.subtitle
    if title is not None:
        main = title.value + " " + subtitle.value if subtitle is not None else title.value
    else:
        main = subtitle.value if subtitle is not None else ""
    source = e.source[:LIMIT]
    language = detect_language(main)
    if language is None:
        if "et al" in source:
            source = source.replace("et al", "")  # Latin in every language, no sign of French
        language = detect_language(" ".join([t.value for t in texts])) or detect_language(_without_names(e, source)) or _names_language(e, source)
    e.language = _stated_language(e) or _transliterated_title_language(e, main) or _romanized_title_language(e, main, language) or language
    e.script = detect_script(main) or detect_script(source)
    setting = _cyrillic_setting_of_latin_title(e, main, language)
    if setting is not None:
        e.language = setting
    if e.language == "ru" and language == "ru":
        e.language = _imprint_spelling_language(e, main) or e.language
    if e.language not in (None, "en") and e.script == "Latn" and _english_translation(e, source):
        e.language = "en"  # "Balzac, Honoré de. Père Goriot. Translated by A. J. Krailsheimer": the English edition is cited
    if e.language is None and _latvian_signature(e):
        e.language = "lv"
    if e.language is None and e.script == "Latn":
        e.language = "en"  # Latin script with no sign of another language
    for text in texts:
        text.script = detect_script(text.value)
        text.lang = detect_language(text.value)
        if text.lang is None and text.script == e.script:
            text.lang = e.language
    if title is not None and title.translated and e.language != title.lang and title.script == "Latn":
        title.lang = e.language  # a romanised title: its language is the one the reference states or shows
    if e.language == "ru" and language in ("en", None):
        for part in (title, subtitle):
            if part is not None and part.script == "Latn":
                part.lang = "ru"  # Russian in Latin letters


def _cyrillic_setting_of_latin_title(e: Entry, main: str, language: str | None) -> str | None:
    """The language of the Cyrillic host or imprint of a Latin, plain-ASCII, non-English title:
    "Успенский Б. А. Historia sub specie semioticae // Культурное наследие Древней Руси", "Брюсов В. Я.
    Urbi et orbi. — М. : Скорпион, 1903": the work is written in its setting's language; the title's
    few words ("historia", "et") tell no language apart."""
    if language == "en" or _stated_language(e) is not None:
        return None
    if not main or not all(c.isascii() for c in main if c.isalpha()) or detect_script(main) != "Latn" or word_evidence(main) > 1:
        return None  # ("Zur Frage der Sprache": German words enough to tell)
    if e.host is not None and e.host.title is not None:
        setting = e.host.title.value
    elif any(detect_script(p.family or p.literal) == "Latn" for p in e.persons):
        return None  # "Marx K. Selected Works. М. : Прогресс": a Latin-script writer, a foreign-language edition
    else:
        setting = e.publisher.value if e.publisher is not None else e.places[0].value if e.places else ""
    return detect_language(setting) if detect_script(setting) == "Cyrl" else None


def _english_translation(e: Entry, source: str) -> bool:
    """An English translator's statement ("Translated by …", "trans.", "(Trans.)") about a foreign title: the
    reference cites the translation, whose title keeps the original's (MLA 9, 2.21; CMOS 14.88), unless it
    states the language read ("(in French)") or gives the title's English translation in brackets."""
    if not any(p.role == Role.TRANSLATOR for p in e.persons) or _stated_language(e) is not None:
        return False
    if any(part is not None and part.translated for part in (e.title, e.subtitle)):
        return False
    return "rans" in source and _ENGLISH_TRANSLATOR.search(source) is not None


_ENGLISH_TRANSLATOR = re.compile(r"\b(?:[Tt]ranslated(?: and [a-z]+)? by|[Tt]rans\.|[Tt]ranslator|\((?:Ed\. & )?Trans\.\))")


def _stated_language(e: Entry) -> str | None:
    """The language a Wikipedia (CS1) reference states after the title: "(in German)", "(in Russian and English)"."""
    for note in e.notes:
        if note.value.startswith("in ") and note.value[3:4].isupper():
            return language_names().get(note.value[3:].replace(",", " ").split(" ", 1)[0])
    return None


def _transliterated_title_language(e: Entry, main: str) -> str | None:
    """A Latin-script title followed by its English translation is not English: a romanised Russian
    title ("Problemy tvorchestva Dostoevskogo [Problems of Dostoevsky's art]") is Russian."""
    translated = any(part is not None and "en" in part.translated for part in (e.title, e.subtitle))  # (after a subtitle: the whole title's)
    if e.title is None or not translated or not all(c.isascii() for c in main if c.isalpha()):
        return None  # (a letter such as ā or ö is evidence of its own language)
    return "ru" if reads_as_romanized_russian(main, lambda: 1) else None  # (the translation is one more sign)


def _romanized_title_language(e: Entry, main: str, detected: str | None) -> str | None:
    """A Latin-script title that reads as romanised Russian with no translation beside it ("Kozlov, V. A.
    Neizvestnaia Rossiia: XX vek. Moscow: Istoricheskoe nasledie, 1992."): the work is Russian. A romanised
    imprint or journal title, or a romanised Russian author, adds its evidence to a short title's ("Voprosy istorii",
    "Izdatel'stvo …")."""
    if not main or detect_script(main) != "Latn":
        return None
    if detected not in ("en", None) and not all(c.isascii() or c in ALA_LC_LETTERS for c in main):
        return None  # a letter of another language's alphabet ("ą", "ö", "č") speaks for it; "na", "les" do not
    parts = ": ".join(part.value for part in (e.title, e.subtitle) if part is not None) or main  # (a subtitle starts anew)
    return "ru" if reads_as_romanized_russian(parts, lambda: _romanized_support(e)) else None


_ROMANIZED_INITIAL = re.compile(r"(?<![A-Za-z])(?:Iu|Ia|Yu|Ya|Zh|Kh|Shch|Ts)\.")


def _romanized_support(e: Entry) -> int:
    """Evidence for a romanised Russian title from the rest of the reference: a romanised imprint, journal or
    series, a romanised Russian author, a place written in Russian."""
    support = 0
    for text in (e.publisher, e.host.title if e.host is not None else None, e.series):
        if text is not None:
            russian, english = romanized_russian_evidence(text.value)
            support += russian if not english else 0
    if any(p.family and reads_as_russian_name(p.family) for p in e.persons):
        support += 1  # "Khlevniuk, O. V.", "Zhukov, G. K."
    if any(p.given and _ROMANIZED_INITIAL.search(p.given) for p in e.persons):
        support += 1  # "Lotman, Iu. M.": one Cyrillic letter (ю, ж) romanised with two
    if any(place.value.lower() in romanized_russian()["place"] for place in e.places):
        support += 1  # "Moskva", not "Moscow"
    return support


def _names_language(e: Entry, source: str) -> str | None:
    """The language the names' letters show when nothing else does ("Vīķe-Freiberga V."); a particle
    ("Du Maurier, Daphne", "van Gogh") is no word of the reference's language."""
    names = " ".join(source[p.span.start : p.span.end] for p in e.all_persons() if p.span is not None)
    return detect_language(source) if not names.isascii() else None


def _without_names(e: Entry, source: str) -> str:
    """The source with the persons' names blanked: a name's letters tell its bearer's language rather than
    the reference's ("Lem, Stanisław. Solaris. Translated by …", "Le Goff, Jacques. …"); they decide only
    when nothing else does ("Vīķe-Freiberga V. Saules dainas. Montreal: Helios, 1988.")."""
    spans = sorted((p.span.start, p.span.end) for p in e.all_persons() if p.span is not None and p.span.end <= len(source))
    if not spans:
        return source
    out, at = [], 0
    for start, end in spans:
        if start >= at:
            out.append(source[at:start])
            at = end
    out.append(source[at:])
    return " ".join(out)


_INSTITUTION_DOMAIN = re.compile(r"(?:https?://)?[^/\s]+\.(?:org|gov|edu|int|mil)(?:\.[a-z]{2})?(?:[/:]|$)")


def _news_site(title: str) -> bool:
    """Whether a dated container is a known news portal, by its name or its domain ("Delfi", "LSM.lv", "eng.lsm.lv")."""
    name = title.lower().removeprefix("www.").removeprefix("eng.").removeprefix("rus.")
    return name in news_sites() or name.partition(".")[0] in news_sites()


def _institution_site(url: str) -> bool:
    """A site under .org, .gov, .edu or .int is an institution's ("The Nobel Prize, 7 Dec. 1993,
    www.nobelprize.org/…"): a dated page there is a web page, while a magazine styled "The" and a
    short name ("The Atlantic, May 1991, www.theatlantic.com/…") is a periodical."""
    return bool(url) and _INSTITUTION_DOMAIN.match(url) is not None


def _apa_online_group_report(e: Entry) -> bool:
    """APA 7 (10.4): a group's report read online names the group, the year alone and the title, then the
    address ("World Health Organization. (2020). WHO guidelines on physical activity …. https://…"); a
    page of the group's site is dated to the day or "n.d." and may say when it was retrieved (10.16)."""
    if not e.persons or not all(p.literal and p.role == Role.AUTHOR for p in e.persons):
        return False
    if not e.url or e.accessed or e.host is not None or e.notes or e.edition or e.volume or e.publisher:
        return False
    last = e.persons[-1].span
    if e.date is None or e.date.year is None or e.date.month or last is None:
        return False
    if not e.source.startswith(f". ({e.date.year}). ", last.end):
        return False
    lead = e.persons[0].literal
    return detect_script(lead) == "Latn" and detect_language(lead) in (None, "en")


# a government's parent department, which APA names as the publisher of its agencies' reports
_PARENT_AGENCY = re.compile(r"\b(?:Department|Ministry|Dept\.) (?:of|for) [A-Z]")


def _apa_agency_report(e: Entry) -> bool:
    """APA 7 (10.4): a government agency's report names the parent department as its publisher ("National Institute of
    Mental Health. (2022). Title. U.S. Department of Health and Human Services, National Institutes of Health.
    https://…"); a web page names its site there, and is dated to the day or says when it was retrieved."""
    if not e.persons or not all(p.literal and p.role == Role.AUTHOR for p in e.persons):
        return False
    if not e.url or e.accessed or e.host is not None or e.publisher is None or e.date is None or e.date.month:
        return False
    return _PARENT_AGENCY.search(e.publisher.value) is not None and e.publisher.value != e.persons[0].literal


_LV_SIGNATURE = re.compile(r"\d+\. ?f\., ?\d+\. ?apr\.")


def _latvian_signature(e: Entry) -> bool:
    """An untitled archival file in Latvian: "LNA LVVA, 1468. f., 2. apr., 1138. l." (ordinal fonds, apraksts, lieta)."""
    signature = e.extra.get("archive_signature", "")
    return "apr." in signature and _LV_SIGNATURE.search(signature) is not None


# letters the other language lacks: Belarusian writes no "и", "щ", "ъ"; Ukrainian no "ы", "э", "ё", "ъ"
_NOT_IN = {"be": "ищъ", "uk": "ыэёъ"}


def _imprint_spelling_language(e: Entry, main: str) -> str | None:
    """A Cyrillic title with no letter of one language alone ("Жалейка", "Кобзар") printed in a place spelt the
    Belarusian or Ukrainian way ("Пецярбург", "Львів"): the imprint is written in the book's language, so the
    book is in it, unless the title has a letter that language lacks."""
    lower = main.lower()
    for place in e.places:
        if place.lang in _NOT_IN and not any(c in lower for c in _NOT_IN[place.lang]):
            return place.lang
    return None
