import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowledge import KnowledgeError, load_article, load_knowledge, parse_article
from knowledge.chunking import MAX_PASSAGE_CHARS, chunk_paragraph
from knowledge.html_blocks import parse_blocks
from tests.conftest import SEED

GOLDEN = Path(__file__).parent / "golden" / "sichuan-bitcoin-mines.json"

POST = """
---
title: '{title}'
categories:
 - 新媒体
 - cnBeta
author: cnBeta
date: Sun, 20 Jun 2021 07:10:55 GMT
---

<div>{body}</div>
"""


def test_seed_article_matches_golden_file():
    article = load_article(SEED)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    actual = {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "published": article.published.isoformat(),
        "categories": list(article.categories),
        "cover": article.cover,
        "images": [{"src": i.src, "after_paragraph": i.after_paragraph} for i in article.images],
        "passages": [
            {"id": p.id, "paragraph": p.paragraph, "section": p.section, "text": p.text}
            for p in article.passages
        ],
    }
    assert actual == golden


def test_published_date_is_timezone_aware():
    assert load_article(SEED).published == datetime(2021, 6, 20, 7, 10, 55, tzinfo=UTC)


def test_bold_only_lines_are_section_headings_not_passages():
    article = load_article(SEED)
    texts = {p.text for p in article.passages}
    assert "比特币全网算力隔夜骤降" not in texts
    assert "多地此前已经出手" not in texts
    section = {p.paragraph: p.section for p in article.passages}
    assert section[15] == "比特币全网算力隔夜骤降"
    assert section[17] == "多地此前已经出手"
    assert section[1] is None


def test_bold_lead_is_a_real_paragraph():
    first = load_article(SEED).passages[0]
    assert first.text.startswith("币圈迎来历史性的一天")
    assert "800万千瓦" in first.text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a &amp; b</p>", [("text", "a & b")]),
        ("lead text<br> <p>next</p>", [("text", "lead text"), ("text", "next")]),
        (
            "<p><strong>小标题</strong></p><p>正文。</p>",
            [("heading", "小标题"), ("text", "正文。")],
        ),
        ("<p><strong>整句加粗的段落。</strong></p>", [("text", "整句加粗的段落。")]),
        ("<h2>标题</h2>", [("heading", "标题")]),
        ("<ul><li><p>一</p></li><li>二</li></ul>", [("text", "一"), ("text", "二")]),
        (
            '<p>IT之家</a> 1 月 9 日<a href="x?a=1&b=2">链接</a></p>',
            [("text", "IT之家 1 月 9 日链接")],
        ),
        ('<p><img src="u.png" alt></p>', [("image", "u.png")]),
        ("<p>&#123;x&#125;</p>", [("text", "{x}")]),
        ("<script>bad()</script><p>ok</p>", [("text", "ok")]),
    ],
)
def test_html_blocks(html, expected):
    assert [(b.kind, b.text) for b in parse_blocks(html)] == expected


def test_long_paragraph_is_split_at_sentences_within_the_limit():
    paragraph = "".join(
        f"第{i}句话说的是一件很长很长很长的事情，还有更多的内容。" for i in range(30)
    )
    parts = chunk_paragraph(paragraph)
    assert len(parts) > 1
    assert all(len(p) <= MAX_PASSAGE_CHARS for p in parts)
    assert "".join(parts) == paragraph
    assert all(p.endswith("。") for p in parts)


def test_long_paragraph_passages_share_the_paragraph_number():
    body = "<p>" + "这是一个很长的句子，用来测试切分。" * 40 + "</p><p>短段落。</p>"
    article = parse_article(POST.format(title="长文", body=body))
    numbers = [p.paragraph for p in article.passages]
    assert numbers[-1] == 2
    assert set(numbers[:-1]) == {1}
    assert len({p.id for p in article.passages}) == len(article.passages)
    assert article.paragraph_text(1) == "这是一个很长的句子，用来测试切分。" * 40


def test_every_real_post_of_the_blog_parses(shared_corpus):
    articles = load_knowledge(shared_corpus)
    assert len(articles) == 11
    for article in articles:
        assert article.title
        assert article.passages, article.path
        assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in article.passages)
        assert article.published.tzinfo is not None


def test_real_post_variations(shared_corpus):
    by_name = {Path(a.path or "").name: a for a in load_knowledge(shared_corpus)}
    assert by_name["cnbeta-dogwalk.md"].title.startswith('"DogWalk"')
    assert by_name["ithome-cbl-mariner.md"].publisher == "IT 之家"
    assert by_name["199it-title-only.md"].passages[0].text == by_name["199it-title-only.md"].title
    sections = {p.section for p in by_name["ithome-samsung-ai-chip.md"].passages}
    assert "受 AlphaZero 启发的 AI 设计师" in sections
    linux = by_name["cnbeta-linux-517-io.md"]
    assert linux.passages[0].text.startswith("在最近结束的 Linux 5.16 内核合并窗口期间")


def test_duplicate_posts_in_a_folder_are_rejected(tmp_path):
    text = POST.format(title="同一篇", body="<p>正文。</p>")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"b\.md: same title and date as .*a\.md"):
        load_knowledge(tmp_path)


def test_folder_skips_markdown_without_front_matter(tmp_path):
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(POST.format(title="t", body="<p>x</p>"), encoding="utf-8")
    assert [a.title for a in load_knowledge(tmp_path)] == ["t"]
