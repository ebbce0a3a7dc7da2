"""Secret links: a URL that opens one record with no sign-in (an evaluation form; later a calendar feed).

Only a hash of the token is stored, so a copy of the database cannot open anyone's form. The token is 32 random
bytes, URL-safe; compare by looking up the hash (an indexed, exact match), never by comparing strings in Python.
"""
import hashlib
import re
import secrets

TOKEN_BYTES = 32
# token_urlsafe(32) gives 43 characters of A-Z a-z 0-9 - _; anything else is not one of ours.
_SHAPE = re.compile(r"^[A-Za-z0-9_-]{43}$")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "ignore")).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token and the hash to store: (token for the link, hash for the database)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def looks_like_token(token: str) -> bool:
    """Cheap check before touching the database: a mangled or truncated link is simply not found."""
    return bool(_SHAPE.match(token or ""))
