"""Questions asking which of two places acted first (内蒙古和青海谁先出的政策？).

No passage says which came first; each place's own dated passage does (p22's 5月25日, p23's
6月9日), so the answer is both passages, the earlier first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.facts import DATELINE_OFFSET
from knowledge.index import Index
from knowledge.models import Fact
from knowledge.query import Query

ASKED_PLACES = 2
"""How many places a which-came-first question compares."""
_FIRST = re.compile(
    r"谁先|哪个先|哪家先|哪边先|哪里先|谁早|哪个早|谁更早|哪个更早|谁在前|先后"
    r"|\b(?:came|come|comes|was|went|acted|moved) first\b|\bearlier\b"
)
"""谁先, 哪个早, 先后, which came first, which was earlier."""


def asks_which_first(query: Query) -> bool:
    """Whether the question asks which of the two places it names came first (谁先, earlier)."""
    return len(query.places) == ASKED_PLACES and _FIRST.search(query.text.casefold()) is not None


def earlier_of_two(query: Query, index: Index, ranked: Sequence[int]) -> tuple[int, int] | None:
    """Return the passages dating what the two places asked about did, the earlier first.

    ``ranked`` holds passage numbers best first: each place takes the best-ranked passage that
    names it, not the other place, and opens with a date. None when a place has no such
    passage or the dates do not tell which came first (5月 and 5月25日).
    """
    first, second = sorted(query.places)
    deadline = "deadline" in query.types
    one = _dated_passage(index, ranked, first, second, deadline)
    two = _dated_passage(index, ranked, second, first, deadline)
    if one is None or two is None:
        return None
    shared = min(len(one[1]), len(two[1]))
    if one[1][:shared] == two[1][:shared]:
        return None
    return (one[0], two[0]) if one[1] < two[1] else (two[0], one[0])


def _dated_passage(
    index: Index, ranked: Sequence[int], place: str, other: str, deadline: bool = False
) -> tuple[int, str] | None:
    """Return the best-ranked passage naming ``place`` but not ``other`` and opening with a date.

    When ``deadline`` is asked (四川的deadline跟云南比谁早？), its first deadline instead.
    """
    for number in ranked:
        entry = index.passages[number]
        if place not in entry.places or other in entry.places:
            continue
        opening = next((f.value for f in entry.passage.facts if _dates(f, deadline)), None)
        if opening is not None:
            return number, opening
    return None


def _dates(fact: Fact, deadline: bool) -> bool:
    """Whether ``fact`` is what a passage is compared by: its deadline, or its opening date."""
    if deadline:
        return fact.kind == "deadline"
    return fact.kind == "date" and fact.start <= DATELINE_OFFSET
