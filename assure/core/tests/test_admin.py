"""The admin crosses partnerships: only superusers with a second factor get in."""
from django.contrib.auth import get_user_model
from django.test import Client

from assure.conftest import signed_in_client


def test_admin_refuses_anonymous():
    response = Client().get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_admin_refuses_business_team_even_as_staff(business_user):
    business_user.is_staff = True
    business_user.save()
    response = signed_in_client(business_user).get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_admin_refuses_superuser_without_second_factor(db):
    boss = get_user_model().objects.create_superuser("root", password="correct horse battery staple")
    client = Client()
    client.force_login(boss)
    assert client.get("/admin/").status_code == 302


def test_admin_admits_superuser_with_second_factor(db):
    boss = get_user_model().objects.create_superuser("root", password="correct horse battery staple")
    response = signed_in_client(boss).get("/admin/")
    assert response.status_code == 200
    assert "Meetings" in response.content.decode() and "Actions" in response.content.decode()
