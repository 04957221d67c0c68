"""Where a release's upstream document comes from: one reader per manifest source kind.

Each reader returns an `Upstream`: the bytes to keep as the snapshot, the parsed spec, a name for
messages, and the `LockedSource` the lock records for those bytes. Nothing here writes a file;
the stage decides what to keep.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from runai_sdkgen.core.lock import LockedSource, LockEntry
from runai_sdkgen.core.manifest import Release
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.bundle import Fragment, bundle_fragments
from runai_sdkgen.fetch.docs import fetch_docs
from runai_sdkgen.fetch.http import HttpFetcher, Validators, redact_url
from runai_sdkgen.fetch.upstream import SourceRequest, Upstream, check_refs
from runai_sdkgen.spec import load as specio


def obtain(request: SourceRequest, http: HttpFetcher | None) -> Upstream:
    """The upstream document of a release, from its mirror or its manifest source.

    `http` may be None only for an offline request.
    """
    release, source = request.release, request.release.source
    recorded = locked_source(release)
    if request.offline:
        if source.offline:
            return from_snapshot(request)
        if source.kind == "file":
            return from_file(request.specs_dir / (source.path or ""), recorded)
        raise ToolkitError(
            f"{release.key}: its {source.kind} source needs the network and has no embedded "
            "fallback (drop --offline)"
        )
    if http is None:
        raise AssertionError("an online request needs an HTTP client")
    if source.kind == "docs":
        return fetch_docs(request, http)
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
