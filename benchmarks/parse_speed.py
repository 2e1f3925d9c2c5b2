"""Parser speed and memory: references per second on one core, peak memory, --jobs scaling.

Synthetic references are rendered from a small pool of real-looking parts in
several conventions, streamed through the parser (nothing kept), so the peak
memory shows whether parsing stays flat as the input grows.

    python benchmarks/parse_speed.py                 # 10k and 100k, jobs 1/2
    python benchmarks/parse_speed.py --million --jobs 1 2 4
    python benchmarks/parse_speed.py --input refs.txt --repeat 5
    python benchmarks/parse_speed.py --long-line     # a 1 MB line must finish quickly

"refs/s/core" is references per second of CPU time (the median of --repeat
runs), compared with the 5,000/s target; "peak KiB" is the traced peak while
streaming (flat: nothing is kept), "max RSS" the process high-water mark,
which must not grow with the number of references.  The --jobs table is wall
clock for the whole `biblio parse` path (parse and write), so it only shows
a speed-up when the cores are free.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio.io import Source  # noqa: E402
from biblio.parse import parse_reference  # noqa: E402

_FAMILIES = ["Рашкевиц", "Дзинтарс", "Иванов", "Петрова", "Strods", "Bērziņš", "Smith", "Falkov", "Murray", "Healy"]
_INITIALS = ["А.К.", "Я.", "И. И.", "П. П.", "J.", "M. A.", "H."]
_TITLES = [
    "Народные мстители Латвии",
    "Записки партизана: очерки о подполье, 1941-1944",
    "PSRS kaujinieki Latvijā (1941—1945)",
    "Between the Nazi Hammer and the Soviet Anvil: The Untold Story",
    "Latvijas vēsture",
    "Теория чисел : учеб. пособие",
]
_PLACES = ["М.", "Л.", "Рига", "Rīga", "London", "New York", "СПб."]
_PUBLISHERS = ["Воениздат", '"Лиесма"', "Наука", "Zinātne", "Routledge", "Penguin"]
_TEMPLATES = [
    "{i} {f}. {t}. {p}, {pub}, {y}. - {n} стр.",
    "{f} {i} {t} / {i} {f}. — {p} : {pub}, {y}. — {n} с.",
    "{f}, {i} ({y}). {t}. {pub}.",
    "{f}. {t}. {p}: {pub}, {y}. {n} lpp.",
    "{i} {f}. {t} // Известия АН. — {y}. — Т. 3, № 2. — С. 10–20.",
    "{f}, {i} {t}, in Chris Murray (ed.), Unknown Conflicts ({p}: {pub}, {y}), pp. 96–119. ISBN 978-1138612945",
]


def synthetic(n: int, seed: int = 1) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield rng.choice(_TEMPLATES).format(
            i=rng.choice(_INITIALS), f=rng.choice(_FAMILIES), t=rng.choice(_TITLES), p=rng.choice(_PLACES),
            pub=rng.choice(_PUBLISHERS), y=rng.randint(1900, 2024), n=rng.randint(20, 900),
        )


TARGET = 5_000  # references per second on one core (issue 2)


class _Discard:
    """A text stream that forgets what is written (the writer's cost stays, the memory does not)."""

    def write(self, text: str) -> int:
        return len(text)


def cpu_rate(lines: Iterable[str], n: int) -> float:
    """References per second of CPU time (what one core does, whatever else runs here)."""
    cpu = time.process_time()
    for line in lines:
        parse_reference(line)
    return n / max(time.process_time() - cpu, 1e-9)


def peak_kib(lines: Iterable[str]) -> float:
    """Traced peak while streaming (a separate pass: tracemalloc slows Python down)."""
    tracemalloc.start()
    for line in lines:
        parse_reference(line)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def with_jobs(path: Path, n: int, jobs: int, format_name: str) -> float:
    """Wall-clock references per second of ``biblio parse --jobs N`` writing ``format_name``."""
    from biblio import formats
    from biblio.formats import ReadOptions, WriteOptions, text

    from biblio.keys import KeyStream

    writer = formats.writer_for(format_name).writer
    assert writer is not None
    start = time.perf_counter()
    layout = formats.writer_for(format_name).chunks if jobs > 1 else None
    # citation keys as `biblio parse` assigns them (in input order, across workers)
    if layout is not None:
        count = sum(text.write_parallel([Source(str(path))], jobs, format_name, layout, WriteOptions(), _Discard(), KeyStream()))
    else:
        entries = list(text.read_parallel(Source(str(path)), jobs)) if jobs > 1 else text.read(Source(str(path)), ReadOptions())
        counted = _Counted(KeyStream().stream(entries))
        writer(counted, _Discard(), WriteOptions())  # type: ignore[arg-type]
        count = counted.n
    assert count == n, (count, n)
    return n / (time.perf_counter() - start)


class _Counted:
    def __init__(self, items: Iterable[object]) -> None:
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator[object]:
        for item in self.items:
            self.n += 1
            yield item


def long_line() -> float:
    text = "А.К. Рашкевиц. Записки партизана. Рига, 1963. " + "«x» — (1) / " * ((1 << 20) // 12)
    start = time.perf_counter()
    parse_reference(text)
    return time.perf_counter() - start


def _input_lines(path: str | None) -> list[str] | None:
    if path is None:
        return None
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def _stream(pool: list[str] | None, n: int, seed: int) -> Iterator[str]:
    """``n`` references: the synthetic ones, or the lines of --input cycled."""
    if pool is None:
        yield from synthetic(n, seed)
        return
    for i in range(n):
        yield pool[i % len(pool)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="reference counts")
    parser.add_argument("--million", action="store_true", help="also stream 1,000,000 references (minutes)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts for the --jobs scaling table")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size; the median is reported (default 3)")
    parser.add_argument("--input", help="references to cycle through, one per line (default: the synthetic ones)")
    parser.add_argument("--format", default="json", help="output format for the --jobs table (default json)")
    parser.add_argument("--long-line", action="store_true", help="also time one 1 MB line")
    args = parser.parse_args(argv)
    pool = _input_lines(args.input)
    sizes = sorted(set(args.sizes + ([1_000_000] if args.million else [])))

    print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (CPU time is per core, wall time is shared)")
    print(f"{'references':>12} {'refs/s/core (median)':>21} {'best':>7} {'runs':>22} {'vs 5,000/s':>11} {'peak KiB':>9} {'max RSS MiB':>12}")
    for n in sizes:
        runs = sorted(cpu_rate(_stream(pool, n, 1), n) for _ in range(args.repeat if n < 1_000_000 else 1))
        median = statistics.median(runs)
        peak = peak_kib(_stream(pool, min(n, 20_000), 2))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        shown = "/".join(f"{r:,.0f}" for r in runs)
        # the best run is the one least disturbed by other work on the machine
        print(f"{n:>12,} {median:>21,.0f} {runs[-1]:>7,.0f} {shown:>22} {median / TARGET:>10.2f}x {peak:>9.1f} {rss:>12.1f}")

    n = min(sizes)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.writelines(line + "\n" for line in _stream(pool, n, 1))
    path = Path(tmp.name)
    try:
        print(f"\nparse --jobs N --format {args.format} on {n:,} references, wall clock, median of {args.repeat} ({os.cpu_count()} CPUs here)")
        base = None
        for jobs in args.jobs:
            rate = statistics.median(with_jobs(path, n, jobs, args.format) for _ in range(args.repeat))
            base = base or rate
            print(f"  jobs={jobs:<3} {rate:>10,.0f} refs/s  {rate / base:>5.2f}x vs jobs={args.jobs[0]}")
    finally:
        path.unlink()

    if args.long_line:
        print(f"\n1 MB line parsed in {long_line():.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
