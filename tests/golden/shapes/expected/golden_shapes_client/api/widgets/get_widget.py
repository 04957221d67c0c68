"""``GET /api/v1/widgets/{widgetId}``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.widget import Widget
from ...types import Response


def _get_kwargs(
    widget_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/widgets/{widget_id}".format(
            widget_id=quote(str(widget_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Widget | None:
    if response.status_code == 200:
        response_200 = Widget.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | Widget]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | Widget]:
    request = _get_kwargs(
        widget_id=widget_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | Widget]:
    request = _get_kwargs(
        widget_id=widget_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | Widget]:
    """One widget.

    ``GET /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Problem | Widget]
    """

    return _send(
        widget_id=widget_id,
        client=client,
    )


def sync(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | Widget | None:
    """One widget.

    ``GET /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Problem | Widget
    """

    return _send(
        widget_id=widget_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | Widget]:
    """One widget.

    ``GET /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Problem | Widget]
    """

    return await _send_async(
        widget_id=widget_id,
        client=client,
    )


async def asyncio(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | Widget | None:
    """One widget.

    ``GET /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Problem | Widget
    """

    return (
        await _send_async(
            widget_id=widget_id,
            client=client,
        )
    ).parsed
