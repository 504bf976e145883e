"""Misspelt English words of a question, mended to words the bot reads (hashrte → hashrate).

Readers type English fast: sichaun, powr, hashrte. A word is mended only when it is no English
word at all (pyspellchecker's English word list holds none of these), and exactly one word the
bot reads lies within one typing slip of it (or a word and its base form: estimatd is estimate
or estimated; or, of two, only one a dropped letter explains: dedline is deadline, not decline):
one letter added, dropped, changed or two swapped. Stop words are never the
mended word, unless they ask (deadlin → deadline). Real words the bot does not read (weather,
halving, Texas) stay as they are, so they still count against an answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from knowledge.english import base_forms

MIN_LENGTH = 4
"""Shorter words are not mended: too many words lie one letter from them (wen, ban, bit)."""
MAX_SLIPS = 1
"""One letter added, dropped, changed, or two swapped (hashrte, sichaun); litecoin, two slips
from bitcoin, is another coin."""
NAME_MIN_LENGTH = 5
"""A capitalised name (Musk, Sichaun) is mended only from this length."""
_AMERICAN = {"ise": "ize", "isa": "iza", "yse": "yze", "our": "or", "tre": "ter", "ence": "ense"}
_BRITISH = re.compile("|".join(_AMERICAN))
"""British spellings the word list writes the American way (finalise, organisation, centre)."""
_WORD = re.compile(r"(?<![0-9a-z_./-])[a-z]+(?![0-9a-z_./-])")
"""A word of letters alone: not part of btc.com, EH/s or big-data. Chinese may touch it
(Poolim跌了)."""


class Speller:
    """Mend the English of questions against the words the bot reads."""

    def __init__(
        self,
        readable: Iterable[str],
        stopwords: frozenset[str],
        shorthand: dict[str, str],
        cues: Iterable[str] = (),
    ) -> None:
        words = {w for w in readable if w.isascii() and w.isalpha()}
        asking = {w for w in cues if w.isascii() and w.isalpha()}  # deadlin → deadline asks
        self._known = frozenset(words | stopwords)
        self._content = tuple(sorted((words - stopwords) | asking))  # halve is no misspelt have
        self._shorthand = shorthand

    def mend(self, text: str, names: frozenset[str] = frozenset()) -> str:
        """Return ``text`` with shorthand written out and misspelt words mended.

        ``names`` are the question's capitalised words (Musk, Sichaun): mended from a longer
        length only.
        """

        def mended(m: re.Match[str]) -> str:
            word = m.group(0)
            if word in self._shorthand:
                return self._shorthand[word]
            return self._mended(word, word in names) or word

        return _WORD.sub(mended, text)

    def _mended(self, word: str, is_name: bool) -> str | None:
        if len(word) < (NAME_MIN_LENGTH if is_name else MIN_LENGTH) or word in self._known:
            return None
        if _is_english(word):
            return None
        found = process.extract(
            word, self._content, scorer=OSA.distance, score_cutoff=MAX_SLIPS, limit=2
        )
        if not found:
            return None
        closest = [choice for choice, distance, _ in found if distance == found[0][1]]
        if len(closest) == 2:  # estimatd: estimate or estimated, one word either way
            shorter, longer = sorted(closest, key=len)
            if shorter in base_forms(longer):
                return shorter
            dropped = [choice for choice in closest if len(choice) == len(word) + 1]
            return dropped[0] if len(dropped) == 1 else None  # dedline: deadline, not decline
        return closest[0] if len(closest) == 1 else None


def _is_english(word: str) -> bool:
    """Whether ``word`` is an English word, in American or British spelling (finalise)."""
    words = _english_words()
    return word in words or _BRITISH.sub(lambda m: _AMERICAN[m[0]], word) in words


@functools.cache
def _english_words() -> SpellChecker:
    """Return pyspellchecker's English word list (loaded once, when first needed: about 0.1 s)."""
    return SpellChecker(language="en", distance=1)
