"""AppTest: counselor page flows."""

from __future__ import annotations

from tests.pages.conftest import page

EXPORT = "12/31/23, 9:41 PM - Mom: After all I've done for you, you can't even call?\n12/31/23, 9:42 PM - Sam: hi\n99/99/99, 9:43 PM - Mom: bad\n"


def test_gallery_filters_by_category():
    at = page("counselor").run()
    assert not at.exception
    before = len(at.get("html"))
    at.multiselect(key="gallery-cats").set_value(["debt"]).run()
    assert len(at.get("html")) < before


def test_presentation_steps_forward_and_back():
    at = page("present").run()
    assert not at.exception
    for expected in (1, 2, 3):
        at.button(key="present-next").click().run()
        assert at.session_state["step"] == expected
    at.button(key="present-next").click().run()
    assert (at.session_state["slide"], at.session_state["step"]) == (1, 0)
    at.button(key="present-back").click().run()
    assert (at.session_state["slide"], at.session_state["step"]) == (0, 3)


def test_handout_download_is_offered():
    at = page("counselor").run()
    assert any(b.label.startswith("Download printable handout") for b in at.get("download_button"))


def test_conversation_analysis_reports_bad_lines_and_counts():
    at = page("counselor").run()
    at.text_area(key="convo-text").input(EXPORT).run()
    assert any("skipped" in e.label for e in at.expander)
    at.button(key="convo-go").click().run()
    assert not at.exception
    assert at.session_state["convo-summary"].counts == {"debt": 1, "pursuit": 1}


def test_switching_a_rule_off_affects_this_visitor_only():
    # (Uploading a rule file is driven in the browser tests: AppTest has no file-upload driver.)
    at = page("counselor").run()
    at.multiselect(key="disabled-rules").set_value(["debt.after_all"]).run()
    assert "debt.after_all" not in at.session_state["_active"].ids
    other = page("counselor").run()  # another visitor
    assert "debt.after_all" in other.session_state["_active"].ids
