"""The fact store's index: terms → passages (inverted), IDF, spans to highlight."""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from pypinyin import lazy_pinyin

from knowledge.analyzer import LABELLED, MONTH_PART_WORDS, Analyzer, domain_words_of
from knowledge.dictionary import english_to_chinese, look_up
from knowledge.english_spelling import Speller
from knowledge.kinds import kinds_named
from knowledge.lexicon import Lexicon
from knowledge.list_items import (
    ITEM_COUNTERS,
    ITEM_PREFIX,
    LAST_ITEM,
    LIST_INTRO,
    item_term,
    item_word_term,
    list_counter,
    list_item_number,
)
from knowledge.models import Article, Passage
from knowledge.organs import ISSUED_TERM, fields_of_organs, issuers_span
from knowledge.spoken_english import SPOKEN_ENGLISH_TERM, spoken_english_spans
from knowledge.text import has_cjk
from knowledge.verse import VERSE_TERM, couplet_spans, verse_span

ANCHOR_PREFIXES = "@#?" + ITEM_PREFIX
"""Terms that are not words: dates (@), figures (#), the deadline kind (?), list items (§)."""
SHORT_INTRO = 40
"""A list introduction this short (此次会议有两点令人印象深刻：) continues the paragraph before it,
whose terms its items inherit too."""
PROVINCE = "省"
"""The term a provincial body stands under wherever its name holds 省 (四川省能源局, 省属…, 省政府):
the alias table reads 四川省 as 四川, so "the provincial bureau" would otherwise match nothing."""


@dataclass
class IndexedPassage:
    """A passage with its terms, the spans of each term, and its article."""

    passage: Passage
    article: Article
    spans: dict[str, list[tuple[int, int]]]
    context_terms: frozenset[str]
    title_terms: frozenset[str]
    intro_terms: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    """The place names the passage's text holds (jieba tags them ``ns``: 四川, 青海)."""
    organ_fields: frozenset[str] = frozenset()
    """Terms the passage holds only as the field of an organ's name (能源 of 四川省能源局)."""


Postings = npt.NDArray[np.int32]
"""The numbers of the passages holding a term, ascending."""


@dataclass(frozen=True)
class ArticleTerms:
    """What indexing needs of one article, computed once and cacheable (picklable).

    ``spans[i]`` maps each term of passage i to where it stands; ``context[i]`` holds the terms
    of the article's title and of passage i's section heading that passage i lacks;
    ``intro[i]``, for an item of a list, those of the paragraph that introduces the list
    (…通知如下：) that passage i lacks; ``title``
    the terms of the title; ``pinyin`` maps the article's Chinese terms to their pinyin (for
    typo correction).
    """

    article: Article
    spans: tuple[dict[str, list[tuple[int, int]]], ...]
    context: tuple[frozenset[str], ...]
    title: frozenset[str]
    pinyin: dict[str, str]
    intro: tuple[frozenset[str], ...]


_REFERS_BACK = re.compile(r"此次|这次|本次|该次")
"""A passage opening with 此次 (this time) speaks of what the passage before it tells."""


