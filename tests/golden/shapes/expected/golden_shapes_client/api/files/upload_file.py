"""``POST /api/v1/files``"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_info import FileInfo
from ...models.file_upload import FileUpload
from ...types import Response


def _get_kwargs(
    *,
    body: FileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileInfo | None:
    if response.status_code == 201:
        response_201 = FileInfo.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileInfo]:
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
    body: FileUpload,
) -> Response[FileInfo]:
    request = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
) -> Response[FileInfo]:
    request = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
) -> Response[FileInfo]:
    """Upload a file with a description.

    ``POST /api/v1/files`` (Run:ai API 1.0)

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[FileInfo]
    """

    return _send(
        client=client,
        body=body,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
) -> FileInfo | None:
    """Upload a file with a description.

    ``POST /api/v1/files`` (Run:ai API 1.0)

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        FileInfo
    """

    return _send(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
) -> Response[FileInfo]:
    """Upload a file with a description.

    ``POST /api/v1/files`` (Run:ai API 1.0)

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[FileInfo]
    """

    return await _send_async(
        client=client,
        body=body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
) -> FileInfo | None:
    """Upload a file with a description.

    ``POST /api/v1/files`` (Run:ai API 1.0)

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        FileInfo
    """

    return (
        await _send_async(
            client=client,
            body=body,
        )
    ).parsed
