"""What the handlers share: the answer service, settings and the per-user question budget."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.service import ArticleService
from bot.settings import Settings

WINDOW_SECONDS = 60.0


class BotState:
    """Typed ``bot_data`` (PTB builds it without arguments); filled by :meth:`configure`."""

    def __init__(self) -> None:
        self._service: ArticleService | None = None
        self._settings: Settings | None = None
        self._asked: dict[int, deque[float]] = defaultdict(deque)

    def configure(self, service: ArticleService, settings: Settings) -> None:
        """Attach the answer service and settings (once, in ``build_application``)."""
        self._service = service
        self._settings = settings

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

    def allow_question(self, user_id: int, now: float | None = None) -> bool:
        """Count a question against the user's budget; False when over it this minute."""
        now = time.monotonic() if now is None else now
        asked = self._asked[user_id]
        while asked and now - asked[0] >= WINDOW_SECONDS:
            asked.popleft()
        if len(asked) >= self.settings.questions_per_minute:
            return False
        asked.append(now)
        return True

    def chat_allowed(self, chat_id: int) -> bool:
        """Return whether the allowlist (when set) admits the chat."""
        allowed = self.settings.allowed_chats
        return not allowed or chat_id in allowed


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotState]
