"""A longer exchange: plain lines ("Name: message") or a WhatsApp-style
export ("12/31/23, 9:41 PM - Mom: message" or "[31/12/2023, 21:41:05] Mom: message").

Malformed lines are reported with their line numbers and skipped, never fatal;
a line with no header continues the message before it, as in real exports."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable, Iterable

from .analysis import analyze
from .loader import RuleSet
from .model import CATEGORIES, Report

_DATE = r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
_TIME = r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?"
_ANDROID = re.compile(rf"^\u200e?{_DATE},?\s+{_TIME}\s+[-–]\s+(.*)$")
_IOS = re.compile(rf"^\u200e?\[{_DATE},?\s+{_TIME}\]\s+(.*)$")
_LOOKS_DATED = re.compile(r"^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NAMED = re.compile(r"^([^:\n]{1,40}?):\s?(.*)$")
_SYSTEM = re.compile(
    r"(?:end-to-end encrypted|<media omitted>|image omitted|video omitted|audio omitted|sticker omitted|"
    r"this message was deleted|missed voice call|missed video call|changed the subject|added |left$|joined using)",
    re.IGNORECASE,
)
MAX_CHARS = 5_000_000


@dataclass(frozen=True)
class Message:
    line: int
    sender: str
    text: str
    when: datetime | None = None


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str
    content: str


@dataclass(frozen=True)
class Transcript:
    messages: tuple[Message, ...]
    problems: tuple[Problem, ...]
    kind: str  # "whatsapp" | "plain"

    @property
    def senders(self) -> tuple[str, ...]:
        return tuple(Counter(m.sender for m in self.messages if m.sender).keys())


def _when(d1: str, d2: str, d3: str, hh: str, mm: str, ss: str | None, ampm: str | None, day_first: bool) -> datetime:
    a, b, c = int(d1), int(d2), int(d3)
    if a > 31:  # 2023-12-31
        y, m, d = a, b, c
    else:
        y = c + 2000 if c < 100 else c
        m, d = (b, a) if day_first else (a, b)
    h = int(hh)
    if ampm:
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return datetime(y, m, d, h, int(mm), int(ss or 0))


def _day_first(lines: list[str]) -> bool:
    """An export uses one date order throughout: 31/12 means day first,
    12/31 month first. With no telling line, month first (the US default)."""
    for line in lines:
        m = _ANDROID.match(line.strip()) or _IOS.match(line.strip())
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 31:
            continue
        if 12 < a <= 31 and b <= 12:
            return True
        if 12 < b <= 31 and a <= 12:
            return False
    return False


def parse(text: str) -> Transcript:
    """Read an exchange; never raises on content."""
    lines = text.splitlines()
    dated = sum(1 for ln in lines[:200] if _ANDROID.match(ln) or _IOS.match(ln))
    kind = "whatsapp" if dated else "plain"
    day_first = _day_first(lines)
    messages: list[Message] = []
    problems: list[Problem] = []
    for no, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if kind == "whatsapp":
            m = _ANDROID.match(line) or _IOS.match(line)
            if m:
                d1, d2, d3, hh, mm, ss, ampm, rest = m.groups()
                try:
                    when = _when(d1, d2, d3, hh, mm, ss, ampm, day_first)
                except ValueError:
                    problems.append(Problem(no, "the date or time is not a real one", line[:120]))
                    continue
                named = _NAMED.match(rest)
                if not named:
                    if not _SYSTEM.search(rest):
                        problems.append(Problem(no, "no 'Name: message' after the date", line[:120]))
                    continue
                sender, body = named.group(1).strip(), named.group(2).strip()
                if _SYSTEM.search(body) and len(body) < 60:
                    continue
                messages.append(Message(no, sender, body, when))
                continue
            if _LOOKS_DATED.match(line):
                problems.append(Problem(no, "starts like a dated message but the date or time can't be read", line[:120]))
                continue
            if messages:  # a message that runs over several lines
                last = messages[-1]
                messages[-1] = Message(last.line, last.sender, f"{last.text}\n{line}", last.when)
            else:
                problems.append(Problem(no, "text before the first dated message", line[:120]))
            continue
        named = _NAMED.match(line)
        if named and not re.search(r"https?$|\d$", named.group(1)):
            messages.append(Message(no, named.group(1).strip(), named.group(2).strip()))
        else:
            messages.append(Message(no, "", line))
    return Transcript(tuple(messages), tuple(problems), kind)


@dataclass(frozen=True)
class Analysed:
    message: Message
    report: Report


@dataclass(frozen=True)
class Summary:
    analysed: tuple[Analysed, ...]
    counts: dict[str, int]
    by_day: tuple[tuple[date, str, int], ...]  # (day, category, count)

    @property
    def flagged(self) -> int:
        return sum(1 for a in self.analysed if a.report.findings)


def analyse(
    transcript: Transcript,
    senders: Iterable[str] | None = None,
    rules: RuleSet | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Analyse the chosen senders' messages (all when `senders` is None)."""
    wanted = None if senders is None else set(senders)
    chosen = [m for m in transcript.messages if wanted is None or m.sender in wanted]
    out: list[Analysed] = []
    counts: Counter[str] = Counter()
    per_day: Counter[tuple[date, str]] = Counter()
    step = max(1, len(chosen) // 100)
    for i, m in enumerate(chosen):
        r = analyze(m.text[:20_000], rules, suggest=False)
        out.append(Analysed(m, r))
        for f in r.findings:
            counts[f.category] += 1
            if m.when:
                per_day[(m.when.date(), f.category)] += 1
        if progress and (i % step == 0 or i == len(chosen) - 1):
            progress(i + 1, len(chosen))
    ordered = {c: counts[c] for c in CATEGORIES if counts[c]}
    by_day = tuple(sorted((d, c, n) for (d, c), n in per_day.items()))
    return Summary(tuple(out), ordered, by_day)
