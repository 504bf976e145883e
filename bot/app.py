"""The Telegram application: built from settings and a retriever; polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import handlers
from bot.redaction import configure_logging, redact
from bot.service import ArticleService
from bot.settings import Settings, SettingsError
from bot.state import BotApplication, BotState
from bot.webhook import serve_webhook
from knowledge import Retriever

RATE_LIMIT_RETRIES = 5
# Opt in to PTB 23's timedelta retry_after now (we never read it): no deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
_log = logging.getLogger(__name__)


async def _post_init(application: BotApplication) -> None:
    await application.bot.set_my_commands(handlers.bot_commands("en"))
    await application.bot.set_my_commands(handlers.bot_commands("zh"), language_code="zh")
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # no signals off the main thread
        loop.add_signal_handler(
            signal.SIGHUP, lambda: application.create_task(handlers.reload_on_signal(application))
        )


def build_application(
    settings: Settings, retriever: Retriever, knowledge: Path | None = None
) -> BotApplication:
    """Build the bot: handlers registered, shared state typed in ``bot_data``.

    ``knowledge`` is where SIGHUP and /reload re-read the posts from (None: no reloading).
    """
    if settings.token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is required to build the application")
    builder = (
        Application.builder()
        .token(settings.token.get_secret_value())
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_base_url.removesuffix("/bot") + "/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .context_types(ContextTypes(bot_data=BotState))
        .concurrent_updates(True)
        .post_init(_post_init)
    )
    if settings.flood_control:
        limiter = AIORateLimiter(max_retries=RATE_LIMIT_RETRIES)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    application = builder.build()
    application.bot_data.configure(
        ArticleService(retriever, unanswered_log=settings.unanswered_log), settings, knowledge
    )
    private = filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, handlers.gate), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("ask", handlers.ask_command))
    application.add_handler(
        CommandHandler(["about", "timeline", "figures"], handlers.article_command)
    )
    application.add_handler(CommandHandler("source", handlers.source))
    application.add_handler(CommandHandler("reload", handlers.reload_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.on_text))
    application.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_non_text)
    )
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(InlineQueryHandler(handlers.on_inline))
    application.add_error_handler(handlers.on_error)
    return application


class BotApiUnreachable(Exception):
    """The Bot API could not be reached at start-up; ``str()`` is one line for the operator."""


def serve(settings: Settings, retriever: Retriever, knowledge: Path | None = None) -> int:
    """Run until SIGINT/SIGTERM: long polling, or a webhook when one is configured.

    Raises:
        SettingsError: the Bot API rejects the token.
        BotApiUnreachable: the Bot API cannot be reached at start-up.
    """
    configure_logging(settings.log_level)
    application = build_application(settings, retriever, knowledge)
    try:
        if settings.webhook_url:
            asyncio.run(serve_webhook(application, settings))
        else:
            _log.info("serving by long polling")
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken as exc:
        raise SettingsError(
            f"TELEGRAM_BOT_TOKEN: the Bot API rejected it ({redact(str(exc))})"
        ) from None
    except NetworkError as exc:
        raise BotApiUnreachable(
            f"cannot reach the Bot API at {settings.api_base_url} "
            f"(TELEGRAM_API_BASE_URL): {redact(str(exc))}"
        ) from None
    return 0
