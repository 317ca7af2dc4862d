"""Conversation parsing: WhatsApp exports and plain lines; malformed lines reported, never fatal."""

from __future__ import annotations

import time
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from helper.conversation import analyse, parse

EXPORT = """12/31/23, 9:41 PM - Mom: After all I've done for you, you can't even call?
12/31/23, 9:42 PM - Mom: Hello??
are you there
12/31/23, 9:50 PM - Sam: Sorry, busy night
13/45/23, 9:50 PM - Sam: a broken date
1/1/24, 10:00 AM - Messages and calls are end-to-end encrypted.
1/1/24, 10:05 AM - Mom: <Media omitted>
[02/01/2024, 08:15:03] Mom: Love you, have a good day
1/1/24 - Mom: no time here
"""


def test_whatsapp_export_messages_senders_dates_and_continuations():
    t = parse(EXPORT)
    assert t.kind == "whatsapp" and t.senders == ("Mom", "Sam")
    assert [m.line for m in t.messages] == [1, 2, 4, 8]
    assert t.messages[1].text == "Hello??\nare you there"
    assert t.messages[0].when == datetime(2023, 12, 31, 21, 41)
    assert t.messages[3].when == datetime(2024, 2, 1, 8, 15, 3), "12/31 earlier in the file: month first"


def test_day_first_exports():
    t = parse("31/12/2023, 21:41 - Mom: hello\n02/01/2024, 08:15 - Mom: hi again\n")
    assert [m.when for m in t.messages] == [datetime(2023, 12, 31, 21, 41), datetime(2024, 1, 2, 8, 15)]


def test_malformed_lines_are_reported_with_line_numbers_and_skipped():
    problems = {p.line: p.reason for p in parse(EXPORT).problems}
    assert set(problems) == {5, 9}
    assert "not a real one" in problems[5] and "can't be read" in problems[9]


def test_plain_lines():
    t = parse("Mom: you never call\nSam: busy\njust a line\n\n")
    assert t.kind == "plain"
    assert [(m.sender, m.text) for m in t.messages] == [("Mom", "you never call"), ("Sam", "busy"), ("", "just a line")]


def test_analysis_of_chosen_senders_counts_categories_over_time():
    s = analyse(parse(EXPORT), ["Mom"])
    assert {a.message.sender for a in s.analysed} == {"Mom"}
    assert s.counts == {"debt": 1, "pursuit": 2} and s.flagged == 2  # "Hello??" presses for a reply too
    assert [(str(d), c) for d, c, _ in s.by_day] == [("2023-12-31", "debt"), ("2023-12-31", "pursuit")]


def test_a_one_megabyte_export_completes_with_progress():
    big = (EXPORT * 3000)[:1_000_000]
    seen = []
    t0 = time.perf_counter()
    s = analyse(parse(big), ["Mom"], progress=lambda i, n: seen.append((i, n)))
    assert time.perf_counter() - t0 < 60
    assert seen[-1][0] == seen[-1][1] == len(s.analysed) > 5000
    assert 50 <= len(seen) <= 200


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_parses_without_raising(text):
    t = parse(text)
    assert all(m.line >= 1 for m in t.messages) and all(p.line >= 1 for p in t.problems)
