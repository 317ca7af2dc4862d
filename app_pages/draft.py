"""The draft page: write, see what may hurt and why, take a calmer version."""

from __future__ import annotations

import streamlit as st

import helper
from app_pages import common
from helper import render

EXAMPLES = {
    "Weeks without a call": (
        "Hi love. It's been three weeks since you called. After all I've done for you, "
        "is it too much to ask for a phone call once in a while?"
    ),
    "Holidays": (
        "Your brother comes every Sunday. I guess you're too busy for your mother. "
        "I'll spend Christmas alone then."
    ),
    "After a hard talk": "I'm sorry if you felt hurt, but I did the best I could. You have no idea how hard it was for me.",
    "A warm one": (
        "Hi sweetheart! I started a pottery class and made a wonky bowl 😊 How was your week? "
        "Would you like to come for lunch on Sunday? No pressure if you're busy. Love you."
    ),
}

ss = st.session_state
ss.setdefault("history", [])
ss.setdefault("tone", "warm")
ss.setdefault("notice", "")
if "draft" not in ss:  # a refresh or a restart: bring back the working draft
    store = common.store()
    ss["draft"] = (common.safe(store.load_current, failure="The saved draft couldn't be read.") or "") if store else ""


def _set_draft(text: str) -> None:
    ss["history"].append(ss["draft"])
    ss["draft"] = text
    _autosave()


def _autosave() -> None:
    store = common.store()
    if store:
        common.safe(store.save_current, ss["draft"])


def use_example(text: str) -> None:
    _set_draft(text)


def use_suggestion(snapshot: str, position: int, sentence: str) -> None:
    if ss["draft"] != snapshot:
        ss["notice"] = "The draft changed since it was checked, so nothing was replaced. Please look again."
        return
    _set_draft(helper.apply_suggestion(snapshot, position, sentence))


def undo() -> None:
    if ss["history"]:
        ss["draft"] = ss["history"].pop()
        _autosave()


def keep(kind: str) -> None:
    store = common.store()
    if not store:
        ss["notice"] = "Saving is switched off, so this draft was not kept (it is still in the box)."
        return
    if common.safe(store.keep, ss["draft"], kind) is not None:
        ss["notice"] = "Kept unsent, in Saved drafts." if kind == "unsent" else "Saved a copy in Saved drafts."


st.title("Write a draft")
st.caption(common.PRIVACY)

draft = ss["draft"]
if not draft.strip():
    st.markdown(
        "Type or paste what you'd like to send to your son or daughter. "
        "You'll see, gently, which words might land harder than you mean, why, and a calmer way to say the same thing. "
        "Your feelings are real; this is about helping them be heard."
    )
    st.write("Or try an example:")
    cols = st.columns(len(EXAMPLES))
    for col, (name, text) in zip(cols, EXAMPLES.items()):
        col.button(name, key=f"example-{name}", on_click=use_example, args=(text,), width="stretch")

st.text_area(
    "Your draft",
    key="draft",
    height=180,
    on_change=_autosave,
    placeholder="Hi love, …",
    help="Checked as soon as you press Ctrl+Enter, click outside the box, or press Check.",
)
b1, b2, b3, b4 = st.columns(4)
b1.button("Check", key="check", type="primary", on_click=_autosave, width="stretch")
b2.button("Undo", key="undo", on_click=undo, disabled=not ss["history"], width="stretch")
b3.button("Save a copy", key="save-copy", on_click=keep, args=("saved",), disabled=not draft.strip(), width="stretch")
b4.button("Keep unsent", key="keep-unsent", on_click=keep, args=("unsent",), disabled=not draft.strip(), width="stretch")

if ss["notice"]:
    st.info(ss["notice"])
    ss["notice"] = ""

if len(draft) > common.DRAFT_LIMIT:
    st.error(
        f"This draft is {len(draft):,} characters long; this page reads up to {common.DRAFT_LIMIT:,} at a time "
        "(a long letter). Your text is still in the box. You could check it in parts, or use the "
        "Counselor page for a long exchange."
    )
    st.stop()
if not draft.strip():
    st.stop()

report = helper.analyze(draft, common.active_rules())
st.html(render.CSS)

if report.support:
    st.warning(report.support, icon="💛")

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader("How it may land")
    st.html(render.highlighted(report))
    if report.categories_found:
        st.html(render.legend(report.categories_found))
    else:
        st.success("Nothing here is likely to land as pressure or guilt.")
with right:
    st.subheader("At a glance")
    st.progress(report.pressure / 100, text=f"Pressure {report.pressure}/100")
    st.caption(report.summary)
    r = report.readability
    st.caption(f"Reading grade {r.grade:g} · {r.words} words · about {max(1, round(r.reading_seconds))} seconds to read")
    if report.signals.long_for_a_text:
        st.caption("This is long for a text message; a shorter note is often easier to answer.")
    advice = helper.before_you_send(report)
    st.markdown(f"**Before you send: {advice.headline}**")
    st.write(advice.reason)

if report.strengths:
    st.subheader("What's working")
    st.html("<ul>" + "".join(f"<li>{render.strength(s)}</li>" for s in report.strengths) + "</ul>")

if report.findings:
    st.subheader("Phrases to look at")
    for g, (position, group) in enumerate(helper.group_by_sentence(draft, report.findings)):
        with st.container(border=True):
            for f in group:
                cat = helper.CATEGORIES[f.category]
                st.html(f"{render.phrase(f.phrase)} <small>· {render.esc(cat.label)}</small><br>{render.esc(f.message)}")
            options = list(dict.fromkeys(s for f in group for s in f.suggestions))[:3]
            st.caption("Instead, you could say:")
            for j, s in enumerate(options):
                c1, c2 = st.columns([6, 1])
                c1.html(render.suggestion(s))
                c2.button("Use this", key=f"use-{g}-{j}", on_click=use_suggestion, args=(draft, position, s))

    st.subheader("A calmer version")
    st.radio("Tone", helper.TONES, key="tone", horizontal=True, format_func=str.title)
    rw = helper.rewrite(draft, ss["tone"], common.active_rules())
    before, after = render.side_by_side(draft, rw)
    c1, c2 = st.columns(2)
    with c1:
        st.caption("Your draft (changed parts struck through)")
        st.html(before)
    with c2:
        st.caption("Calmer version (new parts underlined)")
        st.html(after)
    with st.expander("What changed, and why"):
        for c in rw.changes:
            st.html(f"{render.phrase(c.original) if c.original else '<em>Added</em>'} → {render.esc(c.replacement or '(left out)')}<br><small>{render.esc(c.reason)}</small>")
    st.caption("Copy it (the icon at the top right of the box) or download it:")
    st.code(rw.text, language=None, wrap_lines=True)
    st.download_button("Download as .txt", rw.text, file_name="calmer-message.txt", mime="text/plain", key="download")
