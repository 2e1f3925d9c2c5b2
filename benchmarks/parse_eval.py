"""Score the free-text parser against labelled references.

Each corpus line is ``{"id", "convention", "text", "expected"}`` where
``expected`` holds the flat evaluation fields of ``/tests/corpus/README.md``.
The parser's :class:`~biblio.model.Entry` is flattened to the same fields by
:func:`entry_fields`, both sides are compared field by field with a soft
matcher (case, spacing, punctuation, quote and dash variants ignored), and
the script prints per-field precision / recall / F1, micro-F1 and whole-entry
accuracy, overall and per convention.

Counting rules:

* scalar field: equal → one true positive; predicted but not labelled → one
  false positive; labelled but not predicted → one false negative; both
  present but different → one false positive *and* one false negative;
* list fields (``authors``, ``editors``, ``translators``, ``isbn``) count
  their elements as multisets: matched elements are true positives, the
  rest of each side false positives / negatives;
* ``title`` and ``subtitle`` are graded together when the two sides differ
  only in where a sentence period splits them ("Хунну. Средняя Азия …" as one
  title or as title + subtitle): free text cannot tell the two apart, while a
  colon split stays graded as the spec defines it;
* an entry is *exact* when it has no false positive and no false negative.

Usage::

    python benchmarks/parse_eval.py                      # all tests/corpus/*.jsonl
    python benchmarks/parse_eval.py tests/corpus/lv.jsonl --show-errors 20
    python benchmarks/parse_eval.py --generated 5000 --seed 1 --json
"""

# No "from __future__ import annotations": the dataclasses below must also work when this
# file is loaded by path without being registered in sys.modules.
import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus"
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

# Field order is the order of the printed table.
FIELDS: tuple[str, ...] = (
    "type",
    "authors",
    "editors",
    "translators",
    "title",
    "subtitle",
    "container_title",
    "edition",
    "volume",
    "part",
    "number_of_volumes",
    "issue",
    "pages",
    "page_total",
    "publisher",
    "place",
    "year",
    "series",
    "isbn",
    "url",
    "doi",
    "accessed",
    "language",
)
PERSON_FIELDS = frozenset({"authors", "editors", "translators"})
LIST_FIELDS = PERSON_FIELDS | {"isbn"}
CONVENTIONS: tuple[str, ...] = (
    "soviet-ru",
    "gost-2003",
    "gost-2018",
    "lv",
    "chicago",
    "apa",
    "mla",
    "wikipedia",
    "harvard",
    "other",
)
TYPES: tuple[str, ...] = (
    "book",
    "volume",
    "chapter",
    "article",
    "encyclopedia-entry",
    "collection",
    "proceedings",
    "thesis",
    "report",
    "webpage",
    "document",
)

_EDITORIAL_ROLES = frozenset({"editor", "compiler", "editor-compiler", "editor-in-chief", "editorial-board"})


# --- Entry → flat fields ------------------------------------------------------


def _person(p: Any) -> dict[str, str]:
    if p.literal and not p.family:
        return {"literal": p.literal}
    out = {"family": p.family}
    given = p.given or p.initials
    if given:
        out["given"] = given
    return out


def _role(p: Any) -> str:
    return getattr(p.role, "value", p.role)


def _iso_date(d: Any) -> str:
    if d is None or d.year is None:
        return ""
    parts = [f"{d.year:04d}"]
    if d.month:
        parts.append(f"{d.month:02d}")
        if d.day:
            parts.append(f"{d.day:02d}")
    return "-".join(parts)


def _text(t: Any) -> str:
    return t.value if t is not None else ""


