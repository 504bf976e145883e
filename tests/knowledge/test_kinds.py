"""What a reader calls the things a passage names: documents, websites, electricity, quotes."""

from knowledge.kinds import (
    DOCUMENT_TERM,
    ELECTRICITY_TERM,
    SAID_TERM,
    WEBSITE_TERM,
    kinds_named,
)


def test_a_title_in_book_brackets_is_a_document():
    assert kinds_named("内蒙古发布《关于坚决打击…八项措施（征求意见稿）》。") == {DOCUMENT_TERM}


def test_a_web_address_is_a_website_even_with_chinese_after_it():
    assert kinds_named("btc.com数据显示，当前算力126.83EH/s") == {WEBSITE_TERM}


def test_a_decimal_or_plain_text_names_nothing():
    assert kinds_named("算力126.83EH/s，跌去近36%。") == frozenset()


def test_a_word_about_electricity_is_about_electricity():
    assert kinds_named("四川都有大量的水电被放弃") == {ELECTRICITY_TERM}


def test_electricity_asked_about_meets_a_passage_on_hydropower(retriever):
    answers = retriever.search("丰水期的电以前是咋处理的？").answers
    assert answers
    assert "水电" in answers[0].text


def test_a_quotation_after_a_colon_is_something_said():
    assert kinds_named("从业者D：“今天，可以正式宣告一个时代的终结。”") == {SAID_TERM}
