"""Match compiled rules against a text: each pattern runs only in the
sentences holding one of its key words."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter
from typing import Iterable, NamedTuple

from .loader import Rule, RuleSet, candidates, index_rules, lowered, sentence_ends
from .model import SEVERITIES

_RANK = {s: i for i, s in enumerate(SEVERITIES)}
# Beyond this many characters a plain substring test is cheaper than a regex search.
_LONG_WINDOW = 2_000


class Match(NamedTuple):
    """A raw match (internal; tens of thousands per megabyte, so a light tuple)."""

    start: int
    end: int
    rule: Rule


def scan(text: str, ruleset: RuleSet, bounds: list[int] | None = None) -> list[Match]:
    """Every match of every rule, exceptions applied, spans trimmed of white space.

    Patterns run on the lower-cased text (same length, same offsets). A match
    must start at a word edge; the test is done here rather than inside each
    regex, which keeps most patterns literal-led and fast."""
    out: list[Match] = []
    lower = lowered(text)
    if bounds is None:
        bounds = sentence_ends(text)
    rules = ruleset.rules
    seen: set[tuple[int, int, int]] = set()

    def take(m: re.Match[str], search, e: int, rule: Rule, i: int) -> None:  # type: ignore[no-untyped-def]
        """Record this match and any later ones in the window (matches are rare)."""
        while m is not None:
            a0, b0 = m.span()
            if a0 and (lower[a0 - 1].isalnum() or lower[a0 - 1] == "_"):  # what \w means in re
                m = search(lower, a0 + 1, e)  # mid-word: look again just after, as (?<!\w) would
                continue
            a, b = _trim(text, a0, b0) if text[a0].isspace() or text[b0 - 1].isspace() else (a0, b0)
            if a < b and (a, b, i) not in seen and not (rule.exceptions and _excepted(lower, rule, a0, bounds)):
                seen.add((a, b, i))
                out.append(Match(a, b, rule))
            m = search(lower, b0 if b0 > a0 else b0 + 1, e)

    def run_fallback(rule: Rule, i: int, spans: Iterable[tuple[int, int]]) -> None:
        """The rule's fallback patterns; over a long window (a rule with no
        trigger words runs over the whole text), each behind a substring test."""
        fallback = [(rule.patterns[p].search, rule.needs[p].substrings) for p in rule.fallback]
        for s, e in spans:
            window = lower[s:e] if e - s > _LONG_WINDOW else None
            for search, subs in fallback:
                if window is None or subs is None or any(w in window for w in subs):
                    m = search(lower, s, e)
                    if m is not None:
                        take(m, search, e, rule, i)

    plan = candidates(text, ruleset, lower, bounds)
    starts, ends = plan.starts, plan.ends
    for (i, j), ks in plan.sentences.items():
        rule = rules[i]
        if j >= 0:  # one keyed pattern over its sentences: the hot loop, kept tight
            search = rule.patterns[j].search
            screen = rule.screens[j]
            if screen is None:
                for k in ks:
                    e = ends[k]
                    m = search(lower, starts[k], e)
                    if m is not None:
                        take(m, search, e, rule, i)
                continue
            first = screen.search  # rules most sentences out at C speed
            for k in ks:
                s, e = starts[k], ends[k]
                if first(lower, s, e) is not None:
                    m = search(lower, s, e)
                    if m is not None:
                        take(m, search, e, rule, i)
        else:
            run_fallback(rule, i, zip(map(starts.__getitem__, ks), map(ends.__getitem__, ks)))
    for (i, j), spans in plan.windows.items():
        rule = rules[i]
        if j >= 0:
            search = rule.patterns[j].search
            for s, e in spans:
                m = search(lower, s, e)
                if m is not None:
                    take(m, search, e, rule, i)
        else:
            run_fallback(rule, i, spans)
    return out


def _excepted(lower: str, rule: Rule, pos: int, bounds: list[int]) -> bool:
    """An exception anywhere in the sentence around a match (or the one
    before or after it) cancels the match."""
    if not rule.exceptions:
        return False
    k = bisect_right(bounds, pos)
    s = bounds[k - 2] if k >= 2 else 0
    e = bounds[k + 1] if k + 1 < len(bounds) else len(lower)
    return any(x.search(lower, s, e) for x in rule.exceptions)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def non_overlapping(matches: list[Match]) -> list[Match]:
    """Keep the strongest, then longest, match where spans overlap, so every
    character is explained by at most one finding. Sorted by start.

    Matches that overlap nothing (most of them) are kept as they are; only
    runs of overlapping matches are settled by strength and length. Runs
    never touch each other, so this is the same as settling all at once."""
    kept: list[Match] = []
    run: list[Match] = []
    reach = -1
    for m in sorted(matches, key=_SPAN):
        if m.start < reach:
            run.append(m)
            if m.end > reach:
                reach = m.end
            continue
        if len(run) == 1:
            kept.append(run[0])
        elif run:
            kept.extend(_settle(run))
        run, reach = [m], m.end
    if len(run) == 1:
        kept.append(run[0])
    elif run:
        kept.extend(_settle(run))
    return kept


_SPAN = itemgetter(0, 1)


def _settle(run: list[Match]) -> list[Match]:
    """Overlapping matches: strongest, then longest, then first wins each character."""
    base = run[0].start
    ordered = sorted(run, key=lambda m: (-_RANK[m.rule.severity], -(m.end - m.start), m.start, m.rule.id))
    taken = bytearray(max(m.end for m in run) - base)  # one byte per character: 1 once explained
    kept: list[Match] = []
    for m in ordered:
        a, b = m.start - base, m.end - base
        if taken.find(1, a, b) != -1:
            continue
        taken[a:b] = b"\x01" * (b - a)
        kept.append(m)
    kept.sort(key=_SPAN)
    return kept


def matches_rule(text: str, rule: Rule) -> bool:
    """Does this one rule flag `text`? (Used to run each rule's own examples.)"""
    return bool(scan(text, index_rules((rule,))))


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans that add up to `text`, each ending after its . ! ? … or line break."""
    bounds = sentence_ends(text)
    starts = [0, *bounds]
    ends = [*bounds, len(text)]
    return [(a, b) for a, b in zip(starts, ends) if a < b]


def sentence_of(text: str, pos: int, bounds: list[int] | None = None) -> tuple[int, int]:
    """The span of the sentence holding `pos` (as in `sentences`); pass the
    text's `sentence_ends` when asking about many positions."""
    if bounds is None:
        bounds = sentence_ends(text)
    k = bisect_right(bounds, pos)
    return (bounds[k - 1] if k else 0), (bounds[k] if k < len(bounds) else len(text))
