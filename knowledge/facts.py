"""Dates, deadlines and figures found in passage text, normalised with the year of publication."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.models import Fact
from knowledge.numerals import CHINESE_NUMERAL_CHARS, MAGNITUDES, chinese_to_int, format_number

_DEADLINE_SUFFIX = r"(?P<before>之前|以前|前)?"
_FULL_DATE = re.compile(
    r"(?:(?P<year>\d{4})年|(?P<this_year>今年))?(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]"
    + _DEADLINE_SUFFIX
)
_MONTH_PART = re.compile(
    r"(?:(?P<year>\d{4})年|(?P<this_year>今年)|(?P<last_year>去年))?(?P<month>\d{1,2})月"
    r"(?P<part>底|末|下旬|中旬|上旬|下半月|上半月|初|中(?![国央共心间部]))"
)
"""5月下旬, 6月底, 五月中 (mid-May; not 5月中国…, which is China)."""
_A_YEAR_AGO = re.compile(r"去年(?:的)?(?P<part>这个时间|这个时候|这时候|这时|此时|同期|今天)")
"""去年这个时间 (this time last year): the month a year before the narrative day; 去年今天, the
day."""
_YEAR_MONTH = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月")
_MONTH_ALONE = re.compile(r"(?<![\d年.])(?P<month>\d{1,2})月(?:份|(?![\d日号底初上中下]))")
"""五月份, 5月那会儿 (in May): the month of the narrative year (not 5月13日, 5月底, 5月下旬)."""
_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})年")
_DAY_ONLY = re.compile(
    r"(?<![\d月])(?P<day>\d{1,2})[日号](?P<part>晚上|晚|夜|凌晨|早上|上午|中午|下午)?"
)
_TONIGHT = re.compile(
    r"(?:今晚|今夜|晚上)(?P<hour>\d{1,2}|[零一二三四五六七八九十]{1,3})点"
    r"|(?:夜里|半夜|午夜|深夜|凌晨)(?P<midnight>0|12|24|零|十二|二十四)点"
    r"|(?P<zero>零|(?<![\d.])0)点(?![零一二三四五六七八九十几\d])"
    r"|(?<![\d.:])(?P<hhmm>0?0|24):00(?![\d:])"
)
"""A time tonight; 12 at night (今晚12点, 半夜十二点) is midnight, as 0点 (零点) and 24点 are; so is
零点 or 0点 said alone (啥时候零点拉闸？ 0点关闭的是多少负荷？), though not 零点五 (0.5), and
midnight on the clock (at 0:00, 00:00, 24:00).
A time said with 今晚 or 今夜 is qualified ``tonight``, so 今晚几点？ finds it."""
_TODAY = re.compile(r"(?<![去前昨明后])今天(?=[，,])")
"""今天， opening what someone says (从业者D：“今天，可以正式宣告…”): the narrative day."""
_DEADLINE_CONTEXT = re.compile(r"^.{0,6}?(?:完成|截止|为止)")

_PART_QUALIFIERS = {
    "底": "by",
    "末": "by",
    "下旬": "late",
    "中旬": "mid",
    "上旬": "early",
    "下半月": "late",
    "上半月": "early",
    "初": "early",
    "中": "mid",
}
_TIME_QUALIFIERS = {
    "晚上": "evening",
    "晚": "evening",
    "夜": "evening",
    "凌晨": "early morning",
    "早上": "morning",
    "上午": "morning",
    "中午": "noon",
    "下午": "afternoon",
}
PARTS_OF_DAY = frozenset(_TIME_QUALIFIERS.values())
"""Qualifiers that place a date at a time of day (19日晚 → ``evening``)."""

_UNITS = {
    "千瓦": "kW",
    "瓦": "W",
    "EH/s": "EH/s",
    "PH/s": "PH/s",
    "TH/s": "TH/s",
    "%": "%",
    "％": "%",
    "个百分点": "个百分点",
    "个": "个",
    "家": "家",
    "批": "批",
    "项": "项",
    "条": "条",
    "次": "次",
    "小时": "小时",
    "元": "元",
    "美元": "美元",
    "倍": "倍",
    "台": "台",
}
_DURATION_UNITS = frozenset({"小时"})
_UNIT_PATTERN = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_MAGNITUDE_PATTERN = "千万|百万|十万|万|亿"
_FIGURE = re.compile(
    rf"(?P<approx>近|约|大约|超过|逾)?(?P<number>\d+(?:\.\d+)?)"
    rf"(?P<magnitude>{_MAGNITUDE_PATTERN})?(?P<unit>{_UNIT_PATTERN})?",
    re.IGNORECASE,
)
COUNT_UNITS = frozenset("个家座台项条批次人名位款点")
"""Measure words of counts (26个, 两批), as a figure's unit records them."""
DATELINE_OFFSET = 2
"""A date starting this close to a passage's start dates the whole passage (5月21日，…)."""
_CN_FIGURE = re.compile(rf"(?P<number>[{CHINESE_NUMERAL_CHARS}]+)(?P<unit>个|批|项|条|家|点|台)")
_ORDINAL = re.compile(rf"第(?P<number>\d+|[{CHINESE_NUMERAL_CHARS}]+)(?P<unit>次|届|批|家)")


@dataclass
class DateContext:
    """What relative dates are resolved against: the year of publication and the narrative day.

    ``day`` starts at the publication date and moves to each explicit day the text mentions
    (19日晚 makes a later 今晚0点 the night of the 19th).
    """

    year: int
    day: date


