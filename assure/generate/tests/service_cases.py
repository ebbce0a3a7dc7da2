"""This app's services for core/tests/test_service_actors.py. The generator writes synthetic partnerships in bulk
for measuring; every row it writes carries its creation history naming its own account, `assure-generator`
(tested in test_generate.py), so none of its functions takes a `by`."""

CASES = {}
NO_ACTOR = {
    "assure.generate.services.generate": "writes synthetic partnerships whose history names the generator account",
    "assure.generate.services.generator_user": "the generator's own inactive account, made once",
    "assure.generate.services.check_arguments": "checks the command's arguments; writes nothing",
    "assure.generate.services.slug_for": "a generated partnership's short name; writes nothing",
}
