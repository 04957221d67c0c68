"""Mint an API token for CI through an application (the 2.22 way)."""

import os

import runai_mt_client.api.applications.regenerate_application_secret as regen
from runai_mt_client import AuthenticatedClient, Client
from runai_mt_client.api.applications import create_application as new_app
from runai_mt_client.api.tokens import grant_token
from runai_mt_client.models import ApplicationCreationRequest, TokenRequest, TokenResponse
from runai_mt_client.models.token_request_grant_type_enum import TokenRequestGrantTypeEnum


def application_credentials(admin: AuthenticatedClient) -> tuple[str, str]:
    created = new_app.sync(client=admin, body=ApplicationCreationRequest(name="ci-bot"))  # expect: operation-deprecated@new_app.sync
    if created is None:
        raise SystemExit("could not create the application")
    secret = regen.sync(client=admin, app_id=str(created.id))  # expect: operation-deprecated@regen.sync
    return str(created.id), "" if secret is None else str(secret.secret)


def mint(anonymous: Client, app_id: str, app_secret: str) -> TokenResponse:
    request = TokenRequest(
        grant_type=TokenRequestGrantTypeEnum.APP_TOKEN,
        app_id=app_id,  # expect: field-removal-due@app_id
        app_secret=app_secret,  # expect: field-removal-due@app_secret
    )
    token = grant_token.sync(client=anonymous, body=request)
    if token is None:
        raise SystemExit("no token")
    return token


def export(token: TokenResponse) -> None:
    print(f"export RUNAI_TOKEN={token.access_token}")
    if token.external_token:  # expect: field-removed@external_token
        print(f"export RUNAI_EXTERNAL_TOKEN={token.external_token}")  # expect: field-removed@external_token


if __name__ == "__main__":
    url = os.environ["RUNAI_URL"]
    admin = AuthenticatedClient(base_url=url, token=os.environ["RUNAI_ADMIN_TOKEN"])
    app_id, app_secret = application_credentials(admin)
    export(mint(Client(base_url=url), app_id, app_secret))
