"""The business plan's part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as plans_urls
from . import matrix


class TestPlansMatrix(AppMatrix):
    app, urls, matrix = "plans", plans_urls, matrix
