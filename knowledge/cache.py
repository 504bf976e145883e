"""An on-disk cache of analysed posts, keyed by each post's content hash.

A restart reads the cache instead of parsing and segmenting every post again; a changed post
gets a new key and only it is analysed anew; posts gone from the folder are dropped from the
cache. The key also covers the word lists in ``knowledge/data``, the package's code and its
version, so editing a glossary or the analysis invalidates everything. Caveat: names that one
post adds to jieba's dictionary (its 《》 titles) do not re-segment other posts that are
already cached.

The cache is a pickle written atomically; it is trusted like the code (keep the folder private).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from importlib import metadata, resources
from pathlib import Path

from knowledge.index import ArticleTerms, Index, analyze_article, build_analyzer
from knowledge.ingest import PostFile, check_unique, parse_post, read_posts
from knowledge.lexicon import Lexicon

CACHE_FORMAT = 7
_log = logging.getLogger(__name__)


@functools.cache
def _fingerprint() -> bytes:
    """What else an analysis depends on: the word lists, the code that analyses, the format.

    The package's own modules are hashed too, so a change to the analysis code between two
    releases (a developer's working tree) cannot serve stale terms.
    """
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{_version()}".encode())
    package = resources.files("knowledge")
    entries = [*package.iterdir(), *(package / "data").iterdir()]
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith((".py", ".txt", ".tsv")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.digest()


def _version() -> str:
    try:
        return metadata.version("article-bot")
    except metadata.PackageNotFoundError:
        return "source"


def post_key(post: PostFile) -> str:
    """The cache key of a post: its bytes and everything its analysis depends on."""
    return hashlib.sha256(_fingerprint() + post.raw).hexdigest()


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/article-bot``, else ``~/.cache/article-bot``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "article-bot"


class AnalysisCache:
    """The pickle file of analysed posts in ``directory`` (None: no cache)."""

    def __init__(self, directory: Path | None) -> None:
        self.path = directory / f"analysed-posts-v{CACHE_FORMAT}.pickle" if directory else None

    def load(self) -> dict[str, ArticleTerms]:
        """Return the cached analyses (empty when absent or unreadable: never fatal)."""
        if self.path is None or not self.path.exists():
            return {}
        try:
            with self.path.open("rb") as handle:
                entries = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
            _log.warning("%s: cache unreadable, rebuilding (%s)", self.path, exc)
            return {}
        return entries if isinstance(entries, dict) else {}

    def save(self, entries: dict[str, ArticleTerms]) -> None:
        """Write the analyses atomically; a cache that cannot be written is only a warning."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False) as handle:
                pickle.dump(entries, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.path)
            for stale in self.path.parent.glob("analysed-posts-v*.pickle"):
                if stale != self.path:  # a cache of an older format
                    stale.unlink()
        except OSError as exc:
            _log.warning("%s: cannot write the cache (%s); starting without it", self.path, exc)


def load_index(path: Path, lexicon: Lexicon, cache_dir: Path | None) -> Index:
    """Index every post at ``path``, analysing only the posts the cache does not hold.

    Raises:
        KnowledgeError: as :func:`knowledge.ingest.load_knowledge`.
    """
    posts = read_posts(path)
    cache = AnalysisCache(cache_dir)
    cached = cache.load()
    keys = [post_key(post) for post in posts]
    articles = [
        cached[key].article.model_copy(update={"path": str(post.path)})
        if key in cached
        else parse_post(post)
        for key, post in zip(keys, posts, strict=True)
    ]
    check_unique(articles)
    analyzer = build_analyzer(articles, lexicon)
    analysed: list[ArticleTerms] = []
    for key, article in zip(keys, articles, strict=True):
        hit = cached.get(key)
        if hit is None:
            analysed.append(analyze_article(article, analyzer))
        else:
            analysed.append(
                ArticleTerms(article, hit.spans, hit.context, hit.title, hit.pinyin, hit.intro)
            )
    fresh = dict(zip(keys, analysed, strict=True))
    if fresh.keys() != cached.keys():
        cache.save(fresh)
    _log.info("indexed %d posts (%d from the cache)", len(posts), sum(k in cached for k in keys))
    return Index.from_terms(analyzer, analysed)
