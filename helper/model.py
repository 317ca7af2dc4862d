"""Result types: small, frozen, hashable records with tuples inside."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

SEVERITIES: tuple[str, ...] = ("note", "caution", "strong")


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str
    colour: str  # background for highlights; text on it is always dark (AA contrast)


def _categories() -> Mapping[str, Category]:
    rows = [
        ("guilt", "Guilt", "Words that make the child responsible for her pain.", "#fde2e4"),
        ("debt", "Debt", "Sacrifice held up as something the child now owes.", "#fff1c1"),
        ("pursuit", "Pursuit", "Pressing for contact or a reply.", "#dbeafe"),
        ("comparison", "Comparison", "Measuring the child against someone else.", "#e9d5ff"),
        ("self_erasure", "Self-erasure", "Martyrdom: her own needs pushed aside, pointedly.", "#fae8ff"),
        ("reliance", "Reliance", "The child made responsible for her well-being.", "#ffe4cc"),
        ("fear", "Fear", "Catastrophising that pulls the child closer through worry.", "#fee2e2"),
        ("control", "Control", "Demands, unasked-for advice, or judging their choices.", "#d1fae5"),
        ("sarcasm", "Sarcasm", "Passive aggression: hurt said sideways.", "#e0e7ff"),
        ("scorekeeping", "Scorekeeping", "Counting days, calls or favours.", "#f5f5d5"),
        ("defending", "Defending", "An apology that turns into a defence.", "#e5e7eb"),
    ]
    return MappingProxyType({r[0]: Category(*r) for r in rows})


CATEGORIES: Mapping[str, Category] = _categories()

# The need behind the words; rewrites are built from these.
WISHES: Mapping[str, str] = MappingProxyType(
    {
        "contact": "to hear from them",
        "visit": "to see them",
        "closeness": "to feel close",
        "recognition": "to be appreciated",
        "reassurance": "to know they are all right",
        "help": "practical help",
        "to_advise": "to share a worry or advice",
        "to_share_hurt": "to say that something hurt",
        "to_repair": "to mend things after a hurt",
    }
)


@dataclass(frozen=True, order=True)
class Finding:
    """One phrase that may land badly. `text[start:end]` is the phrase."""

    start: int
    end: int
    category: str
    rule: str
    severity: str
    message: str
    wish: str
    phrase: str = ""
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, order=True)
class Strength:
    """Something the draft does well."""

    start: int
    end: int
    kind: str
    label: str
    phrase: str = ""


@dataclass(frozen=True)
class Signals:
    """Message-level signals, independent of any one phrase."""

    words: int
    questions: int
    reply_demands: int
    shouting: int  # CAPS words plus runs like !!! or ???
    you_blame: int
    i_statements: int
    messages_in_a_row: int
    unanswered_mentions: int
    long_for_a_text: bool


@dataclass(frozen=True)
class Readability:
    reading_ease: float
    grade: float
    words: int
    sentences: int
    reading_seconds: float


@dataclass(frozen=True)
class Report:
    text: str
    findings: tuple[Finding, ...]
    strengths: tuple[Strength, ...]
    signals: Signals
    pressure: int
    summary: str
    readability: Readability
    support: str | None = None
    categories_found: tuple[str, ...] = field(default=())

    @property
    def clean(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class Change:
    start: int
    end: int
    original: str
    replacement: str
    reason: str


@dataclass(frozen=True)
class Rewrite:
    text: str
    tone: str
    changes: tuple[Change, ...]
    support: str | None = None
