"""The settings object accepts every spelling of a database URL a user is likely to paste."""

import pytest
from pydantic import ValidationError

from app.config import Settings


@pytest.mark.parametrize(
    "given",
    ["postgres://u@h:5432/db", "postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"],
)
def test_postgresql_urls_all_mean_psycopg(given):
    assert Settings(database_url=given).database_url == "postgresql+psycopg://u@h:5432/db"


def test_sqlite_url_is_kept():
    assert Settings(database_url="sqlite:///./x.db").database_url == "sqlite:///./x.db"


def test_other_databases_are_refused_with_a_reason():
    with pytest.raises(ValidationError, match="DATABASE_URL must be"):
        Settings(database_url="mysql://u@h/db")
