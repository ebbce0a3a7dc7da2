"""Each page of the app for each role, using the same records as the central matrix (tests/matrix.py)."""
from types import SimpleNamespace

import pytest
from django.urls import get_resolver, reverse

from assure.core.access import MANAGE, READ, UPDATE

from .matrix import url_kwargs


def _meeting_patterns():
    resolver = get_resolver()
    names = {}
    for pattern in resolver.url_patterns:
        if getattr(pattern, "namespace", None) == "meetings":
            for sub in pattern.url_patterns:
                names[f"meetings:{sub.name}"] = sub.callback
    return names


@pytest.fixture
def world(partnership, business_user, member_user, readonly_user, outsider_user):
    return SimpleNamespace(partnership=partnership, business_user=business_user, member_user=member_user,
                           readonly_user=readonly_user, outsider_user=outsider_user)


def test_matrix_covers_every_url_name(world):
    assert set(url_kwargs(world)) == set(_meeting_patterns())


def test_every_view_declares_an_access_level():
    for name, view in _meeting_patterns().items():
        assert getattr(view, "access_level", None) in (READ, UPDATE, MANAGE), name


EXPECTED = {READ: {"business": True, "member": True, "read_only": True},
            MANAGE: {"business": True, "member": False, "read_only": False}}


@pytest.mark.parametrize("who", ["business", "member", "read_only"])
def test_each_page_answers_each_role(world, client_for, who):
    user = {"business": world.business_user, "member": world.member_user, "read_only": world.readonly_user}[who]
    client = client_for(user)
    views = _meeting_patterns()
    for name, kwargs in url_kwargs(world).items():
        response = client.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs}))
        allowed = EXPECTED[views[name].access_level][who]
        if allowed:
            assert response.status_code in (200, 405), (name, response.status_code)
        else:
            assert response.status_code == 403, (name, response.status_code)


def test_outsider_gets_404_everywhere_also_with_own_slug(world, client_for):
    client = client_for(world.outsider_user)
    for name, kwargs in url_kwargs(world).items():
        ours = client.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs}))
        assert ours.status_code == 404, name
        if kwargs:
            theirs = client.get(reverse(name, kwargs={"slug": "harrowdale", **kwargs}))
            assert theirs.status_code == 404, (name, theirs.status_code)


def test_outsider_post_with_own_slug_is_404(world, client_for):
    client = client_for(world.outsider_user)
    for name, kwargs in url_kwargs(world).items():
        if kwargs:
            response = client.post(reverse(name, kwargs={"slug": "harrowdale", **kwargs}), {})
            assert response.status_code == 404, (name, response.status_code)


def test_anonymous_is_sent_to_sign_in(world, client):
    for name, kwargs in url_kwargs(world).items():
        response = client.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs}))
        assert response.status_code == 302 and "sign-in" in response["Location"], name
