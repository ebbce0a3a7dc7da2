"""This app's services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""

CASES = {}
# The index is derived from the records and rebuilt from them at will: writing it records no history and has no
# acting user (the records' own services carry the `by` and the history).
NO_ACTOR = {
    "assure.search.services.index_record": "writes only the search index, derived from the record; no history",
    "assure.search.services.refresh": "rewrites only search index entries, derived from the records; no history",
    "assure.search.services.rebuild": "rebuilds the derived search index from the records; no history",
}
