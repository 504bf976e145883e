"""Questions per second one bot process answers end to end through the local Bot API stand-in.

The bot runs as `article-bot run` with flood control set aside (ARTICLE_BOT_FLOOD_CONTROL=false),
polling a stand-in on 127.0.0.1; the clock runs from the first question queued to the last reply
received. Usage: python -m benchmarks.capacity [QUESTIONS] [CHATS]
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from tests.bot.conftest import message
from tests.bot.standin import StandIn, start_standin

QUESTIONS = (
    "全网平均算力是多少",
    "显卡会降价吗",
    "內蒙古發布了什麼措施？",
    "Poolin 的算力跌了多少？",
    "What is the deadline for shutting down mining projects in Sichuan?",
    "明天上海会下雨吗？",
)


async def measure(total: int, chats: int) -> float:
    """Return questions answered per second."""
    standin = StandIn()
    runner = await start_standin(standin)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ARTICLE_BOT_"))}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": standin.token,
            "TELEGRAM_API_BASE_URL": standin.base_url,
            "ARTICLE_BOT_FLOOD_CONTROL": "false",
            "ARTICLE_BOT_QUESTIONS_PER_MINUTE": "100000",
            "LOG_LEVEL": "WARNING",
            "ARTICLE_BOT_CACHE_DIR": "off",
        }
    )
    binary = Path(sys.executable).parent / "article-bot"
    process = await asyncio.create_subprocess_exec(
        str(binary), "run", env=env, stdin=asyncio.subprocess.DEVNULL
    )
    try:
        await standin.wait_for("setMyCommands", count=2, seconds=60)
        started = time.perf_counter()
        for number in range(total):
            chat = 1000 + number % chats
            standin.push(message(QUESTIONS[number % len(QUESTIONS)], chat_id=chat, user_id=chat))
        await standin.wait_for("sendMessage", count=total, seconds=600)
        elapsed = time.perf_counter() - started
    finally:
        process.terminate()
        await process.wait()
        await runner.cleanup()
    return total / elapsed


def main() -> None:
    """Print the measurement as one table row."""
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    chats = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    rate = asyncio.run(measure(total, chats))
    print("| questions | chats | answered per second (one process, end to end) |")
    print("| --- | --- | --- |")
    print(f"| {total} | {chats} | {rate:.0f} |")


if __name__ == "__main__":
    main()
