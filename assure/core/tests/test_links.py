"""No links to pages the user cannot open: every page each role can open, every link and button on it.

The pages and their records come from the permission matrix; a link must answer the same role with a page
(not 403 or 404), and a button's form must post to a URL whose access level the role holds.
"""
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve, reverse

from assure.conftest import signed_in_client
from assure.core.access import may_open
from assure.core.tests import test_permission_matrix as matrix
from assure.core.tests.test_permission_matrix import ALLOWED, ROLES, partnership_url_names

world, cases = matrix.world, matrix.cases  # the matrix's fixtures: one record of each kind

LINK = re.compile(r'<a\b[^>]*\bhref="([^"#]+)')
FORM = re.compile(r'<form\b[^>]*\baction="([^"#]+)')


def targets(pattern, html):
    for raw in pattern.findall(html):
        path = urlsplit(unescape(raw)).path
        if path.startswith("/p/"):
            yield path


@pytest.mark.parametrize("role", ROLES)
def test_no_page_links_to_a_page_the_role_cannot_open(cases, world, role):
    kwargs, expected = cases
    user = getattr(world, f"{role}_user")
    client = signed_in_client(user)
    the_role = user.partnership_roles.get()
    answers, wrong = {}, []
    for name in partnership_url_names():
        if name not in kwargs:
            continue
        url = reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]})
        if name in expected and role in expected[name]:
            if expected[name][role] != 200:
                continue
        elif role not in ALLOWED[resolve(url).func.access_level]:
            continue
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        for link in set(targets(LINK, html)):
            if link not in answers:
                answers[link] = client.get(link).status_code
            if answers[link] in (403, 404):
                wrong.append(f"{name} links to {link}, which answers {answers[link]}")
        for action in set(targets(FORM, html)):
            try:
                target = resolve(action)
            except Resolver404:
                wrong.append(f"{name} posts to {action}, which is no page")
                continue
            if not may_open(the_role, target.view_name):
                wrong.append(f"{name} shows a button posting to {target.view_name}, which the role cannot use")
    assert not wrong, "\n".join(sorted(set(wrong)))
