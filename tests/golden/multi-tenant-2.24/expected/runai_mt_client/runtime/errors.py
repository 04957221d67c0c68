"""Typed errors for non-2xx answers, carrying the parsed Run:ai error body.

Messages name the method, the URL (credentials and secret-looking query values removed) and the
status; they never include request headers, so a bearer token cannot leak through an exception.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from .redact import sanitize_url
from .retry import parse_retry_after

RAW_TEXT_LIMIT = 2000


class ApiError(Exception):
    """A non-2xx answer from the Run:ai API.

    `code`, `message` and `details` come from the Run:ai error body (`{"code", "message",
    "details"}`) when the answer is JSON; `body` is the parsed JSON (any shape) and `text` the raw
    body (truncated) when it is not JSON.
    """

    status_code: int
    method: str
    url: str
    code: int | None
    message: str | None
    details: Any
    body: Any
    text: str | None

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any = None,
        text: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = sanitize_url(url)
        self.body = body
        self.text = text
        self.code = None
        self.message = None
        self.details = None
        if isinstance(body, Mapping):
            code = body.get("code")
            self.code = code if isinstance(code, int) and not isinstance(code, bool) else None
            message = body.get("message", body.get("error_description", body.get("error")))
            self.message = message if isinstance(message, str) else None
            self.details = body.get("details")
        super().__init__(self._summary())

    def _summary(self) -> str:
        summary = f"{self.method} {self.url} answered {self.status_code}"
        if self.message:
            return f"{summary}: {self.message}"
        if self.text:
            return f"{summary}: {self.text[:200]}"
        return summary

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"method={self.method!r}, url={self.url!r})"
        )


class ClientError(ApiError):
    """A 4xx answer: the request was wrong for this server."""


class BadRequestError(ClientError):
    """400: the server rejected the parameters or the body."""


class UnauthorizedError(ClientError):
    """401: no valid credentials (the token was missing, expired or refused)."""


class ForbiddenError(ClientError):
    """403: the credentials are valid but lack the permission."""


class NotFoundError(ClientError):
    """404: no such resource (or no such endpoint on this server's release)."""


class MethodNotAllowedError(ClientError):
    """405: the endpoint exists but not with this method (often a release mismatch)."""


class ConflictError(ClientError):
    """409: the resource already exists or is in a conflicting state."""


class UnprocessableEntityError(ClientError):
    """422: the body was well-formed but semantically invalid."""


class RateLimitedError(ClientError):
    """429: too many requests; `retry_after` holds the server's hint in seconds when given."""

    retry_after: float | None = None


class ServerError(ApiError):
    """5xx: the server failed; retrying later may help."""


class ServiceUnavailableError(ServerError):
    """502/503/504: the server or a gateway in front of it is temporarily unavailable."""


_ERROR_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
    502: ServiceUnavailableError,
    503: ServiceUnavailableError,
    504: ServiceUnavailableError,
}


def error_class(status_code: int) -> type[ApiError]:
    """The most specific ApiError subclass for a status code."""
    if status_code in _ERROR_BY_STATUS:
        return _ERROR_BY_STATUS[status_code]
    if 400 <= status_code < 500:
        return ClientError
    if 500 <= status_code < 600:
        return ServerError
    return ApiError


def error_from_response(
    *,
    status_code: int,
    method: str,
    url: str,
    content: bytes,
    headers: Mapping[str, str] | None = None,
) -> ApiError:
    """Build the typed error for an answer; the body is parsed as JSON when it is JSON."""
    body: Any = None
    text: str | None = None
    raw = content.decode("utf-8", errors="replace")
    try:
        body = json.loads(raw) if raw.strip() else None
    except ValueError:
        text = raw[:RAW_TEXT_LIMIT]
    error = error_class(status_code)(
        status_code=status_code, method=method, url=url, body=body, text=text
    )
    if isinstance(error, RateLimitedError) and headers is not None:
        error.retry_after = parse_retry_after(_header(headers, "retry-after"))
    return error


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def raise_for_status(
    *,
    status_code: int,
    method: str,
    url: str,
    content: bytes,
    headers: Mapping[str, str] | None = None,
) -> None:
    """Raise the typed error unless the status is 2xx."""
    if not 200 <= status_code < 300:
        raise error_from_response(
            status_code=status_code, method=method, url=url, content=content, headers=headers
        )


def raise_for_response(response: httpx.Response) -> None:
    """Raise the typed error for a raw httpx answer unless it is 2xx (reads the body)."""
    if not response.is_success:
        raise error_from_response(
            status_code=response.status_code,
            method=response.request.method,
            url=str(response.request.url),
            content=response.read(),
            headers=response.headers,
        )


async def araise_for_response(response: httpx.Response) -> None:
    """The async twin of raise_for_response (reads a streamed body asynchronously)."""
    if not response.is_success:
        raise error_from_response(
            status_code=response.status_code,
            method=response.request.method,
            url=str(response.request.url),
            content=await response.aread(),
            headers=response.headers,
        )
