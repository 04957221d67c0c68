"""``POST /api/v1/shapes``"""

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.circle import Circle
from ...models.square import Square
from ...types import Response


def _get_kwargs(
    *,
    body: Circle | Square,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/shapes",
    }

    if isinstance(body, Circle):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> float | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> float | str:
            return cast(float | str, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[float | str]:
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
    body: Circle | Square,
) -> Response[float | str]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: Circle | Square,
) -> Response[float | str]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Circle | Square,
) -> Response[float | str]:
    """The area of a circle or a square.

    ``POST /api/v1/shapes`` (Run:ai API 1.0)

    Args:
        body (Circle | Square):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[float | str]
    """

    return _send(
        client=client,
        body=body,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Circle | Square,
) -> float | str | None:
    """The area of a circle or a square.

    ``POST /api/v1/shapes`` (Run:ai API 1.0)

    Args:
        body (Circle | Square):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        float | str
    """

    return _send(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Circle | Square,
) -> Response[float | str]:
    """The area of a circle or a square.

    ``POST /api/v1/shapes`` (Run:ai API 1.0)

    Args:
        body (Circle | Square):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[float | str]
    """

    return await _send_async(
        client=client,
        body=body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Circle | Square,
) -> float | str | None:
    """The area of a circle or a square.

    ``POST /api/v1/shapes`` (Run:ai API 1.0)

    Args:
        body (Circle | Square):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        float | str
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
