import assure.core.tests.test_permission_matrix as m
m.APPS = ["imports"]
from assure.core.tests.test_permission_matrix import test_another_partnership_sees_nothing_even_with_guessed_ids, world, cases, test_each_role_gets_what_its_access_level_allows  # noqa
