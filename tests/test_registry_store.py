"""Loading the actor registry into the database: idempotent, merging invented actors, merges by hand."""

from sqlalchemy import func, select
from typer.testing import CliRunner

from app.cli import app
from app.models import Actor, ActorAlias, ActorMerge, ActorRole, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.resolve import Registry
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import merge_actors, store_article, sync_registry, unit_of_work

REGISTRY = Registry.from_yaml("""
- slug: testland
  name: Testland
  kind: state
  country: TL
  aliases: [Testville]
- slug: testland-foreign-ministry
  name: Ministry of Foreign Affairs of Testland
  kind: institution
  country: TL
  parent: testland
- slug: ada-quill
  name: Ada Quill
  kind: person
  country: TL
  aliases: [Quill, Ada Quil]
  roles:
    - {role: foreign_minister, title: Foreign Minister, organisation: testland-foreign-ministry, country: TL,
       start: 2021-01-01, end: null}
""")


def _counts(session_factory):
    with session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Actor, ActorAlias, ActorRole))


def test_loading_twice_changes_nothing(session_factory):
    with unit_of_work(session_factory) as s:
        assert sync_registry(s, REGISTRY) == (3, 0)
    first = _counts(session_factory)
    with unit_of_work(session_factory) as s:
        assert sync_registry(s, REGISTRY) == (0, 3)
    assert _counts(session_factory) == first
    with session_factory() as s:
        ada = s.scalars(select(Actor).where(Actor.slug == "ada-quill")).one()
        assert ada.roles[0].organisation.slug == "testland-foreign-ministry"
        assert {a.alias for a in ada.aliases} == {"Ada Quill", "Quill", "Ada Quil"}
        assert s.scalars(select(Actor).where(Actor.slug == "testland-foreign-ministry")).one().parent.slug == "testland"


def test_registry_adopts_an_actor_invented_from_a_mention(session_factory):
    body = "Foreign Minister Ada Quill said the border would stay open."
    invented = ResolvedActor(
        slug="foreign-minister-ada-quill", name="Ada Quill", kind="person", country="TL", known=False
    )
    with unit_of_work(session_factory) as s:
        store_article(
            s,
            ArticleDraft(text=body),
            [ExtractedStatement(text=body[29:], start=29, end=len(body), kind="indirect", actor=invented)],
            "t",
        )
    with unit_of_work(session_factory) as s:
        sync_registry(s, REGISTRY)
    with session_factory() as s:
        ada = s.scalars(select(Actor).where(Actor.name == "Ada Quill")).one()  # one actor, not two
        assert ada.slug == "ada-quill" and ada.in_registry
        assert s.scalars(select(Statement)).one().actor_id == ada.id


def test_merge_from_the_command_line_is_idempotent(scratch_db, monkeypatch):
    """The command line's own engine must see the registry: a database whose commits are real."""
    session_factory, database_url = scratch_db.session_factory, scratch_db.url
    with unit_of_work(session_factory) as s:
        sync_registry(s, REGISTRY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    first = runner.invoke(app, ["actors", "merge", "testland-foreign-ministry", "testland"])
    again = runner.invoke(app, ["actors", "merge", "testland-foreign-ministry", "testland"])
    missing = runner.invoke(app, ["actors", "merge", "nobody", "testland"])
    assert first.exit_code == 0 and "merged testland-foreign-ministry into Testland" in first.output
    assert again.exit_code == 0 and "already merged" in again.output
    assert missing.exit_code == 1 and "no actor" in missing.output
    with session_factory() as s:
        testland = s.scalars(select(Actor).where(Actor.slug == "testland")).one()
        assert "Ministry of Foreign Affairs of Testland" in {a.alias for a in testland.aliases}
        assert s.scalars(select(ActorRole)).one().organisation_id == testland.id
        assert s.scalars(select(ActorMerge)).one().source_slug == "testland-foreign-ministry"


def test_loading_the_registry_again_keeps_a_merged_actor_merged(session_factory):
    with unit_of_work(session_factory) as s:
        sync_registry(s, REGISTRY)
    with unit_of_work(session_factory) as s:
        merge_actors(s, "testland-foreign-ministry", "testland", by="test")
    after_merge = _counts(session_factory)
    with unit_of_work(session_factory) as s:
        assert sync_registry(s, REGISTRY) == (0, 3)
    assert _counts(session_factory) == after_merge  # nothing re-created, no moved alias or role dropped
    with session_factory() as s:
        assert s.scalars(select(Actor).where(Actor.slug == "testland-foreign-ministry")).first() is None
        testland = s.scalars(select(Actor).where(Actor.slug == "testland")).one()
        assert "Ministry of Foreign Affairs of Testland" in {a.alias for a in testland.aliases}
        assert s.scalars(select(ActorRole)).one().organisation_id == testland.id
