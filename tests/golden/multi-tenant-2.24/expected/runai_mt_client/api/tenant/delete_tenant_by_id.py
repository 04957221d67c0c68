"""``DELETE /api/v1/tenants/{tenantId}``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_tenant import DeletedTenant
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: int,
    *,
    is_hard_delete: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isHardDelete"] = is_hard_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/tenants/{tenant_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedTenant | Error | None:
    if response.status_code == 200:
        response_200 = DeletedTenant.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[DeletedTenant | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> Response[DeletedTenant | Error]:
    request = _get_kwargs(
        tenant_id=tenant_id,
        is_hard_delete=is_hard_delete,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> Response[DeletedTenant | Error]:
    request = _get_kwargs(
        tenant_id=tenant_id,
        is_hard_delete=is_hard_delete,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> Response[DeletedTenant | Error]:
    """Delete a tenant.

    Deletes a tenant; soft delete unless a hard delete is requested.

    ``DELETE /api/v1/tenants/{tenantId}`` (Run:ai API 2.24)

    Args:
        tenant_id (int): Numeric id of a tenant.
        is_hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DeletedTenant | Error]
    """

    return _send(
        tenant_id=tenant_id,
        client=client,
        is_hard_delete=is_hard_delete,
    )


def sync(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> DeletedTenant | Error | None:
    """Delete a tenant.

    Deletes a tenant; soft delete unless a hard delete is requested.

    ``DELETE /api/v1/tenants/{tenantId}`` (Run:ai API 2.24)

    Args:
        tenant_id (int): Numeric id of a tenant.
        is_hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DeletedTenant | Error
    """

    return _send(
        tenant_id=tenant_id,
        client=client,
        is_hard_delete=is_hard_delete,
    ).parsed


async def asyncio_detailed(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> Response[DeletedTenant | Error]:
    """Delete a tenant.

    Deletes a tenant; soft delete unless a hard delete is requested.

    ``DELETE /api/v1/tenants/{tenantId}`` (Run:ai API 2.24)

    Args:
        tenant_id (int): Numeric id of a tenant.
        is_hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DeletedTenant | Error]
    """

    return await _send_async(
        tenant_id=tenant_id,
        client=client,
        is_hard_delete=is_hard_delete,
    )


async def asyncio(
    tenant_id: int,
    *,
    client: AuthenticatedClient | Client,
    is_hard_delete: bool | Unset = False,
) -> DeletedTenant | Error | None:
    """Delete a tenant.

    Deletes a tenant; soft delete unless a hard delete is requested.

    ``DELETE /api/v1/tenants/{tenantId}`` (Run:ai API 2.24)

    Args:
        tenant_id (int): Numeric id of a tenant.
        is_hard_delete (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DeletedTenant | Error
    """

    return (
        await _send_async(
            tenant_id=tenant_id,
            client=client,
            is_hard_delete=is_hard_delete,
        )
    ).parsed
