"""Clauses that only tell (the reader's own context) and clauses that ask."""

import pytest

from knowledge.clauses import asker_clauses, telling_clauses


def _told(question):
    return [question[start:end] for start, end in telling_clauses(question, question)]


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("我老家在四川，到底哪天截止？", ["我老家在四川，"]),
        ("做个记录：内蒙古出措施的日期是？", ["做个记录："]),
        ("i'm writing a report - what was the load?", ["i'm writing a report - "]),
        ("矿机关了，电费还要交吗？", ["矿机关了，"]),
        ("写论文用：金融委会议的主持人及其职务", ["写论文用："]),  # a request asks last
        ("my cousin has a shed in ganzi. when must it close?", ["my cousin has a shed in ganzi."]),
    ],
)
def test_the_readers_context_before_the_question_only_tells(question, told):
    assert _told(question) == told


@pytest.mark.parametrize(
    "question",
    [
        "四川矿场哪天截止？",  # one clause
        "以太坊呢，什么时候关？",  # both clauses ask: 呢 asks about 以太坊
        "126.83是啥数",  # a decimal point ends no clause
        "network hashrate per blockchain.com?",  # nor the dot of a website
        "四川关机负荷800万千瓦。",  # nothing asks
        "听说矿工都去了挪威，文章提了吗？",  # what the reader heard is what they ask about
        "听说四川6月20号前关停，是真的吗？",
        "朋友说矿机都运去了美国，文章提到具体数量了吗？",
        "Miners moved to Norway. Is that true?",
        "has qinghai closed its mines? when?",  # an auxiliary opening a clause asks
    ],
)
def test_nothing_is_context_when_no_clause_only_tells(question):
    assert _told(question) == []


def test_clauses_must_line_up_with_the_question_as_read():
    assert telling_clauses("我老家在四川，哪天截止？", "我老家在四川 哪天截止") == []


@pytest.mark.parametrize(
    ("question", "asker"),
    [
        ("上海人问：四川矿场啥辰光关？", ["上海人问："]),
        ("奶奶问我，四川那些挖比特币的啥时候不让干了", ["奶奶问我，"]),
        ("四川矿场哪天关？问一下", []),  # the last clause is the question itself
        ("记者问到的负荷是多少？", []),  # one clause
    ],
)
def test_a_clause_saying_who_asks_is_found(question, asker):
    spans = asker_clauses(question, question)
    assert [question[start:end] for start, end in spans] == asker


def test_a_greeting_neither_asks_nor_tells():
    # 在吗？ asks nothing of the article: 帮我推荐个矿池 is the whole request, not context
    def greeting(clause):
        return clause.strip("？，") in {"在吗", "你好"}

    assert telling_clauses("在吗？帮我推荐个矿池", "在吗？帮我推荐个矿池", greeting) == []
    assert telling_clauses("在吗？帮我推荐个矿池", "在吗？帮我推荐个矿池") != []
