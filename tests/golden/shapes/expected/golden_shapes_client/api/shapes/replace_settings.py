"""``PUT /api/v1/settings``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.settings import Settings
from ...types import Response


def _get_kwargs(
    *,
    body: Settings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/settings",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Settings | None:
    if response.status_code == 200:
        response_200 = Settings.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Settings]:
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
    body: Settings,
) -> Response[Settings]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: Settings,
) -> Response[Settings]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Settings,
) -> Response[Settings]:
    """Replace the settings map.

    ``PUT /api/v1/settings`` (Run:ai API 1.0)

    Args:
        body (Settings):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Settings]
    """

    return _send(
        client=client,
        body=body,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Settings,
) -> Settings | None:
    """Replace the settings map.

    ``PUT /api/v1/settings`` (Run:ai API 1.0)

    Args:
        body (Settings):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Settings
    """

    return _send(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Settings,
) -> Response[Settings]:
    """Replace the settings map.

    ``PUT /api/v1/settings`` (Run:ai API 1.0)

    Args:
        body (Settings):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Settings]
    """

    return await _send_async(
        client=client,
        body=body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Settings,
) -> Settings | None:
    """Replace the settings map.

    ``PUT /api/v1/settings`` (Run:ai API 1.0)

    Args:
        body (Settings):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Settings
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
