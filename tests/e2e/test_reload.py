"""SIGHUP makes the running process re-read its knowledge folder."""

from __future__ import annotations

import asyncio
import shutil
import signal

from tests.bot.conftest import message
from tests.bot.standin import parse_telegram_html
from tests.bot.test_reload import NEW_POST
from tests.conftest import SEED


async def test_sighup_reloads_the_folder(launch, standin, tmp_path):
    posts = tmp_path / "posts"
    posts.mkdir()
    shutil.copy(SEED, posts / "seed.md")
    bot = await launch(ARTICLE_BOT_KNOWLEDGE=posts)
    standin.push(message("青岚星河工程总投资多少？", chat_id=3, user_id=3))
    (before,) = await standin.wait_for("sendMessage", seconds=30)
    assert "518.8亿元" not in before["text"]

    (posts / "new.md").write_text(NEW_POST, encoding="utf-8")
    bot.process.send_signal(signal.SIGHUP)
    for attempt in range(2, 40):
        await asyncio.sleep(0.5)
        standin.push(message("青岚星河工程总投资多少？", chat_id=3, user_id=3))
        sent = await standin.wait_for("sendMessage", count=attempt, seconds=30)
        if "518.8亿元" in parse_telegram_html(sent[-1]["text"]):
            break
    else:
        raise AssertionError("the new post was never answered from")
    assert await bot.stop() == 0
    assert "reloaded" in bot.printed
