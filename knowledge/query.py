"""A reader's question → what to look for: weighted terms, anchors, question types, language."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz, process

from knowledge.analyzer import DEADLINE_TERM, LABELLED, MONTH_PART_WORDS, RANKED_TERM, Term
from knowledge.chatter import asks_for_summary, cites_the_text, without_chatter, without_markup
from knowledge.clauses import asker_clauses, telling_clauses
from knowledge.counting import AskedCount, asked_count, unknown_counted
from knowledge.english import translate
from knowledge.facts import DateContext, extract_facts
from knowledge.index import Index
from knowledge.kinds import SAID_TERM
from knowledge.lexicon import Lexicon
from knowledge.list_items import ITEM_PREFIX, asked_item_word, asked_items
from knowledge.numerals import chinese_to_int
from knowledge.question_types import WHICH, question_types
from knowledge.text import detect_language, has_cjk, normalize
from knowledge.typos import correct_homophones, correct_near_sounds

MAX_QUESTION_CHARS = 500
PHRASE_TERMS = 3
"""A question naming this many known words asks about a phrase, not a word's definition."""
_FUZZY_CUTOFF = 85.0
_CHINESE_DATE = re.compile(
    r"(?<![一二三四五六七八九十哪每])(?P<month>十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?P<mark>[日号])"
    r"|(?P<tens>[一二三]?十[一二三四五六七八九]?)(?![一二三四五六七八九十几多余万亿个天周次]))?"
)
"""五月下旬, 六月二十日, 六月二十 (日 unsaid after a day with 十; 六月二 is no day): a date in
Chinese numerals, which the fact extractor reads in digits."""
_SITE_NAME = re.compile(
    r"(?<![A-Za-z0-9.-])[A-Za-z0-9-]+\.(?:com|net|org|io|cn|info)(?![A-Za-z0-9.])"
)
"""blockchain.com: a website is a name, however it is cased (btc.com is the article's)."""
_CHINESE_AMOUNT = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿哪几])(?P<number>[一二两三四五六七八九][十百千]?"
    r"(?:[一二三四五六七八九][十百]?)*)(?P<magnitude>万|亿)"
)
"""八百万千瓦, 两千万: an amount in Chinese numerals, which the fact extractor reads in digits."""
_ENGLISH_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+|(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z/])")
"""A capitalised English word inside a sentence: a name (Europe, Musk), not a sentence start;
an acronym anywhere (ETH, SEC), not a unit (EH/s)."""
_INTERROGATIVES = frozenset("谁哪啥几咋")
"""Characters that ask: a dictionary word holding one (由谁来) is a question word and its rest."""
_GOVERNOR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[省州市县](?:长|委书记))")
"""青海省长 is 青海's 省长, but jieba reads 青海省 + 长: the role is cut off first (甘孜州长,
雅安市长, 县长 too)."""
_SPACED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[a-z](?![a-z0-9]))")
"""Space between a translated word and a lone letter: "miner A" is the label 矿工A."""
_LETTER_BEFORE_WORDS = re.compile(r"(?<![a-z0-9])(?P<letter>[a-z])(?=[\u4e00-\u9fff])(?![股卡])")
"""A lone letter written straight before Chinese (A那首诗, 那个A说的): a speaker's label though
English drops it as its article; not A股 (the stock market) or A卡 (a graphics card brand)."""
_TONIGHT = re.compile(r"今(?:天|儿个?|个)(?:晚上|夜里)")
"""今天晚上 is 今晚 (tonight), as the article says it, before 今天 is dropped as asking."""
_EVENT_TYPES = frozenset({"who", "when", "how"})
"""Questions whose verb is what they ask about: who did it, when, how (币安怎么提现？)."""
_COMPLEMENTS = frozenset("到出完好掉来去上下开起成")
"""Resultative and directional complements: 查到, 传出, 搞完 are 查, 传, 搞 said another way."""
_LOCATIVES = frozenset("上下里中")
"""Locatives: after a noun they say where (历史上, 文件里) and count as jieba's ``f`` words do."""
_YES_NO = re.compile(r"吗\W*$|(?<![什怎那这多要])么\W*$|是否|能否|会不会|能不能|可不可以")
"""A yes-no question: its verb is what it asks (矿机能退货吗？)."""
_FINAL_VERSION = re.compile(
    r"正式(?:稿|版|文件|文档|的(?=[吗么不没嘛]))|(?:正式)?生效|定稿|最终版|\bfinal\b(?=\W*$)"
)
"""A document's final version (正式稿; the glossary makes "final version" 正式版; Is the plan
final?): whether a document is one is answered by the passage calling it a draft (征求意见稿),
not when one comes out (内蒙古的正式版什么时候出？)."""
_WHICH_VERSION = re.compile(r"(?:什么|啥|哪种|哪个)稿")
"""目前是什么稿？: which version a document is, which p22's 征求意见稿 answers."""
_WHETHER = re.compile(
    r"(?:[吗么不没吧]|没有)\W*$|是否|是不是|系咪|还是|\bor\b|^(?:is|was|are|were)\b"
)
"""A question asking whether or which of two: 是正式稿吗？ 还没定稿吧？ 定稿了没有？ 係咪正式版？
是征求意见稿还是正式文件？ Was it final? final or draft?"""
_RHETORICAL = re.compile(r"不是.*吗")
"""不是…吗 states what the reader believes (以前不是鼓励用水电吗？): the verb is their phrasing."""
_ADMINISTRATIVE = "省市州县区"
"""What an administration's name begins with after its place (四川省政府, 成都市政府)."""
_OBLIGED = re.compile(
    r"还能(?:不能)?[给让批卖送供]|要[做干]|得[做干]"
    r"|\b(?:supposed to|gotta|have to|must|should|need to)\b"
)
"""What someone may or must do (现在还能给矿场供电吗？ what are plants supposed to do now?): the
article's rules say it, so its "now" is the article's."""
NOW_OBLIGED_WEIGHT = 0.3
"""How much 现在 / now counts, unmatched, in a question about what someone may or must do."""
_EITHER_OR = re.compile(r"还是(?!.*[吗么嘛][?？!！\s]*$)|\bor\b")
"""X还是Y？ Is it 26 or 28?: the reader offers answers to choose from (not 还是…吗: still)."""
_OR_WORD = "还是"
_AT_ONCE_TERM = "立即"
"""At once (立即, 马上, right away): offered beside later, it makes later one of the answers."""
_LABEL_LETTER = re.compile(r"[a-d]")
"""The letter alone of a labelled speaker (B in 矿工A还是B)."""
_A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})[不没]\1")
"""A yes-no question asked as "A not A" (严不严, 有没有, 支持不支持): it asks about A."""
_STILL_GOING_ON = re.compile(r"(还(?:能|会|敢|可以))继续")
"""还能继续…吗？ asks whether something may go on, which an order stopping it answers: 继续
(go on) says nothing a passage holds (发电企业还能继续供电吗？ is p5's 立即停止…供电)."""
TELLING_WEIGHT = 0.2
"""How much a word the knowledge lacks counts in a clause that asks nothing (我老家在四川，…)."""
_WHICH_SOME = re.compile(r"\bwhich (?:two|three|four|five|six|[2-6]) (?=[a-z])")
"""Which two regions …? asks which regions, as 哪两个地方 asks 哪些地方: the number adds nothing
a cue or a passage could match."""
_WHICH_MEETING = re.compile(
    r"(?<=哪个|哪次|哪场|那次|那场|这次|这场|几次)会(?![议员计长场上话儿不])"
    r"|(?:(?<=什么|啥子)|(?<=啥))会(?=[的？?，,。!！]|$)"
)
"""四川这波是省里哪个会定的？ 开的是啥会？: 会 alone is a meeting (会议) after which, or after what
at the end of a phrase; not "will" (什么会涨价？) or a member (哪个会员)."""
_WHICH_BODY = re.compile(r"哪(?:个|些|家)(?=委员会)")
"""哪个委员会的要求？: the cue asks who; the word it asks about, 委员会, is the article's own."""
BEFORE_PLACE_WEIGHT = 3.0
"""How much 之后 counts when a question asks which places came before one (四川之前哪些地方…？):
the relation asked, which 随着内蒙古、新疆之后 states, outweighs what the places did (driven the
miners out, moved against them: no words of the lead)."""
BLANK_QUOTE = 5
"""How many characters a question must write just before its question word, as a passage has
them, to be the article's words quoted up to a blank (清风虽细难吹谁？)."""
BESIDES_WEIGHT = 0.3
"""How much a word after 除了 (besides …,) counts: 除了金融委开会，地方上还干了啥？ asks about
something else."""
CHOICE_WEIGHT = 0.7
"""How much a word of the knowledge on one side of a choice counts (先整改还是直接关？): the
passage need hold only one side. A word no passage holds counts fully (B是男的还是女的？)."""
_CHOICE = re.compile(
    r"(?:是|要|该)(?P<first>[^，,。？?是]{1,8}?)还是(?P<second>[^，,。？?吗呢]{1,8})"
)
"""A choice asked: 疑似项目是先整改还是直接关？"""
_OTHER_PLACES = re.compile(
    r"(?<![向给往到对和与跟比])(?:其他|其它|其余|别的|另外的?)(?:几个|哪些|那些|一些)?"
    r"(?:省份|省区|省|地方|地区)"
    r"|(?<!\bto )(?<!\bfrom )(?<!\binto )(?<!\bthan )(?<!\bwith )"
    r"\bother (?:provinces|regions|places|parts of china)\b"
)
"""其他省份做了什么？ What other provinces appear?: the provinces besides the news's own (not
those something goes to or is compared with: exported to other provinces)."""
OTHER_PROVINCES = "其他省"
"""The source of the one term standing for the other provinces: no place the question names."""
MARKET_REACTION_WEIGHT = 2.0
"""How much a market's reaction, which no passage reports, counts against an answer."""
_MARKET_REACTS = re.compile(
    r"(?:股市|股票|市场|币价|价格)[^，,。？?]{0,4}(?:反应|反响)"
    r"|\b(?:markets?|stocks?|shares|prices?)\b[^,?.]{0,16}\breact"
)
"""股市有啥反应？ Did the stock market react?: how markets moved, which the news never reports (p20
only asks to keep them stable); no one's reaction quoted."""
_BESIDES = re.compile(
    r"除了(?P<given>[^，,。？?！!]{1,16}?)(?:之外|以外)?(?=[，,]|还|也)"
    r"|\b(?:besides|apart from|aside from|other than)\b(?P<given_en>[^,?!.]{1,40}),"
)
"""What 除了 … or besides …, names (除了挖矿还…, Besides mining, …)."""
_COMPARED_IN_TIME = re.compile(
    r"(?<![相对无])比(?!特|例|较|如|方|重|率)(?P<given>[^，,。？?！!比]{1,8}?)[晚早迟]"
    r"(?=[吗么嘛呢吧些点了不多几？?，,]|$)"
)
"""云南的期限比四川晚吗？: the deadline of what is compared is asked, 四川 only the measure (as
after 除了), and 晚 is later, not 晚上."""
_READER_IS_AT = re.compile(
    r"我(?:现在|人|目前)?(?:在|住在|来自)(?P<place>[\u4e00-\u9fff]{2,4}?)"
    r"(?=看到|听说|刷到|读到|上班|工作|挖矿|开矿|住|生活|，|,|\s)"
)
"""我在台湾看到新闻说…: where the reader is, not what they ask about, even inside the asking
clause."""
_COMPARED_WITH = re.compile(
    r"(?:跟|与)(?P<given>[^，,。？?！!跟与同比]{1,6}?)(?:相)?比(?:起来)?(?!特|例|较|如|方|重|率)"
)
"""今天跟当时比变了啥？: 当时 is what the question compares with, and 比 no part of the next word
(jieba reads 比变)."""
_LAST = "最后"
"""最后 in a deadline question (最后deadline, 最后的日子) is the deadline asked, said twice."""
_REFERS_TO = re.compile(r"(?<![A-Da-d])说的是(?:哪|谁|啥|什么|甚么)")
"""又断网又断电，说的是哪儿的矿？: 说的是 asks what words refer to, not what someone said (unless
a speaker is named: C说的是今晚几点？)."""
_LIST_OF_ITEMS = re.compile(r"\blists?\b")
"""The last item on the notice's list: the list its items make, not a 名单 of names."""
_NAME_LIST = "名单"
_LEGALITY = re.compile(r"违法|犯法|合法|违规|\b(?:legal|illegal)\b")
"""Whether something is legal: 挖矿违法吗？ is bitcoin mining illegal in China now?"""
_LEGAL_WORDS = frozenset({"违法", "违规", "合法", "犯法"})
SPECIFIC_IDF = 1.5
"""A term this rare or rarer names something particular (私自, 许可); 挖矿 and 比特币, in most
passages of the article, do not."""
_FINALLY_SAID = re.compile(
    r"最后(?:都|又|还|就)?(?:跟|对|向|冲|朝|和)[^，,。？?]{1,8}?(?:说|讲|喊|念|道)"
)
"""最后跟矿机说了啥？: 最后 is when they spoke (in the end), not the article's 最后的堡垒."""
_AFTER_AN_EVENT = re.compile(r"(?:关|停|断|闸|完|结束|整顿|排查|清理|开)[了掉完矿电机场]{0,2}之后")
"""关矿之后, 排查结束之后: the event the reader dates their question by, not the lead's
随着内蒙古、新疆之后. (以后 stays: no passage holds it, so it keeps a question about what came
after — 关了以后电费退不退？ — from being answered.)"""
ASKED_DEADLINE_WEIGHT = 0.8
"""How much a deadline question's asking for a deadline counts, as a term every passage holding
a deadline matches: 四川的截止日期是哪天？ says little more than 四川 besides. Enough alone to
answer a bare 截止日期？ with the article's deadline."""
DICTIONARY_WEIGHT = 1.0
"""How much an English word found only through the dictionary counts (the glossary's: 1)."""
NOW = "当前"
"""The article's word for now: 现在, 目前, now are aliases of it."""
_NO_YEAR = date(1, 1, 1)
_DAY_WORD = re.compile(r"[日号]")
"""A date in a question names a day of the month only with 日 or 号 (今晚0点 names none)."""
_EITHER_WAY = re.compile(
    r"(?:涨|升|增|多)了?(?:还是|是|或者?)(?:跌|降|减|少|掉)|(?:跌|降|减|少|掉)了?(?:还是|是|或者?)(?:涨|升|增|多)"
)
"""是涨是跌, 跌了还是涨了: both directions offered, so neither is the question's word."""
_WHICH_OF = re.compile(r"(?:哪些|哪几|哪一些)(?P<rest>[^，,。？?！!]*)")
"""哪些 and what follows it, where the thing asked for is named (有哪些案例)."""
_WHICH_ONES = re.compile(
    r"哪些(?!人)|都有谁|分别|逐条|逐项|一条一条|一项一项|具体是哪|具体有哪|"
    rf"{WHICH}[几两三四五六七八九十]+[项条个家位点间]"
    r"|(?:都|具体)有(?:啥|什么)|具体内容|\bdetails? of\b"
    r"|\bwhat (?:exactly |actually |precisely )?(?:are|were) "
    r"(?:the |its |their |(?:[a-z]+ ){0,2}[a-z]+'s )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[a-z]+ )?[a-z]+s\b"
    r"|\bwhich (?:seven|eight|nine|ten|[7-9]|\d{2,}) (?:[a-z]+ )?[a-z]+s\b"
)
"""A question asking for the members of a group: 内蒙古的八项措施分别是什么？ 都有啥？ 具体内容？
What (exactly) are Inner Mongolia's eight measures? Which eight measures …? the details of …
(哪些人 asks who, as 谁 does; which two regions asks which, as which regions does.)"""
_ASKS_DAY = re.compile(
    r"几号|几日|多少号|哪天|哪一天|哪日|几月几|\b(?:which|what) (?:day|date)\b|\bon what day\b"
)
"""A when-question asking for a day, not only a month (會議是在五月幾號召開的？)."""
_BRAND_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z])"
    r"(?=[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Za-z][0-9]|[A-Z]{2}[a-rt-z]))[A-Za-z0-9]+"
)
"""A word written as brands are (F2Pool, ViaBTC, RTX3080, OKEx): a capital inside it, a digit, or
capitals before a small letter other than a plural's s (GPUs is no brand)."""
_POOL_NAME = re.compile(r"[\u4e00-\u9fff]+池")
"""A Chinese word ending in 池 as pools' names do (鱼池 is F2Pool, 蚂蚁矿池 AntPool)."""
_ASKS_DEED = re.compile(
    r"(?:做|干|办|搞)了?(?:点|些)?(?:什么|啥|嘛|甚么)|要干|让.{0,6}干|(?:咋|怎么|如何)(?:做|办|整)"
    r"|(?:下了?|有|给了?)(?:啥|什么|哪些)(?:具体)?(?:要求|命令)|命令(?:是)?(?:啥|什么)"
    r"|\b(?:do|doing|required?|requires|told|ordered|tell|tells|asks? of|asked of)\b"
)
"""What someone must do: 发电企业要干嘛？ 省里让电厂干啥？ 给电厂下了啥命令？ What did the notice
require of them? What does it ask of power generators? (Not 会议提出了什么要求？: the meeting's.)"""
_SHORT_YEAR = re.compile(r"(?<![\d.])(?P<year>1\d|2[0-5])年(?![代前后内间来多])")
"""A year said by its last two digits (示范区那事儿是19年搞的吧？); not 20年代, 10年前, 15年来."""
_MONTH_END_TYPO = re.compile(r"(?<=\d月)[低抵地](?![区方点位下])")
"""6月低, 6月抵: 底 (the end of the month) typed by its sound (not 6月地区, 6月低下)."""
_DAY_WITHOUT_MARK = re.compile(
    r"(?<![\d.])(?P<month>1[0-2]|[1-9])月(?P<day>[12]\d|3[01]|[1-9])"
    r"(?=前|之前|以前|那天|吗|吧|呢|是|这|那|和|跟|与|或|还是|到|至|[、？?，,。\s]|$)"
)
"""6月20前, 是5月25吗？ 6月20是啥日子？: a day typed without 日, which the fact extractor needs
(6月20日前)."""
_ASKS_UNIT = re.compile(
    r"(?:什么|啥|哪个|哪种)单位(?![^？?，,。]{0,4}的)|单位(?:是)?(?:什么|啥)"
    r"|\b(?:what|which) units?\b"
)
"""800万是什么单位？ 那个800万单位是啥？ What unit is the 800万 in?: the unit of a figure named
(not 800万是哪个单位报的？, where 单位 is a body that reported it)."""
_UNIT_WORD = "单位"
_CHECKING = re.compile(
    r"不是.{0,12}[吗么嘛]|对吧|对不对|没错吧|没记错|是吧|来着|\bright\s*\?|\b(?:was|is)n'?t it\b"
    r"|\bcorrect\s*\?"
)
"""A reader checking a figure or date they half remember (不是28个项目吗？ 是5月25对吧？ The
deadline was June 25, right?): a number the article lacks is their guess, not a thing asked
about (unlike 第50次会议讨论了什么？, which asks about a meeting the article never speaks of)."""
_DOTTED_DATE = re.compile(
    r"(?<![\d.:/])(?:(?P<year>20\d\d)[./](?P<year_month>\d{1,2})"
    r"|(?P<month>\d{1,2})(?P<mark>[./])(?P<day>\d{1,2}))"
    r"(?![\d%]|\.\d|[./]\d|\s*[个万亿倍元度千小分秒天年月周次台家项]"
    r"|(?<=\.\d)\s*[a-z]|(?<=\.\d\d)\s*[a-z]|\s*of\b)"
)
"""A date as readers type it: 6.20, 5/21, 6/20 deadline, 2019.8 (not 3.5个小时, 8.05%, 2.5
hours, 1/3 of)."""
_NUMERAL = re.compile(r"\d+(?:\.\d+)?")
_NO_YEAR_ANCHOR = "@0001"
_MONTH_DAY = re.compile(r"@\d{2}-\d{2}")


