"""How a reader's question becomes terms: their phrasing counts little, their subject fully."""

import pytest

from knowledge.analyzer import RANKED_TERM
from knowledge.query import analyze


def _weights(retriever, question):
    return {t.term: t.weight for t in analyze(question, retriever.index).terms}


@pytest.mark.parametrize(
    ("question", "phrasing"),
    [
        ("青海那边啥态度？", "态度"),
        ("内蒙古出了啥狠招？", "狠招"),
        ("What was the stance of Qinghai?", "stance"),
        ("What does the article highlight about Qinghai?", "highlight"),
        ("What does the notice say it highlighted for Qinghai?", "highlighted"),  # an -ed form
        ("How does the article describes Qinghai's stance?", "describes"),  # an -s form
    ],
)
def test_words_naming_an_aspect_count_little(retriever, question, phrasing):
    weights = _weights(retriever, question)
    assert weights[phrasing] < 0.2
    assert any(w == 1.0 for t, w in weights.items() if t != phrasing)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("矿机在哪里买？", "买"),  # one character, yet the subject
        ("四川的矿工都改行了吗？", "改行"),
    ],
)
def test_a_subject_the_article_lacks_counts_fully(retriever, question, subject):
    assert _weights(retriever, question)[subject] == 1.0


@pytest.mark.parametrize(
    ("question", "domain"),
    [
        ("四川明天天气怎么样？", "天气"),  # the weather is another subject
        ("成都今晚下雨吗？", "下雨"),  # a yes/no question's event keeps its domain weight
        ("以太坊的算力跌了多少？", "以太坊"),
    ],
)
def test_a_word_of_another_domain_counts_double(retriever, question, domain):
    assert _weights(retriever, question)[domain] == 2.0


def test_words_jieba_glued_to_an_alias_are_cut(retriever):
    weights = _weights(retriever, "算力跌成啥样了？")  # 跌 is an alias of 下降
    assert "跌成" not in weights
    assert "下降" in weights


def test_a_character_moves_across_a_cut_that_glued_two_words(retriever):
    weights = _weights(retriever, "矿机关了以后呢？")  # jieba reads 矿 + 机关
    assert "机关" not in weights
    assert {"矿机", "关停"} <= set(weights)


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("五月下旬那会内蒙古干了啥？", True),  # a month without a day matches on the month
        ("5月21日开了什么会？", False),  # a day is matched on month and day
        ("What happened on the 19th?", False),  # a day without a month names no month
    ],
)
def test_a_month_alone_anchors_on_the_month(retriever, question, month):
    assert any(t.startswith("@m") for t in _weights(retriever, question)) == month


@pytest.mark.parametrize(
    ("question", "has_dian"),
    [
        ("挖矿的电啥时候断？", False),  # 断…电 is 断电 (关停): the event asked, said split
        ("停了多少电啊", True),  # how much: 电 is the amount asked
    ],
)
def test_half_of_a_word_said_split_is_dropped_in_when_questions(retriever, question, has_dian):
    assert ("电" in _weights(retriever, question)) == has_dian


def test_question_phrases_are_removed_in_a_fixed_order(retriever):
    # of 几次 and 第几 in 第几次开了 whichever goes first decides what is left: the order may
    # not follow a set's, which changes with every process (PYTHONHASHSEED)
    phrases = retriever.index.analyzer.lexicon.question_phrases
    assert list(phrases) == sorted(phrases, key=lambda w: (-len(w), w))
    assert "次开" not in _weights(retriever, "金融委那次会是第几次开了？")


def test_the_readers_own_verb_counts_little(retriever):
    # 发了 (an aspect word, so one word to jieba) says how the reader asks, not what about
    weights = _weights(retriever, "四川能源局发了什么？")
    assert weights["发了"] < 0.2
    assert weights["能源局"] == 1.0


def test_an_english_name_the_article_lacks_counts_double(retriever):
    assert _weights(retriever, "Is crypto mining banned in Europe?")["europe"] == 2.0
    # a sentence's first word is capitalised anyway: no evidence of a name
    assert _weights(retriever, "Europe bans crypto mining?")["europe"] == 1.0
    # a website is a name however it is cased, among Chinese words too
    assert _weights(retriever, "看blockchain.com的全网算力是多少？")["blockchain.com"] == 2.0


