"""Static check: the package ships ``py.typed``, so mypy must accept all of it.

No library code runs here; mypy reads the sources with the ``[tool.mypy]`` settings
from ``pyproject.toml`` (which also names the package to check).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.typing


def test_package_passes_mypy(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (it comes with the test extra)")
    result = subprocess.run(
        # a fresh cache per run: nothing is written into the checkout
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"mypy exited with {result.returncode}:\n{result.stdout}{result.stderr}"


def test_package_ships_its_type_marker() -> None:
    assert (ROOT / "biblio" / "py.typed").is_file()
