"""``GET /api/v1/files/{fileId}/archive``"""

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/files/{file_id}/archive".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


# The public functions below warn, then call these; calling one public function from another
# would warn twice.
def _send(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    request = _get_kwargs(
        file_id=file_id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    request = _get_kwargs(
        file_id=file_id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """The file packed in a tar archive.

    ``GET /api/v1/files/{fileId}/archive`` (Run:ai API 1.0)

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[File]
    """

    return _send(
        file_id=file_id,
        client=client,
    )


def sync(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """The file packed in a tar archive.

    ``GET /api/v1/files/{fileId}/archive`` (Run:ai API 1.0)

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        File
    """

    return _send(
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """The file packed in a tar archive.

    ``GET /api/v1/files/{fileId}/archive`` (Run:ai API 1.0)

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[File]
    """

    return await _send_async(
        file_id=file_id,
        client=client,
    )


async def asyncio(
    file_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """The file packed in a tar archive.

    ``GET /api/v1/files/{fileId}/archive`` (Run:ai API 1.0)

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        File
    """

    return (
        await _send_async(
            file_id=file_id,
            client=client,
        )
    ).parsed
