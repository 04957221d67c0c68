"""``GET /api/v1/users``"""

import warnings
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_users_sort_order import GetUsersSortOrder
from ...models.user import User
from ...models.users_filter_sort_fields import UsersFilterSortFields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    json_filter_by: list[str] | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by

    params["filterBy"] = json_filter_by

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[User] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_users_item_data in _response_200:
            componentsschemas_users_item = User.from_dict(componentsschemas_users_item_data)

            response_200.append(componentsschemas_users_item)

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
) -> Response[Error | list[User]]:
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
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Response[Error | list[User]]:
    request = _get_kwargs(
        filter_=filter_,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Response[Error | list[User]]:
    request = _get_kwargs(
        filter_=filter_,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Response[Error | list[User]]:
    """List users.

    Returns platform users, filtered, sorted and paged.

    ``GET /api/v1/users`` (Run:ai API 2.24)

    Args:
        filter_ (str | Unset):
            Deprecated: The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai
            2.24 and due for removal in 2.26.
        filter_by (list[str] | Unset):
        sort_by (UsersFilterSortFields | Unset):
        sort_order (GetUsersSortOrder | Unset):  Default: GetUsersSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 500.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[User]]
    """

    if filter_ is not UNSET:
        warnings.warn(
            "The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai 2.24 and due for removal in 2.26.",
            DeprecationWarning,
            stacklevel=2,
        )

    return _send(
        client=client,
        filter_=filter_,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Error | list[User] | None:
    """List users.

    Returns platform users, filtered, sorted and paged.

    ``GET /api/v1/users`` (Run:ai API 2.24)

    Args:
        filter_ (str | Unset):
            Deprecated: The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai
            2.24 and due for removal in 2.26.
        filter_by (list[str] | Unset):
        sort_by (UsersFilterSortFields | Unset):
        sort_order (GetUsersSortOrder | Unset):  Default: GetUsersSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 500.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[User]
    """

    if filter_ is not UNSET:
        warnings.warn(
            "The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai 2.24 and due for removal in 2.26.",
            DeprecationWarning,
            stacklevel=2,
        )

    return _send(
        client=client,
        filter_=filter_,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Response[Error | list[User]]:
    """List users.

    Returns platform users, filtered, sorted and paged.

    ``GET /api/v1/users`` (Run:ai API 2.24)

    Args:
        filter_ (str | Unset):
            Deprecated: The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai
            2.24 and due for removal in 2.26.
        filter_by (list[str] | Unset):
        sort_by (UsersFilterSortFields | Unset):
        sort_order (GetUsersSortOrder | Unset):  Default: GetUsersSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 500.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Error | list[User]]
    """

    if filter_ is not UNSET:
        warnings.warn(
            "The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai 2.24 and due for removal in 2.26.",
            DeprecationWarning,
            stacklevel=2,
        )

    return await _send_async(
        client=client,
        filter_=filter_,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    sort_by: UsersFilterSortFields | Unset = UNSET,
    sort_order: GetUsersSortOrder | Unset = GetUsersSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 500,
    search: str | Unset = UNSET,
) -> Error | list[User] | None:
    """List users.

    Returns platform users, filtered, sorted and paged.

    ``GET /api/v1/users`` (Run:ai API 2.24)

    Args:
        filter_ (str | Unset):
            Deprecated: The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai
            2.24 and due for removal in 2.26.
        filter_by (list[str] | Unset):
        sort_by (UsersFilterSortFields | Unset):
        sort_order (GetUsersSortOrder | Unset):  Default: GetUsersSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 500.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Error | list[User]
    """

    if filter_ is not UNSET:
        warnings.warn(
            "The query parameter 'filter' of GET /api/v1/users is deprecated since Run:ai 2.24 and due for removal in 2.26.",
            DeprecationWarning,
            stacklevel=2,
        )

    return (
        await _send_async(
            client=client,
            filter_=filter_,
            filter_by=filter_by,
            sort_by=sort_by,
            sort_order=sort_order,
            offset=offset,
            limit=limit,
            search=search,
        )
    ).parsed
