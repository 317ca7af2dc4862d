"""Accuracy on phrasing we did not write: the shared dev set and MentalManip.

    .venv/bin/python bench/evaluate.py                 # ../shared next to the project
    .venv/bin/python bench/evaluate.py --shared PATH   # elsewhere

Reads the sets where they live and prints figures only; no sentence from
them is copied into the project (see ../shared/devset/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helper import analyze  # noqa: E402


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def share(hits: int, n: int) -> str:
    return f"{hits}/{n} ({100 * hits / n:.1f}%)" if n else "0/0"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder holding devset/ and outofdomain/")
    args = ap.parse_args()
    devset, ood = args.shared / "devset", args.shared / "outofdomain" / "mentalmanip_subset.jsonl"
    if not devset.is_dir():
        print(f"no dev set at {devset}; pass --shared PATH", file=sys.stderr)
        return 2

    flag, ok = rows(devset / "flag.jsonl"), rows(devset / "ok.jsonl")
    found = [analyze(r["text"], suggest=False).findings for r in flag]
    caught = sum(bool(fs) for fs in found)
    exact = sum(any(f.category == r["category"] for f in fs) for r, fs in zip(flag, found))
    alarms = sum(bool(analyze(r["text"], suggest=False).findings) for r in ok)
    print(f"dev set recall:          {share(caught, len(flag))}, with the expected category {share(exact, len(flag))}")
    print(f"dev set false positives: {share(alarms, len(ok))}")

    if ood.is_file():
        dialogues = rows(ood)
        calm = [d for d in dialogues if not d["manipulative"]]
        victim = [d for d in dialogues if "Playing Victim Role" in (d.get("techniques") or "")]
        flagged = lambda ds: sum(bool(analyze(d["dialogue"], suggest=False).findings) for d in ds)  # noqa: E731
        print(f"MentalManip non-manipulative flagged: {share(flagged(calm), len(calm))}")
        print(f"MentalManip playing-victim flagged:   {share(flagged(victim), len(victim))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