def test_a_new_name_jieba_guesses_stays_whole(retriever):
    # neither cut into characters nor "corrected": 聪是 sounds like the article's 从事
    assert set(_weights(retriever, "中本聪是谁？")) == {"中本聪"}


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("省电力公司上报了多少个疑似挖矿项目？", "项目"),  # the head of the noun phrase
        ("四川有多少矿场被关停？", "矿机"),  # canonical form; stops at 被
        ("这次一共停了多少矿机的电？", None),  # 矿机的电 counts 电, too short to hold to
        ("关机的负荷有多少？", "负荷"),  # nothing after 多少: what comes before 有
        ("内蒙古的矿场有多少？", "矿机"),
        ("这回四川一口气关掉的负荷有多少？", "负荷"),  # the noun right before 有, not 四川
        ("算力跌了多少？", None),  # no 有: 算力 is what fell, not what is counted
        ("国网四川省电力公司报了多少项目？", "项目"),  # 项目 is a word, not the measure word 项
        ("四川大概有多少电在挖矿？", None),  # jieba glues 电在: the phrase ends, not at 挖矿
        ("巴蜀的负荷有多少在挖矿？", "负荷"),  # how much of the load mines: before 有, not 挖矿
        ("被关停的项目中有多少是大数据公司？", "公司"),  # 有多少是: what follows is counted
    ],
)
def test_the_thing_a_count_counts_is_read(retriever, question, counted):
    assert analyze(question, retriever.index).counted == counted


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("内蒙古的矿场有多少台矿机？", {"台"}),
        ("比特币多少钱？", {"元"}),
        ("哪几个矿池跌了？", set()),  # "which", not "how many"
        ("内蒙古那份意见稿里有几条措施？", {"项", "条"}),  # items: 八项措施 answers 几条
        ("AntPool 跌了几个百分点？", {"%"}),  # 个, then 百分点
        ("How much did Huobi Pool lose in dollars?", {"美元"}),  # the unit asked at the end
        ("币安的算力掉了多少比例？", {"%"}),  # 比例 is a share
        ("What is the hashrate of Binance in EH/s?", {"eh/s"}),  # the hashrate of asks a figure
        ("币印矿池目前的算力是多少？", {"eh/s"}),  # a level of 算力 now: level_units.tsv
        ("蚂蚁矿池原本算力有多少？", {"eh/s"}),  # 算力 before 有 is the measure, not a count
        ("币安矿池现在算力掉了多少？", set()),  # 掉 (下降) asks the fall: a share answers
        ("币安矿池算力多少？", set()),  # no time asked: either a level or a fall
        ("这几个矿池的跌幅按多长时间算？", {"小时", "天"}),  # 这几个 points, counts none
    ],
)
def test_the_unit_of_a_count_is_read(retriever, question, units):
    assert units <= analyze(question, retriever.index).units
    assert bool(units) == bool(analyze(question, retriever.index).units)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("省电力公司有多少员工？", "员工"),  # the article never names staff: nothing counts them
        ("省电力公司上报了多少个疑似挖矿项目？", None),  # 项目 is the article's own word
        ("示范区一共涉及几个地方？", None),  # 地方 is the reader's word for the article's 市州
        ("全网算力是多少EH/s？", None),  # a unit, not a thing counted
        ("How many jobs were lost in Sichuan?", "就业"),  # in English as in Chinese
        ("How many mining pools lost hashrate?", None),  # 矿池 is the article's own word
        ("How many people attended the meeting?", None),  # people: the reader's word
    ],
)
def test_a_count_of_something_the_article_never_names_is_noted(retriever, question, unknown):
    assert analyze(question, retriever.index).unknown_counted == unknown


def test_a_word_jieba_glues_that_readers_mean_as_two_is_read_apart(retriever):
    # 还给 is "return" to jieba; 还给…批复吗 asks whether approvals are still given
    assert "还给" not in _weights(retriever, "青海往后还给挖矿项目立项批复吗？")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("这回哪个池子最抗跌？", "矿池"),  # 池子 is the article's 矿池
        ("Which mining pool lost the most hashrate?", "矿池"),
        ("Which country has the most hashrate now?", "国家"),
        ("四个矿池里哪个跌得最狠？", None),  # 跌得 is no kind of thing
        ("Which of the pools fell most?", None),  # of: the kind is named elsewhere
    ],
)
def test_the_kind_a_ranking_asks_which_one_of(retriever, question, kind):
    assert analyze(question, retriever.index).ranked_kind == kind


