"""``PUT /api/v1/clusters/{clusterUuid}``"""

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_update_request import ClusterUpdateRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    cluster_uuid: UUID,
    *,
    body: ClusterUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/clusters/{cluster_uuid}".format(
            cluster_uuid=quote(str(cluster_uuid), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Response[Any | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Response[Any | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Response[Any | Error]:
    """Update a cluster.

    Changes the settings of a cluster.

    ``PUT /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        body (ClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        body=body,
    )


def sync(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Any | Error | None:
    """Update a cluster.

    Changes the settings of a cluster.

    ``PUT /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        body (ClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Response[Any | Error]:
    """Update a cluster.

    Changes the settings of a cluster.

    ``PUT /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        body (ClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error]
    """

    return await _send_async(
        cluster_uuid=cluster_uuid,
        client=client,
        body=body,
    )


async def asyncio(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClusterUpdateRequest,
) -> Any | Error | None:
    """Update a cluster.

    Changes the settings of a cluster.

    ``PUT /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        body (ClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error
    """

    return (
        await _send_async(
            cluster_uuid=cluster_uuid,
            client=client,
            body=body,
        )
    ).parsed
