"""The generate stage on a small spec: catalog, deprecation warnings, round trips, determinism."""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import json
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from gen_support import (
    check_round_trips,
    run_tool,
    small_spec,
    tree_bytes,
    write_manifest,
)

from runai_sdkgen.cli import main
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate import stage as generate
from runai_sdkgen.generate.stage import GenerationResult, generate_release
from runai_sdkgen.spec import naming
from runai_sdkgen.verify.examples import example_value

PACKAGE = "runai_mt_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, GenerationResult]]:
    root = tmp_path_factory.mktemp("gen")
    manifest = write_manifest(
        root, "multi-tenant", PACKAGE, {"2.22": small_spec("2.22"), "2.23": small_spec("2.23")}
    )
    result = generate_release(Workspace.at(root, manifest.path), "multi-tenant", "2.23")
    project = root / "generated" / "multi-tenant" / "2.23"
    sys.path.insert(0, str(project))
    try:
        yield project, result
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


class _JsonHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (
            b"[]"
            if self.path.startswith("/api/v1/tenants?") or self.path == "/api/v1/tenants"
            else b'{"id": 1}'
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _JsonHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_counts_match_the_spec(generated: tuple[Path, GenerationResult]) -> None:
    _, result = generated
    spec = small_spec()
    operations = sum(1 for item in spec["paths"].values() for m in item if m in naming.HTTP_METHODS)
    assert result.operations == operations == 4
    assert result.lost_operations == ()
    assert result.lost_schemas == ()
    assert result.generator_warnings == ()
    assert result.schemas == len(spec["components"]["schemas"])
    # 3 deprecated in the spec's operations/parameters + 1 field (flagged in Tenant and TenantBase)
    assert result.deprecated_flagged >= 4
    assert result.repairs["colliding-operation-id"] == 1
    assert result.repairs["inline-parameter-alias"] == 1


def test_catalog_lists_every_operation_once(generated: tuple[Path, GenerationResult]) -> None:
    operations = _module(f"{PACKAGE}.operations").OPERATIONS
    spec = small_spec()
    expected = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    assert {(op.method, op.path) for op in operations} == expected
    assert len({op.module for op in operations}) == len(operations)
    for op in operations:
        module = _module(op.module)
        for function in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, function))
    by_id = {op.operation_id: op for op in operations}
    assert set(by_id) == {"getTenants", "createTenant", "get_tenants", "getTenantLogs"}
    listing = by_id["getTenants"]
    assert (listing.deprecated, listing.deprecated_in, listing.removal_in) == (True, "2.22", "2.24")
    deleted = next(p for p in listing.parameters if p.name == "deleted")
    assert (deleted.location, deleted.deprecated, deleted.required) == ("query", True, False)
    create = by_id["createTenant"]
    assert create.body_model == f"{PACKAGE}.models.tenant:Tenant"
    assert create.body_content_type == "application/json"
    assert not create.deprecated and create.deprecated_in is None


def test_package_metadata(generated: tuple[Path, GenerationResult]) -> None:
    project, _ = generated
    package = _module(PACKAGE)
    assert (package.API_VERSION, package.RELEASE, package.__version__) == ("2.23", "2.23", "2.23.0")
    assert package.PRODUCT == "multi-tenant"
    assert package.Client is _module(f"{PACKAGE}.client").Client
    pyproject = (project / "pyproject.toml").read_text()
    assert 'name = "runai-mt-client"' in pyproject and 'version = "2.23.0"' in pyproject
    assert 'build-backend = "hatchling.build"' in pyproject
    assert (project / PACKAGE / "py.typed").is_file()
    readme = (project / "README.md").read_text()
    assert 'pip install "runai-mt-client~=2.23.0"' in readme
    assert "| operation | `GET /api/v1/tenants` | 2.22 | 2.24 |" in readme
    assert "| field | `TenantBase.legacyName` | 2.23 | 2.25 |" in readme


def _deprecations(record: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in record if issubclass(w.category, DeprecationWarning)]


def test_deprecated_operation_warns_once_at_the_callers_line(
    generated: tuple[Path, GenerationResult], server: str
) -> None:
    client = _module(PACKAGE).Client(base_url=server)
    module = _module(f"{PACKAGE}.api.tenant.get_tenants")
    calls: dict[str, Callable[[], object]] = {
        "sync_detailed": lambda: module.sync_detailed(client=client),
        "sync": lambda: module.sync(client=client),
        "asyncio_detailed": lambda: asyncio.run(module.asyncio_detailed(client=client)),
        "asyncio": lambda: asyncio.run(module.asyncio(client=client)),
    }
    for name, call in calls.items():
        with warnings.catch_warnings(record=True) as record:
            warnings.simplefilter("always")
            line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
            call()
        found = _deprecations(record)
        assert len(found) == 1, (name, [str(w.message) for w in found])
        assert found[0].filename == __file__
        assert found[0].lineno in {line, _lambda_line(calls[name])}
        assert "2.22" in str(found[0].message) and "2.24" in str(found[0].message)


