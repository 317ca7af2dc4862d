"""analyze(): the report as a whole."""

from __future__ import annotations

import pickle

import pytest

from conftest import GUILTY_DRAFT, WARM_DRAFT
from helper import CATEGORIES, MAX_CHARS, SUPPORT_NOTE, Report, TextTooLong, analyze


def test_categories_are_the_agreed_ordered_set():
    assert list(CATEGORIES) == [
        "guilt", "debt", "pursuit", "comparison", "self_erasure", "reliance",
        "fear", "control", "sarcasm", "scorekeeping", "defending",
    ]
    for c in CATEGORIES.values():
        assert c.label and c.description


def test_a_guilty_draft_gets_findings_with_reasons_and_wishes():
    r = analyze(GUILTY_DRAFT)
    assert {"debt", "guilt", "scorekeeping"} <= {f.category for f in r.findings}
    for f in r.findings:
        assert f.severity in ("note", "caution", "strong")
        assert f.message.endswith(".") and f.wish
        assert f.rule.startswith(f.category + ".")
    assert r.pressure >= 40
    assert "pressure" in r.summary.lower()


def test_a_warm_draft_shows_its_strengths_and_reads_calm():
    r = analyze(WARM_DRAFT)
    assert r.findings == ()
    kinds = {s.kind for s in r.strengths}
    assert {"easy_out", "own_life", "curiosity", "specific_invitation", "warmth"} <= kinds
    for s in r.strengths:
        assert WARM_DRAFT[s.start : s.end] == s.phrase and s.label
    assert r.pressure < 15 and r.summary.startswith("Reads calm")


def test_a_denial_opener_is_not_counted_as_a_strength():
    r = analyze("I'm not trying to make you feel guilty, but you never call.")
    assert not [s for s in r.strengths if s.kind == "i_feel"]


def test_signals_count_questions_demands_shouting_and_blame():
    r = analyze("Why didn't you answer me?? CALL ME BACK NOW!!! You never listen.")
    s = r.signals
    assert s.questions == 1 and s.reply_demands >= 1 and s.shouting >= 3 and s.you_blame >= 1
    assert analyze("I miss you and I hope the week went well").signals.i_statements == 2


def test_several_short_lines_read_as_messages_in_a_row():
    s = analyze("hello?\nare you there\ncall me\nhello??").signals
    assert s.messages_in_a_row == 4
    assert analyze("Just one message.").signals.messages_in_a_row == 1


def test_unanswered_messages_mentioned_are_counted():
    assert analyze("I've left you two messages and texted you 5 times").signals.unanswered_mentions == 2


def test_long_message_is_noted():
    assert analyze("word " * 120).signals.long_for_a_text
    assert not analyze(WARM_DRAFT).signals.long_for_a_text


def test_readability_figures():
    r = analyze(WARM_DRAFT).readability
    assert r.words > 20 and r.sentences >= 3 and 0 <= r.grade < 8 and r.reading_seconds > 0
    dense = analyze(
        "Notwithstanding considerable organisational difficulties, the administrative reorganisation "
        "necessitated comprehensive documentation of interdepartmental responsibilities."
    ).readability
    assert dense.grade > r.grade + 8 and dense.reading_ease < r.reading_ease
    empty = analyze("").readability
    assert empty.words == 0 and empty.reading_seconds == 0


@pytest.mark.parametrize(
    "text",
    ["Some days I don't want to live anymore.", "i feel like ending it all", "You'd all be better off without me."],
)
def test_self_harm_language_brings_the_support_note_and_is_still_analysed(text):
    r = analyze(text + " After all I've done for you.")
    assert r.support == SUPPORT_NOTE
    assert "988" in r.support and "116 123" in r.support and "findahelpline.com" in r.support
    assert any(f.category == "debt" for f in r.findings)


@pytest.mark.parametrize("text", ["I'm dying to see you!", "This heat is killing me", "I hurt my back gardening"])
def test_figures_of_speech_do_not_bring_the_support_note(text):
    assert analyze(text).support is None


def test_reports_are_frozen_hashable_and_picklable():
    r = analyze(GUILTY_DRAFT)
    with pytest.raises(AttributeError):
        r.pressure = 0  # type: ignore[misc]
    assert hash(r) == hash(analyze(GUILTY_DRAFT))
    assert pickle.loads(pickle.dumps(r)) == r
    assert isinstance(r, Report)


def test_bad_input_gets_a_clear_error():
    with pytest.raises(TypeError, match="needs text"):
        analyze(None)  # type: ignore[arg-type]
    with pytest.raises(TextTooLong, match="split it"):
        analyze("a" * (MAX_CHARS + 1))
