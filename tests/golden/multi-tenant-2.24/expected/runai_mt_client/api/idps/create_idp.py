"""``POST /api/v1/idps``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.idp_creation_request import IdpCreationRequest
from ...models.idp_post_response import IdpPostResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/idps",
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IdpPostResponse | None:
    if response.status_code == 201:
        response_201 = IdpPostResponse.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | IdpPostResponse]:
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
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Error | IdpPostResponse]:
    request = _get_kwargs(
        body=body,
        tenant_id=tenant_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Error | IdpPostResponse]:
    request = _get_kwargs(
        body=body,
        tenant_id=tenant_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Error | IdpPostResponse]:
    """Add an identity provider.

    Configures a SAML, OIDC or OpenShift identity provider.

    ``POST /api/v1/idps`` (Run:ai API 2.24)

    Args:
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | IdpPostResponse]
    """

    return _send(
        client=client,
        body=body,
        tenant_id=tenant_id,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Error | IdpPostResponse | None:
    """Add an identity provider.

    Configures a SAML, OIDC or OpenShift identity provider.

    ``POST /api/v1/idps`` (Run:ai API 2.24)

    Args:
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | IdpPostResponse
    """

    return _send(
        client=client,
        body=body,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Response[Error | IdpPostResponse]:
    """Add an identity provider.

    Configures a SAML, OIDC or OpenShift identity provider.

    ``POST /api/v1/idps`` (Run:ai API 2.24)

    Args:
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | IdpPostResponse]
    """

    return await _send_async(
        client=client,
        body=body,
        tenant_id=tenant_id,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdpCreationRequest,
    tenant_id: str | Unset = "",
) -> Error | IdpPostResponse | None:
    """Add an identity provider.

    Configures a SAML, OIDC or OpenShift identity provider.

    ``POST /api/v1/idps`` (Run:ai API 2.24)

    Args:
        tenant_id (str | Unset):  Default: ''.
        body (IdpCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | IdpPostResponse
    """

    return (
        await _send_async(
            client=client,
            body=body,
            tenant_id=tenant_id,
        )
    ).parsed
