"""Typed ORM models: the database shape of articles, actors and statements."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so migrations can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STATEMENT_KINDS = ("direct", "indirect", "contact")
ACTOR_KINDS = ("person", "institution", "state", "international_organisation", "media", "group")


class ReviewState(StrEnum):
    """Where a statement stands with the editors; stored as its string value."""

    EXTRACTED = "extracted"  # as the extractor found it
    CORRECTED = "corrected"  # fixed by hand: kept as is when its article is re-extracted
    REJECTED = "rejected"  # not a statement, by hand: hidden everywhere, kept so re-extraction does not revive it
    REVIEWED = "reviewed"  # checked by an editor and found right as extracted


REVIEW_STATES = tuple(state.value for state in ReviewState)
# States someone set by hand; re-extraction keeps such statements (see app/store/statements.py).
HAND_STATES = frozenset({ReviewState.CORRECTED, ReviewState.REJECTED, ReviewState.REVIEWED})

# Who may do what: an editor corrects statements and merges actors; an admin also manages
# accounts and API tokens. Reading needs no account.
ROLES = ("editor", "admin")


class ReviewStateType(TypeDecorator[ReviewState]):
    """A `VARCHAR(20)` in the database (the schema is unchanged), a `ReviewState` in Python."""

    impl = String(20)
    cache_ok = True

    def process_bind_param(self, value, _dialect) -> str | None:
        return None if value is None else ReviewState(value).value

    def process_result_value(self, value, _dialect) -> ReviewState | None:
        return None if value is None else ReviewState(value)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    body: Mapped[str] = mapped_column(Text)
    # ISO 639-1 code of the language the body was detected in (None: not detected, or stored
    # before detection). An article the extractor cannot read is stored with it and no statements.
    language: Mapped[str | None] = mapped_column(String(12), index=True)
    # sha256 of the whitespace-folded body: the same text ingested twice is stored once.
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow, index=True
    )

    statements: Mapped[list[Statement]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Statement.start"
    )


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (CheckConstraint(f"kind IN {ACTOR_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    wikidata: Mapped[str | None] = mapped_column(String(20))
    # False for actors the resolver invented from an unknown mention; a registry load confirms them.
    in_registry: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    parent: Mapped[Actor | None] = relationship(remote_side=[id])
    aliases: Mapped[list[ActorAlias]] = relationship(back_populates="actor", cascade="all, delete-orphan")
    roles: Mapped[list[ActorRole]] = relationship(
        back_populates="actor",
        cascade="all, delete-orphan",
        foreign_keys="ActorRole.actor_id",
        order_by="ActorRole.start",
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "normalized", name="actor_normalized"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    normalized: Mapped[str] = mapped_column(String(300), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ActorRole(Base):
    """A dated title ("Secretary of State", US, 2021-01-26 → 2025-01-20)."""

    __tablename__ = "actor_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(60), index=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    country: Mapped[str | None] = mapped_column(String(2))
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)

    actor: Mapped[Actor] = relationship(back_populates="roles", foreign_keys=[actor_id])
    organisation: Mapped[Actor | None] = relationship(foreign_keys=[organisation_id])


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint(f"kind IN {STATEMENT_KINDS}", name="kind"),
        CheckConstraint(f"review_state IN {REVIEW_STATES}", name="review_state"),
        CheckConstraint('"start" >= 0 AND "end" > "start"', name="span"),
        # The timeline's order and keyset pagination (newest first, id breaks ties), with the
        # columns the default filter and the common ones (actor, its country, kind) read: a walk
        # of it tests each statement without visiting the table's row (counting the newest
        # 10,000 of a million: 33 ms through the rows, 2 ms from the index alone).
        Index(
            "ix_statements_timeline",
            "said_on",
            "id",
            "review_state",
            "group_id",
            "is_representative",
            "actor_id",
            "kind",
        ),
        # Covers the whole-selection counts of an actor or a country (statements per month) with
        # the columns the default filter reads, so they never visit the table's rows.
        Index(
            "ix_statements_actor_said_on", "actor_id", "said_on", "id", "review_state", "group_id", "is_representative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(100))
    speaker: Mapped[str | None] = mapped_column(String(300))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    category_code: Mapped[str | None] = mapped_column(String(10))
    category_label: Mapped[str | None] = mapped_column(String(100))
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    # The date the timeline sorts and filters by: the statement's own date, else the article's
    # publication date (given, or found in its URL or dateline), else None: undated, listed after
    # the dated ones and kept out of date charts and feeds. Stored so one index serves order,
    # date filters and keyset pagination.
    said_on: Mapped[dt.date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    review_state: Mapped[ReviewState] = mapped_column(ReviewStateType(), default=ReviewState.EXTRACTED, index=True)
    # Reports of the same utterance in other articles share a group (see app/store/groups.py).
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("statement_groups.id", ondelete="SET NULL", use_alter=True), index=True
    )
    # Whether this report stands for its group in the timeline (it is the group's representative).
    # Kept in step with `StatementGroup.representative` by the attribute events at the end of
    # this module, and stored so the distinct filter is a column test, not a lookup per row.
    is_representative: Mapped[bool] = mapped_column(default=False, server_default=false())
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    # Who corrected the statement by hand (a user's or an API token's name) and when; a
    # corrected, reviewed or rejected statement is kept as is when its article is re-extracted.
    corrected_by: Mapped[str | None] = mapped_column(String(100))
    corrected_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Raised by one with every hand change, and compared on the way in (a form's hidden field,
    # an API `If-Match`): of two editors who opened the same version, the second gets a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow, index=True
    )

    article: Mapped[Article] = relationship(back_populates="statements")
    actor: Mapped[Actor | None] = relationship()
    group: Mapped[StatementGroup | None] = relationship(foreign_keys=[group_id], back_populates="members")
    targets: Mapped[list[StatementTarget]] = relationship(back_populates="statement", cascade="all, delete-orphan")


class StatementGroup(Base):
    """One utterance, however many articles reported it.

    Its id never changes as reports join; the representative is the report
    with the fullest wording, `first_said_on` the earliest date any report gives.
    """

    __tablename__ = "statement_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)
    representative_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL", use_alter=True), index=True
    )
    first_said_on: Mapped[dt.date | None] = mapped_column(Date)  # None: no report is dated
    reports: Mapped[int] = mapped_column(Integer, default=1)
    # Set when someone split or joined the group by hand; automatic grouping then leaves it alone.
    curated: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow, onupdate=_utcnow)

    representative: Mapped[Statement | None] = relationship(foreign_keys=[representative_id], post_update=True)
    members: Mapped[list[Statement]] = relationship(foreign_keys="Statement.group_id", back_populates="group")


class StatementDeletion(Base):
    """A tombstone, so clients syncing with `changed_since` learn which statements are gone.

    Written by the store (app/store/statements.py) for every statement the ORM deletes.
    """

    __tablename__ = "statement_deletions"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(Integer, index=True)
    article_id: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow, index=True)


class StatementTarget(Base):
    """Whom a statement addresses: a country, an actor, or both."""

    __tablename__ = "statement_targets"
    __table_args__ = (CheckConstraint("country IS NOT NULL OR actor_id IS NOT NULL", name="something"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)

    statement: Mapped[Statement] = relationship(back_populates="targets")
    actor: Mapped[Actor | None] = relationship()


class ActorMerge(Base):
    """A record of `source` folded into `target`, so a repeated merge is recognised and answered alike."""

    __tablename__ = "actor_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_slug: Mapped[str] = mapped_column(String(200), unique=True)
    source_name: Mapped[str] = mapped_column(String(300))
    target_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    merged_by: Mapped[str | None] = mapped_column(String(100))
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    statements_moved: Mapped[int] = mapped_column(Integer, default=0)

    target: Mapped[Actor] = relationship()


class ApiToken(Base):
    """A write-access token; only its sha256 is stored.

    A token of a user acts with that user's role (and stops working when the user is disabled);
    a token without a user (`tracker token create` for a script) acts as an editor."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User | None] = relationship()

    @property
    def role(self) -> str | None:
        """The role the token acts with; None when its user is disabled."""
        if self.user is None:
            return "editor"
        return None if self.user.disabled_at is not None else self.user.role


