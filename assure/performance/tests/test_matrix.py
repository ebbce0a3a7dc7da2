"""The performance part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as performance_urls
from . import matrix


class TestPerformanceMatrix(AppMatrix):
    app, urls, matrix = "performance", performance_urls, matrix
