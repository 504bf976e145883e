"""/reload from an operator's chat re-reads the knowledge; a failed reload keeps the old index."""

from __future__ import annotations

import shutil

from tests.bot.conftest import message
from tests.bot.standin import parse_telegram_html
from tests.conftest import SEED

NEW_POST = """---
title: '青岚星河工程最新进展'
author: 合成新闻
date: Tue, 01 Mar 2022 08:00:00 GMT
---
<div><p>青岚星河工程总投资518.8亿元，计划于5月4日前完工。</p></div>
"""


async def test_reload_from_an_operator_chat(start_bot, tmp_path):
    posts = tmp_path / "posts"
    posts.mkdir()
    shutil.copy(SEED, posts / "seed.md")
    standin = await start_bot(knowledge=posts, ARTICLE_BOT_ADMIN_CHATS="99")
    (posts / "new.md").write_text(NEW_POST, encoding="utf-8")

    standin.push(message("/reload", chat_id=5, user_id=5))  # not an operator: no answer
    standin.push(message("/reload", chat_id=99, user_id=99))
    (reloaded,) = await standin.wait_for("sendMessage", seconds=30)
    assert reloaded["chat_id"] == "99"
    assert "已重新载入：2 篇文章" in reloaded["text"]

    standin.push(message("青岚星河工程总投资多少？"))
    sent = await standin.wait_for("sendMessage", count=2, seconds=30)
    assert "518.8亿元" in parse_telegram_html(sent[1]["text"])

    (posts / "broken.md").write_text("---\ntitle: x\n---\n<p>y</p>", encoding="utf-8")
    standin.push(message("/reload", chat_id=99, user_id=99))
    sent = await standin.wait_for("sendMessage", count=3, seconds=30)
    assert "重新载入失败" in sent[2]["text"]
    assert "broken.md" in sent[2]["text"]

    standin.push(message("青岚星河工程总投资多少？"))
    sent = await standin.wait_for("sendMessage", count=4, seconds=30)
    assert "518.8亿元" in parse_telegram_html(sent[3]["text"])  # the old index still serves
