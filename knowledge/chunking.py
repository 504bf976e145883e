"""Paragraph text → passages of at most ``MAX_PASSAGE_CHARS`` characters, split at sentences."""

from __future__ import annotations

import re

MAX_PASSAGE_CHARS = 320
_SENTENCE = re.compile(r".+?(?:[。！？!?；;…]+[”’\"』」）)]*|$)", re.DOTALL)
_CLAUSE = re.compile(r".+?(?:[，,、：:]|$)", re.DOTALL)


def split_sentences(text: str) -> list[str]:
    """Split text after sentence-final punctuation (closing quotes stay with their sentence)."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def chunk_paragraph(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """Return the paragraph whole when it fits, else greedy groups of whole sentences.

    A sentence longer than ``limit`` is split at clause punctuation, and a clause still too long
    is cut at ``limit`` characters. Joining the result gives back ``text``.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for sentence in split_sentences(text):
        if len(sentence) <= limit:
            pieces.append(sentence)
            continue
        for clause in _CLAUSE.findall(sentence):
            pieces.extend(clause[i : i + limit] for i in range(0, len(clause), limit))
    groups: list[str] = []
    for piece in pieces:
        if groups and len(groups[-1]) + len(piece) <= limit:
            groups[-1] += piece
        else:
            groups.append(piece)
    return groups
