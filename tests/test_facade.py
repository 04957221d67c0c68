"""The rendered facade: naming, ruff + mypy --strict, and calls through it on real servers."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import upstream_spec_path
from runtime_support import Reply, SeenRequest, scripted_server

from runai_sdkgen.core.manifest import load_manifest
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.facade import (
    FacadeOperation,
    FacadeParameter,
    facade_operations,
    method_names,
    read_catalog,
    render_facade,
    short_name,
    snake_case,
    write_facade,
)
from runai_sdkgen.generate.runtime import copy_runtime
from runai_sdkgen.spec import load as specio

PACKAGE = "runai_mt_client"
SECRET = "facade-secret-5b1c"
VENV_BIN = Path(sys.executable).parent
# mypy checks these and everything they import (the generated api/, models/, client, types).
FACADE_MODULES = ("-m", f"{PACKAGE}.facade", "-m", f"{PACKAGE}.runtime")

ERROR = {"$ref": "#/components/schemas/Error"}
TENANT = {"$ref": "#/components/schemas/Tenant"}
CLUSTERS = {"type": "array", "items": {"$ref": "#/components/schemas/Cluster"}}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Facade demo", "version": "2.23"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/api/v1/tenants": {
            "get": {
                "operationId": "get_tenants",
                "tags": ["Tenant"],
                "parameters": [
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "deleted", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        **_json({"$ref": "#/components/schemas/TenantsPage"}),
                    },
                    "400": {"description": "bad", **_json(ERROR)},
                },
            },
            "post": {
                "operationId": "create_tenant",
                "tags": ["Tenant"],
                "requestBody": {
                    "required": True,
                    **_json({"$ref": "#/components/schemas/TenantCreate"}),
                },
                "responses": {
                    "201": {
                        "description": "made",
                        **_json(TENANT),
                    },
                    "409": {"description": "exists", **_json(ERROR)},
                },
            },
        },
        "/api/v1/tenants/{tenantId}": {
            "parameters": [
                {"name": "tenantId", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "get": {
                "operationId": "get_tenant_by_id",
                "tags": ["Tenant"],
                "responses": {
                    "200": {"description": "one", **_json(TENANT)},
                    "404": {"description": "none", **_json(ERROR)},
                },
            },
            "delete": {
                "operationId": "delete_tenant",
                "tags": ["Tenant"],
                "deprecated": True,
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/api/v1/clusters": {
            "get": {
                "operationId": "get_clusters",
                "tags": ["Clusters"],
                "responses": {
                    "200": {
                        "description": "all",
                        **_json(
                            {"type": "array", "items": {"$ref": "#/components/schemas/Cluster"}}
                        ),
                    }
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "details": {"type": "string"},
                },
            },
            "Tenant": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            },
            "TenantCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "TenantsPage": {
                "type": "object",
                "required": ["tenants"],
                "properties": {
                    "tenants": {"type": "array", "items": {"$ref": "#/components/schemas/Tenant"}},
                    "next": {"type": "integer"},
                },
            },
            "Cluster": {
                "type": "object",
                "required": ["uuid"],
                "properties": {"uuid": {"type": "string"}},
            },
        },
    },
}


def _operation(operation_id: str, tag: str, method: str = "GET") -> FacadeOperation:
    return FacadeOperation(
        operation_id=operation_id,
        method=method,
        path="/x",
        tag=tag,
        module=f"{PACKAGE}.api.{snake_case(tag)}.{snake_case(operation_id)}",
        parameters=(),
        result_annotation="Any",
        imports=(),
        body_model=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
        result_has_item_list=True,
    )


@pytest.mark.parametrize(
    ("operation_id", "tag", "method", "expected"),
    [
        ("get_tenants", "Tenant", "GET", "list"),
        ("get_tenant_by_id", "Tenant", "GET", "get_by_id"),
        ("create_tenant", "Tenant", "POST", "create"),
        ("getServiceAccounts", "Service Accounts", "GET", "list"),
        ("delete_service_account", "Service Accounts", "DELETE", "delete"),
        ("get_nodepools", "NodePools", "GET", "list"),
        ("get_nodepool_metrics", "Node Pools", "GET", "get_metrics"),
        ("count_nodes", "Nodes", "GET", "count"),
        ("grant_token_v2", "Tokens", "POST", "grant_v2"),
        ("get_access_rules", "Access rules", "GET", "list"),
        ("get_policies", "Policy", "GET", "list"),
    ],
)
def test_short_names_strip_the_tag_noun(
    operation_id: str, tag: str, method: str, expected: str
) -> None:
    assert short_name(_operation(operation_id, tag, method)) == expected


def test_colliding_short_names_fall_back_to_the_full_operation_id() -> None:
    source = render_facade(
        PACKAGE,
        "2.23",
        [
            _operation("get_tenants", "Tenant"),
            _operation("list_tenant", "Tenant"),
            _operation("get_tenant_by_id", "Tenant"),
        ],
    )
    assert "def get_tenants(self)" in source
    assert "def list_tenant(self)" in source
    assert "def get_by_id(self)" in source


def test_operation_ids_equal_after_snake_case_use_the_module_names() -> None:
    first = _operation("getClusterMetrics", "Clusters")
    second = dataclasses.replace(
        _operation("get_cluster_metrics", "Clusters"),
        module=f"{PACKAGE}.api.clusters.get_cluster_metrics_2",
    )
    source = render_facade(PACKAGE, "2.24", [first, second])
    assert "def get_cluster_metrics(self)" in source
    assert "def get_cluster_metrics_2(self)" in source


def test_tags_mapping_to_one_attribute_are_refused() -> None:
    with pytest.raises(ToolkitError, match="both map to the attribute 'tenant'"):
        render_facade(PACKAGE, "2.23", [_operation("a", "Tenant"), _operation("b", "tenant ")])


def test_paginated_operations_get_a_page_walker() -> None:
    page_params = tuple(
        FacadeParameter(name, "query", False, "int | Unset", "UNSET")
        for name in ("offset", "limit")
    )
    operation = _operation("get_tenants", "Tenant")
    paged = FacadeOperation(**{**operation.__dict__, "parameters": page_params})
    assert paged.paginated
    assert not operation.paginated
    assert not dataclasses.replace(paged, result_has_item_list=False).paginated
    assert "def list_all(self, *, page_size: int" in render_facade(PACKAGE, "2.23", [paged])


def test_a_catalog_that_is_not_plain_data_is_refused(tmp_path: Path) -> None:
    (tmp_path / "operations.py").write_text("OPERATIONS = (OperationInfo('get_x'),)\n")
    with pytest.raises(ToolkitError, match="OPERATIONS is not plain data"):
        read_catalog(tmp_path)
    (tmp_path / "operations.py").write_text("X = 1\n")
    with pytest.raises(ToolkitError, match="no OPERATIONS"):
        read_catalog(tmp_path)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated package project with the runtime and the facade, for SPEC."""
    generate = pytest.importorskip("runai_sdkgen.generate.stage", reason="needs the generate stage")
    root = tmp_path_factory.mktemp("facade")
    spec_file = root / "spec.json"
    spec_file.write_text(json.dumps(SPEC))
    project = root / "project"
    manifest = load_manifest(Path(__file__).resolve().parent.parent / "specs" / "releases.toml")
    generate.generate_spec_file(manifest, spec_file, "2.23", project, "multi-tenant", strict=False)
    package_dir = project / PACKAGE
    copy_runtime(package_dir)
    write_facade(package_dir, PACKAGE, "2.23")
    return project


