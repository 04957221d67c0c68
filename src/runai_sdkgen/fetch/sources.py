"""Where a release's upstream document comes from: one reader per manifest source kind.

Each reader returns an `Upstream`: the bytes to keep as the snapshot, the parsed spec, a name for
messages, and the `LockedSource` the lock records for those bytes. Nothing here writes a file;
the stage decides what to keep.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from runai_sdkgen.core.lock import LockedSource, LockEntry
from runai_sdkgen.core.manifest import Release
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.bundle import Fragment, bundle_fragments
from runai_sdkgen.fetch.http import HttpFetcher, Validators, redact_url
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


def obtain(request: SourceRequest, http: HttpFetcher) -> Upstream:
    """The upstream document of a release, from its mirror or its manifest source."""
    release, source = request.release, request.release.source
    recorded = locked_source(release)
    known = _validators(request.pinned)
    if request.mirror:
        location = mirror_location(request.mirror, release)
        if isinstance(location, Path):
            return from_file(location, recorded)
        return from_url(location, http, known, request.snapshot, recorded)
    if source.kind == "embedded":
        return from_snapshot(request)
    if source.kind == "file":
        return from_file(request.specs_dir / (source.path or ""), recorded)
    if source.kind == "url":
        return from_url(source.urls[0], http, known, request.snapshot, recorded)
    fragments: list[Fragment] = []
    for url in source.urls:
        document = http.get(url)
        origin = redact_url(url)
        spec = specio.parse_spec_bytes(document.body or b"", origin)
        check_refs(spec, origin, allow_remote=request.allow_remote_refs)
        fragments.append(Fragment(origin=origin, spec=spec))
    bundled = bundle_fragments(fragments)
    # A bundle has no upstream bytes of its own: its snapshot is the normalized bundle.
    return Upstream(
        specio.normalize_spec(bundled), bundled, f"bundle of {len(fragments)} urls", recorded
    )


def locked_source(release: Release) -> LockedSource:
    """What the lock records for a release's manifest source (URLs without credentials)."""
    source = release.source
    return LockedSource(
        kind=source.kind, urls=tuple(redact_url(u) for u in source.urls), path=source.path
    )


def _validators(pinned: LockEntry | None) -> Validators | None:
    if pinned is None:
        return None
    return Validators(pinned.etag, pinned.last_modified)


def mirror_location(mirror: str, release: Release) -> str | Path:
    """Where a release lives in a mirror: a URL (query kept, e.g. a token) or a file path."""
    tail = f"{release.product}/{release.label}/openapi.json"
    if mirror.startswith(("http://", "https://")):
        parts = urlsplit(mirror)
        path = f"{parts.path.rstrip('/')}/{tail}"
        return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
    return Path(mirror) / tail


def from_snapshot(request: SourceRequest) -> Upstream:
    """The snapshot in specs/ as its own upstream (embedded releases)."""
    if request.snapshot is None:
        raise ToolkitError(
            f"{request.shown_snapshot}: embedded release {request.release.key} has no snapshot file"
        )
    spec = specio.parse_spec_bytes(request.snapshot, request.shown_snapshot)
    return Upstream(request.snapshot, spec, request.shown_snapshot, LockedSource(kind="embedded"))


def from_file(path: Path, recorded: LockedSource) -> Upstream:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ToolkitError(f"{path}: file not found") from None
    return Upstream(data, specio.parse_spec_bytes(data, str(path)), str(path), recorded)


def from_url(
    url: str,
    http: HttpFetcher,
    known: Validators | None,
    snapshot: bytes | None,
    recorded: LockedSource,
) -> Upstream:
    origin = redact_url(url)
    document = http.get(url, known)
    if document.body is None:
        if snapshot is None:
            raise ToolkitError(f"{origin}: HTTP 304 Not Modified without a local snapshot")
        return Upstream(
            snapshot, specio.parse_spec_bytes(snapshot, origin), origin, recorded, known
        )
    return Upstream(
        document.body,
        specio.parse_spec_bytes(document.body, origin),
        origin,
        recorded,
        document.validators,
    )


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
