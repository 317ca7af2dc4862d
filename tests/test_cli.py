"""python -m helper check|rewrite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import GUILTY_DRAFT, ROOT, WARM_DRAFT


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "helper", *args], input=data, capture_output=True, cwd=ROOT, timeout=120)


def test_check_prints_linter_lines_and_exits_1_when_flagged():
    p = run("check", "-", stdin=GUILTY_DRAFT)
    assert p.returncode == 1
    lines = p.stdout.decode().splitlines()
    assert lines[0].startswith("1:1  debt  debt.after_all  ")
    assert any(line.startswith("2:1  guilt  guilt.not_trying_but") for line in lines)
    assert lines[-1].startswith("pressure ")


def test_check_exits_0_when_nothing_is_flagged(tmp_path: Path):
    f = tmp_path / "ok.txt"
    f.write_text(WARM_DRAFT, encoding="utf-8")
    assert run("check", str(f)).returncode == 0


def test_check_json_is_the_full_report():
    p = run("check", "--json", stdin=GUILTY_DRAFT)
    data = json.loads(p.stdout)
    assert data["findings"][0]["rule"] == "debt.after_all"
    assert {"strengths", "signals", "pressure", "summary", "readability", "support"} <= set(data)


def test_disable_and_extra_rules(tmp_path: Path):
    p = run("check", "--disable", "debt", "guilt", "scorekeeping", "pursuit", stdin=GUILTY_DRAFT)
    assert p.returncode == 0, p.stdout
    (tmp_path / "r.toml").write_text("category = 'guilt'\n[[rule]]\nid = 'guilt.x'\n", encoding="utf-8")
    p = run("check", "--rules", str(tmp_path), stdin="hello")
    assert p.returncode == 2 and b"r.toml" in p.stderr and b"missing field" in p.stderr


def test_unusable_input_exits_2_with_a_clear_message(tmp_path: Path):
    p = run("check", str(tmp_path / "missing.txt"))
    assert p.returncode == 2 and b"cannot read" in p.stderr and b"Traceback" not in p.stderr
    p = run("check", "-", stdin=b"\xff\xfe\x00bad")
    assert p.returncode == 2 and b"not UTF-8" in p.stderr
    p = run("frobnicate")
    assert p.returncode == 2 and b"Traceback" not in p.stderr


def test_a_one_megabyte_file(tmp_path: Path):
    f = tmp_path / "big.txt"
    f.write_text((GUILTY_DRAFT + "\n" + WARM_DRAFT + "\n") * 3500, encoding="utf-8")
    assert f.stat().st_size > 1_000_000
    p = run("check", str(f))
    assert p.returncode == 1
    assert len(p.stdout.decode().splitlines()) > 3000


def test_rewrite_prints_a_calmer_version_and_json_changes():
    p = run("rewrite", "--tone", "brief", stdin=GUILTY_DRAFT)
    assert p.returncode == 1
    calmer = p.stdout.decode().strip()
    assert calmer and "After all" not in calmer
    data = json.loads(run("rewrite", "--json", stdin=GUILTY_DRAFT).stdout)
    assert data["tone"] == "warm" and data["changes"][0]["original"].startswith("After all")
    assert run("rewrite", "--tone", "shouty", stdin="hi").returncode == 2
    assert run("rewrite", stdin=WARM_DRAFT).returncode == 0


def test_rewrite_with_a_broken_template_folder_names_the_file(tmp_path: Path):
    (tmp_path / "wishes").mkdir()
    (tmp_path / "wishes" / "contact.j2").write_text("{% if %}\n", encoding="utf-8")
    p = run("rewrite", "--templates", str(tmp_path), stdin=GUILTY_DRAFT)
    assert p.returncode == 2 and b"contact.j2" in p.stderr and b"Traceback" not in p.stderr
