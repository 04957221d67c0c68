"""``GET /api/v1/clusters/{clusterUuid}/cluster-install-info``"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_installation_info_response import ClusterInstallationInfoResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_uuid: UUID,
    *,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["remoteClusterUrl"] = remote_cluster_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clusters/{cluster_uuid}/cluster-install-info".format(
            cluster_uuid=quote(str(cluster_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterInstallationInfoResponse | Error | None:
    if response.status_code == 200:
        response_200 = ClusterInstallationInfoResponse.from_dict(response.json())

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
) -> Response[ClusterInstallationInfoResponse | Error]:
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
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> Response[ClusterInstallationInfoResponse | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        version=version,
        remote_cluster_url=remote_cluster_url,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> Response[ClusterInstallationInfoResponse | Error]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        version=version,
        remote_cluster_url=remote_cluster_url,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> Response[ClusterInstallationInfoResponse | Error]:
    """Get cluster installation instructions.

    Returns what is needed to install the cluster component of a given version.

    ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        version (str):
        remote_cluster_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[ClusterInstallationInfoResponse | Error]
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        version=version,
        remote_cluster_url=remote_cluster_url,
    )


def sync(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> ClusterInstallationInfoResponse | Error | None:
    """Get cluster installation instructions.

    Returns what is needed to install the cluster component of a given version.

    ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        version (str):
        remote_cluster_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        ClusterInstallationInfoResponse | Error
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        version=version,
        remote_cluster_url=remote_cluster_url,
    ).parsed


async def asyncio_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> Response[ClusterInstallationInfoResponse | Error]:
    """Get cluster installation instructions.

    Returns what is needed to install the cluster component of a given version.

    ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        version (str):
        remote_cluster_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[ClusterInstallationInfoResponse | Error]
    """

    return await _send_async(
        cluster_uuid=cluster_uuid,
        client=client,
        version=version,
        remote_cluster_url=remote_cluster_url,
    )


async def asyncio(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    version: str,
    remote_cluster_url: str | Unset = UNSET,
) -> ClusterInstallationInfoResponse | Error | None:
    """Get cluster installation instructions.

    Returns what is needed to install the cluster component of a given version.

    ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        version (str):
        remote_cluster_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        ClusterInstallationInfoResponse | Error
    """

    return (
        await _send_async(
            cluster_uuid=cluster_uuid,
            client=client,
            version=version,
            remote_cluster_url=remote_cluster_url,
        )
    ).parsed