def analyze_article(article: Article, analyzer: Analyzer) -> ArticleTerms:
    """Segment every passage, title and heading of ``article``."""
    title_terms = frozenset(t.term for t in analyzer.terms(article.title))
    section_terms: dict[str | None, set[str]] = {None: set()}
    all_spans = []
    contexts = []
    intros = []
    intro: frozenset[str] = frozenset()
    counter: str | None = None  # 此次会议有两点…： counts its items with 点
    numbers = [list_item_number(p.text) for p in article.passages]
    for passage, item, following in zip(
        article.passages, numbers, [*numbers[1:], None], strict=True
    ):
        if passage.section not in section_terms:
            section_terms[passage.section] = {t.term for t in analyzer.terms(passage.section or "")}
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for found in analyzer.terms(passage.text, passage.facts):
            spans[found.term].append((found.start, found.end))
        provincial = [(i, i + 1) for i, char in enumerate(passage.text) if char == PROVINCE]
        if provincial:  # 四川省能源局 is a provincial body
            spans[PROVINCE] += provincial
        verse = verse_span(passage.text)
        if verse is not None:
            spans[VERSE_TERM].append(verse)  # 矿工A的诗: the couplet it quotes
            for word, start, end in verse_nouns(passage.text, analyzer):
                spans.setdefault(word, []).append((start, end))  # 流水 of 断流水
        issuers = issuers_span(passage.text)
        if issuers is not None and ISSUED_TERM not in spans:  # 谁发的通知？: p2's title says
            spans[ISSUED_TERM].append(issuers)
        english = spoken_english_spans(passage.text)
        if english:  # 说了句啥英文？: p9's Bye，See you
            spans[SPOKEN_ENGLISH_TERM] += english
        if item is None:
            intro = frozenset()
            counter = None
        else:
            spans[item_term(item)].append((0, 1))
            if counter is not None:
                spans[item_word_term(counter)].append((0, 1))
            if following is None or following <= item:
                spans[LAST_ITEM].append((0, 1))  # 最后一条: no item follows it in its list
        all_spans.append(dict(spans))
        context = title_terms | section_terms[passage.section]
        if len(all_spans) > 1 and _REFERS_BACK.match(passage.text):
            context |= all_spans[-2].keys()  # 此次会议有两点…: the meeting p17 tells of
        context |= kinds_named(passage.text)  # 内蒙古的文件叫什么？: p22 names its 八项措施 in 《》
        contexts.append(frozenset(context - spans.keys() - intro))
        intros.append(frozenset(intro - spans.keys()))
        if LIST_INTRO.search(passage.text):
            intro = frozenset(_intro_terms(spans))
            counter = list_counter([f.unit for f in passage.facts if f.kind == "figure"])
            if len(passage.text) <= SHORT_INTRO and len(all_spans) > 1:
                intro |= _intro_terms(all_spans[-2])  # 此次会议有两点…： goes on from before
    words = {t for spans in all_spans for t in spans} | {t for c in contexts for t in c}
    pinyin = {
        w: pinyin_key(w)
        for w in words
        if 2 <= len(w) <= 6 and has_cjk(w) and w[:1] not in ANCHOR_PREFIXES
    }
    return ArticleTerms(
        article, tuple(all_spans), tuple(contexts), title_terms, pinyin, tuple(intros)
    )


def verse_nouns(text: str, analyzer: Analyzer) -> list[tuple[str, int, int]]:
    """Return the nouns jieba knows inside the verse a passage quotes, wherever they stand.

    Verse runs words together that prose would part: jieba cuts 寒冰不能断流水 into 断流 and 水,
    and 流水, what the line is about, is found only this way.
    """
    found = []
    for start, end in couplet_spans(text):
        for i in range(start, end):
            for size in (2, 3):
                word = text[i : i + size]
                if i + size > end or not has_cjk(word):
                    continue
                if (analyzer.part_of_speech(word) or "").startswith("n"):
                    found.append((analyzer.lexicon.canonical(word), i, i + size))
    return found


def _intro_terms(spans: dict[str, list[tuple[int, int]]]) -> set[str]:
    """Return the terms a list's items inherit from its introduction.

    Its words and dates (the May 21 meeting's two points), not its figures, deadline kind or item
    number.
    """
    return {t for t in spans if t[:1] not in ANCHOR_PREFIXES or t.startswith("@")}


def items_of_short_intros(passages: Sequence[IndexedPassage]) -> dict[int, tuple[int, ...]]:
    """Map each short list introduction to the numbers of its items, in order.

    此次会议有两点令人印象深刻： says nothing by itself: its answer is the two points after it.
    """
    items: dict[int, list[int]] = {}
    intro: int | None = None
    article: Article | None = None
    for number, entry in enumerate(passages):
        first = entry.article is not article
        article = entry.article
        text = entry.passage.text
        if list_item_number(text) is None or first:
            short = not first and LIST_INTRO.search(text) is not None and len(text) <= SHORT_INTRO
            intro = number if short else None
        elif intro is not None:
            items.setdefault(intro, []).append(number)
    return {n: tuple(found) for n, found in items.items()}


def points_of_short_lists(items: Mapping[int, tuple[int, ...]]) -> frozenset[int]:
    """Return the numbers of the passages that are items of a list with a short introduction.

    ``items`` is what ``items_of_short_intros`` returns. A short introduction goes on from the
    paragraph before it (此次会议有两点令人印象深刻： after p17's meeting), whose terms its items
    inherit (``analyze_article``): the items are what that paragraph's meeting or speaker said.
    """
    return frozenset(n for numbers in items.values() for n in numbers)


