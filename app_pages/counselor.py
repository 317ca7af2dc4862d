"""Counselor tools: gallery, printable handout, conversation analysis and
custom rules (for this visitor only). Presentation mode has its own page."""

from __future__ import annotations

import io
import zipfile

import altair as alt
import streamlit as st

import helper
from app_pages import common
from helper import conversation, practice, render
from helper.loader import BUILTIN_DIR

ss = st.session_state

st.title("Counselor tools")
st.caption(common.PRIVACY)
st.html(render.CSS)

st.caption("For presenting one example at a time, use the Presentation page (keyboard: ← →).")
gallery_tab, handout_tab, convo_tab, rules_tab = st.tabs(["Example gallery", "Handout", "Conversation", "Custom rules"])
examples = practice.gallery()
labels = {c: helper.CATEGORIES[c].label for c in helper.CATEGORIES}


def example_name(i: int) -> str:
    e = examples[i]
    return f"{labels[e.category]}: {e.before[:50]}…"


with gallery_tab:
    chosen = st.multiselect("Categories", list(labels), default=list(labels), format_func=labels.get, key="gallery-cats")
    for e in (e for e in examples if e.category in chosen):
        with st.container(border=True):
            st.caption(labels[e.category])
            c1, c2 = st.columns(2)
            with c1:
                st.html(render.highlighted(e.report))
            with c2:
                st.html(f'<div class="gd-side">{render.esc(e.after.text)}</div>')

with handout_tab:
    title = st.text_input("Title", value="Saying it so it can be heard", key="handout-title", max_chars=80)
    idea_list = practice.ideas()
    pick_ideas = st.multiselect("Ideas", range(len(idea_list)), default=list(range(len(idea_list))),
                                format_func=lambda i: idea_list[i][0], key="handout-ideas")
    pick = st.multiselect("Before/after examples", range(len(examples)), default=[0, 2, 4, 20],
                          format_func=example_name, key="handout-examples")
    page = practice.handout_html([examples[i] for i in pick], [idea_list[i] for i in pick_ideas], title or "Handout")
    st.download_button("Download printable handout (.html)", page, file_name="handout.html", mime="text/html", key="handout-download")
    st.caption("Open it in a browser and print: it fits A4 and Letter, and no example is split across pages.")

with convo_tab:
    st.markdown("Paste or upload a longer exchange: plain lines (`Name: message`) or a WhatsApp export (`date, time - Name: message`).")
    up = st.file_uploader("Upload a .txt export", type=["txt"], key="convo-file")
    pasted = st.text_area("…or paste it here", key="convo-text", height=140)
    raw = ""
    if up is not None:
        data = up.getvalue()
        if len(data) > conversation.MAX_CHARS:
            st.error(f"This file is {len(data):,} bytes; up to {conversation.MAX_CHARS:,} can be read at once.")
        else:
            raw = data.decode("utf-8-sig", errors="replace")
    elif pasted.strip():
        raw = pasted
    if raw:
        t = conversation.parse(raw)
        st.caption(f"{len(t.messages):,} messages read ({'WhatsApp export' if t.kind == 'whatsapp' else 'plain lines'}).")
        if t.problems:
            with st.expander(f"{len(t.problems)} line(s) skipped"):
                st.dataframe([{"line": p.line, "why": p.reason, "text": p.content} for p in t.problems[:500]], hide_index=True)
        senders = list(t.senders)
        whose = st.multiselect("Whose messages to analyse", senders, default=senders[:1], key="convo-senders") if senders else None
        if st.button("Analyse", key="convo-go", type="primary"):
            bar = st.progress(0.0, text="Reading messages…")
            summary = conversation.analyse(t, whose, common.active_rules(), progress=lambda i, n: bar.progress(i / n, text=f"Reading message {i:,} of {n:,}"))
            bar.empty()
            ss["convo-summary"] = summary
        summary = ss.get("convo-summary")
        if summary:
            st.metric("Messages with something that may land hard", f"{summary.flagged:,} of {len(summary.analysed):,}")
            if summary.counts:
                st.bar_chart({labels[c]: n for c, n in summary.counts.items()}, horizontal=True)
            if summary.by_day:
                rows = [{"day": str(d), "category": labels[c], "count": n} for d, c, n in summary.by_day]
                chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(
                    x=alt.X("day:T", title="Day"), y=alt.Y("count:Q", title="Phrases"), color=alt.Color("category:N", title="Category")
                )
                st.altair_chart(chart, width="stretch")
            shown = [a for a in summary.analysed if a.report.findings][:200]
            for a in shown:
                with st.container(border=True):
                    when = a.message.when.strftime("%d %b %Y %H:%M") if a.message.when else ""
                    st.caption(f"Line {a.message.line} · {a.message.sender} {when}")
                    st.html(render.highlighted(a.report))
            if summary.flagged > len(shown):
                st.caption(f"Showing the first {len(shown)} flagged messages.")

with rules_tab:
    st.markdown(
        "Upload a rule file in the app's own format (one category per file). It is checked in full and, "
        "if it loads, it is active for you only, in this browser tab, on every page."
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in sorted(BUILTIN_DIR.glob("*.toml")):
            z.write(f, f"rules/{f.name}")
    st.download_button("Download the built-in rules (.zip)", buf.getvalue(), file_name="gentle-draft-rules.zip", key="rules-download")
    rule_file = st.file_uploader("Your rule file (.toml)", type=["toml"], key="rules-file")
    if rule_file is not None:
        try:
            text = rule_file.getvalue().decode("utf-8")
            ss["custom_rules"] = helper.from_text(text, rule_file.name)
            added = [r.id for r in ss["custom_rules"].rules if r.source_file.startswith(rule_file.name)]
            st.success(f"{rule_file.name}: {len(added)} rule(s) active for you: {', '.join(added)}")
        except UnicodeDecodeError:
            st.error(f"{rule_file.name}: not UTF-8 text.")
        except helper.RuleError as exc:
            ss.pop("custom_rules", None)
            st.error(str(exc))
    elif "custom_rules" in ss:
        ss.pop("custom_rules")
    all_ids = [r.id for r in common.active_rules().rules if r.category in helper.CATEGORIES] + list(ss.get("disabled-rules", []))
    st.multiselect("Switch rules off (for you only)", sorted(set(all_ids)), key="disabled-rules")
