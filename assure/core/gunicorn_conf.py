"""gunicorn's configuration, read by `assure serve` (gunicorn --config python:assure.core.gunicorn_conf)."""
from assure.core.serve import gunicorn_settings

globals().update(gunicorn_settings())
