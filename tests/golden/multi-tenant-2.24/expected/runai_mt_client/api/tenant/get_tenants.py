"""``GET /api/v1/tenants``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tenant import Tenant
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    deleted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deleted"] = deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tenants",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Tenant] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_tenants_item_data in _response_200:
            componentsschemas_tenants_item = Tenant.from_dict(componentsschemas_tenants_item_data)

            response_200.append(componentsschemas_tenants_item)

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
) -> Response[Error | list[Tenant]]:
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
    deleted: bool | Unset = False,
) -> Response[Error | list[Tenant]]:
    request = _get_kwargs(
        deleted=deleted,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    deleted: bool | Unset = False,
) -> Response[Error | list[Tenant]]:
    request = _get_kwargs(
        deleted=deleted,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deleted: bool | Unset = False,
) -> Response[Error | list[Tenant]]:
    """List tenants.

    Returns every tenant; soft-deleted ones on request.

    ``GET /api/v1/tenants`` (Run:ai API 2.24)

    Args:
        deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[Tenant]]
    """

    return _send(
        client=client,
        deleted=deleted,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    deleted: bool | Unset = False,
) -> Error | list[Tenant] | None:
    """List tenants.

    Returns every tenant; soft-deleted ones on request.

    ``GET /api/v1/tenants`` (Run:ai API 2.24)

    Args:
        deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[Tenant]
    """

    return _send(
        client=client,
        deleted=deleted,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deleted: bool | Unset = False,
) -> Response[Error | list[Tenant]]:
    """List tenants.

    Returns every tenant; soft-deleted ones on request.

    ``GET /api/v1/tenants`` (Run:ai API 2.24)

    Args:
        deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[Tenant]]
    """

    return await _send_async(
        client=client,
        deleted=deleted,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deleted: bool | Unset = False,
) -> Error | list[Tenant] | None:
    """List tenants.

    Returns every tenant; soft-deleted ones on request.

    ``GET /api/v1/tenants`` (Run:ai API 2.24)

    Args:
        deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[Tenant]
    """

    return (
        await _send_async(
            client=client,
            deleted=deleted,
        )
    ).parsed
