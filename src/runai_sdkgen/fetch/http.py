"""Downloading one spec document over HTTP(S), carefully.

Timeouts, a deadline for the whole response (a server that trickles bytes never trips the read
timeout), retries with exponential backoff and jitter (connect errors, timeouts, 429 with
Retry-After, 500/502/503/504), a size cap enforced while streaming (on decoded bytes, so a gzip
bomb is stopped too), redirects followed by hand (only to https or loopback), conditional
requests (ETag / Last-Modified -> 304) and truncation detection. Credentials in a URL never
reach a message: every URL shown is passed through `redact_url`.
"""

from __future__ import annotations

import email.utils
import ipaddress
import random
import re
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from runai_sdkgen import __version__
from runai_sdkgen.errors import ToolkitError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_DEADLINE = 300.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Query parameters whose values are treated as secrets in anything we print or store.
SECRET_QUERY_KEY = re.compile(
    r"token|key|secret|password|passwd|auth|sig|signature|credential|session", re.IGNORECASE
)
REDACTED = "***"


@dataclass(frozen=True)
class HttpOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # Seconds for one response, from the request to its last byte.
    deadline: float = DEFAULT_DEADLINE
    retries: int = 3
    max_bytes: int = DEFAULT_MAX_BYTES
    verify_tls: bool = True
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Validators:
    """What the server said identifies the content, for the next conditional request."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class HttpDocument:
    """A completed GET: `body` is None when the server answered 304 Not Modified."""

    url: str
    body: bytes | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.body is None


class _RetryableError(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def url_secrets(url: str) -> list[str]:
    """The credential strings a URL carries (userinfo and secret-looking query values)."""
    parts = urlsplit(url)
    found = [s for s in (parts.username, parts.password) if s]
    found += [
        value for key, value in parse_qsl(parts.query) if value and SECRET_QUERY_KEY.search(key)
    ]
    return found


def redact_url(url: str) -> str:
    """The URL without userinfo and with secret query values replaced by `***`."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    if parts.username or parts.password:
        netloc = f"{REDACTED}@{netloc}"
    query = urlencode(
        [
            (key, REDACTED if SECRET_QUERY_KEY.search(key) else value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def scrub(text: str, url: str) -> str:
    """`text` with every credential of `url` replaced, for messages built from library errors."""
    for secret in url_secrets(url):
        text = text.replace(secret, REDACTED)
    return text


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def retry_after_seconds(value: str | None, cap: float, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), within [0, cap]."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(delta, 0.0), cap)


def _caused_by_certificate(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class HttpFetcher:
    """A pooled client for several downloads; use as a context manager."""

    def __init__(
        self,
        options: HttpOptions,
        *,
        sleep: Callable[[float], None] = time.sleep,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.options = options
        self._sleep = sleep
        self._log = log
        self._client = httpx.Client(
            follow_redirects=False,
            verify=options.verify_tls,
            timeout=httpx.Timeout(
                connect=options.connect_timeout,
                read=options.read_timeout,
                write=options.read_timeout,
                pool=options.connect_timeout,
            ),
            headers={"User-Agent": f"runai-sdkgen/{__version__}"},
        )

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, known: Validators | None = None) -> HttpDocument:
        """GET `url` with retries; raise ToolkitError (one line, redacted URL) when it fails."""
        shown = redact_url(url)
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            try:
                return self._get_following_redirects(url, known)
            except _RetryableError as exc:
                if attempt + 1 >= attempts:
                    tries = f"{attempts} attempts" if attempts > 1 else "1 attempt"
                    raise ToolkitError(
                        f"{shown}: {scrub(exc.reason, url)} (gave up after {tries})"
                    ) from None
                delay = exc.retry_after
                if delay is None:
                    ceiling = min(self.options.backoff_max, self.options.backoff_base * 2**attempt)
                    delay = random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not crypto
                if self._log is not None:
                    self._log(
                        f"{shown}: {scrub(exc.reason, url)}; retrying in {delay:.1f} s "
                        f"(attempt {attempt + 2} of {attempts})"
                    )
                self._sleep(delay)
        raise AssertionError("unreachable: the loop returns or raises")

    def _get_following_redirects(self, url: str, known: Validators | None) -> HttpDocument:
        current = url
        for _ in range(self.options.max_redirects + 1):
            target = self._get_once(current, known)
            if isinstance(target, HttpDocument):
                return target
            next_url = urljoin(current, target)
            parts = urlsplit(next_url)
            if parts.scheme == "https" or (
                parts.scheme == "http" and is_loopback_host(parts.hostname)
            ):
                current = next_url
                continue
            raise ToolkitError(
                f"{redact_url(url)}: refusing redirect to {redact_url(next_url)} "
                "(only https or loopback targets are followed)"
            )
        raise ToolkitError(f"{redact_url(url)}: more than {self.options.max_redirects} redirects")

    def _get_once(self, url: str, known: Validators | None) -> HttpDocument | str:
        """One request: the document, or the Location of a redirect to follow."""
        shown = redact_url(url)
        headers: dict[str, str] = {}
        if known is not None and known.etag:
            headers["If-None-Match"] = known.etag
        if known is not None and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return self._read_response(url, response, started)
        except httpx.ConnectTimeout:
            raise _RetryableError("connect timeout") from None
        except httpx.ReadTimeout:
            raise _RetryableError("read timeout") from None
        except (httpx.ConnectError, httpx.PoolTimeout) as exc:
            if _caused_by_certificate(exc):
                # Retrying cannot fix a certificate; say how to proceed instead.
                raise ToolkitError(
                    f"{shown}: TLS certificate verification failed "
                    "(pass --insecure only for a host you trust)"
                ) from None
            raise _RetryableError(f"connection failed: {exc}") from None
        except httpx.RemoteProtocolError as exc:
            raise ToolkitError(f"{shown}: incomplete response: {scrub(str(exc), url)}") from None
        except httpx.HTTPError as exc:
            raise ToolkitError(f"{shown}: {type(exc).__name__}: {scrub(str(exc), url)}") from None

    def _read_response(
        self, url: str, response: httpx.Response, started: float
    ) -> HttpDocument | str:
        shown = redact_url(url)
        status = response.status_code
        if status in REDIRECT_STATUSES:
            location: str = response.headers.get("location", "")
            if not location:
                raise ToolkitError(f"{shown}: HTTP {status} redirect without a Location header")
            return location
        if status in RETRY_STATUSES:
            wait = retry_after_seconds(
                response.headers.get("retry-after"), self.options.retry_after_max
            )
            raise _RetryableError(f"HTTP {status} {response.reason_phrase}", retry_after=wait)
        validators = Validators(
            etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified")
        )
        if status == 304:
            return HttpDocument(url=url, body=None, validators=validators)
        if not 200 <= status < 300:
            raise ToolkitError(f"{shown}: HTTP {status} {response.reason_phrase}")
        body = self._read_body(url, response, started)
        return HttpDocument(url=url, body=body, validators=validators)

    def _read_body(self, url: str, response: httpx.Response, started: float) -> bytes:
        shown = redact_url(url)
        cap = self.options.max_bytes
        declared_header = response.headers.get("content-length")
        declared = int(declared_header) if declared_header and declared_header.isdigit() else None
        encoded = response.headers.get("content-encoding", "identity").lower() != "identity"
        if declared is not None and not encoded and declared > cap:
            raise ToolkitError(
                f"{shown}: response of {declared} bytes exceeds the size cap of {cap} bytes"
            )
        chunks: list[bytes] = []
        received = 0
        deadline = self.options.deadline
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > cap:
                raise ToolkitError(f"{shown}: response exceeds the size cap of {cap} bytes")
            if time.monotonic() - started > deadline:
                raise _RetryableError(f"no complete response within the {deadline:g} s deadline")
            chunks.append(chunk)
        if declared is not None and response.num_bytes_downloaded != declared:
            raise ToolkitError(
                f"{shown}: truncated response: received {response.num_bytes_downloaded} of "
                f"{declared} bytes"
            )
        return b"".join(chunks)
