"""The permission matrix: every URL pattern, every role, and a user of another partnership.

Each app lists its URL names with the arguments for one of its records in
`assure/<app>/tests/matrix.py` (url_kwargs(world), and EXPECTED for object-level rules).
A URL that is missing there fails this test, so a new page cannot ship unprotected.
"""
import importlib
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from assure.conftest import make_user, signed_in_client
from assure.partnerships.models import Role

APPS = ["partnerships", "meetings", "actions", "imports", "reviews", "assurance", "performance", "budget", "training",
        "plans", "reports", "jobs", "mail", "calendars", "reminders", "search", "api"]
ROLES = ["business", "member", "read_only"]
# What each access level lets each role do (allowed = any answer but 403/404 or a sign-in redirect).
ALLOWED = {
    "read": {"business", "member", "read_only"},
    "update": {"business", "member"},
    "manage": {"business"},
    # A secret link (core.access.link_view): anyone holding it, signed in or not; tested on its own below.
    "link": {"business", "member", "read_only"},
}
PUBLIC_URLS = {"core:sign-in", "core:sign-in-code", "core:set-up-code"}


def walk(resolver, namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # the Django admin is for superusers only; tested in test_admin
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}"


def partnership_url_names():
    return sorted({name for name in walk(get_resolver()) if name.split(":")[0] in APPS})


@dataclass
class World:
    partnership: object
    other_partnership: object
    business_user: object
    member_user: object
    read_only_user: object
    outsider_user: object

    @property
    def readonly_user(self):
        return self.read_only_user


def matrix_modules():
    modules = []
    for app in APPS:
        try:
            modules.append(importlib.import_module(f"assure.{app}.tests.matrix"))
        except ModuleNotFoundError as exc:
            if exc.name != f"assure.{app}.tests.matrix":
                raise
    return modules


@pytest.fixture
def world(partnership, other_partnership):
    return World(
        partnership=partnership,
        other_partnership=other_partnership,
        business_user=make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business"),
        member_user=make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member"),
        read_only_user=make_user(partnership, Role.Kind.READ_ONLY, "rita", "Rita Reader"),
        outsider_user=make_user(other_partnership, Role.Kind.BUSINESS_TEAM, "otto", "Otto Outsider"),
    )


@pytest.fixture
def cases(world):
    kwargs, expected = {}, {}
    for module in matrix_modules():
        kwargs.update(module.url_kwargs(world))
        expected.update(getattr(module, "EXPECTED", {}))
    return kwargs, expected


def url_for(name, slug, kwargs):
    return reverse(name, kwargs={"slug": slug, **kwargs})


def is_sign_in_redirect(response):
    return response.status_code == 302 and response["Location"].startswith("/sign-in/")


def test_every_partnership_url_is_in_the_matrix(cases):
    kwargs, _ = cases
    missing = [name for name in partnership_url_names() if name not in kwargs]
    assert not missing, f"Add these URL names to their app's tests/matrix.py: {missing}"


def test_every_partnership_view_declares_its_access_level(cases, world):
    kwargs, _ = cases
    unprotected = []
    for name in partnership_url_names():
        if name not in kwargs:
            continue
        view = resolve(url_for(name, world.partnership.slug, kwargs[name])).func
        if getattr(view, "access_level", None) not in ALLOWED:
            unprotected.append(name)
    assert not unprotected, f"Views not wrapped in partnership_view: {unprotected}"


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_its_access_level_allows(cases, world, role):
    kwargs, expected = cases
    client = signed_in_client(getattr(world, f"{role}_user"))
    wrong = []
    for name in partnership_url_names():
        if name not in kwargs:
            continue
        url = url_for(name, world.partnership.slug, kwargs[name])
        response = client.get(url)
        if name in expected and role in expected[name]:
            ok = response.status_code == expected[name][role]
            want = expected[name][role]
        else:
            level = resolve(url).func.access_level
            if role in ALLOWED[level]:
                ok = response.status_code < 500 and response.status_code not in (403, 404) and not is_sign_in_redirect(response)
                want = "allowed"
            else:
                ok = response.status_code == 403
                want = 403
        if not ok:
            wrong.append(f"{name} {url}: got {response.status_code}, want {want}")
    assert not wrong, "\n".join(wrong)


