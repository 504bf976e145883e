"""Shared fixtures: the bundled article, a retriever over it, the shared corpus when present."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from knowledge import Article, Retriever, bundled_knowledge_path, load_knowledge
from tests.bot.standin import StandIn, start_standin

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SEED = bundled_knowledge_path() / "sichuan-bitcoin-mines-2021-06-20.md"
SHORT_POST = """---
title: '{title}'
author: 测试
date: Sun, 20 Jun 2021 0{n}:10:55 GMT
---
<div><p>{body}</p></div>
"""
"""A one-paragraph Hexo post: format with its title, an hour digit n and its body."""


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return load_knowledge(SEED)[0]


@pytest.fixture(scope="session")
def retriever(seed_article: Article) -> Retriever:
    return Retriever.from_articles([seed_article])


@pytest.fixture
async def standin() -> AsyncIterator[StandIn]:
    """A Bot API stand-in on 127.0.0.1 and a free port."""
    server = StandIn()
    runner = await start_standin(server)
    yield server
    await runner.cleanup()


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is not present (CI lays ../shared beside the clone)")
    return SHARED_CORPUS
