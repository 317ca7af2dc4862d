"""The matching shortcuts never hide a real match."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helper.loader import builtin, expand
from helper.literals import (
    ANALYSIS_FILE,
    _analyse_items,
    code_version,
    compile_analysed,
    may_cross_sentence,
    needs,
    python_version,
    saved_analysis,
)
from helper.loader import builtin_expanded
from re import _parser

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


def test_patterns_with_no_word_to_key_on_get_short_strings():
    assert needs(_compiled("x{2,}")).short == frozenset({"xx"})
    assert needs(_compiled("❤️|💕")).short in (frozenset({"❤", "💕"}), frozenset({"❤️", "💕"}))
    assert needs(_compiled("after all")).short is None  # keyed by its words instead
    rx = _compiled("(?:hello+|are (?:you|u) there|hey+)\\?{2,}")
    short = needs(rx).short
    for text in ["hello???", "heyyyy??", "are u there??"]:
        m = rx.search(text)
        assert m and any(piece in m.group() for piece in short), (text, short)


def test_a_second_required_word_is_found_when_one_is_worth_testing():
    n = needs(_compiled("(?:i )?gave up (?:everything|my career) for {you}"))
    assert n.tokens and n.also and not (n.tokens & n.also)
    assert needs(_compiled("you owe me")).also is None  # "you" and "me" are too common to test


def test_sentence_crossing_is_detected():
    assert not may_cross_sentence(_compiled("you owe me"))
    assert may_cross_sentence(_compiled("fine[.!]+ go"))
    assert may_cross_sentence(_compiled("sorry[^,]{0,9} but"))


def test_a_screen_is_what_follows_leading_optional_words():
    screen = compile_analysed(expand("(?:i |we )?(?:did|tried) (?:my|our) best", left_edge=False)).screen
    assert screen is not None
    assert screen.search("honestly tried my best") and screen.search("did our best")
    assert not screen.search("i did fine")
    # already quick to search (it starts with a letter), or nothing to skip to: no screen
    assert compile_analysed(expand("after all {ive} done", left_edge=False)).screen is None
    assert compile_analysed(expand("(?:very )?(?:much )?", left_edge=False)).screen is None
    # a back-reference into the optional part could change what matches
    assert compile_analysed(expand("(a )?(?:b|c) \\1", left_edge=False)).screen is None


def test_the_screens_are_used_by_the_builtin_rules():
    assert sum(s is not None for r in RULES for s in r.screens) >= 20


@given(st.text(alphabet="iwe dtrymoubsflv'’.", max_size=40))
def test_a_screen_never_hides_a_match(text):
    c = compile_analysed(expand("(?:i |we )?(?:(?:really|so) )?(?:did|tried) (?:my|our|the) best", left_edge=False))
    for start in range(len(text) + 1):
        if c.pattern.search(text, start):
            assert c.screen.search(text, start), (text, start)


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
                if need.also is not None:
                    assert words & need.also, (rule.id, "second word", m.group())
                if need.substrings is not None:
                    assert any(s in m.group() for s in need.substrings), (rule.id, m.group())
                if need.short is not None:
                    assert any(s in m.group() for s in need.short), (rule.id, m.group())
        for pattern, screen in zip(rule.patterns, rule.screens):
            for m in pattern.finditer(lower):
                assert screen is None or screen.search(lower, m.start(), m.end()), (rule.id, m.group())


def test_the_saved_analysis_is_current():
    """Start-up reads the built-in patterns' analysis from a file; it must be
    exactly what analysing them now gives. If not: python -m helper save-analysis"""
    data = json.loads(ANALYSIS_FILE.read_text(encoding="utf-8"))
    assert data["code"] == code_version(), "helper/literals.py changed: run python -m helper save-analysis"
    saved = saved_analysis()
    if data["python"] != python_version():  # saved on another Python: it must be ignored here
        assert not saved
        return
    expanded = set(builtin_expanded())
    missing = sorted(e for e in expanded if e not in saved)
    assert not missing, f"{len(missing)} patterns not saved: run python -m helper save-analysis"
    for e in expanded:
        assert saved[e] == _analyse_items(_parser.parse(e, 0).data), e
