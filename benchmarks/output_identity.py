"""Record what the commands write on a fixed input, or check it is unchanged.

Speed work on the writers, keys, romanisation and the export pipeline must
not change one output byte.  Record every command's output before the change,
then compare after it:

    python benchmarks/output_identity.py record /tmp/output-before.json.gz
    ... change the output path ...
    python benchmarks/output_identity.py compare /tmp/output-before.json.gz

The input is one free-text file of every labelled corpus line (development
and held-out sets) and ``--generated`` references from the corpus generator,
plus the bundled bibliography (no INPUT) and its run-on file (``--segment``).
On each, the tool runs ``parse`` in every output format, ``export`` in every
format (and with ``--romanize`` / ``--csl-m``) and ``format`` in every style,
in this one process, and keeps each command's exit code, output file and
stderr.  ``compare`` prints IDENTICAL or, per differing command, the first
differing lines, and exits 1 when anything differs (the input's temporary
folder, named in origins and messages, is written as TMP on both sides).  ``--only TEXT`` runs the
commands whose line contains TEXT (quicker while iterating; record all).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from biblio import cli, formats  # noqa: E402

STYLES = ("gost-r-7.0.100-2018", "gost-r-7.0.5-2008", "apa", "chicago-author-date", "mla")
RUNON = "references/soviet-partisans-in-latvia.runon.txt"


def texts(generated: int, seed: int) -> Iterator[str]:
    for path in sorted((ROOT / "tests" / "corpus").glob("**/*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus_generator import generate

    for item in generate(generated, seed=seed):
        yield item["text"]


def commands(inputs: list[list[str]]) -> Iterator[list[str]]:
    """Every command line checked, for each input (a file, or none for the bundled bibliography)."""
    writers = formats.writer_names()
    for given in inputs:
        for name in writers:
            yield ["parse", *given, "--format", name]
        for name in writers:
            yield ["export", *given, "--format", name]
        yield ["export", *given, "--format", "bibtex", "--romanize", "ala-lc"]
        yield ["export", *given, "--format", "biblatex", "--romanize", "iso9"]
        yield ["export", *given, "--format", "csl-json", "--csl-m", "--romanize", "bgn-pcgn"]
        yield ["export", *given, "--format", "ris", "--keep-duplicates"]
        for style in STYLES:
            yield ["format", *given, "--style", style]
        for output in ("html", "latex", "jsonl"):
            yield ["format", *given, "--style", "apa", "--output", output]
        yield ["format", *given, "--style", "mla", "--romanize", "iso9", "--original-script"]
    yield ["parse", RUNON, "--segment", "--format", "json"]
    yield ["export", RUNON, "--segment", "--format", "bibtex"]


# The input's temporary folder, named in origins and messages: the same in every run.
_TMP = re.compile(r"/\S*?biblio-identity-[^/\s]+")


def _same_folder(text: str) -> str:
    return _TMP.sub("TMP", text)


def run(argv: list[str], out_file: Path) -> dict[str, object]:
    """One command in this process: its exit code, written file and stderr."""
    out_file.unlink(missing_ok=True)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            code = cli.main([*argv, "-o", str(out_file)])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    output = out_file.read_text(encoding="utf-8") if out_file.exists() else ""
    return {"command": " ".join(argv), "exit": code, "output": _same_folder(output), "stderr": _same_folder(stderr.getvalue())}


def outputs(generated: int, seed: int, only: str | None) -> Iterator[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="biblio-identity-") as tmp:
        refs = Path(tmp) / "refs.txt"
        refs.write_text("".join(text + "\n" for text in texts(generated, seed)), encoding="utf-8")
        for argv in commands([[str(refs)], []]):
            line = " ".join(argv).replace(str(refs), "REFS")
            if only and only not in line:
                continue
            result = run(argv, Path(tmp) / "out")
            result["command"] = line
            print(f"  {line}: {len(str(result['output'])):,} chars", file=sys.stderr)
            yield result


def first_differences(name: str, before: str, after: str, show: int) -> None:
    old, new = before.splitlines(), after.splitlines()
    differing = [i for i in range(max(len(old), len(new))) if i >= len(old) or i >= len(new) or old[i] != new[i]]
    print(f"  {name}: {len(differing)} differing lines ({len(old)} before, {len(new)} now)")
    for i in differing[:show]:
        print(f"    line {i + 1}\n      before {old[i] if i < len(old) else '<none>'!r}\n      now    {new[i] if i < len(new) else '<none>'!r}")


def compare(recorded: list[dict[str, object]], now: Iterator[dict[str, object]], show: int) -> int:
    by_command = {str(r["command"]): {k: _same_folder(v) if isinstance(v, str) else v for k, v in r.items()}
                  for r in recorded}
    checked = differ = 0
    for result in now:
        command = str(result["command"])
        checked += 1
        old = by_command.get(command)
        if old is None:
            print(f"NOT RECORDED: {command}")
            differ += 1
            continue
        if old == result:
            continue
        differ += 1
        print(f"DIFFERENT: {command}")
        if old["exit"] != result["exit"]:
            print(f"  exit: before {old['exit']}, now {result['exit']}")
        for part in ("output", "stderr"):
            if old[part] != result[part]:
                first_differences(part, str(old[part]), str(result[part]), show)
    if differ:
        print(f"DIFFERENT: {differ} of {checked} commands")
        return 1
    print(f"IDENTICAL ({checked} commands)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("file", help="the recorded outputs (gzipped JSON)")
    parser.add_argument("--generated", type=int, default=3000, help="generated references added (default 3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", metavar="TEXT", help="only the commands whose line contains TEXT")
    parser.add_argument("--show", type=int, default=3, help="differing lines to show per command (compare)")
    args = parser.parse_args(argv)
    now = outputs(args.generated, args.seed, args.only)
    if args.action == "record":
        results = list(now)
        with gzip.open(args.file, "wt", encoding="utf-8") as handle:
            json.dump({"generated": args.generated, "seed": args.seed, "results": results}, handle, ensure_ascii=False)
        print(f"recorded {len(results)} commands in {args.file}")
        return 0
    with gzip.open(args.file, "rt", encoding="utf-8") as handle:
        recorded = json.load(handle)
    if (recorded["generated"], recorded["seed"]) != (args.generated, args.seed):
        print(f"recorded with --generated {recorded['generated']} --seed {recorded['seed']}: give the same")
        return 1
    return compare(recorded["results"], now, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
