"""Verse quoted in a passage is found by its lines: five or seven characters, in pairs."""

import pytest

from knowledge.verse import couplet_spans, verse_span

_MINER_A = (
    "有矿工A表示，“一个时代结束，bye bye！清风虽细难吹我，明月何尝不照人。"
    "寒冰不能断流水，枯木也会再逢春。”"
)


def test_the_first_couplet_is_found():
    span = verse_span(_MINER_A)
    assert span is not None
    assert _MINER_A[span[0] : span[1]] == "清风虽细难吹我，明月何尝不照人"


@pytest.mark.parametrize(
    "text",
    [
        "15 年前的今天，乔布斯在旧金山 Moscone West 举行",  # 年前的今天 is no line
        "今天，可以正式宣告一个时代的终结。",
        "一是打击比特币挖矿，二是维护市场平稳。",  # lines of unequal length
    ],
)
def test_prose_holds_no_verse(text):
    assert verse_span(text) is None


def test_every_couplet_is_found():
    found = [_MINER_A[start:end] for start, end in couplet_spans(_MINER_A)]
    assert found == ["清风虽细难吹我，明月何尝不照人", "寒冰不能断流水，枯木也会再逢春"]


def test_a_noun_run_together_inside_verse_is_found(retriever):
    # jieba cuts 寒冰不能断流水 into 断流 and 水: 流水 is read from the verse itself
    answers = retriever.search("诗里的流水怎么了？").answers
    assert answers[0].source.paragraph == 10
