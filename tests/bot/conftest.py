"""The real PTB Application, polling a Bot API stand-in on 127.0.0.1."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application
from bot.settings import Settings
from bot.state import BotApplication
from knowledge import Retriever
from tests.bot.standin import BOT, StandIn

_ids = itertools.count(100)


def message(
    text: str, chat_id: int = 1, user_id: int = 1, chat_type: str = "private", **extra: Any
) -> dict[str, Any]:
    """A ``message`` update body as Telegram sends it."""
    entities = []
    if text.startswith("/"):
        entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    mention = f"@{BOT['username']}"
    if mention in text and not text.startswith("/"):
        entities.append({"type": "mention", "offset": text.index(mention), "length": len(mention)})
    body = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": {
            "id": chat_id,
            "type": chat_type,
            **({"title": "g"} if chat_type != "private" else {}),
        },
        "from": {"id": user_id, "is_bot": False, "first_name": "Reader", "language_code": "zh"},
        "text": text,
        **({"entities": entities} if entities else {}),
        **extra,
    }
    return {"message": body}


def button_press(data: str, asked: dict[str, Any], number: int = 0) -> dict[str, Any]:
    """A ``callback_query`` update: a button pressed under the bot's answer to ``asked``."""
    question = asked["message"]
    answer = {
        "message_id": 90_000 + number,
        "date": 0,
        "chat": question["chat"],
        "from": BOT,
        "text": "answer",
        "reply_to_message": question,
    }
    return {
        "callback_query": {
            "id": f"cb{number}",
            "chat_instance": "ci",
            "data": data,
            "message": answer,
            "from": question["from"],
        }
    }


def sticker(chat_id: int = 1, chat_type: str = "private") -> dict[str, Any]:
    """A ``message`` update holding a sticker and no text."""
    update = message("", chat_id=chat_id, chat_type=chat_type)
    del update["message"]["text"]
    update["message"]["sticker"] = {
        "file_id": "s",
        "file_unique_id": "s",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    return update


@pytest.fixture
async def start_bot(
    standin: StandIn, retriever: Retriever
) -> AsyncIterator[Callable[..., Awaitable[StandIn]]]:
    """Start the real Application polling the stand-in, with settings overridden by name."""
    running: list[BotApplication] = []

    async def start(knowledge: Path | None = None, **overrides: Any) -> StandIn:
        values = {
            "TELEGRAM_BOT_TOKEN": standin.token,
            "TELEGRAM_API_BASE_URL": standin.base_url,
            "ARTICLE_BOT_QUESTIONS_PER_MINUTE": 5,
            **overrides,
        }
        settings = Settings.model_validate(values)
        loaded = Retriever.load(knowledge, None) if knowledge else retriever
        application = build_application(settings, loaded, knowledge)
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        await application.start()
        running.append(application)
        return standin

    yield start
    for application in running:
        assert application.updater is not None
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


@pytest.fixture
async def running_bot(start_bot: Callable[..., Awaitable[StandIn]]) -> StandIn:
    return await start_bot()
