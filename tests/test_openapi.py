"""Property-based checks of every API endpoint from its own OpenAPI schema (schemathesis).

A bounded number of generated requests per endpoint (`MAX_EXAMPLES`), authenticated,
against the seeded database: no server error, and every response matches its
documented schema.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

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
            case.call_and_validate(headers=headers, checks=[not_a_server_error, response_schema_conformance])

        check()
