"""The acting user on every history row (assure/core/audit.py)."""
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from assure.core.audit import History, MissingActor, current_actor, recorded_by, service, system_actor
from assure.core.history import history_rows
from assure.partnerships.models import Organisation, Partnership


@pytest.fixture
def ann(db):
    return get_user_model().objects.create_user(username="ann", first_name="Ann", last_name="Acting")


@pytest.fixture
def ben(db):
    return get_user_model().objects.create_user(username="ben")


@pytest.fixture
def signed_in_request(ben):
    """As HistoryRequestMiddleware leaves it during a web request by ben."""
    HistoricalRecords.context.request = SimpleNamespace(user=ben)
    yield
    del HistoricalRecords.context.request


def authors(model):
    return list(model.history.order_by("history_id").values_list("history_user__username", flat=True))


def test_a_save_delete_and_related_rows_name_the_actor(partnership, ann):
    with recorded_by(ann):
        organisation = Organisation.objects.create(partnership=partnership, name="Fen Council", kind="local_authority")
        organisation.name = "Fenbridge Council"
        organisation.save()
        organisation.delete()
    assert authors(Organisation) == ["ann", "ann", "ann"]


def test_the_actor_passed_wins_over_the_signed_in_user_of_the_request(partnership, ann, signed_in_request):
    Organisation.objects.create(partnership=partnership, name="Before", kind="police")
    with recorded_by(ann):
        Organisation.objects.create(partnership=partnership, name="During", kind="police")
    assert authors(Organisation) == ["ben", "ann"]   # outside a service (the admin) the request's user is kept


def test_simple_historys_bulk_helpers_name_the_actor(partnership, ann):
    with recorded_by(ann):
        made = bulk_create_with_history(
            [Organisation(partnership=partnership, name=f"School {n}", kind="education") for n in range(3)],
            Organisation)
        for organisation in made:
            organisation.short_name = organisation.name[-1]
        bulk_update_with_history(made, Organisation, ["short_name"])
    assert authors(Organisation) == ["ann"] * 6


def test_blocks_nest_and_the_outer_actor_comes_back(ann, ben):
    assert current_actor() is None
    with recorded_by(ann):
        with recorded_by(ben):
            assert current_actor() == ben
        assert current_actor() == ann
    assert current_actor() is None


@pytest.mark.parametrize("who", [None, AnonymousUser(), "unsaved"])
def test_no_usable_actor_is_refused_with_a_clear_error(who):
    who = get_user_model()(username="ghost") if who == "unsaved" else who
    with pytest.raises(MissingActor, match="by="):
        with recorded_by(who):
            pass


@service
def rename(partnership, *, name, by):
    partnership.name = name
    partnership.save()


def test_a_service_runs_as_its_by_and_refuses_none_before_writing(partnership, ann):
    rename(partnership, name="Fenbridge Partnership", by=ann)
    assert authors(Partnership)[-1] == "ann"
    with pytest.raises(MissingActor, match="system_actor"):
        rename(partnership, name="Nobody's", by=None)
    partnership.refresh_from_db()
    assert partnership.name == "Fenbridge Partnership"


def test_a_service_may_take_by_positionally(partnership, ann):
    @service
    def rename_positionally(partnership, name, by):
        partnership.name = name
        partnership.save()

    rename_positionally(partnership, "Fen", ann)
    assert authors(Partnership)[-1] == "ann"


def test_a_function_without_by_cannot_be_a_service():
    with pytest.raises(TypeError, match="must take the acting user as by="):
        service(lambda partnership: None)


def test_the_system_actor_is_one_account_that_cannot_sign_in_and_is_named_in_the_history(partnership):
    system = system_actor()
    assert system_actor().pk == system.pk
    assert not system.is_active and not system.has_usable_password()
    rename(partnership, name="Fenbridge Partnership", by=system)
    assert history_rows(partnership)[0].who == "Assure (system)"


def test_every_model_with_a_history_keeps_it_with_history():
    """A model given a plain HistoricalRecords() would record the request's user, not the service's actor."""
    tracked = {model for model in apps.get_models() if hasattr(model._meta, "simple_history_manager_attribute")}
    assert tracked and tracked <= History.registered
