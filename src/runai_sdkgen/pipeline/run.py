"""`runai-sdkgen pipeline`: fetch --frozen -> generate -> build -> verify -> report, cached.

The snapshots are checked against the lock first (in this process). Then every release runs
generate -> build -> verify on its own, in a pool of worker processes (`--jobs`), each stage
through the stage cache (`cache.py`): a stage whose key is unchanged is skipped and its outputs
are restored only when they are missing or differ. The reports of each product come last. The
artifacts do not depend on the job count: every release writes only its own paths.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import concurrent.futures.process
import functools
import multiprocessing
import multiprocessing.queues
import os
import queue
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from runai_sdkgen import build
from runai_sdkgen.changes.commands import write_reports
from runai_sdkgen.core.manifest import Product, Release, release_sort_key
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.stage import FetchOptions, fetch_releases
from runai_sdkgen.generate import stage as generate
from runai_sdkgen.pipeline.cache import (
    CacheEntry,
    StageCache,
    StageKey,
    folder_fingerprint,
    restore_files,
    restore_tree,
    toolkit_fingerprint,
    tree_digest,
    tree_files,
)
from runai_sdkgen.verify import stage as verify

if TYPE_CHECKING:
    from rich.progress import TaskID

STAGES = ("generate", "build", "verify")
StageState = Literal["ran", "cached", "restored"]


@dataclass(frozen=True)
class ReleaseJob:
    """Everything a worker process needs to run one release (picklable)."""

    workspace: Workspace
    product: str
    label: str
    strict: bool
    # The last stage to run: "build" skips verify (which installs from the package index).
    until: str = "verify"


@dataclass(frozen=True)
class StageOutcome:
    stage: str
    state: StageState
    seconds: float
    detail: str


@dataclass(frozen=True)
class ReleaseOutcome:
    key: str
    stages: tuple[StageOutcome, ...]
    seconds: float
    error: str | None = None

    def line(self) -> str:
        done = ", ".join(f"{s.stage} {s.state} {s.seconds:.1f} s" for s in self.stages)
        if self.error is not None:
            return f"{self.key}: FAILED after {done or 'nothing'}: {self.error}"
        return f"{self.key}: {done} ({self.seconds:.1f} s)"


@dataclass
class _ReleaseRun:
    job: ReleaseJob
    product: Product
    release: Release
    store: StageCache
    stages: list[StageOutcome] = field(default_factory=list)

    @property
    def workspace(self) -> Workspace:
        return self.job.workspace

    @property
    def project(self) -> Path:
        return self.workspace.project_dir(self.product.name, self.release.label)


def _no_progress(key: str, stage: str) -> None:
    return None


def _queue_progress(
    events: multiprocessing.queues.Queue[tuple[str, str]], key: str, stage: str
) -> None:
    events.put((key, stage))


# Where a running release reports "stage started": the display in this process, or a queue the
# parent drains when the release runs in a worker process.
_progress: Callable[[str, str], None] = _no_progress


def _set_progress_queue(events: multiprocessing.queues.Queue[tuple[str, str]]) -> None:
    global _progress
    _progress = functools.partial(_queue_progress, events)


def generate_key(workspace: Workspace, product: Product, release: Release, *, strict: bool) -> str:
    """Inputs of generate: spec, earlier specs (deprecated_in), templates, toolkit, naming."""
    key = StageKey("generate")
    key.add("toolkit", toolkit_fingerprint())
    key.add("templates", folder_fingerprint(generate.TEMPLATES))
    key.add("product", [product.name, product.title, product.distribution, product.package])
    key.add("release", [release.label, release.build, release.version])
    key.add("known-releases", product.labels())
    key.add("strict", strict)
    key.add_bytes(f"spec/{release.label}", workspace.spec_bytes(release))
    for earlier in product.releases:
        if release_sort_key(earlier.label) < release_sort_key(release.label):
            key.add_bytes(f"spec/{earlier.label}", workspace.spec_bytes(earlier))
    return key.hexdigest()


def _timed(run: _ReleaseRun, stage: str, work: Callable[[], tuple[StageState, str]]) -> None:
    _progress(run.release.key, stage)
    started = time.perf_counter()
    state, detail = work()
    run.stages.append(StageOutcome(stage, state, time.perf_counter() - started, detail))


def _generate(run: _ReleaseRun) -> tuple[StageState, str]:
    output = run.project
    key = generate_key(run.workspace, run.product, run.release, strict=run.job.strict)
    entry = run.store.lookup("generate", key)
    if entry is not None:
        state: StageState = "restored" if restore_tree(entry, output) else "cached"
        return state, str(entry.record["summary"])
    result = generate.generate_release(
        run.workspace, run.product.name, run.release.label, strict=run.job.strict
    )
    run.store.store("generate", key, tree_files(output), {"summary": result.summary()})
    return "ran", result.summary()


def _build(run: _ReleaseRun) -> tuple[StageState, str]:
    project = run.project
    dist = run.workspace.dist
    key = StageKey("build")
    key.add("toolkit", toolkit_fingerprint())
    key.add("project", tree_digest(project))
    key.add("release", [run.product.distribution, run.release.label, run.release.version])
    entry = run.store.lookup("build", key.hexdigest())
    if entry is not None:
        names = [str(entry.record["wheel"]), str(entry.record["sdist"])]
        changed = restore_files(entry, dist, names)
        # Other builds of this release must go, as `build` does (verify wants exactly one wheel).
        build._remove_stale(run.product, run.release, dist, keep=[dist / n for n in names])
        return ("restored" if changed else "cached"), names[0]
    result = build.build_release(run.product, run.release, project=project, dist=dist)
    record = {"wheel": result.wheel.name, "sdist": result.sdist.name}
    run.store.store(
        "build",
        key.hexdigest(),
        {result.wheel.name: result.wheel, result.sdist.name: result.sdist},
        record,
    )
    return "ran", result.wheel.name


def _verify(run: _ReleaseRun) -> tuple[StageState, str]:
    dist = run.workspace.dist
    wheel = verify.find_wheel(run.product, run.release, dist)
    key = StageKey("verify")
    key.add("toolkit", toolkit_fingerprint())
    key.add_bytes("wheel", wheel.read_bytes())
    key.add_bytes("spec", run.workspace.spec_bytes(run.release))
    key.add("release", [run.product.package, run.release.label, run.release.version])
    entry = run.store.lookup("verify", key.hexdigest())
    if entry is not None:
        return "cached", str(entry.record["summary"])
    result = verify.verify_release(run.workspace, run.product.name, run.release.label, dist=dist)
    run.store.store("verify", key.hexdigest(), {}, {"summary": result.summary()})
    return "ran", result.summary()


def run_release(job: ReleaseJob) -> ReleaseOutcome:
    """generate -> build -> verify of one release, each stage through the cache."""
    started = time.perf_counter()
    product = job.workspace.manifest.product(job.product)
    run = _ReleaseRun(
        job=job,
        product=product,
        release=product.release(job.label),
        store=StageCache(job.workspace.cache_dir),
    )
    error: str | None = None
    steps = {"generate": _generate, "build": _build, "verify": _verify}
    try:
        for stage in STAGES[: STAGES.index(job.until) + 1]:
            _timed(run, stage, functools.partial(steps[stage], run))
    except ToolkitError as exc:
        error = exc.message
    return ReleaseOutcome(
        key=run.release.key,
        stages=tuple(run.stages),
        seconds=time.perf_counter() - started,
        error=error,
    )


def report_product(
    workspace: Workspace, product: Product, store: StageCache
) -> tuple[StageState, int]:
    """The diff and ledger reports of `product` into generated/reports/ (cached)."""
    key = StageKey("report")
    key.add("toolkit", toolkit_fingerprint())
    key.add("product", product.name)
    for release in product.releases:
        key.add_bytes(f"spec/{release.label}", workspace.spec_bytes(release))
    out = workspace.reports
    entry: CacheEntry | None = store.lookup("report", key.hexdigest())
    if entry is None:
        with tempfile.TemporaryDirectory(prefix="runai-sdkgen-report-") as scratch:
            written = write_reports(workspace, product, Path(scratch))
            entry = store.store("report", key.hexdigest(), {p.name: p for p in written}, {})
        state: StageState = "ran"
    else:
        state = "cached"
    if restore_files(entry, out, sorted(entry.files)) and state == "cached":
        state = "restored"
    return state, len(entry.files)


class _Display:
    """Per-release progress: a rich display on a TTY, else one line per finished release."""

    def __init__(self, keys: Sequence[str], stages: int) -> None:
        self._live = sys.stderr.isatty()
        self._tasks: dict[str, TaskID] = {}
        if self._live:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                console=Console(stderr=True),
            )
            for key in keys:
                self._tasks[key] = self._progress.add_task(f"{key}: waiting", total=stages)
            self._progress.start()

    def started(self, key: str, stage: str) -> None:
        if self._live:
            task = self._tasks[key]
            self._progress.update(
                task, description=f"{key}: {stage}", completed=STAGES.index(stage)
            )

    def finished(self, outcome: ReleaseOutcome) -> None:
        if self._live:
            state = "FAILED" if outcome.error else "done"
            self._progress.update(
                self._tasks[outcome.key],
                description=f"{outcome.key}: {state}",
                completed=len(outcome.stages),
            )
            self._progress.console.print(outcome.line(), markup=False, highlight=False)
        else:
            print(outcome.line(), flush=True)

    def close(self) -> None:
        if self._live:
            self._progress.stop()


def _run_pool(jobs: Sequence[ReleaseJob], workers: int, display: _Display) -> list[ReleaseOutcome]:
    # fork: workers start with the toolkit already imported (spawn would re-import the generators).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    events: multiprocessing.queues.Queue[tuple[str, str]] = context.Queue()
    outcomes: list[ReleaseOutcome] = []
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_set_progress_queue,
        initargs=(events,),
    ) as pool:
        pending = {pool.submit(run_release, job) for job in jobs}
        while pending:
            done, pending = concurrent.futures.wait(pending, timeout=0.2)
            _drain(events, display)
            for future in done:
                try:
                    outcome = future.result()
                except concurrent.futures.process.BrokenProcessPool:
                    raise ToolkitError(
                        "pipeline: a worker process died (killed, or out of memory?); "
                        "re-run with --jobs 1 to see the failure in this process"
                    ) from None
                outcomes.append(outcome)
                display.finished(outcome)
    _drain(events, display)
    return outcomes


def _drain(events: multiprocessing.queues.Queue[tuple[str, str]], display: _Display) -> None:
    while True:
        try:
            key, stage = events.get_nowait()
        except queue.Empty:
            return
        display.started(key, stage)


def run_pipeline(
    workspace: Workspace,
    *,
    products: Sequence[str] | None = None,
    jobs: int | None = None,
    strict: bool = False,
    until: str = "verify",
) -> list[ReleaseOutcome]:
    """The whole pipeline; raises ToolkitError naming the failures after every release ran."""
    global _progress
    manifest = workspace.manifest
    names = list(products or sorted(manifest.products))
    for name in names:
        failed = [
            r for r in fetch_releases(workspace, name, None, FetchOptions("frozen")) if not r.ok
        ]
        if failed:
            raise ToolkitError(f"fetch --frozen {failed[0].release.key}: {failed[0].detail}")
    release_jobs = [
        ReleaseJob(workspace, name, label, strict, until)
        for name in names
        for label in manifest.product(name).labels()
    ]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(release_jobs)))
    toolkit_fingerprint()  # computed once here; forked workers inherit it
    display = _Display([f"{j.product}/{j.label}" for j in release_jobs], STAGES.index(until) + 1)
    try:
        if workers == 1:
            _progress = display.started
            outcomes = []
            for job in release_jobs:
                outcome = run_release(job)
                outcomes.append(outcome)
                display.finished(outcome)
        else:
            outcomes = _run_pool(release_jobs, workers, display)
    finally:
        display.close()
    failures = [o for o in outcomes if o.error is not None]
    if failures:
        first = failures[0]
        raise ToolkitError(
            f"pipeline: {len(failures)} of {len(outcomes)} releases failed; "
            f"first: {first.key}: {first.error}"
        )
    store = StageCache(workspace.cache_dir)
    shown = workspace.reports.relative_to(workspace.root)
    for name in names:
        state, count = report_product(workspace, manifest.product(name), store)
        print(f"report {name}: {count} files in {shown} ({state})", flush=True)
    return sorted(outcomes, key=lambda o: o.key)


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "pipeline",
        help="fetch --frozen, then generate, build, verify every release (in parallel, "
        "cached), then report",
    )
    parser.add_argument(
        "--product", action="append", dest="products", help="product (repeatable; default: all)"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: the CPU count, at most one per release)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="generate --strict: fail when an operation or schema would be lost",
    )
    parser.add_argument(
        "--until",
        choices=STAGES,
        default="verify",
        help="last per-release stage to run (default: %(default)s; reports always run)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise ToolkitError(f"--jobs must be at least 1 (got {args.jobs})")
    started = time.perf_counter()
    outcomes = run_pipeline(
        Workspace.discover(root=args.root, manifest=args.manifest),
        products=args.products,
        jobs=args.jobs,
        strict=args.strict,
        until=args.until,
    )
    print(f"pipeline: {len(outcomes)} releases in {time.perf_counter() - started:.1f} s")
    # What each stage produced (on a cache hit: what it produced when it ran), so a reader of
    # the log sees the counts and the wheels, not only the timings.
    for outcome in outcomes:
        print(f"  {outcome.key}")
        for stage in outcome.stages:
            print(f"    {stage.stage}: {stage.detail}")
    return 0
