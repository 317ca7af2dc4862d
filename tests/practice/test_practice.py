"""Scenarios, builders, drills, perspectives, gallery and handout."""

from __future__ import annotations

import pytest

from helper import CATEGORIES, find
from helper.practice import (
    AMENDS,
    amends_letter,
    build_message,
    check_amends_part,
    child_view,
    gallery,
    handout_html,
    ideas,
    scenarios,
    score_attempt,
)

TOPICS = {
    "weeks_without_contact", "holidays_not_home", "wanting_to_visit", "partner", "health_worry", "practical_help",
    "apologising", "money_boundary", "criticised", "forgotten_birthday", "grandchildren", "loneliness",
}


def test_the_library_covers_the_hard_conversations():
    ids = {s.id for s in scenarios()}
    assert len(ids) >= 12 and TOPICS <= ids


@pytest.mark.parametrize("s", scenarios(), ids=lambda s: s.id)
def test_each_scenario_tempting_draft_is_flagged_and_models_and_builder_are_calm(s):
    assert find(s.tempting), "the tempting draft should show what may land hard"
    for m in s.models:
        assert find(m) == (), m
    built = build_message(s.happened, s.feel, s.would_love, s.easy_out)
    assert find(built) == (), built
    assert s.would_love.split(",")[0].lower() in built.lower()


@pytest.mark.parametrize("tone", ["warm", "brief", "light"])
def test_builder_turns_four_answers_into_a_message(tone):
    msg = build_message("we haven't talked in a while", "a bit sad", "a call when it suits you", "no rush", tone, "Sam")
    assert "Sam" in msg and "We haven't talked in a while, and I feel a bit sad." in msg
    assert "call when it suits you" in msg and msg.rstrip().endswith("No rush.")
    assert find(msg) == ()


def test_builder_keeps_a_feeling_already_said_as_i():
    msg = build_message("", "I miss our chats", "", "")
    assert "I miss our chats." in msg and "I feel I" not in msg


def test_amends_letter_flags_defending_and_a_but():
    check = check_amends_part("regret", "I'm sorry, but I did the best I could.")
    assert any(f.category == "defending" for f in check.findings)
    assert len(check.notes) == 2
    good = check_amends_part("regret", "I'm sorry. I wish I had done it differently.")
    assert good.findings == () and good.notes == ()
    ask = check_amends_part("pace", "Please call me back right away.")
    assert any("asks for something" in n for n in ask.notes)
    assert [p.id for p in AMENDS] == ["thanks", "name", "empathy", "regret", "pace", "door", "love"]
    letter = amends_letter({"love": "I love you.", "thanks": "Thank you for telling me.", "regret": " "})
    assert letter == "Thank you for telling me.\n\nI love you."


def test_drill_scores_reward_calm_and_explain_themselves():
    calm = score_attempt("Hi love, I miss you. Would you like to come for lunch on Sunday? No pressure.")
    harsh = score_attempt("After all I've done for you, CALL ME RIGHT AWAY!!!")
    assert calm.score >= 85 > 40 >= harsh.score
    assert any(r.startswith("+") for r in calm.reasons)
    assert any("may land as debt" in r for r in harsh.reasons) and any("shouting" in r for r in harsh.reasons)
    assert score_attempt("").score == 0


def test_every_category_has_a_childs_view():
    for f in find("After all I've done for you. Your brother visits every week. You owe me."):
        assert child_view(f).startswith("I ")
    from helper.practice import perspectives

    assert set(perspectives()) == set(CATEGORIES)


def test_gallery_has_before_after_pairs_for_every_category_from_the_engine():
    g = gallery()
    assert {e.category for e in g} == set(CATEGORIES)
    for e in g:
        assert e.category in e.report.categories_found, e.before
        assert find(e.after.text) == (), e.after.text


def test_handout_is_escaped_and_printable():
    ex = list(gallery()[:2])
    page = handout_html(ex, list(ideas()[:2]), title="<script>alert(1)</script>")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "@page" in page and "break-inside: avoid" in page
    assert ex[0].before.replace("'", "&#39;") in page
