from enum import StrEnum


class IdpType(StrEnum):
    OIDC = "oidc"
    OPENSHIFT_V4 = "openshift-v4"
    SAML = "saml"

    def __str__(self) -> str:
        return str(self.value)
