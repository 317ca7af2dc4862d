"""Gentle Draft: page setup and navigation only. Each page lives in app_pages/."""

import streamlit as st

from app_pages import common

st.set_page_config(page_title="Gentle Draft", page_icon="💛", layout="wide")

pages = [
    st.Page("app_pages/draft.py", title="Write a draft", icon=":material/edit_note:", default=True),
    st.Page("app_pages/practice.py", title="Practice", icon=":material/self_improvement:"),
    st.Page("app_pages/counselor.py", title="Counselor tools", icon=":material/groups:"),
    st.Page("app_pages/present.py", title="Presentation", icon=":material/slideshow:"),
    st.Page("app_pages/saved.py", title="Saved drafts", icon=":material/folder_open:"),
    st.Page("app_pages/about.py", title="About", icon=":material/favorite:"),
]
common.run(st.navigation(pages))
