"""What the handlers share: the answer service, settings and the per-user question budget."""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.service import ArticleService
from bot.settings import Settings
from knowledge import Retriever

WINDOW_SECONDS = 60.0


class Budget(enum.Enum):
    """What to do with a reader's question under the per-user limit."""

    ANSWER = "answer"
    WARN = "warn"
    DROP = "drop"


_log = logging.getLogger(__name__)


class BotState:
    """Typed ``bot_data`` (PTB builds it without arguments); filled by :meth:`configure`."""

    def __init__(self) -> None:
        self._service: ArticleService | None = None
        self._settings: Settings | None = None
        self._knowledge: Path | None = None
        self._asked: dict[int, deque[float]] = defaultdict(deque)
        self._warned: set[int] = set()
        self._reloading = asyncio.Lock()

    def configure(
        self, service: ArticleService, settings: Settings, knowledge: Path | None = None
    ) -> None:
        """Attach the answer service, settings and the knowledge path to reload from."""
        self._service = service
        self._settings = settings
        self._knowledge = knowledge

    async def reload(self) -> int:
        """Re-read the knowledge and swap the service; return how many articles it holds.

        Questions already being answered finish on the old index (they hold the old service);
        new ones get the new one. On failure the old index keeps serving.

        Raises:
            KnowledgeError: the posts cannot be loaded (the message names the file).
            RuntimeError: the bot was built without a knowledge path.
        """
        if self._knowledge is None:
            raise RuntimeError("no knowledge path to reload from")
        async with self._reloading:
            old = self.service
            retriever = await asyncio.to_thread(
                Retriever.load, self._knowledge, self.settings.cache_path
            )
            fresh = await asyncio.to_thread(
                ArticleService, retriever, unanswered_log=old.unanswered_log
            )
            self._service = fresh
            _log.info("reloaded %s: %d articles", self._knowledge, len(retriever.articles))
            return len(retriever.articles)

    @property
    def service(self) -> ArticleService:
        """The answer service."""
        if self._service is None:
            raise RuntimeError("BotState used before configure()")
        return self._service

    @property
    def settings(self) -> Settings:
        """The bot's settings."""
        if self._settings is None:
            raise RuntimeError("BotState used before configure()")
        return self._settings

    def allow_question(self, user_id: int, now: float | None = None) -> Budget:
        """Count a question against the user's budget for the last minute.

        Over the budget, the first question gets ``WARN`` (tell the reader once) and the rest
        ``DROP`` (a flood is not answered message by message) until the minute frees a place.
        """
        now = time.monotonic() if now is None else now
        asked = self._asked[user_id]
        while asked and now - asked[0] >= WINDOW_SECONDS:
            asked.popleft()
        if len(asked) < self.settings.questions_per_minute:
            asked.append(now)
            self._warned.discard(user_id)
            return Budget.ANSWER
        if user_id in self._warned:
            return Budget.DROP
        self._warned.add(user_id)
        return Budget.WARN

    def chat_allowed(self, chat_id: int) -> bool:
        """Return whether the allowlist (when set) admits the chat."""
        allowed = self.settings.allowed_chats
        return not allowed or chat_id in allowed


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotState]
BotApplication = Application[
    ExtBot[None],
    CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotState],
    dict[Any, Any],
    dict[Any, Any],
    BotState,
    JobQueue[CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]],
]
"""The application as ``ApplicationBuilder`` types it for typed ``bot_data``."""
