"""CPU instructions per reference of the parser, counted by valgrind's callgrind.

Wall-clock rates move with whatever else the machine runs; instruction counts
do not, so small speed changes to the parser can be compared reliably:

    python benchmarks/parse_instructions.py            # 300 generated references
    python benchmarks/parse_instructions.py --n 1000

Two runs of the same process under callgrind, one parsing nothing and one
parsing ``--n`` references; the difference divided by ``--n`` is the cost of
one reference (start-up and imports cancel out).  Needs ``valgrind``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKLOAD = """
import sys
sys.path[:0] = [{root!r}, {benchmarks!r}]
from biblio.parse import parse_reference
from corpus_generator import generate
texts = [item["text"] for item in generate({n}, seed={seed})]
parse_reference("А.К. Рашкевиц. Народные мстители Латвии. М., Воениздат, 1973. - 164 стр.")  # load the tables
for text in texts[: int(sys.argv[1])]:
    parse_reference(text)
"""


def instructions(script: str, count: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same hashing in every run: the same count
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, script, str(count)],
        capture_output=True, text=True, env=env, check=True,
    )
    found = re.search(r"refs:\s*([\d,]+)", run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="references parsed (default 300)")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as handle:
        handle.write(_WORKLOAD.format(root=str(ROOT), benchmarks=str(ROOT / "benchmarks"), n=args.n, seed=args.seed))
    try:
        base, full = instructions(handle.name, 0), instructions(handle.name, args.n)
    finally:
        os.unlink(handle.name)
    print(f"{(full - base) / args.n / 1000:,.0f} k instructions per reference ({args.n} generated references, seed {args.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
