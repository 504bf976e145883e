"""Homophone and look-alike typos are corrected; words only sounding like the article's are kept."""

import pytest

from knowledge.typos import correct_homophones, correct_near_sounds


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("挖旷什么时候停？", "挖矿"),
        # 月低 is a typo of 月底, which keeps the 月 of 6月
        ("云南6月低前要完成什么？", "6月底"),
        # jieba guesses 算利掉 as one name; its first two characters are a misspelt 算力
        ("蚂蚁池算利掉幅多大", "算力"),
        # jieba cuts 四川/发该/委和能/原局: 发该委 is 发改委 and 能原局 能源局
        ("四川发该委和能原局发了啥通知？", "发改委和能源局"),
        # jieba's dictionary holds 负合 (three times): it is still a misspelt 负荷
        ("关机负合大概多大？", "负荷"),
        # 段电 sounds like the alias 断电 (duàn diàn), read as 关停, tone for tone
        ("四川矿场啥时候段电？", "关停"),
        # read by words, not characters: 似 alone reads shì (似的), in 一似 sì
        ("国网上报的一似项目几个?", "疑似"),
        # 视屏 (shì píng) is a misspelt 视频 (shì pín) of a reader who does not tell in from ing
        ("视屏里的矿机灯后来怎么了？", "视频"),
        # jieba's 号段 (a range of numbers) would hide the 段 of 几号段电 (split_words.txt)
        ("四川矿厂最迟几号段电？", "关停"),
        # jieba reads 旷 机关 机 and 省正 府第; sound and tone alike, one character kept
        ("四川旷机关机负荷多少？", "矿机"),
        ("省正府第几次常务会议？", "省政府"),
    ],
)
def test_a_homophone_of_an_article_word_is_corrected(retriever, question, corrected):
    assert corrected in correct_homophones(question, retriever.index)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # 诗里 sounds like 市里 (an alias of 各市), but it is "in the poem"
        ("矿工A念的诗里有啥春天的？", "诗里"),
        # 号出 sounds like 好处, but 25号 is the day of 5月25号
        ("5月25号出的征求意见稿叫啥？", "25号"),
        # 聪是 sounds like 从事, but 是 stands alone after the name 中本聪
        ("中本聪是谁？", "中本聪"),
        # 又关 sounds like 有关, but 又 (again) stands alone before the verb 关
        ("政府原来支持挖矿，咋又关了？", "又关"),
        # 一时 sounds like the article's 一是, but it is a word readers mean
        ("矿工们一时接受不了吗？", "一时"),
        # jieba guesses 诗是 as one word; 是 is the copula, and 诗是 no misspelt 实施
        ("矿工A写的那几句诗是啥？", "诗是"),
        # 什么诗 reads like the question phrase 什么是, but 诗 is the poem, no misspelt 是
        ("矿工A之后念了什么诗？", "什么诗"),
        # 搞电 (gǎo diàn) reads gao dian like 高点 (gāo diǎn), but shares no tone with it
        ("川内搞电的那些公司最迟啥时候关？", "搞电"),
        # 视乒 (shì pīng) sounds loosely like 视频 (shì pín), but its tone is another
        ("视乒里的矿机灯后来怎么了？", "视乒"),
        # 适屏 (shì píng) keeps no character of 视频: two characters read loosely alike are
        # too many words to mend
        ("适屏里的矿机灯后来怎么了？", "适屏"),
        # 什么视 sounds like the question phrase 什么是, but it would cut the article's 视频
        ("矿工在朋友圈发了什么视频？", "什么视频"),
    ],
)
def test_a_word_that_only_sounds_like_the_articles_is_kept(retriever, question, kept):
    assert kept in correct_homophones(question, retriever.index)


def test_a_measure_word_after_a_number_is_no_typo(retriever):
    # 个市 sounds like 各市, but 6个 counts the 市州 that follow
    assert correct_homophones("6个市州是哪几个？", retriever.index) == "6个市州是哪几个？"


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("严厉打击证卷违法行为说的是哪天的会？", "证券"),  # 卷 for 券: juàn, quàn
        ("攀技花在试点名单里吗？", "攀枝花"),  # 技 jì for 枝 zhī
        ("发现私塔私接要怎么罚？", "私搭私接"),  # 塔 tǎ for 搭 dā
        ("云南对私答私接用电咋办？", "私搭私接"),  # the longer window wins over 对私 → 对此
    ],
)
def test_a_look_alike_character_of_an_article_word_is_corrected(retriever, question, corrected):
    assert corrected in correct_near_sounds(
        correct_homophones(question, retriever.index), retriever.index
    )


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("川里的矿场用的啥电？", "川里"),  # 川 is 四川 itself, no misspelt 圈
        ("6个市州是哪几个？", "6个市州"),  # 个 counts: no misspelt 各市
        ("四川为啥要关矿？", "要关"),  # 要 is a word of its own: no misspelt 有关
    ],
)
def test_a_character_standing_alone_is_no_look_alike_typo(retriever, question, kept):
    assert kept in correct_near_sounds(
        correct_homophones(question, retriever.index), retriever.index
    )
