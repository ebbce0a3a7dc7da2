"""The imports' newer services' cases for core/tests/test_service_actors.py (the older ones are still there)."""
from django.core.files.uploadedfile import SimpleUploadedFile

from assure.imports import services as imports

from .test_views import MINUTES_TXT

CASES = {
    # The job "imports.many" runs at once in the tests: the drafts it keeps name the person who uploaded the files.
    "assure.imports.services.import_many": lambda w: lambda by: imports.import_many(
        partnership=w.partnership, by=by, uploads=[
            SimpleUploadedFile("jan.txt", MINUTES_TXT.encode()),
            SimpleUploadedFile("feb.txt", MINUTES_TXT.replace("15 January", "12 February").encode())]),
}
NO_ACTOR = {}