@pytest.fixture(scope="module")
def facade(generated: Path) -> Iterator[ModuleType]:
    """The generated facade module, imported from the generated project (cleaned up after)."""

    def forget() -> None:
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]

    forget()
    sys.path.insert(0, str(generated))
    try:
        yield importlib.import_module(f"{PACKAGE}.facade")
    finally:
        sys.path.remove(str(generated))
        forget()


def test_the_facade_catalog_covers_every_operation(generated: Path) -> None:
    operations = facade_operations(generated / PACKAGE, PACKAGE)
    assert sorted(op.operation_id for op in operations) == [
        "create_tenant",
        "delete_tenant",
        "get_clusters",
        "get_tenant_by_id",
        "get_tenants",
    ]
    by_id = {op.operation_id: op for op in operations}
    assert by_id["get_tenants"].paginated
    assert by_id["get_clusters"].result_has_item_list
    assert not by_id["get_tenant_by_id"].result_has_item_list
    assert by_id["delete_tenant"].deprecated
    assert [p.python_name for p in by_id["get_tenant_by_id"].parameters] == ["tenant_id"]
    assert by_id["create_tenant"].parameters[0].location == "body"


def test_the_rendered_facade_and_runtime_pass_ruff(generated: Path) -> None:
    done = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", f"{PACKAGE}/facade.py", f"{PACKAGE}/runtime"],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_the_facade_and_what_it_imports_pass_mypy_strict(generated: Path) -> None:
    done = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", *FACADE_MODULES],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


