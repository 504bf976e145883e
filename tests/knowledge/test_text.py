"""Normalisation: what a reader types becomes the Simplified text the index is built from."""

import pytest

from knowledge.text import normalize


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("內蒙古發布了什麼措施？", "内蒙古发布了什么措施?"),  # Traditional → Simplified, NFKC
        ("資訊", "信息"),  # a Taiwan word → the mainland one
        ("影片裡", "视频里"),
        ("ＡＢＣ１２３", "abc123"),  # full-width → ASCII, case folded
        ("中央在川發電企業也要執行嗎？", "中央在川发电企业也要执行吗?"),  # not 运行
        ("有电么？", "有电么?"),  # the particle stays 么, not 幺
    ],
)
def test_normalize(written, normalized):
    assert normalize(written) == normalized
