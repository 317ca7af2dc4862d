"""The concrete things in a draft that a calmer version must keep: named days
and dates, holidays and events, the plan itself, people and places.

Each slot is kept exactly as she wrote it, so a rewrite can be checked to
contain it word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)"
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_HOLIDAYS = (
    r"(?:christmas(?: eve| day)?|xmas|thanksgiving|easter|passover|hanukkah|chanukah|diwali|eid|ramadan|"
    r"new year(?:'s|’s)?(?: eve| day)?|mother(?:'s|’s|s)? day|father(?:'s|’s|s)? day|valentine(?:'s|’s)? day|"
    r"the holidays|halloween|rosh hashanah|yom kippur|lunar new year|chinese new year)"
)
_EVENTS = (
    r"(?:birthday|bday|recital|wedding|graduation|party|funeral|christening|baptism|anniversary|reunion|"
    r"concert|game|match|play|show|retirement(?: party| dinner)?|shower|barbecue|bbq|picnic|dinner|lunch|brunch)"
)
_MEALS = r"(?:dinner|lunch|brunch|breakfast|coffee|tea|a walk|a coffee|a drink|drinks|a meal|the barbecue|the bbq|a picnic)"

_WHEN = re.compile(
    rf"(?<!\w)(?:(?:this|next|last|on|every) )?(?:{_DAYS}(?: (?:morning|afternoon|evening|night))?)(?!\w)"
    rf"|(?<!\w)(?:this|next) (?:weekend|week|month|summer|spring|autumn|fall|winter)(?!\w)"
    rf"|(?<!\w)(?:tomorrow|tonight|today)(?!\w)"
    rf"|(?<!\w)(?:on )?(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTHS}(?!\w)"
    rf"|(?<!\w)(?:on )?{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?(?!\w)",
    re.IGNORECASE,
)
_OCCASION = re.compile(
    # "my funeral" is the mother's own death raised as a warning, never a plan to keep
    rf"(?<!\w)(?!my (?:own )?funeral)(?:{_HOLIDAYS}|(?:(?:my|our|your|his|her|their|the|[A-Z][a-z]+(?:'s|’s)) )(?:\w+ )?{_EVENTS}|"
    rf"{_DAYS} (?:dinner|lunch|brunch|roast))(?!\w)",
    re.IGNORECASE,
)
_PLAN = re.compile(rf"(?<!\w)(?:for|grab|get|have|do) ({_MEALS})(?!\w)", re.IGNORECASE)
_PLACE = re.compile(
    r"(?<!\w)(?:at|in|to) (the (?:lake house|beach house|lake|beach|cabin|cottage|farm|caravan|allotment|park|pub)"
    r"|(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:'s|’s)? (?:house|place|flat|apartment))(?!\w)"
)
# Capitalised words that are not names.
_NOT_NAMES = frozenset(
    """I I'm I'll I've I'd Im Ive Mom Mum Dad Mother Father Mama Papa Grandma Grandpa Nana God OK Ok Hi Hey Hello
    Love Dear Honey Sweetie Sweetheart Darling Thanks Thank Please Sorry Yes No Well So And But Or The A An
    Christmas Thanksgiving Easter Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March
    April May June July August September October November December Xmas Eve Day New Year Mother's Father's
    Valentine's Halloween Passover Hanukkah Diwali Eid Ramadan LOL OMG After Before When Why What How Who Where
    This That These Those It Its If Just Also Maybe Today Tomorrow Yesterday Tonight Now Then There Here We You
    Your He She They Our My His Her Their Not Don Can Could Would Should Will Is Are Was Were Do Does Did Have Has
    Had Let Every All Some Any One Oh Ah Okay Fine Good Great Happy Merry Never Always Still Even Only Again
    Remember Call Come Go Get Look Listen Fancy Sending Thinking Hope Miss Xx Xo""".split()
)
_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z]{1,15})(?![\w'’])")


@dataclass(frozen=True)
class Slots:
    """What is concrete in a passage; each value is a substring of it, or ''."""

    when: str = ""
    occasion: str = ""
    plan: str = ""
    place: str = ""
    person: str = ""

    def values(self) -> tuple[str, ...]:
        # spelled out rather than via fields(): rewrites ask this thousands of times
        return tuple(v for v in (self.when, self.occasion, self.plan, self.place, self.person) if v)

    def merged(self, other: "Slots") -> "Slots":
        return Slots(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


def _first(rx: re.Pattern[str], text: str, group: int = 0) -> str:
    m = rx.search(text)
    return m.group(group).strip() if m else ""


def _names(text: str) -> list[str]:
    out = []
    for m in _NAME.finditer(text):
        word = m.group(1)
        before = text[: m.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?\n…"
        if word not in _NOT_NAMES and not sentence_start:
            out.append(word)
    return out


# Strings one of which every match of _WHEN / _OCCASION contains (lower-cased):
# a quick `in` test spares the two slow searches in most sentences.
_WHEN_HINTS = (
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "week", "month", "summer", "spring", "autumn", "fall",
    "winter", "tomorrow", "tonight", "today",
)
_OCCASION_HINTS = (
    "christmas", "xmas", "thanksgiving", "easter", "passover", "hanukkah", "chanukah", "diwali", "eid", "ramadan",
    "new year", "mother", "father", "valentine", "holidays", "halloween", "rosh hashanah", "yom kippur",
    "birthday", "bday", "recital", "wedding", "graduation", "party", "funeral", "christening", "baptism",
    "anniversary", "reunion", "concert", "game", "match", "play", "show", "retirement", "shower", "barbecue",
    "bbq", "picnic", "dinner", "lunch", "brunch", "roast",
)
_DIGIT = re.compile(r"\d")


def _may_hold(low: str, hints: tuple[str, ...]) -> bool:
    return any(h in low for h in hints)


def extract(text: str) -> Slots:
    """The first of each kind of slot in `text`, as written."""
    low = text.lower()
    exotic = not text.isascii()  # case-folding beyond ASCII ("ſunday"): no shortcuts
    when = _first(_WHEN, text) if exotic or _DIGIT.search(text) or _may_hold(low, _WHEN_HINTS) else ""
    occasion = _first(_OCCASION, text) if exotic or _may_hold(low, _OCCASION_HINTS) else ""
    if when and when.lower() in occasion.lower():
        when = ""  # "Sunday dinner" already says Sunday
    plan = _first(_PLAN, text, 1)
    if plan and plan.lower() in occasion.lower():
        plan = ""
    place = _first(_PLACE, text, 1)
    taken = " ".join((occasion, place)).lower()
    person = next((n for n in _names(text) if n.lower() not in taken), "")
    return Slots(when=when, occasion=occasion, plan=plan, place=place, person=person)


def _on_or_at(occasion: str) -> str:
    low = occasion.lower()
    if re.search(r"(?:birthday|bday|day|anniversary|eve)$", low):
        return f"on {occasion}"
    return f"at {occasion}"


def _when_phrase(when: str) -> str:
    if re.match(r"(?i)(?:on|this|next|last|every|tomorrow|tonight|today)\b", when):
        return when
    return f"on {when}"


def phrases(s: Slots) -> dict[str, str]:
    """Ready-made phrases for templates, each starting with a space or empty:
    `at` (for being there: " at Emma's recital on Sunday") and `about` (for
    news or a talk: " about Emma's recital on Sunday"), plus the raw slots."""
    tail = []
    if s.when:
        tail.append(_when_phrase(s.when))
    if s.place:
        tail.append(f"at {s.place}")
    if s.person:
        tail.append(f"with {s.person}")
    at = ([_on_or_at(s.occasion)] if s.occasion else []) + ([f"for {s.plan}"] if s.plan else []) + tail
    topic = " and ".join(x for x in (s.occasion, s.plan) if x)
    about = ([f"about {topic}"] if topic else []) + tail
    return {
        "at": " " + " ".join(at) if at else "",
        "about": " " + " ".join(about) if about else "",
        "when": s.when,
        "occasion": s.occasion,
        "plan": s.plan,
        "place": s.place,
        "person": s.person,
    }
