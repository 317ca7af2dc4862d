"""One test runs every rule's own examples (should flag / should not flag)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helper.engine import matches_rule
from helper.loader import KINDS, builtin
from helper.model import CATEGORIES

RULES = builtin().rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_flags_its_examples_and_spares_its_near_misses(rule):
    missed = [e for e in rule.flag if not matches_rule(e, rule)]
    wrongly = [e for e in rule.ok if matches_rule(e, rule)]
    assert not missed, f"{rule.id} ({rule.source_file}) does not flag: {missed}"
    assert not wrongly, f"{rule.id} ({rule.source_file}) wrongly flags: {wrongly}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_pattern_flags_an_example_of_its_own(rule):
    """Each pattern, alone in its rule and found the way the engine finds it
    (its key word, trigger words or short strings), flags one of the rule's
    examples: no pattern is there untried."""
    untried = []
    for j, raw in enumerate(rule.raw_patterns):
        alone = replace(
            rule,
            patterns=(rule.patterns[j],),
            raw_patterns=(raw,),
            needs=(rule.needs[j],),
            crosses=(rule.crosses[j],),
            screens=(rule.screens[j],),
        )
        if not any(matches_rule(e, alone) for e in rule.flag):
            untried.append(raw)
    assert not untried, f"{rule.id} ({rule.source_file}): no example is flagged by {untried}"


def test_every_category_has_rules_and_enough_patterns_overall():
    finding_rules = [r for r in RULES if r.category not in KINDS]
    assert {r.category for r in finding_rules} == set(CATEGORIES)
    assert sum(len(r.patterns) for r in finding_rules) >= 150


def test_every_rule_carries_examples_and_a_message():
    for r in RULES:
        assert len(r.flag) >= 2 and len(r.ok) >= 1, r.id
        if r.category not in KINDS:
            assert r.message and "may" in r.message.lower(), f"{r.id}: say how it may land, never a verdict"
