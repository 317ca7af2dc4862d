"""Message-level signals and the pressure score.

These look at the whole message, not one phrase: how many questions, whether
it asks for a reply, shouting, blame versus I-statements, length, and whether
it reads like several messages sent in a row.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping

from .model import CATEGORIES, Finding, Signals, Strength

_QUESTION = re.compile(r"\?(?!\?)")  # the last ? of each run: literal-led, so fast
_CAPS = re.compile(r"[A-Z][A-Z']{3,}")
_NOT_SHOUTING = frozenset({"ASAP", "LMAO", "ROFL", "IMHO", "COVID", "HTML", "AARP", "NYC", "USA"})
LONG_TEXT_WORDS = 80
_SHORT_LINE_WORDS = 25


def measure(text: str, counts: Mapping[str, int], words: int | None = None) -> Signals:
    """`counts` holds the phrase-level signals (data/signals.toml) by name;
    `words` is the report's word count (readability's), counted here if absent."""
    if words is None:
        words = len(text.split())
    caps = sum(1 for w in _CAPS.findall(text) if w not in _NOT_SHOUTING)
    punct = sum(text.count(run) for run in ("!!", "??", "?!", "!?"))
    lines = [ln for ln in text.splitlines() if ln.strip()]
    short = len(lines) >= 2 and all(len(ln.split()) <= _SHORT_LINE_WORDS for ln in lines)
    return Signals(
        words=words,
        questions=len(_QUESTION.findall(text)),
        reply_demands=counts.get("reply_demands", 0),
        shouting=caps + punct,
        you_blame=counts.get("you_blame", 0),
        i_statements=counts.get("i_statements", 0),
        messages_in_a_row=(len(lines) if short else 1) if words else 0,
        unanswered_mentions=counts.get("unanswered_mentions", 0),
        long_for_a_text=words > LONG_TEXT_WORDS,
    )


_WEIGHT = {"note": 6, "caution": 12, "strong": 20}


def pressure(findings: tuple[Finding, ...], strengths: tuple[Strength, ...], s: Signals) -> tuple[int, str]:
    """A 0–100 figure for how much the message asks of the reader, and why."""
    parts: Counter[str] = Counter()
    for f in findings:
        parts[CATEGORIES[f.category].label.lower()] += _WEIGHT[f.severity]
    parts["asking for a reply"] += 10 * s.reply_demands
    parts["mentions of unanswered messages"] += 8 * s.unanswered_mentions
    parts["shouting (capitals, !!! or ???)"] += 4 * s.shouting
    parts["many questions"] += 4 * max(0, s.questions - 2)
    parts["blaming 'you' statements"] += 5 * s.you_blame
    parts["several messages in a row"] += 6 * max(0, s.messages_in_a_row - 2)
    raw = sum(parts.values())
    # Warm, easy-out phrasing genuinely lowers what a message asks of someone.
    relief = 4 * len(strengths) + 2 * s.i_statements
    score = max(0, min(100, raw - min(relief, raw // 2)))
    top = [name for name, v in parts.most_common(2) if v > 0]
    reason = f", mostly from {' and '.join(top)}" if top else ""
    if score < 15:
        summary = "Reads calm and easy to answer" + (reason if score else "") + "."
    elif score < 40:
        summary = f"Some pressure{reason}; still easy to answer."
    elif score < 70:
        summary = f"Noticeable pressure{reason}; it may feel hard to answer lightly."
    else:
        summary = f"Heavy pressure{reason}; it may feel like a demand rather than an invitation."
    return score, summary
