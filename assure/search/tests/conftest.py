from contextlib import contextmanager

import pytest
from django.db import connection

from assure.conftest import make_user
from assure.partnerships.models import Role
from assure.search.signals import PendingIndex

from .testset import build


def commit_index():
    """What a commit does for the index: run the pending index callbacks (a test's transaction never commits)."""
    pending = [entry for entry in connection.run_on_commit if isinstance(entry[1], PendingIndex)]
    connection.run_on_commit = [entry for entry in connection.run_on_commit if entry not in pending]
    for _sids, callback, _robust in pending:
        callback()


@pytest.fixture
def elmsworth(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    world = build()
    commit_index()
    return world


@pytest.fixture
def elmsworth_manager(elmsworth):
    return make_user(elmsworth[0], Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")


@contextmanager
def _committed():
    yield
    commit_index()


@pytest.fixture
def committed():
    """`with committed(): ...` indexes what the block wrote when it ends, as its commit would."""
    return _committed
