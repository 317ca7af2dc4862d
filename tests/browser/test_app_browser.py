"""Browser tests against the real running app."""

from __future__ import annotations

from tests.browser.conftest import ARTIFACTS, Server, click, submit

GUILT = "Hi love. After all I've done for you, you can't even call? I went to the market with Jo today."


def test_type_see_highlight_apply_an_alternative_and_copy_the_rewrite(page):
    submit(page, GUILT)
    marks = page.locator("[data-testid=gd-draft] mark")
    assert marks.count() == 2
    assert marks.first.get_attribute("data-category") == "debt"
    assert "DEBT" in marks.first.inner_text().upper()
    assert "bill" in (marks.first.get_attribute("title") or "")  # the why, on hover
    assert page.locator(".gd-legend").is_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "draft.png"))

    # copy the calmer version
    code = page.locator("[data-testid=stCode]").first
    code.scroll_into_view_if_needed()
    code.hover()
    code.get_by_role("button", name="Copy to clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == code.inner_text().strip()
    assert copied and "After all" not in copied and "I went to the market with Jo today." in copied

    # apply an alternative
    click(page, "Use this")
    page.wait_for_function("() => !document.querySelector('textarea').value.includes('After all')", timeout=30_000)
    value = page.locator("textarea").input_value()
    assert value.startswith("Hi love. ") and value.endswith("I went to the market with Jo today.")
    assert page.dialogs == []


def test_the_draft_survives_a_browser_refresh(page):
    text = "It's been three weeks since you called. Saving this for later."
    submit(page, text)
    page.reload()
    page.wait_for_selector("textarea", timeout=60_000)
    page.wait_for_function("t => document.querySelector('textarea').value === t", arg=text, timeout=30_000)


def test_nothing_saved_is_lost_when_the_server_is_killed(browser, tmp_path):
    data = tmp_path / "data"
    first = Server(data).start()
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.goto(first.url)
    pg.wait_for_selector("textarea", timeout=60_000)
    text = "You never call. This is the draft that must survive."
    submit(pg, text)
    click(pg, "Save a copy")
    pg.wait_for_selector("text=Saved a copy", timeout=30_000)
    first.stop(abruptly=True)  # SIGKILL: no clean shutdown

    second = Server(data, port=first.port).start()
    try:
        pg.goto(second.url)
        pg.wait_for_function("t => document.querySelector('textarea') && document.querySelector('textarea').value === t", arg=text, timeout=60_000)
        pg.goto(second.url + "/saved")
        pg.wait_for_selector("text=This is the draft that must survive", timeout=60_000)
    finally:
        ctx.close()
        second.stop()


def test_screenshot_for_the_readme(page):
    """A current screenshot of the real app (tests/browser/artifacts/screenshot.png)."""
    submit(page, "Hi love. It's been three weeks since you called. After all I've done for you, is it too much "
                 "to ask for a phone call once in a while? I started a pottery class, it's fun.")
    page.wait_for_selector("[data-testid=gd-draft] mark")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "screenshot.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # the README's docs/screenshot.png is a copy of this file
