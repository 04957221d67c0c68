"""``GET /api/v1/audit/log``"""

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_audit_logs_response_200 import GetAuditLogsResponse200
from ...models.get_audit_logs_sort_by import GetAuditLogsSortBy
from ...models.get_audit_logs_sort_order import GetAuditLogsSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start = start.isoformat()
    params["start"] = json_start

    json_end = end.isoformat()
    params["end"] = json_end

    params["offset"] = offset

    params["numberOfSamples"] = number_of_samples

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_filter_by: list[str] | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by

    params["filterBy"] = json_filter_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit/log",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetAuditLogsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAuditLogsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | GetAuditLogsResponse200]:
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
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Response[Error | GetAuditLogsResponse200]:
    request = _get_kwargs(
        start=start,
        end=end,
        offset=offset,
        number_of_samples=number_of_samples,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Response[Error | GetAuditLogsResponse200]:
    request = _get_kwargs(
        start=start,
        end=end,
        offset=offset,
        number_of_samples=number_of_samples,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Response[Error | GetAuditLogsResponse200]:
    """List audit log records.

    Returns audit records for a time range, filtered and sorted.

    ``GET /api/v1/audit/log`` (Run:ai API 2.24)

    Args:
        start (datetime.datetime):
        end (datetime.datetime):
        offset (int | Unset):
        number_of_samples (int | Unset):  Default: 20.
        sort_order (GetAuditLogsSortOrder | Unset):  Default: GetAuditLogsSortOrder.ASC.
        sort_by (GetAuditLogsSortBy | Unset):
        filter_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | GetAuditLogsResponse200]
    """

    return _send(
        client=client,
        start=start,
        end=end,
        offset=offset,
        number_of_samples=number_of_samples,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Error | GetAuditLogsResponse200 | None:
    """List audit log records.

    Returns audit records for a time range, filtered and sorted.

    ``GET /api/v1/audit/log`` (Run:ai API 2.24)

    Args:
        start (datetime.datetime):
        end (datetime.datetime):
        offset (int | Unset):
        number_of_samples (int | Unset):  Default: 20.
        sort_order (GetAuditLogsSortOrder | Unset):  Default: GetAuditLogsSortOrder.ASC.
        sort_by (GetAuditLogsSortBy | Unset):
        filter_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | GetAuditLogsResponse200
    """

    return _send(
        client=client,
        start=start,
        end=end,
        offset=offset,
        number_of_samples=number_of_samples,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Response[Error | GetAuditLogsResponse200]:
    """List audit log records.

    Returns audit records for a time range, filtered and sorted.

    ``GET /api/v1/audit/log`` (Run:ai API 2.24)

    Args:
        start (datetime.datetime):
        end (datetime.datetime):
        offset (int | Unset):
        number_of_samples (int | Unset):  Default: 20.
        sort_order (GetAuditLogsSortOrder | Unset):  Default: GetAuditLogsSortOrder.ASC.
        sort_by (GetAuditLogsSortBy | Unset):
        filter_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | GetAuditLogsResponse200]
    """

    return await _send_async(
        client=client,
        start=start,
        end=end,
        offset=offset,
        number_of_samples=number_of_samples,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    offset: int | Unset = UNSET,
    number_of_samples: int | Unset = 20,
    sort_order: GetAuditLogsSortOrder | Unset = GetAuditLogsSortOrder.ASC,
    sort_by: GetAuditLogsSortBy | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
) -> Error | GetAuditLogsResponse200 | None:
    """List audit log records.

    Returns audit records for a time range, filtered and sorted.

    ``GET /api/v1/audit/log`` (Run:ai API 2.24)

    Args:
        start (datetime.datetime):
        end (datetime.datetime):
        offset (int | Unset):
        number_of_samples (int | Unset):  Default: 20.
        sort_order (GetAuditLogsSortOrder | Unset):  Default: GetAuditLogsSortOrder.ASC.
        sort_by (GetAuditLogsSortBy | Unset):
        filter_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | GetAuditLogsResponse200
    """

    return (
        await _send_async(
            client=client,
            start=start,
            end=end,
            offset=offset,
            number_of_samples=number_of_samples,
            sort_order=sort_order,
            sort_by=sort_by,
            filter_by=filter_by,
        )
    ).parsed