@dataclass(frozen=True)
class QueryTerm:
    """A term to look for.

    ``weight`` < 1 marks a fuzzy near-word or a filler the index lacks; ``known`` is False for a
    term no passage, title or heading holds.
    """

    term: str
    weight: float
    known: bool
    source: str
    alternatives: tuple[str, ...] = ()
    """Other terms that match as well (the Chinese words a dictionary gives an English one)."""

    @property
    def matches(self) -> tuple[str, ...]:
        """Return the term and its alternatives."""
        return (self.term, *self.alternatives)


@dataclass(frozen=True)
class Query:
    """What retrieval needs to know about a question."""

    text: str
    language: str
    terms: tuple[QueryTerm, ...]
    types: frozenset[str]
    units: frozenset[str] = frozenset()
    """Units a figure must carry to answer (多少台 → 台); empty when the question names none."""
    counted: str | None = None
    """The term a count question counts (有多少矿场 → 矿机), when the knowledge holds it."""
    counted_as: tuple[str, ...] = ()
    """Other terms a passage may count the same things by (几个疑似矿场 → 项目)."""
    places: frozenset[str] = frozenset()
    """The question's terms that name places the knowledge holds (四川)."""
    narrower: frozenset[str] = frozenset()
    """Narrower kinds a broad word of the question matches too (会议 → 座谈会)."""
    enclosing: tuple[tuple[str, str], ...] = ()
    """Named places and the larger places they lie in (雅安, 四川), when the knowledge holds
    the larger one."""
    roles: frozenset[str] = frozenset()
    """The question's terms that name roles people hold (主任): a passage must name them too."""
    nameable: frozenset[str] = frozenset()
    """In a what-is-it-called question, the terms naming things a passage may only count
    (26个项目叫什么名字？ → 项目)."""
    asks_title: bool = False
    """What a document is called (云南那个通知叫啥名字？): a title in 《》 answers."""
    items: frozenset[str] = frozenset()
    """The list items asked for (第二点 → ``§2``, 最后一条 → ``§last``)."""
    asks_deed: bool = False
    """Whether the question asks what someone must do (发电企业要干嘛？ What were they told?)."""
    asks_who_must: bool = False
    """Whether the question asks who must act (Who has to finish by June 20? 谁得在20号之前…)."""
    item_word: str | None = None
    """What the question calls the items (第二点 → ``§点``), as a list's introduction may count
    them (此次会议有两点…)."""
    counted_list_named: bool = False
    """Whether the question names what a list counted by its item word is introduced by (会上第三点:
    the meeting's 两点): only an item of such a list answers, not the notice's 3、."""
    labels: frozenset[str] = frozenset()
    """The speakers the question names that the article knows by a letter only (矿工a)."""
    asks_list: bool = False
    """哪些, 分别, 具体有哪八项: the question asks for the members of a group, one by one."""
    asks_ordinal: bool = False
    """第几次: the question asks which in a series, so an ordinal (第五十一次) answers it."""
    bare_legality: bool = False
    """挖矿违法吗？: whether something common to the whole knowledge is legal, naming no act."""
    ordinals: frozenset[str] = frozenset()
    """Numbers the question gives as ordinals (第二批 → ``#2``): a count (两批) is not one."""
    unknown_counted: str | None = None
    """What a count asks of when the knowledge never names it (多少员工 → 员工): nothing answers."""
    unknown_listed: str | None = None
    """What 哪些 asks for when the knowledge never names it (有哪些案例 → 案例): nothing answers."""
    asks_day: bool = False
    """几号, which day: a date with its day answers better than a month's part (5月下旬)."""
    asks_year: bool = False
    """哪年, what year: only a date with its year answers (刘鹤主任哪年进的政治局？ is not answered
    by p17's 5月21日), unless the question names what the date belongs to (197.61EH/s是哪年的
    数据？)."""
    asks_whether_many: bool = False
    """多吗, 多不多: whether there is much of something, which a passage saying 大量 answers with no
    figure (被放弃的水电多吗？)."""
    asks_became: bool = False
    """变成了啥: what a thing became, which where it ended (p11's 融入到了) tells."""
    blanks: tuple[str, ...] = ()
    """The article's words a question quotes up to a blank (清风虽细难吹谁？ → 风虽细难吹): a
    passage going on from them holds the answer, whatever kind of word the blank asks."""
    deadline_ranked: str | None = None
    """最早的截止日期, the latest deadline: ``"earliest"`` or ``"latest"`` of the deadlines the
    knowledge gives, which only the passage giving that one answers."""
    asks_ranking: bool = False
    """The largest, 最高, 最多: a ranking asked, which a passage saying which is most or giving
    figures to compare can answer (Which of the 26 projects was the largest? is not answered by
    p4, which only counts them); not 最多还能 or 最少要 (at most, at least)."""
    names_unnamed: bool = False
    """The name asked, or which ones, is of someone the articles never name
    (云南那个办公室人士叫啥名？ 金融委成员单位都有谁？)."""
    names_unknown_brand: bool = False
    """The question names a brand the knowledge never does (How many EH/s did F2Pool lose?)."""
    unasked_changes: frozenset[str] = frozenset()
    """For a question asking which one is biggest, not which changed most (哪个矿池的算力最大？),
    the words of a change (下降, 上涨 …): figures compared in a passage holding one (p16's
    下降幅度) rank changes and do not answer it. Empty for every other question."""
    which_body: tuple[str, ...] = ()
    """哪家公司, 哪些企业: the kind of body asked which one of, as the knowledge may hold it
    (视频里的矿场是哪家公司的？ is not answered by p9, which names no company)."""
    ranked_kind: str | None = None
    """What a ranking question asks which one of (哪个矿池…最多？, which pool → 矿池): figures
    compared in a passage that never names it rank other things."""
    ranked_places: frozenset[str] = frozenset()
    """The places of the kind a ranking asks which one of (哪个省 → 四川, 云南 …): a passage
    naming one names the kind."""
    asks_unit: bool = False
    """The question asks the unit of a figure it names (800万是什么单位？)."""
    per_unit: bool = False
    """The amount asked is per one thing (挖一个比特币要多少电？ How much does one machine use?)."""
    opposites: tuple[tuple[str, frozenset[str]], ...] = ()
    """Each question term with words saying its opposite (上涨 → 下降): a passage saying the
    opposite and not the term itself does not answer (哪个矿池的算力上涨了？)."""

    @property
    def anchors(self) -> tuple[QueryTerm, ...]:
        """Return the date and figure terms (``@…``, ``#…``)."""
        return tuple(t for t in self.terms if t.term[:1] in "@#")


