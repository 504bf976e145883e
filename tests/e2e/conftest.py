"""The installed ``article-bot run`` as a subprocess, talking to the stand-in over 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.bot.standin import StandIn

BIN = Path(sys.executable).parent / "article-bot"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class BotProcess:
    """A running bot process and what it printed."""

    process: asyncio.subprocess.Process
    output: list[bytes] = field(default_factory=list)

    async def stop(self, seconds: float = 10) -> int:
        """Send SIGTERM and wait for the exit code."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), seconds)

    async def drain(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            self.output.append(line)

    @property
    def printed(self) -> str:
        return b"".join(self.output).decode(errors="replace")


@pytest.fixture
async def launch(
    standin: StandIn, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[BotProcess]]]:
    """Start ``article-bot run`` against the stand-in; wait until it has registered commands."""
    started: list[tuple[BotProcess, asyncio.Task[None]]] = []

    async def start(**overrides: Any) -> BotProcess:
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ARTICLE_BOT_"))
        }
        env.update(
            {
                "TELEGRAM_BOT_TOKEN": standin.token,
                "TELEGRAM_API_BASE_URL": standin.base_url,
                "LOG_LEVEL": "DEBUG",
                "ARTICLE_BOT_CACHE_DIR": str(tmp_path / "cache"),
                **{k: str(v) for k, v in overrides.items()},
            }
        )
        process = await asyncio.create_subprocess_exec(
            str(BIN),
            "run",
            cwd=tmp_path,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        bot = BotProcess(process)
        started.append((bot, asyncio.create_task(bot.drain())))
        await standin.wait_for("setMyCommands", count=2, seconds=60)
        return bot

    yield start
    for bot, drain in started:
        if bot.process.returncode is None:
            bot.process.kill()
            await bot.process.wait()
        await drain