class TenantApi:
    """A scripted tenant service: tokens, 5 tenants in pages, errors on demand."""

    def __init__(self) -> None:
        self.tenants = [{"id": i, "name": f"t{i}"} for i in range(5)]
        self.fail_with: int | None = None

    def __call__(self, request: SeenRequest) -> Reply:
        if request.path == "/api/v1/token":
            return Reply(200, {"accessToken": "facade-token", "expiresIn": 3600})
        if request.authorization != "Bearer facade-token":
            return Reply(401, {"code": 401, "message": "who are you"})
        if self.fail_with is not None:
            return Reply(self.fail_with, {"code": self.fail_with, "message": "scripted failure"})
        if request.path == "/api/v1/tenants" and request.method == "GET":
            offset = int(request.query.get("offset", ["0"])[0])
            limit = int(request.query.get("limit", ["50"])[0])
            page = self.tenants[offset : offset + limit]
            return Reply(200, {"tenants": page, "next": offset + len(page)})
        if request.path == "/api/v1/tenants" and request.method == "POST":
            return Reply(201, {"id": 99, **request.json()})
        if request.path.startswith("/api/v1/tenants/") and request.method == "GET":
            tenant_id = int(request.path.rsplit("/", 1)[1])
            if tenant_id >= len(self.tenants):
                return Reply(404, {"code": 404, "message": f"tenant {tenant_id} not found"})
            return Reply(200, self.tenants[tenant_id])
        if request.method == "DELETE":
            return Reply(204)
        return Reply(200, [{"uuid": "c-1"}])


def _client(facade: ModuleType, base_url: str, **kwargs: Any) -> Any:
    runtime = importlib.import_module(f"{PACKAGE}.runtime")
    kwargs.setdefault("retry", runtime.RetryPolicy(attempts=3, backoff_base=0.01))
    return facade.RunaiClient(base_url, client_id="svc", client_secret=SECRET, **kwargs)


LAZY_PROBE = """
import json, sys
import runai_mt_client

def loaded():
    prefixes = ("runai_mt_client.api.", "runai_mt_client.models.")
    return sorted(m for m in sys.modules if m.startswith(prefixes))

on_import = loaded()
client = runai_mt_client.RunaiClient("http://127.0.0.1:9", token="t", on_release_mismatch="ignore")
with_client = loaded()
from runai_mt_client.models import Cluster
print(json.dumps({"import": on_import, "client": with_client, "model": loaded()}))
"""


def test_importing_the_package_imports_no_operation_or_model(generated: Path) -> None:
    """Endpoint modules and models are imported when first used, not by `import <package>`:
    the cost of the import does not grow with the API."""
    probe = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE],
        cwd=generated,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(probe.stdout)
    assert loaded["import"] == loaded["client"] == []
    assert loaded["model"] == [f"{PACKAGE}.models.cluster"]


