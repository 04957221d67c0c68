"""``PUT /api/v1/idps/{idp}``"""

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.idp_creation_request import IdpCreationRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    idp: str,
    *,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/idps/{idp}".format(
            idp=quote(str(idp), safe=""),
        ),
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
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
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Any | Error]:
    request = _get_kwargs(
        idp=idp,
        body=body,
        tenant_id=tenant_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Any | Error]:
    request = _get_kwargs(
        idp=idp,
        body=body,
        tenant_id=tenant_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Any | Error]:
    """Update an identity provider.

    Replaces the settings of an identity provider.

    ``PUT /api/v1/idps/{idp}`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return _send(
        idp=idp,
        client=client,
        body=body,
        tenant_id=tenant_id,
    )


def sync(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Any | Error | None:
    """Update an identity provider.

    Replaces the settings of an identity provider.

    ``PUT /api/v1/idps/{idp}`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return _send(
        idp=idp,
        client=client,
        body=body,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Any | Error]:
    """Update an identity provider.

    Replaces the settings of an identity provider.

    ``PUT /api/v1/idps/{idp}`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return await _send_async(
        idp=idp,
        client=client,
        body=body,
        tenant_id=tenant_id,
    )


async def asyncio(
    idp: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Any | Error | None:
    """Update an identity provider.

    Replaces the settings of an identity provider.

    ``PUT /api/v1/idps/{idp}`` (Run:ai API 2.24)

    Args:
        idp (str):
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return (
        await _send_async(
            idp=idp,
            client=client,
            body=body,
            tenant_id=tenant_id,
        )
    ).parsed
