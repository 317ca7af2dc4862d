"""Benchmark: the analysis engine against baselines measured in the same run.

    .venv/bin/python bench/run.py            # full run (~1 MB corpus)
    .venv/bin/python bench/run.py --quick    # smaller, for a smoke check

Reports ratios, not absolute promises: every figure is compared with a
baseline timed here, on this machine, on the same text.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import messages  # noqa: E402
from helper import Memo, analyze, remembering  # noqa: E402
from helper.loader import KINDS, builtin, expand  # noqa: E402


def best_of(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls (seconds)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def tokenise(text: str) -> int:
    return sum(1 for _ in re.finditer(r"\w+", text))


def naive_alternation() -> re.Pattern[str]:
    """The naive design: every rule pattern in one big case-insensitive alternation."""
    parts = [expand(raw) for r in builtin().rules if r.category not in KINDS for raw in r.raw_patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def proselint_lint() -> Callable[[str], object] | None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    config = dict(DEFAULT)
    config["max_errors"] = 10**9  # fair: let it find everything, as we do
    return lambda text: LintFile("<bench>", text).lint(config)  # type: ignore[arg-type]


def sixty_word_messages(corpus: list[str], n: int) -> list[str]:
    out, words = [], []
    for m in corpus:
        words.extend(m.split())
        if len(words) >= 60:
            out.append(" ".join(words[:60]))
            words = []
        if len(out) == n:
            break
    return out


def cold_start(runs: int) -> float:
    code = (
        "import time; t = time.perf_counter(); import helper; "
        "helper.analyze(\"After all I've done for you, you can't even call?\"); "
        "print(time.perf_counter() - t)"
    )
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="100 KB corpus, fewer runs")
    args = ap.parse_args()
    size, runs = (100_000, 2) if args.quick else (1_000_000, 5)

    corpus = messages(size)
    text = "\n".join(corpus)
    mb = len(text.encode()) / 1e6
    analyze("warm up")  # rules compiled once, as in the app (st.cache_resource)
    with remembering(Memo()):  # as the app does for a visitor (see helper/memo.py)
        report(args, corpus, text, mb, runs)


def first_pass(text: str) -> object:
    """analyze() as on a text never seen: a fresh memo, so every suggestion is worked out."""
    with remembering(Memo()):
        return analyze(text)


def report(args: argparse.Namespace, corpus: list[str], text: str, mb: float, runs: int) -> None:
    t_tok = best_of(lambda: tokenise(text), runs + 2)
    t_first = best_of(lambda: first_pass(text), runs)
    t_ours = best_of(lambda: analyze(text), runs)
    t_msgs = best_of(lambda: [analyze(m) for m in corpus], 1)
    naive = naive_alternation()
    t_naive = best_of(lambda: sum(1 for _ in naive.finditer(text)), 1)
    lint = proselint_lint()
    t_prose = best_of(lambda: lint(text), 1) if lint else float("nan")

    sixty = sixty_word_messages(corpus, 2000)
    lat = []
    for m in sixty:
        t = time.perf_counter()
        analyze(m)
        lat.append(time.perf_counter() - t)
    lat.sort()
    cold = cold_start(5 if not args.quick else 2)

    print(f"corpus: {len(corpus):,} messages, {mb:.2f} MB ({ROOT.name}/bench/corpus.py, seeded)")
    print(f"{'what':44} {'s/MB':>8} {'vs tokenising':>14}")
    rows = [
        ("one tokenising pass re.finditer(r'\\w+')", t_tok),
        ("analyze(), whole text at once", t_ours),
        ("analyze(), first pass (nothing remembered)", t_first),
        ("analyze(), message by message", t_msgs),
        ("naive: all patterns in one alternation", t_naive),
        ("proselint 0.16 on the same text", t_prose),
    ]
    for name, t in rows:
        print(f"{name:44} {t / mb:8.3f} {t / t_tok:13.1f}x")
    print(f"analyze throughput vs proselint: {t_prose / t_ours:.1f}x faster (whole text), "
          f"{t_prose / t_msgs:.1f}x (message by message)")
    print(f"analyze vs naive alternation: {t_naive / t_ours:.1f}x faster")
    print(f"60-word message latency: median {statistics.median(lat) * 1000:.2f} ms, "
          f"p95 {lat[int(len(lat) * 0.95)] * 1000:.2f} ms over {len(lat)} messages")
    print(f"cold start (import helper + first analyze, fresh process): median {cold:.3f} s")
    print("targets: <= 10x tokenising, >= 5x proselint, median <= 2 ms, cold start <= 0.5 s")


if __name__ == "__main__":
    main()
