"""A feed link's token: worked out, never stored (ADR 0145).

token = HMAC-SHA256(SECRET_KEY, link salt), URL-safe base64 without padding: 43 characters, the shape
`assure.core.secret_links.looks_like_token` accepts. The database keeps the salt and the token's hash only."""
import base64
import secrets

from django.utils.crypto import salted_hmac

from assure.core.secret_links import hash_token


def new_salt() -> str:
    return secrets.token_hex(32)


def token_for(salt: str) -> str:
    digest = salted_hmac("assure.calendars.feed", salt, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def hash_for(salt: str) -> str:
    return hash_token(token_for(salt))
