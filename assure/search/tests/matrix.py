"""For the central permission matrix: the search page. Every role of the partnership may search (each sees only
what it may see, tested in test_confidentiality); another partnership's users get 404."""


def url_kwargs(world) -> dict[str, dict]:
    return {"search:results": {}}
