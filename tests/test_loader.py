"""Rule data is validated loudly, naming the file, entry and field."""

from __future__ import annotations

import re

import pytest

from helper import analyze, from_text, load_rules
from conftest import KETTLE_RULE
from helper.loader import RuleError, expand, parse_rules

GOOD = KETTLE_RULE


def _with(**changes: str) -> str:
    text = GOOD
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    "text, expected",
    [
        (_with(**{'severity = "caution"': 'severity = "caution"\ncolour = "red"'}), r"unknown field\(s\) colour"),
        (_with(**{'"{you} never fix the kettle"': '"(unclosed"'}), r"bad pattern '\(unclosed'"),
        (_with(**{'category = "guilt"': 'category = "gilt"'}), r"field 'category' must be one of"),
        (_with(**{'wish = "closeness"': 'wish = "money"'}), r"field 'wish' must be one of"),
        (_with(**{'severity = "caution"': 'severity = "high"'}), r"field 'severity' must be one of"),
        (_with(**{'ok = ["the kettle is fixed"]': "ok = []"}), r"field 'ok' needs at least 1"),
        (_with(**{'flag = ["you never fix the kettle", "u never fix the kettle!!"]': 'flag = ["x"]'}), r"field 'flag' needs at least 2"),
        (_with(**{'id = "guilt.custom_test"': 'id = "debt.custom_test"'}), r"id must start with the file's category"),
        (_with(**{'triggers = ["kettle"]': 'triggers = ["two words"]'}), r"trigger 'two words' must be one word"),
        (_with(**{'message = "This may land as blame."\n': ""}), r"missing field\(s\) message"),
        ("category = 'guilt'\n[[rule]\n", r"not valid TOML"),
    ],
)
def test_bad_rule_files_fail_with_file_entry_and_field(text, expected):
    with pytest.raises(RuleError, match=expected) as err:
        parse_rules(text, "mine.toml")
    assert str(err.value).startswith("mine.toml")


def test_duplicate_ids_and_patterns_are_refused(tmp_path):
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate rule id 'guilt.custom_test'"):
        load_rules(tmp_path, include_builtin=False)
    other = GOOD.replace("guilt.custom_test", "guilt.other_test")
    (tmp_path / "b.toml").write_text(other, encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate pattern"):
        load_rules(tmp_path, include_builtin=False)


def test_a_counselors_rule_folder_extends_the_builtin_rules(tmp_path):
    (tmp_path / "mine.toml").write_text(GOOD, encoding="utf-8")
    rules = load_rules(tmp_path)
    report = analyze("Honestly you never fix the kettle.", rules)
    assert [f.rule for f in report.findings] == ["guilt.custom_test"]
    assert analyze("Honestly you never fix the kettle.").findings == ()


def test_rules_without_triggers_still_run_everywhere():
    rules = from_text(GOOD.replace('triggers = ["kettle"]\n', ""), "upload.toml")
    assert [f.rule for f in analyze("so you never fix the kettle", rules).findings] == ["guilt.custom_test"]


def test_trigger_stems_run_a_rule_wherever_a_word_starts_with_them():
    # No whole word in the pattern is long enough to key it by, so the rule
    # runs where its trigger stem does: "sacrificed", "sacrifices", "Sacrificing".
    stemmed = GOOD.replace('triggers = ["kettle"]', 'triggers = ["sacrific*"]').replace(
        'patterns = ["{you} never fix the kettle"]', 'patterns = ["sacrific\\\\w+ so u"]'
    ).replace(
        'flag = ["you never fix the kettle", "u never fix the kettle!!"]', 'flag = ["i sacrificed so u could go", "sacrifices so u can"]'
    )
    rules = from_text(stemmed, "upload.toml")
    assert rules.prefix, "the stem is indexed"
    text = "Nice day. I sacrificed so u could go. We were sacred so u know. Sacrificing so u can!"
    found = [text[f.start : f.end] for f in analyze(text, rules).findings if f.rule == "guilt.custom_test"]
    assert found == ["sacrificed so u", "Sacrificing so u"]


def test_contractions_attach_to_the_word_before():
    rx = re.compile(expand("{you} (?:have|'ve got|got) no respect"))
    for s in ["you've got no respect", "youve got no respect", "you have no respect", "u got no respect"]:
        assert rx.search(s), s
    assert not rx.search("you 'd got no respect") and not rx.search("you haveno respect")
    rx = re.compile(expand("(?:i )?(?:am|'m) only trying"))
    for s in ["i'm only trying", "im only trying", "i am only trying", "am only trying"]:
        assert rx.search(s), s
    # a group without an apostrophe-led alternative keeps its space
    assert not re.compile(expand("you (?:have|got) no")).search("youhave no")


def test_a_counselors_rule_file_is_compiled_as_it_loads():
    bad = GOOD.replace("{you} never fix the kettle", "(?<=a+)kettle")  # re rejects this when compiling
    with pytest.raises(RuleError, match="bad pattern"):
        from_text(bad, "upload.toml")


def test_rules_and_categories_can_be_switched_off():
    text = "After all I've done for you, you owe me a call."
    assert {"debt"} == {f.category for f in analyze(text).findings}
    assert analyze(text, disable=["debt"]).findings == ()
    left = analyze(text, disable=["debt.after_all"]).findings
    assert [f.rule for f in left] == ["debt.owe"]


def test_expand_fits_how_people_text():
    rx = re.compile(expand("{im} not trying to make {you} feel guilty"))
    for s in ["i'm not trying to make you feel guilty", "im not trying to make u feel guilty", "i’m not  trying to make ya feel guilty"]:
        assert rx.search(s), s
    assert not rx.search("i'm not trying to make you\nfeel guilty"), "a line break ends a sentence"
    assert not re.compile(expand("owe me")).search("towe me"), "word edges are implied"