def test_a_ranking_of_places_knows_the_places_of_the_kind(retriever):
    places = analyze("哪个省挖矿最多？", retriever.index).ranked_places
    assert {"四川", "内蒙古", "云南"} <= places
    assert "雅安" not in places  # a city, not a province
    assert "雅安" in analyze("哪个城市挖矿最多？", retriever.index).ranked_places


def test_figures_compared_in_one_unit_are_a_ranking(retriever):
    passages = retriever.index.passages
    assert RANKED_TERM in passages[15].spans  # p16: four falls in %
    assert RANKED_TERM not in passages[2].spans  # p3: 第73次 and 第51次 number meetings


def test_a_not_a_asks_about_a(retriever):
    # 严不严 asks whether it is 严: 不严 is no word of the question
    weights = _weights(retriever, "青海那边管得严不严？")
    assert "不严" not in weights
    assert "严" in weights


def test_a_word_jieba_only_guesses_is_weighed_by_its_guessed_tag(retriever):
    # 最狠 is no dictionary word; jieba's HMM reads it as an adverb, a filler
    assert _weights(retriever, "火币那边掉得最狠吧，掉了多少？")["最狠"] < 1.0


def test_a_three_character_word_is_no_typo_of_a_two_character_one(retriever):
    # 总经理 is not 副总理's 总理 with a character too many
    assert "总理" not in _weights(retriever, "国家电网的总经理是谁？")


@pytest.mark.parametrize(
    ("question", "asked", "not_asked"),
    [
        ("What did miner A say when it ended?", "said", "when"),
        ("What is the good news for people who want a graphics card?", None, "who"),
        ("When and where did the video spread?", "where", None),
        ("Who chaired the meeting, and when?", "when", None),
        ("What must I do, and by when?", "when", None),  # joined across the preposition
        ("Which pools fell, and until when?", "when", None),
    ],
)
def test_a_wh_word_opening_a_relative_clause_asks_nothing(retriever, question, asked, not_asked):
    types = analyze(question, retriever.index).types
    assert asked is None or asked in types
    assert not_asked is None or not_asked not in types


@pytest.mark.parametrize(
    "question", ["云南对挖矿企业用电安全隐患如何处理？", "青海對目前已有的各類挖礦項目有何處置？"]
)
def test_how_to_handle_does_not_ask_where(retriever, question):
    # 如何处理 and 有何处置 hold 何处 (where): the longer cue is read first
    types = analyze(question, retriever.index).types
    assert "where" not in types
    assert "how" in types


@pytest.mark.parametrize(
    ("question", "deadline"),
    [
        ("When is the last day for the screening by city governments?", True),
        ("What is Yunnan's target date for the cleanup?", True),
        ("What did Poolin lose over the last day?", False),  # 近24小时, a recent span
        ("when do the mines have to be shut by?", True),  # a when question ending in by
        ("What was the shutdown caused by?", False),  # by, but no when
        ("云南6月底前查处了多少家企业？", False),  # counts by a date it names: no date asked
        ("云南要在6月底前完成什么？", True),  # 底前 still asks for a passage with a deadline
    ],
)
def test_the_last_day_for_something_asks_a_deadline(retriever, question, deadline):
    assert ("deadline" in analyze(question, retriever.index).types) == deadline


def test_what_hour_asks_the_clock(retriever):
    # 啥点儿 is the colloquial 几点: the question asks a time of day, and 点儿 is no word of it
    query = analyze("四川那边矿机到底啥点儿全关掉？", retriever.index)
    assert {"when", "clock"} <= query.types
    assert "点儿" not in _weights(retriever, "四川那边矿机到底啥点儿全关掉？")