def is_link_page(name, world, kwargs) -> bool:
    return resolve(url_for(name, world.partnership.slug, kwargs[name])).func.access_level == "link"


def test_anonymous_visitors_are_sent_to_sign_in(cases, world):
    kwargs, _ = cases
    client = Client()
    wrong = [name for name in partnership_url_names() if name in kwargs and not is_link_page(name, world, kwargs)
             and not is_sign_in_redirect(client.get(url_for(name, world.partnership.slug, kwargs[name])))]
    assert not wrong, f"Reachable without signing in: {wrong}"


def mangled(token: str) -> str:
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def test_a_secret_link_opens_its_own_page_and_nothing_else(cases, world):
    """Pages opened by a secret link (an evaluation form): the link works with no sign-in, and only under its own
    partnership; a link with one character changed, or under another partnership's address, is not found."""
    kwargs, _ = cases
    anonymous, wrong = Client(), []
    links = [name for name in partnership_url_names() if name in kwargs and is_link_page(name, world, kwargs)]
    for name in links:
        assert "token" in kwargs[name], f"{name}: a link page takes its record from `token`"
        ours = anonymous.get(url_for(name, world.partnership.slug, kwargs[name]))
        if ours.status_code != 200:
            wrong.append(f"{name} with its token: {ours.status_code}")
        for slug, token in ((world.other_partnership.slug, kwargs[name]["token"]),
                            (world.partnership.slug, mangled(kwargs[name]["token"]))):
            response = anonymous.get(url_for(name, slug, {**kwargs[name], "token": token}))
            if response.status_code != 404:
                wrong.append(f"{name} under {slug} with token {token[:6]}…: {response.status_code}")
    assert not wrong, "\n".join(wrong)


def test_another_partnership_sees_nothing_even_with_guessed_ids(cases, world):
    kwargs, _ = cases
    client = signed_in_client(world.outsider_user)
    wrong = []
    for name in partnership_url_names():
        if name not in kwargs or is_link_page(name, world, kwargs):
            continue  # a secret link is the holder's credential; test_a_secret_link_opens_its_own_page_and_nothing_else
        ours = client.get(url_for(name, world.partnership.slug, kwargs[name]))
        if ours.status_code != 404:
            wrong.append(f"{name} under our slug: {ours.status_code}")
        if kwargs[name]:
            # Their own partnership, our record's IDs: must not be found either.
            guessed = client.get(url_for(name, world.other_partnership.slug, kwargs[name]))
            if guessed.status_code != 404:
                wrong.append(f"{name} with guessed IDs under their slug: {guessed.status_code}")
    assert not wrong, "\n".join(wrong)


def test_posting_is_refused_the_same_way(cases, world):
    """A role that may not see a page may not post to it either (CSRF aside)."""
    kwargs, expected = cases
    wrong = []
    for role in ROLES:
        client = signed_in_client(getattr(world, f"{role}_user"))
        for name in partnership_url_names():
            if name not in kwargs:
                continue
            url = url_for(name, world.partnership.slug, kwargs[name])
            level = resolve(url).func.access_level
            if role in ALLOWED[level] and not (name in expected and expected[name].get(role) in (403, 404)):
                continue
            response = client.post(url, {})
            if response.status_code not in (403, 404):
                wrong.append(f"{role} POST {name}: {response.status_code}")
    outsider = signed_in_client(world.outsider_user)
    for name in partnership_url_names():
        if name in kwargs and not is_link_page(name, world, kwargs):
            response = outsider.post(url_for(name, world.partnership.slug, kwargs[name]), {})
            if response.status_code != 404:
                wrong.append(f"outsider POST {name}: {response.status_code}")
    assert not wrong, "\n".join(wrong)


def test_home_needs_sign_in_and_lists_only_own_partnerships(world):
    assert is_sign_in_redirect(Client().get("/"))
    response = signed_in_client(world.outsider_user).get("/")
    assert response.status_code == 302 and response.url == f"/p/{world.other_partnership.slug}/"


@pytest.mark.parametrize("name", sorted(PUBLIC_URLS))
def test_sign_in_pages_are_public(name):
    response = Client().get(reverse(name))
    assert response.status_code in (200, 302)
