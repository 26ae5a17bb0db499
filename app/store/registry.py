"""Registry writes: the actor registry (seeds/actors) mirrored into the actor tables in bulk."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, ActorMerge, ActorRole


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def sync_registry(session: Session, registry) -> tuple[int, int]:
    """Upsert every registry actor by slug, with its aliases, roles and parent; returns (created, updated).

    Actors the resolver had invented under the same slug are confirmed, not
    duplicated. Aliases and roles follow the registry exactly. It works in bulk
    statements (a full registry loads in well under a second) and touches only
    rows that differ, so loading the same registry twice changes nothing.

    A registry actor someone merged into another stays merged: it is not
    created again, and its names and roles count as the surviving actor's.
    """
    merged = dict(session.execute(select(ActorMerge.source_slug, ActorMerge.target_id)).all())
    live = [r for r in registry.actors if r.slug not in merged]
    ids = _upsert_actors(session, live)
    owned = {actor_id for actor_id, _ in ids.values()}
    ids.update({r.slug: (merged[r.slug], False) for r in registry.actors if r.slug in merged})
    _sync_aliases(session, registry.actors, ids, owned)
    _sync_roles(session, registry.actors, ids)
    _sync_parents(session, live, ids)
    created = sum(1 for record in registry.actors if ids[record.slug][1])
    return created, len(registry.actors) - created


def _upsert_actors(session: Session, records) -> dict[str, tuple[int, bool]]:
    """slug → (id, created) for every record."""
    table = Actor.__table__
    current = {
        row.slug: row
        for row in session.execute(
            select(
                table.c.id,
                table.c.slug,
                table.c.name,
                table.c.kind,
                table.c.country,
                table.c.wikidata,
                table.c.in_registry,
            )
        )
    }
    invented = _invented_by_name(current.values())
    new, changed = [], []
    for r in records:
        values = {"name": r.name, "kind": r.kind, "country": r.country, "wikidata": r.wikidata, "in_registry": True}
        row = current.get(r.slug) or _adopt(session, r, invented)
        if row is None:
            new.append({"slug": r.slug, "created_at": _now(), **values})
        elif (row.name, row.kind, row.country, row.wikidata, row.in_registry) != tuple(values.values()):
            changed.append({"actor_id": row.id, **values})
    if new:
        session.execute(insert(table), new)
    if changed:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("actor_id"))
            .values(
                name=bindparam("name"),
                kind=bindparam("kind"),
                country=bindparam("country"),
                wikidata=bindparam("wikidata"),
                in_registry=bindparam("in_registry"),
            ),
            changed,
        )
    fresh = {r["slug"] for r in new}
    ids = dict(session.execute(select(table.c.slug, table.c.id)).all())
    return {r.slug: (ids[r.slug], r.slug in fresh) for r in records}


def _invented_by_name(rows) -> dict[tuple[str, str | None], object]:
    """Actors the resolver invented from unknown mentions, by (normalised name, country)."""
    from app.pipeline.resolve.normalize import norm

    return {(norm(row.name), row.country): row for row in rows if not row.in_registry}


def _adopt(session: Session, record, invented: dict):
    """An invented actor that the registry now knows under another slug becomes that registry actor."""
    from app.pipeline.resolve.normalize import norm

    for name in (record.name, *record.aliases):
        row = invented.pop((norm(name), record.country), None)
        if row is not None:
            table = Actor.__table__
            session.execute(update(table).where(table.c.id == row.id).values(slug=record.slug))
            return row
    return None


def _sync_aliases(session: Session, records, ids, owned: set[int]) -> None:
    """Registry names become aliases; aliases of `owned` (registry) actors the registry lacks go."""
    from app.pipeline.resolve.normalize import norm

    table = ActorAlias.__table__
    wanted: dict[tuple[int, str], str] = {}
    for r in records:
        for name in (r.name, *r.aliases):
            key = (ids[r.slug][0], norm(name))
            if key[1] and key not in wanted:
                wanted[key] = name
    have = {
        (row.actor_id, row.normalized): row.id
        for row in session.execute(select(table.c.id, table.c.actor_id, table.c.normalized))
    }
    stale = [row_id for key, row_id in have.items() if key[0] in owned and key not in wanted]
    if stale:
        session.execute(delete(table).where(table.c.id.in_(stale)))
    missing = [{"actor_id": k[0], "normalized": k[1], "alias": v} for k, v in wanted.items() if k not in have]
    if missing:
        session.execute(insert(table), missing)


def _role_rows(records, ids) -> dict[int, list[tuple]]:
    """actor id → its roles as rows; a merged record's roles belong to the actor it was merged into."""
    rows: dict[int, list[tuple]] = {}
    for r in records:
        rows.setdefault(ids[r.slug][0], []).extend(
            (
                role.role,
                role.title,
                ids[role.organisation][0] if role.organisation in ids else None,
                role.country,
                role.start,
                role.end,
            )
            for role in r.roles
        )
    return {actor_id: sorted(roles, key=repr) for actor_id, roles in rows.items()}


def _sync_roles(session: Session, records, ids) -> None:
    """An actor whose roles differ from the registry gets the registry's roles, all of them."""
    table = ActorRole.__table__
    wanted = _role_rows(records, ids)
    have: dict[int, list[tuple]] = {}
    for row in session.execute(
        select(
            table.c.actor_id,
            table.c.role,
            table.c.title,
            table.c.organisation_id,
            table.c.country,
            table.c.start,
            table.c.end,
        )
    ):
        have.setdefault(row[0], []).append(tuple(row[1:]))
    stale = [actor_id for actor_id, roles in wanted.items() if sorted(have.get(actor_id, []), key=repr) != roles]
    if not stale:
        return
    session.execute(delete(table).where(table.c.actor_id.in_(stale)))
    columns = ("role", "title", "organisation_id", "country", "start", "end")
    session.execute(
        insert(table),
        [{"actor_id": actor_id, **dict(zip(columns, role))} for actor_id in stale for role in wanted[actor_id]],
    )


def _sync_parents(session: Session, records, ids) -> None:
    table = Actor.__table__
    have = dict(session.execute(select(table.c.id, table.c.parent_id)).all())
    changes = []
    for r in records:
        actor_id = ids[r.slug][0]
        parent_id = ids[r.parent][0] if r.parent in ids else None
        if have.get(actor_id) != parent_id:
            changes.append({"actor_id": actor_id, "parent": parent_id})
    if changes:
        session.execute(
            update(table).where(table.c.id == bindparam("actor_id")).values(parent_id=bindparam("parent")), changes
        )
