"""``POST /api/v1/service-accounts/{serviceAccountId}/secret``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.regenerate_service_account_secret_response import (
    RegenerateServiceAccountSecretResponse,
)
from ...types import Response


def _get_kwargs(
    service_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-accounts/{service_account_id}/secret".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegenerateServiceAccountSecretResponse | None:
    if response.status_code == 200:
        response_200 = RegenerateServiceAccountSecretResponse.from_dict(response.json())

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
) -> Response[Error | RegenerateServiceAccountSecretResponse]:
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
) -> Response[Error | RegenerateServiceAccountSecretResponse]:
    request = _get_kwargs(
        service_account_id=service_account_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateServiceAccountSecretResponse]:
    request = _get_kwargs(
        service_account_id=service_account_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateServiceAccountSecretResponse]:
    """Issue a new service account secret.

    Replaces the secret of a service account.

    ``POST /api/v1/service-accounts/{serviceAccountId}/secret`` (Run:ai API 2.24)

    Args:
        service_account_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | RegenerateServiceAccountSecretResponse]
    """

    return _send(
        service_account_id=service_account_id,
        client=client,
    )


def sync(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RegenerateServiceAccountSecretResponse | None:
    """Issue a new service account secret.

    Replaces the secret of a service account.

    ``POST /api/v1/service-accounts/{serviceAccountId}/secret`` (Run:ai API 2.24)

    Args:
        service_account_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | RegenerateServiceAccountSecretResponse
    """

    return _send(
        service_account_id=service_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateServiceAccountSecretResponse]:
    """Issue a new service account secret.

    Replaces the secret of a service account.

    ``POST /api/v1/service-accounts/{serviceAccountId}/secret`` (Run:ai API 2.24)

    Args:
        service_account_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | RegenerateServiceAccountSecretResponse]
    """

    return await _send_async(
        service_account_id=service_account_id,
        client=client,
    )


async def asyncio(
    service_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RegenerateServiceAccountSecretResponse | None:
    """Issue a new service account secret.

    Replaces the secret of a service account.

    ``POST /api/v1/service-accounts/{serviceAccountId}/secret`` (Run:ai API 2.24)

    Args:
        service_account_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | RegenerateServiceAccountSecretResponse
    """

    return (
        await _send_async(
            service_account_id=service_account_id,
            client=client,
        )
    ).parsed
