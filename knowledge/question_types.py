"""Question types: what kind of answer a question asks for (a date, a figure, a person …).

Read from the cue words of ``cues.tsv`` and from turns of phrase no single word gives: 下一次
asks about times after the article's, 已经…了吗 whether something has happened, 去新疆了吗
where someone went.
"""

from __future__ import annotations

import re

from knowledge.analyzer import Analyzer
from knowledge.counting import TIME_GIVEN, WHATS_ONES_HASHRATE, asks_among, names_several
from knowledge.lexicon import Lexicon

_SPACE_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
"""Spaces a reader types between Chinese words (矿工 后来 去了 哪里): Chinese writes none."""
_GIVEN_DEADLINE = re.compile(r"\d{1,2}月(?:\d{1,2}[日号]|底|末|初)?(?:之)?前")
"""A date the question names with 前 (6月底前, 6月20日前): a deadline given, not asked, when
the question counts something by it."""
_RELATIVE_WH_WORDS = "when|who|whom|whose|where|which|why"
_WH_WORD = re.compile(rf"(?<![a-z])(?:what|how|{_RELATIVE_WH_WORDS})(?![a-z])")
_RELATIVE_WH = re.compile(rf"(?<![a-z])(?:{_RELATIVE_WH_WORDS})(?![a-z])")
_JOINED = (" and", " or", ",")
"""A later wh-word asks too only when joined to the first: "When and where …?", "what must
I do, and by when?" (with ``_PREPOSITION_AT_END``)."""
_PREPOSITION_AT_END = re.compile(r"(?<![a-z])(?:by|until|till|from|since)$")
_MUST = re.compile(r"\b(?:gotta|have to|has to|must|need to|needs to|got to)\b")
"""When must…: an obligation with a time is a deadline."""
_BY_AT_END = re.compile(r"(?<![a-z])by\W*$")
"""A when question ending in by asks a deadline (when do I have to switch my rigs off by?)."""
_DAYS_APART = re.compile(
    r"(?:早|晚|迟|差|相差|隔|相隔|间隔)了?几天"
    r"|\bhow many days (?:between|after|before|apart)\b|\bdays apart\b"
)
"""金融委会议比内蒙古早几天？ How many days between …?: how far apart two dates lie, which the
passages giving the two dates tell."""
_BARE_WHAT_IS = re.compile(
    r"[^的嘅嗰句,，]{1,10}(?:是什么|[是系](?:咩|乜嘢?)(?:嘢)?嚟?㗎?)[?？!！]*"
)
"""区块链是什么？ 区块链係咩嚟？ ask what a thing is; 刘鹤的简历是什么？ asks for something of a
thing, A那首诗第一句是什么？ for a line of a quote."""
_WHAT_IT_DOES = re.compile(
    r"^what (?:does|do) (?:a |an |the )?[a-z. ]+(?<! to) do\W*$|(?<!不)能(?:干|做)(?:啥|什么)\W*$"
    r"|^what (?:does|do) [^?]{1,40} mean\W*$"
    r"|有(?:啥|什么)用\W*$|是(?:做|干)(?:啥|什么)的\W*$"
)
"""What does Binance do? 区块链能干啥？ ask what a thing is for, What does EH/s mean? what a word
means: a definition answers them (not a figure's: What does the 8.05 figure mean?).
Not 刘鹤是干啥的？, which asks a person's posts (p17 names them), nor 云南电厂不能干啥？, what
a rule forbids."""
_SOMEONE_DOES = re.compile(
    r"(?:老哥|大哥|哥们|老兄|老铁|那人|这人|那位|这位|此人|的人|他|她)是(?:做|干)(?:啥|什么)的\W*$"
)
"""那个说惨烈又壮观的老哥是干啥的？ asks who someone is (从业者C), not what a thing is for."""
_REMIND_ME = re.compile(
    r"(?P<asked>\b(?:was|were|did|ran|held|said|met|chaired|issued|published|led)\b[^?？]*?"
    r"|\b(?:deadline|date|name|title)\b)"
    r"\s+again\s*[?？.!]*\s*$"
    r"|\bagain\s*[-–—:：]"
)
"""where were the pilot zones again? Who ran that meeting again? when's the deadline again?
Timeline again - …: "again" ending a question in the past, after a name or date asked, or
before a dash that opens the question asks to be reminded, not about later (When will Sichuan
allow mining again? does)."""
_LATER_PEOPLE = re.compile(
    r"\blater (?=practitioners|generations|people|miners|ones|comers)|\bcome later\b"
    r"|后来(?=的?(?:行业)?(?:从业者|人|者|矿工))"
)
"""later practitioners, those who come later, 后来的从业者: people who come after, no question
about a time after the article's."""
_OTHER_OCCASIONS = re.compile(
    r"还(?:[\u4e00-\u9fff]{1,3}?)过(?:哪些|什么|啥|几|别的)|^\W*what else (?:did|has|have)\b"
)
"""刘鹤还主持过哪些会议？ 金融委还开过哪些会？ What else did Liu He chair?: other occasions than
the one the article tells of (not "Stocks, bonds and what else…?", which asks the third item)."""
_THIS_TIME = re.compile(r"(?<=[这那])回")
"""这回, 那回: this time; 这回到底要关多少？ holds no 回到 (get back to), which asks about later."""
_AFTER_A_DATE = re.compile(
    r"(?:\d[日号]|月底|\d\.\d{1,2}|[那这一]天)\s*(?:以后|之后)|\bafter\s+\d+月(?:\d+日)?(?![\d日])"
    r"|\bnext\s*[?.!]*\s*$"
)
"""6.30以后会怎样？ 6月20日之后呢？ after June 20, after June, Which province will ban mining
next?: after the article's dates, of which it cannot speak."""
_WENT_TO = re.compile(
    r"(?:去|搬到|搬去|迁到|迁往|跑到|跑去|转移到)(?P<place>[\u4e00-\u9fff]{2,3})了[吗么没]"
)
"""去新疆了吗？: whether someone went to a place, which only a passage telling where something
went answers (the lead names 新疆 as a place that banned mining before)."""
_HAPPENED = re.compile(
    r"(?:已经|已|被(?!勒令|责令|要求|命令|下令|点名|点到|提到|提及|列入|列进|写进|写入|通知|告知))"
    r"(?:(?!啥|什么|哪|谁|几|多少)[^，,。？?]){1,14}"
    r"了(?:吗|么|没有?|[？?!！]*$)"
    r"|(?:完成|做完|搞定|弄完|关完|办完|清完|建成|建好|建完|落成|投产)了(?:吗|么|没有?)"
    r"|(?:最后|最终|后来|真的)(?:都|全|真的?)?(?:(?!啥|什么|哪|谁|几|多少)[^，,。？?]){1,8}了(?:吗|么|没有?)"
    r"|(?:被|受到?|遭到?)(?:处罚|惩罚|罚款|罚|处分|惩处|查处)"
    r"|(?:建|推进)得(?:怎么样|咋样|如何)|进展(?:怎么样|咋样|如何)"
    r"|(?:罚|处罚|查处|惩处|处分|查封)了(?:哪|谁|几|多少)"
    r"|\b(?:were|was|got|have been|has been) (?:punished|fined|penali[sz]ed|prosecuted)\b"
)
"""已经…了吗？ 被…了没？ 有几条被取消了？ 云南6月底完成了吗？ 示范区建成了吗？ 真的…了吗？
示范企业有没有被处罚？ 示范区建得怎么样了？ 云南罚了哪些企业？: whether something has happened (who
was punished), which a passage only ordering it (立即中止供电, 严肃查处) does not say.
Being ordered (被勒令…了) or notified (被通知了吗？) is what an order says; 被划进啥试点了？ asks
what, not whether."""
_FORBIDDEN = re.compile(r"不准|不许|不让|不得|禁止|严禁|\b(?:banned|forbidden|not allowed)\b")
"""What a rule forbids (今后不准再批): the article's rules say it, however far ahead it looks."""
_STILL_ALLOWED = re.compile(
    r"还(?:能|敢|可以|让|准|许|给)(?:再(?=[给让批卖送供]))?(?!再)[^，,。？?]*(?:吗|么|不|没)(?:[？?!！]+|$)"
)
"""今后还能给挖矿的立项不？ 往后还给批吗？ 还能再给矿场供电吗？(通知第二条怎么说): whether
something is still allowed or still done, which a rule stopping it answers (not 还能再见到吗？,
again, nor 6月底之后还能挖吗？, after a date the article gives)."""
_FAILS_THEN = re.compile(
    r"(?:没|未|不)能?(?:按期|按时|如期)?(?:关完|关停|关掉|完成|做到|到位|落实|执行|配合|合格|达标)"
    r"[^，,。？?]{0,8}(?:会|要)?(?:被|受到?)?(?:怎么|怎样|咋|如何|什么|啥)?"
    r"(?:处罚|惩罚|处分|罚|后果|下场|怎样|怎么样|咋样|咋办|咋整)"
    r"|\b(?:fail|fails|failed|failing|miss|misses|missed) (?:to|the deadline)\b[^?？]*"
    r"\b(?:penalt|punish|consequence|happen)"
    r"|\b(?:penalt|punish|consequence|what happens|what will happen)[^?？]*"
    r"\b(?:fail|fails|failed|miss|misses|missed) (?:to|the deadline)\b"
)
"""6月20日前没关完会怎么处罚？ 主体责任落实不到位会怎样？ What is the penalty if they fail
to…?: what befalls those who fail an order, which only a passage naming a penalty (查处,
中止供电) says."""
_HOW_FOUND = re.compile(
    r"(?:怎么|如何|咋|怎样|用什么办法|用啥办法)(?:样)?(?:找到|找出|发现|查到|查出|揪出|摸出|抓到|筛出)"
    r"|\bhow (?:did|do|does|were|was|are|is) [^?？]{0,40}?\b(?:find|found|identify|identified|"
    r"discover|discovered|detect|detected|spot|spotted|track|tracked) "
)
"""省电力公司是怎么发现那26个项目的？ How did the grid find the 26 projects?: how something was
found, which only a passage saying by what means (排查, 检查, 通过) tells."""
WHICH = r"(?:哪|(?<![那这旁周身左右东西南北里外上下前后])边)"
"""哪, or Cantonese 边 where it asks which (边几个), not where it is a side (那边八条, 旁边)."""
_WHICH_FEW = re.compile(rf"{WHICH}几(?!点)")
"""哪几个地方 (Cantonese 边几个) asks which ones, not how many (哪几点 is the points of a list,
counted)."""


