"""What a how-much question counts: the unit its figure must carry and the thing counted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.english import translate
from knowledge.facts import COUNT_UNITS
from knowledge.index import Index

_OCCASION_UNITS = frozenset("批次")
"""Measure words that count occasions (两批, 第51次): How many firms …? counts firms, not p8's
两批 (batches of firms), unless it asks for the batches too (_OCCASIONS)."""
_OCCASIONS = re.compile(r"批(?![准复])|次")
_ASKED_COUNT = re.compile(r"(?<![哪这那])(?:多少|几)(?P<rest>[\u4e00-\u9fff]{1,10}(?: ?[a-z]+)?)")
"""多少台矿机, 几家, 多少钱: what follows a count word (not 哪几个, "which", nor 这几个, which
points at ones named)."""
_ASKED_LATIN_UNIT = re.compile(r"(?:多少|几)\s*(?P<unit>[a-z]+)")
"""多少 EH/s, 多少kW: a unit in Latin letters after the count word."""
_HOW_MANY = re.compile(
    r"\b(?:how many|(?:what|the) number of) (?P<phrase>(?:[a-z-]+ ){0,3}?[a-z-]+?)"
    r"(?= (?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|in|of|on|at)\b|\W*$)"
)
"""How many mining farms are in …: the words after "how many", up to a verb or preposition."""
_PLURALS = frozenset({"people", "men", "women", "children", "staff", "personnel"})
"""Plurals without an s: what "how many" counts may be one of them (how many people …)."""
_HOW_MUCH = re.compile(r"\bhow (?:much|many) (?P<unit>[a-z]+)\b")
"""How much money …, how many EH/s …: a unit asked in English (asked_units.tsv lists money
and eh)."""
_HOW_MUCH_PAID = re.compile(
    r"\bhow much\b(?:\s+[a-z']+){0,4}?\s+"
    r"(?P<unit>pay|paid|pays|cost|costs|spend|spent|spends|charge|charged|charges)\b"
)
"""How much did miners pay for electricity?: money asked, whatever stands between."""
_ASKED_ORDINAL = re.compile(r"第[零一二三四五六七八九十百\d]*(?:几|多少)|(?<=[的是])几次会")
"""第几次, 第五十几次 (the fifty-something-th): which in a series, so an ordinal answers; so does
开的几次会 (开了几次会 asks how many)."""
_IN_UNIT = re.compile(r"\bin (?P<unit>[a-z]+)(?:/s)?\W*$")
"""How much did Huobi Pool lose in dollars? … of Poolin in EH/s?: a unit asked at the end
(asked_units.tsv)."""
_SHARE_VERBS = r"(?:在|用于|用在|用来|拿来|拿去|正在|正用)"
_COUNTED_BEFORE = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,12}?)(?:一共|总共|总计|大概|大约|约)?有(?:多少|几)"
    rf"(?:[个家座台]?\W*$|(?={_SHARE_VERBS}))"
)
"""内蒙古的矿场有多少？: nothing follows the count word; what it counts comes before 有. So too
when a verb follows (负荷有多少在挖矿？ asks how much of the load mines, not a count of mining)."""
_SHARE_ASKED = re.compile(rf"有(?:多少|几){_SHARE_VERBS}")
_AMONG = re.compile(
    r"(?:几|这几|那几)(?:个|家|位)[\u4e00-\u9fff]{1,10}?(?:里|当中|之中|中(?![心央国间部]))"
)
"""几个矿池里: among the several pools the article names (not 几个超算中心, a count)."""
_SEVERAL_WHETHER = re.compile(
    r"(?:^|这|那)几(?:个|家|位)[^\W\d]{1,10}?(?:是不是|是否|都|全)(?![^？?]*(?:多少|几))"
)
"""几个中国背景的矿池是不是都在掉？: 几 names the several things a yes-no question is about; no
count is asked unless 多少 or 几 follows (那几个矿池都掉了多少？)."""
_DURATION = re.compile(
    r"[\u4e00-\u9fff]了(?:多久|多长时间|几个小时)|持续(?:了)?(?:多久|多长时间)"
    r"|\bhow long (?:did|will|does|do)\b"
)
"""How long something lasted (开了多久, 研究了多久): only a figure in a unit of time answers (not
第五十一次)."""
_SPAN = re.compile(r"按多长时间|多长时间(?:的|内|里|之内|以内)|多久(?:的|内)|时间段|时间窗口")
"""跌幅是按多长时间算的？ 多长时间内掉的？: the span a figure is counted over (近24小时), which
only a figure in a unit of time answers; ``corrected`` holds it for an English question too."""
TIME_GIVEN = re.compile(
    r"\bhow (?:long|much time)\b[^?？]*?\b(?:give|gives|given|gave|have|has|get|gets)\b"
)
"""How long does Yunnan give for its cleanup? How much time do miners have?: the time allowed,
which a deadline answers (6月底), not a span in hours or days."""
_DURATION_KEY = "时长"
"""The key of ``asked_units.tsv`` listing the units of time."""
_COUNT_WORDS = re.compile(r"多少|至少|最少")
"""Words holding 少 (fewer) that say no change: how many, at least, the fewest."""
_PER_UNIT = re.compile(
    r"每|单台|单个|一台|(?<![上于像比顶])一个(?!月)|一枚|一粒|一颗|一年"
    r"|\b(?:per(?! (?:the|reports?|sources?|news|practitioner|miner|insider|[a-z])\b)"
    r"|a single|one(?![- ](?:day|night)\b))\b"
    r"|\beach\b(?! (?:lose|lost|shed|fell|fall|drop|dropped|declined?|saw|see|got|get|had|have)\b)"
)
"""An amount asked per one thing or per year (一年发多少电, each day): only a figure said per one
thing answers it. Not "did AntPool and Poolin each shed", where each shares the verb out, nor
"one-day decline" (within a day, as p16's 近24小时 says), nor
"per the grid", "per reports" or "per miner C" (as they say), nor 顶得上一个省 / 相当于一个城市,
a comparison of the whole amount."""


WHATS_ONES_HASHRATE = re.compile(
    r"\bwhat(?:'s| is| was| were)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+'s\s+(?:total\s+)?hash\s?rate\b"
    r"(?P<change>\s+(?:drop|fall|decline|loss|plunge|cut|change|decrease|slump)s?\b)?"
)
"""What was Huobi Pool's hashrate …? What is Poolin's hashrate in EH/s?: a figure asked, as
what's the hashrate (cues.tsv) asks one; a level in EH/s unless a change word follows (What
was Poolin's hashrate drop?)."""
_HASHRATE_UNIT = "eh"
"""The key of ``asked_units.tsv`` listing the units of a hashrate's level."""


@dataclass(frozen=True)
class AskedCount:
    """What a how-much question needs of a figure (see ``Query``)."""

    units: frozenset[str] = frozenset()
    counted: str | None = None
    per_unit: bool = False
    asks_ordinal: bool = False
    unknown: str | None = None
    """What is counted when the knowledge never names it (多少员工 → 员工)."""


def asks_among(text: str) -> bool:
    """Whether 几个X里 asks which one of several, not how many (几个矿池里谁最惨？)."""
    return _AMONG.search(text) is not None


def names_several(text: str) -> bool:
    """Whether 几个X opens a question whether they all did something, not how many there are."""
    return _SEVERAL_WHETHER.search(text) is not None


def asked_count(normalized: str, corrected: str, index: Index) -> AskedCount:
    """Read a how-much question: its unit, what it counts, per one thing, an ordinal.

    多少台 asks a figure in 台, 多少矿场 and "how many pools" a count of 矿机 and 矿池, 每台 a
    figure per one thing, 第几次 an ordinal. ``normalized`` is the question before translation,
    ``corrected`` after it.
    """
    lexicon = index.analyzer.lexicon
    asked = _ASKED_COUNT.search(corrected)
    later = corrected.find("多少", asked.start() + 1) if asked and asked[0][0] == "几" else -1
    if asked and later >= 0:  # 几个矿池掉幅各是多少, 几个大池子各掉多少？: 多少 asks
        asked = _ASKED_COUNT.search(corrected, later)
    if asked and _SHARE_ASKED.search(corrected):
        asked = None  # what follows 多少 is what the thing before 有 does, not what is counted
    units, counted = _asked_measure(asked["rest"], index) if asked else (frozenset(), None)
    unknown = unknown_counted(asked["rest"], index) if asked else None
    latin = _ASKED_LATIN_UNIT.search(normalized)
    if not units and latin and latin["unit"] in lexicon.asked_units:  # 多少EH/s (the glossary
        units = lexicon.asked_units[latin["unit"]]  # turns EH/s into 算力 in ``corrected``)
    if counted is None and not units and (before := _COUNTED_BEFORE.search(corrected)):
        words = [w for w in index.analyzer.segment(before["subject"]) if w.strip()]
        # the noun right before 有: 负荷 in 四川一口气关掉的负荷有多少？, not 四川
        counted = _counted_term(words[-1:], index)
    for much in (
        _HOW_MUCH.search(normalized),
        _IN_UNIT.search(normalized),
        _HOW_MUCH_PAID.search(normalized),
    ):
        if counted is None and not units and much and much["unit"] in lexicon.asked_units:
            units = lexicon.asked_units[much["unit"]]
    if (
        not units
        and (_DURATION.search(normalized) or _SPAN.search(corrected))
        and not TIME_GIVEN.search(normalized)
    ):  # 开了多长时间, 按多长时间算: hours, days, not a date
        units = lexicon.asked_units[_DURATION_KEY]
    if counted is None and not units:
        counted, unknown_english = _english_counted(normalized, index)
        unknown = unknown or unknown_english
        if counted in lexicon.asked_units:  # How many kilowatts …: the unit asked
            units, counted = lexicon.asked_units[counted], None
        elif counted in lexicon.measured_words:  # How many power load …: an amount, misworded
            counted = None
        elif counted is not None:  # How many pools …: a count, not a share or a rate
            units = COUNT_UNITS if _OCCASIONS.search(corrected) else COUNT_UNITS - _OCCASION_UNITS
    ones = WHATS_ONES_HASHRATE.search(normalized)
    if not units and counted is None and ones and not ones["change"]:
        units = lexicon.asked_units[_HASHRATE_UNIT]  # Huobi Pool's hashrate: EH/s, not its fall
    if not units and (counted is None or counted in lexicon.level_units):
        units = _level_units(corrected, index)  # 火币矿池现在算力多少？, 原本算力有多少？
        counted = None if units else counted
    return AskedCount(
        units=units,
        counted=counted,
        per_unit=_PER_UNIT.search(normalized) is not None,
        asks_ordinal=_ASKED_ORDINAL.search(normalized) is not None,
        unknown=unknown,
    )


def _level_units(text: str, index: Index) -> frozenset[str]:
    """Return the units of a measure's level asked at a time and not as a change, else none.

    火币矿池现在算力多少？ asks a level of 算力 (EH/s), not p16's share it fell by; 现在算力掉了
    多少？ asks the fall (掉 is 下降). ``text`` is the question after translation, question words
    still in it (算力下降多少: the 下降 of the cue 下降多少).
    """
    lexicon = index.analyzer.lexicon
    if not lexicon.level_pattern.search(text):
        return frozenset()
    text = _COUNT_WORDS.sub(" ", text)  # the 少 of 多少 is no 少 (fewer)
    if lexicon.change_pattern.search(text):
        return frozenset()
    return next((units for word, units in lexicon.level_units.items() if word in text), frozenset())


def _asked_measure(text: str, index: Index) -> tuple[frozenset[str], str | None]:
    """Read what follows 多少/几: the units its figure may carry and the term it counts.

    The measure word is the first word when it is one (多少台矿机 → 台; but 多少项目 counts
    项目, the word, not 项 the measure word); what is counted is the head of the noun that
    follows (``_counted_term``), None when the knowledge does not hold it.
    """
    lexicon = index.analyzer.lexicon
    words = [w for w in index.analyzer.segment(text) if w.strip()]
    units: frozenset[str] = frozenset()
    while words and words[0] in lexicon.asked_units:  # 几个百分点: 个, then 百分点 → %
        units = lexicon.asked_units[words.pop(0)]
    if units and units.isdisjoint(COUNT_UNITS):  # 多少万千瓦的用电: the kilowatts are the load
        return units, None
    return units, _counted_term(words, index)


def _english_counted(text: str, index: Index) -> tuple[str | None, str | None]:
    """Return what "how many …" counts: the knowledge's word, or the word it never speaks of.

    How many pools → (矿池, None); How many jobs → (None, 就业), which no figure counts. The
    head is the phrase's last plural (how many mining pools; how many miners work in …), else
    its last word.
    """
    found = _HOW_MANY.search(text)
    if found is None:
        return None, None
    lexicon = index.analyzer.lexicon
    words = found["phrase"].split()
    head = next((w for w in reversed(words) if w.endswith("s") or w in _PLURALS), words[-1])
    chinese = translate(head, lexicon.glossary).split()
    if len(chinese) != 1 or chinese[0].isascii():
        return None, None
    term = lexicon.canonical(chinese[0])
    if index.knows(term):
        return term, None
    readers_own = term in lexicon.asked_units or term in _readers_words(index)
    return None, term if len(term) > 1 and not readers_own else None


def _counted_term(words: list[str], index: Index) -> str | None:
    """Return the head of the noun phrase: the last of the first run of nouns.

    疑似挖矿项目 → 项目, 负荷用于… → 负荷, 矿机的电 → 电 (too short to hold a count to); a word
    jieba has no part of speech for counts as a noun when the knowledge holds it (矿机) and ends
    the phrase when it does not (电在 in 多少电在挖矿, where jieba glued 电 to 在).
    """
    lexicon = index.analyzer.lexicon
    nouns: list[str] = []
    for word in words:
        tag = index.analyzer.part_of_speech(word)
        if tag is None and not index.knows(word):
            break  # 多少电在挖矿: jieba's guess 电在 glues the noun to a preposition
        tag = tag or "n"
        noun = tag.startswith("n") and word not in lexicon.question_words
        if noun:
            nouns.append(word)
        elif nouns and word != "的":  # 矿机的电: the head comes after 的
            break
    if not nouns or len(nouns[-1]) < 2:
        return None
    term = lexicon.canonical(nouns[-1])
    return term if index.knows(term) else None


def unknown_counted(text: str, index: Index) -> str | None:
    """Return what 多少/几 counts or 哪些 asks for when the knowledge never speaks of it.

    多少员工 → 员工, 有哪些案例 → 案例; ``text`` is what follows 多少/几/哪些. No figure of the
    article counts such a thing, so no passage answers the count: 国网四川公司有多少员工？ is not
    answered by p4's 26个 projects, nor 证券违法行为有哪些案例？ by p20. None when what is asked
    is known, the reader's own word (几个地方), not a noun, or a unit (多少万千瓦).
    """
    lexicon = index.analyzer.lexicon
    words = [w for w in index.analyzer.segment(text) if w.strip()]
    while words and words[0] in lexicon.asked_units:
        words.pop(0)
    if not words or len(words[0]) < 2 or words[0] in _readers_words(index):
        return None
    tag = index.analyzer.part_of_speech(words[0]) or ""
    term = lexicon.canonical(words[0])
    return term if tag == "n" and not index.knows(term) else None  # not a guessed name (啊啊啊)


def _readers_words(index: Index) -> frozenset[str]:
    """Words of how readers ask (几个地方, how many things), never what they count."""
    lexicon = index.analyzer.lexicon
    return lexicon.question_words | lexicon.aspect_words
