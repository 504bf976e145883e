"""Shared fixtures: the bundled article, a retriever over it, the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Article, Retriever, bundled_knowledge_path, load_knowledge

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
SEED = bundled_knowledge_path() / "sichuan-bitcoin-mines-2021-06-20.md"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return load_knowledge(SEED)[0]


@pytest.fixture(scope="session")
def retriever(seed_article: Article) -> Retriever:
    return Retriever.from_articles([seed_article])


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is not present (CI lays ../shared beside the clone)")
    return SHARED_CORPUS
