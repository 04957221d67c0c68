"""``GET /api/v1/idps/{idp}/mappers``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mappers import Mappers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    idp: str,
    *,
    tenant_id: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/idps/{idp}/mappers".format(
            idp=quote(str(idp), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Mappers | None:
    if response.status_code == 200:
        response_200 = Mappers.from_dict(response.json())

        return response_200

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
) -> Response[Error | Mappers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Response[Error | Mappers]:
    request = _get_kwargs(
        idp=idp,
        tenant_id=tenant_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Response[Error | Mappers]:
    request = _get_kwargs(
        idp=idp,
        tenant_id=tenant_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Response[Error | Mappers]:
    """Get identity provider mappers.

    Returns how identity provider attributes map to user attributes.

    ``GET /api/v1/idps/{idp}/mappers`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | Mappers]
    """

    return _send(
        idp=idp,
        client=client,
        tenant_id=tenant_id,
    )


def sync(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Error | Mappers | None:
    """Get identity provider mappers.

    Returns how identity provider attributes map to user attributes.

    ``GET /api/v1/idps/{idp}/mappers`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | Mappers
    """

    return _send(
        idp=idp,
        client=client,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Response[Error | Mappers]:
    """Get identity provider mappers.

    Returns how identity provider attributes map to user attributes.

    ``GET /api/v1/idps/{idp}/mappers`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | Mappers]
    """

    return await _send_async(
        idp=idp,
        client=client,
        tenant_id=tenant_id,
    )


async def asyncio(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str | Unset = "",
) -> Error | Mappers | None:
    """Get identity provider mappers.

    Returns how identity provider attributes map to user attributes.

    ``GET /api/v1/idps/{idp}/mappers`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | Mappers
    """

    return (
        await _send_async(
            idp=idp,
            client=client,
            tenant_id=tenant_id,
        )
    ).parsed
