"""The BM25 baseline: what anyone would reach for first (jieba search-mode tokens + rank_bm25)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import jieba

from knowledge.models import Article, Passage

_WORD = re.compile(r"\w")
jieba.setLogLevel(logging.WARNING)


def _tokens(tokenizer: jieba.Tokenizer, text: str) -> list[str]:
    return [t for t in tokenizer.lcut_for_search(text) if _WORD.search(t)]


class BM25Baseline:
    """rank_bm25's BM25Okapi over jieba tokens of each passage; answers when any score is > 0.

    rank_bm25 is a development dependency: constructing this without it raises ImportError.
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        from rank_bm25 import BM25Okapi

        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self.passages: list[Passage] = [p for a in articles for p in a.passages]
        self._bm25 = BM25Okapi([_tokens(self._jieba, p.text) for p in self.passages])

    def search(self, question: str, top: int = 3) -> list[Passage]:
        """Return up to ``top`` passages with a positive BM25 score, best first."""
        scores = self._bm25.get_scores(_tokens(self._jieba, question))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:top]
        return [self.passages[i] for i in order if scores[i] > 0]