def entry_fields(entry: Any) -> dict[str, Any]:
    """Flatten a :class:`biblio.model.Entry` to the evaluation fields (empty ones left out)."""
    host = entry.host
    host_persons = list(host.persons) if host is not None else []
    everyone = list(entry.persons) + host_persons
    container = ""
    if host is not None and host.title is not None:
        container = host.title.value
        if host.subtitle is not None and host.subtitle.value:
            container += ": " + host.subtitle.value

    def own_or_host(name: str) -> str:
        value = getattr(entry, name, "") or ""
        if not value and host is not None:
            value = getattr(host, name, "") or ""
        return value

    out: dict[str, Any] = {
        "type": getattr(entry.type, "value", entry.type),
        "authors": [_person(p) for p in entry.persons if _role(p) == "author"],
        "editors": [_person(p) for p in everyone if _role(p) in _EDITORIAL_ROLES],
        "translators": [_person(p) for p in everyone if _role(p) == "translator"],
        "title": _text(entry.title),
        "subtitle": _text(entry.subtitle),
        "container_title": container,
        "edition": entry.edition,
        "volume": own_or_host("volume"),
        "part": own_or_host("part"),
        "number_of_volumes": own_or_host("number_of_volumes"),
        "issue": host.issue if host is not None else "",
        "pages": str(entry.pages) if entry.pages is not None else "",
        "page_total": entry.page_total,
        "publisher": _text(entry.publisher),
        "place": " ; ".join(p.value for p in entry.places),
        "year": entry.date.year if entry.date is not None else None,
        "series": _text(entry.series),
        "isbn": [compact_isbn(i) for i in entry.isbns],
        "url": entry.url,
        "doi": entry.doi,
        "accessed": _iso_date(entry.accessed),
        "language": entry.language or "",
    }
    return {k: v for k, v in out.items() if v not in ("", None, [])}


def compact_isbn(value: str) -> str:
    """ISBN digits (and a final X) only: ``978-5-02-013850-4`` → ``9785020138504``."""
    return re.sub(r"[^0-9X]", "", value.upper())


# --- soft matching ------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D"
_QUOTES = "\"'`«»„“”‟‘’‚‛‹›「」『』＂"
_DASH_RE = re.compile(f"[{_DASHES}]")
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTES)}]")
_SPACE_RE = re.compile(r"\s+")
_TIGHT_RE = re.compile(r"\s*([-/])\s*|\s+([.,;:!?)])|([(])\s+")
_EDGE_PUNCT = " .,;:!?/-()[]…"


def soft(value: Any) -> str:
    """Normalise a value for comparison.

    >>> soft("  «Известия  АН»,") == soft('"известия ан"')
    True
    >>> soft("1941 — 1945") == soft("1941-1945")
    True
    >>> soft("Ёлка") == soft("елка")
    True
    """
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = text.replace("ё", "е")
    text = _DASH_RE.sub("-", text)
    text = _QUOTE_RE.sub("", text)
    text = text.replace("\u2026", "...")
    text = _SPACE_RE.sub(" ", text)  # NBSP, thin spaces, tabs are all whitespace
    text = _TIGHT_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    return text.strip(_EDGE_PUNCT)


def person_key(person: dict[str, str]) -> str:
    """``family|first-initial`` (organisations by their soft literal name).

    >>> person_key({"family": "Рашкевиц", "given": "А. К."})
    'рашкевиц|а'
    >>> person_key({"family": "Falkov", "given": "Yaacov"}) == person_key({"family": "falkov", "given": "Y."})
    True
    """
    if person.get("literal") and not person.get("family"):
        return "=" + soft(person["literal"])
    given = soft(person.get("given", ""))
    initial = next((c for c in given if c.isalpha()), "")
    return f"{soft(person.get('family', ''))}|{initial}"


def list_keys(name: str, values: Sequence[Any]) -> Counter[str]:
    if name in PERSON_FIELDS:
        return Counter(person_key(p) for p in values)
    return Counter(compact_isbn(str(v)) for v in values)


def scalar_equal(name: str, expected: Any, predicted: Any) -> bool:
    if name == "year":
        try:
            return int(expected) == int(predicted)
        except (TypeError, ValueError):
            return False
    return soft(expected) == soft(predicted)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def score_field(name: str, expected: Any, predicted: Any) -> Counts:
    """True/false positives and negatives of one field (``None`` = absent)."""
    if name in LIST_FIELDS:
        exp = list_keys(name, expected or [])
        pred = list_keys(name, predicted or [])
        tp = sum((exp & pred).values())
        return Counts(tp, sum(pred.values()) - tp, sum(exp.values()) - tp)
    has_exp = expected not in (None, "")
    has_pred = predicted not in (None, "")
    if has_exp and has_pred:
        return Counts(1, 0, 0) if scalar_equal(name, expected, predicted) else Counts(0, 1, 1)
    return Counts(0, int(has_pred), int(has_exp))


def _joined_title(fields: dict[str, Any]) -> str:
    parts = [str(fields[k]).strip() for k in ("title", "subtitle") if fields.get(k)]
    if len(parts) == 2 and parts[0].endswith(("!", "?", "...", "\u2026")):
        return soft(" ".join(parts))  # "Dievs, Tava zeme deg! Latvijas …": the sentence ends already
    return soft(". ".join(parts))


