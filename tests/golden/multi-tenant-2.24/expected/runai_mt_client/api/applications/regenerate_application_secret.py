"""``POST /api/v1/apps/{appId}/secret`` (deprecated)"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from typing_extensions import deprecated

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.regenerate_application_secret_response_200 import (
    RegenerateApplicationSecretResponse200,
)
from ...types import Response


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps/{app_id}/secret".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegenerateApplicationSecretResponse200 | None:
    if response.status_code == 200:
        response_200 = RegenerateApplicationSecretResponse200.from_dict(response.json())

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
) -> Response[Error | RegenerateApplicationSecretResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateApplicationSecretResponse200]:
    request = _get_kwargs(
        app_id=app_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateApplicationSecretResponse200]:
    request = _get_kwargs(
        app_id=app_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


@deprecated(
    "POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateApplicationSecretResponse200]:
    """Issue a new application secret.

    Replaces the secret of an application.

    ``POST /api/v1/apps/{appId}/secret`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in
        2.26.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | RegenerateApplicationSecretResponse200]
    """

    return _send(
        app_id=app_id,
        client=client,
    )


@deprecated(
    "POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RegenerateApplicationSecretResponse200 | None:
    """Issue a new application secret.

    Replaces the secret of an application.

    ``POST /api/v1/apps/{appId}/secret`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in
        2.26.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | RegenerateApplicationSecretResponse200
    """

    return _send(
        app_id=app_id,
        client=client,
    ).parsed


@deprecated(
    "POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RegenerateApplicationSecretResponse200]:
    """Issue a new application secret.

    Replaces the secret of an application.

    ``POST /api/v1/apps/{appId}/secret`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in
        2.26.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | RegenerateApplicationSecretResponse200]
    """

    return await _send_async(
        app_id=app_id,
        client=client,
    )


@deprecated(
    "POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RegenerateApplicationSecretResponse200 | None:
    """Issue a new application secret.

    Replaces the secret of an application.

    ``POST /api/v1/apps/{appId}/secret`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps/{appId}/secret is deprecated since Run:ai 2.24 and due for removal in
        2.26.

    Args:
        app_id (str):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | RegenerateApplicationSecretResponse200
    """

    return (
        await _send_async(
            app_id=app_id,
            client=client,
        )
    ).parsed