class User(Base):
    """Someone who signs in to correct statements; only an Argon2 hash of the password is stored."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN {ROLES}", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # Set for a generated one-time password: the first sign-in asks for a password of their own.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def active(self) -> bool:
        return self.disabled_at is None


class UserSession(Base):
    """A signed-in browser. Kept in the database, not in a process, so every web worker agrees;
    the cookie holds a random secret of which only the sha256 is stored."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The synchronizer token every changing form of this session carries.
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)

    user: Mapped[User] = relationship()


class LoginFailure(Base):
    """A failed sign-in, counted per account and per address to slow down password guessing;
    in the database so that every web worker counts the same attempts."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_account_at", "account", "at"),
        Index("ix_login_failures_address_at", "address", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class StatementChange(Base):
    """One hand change of a statement: who, when, what (field: [before, after]) and why.

    Kept with the statement (and gone with it), so its permalink and the API show its history."""

    __tablename__ = "statement_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # accept, correct, reject, restore
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str | None] = mapped_column(Text)


class ReadGeneration(Base):
    """The largest id here is a token that changes on every write a cached read depends on.

    Triggers (migration 0010) add a new id whenever statements, their targets or actors'
    countries change, whoever writes, and no id comes twice; a process that cached an answer
    under the token it read may serve it while the token is the same (`app.query.stats`)."""

    __tablename__ = "read_generations"

    id: Mapped[int] = mapped_column(primary_key=True)


@event.listens_for(Session, "before_flush")
def _record_statement_deletions(session: Session, _context, _instances) -> None:
    """Every statement the ORM deletes leaves a tombstone for syncing clients (`changed_since`).

    An invariant of the schema, like a trigger, so it lives with the models: it holds for any
    code that deletes a statement, not only for code that happens to import `app.store`."""
    for obj in session.deleted:
        if isinstance(obj, Statement) and obj.id is not None:
            session.add(StatementDeletion(statement_id=obj.id, article_id=obj.article_id))


@event.listens_for(StatementGroup.representative, "set")
def _flag_new_representative(group: StatementGroup, value, oldvalue, _initiator) -> None:
    if isinstance(oldvalue, Statement) and oldvalue is not value:
        oldvalue.is_representative = False
    if value is not None:
        value.is_representative = True


@event.listens_for(Statement.group, "set")
def _flag_on_group_change(statement: Statement, value, _oldvalue, _initiator) -> None:
    """A report moved to another group (or out of one) stands for it only if it is its representative."""
    statement.is_representative = value is not None and value.representative is statement


SOURCE_KINDS = ("feed", "sitemap")
SOURCE_ITEM_STATES = ("pending", "done", "failed")


class Source(Base):
    """A feed or news sitemap the workers poll (app/pipeline/follow/): where, how often, how it went.

    Everything a worker needs between polls lives here, not in a worker's memory, so any worker on
    any machine can take the next poll: the validators for a conditional GET, the failures in a row
    that set the back-off, and the next time it is due."""

    __tablename__ = "sources"
    __table_args__ = (CheckConstraint(f"kind IN {SOURCE_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="feed")
    interval_seconds: Mapped[int] = mapped_column(Integer, default=900)
    paused: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    # Due when next_run_at has passed (and not paused); the scheduler's one indexed question.
    next_run_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow, index=True)
    # The last poll: when, how it ended (ok, not-modified, error), its HTTP status and the error in words.
    last_fetch_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_outcome: Mapped[str | None] = mapped_column(String(20))
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(1000))
    last_found: Mapped[int] = mapped_column(Integer, default=0)
    last_new: Mapped[int] = mapped_column(Integer, default=0)
    # Conditional GET validators the server gave with the last full answer.
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    # Failed polls in a row: the back-off doubles with each.
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # Totals over the source's life: article links found, articles stored from it, their statements.
    found_total: Mapped[int] = mapped_column(Integer, default=0)
    articles_total: Mapped[int] = mapped_column(Integer, default=0)
    statements_total: Mapped[int] = mapped_column(Integer, default=0)


class SourceItem(Base):
    """One article link a source listed: fetched once, whichever source or worker saw it first.

    The unique URL is what makes a link fetched once however many polls, sources and workers see it;
    the state changes to done in the same transaction that stores the article."""

    __tablename__ = "source_items"
    __table_args__ = (
        CheckConstraint(f"state IN {SOURCE_ITEM_STATES}", name="state"),
        Index("ix_source_items_source_state", "source_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(1000))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    statements: Mapped[int] = mapped_column(Integer, default=0)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class HostSlot(Base):
    """One of a host's fetch slots, leased by whichever worker fetches from it (per-host politeness).

    A worker takes a free slot (`busy_until` passed) for at most one fetch's deadline and hands it
    back as `now + delay`, so no host sees more than its slots' worth of requests at once nor two
    requests on one slot closer than the delay; a worker killed mid-fetch frees its slot when the
    lease runs out. `Retry-After` pushes every slot of the host."""

    __tablename__ = "host_slots"

    host: Mapped[str] = mapped_column(String(300), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    busy_until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
