from pathlib import Path

import pytest

from knowledge import KnowledgeError, load_article, load_knowledge, parse_article

GOOD = """---
title: 'ok'
author: cnBeta
date: Sun, 20 Jun 2021 07:10:55 GMT
---
<div><p>正文。</p></div>
"""


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<div><p>no front matter</p></div>", "no YAML front matter"),
        ("---\ntitle: 'broken\n  : [\n---\n<p>x</p>", "broken YAML front matter"),
        ("---\n- a\n- b\n---\n<p>x</p>", "not a YAML mapping"),
        ("---\nauthor: x\ndate: Sun, 20 Jun 2021 07:10:55 GMT\n---\n<p>x</p>", "no 'title'"),
        ("---\ntitle: t\n---\n<p>x</p>", "no 'date'"),
        ("---\ntitle: t\ndate: yesterday\n---\n<p>x</p>", "'date' is not a date"),
        ("---\ntitle: t\ndate: Sun, 20 Jun 2021 07:10:55 GMT\n---\n<div>  </div>", "no text"),
    ],
)
def test_bad_post_names_the_problem(text, problem):
    with pytest.raises(KnowledgeError, match=problem) as caught:
        parse_article(text, source="post.md")
    assert str(caught.value).startswith("post.md: ")
    assert "\n" not in str(caught.value)


def test_not_utf8(tmp_path):
    path = tmp_path / "gbk.md"
    path.write_bytes(GOOD.encode("gbk"))
    with pytest.raises(KnowledgeError, match=r"gbk\.md: not UTF-8"):
        load_article(path)


def test_unreadable_path(tmp_path):
    path = tmp_path / "folder.md"
    path.mkdir()
    with pytest.raises(KnowledgeError, match="cannot read"):
        load_article(path)


def test_missing_path(tmp_path):
    with pytest.raises(KnowledgeError, match="no such file or folder"):
        load_knowledge(tmp_path / "nope")


def test_empty_folder(tmp_path):
    with pytest.raises(KnowledgeError, match="no posts"):
        load_knowledge(tmp_path)


def test_one_bad_post_among_good_ones_names_that_file(tmp_path):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    nested = tmp_path / "feed"
    nested.mkdir()
    (nested / "bad.md").write_text("---\ntitle: t\n---\n<p>x</p>", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert str(caught.value) == f"{Path(nested / 'bad.md')}: front matter has no 'date'"
