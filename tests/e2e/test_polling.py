"""The whole path: installed process, PTB's HTTP client, real JSON over real sockets."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from tests.bot.conftest import button_press, message, sticker
from tests.bot.standin import BOT, Fault, parse_telegram_html


def replied_to(sent: dict[str, Any]) -> int:
    return int(sent["reply_parameters"]["message_id"])


async def test_private_conversation(launch, standin):
    bot = await launch()
    questions = [
        message("/start"),
        message("/help"),
        message("四川要求什么时候前完成挖矿项目关停？"),
        message("What share of its hashrate did Poolin lose?"),
        message("明天上海会下雨吗？"),
        message("全网平均算力是多少" + "。" * 4000),
        message("<b>显卡</b> & <i>会降价吗</i> <script>x</script>"),
    ]
    note_request = sticker()
    for update in [*questions, note_request]:
        standin.push(update)
    sent = await standin.wait_for("sendMessage", count=8, seconds=30)
    by_question = {replied_to(s): parse_telegram_html(s["text"]) for s in sent}
    ids = [u["message"]["message_id"] for u in [*questions, note_request]]
    start, helps, deadline, poolin, weather, long, tags, note = (by_question[i] for i in ids)
    assert "四川比特币矿场集体断电" in start
    assert "/ask" in helps
    assert deadline.startswith("截止日期：6月20日前")
    assert poolin.startswith("Figure: 8.05%")
    assert weather.startswith("文章里没有提到这一点")
    assert "——《" not in weather
    assert "126.83EH/s" in long
    assert "显卡终于可以降价了" in tags
    assert "文字" in note
    assert await bot.stop() == 0


async def test_groups_inline_and_buttons(launch, standin):
    bot = await launch()
    chatter = message("全网平均算力是多少", chat_id=-4, chat_type="group")
    asked = message(f"/ask@{BOT['username']} 全网平均算力是多少", chat_id=-4, chat_type="group")
    mention = message(f"@{BOT['username']} 显卡会降价吗", chat_id=-4, chat_type="group")
    bot_message = {
        "message_id": 777,
        "date": 0,
        "chat": {"id": -4, "type": "group", "title": "g"},
        "from": BOT,
        "text": "earlier answer",
    }
    reply = message(
        "云南要求何时完成整顿？", chat_id=-4, chat_type="group", reply_to_message=bot_message
    )
    for update in (chatter, asked, mention, reply):
        standin.push(update)
    sent = await standin.wait_for("sendMessage", count=3, seconds=30)
    await asyncio.sleep(0.5)
    answered = {replied_to(s) for s in standin.sent()}
    assert answered == {
        asked["message"]["message_id"],
        mention["message"]["message_id"],
        reply["message"]["message_id"],
    }
    standin.push(
        {
            "inline_query": {
                "id": "q1",
                "query": "Poolin 的算力跌了多少",
                "offset": "",
                "from": {"id": 5, "is_bot": False, "first_name": "R"},
            }
        }
    )
    (inline,) = await standin.wait_for("answerInlineQuery", seconds=30)
    assert "第16段" in inline["results"][0]["input_message_content"]["message_text"]
    first = next(s for s in sent if replied_to(s) == asked["message"]["message_id"])
    buttons = [b["callback_data"] for row in first["reply_markup"]["inline_keyboard"] for b in row]
    for number, data in enumerate(buttons):
        standin.push(button_press(data, asked, number))
    await standin.wait_for("answerCallbackQuery", count=len(buttons), seconds=30)
    await standin.wait_for("sendMessage", count=3 + len(buttons), seconds=30)
    assert await bot.stop() == 0


async def test_429_delays_but_does_not_lose_the_reply(launch, standin):
    bot = await launch()
    standin.faults["sendMessage"] = Fault(status=429, retry_after=1, times=2)
    standin.push(message("显卡会降价吗"))
    (sent,) = await standin.wait_for("sendMessage", seconds=30)
    assert "显卡终于可以降价了" in parse_telegram_html(sent["text"])
    assert await bot.stop() == 0


async def test_polling_survives_502s_and_a_dropped_connection(launch, standin):
    bot = await launch()
    first = [message(f"显卡会降价吗 {n}", chat_id=10 + n, user_id=10 + n) for n in range(3)]
    for update in first:
        standin.push(update)
    await standin.wait_for("sendMessage", count=3, seconds=30)
    standin.faults["getUpdates"] = Fault(status=502, times=2)
    later = [message(f"全网平均算力是多少 {n}", chat_id=20 + n, user_id=20 + n) for n in range(3)]
    for update in later:
        standin.push(update)
    await asyncio.sleep(0.2)
    standin.faults["getUpdates"] = Fault(drop=True, times=1)
    sent = await standin.wait_for("sendMessage", count=6, seconds=60)
    await asyncio.sleep(1.5)
    counts = Counter(replied_to(s) for s in standin.sent())
    expected = [u["message"]["message_id"] for u in first + later]
    assert sorted(counts) == sorted(expected)
    assert set(counts.values()) == {1}
    assert len(sent) == 6
    assert await bot.stop() == 0


async def test_200_questions_from_50_chats(launch, standin):
    bot = await launch()
    questions = {
        "全网平均算力是多少": "126.83EH/s",
        "显卡会降价吗": "显卡终于可以降价了",
        "內蒙古發布了什麼措施？": "八项措施",
        "Poolin 的算力跌了多少？": "8.05%",
    }
    pushed = {}
    for round_ in range(4):
        for chat in range(50):
            question = list(questions)[(chat + round_) % 4]
            update = message(question, chat_id=1000 + chat, user_id=1000 + chat)
            pushed[update["message"]["message_id"]] = questions[question]
            standin.push(update)
    sent = await standin.wait_for("sendMessage", count=200, seconds=120)
    await asyncio.sleep(1.0)
    counts = Counter(replied_to(s) for s in standin.sent())
    assert len(counts) == 200
    assert set(counts.values()) == {1}
    for reply in sent:
        assert pushed[replied_to(reply)] in parse_telegram_html(reply["text"])
    assert await bot.stop() == 0


async def test_sigterm_exits_0_and_the_token_never_printed(launch, standin):
    bot = await launch()
    standin.faults["sendMessage"] = Fault(status=500, times=1)
    standin.push(message("显卡会降价吗"))
    await asyncio.sleep(2.0)
    assert await bot.stop(seconds=10) == 0
    await asyncio.sleep(0.1)
    printed = bot.printed
    assert printed  # DEBUG logging printed plenty
    assert standin.token not in printed
    assert standin.token.split(":")[1] not in printed
