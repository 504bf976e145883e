"""Homophone typos are corrected; words that only sound like the article's are left alone."""

from knowledge.typos import correct_homophones


def test_a_homophone_of_an_article_word_is_corrected(retriever):
    assert "挖矿" in correct_homophones("挖旷什么时候停？", retriever.index)


def test_a_measure_word_after_a_number_is_no_typo(retriever):
    # 个市 sounds like 各市, but 6个 counts the 市州 that follow
    assert correct_homophones("6个市州是哪几个？", retriever.index) == "6个市州是哪几个？"


def test_a_word_of_the_article_before_a_locative_is_no_typo(retriever):
    # 诗里 sounds like 市里 (an alias of 各市), but it is "in the poem"
    assert "诗里" in correct_homophones("矿工A念的诗里有啥春天的？", retriever.index)


def test_a_date_unit_after_a_number_is_not_replaced(retriever):
    # 号出 sounds like 好处, but 25号 is the day of 5月25号
    assert "25号" in correct_homophones("5月25号出的征求意见稿叫啥？", retriever.index)


def test_a_date_unit_may_stay_in_a_corrected_word(retriever):
    # 月低 is a typo of 月底, which keeps the 月 of 6月
    assert "6月底" in correct_homophones("云南6月低前要完成什么？", retriever.index)


def test_a_typo_jieba_glues_to_the_next_character_is_corrected(retriever):
    # jieba guesses 算利掉 as one name; its first two characters are a misspelt 算力
    assert "算力" in correct_homophones("蚂蚁池算利掉幅多大", retriever.index)


def test_misspelt_words_jieba_glues_together_are_each_corrected(retriever):
    # jieba cuts 四川/发该/委和能/原局: 发该委 is 发改委 and 能原局 能源局
    corrected = correct_homophones("四川发该委和能原局发了啥通知？", retriever.index)
    assert "发改委和能源局" in corrected


def test_a_name_before_the_copula_is_no_typo(retriever):
    # 聪是 sounds like 从事, but 是 stands alone after the name 中本聪
    assert "中本聪" in correct_homophones("中本聪是谁？", retriever.index)


def test_a_word_jieba_hardly_knows_may_be_a_typo(retriever):
    # jieba's dictionary holds 负合 (three times): it is still a misspelt 负荷
    assert "负荷" in correct_homophones("关机负合大概多大？", retriever.index)


def test_a_common_word_is_no_typo(retriever):
    # 一时 sounds like the article's 一是, but it is a word readers mean
    assert "一时" in correct_homophones("矿工们一时接受不了吗？", retriever.index)


def test_a_particle_jieba_glues_to_a_word_still_stands_alone(retriever):
    # jieba guesses 诗是 as one word; 是 is the copula, and 诗是 no misspelt 实施
    assert "诗" in correct_homophones("矿工A写的那几句诗是啥？", retriever.index)
