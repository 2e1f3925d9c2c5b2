"""Duplicate detection and checking at scale: blocking keys vs. comparing all pairs.

Builds a synthetic bibliography (Cyrillic and Latin records whose words and
names recur with Zipf frequencies, ~5 % duplicates: ISBN-10/13 twins,
romanised twins, punctuation variants), then, for each size (default 10 000
and 100 000 entries), times from cold caches, as the median of a few runs:

* the blocking keys alone, ``find_duplicates``, each per-entry check of
  :mod:`biblio.check` and the full ``check_entries`` (wall and CPU time;
  on a loaded machine CPU time is the steadier figure);
* the peak memory of ``find_duplicates`` and ``check_entries`` (tracemalloc,
  in separate untimed runs);

and compares with a naive all-pairs comparison of the same keys on a small
sample (default 2 000), extrapolated to each size.

Run: ``python benchmarks/dedupe_bench.py [SIZE …] [--sample N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biblio import dedupe, isbn  # noqa: E402
from biblio.check import ENTRY_CHECKS, check_entries  # noqa: E402
from biblio.dedupe import blocking_keys, find_duplicates, uses_fallback_folding  # noqa: E402
from biblio.model import Date, Entry, Origin, Person, Text  # noqa: E402

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщыэюя"
LATIN = "abcdefghijklmnoprstuvzāčēģīķļņšūž"


def _word(rng: random.Random, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))


class _Vocabulary:
    """Random words drawn with Zipf frequencies, as words recur in real titles and names."""

    def __init__(self, rng: random.Random, letters: str, size: int) -> None:
        self.words = [_word(rng, letters) for _ in range(size)]
        total = 0.0
        self.cumulative = []
        for rank in range(1, size + 1):
            total += 1 / rank
            self.cumulative.append(total)

    def draw(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=k)


def _isbn10(rng: random.Random) -> str:
    body = "5" + "".join(rng.choice("0123456789") for _ in range(8))
    return body + isbn.calc_check_digit(body)


def synthetic(n: int, seed: int = 7) -> list[Entry]:
    rng = random.Random(seed)
    try:
        from biblio.translit import romanize
    except ImportError:  # the benchmark still runs, without romanised twins
        romanize = None  # type: ignore[assignment]
    words = {CYRILLIC: _Vocabulary(rng, CYRILLIC, 30_000), LATIN: _Vocabulary(rng, LATIN, 30_000)}
    names = {CYRILLIC: _Vocabulary(rng, CYRILLIC, 20_000), LATIN: _Vocabulary(rng, LATIN, 20_000)}
    entries: list[Entry] = []
    while len(entries) < n:
        letters = CYRILLIC if rng.random() < 0.6 else LATIN
        title = " ".join(words[letters].draw(rng, rng.randint(2, 7))).capitalize()
        family = names[letters].draw(rng, 1)[0].capitalize()
        year = rng.randint(1900, 2024)
        number = _isbn10(rng) if rng.random() < 0.3 else ""
        line = len(entries) + 1
        entry = Entry(
            title=Text(title),
            persons=[Person(family=family)],
            date=Date(year),
            isbns=[number] if number else [],
            source=f"{family}. {title}. {year}." + (f" ISBN {number}" if number else ""),
            origin=Origin("synthetic.txt", line),
        )
        entries.append(entry)
        if rng.random() < 0.05:  # a duplicate of this record, written differently
            twin = Entry(
                title=Text(title.replace(" ", ", ", 1) + "."),
                persons=[Person(family=family.upper())],
                date=Date(year),
                isbns=[isbn.to_isbn13(number)] if number else [],
                origin=Origin("synthetic.txt", line + 1),
            )
            if letters == CYRILLIC and romanize is not None:
                twin.title = Text(romanize(title, "ala-lc-ascii"))
                twin.persons = [Person(family=romanize(family, "iso9"))]
            entries.append(twin)
    return entries[:n]


def naive_pairs(entries: list[Entry]) -> int:
    """The baseline: every pair compared on the same keys the blocking uses."""
    keys = [set(blocking_keys(e)) for e in entries]
    found = 0
    for i in range(len(entries)):
        for j in range(i + 1, len(entries)):
            if keys[i] & keys[j]:
                found += 1
    return found


def cold_caches() -> None:
    """Forget folded characters, words and texts and the ISBN ranges, so no run profits from the one before."""
    for cache in (dedupe._FOLD_CACHE, dedupe._WORD_CACHE, dedupe._CHARS, dedupe._SKELETONS, dedupe._TOKENS, isbn._KNOWN_SPLITS):
        cache.clear()


def measure(func, *args, repeat: int = 1):  # type: ignore[no-untyped-def]
    """(result, median wall seconds, median CPU seconds) over ``repeat`` cold runs."""
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        cold_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        result = func(*args)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, statistics.median(walls), statistics.median(cpus)


def peak_memory(func, *args) -> float:  # type: ignore[no-untyped-def]
    """Peak MiB allocated while ``func`` runs (tracemalloc; a separate, untimed run)."""
    cold_caches()
    tracemalloc.start()
    try:
        func(*args)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _each(step):  # type: ignore[no-untyped-def]
    def run(entries: list[Entry]) -> None:
        today = datetime.date.today()
        for entry in entries:
            for _ in step(entry, today):
                pass

    return run


def _keys(entries: list[Entry]) -> None:
    for entry in entries:
        blocking_keys(entry)


def report(label: str, wall: float, cpu: float) -> None:
    print(f"  {label:<40} {wall:7.2f} s wall {cpu:7.2f} s CPU")


def steps(n: int, repeat: int) -> float:
    """Per-step times at ``n`` entries; returns find_duplicates' median wall time."""
    entries = synthetic(n)
    print(f"{n} entries (median of {repeat} cold runs)")
    _, wall, cpu = measure(_keys, entries, repeat=repeat)
    report("blocking keys", wall, cpu)
    groups, t_dedupe, cpu = measure(find_duplicates, entries, repeat=repeat)
    report("find_duplicates (keys, buckets, verify)", t_dedupe, cpu)
    for step in ENTRY_CHECKS:
        _, wall, cpu = measure(_each(step), entries, repeat=repeat)
        report(step.__name__, wall, cpu)
    problems, wall, cpu = measure(check_entries, entries, repeat=repeat)
    report("check_entries (all checks + duplicates)", wall, cpu)
    print(f"  {len(groups)} duplicate groups, {len(problems)} problems")
    print(f"  peak memory: find_duplicates {peak_memory(find_duplicates, entries):.0f} MiB, "
          f"check_entries {peak_memory(check_entries, entries):.0f} MiB")
    return t_dedupe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000], help="bibliography sizes")
    parser.add_argument("--sample", type=int, default=2_000, help="entries for the all-pairs baseline")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per timing; the median is shown")
    args = parser.parse_args()
    if uses_fallback_folding():
        print("note: biblio.translit missing, built-in folding in use")
    t_dedupe = {n: steps(n, args.repeat) for n in args.sizes}

    sample = args.sample
    small = synthetic(sample, seed=11)
    _, t_small_block, _ = measure(find_duplicates, small, repeat=args.repeat)
    _, t_small_naive, _ = measure(naive_pairs, small)
    print(f"all pairs vs blocking at {sample} entries: {t_small_naive:.2f} s vs {t_small_block:.2f} s, "
          f"{t_small_naive / max(t_small_block, 1e-9):.1f}x")
    pairs_small = sample * (sample - 1) / 2
    for n, t_block in t_dedupe.items():
        naive_n = t_small_naive * (n * (n - 1) / 2) / pairs_small
        print(f"all pairs extrapolated to {n} entries: {naive_n:.0f} s ({naive_n / 3600:.2f} h), "
              f"{naive_n / max(t_block, 1e-9):.0f}x the blocking time")


if __name__ == "__main__":
    main()
