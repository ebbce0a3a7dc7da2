"""URL kwargs for the central permission matrix (assure/core/tests/test_permission_matrix.py)."""


def url_kwargs(world) -> dict[str, dict]:
    return {"reports:dashboard": {}}
