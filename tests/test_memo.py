"""Remembered work stays with the visitor who brought the memo."""

from __future__ import annotations

from helper import Memo, analyze, remembering, rewrite
from helper import rewriting
from helper.memo import remembered

DRAFT = "After all I've done for you, you can't even call? I'll just sit here alone."


def counting():
    calls = []

    @remembered("test-square")
    def square(x: int) -> int:
        calls.append(x)
        return x * x

    return square, calls


def test_outside_a_memo_work_simply_runs():
    square, calls = counting()
    assert square(3) == 9 and square(3) == 9
    assert calls == [3, 3]


def test_inside_a_memo_work_is_done_once_and_kept_there():
    square, calls = counting()
    memo = Memo()
    with remembering(memo):
        assert square(3) == 9 and square(3) == 9 and square(4) == 16
    assert calls == [3, 4] and len(memo) == 2
    with remembering(memo):  # the same visitor, later
        square(3)
    assert calls == [3, 4]


def test_visitors_do_not_share_what_is_remembered():
    square, calls = counting()
    with remembering(Memo()):
        square(5)
    with remembering(Memo()):
        square(5)
    assert calls == [5, 5]


def test_a_nested_call_shares_the_outer_memo():
    square, calls = counting()
    outer = Memo()
    with remembering(outer):
        with remembering() as inner:
            square(6)
        assert inner is outer
    assert len(outer) == 1


def test_a_memo_is_bounded_and_forgets_the_oldest_first():
    square, calls = counting()
    memo = Memo(size=2)
    with remembering(memo):
        for x in (1, 2, 3, 1):
            square(x)
    assert calls == [1, 2, 3, 1] and len(memo) == 2


def test_analyze_and_rewrite_keep_nothing_in_the_process():
    before = analyze(DRAFT)
    memo = Memo()
    with remembering(memo):
        assert analyze(DRAFT) == before
        rewrite(DRAFT)
    assert len(memo) > 0, "suggestions, grades and renderings were remembered for this visitor"
    # no process-wide cache holds a visitor's sentences
    for fn in (rewriting.grade, rewriting._clean_builtin, rewriting._suggest_cached, rewriting._variants):
        assert not hasattr(fn, "cache_info"), fn.__name__
