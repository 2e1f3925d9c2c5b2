"""Reading inputs and writing outputs safely.

Inputs are read as bytes and decoded line by line, so an undecodable byte is
reported with its line number instead of a traceback. Outputs go to a
temporary file first and replace the target only when everything was
written: a failed run leaves the previous file untouched and no partial file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from .errors import InputError, OutputError

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """A top-level data folder (``references``, ``styles``) of the project.

    Wheels carry them inside the package as ``biblio/data/NAME``; a source
    checkout (and an editable install) has them beside the package.
    """
    for candidate in (_PACKAGE / "data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise InputError(f"the bundled {name!r} folder is missing from this installation")


def bundled_references() -> list[Path]:
    """The bundled bibliography: every one-reference-per-line file in ``references/``."""
    return [p for p in sorted(resource_dir("references").glob("*.txt")) if not p.name.endswith(".runon.txt")]


@dataclass
class Source:
    """One input: a path (or ``-`` for stdin) and how to decode it."""

    name: str
    encoding: str | None = None  # None: UTF-8, with a BOM tolerated
    label: str = ""  # how messages and origins name it (default: the name)

    def __post_init__(self) -> None:
        self.label = self.label or self.name

    @property
    def extension(self) -> str:
        return Path(self.name).suffix.lower() if self.name != "-" else ""

    def _open(self) -> IO[bytes]:
        if self.name == "-":
            return sys.stdin.buffer
        try:
            return open(self.name, "rb")
        except FileNotFoundError:
            raise InputError("no such file", self.label) from None
        except IsADirectoryError:
            raise InputError("is a directory, not a file", self.label) from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), self.label) from None

    def lines(self) -> Iterator[tuple[int, str]]:
        """Yield ``(line number, text)`` without the line break, streaming."""
        encoding = self.encoding or "utf-8"
        stream = self._open()
        try:
            for number, raw in enumerate(stream, start=1):
                if number == 1 and encoding == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    text = raw.decode(encoding)
                except UnicodeDecodeError as exc:
                    raise InputError(
                        f"invalid {encoding} at byte {exc.start + 1} of the line"
                        " (give the right --encoding)",
                        self.label,
                        number,
                    ) from None
                except LookupError:
                    raise InputError(f"unknown encoding {encoding!r}") from None
                yield number, text.rstrip("\r\n")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()

    def read_text(self) -> str:
        """The whole input as one string (for formats that are not line-based)."""
        return "\n".join(text for _, text in self.lines())


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream that lands in ``path`` (or stdout) only if the block succeeds.

    For stdout the text is spooled (in memory, then on disk when large) so a
    failure half-way prints nothing rather than half a file.
    """
    if path is None or path == "-":
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="")
        try:
            yield spool
            spool.seek(0)
            shutil.copyfileobj(spool, sys.stdout)
            sys.stdout.flush()
        finally:
            spool.close()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("directory does not exist", str(directory))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
