"""Before you send: one calm suggestion, with its reason, from the report."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Report


@dataclass(frozen=True)
class Advice:
    action: str  # send | rewrite | wait | keep_unsent
    headline: str
    reason: str


def before_you_send(report: Report) -> Advice:
    """What might help most before pressing send. Never a verdict: keeping a
    draft unsent is a real, respectable choice."""
    s = report.signals
    strong = sum(1 for f in report.findings if f.severity == "strong")
    hurt = sum(1 for f in report.findings if f.category in ("guilt", "sarcasm", "defending"))
    if report.support:
        return Advice(
            "wait",
            "Look after yourself first",
            "What you wrote sounds heavy to carry. The message can wait; reaching out to someone who can listen today may help more.",
        )
    if not s.words:
        return Advice("wait", "Nothing to send yet", "Write or paste a draft above, and it will be read here.")
    if report.pressure >= 70 or strong >= 3 or hurt >= 3:
        return Advice(
            "keep_unsent",
            "It may be worth sleeping on this one",
            "There is a lot of hurt in it, and that is understandable. Writing it out can help you; "
            "keeping it unsent for now, and sending a calmer note later, often helps more.",
        )
    if s.unanswered_mentions or s.messages_in_a_row >= 3:
        return Advice(
            "wait",
            "A pause may help",
            "They may already have a few messages from you. Waiting a day can make the next one easier to answer.",
        )
    if report.findings:
        return Advice(
            "rewrite",
            "Consider the calmer version",
            "A few phrases may land harder than you mean. The calmer version says the same wish more gently.",
        )
    return Advice("send", "This reads kindly", "It is warm and easy to answer. Send it when it feels right.")
