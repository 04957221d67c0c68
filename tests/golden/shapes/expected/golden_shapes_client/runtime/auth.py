"""Authentication as httpx.Auth: a ready bearer token, or client credentials exchanged for one.

Client credentials (a service account's or application's client id and secret) are exchanged at
`POST /api/v1/token` (JSON `{"grantType": "client_credentials", "clientID", "clientSecret"}` ->
`{"accessToken", "expiresIn"?}`) or, from release 2.24 on, at the OAuth2 endpoint
`POST /api/v2/token` (form `grant_type=client_credentials&client_id&client_secret` ->
`{"access_token", "expires_in"?}`). The token is refreshed shortly before it expires (from
`expiresIn`, else the JWT's `exp` claim), else once on the first 401 answer. One refresh serves all
concurrent callers: threads wait on a threading.Lock, tasks on an asyncio.Lock.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Literal

import httpx

from .errors import ApiError, error_from_response
from .redact import REDACTED, scrub
from .retry import RETRY_ANY_METHOD

TokenEndpoint = Literal["v1", "v2"]
TOKEN_PATHS: dict[TokenEndpoint, str] = {"v1": "/api/v1/token", "v2": "/api/v2/token"}
DEFAULT_REFRESH_MARGIN = 30.0


class Secret:
    """A string that never shows itself in a repr, str or f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__


@dataclasses.dataclass(frozen=True, repr=False)
class _Token:
    value: Secret
    refresh_at: float | None  # time.monotonic() deadline; None = unknown, refresh on 401

    def fresh(self, now: float) -> bool:
        return self.refresh_at is None or now < self.refresh_at


class BearerTokenAuth(httpx.Auth):
    """A ready bearer token, sent as-is; a 401 is the caller's to handle."""

    def __init__(self, token: str) -> None:
        self._token = Secret(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        yield request

    def __repr__(self) -> str:
        return f"BearerTokenAuth(token={REDACTED!r})"


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim (epoch seconds) of a JWT, unverified; None when it is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class ClientCredentialsAuth(httpx.Auth):
    """Exchanges a client id + secret for a bearer token and keeps it fresh."""

    requires_request_body = True  # the request may be sent twice (after a refresh on 401)

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str,
        endpoint: TokenEndpoint = "v1",
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.token_url = token_url
        self.endpoint: TokenEndpoint = endpoint
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._wall_clock = wall_clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsAuth(client_id={self.client_id!r}, client_secret={REDACTED!r}, "
            f"token_url={self.token_url!r}, endpoint={self.endpoint!r})"
        )

    def invalidate(self) -> None:
        """Forget the current token; the next request fetches a new one."""
        self._token = None

    def _usable_token(self) -> _Token | None:
        token = self._token
        return token if token is not None and token.fresh(self._clock()) else None

    def _token_request(self) -> httpx.Request:
        secret = self._client_secret.reveal()
        if self.endpoint == "v2":
            return httpx.Request(
                "POST",
                self.token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.client_id,
                    "client_secret": secret,
                },
                headers={"Accept": "application/json"},
                extensions={RETRY_ANY_METHOD: True},
            )
        return httpx.Request(
            "POST",
            self.token_url,
            json={
                "grantType": "client_credentials",
                "clientID": self.client_id,
                "clientSecret": secret,
            },
            headers={"Accept": "application/json"},
            extensions={RETRY_ANY_METHOD: True},
        )

    def _accept(self, response: httpx.Response) -> _Token:
        """Store the token from a token answer (body already read) or raise a scrubbed ApiError."""
        secrets = (self._client_secret.reveal(),)
        if not response.is_success:
            raise error_from_response(
                status_code=response.status_code,
                method="POST",
                url=self.token_url,
                content=scrub(response.text, secrets).encode(),
                headers=response.headers,
            )
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        value = (
            body.get("accessToken", body.get("access_token")) if isinstance(body, dict) else None
        )
        if not isinstance(value, str) or not value:
            raise ApiError(
                status_code=response.status_code,
                method="POST",
                url=self.token_url,
                body={"message": "the token answer carries no accessToken/access_token"},
            )
        now = self._clock()
        lifetime = body.get("expiresIn", body.get("expires_in"))
        if not isinstance(lifetime, int | float) or isinstance(lifetime, bool):
            exp = jwt_expiry(value)
            lifetime = None if exp is None else exp - self._wall_clock()
        refresh_at = None
        if lifetime is not None:
            margin = min(self._refresh_margin, max(lifetime, 0) / 2)
            refresh_at = now + lifetime - margin
        token = _Token(Secret(value), refresh_at)
        self._token = token
        return token

    def _authorize(self, request: httpx.Request, token: _Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.value.reveal()}"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._usable_token()
        if token is None:
            with self._thread_lock:
                token = self._usable_token()
                if token is None:
                    answer = yield self._token_request()
                    answer.read()
                    token = self._accept(answer)
        self._authorize(request, token)
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        with self._thread_lock:
            current = self._token
            if current is None or current is token:
                answer = yield self._token_request()
                answer.read()
                current = self._accept(answer)
        self._authorize(request, current)
        yield request

    def _lock_for_running_loop(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock_loop is not loop:
            self._async_lock = asyncio.Lock()
            self._async_lock_loop = loop
        return self._async_lock

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        lock = self._lock_for_running_loop()
        token = self._usable_token()
        if token is None:
            async with lock:
                token = self._usable_token()
                if token is None:
                    answer = yield self._token_request()
                    await answer.aread()
                    token = self._accept(answer)
        self._authorize(request, token)
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        async with lock:
            current = self._token
            if current is None or current is token:
                answer = yield self._token_request()
                await answer.aread()
                current = self._accept(answer)
        self._authorize(request, current)
        yield request
