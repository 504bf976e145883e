"""English words someone says in a passage, which readers ask for as 英文 (the text never does)."""

from __future__ import annotations

import re

SPOKEN_ENGLISH_TERM = "英文"
"""The term a passage holds where someone speaks English (现场有很多人说：Bye，See you)."""
_SPEECH = re.compile(r"“[^”]*”|(?:说|称|表示|喊|道)[：:][^。！？]*")
"""Quoted words, or what follows a verb of speaking and a colon up to the sentence's end."""
_ENGLISH = re.compile(r"[A-Za-z]+(?:[\s,，]+[A-Za-z]+)*")
"""A run of Latin-script words (Bye，See you; bye bye)."""


def spoken_english_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the English words spoken in ``text``.

    Only words in a quotation or after 说： count: the names of pools and sites the article
    writes in Latin script (Huobi Pool, btc.com) are nobody's speech.
    """
    return [
        (speech.start() + m.start(), speech.start() + m.end())
        for speech in _SPEECH.finditer(text)
        for m in _ENGLISH.finditer(speech.group())
    ]
