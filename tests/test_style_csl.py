"""--csl: any CSL style through citeproc-py (a file path always works)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.errors import InputError, UsageError
from test_style_gost import book, chapter, english_article

citeproc = pytest.importorskip("citeproc")
HARVARD = os.path.join(citeproc.STYLES_PATH, "harvard-cite-them-right.csl")
ROOT = Path(__file__).resolve().parents[1]


def entries():
    items = [book(), chapter(), english_article()]
    for item, key in zip(items, ("rashkevits1973", "dzintars1970", "smith2019")):
        item.key = key
    return items


def test_csl_file_renders_every_entry_with_its_id() -> None:
    from biblio.render.csl import format_with_csl

    lines = [json.loads(line) for line in format_with_csl(entries(), HARVARD, "jsonl").splitlines()]
    by_id = {item["id"]: item["text"] for item in lines}
    assert set(by_id) == {"rashkevits1973", "dzintars1970", "smith2019"}
    assert by_id["smith2019"] == "Smith, J. and Doe, J. (2019) “A study of things”, Journal of Things, 12(3), pp. 101–120."
    assert by_id["rashkevits1973"].startswith("Рашкевиц, А.К. (1973) Народные мстители Латвии.")


def test_csl_romanised_on_request() -> None:
    from biblio.render.csl import format_with_csl

    text = format_with_csl(entries(), HARVARD, "text", romanize="ala-lc")
    assert "Rashkevit͡s, A.K. (1973) Narodnye mstiteli Latvii. Moskva: Voenizdat." in text
    assert not any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_csl_name_suffix_after_the_initials_romanised_with_the_name() -> None:
    from biblio.render.csl import format_with_csl

    son = book()
    son.key = "rashkevits1973"
    son.persons[0].suffix = "мл."
    assert format_with_csl([son], HARVARD, "text").startswith("Рашкевиц, А.К., мл. (1973)")
    assert format_with_csl([son], HARVARD, "text", romanize="ala-lc").startswith("Rashkevit͡s, A.K., ml. (1973)")


def test_csl_errors_are_typed() -> None:
    from biblio.render.csl import format_with_csl

    with pytest.raises(UsageError, match="no CSL style 'no-such-style'"):
        format_with_csl(entries(), "no-such-style")
    with pytest.raises(UsageError, match="not 'latex'"):
        format_with_csl(entries(), HARVARD, "latex")


def test_broken_csl_file(tmp_path: Path) -> None:
    from biblio.render.csl import format_with_csl

    broken = tmp_path / "broken.csl"
    broken.write_text("<style", encoding="utf-8")
    with pytest.raises(InputError):
        format_with_csl(entries(), str(broken))


def test_cli_csl_option(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "biblio", "format", "--csl", HARVARD, "--output", "jsonl", "--keep-duplicates"],
        capture_output=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode().splitlines()) == 24
    both = subprocess.run([sys.executable, "-m", "biblio", "format", "--csl", HARVARD, "--style", "apa"],
                          capture_output=True, cwd=ROOT)
    assert both.returncode == 2 and b"not both" in both.stderr
