"""Parser speed and memory: references per second on one core, peak memory, --jobs scaling.

Synthetic references are rendered from a small pool of real-looking parts in
several conventions, streamed through the parser (nothing kept), so the peak
memory shows whether parsing stays flat as the input grows.

    python benchmarks/parse_speed.py                 # 10k and 100k, jobs 1/2
    python benchmarks/parse_speed.py --sizes 10000 100000 1000000 --jobs 1 2 4
    python benchmarks/parse_speed.py --long-line     # a 1 MB line must finish quickly

"peak KiB" is the traced peak while streaming (flat: nothing is kept), "max RSS"
the process high-water mark, which must not grow with the number of references.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Iterator

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


def one_core(n: int) -> tuple[float, float, float]:
    """(refs/s of CPU time, refs/s of wall time, peak MiB) parsing ``n`` streamed references.

    The CPU-time rate is what one core does; the wall-time rate also pays for
    whatever else runs on the machine.  Memory is traced on a separate pass
    because tracemalloc slows Python down.
    """
    cpu, wall = time.process_time(), time.perf_counter()
    for line in synthetic(n):
        parse_reference(line)
    cpu_rate = n / max(time.process_time() - cpu, 1e-9)
    wall_rate = n / max(time.perf_counter() - wall, 1e-9)
    tracemalloc.start()
    for line in synthetic(min(n, 20_000), seed=2):
        parse_reference(line)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return cpu_rate, wall_rate, peak / 1024


def with_jobs(path: Path, n: int, jobs: int) -> float:
    from biblio.formats.text import read_parallel

    start = time.perf_counter()
    count = sum(1 for _ in read_parallel(Source(str(path)), jobs))
    assert count == n
    return n / (time.perf_counter() - start)


def long_line() -> float:
    text = "А.К. Рашкевиц. Записки партизана. Рига, 1963. " + "«x» — (1) / " * ((1 << 20) // 12)
    start = time.perf_counter()
    parse_reference(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="reference counts (add 1000000 for the long run)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts for the --jobs scaling table")
    parser.add_argument("--long-line", action="store_true", help="also time one 1 MB line")
    args = parser.parse_args(argv)

    print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"{'references':>12} {'refs/s CPU':>11} {'refs/s wall':>12} {'peak KiB':>9} {'max RSS MiB':>12} {'CPU vs 5,000/s':>15}")
    for n in args.sizes:
        cpu_rate, wall_rate, peak = one_core(n)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(f"{n:>12,} {cpu_rate:>11,.0f} {wall_rate:>12,.0f} {peak:>9.1f} {rss:>12.1f} {cpu_rate / 5000:>14.2f}x")

    n = min(args.sizes)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.writelines(line + "\n" for line in synthetic(n))
    path = Path(tmp.name)
    try:
        print(f"\n--jobs scaling on {n:,} references ({os.cpu_count()} CPUs here)")
        base = None
        for jobs in args.jobs:
            rate = with_jobs(path, n, jobs)
            base = base or rate
            print(f"  jobs={jobs:<3} {rate:>10,.0f} refs/s  {rate / base:>5.2f}x vs jobs={args.jobs[0]}")
    finally:
        path.unlink()

    if args.long_line:
        print(f"\n1 MB line parsed in {long_line():.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
