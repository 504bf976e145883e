"""Numbered lists: which paragraph is item N, and which question asks for item N (第四条)."""

from __future__ import annotations

import re

from knowledge.numerals import chinese_to_int

_NUMERAL = "[一二三四五六七八九十]{1,2}"
LIST_ITEM = re.compile(
    rf"\s*(?:(?P<digits>\d{{1,2}})\s*[、.．]|(?P<words>{_NUMERAL})\s*[是、]"
    rf"|[（(](?P<bracketed>{_NUMERAL}|\d{{1,2}})[）)])"
)
"""How the items of a list begin: 1、 / 一是 / （二）."""
LIST_INTRO = re.compile(r"[：:]\s*$")
"""A paragraph that ends with a colon introduces the list that follows (通知如下：)."""
ITEM_COUNTERS = frozenset("条点项款")
"""The counters a list's items are counted with (有两点…：, 第几项任务)."""
_ITEM_WORDS = f"(?:{'|'.join(sorted(ITEM_COUNTERS))})"
_ITEM_NOUN = r"(?:point|item|measure|requirement|task|instruction|emphasis|priority)"
_ITEM_NOUNS = rf"{_ITEM_NOUN}s?\b"
"""What an item of a list is called in a question: 第二点, the second point, the last measure."""
_ASKED_ITEM = re.compile(
    rf"(?:第|头)(?P<number>{_NUMERAL}|\d{{1,2}})(?P<counter>{_ITEM_WORDS})"
)  # 头一条 is 第一条
_ASKED_FIRST = re.compile(r"头一个(?=要|是)|头一件事")
"""头一个要打的, 头一件事 ask the first item as 头一条 does (头一个大会 is no item)."""
_ASKED_THING = re.compile(rf"第(?P<number>{_NUMERAL}|\d{{1,2}})件事")
"""第二件事 asks item 2 as 第二点 does (第一件要干的, with no 事, is no item)."""
_ASKED_LAST = re.compile(
    rf"(?:最后|末尾|结尾|最末)(?:(?:一|那|这)?{_ITEM_WORDS}|(?=强调))"
    rf"|\b(?:last|final)\s+{_ITEM_NOUNS}"
)  # 最后强调了啥 / 文件末尾强调要干啥 ask what the last item stresses
_ENGLISH_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_ASKED_ITEM_EN = re.compile(
    rf"\b(?P<ordinal>{'|'.join(_ENGLISH_ORDINALS)})\s+(?:[a-z-]+\s+)?{_ITEM_NOUNS}(?:['’]s\b)?"
    rf"|\b(?P<later>{'|'.join(_ENGLISH_ORDINALS[1:])})\s+things?\b"
    rf"|\b(?P<of_list>{'|'.join(_ENGLISH_ORDINALS)})\s+of\s+the\s+"
    rf"(?=(?:{'|'.join(_CARDINALS)}|\d)\s+{_ITEM_NOUNS})"
)  # the second point, the first impressive point, the second thing, the second of the two points
# (the first thing … must stop is no item: 第一件要干的)
_ITEM_NOUN_EN = re.compile(rf"\b(?P<noun>{_ITEM_NOUN})s?\b")
_NUMBERED_ITEM_EN = re.compile(
    rf"\b{_ITEM_NOUN}\s*(?:no\.?\s*|#\s*|number\s+)?"
    rf"(?:(?P<number>\d)|(?P<spelled>{'|'.join(_CARDINALS)}))\b(?:['’]s\b)?"
    rf"|\b(?P<ordinal>\d)(?:st|nd|rd|th)\s+(?:[a-z-]+\s+)?(?:{_ITEM_NOUNS}|things?\b)"
)
"""item 2, point #3, measure no. 4, item four('s), point number one, the 4th point, the 3rd thing:
an item named by its number ("the first thing … must stop" is no item)."""
_ITEM_WORD_EN = {"point": "点", "emphasis": "点", "priority": "点", "measure": "项"}
"""The Chinese counter an English item noun stands for (the second point → 点)."""
ITEM_PREFIX = "§"
LAST_ITEM = f"{ITEM_PREFIX}last"
"""The index term of the last item of a list (最后一条)."""


def item_term(number: int) -> str:
    """Return the index term of list item ``number`` (``§4``)."""
    return f"{ITEM_PREFIX}{number}"


def _to_int(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_to_int(numeral)


def item_word_term(counter: str) -> str:
    """Return the index term of the items of a list counted with ``counter`` (两点 → ``§点``)."""
    return f"{ITEM_PREFIX}{counter}"


def list_counter(units: list[str | None]) -> str | None:
    """Return the item counter among a list introduction's figure units (有两点… → 点)."""
    return next((u for u in units if u is not None and re.fullmatch(_ITEM_WORDS, u)), None)


def asked_item_word(question: str) -> str | None:
    """Return the item term of the counter a question calls list items by.

    第二点, 第二件事 and "the second point" → ``§点``; 第四条 → ``§条``; "item 2" → None.
    """
    found = _ASKED_ITEM.search(question)
    if found is not None:
        return item_word_term(found["counter"])
    if _ASKED_THING.search(question):
        return item_word_term("点")  # 第二件事: the meeting's 两点 are its 两件事 (aliases.tsv)
    found = _ITEM_NOUN_EN.search(question)
    word = _ITEM_WORD_EN.get(found["noun"]) if found is not None else None
    return item_word_term(word) if word is not None else None


def list_item_number(text: str) -> int | None:
    """Return the number a list item starts with (``4、切实履行…`` → 4), None for other text."""
    found = LIST_ITEM.match(text)
    if found is None:
        return None
    return _to_int(found["digits"] or found["words"] or found["bracketed"])


def asked_items(question: str) -> tuple[list[str], str]:
    """Return the item terms a question asks for and the question without those words.

    第四条 → ``§4``; 第二点, 第二件事, "the second point" and "item 2" → ``§2``; 最后一条 →
    ``§last``; 第五十一次 (no item word) is left alone.
    """
    terms: list[str] = []

    def by_number(m: re.Match[str]) -> str:  # 第四条, item 2, item four, the 4th point
        spelled = m.groupdict().get("spelled")
        number = _CARDINALS.index(spelled) + 1 if spelled else _to_int(m["number"] or m["ordinal"])
        terms.append(item_term(number))
        return " "

    def english(m: re.Match[str]) -> str:
        ordinal = m["ordinal"] or m["later"] or m["of_list"]
        terms.append(item_term(_ENGLISH_ORDINALS.index(ordinal) + 1))
        return " "

    def last(m: re.Match[str]) -> str:
        terms.append(LAST_ITEM)
        return " "

    def first(m: re.Match[str]) -> str:
        terms.append(item_term(1))
        return " "

    rest = _ASKED_FIRST.sub(first, _ASKED_ITEM.sub(by_number, question))
    rest = _ASKED_THING.sub(by_number, rest)
    rest = _ASKED_ITEM_EN.sub(english, rest)
    rest = _NUMBERED_ITEM_EN.sub(by_number, rest)
    return terms, _ASKED_LAST.sub(last, rest)
