"""Duplicate detection and checking at scale: blocking keys vs. comparing all pairs.

Builds a synthetic bibliography (Cyrillic and Latin records whose words and
names recur with Zipf frequencies, ~5 % duplicates: ISBN-10/13 twins,
romanised twins, punctuation variants), then times

* ``find_duplicates`` and the full ``check_entries`` on N entries (default 100 000);
* ``find_duplicates`` and a naive all-pairs comparison of the same keys on a
  small sample (default 2 000), and the all-pairs time extrapolated to N.

Run: ``python benchmarks/dedupe_bench.py [N] [SAMPLE]``.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biblio import dedupe, isbn  # noqa: E402
from biblio.check import check_entries  # noqa: E402
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
    """Forget folded words and ISBN ranges, so no run profits from the one before."""
    dedupe._FOLD_CACHE.clear()
    dedupe._WORD_CACHE.clear()
    isbn._KNOWN_SPLITS.clear()


def timed(label: str, func, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args)
    elapsed = time.perf_counter() - start
    print(f"{label:<46} {elapsed:8.2f} s")
    return result, elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    if uses_fallback_folding():
        print("note: biblio.translit missing, built-in folding in use")
    entries, _ = timed(f"build {n} synthetic entries", synthetic, n)
    cold_caches()
    groups, t_block = timed(f"find_duplicates, {n} entries", find_duplicates, entries)
    cold_caches()
    problems, t_check = timed(f"check_entries (all checks), {n} entries", check_entries, entries)
    print(f"  {len(groups)} duplicate groups, {len(problems)} problems")

    small = synthetic(sample, seed=11)
    cold_caches()
    _, t_small_block = timed(f"find_duplicates, {sample} entries", find_duplicates, small)
    cold_caches()
    _, t_small_naive = timed(f"naive all pairs, {sample} entries", naive_pairs, small)
    pairs_small = sample * (sample - 1) / 2
    pairs_n = n * (n - 1) / 2
    naive_n = t_small_naive * pairs_n / pairs_small
    print(f"ratio naive / blocking at {sample} entries: {t_small_naive / max(t_small_block, 1e-9):8.1f}x")
    print(f"naive all pairs extrapolated to {n} entries: {naive_n:10.0f} s ({naive_n / 3600:.1f} h)")
    print(f"ratio naive (extrapolated) / blocking at {n} entries: {naive_n / max(t_block, 1e-9):8.0f}x")


if __name__ == "__main__":
    main()
