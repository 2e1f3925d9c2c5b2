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

from pybtex.backends.html import Backend as _PybtexHtml
from pybtex.backends.latex import Backend as _PybtexLatex
from pybtex.backends.markdown import Backend as _PybtexMarkdown
from pybtex.backends.plaintext import Backend as _PybtexText

from ..errors import UsageError

if TYPE_CHECKING:
    from pybtex.richtext import BaseText

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
        body = render(item.text, "text")
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


class LatexBackend(_PybtexLatex):
    """pybtex's LaTeX backend, also escaping what it lets through (``\\ { } $ ^``).

    Field content is text, never markup: an unbalanced brace in a title must not
    break the document.
    """

    _SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "^": r"\textasciicircum{}"}

    def format_str(self, text: str) -> str:
        out: list[str] = []
        chunk: list[str] = []
        for char in text:
            if char in self._SPECIAL:
                out.append(super().format_str("".join(chunk)) if chunk else "")
                out.append(self._SPECIAL[char])
                chunk = []
            else:
                chunk.append(char)
        if chunk:
            out.append(super().format_str("".join(chunk)))
        return "".join(out)


_LATEX = LatexBackend()


# Backend instances made once: pybtex's render_as() looks its backend up among the
# installed entry points on every call, which costs more than formatting the entry.
_BACKENDS = {"text": _PybtexText(), "jsonl": _PybtexText(), "html": _PybtexHtml(), "markdown": _MARKDOWN, "latex": _LATEX}


def render(text: "BaseText", output: str) -> str:
    """One rich text in ``output`` (``jsonl`` entries carry the plain text)."""
    return text.render(_BACKENDS[output])


def _markdown(items: list["Rendered"]) -> str:
    lines = []
    for item in items:
        body = render(item.text, "markdown")
        lines.append(f"{item.label}. {body}" if item.label else body)
    sep = "\n" if items and items[0].label else "\n\n"
    return sep.join(lines) + ("\n" if lines else "")


def _html(items: list["Rendered"]) -> str:
    tag = "ol" if items and items[0].label else "ul"
    rows = [f'<li id="{html.escape(item.id, quote=True)}">{render(item.text, "html")}</li>' for item in items]
    return f'<{tag} class="bibliography">\n' + "".join(f"  {row}\n" for row in rows) + f"</{tag}>\n"


def _latex(items: list["Rendered"]) -> str:
    width = str(len(items)) if items else "9"
    rows = [f"\\bibitem{{{item.id}}} {render(item.text, 'latex')}" for item in items]
    return f"\\begin{{thebibliography}}{{{width}}}\n" + "".join(row + "\n\n" for row in rows) + "\\end{thebibliography}\n"


def _jsonl(items: list["Rendered"]) -> str:
    return "".join(
        json.dumps({"id": item.id, "text": render(item.text, "text")}, ensure_ascii=False) + "\n" for item in items
    )


_WRITERS = {"text": _text, "html": _html, "markdown": _markdown, "latex": _latex, "jsonl": _jsonl}
