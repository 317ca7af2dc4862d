"""Slots: the concrete things a calmer version must keep, as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helper.slots import Slots, extract, phrases

# words that build days, dates and occasions, and some that only look close
WORDS = [
    "on", "Sunday", "sun", "next", "weekend", "Tues", "the", "3rd", "of", "May", "June", "12", "tonight",
    "Mother's", "Day", "my", "your", "Emma's", "recital", "Sunday", "roast", "new", "year's", "eve", "party",
    "funeral", "own", "wedding", "Christmas", "Eve", "lunch", "BBQ", "Xmas", "ſunday", "Kelvin", "thursday",
    "fall", "this", "summer", "game", "show", "dinner", "in", "the", "cafe",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You didn't even come to Emma's recital on Sunday.", Slots(when="on Sunday", occasion="Emma's recital")),
        ("I'll spend Christmas alone then.", Slots(occasion="Christmas")),
        ("Would it kill you to come for Sunday dinner?", Slots(occasion="Sunday dinner")),
        ("Come to the lake house this weekend for lunch with Sam", Slots(when="this weekend", plan="lunch", place="the lake house", person="Sam")),
        ("you forgot my birthday", Slots(occasion="my birthday")),
        ("After all I've done for you", Slots()),
    ],
)
def test_extract(text, expected):
    got = extract(text)
    assert got == expected
    assert all(v in text for v in got.values())


def test_phrases_read_naturally():
    p = phrases(Slots(when="on Sunday", occasion="Emma's recital"))
    assert p["at"] == " at Emma's recital on Sunday" and p["about"] == " about Emma's recital on Sunday"
    assert phrases(Slots(occasion="my birthday"))["at"] == " on my birthday"
    assert phrases(Slots()) == {"at": "", "about": "", "when": "", "occasion": "", "plan": "", "place": "", "person": ""}


def test_her_own_funeral_is_not_a_plan_to_keep():
    assert extract("You'll be sorry at my funeral.").occasion == ""
    assert extract("Are you coming to Aunt May's funeral on Friday?").occasion == "May's funeral"


def test_values_lists_every_field_that_is_set():
    from dataclasses import fields

    full = Slots(**{f.name: f"x{i}" for i, f in enumerate(fields(Slots))})
    assert full.values() == tuple(f"x{i}" for i in range(len(fields(Slots))))
    assert Slots(place="the lake").values() == ("the lake",)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join) | st.text(max_size=60))
def test_the_quick_hint_test_never_hides_a_day_or_an_occasion(text):
    from helper.slots import _OCCASION, _WHEN, _first

    s = extract(text)
    assert s.when == _first(_WHEN, text) or (s.when == "" and _first(_WHEN, text).lower() in s.occasion.lower())
    assert s.occasion == _first(_OCCASION, text)
