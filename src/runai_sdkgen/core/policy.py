"""The Run:ai deprecation policy: a deprecated item stays for two more releases, then goes."""

from __future__ import annotations

from collections.abc import Sequence

from runai_sdkgen.core.manifest import release_sort_key

RELEASES_KEPT_AFTER_DEPRECATION = 2


def removal_release(deprecated_in: str, known_releases: Sequence[str] = ()) -> str:
    """The first release allowed to drop an item deprecated in `deprecated_in`.

    Uses the product's known release sequence when it reaches that far; beyond it, counts minor
    versions (2.22 -> 2.24), which is how Run:ai numbers releases within a major version.
    """
    ordered = sorted(set(known_releases) | {deprecated_in}, key=release_sort_key)
    index = ordered.index(deprecated_in) + RELEASES_KEPT_AFTER_DEPRECATION
    if index < len(ordered):
        return ordered[index]
    major, minor = release_sort_key(deprecated_in)[:2]
    return f"{major}.{minor + RELEASES_KEPT_AFTER_DEPRECATION}"
