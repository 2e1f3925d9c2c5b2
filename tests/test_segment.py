"""Cutting a run-on reference section into references."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert exact / total >= 0.85, (exact, total)
