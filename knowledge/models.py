"""The data model: articles, their passages, images and the facts found in them."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

FactKind = Literal["date", "deadline", "figure"]


class Fact(BaseModel):
    """A date, deadline or figure found in a passage, normalised for comparison.

    ``value`` is ISO-like for dates (``2021-06-20``, ``2019-08``, ``2021-06-20T00:00``) and a plain
    number for figures (``8000000``); ``qualifier`` refines it (``by``, ``evening``, ``tonight``,
    ``last year``, ``late``, ``approx``). ``start``/``end`` are character offsets into the
    passage text.
    """

    model_config = ConfigDict(frozen=True)

    kind: FactKind
    text: str
    value: str
    start: int
    end: int
    unit: str | None = None
    qualifier: str | None = None


class Image(BaseModel):
    """An image of the article and the paragraph it follows (0 when it comes first)."""

    model_config = ConfigDict(frozen=True)

    src: str
    after_paragraph: int
    caption: str | None = None


class Passage(BaseModel):
    """What a reader gets back: one paragraph, or a group of its sentences."""

    model_config = ConfigDict(frozen=True)

    id: str
    article_id: str
    paragraph: int
    section: str | None
    text: str
    facts: tuple[Fact, ...] = ()


class Article(BaseModel):
    """A parsed post: metadata from the front matter, passages from the body."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    publisher: str
    published: datetime
    categories: tuple[str, ...] = ()
    cover: str | None = None
    images: tuple[Image, ...] = ()
    passages: tuple[Passage, ...] = ()
    path: str | None = None

    def paragraph_text(self, paragraph: int) -> str | None:
        """Return paragraph ``paragraph`` (1-based) in full, or None when there is none."""
        parts = [p.text for p in self.passages if p.paragraph == paragraph]
        return "".join(parts) if parts else None

    @property
    def paragraph_count(self) -> int:
        """Return how many paragraphs the article has."""
        return max((p.paragraph for p in self.passages), default=0)
