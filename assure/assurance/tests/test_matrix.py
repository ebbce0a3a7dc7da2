"""The assurance part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as assurance_urls
from . import matrix


class TestAssuranceMatrix(AppMatrix):
    app, urls, matrix = "assurance", assurance_urls, matrix
