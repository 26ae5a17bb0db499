"""Facet counts are those of the newest `sample` matches, however the windows widen to find them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.models import Actor, ActorRole, Statement
from app.query import service, stats
from app.query.filters import StatementFilter, statement_conditions
from bench.generate import generate


@pytest.fixture(scope="module")
def generated(module_scratch_db):
    """1500 generated statements, once for the module (the tests only read them); the generator
    commits through its own engine, hence a scratch database."""
    generate(module_scratch_db.url, 1500, seed=5)
    return module_scratch_db


@pytest.fixture
def filled(generated):
    with generated.session_factory() as session:
        yield session


def expected_counts(session, f: StatementFilter, sample: int) -> dict[str, list]:
    """The same counts the slow, obvious way: every match sorted, the first `sample` counted."""
    dialect = session.get_bind().dialect.name
    rows = session.execute(
        select(Statement.actor_id, Statement.kind, Statement.category_code, Actor.slug, Actor.country)
        .join(Actor, Actor.id == Statement.actor_id)
        .where(*statement_conditions(f, dialect))
        .order_by(Statement.said_on.desc(), Statement.id.desc())
    ).all()[:sample]
    orgs = organisations_spoken_for(session)
    return {
        "actor": Counter(r.slug for r in rows),
        # Countries, and the international organisations an actor speaks for (issue 17).
        "country": Counter(r.country for r in rows if r.country)
        + Counter(org for r in rows for org in orgs.get(r.actor_id, ())),
        "kind": Counter(r.kind for r in rows),
        "category": Counter(r.category_code for r in rows),
        "total": len(rows),
    }


def organisations_spoken_for(session) -> dict[int, set[str]]:
    """actor id → slugs of the international organisations it speaks for, worked out in Python: the
    organisation itself, a parent or grandparent that is one, a role in one or in one of its bodies."""
    actors = {a.id: a for a in session.execute(select(Actor.id, Actor.slug, Actor.kind, Actor.parent_id))}
    is_org = {i for i, a in actors.items() if a.kind == "international_organisation"}

    def up(actor_id):  # the actor, its parent and grandparent
        first = actors.get(actor_id)
        second = actors.get(first.parent_id) if first and first.parent_id else None
        return {actor_id, first.parent_id if first else None, second.parent_id if second else None}

    found: dict[int, set[str]] = {i: {actors[o].slug for o in up(i) if o in is_org} for i in actors}
    for actor_id, org_id in session.execute(select(ActorRole.actor_id, ActorRole.organisation_id)):
        if org_id is not None:
            org = actors[org_id]
            found[actor_id] |= {actors[o].slug for o in (org_id, org.parent_id) if o in is_org}
    return found


def busiest(session, column):
    return session.execute(
        select(column, func.count())
        .join(Statement, Statement.actor_id == Actor.id)
        .where(column.is_not(None))
        .group_by(column)
        .order_by(func.count().desc())
    ).first()[0]


def rarest_actor(session):
    return session.execute(
        select(Actor.slug, func.count())
        .join(Statement, Statement.actor_id == Actor.id)
        .group_by(Actor.slug)
        .order_by(func.count(), Actor.slug)
    ).first()[0]


@pytest.mark.parametrize("sample", [40, 400, 5000])
def test_counts_match_the_newest_matches_for_every_kind_of_filter(filled, sample):
    session = filled
    filters = [
        StatementFilter(),
        StatementFilter(country=(busiest(session, Actor.country),)),
        StatementFilter(actor=(rarest_actor(session),)),  # too few matches: windows widen to all years
        StatementFilter(kind=("contact",)),
        StatementFilter(q="restraint"),
        StatementFilter(since=dt.date(2021, 3, 1), until=dt.date(2021, 9, 30)),
        StatementFilter(until=dt.date(2020, 2, 15)),  # the oldest weeks only
        StatementFilter(q="no such word anywhere"),
    ]
    for f in filters:
        got = stats.statement_facets(session, f, top=10_000, sample=sample)
        want = expected_counts(session, f, sample)
        assert dict((v, n) for v, _, n in got.actor) == want["actor"], f
        assert dict((v, n) for v, _, n in got.country) == want["country"], f
        assert dict((v, n) for v, _, n in got.kind) == want["kind"], f
        assert dict((v, n) for v, _, n in got.category) == want["category"], f
        assert got.sampled == (sample if want["total"] >= sample else None), f


@pytest.mark.parametrize("page_size", [5, 50, 500])
def test_a_first_window_from_the_list_page_gives_the_same_counts(filled, page_size):
    """The timeline sizes the first window from its page of newest matches: a hint, never a change."""
    session = filled
    for f in [
        StatementFilter(),
        StatementFilter(country=(busiest(session, Actor.country),)),
        StatementFilter(actor=(rarest_actor(session),)),
        StatementFilter(q="restraint"),
        StatementFilter(since=dt.date(2021, 3, 1), until=dt.date(2021, 9, 30)),
    ]:
        page = service.list_statements(session, f, limit=page_size)
        first = stats.first_window([s.said_on for s in page.items], complete=page.next_cursor is None, sample=300)
        got = stats.statement_facets(session, f, top=10_000, sample=300, first=first)
        want = expected_counts(session, f, 300)
        assert dict((v, n) for v, _, n in got.actor) == want["actor"], (f, first)
        assert dict((v, n) for v, _, n in got.kind) == want["kind"], (f, first)
        assert got.sampled == (300 if want["total"] >= 300 else None), (f, first)


def test_facets_cut_to_the_top_values_by_count(filled):
    session = filled
    got = stats.statement_facets(session, StatementFilter(), top=5, sample=1000)
    assert len(got.actor) == 5 and len(got.country) == 5
    counts = [n for _, _, n in got.actor]
    assert counts == sorted(counts, reverse=True)
    assert sum(n for _, _, n in got.kind) == 1000


def test_generated_groups_are_consistent(filled):
    """The generator's groups look like ingest's: one representative each, reports counted, flags in step."""
    from app.models import StatementGroup
    from tests.test_grouping import assert_flags_agree

    session = filled

    groups = session.execute(select(StatementGroup.id, StatementGroup.reports, StatementGroup.representative_id)).all()
    sizes = dict(session.execute(select(Statement.group_id, func.count()).group_by(Statement.group_id)).all())
    assert all(sizes[g.id] == g.reports for g in groups) and None not in sizes
    assert sum(1 for g in groups if g.reports > 1) > 100
    flagged = session.scalar(select(func.count()).where(Statement.is_representative))
    assert flagged == len(groups)
    assert_flags_agree(lambda: session)


def test_a_page_with_no_matches_needs_one_window():
    assert stats.first_window([], complete=True).days > 365 * 100
    assert stats.first_window([], complete=False) == stats.FirstWindow()


def test_an_empty_database_has_no_facets(session):
    got = stats.statement_facets(session, StatementFilter())
    assert (got.actor, got.country, got.kind, got.category, got.sampled) == ([], [], [], [], None)
