"""Organs in a passage: who a document's title says issued it, what an organ's name is about."""

from knowledge.organs import fields_of_organs, issuers_span

NOTICE = "一份《四川省发展和改革委员会、四川省能源局关于清理关停挖矿项目的通知》的文件显示"


def test_a_title_naming_organs_before_关于_names_its_issuers():
    start, end = issuers_span(NOTICE) or (0, 0)
    assert NOTICE[start:end] == "四川省发展和改革委员会、四川省能源局"


def test_a_title_without_organs_names_no_issuer():
    assert issuers_span("青海省工业和信息化厅发布《关于全面关停虚拟货币“挖矿”项目的通知》") is None
    assert issuers_span("印发《四川省水电消纳产业示范区建设实施方案》") is None


def test_the_word_before_an_organs_ending_is_its_field_unless_it_stands_alone():
    spans = {"四川": [(0, 2)], "能源局": [(3, 6)], "能源": [(3, 5)]}
    assert fields_of_organs(spans, frozenset({"四川"})) == {"能源"}
    spans["能源"].append((10, 12))  # 清洁能源 elsewhere in the passage
    assert fields_of_organs(spans, frozenset({"四川"})) == frozenset()
