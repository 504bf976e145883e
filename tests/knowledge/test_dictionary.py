"""English words the glossary lacks reach the article's Chinese through CC-CEDICT."""

import pytest

from knowledge.dictionary import english_to_chinese, look_up
from knowledge.english import english_dates_and_numbers, translate
from knowledge.lexicon import load_lexicon


@pytest.fixture(scope="module")
def table():
    vocabulary = {"立即", "批准", "地区", "安全", "企业", "公司"}
    return english_to_chinese(vocabulary, load_lexicon().english_stopwords)


@pytest.mark.parametrize(
    ("word", "chinese"),
    [
        ("immediately", {"立即"}),
        ("approved", {"批准"}),  # by its base form
        ("regions", {"地区"}),
        ("firm", {"企业", "公司"}),  # every sense the vocabulary holds
    ],
)
def test_words_are_found_by_their_glosses(table, word, chinese):
    assert set(look_up(word, table)) == chinese


def test_only_the_vocabulary_is_kept(table):
    assert look_up("weather", table) == ()
    assert all(len(w) > 1 for words in table.values() for w in words)
    assert "天气" not in {w for words in table.values() for w in words}


def test_explanations_are_not_translations():
    # 降价 is glossed "to cut the price": two words explain, they do not translate "price"
    table = english_to_chinese({"降价", "安全"}, load_lexicon().english_stopwords)
    assert look_up("price", table) == ()
    assert look_up("safety", table) == ("安全",)  # "safe; secure/safety; security"


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("What were power generators told to do immediately?", 5),
        ("Which regions held symposiums on crypto mining in late May?", 21),
    ],
)
def test_english_questions_beyond_the_glossary(retriever, question, paragraph):
    answers = retriever.search(question).answers
    assert answers
    assert answers[0].source.paragraph == paragraph


def test_a_year_alone_becomes_a_chinese_year():
    assert "2020年" in english_dates_and_numbers("approved in 2020?")
    assert "2020年" not in english_dates_and_numbers("20.2020 EH/s")


@pytest.mark.parametrize(
    ("word", "chinese"),
    [
        ("machine", "矿机"),  # the glossary lists "machines"
        ("supplied", "供电"),  # supplied → supply
        ("shutting", "关停"),  # the consonant doubled before -ing: shut
    ],
)
def test_a_word_is_found_by_its_other_forms(word, chinese):
    assert chinese in translate(f"what {word}", load_lexicon().glossary)


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("finish before june 20?", "6月20日前"),
        ("done by the end of june", "6月底前"),
        ("what end-of-june target did yunnan set?", "6月底"),  # hyphenated as an adjective
        ("the drop in the past 24 hours", "近24小时"),
        ("what did antpool shed in the past day?", "近24小时"),
        ("how much did it drop over the last day?", "近24小时"),
        ("what were the 24-hour declines?", "近24小时"),
        ("around 8 gw is being cut", "800万千瓦"),  # power in the article's kilowatts
        ("8000 mw of load", "800万千瓦"),
        ("2.5 gigawatts", "250万千瓦"),
    ],
)
def test_english_deadlines_recent_spans_and_power(english, chinese):
    assert chinese in english_dates_and_numbers(english)


def test_the_last_day_for_something_is_no_recent_span():
    assert "近24小时" not in english_dates_and_numbers("when is the last day for the checks?")


def test_a_hyphenated_phrase_is_found_as_the_glossary_spells_it():
    glossary = load_lexicon().glossary
    assert "大数据" in translate("what about big-data fronts", glossary)
    assert "long-term" in translate("a long-term plan", {"big data": "大数据"})


@pytest.mark.parametrize(
    ("english", "particle_moved"),
    [
        ("when must i switch my rigs off", "switch off my rigs"),
        ("they turned all the machines off", "turned off all the machines"),
        ("the power load was switched off", "switched off"),  # together already
        ("is the grid down", "is the grid down"),  # no verb to join
        ("which regions pushed miners out", "pushed out miners"),
        ("xinjiang drove the miners out", "drove out the miners"),
    ],
)
def test_a_split_phrasal_verb_is_joined_for_the_glossary(english, particle_moved):
    assert particle_moved in translate(english, {})


@pytest.mark.parametrize(
    ("english", "spelled_out"),
    [
        ("didn't sichuan stop", "did not"),
        ("we're losing power", "we are"),
        ("i'm curious", "i am"),
        ("can't they", "can not"),
        ("won’t it", "will not"),
    ],
)
def test_contractions_are_spelled_out(english, spelled_out):
    assert spelled_out in translate(english, load_lexicon().glossary)


def test_the_second_half_of_a_month_is_its_last_ten_days():
    assert "5月下旬" in translate("in the second half of may", load_lexicon().glossary)


@pytest.mark.parametrize(
    ("english", "part"),
    [
        ("in the last third of may", "5月下旬"),
        ("the middle third of june", "6月中旬"),
        ("the last ten days of may", "5月下旬"),
    ],
)
def test_a_third_of_a_month_is_a_part_of_it_not_a_day(english, part):
    translated = translate(english, load_lexicon().glossary)
    assert part in translated
    assert "3日" not in translated


def test_the_third_of_a_month_is_still_a_day():
    assert "5月3日" in translate("on the third of may", load_lexicon().glossary)


@pytest.mark.parametrize(
    ("english", "month"),
    [
        ("qinghai 通知是 june 几号？", "6月"),
        ("when in june did qinghai issue its notice", "6月"),
        ("what happened in may", "5月"),
    ],
)
def test_a_month_without_a_day_is_the_month(english, month):
    assert month in translate(english, load_lexicon().glossary)


def test_may_as_a_verb_is_no_month():
    assert "5月" not in translate("what may become cheaper", load_lexicon().glossary)


def test_a_hyphenated_date_is_a_date():
    glossary = load_lexicon().glossary
    assert "6月25日" in translate("when does the 25th-of-june deadline apply", glossary)
