"""Ingestion, fact store and retrieval for article-bot (pure Python: never imports telegram)."""

from knowledge.answers import Answer, DirectFact, Reply, Source
from knowledge.bundled import bundled_knowledge_path
from knowledge.errors import KnowledgeError
from knowledge.ingest import load_article, load_knowledge, parse_article
from knowledge.models import Article, Fact, Image, Passage
from knowledge.retriever import Retriever

__all__ = [
    "Answer",
    "Article",
    "DirectFact",
    "Fact",
    "Image",
    "KnowledgeError",
    "Passage",
    "Reply",
    "Retriever",
    "Source",
    "bundled_knowledge_path",
    "load_article",
    "load_knowledge",
    "parse_article",
]
