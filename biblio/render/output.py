"""Formatted entries → one document: plain text, HTML, Markdown, LaTeX or JSON lines.

Rich text is rendered by pybtex's backends, which escape field content for
their target (``<script>`` in a title stays text in HTML, ``&`` and ``%`` are
escaped in LaTeX). ``jsonl`` gives one ``{"id": …, "text": …}`` object per
entry, in bibliography order, with the plain-text rendering.
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from pybtex.backends.markdown import Backend as _PybtexMarkdown

from ..errors import UsageError

if TYPE_CHECKING:
    from . import Rendered


def write(items: list["Rendered"], output: str) -> str:
    try:
        writer = _WRITERS[output]
    except KeyError:
        raise UsageError(f"unknown output {output!r} (known: {', '.join(_WRITERS)})") from None
    return writer(items)


def _text(items: list["Rendered"]) -> str:
    lines = []
    for item in items:
        body = item.text.render_as("text")
        lines.append(f"{item.label}. {body}" if item.label else body)
    return "".join(line + "\n" for line in lines)


class MarkdownBackend(_PybtexMarkdown):
    """pybtex's Markdown backend, escaping only what Markdown would misread.

    pybtex escapes every period and hyphen (``Smith\\, J\\.``); a bibliography is
    full of both, so only emphasis, link and code marks and HTML are escaped here.
    """

    def format_str(self, text: str) -> str:
        text = escape(text)
        for char in "\\`*_":
            text = text.replace(char, "\\" + char)
        return text


_MARKDOWN = MarkdownBackend()


def _markdown(items: list["Rendered"]) -> str:
    lines = []
    for item in items:
        body = item.text.render(_MARKDOWN)
        lines.append(f"{item.label}. {body}" if item.label else body)
    sep = "\n" if items and items[0].label else "\n\n"
    return sep.join(lines) + ("\n" if lines else "")


def _html(items: list["Rendered"]) -> str:
    tag = "ol" if items and items[0].label else "ul"
    rows = [f'<li id="{html.escape(item.id, quote=True)}">{item.text.render_as("html")}</li>' for item in items]
    return f'<{tag} class="bibliography">\n' + "".join(f"  {row}\n" for row in rows) + f"</{tag}>\n"


def _latex(items: list["Rendered"]) -> str:
    width = str(len(items)) if items else "9"
    rows = [f"\\bibitem{{{item.id}}} {item.text.render_as('latex')}" for item in items]
    return f"\\begin{{thebibliography}}{{{width}}}\n" + "".join(row + "\n\n" for row in rows) + "\\end{thebibliography}\n"


def _jsonl(items: list["Rendered"]) -> str:
    return "".join(
        json.dumps({"id": item.id, "text": item.text.render_as("text")}, ensure_ascii=False) + "\n" for item in items
    )


_WRITERS = {"text": _text, "html": _html, "markdown": _markdown, "latex": _latex, "jsonl": _jsonl}