_SOME_YEARS = re.compile(r"(?:那|这|前|近|头|过去)几年")
"""那几年, 前几年: a stretch of time the reader names, not a count asked (几)."""
_STILL_CANTONESE = re.compile(r"仲(?=[可能有要系会未唔点])")
"""Cantonese 仲 (still) before a verb is 还: 仲可唔可以继续供电？ reads 还可以继续供电吗？ (with
``_A_NOT_A_CANTONESE``); 仲点 (what else) is 还点, not the homophone 重点."""
_CANTONESE_IS = re.compile(r"(?<![关联体])系(?:点(?![解样名])|(?=[咩边几乜]))")
"""Cantonese 係 (系) before a question word is 是, and 係點 is 是怎样: 明月嗰句係點？ asks how
the line goes, 800萬千瓦係點得出嚟？ how it was reached. Read before homophones are mended,
which would make 句系 a typo of 据悉; 点解 asks why and 点样 how already (关系, 联系, 体系 stay)."""
_WHICH_CANTONESE = re.compile(
    r"边个(?=大会|会议|部门|单位|省|地方|地区|矿池|文件|通知|政府|城市|机构|平台|项目|企业|公司)"
)
"""Cantonese 边个 before a noun asks which one (礦工B提起邊個大會？ which conference), as 哪个;
before a verb it asks who (邊個主持？ 邊個會負責？)."""
_A_NOT_A_CANTONESE = re.compile(r"([\u4e00-\u9fff]{1,2})唔\1")
"""Cantonese A唔A (可唔可以, 用唔用得) asks whether A, as A不A and 吗 do."""
_A_FEW_HELD = re.compile(
    r"(?<=有)几(?=[台部个间座家只][^，,。？?！!]{0,12}[，,。](?=.*(?:[？?谁哪啥吗呢]|什么|多少|几)))"
)
"""我叔叔在乐山有几台矿机，他啥时候要关？: a few machines the reader tells of, in a clause before
the one that asks, not a count asked."""
_COIN_MOVES = re.compile(
    r"(?<=比特币)(?=\s*的?\s*(?:又|还|都|会|能|也|将|就|因此|因而)*\s*(?:下降|下跌|上涨|跌|涨|降))"
)
"""比特币跌了百分之几？ How much did bitcoin fall? ask the coin's price, which the article never
gives: its falls are of 算力 (比特币全网算力跌了多少？ names it); the price is read as asked."""
_DODGED_FEES = re.compile(
    r"逃(?:掉|了|过)*(?:的是|的)?(?=(?:哪些|哪几种|哪种|啥|什么|多少|些)?(?:费|钱))"
)
"""逃了哪些费, 逃的是啥钱: fees dodged, which p24 calls 逃废 (逃 alone, 矿工逃了吗？, is
fleeing)."""
_BRAND_CARDS = re.compile(r"(?<![a-z])[an]卡")
"""N卡, A卡: Nvidia's and AMD's cards, as gamers call graphics cards (显卡)."""
_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])里头")
"""圈里头, 省里头: 里头 is 里, the locative the words 圈里 and 省里 hold (alone it asks nothing)."""
_STOPS_SUPPLY = re.compile(r"停供|断供")
"""停供: the supply stopped, p5's 停止…供电 (the alias table reads it as 关停 alone)."""
_RELIES_ON = re.compile(r"靠着?(?=谁|哪)")
"""靠谁, 靠着哪家: who someone relies on, p24's 依托 (靠 alone is too many things: 靠谱, 靠近)."""
_PRICE_FALLS = re.compile(
    r"(?<!币)(?<!币的)(?<!币\s)(?<!币\s\s)(?:价格|价钱|prices?\b)\s*(?:现在|目前|如今|终于)?\s*(?:又|也|还|会不会|能不能|会|能|要)?"
    r"\s*(?:(?:expected|likely|set|going|about|to|go|come|coming|finally)\s+){0,3}"
    r"(?:下降|下跌|跌|降|掉|down\b)"
    r"|(?:下降|降)\s*(?:价格|价钱|price\b)"
)
"""显卡价格现在跌到多少了？ GPU 价格会 down 吗？ 显卡终于要降 price 了？ 显卡 prices 终于能降了？
Is the graphics card price expected to go down? ask how far the price fell (降价), not a fall
of 当前 算力; a coin's price (比特币价格会跌吗？ 比特币 prices 会跌吗？) is no 降价 of p14's
cards."""
_ASKS_YEAR = re.compile(r"哪一?年|什么年份|哪个年份|几几年|\b(?:what|which) year\b")
"""A year asked (``Query.asks_year``)."""
_WHICH_KIND = re.compile(
    r"哪一?(?:个|家|些|种|类|座|位)(?P<kind>[\u4e00-\u9fff]{1,4})"
    r"|\bwhich (?P<english>[a-z]+(?: [a-z]+){0,2})"
)
"""哪个矿池, which pool: the kind of thing a question asks which one of."""
_RANKING = re.compile(
    r"(?:最(?:大|高|低|严|狠|惨|厉害|划算|稳|抗|扛|耐|猛|凶|严重|[多少](?![还能也只就要得可]))"
    r"|\b(?:most|least|fewest|largest|biggest|smallest|highest|lowest)\b)"
    r"(?!的?[一那这]?(?:句|条|段|招))"
)
"""A ranking asked (``Query.asks_ranking``); a line judged (通知里最狠的一句) is the reader's
word for the line, no ranking the article gives."""
_SIZE_RANKING = re.compile(r"最(?:大|多|强)|\b(?:most|largest|biggest|strongest)\b")
_CHANGE_OR_IMPACT = "影响"
"""受影响最大: the worst hit, a ranking of changes though no change word is said."""


