"""A realistic, reproducible corpus of mother-to-adult-child text messages.

Written for the benchmark from our own fragments (never from the dev set):
everyday news, questions, invitations, and, in about a third of messages,
the guilt, pursuit or control phrasing the app looks for. Seeded, so every
run measures the same text.
"""

from __future__ import annotations

import random

OPENERS = [
    "Hi love,", "Morning sweetheart!", "hey", "Hi honey", "Hello darling,", "hi it's mom", "Good morning",
    "Hey you", "hi sweetie", "Evening love,", "",
]
NEWS = [
    "The tomatoes finally came up in the garden.", "Your dad fixed the gate on Saturday.",
    "I went to the new bakery on Elm street with Jo.", "Choir was lovely tonight, we sang the old hymns.",
    "the cat knocked the plant over again lol", "I've been reading that book you left, it's good.",
    "Aunt Carol says hi and sends love.", "We had rain all week but today is sunny.",
    "I tried the recipe you sent, it was a hit", "My knee is better since the physio.",
    "The neighbours got a puppy, it's so sweet", "I started a pottery class on Tuesdays.",
]
ASKS = [
    "How was the interview?", "How's work going?", "What are you reading these days?",
    "Would you like to come for lunch on Sunday?", "Are you free next weekend?", "Did the parcel arrive?",
    "Fancy a walk when you're back?", "how is Sam doing", "What did you think of the film?",
]
PRESSURE = [
    "After all I've done for you, you can't even call?", "It's been three weeks since you called.",
    "I'm not trying to make you feel guilty, but your brother visits every week.",
    "Why haven't you answered my texts??", "I guess you're too busy for your mother.",
    "I sacrificed everything so you could have a good life.", "I won't be around forever, you know.",
    "You should have taken that job.", "Don't worry about me, I'll manage somehow like I always do.",
    "You're the only one I have.", "I was worried sick, I almost called the police.",
    "When are you finally going to settle down?", "I'm sorry if you felt hurt, but I did my best.",
    "Is it too much to ask for a phone call once in a while?", "Nice of you to finally call.",
    "I know you're busy, but so am I.", "You never call unless you need something.",
    "CALL ME BACK RIGHT NOW", "Fine. Have fun without me.", "You owe me at least a visit.",
]
CLOSERS = [
    "Love you!", "Love, Mom", "xx", "No pressure, just thinking of you.", "Talk soon ❤️", "", "hugs",
    "Take care of yourself.", "no need to reply",
]


def message(rng: random.Random) -> str:
    parts = [rng.choice(OPENERS)]
    parts += rng.sample(NEWS, rng.randint(1, 3))
    if rng.random() < 0.35:
        parts += rng.sample(PRESSURE, rng.randint(1, 2))
    parts += rng.sample(ASKS, rng.randint(0, 2))
    parts.append(rng.choice(CLOSERS))
    text = " ".join(p for p in parts if p)
    if rng.random() < 0.3:  # how people really text
        text = text.lower().replace("'", "").replace(" you ", " u ")
    return text


def messages(total_chars: int = 1_000_000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < total_chars:
        m = message(rng)
        out.append(m)
        size += len(m) + 1
    return out