def test_calls_through_the_facade_return_parsed_models(facade: ModuleType) -> None:
    api = TenantApi()
    with scripted_server(api) as server, _client(facade, server.base_url) as client:
        page = client.tenant.list(limit=2)
        assert [tenant.name for tenant in page.tenants] == ["t0", "t1"]
        assert client.tenant.get_by_id(3).name == "t3"
        models = importlib.import_module(f"{PACKAGE}.models")
        created = client.tenant.create(body=models.TenantCreate(name="new"))
        assert (created.id, created.name) == (99, "new")
        assert [cluster.uuid for cluster in client.clusters.list()] == ["c-1"]
        assert len(server.seen("POST", "/api/v1/token")) == 1
        assert SECRET not in repr(client)


def test_the_page_walker_yields_every_tenant_once(facade: ModuleType) -> None:
    api = TenantApi()
    with scripted_server(api) as server, _client(facade, server.base_url) as client:
        tenants = list(client.tenant.list_all(page_size=2))
        assert [tenant.id for tenant in tenants] == [0, 1, 2, 3, 4]
        assert len(server.seen("GET", "/api/v1/tenants")) == 3


def test_non_2xx_answers_raise_typed_errors_after_retries(facade: ModuleType) -> None:
    runtime = importlib.import_module(f"{PACKAGE}.runtime")
    api = TenantApi()
    with scripted_server(api) as server, _client(facade, server.base_url) as client:
        with pytest.raises(runtime.NotFoundError) as missing:
            client.tenant.get_by_id(42)
        assert missing.value.message == "tenant 42 not found"
        assert missing.value.url == f"{server.base_url}/api/v1/tenants/42"
        api.fail_with = 503
        with pytest.raises(runtime.ServiceUnavailableError):
            client.tenant.list()
        assert len(server.seen("GET", "/api/v1/tenants")) == 3
        models = importlib.import_module(f"{PACKAGE}.models")
        with pytest.raises(runtime.ServerError) as failed:
            client.tenant.create(body=models.TenantCreate(name="x"))
        assert len(server.seen("POST", "/api/v1/tenants")) == 1  # POST: not retried
        assert SECRET not in str(failed.value)


def test_deprecated_operations_are_hidden_and_warn_once_at_the_caller(
    facade: ModuleType,
) -> None:
    with scripted_server(TenantApi()) as server, _client(facade, server.base_url) as client:
        assert "delete" not in dir(client.tenant)
        assert "list" in dir(client.tenant)
        assert client.tenant.deprecated_operations() == ("delete",)
        assert "delete" not in client.tenant.operations()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.tenant.delete(1)
        deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
        assert len(deprecations) == 1
        assert deprecations[0].filename == __file__
        assert "deprecated since Run:ai 2.23" in str(deprecations[0].message)
        assert "removal in 2.25" in str(deprecations[0].message)
        assert len(server.seen("DELETE", "/api/v1/tenants/1")) == 1


