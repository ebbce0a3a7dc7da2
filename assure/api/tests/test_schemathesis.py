"""Schemathesis against the schema the app serves, through WSGI (no server): for every operation, a few
derandomized examples as the business team, checking that nothing answers 5xx and that every answer (status,
body) is one the schema documents. Bounded: MAX_EXAMPLES per operation, no example database, no deadline."""
import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from .conftest import records_of, token_for

MAX_EXAMPLES = 8
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@pytest.fixture
def wsgi_in_the_test_transaction():
    """Django's WSGI handler closes the database connection between requests; the test client does not. Keep the
    connection (and so the test's transaction and its records) for the test's requests."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_every_operation_answers_as_documented(partnership, business_user, member_user, wsgi_in_the_test_transaction):
    records_of(partnership, business_user, member_user)
    headers = {"Authorization": f"Token {token_for(business_user, partnership)}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", wsgi_in_the_test_transaction)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    ran = {}

    def fuzz(operation):
        ran[operation.label] = 0

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            ran[operation.label] += 1
            case.call_and_validate(headers=headers, checks=CHECKS)

        run()

    for operation in operations:
        fuzz(operation)
    print(f"schemathesis: {len(ran)} operations, {sum(ran.values())} cases")
    assert all(ran.values())
