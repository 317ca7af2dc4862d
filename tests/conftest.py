"""Shared fixtures and sample texts for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Our own sample drafts (never taken from ../shared/devset).
GUILTY_DRAFT = (
    "After all I've done for you, you can't even call?\n"
    "I'm not trying to make you feel guilty, but it's been three weeks since you called."
)
# A counselor's own rule file, as they would write it.
KETTLE_RULE = '''
category = "guilt"

[[rule]]
id = "guilt.custom_test"
severity = "caution"
wish = "closeness"
triggers = ["kettle"]
patterns = ["{you} never fix the kettle"]
message = "This may land as blame."
flag = ["you never fix the kettle", "u never fix the kettle!!"]
ok = ["the kettle is fixed"]
'''
WARM_DRAFT = (
    "Hi love, I went to the new bakery with Jo today. How was the trip? "
    "Would you like to come for lunch on Sunday? No pressure if it's a busy week. Love you xx"
)
