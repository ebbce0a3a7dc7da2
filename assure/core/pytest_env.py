"""A pytest plugin (loaded with -p in pyproject.toml) that runs before Django's settings load.

Production redirects HTTP to HTTPS; tests, including the end-to-end live server whose middleware
is built once at start-up, talk plain HTTP unless they ask for secure=True.
"""
import os

os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
