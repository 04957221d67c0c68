"""``GET /api/v1/authorization/permission-sets``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.permission_set import PermissionSet
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/authorization/permission-sets",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PermissionSet] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_permission_sets_item_data in _response_200:
            componentsschemas_permission_sets_item = PermissionSet.from_dict(
                componentsschemas_permission_sets_item_data
            )

            response_200.append(componentsschemas_permission_sets_item)

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
) -> Response[Error | list[PermissionSet]]:
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
) -> Response[Error | list[PermissionSet]]:
    request = _get_kwargs()
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PermissionSet]]:
    request = _get_kwargs()
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PermissionSet]]:
    """List permission sets.

    Returns the permission sets that roles are composed of.

    ``GET /api/v1/authorization/permission-sets`` (Run:ai API 2.24)

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[PermissionSet]]
    """

    return _send(
        client=client,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PermissionSet] | None:
    """List permission sets.

    Returns the permission sets that roles are composed of.

    ``GET /api/v1/authorization/permission-sets`` (Run:ai API 2.24)

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[PermissionSet]
    """

    return _send(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PermissionSet]]:
    """List permission sets.

    Returns the permission sets that roles are composed of.

    ``GET /api/v1/authorization/permission-sets`` (Run:ai API 2.24)

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[PermissionSet]]
    """

    return await _send_async(
        client=client,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PermissionSet] | None:
    """List permission sets.

    Returns the permission sets that roles are composed of.

    ``GET /api/v1/authorization/permission-sets`` (Run:ai API 2.24)

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[PermissionSet]
    """

    return (
        await _send_async(
            client=client,
        )
    ).parsed
