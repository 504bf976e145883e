"""The fact store's index: terms → passages (inverted), IDF, spans to highlight."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from knowledge.analyzer import Analyzer, domain_words_of
from knowledge.lexicon import Lexicon
from knowledge.models import Article, Passage
from knowledge.text import has_cjk


@dataclass
class IndexedPassage:
    """A passage with its terms, the spans of each term, and its article."""

    passage: Passage
    article: Article
    spans: dict[str, list[tuple[int, int]]]
    context_terms: frozenset[str]


@dataclass
class Index:
    """An inverted index over every passage of the knowledge.

    ``idf(t) = ln(1 + (N − n + 0.5) / (n + 0.5))`` (Lucene's BM25 IDF, never negative) over the N
    passages, n of which hold t; a term no passage holds gets the largest IDF, ``max_idf``.
    """

    analyzer: Analyzer
    articles: tuple[Article, ...]
    passages: list[IndexedPassage] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    context_postings: dict[str, list[int]] = field(default_factory=dict)
    pinyin_words: dict[str, str] = field(default_factory=dict)
    _choices: dict[bool, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, articles: Sequence[Article], lexicon: Lexicon) -> Index:
        """Index every passage of ``articles`` (domain words come from the articles themselves)."""
        extra: set[str] = set()
        for article in articles:
            extra |= domain_words_of(article.title, (p.text for p in article.passages))
        analyzer = Analyzer(lexicon, extra)
        index = cls(analyzer=analyzer, articles=tuple(articles))
        postings: dict[str, list[int]] = defaultdict(list)
        context: dict[str, list[int]] = defaultdict(list)
        for article in articles:
            title_terms = {t.term for t in analyzer.terms(article.title)}
            section_terms: dict[str | None, set[str]] = {None: set()}
            for passage in article.passages:
                if passage.section not in section_terms:
                    section_terms[passage.section] = {
                        t.term for t in analyzer.terms(passage.section or "")
                    }
                spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
                for found in analyzer.terms(passage.text, passage.facts):
                    spans[found.term].append((found.start, found.end))
                number = len(index.passages)
                ctx = frozenset((title_terms | section_terms[passage.section]) - spans.keys())
                index.passages.append(IndexedPassage(passage, article, dict(spans), ctx))
                for key in spans:
                    postings[key].append(number)
                for key in ctx:
                    context[key].append(number)
        index.postings = dict(postings)
        index.context_postings = dict(context)
        words = sorted(t for t in postings.keys() | context.keys() if t[:1] not in "@#")
        index._choices = {flag: [w for w in words if has_cjk(w) == flag] for flag in (True, False)}
        index.pinyin_words = _pinyin_table(
            {**index.context_postings, **index.postings}, lexicon.question_phrases
        )
        return index

    @property
    def size(self) -> int:
        """Return the number of passages."""
        return len(self.passages)

    @property
    def max_idf(self) -> float:
        """Return the IDF of a term no passage holds."""
        return self._idf(0)

    def idf(self, term: str) -> float:
        """Return the IDF of ``term`` over passage texts (titles and headings not counted)."""
        return self._idf(len(self.postings.get(term, ())))

    def _idf(self, holding: int) -> float:
        total = max(self.size, 1)
        return math.log(1 + (total - holding + 0.5) / (holding + 0.5))

    def knows(self, term: str) -> bool:
        """Return whether any passage text, title or heading holds ``term``."""
        return term in self.postings or term in self.context_postings

    def fuzzy_choices(self, chinese: bool) -> list[str]:
        """Return the words a near-word may be corrected to: Chinese ones, or Latin-script ones."""
        return self._choices[chinese]


def pinyin_key(word: str) -> str:
    """Return the toneless pinyin of ``word``, syllables joined by spaces."""
    return " ".join(lazy_pinyin(word))


def _pinyin_table(postings: dict[str, list[int]], phrases: Sequence[str]) -> dict[str, str]:
    """Map the pinyin of each Chinese term (2–6 characters) to the most frequent such term.

    Question phrases (什么时候) come last, so that 什么时后 is corrected into a phrase that is
    then dropped, and never shadow a term of the articles.
    """
    table: dict[str, str] = {}
    for term in sorted(postings, key=lambda t: -len(postings[t])):
        if 2 <= len(term) <= 6 and has_cjk(term):
            table.setdefault(pinyin_key(term), term)
    for phrase in phrases:
        if has_cjk(phrase):
            table.setdefault(pinyin_key(phrase), phrase)
    return table
