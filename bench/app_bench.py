"""App benchmark: server-side rerun of the draft page, and submit-to-highlight
in a real browser, each against a baseline timed in the same run.

    .venv/bin/python bench/app_bench.py     # needs Debian's chromium for the browser half
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GENTLE_DRAFT_DATA_DIR", tempfile.mkdtemp())

from streamlit.testing.v1 import AppTest  # noqa: E402

from bench.corpus import messages  # noqa: E402


def three_hundred_words(seed: int) -> str:
    words: list[str] = []
    for m in messages(60_000, seed=seed):
        words.extend(m.split())
        if len(words) >= 300:
            break
    return " ".join(words[:300])


def rerun_times(text: str, n: int) -> list[float]:
    at = AppTest.from_file(str(ROOT / "app_pages" / "draft.py"), default_timeout=60).run()
    at.text_area(key="draft").input(text).run()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t)
    assert not at.exception
    return times


def browser_times(n: int) -> tuple[list[float], list[float]] | None:
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, Server

    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    server = Server(Path(tempfile.mkdtemp())).start()
    ours, base = [], []
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            pg = b.new_page()
            pg.goto(server.url)
            pg.wait_for_selector("textarea", timeout=60_000)
            for i in range(n):
                for kind, text in (("base", f"Hello love, number {i}."), ("ours", three_hundred_words(i) + f" After all I've done for you. Bye {i}.")):
                    box = pg.locator("textarea")
                    box.fill(text)
                    t = time.perf_counter()
                    box.press("Control+Enter")
                    probe = text[-8:]  # a plain tail, outside any highlight
                    pg.wait_for_function(
                        "t => { const d = document.querySelector('[data-testid=gd-draft]'); return d && d.textContent.includes(t); }",
                        arg=probe, timeout=60_000,
                    )
                    (ours if kind == "ours" else base).append(time.perf_counter() - t)
            b.close()
    finally:
        server.stop()
    return ours, base


def main() -> None:
    draft = three_hundred_words(1) + " After all I've done for you, you can't even call?"
    ours = rerun_times(draft, 15)
    base = rerun_times("Hello love.", 15)
    m_ours, m_base = statistics.median(ours) * 1000, statistics.median(base) * 1000
    print(f"server-side rerun, 300-word draft: median {m_ours:.0f} ms (target <= 150 ms); "
          f"baseline short clean draft {m_base:.0f} ms; ratio {m_ours / m_base:.1f}x")
    got = browser_times(10)
    if got is None:
        print("browser: skipped, no /usr/bin/chromium on this machine")
        return
    b_ours, b_base = (statistics.median(x) * 1000 for x in got)
    print(f"browser submit-to-highlight, 300-word draft: median {b_ours:.0f} ms (target <= 1000 ms); "
          f"baseline short draft {b_base:.0f} ms; ratio {b_ours / b_base:.1f}x")


if __name__ == "__main__":
    main()
