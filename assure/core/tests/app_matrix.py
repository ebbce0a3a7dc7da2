"""One app's part of the permission matrix, run on its own while working on that app (the central
test_permission_matrix.py walks every app). An app's tests/test_matrix.py subclasses `AppMatrix`:

    class TestAssuranceMatrix(AppMatrix):
        app, urls, matrix = "assurance", assurance_urls, matrix
"""
import pytest
from django.test import Client
from django.urls import resolve, reverse

from assure.conftest import signed_in_client

ALLOWED = {"read": {"business", "member", "read_only"}, "update": {"business", "member"}, "manage": {"business"},
           "link": {"business", "member", "read_only"}}


class AppMatrix:
    app: str = ""
    urls = None      # the app's urls module
    matrix = None    # the app's tests/matrix.py: url_kwargs(world) and EXPECTED

    def url_names(self):
        return sorted(f"{self.app}:{p.name}" for p in self.urls.urlpatterns)

    @pytest.fixture
    def world(self, partnership, other_partnership, business_user, member_user, readonly_user, outsider_user):
        class World:
            pass
        w = World()
        w.partnership, w.other_partnership = partnership, other_partnership
        w.business_user, w.member_user, w.readonly_user = business_user, member_user, readonly_user
        w.read_only_user, w.outsider_user = readonly_user, outsider_user
        return w

    @pytest.fixture
    def kwargs(self, world):
        return self.matrix.url_kwargs(world)

    def test_every_url_is_listed(self, kwargs):
        assert set(self.url_names()) <= set(kwargs)

    @pytest.mark.parametrize("role", ["business", "member", "read_only"])
    def test_roles(self, world, kwargs, role):
        client = signed_in_client({"business": world.business_user, "member": world.member_user,
                                   "read_only": world.readonly_user}[role])
        expected, wrong = getattr(self.matrix, "EXPECTED", {}), []
        for name in self.url_names():
            url = reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]})
            status = client.get(url).status_code
            if role in expected.get(name, {}):
                want = expected[name][role]
                ok = status == want
            elif role in ALLOWED[resolve(url).func.access_level]:
                want, ok = "allowed", status < 500 and status not in (302, 403, 404)
            else:
                want, ok = 403, status == 403
            if not ok:
                wrong.append(f"{name}: got {status}, want {want}")
        assert not wrong, "\n".join(wrong)

    def test_outsider_and_anonymous(self, world, kwargs):
        outsider, anonymous = signed_in_client(world.outsider_user), Client()
        for name in self.url_names():
            if resolve(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]})).func.access_level == "link":
                # A secret link opens with no sign-in, only under its own partnership.
                assert anonymous.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]})
                                     ).status_code == 200, name
                assert anonymous.get(reverse(name, kwargs={"slug": world.other_partnership.slug, **kwargs[name]})
                                     ).status_code == 404, name
                continue
            for slug in (world.partnership.slug, world.other_partnership.slug) if kwargs[name] else (world.partnership.slug,):
                assert outsider.get(reverse(name, kwargs={"slug": slug, **kwargs[name]})).status_code == 404, (name, slug)
            response = anonymous.get(reverse(name, kwargs={"slug": world.partnership.slug, **kwargs[name]}))
            assert response.status_code == 302 and "/sign-in/" in response["Location"], name
