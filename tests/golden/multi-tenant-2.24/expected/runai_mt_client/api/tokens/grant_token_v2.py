"""``POST /api/v2/token``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.grant_token_v2_body import GrantTokenV2Body
from ...models.o_auth_2_error import OAuth2Error
from ...models.o_auth_2_token_response import OAuth2TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GrantTokenV2Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/token",
    }
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    if response.status_code == 200:
        response_200 = OAuth2TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuth2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuth2Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    """Request an access token (OAuth2).

    Issues tokens through a standard OAuth2 form-encoded token request.

    ``POST /api/v2/token`` (Run:ai API 2.24)

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | OAuth2Error | OAuth2TokenResponse]
    """

    return _send(
        client=client,
        body=body,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    """Request an access token (OAuth2).

    Issues tokens through a standard OAuth2 form-encoded token request.

    ``POST /api/v2/token`` (Run:ai API 2.24)

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | OAuth2Error | OAuth2TokenResponse
    """

    return _send(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    """Request an access token (OAuth2).

    Issues tokens through a standard OAuth2 form-encoded token request.

    ``POST /api/v2/token`` (Run:ai API 2.24)

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | OAuth2Error | OAuth2TokenResponse]
    """

    return await _send_async(
        client=client,
        body=body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    """Request an access token (OAuth2).

    Issues tokens through a standard OAuth2 form-encoded token request.

    ``POST /api/v2/token`` (Run:ai API 2.24)

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | OAuth2Error | OAuth2TokenResponse
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
