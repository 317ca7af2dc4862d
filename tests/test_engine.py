"""Matching behaviour: context, texting styles, offsets."""

from __future__ import annotations

import pytest

from helper import analyze
from helper.engine import Match, non_overlapping, scan
from helper.loader import builtin


def categories(text: str) -> set[str]:
    return {f.category for f in analyze(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "you always make me laugh",
        "You never fail to surprise me, in the best way",
        "I owe you an apology for Sunday.",
        "call me back when you can, it's about the insurance forms",
        "I miss you.",
        "I felt sad this weekend and wanted to tell you.",
        "I'm sorry I snapped at you. You didn't deserve that.",
        "The tomatoes finally came up!",
        "",
        "🙂🙂🙂",
    ],
)
def test_context_that_must_not_be_flagged(text):
    assert analyze(text).findings == ()


@pytest.mark.parametrize(
    "text, category",
    [
        ("I'm not trying to make you feel guilty, but nobody visits me.", "guilt"),
        ("I'm not saying you owe me anything, but a call would be nice.", "debt"),
        ("after all ive done for u, u cant even call", "debt"),
        ("After all I’ve done for you…", "debt"),
        ("WHY HAVENT YOU CALLED ME BACK???", "pursuit"),
        ("its been 3 weeks since u called", "scorekeeping"),
        ("your brother visits every week 🙄", "comparison"),
        ("I'm sorry if you felt hurt", "defending"),
        ("i did the best i could", "defending"),
        ("fine.\ngo out then.", "self_erasure"),
    ],
)
def test_real_texting_styles_are_flagged(text, category):
    assert category in categories(text)


def test_offsets_refer_to_the_text_as_given():
    text = "Hi!\n\n   After all I’ve done for you, you can't even call? 😢"
    for f in analyze(text).findings:
        assert text[f.start : f.end] == f.phrase
        assert f.phrase == f.phrase.strip()
    assert analyze(text).findings[0].phrase.startswith("After all I’ve done")


def test_offsets_survive_characters_that_grow_when_lowered():
    text = "İİİ after all I've done for you"
    f = analyze(text).findings[0]
    assert text[f.start : f.end] == f.phrase == "after all I've done"


def test_findings_are_sorted_and_do_not_overlap():
    text = "I sacrificed everything for you and after all I've done you owe me. You never call."
    findings = analyze(text).findings
    assert list(findings) == sorted(findings, key=lambda f: f.start)
    for a, b in zip(findings, findings[1:]):
        assert a.end <= b.start


def test_stronger_then_longer_match_wins_an_overlap():
    rules = {r.id: r for r in builtin().rules}
    weak, strong = rules["control.must"], rules["debt.owe"]
    kept = non_overlapping([Match(0, 10, weak), Match(5, 8, strong), Match(20, 25, weak)])
    assert [(m.start, m.rule.id) for m in kept] == [(5, "debt.owe"), (20, "control.must")]


def test_a_match_must_start_at_a_word_edge():
    assert not [m for m in scan("xyou owe me", builtin()) if m.rule.id == "debt.owe"]
    assert [m for m in scan("so you owe me", builtin()) if m.rule.id == "debt.owe"]


def test_patterns_that_span_a_sentence_break_are_found():
    assert "sarcasm" in categories("Never mind. I already paid for it.")


def test_patterns_keyed_by_no_word_still_run_wherever_they_can_match():
    # no trigger word of their rules in these sentences: the patterns are
    # found through the short strings they need ("??", an emoji, "xo")
    assert [f.rule for f in analyze("Heyyy???").findings] == ["pursuit.unanswered"]
    kinds = [s.kind for s in analyze("Good luck today ❤️. See you soon xoxo. Safe travels xxx").strengths]
    assert kinds.count("warmth") == 3
