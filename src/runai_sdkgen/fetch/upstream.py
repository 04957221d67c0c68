"""What every source reader returns, what it may use, and the `$ref` checks every fetched
document passes before the stage keeps it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from runai_sdkgen.core.lock import LockedSource, LockEntry
from runai_sdkgen.core.manifest import Release
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.http import Validators
from runai_sdkgen.spec import load as specio


@dataclass(frozen=True)
class Upstream:
    """An upstream document as delivered: `raw` becomes the snapshot, `source` its lock origin."""

    raw: bytes
    spec: specio.Spec
    origin: str
    source: LockedSource
    validators: Validators | None = None


@dataclass(frozen=True)
class SourceRequest:
    """What a reader may use: the release, its current snapshot, and how to reach upstream.

    `pinned` is the lock entry when the snapshot is exactly what it records (only then do
    conditional requests make sense). `mirror` replaces every release's manifest source.
    """

    release: Release
    specs_dir: Path
    snapshot: bytes | None
    shown_snapshot: str
    pinned: LockEntry | None
    mirror: str | None
    allow_remote_refs: bool
    # Only local files: the snapshot of an embedded release (or one with an embedded fallback).
    offline: bool = False


def check_refs(spec: specio.Spec, origin: str, *, allow_remote: bool) -> str | None:
    """The JSON pointer of the first remote `$ref`, if allowed; raise if it is not.

    A local `$ref` to nothing is an error too (the validator would crash on it).
    """
    dangling = first_dangling_ref(spec)
    if dangling is not None:
        pointer, ref = dangling
        raise ToolkitError(f"{origin}: $ref {ref!r} at {pointer} points to nothing")
    found = first_remote_ref(spec)
    if found is None:
        return None
    pointer, ref = found
    if not allow_remote:
        raise ToolkitError(
            f"{origin}: remote $ref {ref!r} at {pointer} (pass --allow-remote-refs to keep it)"
        )
    return pointer


def first_remote_ref(spec: specio.Spec) -> tuple[str, str] | None:
    """The JSON pointer and value of the first `$ref` that does not start with '#'."""
    for pointer, ref in _refs(spec):
        if not ref.startswith("#"):
            return pointer, ref
    return None


def first_dangling_ref(spec: specio.Spec) -> tuple[str, str] | None:
    """The JSON pointer and value of the first local `$ref` that resolves to nothing."""
    for pointer, ref in _refs(spec):
        if ref.startswith("#") and not _resolves(spec, ref[1:]):
            return pointer, ref
    return None


def _resolves(document: Any, pointer: str) -> bool:
    if not pointer:
        return True
    node = document
    for raw in pointer.lstrip("/").split("/"):
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _refs(document: Any) -> Iterator[tuple[str, str]]:
    # Iterative: real specs nest deeply enough to make recursion a liability.
    stack: list[tuple[str, Any]] = [("#", document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield f"{pointer}/$ref", ref
            for key, value in reversed(list(node.items())):
                escaped = str(key).replace("~", "~0").replace("/", "~1")
                stack.append((f"{pointer}/{escaped}", value))
        elif isinstance(node, list):
            for index in range(len(node) - 1, -1, -1):
                stack.append((f"{pointer}/{index}", node[index]))