def build_analyzer(articles: Sequence[Article], lexicon: Lexicon) -> Analyzer:
    """An analyzer whose jieba knows the names the articles themselves use."""
    extra: set[str] = set()
    for article in articles:
        extra |= domain_words_of(article.title, (p.text for p in article.passages))
    return Analyzer(lexicon, extra)


@dataclass
class Index:
    """An inverted index over every passage of the knowledge.

    ``idf(t) = ln(1 + (N − n + 0.5) / (n + 0.5))`` (Lucene's BM25 IDF, never negative) over the N
    passages, n of which hold t; a term no passage holds gets the largest IDF, ``max_idf``.
    """

    analyzer: Analyzer
    articles: tuple[Article, ...]
    passages: list[IndexedPassage] = field(default_factory=list)
    postings: dict[str, Postings] = field(default_factory=dict)
    context_postings: dict[str, Postings] = field(default_factory=dict)
    intro_postings: dict[str, Postings] = field(default_factory=dict)
    pinyin_words: dict[str, str] = field(default_factory=dict)
    sounding_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The pinyin of aliases in ``pinyin_words`` → those aliases as written (duan dian → 断点,
    断电, which ``pinyin_words`` reads as 关停): a typo's tones are those of an alias it sounds
    like."""
    loose_pinyin_words: dict[str, str] = field(default_factory=dict)
    """``pinyin_words`` keyed by :func:`loose_pinyin_key` (nei men gu → 内蒙古)."""
    english_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Letter → the labelled names that end in it (d → 从业者d)."""
    places_by_pinyin: dict[str, str] = field(default_factory=dict)
    """A place name spelled in pinyin, as English writes it → the place (liangshan → 凉山)."""
    _choices: dict[tuple[bool, int], list[str]] = field(default_factory=dict)

    @functools.cached_property
    def leads(self) -> tuple[int, ...]:
        """Return the number of each article's first passage, its lead (passages are in order)."""
        first: dict[str, int] = {}
        for number, entry in enumerate(self.passages):
            first.setdefault(entry.article.id, number)
        return tuple(first.values())

    @functools.cached_property
    def endings(self) -> tuple[int, ...]:
        """Return the number of each article's last passage (passages are in order)."""
        last: dict[str, int] = {}
        for number, entry in enumerate(self.passages):
            last[entry.article.id] = number
        return tuple(last.values())

    @functools.cached_property
    def title_places(self) -> dict[str, frozenset[str]]:
        """Return the places each article's title names (四川), by article id."""
        places: dict[str, frozenset[str]] = {}
        for entry in self.passages:
            if entry.article.id not in places:
                title = entry.title_terms
                places[entry.article.id] = frozenset(filter(self.analyzer.is_place, title))
        return places

    @functools.cached_property
    def counted_list_intros(self) -> dict[str, frozenset[str]]:
        """Return the terms introducing the lists counted by an item word, by that word.

        §点 → the terms of 此次会议有两点…： and of the paragraph it goes on from (会议, 金融委 …).
        """
        words = [item_word_term(counter) for counter in ITEM_COUNTERS]
        intros: dict[str, set[str]] = defaultdict(set)
        for entry in self.passages:
            for word in words:
                if word in entry.spans:
                    intros[word] |= entry.intro_terms
        return {word: frozenset(terms) for word, terms in intros.items()}

    @functools.cached_property
    def rounded_figures(self) -> dict[str, str]:
        """Return the figures with decimals by the whole numbers readers round them to.

        #197 and #198 → #197.61 (算力最高197还是多少？); a whole number near two figures is
        left out.
        """
        near: dict[str, set[str]] = defaultdict(set)
        for term in self.postings:
            if term[:1] == "#" and "." in term:
                try:
                    value = float(term[1:])
                except ValueError:
                    continue
                near[f"#{math.floor(value)}"].add(term)
                near[f"#{round(value)}"].add(term)
        return {whole: terms.pop() for whole, terms in near.items() if len(terms) == 1}

    @functools.cached_property
    def speller(self) -> Speller:
        """Return the mender of questions' English, over every English word the bot reads."""
        lexicon = self.analyzer.lexicon
        readable = {
            *(w for phrase in lexicon.glossary for w in phrase.split()),
            *(
                w
                for phrase in lexicon.cue_words | lexicon.later_words | lexicon.after_event_words
                for w in phrase.split()
            ),
            *lexicon.english_stopwords,
            *lexicon.asked_units,
            *self.english_words,
            *(w for w in self.postings.keys() | self.context_postings.keys() if w.isascii()),
        }
        return Speller(
            readable, lexicon.english_stopwords, lexicon.english_shorthand, lexicon.cue_words
        )

    @classmethod
    def build(cls, articles: Sequence[Article], lexicon: Lexicon) -> Index:
        """Index every passage of ``articles`` (domain words come from the articles themselves)."""
        analyzer = build_analyzer(articles, lexicon)
        return cls.from_terms(analyzer, [analyze_article(a, analyzer) for a in articles])

    @classmethod
    def from_terms(cls, analyzer: Analyzer, analyzed: Sequence[ArticleTerms]) -> Index:
        """Assemble the index from analysed articles (fresh or from the cache)."""
        index = cls(analyzer=analyzer, articles=tuple(a.article for a in analyzed))
        postings: dict[str, list[int]] = defaultdict(list)
        context: dict[str, list[int]] = defaultdict(list)
        intro: dict[str, list[int]] = defaultdict(list)
        pinyin: dict[str, str] = {}
        is_place: dict[str, bool] = {}  # a term's answer, once: passages share most of their terms
        for item in analyzed:
            pinyin.update(item.pinyin)
            for passage, spans, ctx, lead in zip(
                item.article.passages, item.spans, item.context, item.intro, strict=True
            ):
                number = len(index.passages)
                for term in spans:
                    if term not in is_place:
                        is_place[term] = analyzer.is_place(term)
                places = frozenset(t for t in spans if is_place[t])
                fields = fields_of_organs(spans, places)
                index.passages.append(
                    IndexedPassage(
                        passage, item.article, spans, ctx, item.title, lead, places, fields
                    )
                )
                for key in spans:
                    postings[key].append(number)
                for key in ctx:
                    context[key].append(number)
                for key in lead:
                    intro[key].append(number)
        index.postings = {t: np.array(ns, dtype=np.int32) for t, ns in postings.items()}
        index.context_postings = {t: np.array(ns, dtype=np.int32) for t, ns in context.items()}
        index.intro_postings = {t: np.array(ns, dtype=np.int32) for t, ns in intro.items()}
        choices: dict[tuple[bool, int], list[str]] = defaultdict(list)
        for word in sorted(postings.keys() | context.keys()):
            if word[:1] not in ANCHOR_PREFIXES:
                choices[(has_cjk(word), len(word))].append(word)
        index._choices = dict(choices)
        labels: dict[str, list[str]] = defaultdict(list)
        for word in postings:
            if word[-1].isascii() and word[-1].isalpha() and LABELLED.fullmatch(word):
                labels[word[-1]].append(word)
        index.labels = {letter: tuple(sorted(words)) for letter, words in labels.items()}
        index.places_by_pinyin = {
            pinyin[w].replace(" ", ""): w
            for w in sorted(pinyin)
            if w in postings and len(w) > 1 and is_place.get(w, False)
        }
        index.pinyin_words, index.sounding_aliases = _pinyin_table(pinyin, index.postings, analyzer)
        for key, word in index.pinyin_words.items():
            index.loose_pinyin_words.setdefault(loose_pinyin_key(key), word)
        vocabulary = {
            w for w in postings.keys() | context.keys() | intro.keys() if has_cjk(w) and len(w) > 1
        } - set(MONTH_PART_WORDS.values())  # english.py reads "late May"; "third" is no 下旬
        index.english_words = english_to_chinese(vocabulary, analyzer.lexicon.english_stopwords)
        return index

    @property
    def size(self) -> int:
        """Return the number of passages."""
        return len(self.passages)

    @property
    def max_idf(self) -> float:
        """Return the IDF of a term no passage holds."""
        return self._idf(0)

    def idf(self, *terms: str) -> float:
        """Return the IDF of a term (or of its alternatives together) over passage texts.

        Titles and headings are not counted.
        """
        return self._idf(len(self.holding(terms, self.postings)))

    def holding(self, terms: tuple[str, ...], postings: dict[str, Postings]) -> Postings:
        """Return the passages ``postings`` lists for any of ``terms``, ascending."""
        found = [postings[t] for t in terms if t in postings]
        if len(found) <= 1:
            return found[0] if found else _NONE
        joined = np.sort(np.concatenate(found))  # not np.unique: its first call imports numpy.ma
        return joined[np.concatenate(([True], joined[1:] != joined[:-1]))]

    def _idf(self, holding: int) -> float:
        total = max(self.size, 1)
        return math.log(1 + (total - holding + 0.5) / (holding + 0.5))

    def knows(self, term: str) -> bool:
        """Return whether any passage text, title or heading holds ``term``."""
        return term in self.postings or term in self.context_postings

    def translate(self, word: str) -> tuple[str, ...]:
        """Return the knowledge's Chinese words for an English ``word`` (CC-CEDICT's glosses)."""
        return look_up(word, self.english_words)

    @functools.cached_property
    def terms_by_gap(self) -> dict[str, tuple[str, ...]]:
        """Return the Chinese terms of 2–4 characters by each way of leaving one out as ``?``.

        证? and ?券 both give 证券: a window misspelling one character finds it at once.
        """
        found: dict[str, list[str]] = defaultdict(list)
        for size in (2, 3, 4):
            for word in self._choices.get((True, size), ()):
                for i in range(size):
                    found[f"{word[:i]}?{word[i + 1 :]}"].append(word)
        return {gap: tuple(words) for gap, words in found.items()}

    @functools.cached_property
    def _words_by_character(self) -> dict[str, tuple[str, ...]]:
        """Return the Chinese terms of two characters or more by each character they hold."""
        found: dict[str, list[str]] = defaultdict(list)
        for word in self.postings:
            if len(word) > 1 and has_cjk(word):
                for char in set(word):
                    found[char].append(word)
        return {char: tuple(words) for char, words in found.items()}

    def words_holding(self, part: str) -> tuple[str, ...]:
        """Return the longer Chinese terms holding ``part`` (虽细 → 虽细难), in postings order."""
        by_character = self._words_by_character
        candidates = min((by_character.get(char, ()) for char in set(part)), key=len, default=())
        return tuple(w for w in candidates if part in w and w != part)

    def fuzzy_choices(self, word: str) -> list[str]:
        """Return the words ``word`` may be a near-word of: same script, length ± 1."""
        chinese = has_cjk(word)
        return [
            w
            for size in range(len(word) - 1, len(word) + 2)
            for w in self._choices.get((chinese, size), ())
        ]


