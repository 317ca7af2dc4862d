"""The one place that talks to textstat.

textstat is pinned to 0.7.4: it counts syllables with pyphen's bundled
dictionaries. Releases from 0.7.10 on load NLTK's cmudict and download it at
first use, which this app must never do. textstat also keeps a process-wide
language (`set_lang`), so we set it once here and nowhere else.
"""

from __future__ import annotations

import importlib.resources
import sys
import types
import warnings
from functools import lru_cache

from .model import Readability

# Beyond this, figures are estimated from an even sample of the text so that a
# 1 MB paste stays fast; a text message is far below it.
_SAMPLE_CHARS = 6_000
_WPM = 200  # an unhurried adult reading pace


class _Resources(types.ModuleType):
    """The one piece of pkg_resources that textstat 0.7.4 uses (its word lists),
    from the standard library: importing the real pkg_resources costs a tenth
    of a second at start-up and is deprecated."""

    @staticmethod
    def resource_stream(package: str, name: str):  # type: ignore[no-untyped-def]
        return importlib.resources.files(package).joinpath(name).open("rb")


@lru_cache(maxsize=1)
def _textstat():  # type: ignore[no-untyped-def]
    # Lend textstat the shim only while it imports, so nothing else in the
    # process ever sees it in place of the real package.
    lent = "pkg_resources" not in sys.modules
    if lent:
        sys.modules["pkg_resources"] = _Resources("pkg_resources")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import textstat
    finally:
        if lent:
            del sys.modules["pkg_resources"]
    textstat.set_lang("en_US")
    return textstat


def _sample(text: str) -> tuple[str, float]:
    if len(text) <= _SAMPLE_CHARS:
        return text, 1.0
    step = len(text) // 10
    part = _SAMPLE_CHARS // 10
    pieces = [text[i : i + part] for i in range(0, len(text), step)][:10]
    sample = "\n".join(pieces)
    return sample, len(text) / len(sample)


def measure(text: str) -> Readability:
    """Reading ease, grade level, words, sentences and reading time."""
    if not any(ch.isalpha() for ch in text):
        return Readability(reading_ease=100.0, grade=0.0, words=0, sentences=0, reading_seconds=0.0)
    ts = _textstat()
    sample, scale = _sample(text)
    words = ts.lexicon_count(sample)
    sentences = max(1, ts.sentence_count(sample))
    ease = float(ts.flesch_reading_ease(sample))
    total_words = round(words * scale)
    return Readability(
        reading_ease=round(max(-50.0, min(121.0, ease)), 1),
        grade=_grade(sample),
        words=total_words,
        sentences=max(1, round(sentences * scale)),
        reading_seconds=round(total_words / _WPM * 60, 1),
    )


def grade(text: str) -> float:
    """Just the reading grade, as `measure(text).grade` (rewrites grade many
    candidate sentences and need nothing else)."""
    if not any(ch.isalpha() for ch in text):
        return 0.0
    return _grade(_sample(text)[0])


def _grade(sample: str) -> float:
    return round(max(0.0, min(30.0, float(_textstat().flesch_kincaid_grade(sample)))), 1)
