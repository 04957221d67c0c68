"""``POST /api/v1/apps`` (deprecated)"""

from http import HTTPStatus
from typing import Any

import httpx
from typing_extensions import deprecated

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_creation_request import ApplicationCreationRequest
from ...models.application_post_response import ApplicationPostResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ApplicationCreationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apps",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPostResponse | Error | None:
    if response.status_code == 201:
        response_201 = ApplicationPostResponse.from_dict(response.json())

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
) -> Response[ApplicationPostResponse | Error]:
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
    body: ApplicationCreationRequest,
) -> Response[ApplicationPostResponse | Error]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreationRequest,
) -> Response[ApplicationPostResponse | Error]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


@deprecated(
    "POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreationRequest,
) -> Response[ApplicationPostResponse | Error]:
    """Add an application.

    Creates an application and returns its client id and secret.

    ``POST /api/v1/apps`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.

    Args:
        body (ApplicationCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[ApplicationPostResponse | Error]
    """

    return _send(
        client=client,
        body=body,
    )


@deprecated(
    "POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreationRequest,
) -> ApplicationPostResponse | Error | None:
    """Add an application.

    Creates an application and returns its client id and secret.

    ``POST /api/v1/apps`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.

    Args:
        body (ApplicationCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        ApplicationPostResponse | Error
    """

    return _send(
        client=client,
        body=body,
    ).parsed


@deprecated(
    "POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreationRequest,
) -> Response[ApplicationPostResponse | Error]:
    """Add an application.

    Creates an application and returns its client id and secret.

    ``POST /api/v1/apps`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.

    Args:
        body (ApplicationCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[ApplicationPostResponse | Error]
    """

    return await _send_async(
        client=client,
        body=body,
    )


@deprecated(
    "POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.",
    category=DeprecationWarning,
)
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreationRequest,
) -> ApplicationPostResponse | Error | None:
    """Add an application.

    Creates an application and returns its client id and secret.

    ``POST /api/v1/apps`` (Run:ai API 2.24)

    .. deprecated:: 2.24
        POST /api/v1/apps is deprecated since Run:ai 2.24 and due for removal in 2.26.

    Args:
        body (ApplicationCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        ApplicationPostResponse | Error
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