def same_title_split_at_period(expected: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """True when title + subtitle agree once joined with a period, but are split differently.

    >>> same_title_split_at_period({"title": "Хунну. Средняя Азия"}, {"title": "Хунну", "subtitle": "Средняя Азия."})
    True
    >>> same_title_split_at_period({"title": "Алгоритмы: построение"}, {"title": "Алгоритмы", "subtitle": "построение"})
    False
    >>> same_title_split_at_period({"title": "Сияй, звёздочка! Борьба"}, {"title": "Сияй, звёздочка!", "subtitle": "Борьба"})
    True
    """
    if not expected.get("title") or not predicted.get("title"):
        return False
    split_differs = (soft(expected["title"]), soft(expected.get("subtitle", ""))) != (
        soft(predicted["title"]),
        soft(predicted.get("subtitle", "")),
    )
    return split_differs and _joined_title(expected) == _joined_title(predicted)


def score_item(expected: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Counts]:
    """Per-field counts for one reference (fields absent on both sides are skipped)."""
    if same_title_split_at_period(expected, predicted):
        predicted = dict(predicted, title=expected["title"])
        predicted.pop("subtitle", None)
        if expected.get("subtitle"):
            predicted["subtitle"] = expected["subtitle"]
    out: dict[str, Counts] = {}
    for name in FIELDS:
        if name in expected or name in predicted:
            out[name] = score_field(name, expected.get(name), predicted.get(name))
    return out


# --- corpus loading -----------------------------------------------------------


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: invalid JSON: {exc.msg}") from None
            item.setdefault("_where", f"{path.name}:{number}")
            if is_sealed(path):
                item["_sealed"] = True
            items.append(item)
    return items


def is_sealed(path: Path) -> bool:
    """Whether a corpus file belongs to a sealed held-out set (a ``SEALED`` file in its folder): its scores may
    be read, its references and mismatches may not."""
    return (path.parent / "SEALED").exists()


def corpus_files() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.jsonl"))


def load_corpus(paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in paths if paths is not None else corpus_files():
        items.extend(load_jsonl(Path(path)))
    return items


def load_generator() -> Any:
    """The sibling ``corpus_generator`` module, imported by path."""
    path = Path(__file__).resolve().with_name("corpus_generator.py")
    spec = importlib.util.spec_from_file_location("biblio_corpus_generator", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --- evaluation ---------------------------------------------------------------


@dataclass
class Mismatch:
    id: str
    convention: str
    field: str
    kind: str  # "missing" | "spurious" | "wrong"
    expected: Any
    predicted: Any
    text: str
    sealed: bool = False  # from a sealed set: counted, never shown


@dataclass
class Report:
    items: int = 0
    exact: int = 0
    crashed: int = 0
    errored: int = 0  # entries the parser returned with an error-severity diagnostic
    fields: dict[str, Counts] = field(default_factory=dict)
    conventions: dict[str, "Report"] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)

    def total(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total

    @property
    def accuracy(self) -> float:
        return self.exact / self.items if self.items else 0.0

    def summary(self) -> dict[str, Any]:
        total = self.total()
        return {
            "items": self.items,
            "crashed": self.crashed,
            "errored": self.errored,
            "micro_precision": round(total.precision, 4),
            "micro_recall": round(total.recall, 4),
            "micro_f1": round(total.f1, 4),
            "entry_accuracy": round(self.accuracy, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        out = self.summary()
        out["fields"] = {
            name: {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
            for name, c in self.fields.items()
        }
        if self.conventions:
            out["conventions"] = {name: sub.summary() for name, sub in self.conventions.items()}
            out["error_kinds"] = [
                {"field": f, "kind": k, "count": n} for (f, k), n in error_kinds(self.mismatches).most_common()
            ]
        return out


def _add_item(report: Report, counts: dict[str, Counts], crashed: bool, errored: bool) -> None:
    report.items += 1
    report.crashed += int(crashed)
    report.errored += int(errored)
    exact = True
    for name, c in counts.items():
        report.fields.setdefault(name, Counts()).add(c)
        exact = exact and c.fp == 0 and c.fn == 0
    report.exact += int(exact)


def _mismatch_kind(expected: Any, predicted: Any) -> str:
    if expected in (None, "", []):
        return "spurious"
    if predicted in (None, "", []):
        return "missing"
    return "wrong"


def default_parser() -> Callable[[str], Any]:
    from biblio.parse import parse_reference

    return parse_reference


def evaluate(items: Sequence[dict[str, Any]], parse: Callable[[str], Any] | None = None) -> Report:
    """Parse every item's ``text`` and score it against its ``expected`` fields."""
    parse = parse or default_parser()
    report = Report()
    for item in items:
        crashed = errored = False
        try:
            entry = parse(item["text"])
            errored = any(getattr(w, "severity", "") == "error" for w in getattr(entry, "warnings", []))
            predicted = entry_fields(entry)
        except Exception:  # a crash scores as an empty prediction, and is counted
            predicted, crashed = {}, True
        expected = item["expected"]
        counts = score_item(expected, predicted)
        convention = item.get("convention", "other")
        _add_item(report, counts, crashed, errored)
        _add_item(report.conventions.setdefault(convention, Report()), counts, crashed, errored)
        for name, c in counts.items():
            if c.fp or c.fn:
                exp, pred = expected.get(name), predicted.get(name)
                kind, sealed = _mismatch_kind(exp, pred), bool(item.get("_sealed"))
                if sealed:  # a sealed set's mismatch counts, but is never shown
                    exp, pred, text = None, None, ""
                else:
                    text = item["text"]
                report.mismatches.append(Mismatch(item.get("id", "?"), convention, name, kind, exp, pred, text, sealed))
    report.conventions = dict(sorted(report.conventions.items()))
    return report


def error_kinds(mismatches: Iterable[Mismatch]) -> Counter[tuple[str, str]]:
    return Counter((m.field, m.kind) for m in mismatches)


# --- printing -----------------------------------------------------------------


def format_report(report: Report, show_errors: int = 0) -> str:
    lines = [f"{'field':<18} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for name in FIELDS:
        c = report.fields.get(name)
        if c is not None:
            lines.append(f"{name:<18} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.support:8d}")
    total = report.total()
    lines.append(f"{'micro':<18} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f} {total.support:8d}")
    lines.append("")
    lines.append(f"{'convention':<12} {'items':>6} {'micro-F1':>9} {'exact':>7}")
    for name, sub in report.conventions.items():
        lines.append(f"{name:<12} {sub.items:6d} {sub.total().f1:9.3f} {sub.accuracy:7.3f}")
    lines.append(f"{'all':<12} {report.items:6d} {total.f1:9.3f} {report.accuracy:7.3f}")
    if report.crashed:
        lines.append(f"parser raised on {report.crashed} of {report.items} references")
    if report.errored:
        lines.append(f"parser reported an error on {report.errored} of {report.items} references")
    if show_errors:
        lines.append("")
        lines.append("most common error kinds:")
        for (name, kind), n in error_kinds(report.mismatches).most_common(show_errors):
            lines.append(f"  {n:5d}  {name} {kind}")
        lines.append("")
        shown = [m for m in report.mismatches if not m.sealed]
        lines.append(f"first {show_errors} mismatches:")
        if len(shown) < len(report.mismatches):
            lines.append(f"  ({len(report.mismatches) - len(shown)} mismatches in sealed sets are counted above, never shown)")
        for m in shown[:show_errors]:
            lines.append(f"  [{m.id}] {m.field} ({m.kind}): expected {m.expected!r}, got {m.predicted!r}")
            lines.append(f"      {m.text}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="labelled .jsonl files (default: tests/corpus/*.jsonl)")
    parser.add_argument("--generated", type=int, metavar="N", help="evaluate on N generated references instead")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (with --generated; default 1)")
    parser.add_argument("--convention", action="append", metavar="NAME",
                        help="with --generated: only these templates (repeatable; e.g. chicago-ru, not in the default mix)")
    parser.add_argument("--show-errors", type=int, default=0, metavar="K", help="list K error kinds and mismatches")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    if args.generated is not None:
        generator = load_generator()
        items = generator.generate(args.generated, seed=args.seed, conventions=tuple(args.convention or generator.CONVENTIONS))
        if args.files:
            items = load_corpus(args.files) + items
    else:
        items = load_corpus(args.files or None)
    if not items:
        print("no labelled references found", file=sys.stderr)
        return 2
    report = evaluate(items)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
