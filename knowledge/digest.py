"""Article-level views for /about, /timeline and /figures: summaries, dated events, key numbers."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.chunking import split_sentences
from knowledge.direct_fact import item_name, respective_items
from knowledge.models import Article, Fact, Passage


@dataclass(frozen=True)
class FactLine:
    """A fact with the passage it stands in, and what it is about when the text says so."""

    fact: Fact
    passage: Passage
    about: str | None = None


_PART_DAY = {"early": "01", "mid": "11", "late": "21"}


def _when(fact: Fact) -> str:
    """A sortable form of a date fact: 2021-05 late → 2021-05-21, 2020 → 2020-01-01."""
    day = fact.value.split("T", 1)[0]
    if len(day) == 4:
        return f"{day}-01-01"
    if len(day) == 7:
        return f"{day}-{_PART_DAY.get(fact.qualifier or '', '01')}"
    return fact.value


def timeline(article: Article) -> list[FactLine]:
    """Return every dated event and deadline of the article in date order (ties: text order)."""
    lines = [FactLine(f, p) for p in article.passages for f in p.facts if f.kind != "figure"]
    return sorted(lines, key=lambda line: _when(line.fact))


def key_figures(article: Article) -> list[FactLine]:
    """Return the figures of the article with units or magnitudes, in text order, each once.

    Ordinals (第73次) and small counts (两批) are left out.
    """
    seen: set[tuple[str, str | None]] = set()
    lines = []
    for passage in article.passages:
        names = {
            fact: item_name(passage.text, item)
            for item, fact in respective_items(passage.text, passage.facts)
        }
        for fact in passage.facts:
            if fact.kind != "figure" or fact.qualifier == "ordinal":
                continue
            if fact.unit in (None, "个", "批", "项", "点", "家", "台") and float(fact.value) < 10:
                continue
            key = (fact.text, passage.id)
            if key not in seen:
                seen.add(key)
                lines.append(FactLine(fact, passage, names.get(fact)))
    return lines


def summary(article: Article, sentences: int = 2) -> str:
    """Return the article's lead: its first sentences, at most about 200 characters."""
    lead = article.passages[0].text if article.passages else ""
    parts = split_sentences(lead)[:sentences]
    text = "".join(parts) or lead
    return text if len(text) <= 200 else text[:199] + "…"