@pytest.mark.parametrize(
    "question", ["Which regions cracked down?", "Which region stopped mining?"]
)
def test_which_regions_asks_where(retriever, question):
    query = analyze(question, retriever.index)
    assert "where" in query.types
    assert "地区" not in {t.term for t in query.terms}  # the kind asked, not a word to match


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("金融委会上一共强调了几点？", True),  # points made: a count in 点, as 几条 is
        ("矿工说了几点关机？", False),  # the hour
        ("会上说了几点印象深的？", True),  # points that left an impression
        ("那次会让人记住的是几点？", True),
    ],
)
def test_how_many_points_is_a_count_not_the_hour(retriever, question, counts):
    query = analyze(question, retriever.index)
    assert ("howmuch" in query.types) is counts
    assert ("clock" in query.types) is not counts


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("这几个矿池有啥共同点？", False),  # points at the pools named, counts nothing
        ("那几家矿池是啥背景？", False),
        ("这几个矿池一共掉了多少？", True),  # 多少 still asks
        ("26这个数是咋回事？", False),  # 这个数 holds 个数 but asks what the number is
    ],
)
def test_these_few_points_rather_than_counts(retriever, question, counts):
    assert ("howmuch" in analyze(question, retriever.index).types) is counts


def test_how_many_of_an_amount_asks_how_much(retriever):
    # load is measured, not counted: "how many load" asks the 800万千瓦, in no count unit
    query = analyze("How many load did Sichuan switch off?", retriever.index)
    assert "howmuch" in query.types
    assert query.units == frozenset()
    assert query.counted is None


@pytest.mark.parametrize(
    "question",
    ["How long does Yunnan give for its cleanup?", "How much time do Sichuan's power firms have?"],
)
def test_the_time_given_asks_a_deadline_not_a_span(retriever, question):
    query = analyze(question, retriever.index)
    assert {"when", "deadline"} <= query.types
    assert "howmuch" not in query.types
    assert query.units == frozenset()  # no hours or days


@pytest.mark.parametrize(
    ("question", "per_unit"),
    [
        ("挖一个比特币要多少度电？", True),
        ("听说四川关的矿机耗电顶得上一个省，到底多大负荷？", False),  # compares the whole load
        ("How much power does each rig draw, per kWh?", True),
        ("Per reports, how much load mines crypto?", False),  # per reports: as reports say
        ("How much load, per the grid, was switched off?", False),
        ("How much load was switched off, per practitioner C?", False),  # as C says
    ],
)
def test_one_thing_asks_per_unit_unless_compared_with(retriever, question, per_unit):
    assert analyze(question, retriever.index).per_unit is per_unit


def test_whether_something_may_go_on_asks_about_it_not_going_on(retriever):
    # 还能继续供电吗？ is answered by 立即停止…供电: 继续 is how the reader asks
    assert "继续" not in _weights(retriever, "电厂还能继续给矿场供电吗？")
    assert "继续" in _weights(retriever, "作为矿工，我能去哪个省继续挖？")  # 继续 without 还能


def test_the_first_step_asks_what_to_do_not_the_first_of_something(retriever):
    # 第一步 is no 第一 the article writes (第一个大会)
    assert "第一" not in _weights(retriever, "发电企业第一步要干嘛？")


def test_people_using_english_is_no_human_use(retriever):
    # jieba's 人用 ("for human use") is read apart (split_words.txt): 现场的人 用 英文
    weights = _weights(retriever, "视频里现场的人用英文说了啥？")
    assert "人用" not in weights
    assert "英文" in weights


@pytest.mark.parametrize(
    ("question", "asks_title"),
    [
        ("云南那个通知叫啥名字？", True),
        ("通知里管国企发电厂叫啥？", False),  # 通知里: where the name stands
        ("What is the state grid's branch in Sichuan called in the notice?", False),
        ("What is the Qinghai notice called?", True),
    ],
)
def test_a_document_named_as_where_a_name_stands_is_not_what_is_named(
    retriever, question, asks_title
):
    assert analyze(question, retriever.index).asks_title is asks_title


def test_miners_asked_what_they_said_are_the_people(retriever):
    # the glossary reads miners as 矿工 or 矿机; what they felt is the people's
    feel = {t.term: t for t in analyze("how did miners feel about it", retriever.index).terms}
    shut = {t.term: t for t in analyze("why shut the miners down", retriever.index).terms}
    assert feel["矿工"].matches == ("矿工",)
    assert "矿机" in shut["矿工"].matches


def test_a_passage_opening_with_this_time_takes_the_one_before_as_context(retriever):
    # p18's 此次会议有两点… speaks of p17's meeting of the 金融委
    passages = retriever.index.passages
    assert "金融委" in passages[17].context_terms
    assert "金融委" not in passages[18].context_terms  # 一是… opens with no 此次


