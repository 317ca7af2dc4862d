"""The project's promises about itself: two commands, CI runs the README's test command."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)


def test_readme_has_the_two_commands():
    run_app, run_tests = readme_commands()[:2]
    assert "streamlit run app.py" in run_app and "requirements.txt" in run_app
    assert "pytest" in run_tests and "requirements-dev.txt" in run_tests


def test_ci_runs_the_readmes_test_command_word_for_word():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci
    assert "chromium" in ci


def test_helper_never_imports_streamlit():
    for path in (ROOT / "helper").glob("*.py"):
        assert not re.search(r"^\s*(import|from)\s+streamlit", path.read_text(encoding="utf-8"), re.M), path


def test_app_py_only_sets_up_pages():
    src = (ROOT / "app.py").read_text(encoding="utf-8")
    assert "helper" not in src and "st.navigation" in src
