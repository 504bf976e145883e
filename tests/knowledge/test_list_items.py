"""Numbered lists: items know their number and the paragraph that introduces them."""

import pytest

from knowledge.index import Index, items_of_short_intros, points_of_short_lists
from knowledge.ingest import parse_article
from knowledge.lexicon import load_lexicon
from knowledge.list_items import asked_item_word, asked_items, list_counter, list_item_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1、完成重点对象甄别关停", 1),
        ("4、切实履行主体责任", 4),
        ("二是要维护股、债、汇市场平稳运行", 2),
        ("（三）做好排查", 3),
        ("5月21日，国务院金融稳定发展委员会召开会议", None),  # a date, not an item
        ("一份《通知》的文件显示", None),
    ],
)
def test_list_item_numbers(text, number):
    assert list_item_number(text) == number


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("通知的第四条讲了什么？", ["§4"]),
        ("金融委会议第二点说了什么？", ["§2"]),
        ("what was the second point of the meeting?", ["§2"]),
        ("最后一条强调啥？", ["§last"]),
        ("最后那条说的主体责任是啥意思？", ["§last"]),
        ("这个通知最后强调了啥？", ["§last"]),
        ("What was the final requirement?", ["§last"]),
        ("What is the final instruction in the notice?", ["§last"]),
        ("What was the second emphasis of the meeting?", ["§2"]),
        ("第五十一次会议是哪天开的？", []),  # an ordinal of meetings, not an item
        ("最后的堡垒是哪里？", []),  # 最后 without an item word
        ("what's item 2 of sichuan's notice", ["§2"]),  # an item named by its number
        ("point #3 of the notice", ["§3"]),
        ("the 4th point of the notice", ["§4"]),  # a digit ordinal is no day (the 4th)
        ("what does item four say", ["§4"]),  # a number spelled out
        ("And item three's title?", ["§3"]),  # the possessive goes with the number
        ("what is point number two of the meeting", ["§2"]),
        ("how many items are there", []),  # no number
        ("通知头一条说的啥？", ["§1"]),  # 头一条 is 第一条
        ("会上头一个要打的是啥？", ["§1"]),  # so is 头一个 asking what is to be done
        ("发改委那份文让电企干的头一件事是啥？", ["§1"]),  # 头一件事: the first task
        ("圈里头一个大会在哪开的？", []),  # the first conference is no item
        ("会上第二件事是啥", ["§2"]),  # 第二件事: the second item
        ("What was the second thing the meeting stressed?", ["§2"]),  # the second thing
        ("What is the first thing power plants must stop?", []),  # the first thing to do
        ("发电企业第一件要干的是啥？", []),  # 第一件 with no 事 is how the reader asks
        ("whats the 3rd thing in the notice", ["§3"]),  # a numbered thing is an item
        ("What's the first thing generating firms must stop?", []),  # a first thing is none
    ],
)
def test_questions_asking_for_an_item(question, items):
    assert asked_items(question)[0] == items


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("通知的第四条讲了什么？", 7),
        ("What was the fourth requirement of the notice?", 7),
        ("What must power generation firms do under the second measure?", 5),  # measure → 措施
        ("会议令人印象深刻的第二点是什么？", 20),  # 印象深刻 is in the list's introduction
        ("通知最后一条强调啥？", 7),  # 4、 is the last item: none follows it
        ("What was the last point of the May 21 meeting?", 20),  # 二是 ends its list
        ("那次会议第二点主要讲的啥？", 20),  # 第二点: the meeting's list of 两点, not the notice's
        ("What was the second emphasis of the meeting?", 20),
        ("通知第二条要求发电企业干啥？", 5),  # the notice's items are still its own
        ("What is point two of the meeting?", 20),  # the meeting's 二是, spelled in English
    ],
)
def test_an_item_asked_by_number_is_answered(retriever, question, paragraph):
    answers = retriever.search(question).answers
    assert answers
    assert answers[0].source.paragraph == paragraph


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("会议第二点是什么？", "§点"),
        ("通知第四条讲了什么？", "§条"),
        ("What was the second point?", "§点"),
        ("What is the second measure?", "§项"),
        ("What is item 2?", None),  # an item says no counter
        ("the 4th point of the notice", "§点"),
        ("第五十一次会议是哪天？", None),
        ("会上说的第二件事是啥？", "§点"),  # 两件事 are the meeting's 两点
    ],
)
def test_the_counter_a_question_calls_items_by(question, word):
    assert asked_item_word(question) == word


def test_a_list_introduction_counts_its_items_with_its_figure_unit():
    assert list_counter([None, "点"]) == "点"  # 此次会议有两点令人印象深刻：
    assert list_counter(["个", None]) is None  # 26个 counts projects, not items


def _post(title, *paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return parse_article(f"---\ntitle: {title}\ndate: 2021-06-20 07:10:55\n---\n{body}")


def test_the_points_of_a_short_list_go_on_from_the_paragraph_before():
    meeting = _post(
        "会议", "5月21日，金融委召开会议。", "此次会议有两点：", "一是打击挖矿。", "二是维护市场。"
    )
    opening = _post("开头", "此次会议有两点：", "一是甲。")  # nothing before the introduction
    carried = _post("结尾", "金融委开会。", "会议有两点：")
    follower = _post("下一篇", "一是乙。")  # a new article: no list carried over from the last
    index = Index.build([meeting, opening, carried, follower], load_lexicon())
    points = points_of_short_lists(items_of_short_intros(index.passages))
    assert [index.passages[n].passage.text for n in sorted(points)] == [
        "一是打击挖矿。",
        "二是维护市场。",
    ]
