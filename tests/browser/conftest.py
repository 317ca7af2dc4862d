"""The real app in a real browser: Streamlit served on localhost, Debian's
Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run app.py` as a user would start it, on a free port."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://localhost:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "Server":
        env = dict(os.environ, GENTLE_DRAFT_DATA_DIR=str(self.data_dir))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the app did not start within 60 s")

    def stop(self, abruptly: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill() if abruptly else self.proc.terminate()
            self.proc.wait(timeout=30)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Browser tests need Debian's Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("data")).start()
    yield s
    s.stop()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000}, permissions=["clipboard-read", "clipboard-write"])
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.goto(server.url)
    pg.wait_for_selector("textarea", timeout=60_000)
    yield pg
    ctx.close()


def click(pg, label: str) -> None:
    """Click a button by its label. During a rerun Streamlit may briefly show the
    previous (stale, sometimes disabled) button beside the new one: take the live one."""
    pg.locator(f"button:has-text({label!r}):not([disabled])").first.click()


def submit(pg, text: str, wait_for: str = "[data-testid=gd-draft]") -> None:
    """Type a draft and submit it with Ctrl+Enter, as she would."""
    box = pg.locator("textarea")
    box.fill(text)
    box.press("Control+Enter")
    pg.wait_for_function(
        "([sel, t]) => { const d = document.querySelector(sel); return d && d.textContent.includes(t); }",
        arg=[wait_for, text.strip()[:20]],
        timeout=30_000,
    )
