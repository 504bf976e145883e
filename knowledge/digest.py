"""Article-level views for /about, /timeline and /figures: summaries, dated events, key numbers."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.chunking import split_sentences
from knowledge.models import Article, Fact, Passage


@dataclass(frozen=True)
class FactLine:
    """A fact with the passage it stands in."""

    fact: Fact
    passage: Passage


def timeline(article: Article) -> list[FactLine]:
    """Return every dated event and deadline of the article in date order (ties: text order)."""
    lines = [FactLine(f, p) for p in article.passages for f in p.facts if f.kind != "figure"]
    return sorted(lines, key=lambda line: line.fact.value)


def key_figures(article: Article) -> list[FactLine]:
    """Return the figures of the article with units or magnitudes, in text order, each once.

    Ordinals (第73次) and small counts (两批) are left out.
    """
    seen: set[tuple[str, str | None]] = set()
    lines = []
    for passage in article.passages:
        for fact in passage.facts:
            if fact.kind != "figure" or fact.qualifier == "ordinal":
                continue
            if fact.unit in (None, "个", "批", "项", "点", "家", "台") and float(fact.value) < 10:
                continue
            key = (fact.text, passage.id)
            if key not in seen:
                seen.add(key)
                lines.append(FactLine(fact, passage))
    return lines


def summary(article: Article, sentences: int = 2) -> str:
    """Return the article's lead: its first sentences, at most about 200 characters."""
    lead = article.passages[0].text if article.passages else ""
    parts = split_sentences(lead)[:sentences]
    text = "".join(parts) or lead
    return text if len(text) <= 200 else text[:199] + "…"