def test_the_release_pin_warns_or_refuses(facade: ModuleType) -> None:
    runtime = importlib.import_module(f"{PACKAGE}.runtime")
    with pytest.warns(runtime.ReleaseMismatchWarning, match=r'"runai-mt-client~=2\.24\.0"'):
        facade.RunaiClient("http://127.0.0.1:9", token="t", server_release="2.24").close()
    with pytest.raises(runtime.ReleaseMismatchError):
        facade.RunaiClient(
            "http://127.0.0.1:9", token="t", server_release="2.22", on_release_mismatch="error"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        facade.RunaiClient("http://127.0.0.1:9", token="t", server_release="2.23.1").close()


def test_the_async_client_shares_one_token_and_walks_pages(facade: ModuleType) -> None:
    api = TenantApi()

    async def run(base_url: str) -> tuple[list[Any], list[int]]:
        async with facade.AsyncRunaiClient(
            base_url, client_id="svc", client_secret=SECRET
        ) as client:
            singles = await asyncio.gather(*(client.tenant.get_by_id(i) for i in range(5)))
            walked = [tenant.id async for tenant in client.tenant.list_all(page_size=2)]
            return [tenant.id for tenant in singles], walked

    with scripted_server(api) as server:
        singles, walked = asyncio.run(run(server.base_url))
        assert singles == walked == [0, 1, 2, 3, 4]
        assert len(server.seen("POST", "/api/v1/token")) == 1


def test_the_facade_against_the_contract_server(facade: ModuleType) -> None:
    contract_server = pytest.importorskip(
        "runai_sdkgen.verify.contract_server", reason="needs the contract server"
    )
    models = importlib.import_module(f"{PACKAGE}.models")
    with contract_server.ContractServer(SPEC, token="contract-token") as server:
        with facade.RunaiClient(server.base_url, token="contract-token") as client:
            assert client.tenant.list(limit=5) is not None
            assert client.tenant.get_by_id(1) is not None
            assert client.tenant.create(body=models.TenantCreate(name="n")) is not None
            assert client.clusters.list() is not None
        assert server.violations == []
        assert len(server.requests) == 4


CP_PROBE = """
import json, sys, warnings
from runai_mt_client.facade import RunaiClient
calls = json.loads(sys.argv[2])
called, walked, failed = 0, 0, []
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    with RunaiClient(sys.argv[1], token="cp-token", server_release="2.24") as client:
        for attribute, method, pages in calls:
            group = getattr(client, attribute)
            try:
                getattr(group, method)()
                called += 1
                if pages:
                    walked += len(list(getattr(group, pages)()))
            except Exception as error:
                failed.append(f"{attribute}.{method}: {type(error).__name__}: {error}")
print(json.dumps({"called": called, "walked": walked, "failed": failed}))
"""


@pytest.fixture(scope="module")
def control_plane_2_24(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real control-plane 2.24 spec generated as a package, with runtime and facade."""
    spec_path = upstream_spec_path("2.24")
    generate = pytest.importorskip("runai_sdkgen.generate.stage", reason="needs the generate stage")
    project = tmp_path_factory.mktemp("cp") / "project"
    manifest = load_manifest(Path(__file__).resolve().parent.parent / "specs" / "releases.toml")
    generate.generate_spec_file(manifest, spec_path, "2.24", project, "multi-tenant", strict=False)
    copy_runtime(project / PACKAGE)
    started = time.perf_counter()
    write_facade(project / PACKAGE, PACKAGE, "2.24")
    print(f"\nfacade for control-plane 2.24 rendered in {time.perf_counter() - started:.2f} s")
    return project


@pytest.mark.slow
@pytest.mark.upstream
def test_the_control_plane_facade_offers_every_operation_and_calls_through(
    control_plane_2_24: Path,
) -> None:
    spec = specio.load_spec_file(upstream_spec_path("2.24"))
    operations = facade_operations(control_plane_2_24 / PACKAGE, PACKAGE)
    spec_operations = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert {(op.method, op.path) for op in operations} == spec_operations
    names = method_names(operations)
    assert len(set(names.values())) == len(operations)
    lint = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", f"{PACKAGE}/facade.py", f"{PACKAGE}/runtime"],
        cwd=control_plane_2_24,
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout[-2000:]
    contract_server = pytest.importorskip(
        "runai_sdkgen.verify.contract_server", reason="needs the contract server"
    )
    calls = [
        names[op.module]
        for op in operations
        if op.method == "GET" and not any(p.required for p in op.parameters)
    ]
    with contract_server.ContractServer(spec, token="cp-token") as server:
        done = subprocess.run(
            [sys.executable, "-c", CP_PROBE, server.base_url, json.dumps(calls)],
            cwd=control_plane_2_24,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout)
        assert result["failed"] == []
        assert result["called"] == len(calls)
        assert [r.violations for r in server.violations] == []
    print(
        f"control-plane 2.24: {len(calls)} parameterless GETs called through the facade, "
        f"{result['walked']} items walked by page walkers"
    )


@pytest.mark.slow
@pytest.mark.upstream
def test_the_control_plane_facade_and_what_it_imports_pass_mypy_strict(
    control_plane_2_24: Path,
) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", *FACADE_MODULES],
        cwd=control_plane_2_24,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    print(f"\nmypy --strict on control-plane 2.24 facade: {time.perf_counter() - started:.0f} s")
