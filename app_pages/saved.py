"""Saved drafts: reopen, delete, delete everything, and the saving switch."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app_pages import common
from helper import render
from helper.storage import Store

ss = st.session_state
st.title("Saved drafts")
st.caption(common.PRIVACY)

if common.serving_others():
    st.info(
        "This app is being served to other people from this computer, so nothing is saved: "
        "no visitor can ever see another's drafts. Copy or download anything you want to keep."
    )
    st.stop()

store = Store()


def set_saving() -> None:
    common.safe(store.set_setting, "saving", "on" if ss["saving-switch"] else "off")


def reopen(text: str) -> None:
    ss.setdefault("history", []).append(ss.get("draft", ""))
    ss["draft"] = text
    common.safe(store.save_current, text)
    ss["notice"] = "Reopened on the Write page."


def delete(draft_id: int) -> None:
    common.safe(store.delete, draft_id)


def delete_everything() -> None:
    common.safe(store.delete_everything)
    ss["draft"] = ""
    ss["history"] = []
    ss["notice"] = "Everything was deleted."


ss["saving-switch"] = (common.safe(store.setting, "saving", "on") or "on") == "on"
st.toggle(
    "Save my drafts on this computer",
    key="saving-switch",
    on_change=set_saving,
    help="Switch off on a shared computer: nothing new will be saved.",
)
st.caption(f"Drafts are kept in {store.path} — never inside the app's own folder.")

if ss.get("notice"):
    st.info(ss["notice"])
    ss["notice"] = ""

drafts = common.safe(store.drafts, failure="The saved drafts couldn't be read.") or []
if not drafts:
    st.write("No saved drafts yet. On the Write page, 'Save a copy' or 'Keep unsent' puts a draft here.")
for d in drafts:
    with st.container(border=True):
        when = dt.datetime.fromtimestamp(d.updated).strftime("%d %b %Y, %H:%M")
        st.html(f"<small>{render.esc(d.kind.title())} · {render.esc(when)}</small><br>{render.esc(d.title)}")
        c1, c2, _ = st.columns([1, 1, 4])
        c1.button("Reopen", key=f"open-{d.id}", on_click=reopen, args=(d.text,))
        c2.button("Delete", key=f"delete-{d.id}", on_click=delete, args=(d.id,))

st.divider()
with st.expander("Delete everything"):
    st.write("This removes every saved draft and the working draft from this computer. It cannot be undone.")
    st.button("Delete everything", key="delete-everything", type="primary", on_click=delete_everything)
