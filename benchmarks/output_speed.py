"""Output speed: references per second of the commands users run, next to parsing alone.

The parser reads some 2,000 references/s on one core; whatever a command costs
beyond that is its output path (keys, romanisation, writers, the steps of
``export`` and ``format``).  On ``--n`` generated references this times, in CPU
seconds (the median of ``--repeat`` runs):

* ``parse only``: :func:`biblio.parse.parse_reference` on every line;
* every ``parse --format F``, ``export --format F`` and ``format --style S``
  run in this process as the command line runs it (to a temporary file);
  "after parse" is what the command adds to parsing, as references/s;
* every run starts with empty ``functools`` caches, as a fresh process does;
* the BibTeX writers alone on the parsed entries (keys included): ours, and as
  peers bibtexparser v2's and pybtex's writers on the same database (read once
  from our BibTeX output), with their time as a multiple of ours.

    python benchmarks/output_speed.py               # 3,000 references, 3 runs
    python benchmarks/output_speed.py --n 6000 --repeat 5 --only parse
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import io
import pickle
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio import cli, formats  # noqa: E402
from biblio.formats import WriteOptions  # noqa: E402
from biblio.keys import KeyStream  # noqa: E402
from biblio.parse import parse_reference  # noqa: E402

STYLES = ("gost-r-7.0.100-2018", "apa", "chicago-author-date", "mla")


def generated_texts(n: int, seed: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus_generator import generate

    return [item["text"] for item in generate(n, seed=seed)]


def cold_caches() -> None:
    """Empty every ``functools`` cache, so each timed run starts as a fresh process does.

    Without this the second run of the same input would find all its names and
    words cached by the first, which no real run does.
    """
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            obj.cache_clear()


def cpu_seconds(action: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    """The median CPU time of ``repeat`` runs of ``action``, each with cold caches (``setup`` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        cold_caches()
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def command_lines(refs: Path, only: str | None) -> list[list[str]]:
    lines = [["parse", str(refs), "--format", name] for name in formats.writer_names()]
    lines += [["export", str(refs), "--format", name] for name in formats.writer_names() if name != "text"]
    lines += [["format", str(refs), "--style", style] for style in STYLES]
    return [line for line in lines if not only or only in " ".join(line)]


def run_command(argv: list[str], out: Path) -> None:
    with contextlib.redirect_stderr(io.StringIO()):
        code = cli.main([*argv, "-o", str(out)])
    if code:
        raise SystemExit(f"{' '.join(argv)} failed with exit code {code}")


def time_commands(refs: Path, n: int, parse_time: float, repeat: int, only: str | None) -> None:
    print(f"{'command':<42}{'refs/s':>9}{'after parse refs/s':>20}")
    out = refs.with_name("out")
    for argv in command_lines(refs, only):
        seconds = cpu_seconds(lambda: run_command(argv, out), repeat)
        beyond = seconds - parse_time
        after = f"{n / beyond:,.0f}" if beyond > 0 else "-"
        name = " ".join(argv).replace(str(refs), "FILE")
        print(f"{name:<42}{n / seconds:>9,.0f}{after:>20}", flush=True)


def time_bibtex_writers(texts: list[str], repeat: int) -> None:
    """Our BibTeX writer against bibtexparser's and pybtex's on the same database."""
    parsed = pickle.dumps([parse_reference(text) for text in texts])
    n = len(texts)
    bibtex = formats.writer_for("bibtex").writer
    assert bibtex is not None
    fresh: list[object] = []

    def unpickle() -> None:
        fresh[:] = [pickle.loads(parsed)]

    def ours() -> str:
        out = io.StringIO()
        bibtex(KeyStream().stream(fresh[0]), out, WriteOptions())  # type: ignore[arg-type]
        return out.getvalue()

    unpickle()
    database = ours()
    rows = [("biblio (keys + writer)", cpu_seconds(ours, repeat, unpickle))]
    try:
        import bibtexparser
        from bibtexparser.writer import BibtexFormat

        library = bibtexparser.parse_string(database)
        layout = BibtexFormat()
        layout.indent = "  "
        rows.append(("bibtexparser v2 write_string", cpu_seconds(
            lambda: bibtexparser.write_string(library, unparse_stack=[], bibtex_format=layout), repeat)))
    except ImportError:
        print("bibtexparser is not installed: skipped")
    try:
        from pybtex.database import parse_string as pybtex_parse

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = pybtex_parse(database, "bibtex")
        rows.append(("pybtex to_string('bibtex')", cpu_seconds(lambda: data.to_string("bibtex"), repeat)))
    except ImportError:
        print("pybtex is not installed: skipped")
    ours_seconds = rows[0][1]
    print(f"\n{'BibTeX writer, ' + format(n, ',') + ' entries':<42}{'seconds':>9}{'refs/s':>9}{'× ours':>8}")
    for name, seconds in rows:
        print(f"{name:<42}{seconds:>9.3f}{n / seconds:>9,.0f}{seconds / ours_seconds:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="generated references (default 3000)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, the median is shown (default 3)")
    parser.add_argument("--only", metavar="TEXT", help="only the commands whose line contains TEXT")
    parser.add_argument("--no-peers", action="store_true", help="skip the BibTeX writer comparison")
    args = parser.parse_args(argv)
    texts = generated_texts(args.n, args.seed)
    with tempfile.TemporaryDirectory(prefix="biblio-speed-") as tmp:
        refs = Path(tmp) / "refs.txt"
        refs.write_text("".join(text + "\n" for text in texts), encoding="utf-8")
        run_command(["parse", str(refs), "--format", "json"], Path(tmp) / "out")  # imports and warm-up, untimed
        parse_time = cpu_seconds(lambda: [parse_reference(text) for text in texts], args.repeat)
        print(f"{args.n:,} generated references (seed {args.seed}), CPU time, median of {args.repeat}\n")
        print(f"{'parse only':<42}{args.n / parse_time:>9,.0f}")
        time_commands(refs, args.n, parse_time, args.repeat, args.only)
    if not args.no_peers:
        time_bibtex_writers(texts, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
