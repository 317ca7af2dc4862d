"""Gentle analysis of a mother's draft to her adult child.

Public API::

    from helper import analyze, rewrite, CATEGORIES
    report = analyze("After all I've done, you can't even call?")
    for f in report.findings:
        print(report.text[f.start:f.end], f.category, f.message)

This package never imports streamlit and makes no network call.
"""

from __future__ import annotations

from .analysis import MAX_CHARS, SUPPORT_NOTE, TextTooLong, analyze, find
from .advice import Advice, before_you_send
from .rewriting import TONES, TemplateProblem, apply_suggestion, group_by_sentence, rewrite, templates
from .loader import RuleError, RuleSet, builtin, from_text, load_rules
from .memo import Memo, remembering
from .model import (
    CATEGORIES,
    SEVERITIES,
    WISHES,
    Category,
    Change,
    Finding,
    Readability,
    Report,
    Rewrite,
    Signals,
    Strength,
)

__all__ = [
    "analyze",
    "find",
    "rewrite",
    "apply_suggestion",
    "group_by_sentence",
    "before_you_send",
    "Advice",
    "templates",
    "Memo",
    "remembering",
    "TONES",
    "TemplateProblem",
    "load_rules",
    "from_text",
    "builtin",
    "RuleSet",
    "RuleError",
    "TextTooLong",
    "MAX_CHARS",
    "SUPPORT_NOTE",
    "CATEGORIES",
    "SEVERITIES",
    "WISHES",
    "Category",
    "Change",
    "Finding",
    "Readability",
    "Report",
    "Rewrite",
    "Signals",
    "Strength",
]
