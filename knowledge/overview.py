"""Questions on the article as a whole: what it is about (its lead) and how it ends (its last)."""

from __future__ import annotations

import re

from knowledge.index import Index
from knowledge.kinds import SAID_TERM
from knowledge.query import NOW, Query, analyze

OVERVIEW = "overview"
"""The question type of 主要讲了啥, 怎么回事, what's up with …, summarize (cues.tsv)."""
FILLER_WEIGHT = 0.5
"""An unknown word weighing less than this is how the reader phrased the question (讲, 事)."""
_ARTICLE = r"(?:文章|新闻|新聞|报道|報道|報導)"
"""The words a reader names the article by, before its opening or its end."""
_ARTICLE_OPENING = re.compile(
    rf"{_ARTICLE}的?一?(?:开头|開頭|开篇|開篇)"
    rf"|{_ARTICLE}(?:是|系)?(?:怎么|怎麼|怎样|怎樣|如何|咋|点样|點樣|点|點)(?:开头|開頭|开篇|開篇|开场|開場)"
    r"|(?:开头|開頭|开篇|開篇)(?:那|这|這|呢|嗰)一?(?:段|句)"
    r"|\b(?:article|story|piece|news) (?:opens?|starts?|begins?)\b"
    r"|\b(?:start|beginning|opening) of the (?:article|story|piece|news)\b"
    r"|\b(?:in|of) (?:its|the) (?:lead|intro|opening)\b"
    r"|\bthe opening (?:says?|said|tells?|line|lines|paragraph|sentence)\b",
    re.IGNORECASE,
)
"""文章开头说…, 文章怎么开头, how does the article open: the reader points at the lead, which
answers if it holds any word the question names (文章开头说矿工被拔了啥？: p1's 被拔了网线,
though p1 says 矿机)."""


_ARTICLE_ENDING = re.compile(
    rf"{_ARTICLE}的?(?:结尾|結尾|末尾|收尾|最后一段|最後一段)(?!前)"
    rf"|{_ARTICLE}的?(?:最后|最後|最尾)(?=提|说|說|讲|講|写|寫)"
    r"|(?<![前之])(?:最后|最後|最尾)一段(?!前|时间|時間|日子)"
    r"|\b(?:last|final|closing) (?:paragraph|passage)\b"
    r"|\b(?:article|story|piece|news|report) (?:ends?|finish(?:es)?|closes?|wraps? up)\b"
    r"|\b(?:end|ending|close) of the (?:article|story|piece|news|report)\b",
    re.IGNORECASE,
)
"""文章结尾…, 最后一段讲啥, how does the article end?, the last paragraph: the reader points at
the last passage (not 结尾前, before the end; not 最后一段时间, the last stretch of time)."""


def ending_of_asked_article(query: Query, index: Index) -> int | None:
    """Return the number of the last passage of the article a question points at its end of.

    文章结尾讲的是哪个省？ and How does the article end? name nothing else: the last passage
    answers. A word the question names must be held by it (文章结尾说云南要干啥？); a question
    naming what another passage holds is answered or refused as any other. When several
    articles fit, the question does not say which: None.
    """
    pointing = _ARTICLE_ENDING.search(query.text)
    if pointing is None:
        return None
    rest = query.text[: pointing.start()] + " " + query.text[pointing.end() :]
    named = [  # how does the article end?: the words pointing (end: 结束) ask nothing,
        t.matches  # nor does 说 in 最后一段说的啥 (what it says, no one's quote)
        for t in analyze(rest, index).terms
        if (t.known or t.weight >= FILLER_WEIGHT) and t.term != SAID_TERM
    ]
    fitting = [
        number
        for number in index.endings
        if all(not index.passages[number].spans.keys().isdisjoint(terms) for terms in named)
    ]
    return fitting[0] if len(fitting) == 1 else None


def lead_of_asked_article(query: Query, index: Index) -> int | None:
    """Return the number of the lead passage of the article an overview question asks about.

    The question may name nothing (这个新闻主要讲了啥？) or only what the article's title or
    lead names (四川挖矿这事怎么回事？), places only of the title (Summarize what Inner
    Mongolia did. asks about 内蒙古, which the lead names in passing). One word of something
    else (以太坊怎么回事？, 26个项目是咋回事) makes it a question about that, answered or
    refused as any other. A question pointing at the article's opening (文章开头说…) gets the
    lead holding any word it names, a why-question naming nothing (为什么会这样？) the lead,
    which gives the reason. When several articles fit, the question does not say
    which: None.
    """
    pointing = _ARTICLE_OPENING.search(query.text)
    opening = pointing is not None
    why_of_it = "why" in query.types and all(
        not t.known and t.weight < FILLER_WEIGHT for t in query.terms
    )  # 成件事嘅起因係咩？ why did it all happen: the lead gives the reason
    if OVERVIEW not in query.types and pointing is None and not why_of_it:
        return None
    terms = query.terms
    if pointing is not None:  # how does the article open?: open (开展) asks nothing
        asking_nothing = {t.term for t in analyze(pointing.group(), index).terms} | {SAID_TERM}
        terms = tuple(t for t in terms if t.term not in asking_nothing)
    if any(not t.known and t.weight >= FILLER_WEIGHT and t.source != NOW for t in terms):
        return None  # 现在 (now) asks how things stand, which is what the news says
    named = [t.matches for t in terms if t.known]
    fitting = [
        number
        for number in index.leads
        if query.places <= index.passages[number].title_terms  # not 内蒙古, which p1 names too
        and all(
            not index.passages[number].title_terms.isdisjoint(terms)
            or not index.passages[number].spans.keys().isdisjoint(terms)
            for terms in named
        )
    ]
    if opening and not fitting:
        fitting = [
            number
            for number in index.leads
            if any(not index.passages[number].spans.keys().isdisjoint(terms) for terms in named)
        ]
    return fitting[0] if len(fitting) == 1 else None
