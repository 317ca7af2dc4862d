"""HTML fragments for the app. Every piece of text that came from the user is
escaped here, before it reaches any HTML; nothing she typed is ever
interpreted as markup, markdown, LaTeX or a colour directive."""

from __future__ import annotations

import html

from .model import CATEGORIES, Report, Rewrite, Strength

TEXT_COLOUR = "#1b1b1b"  # on every highlight colour this is well above AA contrast (4.5:1)

CSS = f"""
<style>
.gd-draft {{ font-size: 1.05rem; line-height: 2.1; white-space: pre-wrap; word-wrap: break-word;
  padding: .75rem 1rem; border: 1px solid #d0d4da; border-radius: .5rem; background: #ffffff; color: {TEXT_COLOUR}; }}
.gd-mark {{ color: {TEXT_COLOUR}; border-radius: .3rem; padding: .1rem .15rem; border-bottom: 2px solid #555; cursor: help; }}
.gd-mark:focus {{ outline: 3px solid #1d4ed8; outline-offset: 1px; }}
.gd-lbl {{ font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
  margin-left: .25rem; padding: 0 .3rem; border-radius: .25rem; background: #ffffffcc; color: #222; vertical-align: super; }}
.gd-why {{ display: none; }}
.gd-mark:hover .gd-why, .gd-mark:focus .gd-why {{ display: inline; font-size: .85rem; font-style: italic; color: #222;
  background: #fff; border: 1px solid #bbb; border-radius: .3rem; padding: .1rem .35rem; margin-left: .3rem; }}
.gd-legend span {{ display: inline-block; margin: .15rem .3rem .15rem 0; padding: .05rem .45rem; border-radius: .3rem;
  color: {TEXT_COLOUR}; font-size: .85rem; border: 1px solid #999; }}
.gd-side {{ white-space: pre-wrap; line-height: 1.7; padding: .6rem .8rem; border: 1px solid #d0d4da; border-radius: .5rem;
  color: {TEXT_COLOUR}; background: #fff; }}
.gd-side del {{ background: #fde2e4; color: #5c0a12; text-decoration: line-through; }}
.gd-side ins {{ background: #d1fae5; color: #064e3b; text-decoration: none; border-bottom: 2px solid #047857; }}
.gd-strength {{ background: #e0f2fe; color: #0c3a5b; border-radius: .3rem; padding: .05rem .3rem; }}
.gd-phrase {{ font-weight: 600; }}
.gd-sugg {{ padding: .35rem .6rem; border-left: 3px solid #047857; background: #f0fdf4; color: #052e1c; margin: .2rem 0; }}
</style>
"""


def esc(text: str) -> str:
    """Escape user text for HTML (quotes too, as it may sit in an attribute)."""
    return html.escape(text, quote=True)


def highlighted(report: Report) -> str:
    """The draft with each flagged phrase marked: colour, a visible label, and
    the reason on hover or keyboard focus."""
    text = report.text
    out: list[str] = ['<div class="gd-draft" data-testid="gd-draft">']
    pos = 0
    for f in report.findings:
        cat = CATEGORIES[f.category]
        out.append(esc(text[pos : f.start]))
        out.append(
            f'<mark class="gd-mark" tabindex="0" data-category="{esc(f.category)}" title="{esc(f.message)}" '
            f'style="background:{cat.colour}">{esc(text[f.start : f.end])}'
            f'<span class="gd-lbl">{esc(cat.label)}</span><span class="gd-why">{esc(f.message)}</span></mark>'
        )
        pos = f.end
    out.append(esc(text[pos:]))
    out.append("</div>")
    return "".join(out)


def legend(categories: tuple[str, ...] | list[str]) -> str:
    items = "".join(
        f'<span style="background:{CATEGORIES[c].colour}" title="{esc(CATEGORIES[c].description)}">'
        f"{esc(CATEGORIES[c].label)}: {esc(CATEGORIES[c].description)}</span>"
        for c in categories
    )
    return f'<div class="gd-legend">{items}</div>'


def phrase(text: str) -> str:
    return f'<span class="gd-phrase">“{esc(text)}”</span>'


def suggestion(text: str) -> str:
    return f'<div class="gd-sugg">{esc(text)}</div>'


def strength(s: Strength) -> str:
    return f'<span class="gd-strength">“{esc(s.phrase)}”</span> — {esc(s.label)}'


def side_by_side(original: str, rw: Rewrite) -> tuple[str, str]:
    """The original with changed sentences struck through, and the calmer
    version with the new sentences marked."""
    left: list[str] = []
    pos = 0
    for c in sorted((c for c in rw.changes if c.original), key=lambda c: c.start):
        left.append(esc(original[pos : c.start]))
        left.append(f"<del>{esc(original[c.start : c.end])}</del>")
        pos = c.end
    left.append(esc(original[pos:]))
    right = esc(rw.text)
    for new in sorted({c.replacement for c in rw.changes if c.replacement}, key=len, reverse=True):
        right = right.replace(esc(new), f"<ins>{esc(new)}</ins>", 1)
    return (
        f'<div class="gd-side" data-testid="gd-before">{"".join(left)}</div>',
        f'<div class="gd-side" data-testid="gd-after">{right}</div>',
    )
