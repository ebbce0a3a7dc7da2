import pytest

from assure.conftest import make_user
from assure.partnerships.models import Role

from .testset import build


@pytest.fixture
def elmsworth(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return build()


@pytest.fixture
def elmsworth_manager(elmsworth):
    return make_user(elmsworth[0], Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
