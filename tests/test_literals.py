"""The matching shortcuts never hide a real match."""

from __future__ import annotations

import re

import pytest

from helper.loader import builtin, expand
from helper.literals import may_cross_sentence, needs

RULES = builtin().rules
_WORD = re.compile(r"\w+")


def _compiled(p: str) -> re.Pattern[str]:
    return re.compile(expand(p, left_edge=False))


def test_whole_word_keys_and_substrings():
    n = needs(_compiled("after (?:all|everything) {ive} done"))
    assert n.tokens == frozenset({"everything", "after"}) or n.tokens == frozenset({"after"})
    assert needs(_compiled("(?:i )?love (?:you|u|ya)")).tokens == frozenset({"love"})
    assert needs(_compiled("hugs?")).tokens == frozenset({"hug", "hugs"})
    assert needs(_compiled("sacrific\\w*")).tokens is None  # no whole word to key on
    assert needs(_compiled("(?:want|wish) to")).tokens == frozenset({"want", "wish"})


def test_sentence_crossing_is_detected():
    assert not may_cross_sentence(_compiled("you owe me"))
    assert may_cross_sentence(_compiled("fine[.!]+ go"))
    assert may_cross_sentence(_compiled("sorry[^,]{0,9} but"))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_match_contains_its_keys(rule):
    """For each pattern, on each example: a match holds one of its key words
    (as a whole word) and one of its required substrings."""
    for text in rule.flag + rule.ok:
        lower = text.lower()
        for pattern, need in zip(rule.patterns, rule.needs):
            for m in pattern.finditer(lower):
                words = set(_WORD.findall(m.group()))
                if need.tokens is not None:
                    assert words & need.tokens, (rule.id, pattern.pattern, m.group())
                if need.substrings is not None:
                    assert any(s in m.group() for s in need.substrings), (rule.id, m.group())
