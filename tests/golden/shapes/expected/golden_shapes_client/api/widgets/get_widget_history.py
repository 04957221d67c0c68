"""``GET /api/v1/widgets/{widgetId}/history``"""

import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created import Created
from ...models.renamed import Renamed
from ...types import UNSET, Response, Unset


def _get_kwargs(
    widget_id: UUID,
    *,
    since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/widgets/{widget_id}/history".format(
            widget_id=quote(str(widget_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Created | Renamed] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> Created | Renamed:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_history_event_type_0 = Created.from_dict(data)

                    return componentsschemas_history_event_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_1 = Renamed.from_dict(data)

                return componentsschemas_history_event_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Created | Renamed]]:
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
    since: datetime.datetime | Unset = UNSET,
) -> Response[list[Created | Renamed]]:
    request = _get_kwargs(
        widget_id=widget_id,
        since=since,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
) -> Response[list[Created | Renamed]]:
    request = _get_kwargs(
        widget_id=widget_id,
        since=since,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
) -> Response[list[Created | Renamed]]:
    """What happened to a widget, oldest first.

    ``GET /api/v1/widgets/{widgetId}/history`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[list[Created | Renamed]]
    """

    return _send(
        widget_id=widget_id,
        client=client,
        since=since,
    )


def sync(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
) -> list[Created | Renamed] | None:
    """What happened to a widget, oldest first.

    ``GET /api/v1/widgets/{widgetId}/history`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        list[Created | Renamed]
    """

    return _send(
        widget_id=widget_id,
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
) -> Response[list[Created | Renamed]]:
    """What happened to a widget, oldest first.

    ``GET /api/v1/widgets/{widgetId}/history`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[list[Created | Renamed]]
    """

    return await _send_async(
        widget_id=widget_id,
        client=client,
        since=since,
    )


async def asyncio(
    widget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
) -> list[Created | Renamed] | None:
    """What happened to a widget, oldest first.

    ``GET /api/v1/widgets/{widgetId}/history`` (Run:ai API 1.0)

    Args:
        widget_id (UUID):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        list[Created | Renamed]
    """

    return (
        await _send_async(
            widget_id=widget_id,
            client=client,
            since=since,
        )
    ).parsed