def _lambda_line(function: Any) -> int:
    return int(function.__code__.co_firstlineno)


def test_deprecated_parameter_warns_only_when_passed(
    generated: tuple[Path, GenerationResult], server: str
) -> None:
    client = _module(PACKAGE).Client(base_url=server)
    module = _module(f"{PACKAGE}.api.tenant.get_tenants_2")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        response = module.sync_detailed(1, client=client)
    assert response.status_code == 200
    assert _deprecations(record) == []
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        module.sync_detailed(1, client=client, verbose=True)
        line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
    found = _deprecations(record)
    assert len(found) == 1
    assert (found[0].filename, found[0].lineno) == (__file__, line)
    assert "'verbose'" in str(found[0].message) and "2.22" in str(found[0].message)
    assert "Deprecated:" in (module.sync_detailed.__doc__ or "")


def test_deprecated_field_warns_on_read_and_write_not_on_round_trip(
    generated: tuple[Path, GenerationResult],
) -> None:
    tenant_cls = _module(f"{PACKAGE}.models.tenant").Tenant
    payload = {"id": 1, "legacyName": "old", "tenant": "t", "d": "x"}
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        tenant = tenant_cls.from_dict(payload)
        assert tenant.to_dict() == payload
    assert _deprecations(record) == []
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        assert tenant.legacy_name == "old"
        read_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
        tenant.legacy_name = "new"
        write_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
    found = _deprecations(record)
    assert [(w.filename, w.lineno) for w in found] == [
        (__file__, read_line),
        (__file__, write_line),
    ]
    assert "legacyName" in str(found[0].message) and "2.25" in str(found[0].message)
    assert tenant.to_dict()["legacyName"] == "new"
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        tenant_cls(id=2)
        tenant_cls(id=2, legacy_name="set")
        init_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
    found = _deprecations(record)
    assert [(w.filename, w.lineno) for w in found] == [(__file__, init_line)]


def test_every_model_round_trips_example_payloads(generated: tuple[Path, GenerationResult]) -> None:
    spec = small_spec()
    checked = check_round_trips(PACKAGE, spec, ())
    assert checked >= len(spec["components"]["schemas"])


