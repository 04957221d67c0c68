"""``POST /api/v1/clusters``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_creation_request import ClusterCreationRequest
from ...models.displayed_cluster import DisplayedCluster
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ClusterCreationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clusters",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DisplayedCluster | Error | None:
    if response.status_code == 201:
        response_201 = DisplayedCluster.from_dict(response.json())

        return response_201

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
) -> Response[DisplayedCluster | Error]:
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
    body: ClusterCreationRequest,
) -> Response[DisplayedCluster | Error]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreationRequest,
) -> Response[DisplayedCluster | Error]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreationRequest,
) -> Response[DisplayedCluster | Error]:
    """Register a cluster.

    Registers a new cluster.

    ``POST /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        body (ClusterCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DisplayedCluster | Error]
    """

    return _send(
        client=client,
        body=body,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreationRequest,
) -> DisplayedCluster | Error | None:
    """Register a cluster.

    Registers a new cluster.

    ``POST /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        body (ClusterCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DisplayedCluster | Error
    """

    return _send(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreationRequest,
) -> Response[DisplayedCluster | Error]:
    """Register a cluster.

    Registers a new cluster.

    ``POST /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        body (ClusterCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DisplayedCluster | Error]
    """

    return await _send_async(
        client=client,
        body=body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterCreationRequest,
) -> DisplayedCluster | Error | None:
    """Register a cluster.

    Registers a new cluster.

    ``POST /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        body (ClusterCreationRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DisplayedCluster | Error
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
