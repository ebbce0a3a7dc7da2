"""A pytest plugin (loaded with -p in pyproject.toml) that runs before Django's settings load.

Production redirects HTTP to HTTPS; tests, including the end-to-end live server whose middleware
is built once at start-up, talk plain HTTP unless they ask for secure=True.
"""
import os

os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# Jobs run at once in the test that starts them; the queue modes themselves are tested in jobs/tests/test_queues.py.
os.environ.setdefault("ASSURE_QUEUE", "immediate")

# Property tests are deterministic (same examples every run) and not timed: two CI workers share two cores,
# so Hypothesis's 200 ms per-example deadline would fail a correct test on a busy machine.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("assure", deadline=None, derandomize=True, print_blob=True)
hypothesis_settings.load_profile("assure")
