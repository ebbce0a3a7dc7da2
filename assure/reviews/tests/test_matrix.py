"""The reviews part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as review_urls
from . import matrix


class TestReviewsMatrix(AppMatrix):
    app, urls, matrix = "reviews", review_urls, matrix
