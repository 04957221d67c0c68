"""``DELETE /api/v1/clusters/{clusterUuid}``"""

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_response import HttpResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_uuid: UUID,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/clusters/{cluster_uuid}".format(
            cluster_uuid=quote(str(cluster_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | HttpResponse | None:
    if response.status_code == 202:
        response_202 = HttpResponse.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error | HttpResponse]:
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
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        force=force,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    request = _get_kwargs(
        cluster_uuid=cluster_uuid,
        force=force,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    """Delete a cluster.

    Starts a graceful deletion of a cluster, or forces an instant one.

    ``DELETE /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error | HttpResponse]
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        force=force,
    )


def sync(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Any | Error | HttpResponse | None:
    """Delete a cluster.

    Starts a graceful deletion of a cluster, or forces an instant one.

    ``DELETE /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error | HttpResponse
    """

    return _send(
        cluster_uuid=cluster_uuid,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    """Delete a cluster.

    Starts a graceful deletion of a cluster, or forces an instant one.

    ``DELETE /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Any | Error | HttpResponse]
    """

    return await _send_async(
        cluster_uuid=cluster_uuid,
        client=client,
        force=force,
    )


async def asyncio(
    cluster_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Any | Error | HttpResponse | None:
    """Delete a cluster.

    Starts a graceful deletion of a cluster, or forces an instant one.

    ``DELETE /api/v1/clusters/{clusterUuid}`` (Run:ai API 2.24)

    Args:
        cluster_uuid (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Any | Error | HttpResponse
    """

    return (
        await _send_async(
            cluster_uuid=cluster_uuid,
            client=client,
            force=force,
        )
    ).parsed