def extract_facts(text: str, context: DateContext) -> tuple[Fact, ...]:
    """Return the dates, deadlines and figures of ``text`` in text order; updates ``context``."""
    facts = list(_dates(text, context))
    taken = [(f.start, f.end) for f in facts]
    facts.extend(f for f in _figures(text) if not _overlaps(f.start, f.end, taken))
    return tuple(sorted(facts, key=lambda f: f.start))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _dates(text: str, context: DateContext) -> Iterator[Fact]:
    spans: list[tuple[int, int]] = []

    def free(match: re.Match[str]) -> bool:
        if _overlaps(match.start(), match.end(), spans):
            return False
        spans.append((match.start(), match.end()))
        return True

    found: list[Fact] = []
    for m in _FULL_DATE.finditer(text):
        if not free(m):
            continue
        year = int(m["year"]) if m["year"] else context.year
        when = _safe_date(year, int(m["month"]), int(m["day"]))
        if when is None:
            continue
        deadline = bool(m["before"]) or bool(_DEADLINE_CONTEXT.match(text[m.end() :]))
        found.append(_date_fact(m, when.isoformat(), "by" if deadline else None, deadline))
        if not deadline:
            context.day = when
    for m in _MONTH_PART.finditer(text):
        if not free(m):
            continue
        year = _year_of(m, context)
        month = int(m["month"])
        if not 1 <= month <= 12:
            continue
        qualifier = _PART_QUALIFIERS[m["part"]]
        if qualifier == "by":
            last = calendar.monthrange(year, month)[1]
            deadline = bool(_DEADLINE_CONTEXT.match(text[m.end() :]))
            found.append(_date_fact(m, f"{year:04d}-{month:02d}-{last:02d}", "by", deadline))
        else:
            found.append(_date_fact(m, f"{year:04d}-{month:02d}", qualifier, False))
    for m in _A_YEAR_AGO.finditer(text):
        when = _safe_date(context.day.year - 1, context.day.month, 1)
        if when is None or not free(m):
            continue  # a question's context has no year to go back from
        if m["part"] == "今天":
            when = _safe_date(when.year, when.month, context.day.day) or when
            found.append(_date_fact(m, when.isoformat(), "last year", False))
        else:
            found.append(_date_fact(m, when.isoformat()[:7], "last year", False))
    for m in _YEAR_MONTH.finditer(text):
        if free(m) and 1 <= int(m["month"]) <= 12:
            found.append(_date_fact(m, f"{int(m['year']):04d}-{int(m['month']):02d}", None, False))
    for m in _MONTH_ALONE.finditer(text):
        if free(m) and 1 <= int(m["month"]) <= 12:
            found.append(_date_fact(m, f"{context.year:04d}-{int(m['month']):02d}", None, False))
    for m in _YEAR.finditer(text):
        if free(m):
            found.append(_date_fact(m, m["year"], None, False))
    for m in _DAY_ONLY.finditer(text):
        if not free(m):
            continue
        when = _safe_date(context.day.year, context.day.month, int(m["day"]))
        if when is None:
            continue
        found.append(_date_fact(m, when.isoformat(), _TIME_QUALIFIERS.get(m["part"] or ""), False))
        context.day = when
    for m in _TODAY.finditer(text):
        if free(m):
            found.append(_date_fact(m, context.day.isoformat(), "today", False))
    for m in _TONIGHT.finditer(text):
        if not free(m):
            continue
        said = m["hour"] or m["midnight"] or m["zero"] or m["hhmm"]
        hour = int(said) if said.isdigit() else chinese_to_int(said)
        day = context.day + timedelta(days=1) if hour in (0, 12, 24) else context.day
        hour = 0 if hour in (12, 24) else hour + 12 if 1 <= hour < 12 else hour
        tonight = "tonight" if m.group(0).startswith(("今晚", "今夜")) else None
        found.append(_date_fact(m, f"{day.isoformat()}T{hour:02d}:00", tonight, False))
    yield from found


def _year_of(m: re.Match[str], context: DateContext) -> int:
    if m["year"]:
        return int(m["year"])
    if m["last_year"]:
        return context.year - 1
    return context.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_fact(m: re.Match[str], value: str, qualifier: str | None, deadline: bool) -> Fact:
    return Fact(
        kind="deadline" if deadline else "date",
        text=m.group(0),
        value=value,
        start=m.start(),
        end=m.end(),
        qualifier=qualifier,
    )


def _figures(text: str) -> Iterator[Fact]:
    taken: list[tuple[int, int]] = []
    for m in _ORDINAL.finditer(text):
        taken.append((m.start(), m.end()))
        yield _figure(m, _to_number(m["number"]), m["unit"], "ordinal")
    for m in _FIGURE.finditer(text):
        if _overlaps(m.start(), m.end(), taken) or not (m["magnitude"] or m["unit"]):
            continue
        if m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            continue  # part of a model name or version (R9-5950X, 5.17)
        value = float(m["number"]) * (MAGNITUDES[m["magnitude"]] if m["magnitude"] else 1)
        unit = _UNITS[m["unit"]] if m["unit"] in _UNITS else _match_unit(m["unit"])
        approx = bool(m["approx"]) and unit not in _DURATION_UNITS  # 近24小时 = the last 24 hours
        yield _figure(m, value, unit, "approx" if approx else None)
    for m in _CN_FIGURE.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = _to_number(m["number"])
        if value > 1:  # 一个/一批 are articles, not counts
            yield _figure(m, value, m["unit"], None)


def _match_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    for key, canonical in _UNITS.items():
        if key.lower() == unit.lower():
            return canonical
    return unit


def _to_number(text: str) -> float:
    return float(text) if text.isdigit() else float(chinese_to_int(text))


def _figure(m: re.Match[str], value: float, unit: str | None, qualifier: str | None) -> Fact:
    return Fact(
        kind="figure",
        text=m.group(0),
        value=format_number(value),
        start=m.start(),
        end=m.end(),
        unit=unit,
        qualifier=qualifier,
    )
