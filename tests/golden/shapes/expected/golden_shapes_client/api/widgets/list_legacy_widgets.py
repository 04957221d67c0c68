"""``GET /api/v1/legacy-widgets`` (deprecated)"""

from http import HTTPStatus
from typing import Any

import httpx
from typing_extensions import deprecated

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.widget import Widget
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/legacy-widgets",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Widget] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Widget.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Widget]]:
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
) -> Response[list[Widget]]:
    request = _get_kwargs()
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Widget]]:
    request = _get_kwargs()
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


@deprecated(
    "GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
    category=DeprecationWarning,
)
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Widget]]:
    """The widgets of the old catalogue.

    Use listWidgets.

    ``GET /api/v1/legacy-widgets`` (Run:ai API 1.0)

    .. deprecated:: 1.0
        GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[list[Widget]]
    """

    return _send(
        client=client,
    )


@deprecated(
    "GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
    category=DeprecationWarning,
)
def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Widget] | None:
    """The widgets of the old catalogue.

    Use listWidgets.

    ``GET /api/v1/legacy-widgets`` (Run:ai API 1.0)

    .. deprecated:: 1.0
        GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        list[Widget]
    """

    return _send(
        client=client,
    ).parsed


@deprecated(
    "GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
    category=DeprecationWarning,
)
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Widget]]:
    """The widgets of the old catalogue.

    Use listWidgets.

    ``GET /api/v1/legacy-widgets`` (Run:ai API 1.0)

    .. deprecated:: 1.0
        GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[list[Widget]]
    """

    return await _send_async(
        client=client,
    )


@deprecated(
    "GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
    category=DeprecationWarning,
)
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Widget] | None:
    """The widgets of the old catalogue.

    Use listWidgets.

    ``GET /api/v1/legacy-widgets`` (Run:ai API 1.0)

    .. deprecated:: 1.0
        GET /api/v1/legacy-widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        list[Widget]
    """

    return (
        await _send_async(
            client=client,
        )
    ).parsed
