"""Webhook mode: an aiohttp server that checks Telegram's secret token and feeds the Application.

PTB's own ``run_webhook`` answers malformed JSON with a 500; this server answers 403 for a
missing or wrong secret, 400 for a body that is not an update, and 200 once the update is queued.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal

from aiohttp import web
from telegram import Update

from bot.settings import Settings
from bot.state import BotApplication

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20
_log = logging.getLogger(__name__)


def webhook_app(
    application: BotApplication,
    secret: str,
    path: str,
) -> web.Application:
    """The aiohttp app with the one route Telegram posts updates to."""

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.json_response({"ok": False, "description": "forbidden"}, status=403)
        try:
            payload = json.loads(await request.read())
            update = Update.de_json(payload, application.bot)
        except (ValueError, TypeError, KeyError) as exc:
            _log.warning("webhook: rejected a body that is not an update: %s", exc)
            return web.json_response({"ok": False, "description": "not an update"}, status=400)
        if update is None:
            return web.json_response({"ok": False, "description": "not an update"}, status=400)
        await application.update_queue.put(update)
        return web.json_response({"ok": True})

    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app.router.add_post("/" + path.strip("/"), receive)
    return app


async def serve_webhook(application: BotApplication, settings: Settings) -> None:
    """Register the webhook, serve until SIGINT or SIGTERM, then shut down cleanly."""
    if settings.webhook_url is None or settings.webhook_secret is None:
        raise ValueError(
            "webhook mode needs ARTICLE_BOT_WEBHOOK_URL and ARTICLE_BOT_WEBHOOK_SECRET"
        )
    secret = settings.webhook_secret.get_secret_value()
    app = webhook_app(application, secret, settings.webhook_path)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    runner = web.AppRunner(app, access_log=None)
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.bot.set_webhook(
            url=settings.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
        )
        await runner.setup()
        site = web.TCPSite(runner, settings.webhook_listen, settings.webhook_port)
        await site.start()
        await application.start()
        _log.info("serving webhook on %s:%d", settings.webhook_listen, settings.webhook_port)
        await stop.wait()
        _log.info("stopping")
        await runner.cleanup()
        await application.stop()
