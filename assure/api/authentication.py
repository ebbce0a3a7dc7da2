"""API tokens: `Authorization: Token <token>`. A token belongs to one user in one partnership and carries that
user's role there (ADR 0146). Only its hash is stored; a revoked token stops working at once."""
from rest_framework import authentication, exceptions

from assure.core.secret_links import hash_token, looks_like_token


class TokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Give the token after 'Token ', with nothing else.")
        token = header[1].decode("ascii", "ignore")
        if not looks_like_token(token):
            raise exceptions.AuthenticationFailed("This token is not valid.")
        from .models import ApiToken

        found = (ApiToken.objects.select_related("user", "partnership")
                 .filter(token_hash=hash_token(token), revoked_at__isnull=True).first())
        if found is None or not found.user.is_active:
            raise exceptions.AuthenticationFailed("This token is not valid: it may have been revoked.")
        role = found.user.partnership_roles.filter(partnership=found.partnership).select_related("partnership").first()
        if role is None:
            raise exceptions.AuthenticationFailed("The token's user no longer has a role in this partnership.")
        request.partnership, request.role = found.partnership, role
        return found.user, found

    def authenticate_header(self, request):
        return self.keyword
