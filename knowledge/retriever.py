"""Questions → the passages that answer them, or nothing when the knowledge does not say."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.analyzer import RANKED_TERM
from knowledge.answers import Answer, DirectFact, Reply, Source
from knowledge.cache import load_index
from knowledge.direct_fact import pick_fact
from knowledge.facts import COUNT_UNITS, DATELINE_OFFSET, PARTS_OF_DAY
from knowledge.index import (
    ANCHOR_PREFIXES,
    Index,
    IndexedPassage,
    items_of_short_intros,
    points_of_short_lists,
)
from knowledge.lexicon import Lexicon, load_lexicon
from knowledge.list_items import (
    ITEM_COUNTERS,
    LAST_ITEM,
    LIST_INTRO,
    item_word_term,
    list_item_number,
)
from knowledge.models import Article, Fact
from knowledge.overview import ending_of_asked_article, lead_of_asked_article
from knowledge.query import Query, analyze
from knowledge.verse import verse_span
from knowledge.which_first import asks_which_first, earliest_first

CONTEXT_MATCH = 0.35
"""How much a term counts when only the passage's context holds it: its article's title or its
section heading."""
ENCLOSED_MATCH = 0.35
"""How much a place counts for a passage that names, or whose article's title names, the larger
place it lies in (雅安 for a passage on 四川's deadline)."""
INTRO_MATCH = 0.7
"""How much a term counts for a list item when only the paragraph introducing the list holds it
(2、开展发电企业自查自纠… continues 现将有关事项通知如下：)."""
MIN_COVERAGE = 0.55
"""Share of the question's IDF weight a passage must cover to be an answer."""
MIN_SPECIFICITY = 0.35
"""Matched IDF weight (context matches counting as in coverage), as a share of the IDF of an
unseen term, an answer must reach: one common word (比特币) shared with the article is not an
answer."""
TYPE_BONUS = 0.2
SMALL_COUNT = 10
"""A number up to this is no anchor (哪两个部门 would match every "two" of the article)."""
SMALL_COUNT_BONUS = 0.05
"""Ranking bonus for a passage holding a small number the question names (6个市州)."""
ITEM_WORD_BONUS = 0.05
"""Ranking bonus for a list item counted as the question counts it (第二点 and 有两点…：)."""
FOCUS_BONUS = 0.05
DAY_BONUS = 0.05
"""Ranking bonus for a passage whose date has a day when the question asks which day."""
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TOPIC_MATCH = 0.6
"""How much a term of its article's title counts in ranking for a passage that lacks it."""
ORGAN_FIELD_MATCH = 0.9
"""How much a term counts in ranking for a passage holding it only as the field of an organ's
name: 四川靠啥能源挖矿？ is answered by p1's 清洁能源 before p2's 四川省能源局."""
NARROWER_MATCH = 0.9
"""How much a broad word of the question counts in ranking for a passage holding only a narrower
kind of it: 哪个会定的调打击挖矿？ is answered by p3's 会议 before p21's 座谈会."""
TODAY_MATCH = 0.9
"""How much a date counts in ranking for a passage that holds it only as a speaker's 今天: What
happened on the 19th? is answered by p9's 19日晚 before p13's 今天 (read as the 19th)."""
SIZE_SUPERLATIVE = "最大"
"""The largest (最多 too, by the alias table): said of a kind of thing, not of whatever else."""
COUNT_WINDOW = 8
"""How far (in characters) a figure may stand from the word a count question counts."""
GENERIC_COUNT_UNIT = "个"
"""The measure word that counts anything: 26个疑似项目 answers 可疑的矿场有几家？ too."""
SHORTLIST = 100
"""Passages fully scored per question (the rest cannot outrank them by bonuses alone)."""
TYPE_MISMATCH = 0.8
"""Coverage counts this much in ranking when a passage cannot hold the kind of answer asked for
(no date for "when", no figure for "how much": such a passage is no answer either) or fits the
question less well (another place)."""
ELSEWHERE = 0.75
"""Coverage counts this much in ranking for a passage about another place than its article's
title, when the question names none: 发电企业要立即停止供电吗？ asks Sichuan's notice (p5), not
Yunnan's (p24), though both tell power generators to stop supplying at once."""
INTRO_OF_DEEDS = 0.7
"""Coverage counts this much in ranking for a list's introduction when the question asks what
someone must do (省里让电厂干啥？): the introduction names whom the list is for (p3), its items
say what they must do (p5)."""
_CLAUSE_BREAKS = re.compile(r"[，。！？；,!?;]")
_SENTENCE_ENDS = "。！？；!?;"
"""Marks that end a sentence (a figure belongs to the place its own sentence names)."""
_WHY_WORDS = re.compile(r"由于|因为|原因|为了|所以|因此")
_ORDINAL_OF_THINGS = re.compile(r"第(?:[一二三四五六七八九十]+|\d+)(?P<unit>个|场|名|位)")
"""第一个大会: an ordinal of things, which facts do not record (the first, in English, is no
count; see ``_holds_asked_kind``)."""
_PLACE_ASKED = re.compile(r"排(?:名)?(?:在)?第几(?!次)|[排算]老几|第几大|排名多少|地位")
"""币安矿池算力排第几？ 四川在挖矿界算老几？有咩地位？: a place in a ranking, which only a passage
ranking things tells."""
_AMONG_SOME = re.compile(
    r"[一二两三四五六七八九十几\d]+(?:个|家|位)[^，,？?]{1,10}?(?:里|当中|之中|中)"
)
"""四个矿池里, 几家矿池当中: among things the question names."""
_BY_A_CHANGE = re.compile(r"跌|降|掉|幅度")
"""蚂蚁矿池跌幅排第几？: a place by how far something fell, among the things a passage compares."""
_PLACE_GIVEN = re.compile(r"最大|最重要|第[一二三四五]|首位|之首|排名|排行|前[三五十]")
"""最大的比特币矿工聚集地, 全球最重要的…: a passage saying where something ranks."""
_RANKED = re.compile(r"最(?:少|多|低|高|狠|惨|厉害|严重)|\b(?:most|least|fewest)\b")
"""Why did X fall most or least: a question on a ranking of figures, which only a stated
reason answers (not 为什么最开心的是显卡？, whose passage gives the reason it asks)."""
_DEFINITION = re.compile(r"简称|是指|指的是|所谓|也就是|是一种|定义为|，即")
"""How a text defines a word: 国务院金融稳定发展委员会（以下简称金融委）."""
_IDENTIFIES = re.compile(r"(?<!也)就是")
"""How a text says what a thing it has just named is: 圈里第一个大会就是四川成都…矿业大会."""
_SAID_WORDS = re.compile(r"(?:表示|(?<!简)称|说|认为)[，,：:]?\s*[“「\"A-Za-z]|[：:]\s*[“「]")
"""Someone speaking: 矿工A表示，“…  发文称“…  从业者D：“…  人说：Bye (not 简称 or a quoted term)."""
_SAYS_MANY = re.compile(r"大量|大批|众多|多家")
"""Words saying there is much or many of something (大量的水电, 多家…企业)."""
_SAID_OR_QUOTED = re.compile(rf"{_SAID_WORDS.pattern}|“[^”]{{5,}}”")
"""Words given as said: a speaker's, or a phrase quoted whole (关于“打击比特币挖矿行为”要求), not
a term in quotes (“挖矿”)."""
_STEPS = re.compile(r"步骤|第一步|首先|然后|点击|打开|安装|教程")
"""A passage that tells how to do something: what a how-to question (How do I…?) needs."""
_MOVES = re.compile(r"迁往|迁至|迁到|搬到|搬往|搬迁|转移到|转移至|运往|运到|前往|去往|出海|流向")
"""A passage telling where something went: what a where-to question (去哪了, relocate) needs."""
_ENDED_AS = re.compile(r"融入|融进|化作|化为|变成了|被放弃|被浪费")
"""Where something went as a figure of speech (p11: the boom 融入到了今夜璀璨星河): it answers a
where-to question only on the thing the question names, said just before (繁荣去哪了？, not
矿工后来去哪了？); so does a thing given up (p8: 水电被放弃, 丰水期的电去哪了？)."""
ENDED_THING_WINDOW = 4
"""How many characters may stand between the thing and its end (繁荣融入, 的繁荣也融入)."""
_POWER_UNITS = frozenset({"kw", "w"})
_LOAD_AFTER = re.compile(r"的?负荷")
"""A bare figure before 负荷 is a load in watts: How many kilowatts did C mention? is answered by
p12's 800万负荷."""
_CITED_AS_SOURCE = re.compile(
    r"\b(?:per|according to)\s+(?:(?:miner|practitioner|insider)\s+)?[a-d]\b"
    r"|按(?:照)?[^，,？?]{0,6}的?(?:说法|话)|据[^，,？?]{0,6}(?:所说|说)"
)
"""Who will know, per practitioner C? 按C的说法…谁会知道？: C is whom the question cites, not whom
it asks about."""
_LETTER = r"(?<![A-Za-z])[A-Za-z]"
"""A letter standing alone (B是谁), not the end of a word (conference 是哪个)."""
_ASKS_IDENTITY = re.compile(
    rf"{_LETTER}\s*是(?:哪|做什么|干什么|做啥|干啥|什么人|啥人)"
    rf"|{_LETTER}\s*(?:在|是在|于)(?:哪|什么|啥)[^，,？?。]{{0,6}}(?:工作|上班|干活|任职|高就)"
    rf"|{_LETTER}\s*(?:在|是在|于)(?:哪个|哪家|什么|啥)(?:矿场|矿池|矿|公司|单位|企业|机构)"
    rf"|{_LETTER}\s*是(?:做|干|搞|开)[^，,？?。]{{1,6}}的(?:吗|么|嘛|不|？|\?|$)"
    rf"|{_LETTER}[^，,？?。]{{0,10}}[，,]\s*(?:他|她)?是(?:哪里人|哪儿人|哪的人|做什么的|干什么的|干啥的|什么人)"
    r"|\b[a-d](?:'s| is a) (?:real |full |actual )?"
    r"(?:company|employer|firm|job|name|age|pool|hometown)\b"
    r"|\b[a-d] (?:work|works|worked|working) (?:for|at)\b"
    r"|\b[a-d] (?:live|lives|lived|come from|comes from|came from)\b"
    r"|\bwhere (?:does|did|do) (?:[a-z]+ )?[a-d] (?:work|live|stay)\b"
    r"|\b[a-d] an? (?:man|woman|guy|girl|male|female)\b"
    r"|\bhow old is (?:[a-z]+ )?[a-d]\b",
    re.IGNORECASE,
)
"""矿工B是哪里人？ 矿工A叫什么名字，是哪里人？ 从业者C是哪个矿池的？ C在哪个矿池工作？
从业者C在哪个矿场？ 从业者C是做矿机的吗？ What is practitioner C's company? Who does miner D
work for? How old is practitioner D? Where does C live? Where does miner B work? Is C a woman?:
who the labelled speaker is (not 矿工B提到的是哪个大会？, which asks what B spoke of)."""
_OTHERS = re.compile(r"其他|其它|另外|还有|此外|以及|等|同时|相继|陆续")
"""A passage telling of more than the one thing: what 还主持过哪些会？ needs (p17 tells of one)."""
PERIOD_END = "期"
"""The last character of a word naming a period (丰水期, 解封期)."""
CLAUSE_ENDS = "。！？；，：!?;,:"
"""Marks ending a clause."""
_LATER = re.compile(r"未来|将来|今后|以后|预计|将要|即将|终于可以|会再")
"""What a passage says of times to come: 金融委下一次开会是什么时候？ needs one. Not p1's 将迎来
(is about to see), which is the shutdown itself, the article's own event, nor p11's 后来行业从业者
(those who come after), who are no news of what happened later."""
_OPENING = re.compile(r"[（(]")
"""An opening bracket: a count before it does not count what is inside (though 26个疑似“挖矿”项目
counts across the quotes)."""
_VAGUE_COUNT = re.compile(r"多家|多个|多名|若干|一批|一些|部分|大量|各类|各种")
"""Words counting things without a number: 多家以大数据科技为名义的矿场企业 names none of them."""
_TYPED = frozenset({"who", "when", "deadline", "howmuch", "where", "named", "clock", "define"})
"""Question types asking a fact of a kind (a person, a date, a figure …), not what was said."""
_ASKS_HEADER = re.compile(
    r"\b(?:what|which) (?:meeting|session|committee)\b|哪(?:个|次|一次)会"
    r"|\btwo\b|[两俩](?:点|件|个|条|项)"
)
"""What meeting was it? 哪两点？ What two takeaways?: the meeting itself, or its points as a
whole."""
_SHARE = re.compile(r"占|份额|比重")
"""A share of a whole: 中国的算力占全球多少？ needs one; p16's 跌去近36% is a fall, not a share."""
_OUTCOME = re.compile(r"已|了|终于|结果|效果|成效")
"""What came of an action: 发电企业自查自纠的结果怎么样？ needs one; p5 only orders the checks."""
_PENALTY = re.compile(r"查处|惩|处罚|罚|追究|中止供电|责令")
"""A penalty: what those failing an order face (严肃查处, 立即中止供电, 严惩); p7's 务必保质保量
orders a task and names none."""
_METHOD = re.compile(r"通过|利用|借助|排查|检查|核查|监测|摸排|筛查")
"""A means of finding things out: p6's 拉网式排查, p24's 联合检查; p4's 已上报 says none."""
_SOURCE = re.compile(r"出自|引自|原作|诗人|出处|改编|改自")
"""Where words come from: 那首诗出自哪本书？ needs one; p10 quotes the verse and names no poet."""
_AGENDA = re.compile(r"研究|部署|讨论|议题|座谈|一是|二是|两点")
"""What a meeting took up: 研究部署…重点工作, the two points (一是, 二是); 第73次常务会议还讨论了
什么？ needs one, and p3 gives only that meeting's 精神."""
_PUBLISHED = re.compile(
    r"网站|官网|网址|公众号|刊登|刊发|公布于|发布于|[a-z0-9-]+\.(?:com|cn|net|org)", re.IGNORECASE
)
"""Where something can be read: 名单在哪能查到？ needs one; p8 mentions the list, not where."""
_TEXT_NEEDED = {
    "method": _METHOD,
    "penalty": _PENALTY,
    "howto": _STEPS,
    "whither": _MOVES,
    "later": _LATER,
    "share": _SHARE,
    "outcome": _OUTCOME,
    "quote": _SAID_OR_QUOTED,
    "origin": _SOURCE,
    "lookup": _PUBLISHED,
    "others": _OTHERS,
    "agenda": _AGENDA,
}
"""Question types only a passage saying such a thing can answer."""
_KINDS = frozenset(_TEXT_NEEDED)
_LATIN_NAME = re.compile(r"[a-z][a-z0-9.]{2,}")
"""A name in Latin script the article holds (poolin, binance, btc.com), not a unit (eh/s)."""
_WHO_WORDS = re.compile(r"委员会|政府|公司|集团|局|厅|办公室|企业|矿工|从业者|人士|网友|[A-D]")


_OBLIGED_ACTOR = re.compile(
    r"(?:委员会|政府|公司|集团|局|厅|企业)[，,]?(?:需要|应当|应|须|必须|务必)"
)
"""An actor the text obliges: 在川相关电力企业需要…完成, …省属国有发电企业，应按照."""
_AT_ONCE = re.compile(r"立即|立刻|即刻|马上")
"""At once: a deadline too (the notice's second task is 立即停止…)."""
_PER_UNIT_FIGURE = re.compile(r"每|单|平均")
"""Words before a figure that make it an amount per one thing: 每台, 单个, 平均."""
PER_UNIT_WINDOW = 8
"""How far before a figure 每, 单 or 平均 may stand (每台矿机的功耗约3千瓦)."""
_ASKS_PLACE_NAME = re.compile(
    r"哪[个些座]?(?:县|区县|乡镇|镇|村|省|省份|城市|市州)"
    r"|\b(?:which|what) (?:county|counties|province|provinces|city|cities|town|towns|village)\b"
)
"""Where asked as a kind of place (哪个县, which province): a place name answers, not 在朋友圈."""
_LOCATIVE = re.compile(
    r"(?<![正现还实存所])在(?![今这那于此])[\u4e00-\u9fff]{2,5}"
    r"|向[\u4e00-\u9fff]{2,6}?(?:传递|蔓延|扩散|转移)"
)
"""在 + a place that is no place name (在朋友圈传播): where something happened. Not 正在 (-ing),
现在 (now), 在今年 (a time) or 在于 (lies in). 向…传递 says where something goes
(风险向社会领域传递)."""
_WARM_UP = "What is 什么?"
"""A question whose reading builds the lazily compiled patterns (about 70 ms, once a process)."""

Weights = dict[tuple[str, ...], float]
"""A question's terms (each with the alternatives that match as well) → their weight."""


@dataclass(frozen=True)
class Scored:
    """A candidate passage and how well it covers the question."""

    coverage: float
    specificity: float
    score: float
    number: int
    holds_asked_kind: bool = True
    """False when the passage cannot hold the kind of answer asked for: a figure for how much,
    a definition for what-is (see ``_holds_asked_kind``)."""


class Retriever:
    """Scores passages by IDF-weighted keyword coverage of the question.

    ``coverage = Σ w(t)·m(t, p) / Σ w(t)`` over the question's terms t, with ``w = weight · idf``
    (unknown terms count with the IDF of an unseen term times their weight, so they pull
    coverage down) and ``m`` = 1 when the passage holds t, ``INTRO_MATCH`` when only the
    introduction of the list it is an item of does, ``CONTEXT_MATCH`` when only its title or
    heading does.
    Ranking uses the same sum, except that a term of the article's title the passage does not
    repeat counts ``TOPIC_MATCH``: ``score = 100 · (ranking coverage · fit + bonuses)``, where
    bonuses reward a passage holding the kind of fact the question asks for (a date for "when",
    a figure for "how much" …) and ``fit`` is ``TYPE_MISMATCH`` for a passage that holds none.
    A passage is an answer only when coverage ≥ ``MIN_COVERAGE``, specificity ≥
    ``MIN_SPECIFICITY`` and it can hold the kind of answer asked for (a figure for how much, a
    definition for what-is); a question nothing answers gets an empty list, never the least
    bad passage. One exception: a question asking what the news is about (这个新闻主要讲了啥？)
    gets the lead of the one article it can mean (``knowledge.overview``).
    """

    def __init__(self, index: Index) -> None:
        self.index = index
        self._items = items_of_short_intros(index.passages)
        self._points = points_of_short_lists(self._items)
        self._deadlines: dict[str, list[str]] = {}  # by article, filled when first asked
        analyze(_WARM_UP, index)  # compile the cue and glossary patterns now, not for a reader

    @classmethod
    def from_articles(
        cls, articles: Sequence[Article], lexicon: Lexicon | None = None
    ) -> Retriever:
        """Index ``articles`` in memory."""
        return cls(Index.build(articles, lexicon or load_lexicon()))

    @classmethod
    def load(cls, path: Path, cache_dir: Path | None = None) -> Retriever:
        """Load the posts at ``path`` (a file or folder), through the cache when one is given.

        Raises:
            KnowledgeError: a bad post or path, named in the message.
        """
        return cls(load_index(path, load_lexicon(), cache_dir))

    @property
    def articles(self) -> tuple[Article, ...]:
        """Return the articles this retriever answers from."""
        return self.index.articles

    def search(self, question: str, top: int = 3) -> Reply:
        """Return up to ``top`` answers to ``question``, best first."""
        query = analyze(question, self.index)
        lead = lead_of_asked_article(query, self.index)
        if lead is None:
            lead = ending_of_asked_article(query, self.index)
        ranked = self.rank(query, min_coverage=MIN_COVERAGE, keep=lead)  # the rest answer not
        event = self._title_event_words(query)
        reason = "why" in query.types
        chosen = [s for s in ranked if _is_answer(s) or self._tells_title_event(event, s, reason)]
        if asks_which_first(query):  # 内蒙古和青海谁先出的政策？: each one's dated passage
            candidates = self.rank(query)
            dated = earliest_first(query, self.index, [s.number for s in candidates])
            if dated is not None:
                chosen = [s for number in dated for s in candidates if s.number == number]
        if lead is not None:  # 这个新闻主要讲了啥？: the lead tells what happened
            first = next((s for s in ranked if s.number == lead), Scored(0.0, 0.0, 0.0, lead))
            chosen = [first, *(s for s in chosen if s.number != lead)]
        answers = []
        shown: set[int] = set()
        for scored in chosen:
            held = {scored.number, *self._items.get(scored.number, ())}
            if held & shown:
                continue  # an item already shown with its introduction, or the reverse
            shown |= held
            answers.append(self._answer(query, scored))
            if len(answers) == top:
                break
        return Reply(question=question, language=query.language, answers=answers)

    def _title_event_words(self, query: Query) -> frozenset[str]:
        """Return the words of a when- or why-question that may ask of a title's event (几号断？).

        Empty unless the question asks when or why and one of its words is a verb: 比特币哪天？
        names no event.
        """
        if not query.types & {"when", "deadline", "why"}:
            return frozenset()
        words = frozenset(t.term for t in query.terms if t.term[:1] not in ANCHOR_PREFIXES)
        pos = self.index.analyzer.part_of_speech
        return words if any((pos(w) or "").startswith("v") for w in words) else frozenset()

    def _tells_title_event(self, event: frozenset[str], scored: Scored, reason: bool) -> bool:
        """Whether a passage dates or explains the event its title names, all a question asks.

        Every word of the question lies in the title (断电 in 四川比特币矿场集体断电): the
        article's own event, however short the question. Why it happens (为什么断电？) only a
        passage giving a reason tells (p1's 因为政策原因).
        """
        entry = self.index.passages[scored.number]
        return (
            bool(event)
            and scored.coverage >= 1.0
            and scored.holds_asked_kind
            and event <= entry.title_terms
            and (not reason or _WHY_WORDS.search(entry.passage.text) is not None)
        )

    def closest_passages(self, question: str, limit: int = 3) -> list[str]:
        """Return the ids of the passages nearest the question, answerable or not.

        Only for pointing a reader somewhere when there is no answer (suggestions); never show
        these as answers.
        """
        ranked = self.rank(analyze(question, self.index))[:limit]
        return [self.index.passages[s.number].passage.id for s in ranked]

    def rank(
        self, query: Query, min_coverage: float = 0.0, keep: int | None = None
    ) -> list[Scored]:
        """Return the best candidate passages of ``query``, best first (answers or not).

        Coverage is accumulated for every passage at once over the postings of the question's
        terms; only the ``SHORTLIST`` passages of highest coverage get the full score (bonuses
        are bounded, so a passage further down cannot come first). Passages covering less than
        ``min_coverage`` are left out unscored, but for ``keep``.
        """
        index = self.index
        weights: Weights = {
            t.matches: t.weight * (index.idf(*t.matches) if t.known else index.max_idf)
            for t in query.terms
            if not _is_small_count(t.term)
        }
        total = sum(weights.values())
        if total <= 0:
            return []
        sources = (
            (index.context_postings, CONTEXT_MATCH),
            (index.intro_postings, INTRO_MATCH),
            (index.postings, 1.0),
        )
        enclosing = dict(query.enclosing)
        matched = np.zeros(index.size)
        for terms, weight in weights.items():
            # A term counts once per passage, where it counts most: one alternative in the
            # text and another in the list introduction is still one match.
            match = np.zeros(index.size)
            for postings, share in sources:
                found = index.holding(terms, postings)
                match[found] = np.maximum(match[found], share)
            if (parent := enclosing.get(terms[0])) is not None:  # 雅安 in a passage on 四川
                for postings in (index.context_postings, index.postings):
                    found = index.holding((parent,), postings)
                    match[found] = np.maximum(match[found], ENCLOSED_MATCH)
            matched += weight * match
        coverage = matched / total
        candidates = np.flatnonzero(coverage)
        if min_coverage > 0:
            wanted = coverage[candidates] >= min_coverage
            candidates = candidates[wanted | (candidates == keep)]
        if len(candidates) > SHORTLIST:
            best = np.argpartition(-coverage[candidates], SHORTLIST)[:SHORTLIST]
            candidates = candidates[best]
        scored = [
            self._score(query, weights, float(coverage[n]), float(matched[n]), int(n))
            for n in candidates
        ]
        return sorted(scored, key=lambda s: (-s.score, s.number))

    def _score(
        self, query: Query, weights: Weights, coverage: float, matched: float, number: int
    ) -> Scored:
        entry = self.index.passages[number]
        specificity = matched / self.index.max_idf
        bonus = _type_bonus(query, entry) + FOCUS_BONUS * _focus(entry, weights)
        if any(_is_small_count(t.term) and t.term in entry.spans for t in query.terms):
            bonus += SMALL_COUNT_BONUS  # 6个市州是哪几个？: the passage holding the 6 first
        if query.item_word is not None and query.item_word in entry.spans:
            bonus += ITEM_WORD_BONUS  # 第二点: item 2 of the list of 两点, not of the notice's
        elif query.item_word is not None and _in_counted_list(entry):
            bonus -= ITEM_WORD_BONUS  # 第一条: the notice's 1、, not the first of the 两点
        fits = _holds_asked_kind(query, entry) and self._gives_ranked_deadline(query, entry)
        scale = TYPE_MISMATCH if not fits or _ranks_lower(query, entry) else 1.0
        if not query.places and _elsewhere(entry, self.index.title_places[entry.article.id]):
            scale *= ELSEWHERE
        if query.asks_deed and LIST_INTRO.search(entry.passage.text):
            scale *= INTRO_OF_DEEDS
        intro = 1.0 if number in self._points and _asks_content(query) else INTRO_MATCH
        fit = _ranking_coverage(entry, weights, query.places, query.narrower, intro)
        score = round(100 * (fit * scale + bonus), 2)
        return Scored(coverage, specificity, score, number, fits)

    def _gives_ranked_deadline(self, query: Query, entry: IndexedPassage) -> bool:
        """Whether the passage gives the earliest or latest deadline of its article, if asked.

        文章里最晚的截止日期是哪天？ is answered by p24's 6月底, not by p2's 6月20日前.
        """
        if query.deadline_ranked is None:
            return True
        days = self._deadline_days(entry.article.id)
        if not days:
            return False
        wanted = min(days) if query.deadline_ranked == "earliest" else max(days)
        return any(f.kind == "deadline" and f.value == wanted for f in entry.passage.facts)

    def _deadline_days(self, article_id: str) -> list[str]:
        """Return the dates of the deadlines an article gives (ISO dates sort as days do).

        Read once per article, on the first question ranking deadlines, not for every candidate.
        """
        if article_id not in self._deadlines:
            self._deadlines[article_id] = [
                f.value
                for e in self.index.passages
                if e.article.id == article_id
                for f in e.passage.facts
                if f.kind == "deadline" and f.value
            ]
        return self._deadlines[article_id]

    def _answer(self, query: Query, scored: Scored) -> Answer:
        """Return the answer of one passage; a short list introduction carries its items."""
        entry = self.index.passages[scored.number]
        passage = entry.passage
        highlights = _matched_spans(query, entry)
        anchors = {t.term for t in query.anchors}
        fact = pick_fact(passage.text, passage.facts, query.types, anchors, highlights, query.units)
        parts = [passage.text]
        for number in self._items.get(scored.number, ()):  # 此次会议有两点…： and the two points
            item = self.index.passages[number]
            offset = sum(len(part) + 1 for part in parts)
            highlights += [
                (start + offset, end + offset) for start, end in _matched_spans(query, item)
            ]
            parts.append(item.passage.text)
        return Answer(
            text="\n".join(parts),
            score=scored.score,
            source=Source.of(entry.article, passage),
            highlights=highlights,
            fact=DirectFact.of(fact) if fact is not None else None,
            passage_id=passage.id,
            article_id=entry.article.id,
        )


def _matched_spans(query: Query, entry: IndexedPassage) -> list[tuple[int, int]]:
    """Return where the question's known terms stand in a passage, overlapping spans joined."""
    return _merge(
        span
        for t in query.terms
        if t.known
        for term in t.matches
        for span in entry.spans.get(term, ())
    )


def _asks_place_in_ranking(question: str) -> bool:
    """Whether a question asks where something ranks overall, not among things it names.

    四个矿池里币安排第几？ ranks Binance among the four pools p16 compares, 蚂蚁矿池排第几跌多少？
    by its fall: that passage tells.
    """
    return (
        _PLACE_ASKED.search(question) is not None
        and not _AMONG_SOME.search(question)
        and not _BY_A_CHANGE.search(question)
    )


def _gives_reason_for_places(query: Query, entry: IndexedPassage) -> bool:
    """Whether each place of a why-question the passage names has its reason in its sentence.

    Only a passage giving a reason somewhere is judged: its reason may be another place's (p1
    gives Sichuan's, and names 新疆 only as one gone before). A passage giving none, or naming
    no place of the question, is left to the rest of the gate.
    """
    text = entry.passage.text
    if not _WHY_WORDS.search(text):
        return True
    for place in query.places:
        spans = entry.spans.get(place, ())
        if spans and not any(_WHY_WORDS.search(_sentence_at(text, start)) for start, _ in spans):
            return False
    return True


def _sentence_at(text: str, position: int) -> str:
    """Return the sentence of ``text`` that holds ``position``."""
    start, end = _sentence_bounds(text, position)
    return text[start:end]


def _sentence_bounds(text: str, position: int, ends_with: str = _SENTENCE_ENDS) -> tuple[int, int]:
    """Return where the sentence of ``text`` holding ``position`` starts and ends.

    Given ``CLAUSE_ENDS`` as ``ends_with``, the clause.
    """
    start = max(text.rfind(mark, 0, position) for mark in ends_with) + 1
    ends = [i for i in (text.find(mark, position) for mark in ends_with) if i >= 0]
    return start, min(ends, default=len(text))


def _asks_content(query: Query) -> bool:
    """Whether a question asks what was said or decided (会上说了啥？), not a fact of a kind."""
    return not query.types & _TYPED and not _ASKS_HEADER.search(query.text.casefold())


def _ranking_coverage(
    entry: IndexedPassage,
    weights: Weights,
    places: frozenset[str],
    narrower: frozenset[str] = frozenset(),
    intro: float = INTRO_MATCH,
) -> float:
    """Return coverage for ranking: an unrepeated title term counts ``TOPIC_MATCH``.

    A term of the article's title that the passage does not repeat counts ``TOPIC_MATCH``
    rather than ``CONTEXT_MATCH``. Every passage of an article is about its title
    (四川比特币矿场集体断电): the passage holding the deadline answers 四川矿场什么时候关停
    even when it does not say 四川 again. A place of the question (``places``) earns nothing in
    a passage that names other places instead: 青海's notice is not Sichuan's.
    """
    total = sum(weights.values())
    matched = 0.0
    for terms, weight in weights.items():
        if not entry.spans.keys().isdisjoint(terms):
            field = bool(entry.organ_fields) and entry.organ_fields.issuperset(
                t for t in terms if t in entry.spans
            )  # most passages name no organ: no pass over the terms for them
            kind = bool(narrower) and narrower.issuperset(t for t in terms if t in entry.spans)
            share = ORGAN_FIELD_MATCH if field else NARROWER_MATCH if kind else 1.0
            if terms[0].startswith("@") and _dated_only_as_today(entry, terms):
                share = TODAY_MATCH
            matched += share * weight
        elif entry.places and places.intersection(terms):
            continue  # the title's 四川 is not the topic of a passage that names 青海
        elif not entry.title_terms.isdisjoint(terms):
            matched += TOPIC_MATCH * weight
        elif not entry.intro_terms.isdisjoint(terms):
            matched += intro * weight
        elif not entry.context_terms.isdisjoint(terms):
            matched += CONTEXT_MATCH * weight
    return matched / total


def _dated_only_as_today(entry: IndexedPassage, terms: tuple[str, ...]) -> bool:
    """Whether every span of the date ``terms`` in the passage is a 今天 read as a date."""
    today = {(f.start, f.end) for f in entry.passage.facts if f.qualifier == "today"}
    spans = [span for t in terms for span in entry.spans.get(t, ())]
    return bool(today) and all(span in today for span in spans)


def _focus(entry: IndexedPassage, weights: Weights) -> float:
    """Share of the passage's characters that matched: ties go to the passage on the point."""
    matched = _merge(
        span
        for terms in weights
        for t in terms
        if not t.startswith("?")
        for span in entry.spans.get(t, ())
    )
    return sum(end - start for start, end in matched) / max(len(entry.passage.text), 1)


def _is_small_count(term: str) -> bool:
    """哪两个部门 makes an anchor #2 that would match every "two" of the article: ignore it."""
    return term.startswith("#") and term[1:].isdigit() and int(term[1:]) <= SMALL_COUNT


def _in_counted_list(entry: IndexedPassage) -> bool:
    """Whether the passage is an item of a list its introduction counts (有两点…： → §点)."""
    return any(item_word_term(counter) in entry.spans for counter in ITEM_COUNTERS)


def _is_answer(scored: Scored) -> bool:
    return (
        scored.coverage >= MIN_COVERAGE
        and scored.specificity >= MIN_SPECIFICITY
        and scored.holds_asked_kind
    )


def _type_bonus(query: Query, entry: IndexedPassage) -> float:
    facts = entry.passage.facts
    bonus = 0.0
    if "when" in query.types and any(f.kind != "figure" for f in facts):
        bonus += TYPE_BONUS
        if any(f.kind == "deadline" for f in facts):  # "when must…" is usually a deadline
            bonus += TYPE_BONUS / 2
            if _asks_title_event(query, entry):
                bonus += TYPE_BONUS / 2
        if query.asks_day and any(_FULL_DATE.match(f.value) for f in facts):
            bonus += DAY_BONUS  # 五月几号开的会？: 5月21日 rather than 5月下旬
    elif "deadline" in query.types and not query.asks_day and _AT_ONCE.search(entry.passage.text):
        bonus += TYPE_BONUS * 3 / 2  # When must plants stop supplying miners?: 立即, at once
    if "howmuch" in query.types and any(
        f.kind == "figure" and (f.qualifier == "ordinal") == query.asks_ordinal for f in facts
    ):
        bonus += TYPE_BONUS  # 第几次 asks an ordinal (第73次), 多少 a count or an amount
    if "who" in query.types and _WHO_WORDS.search(entry.passage.text):
        bonus += TYPE_BONUS / 2
        if query.asks_who_must and _OBLIGED_ACTOR.search(entry.passage.text):
            bonus += TYPE_BONUS / 4  # who must: the actor the text obliges, not one it names
    if "why" in query.types and _WHY_WORDS.search(entry.passage.text):
        bonus += TYPE_BONUS
    if "where" in query.types and entry.places:
        bonus += TYPE_BONUS / 2  # 关机的是哪的矿机？: p1 names 四川, p9's video no place
    if "said" in query.types and _SAID_WORDS.search(entry.passage.text):
        bonus += TYPE_BONUS
    if "clock" in query.types and _gives_clock_time(entry):
        bonus += TYPE_BONUS  # 几点 asks a time of day: 今晚0点 before 19日晚
    if "named" in query.types and "《" in entry.passage.text:
        bonus += TYPE_BONUS  # 那份通知标题叫啥？: the passage giving its title in 《》
    return bonus


def _asks_title_event(query: Query, entry: IndexedPassage) -> bool:
    """Whether every word of a question lies in the passage's title.

    四川比特币矿场什么时候断电？ asks when the title's own event happens: its deadline answers.
    """
    words = {t.term for t in query.terms if t.term[:1] not in ANCHOR_PREFIXES}
    return bool(words) and words <= entry.title_terms


def _goes_on_from(text: str, quoted: str) -> bool:
    """Whether ``text`` writes ``quoted`` and goes on in the same clause (吹 → 吹我, not 大会，)."""
    found = text.find(quoted)
    while found >= 0:
        after = found + len(quoted)
        if after < len(text) and "\u4e00" <= text[after] <= "\u9fff":
            return True
        found = text.find(quoted, found + 1)
    return False


def _holds_asked_kind(query: Query, entry: IndexedPassage) -> bool:
    """Whether a passage can hold the answer: a definition, a date, a figure.

    A brand the question names and the knowledge does not (F2Pool, ViaBTC) has no answer.
    A number or date the question names (the 50th meeting) must be one the knowledge holds, and
    one named as an ordinal (第二批) an ordinal of the passage, not a count (两批); whether
    something is legal, asked of nothing rarer than the knowledge's common words (挖矿违法吗？),
    has no answer; a passage saying the opposite of a question word and not the word (下降 for
    上涨) answers not.
    A place the question names must be named by the passage, its title, heading or list
    introduction, or lie in a place they name (雅安 in 四川; 新疆什么时候开始关停矿场的？ is not
    answered by a passage without 新疆) — by the passage itself when one place is named in a who
    question (Who runs Sichuan province? is not answered by p17, whose 四川 is the title's), a role
    (主任) by the passage itself or its list's introduction; 第二点 needs item 2 of a list,
    几点 a time on the clock, How do I…? steps to follow, 去哪了 a place something went to,
    下一次 or again words on times to come, 原话 a quote, 没关完会怎么处罚 a penalty named, why a
    figure ranks most or least a reason given; a
    name or who, a speaker other than one known by a letter (矿工A), and what things are called
    more than a count of them (26个项目叫什么名字？), a document's a title in 《》; which ones
    (哪些, 分别), a list; the unit of a figure named (800万是什么单位？), that figure with a unit.
    What-is needs a definition of a word of the question; when finished (关完), a deadline; when,
    a date or a deadline
    (新疆的矿场什么时候关停的？ is not answered by the lead, which names 新疆 without a date),
    a year asked, a date with its year; a ranking asked (the largest, 最多), a passage saying which
    is most or giving figures to compare;
    a deadline question (截止, 期限), a deadline (青海的截止日期是哪天？ is not answered by
    青海's 6月9日); where, a place the question does not name (or 在朋友圈); how much, a figure,
    in the unit asked (多少台), within ``COUNT_WINDOW`` characters of what is counted (有多少矿场)
    and in a sentence naming the place asked about unless it is the title's, and the Latin-script
    name asked about (Poolin), and not a count the question itself names: 四川今年发电量是多少？
    is not answered by a passage without a figure, 内蒙古的矿场有多少台矿机？ not by 800万千瓦,
    四川有多少矿场？ not by 6个市州, 新疆关了多少矿？ not by the lead's 800万千瓦, Poolin的算力是
    多少EH/s？ not by the network's 126.83EH/s, 26个项目里有几个已经关了？ not by 26个.
    """
    if any(_goes_on_from(entry.passage.text, quoted) for quoted in query.blanks):
        return True  # 清风虽细难吹谁？: the passage goes on from the words quoted up to the blank
    if query.names_unknown_brand:
        return False  # How many EH/s did F2Pool lose?: a brand the article never names
    if not all(_names_place(query, entry, place) for place in query.places):
        return False  # 新疆什么时候开始关停矿场的？ is not answered by a passage without 新疆
    if "who" in query.types and len(query.places) == 1 and not _names_itself(entry, *query.places):
        return False  # Who runs Sichuan province?: p17's 主持 is 刘鹤's, 四川 only the title's
    if any(
        not t.known and (t.term in query.ordinals or not _is_small_count(t.term))
        for t in query.anchors
    ):
        return False  # the 50th meeting, 第一批: a number or date no passage holds is not spoken of
    if query.bare_legality:
        return False  # 挖矿违法吗？: p24 names acts it calls 违法, not mining itself
    if any(t in entry.spans and not _holds_ordinal(entry, t) for t in query.ordinals):
        return False  # 第二批示范企业哪天批的？: p8's 两批 counts batches, it numbers none
    if query.asks_unit and not any(
        f.kind == "figure" and f.unit and any(t.term == f"#{f.value}" for t in query.anchors)
        for f in entry.passage.facts
    ):
        return False  # 800万是什么单位？: p1's 800万千瓦, not p15's bare 800万的负荷
    if any(
        term not in entry.spans and not entry.spans.keys().isdisjoint(opposite)
        for term, opposite in query.opposites
    ):
        return False  # 哪个矿池的算力上涨了？: p16's pools fell; it names no rise
    if query.items and not any(item in entry.spans for item in query.items):
        return False  # 第一项 asks for an item of a list: 内蒙古's 八项措施 lists none
    if query.counted_list_named and query.item_word not in entry.spans:
        return False  # 会上第三点是啥？: the meeting's 两点 have no third (3、 is the notice's)
    if not all(_names_role(entry, role) for role in query.roles):
        return False  # 内蒙古发改委主任是谁？ is not answered by a passage without a 主任
    if "define" in query.types and not _defines(query, entry):
        return False
    asks_when = "when" in query.types and "deadline" not in query.types  # 立即 is a deadline too
    if asks_when and not _dates_something_asked(query, entry):
        return False
    if asks_when and not _dates_the_period_asked(query, entry):
        return False
    if "deadline" in query.types and not _has_deadline(entry):
        return False
    if asks_when and any(t.term == "完成" for t in query.terms) and not _has_deadline(entry):
        return False  # 青海哪天关完的？: p23's 6月9日 is the notice's, no date of finishing
    kinds = query.types & _KINDS
    if "whither" in kinds and _tells_where_it_ended(query, entry):
        kinds -= {"whither"}
    if "later" in kinds and query.asks_became and _tells_where_it_ended(query, entry):
        kinds -= {"later"}  # 繁荣后来变成了啥？: p11's 融入到了 says what it became
    if any(not _TEXT_NEEDED[kind].search(entry.passage.text) for kind in kinds):
        return False  # How do I start mining?, 矿工后来去哪里了？: news says neither
    if "clock" in query.types and not _tells_time_of_day(entry):
        return False  # 几点 asks a time on the clock: 今晚0点, not 5月13日
    if (
        "why" in query.types
        and _RANKED.search(query.text.casefold())
        and not _WHY_WORDS.search(entry.passage.text)
    ):
        return False  # Poolin为什么跌得最少？: p16 ranks the pools but gives no reason
    if "why" in query.types and not _gives_reason_for_places(query, entry):
        return False  # 新疆为什么也关了？: p1 gives Sichuan's reason, names 新疆 elsewhere
    if _asks_place_in_ranking(query.text) and not _PLACE_GIVEN.search(entry.passage.text):
        return False  # 火币矿池现在排名第几？: p16 gives the pools' falls, no ranking of pools
    if query.asks_ranking and "when" not in query.types and not _ranks(entry):
        # Which of the 26 suspected projects was the largest?: p4 only counts them. (When is
        # there the most hydropower? asks a time, no ranking: p8's 每到丰水期.)
        return False
    if _ranks_other_things(query, entry):
        return False  # Which country has the most hashrate?: p16 compares pools
    if _compares_changes(query, entry) and not _says_superlative(query, entry):
        return False  # 哪个矿池的算力最大？: p16 compares how far the pools fell, not their sizes
    if query.unknown_listed is not None:
        return False  # 金融违法犯罪活动有哪些案例？: the article gives no 案例 to list
    if query.asks_list and not _lists(entry):
        return False  # 八项措施分别是什么？: p22 names the measures but lists none
    if "named" in query.types and any(
        t.known and t.term.startswith("#") and t.term not in entry.spans for t in query.anchors
    ):
        return False  # 26个项目都叫什么名字？: p6's 疑似项目 are not the 26 counted
    if _only_counts_what_is_named(query, entry):
        return False  # 26个项目叫什么名字？: p4 counts the projects, it names none
    if query.asks_ranking and query.nameable and not _ranks_named_kind(query, entry):
        return False  # 四川最大的矿场叫什么？: p15's 最大 is a hub's (聚集地), no mine's
    if query.asks_title and "《" not in entry.passage.text:
        return False  # 云南那个通知叫啥名字？: p24 mentions a notice, it gives no title
    if query.which_body and not any(word in entry.spans for word in query.which_body):
        return False  # 视频里的矿场是哪家公司的？: p9 names no company
    if query.names_unnamed:
        return False  # 云南那个办公室人士叫啥名？: the article names no one of them
    if "named" in query.types and _names_only_a_label(query):
        return False  # 矿工A叫什么名字？: a speaker the article names by a letter only
    if (
        query.labels
        and ("who" in query.types or _ASKS_IDENTITY.search(query.text))
        and not _CITED_AS_SOURCE.search(query.text.casefold())
    ):
        return False  # 矿工D是谁？ 矿工B是做什么生意的？: the letter is all the article says
    if "where" in query.types and not _tells_where(query, entry):
        return False  # 云南的矿工去哪里了？ is not answered by a passage naming only 云南
    if "where" in query.types and _asks_where_a_place_lies(query):
        return False  # 攀枝花在哪里？: the article names the city, it does not locate it
    if "howmuch" not in query.types or "when" in query.types:
        return True
    if query.unknown_counted is not None:
        return False  # 国网四川公司有多少员工？: no figure counts 员工, which the article lacks
    if query.asks_whether_many and _SAYS_MANY.search(entry.passage.text):
        return True  # 被放弃的水电多吗？: p8's 大量的水电 says so, with no figure
    if _asks_item_number(query):
        return list_item_number(entry.passage.text) is not None  # 排查属于第几项任务？: 3、
    if _asks_item_count(query) and LAST_ITEM in entry.spans and not _in_counted_list(entry):
        return True  # 通知一共几条？: the number of the last item (4、) counts them (两点 says it)
    if query.asks_ordinal and any(
        not query.units or m["unit"] in query.units
        for m in _ORDINAL_OF_THINGS.finditer(entry.passage.text)
    ):
        return True  # 那场大会是解封后的第几个？: p11's 第一个大会
    figures = [
        f
        for f in entry.passage.facts
        if f.kind == "figure" and (f.qualifier != "ordinal" or query.asks_ordinal)
    ]  # 开过多少次会议？ is not answered by 第五十一次, which numbers one meeting
    given = {t.term for t in query.anchors if not t.alternatives}  # not an option: 26还是28
    figures = [  # 26个项目里有几个…？ asks another count than the 26 it names
        f for f in figures if f.unit not in COUNT_UNITS or f"#{f.value}" not in given
    ]
    if query.units:
        figures = [
            f
            for f in figures
            if (f.unit or "").casefold() in query.units
            or _counts_generically(query, entry, f)
            or _is_unitless_load(query, entry, f)
        ]
    if query.counted is not None:
        counted = next((t.matches for t in query.terms if t.term == query.counted), ())
        counting = [*(counted or (query.counted,)), *query.counted_as]  # 疑似矿场: p4's 项目
        near = [span for term in counting for span in entry.spans.get(term, [])]
        text = entry.passage.text
        figures = [
            f
            for f in figures
            if any(
                _counts(text, f, start, end) or _counts_each(text, f, start) for start, end in near
            )
        ]
    if query.per_unit:  # 挖一个比特币要多少电？: 800万千瓦 is all of Sichuan's, not one coin's
        figures = [f for f in figures if _per_one_thing(entry, f)]
    elsewhere = query.places - entry.title_terms
    if elsewhere:  # 新疆关了多少矿？: the lead's 800万千瓦 is Sichuan's, its sentence names no 新疆
        figures = [f for f in figures if _sentence_names(entry, f.start, elsewhere)]
    names = frozenset(
        t.term for t in query.terms if _LATIN_NAME.fullmatch(t.term) and t.term in entry.spans
    )
    if names:  # Poolin的算力是多少EH/s？: p16's 126.83EH/s is the network's, not Poolin's
        figures = [f for f in figures if _sentence_names(entry, f.start, names)]
    return bool(figures)


def _counts_generically(query: Query, entry: IndexedPassage, figure: Fact) -> bool:
    """Whether a count in 个 counts a word of a question asking a count in another measure word.

    电网抓到的可疑挖矿的一共几家？: 26个 counts 疑似“挖矿”项目, whose first word the question names;
    四川的矿场有多少家？ is not answered by it, nor 示范企业有多少家？ by 6个市州.
    """
    if figure.unit != GENERIC_COUNT_UNIT or not query.units <= COUNT_UNITS:
        return False
    return any(
        figure.end <= start <= figure.end + 1  # right after: 26个疑似, not 6个市州分别开展水电消纳
        for term in query.terms
        if term.known
        for word in term.matches
        for start, _ in entry.spans.get(word, ())
    )


def _asks_item_number(query: Query) -> bool:
    """Whether a question asks which item of a list something is (属于第几项任务？ 第几条)."""
    return query.asks_ordinal and bool(query.units) and query.units <= ITEM_COUNTERS


def _asks_item_count(query: Query) -> bool:
    """Whether a question asks how many items a list has (通知一共几条？ 有几项任务？)."""
    return not query.asks_ordinal and bool(query.units) and query.units <= ITEM_COUNTERS


def _counts(text: str, figure: Fact, start: int, end: int) -> bool:
    """Whether ``figure`` counts or measures the word at ``start``–``end`` of ``text``.

    A count comes before what it counts (26个疑似项目), not across an opening bracket (八项措施
    （征求意见稿） counts 措施, not 意见); a measured amount may follow it too
    (负荷大概在800万千瓦). 矿工聚集地，大约有800万的负荷 counts 负荷, not 矿工.
    """
    if figure.end <= start <= figure.end + COUNT_WINDOW:
        return _OPENING.search(text, figure.end, start) is None
    measured = figure.unit is not None and figure.unit not in COUNT_UNITS
    return measured and figure.start - end <= COUNT_WINDOW and end <= figure.start


def _counts_each(text: str, figure: Fact, start: int) -> bool:
    """Whether ``figure`` counts things that each hold the word at ``start`` (分别, "each").

    6个市州分别开展…示范区试点: six cities, each a pilot, so six pilots; within one clause.
    """
    between = text[figure.end : start]
    return figure.end <= start and "分别" in between and _CLAUSE_BREAKS.search(between) is None


def _names_role(entry: IndexedPassage, role: str) -> bool:
    """Whether the passage names ``role`` itself, or the list it is an item of does.

    副总理 (deputy) is no 总理; 副总理那次会要打击啥？ is answered by an item of the meeting's
    list (一是打击比特币挖矿…), whose introduction names the 副总理.
    """
    intro = entry.intro_terms
    if role in intro and (role.startswith("副") or f"副{role}" not in intro):
        return True
    text = entry.passage.text
    return any(
        role.startswith("副") or start == 0 or text[start - 1] != "副"
        for start, _ in entry.spans.get(role, ())
    )


def _has_deadline(entry: IndexedPassage) -> bool:
    """Whether the passage sets a deadline: a date to finish by (6月20日前), or 立即 (at once)."""
    facts = entry.passage.facts
    return (
        any(f.kind == "deadline" for f in facts) or _AT_ONCE.search(entry.passage.text) is not None
    )


def _dates_something_asked(query: Query, entry: IndexedPassage) -> bool:
    """Whether a date or deadline of the passage dates something the question names.

    A date opening the passage (5月21日，…) dates all of it; one inside it, only its sentence:
    p16's 5月13日 is the day of the record hashrate, not of anything Binance did. 立即 (at once)
    right before a word the question names tells when too: 发电企业啥时候停止给挖矿的供电？ is
    answered by p5's 立即停止.
    """
    asked = frozenset(m for t in query.terms if t.known for m in t.matches)
    year_needed = query.asks_year and not any(t.known for t in query.anchors)
    if not year_needed and _at_once_does(entry, asked):
        return True
    return any(
        f.start <= DATELINE_OFFSET or _sentence_names(entry, f.start, asked)
        for f in entry.passage.facts
        if f.kind in ("date", "deadline") and (not year_needed or "年" in f.text)
    )


def _dates_the_period_asked(query: Query, entry: IndexedPassage) -> bool:
    """Whether a date of the passage stands in the clause of the period a question asks about.

    丰水期是几月？ When is Sichuan's wet season?: p8's 2019年8月 dates a plan, in another clause
    than 每到丰水期; the article never says when the season is. Only a question whose every
    word but places names a period (…期) is judged.
    """
    asked = [t for t in query.terms if t.known and t.term not in query.places]
    if not asked or not all(t.term.endswith(PERIOD_END) for t in asked):
        return True
    text = entry.passage.text
    return any(
        _sentence_bounds(text, f.start, CLAUSE_ENDS) == _sentence_bounds(text, start, CLAUSE_ENDS)
        for f in entry.passage.facts
        if f.kind in ("date", "deadline")
        for t in asked
        for start, _ in entry.spans.get(t.term, ())
    )


def _at_once_does(entry: IndexedPassage, asked: frozenset[str]) -> bool:
    """Whether 立即 (at once) stands right before one of the ``asked`` terms (立即停止)."""
    starts = {start for term in asked for start, _ in entry.spans.get(term, ())}
    return any(m.end() in starts for m in _AT_ONCE.finditer(entry.passage.text))


def _lists(entry: IndexedPassage) -> bool:
    """Whether the passage lists things.

    An enumeration (甘孜、攀枝花), a list's introduction (通知如下：), one of its items (一是…) or
    the lines of a poem (矿工A引用的诗句有哪些？).
    """
    text = entry.passage.text
    return (
        "、" in text
        or LIST_INTRO.search(text) is not None
        or list_item_number(text) is not None
        or verse_span(text) is not None
    )


def _only_counts_what_is_named(query: Query, entry: IndexedPassage) -> bool:
    """Whether the passage holds the things whose names are asked only as a count.

    26个项目叫什么名字？: p4 counts 26个疑似“挖矿”项目 and names none of them; 四川批准的示范企业
    叫什么名字？: p8 counts 多家…矿场企业 without a number, and names none either.
    """
    asked = [term for term in query.nameable if term in entry.spans]
    counts = [f for f in entry.passage.facts if f.kind == "figure" and f.unit in COUNT_UNITS]
    text = entry.passage.text
    return bool(asked) and all(
        any(_counts(text, f, start, end) for f in counts) or _counted_vaguely(text, start)
        for term in asked
        for start, end in entry.spans[term]
    )


def _counted_vaguely(text: str, start: int) -> bool:
    """Whether a word at ``start`` follows a count without a number (多家…矿场企业, 各类…项目).

    The window is twice a number's: the words between (以大数据科技为名义的) run longer than a unit.
    """
    before = text[max(start - COUNT_WINDOW * 2, 0) : start]
    found = list(_VAGUE_COUNT.finditer(before))
    return bool(found) and _OPENING.search(before, found[-1].end()) is None


def _holds_ordinal(entry: IndexedPassage, anchor: str) -> bool:
    """Whether the passage numbers something with ``anchor`` (第五十一次 for ``#51``)."""
    return any(
        f.kind == "figure" and f.qualifier == "ordinal" and f"#{f.value}" == anchor
        for f in entry.passage.facts
    )


def _names_only_a_label(query: Query) -> bool:
    """Whether a labelled speaker (矿工a) is all the question names.

    矿工B叫什么名字？ asks the name the article withholds; 矿工B提到的大会叫什么？ a conference's.
    """
    return bool(query.labels) and all(
        not t.known or any(t.term in label for label in query.labels) for t in query.terms
    )


def _gives_clock_time(entry: IndexedPassage) -> bool:
    """Whether a date of the passage gives a time on the clock (今晚0点 → …T00:00)."""
    return any("T" in f.value for f in entry.passage.facts if f.kind != "figure")


def _tells_time_of_day(entry: IndexedPassage) -> bool:
    """Whether a date of the passage gives a time on the clock or a part of the day.

    今晚0点 → …T00:00; 19日晚 is the nearest the article comes to what time the video spread.
    """
    return any(
        "T" in f.value or f.qualifier in PARTS_OF_DAY
        for f in entry.passage.facts
        if f.kind != "figure"
    )


def _tells_where(query: Query, entry: IndexedPassage) -> bool:
    """Whether the passage names a place the question does not, or says where with 在.

    A question asking for a place by its kind (哪个县, which province) needs a place named: 在朋友圈
    says where a video spread, not in which county it was shot.
    """
    if entry.places - query.places:
        return True
    if _ASKS_PLACE_NAME.search(query.text.casefold()):
        return False
    return _LOCATIVE.search(entry.passage.text) is not None


def _asks_where_a_place_lies(query: Query) -> bool:
    """Whether a where-question names places and nothing else (攀枝花在哪里？ Where is Ganzi?)."""
    return bool(query.terms) and all(t.term in query.places for t in query.terms)


def _per_one_thing(entry: IndexedPassage, figure: Fact) -> bool:
    """Whether ``figure`` is an amount per one thing: a rate (EH/s) or 每/单/平均 just before it.

    每到丰水期 earlier in the sentence makes no later figure one per year.
    """
    before = entry.passage.text[max(0, figure.start - PER_UNIT_WINDOW) : figure.start]
    return "/" in (figure.unit or "") or _PER_UNIT_FIGURE.search(before) is not None


def _sentence_names(entry: IndexedPassage, offset: int, terms: frozenset[str]) -> bool:
    """Whether the sentence of the passage holding ``offset`` holds one of ``terms``."""
    start, end = _sentence_bounds(entry.passage.text, offset)
    return any(s < end and e > start for t in terms for s, e in entry.spans.get(t, ()))


def _is_unitless_load(query: Query, entry: IndexedPassage, figure: Fact) -> bool:
    """Whether a figure without a unit is a load a question asks in watts (p15's 800万的负荷)."""
    return (
        not figure.unit
        and not query.units.isdisjoint(_POWER_UNITS)
        and _LOAD_AFTER.match(entry.passage.text, figure.end) is not None
    )


def _tells_where_it_ended(query: Query, entry: IndexedPassage) -> bool:
    """Whether the passage says where a thing the question names ended (繁荣融入到了)."""
    ends = [
        end for t in query.terms if t.known for m in t.matches for _, end in entry.spans.get(m, ())
    ]
    return any(
        0 <= m.start() - end <= ENDED_THING_WINDOW
        for m in _ENDED_AS.finditer(entry.passage.text)
        for end in ends
    )


def _encloses(query: Query, entry: IndexedPassage, place: str) -> bool:
    """Whether the passage or its title names the larger place ``place`` lies in (雅安: 四川)."""
    return any(p == place and _mentions(entry, parent) for p, parent in query.enclosing)


def _ranks(entry: IndexedPassage) -> bool:
    """Whether the passage can rank things: it says which is most (最) or has figures to compare.

    Figures compare in one unit (p16's four falls in %: the analyzer's ``RANKED_TERM``); p8's
    6个市州 and 两批 count two kinds of thing and rank neither.
    """
    return "最" in entry.passage.text or RANKED_TERM in entry.spans


_SUPERLATIVE_PHRASE = re.compile(r"最[^，,。；;、！!？?]*")
"""最大的比特币矿工聚集地: a superlative and the phrase it ranks, to the next punctuation."""


def _ranks_named_kind(query: Query, entry: IndexedPassage) -> bool:
    """Whether a superlative of the passage ranks a thing of the kind whose name is asked.

    The ranked thing ends the phrase: 最大的比特币矿工聚集地 ranks a hub, though a word of the
    phrase (矿工) is a miner.
    """
    ends = {m.end() for m in _SUPERLATIVE_PHRASE.finditer(entry.passage.text)}
    return any(end in ends for term in query.nameable for _, end in entry.spans.get(term, ()))


def _ranks_other_things(query: Query, entry: IndexedPassage) -> bool:
    """Whether a passage answers a ranking only by comparing figures of things not asked.

    p16 compares the pools' falls: 哪个矿池跌得最多？ is answered by it, Which country has the
    most hashrate? is not. A passage saying the superlative itself (the most tragic: p12's
    最惨烈) may, but not with a bare 最 (most: 最后 ranks nothing) nor with 最大 of another kind
    (Which pool is the largest?: p15's 最大 is a hub's). A place of the kind asked will do for
    its name (哪个省: 四川).
    """
    kind = query.ranked_kind
    if kind is None or _mentions(entry, kind):
        return False
    if any(_mentions(entry, place) for place in query.ranked_places):
        return False
    ranked = [t.term for t in query.terms if RANKED_TERM in t.alternatives]
    if not ranked:
        return False
    if all(term == SIZE_SUPERLATIVE for term in ranked):
        return True  # Which pool is the largest?: p15's 最大 is the hub's, not a pool's
    return not _says_superlative(query, entry)


def _compares_changes(query: Query, entry: IndexedPassage) -> bool:
    """Whether the figures a passage compares are changes the question does not ask of."""
    return RANKED_TERM in entry.spans and not query.unasked_changes.isdisjoint(entry.spans)


def _says_superlative(query: Query, entry: IndexedPassage) -> bool:
    """Whether the passage says a superlative of the question itself (p15's 最大).

    Not a bare 最 (most): any 最 (最后) is no ranking, unless the passage puts it before a word
    of the question (the most tragic scene: p12's 最惨烈).
    """
    said = [t.term for t in query.terms if RANKED_TERM in t.alternatives and t.term != "最"]
    if any(term in entry.spans for term in said):
        return True
    if not any(t.term == "最" for t in query.terms):
        return False
    return any(f"最{t.term}" in entry.passage.text for t in query.terms if t.term != "最")


def _names_itself(entry: IndexedPassage, term: str) -> bool:
    """Whether the passage or its list introduction holds ``term`` (not only its title)."""
    return term in entry.spans or term in entry.intro_terms


def _names_place(query: Query, entry: IndexedPassage, place: str) -> bool:
    """Whether the passage names ``place``, a word the question takes for it, or a place it lies in.

    English China is 中国 or 国内: p11's 国内解封期 is China's.
    """
    said = next((t.matches for t in query.terms if t.term == place), (place,))
    return any(_mentions(entry, word) for word in said) or _encloses(query, entry, place)


def _mentions(entry: IndexedPassage, term: str) -> bool:
    """Whether the passage, its title, heading or list introduction holds ``term``."""
    return (
        term in entry.spans
        or term in entry.title_terms
        or term in entry.context_terms
        or term in entry.intro_terms
    )


def _defines(query: Query, entry: IndexedPassage) -> bool:
    """Whether the passage defines a word of the question (算力是什么意思？ needs a definition).

    News rarely defines its words; a passage that merely uses 算力 does not say what it is. A
    word right before 就是 is said what it is (圈里第一个大会是什么？).
    """
    text = entry.passage.text
    marks = [m.start() for m in _DEFINITION.finditer(text)]
    identities = [m.start() for m in _IDENTIFIES.finditer(text)]
    spans = [span for t in query.terms for term in t.matches for span in entry.spans.get(term, ())]
    return any(abs(start - mark) <= COUNT_WINDOW for start, _ in spans for mark in marks) or any(
        end == mark for _, end in spans for mark in identities
    )


def _ranks_lower(query: Query, entry: IndexedPassage) -> bool:
    """Whether a passage fits the question less well, though it may still answer it.

    A question about 四川 and a passage that names only other places (青海's notice).
    """
    named = query.places | {parent for _, parent in query.enclosing}  # 雅安 lies in 四川
    return bool(query.places and entry.places and not entry.places & named)


def _elsewhere(entry: IndexedPassage, title_places: frozenset[str]) -> bool:
    """Whether a passage names only places its article's title does not (云南 under 四川…)."""
    return bool(title_places and entry.places and entry.places.isdisjoint(title_places))


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and join those that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
