"""Start-up failures end in one line and an exit code, never a traceback."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.e2e.conftest import free_port

BIN = Path(sys.executable).parent / "article-bot"


async def run_bot(**env: str) -> tuple[int, str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ARTICLE_BOT_"))
    }
    environment.update({"ARTICLE_BOT_CACHE_DIR": "off", **env})
    process = await asyncio.create_subprocess_exec(
        str(BIN),
        "run",
        env=environment,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, output.decode()


async def test_a_token_the_bot_api_rejects_exits_2(standin):
    code, output = await run_bot(
        TELEGRAM_BOT_TOKEN="999999:WRONG-token-abcdefghij", TELEGRAM_API_BASE_URL=standin.base_url
    )
    assert code == 2
    assert "Traceback" not in output
    assert (
        output.strip()
        .splitlines()[-1]
        .startswith("article-bot: TELEGRAM_BOT_TOKEN: the Bot API rejected it")
    )
    assert "WRONG-token" not in output


async def test_an_unreachable_bot_api_exits_1():
    url = f"http://127.0.0.1:{free_port()}/bot"
    code, output = await run_bot(
        TELEGRAM_BOT_TOKEN="123456:TEST-token-abcdefghij", TELEGRAM_API_BASE_URL=url
    )
    assert code == 1
    assert "Traceback" not in output
    assert f"cannot reach the Bot API at {url}" in output.strip().splitlines()[-1]
