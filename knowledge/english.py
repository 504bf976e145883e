"""English questions → the article's Chinese: glossary phrases, dates and numbers."""

from __future__ import annotations

import functools
import re

from knowledge.months import MONTH_PATTERN, MONTHS
from knowledge.numerals import MAGNITUDES, format_number
from knowledge.spelled_numbers import spelled_numbers
from knowledge.text import longest_first

_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}[\s-]+(?:of[\s-]+)?(?P<month>{MONTH_PATTERN})\b"
)
_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}\b")
_DAY_ALONE = re.compile(
    r"\bthe\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    r"|\b(?P<day_of>[12]?\d|3[01])(?:st|nd|rd|th)(?=\s+(?:evening|night|morning)\b)"
)
_NTH_MEETING = re.compile(
    r"\b(?P<n>\d+)(?:st|nd|rd|th)"
    r"(?:\s+(?=(?:[a-z]+\s+){0,2}(?:meeting|session|plenary|time)\b)|\s*(?=次?会|常务会))"
)
"""the 51st meeting → 第51次会议, as the article counts meetings (第五十一次会议); so are "met
for the 51st time" and 51st 会议."""
_NTH_NO_DAY = re.compile(r"\b(?P<n>3[2-9]|[4-9]\d|\d{3,})(?:st|nd|rd|th)\b")
"""An ordinal no day of a month can be counts a meeting too: "was it the 51st?" → 第51次."""
_BEFORE_DATE = re.compile(r"\b(?:before|by|until)\s+(?P<date>\d{1,2}月(?:\d{1,2}日|底))")
"""before June 20 → 6月20日前, the article's way of giving a deadline."""
_RECENT = re.compile(
    r"\b(?:in\s+)?(?:the\s+)?(?:past|last)\s+(?P<n>\d+)\s+(?P<unit>hours?|days?)\b"
)
_SPAN_OF = re.compile(r"\b(?P<n>\d+)-(?P<unit>hour|day)\b")
"""24-hour declines → 近24小时: a span named as an adjective."""
_RECENT_DAY = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last)\s+day\b")
"""in the past day → 近24小时, as the article gives a day's fall (not "the last day for …")."""
_RECENT_UNITS = {"hour": "小时", "hours": "小时", "day": "天", "days": "天"}
_YEAR_ALONE = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?![\d.年%])")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_PATTERN})\s+(?P<year>\d{{4}})\b")
_PART_MONTH = re.compile(
    rf"\b(?:the )?(?P<part>(?:towards?|near) the end of|end[\s-]of|late|mid|early"
    rf"|(?:first|second) half of"
    rf"|(?:first|last) (?:10|ten) days of|(?:early|last|later) part of"
    rf"|(?:first|middle|last) third of)"
    rf"[\s-]+(?P<month>{MONTH_PATTERN})\b"
)
"""late May, late-May, the end of June, end-of-June, toward the end of May, the second half of
May, the last third of May."""
_MONTH_ALONE = re.compile(
    rf"\b(?:(?P<name>{'|'.join(name for name in MONTHS if len(name) > 3)})"
    rf"|(?<=\b(?:in|of) )(?P<may>may))\b"
)
"""A month without a day: in June → 6月. May counts only after in or of (it may be cheaper)."""
_PARTS = {
    "end of": "底",
    "toward the end of": "下旬",
    "towards the end of": "下旬",
    "near the end of": "下旬",
    "late": "下旬",
    "mid": "中旬",
    "early": "上旬",
    "first half of": "上旬",
    "second half of": "下旬",
    "first 10 days of": "上旬",
    "last 10 days of": "下旬",
    "first ten days of": "上旬",
    "last ten days of": "下旬",
    "early part of": "上旬",
    "last part of": "下旬",
    "later part of": "下旬",
    "first third of": "上旬",
    "middle third of": "中旬",
    "last third of": "下旬",
}
_SCALED = re.compile(
    r"\b(?P<number>\d+(?:\.\d+)?)\s*(?P<scale>million|billion|thousand)\b\s*(?P<unit>kw|kilowatts?)?"
)
_POWER = re.compile(r"\b(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>gw|gigawatts?|mw|megawatts?)\b")
"""8 GW, 8000 MW: power in the article's kilowatts (800万千瓦)."""
_KILOWATTS_PER = {
    "gw": 1e6,
    "gigawatt": 1e6,
    "gigawatts": 1e6,
    "mw": 1e3,
    "megawatt": 1e3,
    "megawatts": 1e3,
}
_UNIT_AFTER = re.compile(r"\b(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>kw|kilowatts?|eh/s|percent|%)")
_UNIT_WORDS = {
    "kw": "千瓦",
    "kilowatt": "千瓦",
    "kilowatts": "千瓦",
    "eh/s": "EH/s",
    "percent": "%",
    "%": "%",
}


