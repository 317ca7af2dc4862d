"""AppTest: saved drafts, delete, delete everything, the saving switch."""

from __future__ import annotations

from helper.storage import Store
from tests.pages.conftest import page


def test_lists_reopens_and_deletes_drafts():
    s = Store()
    a = s.keep("First draft about Sunday", "saved")
    s.keep("Second, kept unsent", "unsent")
    at = page("saved").run()
    assert not at.exception
    assert len([b for b in at.button if b.key.startswith("open-")]) == 2
    at.button(key=f"open-{a}").click().run()
    assert at.session_state["draft"] == "First draft about Sunday"
    assert Store().load_current() == "First draft about Sunday"
    at.button(key=f"delete-{a}").click().run()
    assert [d.text for d in Store().drafts()] == ["Second, kept unsent"]


def test_delete_everything():
    s = Store()
    s.keep("x", "saved")
    s.save_current("working")
    at = page("saved").run()
    at.button(key="delete-everything").click().run()
    assert Store().drafts() == [] and Store().load_current() == ""


def test_the_saving_switch_stops_saving():
    at = page("saved").run()
    at.toggle(key="saving-switch").set_value(False).run()
    assert Store().setting("saving") == "off"
    d = page("draft").run()
    d.text_area(key="draft").input("You owe me.").run()
    assert Store().load_current() == ""


def test_nothing_is_saved_or_shown_when_serving_others(served_to_others):
    Store().save_current("a previous visitor's words")
    Store().keep("another visitor's draft", "saved")
    d = page("draft").run()
    assert d.text_area(key="draft").value == "", "a visitor never sees another's draft"
    d.text_area(key="draft").input("My own private words.").run()
    assert Store().load_current() == "a previous visitor's words", "nothing new is written"
    s = page("saved").run()
    assert "served to other people" in s.info[0].value
    assert not [b for b in s.button if b.key and b.key.startswith("open-")]
