import logging
import shutil

import pytest

from knowledge import KnowledgeError, Retriever
from knowledge.cache import AnalysisCache
from tests.conftest import SEED, SHORT_POST


def folder_of_posts(tmp_path):
    posts = tmp_path / "posts"
    posts.mkdir()
    shutil.copy(SEED, posts / "seed.md")
    (posts / "a.md").write_text(
        SHORT_POST.format(title="青岚工程", n=1, body="青岚工程总投资518.8亿元。")
    )
    (posts / "b.md").write_text(
        SHORT_POST.format(title="白鹭工程", n=2, body="白鹭工程计划于5月4日前完工。")
    )
    return posts


def loaded_from_cache(caplog):
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("indexed")]
    return lines[-1]


def test_restart_reads_the_cache_and_answers_the_same(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="knowledge.cache")
    posts, cache = folder_of_posts(tmp_path), tmp_path / "cache"
    cold = Retriever.load(posts, cache)
    assert loaded_from_cache(caplog) == "indexed 3 posts (0 from the cache)"
    warm = Retriever.load(posts, cache)
    assert loaded_from_cache(caplog) == "indexed 3 posts (3 from the cache)"
    for question in ("全网平均算力是多少", "青岚工程总投资多少？", "白鹭工程什么时候完工？"):
        assert cold.search(question) == warm.search(question)
    assert warm.search("青岚工程总投资多少？").answers[0].source.title == "青岚工程"


def test_a_changed_post_invalidates_only_itself(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="knowledge.cache")
    posts, cache = folder_of_posts(tmp_path), tmp_path / "cache"
    Retriever.load(posts, cache)
    changed_post = SHORT_POST.format(title="青岚工程", n=1, body="青岚工程总投资600亿元。")
    (posts / "a.md").write_text(changed_post)
    (posts / "b.md").unlink()
    changed = Retriever.load(posts, cache)
    assert loaded_from_cache(caplog) == "indexed 2 posts (1 from the cache)"
    assert "600亿元" in changed.search("青岚工程总投资多少？").answers[0].text
    assert changed.search("白鹭工程什么时候完工？").answers == []
    assert len(AnalysisCache(cache).load()) == 2  # the removed post left the cache too


def test_a_corrupt_cache_is_rebuilt(tmp_path, caplog):
    posts, cache = folder_of_posts(tmp_path), tmp_path / "cache"
    Retriever.load(posts, cache)
    (path,) = cache.iterdir()
    path.write_bytes(b"not a pickle")
    retriever = Retriever.load(posts, cache)
    assert retriever.search("全网平均算力是多少").answers
    assert "cache unreadable" in caplog.text


def test_an_unwritable_cache_is_only_a_warning(tmp_path, caplog):
    posts = folder_of_posts(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    retriever = Retriever.load(posts, blocker / "cache")
    assert retriever.search("全网平均算力是多少").answers
    assert "cannot write the cache" in caplog.text


def test_bad_post_is_reported_even_when_others_are_cached(tmp_path):
    posts, cache = folder_of_posts(tmp_path), tmp_path / "cache"
    Retriever.load(posts, cache)
    (posts / "c.md").write_text("---\ntitle: x\n---\n<p>y</p>")
    with pytest.raises(KnowledgeError, match=r"c\.md: front matter has no 'date'"):
        Retriever.load(posts, cache)


def test_a_cache_of_an_older_format_is_removed(tmp_path):
    posts, cache = folder_of_posts(tmp_path), tmp_path / "cache"
    cache.mkdir()
    (cache / "analysed-posts-v0.pickle").write_bytes(b"old")
    Retriever.load(posts, cache)
    assert [p.name for p in cache.iterdir()] == [AnalysisCache(cache).path.name]  # type: ignore[union-attr]