def _chinese_amount(value: float) -> str:
    """8000000 → 800万 (the article's way of writing large numbers)."""
    if value >= 100_000_000 and value % 10_000_000 == 0:
        return f"{format_number(value / 100_000_000)}亿"
    if value >= 10_000:
        return f"{format_number(value / 10_000)}万"
    return format_number(value)


def english_dates_and_numbers(text: str) -> str:
    """Rewrite English dates and scaled numbers the way the article writes them.

    ``June 20`` / ``20th June`` → ``6月20日``, ``the 19th`` → ``19日``, ``the 51st meeting`` →
    ``第51次 meeting``, ``in 2020`` → ``2020年``, ``before June 20`` → ``6月20日前``,
    ``the past 24 hours`` → ``近24小时``, ``end of June`` → ``6月底``, ``in June`` → ``6月``,
    ``August 2019`` → ``2019年8月``, ``8 million kW`` → ``800万千瓦`` (so does ``8 GW``),
    ``36.64 percent`` → ``36.64%``; numbers spelled in words count as digits (``twenty-six``,
    ``June twentieth``).
    """
    # Before spelled numbers, so that "the last third of May" is no "third of May" (May 3).
    text = _PART_MONTH.sub(
        lambda m: f" {MONTHS[m['month']]}月{_PARTS[m['part'].replace('-', ' ')]} ", text
    )
    text = spelled_numbers(text)
    text = _MONTH_YEAR.sub(lambda m: f" {m['year']}年{MONTHS[m['month']]}月 ", text)
    text = _DAY_MONTH.sub(lambda m: f" {MONTHS[m['month']]}月{int(m['day'])}日 ", text)
    text = _MONTH_DAY.sub(lambda m: f" {MONTHS[m['month']]}月{int(m['day'])}日 ", text)
    text = _MONTH_ALONE.sub(lambda m: f" {MONTHS[m['name'] or m['may']]}月 ", text)
    text = _BEFORE_DATE.sub(lambda m: f" {m['date']}前 ", text)
    text = _RECENT.sub(lambda m: f" 近{m['n']}{_RECENT_UNITS[m['unit']]} ", text)
    text = _RECENT_DAY.sub(" 近24小时 ", text)
    text = _SPAN_OF.sub(lambda m: f" 近{m['n']}{_RECENT_UNITS[m['unit']]} ", text)
    text = _NTH_MEETING.sub(lambda m: f" 第{int(m['n'])}次", text)
    text = _NTH_NO_DAY.sub(lambda m: f" 第{int(m['n'])}次 ", text)
    text = _DAY_ALONE.sub(lambda m: f" {int(m['day'] or m['day_of'])}日 ", text)
    text = _YEAR_ALONE.sub(lambda m: f" {m['year']}年 ", text)

    def scaled(m: re.Match[str]) -> str:
        value = float(m["number"]) * MAGNITUDES[m["scale"]]
        unit = _UNIT_WORDS.get((m["unit"] or "").strip(), "")
        return f" {_chinese_amount(value)}{unit} "

    text = _SCALED.sub(scaled, text)
    text = _POWER.sub(
        lambda m: f" {_chinese_amount(float(m['number']) * _KILOWATTS_PER[m['unit']])}千瓦 ", text
    )
    return _UNIT_AFTER.sub(lambda m: f"{m['number']}{_UNIT_WORDS[m['unit']]}", text)


