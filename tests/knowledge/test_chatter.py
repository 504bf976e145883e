import pytest

from knowledge.chatter import cites_the_text, without_chatter, without_markup


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("for my story: who chaired the meeting?", "who chaired the meeting?"),
        ("identify the deadline for the dragnet checks.", "the deadline for the dragnet checks."),
        ("朋友说火币矿池崩了，跌了多少？", "火币矿池崩了，跌了多少？"),
        ("can you confirm the deadline?", "the deadline?"),
        ("会上说要打击啥？", "要打击啥？"),  # what a meeting says is no one's quote
        ("保质保量是哪一条里说的？", "保质保量是哪一条 的？"),  # nor what an item says
        ("你会说英语吗？", "吗？"),  # what the bot can do is no word of the article
        ("您能用英文回答吗", "回答吗"),
        ("tl;dr of the sichuan notice?", "the sichuan notice?"),  # chat shorthand, no word
        ("bottom line: when is the deadline?", "when is the deadline?"),
        ("eli5 the hydropower plan", "the hydropower plan"),
    ],
)
def test_chatter_around_a_question_is_blanked_out(question, asked):
    assert without_chatter(question).split() == asked.split()


def test_a_question_without_chatter_is_left_alone():
    assert without_chatter("矿工b说的星河是啥意思？") == "矿工b说的星河是啥意思？"
    assert without_chatter("第二点说了啥？") == "第二点说了啥？"  # 说了啥 still asks


def test_markup_and_mentions_are_blanked_out():
    assert without_markup("@article_bot <b>四川</b>什么时候断电？").split() == [
        "四川",
        "什么时候断电？",
    ]


@pytest.mark.parametrize(
    ("question", "cites"),
    [
        ("文章第一句说币圈迎来了啥？", True),
        ("这篇文章说四川也没守住，原话是啥？", True),
        ("does the article say they lost power too?", True),
        ("矿工b说的星河是啥意思？", False),  # someone in the article says it
        ("what did miner a say?", False),
    ],
)
def test_a_question_naming_the_text_as_what_says_is_told_apart(question, cites):
    assert cites_the_text(question) is cites