def test_output_is_deterministic_and_lint_clean(
    generated: tuple[Path, GenerationResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _ = generated
    first = tree_bytes(project)
    manifest = write_manifest(
        tmp_path, "multi-tenant", PACKAGE, {"2.22": small_spec("2.22"), "2.23": small_spec("2.23")}
    )
    # The same bytes whether this process renders the package alone (two CPUs) or deals the
    # models to forked renderers (more CPUs).
    renderers = 3 if generate._renderers() == 1 else 1
    monkeypatch.setattr(generate, "_renderers", lambda: renderers)
    generate_release(Workspace.at(tmp_path, manifest.path), "multi-tenant", "2.23")
    assert tree_bytes(tmp_path / "generated" / "multi-tenant" / "2.23") == first
    ruff = run_tool(["ruff", "check", "--no-cache", "."], project)
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = run_tool(["mypy", "--strict", "--cache-dir=/dev/null", PACKAGE], project)
    assert mypy.returncode == 0, mypy.stdout[-3000:]


def test_cli_generates_an_unlisted_release_from_a_spec_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = write_manifest(tmp_path, "multi-tenant", PACKAGE, {"2.23": small_spec()})
    spec_file = tmp_path / "old.json"
    spec_file.write_text(json.dumps(small_spec()))
    out = tmp_path / "out"
    code = main(
        [
            "--manifest",
            str(manifest.path),
            "generate",
            "--spec",
            str(spec_file),
            "--release",
            "2.19",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert 'version = "2.19.0"' in (out / "pyproject.toml").read_text()
    assert 'RELEASE = "2.19"' in (out / PACKAGE / "__init__.py").read_text()
    assert "multi-tenant 2.19: 4 operations" in capsys.readouterr().out


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = write_manifest(tmp_path, "multi-tenant", PACKAGE, {"2.23": small_spec()})
    assert main(["--manifest", str(manifest.path), "generate", "--release", "9.9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("runai-sdkgen: error: unknown release '9.9'") and err.count("\n") == 1
    assert main(["--manifest", str(manifest.path), "generate", "--spec", "x.json"]) == 2
    assert "needs exactly one --release and --out" in capsys.readouterr().err


def test_strict_mode_fails_when_something_would_be_lost(tmp_path: Path) -> None:
    spec = small_spec()
    # A default that is not one of the enum's values: the generator drops the schema.
    spec["components"]["schemas"]["Broken"] = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["a"], "default": "b"}},
    }
    manifest = write_manifest(tmp_path, "multi-tenant", PACKAGE, {"2.23": spec})
    lenient = generate_release(Workspace.at(tmp_path, manifest.path), "multi-tenant", "2.23")
    assert lenient.lost_schemas == ("Broken",)
    before = tree_bytes(tmp_path / "generated" / "multi-tenant" / "2.23")
    with pytest.raises(
        ToolkitError, match=r"strict: multi-tenant 2.23 loses 0 operations and 1 schemas"
    ):
        generate_release(Workspace.at(tmp_path, manifest.path), "multi-tenant", "2.23", strict=True)
    # The failed run left the previous output as it was and no staging folder behind.
    assert tree_bytes(tmp_path / "generated" / "multi-tenant" / "2.23") == before
    assert sorted(p.name for p in (tmp_path / "generated" / "multi-tenant").iterdir()) == ["2.23"]


def test_pydantic_schemas_validate_payloads_and_mark_deprecated_fields(
    generated: tuple[Path, GenerationResult],
) -> None:
    schemas = _module(f"{PACKAGE}.schemas")
    spec = small_spec()
    payload = example_value({"$ref": "#/components/schemas/Tenant"}, spec)
    tenant = schemas.Tenant.model_validate(payload)
    assert tenant.model_dump(mode="json", by_alias=True, exclude_unset=True)["id"] == payload["id"]
    with pytest.raises(ValueError, match="id"):
        schemas.Tenant.model_validate({"name": "no id"})
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        assert tenant.legacyName == payload["legacyName"]
    assert len(_deprecations(record)) == 1


def test_type_checkers_flag_calls_to_deprecated_operations_and_fields(
    generated: tuple[Path, GenerationResult], tmp_path: Path
) -> None:
    project, _ = generated
    user = tmp_path / "user_code.py"
    user.write_text(
        "from runai_mt_client import Client\n"
        "from runai_mt_client.api.tenant import create_tenant, get_tenants\n"
        "from runai_mt_client.models.tenant import Tenant\n"
        "\n"
        "client = Client(base_url='http://127.0.0.1:1')\n"
        "get_tenants.sync_detailed(client=client)\n"
        "create_tenant.sync_detailed(client=client, body=Tenant(id=1))\n"
        "tenant = Tenant(id=1)\n"
        "tenant.legacy_name = 'old'\n"
    )
    mypy = run_tool(
        [
            "mypy",
            "--strict",
            "--enable-error-code",
            "deprecated",
            "--cache-dir=/dev/null",
            str(user),
        ],
        project,
    )
    # Only the user's lines: the facade's own deprecated methods call the deprecated endpoints
    # on purpose (they warn first), and mypy does not report inside an installed package.
    flagged = [
        line
        for line in mypy.stdout.splitlines()
        if "[deprecated]" in line and line.startswith(str(user))
    ]
    # mypy 2.4 flags calls and writes of deprecated fields (reads: pyright only).
    assert [line.split(":")[1] for line in flagged] == ["6", "9"], mypy.stdout
    assert "2.22" in flagged[0] and "2.24" in flagged[0]


def test_a_failing_datamodel_codegen_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pydantic models come from a child that becomes datamodel-codegen; when that cannot
    run, generation fails with one line naming the output and the cause."""
    from runai_sdkgen.generate import stage as generate

    monkeypatch.setattr(generate, "_tool", lambda name: str(tmp_path / "no-such-tool"))
    output = tmp_path / "schemas.py"
    with (
        pytest.raises(
            ToolkitError,
            match=r"^datamodel-codegen failed for demo 2\.23 \(schemas\.py\): .*no-such-tool",
        ),
        generate._pydantic_schemas(small_spec("2.23"), "demo 2.23") as write_schemas,
    ):
        write_schemas(output, lambda: None)
    assert not output.exists()


def test_work_handed_to_the_schemas_wait_runs_only_while_datamodel_codegen_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generation hands its garbage collection to the wait for datamodel-codegen: it must
    run while the tool still works, and not at all once the tool is done."""
    from runai_sdkgen.generate import stage as generate

    tool = tmp_path / "slow-datamodel-codegen"
    tool.write_text(
        f"#!{sys.executable}\n"
        "import sys, time\n"
        "time.sleep(float(sys.argv[-1]))\n"
        "target = next(a for a in sys.argv if a.startswith('--output=')).split('=', 1)[1]\n"
        "open(target, 'w').write('X = 1\\n')\n",
        encoding="utf-8",
    )
    tool.chmod(0o755)
    monkeypatch.setattr(generate, "_tool", lambda name: str(tool))
    for delay, expected in (("1.5", ["ran"]), ("0", [])):
        monkeypatch.setattr(generate, "PYDANTIC_OPTIONS", (delay,))
        calls: list[str] = []
        with generate._pydantic_schemas(small_spec("2.23"), "demo 2.23") as write_schemas:
            if not expected:
                time.sleep(1.0)  # the tool is done long before this
            write_schemas(tmp_path / f"schemas-{delay}.py", functools.partial(calls.append, "ran"))
        assert calls == expected
        assert (tmp_path / f"schemas-{delay}.py").read_text(encoding="utf-8") == "X = 1\n"
