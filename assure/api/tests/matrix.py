"""For the central permission matrix: the API token pages. Everyone reads and creates their own tokens; the list of
every token is the business team's. Revoking: a token's owner or the business team; anyone else gets 404, as for
a record they may not see (here the token is the business user's own)."""
from assure.api import services


def url_kwargs(world) -> dict[str, dict]:
    token = services.create_token(partnership=world.partnership, user=world.business_user, name="Matrix dashboard",
                                  by=world.business_user).token
    return {
        "api:token-list": {},
        "api:token-all": {},
        "api:token-revoke": {"pk": token.pk},
    }


EXPECTED = {
    "api:token-revoke": {"business": 200, "member": 404, "read_only": 404},
}
