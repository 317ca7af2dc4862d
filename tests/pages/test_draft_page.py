"""AppTest: every interaction on the draft page."""

from __future__ import annotations

from helper.storage import Store
from tests.pages.conftest import page

GUILT = "Hi love. After all I've done for you, you can't even call? I went to the market with Jo."


def typed(text: str):
    at = page("draft").run()
    at.text_area(key="draft").input(text).run()
    return at


def html_of(at) -> str:
    return "\n".join(str(h.proto.body) for h in at.get("html"))


def test_empty_state_welcomes_and_offers_examples():
    at = page("draft").run()
    assert not at.exception
    assert "Type or paste" in at.markdown[0].value
    assert len([b for b in at.button if b.key.startswith("example-")]) == 4


def test_example_click_fills_the_draft_and_is_analysed():
    at = page("draft").run()
    at.button(key="example-Holidays").click().run()
    assert at.text_area(key="draft").value.startswith("Your brother comes every Sunday")
    assert 'data-category="comparison"' in html_of(at)


def test_typing_shows_highlights_findings_strengths_pressure_and_rewrite():
    at = typed(GUILT)
    assert not at.exception
    page_html = html_of(at)
    assert page_html.count("<mark") == 2 and "gd-lbl" in page_html
    assert "Shares something of her own life" in page_html  # what's working
    assert at.get("progress")[0].proto.value > 0
    assert any("Before you send" in m.value for m in at.markdown)
    assert "After all" not in at.code[0].value and at.code[0].value.strip()


def test_use_this_replaces_the_sentence_and_undo_restores_it():
    at = typed(GUILT)
    at.button(key="use-0-0").click().run()
    new = at.text_area(key="draft").value
    assert "After all I've done" not in new and new.startswith("Hi love. ") and new.endswith("with Jo.")
    at.button(key="undo").click().run()
    assert at.text_area(key="draft").value == GUILT


def test_tone_change_changes_the_calmer_version():
    at = typed(GUILT)
    warm = at.code[0].value
    at.radio(key="tone").set_value("brief").run()
    brief = at.code[0].value
    assert brief != warm and len(brief.split()) <= len(warm.split())


def test_an_oversized_paste_gets_a_clear_message_and_keeps_the_text():
    big = "I love you. " * 2500
    at = typed(big)
    assert not at.exception
    assert "characters long" in at.error[0].value
    assert at.text_area(key="draft").value == big


def test_the_support_note_is_shown_prominently():
    at = typed("Some days I don't want to live anymore. You never call.")
    assert "988" in at.warning[0].value and "116 123" in at.warning[0].value


def test_the_draft_survives_a_refresh(data_folder):
    typed(GUILT)
    assert Store().load_current() == GUILT
    fresh = page("draft").run()  # a new browser session
    assert fresh.text_area(key="draft").value == GUILT


def test_keep_unsent_goes_to_saved_drafts():
    at = typed(GUILT)
    at.button(key="keep-unsent").click().run()
    assert "Kept unsent" in at.info[0].value
    assert [d.kind for d in Store().drafts()] == ["unsent"]


def test_malicious_text_is_shown_as_text():
    at = typed("<img src=x onerror=alert(1)> :red[you owe me] [x](javascript:alert(1))")
    h = html_of(at)
    assert "<img" not in h and "&lt;img" in h


def test_each_visitor_has_her_own_memo(served_to_others):
    # served to others, so no saved draft is restored into the second session
    from streamlit.testing.v1 import AppTest

    from tests.pages.conftest import ROOT

    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    first.text_area(key="draft").input(GUILT).run()
    assert not first.exception
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not second.exception

    def sentences(at) -> str:
        return repr(at.session_state["_memo"]._tables.get("suggest", {}).keys())

    assert "After all" in sentences(first), "her suggestions are remembered for her"
    assert "After all" not in sentences(second), "and for no one else"
