"""The bot's own words in Chinese and English (excerpts stay in the article's language)."""

from __future__ import annotations

from typing import Literal

Language = Literal["zh", "en"]

TEXTS: dict[str, dict[Language, str]] = {
    "deadline": {"zh": "截止日期", "en": "Deadline"},
    "date": {"zh": "日期", "en": "Date"},
    "figure": {"zh": "数字", "en": "Figure"},
    "paragraph": {"zh": "第{n}段", "en": "paragraph {n}"},
    "more": {"zh": "更多", "en": "More"},
    "full": {"zh": "原文", "en": "Full paragraph"},
    "nothing": {
        "zh": "文章里没有提到这一点。",
        "en": "The article doesn't say.",
    },
    "try": {"zh": "可以试试这样问：", "en": "You could ask:"},
    "no_more": {"zh": "没有更多相关段落了。", "en": "No more matching passages."},
    "expired": {
        "zh": "这个按钮已过期，请重新提问。",
        "en": "This button has expired; please ask again.",
    },
    "no_paragraph": {
        "zh": "没有第{n}段。这篇文章共{total}段。",
        "en": "There is no paragraph {n}. The article has {total}.",
    },
    "text_only": {
        "zh": "我只回答文字提问，请用文字问我关于这篇文章的问题。",
        "en": "I answer text questions only: please type your question about the article.",
    },
    "error": {
        "zh": "抱歉，出了点问题，请稍后再试。",
        "en": "Sorry, something went wrong. Please try again.",
    },
    "rate_limited": {
        "zh": "提问太快了，请稍等一分钟再问。",
        "en": "You're asking very fast; please wait a minute.",
    },
    "not_allowed": {
        "zh": "这个机器人在此聊天中不可用。",
        "en": "This bot is not available in this chat.",
    },
    "choose_article": {
        "zh": "请选择文章（最新的在前；其他文章请发送 /{command} 标题中的词）：",
        "en": "Choose an article (most recent first; "
        "for others send /{command} words of its title):",
    },
    "timeline": {"zh": "时间线", "en": "Timeline"},
    "figures": {"zh": "关键数字", "en": "Key figures"},
    "knows": {"zh": "我能回答关于这篇文章的问题：", "en": "I answer questions about this article:"},
    "examples": {"zh": "例如：", "en": "For example:"},
    "source_usage": {
        "zh": "用法：/source 段落编号，例如 /source 2",
        "en": "Usage: /source N, e.g. /source 2",
    },
    "ask_usage": {"zh": "用法：/ask 你的问题", "en": "Usage: /ask your question"},
    "reloaded": {"zh": "已重新载入：{n} 篇文章。", "en": "Reloaded: {n} articles."},
    "reload_failed": {
        "zh": "重新载入失败，仍使用原有内容：{why}",
        "en": "Reload failed; still serving the old index: {why}",
    },
}

HELP: dict[Language, str] = {
    "zh": (
        "直接发来你的问题即可，例如「四川要求什么时候前完成关停？」或「全网算力是多少？」。\n"
        "我会回复文章中最相关的段落，并注明出处（标题、发布者、日期、段落）。\n"
        "群组中请用 /ask 问题，或 @我，或回复我的消息。\n"
        "命令：/about 文章摘要 · /timeline 时间线 · /figures 关键数字 · /source N 第N段原文\n\n"
        'Just send your question in Chinese or English, e.g. "When is the deadline?". '
        "In groups use /ask, mention me, or reply to me."
    ),
    "en": (
        'Send your question in English or Chinese, e.g. "When is the deadline for the '
        'shutdown?" or "What is the network hashrate?".\n'
        "I reply with the article's most relevant passages and where they stand (title, "
        "publisher, date, paragraph).\n"
        "In groups use /ask question, mention me, or reply to my message.\n"
        "Commands: /about summary · /timeline dates · /figures key numbers · "
        "/source N paragraph N\n\n"
        "直接发来中文或英文问题即可；群组中请用 /ask。"
    ),
}


def text(key: str, language: Language, **values: object) -> str:
    """Return the bot's words for ``key`` in ``language``, with ``values`` filled in."""
    return TEXTS[key][language].format(**values)
