"""Everything she typed is escaped before it reaches HTML."""

from __future__ import annotations

import pytest

from helper import analyze, rewrite
from helper.render import highlighted, side_by_side

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    ":red[after all I've done for you]",
    "$$\\frac{1}{0}$$ you owe me",
    '"><svg onload=alert(1)>',
    "<iframe src='https://example.com'></iframe>",
    "&lt;b&gt;already escaped&lt;/b&gt;",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_user_text_never_becomes_markup(payload):
    text = f"{payload} After all I've done for you {payload}"
    page = highlighted(analyze(text))
    assert "<script" not in page and "<img" not in page and "<svg" not in page and "<iframe" not in page
    assert "&lt;" in page or "<" not in payload
    before, after = side_by_side(text, rewrite(text))
    for fragment in (before, after):
        assert "<script" not in fragment and "<img" not in fragment and "<svg" not in fragment


def test_highlight_has_colour_label_and_reason():
    r = analyze("After all I've done for you, you can't even call?")
    page = highlighted(r)
    assert page.count("<mark") == len(r.findings) == 2
    assert 'class="gd-lbl">Debt<' in page and r.findings[0].message.replace("'", "&#x27;") in page
