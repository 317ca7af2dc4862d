"""AppTest: practice page flows."""

from __future__ import annotations

from tests.pages.conftest import page


def test_scenario_and_builder_render_and_update_live():
    at = page("practice").run()
    assert not at.exception
    assert len(at.selectbox(key="scenario").options) >= 12
    at.text_input(key="b-name").input("Sam").run()
    assert "Sam" in at.code[0].value
    at.text_input(key="b-feel-weeks_without_contact").input("a bit lonely").run()
    assert "I feel a bit lonely" in at.code[0].value


def test_amends_part_flags_defending():
    at = page("practice").run()
    at.text_area(key="amends-regret").input("I'm sorry, but I did the best I could.").run()
    assert any("defending" in w.value for w in at.warning)
    assert "I did the best I could" in at.code[0].value or any("letter" in s.value.lower() for s in at.subheader)


def test_drill_from_attempt_to_score_and_model_answers():
    at = page("practice").run()
    at.text_area(key="drill-answer-weeks_without_contact").input("Hi love, I miss you. Fancy lunch on Sunday? No pressure.").run()
    at.button(key="drill-score").click().run()
    assert at.metric[0].value.endswith("/100") and int(at.metric[0].value.split("/")[0]) >= 80
    assert at.session_state["attempts"][0]["score"] >= 80
    assert any(e.label == "Model answers" for e in at.expander)


def test_how_might_they_hear_it():
    at = page("practice").run()
    at.text_area(key="hear-draft").input("After all I've done for you.").run()
    assert not at.exception
    assert any("I owe her" in str(h.proto.body) for h in at.get("html"))
