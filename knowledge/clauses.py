"""A reader's own context before the question (我在写报告，负荷是多少？): clauses that only tell."""

from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]|\s[-–—]+\s|(?<![0-9])\.(?![0-9A-Za-z])")
"""Where a clause ends: Chinese and English punctuation, a dash between words (not 126.83 or
btc.com)."""
_ASKS = re.compile(
    r"[?？谁哪啥几咋吗呢么嘛]|什么|多少|怎|如何|为何|是否|有没有|是不是"
    r"|(?<![a-z])(?:what|whats|how|when|who|whom|whose|where|which|why)(?![a-z])"
    r"|^\s*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had)(?![a-z])"
)
"""A clause asking something: a question mark, a question word or particle, an English
question word, or an English auxiliary opening the clause (is, did, can …: My cousin has a
mining shed. tells)."""


_CHECKS_WHAT_IS_TOLD = re.compile(
    r"^\s*(?:那|这)?(?:文章|文中|原文|新闻|报道|文件)?(?:里|中|上)?(?:也|有)*"
    r"(?:提|说|讲|写)(?:到|了|过)*(?:具体)?(?:数量|数字|数目)?(?:了)?(?:吗|没|没有)?\s*[？?]?\s*$"
    r"|^\s*(?:这|那)?(?:是)?真的(?:吗|吧|么)\s*[？?]?\s*$"
    r"|^\s*(?:is (?:that|it|this) true|does the article (?:say|mention) (?:that|it|so))\s*[?]?\s*$",
    re.IGNORECASE,
)
"""A clause that only asks whether what the others tell is so (文章提了吗？ 提到具体数量了吗？
是真的吗？): the telling clauses are then what is asked (听说矿工都去了挪威，文章提了吗？)."""


def _clauses(text: str) -> list[tuple[int, int]]:
    """Return the clauses of ``text`` as spans, each with the mark that ends it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _CLAUSE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def telling_clauses(
    asked: str, read: str, is_filler: Callable[[str], bool] = lambda _: False
) -> list[tuple[int, int]]:
    """Return the spans of ``read`` whose clauses ask nothing, when some other clause asks.

    ``asked`` is the question as the reader wrote it (normalised), ``read`` the same question
    after translation and the removal of question words, clause for clause: 我老家在四川，到底
    哪天截止？ tells 我老家在四川 and asks 到底哪天截止. A request without a question word asks in
    its last clause (写论文用：会议的主持人及其职务). A clause ``is_filler`` finds empty (在吗？
    你好，) neither asks nor tells. When the two do not have the same clauses, or every clause
    asks, nothing is returned.
    """
    asked_clauses = _clauses(asked)
    read_clauses = _clauses(read)
    if len(asked_clauses) != len(read_clauses) or len(asked_clauses) < 2:
        return []
    said = [
        (a, r)
        for a, r in zip(asked_clauses, read_clauses, strict=True)
        if not is_filler(asked[a[0] : a[1]])
    ]
    if len(said) < 2:
        return []
    asked_clauses = [a for a, _ in said]
    read_clauses = [r for _, r in said]
    asks = [_ASKS.search(asked[start:end]) is not None for start, end in asked_clauses]
    if all(asks):
        return []
    checks = [_CHECKS_WHAT_IS_TOLD.match(asked[start:end]) for start, end in asked_clauses]
    if any(asks) and all(check for check, asking in zip(checks, asks, strict=True) if asking):
        return []  # 听说…，文章提了吗？: what the reader heard is what they ask about
    if not any(asks):  # 写论文用：金融委会议的主持人及其职务: a request, made last
        asks[-1] = True
    return [span for span, asking in zip(read_clauses, asks, strict=True) if not asking]


_ASKER = re.compile(r"^\s*[^\s，,：:]{1,8}问(?:我|你|道|一下|下)?\s*[：:，,]\s*$")
"""A clause naming who asks (上海人问：, 奶奶问我，): it is about the reader, not the article."""


def asker_clauses(asked: str, read: str) -> list[tuple[int, int]]:
    """Return the spans of ``read`` whose clauses only say who is asking (上海人问：…).

    ``asked`` and ``read`` as for :func:`telling_clauses`; the last clause is never one.
    """
    asked_clauses = _clauses(asked)
    read_clauses = _clauses(read)
    if len(asked_clauses) != len(read_clauses):
        return []
    return [
        read_span
        for (start, end), read_span in zip(asked_clauses[:-1], read_clauses[:-1], strict=True)
        if _ASKER.match(asked[start:end])
    ]
