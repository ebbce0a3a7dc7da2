"""The API token pages' part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as api_urls
from . import matrix


class TestApiMatrix(AppMatrix):
    app, urls, matrix = "api", api_urls, matrix
