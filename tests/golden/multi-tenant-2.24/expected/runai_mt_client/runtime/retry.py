"""Retries with exponential backoff and full jitter, as httpx transport wrappers.

Wrapping the transport (not the client) keeps retries below authentication: a retried request
carries the same, still valid, Authorization header, and the auth flow sees only the final answer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import logging
import random
import time
from collections.abc import Callable

import httpx

from .redact import sanitize_url

logger = logging.getLogger(__name__)

# A request carrying this extension is retried whatever its method (token requests: asking for a
# token twice has no side effect).
RETRY_ANY_METHOD = "runai_retry_any_method"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry.

    `attempts` counts every try including the first (1 = never retry). The wait before retry n
    (n = 1, 2, ...) is uniform in [0, min(backoff_max, backoff_base * 2**(n-1))] ("full jitter"),
    or the server's Retry-After (seconds or HTTP-date) capped at `retry_after_max`. Only
    `methods` are retried on a status; a connect error is retried for any method because the
    request never reached the server. `retry_all_methods=True` opts non-idempotent methods in.
    """

    attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    retry_after_max: float = 60.0
    statuses: frozenset[int] = RETRYABLE_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    retry_all_methods: bool = False

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("RetryPolicy.attempts must be at least 1")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.retry_after_max < 0:
            raise ValueError("RetryPolicy waits must not be negative")

    def allows_method(self, method: str) -> bool:
        return self.retry_all_methods or method.upper() in self.methods

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** (retry_number - 1))
        return rng.uniform(0, ceiling)

    def wait_after_status(
        self, response: httpx.Response, retry_number: int, rng: random.Random
    ) -> float:
        hinted = parse_retry_after(response.headers.get("retry-after"))
        if hinted is not None:
            return min(hinted, self.retry_after_max)
        return self.backoff(retry_number, rng)


NO_RETRIES = RetryPolicy(attempts=1)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now())


def _should_retry_status(policy: RetryPolicy, request: httpx.Request, status: int) -> bool:
    if status not in policy.statuses:
        return False
    return policy.allows_method(request.method) or bool(request.extensions.get(RETRY_ANY_METHOD))


def _log_retry(request: httpx.Request, reason: str, retry_number: int, wait: float) -> None:
    logger.info(
        "retrying %s %s after %s (retry %d) in %.2fs",
        request.method,
        sanitize_url(str(request.url)),
        reason,
        retry_number,
        wait,
    )


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries the wrapped transport according to a RetryPolicy."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._wrapped = wrapped if wrapped is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._rng = rng if rng is not None else random.Random()  # noqa: S311 - jitter, not crypto
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        retry_number = 0
        while True:
            last_try = retry_number + 1 >= self.policy.attempts
            try:
                response = self._wrapped.handle_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                if last_try:
                    raise
                retry_number += 1
                wait = self.policy.backoff(retry_number, self._rng)
                _log_retry(request, type(error).__name__, retry_number, wait)
                self._sleep(wait)
                continue
            if last_try or not _should_retry_status(self.policy, request, response.status_code):
                return response
            retry_number += 1
            wait = self.policy.wait_after_status(response, retry_number, self._rng)
            response.close()
            _log_retry(request, f"status {response.status_code}", retry_number, wait)
            self._sleep(wait)

    def close(self) -> None:
        self._wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of RetryTransport (waits with asyncio.sleep, never blocks the loop)."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self._wrapped = wrapped if wrapped is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._rng = rng if rng is not None else random.Random()  # noqa: S311 - jitter, not crypto

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        retry_number = 0
        while True:
            last_try = retry_number + 1 >= self.policy.attempts
            try:
                response = await self._wrapped.handle_async_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                if last_try:
                    raise
                retry_number += 1
                wait = self.policy.backoff(retry_number, self._rng)
                _log_retry(request, type(error).__name__, retry_number, wait)
                await asyncio.sleep(wait)
                continue
            if last_try or not _should_retry_status(self.policy, request, response.status_code):
                return response
            retry_number += 1
            wait = self.policy.wait_after_status(response, retry_number, self._rng)
            await response.aclose()
            _log_retry(request, f"status {response.status_code}", retry_number, wait)
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._wrapped.aclose()
