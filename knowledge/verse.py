"""Classical verse quoted in a passage: readers call it a poem (诗) though the text never does."""

from __future__ import annotations

import itertools
import re

VERSE_TERM = "诗"
"""The term a passage quoting verse holds, whatever its words (矿工A的诗, the poem)."""
_LINE_BREAK = re.compile(r"[，。！？；“”]")
_LINE = re.compile(r"[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7}")
"""A line of classical verse: five or seven characters."""


def verse_span(text: str) -> tuple[int, int] | None:
    """Return the span of the first couplet in ``text``, or None when it quotes no verse.

    A couplet is two lines of the same length, five or seven characters each, one after the
    other (清风虽细难吹我，明月何尝不照人).
    """
    return next(iter(couplet_spans(text)), None)


def couplet_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of every couplet in ``text``, in order (none when it quotes no verse)."""
    start = 0
    lines: list[tuple[int, str]] = []
    for m in _LINE_BREAK.finditer(text + "。"):
        lines.append((start, text[start : m.start()]))
        start = m.end()
    couplets = []
    paired = -1  # a line closing one couplet opens no other
    for n, ((first_start, first), (second_start, second)) in enumerate(itertools.pairwise(lines)):
        if n > paired and _is_couplet(first, second):
            couplets.append((first_start, second_start + len(second)))
            paired = n + 1
    return couplets


def _is_couplet(first: str, second: str) -> bool:
    """Whether two lines are a couplet: five or seven characters each, as long as each other."""
    return len(first) == len(second) and all(_LINE.fullmatch(line) for line in (first, second))
