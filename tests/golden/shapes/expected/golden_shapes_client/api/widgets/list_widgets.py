"""``GET /api/v1/widgets``"""

import warnings
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.color import Color
from ...models.list_widgets_sort_order import ListWidgetsSortOrder
from ...models.problem import Problem
from ...models.widget_page import WidgetPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-Id"] = x_request_id

    cookies: dict[str, str] = {}
    if not isinstance(session, Unset):
        cookies["session"] = str(session)

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["filter"] = filter_

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_color: str | Unset = UNSET
    if not isinstance(color, Unset):
        json_color = color.value

    params["color"] = json_color

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/widgets",
        "params": params,
        "cookies": cookies,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WidgetPage:
    if response.status_code == 200:
        response_200 = WidgetPage.from_dict(response.json())

        return response_200

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | WidgetPage]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[Problem | WidgetPage]:
    request = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_order=sort_order,
        color=color,
        verbose=verbose,
        x_request_id=x_request_id,
        session=session,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def _send_async(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[Problem | WidgetPage]:
    request = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_order=sort_order,
        color=color,
        verbose=verbose,
        x_request_id=x_request_id,
        session=session,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[Problem | WidgetPage]:
    """List widgets a page at a time.

    ``GET /api/v1/widgets`` (Run:ai API 1.0)

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        filter_ (str | Unset):
        sort_order (ListWidgetsSortOrder | Unset):  Default: ListWidgetsSortOrder.ASC.
        color (Color | Unset):
        verbose (bool | Unset):
            Deprecated: The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai
            1.0 and due for removal in 1.2.
        x_request_id (UUID | Unset):
        session (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Problem | WidgetPage]
    """

    if verbose is not UNSET:
        warnings.warn(
            "The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
            DeprecationWarning,
            stacklevel=2,
        )

    return _send(
        client=client,
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_order=sort_order,
        color=color,
        verbose=verbose,
        x_request_id=x_request_id,
        session=session,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Problem | WidgetPage | None:
    """List widgets a page at a time.

    ``GET /api/v1/widgets`` (Run:ai API 1.0)

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        filter_ (str | Unset):
        sort_order (ListWidgetsSortOrder | Unset):  Default: ListWidgetsSortOrder.ASC.
        color (Color | Unset):
        verbose (bool | Unset):
            Deprecated: The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai
            1.0 and due for removal in 1.2.
        x_request_id (UUID | Unset):
        session (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Problem | WidgetPage
    """

    if verbose is not UNSET:
        warnings.warn(
            "The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
            DeprecationWarning,
            stacklevel=2,
        )

    return _send(
        client=client,
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_order=sort_order,
        color=color,
        verbose=verbose,
        x_request_id=x_request_id,
        session=session,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[Problem | WidgetPage]:
    """List widgets a page at a time.

    ``GET /api/v1/widgets`` (Run:ai API 1.0)

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        filter_ (str | Unset):
        sort_order (ListWidgetsSortOrder | Unset):  Default: ListWidgetsSortOrder.ASC.
        color (Color | Unset):
        verbose (bool | Unset):
            Deprecated: The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai
            1.0 and due for removal in 1.2.
        x_request_id (UUID | Unset):
        session (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Response[Problem | WidgetPage]
    """

    if verbose is not UNSET:
        warnings.warn(
            "The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
            DeprecationWarning,
            stacklevel=2,
        )

    return await _send_async(
        client=client,
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_order=sort_order,
        color=color,
        verbose=verbose,
        x_request_id=x_request_id,
        session=session,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    filter_: str | Unset = UNSET,
    sort_order: ListWidgetsSortOrder | Unset = ListWidgetsSortOrder.ASC,
    color: Color | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Problem | WidgetPage | None:
    """List widgets a page at a time.

    ``GET /api/v1/widgets`` (Run:ai API 1.0)

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        filter_ (str | Unset):
        sort_order (ListWidgetsSortOrder | Unset):  Default: ListWidgetsSortOrder.ASC.
        color (Color | Unset):
        verbose (bool | Unset):
            Deprecated: The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai
            1.0 and due for removal in 1.2.
        x_request_id (UUID | Unset):
        session (str | Unset):

    Raises:
        errors.UnexpectedStatus: the server answered with a status code the spec does not list
            and the client has raise_on_unexpected_status set.
        httpx.TimeoutException: the request took longer than the client's timeout.

    Returns:
        Problem | WidgetPage
    """

    if verbose is not UNSET:
        warnings.warn(
            "The query parameter 'verbose' of GET /api/v1/widgets is deprecated since Run:ai 1.0 and due for removal in 1.2.",
            DeprecationWarning,
            stacklevel=2,
        )

    return (
        await _send_async(
            client=client,
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_order=sort_order,
            color=color,
            verbose=verbose,
            x_request_id=x_request_id,
            session=session,
        )
    ).parsed
