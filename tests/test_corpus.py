"""The labelled corpus, the corpus generator and the parser evaluation.

The corpus is checked against the shared label spec (tests/corpus/README.md),
every label is checked against its own text, and the evaluation arithmetic is
checked on small hand-made cases. No F1 threshold is asserted here: the parser
evolves on its own schedule; the benchmark prints the numbers.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from stdnum import isbn as stdnum_isbn

from biblio.model import Date, Entry, EntryType, Host, Pages, Person, Place, Role, Text

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


parse_eval = _load("biblio_parse_eval", ROOT / "benchmarks" / "parse_eval.py")
generator = parse_eval.load_generator()
CORPUS = parse_eval.load_corpus()

PERSON_FIELDS = ("authors", "editors", "translators")
STRING_FIELDS = tuple(f for f in parse_eval.FIELDS if f not in PERSON_FIELDS + ("year", "isbn"))
MINIMUM_PER_CONVENTION = {
    "soviet-ru": 55,
    "gost-2003": 30,
    "gost-2018": 30,
    "lv": 50,
    "chicago": 25,
    "apa": 25,
    "mla": 25,
    "wikipedia": 25,
    "harvard": 5,
    "other": 5,
}
REQUIRED_TYPES = {"book", "volume", "chapter", "article", "encyclopedia-entry", "collection", "thesis", "webpage"}


# --- validation of one labelled item -----------------------------------------------


def spec_problems(item: dict[str, Any]) -> list[str]:
    """Everything in one corpus line that breaks the label spec (empty when it is valid)."""
    problems: list[str] = []
    if {key for key in item if not key.startswith("_")} != {"id", "convention", "text", "expected"}:  # ("_where", "_sealed": added on loading)
        return [f"keys are {sorted(item)}"]
    if not isinstance(item["id"], str) or not item["id"]:
        problems.append("id must be a non-empty string")
    if item["convention"] not in parse_eval.CONVENTIONS:
        problems.append(f"unknown convention {item['convention']!r}")
    text = item["text"]
    if not isinstance(text, str) or not text.strip() or text != text.strip() or "\n" in text:
        problems.append("text must be one stripped, non-empty line")
    expected = item["expected"]
    if not isinstance(expected, dict):
        return problems + ["expected must be an object"]
    unknown = set(expected) - set(parse_eval.FIELDS)
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    if expected.get("type") not in parse_eval.TYPES:
        problems.append(f"type {expected.get('type')!r} is not an EntryType value")
    if not isinstance(expected.get("language"), str) or not re.fullmatch(r"[a-z]{2}", expected["language"]):
        problems.append("language must be an ISO 639-1 code")
    for name in PERSON_FIELDS:
        if name in expected:
            problems.extend(_person_problems(name, expected[name]))
    for name in STRING_FIELDS:
        value = expected.get(name)
        if name in expected and (not isinstance(value, str) or not value.strip() or value != value.strip()):
            problems.append(f"{name} must be a stripped non-empty string")
    if "year" in expected and not (isinstance(expected["year"], int) and 1500 <= expected["year"] <= 2100):
        problems.append("year must be an integer year")
    if "isbn" in expected:
        isbns = expected["isbn"]
        if not isinstance(isbns, list) or not isbns:
            problems.append("isbn must be a non-empty list")
        else:
            for value in isbns:
                if not (isinstance(value, str) and re.fullmatch(r"\d{9}[\dX]|\d{13}", value) and stdnum_isbn.is_valid(value)):
                    problems.append(f"isbn {value!r} is not a valid compact ISBN")
    if "accessed" in expected and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(expected["accessed"])):
        problems.append("accessed must be YYYY-MM-DD")
    if "pages" in expected and not re.fullmatch(r"[A-Z]?[\dIVXLCivxlc]+(–[A-Z]?[\dIVXLCivxlc]+)?", str(expected["pages"])):
        problems.append(f"pages {expected['pages']!r} must be N or N–M with an en dash (a newspaper's section letter allowed: A1)")
    return problems


def _person_problems(name: str, persons: Any) -> list[str]:
    if not isinstance(persons, list) or not persons:
        return [f"{name} must be a non-empty list"]
    problems = []
    for person in persons:
        if not isinstance(person, dict):
            problems.append(f"{name} entries must be objects")
        elif "literal" in person:
            if set(person) != {"literal"} or not person["literal"]:
                problems.append(f"{name}: an organisation is exactly {{'literal': …}}")
        elif not person.get("family") or set(person) - {"family", "given"}:
            problems.append(f"{name}: a person is {{'family', 'given'}} with a family name")
    return problems


def _loose(text: str) -> str:
    """Soft form without any spaces, periods or commas: for 'does the label occur in the text'."""
    return re.sub(r"[\s.,:;]", "", parse_eval.soft(text))


def label_problems(item: dict[str, Any]) -> list[str]:
    """Labels that the reference text does not actually contain (typos, stale labels)."""
    text, expected = item["text"], item["expected"]
    loose_text = _loose(text)
    digits = re.sub(r"[^0-9X]", "", text.upper())
    problems = []
    for name in ("title", "subtitle", "publisher", "series", "edition", "volume", "part", "issue", "page_total", "url", "doi"):
        if name in expected and _loose(expected[name]) not in loose_text:
            if name == "publisher" and all(_loose(p) in loose_text for p in expected[name].split(" ; ")):
                continue  # co-publishers in two places: "Тверь : Леан ; Москва : Аграф" → "Леан ; Аграф"
            problems.append(f"{name} {expected[name]!r} is not in the text")
    if "container_title" in expected:
        for piece in re.split(r": ", expected["container_title"]):
            if _loose(piece) not in loose_text:
                problems.append(f"container_title piece {piece!r} is not in the text")
    if "place" in expected:
        for place in expected["place"].split(" ; "):
            if _loose(place) not in loose_text:
                problems.append(f"place {place!r} is not in the text")
    if "year" in expected and str(expected["year"]) not in text:
        problems.append(f"year {expected['year']} is not in the text")
    if "pages" in expected:
        for number in expected["pages"].split("–"):
            if number not in text:
                problems.append(f"page {number} is not in the text")
    for value in expected.get("isbn", []):
        if value not in digits:
            problems.append(f"isbn {value} is not in the text")
    for name in PERSON_FIELDS:
        for person in expected.get(name, []):
            family = person.get("family") or person.get("literal", "")
            stem = _loose(family)[: max(3, len(_loose(family)) - 2)]  # "Грекова" names Греков
            if stem not in loose_text:
                problems.append(f"{name}: {family!r} is not in the text")
    return problems


# --- the hand-labelled corpus ---------------------------------------------------------


def test_every_corpus_line_follows_the_spec() -> None:
    bad = {item["_where"]: spec_problems(item) for item in CORPUS if spec_problems(item)}
    assert not bad, bad


def test_every_label_occurs_in_its_text() -> None:
    bad = {item["_where"]: label_problems(item) for item in CORPUS if label_problems(item)}
    assert not bad, bad


HELDOUT_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
HELDOUT = {name: parse_eval.load_corpus(sorted((ROOT / "tests" / "corpus" / name).glob("*.jsonl"))) for name in HELDOUT_SETS}


@pytest.mark.parametrize("name", HELDOUT_SETS)
def test_heldout_lines_follow_the_spec_and_share_nothing_with_the_dev_corpus(name: str) -> None:
    heldout = HELDOUT[name]
    count = len(heldout)  # (a failing assertion must not print a sealed set's references)
    assert count >= 200, f"{name} holds {count} references"
    bad = {item["_where"]: spec_problems(item) + label_problems(item) for item in heldout}
    if any(item.get("_sealed") for item in heldout):
        bad = {where: [f"{len(problems)} problems (a sealed set: see them in the file, not here)"] if problems else [] for where, problems in bad.items()}
    assert not {where: problems for where, problems in bad.items() if problems}
    dev_texts = {unicodedata.normalize("NFC", item["text"]) for item in CORPUS}
    assert not [item["id"] for item in heldout if unicodedata.normalize("NFC", item["text"]) in dev_texts]
    assert not {item["id"] for item in heldout} & {item["id"] for item in CORPUS}


def test_heldout_sets_share_no_ids_or_texts() -> None:
    items = [item for name in HELDOUT_SETS for item in HELDOUT[name]]
    assert [i for i, n in Counter(item["id"] for item in items).items() if n > 1] == []
    texts = Counter(parse_eval.soft(item["text"]) for item in items)
    assert [item["id"] for item in items if texts[parse_eval.soft(item["text"])] > 1] == []  # (ids: sealed texts stay unseen)


def test_no_duplicate_ids_or_texts() -> None:
    ids = Counter(item["id"] for item in CORPUS)
    texts = Counter(unicodedata.normalize("NFC", item["text"]) for item in CORPUS)
    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t, n in texts.items() if n > 1] == []


def test_corpus_size_and_coverage() -> None:
    assert len(CORPUS) >= 300
    per_convention = Counter(item["convention"] for item in CORPUS)
    short = {c: (per_convention[c], least) for c, least in MINIMUM_PER_CONVENTION.items() if per_convention[c] < least}
    assert not short, short
    english = sum(per_convention[c] for c in ("chicago", "apa", "mla", "wikipedia", "harvard"))
    assert english >= 120
    assert REQUIRED_TYPES <= {item["expected"]["type"] for item in CORPUS}
    # every person role, the identifiers and access dates are exercised somewhere
    for name in ("editors", "translators", "isbn", "doi", "url", "accessed", "series", "number_of_volumes", "part"):
        assert any(name in item["expected"] for item in CORPUS), name


def test_corpus_has_realistic_typography() -> None:
    texts = [item["text"] for item in CORPUS]
    assert any("\u00a0" in t for t in texts)  # no-break spaces
    for dash in ("—", "–", " - "):
        assert any(dash in t for t in texts), dash
    for quote in ("«", "“", '"'):
        assert any(quote in t for t in texts), quote
    assert any(re.search(r"ISBN \d{1,5}-\d+-\d+-[\dX]\b", t) for t in texts)  # ISBN-10
    assert any(re.search(r"ISBN 97[89]-", t) for t in texts)  # ISBN-13


def test_no_corpus_item_is_a_bundled_reference() -> None:
    bundled = set()
    for path in sorted((ROOT / "references").glob("*.txt")):
        bundled.update(parse_eval.soft(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert bundled, "the bundled bibliography is missing"
    assert [item["id"] for item in CORPUS if parse_eval.soft(item["text"]) in bundled] == []


# --- soft matching and the arithmetic -----------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("«Известия  АН»,", '"известия ан"'),
        ("1941 — 1945", "1941-1945"),
        ("1941–1945", "1941 ‒ 1945".replace("‒", "‐")),
        ("Ёлка.", "елка"),
        ("Рига\u00a0", " рига"),
        ("Stalin’s Guerrillas", "Stalin's Guerrillas"),
        ("Structure ( Second )", "structure (second)"),
        ("М. ; Л.", "М.; Л."),
    ],
)
def test_soft_matches_variants(a: str, b: str) -> None:
    assert parse_eval.soft(a) == parse_eval.soft(b)


@pytest.mark.parametrize("a, b", [("Рига", "Рим"), ("1941-1945", "1941-1946"), ("М.", "Л."), ("Vol 1", "Vol 2")])
def test_soft_keeps_differences(a: str, b: str) -> None:
    assert parse_eval.soft(a) != parse_eval.soft(b)


def test_person_key_is_family_and_first_initial() -> None:
    key = parse_eval.person_key
    assert key({"family": "Рашкевиц", "given": "А. К."}) == key({"family": "рашкевиц", "given": "Александр"})
    assert key({"family": "Falkov", "given": "Yaacov"}) != key({"family": "Falkov", "given": "J."})
    assert key({"literal": "World Health Organization"}) != key({"family": "World Health Organization"})


def test_scalar_field_counts() -> None:
    score = parse_eval.score_field
    assert vars(score("title", "Заглавие", "заглавие.")) == {"tp": 1, "fp": 0, "fn": 0}
    assert vars(score("title", "Заглавие", "Другое")) == {"tp": 0, "fp": 1, "fn": 1}
    assert vars(score("title", "Заглавие", None)) == {"tp": 0, "fp": 0, "fn": 1}
    assert vars(score("title", None, "Заглавие")) == {"tp": 0, "fp": 1, "fn": 0}
    assert vars(score("year", 1973, 1973)) == {"tp": 1, "fp": 0, "fn": 0}
    assert vars(score("year", 1973, 1974)) == {"tp": 0, "fp": 1, "fn": 1}


def test_list_field_counts_are_multisets() -> None:
    a, b, c = ({"family": n, "given": "X."} for n in ("Alpha", "Beta", "Gamma"))
    counts = parse_eval.score_field("authors", [a, b], [b, c, c])
    assert vars(counts) == {"tp": 1, "fp": 2, "fn": 1}
    counts = parse_eval.score_field("isbn", ["9781138612945"], ["978-1-138-61294-5"])
    assert vars(counts) == {"tp": 1, "fp": 0, "fn": 0}


def test_title_split_at_a_period_is_graded_as_one_title() -> None:
    expected = {"type": "book", "title": "Деятельность. Сознание. Личность", "language": "ru"}
    split = {"type": "book", "title": "Деятельность", "subtitle": "Сознание. Личность", "language": "ru"}
    assert all(c.fp == 0 and c.fn == 0 for c in parse_eval.score_item(expected, split).values())
    # a colon is a real title/subtitle boundary in the spec: merging it into the title is an error
    expected = {"title": "Алгоритмы", "subtitle": "построение и анализ"}
    merged = {"title": "Алгоритмы: построение и анализ"}
    counts = parse_eval.score_item(expected, merged)
    assert (counts["title"].fp, counts["title"].fn, counts["subtitle"].fn) == (1, 1, 1)
    # a wrong title is still wrong
    counts = parse_eval.score_item({"title": "Хунну. Средняя Азия"}, {"title": "Хунну", "subtitle": "Азия"})
    assert counts["title"].fn == 1 and counts["subtitle"].fp == 1


def test_precision_recall_f1() -> None:
    counts = parse_eval.Counts(tp=6, fp=2, fn=4)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    empty = parse_eval.Counts()  # nothing expected, nothing predicted: perfect, not a division error
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    assert parse_eval.Counts(tp=0, fp=3, fn=0).f1 == 0.0


def test_entry_fields_flattens_the_model() -> None:
    entry = Entry(
        type=EntryType.CHAPTER,
        title=Text("За Советскую Латвию"),
        persons=[Person(family="Рашкевиц", initials="А. К."), Person(family="Иванов", given="Иван", role=Role.TRANSLATOR)],
        host=Host(
            title=Text("Советские партизаны"),
            subtitle=Text("из истории партизанского движения"),
            persons=[Person(family="Быстров", initials="В. Е.", role=Role.EDITOR_COMPILER)],
            volume="2",
            issue="5",
        ),
        places=[Place("М."), Place("Л.")],
        publisher=Text("Госполитиздат"),
        date=Date(year=1961),
        pages=Pages("590", "630"),
        isbns=["978-5-02-013850-4"],
        accessed=Date(2012, 1, 6),
        language="ru",
    )
    assert parse_eval.entry_fields(entry) == {
        "type": "chapter",
        "authors": [{"family": "Рашкевиц", "given": "А. К."}],
        "editors": [{"family": "Быстров", "given": "В. Е."}],
        "translators": [{"family": "Иванов", "given": "Иван"}],
        "title": "За Советскую Латвию",
        "container_title": "Советские партизаны: из истории партизанского движения",
        "volume": "2",
        "issue": "5",
        "pages": "590–630",
        "publisher": "Госполитиздат",
        "place": "М. ; Л.",
        "year": 1961,
        "isbn": ["9785020138504"],
        "accessed": "2012-01-06",
        "language": "ru",
    }


def test_evaluate_scores_a_known_parser() -> None:
    items = [
        {"id": "a", "convention": "lv", "text": "A", "expected": {"type": "book", "title": "Alpha", "year": 1990, "language": "lv"}},
        {"id": "b", "convention": "apa", "text": "B", "expected": {"type": "article", "title": "Beta", "language": "en"}},
    ]
    answers = {
        "A": Entry(type=EntryType.BOOK, title=Text("alpha"), date=Date(1990), language="lv"),
        "B": Entry(type=EntryType.BOOK, title=Text("Beta"), publisher=Text("Extra"), language="en"),
    }
    report = parse_eval.evaluate(items, parse=lambda text: answers[text])
    total = report.total()
    # A: 4 exact fields. B: type wrong (fp+fn), title and language right, publisher spurious (fp).
    assert (total.tp, total.fp, total.fn) == (6, 2, 1)
    assert report.items == 2 and report.exact == 1 and report.accuracy == 0.5
    assert report.conventions["lv"].accuracy == 1.0 and report.conventions["apa"].accuracy == 0.0
    kinds = parse_eval.error_kinds(report.mismatches)
    assert kinds == Counter({("type", "wrong"): 1, ("publisher", "spurious"): 1})


def test_a_crashing_parser_is_counted_not_fatal() -> None:
    def broken(text: str) -> Entry:
        raise RuntimeError("boom")

    item = {"id": "x", "convention": "other", "text": "X", "expected": {"type": "book", "language": "en"}}
    report = parse_eval.evaluate([item], parse=broken)
    assert report.crashed == 1 and report.total().fn == 2 and report.total().tp == 0

    def unsure(text: str) -> Entry:
        entry = Entry(language="en")
        entry.warn("parser-error", "failed", severity="error")
        return entry

    report = parse_eval.evaluate([item], parse=unsure)
    assert report.crashed == 0 and report.errored == 1


# --- the generator -------------------------------------------------------------------------


def test_generator_is_deterministic_per_seed() -> None:
    first = generator.generate(300, seed=11)
    assert first == generator.generate(300, seed=11)
    assert first != generator.generate(300, seed=12)
    assert len(first) == 300
    assert len({item["id"] for item in first}) == 300
    assert len({item["text"] for item in first}) == 300


def test_generated_items_follow_the_spec_and_their_labels() -> None:
    items = generator.generate(1600, seed=3)
    assert {item["convention"] for item in items} == set(generator.CONVENTIONS)
    bad = {item["id"]: spec_problems(item) + label_problems(item) for item in items if spec_problems(item) + label_problems(item)}
    assert not bad, dict(list(bad.items())[:5])
    types = {item["expected"]["type"] for item in items}
    assert {"book", "volume", "article", "chapter", "collection", "thesis", "webpage", "encyclopedia-entry"} <= types


def test_generator_varies_typography() -> None:
    texts = [item["text"] for item in generator.generate(800, seed=4)]
    assert any("\u00a0" in t for t in texts)
    assert any("«" in t for t in texts) and any('"' in t for t in texts)
    assert any(" — " in t for t in texts) and any(" – " in t for t in texts) and any(" - " in t for t in texts)
    assert any(re.search(r"\bМ\., ", t) for t in texts) and any("Москва : " in t for t in texts)
    assert any(not t.endswith(".") for t in texts)  # punctuation slips happen


def test_genitive_of_editor_names() -> None:
    assert [generator.ru_genitive(n) for n in ("Кушнер", "Покровский", "Иванова", "Галинь", "Богодистый", "Дзинтарс")] == [
        "Кушнера", "Покровского", "Ивановой", "Галиня", "Богодистого", "Дзинтарса"
    ]


def test_generator_command_line_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "gen.jsonl"
    assert generator.main(["--n", "40", "--seed", "2", "--convention", "lv", "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 40 and {item["convention"] for item in lines} == {"lv"}


# --- the evaluation over the real parser -----------------------------------------------------


def _check_unit_interval(summary: dict[str, Any]) -> None:
    for key in ("micro_precision", "micro_recall", "micro_f1", "entry_accuracy"):
        assert 0.0 <= summary[key] <= 1.0, key


def test_eval_over_the_corpus_completes() -> None:
    report = parse_eval.evaluate(CORPUS)
    assert report.items == len(CORPUS)
    result = report.to_dict()
    _check_unit_interval(result)
    for summary in result["conventions"].values():
        _check_unit_interval(summary)
    for counts in result["fields"].values():
        assert all(0.0 <= counts[k] <= 1.0 for k in ("precision", "recall", "f1"))
    assert set(result["conventions"]) == {item["convention"] for item in CORPUS}


def test_eval_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in CORPUS[:5]) + "\n", encoding="utf-8")
    assert parse_eval.main([str(sample), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["items"] == 5
    assert parse_eval.main(["--generated", "24", "--seed", "1", "--show-errors", "3"]) == 0
    table = capsys.readouterr().out
    assert "micro" in table and "convention" in table
