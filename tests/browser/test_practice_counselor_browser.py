"""Browser tests for practice and counselor tools: a drill from start to score,
presentation stepping by keyboard, the handout printed to PDF, rule upload."""

from __future__ import annotations

import html
import re
import subprocess

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import ARTIFACTS, click
from tests.conftest import KETTLE_RULE

GOOD_RULE = KETTLE_RULE


def open_page(pg, server, path: str, tab: str | None = None):
    pg.goto(f"{server.url}/{path}")
    pg.wait_for_selector("[data-testid=stMain] h1", timeout=60_000)
    if tab:
        pg.get_by_role("tab", name=tab).click()


def test_one_drill_from_start_to_score(page, server):
    open_page(page, server, "practice", "Drills")
    page.get_by_label("Your calmer version").fill("Hi love, I miss you. Would you like lunch on Sunday? No pressure.")
    click(page, "Score my version")
    page.wait_for_selector("[data-testid=stMetric]", timeout=30_000)
    score = int(re.search(r"(\d+)/100", page.locator("[data-testid=stMetric]").inner_text()).group(1))
    assert score >= 80
    assert page.get_by_text("Model answers").is_visible()
    assert page.get_by_text("Your attempts this session").is_visible()


def _press_until(page, key: str, step: str) -> None:
    """Press a key as a presenter would, again if a press landed while the page
    was still redrawing (Streamlit re-registers shortcuts on every rerun)."""
    probe = f"() => document.querySelector('[data-testid=gd-slide]').dataset.step === '{step}'"
    for _ in range(3):
        page.keyboard.press(key)
        try:
            page.wait_for_function(probe, timeout=6_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"{key} did not reach step {step}")


def test_presentation_steps_by_keyboard(page, server):
    open_page(page, server, "present")
    slide = page.locator("[data-testid=gd-slide]")
    assert slide.get_attribute("data-step") == "0"
    page.locator("button:has-text('Next')").first.wait_for()  # shortcuts listen once the buttons exist
    for expected in ("1", "2", "3"):
        _press_until(page, "ArrowRight", expected)
    assert slide.locator("mark").count() >= 1
    _press_until(page, "ArrowLeft", "2")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_handout_downloads_and_prints_cleanly(page, server, browser, paper, tmp_path):
    open_page(page, server, "counselor", "Handout")
    with page.expect_download() as dl:
        click(page, "Download printable handout (.html)")
    assert dl.value.suggested_filename == "handout.html"
    html_path = tmp_path / "handout.html"
    dl.value.save_as(html_path)
    text = html_path.read_text(encoding="utf-8")
    assert "Before and after" in text and "Ideas to keep in mind" in text
    printer = browser.new_page()
    printer.goto(html_path.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"handout-{paper}.pdf"
    printer.pdf(path=str(pdf), format=paper, print_background=True)
    printer.close()
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert data.startswith(b"%PDF") and 1 <= pages <= 4, pages
    # no before/after pair is split across two pages: each pair's first and last words share a page
    texts = [
        subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for i in range(1, pages + 1)
    ]
    flat = [" ".join(t.split()) for t in texts]
    pairs = re.findall(r'<div class="before">(.*?)</div>.*?<div class="after">(.*?)</div>', text, flags=re.S)
    assert len(pairs) >= 3
    for before, after in pairs:
        b0 = " ".join(html.unescape(before).split()[:3])
        a1 = " ".join(html.unescape(after).split()[-2:])
        on = [i for i, t in enumerate(flat) if b0 in t]
        assert on and a1 in flat[on[0]], (paper, before[:40])
    for i in range(1, pages + 1):  # pictures of the pages, to look at
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(i), "-l", str(i), str(pdf), str(ARTIFACTS / f"handout-{paper}")], check=True)


def test_custom_rule_upload_good_and_broken(page, server, tmp_path):
    open_page(page, server, "counselor", "Custom rules")
    good = tmp_path / "mine.toml"
    good.write_text(GOOD_RULE, encoding="utf-8")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").last.set_input_files(str(good))
    page.wait_for_selector("text=rule(s) active for you", timeout=30_000)
    assert page.get_by_text("guilt.custom_test").first.is_visible()
    bad = tmp_path / "broken.toml"
    bad.write_text(GOOD_RULE.replace('wish = "closeness"', 'wish = "money"'), encoding="utf-8")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").last.set_input_files(str(bad))
    page.wait_for_selector("text=broken.toml: rule 1 (id guilt.custom_test): field 'wish' must be one of", timeout=30_000)
