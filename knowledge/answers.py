"""What a question gets back: scored passages with their sources, highlights and direct facts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.models import Article, Fact, Passage


class Source(BaseModel):
    """Where an excerpt stands: the article and the paragraph."""

    model_config = ConfigDict(frozen=True)

    title: str
    publisher: str
    published: str = Field(description="YYYY-MM-DD")
    paragraph: int
    section: str | None

    @classmethod
    def of(cls, article: Article, passage: Passage) -> Source:
        """Return the source line of ``passage`` in ``article``."""
        return cls(
            title=article.title,
            publisher=article.publisher,
            published=article.published.date().isoformat(),
            paragraph=passage.paragraph,
            section=passage.section,
        )


class DirectFact(BaseModel):
    """The date, deadline or figure a question asked for, as the top passage states it."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["deadline", "date", "figure"]
    text: str
    value: str
    unit: str | None = None

    @classmethod
    def of(cls, fact: Fact) -> DirectFact:
        """Return the direct-answer form of a passage fact."""
        return cls(kind=fact.kind, text=fact.text, value=fact.value, unit=fact.unit)


class Answer(BaseModel):
    """One excerpt: its text, score (0–100 scale, higher is better), source and highlights."""

    model_config = ConfigDict(frozen=True)

    text: str
    score: float
    source: Source
    highlights: list[tuple[int, int]] = Field(default_factory=list)
    fact: DirectFact | None = None
    passage_id: str
    article_id: str


class Reply(BaseModel):
    """A question and its answers (empty when nothing in the knowledge answers it)."""

    model_config = ConfigDict(frozen=True)

    question: str
    language: str
    answers: list[Answer]
