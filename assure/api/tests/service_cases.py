"""This app's services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""

CASES = {}
NO_ACTOR = {}
