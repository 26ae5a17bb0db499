"""Property-based checks of every API endpoint from its own OpenAPI schema (schemathesis).

A bounded number of generated requests per endpoint (`MAX_EXAMPLES`), authenticated,
against the seeded database: no server error, and every response matches its
documented schema.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from app.main import create_app
from app.store import create_token, unit_of_work

MAX_EXAMPLES = 12


@pytest.mark.usefixtures("seeded")
def test_every_endpoint_honours_its_schema(settings, session_factory):
    with unit_of_work(session_factory) as s:
        headers = {"Authorization": f"Bearer {create_token(s, 'schemathesis')}"}
    app = create_app(settings, session_factory=session_factory)  # its writes roll back with the test
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(
                headers=headers,
                checks=[
                    not_a_server_error,
                    response_schema_conformance,
                    status_code_conformance,
                    content_type_conformance,
                ],
            )

        check()


def test_the_schema_says_what_is_accepted(client):
    """What the API refuses is outside the schema (schemathesis ST202): dates are dates, kinds
    are the three kinds, a cursor is base64url, a body needs text, html or url; and the
    exports name their content types (ST105)."""
    schema = client.get("/openapi.json").json()
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/statements"]["get"]["parameters"]}
    assert {"type": "string", "format": "date"} in params["since"]["anyOf"]
    assert {"type": "string", "maxLength": 0} in params["until"]["anyOf"]  # empty: no bound
    assert {"type": "string", "format": "date-time"} in params["changed_since"]["anyOf"]
    assert params["kind"]["items"]["enum"] == ["direct", "indirect", "contact", ""]
    assert params["country"]["items"] == {"type": "string", "maxLength": 200}  # a code, a name or a slug
    assert params["cursor"]["pattern"] == "^[A-Za-z0-9_-]*$"
    body = schema["components"]["schemas"]["ArticleIn"]
    assert [option["required"] for option in body["anyOf"]] == [["text"], ["html"], ["url"]]
    assert body["properties"]["text"]["pattern"] == r"\S"
    for path, media_type in (
        ("/feeds/statements.atom", "application/atom+xml"),
        ("/api/statements.csv", "text/csv"),
        ("/api/statements.ndjson", "application/x-ndjson"),
    ):
        assert media_type in schema["paths"][path]["get"]["responses"]["200"]["content"]
    assert "405" in schema["paths"]["/api/statements/{statement_id}"]["patch"]["responses"]


def test_what_the_schema_refuses_is_refused(client):
    """The other way round (ST201): a value outside the schema is not silently taken."""
    assert client.get("/api/statements", params={"country": "éé"}).status_code == 400
    assert client.get("/api/statements", params={"since": "2024-02-30"}).status_code == 400
    assert (
        client.get("/feeds/statements.atom", params={"since": "x"})
        .headers["content-type"]
        .startswith("application/problem+json")
    )
    with unit_of_work(client.app.state.session_factory) as s:
        headers = {"Authorization": f"Bearer {create_token(s, 'strict')}"}
    for body in ({"rejected": 0}, {"start": False}, {"end": "3"}, {"group": True}):
        assert client.patch("/api/statements/1", json=body, headers=headers).status_code == 422, body
    assert client.patch("/api/statements/1", json={"start": 3.0}, headers=headers).status_code == 404  # an integer
