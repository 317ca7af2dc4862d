"""What every page shares: cached engine resources and the drafts store."""

from __future__ import annotations

import streamlit as st

import helper
from helper.storage import Store, is_local_address

DRAFT_LIMIT = 20_000  # the draft page is for messages and letters; longer goes to the counselor tools
PRIVACY = "Private: everything stays on this computer. Nothing you write is sent anywhere."


@st.cache_resource
def rules() -> helper.RuleSet:
    """Compiled rules, shared by every visitor (never mutated)."""
    return helper.builtin()


@st.cache_resource
def templates() -> helper.rewriting.Templates:
    """The Jinja2 environment, shared by every visitor (never mutated)."""
    return helper.templates()


def run(page) -> None:  # type: ignore[no-untyped-def]
    """Run the chosen page with this visitor's memo: work remembered while
    she types (suggestions, reading grades) stays with her session."""
    with helper.remembering(st.session_state.setdefault("_memo", helper.Memo())):
        page.run()


def active_rules() -> helper.RuleSet:
    """This visitor's rules: the shared built-in set, or the counselor's
    uploaded file on top of it, minus any rules switched off. Kept in
    session state only, so no other visitor is affected."""
    ss = st.session_state
    base = ss.get("custom_rules") or rules()
    off = tuple(sorted(ss.get("disabled-rules", [])))
    key = (id(base), off)
    if ss.get("_active_key") != key:
        ss["_active"] = base.without(off)
        ss["_active_key"] = key
    return ss["_active"]


def serving_others() -> bool:
    """True when the app listens beyond this computer (a counselor serving it)."""
    return not is_local_address(st.get_option("server.address"))


def store() -> Store | None:
    """The drafts file, or None when saving is off or not allowed here."""
    if serving_others():
        return None  # no visitor ever sees another's drafts
    s = Store()
    if s.setting("saving", "on") != "on":
        return None
    return s


def safe(action, *args, failure: str = "Saving didn't work this time; your text is still here."):  # type: ignore[no-untyped-def]
    """Run a storage action; a disk problem becomes a gentle message, never a traceback."""
    try:
        return action(*args)
    except Exception:  # noqa: BLE001 - the draft in the box must never be lost to a disk error
        st.session_state["notice"] = failure
        return None
