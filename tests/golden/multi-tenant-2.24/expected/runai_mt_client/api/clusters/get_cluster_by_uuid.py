"""``GET /api/v1/clusters/{clusterUuid}``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.displayed_cluster import DisplayedCluster
from ...models.error import Error
from ...models.get_cluster_by_uuid_verbosity import GetClusterByUuidVerbosity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_uuid: UUID,
    *,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_verbosity: str | Unset = UNSET
    if not isinstance(verbosity, Unset):
        json_verbosity = verbosity.value

    params["verbosity"] = json_verbosity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clusters/{cluster_uuid}".format(
            cluster_uuid=quote(str(cluster_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DisplayedCluster | Error | None:
    if response.status_code == 200:
        response_200 = DisplayedCluster.from_dict(response.json())

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
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> Response[DisplayedCluster | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        verbosity=verbosity,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> Response[DisplayedCluster | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        verbosity=verbosity,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> Response[DisplayedCluster | Error]:
    """Get a cluster.

    Returns one cluster by its UUID.

    ``GET /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        verbosity (GetClusterByUuidVerbosity | Unset):  Default: GetClusterByUuidVerbosity.FULL.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DisplayedCluster | Error]
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        verbosity=verbosity,
    )


def sync(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> DisplayedCluster | Error | None:
    """Get a cluster.

    Returns one cluster by its UUID.

    ``GET /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        verbosity (GetClusterByUuidVerbosity | Unset):  Default: GetClusterByUuidVerbosity.FULL.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DisplayedCluster | Error
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        verbosity=verbosity,
    ).parsed


async def asyncio_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> Response[DisplayedCluster | Error]:
    """Get a cluster.

    Returns one cluster by its UUID.

    ``GET /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        verbosity (GetClusterByUuidVerbosity | Unset):  Default: GetClusterByUuidVerbosity.FULL.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[DisplayedCluster | Error]
    """

    return await _send_async(
        cluster_uuid=cluster_uuid,
        client=client,
        verbosity=verbosity,
    )


async def asyncio(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClusterByUuidVerbosity | Unset = GetClusterByUuidVerbosity.FULL,
) -> DisplayedCluster | Error | None:
    """Get a cluster.

    Returns one cluster by its UUID.

    ``GET /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        verbosity (GetClusterByUuidVerbosity | Unset):  Default: GetClusterByUuidVerbosity.FULL.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        DisplayedCluster | Error
    """

    return (
        await _send_async(
            cluster_uuid=cluster_uuid,
            client=client,
            verbosity=verbosity,
        )
    ).parsed
