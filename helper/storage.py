"""Drafts kept on this computer only: a small SQLite file in the user's data
folder (never inside the repository). Every write is one transaction with
full sync, so a crash or a killed process never leaves half a draft."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "gentle-draft"
ENV_DATA_DIR = "GENTLE_DRAFT_DATA_DIR"  # tests and portable installs point this elsewhere
KINDS = ("current", "saved", "unsent")


def data_dir() -> Path:
    """Where this user's app data lives, by platform convention."""
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR])
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


@dataclass(frozen=True)
class Draft:
    id: int
    text: str
    kind: str  # current | saved | unsent
    note: str
    updated: float

    @property
    def title(self) -> str:
        first = " ".join(self.text.split())[:60]
        return first + ("…" if len(" ".join(self.text.split())) > 60 else "")


class Store:
    """A handle on the drafts file. Cheap to create; opens a connection per call."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else data_dir() / "drafts.sqlite3"

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute(
            "CREATE TABLE IF NOT EXISTS drafts (id INTEGER PRIMARY KEY, text TEXT NOT NULL, kind TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '', updated REAL NOT NULL)"
        )
        con.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        return con

    def _write(self, sql: str, args: tuple = ()) -> int:
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                cur = con.execute(sql, args)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            return int(cur.lastrowid or 0)

    # the working draft: one row, replaced on every save
    def save_current(self, text: str) -> None:
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                con.execute("DELETE FROM drafts WHERE kind = 'current'")
                if text.strip():
                    con.execute("INSERT INTO drafts (text, kind, updated) VALUES (?, 'current', ?)", (text, time.time()))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def load_current(self) -> str:
        with closing(self._connect()) as con:
            row = con.execute("SELECT text FROM drafts WHERE kind = 'current' ORDER BY updated DESC LIMIT 1").fetchone()
        return row[0] if row else ""

    def keep(self, text: str, kind: str = "saved", note: str = "") -> int:
        """Keep a copy of a draft (saved, or deliberately left unsent)."""
        if kind not in KINDS[1:]:
            raise ValueError(f"kind must be one of {KINDS[1:]}, got {kind!r}")
        return self._write("INSERT INTO drafts (text, kind, note, updated) VALUES (?, ?, ?, ?)", (text, kind, note, time.time()))

    def drafts(self) -> list[Draft]:
        """Saved and unsent drafts, newest first."""
        with closing(self._connect()) as con:
            rows = con.execute(
                "SELECT id, text, kind, note, updated FROM drafts WHERE kind != 'current' ORDER BY updated DESC, id DESC"
            ).fetchall()
        return [Draft(*r) for r in rows]

    def get(self, draft_id: int) -> Draft | None:
        with closing(self._connect()) as con:
            row = con.execute("SELECT id, text, kind, note, updated FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return Draft(*row) if row else None

    def delete(self, draft_id: int) -> None:
        self._write("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def delete_everything(self) -> None:
        self._write("DELETE FROM drafts")

    def setting(self, key: str, default: str = "") -> str:
        with closing(self._connect()) as con:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def is_local_address(address: str | None) -> bool:
    """Is the server listening only on this computer?"""
    return (address or "").strip().lower() in ("", "127.0.0.1", "localhost", "::1", "[::1]")