_NONE: Postings = np.array([], dtype=np.int32)


def pinyin_key(word: str) -> str:
    """Return the toneless pinyin of ``word``, syllables joined by spaces."""
    return " ".join(lazy_pinyin(word))


_LOOSE_SOUNDS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("ang", "an"), ("eng", "en"), ("ing", "in"))
"""Sounds many speakers do not tell apart (southern accents) and so type one for the other."""


def loose_pinyin_key(key: str) -> str:
    """Return a pinyin key with the sounds of ``_LOOSE_SOUNDS`` merged (meng → men, shi → si)."""
    for sound, merged in _LOOSE_SOUNDS:
        key = key.replace(sound, merged)
    return key


def _pinyin_table(
    pinyin: dict[str, str], postings: dict[str, Postings], analyzer: Analyzer
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Map each pinyin to the most frequent term that sounds so.

    Then the aliases of known terms (关级 → 关机 → 关停), then question phrases (什么时后 →
    什么时候, which is then dropped); neither ever shadows a term of the articles. Also
    returned: the pinyin of each alias taken → the aliases as written (``sounding_aliases``).
    """
    lexicon = analyzer.lexicon
    table: dict[str, str] = {}
    sounding: dict[str, tuple[str, ...]] = {}
    for term in sorted(pinyin, key=lambda t: (-len(postings.get(t, _NONE)), t)):
        table.setdefault(pinyin[term], term)
    terms_sounds = set(table)
    for variant, canonical in sorted(lexicon.aliases.items()):
        if canonical in postings and has_cjk(variant) and analyzer.is_dictionary_word(variant):
            key = pinyin_key(variant)
            if table.setdefault(key, canonical) == canonical and key not in terms_sounds:
                sounding[key] = (*sounding.get(key, ()), variant)
    for word in sorted(lexicon.question_words | set(lexicon.question_phrases)):
        if len(word) >= 2 and has_cjk(word):
            table.setdefault(pinyin_key(word), word)
    return table, sounding
