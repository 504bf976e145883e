"""Text → terms: normalisation, dates and figures as units, jieba for Chinese, aliases applied."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import jieba
import jieba.posseg

from knowledge.lexicon import Lexicon
from knowledge.models import Fact
from knowledge.text import normalize_aligned

_LATIN_TOKEN = re.compile(r"[a-z0-9](?:[a-z0-9_\-]|\.(?=[a-z0-9]))*")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_NAMED_WORK = re.compile(r"《([^《》]{2,40})》")
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*")
_LABEL = re.compile(r"(?P<before>[\u4e00-\u9fff]{1,8})(?P<letter>[a-z])(?![a-z0-9])")
"""A lone letter right after Chinese labels who speaks: 矿工A, 从业者C."""
_BRACKETED = re.compile(r"([\u4e00-\u9fff])\(([\u4e00-\u9fff])\)")
"""A character and its bracketed alternative are one word too: 市（州） is 市州."""
LABELLED = re.compile(r"[\u4e00-\u9fff]+[a-z]")
"""A labelled name as terms write it (矿工a)."""

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Term:
    """A term and the span of the original text it came from."""

    term: str
    start: int
    end: int


_QUALIFIER_WORDS = {"evening": ("晚上",), "tonight": ("今晚", "晚上"), "last year": ("去年",)}
_THIS_YEAR = "今年"
DEADLINE_TERM = "?deadline"
"""The term every deadline of a passage adds (6月20日前 …), which a deadline question asks for."""
MONTH_PART_WORDS = {"early": "上旬", "mid": "中旬", "late": "下旬"}
"""A passage's part of a month keeps its word: 座谈会是几月下旬开的 meets p21's 5月下旬. A
question's does not, so 五月中旬的高点 still meets p16's 5月13日."""
MONTH_END = "月底"
"""A date at a month's end keeps the word: 云南的截止时间是月底吗？ meets p24's 今年6月底."""
RANKED_TERM = "?ranked"
"""The term each figure of a passage comparing figures in one unit adds (p16's four falls in
%), which a question asking what ranks first (哪个矿池跌得最多？) asks for."""
RARE = 10
"""A word jieba's dictionary counts this often or less is as good as none to a typo fixer: 负合
(3) is a misspelt 负荷, 时侯 (10) a misspelt 时候."""


def fact_anchors(fact: Fact) -> list[str]:
    """Return a fact's anchor terms: ``@06-20``, ``@2021-06``, ``@d20`` for a day; ``#8000000``.

    Dates anchor on month-day (questions rarely give the year), on year-month, on the year
    (2019年那个方案 is p8's 2019年8月), on the month (五月下旬那会 meets p21's 5月下旬) and on
    the day alone (19日晚), a time on the clock
    (``@T00:00``: 今晚0点 and "midnight" meet); figures on their normalised value, so 800万千瓦
    and "8 million kW" meet. A time of day adds its words (晚上; 今晚 and 晚上; 去年), a date
    written with 今年 that word.
    """
    if fact.kind == "figure":
        return [f"#{fact.value}"]
    value, _, clock = fact.value.partition("T")
    parts = value.split("-")
    anchors = [f"@{value}"]
    if len(parts) == 3:
        anchors = [f"@{parts[1]}-{parts[2]}", f"@{parts[0]}-{parts[1]}", f"@d{int(parts[2])}"]
    if len(parts) > 1:
        anchors += [f"@{parts[0]}", f"@m{parts[1]}"]
    if clock:
        anchors.append(f"@T{clock}")
    if fact.qualifier in _QUALIFIER_WORDS:
        anchors.extend(_QUALIFIER_WORDS[fact.qualifier])
    if fact.text.startswith(_THIS_YEAR):
        anchors.append(_THIS_YEAR)  # 今年几月底？ meets p24's 今年6月底
    return anchors


def domain_words_of(title: str, texts: Iterable[str]) -> set[str]:
    """Words an article itself names: titles in 《》 and Latin-script terms (btc.com, Poolin)."""
    words: set[str] = set()
    for text in (title, *texts):
        words.update(_NAMED_WORK.findall(text))
        words.update(m.group(0) for m in _LATIN_TERM.finditer(text) if len(m.group(0)) > 1)
    return words


class Analyzer:
    """Turns passages and questions into comparable terms with one jieba dictionary.

    The jieba tokenizer is this object's own (domain words are not added to jieba's global one).
    """

    def __init__(self, lexicon: Lexicon, extra_words: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word in (
            *lexicon.domain_words,
            *lexicon.place_words,
            *lexicon.role_words,
            *sorted(w for w in lexicon.aspect_words | lexicon.subject_words if len(w) > 1),
            *lexicon.aliases,
            *lexicon.aliases.values(),
            *extra_words,
        ):
            normalized, _ = normalize_aligned(word)
            if not normalized.isascii():
                self._jieba.add_word(normalized, freq=max(2000, 400 * len(normalized)))
        for word in lexicon.split_words:
            self._jieba.del_word(word)

    def is_dictionary_word(self, word: str) -> bool:
        """Return whether jieba's dictionary knows ``word`` as a word."""
        return bool(self._jieba.FREQ.get(word))

    def is_common_word(self, word: str) -> bool:
        """Return whether ``word`` is a word of jieba's dictionary more than ``RARE`` times."""
        return int(self._jieba.FREQ.get(word, 0)) > RARE

    def part_of_speech(self, word: str) -> str | None:
        """Return jieba's part-of-speech tag of ``word`` (None for a word jieba does not know)."""
        tag = jieba.posseg.dt.word_tag_tab.get(word)
        return str(tag) if tag is not None else None

    def guess_part_of_speech(self, word: str) -> str | None:
        """Return the tag jieba's HMM guesses for a word it does not know (最狠 → d).

        None unless the HMM reads ``word`` as one word.
        """
        return _guessed_tag(word)

    def is_place(self, word: str) -> bool:
        """Return whether ``word`` names a place: jieba tags it so (四川) or the data says so."""
        return word in self.lexicon.place_words or self.part_of_speech(word) == "ns"

    def segment(self, text: str) -> list[str]:
        """Return jieba's precise-mode tokens of ``text``."""
        return list(self._jieba.lcut(text))

    def search_subwords(self, word: str) -> list[str]:
        """Return jieba's search-mode pieces of ``word`` (its sub-words, then the word)."""
        return [w for w in self._jieba.lcut_for_search(word) if w.strip()]

    def terms(self, text: str, facts: Iterable[Fact] = (), search: bool = True) -> list[Term]:
        """Return the terms of ``text`` with spans into ``text``.

        Facts (dates, figures) become anchor terms and their text is not segmented again;
        Latin words and numbers are kept whole; Chinese runs go through jieba (search mode adds
        sub-words, and a part of a month its word: 下旬). Every term is in canonical
        (alias-resolved) form; question words are dropped.
        """
        normalized, offsets = normalize_aligned(text)
        masked = list(normalized)
        result: list[Term] = []
        facts = tuple(facts)
        compared = [f for f in facts if f.kind == "figure" and f.qualifier != "ordinal"]
        units = Counter(f.unit for f in compared)  # 第73次 and 第51次 number, compare nothing
        for fact in facts:
            for anchor in fact_anchors(fact):
                result.append(Term(anchor, fact.start, fact.end))
            unit = self._unit_word(fact)
            if unit is not None:
                result.append(Term(unit, fact.start, fact.end))
            if fact.kind == "deadline":
                result.append(Term(DEADLINE_TERM, fact.start, fact.end))
            if search and fact.kind == "date" and fact.qualifier in MONTH_PART_WORDS:
                result.append(Term(MONTH_PART_WORDS[fact.qualifier], fact.start, fact.end))
            if search and fact.kind != "figure" and MONTH_END in fact.text:
                result.append(Term(MONTH_END, fact.start, fact.end))  # 月底吗？ meets 6月底
            if fact in compared and units[fact.unit] >= 2:
                result.append(Term(RANKED_TERM, fact.start, fact.end))
            if fact.kind == "figure" and fact.text in self.lexicon.aliases:
                word = self.lexicon.canonical(fact.text)  # 两点, which 两件事 means too
                result.append(Term(word, fact.start, fact.end))
            for i, offset in enumerate(offsets[:-1]):
                if fact.start <= offset < fact.end:
                    masked[i] = " "
        masked_text = "".join(masked)
        for m in _LATIN_TOKEN.finditer(masked_text):
            self._add(result, m.group(0), m.start(), m.end(), offsets)
        result.extend(self._labels(masked_text, offsets))
        for m in _BRACKETED.finditer(masked_text):
            word = self.lexicon.canonical(m[1] + m[2])
            result.append(Term(word, offsets[m.start()], offsets[m.end() - 1] + 1))
        for run in _CJK_RUN.finditer(masked_text):
            if search:
                pieces = self._unsealed(list(self._jieba.tokenize(run.group(0), mode="search")))
            else:
                pieces = list(self._jieba.tokenize(run.group(0)))
            for word, start, end in pieces:
                self._add(result, word, run.start() + start, run.start() + end, offsets)
        return result

    def _unsealed(self, pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Drop the search-mode sub-words of sealed words (数据 in 大数据: another thing)."""
        sealed = [(start, end) for word, start, end in pieces if word in self.lexicon.sealed_words]
        return [
            (word, start, end)
            for word, start, end in pieces
            if not any(s <= start and end <= e and (start, end) != (s, e) for s, e in sealed)
        ]

    def _labels(self, text: str, offsets: list[int]) -> list[Term]:
        """Return labelled names (矿工A → 矿工a): the word before a lone letter, with it.

        An article telling 矿工A's words from 矿工B's needs both to be one term each, since
        the letter alone says nothing and 矿工 is every miner.
        """
        found: list[Term] = []
        for m in _LABEL.finditer(text):
            word = self.segment(m["before"])[-1]
            start = m.start("letter") - len(word)
            term = f"{self.lexicon.canonical(word)}{m['letter']}"
            found.append(Term(term, offsets[start], offsets[m.end() - 1] + 1))
        return found

    def _unit_word(self, fact: Fact) -> str | None:
        """The unit of a figure as a word (800万千瓦 → 千瓦, so "how many kilowatts" meets it).

        Units of one character (个, %) say too little to be terms of their own.
        """
        if fact.kind != "figure" or not fact.unit:
            return None
        word = self.lexicon.canonical(normalize_aligned(fact.unit)[0])
        if len(word) < 2 or word in self.lexicon.question_words:
            return None
        return word

    def _add(self, out: list[Term], word: str, start: int, end: int, offsets: list[int]) -> None:
        if word in self.lexicon.question_words or word in self.lexicon.english_stopwords:
            return
        if len(word) == 1 and word.isascii() and not word.isalpha():
            return
        out.append(Term(self.lexicon.canonical(word), offsets[start], offsets[end - 1] + 1))


@functools.lru_cache(maxsize=4096)
def _guessed_tag(word: str) -> str | None:
    """Return the tag jieba's HMM gives ``word`` read as one word, else None (slow: cached).

    The model is called directly: jieba's ``posseg.lcut`` would first load the global dictionary
    (half a second).
    """
    if not _CJK_RUN.fullmatch(word):
        return None  # the model knows Chinese characters only (and is slow on others)
    _, states = jieba.posseg.viterbi(
        word,
        jieba.posseg.char_state_tab_P,
        jieba.posseg.start_P,
        jieba.posseg.trans_P,
        jieba.posseg.emit_P,
    )
    shapes = "".join(shape for shape, _ in states)
    tags = {tag for _, tag in states}
    whole = len(word) > 1 and re.fullmatch("BM*E", shapes) is not None
    return str(tags.pop()) if whole and len(tags) == 1 else None
