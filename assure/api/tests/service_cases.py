"""This app's services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
from assure.api import services


def a_token(w):
    return services.create_token(partnership=w.partnership, user=w.setup, name="Dashboard", by=w.setup).token


CASES = {
    "assure.api.services.create_token": lambda w: (
        lambda by: services.create_token(partnership=w.partnership, user=by, name="Dashboard", by=by)),
    "assure.api.services.revoke_token": lambda w: (lambda t: lambda by: services.revoke_token(t, by=by))(a_token(w)),
}
NO_ACTOR = {
    "assure.api.services.may_revoke": "a rule; writes nothing",
}
