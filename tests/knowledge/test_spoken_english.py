"""English words someone says: the 英文 a reader asks for."""

from knowledge.spoken_english import spoken_english_spans


def spoken(text: str) -> list[str]:
    return [text[start:end] for start, end in spoken_english_spans(text)]


def test_words_after_a_verb_of_speaking_and_a_colon_are_spoken():
    assert spoken("现场有很多人说：Bye，See you。") == ["Bye，See you"]


def test_words_in_a_quotation_are_spoken():
    assert spoken("有矿工A表示，“一个时代结束，bye bye！清风虽细难吹我。”") == ["bye bye"]


def test_names_written_in_latin_script_are_nobodys_speech():
    assert spoken("btc.com数据显示，Huobi Pool、Binance、AntPool及Poolin等矿池算力下降。") == []


def test_english_spoken_after_the_sentence_ends_is_not_the_quotes():
    assert spoken("他说：好的。Huobi Pool算力下降。") == []
