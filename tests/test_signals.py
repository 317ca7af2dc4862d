"""Message-level signals and the pressure score."""

from __future__ import annotations

from helper import signals
from helper.model import Finding, Signals, Strength


def _f(category: str, severity: str) -> Finding:
    return Finding(0, 1, category, f"{category}.x", severity, "m.", "contact")


CALM = Signals(words=20, questions=1, reply_demands=0, shouting=0, you_blame=0, i_statements=1,
               messages_in_a_row=1, unanswered_mentions=0, long_for_a_text=False)


def test_measure_counts_caps_punctuation_lines_and_words():
    s = signals.measure("WHY are you SILENT??\nhello\ncall me", {"reply_demands": 2})
    assert s.words == 7 and s.questions == 1 and s.reply_demands == 2
    assert s.shouting == 2  # SILENT, ?? (WHY is only three letters)
    assert s.messages_in_a_row == 3
    assert signals.measure("LOL ASAP ok", {}).shouting == 0


def test_pressure_rises_with_findings_and_signals_and_explains_itself():
    calm, summary = signals.pressure((), (), CALM)
    assert calm == 0 and summary.startswith("Reads calm")
    some, _ = signals.pressure((_f("guilt", "caution"),), (), CALM)
    heavy, why = signals.pressure((_f("debt", "strong"), _f("guilt", "strong"), _f("pursuit", "strong"), _f("fear", "strong")), (), CALM)
    assert 0 < some < heavy <= 100
    assert why.startswith("Heavy pressure") and "debt" in why


def test_warm_phrasing_lowers_pressure_but_never_below_half():
    fs = (_f("guilt", "strong"),)
    base, _ = signals.pressure(fs, (), CALM)
    warm = tuple(Strength(0, 1, "warmth", "Warm") for _ in range(10))
    lower, _ = signals.pressure(fs, warm, CALM)
    assert base // 2 <= lower < base
