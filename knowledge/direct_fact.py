"""Pick the fact a question asks for from the passage that answers it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.analyzer import fact_anchors
from knowledge.models import Fact

_SENTENCE_END = re.compile(r"[。！？；!?;]")
_LIST_SEPARATOR = re.compile(r"、|及|以及|和|与")
_RESPECTIVELY = "分别"
_ITEM_NAME = re.compile(r"[^等的、，,。；]{1,16}")


def _distance(fact: Fact, spans: Sequence[tuple[int, int]]) -> int:
    gaps = [max(start - fact.end, fact.start - end, 0) for start, end in spans]
    return min(gaps, default=len(fact.text) * 1000)


def respective_items(text: str, facts: Sequence[Fact]) -> list[tuple[tuple[int, int], Fact]]:
    """Pair "A、B、C及D … 分别是 w、x、y、z": each item's span (from its head) with its figure.

    Empty unless the passage has such a list and the items and figures are as many. An item's
    head is where its name starts ("Poolin等具有…" starts with Poolin).
    """
    at = text.find(_RESPECTIVELY)
    if at < 0:
        return []
    end_match = _SENTENCE_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    figures = [f for f in facts if f.kind == "figure" and at < f.start < end]
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    sentence_start = starts[-1] if starts else 0
    best: list[tuple[int, int]] = []
    offset = sentence_start
    for clause in re.split(r"([，,：:])", text[sentence_start:at]):
        bounds = [offset]
        bounds += [offset + m.end() for m in _LIST_SEPARATOR.finditer(clause)]
        items = list(zip(bounds, [*bounds[1:], offset + len(clause)], strict=True))
        if len(items) > len(best):
            best = items
        offset += len(clause)
    if len(best) < 2 or len(best) != len(figures):
        return []
    items = [(lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), hi) for lo, hi in best]
    return list(zip(items, figures, strict=True))


def item_name(text: str, item: tuple[int, int]) -> str:
    """The name an item starts with: up to 等, 的, a separator or punctuation (≤ 16 chars)."""
    head, end = item
    match = _ITEM_NAME.match(text[head:end])
    return match.group(0).strip("及以和与 ") if match else ""


def respective_fact(
    text: str, facts: Sequence[Fact], spans: Sequence[tuple[int, int]]
) -> Fact | None:
    """The figure in the place of the list item a matched span starts (see respective_items)."""
    starts = {s for s, _ in spans}
    hits = [fact for (head, _), fact in respective_items(text, facts) if head in starts]
    return hits[0] if len(hits) == 1 else None


def pick_fact(
    text: str,
    facts: Sequence[Fact],
    types: frozenset[str],
    anchors: set[str],
    spans: Sequence[tuple[int, int]],
    units: frozenset[str] = frozenset(),
) -> Fact | None:
    """Return the deadline, date or figure asked for, or None when the question asks neither.

    Preference: a fact the question itself named (anchor), then for "how much" the figure in the
    matched item's place of a "分别" list, then (for deadlines) a deadline, then the fact nearest
    the matched words. A how-much question asking ``units`` (hours for 按多长时间算的？) gets a
    figure in one of them when the passage has one.
    """
    if "when" in types:
        wanted = [f for f in facts if f.kind in ("date", "deadline")]
        if "deadline" in types and any(f.kind == "deadline" for f in wanted):
            wanted = [f for f in wanted if f.kind == "deadline"]
    elif "howmuch" in types:
        wanted = [f for f in facts if f.kind == "figure"]
        wanted = [f for f in wanted if (f.unit or "").casefold() in units] or wanted
        respective = respective_fact(text, wanted, spans)
        if respective is not None and not anchors & set(fact_anchors(respective)):
            return respective
    else:
        return None
    if not wanted:
        return None
    named = [f for f in wanted if anchors & set(fact_anchors(f))]
    unnamed = [f for f in wanted if f not in named]
    pool = unnamed or named  # the question names one fact and asks for another, e.g. the deadline
    return min(pool, key=lambda f: (_distance(f, spans), f.start))
