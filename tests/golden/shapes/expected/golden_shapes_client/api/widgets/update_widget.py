"""``PATCH /api/v1/widgets/{widgetId}``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.widget import Widget
from ...models.widget_patch import WidgetPatch
from ...types import Response


def _get_kwargs(
    widget_id: UUID,
    *,
    body: WidgetPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/widgets/{widget_id}".format(
            widget_id=quote(str(widget_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Widget | None:
    if response.status_code == 200:
        response_200 = Widget.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Widget]:
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
    body: WidgetPatch,
) -> Response[Widget]:
    request = _get_kwargs(
        widget_id=widget_id,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetPatch,
) -> Response[Widget]:
    request = _get_kwargs(
        widget_id=widget_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetPatch,
) -> Response[Widget]:
    """Change some fields of a widget.

    ``PATCH /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        body (WidgetPatch):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Widget]
    """

    return _send(
        widget_id=widget_id,
        client=client,
        body=body,
    )


def sync(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetPatch,
) -> Widget | None:
    """Change some fields of a widget.

    ``PATCH /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        body (WidgetPatch):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Widget
    """

    return _send(
        widget_id=widget_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetPatch,
) -> Response[Widget]:
    """Change some fields of a widget.

    ``PATCH /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        body (WidgetPatch):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Widget]
    """

    return await _send_async(
        widget_id=widget_id,
        client=client,
        body=body,
    )


async def asyncio(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetPatch,
) -> Widget | None:
    """Change some fields of a widget.

    ``PATCH /api/v1/widgets/{widgetId}`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        body (WidgetPatch):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Widget
    """

    return (
        await _send_async(
            widget_id=widget_id,
            client=client,
            body=body,
        )
    ).parsed
