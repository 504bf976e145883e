"""Misspelt English words are mended to the words the bot reads; real words are left alone."""

import pytest

from knowledge.english_spelling import Speller

READABLE = ["sichuan", "hashrate", "power", "load", "pool", "poll", "bitcoin", "halting", "mask"]
READABLE += ["estimate", "estimated", "decline"]
STOPWORDS = frozenset({"what", "when", "have", "the", "is", "deadline"})
CUES = ["deadline", "when", "how_much"]


@pytest.fixture
def speller():
    return Speller(READABLE, STOPWORDS, {"wen": "when", "avg": "average"}, CUES)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the sichaun mines", "the sichuan mines"),  # two letters swapped
        ("avg hashrte now", "average hashrate now"),  # shorthand, a letter dropped
        ("how much powr load", "how much power load"),
        ("wen is the deadline", "when is the deadline"),
        ("whats the deadlin", "whats the deadline"),  # a stop word that asks is mended to
        ("load estimatd", "load estimate"),  # estimate or estimated: one word either way
        ("sichaun的矿", "sichuan的矿"),  # a word touching Chinese is a word too
        ("whats the dedline", "whats the deadline"),  # a dropped a, not decline's changed d
    ],
)
def test_slips_are_mended(speller, typed, meant):
    assert speller.mend(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "what is the bitcoin halving",  # a real word, one slip from halting
        "will they finalise it",  # British spelling is English too
        "is litecoin mining banned",  # two slips from bitcoin: another coin
        "whta is it",  # a stop word is never the mended word
        "pooll",  # as near to pool as to poll: no guess
        "data from btc.cmo",  # part of a web address
        "the hashrte-based view",  # part of a hyphenated word
    ],
)
def test_other_words_stay(speller, typed):
    assert speller.mend(typed) == typed


def test_a_name_is_mended_only_when_long(speller):
    assert speller.mend("powr", names=frozenset({"powr"})) == "powr"
    assert speller.mend("sichaun", names=frozenset({"sichaun"})) == "sichuan"
