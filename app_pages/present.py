"""Presentation mode: large type, one example at a time, stepping
draft → highlights → why → calmer version. Works with the keyboard alone."""

from __future__ import annotations

import streamlit as st

from helper import practice, render

ss = st.session_state
ss.setdefault("slide", 0)
ss.setdefault("step", 0)
examples = practice.gallery()

st.title("Presentation")
st.html(render.CSS)
STEPS = ("The draft", "How it may land", "Why", "A calmer version")


def move(delta: int) -> None:
    step, slide = ss["step"] + delta, ss["slide"]
    if step >= len(STEPS):
        step, slide = 0, (slide + 1) % len(examples)
    elif step < 0:
        step, slide = len(STEPS) - 1, (slide - 1) % len(examples)
    ss["step"], ss["slide"] = step, slide


st.caption("Large type, one example at a time. Keyboard: → next, ← back (or Tab to the buttons and press Enter).")
e = examples[ss["slide"]]
step = ss["step"]
st.html(
    f'<div style="font-size:1.8rem;line-height:1.6" data-testid="gd-slide" data-step="{step}">'
    f'<div style="font-size:1rem;color:#444">Example {ss["slide"] + 1} of {len(examples)} · {render.esc(STEPS[step])}</div>'
    + (render.esc(e.before) if step == 0 else render.highlighted(e.report))
    + "</div>"
)
if step >= 2:
    st.html('<div style="font-size:1.35rem">' + "<br>".join(render.esc(f.message) for f in e.report.findings) + "</div>")
if step >= 3:
    st.html(f'<div class="gd-sugg" style="font-size:1.6rem">{render.esc(e.after.text)}</div>')
b1, b2, _ = st.columns([1, 1, 4])
b1.button("Back", key="present-back", on_click=move, args=(-1,), shortcut="Left", width="stretch")
b2.button("Next", key="present-next", on_click=move, args=(1,), shortcut="Right", type="primary", width="stretch")

