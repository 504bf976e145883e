"""Questions asking which of the places named acted first (内蒙古和青海谁先出的政策？).

No passage says which came first; each place's own dated passage does (p22's 5月25日, p23's
6月9日), so the answer is each place's passage, the earliest first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from knowledge.facts import DATELINE_OFFSET
from knowledge.index import Index
from knowledge.models import Fact
from knowledge.query import Query

MIN_ASKED_PLACES = 2
"""How many places a which-came-first question compares at least."""
_FIRST = re.compile(
    r"谁先|哪个先|哪家先|哪边先|哪里先|谁早|哪个早|谁更早|哪个更早|谁在前|先后|谁最早|哪个最早|谁最先|哪个最先"
    r"|\b(?:came|come|comes|was|went|acted|moved) first\b|\b(?:earlier|earliest)\b"
)
"""谁先, 哪个早, 先后, 谁最早, which came first, which was earlier, which acted earliest."""


def asks_which_first(query: Query) -> bool:
    """Whether the question asks which of the places it names came first (谁先, earliest)."""
    return (
        len(query.places) >= MIN_ASKED_PLACES and _FIRST.search(query.text.casefold()) is not None
    )


def earliest_first(query: Query, index: Index, ranked: Sequence[int]) -> tuple[int, ...] | None:
    """Return the passages dating what each place asked about did, the earliest first.

    ``ranked`` holds passage numbers best first: each place takes the best-ranked passage that
    names it, none of the other places, and opens with a date. None when a place has no such
    passage or two dates do not tell which came first (5月 and 5月25日).
    """
    places = sorted(query.places)
    deadline = "deadline" in query.types
    dated = []
    for place in places:
        found = _dated_passage(index, ranked, place, set(places) - {place}, deadline)
        if found is None:
            return None
        dated.append(found)
    dated.sort(key=lambda found: found[1])
    for (_, one), (_, two) in itertools.pairwise(dated):
        shared = min(len(one), len(two))
        if one[:shared] == two[:shared]:
            return None
    return tuple(number for number, _ in dated)


def _dated_passage(
    index: Index, ranked: Sequence[int], place: str, others: set[str], deadline: bool
) -> tuple[int, str] | None:
    """Return the best-ranked passage naming ``place`` and none of ``others``, opening with a date.

    When ``deadline`` is asked (四川的deadline跟云南比谁早？), its first deadline instead.
    """
    for number in ranked:
        entry = index.passages[number]
        if place not in entry.places or not others.isdisjoint(entry.places):
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
