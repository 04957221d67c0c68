"""``PATCH /api/v1/service-accounts/{serviceAccountId}``"""

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.service_account_patch_request import ServiceAccountPatchRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_account_id: str,
    *,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/service-accounts/{service_account_id}".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Response[Any | Error]:
    request = _get_kwargs(
        service_account_id=service_account_id,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Response[Any | Error]:
    request = _get_kwargs(
        service_account_id=service_account_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Response[Any | Error]:
    """Update a service account.

    Enables or disables a service account.

    ``PATCH /api/v1/service-accounts/{serviceAccountId}`` (Run:ai API 2.24)

    Args:
        service_account_id (str):
        body (ServiceAccountPatchRequest | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return _send(
        service_account_id=service_account_id,
        client=client,
        body=body,
    )


def sync(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Any | Error | None:
    """Update a service account.

    Enables or disables a service account.

    ``PATCH /api/v1/service-accounts/{serviceAccountId}`` (Run:ai API 2.24)

    Args:
        service_account_id (str):
        body (ServiceAccountPatchRequest | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return _send(
        service_account_id=service_account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Response[Any | Error]:
    """Update a service account.

    Enables or disables a service account.

    ``PATCH /api/v1/service-accounts/{serviceAccountId}`` (Run:ai API 2.24)

    Args:
        service_account_id (str):
        body (ServiceAccountPatchRequest | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return await _send_async(
        service_account_id=service_account_id,
        client=client,
        body=body,
    )


async def asyncio(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceAccountPatchRequest | Unset = UNSET,
) -> Any | Error | None:
    """Update a service account.

    Enables or disables a service account.

    ``PATCH /api/v1/service-accounts/{serviceAccountId}`` (Run:ai API 2.24)

    Args:
        service_account_id (str):
        body (ServiceAccountPatchRequest | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return (
        await _send_async(
            service_account_id=service_account_id,
            client=client,
            body=body,
        )
    ).parsed