_BECOME_WHAT = re.compile(r"(?<=[成作认称视])为(?=什么|啥|甚么)")
"""The 为 of 成为, 作为, 认为, 称为, 视为 before 什么 or 啥: 没能成为啥？ asks what, not why
(为啥)."""

_THESE_FEW = re.compile(r"[这那]几(?=[个家条项位场次份])|(?<=[这那])个(?=数)")
"""这几个矿池 points at ones already named and asks no count (这几个矿池有啥共同点？); nor does
这个数 (26这个数是咋回事？), whose 个数 is no 个数 (the number of)."""


def question_types(normalized: str, corrected: str, analyzer: Analyzer) -> frozenset[str]:
    """Return the types of a question, read from its text before and after translation.

    ``normalized`` is the question normalised and rid of chatter, ``corrected`` the same
    translated from English, with homophone typos mended and dates in digits.
    """
    lexicon = analyzer.lexicon
    types = _cue_types(normalized, lexicon) | _cue_types(corrected, lexicon)
    if _BARE_WHAT_IS.fullmatch(normalized.strip()) or _WHAT_IT_DOES.search(normalized):
        types |= {"define"}
    if "said" in types:  # 矿工B说的星河是啥意思？ asks what someone meant: the quote answers it
        types -= {"define"}
    if "named" in types:  # 电网公司全称是什么？ asks a name, which no definition gives
        types -= {"define"}
    if WHATS_ONES_HASHRATE.search(normalized):
        types |= {"howmuch"}  # What was Huobi Pool's hashrate before the drop?: a figure
    if TIME_GIVEN.search(normalized):
        types = (types - {"howmuch"}) | {"when", "deadline"}
    if _SOMEONE_DOES.search(normalized):
        types = (types - {"define"}) | {"who"}
    reminded = _THIS_TIME.sub("次", _REMIND_ME.sub(r"\g<asked>", normalized))
    reminded = _LATER_PEOPLE.sub(" ", reminded)
    if lexicon.later_pattern.search(reminded) or _AFTER_A_DATE.search(corrected):
        types |= {"later"}  # 金融委下一次开会是什么时候？ asks beyond the article's time
    if "howmuch" not in types and lexicon.after_event_pattern.search(reminded):
        types |= {"later"}  # 关停后矿机怎么处理？: the article tells nothing after its event
    went = _WENT_TO.search(normalized)
    if went and analyzer.is_place(went["place"]):
        types |= {"whither"}  # 四川的矿工去新疆了吗？
    if _FAILS_THEN.search(normalized):
        types |= {"penalty"}  # 没关完会怎么处罚？: what happens to those who fail
    if _HOW_FOUND.search(normalized):
        types |= {"method"}  # 怎么发现那26个项目的？: by what means
    if _OTHER_OCCASIONS.search(normalized):
        types |= {"others"}  # 刘鹤还主持过哪些会议？: more than the article's one occasion
    if _HAPPENED.search(normalized):
        types |= {"outcome"}  # 云南已经有矿场被中止供电了吗？: whether it has happened
    allowed = _STILL_ALLOWED.search(normalized) and not _AFTER_A_DATE.search(corrected)
    if "later" in types and (_FORBIDDEN.search(normalized) or allowed):
        types -= {"later"}  # 今后不准再干什么？ asks what a rule forbids from now on
    if asks_among(corrected) or _WHICH_FEW.search(corrected):  # 几个矿池里谁最惨？ 哪几个地方
        types -= {"howmuch"}  # ask which ones, not how many
    if names_several(corrected):  # 几个中国背景的矿池是不是都在掉？
        types -= {"howmuch"}
    if _DAYS_APART.search(normalized):  # 比内蒙古早几天？: two dates answer, no count
        types = (types - {"howmuch"}) | {"when"}
    return types


