"""Words around a question that are no part of it: markup, mentions, chat, hearsay, instructions."""

from __future__ import annotations

import re

_MARKUP_OR_MENTION = re.compile(r"</?[A-Za-z][^<>]{0,100}>|(?<![\w.])@[A-Za-z]\w{4,31}")
"""HTML tags pasted along with a question (<b>, </i>) and Telegram @usernames (@article_bot, in a
group) are not words of it."""
_CHATTER = re.compile(
    r"\b(?:sorry|quick one|quick question|quick q|one more thing)\b[,:]?"
    r"|^\s*(?:for (?:my|a|the|our) (?:story|piece|article|report|paper|essay|thesis)|for context"
    r"|background|fact[- ]?check|quote for my (?:story|piece|article)"
    r"|i need the (?:figure|number|date))"
    r"\s*[:,—–-]"
    r"|\b(?:can|could) you (?:please )?confirm(?: that| whether| if)?\b"
    r"|\b(?:can|could) you (?:please )?remind me(?: of)?\b"
    r"|\b(?:according to|in|per) the (?:lead|intro|opening)\b"
    r"|\b(?:(?:would|do) you )?mind telling me\b|\b(?:can |could )?(?:you )?walk me through\b"
    r"|\bany (?:word|news|update|idea|clue|info)(?: on| about)?\b"
)
"""Sorry, quick one: …, For my story: …, Fact check: …, Can you confirm …, Could you remind me …,
Mind telling me …, … according to the lead, Walk me through …, Any word on …: chat around the
question ("one" is no per-unit amount, context no 背景, confirm no 确认 of the article's, mind
no 精神)."""
_SUMMARY = re.compile(
    r"\b(?:tl;? ?dr|eli5|explain (?:it )?like i(?: am|'m|m) (?:five|5)|bottom line|in a nutshell"
    r"|(?:the )?(?:key|main|big) takeaways?)\b[,:]?(?: (?:of|for)\b)?"
)
"""tl;dr of …, ELI5 …, Bottom line: …, the big takeaway for …: a summary asked for, of what
the rest of the question names, or of the whole news when it names nothing."""
_FAREWELL_ONLY = re.compile(
    r"^[\s,.!?！？。，]*(?:(?:ok(?:ay)?|thanks|thank you|bye|see you|goodbye)[\s,.!?！？。，]*)+$"
)
"""Thanks, bye! alone is a farewell, no question about the miners' bye bye (bye is a word of the
article: 矿工们说bye bye是在什么时候？)."""
_INSTRUCTION = re.compile(
    r"^\s*(?:please |pls )?(?:identify|enumerate|outline|characteri[sz]e|quantify|cite|state)\b"
)
"""Identify the two bodies…, Enumerate the violations…: an exam-style instruction opening the
question asks like "what", it is no word of the article (identify is otherwise 甄别)."""
_TEXT_WORDS = "文章|文中|新闻|报道|原文|文件|文档|通知|作者|笔者|小编"
"""What a reader calls the article, its author or a document in it (作者说…: the text says)."""
_TEXT_SAYS = re.compile(
    rf"(?:{_TEXT_WORDS})(?:第一句|开头那句|开头|里面|里|中|上)?(?:说|讲|原话)"
    r"|\b(?:does|did|do) (?:it|the (?:article|piece|report|news|lead|post|story|notice)) say\b"
    r"|^\s*(?:有没有|有冇|有无|有)(?:说|讲|提)(?:过|到)?(?=要|到|过|什么|啥|咩)"
)
"""文章第一句说…, 这篇文章说…, 文章里原话…, does the article say …, 有说要…吗: the text states
it, no one in it."""
_POLITE_SAY = re.compile(
    r"\b(?:can|could|would|will) you (?:please )?say\b"
    r"|\b(?:it|the (?:article|piece|report|news|lead)) (?:says|said)\b"
    r"|\bsaid to (?!(?:him|her|them|us|me|you|the|a|an)\b)"
    rf"|(?:{_TEXT_WORDS}|会上)(?:里|中|上|最后|结尾|末尾)?(?:咋|怎么|还)?"
    r"(?:说|讲|称)(?!了?(?:什么|啥))"
    r"|(?<=[条点项段款])(?:里|中|上)?(?:说|讲|提)(?!了?(?:什么|啥))"
)
"""Can you say what the second point was? It says around 8 GW is cut, 文章说显卡会咋样？ 文件咋说的,
会上说要打击啥？, 保质保量是哪一条里说的？: a polite "tell me", or what a document, meeting or
item says, not a question about someone's quote (文章说了啥 still asks); "is said to involve" is
reported speech, no quote asked either."""
_HEARSAY = re.compile(
    r"(?:^|(?<=[，,。.!！?？]))\s*(?:我的?)?(?:朋友|同事|同学|家里人|群里|网上)(?:们)?(?:都)?"
    r"(?:说|讲|告诉我)[，,：:]?"
    r"|^\s*说(?=要|是)"
    r"|\b(?:(?:my |a )?(?:friend|colleague|buddy)s?|someone|people) (?:says|said|told me|tell me)"
    r"(?: that)?\b[,:]?"
)
"""朋友说火币矿池崩了, 说要保质保量…, Friend says …: what the reader heard, not a question about a
quote."""

_TO_THE_BOT = re.compile(
    r"^\s*(?:你|您)(?:会|能|懂|可以)(?:说|讲|用|看|写)?(?:英语|英文|中文|汉语|普通话|外语|繁体字?)"
)
"""你会说英语吗？ 你懂英文吗: a reader asking what the bot can do, no word of the article (the
miners' English is p9's)."""

_IN_THE_END = re.compile(r"(?:最后|最终|到最后)(?=都?(?:咋|怎么|怎样|如何))")
"""水电最后都咋了？: 最后 (in the end) asks what came of something, no 最后 of p1's 最后的堡垒."""


def cites_the_text(normalized: str) -> bool:
    """Whether a question names the article or a document as what says: no one is quoted."""
    return _TEXT_SAYS.search(normalized) is not None


def without_markup(text: str) -> str:
    """Blank out the HTML tags and Telegram @usernames pasted along with a question."""
    return _MARKUP_OR_MENTION.sub(" ", text)


def without_chatter(normalized: str) -> str:
    """Blank out instructions, polite asking, chat, hearsay and 最后 (in the end) around a question.

    What is left is what the reader asks: "For my story: who chaired the meeting?" asks who
    chaired it; 朋友说火币矿池崩了，跌了多少？ asks how far it fell, not what a friend said.
    """
    normalized = _POLITE_SAY.sub(" ", _INSTRUCTION.sub(" ", _FAREWELL_ONLY.sub(" ", normalized)))
    normalized = _IN_THE_END.sub(" ", _TO_THE_BOT.sub(" ", normalized))
    return _HEARSAY.sub(" ", _CHATTER.sub(" ", _SUMMARY.sub(" ", normalized)))


def asks_for_summary(normalized: str) -> bool:
    """Whether the question asks for a summary in so many words (tl;dr, in a nutshell)."""
    return _SUMMARY.search(normalized) is not None
