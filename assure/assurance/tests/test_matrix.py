"""The assurance part of the permission matrix, run on its own (the central test walks every app)."""
import pytest
from django.test import Client
from django.urls import resolve, reverse

from assure.conftest import signed_in_client

from .. import urls as assurance_urls
from . import matrix

ALLOWED = {"read": {"business", "member", "read_only"}, "update": {"business", "member"}, "manage": {"business"}}


def risk_url_names():
    return sorted(f"assurance:{p.name}" for p in assurance_urls.urlpatterns)


@pytest.fixture
def world(partnership, other_partnership, business_user, member_user, readonly_user, outsider_user):
    class World:
        pass
    w = World()
    w.partnership, w.other_partnership = partnership, other_partnership
    w.business_user, w.member_user, w.readonly_user, w.read_only_user = business_user, member_user, readonly_user, readonly_user
    w.outsider_user = outsider_user
    return w


@pytest.fixture
def kwargs(world):
    return matrix.url_kwargs(world)


def test_every_assurance_url_is_listed(kwargs):
    assert set(risk_url_names()) <= set(kwargs)


@pytest.mark.parametrize("role", ["business", "member", "read_only"])
def test_roles(world, kwargs, role):
    client = signed_in_client({"business": world.business_user, "member": world.member_user,
                               "read_only": world.readonly_user}[role])
    wrong = []
    for name in risk_url_names():
        url = reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]})
        response = client.get(url)
        if role in matrix.EXPECTED.get(name, {}):
            want = matrix.EXPECTED[name][role]
            ok = response.status_code == want
        elif role in ALLOWED[resolve(url).func.access_level]:
            want = "allowed"
            ok = response.status_code < 500 and response.status_code not in (403, 404) and response.status_code != 302
        else:
            want, ok = 403, response.status_code == 403
        if not ok:
            wrong.append(f"{name}: got {response.status_code}, want {want}")
    assert not wrong, "\n".join(wrong)


def test_outsider_and_anonymous(world, kwargs):
    outsider = signed_in_client(world.outsider_user)
    anonymous = Client()
    for name in risk_url_names():
        for slug in (world.partnership.slug, world.other_partnership.slug) if kwargs[name] else (world.partnership.slug,):
            url = reverse(name, kwargs={"slug": slug, **kwargs[name]})
            assert outsider.get(url).status_code == 404, (name, slug)
        response = anonymous.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]}))
        assert response.status_code == 302 and "/sign-in/" in response["Location"], name
