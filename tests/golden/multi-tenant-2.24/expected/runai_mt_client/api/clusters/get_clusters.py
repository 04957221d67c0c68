"""``GET /api/v1/clusters``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.displayed_cluster import DisplayedCluster
from ...models.error import Error
from ...models.get_clusters_verbosity import GetClustersVerbosity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_verbosity: str | Unset = UNSET
    if not isinstance(verbosity, Unset):
        json_verbosity = verbosity.value

    params["verbosity"] = json_verbosity

    params["includeRequestedForDelete"] = include_requested_for_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clusters",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DisplayedCluster] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DisplayedCluster.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[DisplayedCluster]]:
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
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    request = _get_kwargs(
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    request = _get_kwargs(
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    """List clusters.

    Returns the clusters registered in the platform.

    ``GET /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[DisplayedCluster]]
    """

    return _send(
        client=client,
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Error | list[DisplayedCluster] | None:
    """List clusters.

    Returns the clusters registered in the platform.

    ``GET /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[DisplayedCluster]
    """

    return _send(
        client=client,
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    """List clusters.

    Returns the clusters registered in the platform.

    ``GET /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[DisplayedCluster]]
    """

    return await _send_async(
        client=client,
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Error | list[DisplayedCluster] | None:
    """List clusters.

    Returns the clusters registered in the platform.

    ``GET /api/v1/clusters`` (Run:ai API 2.24)

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[DisplayedCluster]
    """

    return (
        await _send_async(
            client=client,
            verbosity=verbosity,
            include_requested_for_delete=include_requested_for_delete,
        )
    ).parsed
