"""Client runtime: authentication, retries, typed errors, pagination and the release check.

This package is copied verbatim into every generated client package as `<package>/runtime/`; it
depends only on the standard library and httpx.
"""

from .auth import BearerTokenAuth, ClientCredentialsAuth, Secret, TokenEndpoint, jwt_expiry
from .errors import (
    ApiError,
    BadRequestError,
    ClientError,
    ConflictError,
    ForbiddenError,
    MethodNotAllowedError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ServiceUnavailableError,
    UnauthorizedError,
    UnprocessableEntityError,
    araise_for_response,
    error_class,
    error_from_response,
    raise_for_response,
    raise_for_status,
)
from .lazy import LazyModule
from .pagination import DEFAULT_PAGE_SIZE, PageView, aiterate_pages, iterate_pages, page_view
from .redact import sanitize_url, scrub
from .retry import (
    IDEMPOTENT_METHODS,
    NO_RETRIES,
    RETRY_ANY_METHOD,
    RETRYABLE_STATUSES,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    parse_retry_after,
)
from .session import (
    DEFAULT_TIMEOUT,
    AsyncRaisingClient,
    RaisingClient,
    async_session,
    build_auth,
    sync_session,
    undecorated,
)
from .version import (
    OnReleaseMismatch,
    ReleaseMismatchError,
    ReleaseMismatchWarning,
    check_release,
    release_line,
)

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "IDEMPOTENT_METHODS",
    "NO_RETRIES",
    "RETRYABLE_STATUSES",
    "RETRY_ANY_METHOD",
    "ApiError",
    "AsyncRaisingClient",
    "AsyncRetryTransport",
    "BadRequestError",
    "BearerTokenAuth",
    "ClientCredentialsAuth",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "LazyModule",
    "MethodNotAllowedError",
    "NotFoundError",
    "OnReleaseMismatch",
    "PageView",
    "RaisingClient",
    "RateLimitedError",
    "ReleaseMismatchError",
    "ReleaseMismatchWarning",
    "RetryPolicy",
    "RetryTransport",
    "Secret",
    "ServerError",
    "ServiceUnavailableError",
    "TokenEndpoint",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "aiterate_pages",
    "araise_for_response",
    "async_session",
    "build_auth",
    "check_release",
    "error_class",
    "error_from_response",
    "iterate_pages",
    "jwt_expiry",
    "page_view",
    "parse_retry_after",
    "raise_for_response",
    "raise_for_status",
    "release_line",
    "sanitize_url",
    "scrub",
    "sync_session",
    "undecorated",
]
