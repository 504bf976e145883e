"""Organs (bureaus, committees, companies) in a passage: who issued a document, what they run."""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.text import has_cjk

ORGAN_ENDS = ("委员会", "办公厅", "办公室", "政府", "集团", "公司", "局", "厅")
"""How the names of organs end (四川省能源局, 国网四川省电力公司, 各市（州）人民政府)."""
ISSUED_TERM = "发布"
"""The term of issuing a document (the aliases' word for 印发, 发文, issue)."""
_TITLE_BY_ORGANS = re.compile(rf"《(?P<organs>[^《》]*?(?:{'|'.join(ORGAN_ENDS)}))关于[^《》]*》")
"""A document titled after the organs that issued it: 《A、B关于…》."""


def issuers_span(text: str) -> tuple[int, int] | None:
    """Return where ``text`` names organs as the issuers of a document's title, if it does.

    p2 never says 印发 or 发布: its notice's title (《A、B关于…的通知》) names who issued it.
    """
    m = _TITLE_BY_ORGANS.search(text)
    return m.span("organs") if m else None


def fields_of_organs(
    spans: Mapping[str, list[tuple[int, int]]], places: frozenset[str]
) -> frozenset[str]:
    """Return the terms a passage holds only as the field of an organ's name (能源 of 能源局).

    The word just before an organ's ending says what the organ is in charge of, not what the
    passage speaks of: p2 names 四川省能源局 and no source of energy, p1 its 清洁能源. A place
    (四川 of 四川省能源局) is no field.
    """
    fields: set[tuple[int, int]] = set()
    for term, found in spans.items():
        ending = next((e for e in ORGAN_ENDS if term.endswith(e) and len(term) > len(e) + 1), "")
        if ending:
            fields |= {(start, end - len(ending)) for start, end in found}
    return frozenset(
        term
        for term, found in spans.items()
        if has_cjk(term)
        and term not in places
        and all(any(start <= s and e == end for start, end in fields) for s, e in found)
    )
