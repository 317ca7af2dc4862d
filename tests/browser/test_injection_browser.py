"""Injection payloads typed as drafts render as inert text in the real browser."""

from __future__ import annotations

import pytest

from tests.browser.conftest import submit

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<svg onload="window.__pwned=1"></svg>',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "[click me](javascript:window.__pwned=1)",
    '<a href="javascript:window.__pwned=1">link</a>',
    ":red[coloured words]",
    ":blue-background[highlighted words]",
    "$$\\int_0^1 x\\,dx$$",
    "$x^2 + y^2$",
    "<b>bold</b><i>italic</i>",
    "<style>body{display:none}</style>",
    '"><img src=x onerror=window.__pwned=1>',
    "' onmouseover='window.__pwned=1",
    '<details open ontoggle="window.__pwned=1">x</details>',
    '<body onload="window.__pwned=1">',
    '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
    '![img](x" onerror="window.__pwned=1)',
    '<input autofocus onfocus="window.__pwned=1">',
    '<object data="javascript:window.__pwned=1"></object>',
    "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %}",
    "<marquee>moving</marquee>",
    "javascript:window.__pwned=1",
    "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
]

DANGEROUS = (
    "[data-testid=stMain] img, [data-testid=stMain] iframe, [data-testid=stMain] object, [data-testid=stMain] embed, "
    "[data-testid=stMain] marquee, [data-testid=stMain] details:not([class]), [data-testid=stMain] math, "
    "[data-testid=stMain] input[autofocus], [data-testid=stMain] a[href^='javascript'], .katex, "
    "[data-testid=stMain] b, [data-testid=stMain] i"
)


def test_at_least_twenty_payloads():
    assert len(PAYLOADS) >= 20


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_inert_text(page, payload):
    text = f"{payload} After all I've done for you {payload}"
    submit(page, text, wait_for="[data-testid=gd-draft]")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None, "a script ran"
    assert page.dialogs == []
    assert page.locator(DANGEROUS).count() == 0, page.locator(DANGEROUS).first.evaluate("e => e.outerHTML")
    tags = page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=gd-draft] *, [data-testid=gd-before] *, [data-testid=gd-after] *')]"
        ".map(e => e.tagName)"
    )
    assert set(tags) <= {"MARK", "SPAN", "DEL", "INS"}, tags
    shown = page.locator("[data-testid=gd-draft]").text_content()
    assert payload in shown, "the payload is shown exactly as typed"
    assert page.locator("[data-testid=stMain]").is_visible()  # no <style> hid the page
    if "{{ 7*7 }}" in payload:
        assert "49" not in page.locator("[data-testid=stCode]").first.inner_text()
