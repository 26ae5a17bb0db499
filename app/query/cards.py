"""What a statement card shows beyond the statement's own row, fetched once per page.

Cards read the listed statements as `StatementOut` dicts (`app.query.listing`).

- the quotation marks the article itself put around a direct quote (a statement's span
  usually stops inside them; a card prints those marks, never marks of its own);
- the speaker's role on the day of the statement, for the citation.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Actor, ActorRole, Article, Statement

# Characters that open or close a quotation in the articles we read (English, French,
# German and other European conventions).
QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚‛「」")


def quote_marks(session: Session, statements: Iterable[dict]) -> dict[int, tuple[str, str]]:
    """For each direct quote, the marks just outside its span in the article ("" where there is none).

    One query for the page: a character on each side of each span, not the article bodies.
    """
    ids = [st["id"] for st in statements if st["kind"] == "direct"]
    if not ids:
        return {}
    rows = session.execute(
        select(
            Statement.id,
            # SUBSTR counts from 1: the character before a 0-based start is at `start`, the one after at `end + 1`.
            func.substr(Article.body, Statement.start, 1),
            func.substr(Article.body, Statement.end + 1, 1),
        )
        .join(Article, Article.id == Statement.article_id)
        .where(Statement.id.in_(ids))
    )
    marks = {}
    for statement_id, before, after in rows:
        opening = before if before in QUOTE_MARKS else ""
        closing = after if after in QUOTE_MARKS else ""
        marks[statement_id] = (opening, closing)
    return marks


def _role_text(role: ActorRole, country_name) -> str:
    where = role.organisation.name if role.organisation else country_name(role.country) if role.country else ""
    return f"{role.title}, {where}" if where and where not in role.title else role.title


def roles_on_day(session: Session, statements: Iterable[dict], country_name=str) -> dict[int, str]:
    """Each statement's speaker's role on the day said ("Minister of Foreign Affairs, Russia"),
    where the registry knows one; one query for the page."""
    statements = [st for st in statements if st.get("actor")]
    slugs = {st["actor"]["slug"] for st in statements}
    if not slugs:
        return {}
    roles: dict[str, list[ActorRole]] = {}
    query = (
        select(Actor.slug, ActorRole)
        .join(ActorRole, ActorRole.actor_id == Actor.id)
        .where(Actor.slug.in_(slugs))
        .options(selectinload(ActorRole.organisation).load_only(Actor.name))
        .order_by(ActorRole.start.desc())
    )
    for slug, role in session.execute(query):
        roles.setdefault(slug, []).append(role)
    found = {}
    for st in statements:
        day = st["said_on"]
        if day is None:  # undated: which of its roles the speaker held then is not known
            continue
        for role in roles.get(st["actor"]["slug"], []):
            if (role.start is None or role.start <= day) and (role.end is None or day <= role.end):
                found[st["id"]] = _role_text(role, country_name)
                break
    return found
