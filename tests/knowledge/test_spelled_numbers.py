"""English numbers spelled in words are read as digits."""

import pytest

from knowledge.spelled_numbers import spelled_numbers


@pytest.mark.parametrize(
    ("english", "digits"),
    [
        ("the twenty-six suspected projects", "the 26 suspected projects"),
        ("eight million kilowatts", "8 million kilowatts"),
        ("done by june twentieth", "done by june 20th"),
        ("due by the twenty-fifth of june", "due by 25th june"),
        ("what happened on may thirteenth", "what happened on may 13th"),
        ("who chaired the fifty-first meeting", "who chaired the 51st meeting"),
        ("the seventy-third executive session", "the 73rd executive session"),
    ],
)
def test_spelled_numbers_become_digits(english, digits):
    assert spelled_numbers(english) == digits


@pytest.mark.parametrize(
    "english",
    [
        "how much power does one machine use",  # one asks per one thing
        "what was the second point",  # an ordinal away from a month asks a list item
        "the fifty-first day",  # an ordinal away from a month or a meeting
    ],
)
def test_words_that_are_not_amounts_stay(english):
    assert spelled_numbers(english) == english
