"""Record the parser's output on a set of references, or check it is unchanged.

Speed work on the parser must not change what it reads.  Record the native
JSON of every entry before the change, then compare after it:

    python benchmarks/parse_identity.py record /tmp/parse-before.jsonl
    ... change the parser ...
    python benchmarks/parse_identity.py compare /tmp/parse-before.jsonl

The references are every labelled corpus line (development and held-out
sets), the bundled bibliography and ``--generated`` references from the
corpus generator.  ``compare`` prints IDENTICAL or the first differing
entries field by field, and exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio.parse import parse_reference  # noqa: E402


def references(generated: int, seed: int) -> Iterator[tuple[str, bool]]:
    """Every reference to parse, and whether it belongs to a sealed held-out set (a ``SEALED`` file in its folder),
    whose references ``compare`` never shows."""
    for path in sorted((ROOT / "tests" / "corpus").glob("**/*.jsonl")):
        sealed = (path.parent / "SEALED").exists()
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"], sealed
    yield from ((text, False) for text in _rest(generated, seed))


def _rest(generated: int, seed: int) -> Iterator[str]:
    with open(ROOT / "references" / "soviet-partisans-in-latvia.txt", encoding="utf-8") as handle:
        yield from (line.rstrip("\n") for line in handle if line.strip())
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus_generator import generate

    for item in generate(generated, seed=seed):
        yield item["text"]


def outputs(generated: int, seed: int) -> Iterator[tuple[str, bool]]:
    for text, sealed in references(generated, seed):
        yield json.dumps(parse_reference(text).to_dict(), ensure_ascii=False, sort_keys=True), sealed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("file", help="the recorded output (JSON lines)")
    parser.add_argument("--generated", type=int, default=5000, help="generated references added (default 5000)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--show", type=int, default=3, help="differing entries to show (compare)")
    args = parser.parse_args(argv)
    now = outputs(args.generated, args.seed)
    if args.action == "record":
        with open(args.file, "w", encoding="utf-8") as handle:
            count = sum(handle.write(line + "\n") > 0 for line, _ in now)
        print(f"recorded {count} entries in {args.file}")
        return 0
    with open(args.file, encoding="utf-8") as handle:
        before = [line.rstrip("\n") for line in handle]
    after, sealed = [], set()
    for i, (line, in_sealed_set) in enumerate(now):
        after.append(line)
        if in_sealed_set:
            sealed.add(i)
    differing = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    if len(before) != len(after):
        print(f"DIFFERENT: {len(before)} entries recorded, {len(after)} now (corpus changed?)")
        return 1
    if not differing:
        print(f"IDENTICAL ({len(after)} entries)")
        return 0
    print(f"DIFFERENT: {len(differing)} of {len(after)} entries")
    for i in differing[: args.show]:
        old, new = json.loads(before[i]), json.loads(after[i])
        if i in sealed:  # a sealed held-out set: which fields changed, nothing of the reference
            print(f"\n(a reference of a sealed set) fields changed: {', '.join(k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k))}")
            continue
        print(f"\n{new['source']}")
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                print(f"  {key}: before {old.get(key)!r}\n  {' ' * len(key)}  now    {new.get(key)!r}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