def test_a_sealed_word_is_not_matched_by_its_parts(retriever):
    # 大数据 (sealed_words.txt) is no 数据 a source gives: p8 and p23 hold only 大数据
    index = retriever.index
    assert index.passages[7].spans.keys() >= {"大数据"}
    assert "数据" not in index.passages[7].spans
    assert "数据" in index.passages[15].spans  # btc.com数据显示


def test_which_committee_asks_who_and_leaves_no_piece_of_committee(retriever):
    # 哪个委 (which commission) is a cue; 哪个委员会 must not leave 员 of 委员会 behind
    question = "四川落实的是哪个委员会的要求？"
    assert "who" in analyze(question, retriever.index).types
    assert not {"员", "员会"} & set(_weights(retriever, question))


def test_the_complete_name_asks_a_name(retriever):
    # 完整名字 is 全称: the question names 金融委 and asks its name, nothing 完整
    question = "文中说的金融委，完整名字叫啥？"
    assert "named" in analyze(question, retriever.index).types
    assert set(_weights(retriever, question)) == {"金融委"}


def test_when_before_asks_a_deadline(retriever):
    assert {"when", "deadline"} <= analyze("到底几号之前要把矿关掉？", retriever.index).types


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("四川那几年为啥有一堆矿场打着大数据的旗号？", False),  # a stretch of years, no count
        ("四川前几年批了几批示范企业？", True),  # 几批 still asks a count
    ],
)
def test_some_years_ask_no_count(retriever, question, counts):
    assert ("howmuch" in analyze(question, retriever.index).types) is counts


def test_the_count_asked_after_some_years_is_the_one_asked(retriever):
    # 前几年 names a stretch of years: the count asked is 几批, in batches, not in years
    assert "年" not in analyze("四川前几年批了几批示范企业？", retriever.index).units


def test_a_time_of_day_without_a_date_matches_on_the_clock(retriever):
    # 今晚0点 in a question names no day: no day anchor, only the time on the clock
    terms = set(_weights(retriever, "今晚0点发生了什么？"))
    assert "@T00:00" in terms
    assert not any(t.startswith("@d") for t in terms)


def test_the_readers_own_words_are_not_taken_for_typos(retriever):
    # 显卡党 (an aspect word) is one word to jieba: its 党是 is no misspelt 当时
    assert "当时" not in _weights(retriever, "这事对显卡党是好消息吧？")


def test_which_committee_keeps_the_committee(retriever):
    # 哪个委员会 asks who, and 委员会 is the article's own word (国务院金融稳定发展委员会)
    query = analyze("国家层面是哪个委员会要打击挖矿？", retriever.index)
    assert "who" in query.types
    assert "委员会" in _weights(retriever, "国家层面是哪个委员会要打击挖矿？")


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("通知是照着省里哪次会来的？", True),  # 会 after which is a meeting
        ("金融委开的是啥会？", True),
        ("关停以后什么会涨价？", False),  # 什么会 + a verb: what will
    ],
)
def test_a_bare_hui_after_which_is_a_meeting(retriever, question, meeting):
    assert ("会议" in _weights(retriever, question)) is meeting


def test_a_copula_is_no_half_of_a_misspelt_word(retriever):
    # 的人是好事: 人是 sounds like the article's 人士, but 是 stands alone
    assert "人士" not in _weights(retriever, "这事对买显卡的人是好事吗？")


@pytest.mark.parametrize(
    ("question", "defines"),
    [
        ("区块链是什么？", True),
        ("刘鹤的简历是什么？", False),  # something of 刘鹤, not what 刘鹤 is
        ("金融委会议的第二点是什么？", False),
        ("区块链能干啥？", True),  # what a thing is for
        ("青海的发电企业不能干啥？", False),  # what a rule forbids
        ("省电力公司的全称是什么？", False),  # a name asked, no definition
    ],
)
def test_a_bare_what_is_asks_for_a_definition(retriever, question, defines):
    assert ("define" in analyze(question, retriever.index).types) is defines


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("矿工A念的诗是啥", "矿工a"),
        ("What poem did miner A quote?", "矿工a"),
        ("What did miner D say?", "从业者d"),  # the article's only D is 从业者D
        ("A那首诗第一句咋说的？", "矿工a"),  # a lone A before Chinese, not the English article
        ("那个A说的是啥？", "矿工a"),
    ],
)
def test_a_labelled_speaker_is_one_term(retriever, question, label):
    assert _weights(retriever, question)[label] == 1.0