@functools.cache
def _phrases_as_read(phrases: tuple[str, ...]) -> dict[str, str]:
    """Return the glossary's phrases by how a question reads once its numbers are digits.

    Questions are matched after ``english_dates_and_numbers``: "two points" is read as
    "2 points", so the glossary's phrase is looked up by that reading too.
    """
    read = {phrase: phrase for phrase in phrases}
    for phrase in phrases:
        digits = english_dates_and_numbers(phrase)
        if " " in phrase and digits != phrase:
            read.setdefault(digits, phrase)
    return read


@functools.cache
def _glossary_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=longest_first))
    return re.compile(rf"(?<![a-z0-9.])(?:{alternation})(?![a-z0-9]|\.[a-z0-9])")


_CONTRACTIONS = {
    "'re": " are",
    "'m": " am",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
    "n't": " not",
    "can't": "can not",
    "won't": "will not",
}
_CONTRACTION = re.compile(r"\b(?:can|won)['’]t\b|(?<=[a-z])(?:['’](?:re|m|ve|ll|d)|n['’]t)\b")
"""we're → we are, didn't → did not: else the ending stands alone as a word no passage holds."""
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
_WORD = re.compile(r"(?<![a-z0-9.])[a-z]+(?![a-z0-9]|\.[a-z0-9])")
"""Latin words are delimited by anything but Latin letters and digits: 算力hashrate多少 works."""
_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)


_DOUBLED = re.compile(r"([bdgmnprt])\1(?:ing|ed)$")
"""shutting, stopped: the consonant doubled before -ing/-ed (shut, stop)."""


def base_forms(word: str) -> list[str]:
    """Return candidate base forms of an English word (regions → region, shutting → shut)."""
    forms = [
        word[: -len(suffix)] + ending
        for suffix, ending in _SUFFIXES
        if word.endswith(suffix) and len(word) - len(suffix) >= 3
    ]
    doubled = _DOUBLED.search(word)
    if doubled is not None:
        forms.append(word[: doubled.start() + 1])
    return forms


_SPLIT_PHRASAL = re.compile(
    r"\b(?P<verb>(?:switch|turn|shut|shutt|push|kick)(?:s|es|ed|ing)?"
    r"|drive|drives|drove|driven|driving|force|forces|forced|forcing)"
    r"(?P<object>(?: (?!off\b|down\b|out\b|is\b|was\b|are\b|were\b)[a-z']+){1,3})"
    r" (?P<particle>off|down|out)\b"
)
"""switch my rigs off → switch off my rigs: the glossary holds the verb and particle together."""
_HYPHENATED = re.compile(r"(?<![a-z0-9-])[a-z]+(?:-[a-z]+)+(?![a-z0-9-])")
"""big-data fronts: a hyphenated phrase the glossary holds with spaces (big data)."""


def _glossary_spelling(word: str, glossary: dict[str, str]) -> str:
    """Return ``word`` as the glossary spells it: with hyphens or spaces (big-data → big data)."""
    spaced = word.replace("-", " ")
    return spaced if word not in glossary and spaced in glossary else word


def translate(text: str, glossary: dict[str, str]) -> str:
    """Replace the glossary's English phrases (whole words, longest first) by their Chinese.

    A word the glossary lacks is looked up again by its base forms (plural, past, -ing), then
    as a plural (the glossary's "machines" serves "machine").
    """
    read = _phrases_as_read(tuple(glossary))
    pattern = _glossary_pattern(tuple(read))
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m[0].replace("’", "'")], text)
    text = _POSSESSIVE.sub("", text)
    text = _SPLIT_PHRASAL.sub(r"\g<verb> \g<particle>\g<object>", text)
    text = _HYPHENATED.sub(lambda m: _glossary_spelling(m[0], glossary), text)
    text = pattern.sub(lambda m: f" {glossary[read[m[0]]]} ", english_dates_and_numbers(text))

    def by_base_form(m: re.Match[str]) -> str:
        word = m.group(0)
        forms = (*base_forms(word), f"{word}s", f"{word}es")
        found = next((glossary[f] for f in forms if f in glossary), None)
        return f" {found} " if found else m.group(0)

    return _WORD.sub(by_base_form, text)
