"""The httpx clients a high-level Run:ai client runs on: auth, retries, timeouts, typed errors.

`RaisingClient.send` raises the typed ApiError for every final non-2xx answer. `send` runs after
the auth flow (so a 401 has already had its one token refresh) and above the retry transport (so
503s have already been retried): what reaches the caller is the last word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .auth import TOKEN_PATHS, BearerTokenAuth, ClientCredentialsAuth, TokenEndpoint
from .errors import araise_for_response, raise_for_response
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

DEFAULT_TIMEOUT = 30.0
FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])


class RaisingClient(httpx.Client):
    """An httpx.Client whose final non-2xx answers raise the typed ApiError."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        raise_for_response(response)
        return response


class AsyncRaisingClient(httpx.AsyncClient):
    """An httpx.AsyncClient whose final non-2xx answers raise the typed ApiError."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        await araise_for_response(response)
        return response


def build_auth(
    base_url: str,
    *,
    token: str | None,
    client_id: str | None,
    client_secret: str | None,
    token_endpoint: TokenEndpoint,
) -> httpx.Auth:
    """A bearer token, or client credentials exchanged at the release's token endpoint."""
    if token is not None:
        if client_id is not None or client_secret is not None:
            raise ValueError("pass either token or client_id/client_secret, not both")
        return BearerTokenAuth(token)
    if client_id is None or client_secret is None:
        raise ValueError("pass token, or both client_id and client_secret")
    return ClientCredentialsAuth(
        client_id,
        client_secret,
        token_url=base_url.rstrip("/") + TOKEN_PATHS[token_endpoint],
        endpoint=token_endpoint,
    )


def sync_session(
    base_url: str,
    *,
    auth: httpx.Auth,
    retry: RetryPolicy | None,
    timeout: float | httpx.Timeout,
    verify: bool | str,
) -> RaisingClient:
    return RaisingClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        transport=RetryTransport(httpx.HTTPTransport(verify=verify), retry),
    )


def async_session(
    base_url: str,
    *,
    auth: httpx.Auth,
    retry: RetryPolicy | None,
    timeout: float | httpx.Timeout,
    verify: bool | str,
) -> AsyncRaisingClient:
    return AsyncRaisingClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        transport=AsyncRetryTransport(httpx.AsyncHTTPTransport(verify=verify), retry),
    )


def undecorated(function: FunctionT) -> FunctionT:
    """The function under a `@deprecated` wrapper, so a caller that warned already calls it
    without a second warning (the wrapper keeps the original in `__wrapped__`)."""
    inner: FunctionT = getattr(function, "__wrapped__", function)
    return inner