@pytest.mark.parametrize("question", ["Did Qinghai issue a notice?", "A股明天会涨吗？"])
def test_the_english_article_a_is_no_label(retriever, question):
    weights = _weights(retriever, question)
    assert not any(term.endswith("a") and not term.isascii() for term in weights)


def test_only_chinese_words_get_a_guessed_part_of_speech(retriever):
    analyzer = retriever.index.analyzer
    assert analyzer.guess_part_of_speech("最狠") == "d"
    assert analyzer.guess_part_of_speech("197") is None  # the HMM knows Chinese characters only


@pytest.mark.parametrize(
    ("question", "units", "counted"),
    [
        ("内蒙古的矿场有多少台矿机？", {"台"}, "矿机"),
        ("How many mining pools are there in China?", {"个", "家"}, "矿池"),  # a count
        ("How many kilowatts of load were shut off?", {"kw"}, None),  # the unit asked
        ("少了多少万千瓦的用电？", {"kw"}, None),  # 万千瓦 measures the load: no noun counted
        ("四川关了多少台矿机？", {"台"}, "矿机"),  # a count still counts its noun
        ("火币矿池的算力是多少 EH/s？", {"eh/s"}, None),  # the unit typed in Latin letters
        ("几个矿池里谁最惨？", set(), None),  # which one of several, not how many
        ("跌幅是按多长时间算的？", {"小时", "天"}, None),  # the span counted over: a duration
        ("Over what period were the pool declines measured?", {"小时"}, None),
        ("How much did miners pay for electricity?", {"元"}, None),  # paid: money
        ("被放弃的水电有多少千瓦时？", {"度"}, None),  # 千瓦时 is energy, not 千瓦 of load
        ("那次会研究了多久？", {"小时", "天"}, None),  # any verb 了多久 asks a duration
    ],
)
def test_what_a_how_much_question_counts(retriever, question, units, counted):
    query = analyze(question, retriever.index)
    assert units <= set(query.units)
    assert bool(units) == bool(query.units)
    assert query.counted == counted


@pytest.mark.parametrize(
    ("question", "anchor"),
    [
        ("四川是6.20前关停吗？", "@06-20"),
        ("是不是得赶在6月20前关机？", "@06-20"),  # a day typed without 日 before 前
        ("6月20和6月25有啥区别？", "@06-20"),  # and before 和
        ("on 5/21", "@05-21"),
        ("2019.8印发的方案", "@2019-08"),
        ("3.5个小时", "#3.5"),  # an amount of hours, not March 5
        ("Poolin fell 8.05 percent", "#8.05"),  # the article's figure, not August 5
        ("6/20 deadline for who?", "@06-20"),  # a slash date before an English word
    ],
)
def test_dates_are_read_as_typed(retriever, question, anchor):
    assert anchor in {t.term for t in analyze(question, retriever.index).terms}


def test_a_polite_can_you_say_asks_no_quote(retriever):
    question = analyze("Can you say what the second point of the meeting was?", retriever.index)
    assert "said" not in question.types


@pytest.mark.parametrize("question", ["@article_bot 青海的文几号出的", "<b>青海</b>的文几号出的"])
def test_mentions_and_markup_are_no_words(retriever, question):
    terms = {t.term for t in analyze(question, retriever.index).terms}
    assert "青海" in terms
    assert not any("article" in t or t in ("b", "<b>") for t in terms)


def test_an_email_address_is_no_mention(retriever):
    terms = {t.term for t in analyze("是 info@cnbeta.com 发的吗", retriever.index).terms}
    assert any("cnbeta" in t for t in terms)


def test_the_answers_a_question_offers_are_one_term(retriever):
    query = analyze("矿场是6月20号关还是6月25号关？", retriever.index)
    dates = [t for t in query.terms if t.term.startswith("@")]
    assert len(dates) == 1
    assert {"@06-20", "@06-25"} <= set(dates[0].matches)
    assert "还是" not in {t.term for t in query.terms}


def test_still_is_no_choice(retriever):
    query = analyze("6月20日和6月25日的期限还是没变吗？", retriever.index)
    assert len([t for t in query.terms if t.term.startswith("@")]) == 2