def _ranks_sizes(text: str, terms: dict[str, QueryTerm], lexicon: Lexicon) -> bool:
    """Whether a question asks which thing is biggest, not which changed most.

    哪个矿池的算力最大？ Which pool is the largest? rank what the things are; the article ranks
    only how far they fell (p16's 下降幅度), which a question names (跌得最多, 受影响最大).
    """
    if not _SIZE_RANKING.search(text):
        return False
    said = {w for t in terms.values() for w in t.matches}
    return said.isdisjoint(lexicon.change_words) and _CHANGE_OR_IMPACT not in said


def unknown_weight(term: str, index: Index) -> float:
    """How much a term no passage holds counts: fully for nouns and names, less for fillers.

    Weights come from ``unknown_word_weights.tsv`` by jieba part-of-speech tag (搞完 is a verb
    and counts little, 天气 a noun and counts fully); a single character (做, 全) takes the
    ``single`` weight, since alone it rarely carries the question; a word of
    ``aspect_words.txt`` (态度, 反应, happened) takes the ``aspect`` weight, one of
    ``subject_words.txt`` (买, 好吃) the ``subject`` weight; a curated domain word
    (以太坊, 美国) no article holds names another subject and takes the ``domain`` weight. A
    word jieba only guesses (最狠) is weighed by the tag its HMM gives it.
    """
    lexicon = index.analyzer.lexicon
    weights = lexicon.unknown_word_weights
    if term in lexicon.aspect_words:
        return weights.get("aspect", 1.0)
    if term in lexicon.subject_words or (
        len(term) > 1 and term[:-1] in lexicon.subject_words and term[-1] in _COMPLEMENTS
    ):  # 卖到 is 卖 with a complement
        return weights.get("subject", 1.0)
    if not has_cjk(term):
        return 1.0
    if len(term) == 1:
        return weights.get("single", 1.0)
    if term in lexicon.domain_words:
        return weights.get("domain", 1.0)
    tag = index.analyzer.part_of_speech(term) or index.analyzer.guess_part_of_speech(term)
    return weights.get(tag, 1.0) if tag else 1.0


def _is_false_word(term: str, index: Index) -> bool:
    """Whether jieba glued a word and its neighbour into a non-word (发了, 哪几个, 跌成).

    jieba guesses unknown runs of characters as words. A guess that holds a question word or
    particle (了, 哪), a one-character aspect word (整, 搞) or an alias of the article's
    vocabulary (跌 = 下降) is two words, not one;
    a guess without either may be a new name (中本聪) and stays whole. A dictionary word is
    cut only when it asks (由谁来).
    """
    lexicon = index.analyzer.lexicon
    if not has_cjk(term) or len(term) < 2:
        return False
    if index.analyzer.is_dictionary_word(term):
        return any(c in _INTERROGATIVES for c in term)  # 由谁来 asks who
    return any(
        c in lexicon.question_words or c in lexicon.aspect_words or lexicon.canonical(c) != c
        for c in term
    )


def _known_pieces(term: str, index: Index) -> list[str]:
    """Return the words of the knowledge inside ``term``, longest first, not overlapping."""
    canonical = index.analyzer.lexicon.canonical
    pieces = {term[i:j] for i in range(len(term)) for j in range(i + 2, len(term) + 1)} - {term}
    taken = [False] * len(term)
    found: list[str] = []
    for word in sorted(pieces, key=lambda w: (-len(w), term.find(w))):
        start = term.find(word)
        if not any(taken[start : start + len(word)]) and index.knows(canonical(word)):
            found.append(word)
            taken[start : start + len(word)] = [True] * len(word)
    return found


def _merge_options(terms: dict[str, QueryTerm]) -> None:
    """Make the answers a question offers one term any of them matches.

    6月20号关还是6月25号关？ 26还是28？ 矿工A还是B？: the passage holding one option answers; it
    need not hold both, and an option the article lacks (28) is no word it fails to cover.
    """
    kinds = (
        lambda t: t.term[:1] == "@",
        lambda t: t.term[:1] == "#" or _NUMERAL.fullmatch(t.term) is not None,
        lambda t: LABELLED.fullmatch(t.term) is not None or _LABEL_LETTER.fullmatch(t.term),
    )
    for is_option in kinds:
        options = sorted((t for t in terms.values() if is_option(t)), key=lambda t: not t.known)
        if len(options) < 2:
            continue
        head, *rest = options
        others = tuple(m for t in rest for m in t.matches if m != head.term)
        terms[head.term] = replace(head, alternatives=(*head.alternatives, *others))
        for t in rest:
            del terms[t.term]
    terms.pop(_OR_WORD, None)


_WORD_OPTIONS = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,6})还是(?:所有|全部|别的|其他|其它)?的?")
"""白天还是晚上, 比特币还是所有虚拟货币: two words offered, the second after 还是."""


def _merge_word_options(terms: dict[str, QueryTerm], normalized: str) -> None:
    """Make two words offered either side of 还是 one term either of them matches.

    小视频拍的是白天还是晚上？: the passage saying 19日晚 answers, though no passage says 白天;
    an offered word the article lacks is no word it fails to cover. Single characters (买还是等)
    are verbs weighed for what they ask, not offered answers.
    """
    for m in _WORD_OPTIONS.finditer(normalized):
        words = [t for t in terms.values() if len(t.source) > 1]
        before = [t for t in words if m["first"].endswith(t.source)]
        after = [t for t in words if normalized.startswith(t.source, m.end())]
        if len(before) != 1 or len(after) != 1 or before[0] is after[0]:
            continue
        _merge_into_one(terms, [before[0], after[0]])


_ENGLISH_OPTIONS = re.compile(
    r"(?P<first>[^\s?!.,]+)\s+or\s+(?:(?:on|in|at|by|via|the|a|an)\s+)*(?P<second>[^\s?!.,]+)"
)
"""Douyin or WeChat Moments, on Douyin or on WeChat Moments: two words offered either side of
"or" once the glossary has put them in Chinese (douyin or 朋友圈)."""


def _merge_english_options(terms: dict[str, QueryTerm], corrected: str, index: Index) -> None:
    """Make two words offered either side of an English "or" one term either of them matches.

    Was the clip shared on Douyin or on WeChat Moments?: p9's 朋友圈 answers, and Douyin, which
    the article lacks, is no word it fails to cover (as 抖音还是朋友圈 in Chinese). Places stay
    apart: Which came first, Qinghai's notice or Yunnan's? compares the two.
    """
    for m in _ENGLISH_OPTIONS.finditer(corrected):
        before = [t for t in terms.values() if t.source == m["first"]]
        after = [t for t in terms.values() if t.source == m["second"]]
        if len(before) != 1 or len(after) != 1 or before[0] is after[0]:
            continue
        if not any(index.analyzer.is_place(t.term) for t in (*before, *after)):
            _merge_into_one(terms, [before[0], after[0]])


def _merge_into_one(terms: dict[str, QueryTerm], options: list[QueryTerm]) -> None:
    """Make ``options`` one term: the known and weightiest, the others' words its alternatives."""
    head, *others = sorted(options, key=lambda t: (not t.known, -t.weight))
    extra = tuple(w for t in others for w in t.matches if w not in head.matches)
    terms[head.term] = replace(head, alternatives=(*head.alternatives, *extra))
    for other in others:
        del terms[other.term]


_GLOSSARY_OPTIONS = re.compile(r"[\u4e00-\u9fff]+(?:\|[\u4e00-\u9fff]+)+")
"""批复|批准: words the glossary gives as alternatives for one English word (approve)."""


def _merge_glossary_options(terms: dict[str, QueryTerm], corrected: str) -> None:
    """Make the words the glossary offers for one English word (批复|批准) one term.

    Approve is 批复 in p23 and 批准 in p8: a passage holding either holds the word, and the
    other is no word it fails to cover.
    """
    for m in _GLOSSARY_OPTIONS.finditer(corrected):
        words = m[0].split("|")
        found = [t for t in terms.values() if t.source in words]
        if len(found) >= 2:
            _merge_into_one(terms, found)


_WHO_MUST = re.compile(
    r"谁(?:得|要|需要|必须|应该|应当)|\bwho\b.*\b(?:has to|have to|had to|must|needs? to|"
    r"(?:is|are|was|were) (?:told|required|supposed|ordered) to|gotta)\b"
)
"""Who has to finish by June 20?, 谁得在20号之前把活干完？: who a text obliges to act."""


def _names_a_titled_thing(corrected: str, titled: frozenset[str]) -> bool:
    """Whether a what-is-it-called question asks a titled thing's name (云南那个通知叫啥？).

    A document the question names only as where a name stands (通知里管国企发电厂叫啥？ What is
    the state grid's branch called in the notice?) asks the name of something else.
    """
    if not titled:
        return False
    rest = _in_a_document(titled).sub(" ", corrected)
    return any(word in rest for word in titled)


@functools.lru_cache(maxsize=8)
def _in_a_document(titled: frozenset[str]) -> re.Pattern[str]:
    """Match a titled word named as where something stands: in the notice, 通知里."""
    words = "|".join(sorted(map(re.escape, titled), key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|within)\s+(?:the|that|this|its)\s*(?:{words})|(?:{words})(?=里面|里头|当中|里|中)"
    )


def _keep_people(terms: dict[str, QueryTerm], speakers: frozenset[str]) -> None:
    """In a question on what someone said or who did it, a speaker word means the people.

    The glossary reads miners as 矿工 or 矿机 (the machines: the miners were switched off), but
    How did miners feel about it? asks the people.
    """
    for word, term in list(terms.items()):
        if word in speakers and term.alternatives:
            people = tuple(a for a in term.alternatives if a in speakers)
            terms[word] = replace(term, alternatives=people)


def _read_parts_as_sealed_word(terms: dict[str, QueryTerm], sealed: frozenset[str]) -> None:
    """Let a part of a sealed word the question names match that word too.

    大数据科技公司是真搞数据的吗？ speaks of 大数据 throughout: its 数据 is p8's 大数据 as well,
    though a question without 大数据 (谁给的数据？) means btc.com's data alone.
    """
    named = sorted(w for w in sealed if w in terms)
    for word, term in list(terms.items()):
        holders = tuple(w for w in named if word != w and word in w)
        if holders:
            terms[word] = replace(term, alternatives=(*term.alternatives, *holders))


