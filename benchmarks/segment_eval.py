"""How well ``--segment`` cuts a run-on reference section back into its references.

Each labelled corpus file (development and held-out sets) is joined into one
run-on text, as a reference section pasted from a PDF arrives; the score is
the share of references that come back exactly, per set and per file.

    python benchmarks/segment_eval.py                 # every set
    python benchmarks/segment_eval.py tests/corpus/lv.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio.parse import segment  # noqa: E402


def exact_back(path: Path) -> tuple[int, int]:
    """(references cut back exactly, references) for one corpus file run together."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pieces = set(segment(" ".join(texts)))
    return sum(1 for text in texts if text in pieces), len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    corpus = ROOT / "tests" / "corpus"
    groups = {"given": args.files} if args.files else {
        "development": sorted(corpus.glob("*.jsonl")),
        **{d.name: sorted(d.glob("*.jsonl")) for d in sorted(corpus.iterdir()) if d.is_dir()},
    }
    print(f"{'set / file':40} {'exact':>7} {'of':>5} {'share':>7}")
    for name, files in groups.items():
        total_exact = total = 0
        for path in files:
            exact, n = exact_back(path)
            total_exact, total = total_exact + exact, total + n
            print(f"  {path.name:38} {exact:7} {n:5} {exact / max(n, 1):7.3f}")
        print(f"{name:40} {total_exact:7} {total:5} {total_exact / max(total, 1):7.3f}")


if __name__ == "__main__":
    main()