def test_spaces_between_chinese_words_hide_no_cue(retriever):
    assert "whither" in analyze("四川 矿工 后来 去了 哪里？", retriever.index).types


@pytest.mark.parametrize(
    ("question", "plain", "given"),
    [
        ("会上除了挖矿还说了股市啥事？", "会上挖矿还说了股市啥事？", "挖矿"),
        (
            "Besides mining, what markets did the committee want kept stable?",
            "Mining, what markets did the committee want kept stable?",
            "挖矿",
        ),
    ],
)
def test_what_besides_names_counts_less(retriever, question, plain, given):
    assert _weights(retriever, question)[given] < _weights(retriever, plain)[given]


def test_last_in_a_deadline_question_is_the_deadline_said_twice(retriever):
    assert "最后" not in _weights(retriever, "四川矿场关停的最后deadline到底是几号？")
    assert "最后" in _weights(retriever, "四川是不是挖矿最后的堡垒？")  # no deadline asked


@pytest.mark.parametrize(
    ("question", "penalty"),
    [
        ("6月20日前没关完会怎么处罚？", True),
        ("发电企业自查不合格会被怎么处罚？", True),
        ("What is the penalty if miners fail to shut down by June 20?", True),
        ("What happens if they miss the deadline?", True),
        ("云南发现私搭私接会怎样？", False),  # no failure named: what the rule does
        ("如果市州查到可疑的矿场会咋样？", False),
    ],
)
def test_failing_an_order_asks_its_penalty(retriever, question, penalty):
    assert ("penalty" in analyze(question, retriever.index).types) is penalty


def test_the_end_of_a_month_typed_by_its_sound_is_read_as_typed_right(retriever):
    def terms(question: str) -> list[str]:
        return [t.term for t in analyze(question, retriever.index).terms]

    assert terms("云南在今年6月低完成啥") == terms("云南在今年6月底完成啥")
    assert "地区" in terms("6月地区的矿场")  # 地区 is a word, no misspelt 底


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("那26个疑似项目最后都关了吗？", True),  # whether it came to pass, later
        ("显卡后来真的降价了吗？", True),
        ("从业者C说的话后来应验了吗？", True),
        ("矿工们最后都说了啥？", False),  # 最后 here asks what was said, not whether
    ],
)
def test_whether_something_came_to_pass_in_the_end_asks_an_outcome(retriever, question, outcome):
    assert ("outcome" in analyze(question, retriever.index).types) == outcome


@pytest.mark.parametrize(
    ("question", "asks_unit"),
    [
        ("800万是什么单位？", True),
        ("那个800万单位是啥？", True),
        ("What unit is the 800万 in?", True),
        ("800万是哪个单位报的？", False),  # 单位 here is a body that reported it
        ("通知发给了哪些单位？", False),  # no figure named: the notice's addressees
    ],
)
def test_the_unit_of_a_figure_named_is_asked(retriever, question, asks_unit):
    query = analyze(question, retriever.index)
    assert query.asks_unit is asks_unit
    if asks_unit:  # the unit is what is asked, no word a passage must hold
        assert "单位" not in {t.term for t in query.terms}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("会上第三点是啥？", True),  # the meeting introduces the list of 两点
        ("通知第三点是啥？", False),  # the notice's list is counted by no 点
        ("第三条是啥？", False),  # no list is counted by 条
    ],
)
def test_a_question_naming_a_counted_list_is_read(retriever, question, named):
    assert analyze(question, retriever.index).counted_list_named is named


def test_the_articles_words_quoted_up_to_a_question_word_are_a_blank(retriever):
    assert analyze("矿工A说清风虽细难吹谁？", retriever.index).blanks == ("风虽细难吹",)
    assert analyze("刘鹤是谁？", retriever.index).blanks == ()
    assert analyze("第73次常务会议谁主持的？", retriever.index).blanks == ()  # asks who chaired


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("礦工B提起邊個大會？", "会议"),  # 边个 before a noun: which one
        ("邊個會負責排查？", None),  # before a verb (会, will): who
    ],
)
def test_cantonese_which_one_before_a_noun(retriever, question, asked):
    query = analyze(question, retriever.index)
    assert ("who" in query.types) == (asked is None)
    assert asked is None or asked in {t.term for t in query.terms}