def _counted_as(counted: str | None, terms: Iterable[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Return the words a passage may count the counted thing by, as qualified (counted_as.tsv).

    几个疑似矿场 counts what p4 counts as 26个疑似“挖矿”项目; 几台矿机 counts no project.
    """
    if counted is None:
        return ()
    return tuple(word for term in terms for word in lexicon.counted_as.get((term, counted), ()))


def _is_figure_or_date(term: str) -> bool:
    """Whether ``term`` is a figure or date anchor (#28, @2018) or a bare number (28)."""
    return term[:1] in "@#" or _NUMERAL.fullmatch(term) is not None


_ASKS_WHICH = re.compile(r"哪|谁|边度|边啲|边个|边几|\b(?:which|what|who|other)\b")
"""Which places (or who) came before one (哪些地方, 谁, which regions, who, other provinces;
Cantonese 边度, 边啲地方)."""
_BEFORE = re.compile(r"\bbefore\s+([\u4e00-\u9fff]{2,3})")
"""Before a place, translated (before 四川)."""
_BEFORE_PLACE = re.compile(r"之前|前面|前头")
"""After a place: 四川之前, 四川前面被清退的 (以前 is "formerly": 四川以前鼓励过)."""
_EARLIER_THAN = re.compile(r"比([\u4e00-\u9fff]{2,3}?)省?(?:还|更)?[先早]")
"""Earlier than a place (哪些地方比四川先关？): before it."""


def _names_place_before(text: str, index: Index) -> bool:
    """Whether ``text`` says 之前 right after a place (在四川之前, 四川前面) or before one.

    Which (哪) places came before one is said the other way round in the news:
    随着内蒙古、新疆之后，四川也没能… answers 四川之前，哪些地方已经不让挖了？ (四川之前就停电了吗？
    asks no such thing.)
    """
    for m in _BEFORE_PLACE.finditer(text):
        before = text[: m.start()].removesuffix("省").removesuffix("区")
        if any(len(before) >= n and index.analyzer.is_place(before[-n:]) for n in (2, 3)):
            return True
    return any(  # before Sichuan, once translated: before 四川; 比四川先
        index.analyzer.is_place(m[1][:n])
        for pattern in (_BEFORE, _EARLIER_THAN)
        for m in pattern.finditer(text)
        for n in (2, 3)
    )


def _meeting_said(terms: dict[str, QueryTerm], lexicon: Lexicon) -> bool:
    """Whether 说/say asks what a meeting decided: a meeting is named and no speaker.

    那次会说的两点具体是啥？ What did the two points of the meeting say?: the points, not the
    miners' quotes; B说的那个大会 and What did Liu He say at the meeting? name who spoke.
    """
    if SAID_TERM not in terms or terms.keys().isdisjoint(lexicon.meeting_words):
        return False
    return not _names_speaker(terms, lexicon)


_THOUGHT = "觉得"
"""What someone the article quotes thought is what they said (B觉得…, 矿工们觉得…)."""


def _said_by_place(normalized: str, terms: dict[str, QueryTerm], index: Index) -> bool:
    """Whether 说 follows a place (云南说的是…): what its authorities decided, no one quoted."""
    places = [t for t, q in terms.items() if q.known and index.analyzer.is_place(t)]
    return any(f"{place}说" in normalized or f"{place}那边说" in normalized for place in places)


def _names_speaker(terms: dict[str, QueryTerm], lexicon: Lexicon) -> bool:
    """Whether a question names someone the article quotes (刘鹤, 矿工, a letter: B说的)."""
    return any(
        t in lexicon.speaker_words or LABELLED.fullmatch(t) or _LABEL_LETTER.fullmatch(t)
        for t in terms
    )


def _unless_about_the_same(terms: dict[str, QueryTerm], word: str, index: Index) -> None:
    """Make ``word`` a term the knowledge lacks unless a passage holds it with another term.

    现在 (now) is the article's 当前 only for what the article gives now (当前…算力): 刘鹤现在还是
    副总理吗？ asks about today, which no passage on 刘鹤 speaks of.
    """
    found = terms.get(word)
    if found is None or not found.known:
        return
    holding = set(index.holding((word,), index.postings).tolist())
    others = [t for t in terms.values() if t.known and t.term != word]
    if not any(
        holding.intersection(index.holding(t.matches, index.postings).tolist()) for t in others
    ):
        terms[word] = QueryTerm(f"{word}?", 1.0, False, found.source)  # matches no passage


_CLAUSE_WORDS = re.compile(r"[a-z]+|[^\W\d_a-z]")
"""English words and single characters of other scripts (Chinese, one by one)."""


def _only_asks(clause: str, lexicon: Lexicon) -> bool:
    """Whether ``clause`` holds nothing but question words and greetings (在吗？ 你好， hi,)."""
    clause = lexicon.without_question_phrases(clause)
    words = _CLAUSE_WORDS.findall(clause)
    return all(w in lexicon.question_words or w in lexicon.english_stopwords for w in words)


def _dotted_date(m: re.Match[str], index: Index) -> str:
    """Write a typed date the article's way (6.20 → 6月20日, 2019.8 → 2019年8月).

    A month and day with a dot stay a number when the article holds that figure (8.05%) or the
    day is written with a leading zero (6.9 is June 9; 6.05 is a number).
    """
    if m["year"]:
        month = int(m["year_month"])
        return f"{m['year']}年{month}月" if 1 <= month <= 12 else m[0]
    month, day = int(m["month"]), int(m["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m[0]
    if m["mark"] == "." and (index.knows(f"#{m[0]}") or (m["day"].startswith("0"))):
        return m[0]
    return f"{month}月{day}日"


def _is_titled(term: str, index: Index) -> bool:
    """Whether a passage gives ``term`` a title, as news names people (金融委主任刘鹤).

    刘鹤是干啥的？ asks a person's post, which the title answers: no definition is needed.
    """
    roles = index.analyzer.lexicon.role_words
    for number in index.holding((term,), index.postings).tolist():
        entry = index.passages[number]
        text = entry.passage.text
        for start, _ in entry.spans.get(term, ()):
            if any(text[max(start - len(role), 0) : start] == role for role in roles):
                return True
    return False


def _recut_glued(terms: list[Term], text: str, index: Index) -> list[Term]:
    """Move a character across jieba's cut when that makes two known words of an unknown one.

    矿机关了 is 矿机 + 关 (停), but jieba reads 矿 + 机关, a word no passage holds.
    """
    canonical = index.analyzer.lexicon.canonical
    cut = sorted(terms, key=lambda t: (t.start, t.end))
    for i in range(len(cut) - 1):
        before, after = cut[i], cut[i + 1]  # a pair mended here is seen mended by the next
        if before.end != after.start or not has_cjk(text[before.start : after.end]):
            continue
        if not index.knows(after.term) and after.end - after.start > 1:
            moved = after.start + 1  # its first character joins the word before: 矿 + 机
        elif not index.knows(before.term) and before.end - before.start > 1:
            moved = before.end - 1  # its last character joins the word after
        else:
            continue
        left, right = canonical(text[before.start : moved]), canonical(text[moved : after.end])
        if index.knows(left) and index.knows(right):
            cut[i], cut[i + 1] = Term(left, before.start, moved), Term(right, moved, after.end)
    return cut


def _drop_split_halves(terms: dict[str, QueryTerm], text: str, index: Index) -> None:
    """Drop a character that is half of another term's word said split (断矿场的电 is 断电).

    In 矿场的电啥时候断？ the event asked is 断电, an alias of 关停; 电 alone would ask for the
    one passage saying 电 rather than the deadline's. Only in when questions: in 停了多少电？
    电 is the amount asked.
    """
    variants = index.analyzer.lexicon.variants
    for char in [t for t in terms if len(t) == 1 and has_cjk(t)]:
        for other in terms:
            halves = {v.replace(char, "", 1) for v in variants(other) if len(v) == 2 and char in v}
            if any(half and half != char and half in text for half in halves):
                del terms[char]
                break


def _date_in_digits(m: re.Match[str]) -> str:
    """六月二十日 → 6月20日."""
    if m["day"]:
        day = f"{chinese_to_int(m['day'])}{m['mark']}"
    else:
        day = f"{chinese_to_int(m['tens'])}日" if m["tens"] else ""
    return f"{chinese_to_int(m['month'])}月{day}"


def _asks_yes_or_no(text: str) -> bool:
    """Whether the question asks yes or no about something, not rhetorically."""
    return _YES_NO.search(text) is not None and _RHETORICAL.search(text) is None


def _names_event(term: QueryTerm, index: Index, asks_who: bool = False) -> bool:
    """Whether an unknown verb names the event a who, when or how question asks about.

    刘鹤什么时候退休？ 币安什么时候成立的？ 币安怎么提现？ ask about something the article never
    mentions, so the verb counts fully; a verb with a complement (查到, 传出) is the reader's
    way of saying a known verb, and an aspect word (动手) is how they ask. In a who question a
    one-character verb counts too (视频是谁拍的？): who did it is all that is asked.
    """
    word = term.term
    return (
        (len(word) > 1 or asks_who)
        and word[-1] not in _COMPLEMENTS
        and word not in index.analyzer.lexicon.aspect_words
        and (_tag(word, index) or "").startswith("v")
    )


def _tag(word: str, index: Index) -> str | None:
    """Return jieba's part of speech of ``word``, or its HMM's guess for a word it lacks (来付).

    No guess for a word one character off a word of the knowledge: 召看 is a typo of 召开.
    """
    tag = index.analyzer.part_of_speech(word)
    if tag is not None or _one_character_off(word, index):
        return tag
    return index.analyzer.guess_part_of_speech(word)


def _measured_word(term: str, index: Index) -> str | None:
    """Return the word after a number or measure word jieba glued to it, if the knowledge holds it.

    念了首诗 is 首 + 诗, 两句诗 两 + 句 + 诗; 最狠 (最 + an adverb the knowledge lacks) is not.
    """
    if len(term) > 3 or not has_cjk(term):
        return None
    for cut in range(1, len(term)):
        head, word = term[:cut], term[cut:]
        counted = all((index.analyzer.part_of_speech(c) or "")[:1] in ("m", "q") for c in head)
        if counted and index.knows(word):
            return word
    return None


def _one_character_off(word: str, index: Index) -> bool:
    """Whether the knowledge holds a word of the same length differing in one character."""
    return any(
        len(w) == len(word) and sum(a != b for a, b in zip(w, word, strict=True)) == 1
        for w in index.fuzzy_choices(word)
    )


def _place_prefix(term: str, index: Index) -> tuple[str, str]:
    """Split a known organ of a known place (四川省政府 → 四川, 省政府).

    Only where the rest names an administration (省…, 市…): 中和凤栖, a project, is no place
    中和 and a 凤栖.
    """
    for end in range(2, len(term) - 1):
        place, rest = term[:end], term[end:]
        if (
            rest[0] in _ADMINISTRATIVE
            and index.analyzer.is_place(place)
            and index.knows(place)
            and index.knows(rest)
        ):
            return place, rest
    return "", term


def _resolve(term: str, index: Index) -> list[QueryTerm]:
    """Map a question term onto the index: itself, its sub-words, or a near-word.

    A compound the index lacks (今天天气) is split into the sub-words it knows (今天) and the
    rest (天气), which stays as an unknown term so that it still counts against answers; a
    curated domain word stays whole (水电站 is no 水电 + 电站).
    """
    if index.knows(term):
        place, rest = _place_prefix(term, index)
        if place:  # 四川省政府: 四川 and the 省政府 of p3's 省政府第73次常务会议
            return [QueryTerm(place, 1.0, True, term), QueryTerm(rest, 1.0, True, term)]
        if term in _LOCATIVES:  # 用在挖矿上: 上 says where, as p12's 历史上 does; it names nothing
            weight = index.analyzer.lexicon.unknown_word_weights.get("f", 1.0)
            return [QueryTerm(term, weight, True, term)]
        return [QueryTerm(term, 1.0, True, term)]
    number = f"#{term}" if _NUMERAL.fullmatch(term) else term  # 26, 126.83
    if index.knows(number):  # the 26 projects: p4's 26个
        return [QueryTerm(number, 1.0, True, term)]
    if number in index.rounded_figures:  # 197 is 197.61 rounded
        return [QueryTerm(index.rounded_figures[number], 1.0, True, term)]
    if term[:1] in "@#":
        return [QueryTerm(term, 1.0, False, term)]
    lexicon = index.analyzer.lexicon
    untranslated = term in lexicon.aspect_words or term in lexicon.subject_words
    if term in index.places_by_pinyin:  # Liangshan is 凉山
        return [QueryTerm(index.places_by_pinyin[term], 1.0, True, term)]
    if term.isascii() and term.isalpha() and not untranslated:  # money is no 货币
        chinese = index.translate(term)
        if chinese:
            return [QueryTerm(chinese[0], DICTIONARY_WEIGHT, True, term, chinese[1:])]
    asked, word = term[0], term[1:]  # 咋处理: 咋 asks how, then the word 处理
    if asked in _INTERROGATIVES and len(word) > 1 and index.analyzer.is_dictionary_word(word):
        return _resolve(lexicon.canonical(word), index)
    if _is_false_word(term, index):
        return [
            found
            for char in term
            if char not in index.analyzer.lexicon.question_words
            for found in _resolve(index.analyzer.lexicon.canonical(char), index)
        ]
    if has_cjk(term) and len(term) > 2 and term not in lexicon.domain_words:
        canonical = index.analyzer.lexicon.canonical
        covered = [False] * len(term)
        known: list[str] = []
        words = [
            w
            for w in index.analyzer.search_subwords(term)
            if w != term and len(w) > 1 and index.knows(canonical(w))
        ] or _known_pieces(term, index)  # jieba's guess may hide one: 连超算 holds 超算
        for word in words:
            known.append(canonical(word))
            start = term.find(word)
            covered[start : start + len(word)] = [True] * len(word)
        if known:
            rest = "".join(c for c, done in zip(term, covered, strict=True) if not done)
            found = [QueryTerm(w, 1.0, True, term) for w in dict.fromkeys(known)]
            if rest:
                found.append(QueryTerm(rest, unknown_weight(rest, index), False, term))
            return found
    if (
        has_cjk(term)
        and len(term) > 1
        and not index.analyzer.is_dictionary_word(term)
        and all(index.knows(c) for c in term)
    ):
        return [QueryTerm(c, 1.0, True, term) for c in term]  # 股债汇: the article's 股、债、汇
    measured = _measured_word(term, index)
    if measured is not None:  # 首诗, 两句诗: a count and 诗
        return [QueryTerm(measured, 1.0, True, term)]
    holders = _words_holding(term, index)
    if holders:  # 清风虽细: a part of p10's 虽细难, as jieba cut the verse
        return [QueryTerm(holders[0], 1.0, True, term, holders[1:])]
    if len(term) >= (3 if has_cjk(term) else 4):
        choices = index.fuzzy_choices(term)
        best = process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best is not None:
            return [QueryTerm(best[0], best[1] / 100, True, term)]
    return [QueryTerm(term, unknown_weight(term, index), False, term)]


HOLDING_WORDS = 2
"""At most this many of the knowledge's words may hold an unknown word for it to stand for them."""


def _words_holding(term: str, index: Index) -> tuple[str, ...]:
    """Return the knowledge's words holding the Chinese ``term`` (虽细 → 虽细难), if only a few.

    jieba cuts a line quoted in part otherwise than the whole (清风虽细 | 清风虽细难吹我): the
    part is still the article's. More than ``HOLDING_WORDS`` words holding it make it no one
    word's part.
    """
    if not has_cjk(term) or len(term) < 2:
        return ()
    holders = index.words_holding(term)
    return holders if len(holders) <= HOLDING_WORDS else ()


def _widen(terms: dict[str, QueryTerm], index: Index, asks_amount: bool) -> frozenset[str]:
    """Let question words match more of the knowledge's words.

    A broad word matches the narrower kinds the knowledge holds (开会 finds 座谈会); in a
    how-much question, a word for an amount matches the article's word for it (电量 finds 负荷).
    Returns the narrower kinds added.
    """
    lexicon = index.analyzer.lexicon
    narrower: set[str] = set()
    for word, term in list(terms.items()):
        kinds = tuple(
            k for k in lexicon.narrower_words.get(word, ()) if index.knows(k) and k not in terms
        )
        amounts = lexicon.amount_words.get(word, ()) if asks_amount else ()
        wider = (*kinds, *(k for k in amounts if index.knows(k) and k not in terms))
        if term.known and wider:
            terms[word] = replace(term, alternatives=(*term.alternatives, *wider))
            narrower.update(kinds)
    return frozenset(narrower)


def _last_known(terms: dict[str, QueryTerm]) -> str | None:
    """Return the question's last term the knowledge holds: what 叫什么名字 asks the name of."""
    return next((term for term, q in reversed(terms.items()) if q.known), None)


def _names_unknown_brand(text: str, terms: dict[str, QueryTerm]) -> bool:
    """Whether a brand's name is a term the knowledge lacks.

    A brand is a word of ``text`` written as brands are (F2Pool) or a word jieba reads whole as a
    pool's Chinese name (鱼池).
    """
    brands = {m.group().casefold() for m in _BRAND_NAME.finditer(text)}
    return any(
        not q.known and (term in brands or _POOL_NAME.fullmatch(term)) for term, q in terms.items()
    )


def _ranked_kind(normalized: str, index: Index) -> str | None:
    """Return the term of what a ranking asks which one of (哪个池子最抗跌？ → 矿池).

    None when the question names no kind (哪个最扛得住, which of them): a noun must follow. An
    English kind the dictionary cannot put in the knowledge's words stays English, which no
    passage holds.
    """
    found = _WHICH_KIND.search(normalized)
    if found is None:
        return None
    analyzer = index.analyzer
    if found["english"]:
        words = translate(found["english"], analyzer.lexicon.glossary).split()
        if not words or words[0] in analyzer.lexicon.english_stopwords:
            return None
        chinese = index.translate(words[0]) if words[0].isascii() else ()
        return analyzer.lexicon.canonical(chinese[0] if chinese else words[0])
    word = next((w for w in analyzer.segment(found["kind"]) if w.strip()), "")
    tag = analyzer.part_of_speech(word) or analyzer.guess_part_of_speech(word) or ""
    return analyzer.lexicon.canonical(word) if tag.startswith("n") else None  # not 哪个跌得最狠


_WHICH_BODY_KIND = re.compile(
    rf"{WHICH}(?:一|几)?[家个些间](?P<body>公司|企业|集团)"
    r"|\bwhich (?:[a-z]+ )?(?:firms?|compan(?:y|ies))\b"
)
"""哪家公司, 哪些企业, 边几间公司, which mining firms: which body of a kind is asked, so the
answer must name one."""
_FIRMS = ("企业", "公司", "集团")
"""The words a passage names firms by, when a question asks which firms in English."""


def _which_body(normalized: str, terms: dict[str, QueryTerm], lexicon: Lexicon) -> tuple[str, ...]:
    """Return the words a passage may name the asked body by (哪家公司 → 公司, its aliases)."""
    found = _WHICH_BODY_KIND.search(normalized)
    if found is None:
        return ()
    if found["body"] is None:  # which firms, which company: any word for a firm
        return tuple(dict.fromkeys(lexicon.canonical(firm) for firm in _FIRMS))
    term = terms.get(lexicon.canonical(found["body"]))
    return term.matches if term is not None and term.known else ()


_WHETHER_MANY = re.compile(r"多(?:吗|么|嘛|不多)")
"""多吗, 多不多: whether there is much of something (``Query.asks_whether_many``)."""
_BLANK = re.compile(
    rf"(?P<quoted>[\u4e00-\u9fff]{{{BLANK_QUOTE}}})(?=(?:谁|什么|啥)[呢啊呀]?[？?。.!！]*$)"
)
"""The characters written just before a question word ending the question: 清风虽细难吹谁？ →
风虽细难吹 (常务会议谁主持的？ asks who chaired, no words left out)."""
_BECAME = re.compile(r"变成|变为|成了|化作|化为|后来(?:怎么?样|咋样|如何)")
"""变成了啥, 后来怎样了: what a thing became (``Query.asks_became``)."""
_RANKED_DEADLINE = re.compile(
    r"最(?:(?P<early>早)|[晚迟])的?(?:截止|期限|时限|deadline)"
    r"|(?:截止日期|截止时间|截止日|期限|时限|deadline)最(?:(?P<early2>早)|[晚迟])"
    r"|\b(?:(?P<early3>earliest|soonest|first)|latest)\s+deadline"
    r"|\bdeadline\b[^?？]{0,30}\b(?:(?P<early4>earliest|soonest)|latest)\b"
)
"""The earliest or latest of the deadlines asked (文章里最晚的截止日期, Which province has the
earliest deadline?), not 最晚哪天 (by when at the latest) nor the final deadline (the one due)."""


_DEADLINE_RANKS = frozenset({"最早", "最晚", "最迟", "earliest", "soonest", "first", "latest"})
"""The words that rank deadlines (as the question's terms give their source)."""


def _deadline_ranked(normalized: str) -> str | None:
    """Return ``"earliest"`` or ``"latest"`` when a question ranks the deadlines, else None."""
    found = _RANKED_DEADLINE.search(normalized.casefold())
    if found is None:
        return None
    early = found["early"] or found["early2"] or found["early3"] or found["early4"]
    return "earliest" if early else "latest"


_WITHIN_PROVINCE = re.compile(r"省里(?=哪)")
"""青海是省里哪个厅发的？: 省里 before 哪 says within the province, no 省政府 (省里让电厂干啥？)."""


MONTH_PART_WEIGHT = 0.35
"""How much a question's part of a month (下旬) counts: a passage saying it is nearer, and a date
within it (五月中旬的高点: p16's 5月13日) still answers."""


def _spans_of(parts: list[str], text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` where each of ``parts`` is written.

    A word besides sets aside is only the one written there: Besides cutting the internet,
    what else was cut off? sets aside the first 关停, not the asked one.
    """
    written = [part.strip() for part in parts if part.strip()]  # "besides ," names nothing
    return [m.span() for part in written for m in re.finditer(re.escape(part), text)]


def analyze(question: str, index: Index) -> Query:
    """Turn a question into a :class:`Query` over ``index``.

    The question is cut to ``MAX_QUESTION_CHARS``, normalised (NFKC, case, Traditional →
    Simplified), English is translated through the glossary, homophone typos are corrected,
    question types are read from cue words, a count's unit and counted noun (多少台矿机) and
    the list items asked for (第二点) are read, question words and phrases are dropped, dates
    and figures become anchors, aliases are resolved, other English words go through the
    dictionary (an English name the knowledge lacks counts double), and the places named are
    noted.
    """
    text = question[:MAX_QUESTION_CHARS]
    names = frozenset(
        m.group(0).casefold()
        for pattern in (_ENGLISH_NAME, _SITE_NAME)
        for m in pattern.finditer(text)
    )
    plain = index.speller.mend(normalize(without_markup(text)), names)
    cites_text = cites_the_text(plain)  # 文章说…: the article states it, no one in it says
    normalized = without_chatter(plain)
    normalized = _SOME_YEARS.sub(" ", normalized)  # 前几年批了几批: 几批 is the count asked
    normalized = _A_FEW_HELD.sub("些", normalized)  # 有几台矿机，…: a few, told
    normalized = _cantonese_read_as_mandarin(normalized)
    normalized = _WHICH_SOME.sub("which ", normalized)  # which two regions: which regions
    normalized = _WHICH_MEETING.sub("会议", normalized)  # 哪个会 → 哪个会议
    normalized = _WITHIN_PROVINCE.sub(" ", normalized)  # 省里哪个厅: which 厅 of the province
    lexicon = index.analyzer.lexicon
    items, unlisted = asked_items(normalized)  # before translation: "second measure" → 措施
    corrected = correct_homophones(translate(unlisted, lexicon.glossary), index)
    corrected = correct_near_sounds(corrected, index)
    corrected = _COIN_MOVES.sub("价格", corrected)
    corrected = _PRICE_FALLS.sub("降价", corrected)
    corrected = _DODGED_FEES.sub("逃废", corrected)
    corrected = _BRAND_CARDS.sub("显卡", corrected)
    corrected = _RELIES_ON.sub("依托", corrected)
    corrected = _STOPS_SUPPLY.sub("停止供电", corrected)
    corrected = _INSIDE.sub("里", corrected)
    corrected = _TONIGHT.sub("今晚", corrected)
    corrected = _CHINESE_DATE.sub(_date_in_digits, corrected)
    corrected = _CHINESE_AMOUNT.sub(
        lambda m: f"{chinese_to_int(m['number'])}{m['magnitude']}", corrected
    )
    corrected = _SHORT_YEAR.sub(r"20\g<year>年", corrected)  # 19年 is 2019年
    corrected = _MONTH_END_TYPO.sub("底", corrected)  # 6月低 is 6月底
    corrected = _DAY_WITHOUT_MARK.sub(r"\g<month>月\g<day>日", corrected)  # 6月20前
    corrected = _DOTTED_DATE.sub(lambda m: _dotted_date(m, index), corrected)  # 6.20前, 5/21
    types = question_types(normalized, corrected, index.analyzer)
    if asks_for_summary(plain):  # tl;dr, in a nutshell: the news, or what the rest names
        types = types | {"overview"}
    count = asked_count(normalized, corrected, index) if "howmuch" in types else AskedCount()
    version = corrected
    if not types & {"when", "later"} and _WHETHER.search(normalized):
        corrected = _FINAL_VERSION.sub("征求意见稿", corrected)  # 是正式稿吗？: p22's draft answers
    corrected = _WHICH_VERSION.sub("征求意见稿", corrected)
    asks_version = corrected != version  # 现在算定稿没？: as the article stands, 现在 asks nothing
    corrected = _WHICH_BODY.sub(" ", corrected)  # 哪个委员会: who is asked; 委员会 stays a word
    corrected = _A_NOT_A.sub(r"\1", corrected)
    corrected = _STILL_GOING_ON.sub(r"\1", corrected)
    corrected = _GOVERNOR.sub(" ", corrected)
    besides = [m["given"] or m["given_en"] for m in _BESIDES.finditer(corrected)]
    besides += [m["given"] for m in _COMPARED_IN_TIME.finditer(corrected)]
    corrected = _COMPARED_IN_TIME.sub(lambda m: f" {m['given']} ", corrected)
    corrected = _COMPARED_WITH.sub(lambda m: f" {m['given']} ", corrected)
    corrected = lexicon.without_question_phrases(corrected)
    corrected = lexicon.english_cue_phrases.sub(" ", corrected)
    corrected = _SPACED_LABEL.sub("", corrected)  # miner A → 矿工 a → 矿工a
    choices = [m.span(side) for m in _CHOICE.finditer(corrected) for side in ("first", "second")]
    facts = extract_facts(corrected, DateContext(year=_NO_YEAR.year, day=_NO_YEAR))
    terms: dict[str, QueryTerm] = {
        item: QueryTerm(item, 1.0, index.knows(item), item) for item in items
    }
    if "deadline" in types:
        terms[DEADLINE_TERM] = QueryTerm(
            DEADLINE_TERM, ASKED_DEADLINE_WEIGHT, index.knows(DEADLINE_TERM), "deadline"
        )
    asks_event = bool(types & _EVENT_TYPES) or _asks_yes_or_no(normalized)
    telling = telling_clauses(normalized, corrected, lambda clause: _only_asks(clause, lexicon))
    telling += [m.span("place") for m in _READER_IS_AT.finditer(corrected)]
    askers = asker_clauses(normalized, corrected)
    raws = _recut_glued(index.analyzer.terms(corrected, facts, search=False), corrected, index)
    set_aside_spans = _spans_of(besides, corrected)
    told_words: set[str] = set()  # 假如我是一家发电厂的老板，…: 老板 is the reader, no role asked
    set_aside: set[str] = set()  # 比青海早吗？ 除了四川: what the question measures against
    for raw in raws:
        if raw.term in (DEADLINE_TERM, RANKED_TERM):
            continue  # 6月20号前 in a question: the asked kind is counted once, above
        if raw.term.startswith(_NO_YEAR_ANCHOR):
            continue  # the question gave no year: match on month and day only
        if raw.term.startswith("@01-") and "月" not in corrected[raw.start : raw.end]:
            continue  # 19日 without a month: match on the day alone
        if raw.term.startswith("@d") and not _DAY_WORD.search(corrected[raw.start : raw.end]):
            continue  # 今晚0点 names no day of the month: match on the clock alone
        if any(start <= raw.start < end for start, end in askers):
            continue  # 上海人问：…: who asks is no part of the question
        written = corrected[raw.start : raw.end]
        if raw.term.startswith("@d") and "月" in written:
            continue  # 5月13日 is matched on its month and day; the day alone adds nothing
        if raw.term.startswith("@m") and ("月" not in written or _DAY_WORD.search(written)):
            continue  # the month alone matches only a question giving no day (五月下旬)
        if _MONTH_DAY.fullmatch(raw.term) and not _DAY_WORD.search(written):
            continue  # 五月底 is late May, not the 31st
        if LABELLED.fullmatch(raw.term) and not index.knows(raw.term):
            # miner D where the article says 从业者D: the one name labelled D; else (发布a:
            # the English article "a" after a translated word) no label at all
            labelled = index.labels.get(raw.term[-1], ())
            if len(labelled) == 1 and raw.term[-1] not in lexicon.english_stopwords:
                terms[labelled[0]] = QueryTerm(labelled[0], 1.0, True, raw.term)
            continue
        if raw.term in lexicon.cue_words and not index.knows(raw.term):
            continue  # 期限, deadline: they say what kind of answer, not what it is about
        for resolved in _resolve(raw.term, index):
            if not resolved.known and asks_event and _names_event(resolved, index, "who" in types):
                resolved = replace(resolved, weight=max(resolved.weight, 1.0))
            if not resolved.known and resolved.term in names:
                resolved = replace(resolved, weight=lexicon.unknown_word_weights.get("name", 1.0))
            told = any(start <= raw.start < end for start, end in telling)
            if told:
                told_words.add(resolved.term)
            if told and (not resolved.known or resolved.term in lexicon.place_parents):
                # 我在写一篇报告，… 我在上海，… 我家亲戚在凉山搞矿，…: the reader's own context,
                # not what they ask (凉山 lies in 四川, which the question is about)
                resolved = replace(resolved, weight=resolved.weight * TELLING_WEIGHT)
            if resolved.known and any(start <= raw.start < end for start, end in choices):
                resolved = replace(resolved, weight=resolved.weight * CHOICE_WEIGHT)
            if any(start <= raw.start < end for start, end in set_aside_spans):
                resolved = replace(resolved, weight=resolved.weight * BESIDES_WEIGHT)
                set_aside.add(resolved.term)
            current = terms.get(resolved.term)
            if current is None or resolved.weight > current.weight:
                terms[resolved.term] = resolved
    if set_aside and all(t.term in set_aside for t in terms.values() if t.known):
        for aside in set_aside:  # 除了拔网线还干啥了？: what came with it, in its passage
            terms[aside] = replace(terms[aside], weight=terms[aside].weight / BESIDES_WEIGHT)
    for m in _LETTER_BEFORE_WORDS.finditer(corrected):
        if m["letter"] not in lexicon.english_stopwords:
            continue  # B那句: b is a term of its own
        labelled = index.labels.get(m["letter"], ())
        if len(labelled) == 1 and labelled[0] not in terms:  # A那首诗: 矿工A's, the one A
            terms[labelled[0]] = QueryTerm(labelled[0], 1.0, True, m["letter"])
    for fact in facts:  # 五月下旬: p21's 5月下旬 before p17's 5月21日, which is late May too
        part = MONTH_PART_WORDS.get(fact.qualifier or "") if fact.kind == "date" else None
        if part is not None and part not in terms and index.knows(part):
            terms[part] = QueryTerm(part, MONTH_PART_WEIGHT, True, part)
    _unless_about_the_same(terms, NOW, index)
    if asks_version:
        terms.pop(NOW, None)
    no_one_quoted = cites_text or _said_by_place(normalized, terms, index)
    if _meeting_said(terms, lexicon) or (
        SAID_TERM in terms
        and (_REFERS_TO.search(normalized) or no_one_quoted or "overview" in types)
        and not _names_speaker(terms, lexicon)
    ):  # 会上说了啥？: what the meeting decided; 断电说的是哪儿？: what is meant, not a quote;
        # What does the first paragraph say?: what the lead tells
        del terms[SAID_TERM]
        types = types - {"said"}
    if cites_text and not _names_speaker(terms, lexicon):
        types = types - {"quote"}  # 文章说…，原话是啥？: the article's own words, quoted or not
    if _THOUGHT in terms and (_names_speaker(terms, lexicon) or "who" in types):
        # D觉得今天意味着啥？ 谁觉得一个时代结束了？: what someone said
        del terms[_THOUGHT]  # 你觉得这个政策对吗？ asks the bot's opinion, which it has none of
        terms[SAID_TERM] = QueryTerm(SAID_TERM, 1.0, index.knows(SAID_TERM), _THOUGHT)
    if _ASKS_WHICH.search(normalized) and (
        _names_place_before(corrected, index) or _names_place_before(normalized, index)
    ):
        terms.pop("之前", None)  # 四川之前，哪些地方…？: 随着内蒙古、新疆之后，四川也…
        terms["之后"] = QueryTerm("之后", BEFORE_PLACE_WEIGHT, index.knows("之后"), "之前")
    if _CHECKING.search(normalized):  # 不是28个项目吗？: the reader's guess, the article's 26个
        for t in [t for t in terms.values() if not t.known and _is_figure_or_date(t.term)]:
            del terms[t.term]
            types |= {"when"} if t.term[:1] == "@" else {"howmuch"}  # the right one is asked
    asks_unit = _ASKS_UNIT.search(normalized) is not None and any(
        t.term.startswith("#") for t in terms.values()
    )
    if asks_unit:
        terms.pop(_UNIT_WORD, None)  # 800万是什么单位？: the unit is asked, 单位 is no word to meet
    if "deadline" in types:
        terms.pop(_LAST, None)  # 最后deadline, 最后的日子: the deadline asked, said twice
    if items and _LIST_OF_ITEMS.search(normalized):
        terms.pop(_NAME_LIST, None)
    if _FINALLY_SAID.search(normalized):
        terms.pop(_LAST, None)
    if _AFTER_AN_EVENT.search(corrected):
        terms.pop("之后", None)
    narrower = _widen(terms, index, "howmuch" in types)
    ranking = _RANKING.search(text.casefold()) is not None
    if ranking and index.knows(RANKED_TERM):
        for word, term in list(terms.items()):
            if word.startswith("最"):  # 跌得最多: a passage comparing figures ranks them
                terms[word] = replace(
                    term,
                    known=True,
                    alternatives=(*term.alternatives, RANKED_TERM),
                )
    if NOW in terms and not terms[NOW].known and _OBLIGED.search(normalized):
        terms[NOW] = replace(terms[NOW], weight=NOW_OBLIGED_WEIGHT)  # 现在还能给矿场供电吗？
    if _EITHER_OR.search(normalized):
        if _AT_ONCE_TERM in terms:  # right away or later?: later is an option, no time after
            types = types - {"later"}
        _merge_word_options(terms, normalized)
        _merge_english_options(terms, corrected, index)
        _merge_options(terms)
    _merge_glossary_options(terms, corrected)
    _read_parts_as_sealed_word(terms, index.analyzer.lexicon.sealed_words)
    if types & {"said", "who"}:
        _keep_people(terms, index.analyzer.lexicon.speaker_words)
    if "when" in types:
        _drop_split_halves(terms, corrected, index)
    if "define" in types and any(
        t.known and (t.term[:1] in ("#", "@", ITEM_PREFIX) or _is_titled(t.term, index))
        for t in terms.values()
    ):
        types = types - {"define"}  # 800万千瓦是指什么？ 第一点是什么？ 刘鹤是干啥的？
    if (
        "define" in types
        and sum(t.known and t.weight >= 1.0 for t in terms.values()) >= PHRASE_TERMS
    ):
        types = types - {"define"}  # 防范个体风险向社会领域传递是啥意思？ asks what a sentence says
    if _MARKET_REACTS.search(normalized):  # the reaction counts as a name the knowledge lacks
        terms["反应"] = QueryTerm("反应", MARKET_REACTION_WEIGHT, False, "反应")
        types = types - {"said"}
    others = _other_provinces(normalized, terms, index)
    if others:  # 其他省份: any province but those of the titles, as one term
        for kind in [t for t in terms if t in lexicon.place_kinds]:
            del terms[kind]
        terms[others[0]] = QueryTerm(others[0], 1.0, True, OTHER_PROVINCES, others[1:])
    places = frozenset(
        t
        for t, q in terms.items()
        if q.known
        and q.source != OTHER_PROVINCES
        and index.analyzer.is_place(t)
        and t not in set_aside  # 内蒙古的文件比青海早吗？ is answered by p22, which names no 青海
        and not (t in told_words and lexicon.place_parents.get(t) in terms)
    )  # 我在成都挖矿，整个四川…？: the reader's 成都 lies in the 四川 asked about
    bare_legality = _LEGALITY.search(normalized) is not None and not any(
        q.known and t not in _LEGAL_WORDS and t != NOW and index.idf(*q.matches) >= SPECIFIC_IDF
        for t, q in terms.items()
    )
    ranked_kind = _ranked_kind(normalized, index) if ranking else None
    deadline_ranked = _deadline_ranked(normalized) if "deadline" in types else None
    if deadline_ranked is not None:  # 最早的截止日期: 最早 ranks the deadlines, no word to match
        for word in [w for w, t in terms.items() if t.source in _DEADLINE_RANKS]:
            del terms[word]
    item_word = asked_item_word(normalized) if items else None
    asks_list = _WHICH_ONES.search(normalized) is not None
    return Query(
        text=text,
        language=detect_language(text),
        terms=tuple(terms.values()),
        types=types,
        units=count.units,
        counted=count.counted,
        counted_as=_counted_as(count.counted, terms, lexicon),
        places=places,
        narrower=narrower,
        enclosing=tuple(
            (place, parent)
            for place in sorted(places)
            if (parent := lexicon.place_parents.get(place)) is not None and index.knows(parent)
        ),
        roles=frozenset(
            t
            for t in terms
            if t not in told_words
            and (t in lexicon.role_words or ("who" in types and t in lexicon.maker_words))
        ),  # 视频是谁拍的？ asks for the maker as 主任是谁？ for the holder of a role
        nameable=frozenset(t for t in terms if t in lexicon.nameable_words)
        if "named" in types
        else frozenset(),
        asks_title="named" in types
        and not items
        and _names_a_titled_thing(corrected, frozenset(lexicon.titled_words & terms.keys())),
        items=frozenset(items),
        item_word=item_word,
        counted_list_named=item_word is not None and _names_counted_list(item_word, terms, index),
        asks_deed=_ASKS_DEED.search(normalized) is not None,
        asks_who_must=_WHO_MUST.search(text.casefold()) is not None,
        labels=frozenset(t for t, q in terms.items() if q.known and LABELLED.fullmatch(t)),
        asks_list=asks_list,
        asks_ordinal=count.asks_ordinal,
        bare_legality=bare_legality,
        ordinals=frozenset(f"#{f.value}" for f in facts if f.qualifier == "ordinal"),
        unknown_counted=count.unknown,
        unknown_listed=_unknown_listed(normalized, index),
        asks_day=_ASKS_DAY.search(normalized) is not None,
        asks_year=_ASKS_YEAR.search(text.casefold()) is not None,
        asks_whether_many=_WHETHER_MANY.search(normalized) is not None,
        asks_became=_BECAME.search(normalized) is not None,
        blanks=tuple(m["quoted"] for m in _BLANK.finditer(normalized)),
        deadline_ranked=deadline_ranked,
        asks_ranking=ranking,
        unasked_changes=lexicon.change_words
        if ranking and _ranks_sizes(text.casefold(), terms, lexicon)
        else frozenset(),
        which_body=_which_body(normalized, terms, lexicon),
        ranked_kind=ranked_kind,
        ranked_places=lexicon.place_kinds.get(ranked_kind or "", frozenset()),
        names_unnamed=("named" in types or asks_list)
        and _last_known(terms) in lexicon.unnamed_people,
        names_unknown_brand=_names_unknown_brand(text, terms),
        asks_unit=asks_unit,
        per_unit=count.per_unit,
        opposites=()
        if _EITHER_WAY.search(normalized)  # 是涨是跌？ asks which way, not one of them
        else tuple((t, lexicon.opposites[t]) for t in terms if t in lexicon.opposites),
    )


def _names_counted_list(item_word: str, terms: Mapping[str, QueryTerm], index: Index) -> bool:
    """Whether a list counted by ``item_word`` (§点) is introduced by a term of the question."""
    introducing = index.counted_list_intros.get(item_word, frozenset())
    return any(q.known and t in introducing for t, q in terms.items())


def _other_provinces(normalized: str, terms: dict[str, QueryTerm], index: Index) -> tuple[str, ...]:
    """Return the provinces a question asking about other provinces (其他省份) means.

    They are the provinces the knowledge names, but for those of the articles' titles (the news
    is about 四川) and those the question names itself.
    """
    if _OTHER_PLACES.search(normalized) is None:
        return ()
    titled = {place for n in index.leads for place in index.passages[n].title_terms}
    provinces = set(index.analyzer.lexicon.place_parents.values())
    return tuple(
        sorted(p for p in provinces if index.knows(p) and p not in titled and p not in terms)
    )


def _unknown_listed(normalized: str, index: Index) -> str | None:
    """Return what 哪些 asks for when the knowledge never names it (证券违法行为有哪些案例？)."""
    which = _WHICH_OF.search(normalized)
    asked = unknown_counted(which["rest"], index) if which else None
    return None if asked in index.analyzer.lexicon.place_kinds else asked  # 哪些省区: places


def _cantonese_read_as_mandarin(normalized: str) -> str:
    """Return ``normalized`` with the Cantonese grammar words read as Mandarin ones.

    係 before a question word is 是 (係點 是怎样), 仲 before a verb 还, 边个 before a noun 哪个,
    and A唔A asks whether A, as 吗 does.
    """
    text = _CANTONESE_IS.sub(lambda m: "是怎样" if m.group(0).endswith("点") else "是", normalized)
    text = _STILL_CANTONESE.sub("还", text)
    text = _WHICH_CANTONESE.sub("哪个", text)
    text, asked_a_not_a = _A_NOT_A_CANTONESE.subn(r"\1", text)
    return text.rstrip("?？ ") + "吗?" if asked_a_not_a else text  # 可唔可以…？ is 可以…吗？
