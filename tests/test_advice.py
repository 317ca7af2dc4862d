"""Before you send: one calm suggestion with its reason."""

from __future__ import annotations

from helper import analyze, before_you_send


def test_send_when_it_reads_kindly():
    assert before_you_send(analyze("Hi love, how was the trip? Love you")).action == "send"


def test_rewrite_when_a_phrase_may_land_hard():
    assert before_you_send(analyze("You should have taken that job.")).action == "rewrite"


def test_wait_after_several_unanswered_messages():
    a = before_you_send(analyze("hello?\nare you there\nI've left you two messages"))
    assert a.action == "wait" and "pause" in a.headline.lower()


def test_sleep_on_it_when_there_is_a_lot_of_hurt():
    text = ("After all I've done for you, you can't even call? I'm not trying to make you feel guilty, but "
            "your brother visits every week. I sacrificed everything for you. You owe me.")
    a = before_you_send(analyze(text))
    assert a.action == "keep_unsent" and "sleeping on" in a.headline


def test_care_first_when_the_support_note_is_shown():
    assert before_you_send(analyze("I don't want to live anymore.")).action == "wait"
