"""Webhook mode: updates arrive over HTTP with Telegram's secret-token header."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from tests.bot.conftest import message
from tests.bot.standin import parse_telegram_html
from tests.e2e.conftest import free_port

SECRET = "s3cret-Token_1"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def test_webhook_answers_only_updates_with_the_secret(launch, standin):
    port = free_port()
    bot = await launch(
        ARTICLE_BOT_WEBHOOK_URL="https://bot.example.invalid/hook",
        ARTICLE_BOT_WEBHOOK_SECRET=SECRET,
        ARTICLE_BOT_WEBHOOK_LISTEN="127.0.0.1",
        ARTICLE_BOT_WEBHOOK_PORT=port,
        ARTICLE_BOT_WEBHOOK_PATH="hook",
    )
    await standin.wait_for("setWebhook", seconds=30)
    assert standin.webhook is not None
    assert standin.webhook["url"] == "https://bot.example.invalid/hook"
    assert standin.webhook["secret_token"] == SECRET
    url = f"http://127.0.0.1:{port}/hook"
    right = message("全网平均算力是多少")
    wrong = message("显卡会降价吗")
    async with aiohttp.ClientSession() as session:
        for _ in range(50):  # the webhook server starts right after setWebhook
            try:
                async with session.post(url, data=b"{}", headers={HEADER: "nope"}) as response:
                    break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
        body = json.dumps({"update_id": 1, **wrong})
        async with session.post(
            url, data=body, headers={HEADER: "wrong", "Content-Type": "application/json"}
        ) as r:
            assert r.status == 403
        async with session.post(url, data=body, headers={"Content-Type": "application/json"}) as r:
            assert r.status == 403
        async with session.post(
            url, data=b"{not json", headers={HEADER: SECRET, "Content-Type": "application/json"}
        ) as r:
            assert 400 <= r.status < 500
        good = json.dumps({"update_id": 2, **right})
        async with session.post(
            url, data=good, headers={HEADER: SECRET, "Content-Type": "application/json"}
        ) as response:
            assert response.status == 200
    (sent,) = await standin.wait_for("sendMessage", seconds=30)
    assert "126.83EH/s" in parse_telegram_html(sent["text"])
    await asyncio.sleep(0.5)
    assert len(standin.sent()) == 1  # the updates with a wrong or missing secret were dropped
    assert await bot.stop() == 0
