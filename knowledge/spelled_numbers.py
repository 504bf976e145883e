"""English numbers spelled in words → digits: twenty-six projects, June twentieth."""

from __future__ import annotations

import re

from knowledge.months import MONTH_PATTERN

_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORDINAL_TENS = ["twentieth", "thirtieth"]
_VALUES = {
    **{w: i for i, w in enumerate(_UNITS, start=1)},
    **{w: 10 * i for i, w in enumerate(_TENS, start=2)},
    **{w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)},
    **{w: 10 * i for i, w in enumerate(_ORDINAL_TENS, start=2)},
}
_CARDINAL = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[:9])}))?"
    rf"|(?:{'|'.join(_UNITS[1:])}))\b(?!-)"
)
"""A cardinal from two to ninety-nine (one stays a word: "one machine" asks per one thing)."""
_ORDINAL = (
    rf"(?:(?:{'|'.join(_TENS[:2])})-)?(?:{'|'.join(_ORDINAL_UNITS)})"
    rf"|{'|'.join(_ORDINAL_TENS)}"
)
_ORDINAL_DATE = re.compile(
    rf"\b(?:(?P<month>{MONTH_PATTERN})\s+(?:the\s+)?(?P<after>{_ORDINAL})"
    rf"|(?:the\s+)?(?P<before>{_ORDINAL})\s+of\s+(?P<month2>{MONTH_PATTERN}))\b"
)
"""June twentieth, the twenty-fifth of June: a day of a month said as an ordinal word."""


_ORDINAL_MEETING = re.compile(
    rf"\b(?:{'|'.join(_TENS)})-(?:{'|'.join(_ORDINAL_UNITS[:9])})"
    rf"(?=\s+(?:[a-z]+\s+){{0,2}}(?:meeting|session|plenary|time)\b)"
)
"""the fifty-first meeting: an ordinal of meetings, which the article numbers (第五十一次)."""


def _ordinal(n: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n % 100 not in (11, 12, 13) else "th"
    return f"{n}{suffix}"


def _value(words: str) -> int:
    return sum(_VALUES[w] for w in re.split(r"[- ]", words))


def spelled_numbers(text: str) -> str:
    """Write numbers spelled in words as digits, in lower-case English text.

    twenty-six → 26, eight million → 8 million, June twentieth → June 20th, the twenty-fifth of
    June → 25th June, the fifty-first meeting → the 51st meeting. Ordinals are read only beside
    a month or a meeting: "the second point" asks a list item.
    """

    def date(m: re.Match[str]) -> str:
        if m["month"]:
            return f"{m['month']} {_value(m['after'])}th"
        return f"{_value(m['before'])}th {m['month2']}"

    def cardinal(m: re.Match[str]) -> str:
        return str(_value(m[0]))

    text = _ORDINAL_MEETING.sub(lambda m: _ordinal(_value(m[0])), _ORDINAL_DATE.sub(date, text))
    return _CARDINAL.sub(cardinal, text)
