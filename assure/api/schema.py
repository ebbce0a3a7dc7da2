"""The OpenAPI schema (drf-spectacular): every operation documents the one error shape (errors.py) for the
statuses it can answer, and the token scheme, so generated clients and Schemathesis know them."""
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


class ErrorBodySerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status, repeated")
    code = serializers.CharField(help_text="A short code: invalid, not_authenticated, authentication_failed, "
                                           "permission_denied, not_found, conflict, throttled...")
    message = serializers.CharField(help_text="What went wrong, in words a person can act on")
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()),
                                   help_text="For 400: each field at fault and its messages; else empty")


class ErrorSerializer(serializers.Serializer):
    error = ErrorBodySerializer()


ERROR_DESCRIPTIONS = {
    "400": "The request was refused: `error.fields` names each field at fault. Nothing was written.",
    "401": "No token, or a token that is not valid (revoked, mistyped, its user deactivated).",
    "403": "The token's role does not allow this.",
    "404": "No such record in the token's partnership (or one the token's user may not see).",
    "409": "The record changed since the version given: read it again and retry. Nothing was written.",
    "429": "Too many requests: wait the number of seconds in Retry-After.",
}


class AssureAutoSchema(AutoSchema):
    def _error_codes(self) -> list[str]:
        codes = ["401", "403", "404", "429"]
        has_id = "{id}" in self.path
        if self.method in ("POST", "PUT", "PATCH") or self.method == "GET" and not has_id:
            codes.append("400")     # a bad body, or a filter not understood
        if self.method in ("POST", "PUT", "PATCH"):
            codes.append("409")
        return codes

    def _get_response_bodies(self, direction="response"):
        bodies = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code not in bodies:
                body = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                body["description"] = ERROR_DESCRIPTIONS[code]
                bodies[code] = body
        return bodies


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "assure.api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "`Token <token>`: create a token on the 'Your API tokens' page of the partnership. "
                               "It acts as you, with your role, in that partnership only."}
