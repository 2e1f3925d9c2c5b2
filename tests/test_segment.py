"""Cutting a run-on reference section into references."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.parse import segment

ROOT = Path(__file__).resolve().parents[1]
RUNON = ROOT / "references" / "soviet-partisans-in-latvia.runon.txt"
BUNDLED = ROOT / "references" / "soviet-partisans-in-latvia.txt"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def test_article_list_splits_into_its_24_references() -> None:
    pieces = segment(RUNON.read_text(encoding="utf-8"))
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    assert len(pieces) == 24
    assert all(_same(p, line) for p, line in zip(pieces, lines))


def test_empty_and_blank_text() -> None:
    assert segment("") == []
    assert segment("   \n ") == []


def test_single_reference_stays_whole() -> None:
    ref = "Иванов И. И. Заглавие : подзаг. / И. И. Иванов. — М. : Наука, 1999. — 100 с."
    assert segment(ref) == [ref]


def test_year_inside_a_title_does_not_cut() -> None:
    ref = "Healy M. Kursk 1943. Oxford: Osprey, 1992. 96 p."
    assert segment(ref) == [ref]


def test_place_after_a_year_continues_the_reference() -> None:
    text = "Ivanov I. Title. 1941-1944. М., Наука, 1988. Petrov P. Other. Рига, 1990."
    assert segment(text) == ["Ivanov I. Title. 1941-1944. М., Наука, 1988.", "Petrov P. Other. Рига, 1990."]


def test_isbn_and_notes_close_and_continue() -> None:
    text = (
        "Smith J. A Book. London, 2001. ISBN 978-0-306-40615-7 Summary in English, p. 20 "
        "Jones K. Another Book. Boston, 2003."
    )
    assert segment(text) == [
        "Smith J. A Book. London, 2001. ISBN 978-0-306-40615-7 Summary in English, p. 20",
        "Jones K. Another Book. Boston, 2003.",
    ]


def test_page_counts_close_a_reference() -> None:
    text = "А.Б. Петров. Книга. М., 1970. - 120 стр., илл. Сборник статей о войне. Л., 1975."
    assert segment(text) == ["А.Б. Петров. Книга. М., 1970. - 120 стр., илл.", "Сборник статей о войне. Л., 1975."]


def test_cli_segment_option_reads_the_runon_file() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "biblio", "parse", "--segment", str(RUNON), "--format", "json"],
        capture_output=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 24
    assert items[15]["persons"][0]["family"] == "Falkov"


def test_numbered_run_on_list() -> None:
    text = "1. Иванов И. И. Книга. — М. : Наука, 1999. — 100 с. 2. Петров П. П. Другая книга. — Л., 1980. — 50 с."
    assert segment(text) == [
        "1. Иванов И. И. Книга. — М. : Наука, 1999. — 100 с.",
        "2. Петров П. П. Другая книга. — Л., 1980. — 50 с.",
    ]


def test_apa_run_on_list_splits_before_each_author_year() -> None:
    text = (
        "Smith, J. A. (2001). A title. Academic Press. Jones, K., & Lee, M. (2002). Another title. "
        "Journal of Things, 3(2), 1–9. https://doi.org/10.1000/x1 Brown, R. (2003). Third. Routledge."
    )
    assert [p.split(" (")[0] for p in segment(text)] == ["Smith, J. A.", "Jones, K., & Lee, M.", "Brown, R."]


def test_joined_labelled_corpus_splits_back_mostly_exactly() -> None:
    """Every labelled reference of a convention run together: most come back exactly."""
    corpus = sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))
    assert corpus
    total = exact = 0
    for path in corpus:
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pieces = set(segment(" ".join(texts)))
        total += len(texts)
        exact += sum(1 for t in texts if t in pieces)
    assert exact / total >= 0.88, (exact, total)


@pytest.mark.parametrize(
    "refs",
    [
        # Chicago author-date: the year after the names is the heading's, not a close
        ["Kuhn, Thomas S. 1962. The Structure of Scientific Revolutions. Chicago: University of Chicago Press.",
         "Tully, James, ed. 1988. Meaning and Context: Quentin Skinner and His Critics. Cambridge: Polity Press."],
        # Harvard and Wikipedia headings with a date in parentheses, organisations included
        ["Popper, K. (1959) The Logic of Scientific Discovery. London: Hutchinson.",
         "OECD (2015) In It Together: Why Less Inequality Benefits All. Paris: OECD Publishing.",
         "Denzin, N.K. and Lincoln, Y.S. (eds) (2011) The SAGE Handbook of Qualitative Research. Thousand Oaks: SAGE.",
         "Kennan, George F. (July 1947). \"The Sources of Soviet Conduct\". Foreign Affairs. 25 (4): 566–582.",
         "World Bank. (1993). The East Asian miracle. Oxford University Press."],
        # a numbered note after a pin-cited page keeps its number
        ["25. Erving Goffman, Stigma (Englewood Cliffs, NJ: Prentice-Hall, 1963), 4.",
         "27. Walter Duranty, \"Russians Hungry, but Not Starving,\" New York Times, March 31, 1933."],
        # GOST 7.0.100-2018's content statement and a newspaper's day and month close a reference
        ["Лотман, Ю. М. Беседы о русской культуре. – Санкт-Петербург : Искусство-СПБ, 1994. – 399 с. – Текст : непосредственный.",
         "Рига. – Текст : непосредственный // Большая российская энциклопедия. – Москва, 2015. – Т. 28. – С. 600.",
         "И. Эренбург. Убей! – «Красная звезда», 1942, 24 июля.",
         "Семиотика. — Философская энциклопедия, т. 4. М., 1967."],
        # a Latvian day after a year is no list number
        ["Valsts valodas likums. Latvijas Vēstnesis, 1999. 21. dec.", "Ikstena N. Mātes piens. Rīga: Dienas Grāmata, 2015."],
    ],
)
def test_run_on_headings_of_more_conventions(refs: list[str]) -> None:
    assert segment(" ".join(refs)) == refs


def test_a_capital_page_label_closes_but_an_initial_before_a_year_does_not() -> None:
    refs = ["Иванов И. И. Партизаны Латгалии // Вопросы истории. — 1990. — № 3. — С. 45.", "Стродс Х. История Латвии. — Рига, 1991."]
    assert segment(" ".join(refs)) == refs
    assert segment("Kuhn, Thomas S. 1962. The Structure of Scientific Revolutions. Chicago: University of Chicago Press.") == [
        "Kuhn, Thomas S. 1962. The Structure of Scientific Revolutions. Chicago: University of Chicago Press."]
