"""The verify stage: install each release's wheel into a fresh venv and call every operation.

Per release: a new venv (`python -m venv`), a plain `pip install <wheel>` (dependencies from the
package index), then `verify_probe.py` runs with the venv's python against a ContractServer of
the release's normalized spec in this process. The probe calls every operation's `sync_detailed`,
then every operation and page walker once more through the facade (`RunaiClient`, method names
as `facade.method_names` gives them for the wheel's own files), then builds a client from client
id + secret at each token endpoint the release has: the contract server issues the token it then
requires. The stage fails, naming release, operation and the server's violation message, if any
call fails, the server recorded a violation, a spec operation is missing from the package, a
deprecated operation does not warn exactly once, or the package's release pins are wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runai_sdkgen.build import wheel_stem
from runai_sdkgen.core.manifest import Product, Release
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.facade import facade_operations, method_names
from runai_sdkgen.spec import load as specio
from runai_sdkgen.verify.contract_server import ContractServer, RecordedRequest

PROBE = Path(__file__).with_name("probe.py")
PIP_TIMEOUT_SECONDS = 600
PROBE_TIMEOUT_SECONDS = 600
# Problems listed in full in the error message; the rest are counted.
SHOWN_PROBLEMS = 3
# The runtime's `token_endpoint` choices and the operation each one posts to.
TOKEN_ENDPOINTS = {"v1": "POST /api/v1/token", "v2": "POST /api/v2/token"}


@dataclass(frozen=True)
class OperationOutcome:
    operation_id: str
    method: str
    path: str
    status: int | None
    ok: bool
    deprecated: bool
    warned: bool
    error: str | None


@dataclass(frozen=True)
class FacadeOutcome:
    """One call through the facade: an operation's method on `RunaiClient` or on
    `AsyncRunaiClient`, a page walker, or a method called by a client that authenticated with
    client credentials."""

    kind: str  # operation | async | pages | credentials
    operation_id: str
    call: str  # e.g. "client.tenant.list", "async_client.tenant.list",
    # "client.users.list_all" or "token_endpoint='v1': GET /api/v1/tenants"
    deprecated: bool
    ok: bool
    error: str | None


@dataclass(frozen=True)
class VerifyResult:
    product: str
    release: str
    version: str
    wheel: Path
    outcomes: tuple[OperationOutcome, ...]
    null_outcomes: tuple[OperationOutcome, ...]
    facade_outcomes: tuple[FacadeOutcome, ...]
    requests_recorded: int
    install_seconds: float
    seconds: float

    @property
    def called(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def deprecated(self) -> int:
        return sum(1 for o in self.outcomes if o.deprecated)

    @property
    def deprecated_warned(self) -> int:
        """Deprecated operations that warned when called directly and exactly once through
        the facade."""
        facade_ok = {o.operation_id for o in self.facade("operation") if o.deprecated and o.ok}
        return sum(
            1 for o in self.outcomes if o.deprecated and o.warned and o.operation_id in facade_ok
        )

    def facade(self, kind: str) -> tuple[FacadeOutcome, ...]:
        return tuple(o for o in self.facade_outcomes if o.kind == kind)

    def summary(self) -> str:
        counts = [
            f"{self.passed}/{self.called} functional "
            f"({sum(1 for o in self.null_outcomes if o.ok)} with null responses)",
            *(
                f"{sum(1 for o in self.facade(kind) if o.ok)}/{len(self.facade(kind))} {label}"
                for kind, label in (
                    ("operation", "facade"),
                    ("async", "async facade"),
                    ("pages", "page walkers"),
                    ("credentials", "client-credentials"),
                )
            ),
            f"{self.deprecated_warned}/{self.deprecated} deprecated warned",
        ]
        return (
            f"verify {self.product}/{self.release}: {self.wheel.name}: {', '.join(counts)}; "
            f"{self.requests_recorded} requests checked by the contract server, "
            f"{self.seconds:.1f} s (venv + install {self.install_seconds:.1f} s)"
        )


def find_wheel(product: Product, release: Release, dist: Path) -> Path:
    stem = wheel_stem(product, release)
    wheels = sorted(dist.glob(f"{stem}-*.whl"))
    if not wheels:
        raise ToolkitError(
            f"{dist}: no wheel {stem}-*.whl for {release.key}; run `runai-sdkgen build` first"
        )
    if len(wheels) > 1:
        names = ", ".join(w.name for w in wheels)
        raise ToolkitError(f"{dist}: more than one wheel for {release.key}: {names}")
    return wheels[0]


def verify_release(
    workspace: Workspace,
    product_name: str,
    label: str,
    *,
    dist: Path | None = None,
    python: Path = Path(sys.executable),
) -> VerifyResult:
    """Install the release's wheel in a fresh venv and call every operation of it, twice.

    The first pass answers with full example values and also calls everything through the
    facade and with client credentials; the second answers with `null` wherever a response
    schema is nullable (the clients' null handling is where generated code breaks).
    """
    product = workspace.manifest.product(product_name)
    release = product.release(label)
    wheel = find_wheel(product, release, dist or workspace.dist)
    spec = workspace.release_spec(release, validate_snapshot=True)
    started = time.perf_counter()
    passes: list[_Pass] = []
    with tempfile.TemporaryDirectory(prefix="runai-sdkgen-verify-") as scratch_name:
        scratch = Path(scratch_name)
        venv_python = create_venv(python, scratch / "venv", wheel)
        install_seconds = time.perf_counter() - started
        facade_methods = wheel_facade_methods(wheel, product.package, scratch / "wheel")
        for null_responses in (False, True):
            passes.append(
                _probe_pass(
                    spec,
                    product,
                    release,
                    venv_python,
                    scratch,
                    None if null_responses else facade_methods,
                )
            )
    values, nulls = passes
    result = VerifyResult(
        product=product.name,
        release=release.label,
        version=release.version,
        wheel=wheel,
        outcomes=values.outcomes,
        null_outcomes=nulls.outcomes,
        facade_outcomes=values.facade_outcomes,
        requests_recorded=sum(len(p.recorded) for p in passes),
        install_seconds=install_seconds,
        seconds=time.perf_counter() - started,
    )
    for probe_pass in passes:
        _check(result, probe_pass)
    return result


@dataclass(frozen=True)
class _Pass:
    """One probe run against one contract server."""

    label: str
    outcomes: tuple[OperationOutcome, ...]
    problems: tuple[str, ...]
    spec_operations: dict[str, str]
    recorded: list[RecordedRequest]
    facade_outcomes: tuple[FacadeOutcome, ...] = ()
    # Whether every spec operation must have been called through the facade too.
    facade_expected: bool = False
    # Token endpoint operation ("POST /api/v1/token") -> answers it must have served.
    token_exchanges: dict[str, int] = field(default_factory=dict)


def wheel_facade_methods(wheel: Path, package: str, target: Path) -> list[dict[str, str | None]]:
    """Per endpoint module of the wheel: the facade attribute, method and page walker names, as
    `facade.method_names` derives them from the wheel's own catalog and endpoint modules."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            members = [n for n in archive.namelist() if n.startswith(f"{package}/")]
            archive.extractall(target, members)
    except (OSError, zipfile.BadZipFile) as error:
        raise ToolkitError(f"{wheel}: cannot read the wheel ({error})") from error
    names = method_names(facade_operations(target / package, package))
    return [
        {"module": module, "attribute": attribute, "method": method, "pages": pages}
        for module, (attribute, method, pages) in sorted(names.items())
    ]


def credentials_operation(server: ContractServer, spec: specio.Spec) -> str | None:
    """A current GET that needs a bearer token and no arguments ("GET /path"), to call with a
    token obtained from client credentials."""
    for operation in sorted(server.operations(), key=lambda o: o.path):
        raw = spec.get("paths", {}).get(operation.path, {}).get(operation.method, {})
        if (
            operation.method == "get"
            and operation.security_schemes
            and all(operation.security_schemes)
            and not any(p.required for p in operation.parameters)
            and operation.body_schema is None
            and not raw.get("deprecated", False)
        ):
            return f"GET {operation.path}"
    return None


def _probe_pass(
    spec: specio.Spec,
    product: Product,
    release: Release,
    venv_python: Path,
    scratch: Path,
    facade_methods: list[dict[str, str | None]] | None,
) -> _Pass:
    """One probe run; `facade_methods` None: the null-responses run (no facade calls)."""
    null_responses = facade_methods is None
    token = secrets.token_urlsafe(24)
    with ContractServer(spec, token=token, null_responses=null_responses) as server:
        examples = server.example_requests()
        config: dict[str, Any] = {
            "package": product.package,
            "release": release.label,
            "version": release.version,
            "base_url": server.base_url,
            "token": token,
            "requests": [example.to_json() for example in examples],
        }
        spec_operations = {f"{e.method} {e.path}": e.operation_id for e in examples}
        endpoints = [e for e, op in TOKEN_ENDPOINTS.items() if op in spec_operations]
        secured = credentials_operation(server, spec)
        token_exchanges: dict[str, int] = {}
        if facade_methods is not None:
            config["facade"] = facade_methods
            # Every operation is called three times (sync_detailed, RunaiClient,
            # AsyncRunaiClient) besides the exchanges.
            token_exchanges = {TOKEN_ENDPOINTS[e]: 3 for e in endpoints}
            if endpoints and secured is not None:
                config["credentials"] = {
                    "client_id": f"verify-{product.package}",
                    "client_secret": secrets.token_urlsafe(24),
                    "endpoints": endpoints,
                    "operation": secured,
                }
                token_exchanges = {TOKEN_ENDPOINTS[e]: 4 for e in endpoints}
        config_path = scratch / "probe.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        summary = run_probe(venv_python, config_path, release)
        recorded = server.requests
    facade = summary.get("facade", {})
    return _Pass(
        label="null responses" if null_responses else "example responses",
        outcomes=tuple(_outcome(raw) for raw in summary["operations"]),
        problems=tuple(str(p) for p in summary.get("problems", [])),
        spec_operations=spec_operations,
        recorded=recorded,
        facade_outcomes=(
            *(_facade_outcome("operation", raw) for raw in facade.get("operations", [])),
            *(_facade_outcome("async", raw) for raw in facade.get("async_operations", [])),
            *(_facade_outcome("pages", raw) for raw in facade.get("pages", [])),
            *(_facade_outcome("credentials", raw) for raw in summary.get("credentials", [])),
        ),
        token_exchanges=token_exchanges,
        facade_expected=facade_methods is not None,
    )


def create_venv(python: Path, target: Path, wheel: Path) -> Path:
    """A new venv at `target` with `wheel` installed by plain pip; returns its python."""
    _run([str(python), "-m", "venv", str(target)], what=f"creating a venv at {target}")
    venv_python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        [
            str(venv_python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-input",
            str(wheel),
        ],
        what=f"pip install {wheel.name}",
    )
    return venv_python


def _run(command: list[str], *, what: str) -> None:
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=PIP_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise ToolkitError(f"{what}: timed out after {PIP_TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise ToolkitError(f"{what} failed: {lines[-1] if lines else 'no output'}")


def run_probe(venv_python: Path, config_path: Path, release: Release) -> dict[str, Any]:
    # -I: isolated mode, so the probe sees only the venv (not the toolkit, PYTHONPATH or the
    # user's site-packages).
    command = [str(venv_python), "-I", str(PROBE), str(config_path)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=PROBE_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise ToolkitError(
            f"verify {release.key}: the probe timed out after {PROBE_TIMEOUT_SECONDS} s"
        ) from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise ToolkitError(
            f"verify {release.key}: the probe failed: {lines[-1] if lines else 'no output'}"
        )
    try:
        summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise ToolkitError(f"verify {release.key}: the probe printed no JSON summary") from None
    return summary


def _outcome(raw: dict[str, Any]) -> OperationOutcome:
    return OperationOutcome(
        operation_id=str(raw["operation_id"]),
        method=str(raw["method"]),
        path=str(raw["path"]),
        status=raw.get("status"),
        ok=bool(raw["ok"]),
        deprecated=bool(raw["deprecated"]),
        warned=bool(raw["warned"]),
        error=raw.get("error"),
    )


def _facade_outcome(kind: str, raw: dict[str, Any]) -> FacadeOutcome:
    if kind == "credentials":
        call = f"token_endpoint={raw['endpoint']!r}: {raw['operation']}"
        operation_id = str(raw["operation"])
    else:
        call = str(raw["call"])
        operation_id = str(raw["operation_id"])
    return FacadeOutcome(
        kind=kind,
        operation_id=operation_id,
        call=call,
        deprecated=bool(raw.get("deprecated", False)),
        ok=bool(raw["ok"]),
        error=raw.get("error"),
    )


def _check(result: VerifyResult, probe_pass: _Pass) -> None:
    key = f"{result.product}/{result.release}"
    violations = {r.operation: r for r in probe_pass.recorded if r.violations}
    problems: list[str] = list(probe_pass.problems)
    for outcome in probe_pass.outcomes:
        if outcome.ok:
            continue
        violation = violations.get(f"{outcome.method} {outcome.path}")
        server = f"; server: {violation.violations[0]}" if violation else ""
        problems.append(
            f"{outcome.operation_id} ({outcome.method} {outcome.path}): {outcome.error}{server}"
        )
    problems += [
        f"{o.call} ({o.operation_id}): {o.error}" for o in probe_pass.facade_outcomes if not o.ok
    ]
    for operation, expected in sorted(probe_pass.token_exchanges.items()):
        served = sum(1 for r in probe_pass.recorded if r.operation == operation and r.status < 300)
        if served != expected:
            problems.append(
                f"{operation}: the contract server answered {served} token requests, "
                f"expected {expected} (one per client-credentials exchange)"
            )
    called = {f"{o.method} {o.path}" for o in probe_pass.outcomes}
    facade_calls = {(o.kind, o.operation_id) for o in probe_pass.facade_outcomes}
    for operation, operation_id in sorted(probe_pass.spec_operations.items()):
        if operation not in called:
            problems.append(f"{operation_id} ({operation}): in the spec but not in the package")
        elif probe_pass.facade_expected:
            problems += [
                f"{operation_id} ({operation}): not called through the {kind} facade"
                for kind in ("operation", "async")
                if (kind, operation_id) not in facade_calls
            ]
    failed = {f"{o.method} {o.path}" for o in probe_pass.outcomes if not o.ok}
    for record in probe_pass.recorded:
        if record.violations and record.operation not in failed:
            problems.append(
                f"{record.operation_id or '(no operation)'} ({record.method} {record.path}): "
                f"server: {record.violations[0]}"
            )
    if problems:
        more = (
            f" (and {len(problems) - SHOWN_PROBLEMS} more)"
            if len(problems) > SHOWN_PROBLEMS
            else ""
        )
        shown = " | ".join(problems[:SHOWN_PROBLEMS])
        raise ToolkitError(f"verify {key} failed ({probe_pass.label}): {shown}{more}")


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="install each release's wheel in a fresh venv and call every operation "
        "against a contract server of its spec",
    )
    parser.add_argument("--product", help="product (default: all)")
    parser.add_argument(
        "--release",
        action="append",
        dest="releases",
        metavar="RELEASE",
        help="release label (repeatable; default: all of the product)",
    )
    parser.add_argument(
        "--dist", type=Path, help="folder of the wheels (default: the project's dist/)"
    )
    parser.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    manifest = workspace.manifest
    products = [args.product] if args.product else sorted(manifest.products)
    if args.releases and len(products) != 1:
        raise ToolkitError("verify --release needs --product when the manifest has several")
    for name in products:
        labels: list[str] = args.releases or manifest.product(name).labels()
        for label in labels:
            result = verify_release(workspace, name, label, dist=args.dist)
            print(result.summary())
    return 0
