"""HTML body → an ordered list of text blocks, section headings and images."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

BlockKind = Literal["text", "heading", "image"]

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "section",
        "article",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "hr",
        "br",
    }
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"strong", "b"})
_SKIP_TAGS = frozenset({"script", "style"})
_WHITESPACE = re.compile(r"\s+")
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", "…", ".", "：", ":")
_MAX_HEADING_CHARS = 40


@dataclass(frozen=True)
class Block:
    """One block of the body: a paragraph, a section heading, or an image (``text`` = its src)."""

    kind: BlockKind
    text: str
    caption: str | None = None


def normalize_whitespace(text: str) -> str:
    """Collapse runs of whitespace (newlines, tabs, NBSP) into single spaces and trim."""
    return _WHITESPACE.sub(" ", text.replace("\u00a0", " ")).strip()


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._chunks: list[tuple[str, bool]] = []
        self._bold_depth = 0
        self._heading_depth = 0
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _HEADING_TAGS:
            self._flush()
            self._heading_depth += 1
        elif tag in _BOLD_TAGS:
            self._bold_depth += 1
        elif tag == "img":
            self._flush()
            values = dict(attrs)
            src = values.get("src") or ""
            if src:
                caption = values.get("title") or values.get("alt") or None
                self.blocks.append(Block("image", src, caption))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _HEADING_TAGS:
            self._flush(heading=True)
            self._heading_depth = max(0, self._heading_depth - 1)
        elif tag in _BOLD_TAGS:
            self._bold_depth = max(0, self._bold_depth - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._chunks.append((data, self._bold_depth > 0))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self, heading: bool = False) -> None:
        text = normalize_whitespace("".join(chunk for chunk, _ in self._chunks))
        bold_only = all(bold for chunk, bold in self._chunks if chunk.strip())
        self._chunks = []
        if not text:
            return
        if heading or self._heading_depth or (bold_only and _looks_like_heading(text)):
            self.blocks.append(Block("heading", text))
        else:
            self.blocks.append(Block("text", text))


def _looks_like_heading(text: str) -> bool:
    """A bold-only line is a heading when it is short and not a sentence."""
    return len(text) <= _MAX_HEADING_CHARS and not text.endswith(_SENTENCE_END)


def parse_blocks(html: str) -> list[Block]:
    """Split an HTML body into text blocks, headings and images, in document order.

    Block elements (``p``, ``div``, ``li``, ``h1``–``h6``, ``blockquote`` …) and ``<br>`` end a
    block; inline markup (``strong``, ``a``, ``span``) is flattened to its text; entities are
    decoded. A block whose text is all bold, short and without final punctuation is a heading.
    """
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks
