"""What the bot says, independent of Telegram: the same replies serve Telegram and the terminal."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from bot import formatting
from bot.formatting import Markup
from bot.texts import Language, text
from knowledge import Article, Reply, Retriever
from knowledge.digest import key_figures, summary, timeline
from knowledge.query import MAX_QUESTION_CHARS
from knowledge.text import detect_language, normalize

PAGE = 1
"""Excerpts per message; "More" pages through the rest."""
SEARCH_DEPTH = 5
MAX_SUGGESTIONS = 3
SUGGESTED_TITLES = 50
TITLE_MATCH = 60.0
"""rapidfuzz partial_ratio (0–100) words must reach against a title to name that article."""
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Button:
    """A button under a reply: its label and the action it triggers (≤ 64 bytes)."""

    label: str
    data: str


@dataclass(frozen=True)
class Rendered:
    """A reply ready to send: text in the chosen markup and the buttons under it."""

    text: str
    buttons: tuple[Button, ...] = ()


@dataclass
class ArticleService:
    """Answers questions and commands over one retriever; renders in HTML or plain text."""

    retriever: Retriever
    unanswered_log: Path | None = None
    suggestions: list[str] = field(default_factory=list)
    articles: list[Article] = field(init=False, repr=False)
    """The articles, most recent first."""
    _by_id: dict[str, Article] = field(init=False, repr=False)
    _answered_by: dict[str, str] = field(init=False, repr=False)
    """Each suggestion → the passage that answers it."""

    def __post_init__(self) -> None:
        self.articles = sorted(self.retriever.articles, key=lambda a: a.published, reverse=True)
        self._by_id = {a.id: a for a in self.articles}
        if not self.suggestions:
            self._answered_by = answerable_suggestions(self.retriever, self.articles)
            self.suggestions = list(self._answered_by)
        else:
            self._answered_by = {}

    @staticmethod
    def language_of(question: str) -> Language:
        """Return the language the reply's own words should take."""
        return "en" if detect_language(question) == "en" else "zh"

    def ask(self, question: str, markup: Markup, offset: int = 0) -> Rendered:
        """Answer a question: the answer at ``offset`` with More / Full-paragraph buttons."""
        question = question.strip()[:MAX_QUESTION_CHARS]
        reply = self.retriever.search(question, top=SEARCH_DEPTH)
        language: Language = "en" if reply.language == "en" else "zh"
        if not reply.answers:
            self._log_unanswered(reply)
            return Rendered(formatting.nothing_message(self.nearest(question), language, markup))
        if offset >= len(reply.answers):
            return Rendered(markup.escape(text("no_more", language)))
        page = reply.answers[offset : offset + PAGE]
        if offset:  # the direct fact belongs to the first answer only
            page = [a.model_copy(update={"fact": None}) for a in page]
        buttons = []
        if offset + PAGE < len(reply.answers):
            buttons.append(Button(text("more", language), f"more:{offset + PAGE}"))
        first = page[0]
        buttons.append(
            Button(text("full", language), f"full:{first.article_id}:{first.source.paragraph}")
        )
        return Rendered(formatting.answer_message(page, language, markup), tuple(buttons))

    def nearest(self, question: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Return up to ``limit`` answerable questions, the nearest to ``question`` first.

        Suggestions in the reader's language first; among them, those answered from the
        passages nearest the question (the reader asked about that passage in words the bot
        could not match), then the most similar wording.
        """
        if not self.suggestions:
            return []
        near = self.retriever.closest_passages(question)
        by_passage = sorted(
            (near.index(self._answered_by[s]), s)
            for s in self.suggestions
            if self._answered_by.get(s) in near
        )
        chosen = list(dict.fromkeys(s for _, s in by_passage))
        ranked = process.extract(question, self.suggestions, scorer=fuzz.ratio, limit=None)
        chosen.extend(c for c, _, _ in ranked if c not in chosen)
        language = self.language_of(question)
        chosen.sort(key=lambda s: self.language_of(s) != language)  # stable: same language first
        return chosen[:limit]

    def article(self, article_id: str | None = None) -> Article | None:
        """Return the article with ``article_id`` (the most recent one when None)."""
        if article_id is None:
            return self.articles[0] if self.articles else None
        return self._by_id.get(article_id)

    def find_article(self, words: str) -> Article | None:
        """The article whose title the words best match (None when none matches well)."""
        if not self.articles:
            return None
        titles = {a.id: a.title for a in self.articles}
        found = process.extractOne(
            words, titles, scorer=fuzz.partial_ratio, score_cutoff=TITLE_MATCH, processor=normalize
        )
        return self._by_id[found[2]] if found else None

    def _render(
        self,
        article_id: str | None,
        language: Language,
        markup: Markup,
        render: Callable[[Article], str],
    ) -> Rendered:
        """Render a view of one article, or say the button has expired (article gone)."""
        article = self.article(article_id)
        if article is None:
            return Rendered(markup.escape(text("expired", language)))
        return Rendered(render(article))

    def paragraph(
        self, article_id: str | None, number: int, language: Language, markup: Markup
    ) -> Rendered:
        """Paragraph ``number`` of an article in full."""
        return self._render(
            article_id,
            language,
            markup,
            lambda article: formatting.paragraph_message(article, number, language, markup),
        )

    def about(self, article_id: str | None, language: Language, markup: Markup) -> Rendered:
        """The article's title, publisher, date and lead."""
        return self._render(
            article_id,
            language,
            markup,
            lambda article: formatting.about_message(article, summary(article), language, markup),
        )

    def timeline(self, article_id: str | None, language: Language, markup: Markup) -> Rendered:
        """Every dated event and deadline of an article in date order."""
        title = text("timeline", language)
        return self._render(
            article_id,
            language,
            markup,
            lambda article: formatting.fact_list_message(
                title, article, timeline(article), language, markup
            ),
        )

    def figures(self, article_id: str | None, language: Language, markup: Markup) -> Rendered:
        """The key numbers of an article with their paragraphs."""
        title = text("figures", language)
        return self._render(
            article_id,
            language,
            markup,
            lambda article: formatting.fact_list_message(
                title, article, key_figures(article), language, markup
            ),
        )

    def start(self, language: Language, markup: Markup) -> Rendered:
        """What the bot knows and three example questions."""
        lines = [markup.escape(text("knows", language))]
        for article in self.articles[:5]:
            meta = f"{article.publisher} · {article.published.date().isoformat()}"
            lines.append(f"• {markup.bold(markup.escape(article.title))}\n  {markup.escape(meta)}")
        lines.append("")
        lines.append(markup.escape(text("examples", language)))
        lines.extend(f"• {markup.escape(q)}" for q in self.suggestions[:3])
        return Rendered(formatting.fit("\n".join(lines)))

    def _log_unanswered(self, reply: Reply) -> None:
        if self.unanswered_log is None:
            return
        record = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "language": reply.language,
            "question": reply.question,
        }
        try:
            with self.unanswered_log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:
            _log.warning("cannot append to %s: %s", self.unanswered_log, exc.strerror or exc)


def answerable_suggestions(retriever: Retriever, articles: Sequence[Article]) -> dict[str, str]:
    """Return the answerable suggestions, each with the id of the passage that answers it.

    Candidates are the curated example questions and the titles of the ``SUGGESTED_TITLES``
    most recent articles (so that start-up and reloads stay fast with thousands of posts).
    """
    curated = (resources.files("bot") / "data" / "suggestions.txt").read_text(encoding="utf-8")
    candidates: Sequence[str] = [
        *(
            line.strip()
            for line in curated.splitlines()
            if line.strip() and not line.startswith("#")
        ),
        *(a.title for a in articles[:SUGGESTED_TITLES]),
    ]
    answered: dict[str, str] = {}
    for question in dict.fromkeys(candidates):
        answers = retriever.search(question, top=1).answers
        if answers:
            answered[question] = answers[0].passage_id
    return answered