def _without_relative_clauses(text: str) -> str:
    """Drop English wh-words that open a relative clause rather than ask.

    In "What did miner A say when it ended?" and "good news for people who want a card",
    only the first wh-word asks; a later one asks too when joined to it ("When and where",
    "and by when").
    """
    first = _WH_WORD.search(text)
    if first is None:
        return text

    def asked_or_dropped(m: re.Match[str]) -> str:
        before = _PREPOSITION_AT_END.sub("", text[: first.end() + m.start()].rstrip())
        joined = before.rstrip().endswith(_JOINED)
        return m.group(0) if joined else " "

    rest = text[first.end() :]
    return text[: first.end()] + _RELATIVE_WH.sub(asked_or_dropped, rest)


def _cue_types(normalized: str, lexicon: Lexicon) -> frozenset[str]:
    """Return the question types whose cue words the text holds, longest cue first.

    A cue found is consumed, so 几号 ("which day") is a "when" cue and not also 几 ("how many");
    a cue listed under several types (几点: when, clock) gives them all.
    """
    text = _SPACE_IN_CHINESE.sub("", _without_relative_clauses(normalized))  # 去了 哪里
    text = _BECOME_WHAT.sub(" ", text)  # 成为啥 asks what it became, not why
    text = _THESE_FEW.sub(" ", text)  # 这几个矿池 names them, it does not count them
    without_given = _GIVEN_DEADLINE.sub(" ", text)
    if without_given != text and "howmuch" in _cues_in(without_given, lexicon):
        text = without_given  # 6月底前查处了多少家企业？ asks a count by a date it names
    found = _cues_in(text, lexicon)
    if "when" in found and (_BY_AT_END.search(text) or _MUST.search(text)):
        found.add("deadline")  # when do I have to switch my rigs off by? when must they stop?
    if "deadline" in found:
        found.add("when")
    return frozenset(found)


def _cues_in(text: str, lexicon: Lexicon) -> set[str]:
    """Return the types whose cues ``text`` holds, each cue consumed as it is found."""
    found: set[str] = set()
    for word, kinds, pattern in lexicon.cues_in_reach(text):
        if word not in text:  # cheap, and needed for either kind of match
            continue
        if pattern is not None:
            if pattern.search(text):
                found |= kinds
                text = pattern.sub(" ", text)
        else:
            found |= kinds
            text = text.replace(word, " ")
    return found
