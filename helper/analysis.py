"""analyze(): findings, strengths, signals, pressure, readability and support."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from . import readability, signals
from .engine import Match, non_overlapping, scan
from .loader import KINDS, SIGNAL, STRENGTH, SUPPORT, RuleSet, builtin, sentence_ends
from .memo import remembering
from .model import Finding, Report, Strength

MAX_CHARS = 2_000_000

SUPPORT_NOTE = (
    "Something in what you wrote speaks of not wanting to live, or of hurting yourself. "
    "If any part of you feels that way right now, you deserve care today, from a person who can listen. "
    "In the US you can call or text 988. In the UK and Ireland, Samaritans answer on 116 123, day and night. "
    "Anywhere else, findahelpline.com lists free, confidential lines near you. "
    "If you are in danger now, please call your local emergency number. "
    "This app is not a counsellor; your draft stays here, analysed as usual, and what you do next is yours to choose."
)


class TextTooLong(ValueError):
    """The text is beyond what one analysis takes; nothing is lost, it is just not analysed."""


def analyze(
    text: str, rules: RuleSet | None = None, disable: Iterable[str] = (), suggest: bool = True, templates: str | None = None
) -> Report:
    """Find where a draft may land as guilt, debt, pressure or control, and why.

    `rules` defaults to the built-in rules (see `load_rules` to add files);
    `disable` switches rules off by rule id or category id. Each finding
    carries calmer alternatives unless `suggest` is False; `templates` names
    a counselor's template folder layered over the built-in one.
    Raises TypeError for non-text and TextTooLong beyond MAX_CHARS characters.
    """
    ruleset = (rules or builtin()).without(disable)
    _check_input(text)
    bounds = sentence_ends(text)
    if not suggest:
        return report_and_matches(text, ruleset, bounds)[0]
    from .rewriting import suggester
    from .rewriting import templates as load_templates

    with remembering():  # the visitor's memo when the app gives one; else this call's
        fill = suggester(text, ruleset, load_templates(templates), bounds)
        return report_and_matches(text, ruleset, bounds, fill)[0]


def report_and_matches(
    text: str,
    ruleset: RuleSet,
    bounds: list[int] | None = None,
    suggest: Callable[[int, str], tuple[str, ...]] | None = None,
) -> tuple[Report, list[Match]]:
    """The report, and the raw matches behind it. `suggest(start, wish)`
    fills each finding's alternatives (none without it)."""
    _check_input(text)
    matches = scan(text, ruleset, bounds)
    findings = _findings(text, matches, suggest)
    strengths = _strengths(text, [m for m in matches if m.rule.category == STRENGTH], findings)
    counts = Counter(m.rule.name for m in matches if m.rule.category == SIGNAL)
    reading = readability.measure(text)
    sig = signals.measure(text, counts, reading.words)
    score, summary = signals.pressure(findings, strengths, sig)
    support = SUPPORT_NOTE if any(m.rule.category == SUPPORT for m in matches) else None
    report = Report(
        text=text,
        findings=findings,
        strengths=strengths,
        signals=sig,
        pressure=score,
        summary=summary,
        readability=reading,
        support=support,
        categories_found=tuple(dict.fromkeys(f.category for f in findings)),
    )
    return report, matches


def find(text: str, ruleset: RuleSet | None = None) -> tuple[Finding, ...]:
    """Just the findings (no suggestions, no other figures): the quick check
    every calmer sentence must pass."""
    _check_input(text)
    return _findings(text, scan(text, ruleset or builtin()))


def _check_input(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs text (str), got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLong(
            f"This text has {len(text):,} characters; one analysis takes up to {MAX_CHARS:,}. "
            "Please split it into smaller parts."
        )


def _findings(
    text: str, matches: list[Match], suggest: Callable[[int, str], tuple[str, ...]] | None = None
) -> tuple[Finding, ...]:
    found = [m for m in matches if m.rule.category not in KINDS]
    return tuple(_finding(text, m, suggest) for m in non_overlapping(found))


def _finding(text: str, m: Match, suggest: Callable[[int, str], tuple[str, ...]] | None) -> Finding:
    r = m.rule
    return Finding(
        start=m.start,
        end=m.end,
        category=r.category,
        rule=r.id,
        severity=r.severity,
        message=r.message,
        wish=r.wish,
        phrase=text[m.start : m.end],
        suggestions=suggest(m.start, r.wish) if suggest else (),
    )


def _strengths(text: str, matches: list[Match], findings: tuple[Finding, ...]) -> tuple[Strength, ...]:
    # A warm phrase touching a flagged one ("I'm not trying to make you feel
    # guilty") is not counted as a strength.
    flagged = bytearray(len(text))
    for f in findings:
        flagged[f.start : f.end] = b"\x01" * (f.end - f.start)

    def inside_finding(m: Match) -> bool:
        return flagged.find(1, m.start, m.end) != -1

    kept = non_overlapping([m for m in matches if not inside_finding(m)])
    return tuple(Strength(m.start, m.end, m.rule.name, m.rule.label, text[m.start : m.end]) for m in kept)
