"""Drafts on disk: in the user's data folder, atomic, deletable."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import ROOT
from helper.storage import ENV_DATA_DIR, Store, data_dir, is_local_address


def test_the_data_folder_is_the_users_never_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == tmp_path / "gentle-draft"
    assert ROOT not in data_dir().parents
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "x"))
    assert Store().path == tmp_path / "x" / "drafts.sqlite3"


def test_current_draft_round_trip_and_replace(tmp_path):
    s = Store(tmp_path / "d.sqlite3")
    assert s.load_current() == ""
    s.save_current("first")
    s.save_current("second ✨")
    assert s.load_current() == "second ✨"
    s.save_current("")
    assert s.load_current() == ""


def test_kept_drafts_list_get_delete_and_delete_everything(tmp_path):
    s = Store(tmp_path / "d.sqlite3")
    a = s.keep("one", "saved")
    b = s.keep("two " * 40, "unsent")
    s.save_current("working")
    assert [d.id for d in s.drafts()] == [b, a]
    assert s.get(b).kind == "unsent" and s.get(b).title.endswith("…")
    s.delete(a)
    assert [d.id for d in s.drafts()] == [b]
    s.delete_everything()
    assert s.drafts() == [] and s.load_current() == ""
    with pytest.raises(ValueError):
        s.keep("x", "current")


def test_settings(tmp_path):
    s = Store(tmp_path / "d.sqlite3")
    assert s.setting("saving", "on") == "on"
    s.set_setting("saving", "off")
    s.set_setting("saving", "off")
    assert s.setting("saving", "on") == "off"


def test_writes_are_durable_transactions(tmp_path):
    s = Store(tmp_path / "d.sqlite3")
    s.save_current("kept")
    con = sqlite3.connect(s.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_a_killed_process_loses_nothing_it_saved(tmp_path):
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from helper.storage import Store
        s = Store({str(tmp_path / 'd.sqlite3')!r})
        for i in range(50):
            s.keep(f"draft {{i}}", "saved")
        s.save_current("the last words")
        print("saved", flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "saved" in p.stdout and p.returncode != 0
    s = Store(tmp_path / "d.sqlite3")
    assert s.load_current() == "the last words"
    assert len(s.drafts()) == 50


@pytest.mark.parametrize("addr, local", [("127.0.0.1", True), ("localhost", True), ("", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False)])
def test_local_addresses(addr, local):
    assert is_local_address(addr) is local
