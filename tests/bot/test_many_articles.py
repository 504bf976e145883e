"""With several articles, /about, /timeline and /figures offer a choice, most recent first."""

from __future__ import annotations

import shutil

from knowledge import load_knowledge
from tests.bot.conftest import button_press, message
from tests.bot.standin import parse_telegram_html
from tests.conftest import SEED


async def test_article_commands_offer_a_choice_and_answer_name_their_article(
    start_bot, shared_corpus, tmp_path
):
    posts = tmp_path / "posts"
    shutil.copytree(shared_corpus, posts)
    shutil.copy(SEED, posts / "seed.md")
    standin = await start_bot(knowledge=posts)

    standin.push(message("/about"))
    (choice,) = await standin.wait_for("sendMessage", seconds=30)
    rows = choice["reply_markup"]["inline_keyboard"]
    titles = [row[0]["text"] for row in rows]
    newest_first = sorted(load_knowledge(posts), key=lambda a: a.published, reverse=True)
    assert titles == [a.title[:60] for a in newest_first[: len(titles)]]
    assert len(titles) == 8  # the eight most recent of twelve
    assert "/about" in choice["text"]  # how to reach the older ones
    button = rows[1][0]
    assert button["callback_data"] == f"about:{newest_first[1].id}"

    asked = message("/about")
    standin.push(button_press(button["callback_data"], asked))
    sent = await standin.wait_for("sendMessage", count=2, seconds=30)
    assert parse_telegram_html(sent[1]["text"]).startswith(newest_first[1].title)

    standin.push(message("/timeline 四川比特币矿场"))  # the oldest: reached by its title
    sent = await standin.wait_for("sendMessage", count=3, seconds=30)
    timeline = parse_telegram_html(sent[2]["text"])
    assert timeline.startswith("时间线 · 四川比特币矿场集体断电")
    assert "今年6月底（2021-06-30）" in timeline

    standin.push(message("苹果抛光布脏了怎么清洗？"))
    sent = await standin.wait_for("sendMessage", count=4, seconds=30)
    assert "145 元的苹果抛光布脏了？官方教你如何清洗" in parse_telegram_html(sent[3]["text"])
