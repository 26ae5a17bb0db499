"""A statement card in words: reported speech with its speaker and cue, and a citation as plain text.

The extractor stores reported speech from its verb on ("called on Armenia and Azerbaijan to
…") or from its clause ("that Moscow acted as an intermediary…", cue "indicated"); a reader
needs who said it and how: "Russia called on …", "Russian diplomacy indicated that …".
"""

from __future__ import annotations

from app.web.formatting import safe_url, short_date


def reported_parts(st: dict) -> tuple[str, str, str]:
    """(speaker, cue to insert or "", text) for reported speech and contacts.

    The speaker is the mention as the article wrote it, else the actor's name. The cue is
    inserted only when the text does not already start with it; "according to" leads.
    """
    actor = st.get("actor")
    speaker = st.get("speaker") or (actor["name"] if actor else "")
    cue = (st.get("cue") or "").strip()
    text = st["text"]
    if not speaker or speaker.lower() in text.lower():  # "… – according to the DPA agency, no other …"
        return "", "", text[:1].upper() + text[1:]
    if cue and text[: len(cue)].lower() == cue.lower():
        cue = ""
    return speaker[:1].upper() + speaker[1:], cue, text


def leads_with_according_to(st: dict) -> bool:
    """ "According to X, …" reads right only when the text does not say so itself."""
    cue = (st.get("cue") or "").strip().lower()
    return cue.startswith("according to") and cue not in st["text"].lower()


def citation(st: dict, role: str | None = None) -> str:
    """One plain-text line to paste: who (and as what), when, which outlet and article, where."""
    actor = st.get("actor")
    who = actor["name"] if actor else (st.get("speaker") or "Unattributed source")
    if role:
        who = f"{who} ({role})"
    article = st["article"]
    parts = [who, short_date(st["said_on"]) or "undated"]
    if article.get("source"):
        parts.append(article["source"])
    parts.append(f"“{article['title']}”" if article.get("title") else f"article {article['id']}")
    line = ", ".join(parts) + "."
    url = safe_url(article.get("url"))
    return f"{line} {url}" if url else line


def register(env) -> None:
    """The card helpers as Jinja globals."""
    env.globals.update(
        citation=citation, reported_parts=reported_parts, leads_with_according_to=leads_with_according_to
    )
