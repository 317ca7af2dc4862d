"""Property tests: any text at all, up to 100k characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helper import analyze

PHRASES = [
    "after all I've done for you", "you never call", "I'm sorry if", " ", "\n", "!!!", "???",
    "İ", "ß", "’", "😢", "u", "owe me", ".", "I miss you", "no pressure", "call me right away",
]
texty = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PHRASES)), max_size=60).map("".join)


def check(text: str) -> None:
    r = analyze(text)
    for f in r.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.phrase
    for s in r.strengths:
        assert 0 <= s.start < s.end <= len(text)
    assert 0 <= r.pressure <= 100
    assert r == analyze(text), "same text, same report"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), texty))
def test_any_text_never_raises_and_spans_are_valid(text):
    check(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(min_size=1, max_size=200), st.integers(min_value=1, max_value=500))
def test_long_texts_up_to_100k_characters(chunk, times):
    check((chunk * times)[:100_000])
