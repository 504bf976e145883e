from datetime import date

import pytest

from knowledge.facts import DateContext, extract_facts
from knowledge.numerals import chinese_to_int


def facts_of(text, day=date(2021, 6, 20)):
    return [
        (f.kind, f.text, f.value, f.unit, f.qualifier)
        for f in extract_facts(text, DateContext(year=day.year, day=day))
    ]


# Every date and figure of the seed article, as its sentence gives it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("关机的负荷大概在800万千瓦。", [("figure", "800万千瓦", "8000000", "kW", None)]),
        ("在6月20日前完成甄别清理关停工作", [("deadline", "6月20日前", "2021-06-20", None, "by")]),
        ("省政府第73次常务会议", [("figure", "第73次", "73", "次", "ordinal")]),
        ("委员会第51次会议", [("figure", "第51次", "51", "次", "ordinal")]),
        ("已上报26个疑似“挖矿”项目", [("figure", "26个", "26", "个", None)]),
        (
            "发现疑似项目立即关停，6月25日前完成；",
            [("deadline", "6月25日前", "2021-06-25", None, "by")],
        ),
        ("曾在2019年8月印发", [("date", "2019年8月", "2019-08", None, None)]),
        ("甘孜、攀枝花等6个市州", [("figure", "6个", "6", "个", None)]),
        (
            "2020年，四川陆续批准两批",
            [
                ("date", "2020年", "2020", None, None),
                ("figure", "两批", "2", "批", None),
            ],
        ),
        ("19日晚，一个小视频", [("date", "19日晚", "2021-06-19", None, "evening")]),
        ("四川800万负荷", [("figure", "800万", "8000000", None, None)]),
        ("大约有800万的负荷", [("figure", "800万", "8000000", None, None)]),
        ("平均算力126.83EH/s", [("figure", "126.83EH/s", "126.83", "EH/s", None)]),
        (
            "最高点197.61EH/s（5月13日）已经跌去近36%",
            [
                ("figure", "197.61EH/s", "197.61", "EH/s", None),
                ("date", "5月13日", "2021-05-13", None, None),
                ("figure", "近36%", "36", "%", "approx"),
            ],
        ),
        (
            "近24小时算力下降幅度分别是36.64%、25.58%、22.17%、8.05%",
            [
                ("figure", "近24小时", "24", "小时", None),
                ("figure", "36.64%", "36.64", "%", None),
                ("figure", "25.58%", "25.58", "%", None),
                ("figure", "22.17%", "22.17", "%", None),
                ("figure", "8.05%", "8.05", "%", None),
            ],
        ),
        ("5月21日，国务院金融稳定发展委员会", [("date", "5月21日", "2021-05-21", None, None)]),
        ("召开第五十一次会议", [("figure", "第五十一次", "51", "次", "ordinal")]),
        ("此次会议有两点令人印象深刻", [("figure", "两点", "2", "点", None)]),
        ("5月下旬，内蒙古、四川等地", [("date", "5月下旬", "2021-05", None, "late")]),
        ("5月下半月开了座谈会", [("date", "5月下半月", "2021-05", None, "late")]),
        ("5月中那会儿", [("date", "5月中", "2021-05", None, "mid")]),
        ("5月25日，内蒙古自治区", [("date", "5月25日", "2021-05-25", None, None)]),
        ("八项措施", [("figure", "八项", "8", "项", None)]),
        ("6月9日，青海省", [("date", "6月9日", "2021-06-09", None, None)]),
        ("6月12日，云南省", [("date", "6月12日", "2021-06-12", None, None)]),
        (
            "在今年6月底完成比特币挖矿企业用电清理整顿",
            [
                ("deadline", "今年6月底", "2021-06-30", None, "by"),
            ],
        ),
        ("一个小视频", []),
        ("Linux 5.17 和 R9-5950X", []),
    ],
)
def test_facts_of_the_article(text, expected):
    assert facts_of(text) == expected


