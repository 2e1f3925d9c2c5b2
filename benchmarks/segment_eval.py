"""How well ``--segment`` cuts a run-on reference section back into its references.

Each labelled corpus file (development and held-out sets) is joined into one
run-on text, as a reference section pasted from a PDF arrives; the score is
the share of references that come back exactly, per set and per file.

    python benchmarks/segment_eval.py                 # every set
    python benchmarks/segment_eval.py tests/corpus/lv.jsonl
    python benchmarks/segment_eval.py tests/corpus/lv.jsonl --show-wrong    # and each wrong cut
    python benchmarks/segment_eval.py tests/corpus/*.jsonl --numbered "[{}] "  # as a numbered list
    python benchmarks/segment_eval.py tests/corpus/*.jsonl --numbered "• "    # as a bulleted list
    python benchmarks/segment_eval.py tests/corpus/*.jsonl --mixed 1   # conventions shuffled together
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio.parse import segment  # noqa: E402


def references(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def exact_back(path: Path, numbered: str = "", show_wrong: bool = False) -> tuple[int, int]:
    """(references cut back exactly, references) for one corpus file run together. A sealed held-out set's
    wrong cuts are never shown (a ``SEALED`` file in its folder)."""
    return run_together(references(path), numbered, show_wrong and not (path.parent / "SEALED").exists())


def mixed_back(paths: list[Path], seed: int, show_wrong: bool = False, run: int = 30) -> tuple[int, int]:
    """The same for the references of several files shuffled together, in runs of ``run``: a reference
    list that mixes conventions and languages puts other neighbours side by side."""
    texts = [text for path in paths for text in references(path)]
    random.Random(seed).shuffle(texts)
    show_wrong = show_wrong and not any((path.parent / "SEALED").exists() for path in paths)  # (never a sealed set's)
    scores = [run_together(texts[i : i + run], "", show_wrong) for i in range(0, len(texts), run)]
    return sum(exact for exact, _ in scores), len(texts)


def run_together(texts: list[str], numbered: str = "", show_wrong: bool = False) -> tuple[int, int]:
    if numbered:
        texts = [numbered.format(i) + text for i, text in enumerate(texts, 1)]
    run_on = " ".join(texts)
    pieces = segment(run_on)
    if show_wrong:
        for line in wrong_cuts(run_on, texts, pieces):
            print(line)
    found = set(pieces)
    return sum(1 for text in texts if text in found), len(texts)


def wrong_cuts(run_on: str, texts: list[str], pieces: list[str], width: int = 70) -> list[str]:
    """Each cut missed or made in error, with the text on both sides of it."""
    expected, pos = set(), 0
    for text in texts:
        expected.add(pos)
        pos += len(text) + 1
    made, pos = set(), 0
    for piece in pieces:
        pos = run_on.find(piece, pos)
        made.add(pos)
        pos += len(piece)
    return [
        f"    {'missed' if cut in expected else 'extra '} {run_on[max(0, cut - width) : cut]} | {run_on[cut : cut + width]}"
        for cut in sorted(expected ^ made)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-wrong", action="store_true", help="print every missed or extra cut")
    parser.add_argument("--numbered", default="", metavar="FORMAT", help='number the references first: "{}. ", "[{}] ", "{}) " (or bullet them: "• ")')
    parser.add_argument("--mixed", type=int, metavar="SEED", help="also run each set's references shuffled together")
    args = parser.parse_args()
    corpus = ROOT / "tests" / "corpus"
    given: dict[str, list[Path]] = {}
    for path in args.files:  # one set per directory
        name = "development" if path.resolve().parent == corpus else path.resolve().parent.name
        given.setdefault(name, []).append(path)
    groups = given if args.files else {
        "development": sorted(corpus.glob("*.jsonl")),
        **{d.name: sorted(d.glob("*.jsonl")) for d in sorted(corpus.iterdir()) if d.is_dir()},
    }
    print(f"{'set / file':40} {'exact':>7} {'of':>5} {'share':>7}")
    for name, files in groups.items():
        total_exact = total = 0
        for path in files:
            exact, n = exact_back(path, args.numbered, args.show_wrong)
            total_exact, total = total_exact + exact, total + n
            print(f"  {path.name:38} {exact:7} {n:5} {exact / max(n, 1):7.3f}")
        print(f"{name:40} {total_exact:7} {total:5} {total_exact / max(total, 1):7.3f}")
        if args.mixed is not None:
            exact, n = mixed_back(files, args.mixed, args.show_wrong)
            print(f"{name + ' (mixed)':40} {exact:7} {n:5} {exact / max(n, 1):7.3f}")


if __name__ == "__main__":
    main()
