"""Fixtures shared by every app's tests: a partnership, its users in each role, and an outsider."""
import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice

from assure.core.middleware import SIGNED_IN_AT
from assure.partnerships.models import Body, Organisation, Partnership, Person, Role

# Tests run on a fixed clock: a Monday in term time.
FIXED_NOW = datetime.datetime(2026, 3, 9, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def fixed_clock(request):
    if request.node.get_closest_marker("e2e"):
        yield None
        return
    with time_machine.travel(FIXED_NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def partnership(db):
    return Partnership.objects.create(name="Fenbridge Safeguarding Partnership", slug="fenbridge")


@pytest.fixture
def other_partnership(db):
    return Partnership.objects.create(name="Harrowdale Safeguarding Board", slug="harrowdale")


@pytest.fixture
def organisations(partnership):
    kinds = [("Fenbridge Council", "local_authority"), ("Fenshire Police", "police"),
             ("Fenshire Integrated Care Board", "health"), ("Fenbridge Schools Trust", "education")]
    return {kind: Organisation.objects.create(partnership=partnership, name=name, kind=kind) for name, kind in kinds}


@pytest.fixture
def executive_board(partnership):
    return Body.objects.create(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD)


def make_user(partnership, kind, username, full_name=None):
    user = get_user_model().objects.create_user(username=username, password="correct horse battery staple")
    if partnership is not None:
        Role.objects.create(user=user, partnership=partnership, kind=kind)
        Person.objects.create(partnership=partnership, full_name=full_name or username.title(),
                              initials="".join(w[0] for w in (full_name or username).split()).upper(), user=user)
    return user


@pytest.fixture
def business_user(partnership):
    return make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")


@pytest.fixture
def member_user(partnership):
    return make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")


@pytest.fixture
def readonly_user(partnership):
    return make_user(partnership, Role.Kind.READ_ONLY, "rita", "Rita Reader")


@pytest.fixture
def outsider_user(other_partnership):
    """Business team of another partnership: must see nothing of ours."""
    return make_user(other_partnership, Role.Kind.BUSINESS_TEAM, "otto", "Otto Outsider")


def signed_in_client(user, client=None, enforce_csrf_checks=False) -> Client:
    """A client signed in with password and second factor, as the sign-in pages would leave it."""
    client = client or Client(enforce_csrf_checks=enforce_csrf_checks)
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Backup codes", defaults={"confirmed": True})
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[SIGNED_IN_AT] = datetime.datetime.now(datetime.UTC).timestamp()
    session.save()
    return client


@pytest.fixture
def client_for():
    return signed_in_client


@pytest.fixture(autouse=True)
def test_settings(settings, tmp_path):
    # Production redirects to HTTPS; tests talk plain HTTP unless they ask for secure=True.
    settings.SECURE_SSL_REDIRECT = False
    # The user fixtures hash real passwords; strong hashing would make every test seconds slower.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Uploaded files land in a folder of the test's own.
    settings.MEDIA_ROOT = tmp_path / "media"


def date_boxes(name: str, value: str) -> dict:
    """What a browser posts for a GOV.UK date input typed as 'YYYY-MM-DD' (the parts as typed, even if unreal)."""
    year, month, day = (value.split("-") + ["", "", ""])[:3] if value else ("", "", "")
    return {f"{name}_day": day, f"{name}_month": month, f"{name}_year": year}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, and on PostgreSQL no session left holding it when it is dropped: a browser test's live
    server thread can keep its connection open after the test, and the drop then fails with a warning."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")
