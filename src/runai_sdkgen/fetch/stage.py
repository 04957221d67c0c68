"""The fetch stage: snapshots in specs/, the lock, and the normalized specs later stages read.

For every selected release it writes `generated/specs/<product>/<release>/openapi.json`.

* frozen: only the snapshots in specs/ are used; both sha256 of the lock (raw snapshot bytes and
  normalized spec) must match. No network is touched: no HTTP client is even created.
* default: the release's upstream (manifest `source`, or a mirror for every release) is fetched
  and compared with the snapshot. Same normalized spec: fine. Different: drift, reported with
  the changed operations, exit 3, nothing written. A missing snapshot is created and locked.
* update: like default, but a different upstream replaces the snapshot and its lock entry; an
  upstream equal to the snapshot but from another source (docs pages for a snapshot pinned as
  embedded) re-pins the snapshot as it is, with the new source recorded.
* offline (with default or update): no network; the snapshot stands in for upstream wherever
  the source is embedded or has an embedded fallback, and file sources are read as usual.

A failing release leaves its snapshot and lock entry as they were; the others still run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

from runai_sdkgen.changes.diff import diff_specs
from runai_sdkgen.core.fsutil import atomic_write_bytes, shown_path
from runai_sdkgen.core.lock import Lock, LockEntry
from runai_sdkgen.core.manifest import Manifest, Release
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.http import DEFAULT_DEADLINE, DEFAULT_MAX_BYTES, HttpFetcher, HttpOptions
from runai_sdkgen.fetch.sources import obtain
from runai_sdkgen.fetch.upstream import SourceRequest, check_refs
from runai_sdkgen.spec import load as specio

FetchMode = Literal["fetch", "frozen", "update"]
FetchStatus = Literal["created", "pinned", "updated", "unchanged", "verified", "drift", "failed"]
MIRROR_ENV = "RUNAI_SDKGEN_MIRROR"
DEFAULT_PRODUCT = "multi-tenant"
EXIT_DRIFT = 3
EXIT_FAILED = 2


@dataclass(frozen=True)
class FetchOptions:
    mode: FetchMode = "fetch"
    # A folder or http(s) base URL laid out as <product>/<release>/openapi.json (a docs release:
    # its pages at their site paths under it); when set it replaces every manifest source.
    mirror: str | None = None
    allow_remote_refs: bool = False
    offline: bool = False
    http: HttpOptions = field(default_factory=HttpOptions)


@dataclass(frozen=True)
class FetchResult:
    release: Release
    status: FetchStatus
    detail: str
    normalized_path: Path | None = None
    changes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status not in {"drift", "failed"}


class FetchObserver(Protocol):
    """Progress hooks for a display; `note` receives retry messages and the like."""

    def started(self, release: Release) -> None: ...

    def finished(self, result: FetchResult) -> None: ...

    def note(self, message: str) -> None: ...


def select_releases(
    manifest: Manifest, product: str, labels: Sequence[str] | None
) -> list[Release]:
    """The releases to fetch, oldest first; unknown product or release is a ToolkitError."""
    chosen = manifest.product(product)
    if not labels:
        return list(chosen.releases)
    wanted = {chosen.release(label).label for label in labels}
    return [r for r in chosen.releases if r.label in wanted]


def fetch_releases(
    workspace: Workspace,
    product: str,
    labels: Sequence[str] | None,
    options: FetchOptions,
    observer: FetchObserver | None = None,
) -> list[FetchResult]:
    """Run the fetch stage for `labels` (None: all) of `product`; one result per release.

    Per-release failures become `failed` results; only bad arguments (unknown product or
    release) and an unreadable lock raise ToolkitError.
    """
    manifest = workspace.manifest
    releases = select_releases(manifest, product, labels)
    lock = workspace.lock()
    results: list[FetchResult] = []
    if options.mode == "frozen":
        for release in releases:
            results.append(
                _guarded(release, observer, lambda r: _verify_frozen(r, lock, options, workspace))
            )
        return results
    if options.offline and options.mirror:
        raise ToolkitError("--offline uses only local files; drop --mirror")
    note = observer.note if observer is not None else None
    with contextlib.ExitStack() as stack:
        http = None if options.offline else stack.enter_context(HttpFetcher(options.http, log=note))
        for release in releases:
            results.append(
                _guarded(
                    release,
                    observer,
                    lambda r: _fetch_release(r, workspace, lock, options, http),
                )
            )
            # After each release, so an interrupted run never leaves a snapshot unpinned.
            lock.write()
    return results


def _guarded(
    release: Release,
    observer: FetchObserver | None,
    run: Callable[[Release], FetchResult],
) -> FetchResult:
    if observer is not None:
        observer.started(release)
    try:
        result = run(release)
    except ToolkitError as exc:
        result = FetchResult(release=release, status="failed", detail=exc.message)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else release.key
        result = FetchResult(
            release=release, status="failed", detail=f"{where}: {exc.strerror or exc}"
        )
    if observer is not None:
        observer.finished(result)
    return result


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _snapshot_name(release: Release, manifest_specs_dir: Path) -> str:
    return release.snapshot.relative_to(manifest_specs_dir.resolve()).as_posix()


def _verify_frozen(
    release: Release, lock: Lock, options: FetchOptions, workspace: Workspace
) -> FetchResult:
    root = workspace.root
    shown = shown_path(release.snapshot, root)
    entry = lock.entry(release.product, release.label)
    if entry is None:
        raise ToolkitError(
            f"{shown_path(lock.path, root)}: no entry for {release.key}; "
            "run `runai-sdkgen fetch` to pin it"
        )
    data = _read_optional(release.snapshot)
    if data is None:
        raise ToolkitError(f"{shown}: snapshot missing (locked in {shown_path(lock.path, root)})")
    raw_sha = specio.sha256_hex(data)
    if raw_sha != entry.raw_sha256:
        raise ToolkitError(
            f"{shown}: raw sha256 {raw_sha} does not match the lock's {entry.raw_sha256}"
        )
    spec = specio.parse_spec_bytes(data, shown)
    check_refs(spec, shown, allow_remote=options.allow_remote_refs)
    # No schema validation here: the lock proves this is the document validated when pinned.
    normalized = specio.normalize_spec(spec)
    normalized_sha = specio.sha256_hex(normalized)
    if normalized_sha != entry.normalized_sha256:
        raise ToolkitError(
            f"{shown}: normalized sha256 {normalized_sha} does not match the lock's "
            f"{entry.normalized_sha256}"
        )
    target = workspace.normalized_spec(release)
    atomic_write_bytes(target, normalized)
    return FetchResult(
        release=release, status="verified", detail="matches the lock", normalized_path=target
    )


def _fetch_release(
    release: Release,
    workspace: Workspace,
    lock: Lock,
    options: FetchOptions,
    http: HttpFetcher | None,
) -> FetchResult:
    manifest, root = workspace.manifest, workspace.root
    shown = shown_path(release.snapshot, root)
    entry = lock.entry(release.product, release.label)
    snapshot = _read_optional(release.snapshot)
    # `pinned`: the snapshot is exactly what the lock records; only then are conditional
    # requests (304 = "same as what you have") meaningful.
    pinned = False
    if snapshot is not None and entry is not None:
        raw_sha = specio.sha256_hex(snapshot)
        pinned = raw_sha == entry.raw_sha256
        if not pinned and options.mode != "update":
            raise ToolkitError(
                f"{shown}: raw sha256 {raw_sha} does not match the lock's "
                f"{entry.raw_sha256}; restore the file or accept it with --update"
            )
    request = SourceRequest(
        release=release,
        specs_dir=manifest.specs_dir,
        snapshot=snapshot,
        shown_snapshot=shown,
        pinned=entry if pinned else None,
        mirror=options.mirror,
        allow_remote_refs=options.allow_remote_refs,
        offline=options.offline,
    )
    try:
        upstream = obtain(request, http)
    except ToolkitError as exc:
        if release.source.fallback is None or options.offline:
            raise
        raise ToolkitError(f"{exc.message} (`--offline` uses the embedded snapshot)") from None
    remote_ref = check_refs(upstream.spec, upstream.origin, allow_remote=options.allow_remote_refs)
    upstream_sha = specio.sha256_hex(upstream.raw)
    note = ""
    if remote_ref is not None:
        # The validator would download remote $refs; we never fetch them, so it cannot run.
        note = f" (not validated: remote $ref at {remote_ref})"
    elif not (pinned and entry is not None and upstream_sha == entry.raw_sha256):
        # Bytes identical to the pinned snapshot were validated when they were pinned.
        specio.validate_spec(upstream.spec, upstream.origin)
    normalized = specio.normalize_spec(upstream.spec)
    normalized_sha = specio.sha256_hex(normalized)
    target = workspace.normalized_spec(release)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    new_entry = LockEntry(
        snapshot=_snapshot_name(release, manifest.specs_dir),
        source=upstream.source,
        raw_sha256=upstream_sha,
        normalized_sha256=normalized_sha,
        size=len(upstream.raw),
        fetched_at=now,
        etag=upstream.validators.etag if upstream.validators else None,
        last_modified=upstream.validators.last_modified if upstream.validators else None,
    )
    if snapshot is None:
        atomic_write_bytes(target, normalized)
        atomic_write_bytes(release.snapshot, upstream.raw)
        lock.set_entry(release.product, release.label, new_entry)
        return FetchResult(release, "created", f"new snapshot {shown}{note}", target)
    old_spec = specio.parse_spec_bytes(snapshot, shown)
    if specio.sha256_hex(specio.normalize_spec(old_spec)) == normalized_sha:
        atomic_write_bytes(target, normalized)
        # Offline, the snapshot stands in for itself: that says nothing about its source.
        resourced = entry is not None and entry.source != upstream.source and not options.offline
        if not pinned or (resourced and options.mode == "update"):
            # Pin the file as it is: unpinned so far, or the same content from another source.
            lock.set_entry(
                release.product,
                release.label,
                LockEntry(
                    snapshot=new_entry.snapshot,
                    source=new_entry.source,
                    raw_sha256=specio.sha256_hex(snapshot),
                    normalized_sha256=normalized_sha,
                    size=len(snapshot),
                    fetched_at=now,
                    etag=new_entry.etag,
                    last_modified=new_entry.last_modified,
                ),
            )
            return FetchResult(
                release, "pinned", f"{shown} matches {upstream.origin}; locked{note}", target
            )
        if resourced and entry is not None:
            recorded = (
                f"its source as {entry.source.kind}"
                if entry.source.kind != upstream.source.kind
                else "other URLs or page sha256"
            )
            note += f"; the lock records {recorded}, `--update` records {upstream.origin}"
        return FetchResult(
            release, "unchanged", f"upstream ({upstream.origin}) matches the snapshot{note}", target
        )
    changes = tuple(describe_changes(old_spec, upstream.spec, upstream.source.page_of()))
    if options.mode != "update":
        return FetchResult(
            release,
            "drift",
            f"upstream ({upstream.origin}) differs from {shown} ({_count(changes)}); "
            "accept it with `runai-sdkgen fetch --update`",
            None,
            changes,
        )
    atomic_write_bytes(target, normalized)
    atomic_write_bytes(release.snapshot, upstream.raw)
    lock.set_entry(release.product, release.label, new_entry)
    return FetchResult(
        release, "updated", f"{shown} updated ({_count(changes)}){note}", target, changes
    )


def _count(changes: Sequence[str]) -> str:
    return "1 change" if len(changes) == 1 else f"{len(changes)} changes"


def describe_changes(
    old: specio.Spec, new: specio.Spec, page_of: Mapping[str, str] | None = None
) -> list[str]:
    """One line per API change (rule, operation, message), or a note for other differences;
    `page_of` names the documentation page of an operation (docs sources)."""
    report = diff_specs(old, new, old_label="snapshot", new_label="upstream")
    pages = page_of or {}
    lines = [
        f"[{c.rule_id}] "
        + (c.message if c.operation_key in c.message else f"{c.operation_key}: {c.message}")
        + (f" (page {pages[c.operation_key]})" if c.operation_key in pages else "")
        for c in report.changes
    ]
    return lines or ["no operation changed; other parts of the document differ"]


# ---------------------------------------------------------------- CLI


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "fetch",
        help="fetch release specs, check them against the lock, write normalized specs",
        description=(
            "Fetch each release's spec from its upstream (or a mirror), compare it with the "
            "locked snapshot in specs/, and write generated/specs/<product>/<release>/"
            "openapi.json. Exit 3 on drift."
        ),
    )
    parser.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    parser.add_argument(
        "--release",
        dest="releases",
        action="extend",
        nargs="+",
        metavar="R",
        help="release label(s); default: every release of the product",
    )
    parser.add_argument(
        "--frozen", action="store_true", help="use only the snapshots and verify the lock"
    )
    parser.add_argument(
        "--update", action="store_true", help="accept upstream changes into snapshots and lock"
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="touch no network: releases with an embedded snapshot (or an embedded fallback) "
        "use it as their upstream, e.g. to re-pin a rebuilt snapshot with --update",
    )
    parser.add_argument(
        "--mirror",
        help="folder or base URL laid out as <product>/<release>/openapi.json; a docs release "
        f"reads its pages from their site paths under it (env {MIRROR_ENV})",
    )
    parser.add_argument(
        "--allow-remote-refs",
        action="store_true",
        help="keep $refs to other documents (never fetched; such a spec is not validated)",
    )
    parser.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="read timeout in seconds; connect timeout is the smaller of S and 10 (default: 30)",
    )
    parser.add_argument(
        "--deadline",
        type=float,
        default=DEFAULT_DEADLINE,
        metavar="S",
        help="seconds for one whole response, first to last byte (default: %(default)g)",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=3,
        metavar="N",
        help="retries after connect errors, timeouts, 429 and 5xx (default: %(default)s)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="size cap per response, decoded (default: %(default)s)",
    )
    parser.set_defaults(handler=run_cli)


def options_from_args(args: argparse.Namespace) -> FetchOptions:
    if args.frozen and args.update:
        raise ToolkitError("--frozen and --update cannot be combined")
    if args.frozen and args.mirror:
        raise ToolkitError("--frozen uses only the local snapshots; drop --mirror")
    if args.frozen and args.offline:
        raise ToolkitError("--frozen is offline already; drop --offline")
    if args.offline and args.mirror:
        raise ToolkitError("--offline uses only local files; drop --mirror")
    if args.timeout <= 0:
        raise ToolkitError(f"--timeout must be positive (got {args.timeout})")
    if args.deadline <= 0:
        raise ToolkitError(f"--deadline must be positive (got {args.deadline})")
    if args.retries < 0:
        raise ToolkitError(f"--retries must be zero or more (got {args.retries})")
    if args.max_bytes <= 0:
        raise ToolkitError(f"--max-bytes must be positive (got {args.max_bytes})")
    mode: FetchMode = "frozen" if args.frozen else "update" if args.update else "fetch"
    return FetchOptions(
        mode=mode,
        mirror=None
        if args.frozen or args.offline
        else (args.mirror or os.environ.get(MIRROR_ENV) or None),
        allow_remote_refs=args.allow_remote_refs,
        offline=args.offline,
        http=HttpOptions(
            connect_timeout=min(args.timeout, 10.0),
            read_timeout=args.timeout,
            deadline=args.deadline,
            retries=args.retries,
            max_bytes=args.max_bytes,
            verify_tls=not args.insecure,
        ),
    )


class _PlainObserver:
    """One line per finished release, for logs and pipes."""

    def started(self, release: Release) -> None:
        return None

    def finished(self, result: FetchResult) -> None:
        _print_result(result)

    def note(self, message: str) -> None:
        print(f"runai-sdkgen: {message}", file=sys.stderr)


def _print_result(result: FetchResult) -> None:
    key = result.release.key
    if result.status == "failed":
        print(f"runai-sdkgen: error: {key}: {result.detail}", file=sys.stderr)
        return
    if result.status == "drift":
        print(f"runai-sdkgen: drift: {key}: {result.detail}", file=sys.stderr)
        for line in result.changes:
            print(f"  {line}", file=sys.stderr)
        return
    print(f"{key}: {result.status}: {result.detail}")
    for line in result.changes:
        print(f"  {line}")


def run_cli(args: argparse.Namespace) -> int:
    options = options_from_args(args)
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    count = len(select_releases(workspace.manifest, args.product, args.releases))
    if count > 1 and sys.stderr.isatty():
        results = _run_with_progress(workspace, args, options, count)
    else:
        results = fetch_releases(workspace, args.product, args.releases, options, _PlainObserver())
    return exit_code(results)


def _run_with_progress(
    workspace: Workspace, args: argparse.Namespace, options: FetchOptions, count: int
) -> list[FetchResult]:
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("fetch", total=count)

        class RichObserver:
            def started(self, release: Release) -> None:
                progress.update(task, description=f"fetch {release.key}")

            def finished(self, result: FetchResult) -> None:
                progress.advance(task)
                style = {"failed": "red", "drift": "yellow"}.get(result.status, "green")
                console.print(
                    f"[{style}]{result.release.key}: {result.status}[/{style}]: "
                    f"{escape(result.detail)}",
                    markup=True,
                    highlight=False,
                )
                for line in result.changes:
                    console.print(f"  {line}", markup=False, highlight=False)

            def note(self, message: str) -> None:
                console.print(message, markup=False, highlight=False)

        return fetch_releases(workspace, args.product, args.releases, options, RichObserver())


def exit_code(results: Sequence[FetchResult]) -> int:
    """0 when every release is fine; 2 when any failed; else 3 when any drifted."""
    if any(r.status == "failed" for r in results):
        return EXIT_FAILED
    if any(r.status == "drift" for r in results):
        return EXIT_DRIFT
    return 0
