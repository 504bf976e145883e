"""Hexo posts (YAML front matter + HTML body) → ``Article``; files and folders → knowledge."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from knowledge.chunking import chunk_paragraph
from knowledge.errors import KnowledgeError
from knowledge.facts import DateContext, extract_facts
from knowledge.html_blocks import normalize_whitespace, parse_blocks
from knowledge.models import Article, Image, Passage

_FRONT_MATTER = re.compile(
    r"\A\s*---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(?P<body>.*)\Z", re.DOTALL
)
POST_SUFFIXES = (".md",)
_log = logging.getLogger(__name__)


def parse_article(text: str, source: str = "<text>") -> Article:
    """Parse one post. ``source`` names it in errors.

    Raises:
        KnowledgeError: no front matter, broken YAML, missing title or date, or an empty body.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise KnowledgeError(source, "no YAML front matter (the post must start with '---')")
    meta = _load_yaml(match["yaml"], source)
    title = _text_field(meta, "title", source)
    published = _published(meta.get("date"), source)
    categories = tuple(str(c) for c in meta.get("categories") or () if c is not None)
    publisher = _publisher(meta, categories)
    article_id = hashlib.sha1(f"{title}\n{published.isoformat()}".encode()).hexdigest()[:12]
    passages, images = _body(match["body"], article_id, published, source)
    cover = meta.get("headimg") or meta.get("thumbnail")
    return Article(
        id=article_id,
        title=title,
        publisher=publisher,
        published=published,
        categories=categories,
        cover=str(cover) if cover else None,
        images=images,
        passages=passages,
    )


@dataclass(frozen=True)
class PostFile:
    """A post file's path and bytes, read once (parsed, or matched in the cache by content)."""

    path: Path
    raw: bytes


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(str(path), f"cannot read: {exc.strerror or exc}") from None


def parse_post(post: PostFile) -> Article:
    """Decode (UTF-8) and parse a post file.

    Raises:
        KnowledgeError: the bytes are not UTF-8, or the post does not parse.
    """
    try:
        text = post.raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(str(post.path), f"not UTF-8 (byte {exc.start})") from None
    article = parse_article(text, source=str(post.path))
    return article.model_copy(update={"path": str(post.path)})


def load_article(path: Path) -> Article:
    """Read and parse one post file (UTF-8).

    Raises:
        KnowledgeError: the file cannot be read, is not UTF-8, or does not parse.
    """
    return parse_post(PostFile(path, _read(path)))


def read_posts(path: Path) -> list[PostFile]:
    """Read a post file, or every post below a folder (sorted by path).

    In a folder, a post is a ``*.md`` file that starts with a front-matter block; other ``*.md``
    files (a README, a SOURCE.md) are skipped with a warning.

    Raises:
        KnowledgeError: the path is missing or unreadable, or a folder holds no posts.
    """
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in POST_SUFFIXES and p.is_file())
        if not files:
            raise KnowledgeError(str(path), "no posts (*.md) in this folder")
    elif path.exists():
        files = [path]
    else:
        raise KnowledgeError(str(path), "no such file or folder")
    posts = [PostFile(file, _read(file)) for file in files]
    if len(posts) > 1:
        for post in posts:
            if not post.raw.lstrip().startswith(b"---"):
                _log.warning("%s: skipped, not a post (no front matter)", post.path)
        posts = [p for p in posts if p.raw.lstrip().startswith(b"---")]
    if not posts:
        raise KnowledgeError(str(path), "no posts (*.md with front matter) in this folder")
    return posts


def check_unique(articles: Iterable[Article]) -> None:
    """Reject two posts with the same id (same title and date), naming the second one.

    Raises:
        KnowledgeError: a duplicate.
    """
    seen: dict[str, str | None] = {}
    for article in articles:
        if article.id in seen:
            raise KnowledgeError(str(article.path), f"same title and date as {seen[article.id]}")
        seen[article.id] = article.path


def load_knowledge(path: Path) -> tuple[Article, ...]:
    """Load a post file, or every post below a folder (see :func:`read_posts`).

    Raises:
        KnowledgeError: the path is missing, a folder holds no posts, any post is bad (the error
            names that file), or two posts have the same id (same title and date).
    """
    articles = tuple(parse_post(post) for post in read_posts(path))
    check_unique(articles)
    return articles


def _load_yaml(text: str, source: str) -> Mapping[str, Any]:
    try:
        meta = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at front-matter line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise KnowledgeError(source, f"broken YAML front matter{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise KnowledgeError(source, "front matter is not a YAML mapping of fields")
    return meta


def _text_field(meta: Mapping[str, Any], name: str, source: str) -> str:
    value = meta.get(name)
    text = normalize_whitespace(str(value)) if value is not None else ""
    if not text:
        raise KnowledgeError(source, f"front matter has no '{name}'")
    return text


def _publisher(meta: Mapping[str, Any], categories: tuple[str, ...]) -> str:
    author = meta.get("author")
    if author is not None and str(author).strip():
        return normalize_whitespace(str(author))
    return categories[1] if len(categories) > 1 else "unknown"


def _published(value: object, source: str) -> datetime:
    if value is None or value == "":
        raise KnowledgeError(source, "front matter has no 'date'")
    when: datetime
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, date):
        when = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            try:
                when = datetime.fromisoformat(text)
            except ValueError:
                raise KnowledgeError(
                    source, f"front matter 'date' is not a date: {text!r}"
                ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _body(
    html: str, article_id: str, published: datetime, source: str
) -> tuple[tuple[Passage, ...], tuple[Image, ...]]:
    passages: list[Passage] = []
    images: list[Image] = []
    section: str | None = None
    paragraph = 0
    context = DateContext(year=published.year, day=published.date())
    for block in parse_blocks(html):
        if block.kind == "image":
            images.append(Image(src=block.text, after_paragraph=paragraph, caption=block.caption))
        elif block.kind == "heading":
            section = block.text
        else:
            paragraph += 1
            parts = chunk_paragraph(block.text)
            for index, part in enumerate(parts, start=1):
                suffix = f".{index}" if len(parts) > 1 else ""
                passages.append(
                    Passage(
                        id=f"{article_id}:p{paragraph}{suffix}",
                        article_id=article_id,
                        paragraph=paragraph,
                        section=section,
                        text=part,
                        facts=extract_facts(part, context),
                    )
                )
    if not passages:
        raise KnowledgeError(source, "the body has no text")
    return tuple(passages), tuple(images)
