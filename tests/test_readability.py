"""The textstat adapter."""

from __future__ import annotations

from helper import readability


def test_simple_and_dense_texts():
    easy = readability.measure("I love you. See you soon. The cat is fine.")
    hard = readability.measure("Comprehensive organisational considerations necessitate interdepartmental documentation.")
    assert easy.sentences == 3 and easy.words == 10
    assert easy.grade < hard.grade and easy.reading_ease > hard.reading_ease


def test_no_letters_means_nothing_to_read():
    r = readability.measure("!!! 123 😀")
    assert r.words == 0 and r.reading_seconds == 0


def test_long_texts_are_estimated_from_a_sample_and_scaled():
    text = "I went to the market with Jo and we bought apples. " * 4000
    r = readability.measure(text)
    assert abs(r.words - 44_000) / 44_000 < 0.05
    assert r.reading_seconds > 60 * 100


def test_grade_alone_is_the_grade_of_the_full_measure():
    from helper.readability import grade

    for text in ("", "!!!", "Hi.", "After all I've done for you, you can't even call?", "Long words everywhere. " * 600):
        assert grade(text) == readability.measure(text).grade, text
