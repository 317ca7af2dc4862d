"""Command line: `python -m helper check|rewrite [FILE|-] ...`.

`python -m helper save-analysis` (for whoever edits the built-in rules)
saves the patterns' analysis that start-up reads (helper/data/analysis.json).

Exit codes: 0 nothing flagged, 1 something flagged, 2 unusable input or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

from .analysis import TextTooLong, analyze
from .loader import RuleError, load_rules
from .rewriting import TemplateProblem
from .model import Report


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with a plain message
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m helper", description="Gentle analysis of a message to an adult child.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="show where a draft may land as guilt, pressure or control")
    check.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    check.add_argument("--json", action="store_true", help="print the full report as JSON")
    check.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule file or folder (repeatable)")
    check.add_argument("--disable", nargs="+", default=[], metavar="ID", help="rule or category ids to switch off")
    rw = sub.add_parser("rewrite", help="print a calmer version of the draft")
    rw.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    rw.add_argument("--tone", default="warm", help="warm, brief or light (default warm)")
    rw.add_argument("--json", action="store_true", help="print the rewrite and its changes as JSON")
    rw.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule file or folder (repeatable)")
    rw.add_argument("--disable", nargs="+", default=[], metavar="ID", help="rule or category ids to switch off")
    rw.add_argument("--templates", metavar="DIR", help="a folder of your own templates, layered over the built-in ones")
    sub.add_parser("save-analysis", help="after editing the built-in rules: save their analysis for a quick start-up")
    return p


def _read(name: str) -> str:
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(name).read_bytes()
    except OSError as exc:
        raise _Unusable(f"cannot read {name}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unusable(f"{name} is not UTF-8 text; please save it as UTF-8 and try again") from None


class _Unusable(Exception):
    pass


def _line_col(text: str, offset: int, starts: list[int]) -> tuple[int, int]:
    from bisect import bisect_right

    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def _lines(report: Report) -> list[str]:
    text = report.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    out = []
    for f in report.findings:
        line, col = _line_col(text, f.start, starts)
        out.append(f"{line}:{col}  {f.category}  {f.rule}  {f.message}")
    if report.support:
        out.append(f"support  {report.support}")
    out.append(f"pressure {report.pressure}/100: {report.summary}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "save-analysis":
        from .literals import ANALYSIS_FILE, save_analysis
        from .loader import builtin_expanded

        print(f"saved the analysis of {save_analysis(builtin_expanded())} patterns to {ANALYSIS_FILE}")
        return 0
    try:
        text = _read(args.file)
        rules = load_rules(*args.rules, disable=args.disable) if (args.rules or args.disable) else None
        if args.command == "check":
            report = analyze(text, rules)
            if args.json:
                print(json.dumps(asdict(report), ensure_ascii=False, indent=1))
            else:
                print("\n".join(_lines(report)))
            return 1 if report.findings else 0
        from .rewriting import TONES, rewrite

        if args.tone not in TONES:
            raise _Unusable(f"unknown tone {args.tone!r}; choose one of {', '.join(TONES)}")
        result = rewrite(text, tone=args.tone, rules=rules, folder=args.templates)
        if args.json:
            print(json.dumps(asdict(result), ensure_ascii=False, indent=1))
        else:
            print(result.text)
            if result.support:
                print(f"\n{result.support}", file=sys.stderr)
        return 1 if result.changes else 0
    except (_Unusable, RuleError, TextTooLong, TemplateProblem) as exc:
        print(f"python -m helper: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
