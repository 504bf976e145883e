"""Numbered lists: items know their number and the paragraph that introduces them."""

import pytest

from knowledge.list_items import asked_items, list_item_number


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
        ("What was the second emphasis of the meeting?", ["§2"]),
        ("第五十一次会议是哪天开的？", []),  # an ordinal of meetings, not an item
        ("最后的堡垒是哪里？", []),  # 最后 without an item word
        ("what's item 2 of sichuan's notice", ["§2"]),  # an item named by its number
        ("point #3 of the notice", ["§3"]),
        ("how many items are there", []),  # no number
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
    ],
)
def test_an_item_asked_by_number_is_answered(retriever, question, paragraph):
    answers = retriever.search(question).answers
    assert answers
    assert answers[0].source.paragraph == paragraph
