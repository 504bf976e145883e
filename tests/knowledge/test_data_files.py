"""The word lists in knowledge/data are reviewed like code: a key written twice is a mistake."""

from collections import Counter
from importlib import resources

import pytest

from knowledge.lexicon import load_lexicon

DATA = resources.files("knowledge") / "data"


def _rows(name):
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


TABLES = [
    "glossary.tsv",
    "cues.tsv",
    "asked_units.tsv",
    "opposites.tsv",
    "english_shorthand.tsv",
    "place_parents.tsv",
    "place_kinds.tsv",
    "counted_as.tsv",
    "level_units.tsv",
]


@pytest.mark.parametrize("name", TABLES)
def test_every_key_is_written_once(name):
    # a second row for the same key silently replaces the first
    counts = Counter(row[0] for row in _rows(name))
    assert [key for key, n in counts.items() if n > 1] == []


WORD_LISTS = [
    "question_words.txt",
    "aspect_words.txt",
    "subject_words.txt",
    "domain_words.txt",
    "role_words.txt",
    "maker_words.txt",
    "place_words.txt",
    "later_words.txt",
    "after_event_words.txt",
    "english_stopwords.txt",
    "split_words.txt",
    "sealed_words.txt",
    "unnamed_people.txt",
    "level_words.txt",
    "change_words.txt",
    "titled_words.txt",
    "meeting_words.txt",
    "speaker_words.txt",
]


@pytest.mark.parametrize("name", WORD_LISTS)
def test_every_word_is_listed_once(name):
    # a word listed twice is harmless to the code but a sign of a list no one has read
    text = (DATA / name).read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    assert [w for w, n in Counter(words).items() if n > 1] == []


def test_every_alias_names_one_canonical_word():
    seen = Counter(
        variant for _, variants in _rows("aliases.tsv") for variant in variants.split("|")
    )
    assert [variant for variant, n in seen.items() if n > 1] == []


def test_the_lists_load():
    lexicon = load_lexicon()
    assert "省长" in lexicon.role_words
    assert "拍摄" in lexicon.maker_words
    assert lexicon.place_parents["雅安"] == "四川"
    assert lexicon.glossary["midnight"] == "今晚0点"
    assert "四川" in lexicon.place_kinds["省"]
    assert "雅安" in lexicon.place_kinds[lexicon.canonical("城市")]  # keyed by the term
    assert lexicon.level_units["哈希率"] == {"eh/s"}  # an alias of 算力 too
    assert {"下降", "跌", "上涨"} <= lexicon.change_words  # with the aliases of 下降


def test_every_place_lies_in_one_larger_place():
    seen = Counter(
        child for _, children in _rows("place_parents.tsv") for child in children.split()
    )
    assert [child for child, n in seen.items() if n > 1] == []
