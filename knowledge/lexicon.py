"""The curated word lists in ``knowledge/data/``, loaded once: question words, aliases, glossary."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from knowledge.english import base_forms
from knowledge.text import longest_first, normalize

DATA = resources.files("knowledge") / "data"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything retrieval knows about language, as opposed to about the articles."""

    question_words: frozenset[str]
    question_phrases: tuple[str, ...]
    """Question words of two or more characters and cue words of three or more, longest first:
    removed from a question as text before segmentation."""
    cue_words: frozenset[str]
    english_stopwords: frozenset[str]
    aliases: dict[str, str]
    glossary: dict[str, str]
    cues: dict[str, frozenset[str]]
    domain_words: tuple[str, ...]
    unknown_word_weights: dict[str, float]
    aspect_words: frozenset[str]
    subject_words: frozenset[str]
    later_words: frozenset[str]
    """Words asking about a time after the article's (明年, again)."""
    after_event_words: frozenset[str]
    """Words asking about a time after the article's event (关停后, after the shutdown)."""
    place_words: frozenset[str]
    """Place names jieba does not tag as places (攀枝花 is an idiom to it)."""
    place_parents: dict[str, str]
    """A place → the larger place it lies in (雅安 → 四川)."""
    place_kinds: dict[str, frozenset[str]]
    """A kind of place, as a term → the places of that kind (省 → 四川, 云南 …; 各市, the term
    of 城市, → 雅安 …)."""
    role_words: frozenset[str]
    """Roles people hold (主任, 省长): a question naming one needs a passage naming it."""
    maker_words: frozenset[str]
    """Words for making a thing (拍, 录制): who with one asks for a maker, as a role does."""
    nameable_words: frozenset[str]
    """Things a question may ask the names of that a passage may only count (项目, 企业)."""
    titled_words: frozenset[str]
    """Documents whose names are titles in 《》 (通知, 方案): naming one needs a title."""
    meeting_words: frozenset[str]
    """Meetings (会议, 座谈会): what one said is what it decided, not a quote."""
    speaker_words: frozenset[str]
    """People quoted or named as speaking (刘鹤, 矿工): 说 with one asks what they said."""
    unnamed_people: frozenset[str]
    """People spoken of without a name (人士, 负责同志): their names are not said."""
    asked_units: dict[str, frozenset[str]]
    opposites: dict[str, frozenset[str]]
    """Words and the article's words saying the opposite (上涨 → 下降, 最低 → 最高)."""
    narrower_words: dict[str, tuple[str, ...]]
    """A word → the narrower kinds a question's word matches as well (会议 → 座谈会)."""
    amount_words: dict[str, tuple[str, ...]]
    """A word for an amount → the article's words for it, in how-much questions (电量 → 负荷)."""
    english_shorthand: dict[str, str]
    """Chat shorthand and the English word meant (wen → when, avg → average)."""
    split_words: frozenset[str]
    """Words of jieba's dictionary that questions here mean as two words (还给 → 还 给)."""
    sealed_words: frozenset[str]
    """Words whose parts name something else: 大数据 is not 数据 (data) a source gives."""
    level_units: dict[str, frozenset[str]]
    """A measure or an alias of it → the units of its level (算力, 哈希率 → eh/s)."""
    level_words: frozenset[str]
    """Words asking a measure's level at a time (现在, 原来, total)."""
    change_words: frozenset[str]
    """Words saying a measure changed: 下降, 上涨 … and their aliases (跌, 掉)."""
    counted_as: dict[tuple[str, str], tuple[str, ...]]
    """A qualifier and a counted term → the words a passage counts the same things by
    (疑似 矿机 → 项目: 几个疑似矿场 are p4's 26个疑似项目)."""

    @functools.cached_property
    def measured_words(self) -> frozenset[str]:
        """The articles' words for amounts (负荷, in ``amount_words``): measured, never counted."""
        return frozenset(word for words in self.amount_words.values() for word in words)

    @functools.cached_property
    def english_cue_phrases(self) -> re.Pattern[str]:
        """English cues of several words (how big, what percentage): removed like question words."""
        phrases = sorted((w for w in self.cue_words if w.isascii() and " " in w), key=longest_first)
        return re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, phrases))})(?![a-z])")

    @functools.cached_property
    def later_pattern(self) -> re.Pattern[str]:
        """Match a word of ``later_words``: Chinese inside the text, English as whole words."""
        return _words_pattern(self.later_words)

    @functools.cached_property
    def after_event_pattern(self) -> re.Pattern[str]:
        """Match a word of ``after_event_words``, as ``later_pattern`` matches its words."""
        return _words_pattern(self.after_event_words)

    @functools.cached_property
    def level_pattern(self) -> re.Pattern[str]:
        """Match a word of ``level_words``: Chinese inside the text, English as whole words."""
        return _words_pattern(self.level_words)

    @functools.cached_property
    def change_pattern(self) -> re.Pattern[str]:
        """Match a word of ``change_words`` (the same way)."""
        return _words_pattern(self.change_words)

    @functools.cached_property
    def cue_order(self) -> tuple[tuple[str, frozenset[str], re.Pattern[str] | None], ...]:
        """Return each cue word with its question types, longest first.

        English cues come with a whole-word pattern; Chinese ones (None) are matched as text.
        """
        kinds: dict[str, set[str]] = {}
        for kind, words in self.cues.items():
            for word in words:
                kinds.setdefault(word, set()).add(kind)
        return tuple(
            (
                word,
                frozenset(kinds[word]),
                re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])") if word.isascii() else None,
            )
            for word in sorted(kinds, key=lambda w: (-len(w), w))
        )

    def without_question_phrases(self, text: str) -> str:
        """Return ``text`` with every question phrase replaced by a space, in the listed order."""
        for position in _starting_in(self._question_phrase_starts, text):
            text = text.replace(self.question_phrases[position], " ")
        return text

    def cues_in_reach(
        self, text: str
    ) -> Iterator[tuple[str, frozenset[str], re.Pattern[str] | None]]:
        """Yield, in ``cue_order``, the cues that start with a character of ``text``."""
        for position in _starting_in(self._cue_starts, text):
            yield self.cue_order[position]

    @functools.cached_property
    def _question_phrase_starts(self) -> dict[str, tuple[int, ...]]:
        return _by_first_character(self.question_phrases)

    @functools.cached_property
    def _cue_starts(self) -> dict[str, tuple[int, ...]]:
        return _by_first_character(word for word, _, _ in self.cue_order)

    def variants(self, canonical: str) -> tuple[str, ...]:
        """Return the aliases of ``canonical`` (断电, 停电 … for 关停)."""
        return self._variants.get(canonical, ())

    @functools.cached_property
    def _variants(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for variant, canonical in self.aliases.items():
            found.setdefault(canonical, []).append(variant)
        return {canonical: tuple(words) for canonical, words in found.items()}

    def canonical(self, term: str) -> str:
        """Return the canonical form of ``term`` (itself when it has no alias)."""
        return self.aliases.get(term, term)


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Match any of ``words``, longest first: Chinese inside the text, English as whole words."""
    return re.compile(
        "|".join(
            rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)
            for w in sorted(words, key=longest_first)
        )
    )


def _with_aliases(words: Iterable[str], aliases: dict[str, str]) -> frozenset[str]:
    """Return ``words`` and every alias of them (下降 → 下降, 跌, 掉 …)."""
    wanted = frozenset(words)
    return wanted | {variant for variant, canonical in aliases.items() if canonical in wanted}


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _place_kinds(aliases: dict[str, str]) -> dict[str, frozenset[str]]:
    """Return each word for a kind of place, as a term (城市 → 各市), → the places of that kind."""
    parents = _table("place_parents.tsv")
    provinces = frozenset(parent for parent, _ in parents)
    cities = frozenset(child for _, children in parents for child in children.split())
    levels = {"province": provinces, "city": cities, "any": provinces | cities}
    kinds: dict[str, frozenset[str]] = {}
    for number, (word, level) in enumerate(_table("place_kinds.tsv"), start=1):
        if level not in levels:
            raise ValueError(
                f"place_kinds.tsv: row {number}: {level!r} is not province, city or any"
            )
        kinds[aliases.get(word, word)] = levels[level]
    return kinds


def _words(name: str) -> frozenset[str]:
    return frozenset(normalize(word) for line in _lines(name) for word in line.split())


_INFLECTED = re.compile(r"[a-z]{4,}")
"""An English word long enough to inflect safely (not be → bed, on → ones)."""


def _with_inflections(words: frozenset[str], glossary: dict[str, str]) -> frozenset[str]:
    """Return ``words`` with the inflected forms of their English words.

    A reader's "describes", "explained" or "stressing" is the listed describe, explain, stress;
    a form the glossary translates, itself or by a base form (mining: mine), is left to it.
    """
    forms = set(words)
    for word in filter(_INFLECTED.fullmatch, words):
        stem = word[:-1] if word.endswith("e") else word
        inflected = {f"{stem}ed", f"{stem}ing"}
        inflected.add(f"{word}es" if word.endswith(("s", "x", "z", "ch", "sh")) else f"{word}s")
        if word.endswith("y") and word[-2] not in "aeiou":
            inflected |= {f"{word[:-1]}ies", f"{word[:-1]}ied"}
        forms |= {
            form
            for form in inflected
            if form not in glossary and not any(base in glossary for base in base_forms(form))
        }
    return frozenset(forms)


def _table(name: str) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(_lines(name), start=1):
        key, sep, value = line.partition("\t")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"{Path(str(DATA / name)).name}: row {number} is not 'key<TAB>value'")
        rows.append((normalize(key.strip()), normalize(value.strip())))
    return rows


def _by_first_character(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Return, by first character, the positions of the words starting with it."""
    starts: dict[str, list[int]] = {}
    for position, word in enumerate(words):
        starts.setdefault(word[0], []).append(position)
    return {first: tuple(positions) for first, positions in starts.items()}


def _starting_in(starts: dict[str, tuple[int, ...]], text: str) -> list[int]:
    """Return, in order, the positions of the words starting with a character of ``text``.

    Only those can occur in it (replacing one by a space adds spaces only, and no word starts
    with one), and looking them up is much cheaper than trying every word on every question.
    """
    return sorted({position for first in set(text) for position in starts.get(first, ())})


@functools.cache
def load_lexicon() -> Lexicon:
    """Read the data files (once per process)."""
    aliases: dict[str, str] = {}
    for canonical, variants in _table("aliases.tsv"):
        for variant in variants.split("|"):
            aliases[variant.strip()] = canonical
    cues = {
        kind: frozenset(w.replace("_", " ") for w in words.split())
        for kind, words in _table("cues.tsv")
    }
    question_words = _words("question_words.txt")
    cue_words = frozenset(w for words in cues.values() for w in words)
    spoken = {w for w in question_words if len(w) >= 2 and not w.isascii()} | {
        w for w in cue_words if len(w) >= 3 and not w.isascii()
    }
    phrases = tuple(sorted(spoken, key=longest_first))
    domain = tuple(normalize(w) for line in _lines("domain_words.txt") for w in line.split())
    glossary = dict(_table("glossary.tsv"))
    return Lexicon(
        question_words=question_words,
        question_phrases=phrases,
        cue_words=cue_words,
        english_stopwords=_words("english_stopwords.txt"),
        aliases=aliases,
        glossary=glossary,
        cues=cues,
        domain_words=domain,
        unknown_word_weights={tag: float(w) for tag, w in _table("unknown_word_weights.tsv")},
        aspect_words=_with_inflections(_words("aspect_words.txt"), glossary),
        subject_words=_words("subject_words.txt"),
        later_words=frozenset(w.replace("_", " ") for w in _words("later_words.txt")),
        after_event_words=frozenset(w.replace("_", " ") for w in _words("after_event_words.txt")),
        place_words=_words("place_words.txt"),
        place_parents={
            child: parent
            for parent, children in _table("place_parents.tsv")
            for child in children.split()
        },
        place_kinds=_place_kinds(aliases),
        role_words=_words("role_words.txt"),
        maker_words=_words("maker_words.txt"),
        nameable_words=_words("nameable_words.txt"),
        titled_words=_words("titled_words.txt"),
        meeting_words=_words("meeting_words.txt"),
        speaker_words=_words("speaker_words.txt"),
        unnamed_people=_words("unnamed_people.txt"),
        asked_units={
            word: frozenset(units.split("|")) for word, units in _table("asked_units.tsv")
        },
        opposites={word: frozenset(others.split("|")) for word, others in _table("opposites.tsv")},
        narrower_words={
            word: tuple(kinds.split("|")) for word, kinds in _table("narrower_words.tsv")
        },
        amount_words={word: tuple(same.split("|")) for word, same in _table("amount_words.tsv")},
        english_shorthand=dict(_table("english_shorthand.tsv")),
        split_words=_words("split_words.txt"),
        sealed_words=_words("sealed_words.txt"),
        level_units={
            word: frozenset(units.split("|"))
            for measure, units in _table("level_units.tsv")
            for word in _with_aliases((measure,), aliases)
        },
        level_words=_words("level_words.txt"),
        change_words=_with_aliases(_words("change_words.txt"), aliases),
        counted_as=_counted_as(_table("counted_as.tsv")),
    )


def _counted_as(rows: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for key, words in rows:
        qualifier, _, counted = key.partition(" ")
        if not qualifier or not counted or " " in counted:
            raise ValueError(f"counted_as.tsv: '{key}' is not 'qualifier counted'")
        table[qualifier, counted] = tuple(words.split("|"))
    return table
