"""Search's part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as search_urls
from . import matrix


class TestSearchMatrix(AppMatrix):
    app, urls, matrix = "search", search_urls, matrix
