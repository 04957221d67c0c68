"""Checking that the server runs the release this client package was generated for.

The Run:ai control-plane specs 2.22-2.24 expose no version endpoint, so the server's release is
what the caller states (`server_release=`); a mismatch warns, raises or is ignored.
"""

from __future__ import annotations

import warnings
from typing import Literal

OnReleaseMismatch = Literal["warn", "error", "ignore"]


class ReleaseMismatchError(RuntimeError):
    """The server runs another release than this client package was generated for."""


class ReleaseMismatchWarning(UserWarning):
    """The server runs another release than this client package was generated for."""


def release_line(release: str) -> str:
    """The `major.minor` part of a release or version ("2.24.3" -> "2.24")."""
    parts = release.strip().lstrip("v").split(".")
    if len(parts) < 2 or not all(part.isdigit() for part in parts[:2]):
        raise ValueError(f"not a Run:ai release: {release!r} (expected e.g. '2.24')")
    return f"{int(parts[0])}.{int(parts[1])}"


def check_release(
    *,
    package_release: str,
    server_release: str | None,
    distribution: str,
    on_mismatch: OnReleaseMismatch = "warn",
    stacklevel: int = 2,
) -> bool:
    """True when the releases match (or the server's is unknown); else warn, raise or ignore."""
    if on_mismatch not in ("warn", "error", "ignore"):
        raise ValueError(f"on_release_mismatch must be warn, error or ignore, not {on_mismatch!r}")
    if server_release is None:
        return True
    wanted = release_line(server_release)
    if wanted == release_line(package_release):
        return True
    message = (
        f"this client ({distribution} for Run:ai {package_release}) does not match the server's "
        f'release {wanted}; install the matching client: pip install "{distribution}~={wanted}.0"'
    )
    if on_mismatch == "error":
        raise ReleaseMismatchError(message)
    if on_mismatch == "warn":
        warnings.warn(message, ReleaseMismatchWarning, stacklevel=stacklevel + 1)
    return False
