"""Conversations through the real Application over real HTTP to the local stand-in."""

from __future__ import annotations

import asyncio
import json
import re

from tests.bot.conftest import button_press, message, sticker
from tests.bot.standin import BOT, Fault, parse_telegram_html


async def test_start_names_the_article_and_registers_commands(running_bot):
    running_bot.push(message("/start"))
    (sent,) = await running_bot.wait_for("sendMessage")
    assert "四川比特币矿场集体断电" in sent["text"]
    assert "cnBeta" in sent["text"]
    commands = running_bot.sent("setMyCommands")
    assert {c.get("language_code") for c in commands} == {None, "zh"}


async def test_private_question_gets_fact_excerpt_source_and_buttons(running_bot):
    running_bot.push(message("四川要求什么时候前完成挖矿项目关停？"))
    (sent,) = await running_bot.wait_for("sendMessage")
    text = sent["text"]
    assert text.startswith("<b>截止日期：</b>6月20日前")
    assert "第2段" in text or "第4段" in text  # both say 6月20日前完成…关停
    assert "<b>" in parse_telegram_html(text) or "关停" in text
    labels = [b["text"] for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["更多", "原文"]
    assert running_bot.sent("sendChatAction")


async def test_english_question_gets_english_labels(running_bot):
    running_bot.push(message("What share of its hashrate did Poolin lose?"))
    (sent,) = await running_bot.wait_for("sendMessage")
    assert sent["text"].startswith("<b>Figure:</b> 8.05%")
    assert "paragraph 16" in sent["text"]


async def test_out_of_scope_question_quotes_no_passage(running_bot):
    running_bot.push(message("明天上海会下雨吗？"))
    (sent,) = await running_bot.wait_for("sendMessage")
    assert sent["text"].startswith("文章里没有提到这一点。")
    assert "——《" not in sent["text"]


async def test_html_in_questions_is_escaped(running_bot):
    running_bot.push(message("<b>显卡</b> & <script>会降价吗</script> " + "<" * 50))
    (sent,) = await running_bot.wait_for("sendMessage")
    parse_telegram_html(sent["text"])  # the stand-in already refused invalid HTML with a 400


async def test_group_chatter_is_ignored_but_ask_and_mentions_are_answered(running_bot):
    running_bot.push(message("全网平均算力是多少", chat_id=-5, chat_type="group"))
    running_bot.push(
        message(f"/ask@{BOT['username']} 全网平均算力是多少", chat_id=-5, chat_type="group")
    )
    running_bot.push(message(f"@{BOT['username']} 显卡会降价吗", chat_id=-5, chat_type="group"))
    sent = await running_bot.wait_for("sendMessage", count=2)
    assert len(sent) == 2
    assert "126.83EH/s" in sent[0]["text"] or "126.83EH/s" in sent[1]["text"]


async def test_more_and_full_paragraph_buttons(running_bot):
    question = message("四川要求什么时候前完成挖矿项目关停？")
    running_bot.push(question)
    (answer,) = await running_bot.wait_for("sendMessage")
    buttons = [b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row]
    for number, data in enumerate(buttons):
        running_bot.push(button_press(data, question, number))
    sent = await running_bot.wait_for("sendMessage", count=1 + len(buttons))
    assert len(running_bot.sent("answerCallbackQuery")) == len(buttons)
    assert all(len(d.encode()) <= 64 for d in buttons)
    replies = [s["text"] for s in sent[1:]]
    top = re.search(r"第\d+段", answer["text"])
    assert top is not None
    assert any(top[0] not in r for r in replies)  # "More": the next passage, another paragraph
    assert any(top[0] in r for r in replies)  # "Full paragraph": the top answer's own


async def test_sticker_in_private_chat_gets_a_note(running_bot):
    update = sticker()
    running_bot.push(update)
    (sent,) = await running_bot.wait_for("sendMessage")
    assert "文字" in sent["text"]


async def test_inline_query_offers_excerpts_with_sources(running_bot):
    running_bot.push(
        {
            "inline_query": {
                "id": "iq1",
                "query": "全网平均算力是多少",
                "offset": "",
                "from": {"id": 1, "is_bot": False, "first_name": "R"},
            }
        }
    )
    (answered,) = await running_bot.wait_for("answerInlineQuery")
    results = answered["results"]
    assert 1 <= len(results) <= 5
    assert "四川比特币矿场集体断电" in results[0]["input_message_content"]["message_text"]


async def test_per_user_limit_answers_politely_once(running_bot):
    for _ in range(9):  # the limit is 5 a minute here
        running_bot.push(message("显卡会降价吗", user_id=77, chat_id=77))
    sent = await running_bot.wait_for("sendMessage", count=6)
    await asyncio.sleep(0.5)
    sent = running_bot.sent()
    assert len(sent) == 6
    assert sum("提问太快了" in s["text"] for s in sent) == 1


async def test_429_on_send_message_delays_but_does_not_lose_the_reply(running_bot):
    running_bot.faults["sendMessage"] = Fault(status=429, retry_after=1)
    running_bot.push(message("显卡会降价吗"))
    (sent,) = await running_bot.wait_for("sendMessage", seconds=15)
    assert "显卡终于可以降价了" in parse_telegram_html(sent["text"])


async def test_edited_question_is_answered_again(running_bot):
    running_bot.push(message("显卡会降价吗"))
    edited = message("全网平均算力是多少")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": 1}
    running_bot.push(edited)
    sent = await running_bot.wait_for("sendMessage", count=2)
    assert any("126.83EH/s" in s["text"] for s in sent)


async def test_allowlist_ignores_other_chats(start_bot):
    standin = await start_bot(ARTICLE_BOT_ALLOWED_CHATS="7")
    standin.push(message("显卡会降价吗", chat_id=8, user_id=8))
    standin.push(message("全网平均算力是多少", chat_id=7, user_id=7))
    (sent,) = await standin.wait_for("sendMessage")
    assert sent["chat_id"] == "7"
    assert len(standin.sent()) == 1


async def test_unanswered_questions_are_logged_without_ids(start_bot, tmp_path):
    log = tmp_path / "unanswered.jsonl"
    standin = await start_bot(ARTICLE_BOT_UNANSWERED_LOG=str(log))
    standin.push(message("明天上海会下雨吗？", chat_id=31337, user_id=31337))
    await standin.wait_for("sendMessage")
    (line,) = log.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["question"] == "明天上海会下雨吗？"
    assert record["language"] == "zh"
    assert set(record) == {"time", "language", "question"}
    assert "31337" not in line


async def test_a_failing_reply_is_logged_and_the_bot_keeps_serving(running_bot, caplog):
    running_bot.faults["sendMessage"] = Fault(status=400, times=2)
    running_bot.push(message("显卡会降价吗"))
    await asyncio.sleep(1.0)
    running_bot.push(message("全网平均算力是多少"))
    (sent,) = await running_bot.wait_for("sendMessage")
    assert "126.83EH/s" in sent["text"]
    assert any("error while handling" in r.getMessage() for r in caplog.records)


async def test_source_about_timeline_figures_commands(running_bot):
    for command in ("/source 16", "/about", "/timeline", "/figures", "/source x", "/help"):
        running_bot.push(message(command))
    sent = await running_bot.wait_for("sendMessage", count=6)
    texts = [parse_telegram_html(s["text"]) for s in sent]
    joined = "\n".join(texts)
    assert "btc.com数据显示" in joined
    assert "时间线" in joined
    assert "关键数字" in joined
    assert "用法：/source" in joined
    assert "/ask" in joined


async def test_group_sticker_is_ignored(running_bot):
    update = sticker(chat_id=-9, chat_type="group")
    running_bot.push(update)
    running_bot.push(message("显卡会降价吗"))
    sent = await running_bot.wait_for("sendMessage")
    await asyncio.sleep(0.3)
    assert len(running_bot.sent()) == 1
    assert sent[0]["chat_id"] == "1"


async def test_slow_api_answer_still_delivers_the_reply(running_bot):
    running_bot.faults["sendMessage"] = Fault(delay=1.5)
    running_bot.push(message("显卡会降价吗"))
    (sent,) = await running_bot.wait_for("sendMessage", seconds=20)
    assert "显卡终于可以降价了" in parse_telegram_html(sent["text"])