def test_tonight_midnight_follows_the_narrative_day():
    context = DateContext(year=2021, day=date(2021, 6, 20))
    extract_facts("19日晚，一个小视频开始在朋友圈传播", context)
    facts = extract_facts("四川800万负荷，今晚0点，集体关闭", context)
    assert [(f.text, f.value) for f in facts if f.kind == "date"] == [
        ("今晚0点", "2021-06-20T00:00")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("半夜12点", "2021-06-21T00:00"),  # 12 at night is midnight, the next day's 0点
        ("今晚12点", "2021-06-21T00:00"),
        ("晚上8点", "2021-06-20T20:00"),
        ("今晚零点", "2021-06-21T00:00"),  # an hour in Chinese numerals
        ("半夜十二点", "2021-06-21T00:00"),
        ("晚上九点", "2021-06-20T21:00"),
        ("啥时候零点拉闸", "2021-06-21T00:00"),  # 零点 alone is midnight too
        ("零点五", None),  # but 零点五 is 0.5
        ("0点关闭的是多少负荷", "2021-06-21T00:00"),  # and 0点 said alone
        ("10点关闭", None),  # not the 0 of 10点
        ("凌晨3点", None),  # early morning: no evening hour to read
        ("what happened at 0:00", "2021-06-21T00:00"),  # midnight on the clock
        ("at 24:00", "2021-06-21T00:00"),
        ("10:00 that night", None),  # not the 0:00 of 10:00
        ("a ratio of 3:00", None),
    ],
)
def test_a_time_tonight_is_read_on_the_clock(text, value):
    context = DateContext(year=2021, day=date(2021, 6, 20))
    dates = [f.value for f in extract_facts(text, context) if f.kind == "date"]
    assert dates == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("今晚0点", "2021-06-21T00:00", "tonight"),  # keeps its 今晚 for 今晚几点？
        ("晚上8点", "2021-06-20T20:00", None),
        ("去年这个时间左右", "2020-06", "last year"),  # a year before the narrative day
        ("去年的今天", "2020-06-20", "last year"),
        ("5月份", "2021-05", None),  # a month alone, in the narrative year
        ("5月那会儿", "2021-05", None),  # 份 may be left out
        ("今天，可以正式宣告", "2021-06-20", "today"),  # a quote opening with today
    ],
)
def test_times_said_relative_to_the_day_are_qualified(text, value, qualifier):
    (fact,) = extract_facts(text, DateContext(year=2021, day=date(2021, 6, 20)))
    assert (fact.value, fact.qualifier) == (value, qualifier)


def test_today_inside_a_sentence_is_no_date():
    context = DateContext(year=2021, day=date(2021, 6, 20))
    assert [f for f in extract_facts("今天时过境迁", context) if f.kind == "date"] == []


def test_this_time_last_year_needs_a_day_to_go_back_from():
    assert extract_facts("去年这个时间", DateContext(year=1, day=date(1, 1, 1))) == ()


def test_fact_offsets_point_into_the_text():
    text = "同时，算力下降幅度是36.64%。"
    (fact,) = extract_facts(text, DateContext(2021, date(2021, 6, 20)))
    assert text[fact.start : fact.end] == fact.text


def test_seed_article_facts_are_attached_to_passages(seed_article):
    by_paragraph = {p.paragraph: [f.text for f in p.facts] for p in seed_article.passages}
    assert "今晚0点" in by_paragraph[12]
    assert by_paragraph[24] == ["6月12日", "今年6月底"]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("五十一", 51), ("两", 2), ("十", 10), ("一千二百", 1200), ("三万五千", 35000), ("八", 8)],
)
def test_chinese_numerals(numeral, value):
    assert chinese_to_int(numeral) == value


def test_chinese_numeral_rejects_other_text():
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        chinese_to_int("四川")


@pytest.mark.parametrize("text", ["5月13日", "5月底前", "5月下旬", "5月中", "6个月"])
def test_a_month_with_a_day_or_part_is_no_month_alone(text):
    assert "5月" not in [fact_text for _, fact_text, _, _, _ in facts_of(text)]


def test_china_after_a_month_is_no_mid_month():
    assert all(qualifier != "mid" for *_, qualifier in facts_of("5月中国务院开会"))
