"""About: the ideas in plain words, what this is and is not, and support."""

import streamlit as st

from app_pages import common

st.title("About Gentle Draft")
st.caption(common.PRIVACY)
st.markdown(
    """
**Why grown children drift.** Growing up means becoming a separate person, and part of that is
stepping back from the people who raised them. A mother who is always there can start to feel
invisible exactly because she is reliable. That distance is painful, and it is rarely a verdict on
her love or her worth.

**What tends to push them further.** Messages that pull through guilt, worry or counting
("after all I did", "it's been three weeks") are usually written from real hurt. But the person
reading them often hears a debt they can never pay, or a threat to their freedom, and steps back
to breathe. When a mother's happiness seems to rest on the child, or when she keeps erasing her own
needs, the relationship can start to feel like a job rather than a bond between two people.

**What tends to help.** A steady, warm presence. A life of her own, and saying what she needs in
plain words. Boundaries. Invitations that are specific and easy to decline. Apologies with no
"but". None of this guarantees closeness, and her worth doesn't depend on it.

**What this app is.** A private writing helper. It points at phrases that *may* land as guilt,
pressure or control, says why, and offers calmer wording. It runs on this computer; nothing you
type is sent anywhere.

**What it is not.** It is not therapy and it does not diagnose anyone, you or your child. It can be
wrong. You know your family; take what helps and leave the rest.
"""
)
st.subheader("If you are struggling")
st.markdown(
    """
If you are having thoughts of not wanting to live, or of hurting yourself, please reach out to a
person today. In the US, call or text **988**. In the UK and Ireland, **Samaritans** answer on
**116 123**, day and night. Elsewhere, **findahelpline.com** lists free, confidential lines. If you are
in danger now, call your local emergency number.

Family therapists, support groups for parents of estranged adult children, and your own doctor can
also help with the slower ache of distance.
"""
)
