"""Practice hard conversations: scenarios with a guided builder, an amends
letter, drills with feedback, and how a draft might be heard."""

from __future__ import annotations

import datetime as dt

import streamlit as st

import helper
from app_pages import common
from helper import practice, render

ss = st.session_state
ss.setdefault("attempts", [])

st.title("Practice")
st.caption(common.PRIVACY)
st.html(render.CSS)


def show_report(report: helper.Report) -> None:
    """The draft with highlights, then what's working."""
    st.html(render.highlighted(report))
    if report.strengths:
        st.html("What's working: " + "; ".join(render.strength(s) for s in report.strengths))
    if not report.findings:
        st.success("Nothing here is likely to land as pressure or guilt.")


scen_tab, amends_tab, drill_tab, hear_tab = st.tabs(["Scenarios", "Amends letter", "Drills", "How might they hear it?"])

with scen_tab:
    items = {s.id: s for s in practice.scenarios()}
    sid = st.selectbox("Choose a situation", list(items), format_func=lambda i: items[i].title, key="scenario")
    s = items[sid]
    st.write(s.situation)
    with st.container(border=True):
        st.caption("The message it's tempting to send")
        show_report(helper.analyze(s.tempting, suggest=False))
        st.markdown(f"**How it may land.** {s.lands}")
        st.markdown(f"**The wish behind it:** {helper.WISHES[s.wish]}.")
    st.subheader("Build a calmer message")
    st.caption("Four plain answers. What happened: something a camera could see, not a verdict.")
    c1, c2 = st.columns(2)
    happened = c1.text_input("What happened", value=s.happened, key=f"b-happened-{sid}")
    feel = c2.text_input("How I feel", value=s.feel, key=f"b-feel-{sid}")
    would_love = c1.text_input("What I'd love", value=s.would_love, key=f"b-love-{sid}")
    easy_out = c2.text_input("An easy out", value=s.easy_out, key=f"b-out-{sid}")
    name = c1.text_input("Their name (optional)", key="b-name", max_chars=40)
    tone = c2.radio("Tone", helper.TONES, horizontal=True, key="b-tone", format_func=str.title)
    message = practice.build_message(happened, feel, would_love, easy_out, tone, name)
    show_report(helper.analyze(message, common.active_rules(), suggest=False))
    st.code(message, language=None, wrap_lines=True)

with amends_tab:
    st.markdown(
        "For the hardest case: a son or daughter who has pulled away and named a hurt. "
        "Write each part in your own words; each is read as you go. What matters most here is not to defend."
    )
    parts: dict[str, str] = {}
    for part in practice.AMENDS:
        st.markdown(f"**{part.title}.** {part.prompt}")
        parts[part.id] = st.text_area(part.title, key=f"amends-{part.id}", placeholder=part.example, label_visibility="collapsed", height=80)
        if parts[part.id].strip():
            check = practice.check_amends_part(part.id, parts[part.id])
            for note in check.notes:
                st.warning(note)
            for f in check.findings:
                st.html(f"{render.phrase(f.phrase)} <small>· {render.esc(helper.CATEGORIES[f.category].label)}</small> {render.esc(f.message)}")
            if not check.findings and not check.notes:
                st.caption("This part reads gently.")
    letter = practice.amends_letter(parts)
    if letter:
        st.subheader("Your letter")
        st.code(letter, language=None, wrap_lines=True)
        st.download_button("Download the letter (.txt)", letter, file_name="letter.txt", mime="text/plain", key="amends-download")

with drill_tab:
    drills = {s.id: s for s in practice.scenarios()}
    did = st.selectbox("Choose a message to practise on", list(drills), format_func=lambda i: drills[i].title, key="drill")
    d = drills[did]
    st.caption("The message:")
    st.html(f'<div class="gd-draft">{render.esc(d.tempting)}</div>')
    answer = st.text_area("Your calmer version", key=f"drill-answer-{did}", height=110)
    if st.button("Score my version", key="drill-score", type="primary"):
        result = practice.score_attempt(answer)
        ss["attempts"].append({"drill": d.title, "score": result.score, "time": dt.datetime.now().strftime("%H:%M"), "id": did})
        ss["last-score"] = (did, answer, result.score, result.reasons)
    last = ss.get("last-score")
    if last and last[0] == did:
        _, text, score, reasons = last
        st.metric("Score", f"{score}/100")
        st.html("<ul>" + "".join(f"<li>{render.esc(r)}</li>" for r in reasons) + "</ul>")
        st.caption("What still may hurt, and what's working:")
        show_report(helper.analyze(text, common.active_rules(), suggest=False))
    if any(a["id"] == did for a in ss["attempts"]):
        with st.expander("Model answers", expanded=True):
            for m in d.models:
                st.html(render.suggestion(m))
    if ss["attempts"]:
        st.caption("Your attempts this session")
        st.dataframe([{k: a[k] for k in ("time", "drill", "score")} for a in ss["attempts"]], hide_index=True)

with hear_tab:
    st.markdown("Paste a draft to read it from your son's or daughter's side. It's a guess, not a verdict; you know them.")
    own = st.text_area("Your draft", value=ss.get("draft", ""), key="hear-draft", height=110)
    if own.strip():
        if len(own) > common.DRAFT_LIMIT:
            st.error(f"This is {len(own):,} characters; this page reads up to {common.DRAFT_LIMIT:,}. Your text is still in the box.")
        else:
            report = helper.analyze(own, common.active_rules(), suggest=False)
            if not report.findings:
                st.success("Nothing here is likely to land as pressure. They may simply hear that you care.")
            for f in report.findings:
                with st.container(border=True):
                    st.html(f"{render.phrase(f.phrase)}<br><em>{render.esc(practice.child_view(f))}</em>")
