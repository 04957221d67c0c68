"""The embedded Multi-tenant snapshots: validity, documented release differences, provenance,
agreement with the control-plane spec of the same release, and reproducibility of the builder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT_ROOT, SHARED, upstream_spec_path

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec, load_spec_file

sys.path.insert(0, str(PROJECT_ROOT / "tools"))

import mt_overlay
import mt_snapshots

RELEASES = ("2.22", "2.23", "2.24")
SNAPSHOTS = PROJECT_ROOT / "specs" / "multi-tenant"
PROVENANCE = SNAPSHOTS / "PROVENANCE.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
APPLICATION_PATHS = ("/api/v1/apps", "/api/v1/apps/{appId}", "/api/v1/apps/{appId}/secret")


@cache
def snapshot(release: str) -> Spec:
    return load_spec_file(SNAPSHOTS / release / "openapi.yaml")


@cache
def control_plane(release: str) -> Spec:
    spec: Spec = json.loads(upstream_spec_path(release).read_text(encoding="utf-8"))
    return spec


def operations(spec: Spec) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def resolve(spec: Spec, node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = spec["components"][kind][name]
    return node


def parameter_keys(spec: Spec, operation: dict[str, Any]) -> set[tuple[str, str, bool, bool]]:
    keys = set()
    for parameter in operation.get("parameters", []):
        resolved = resolve(spec, parameter)
        keys.add(
            (
                resolved["name"],
                resolved["in"],
                bool(resolved.get("required")),
                bool(resolved.get("deprecated")),
            )
        )
    return keys


def query_names(spec: Spec, operation: dict[str, Any]) -> set[str]:
    return {
        resolve(spec, parameter)["name"]
        for parameter in operation.get("parameters", [])
        if resolve(spec, parameter)["in"] == "query"
    }


def provenance_rows() -> dict[str, list[list[str]]]:
    """The operation tables of PROVENANCE.md, per release heading."""
    rows: dict[str, list[list[str]]] = {}
    release = None
    for line in PROVENANCE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\d+\.\d+) ", line)
        if heading:
            release = heading.group(1)
            rows[release] = []
        elif release and line.startswith("| ") and not line.startswith("| method"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            rows[release].append(cells)
    return rows


@pytest.mark.parametrize("release", RELEASES)
def test_snapshot_is_valid_and_well_formed(release: str) -> None:
    spec = snapshot(release)
    assert spec["openapi"] == "3.0.3"
    assert spec["info"]["version"] == release
    assert spec["info"]["title"] == "NVIDIA Run:ai"
    assert spec["security"] == [{"bearerAuth": []}]
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
    }
    error = spec["components"]["schemas"]["Error"]
    assert error["required"] == ["code", "message"]
    assert error["properties"]["code"] == {"type": "integer", "minimum": 100, "maximum": 599}
    declared_tags = {tag["name"] for tag in spec["tags"]}
    ids = [operation["operationId"] for operation in operations(spec).values()]
    assert len(ids) == len(set(ids))
    for (method, path), operation in operations(spec).items():
        assert len(operation["tags"]) == 1, (method, path)
        assert operation["tags"][0] in declared_tags
        assert operation["summary"] and operation["description"]
        assert any(int(code) >= 400 for code in operation["responses"]), (method, path)
    assert 15 <= len(ids) <= 45


def test_tenant_operations_exist_in_every_release_with_our_operation_ids() -> None:
    for release in RELEASES:
        ops = operations(snapshot(release))
        assert ops[("get", "/api/v1/tenants")]["operationId"] == "get_tenants"
        assert ops[("post", "/api/v1/tenants")]["operationId"] == "create_tenant"
        assert ops[("get", "/api/v1/tenants/{tenantId}")]["operationId"] == "get_tenant_by_id"
        assert ops[("delete", "/api/v1/tenants/{tenantId}")]["operationId"] == "delete_tenant_by_id"
        tenant = snapshot(release)["components"]["schemas"]["Tenant"]
        assert set(tenant["required"]) == {
            "id",
            "uuid",
            "name",
            "status",
            "contractType",
            "createdAt",
            "updatedAt",
            "smg",
        }
        assert tenant["properties"]["status"]["enum"] == [
            "Creating",
            "Failed",
            "Updating",
            "Deleted",
            "Deleting",
            "Ready",
        ]
        tenant_id = snapshot(release)["components"]["schemas"]["TenantId"]
        assert (tenant_id["type"], tenant_id["format"]) == ("integer", "int32")


@pytest.mark.parametrize(("release", "expected"), [("2.22", False), ("2.23", True), ("2.24", True)])
def test_deleted_and_hard_delete_parameters_from_2_23(release: str, expected: bool) -> None:
    spec = snapshot(release)
    ops = operations(spec)
    assert ("deleted" in query_names(spec, ops[("get", "/api/v1/tenants")])) is expected
    delete = ops[("delete", "/api/v1/tenants/{tenantId}")]
    assert ("isHardDelete" in query_names(spec, delete)) is expected


@pytest.mark.parametrize("release", RELEASES)
def test_release_specific_operations(release: str) -> None:
    paths = snapshot(release)["paths"]
    assert ("/api/v2/token" in paths) is (release == "2.24")
    assert ("/api/v1/service-accounts" in paths) is (release == "2.24")
    assert ("/api/v1/authorization/permission-sets" in paths) is (release == "2.24")
    assert ("/api/v1/users" in paths) is (release == "2.24")
    assert ("/api/v1/idps" in paths) is (release != "2.22")
    assert "/api/v1/token" in paths


@pytest.mark.parametrize("release", RELEASES)
def test_applications_are_deprecated_exactly_in_2_24(release: str) -> None:
    spec = snapshot(release)
    application_ops = [
        op for (_, path), op in operations(spec).items() if path in APPLICATION_PATHS
    ]
    assert len(application_ops) == 6
    assert all(bool(op.get("deprecated")) is (release == "2.24") for op in application_ops)


@pytest.mark.parametrize("release", RELEASES)
def test_tenant_creation_limits_only_in_2_24(release: str) -> None:
    body = snapshot(release)["components"]["schemas"]["TenantCreationRequest"]
    assert body["required"] == ["name", "email"]
    properties = body["properties"]
    assert properties["name"]["pattern"] == "^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$"
    limits = {
        field: (properties[field].get("minLength"), properties[field].get("maxLength"))
        for field in ("name", "email", "password")
    }
    if release == "2.24":
        assert limits == {"name": (2, 255), "email": (5, 254), "password": (8, 255)}
    else:
        assert limits == dict.fromkeys(limits, (None, None))


@pytest.mark.parametrize("release", RELEASES)
def test_token_schemas_per_release(release: str) -> None:
    schemas = snapshot(release)["components"]["schemas"]
    token_request = schemas["TokenRequest"]["properties"]
    assert token_request["appID"]["deprecated"] is True
    max_lengths = {name: field.get("maxLength") for name, field in token_request.items()}
    if release == "2.24":
        assert max_lengths["refreshToken"] == 4096
        assert max_lengths["clientSecret"] == 500
        assert None not in {v for k, v in max_lengths.items() if k != "grantType"}
        assert "expiresIn" in schemas["TokenResponse"]["properties"]
        assert schemas["ServiceAccounts"]["maxItems"] == 1000
    else:
        assert set(max_lengths.values()) == {None}
        assert "expiresIn" not in schemas["TokenResponse"]["properties"]


@pytest.mark.parametrize("release", ["2.23", "2.24"])
def test_every_idps_operation_takes_the_mt_tenant_id_query(release: str) -> None:
    spec = snapshot(release)
    idp_ops = [op for op in operations(spec).values() if op["tags"] == ["Idps"]]
    assert len(idp_ops) == 7
    for operation in idp_ops:
        assert "tenantId" in query_names(spec, operation), operation["operationId"]
    schemas = spec["components"]["schemas"]
    assert "Idp" in schemas
    assert "Idp1" not in schemas


def test_users_schemas_use_the_mt_names() -> None:
    spec = snapshot("2.24")
    users = spec["paths"]["/api/v1/users"]["get"]["responses"]["200"]
    schema = users["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Users"}
    assert spec["components"]["schemas"]["Users"]["items"] == {"$ref": "#/components/schemas/User"}
    assert not {"Users1", "User2"} & set(spec["components"]["schemas"])


def test_every_reference_resolves_and_every_component_is_used() -> None:
    for release in RELEASES:
        spec = snapshot(release)
        refs = set(mt_snapshots.iter_refs(spec))
        defined = {
            f"#/components/{kind}/{name}"
            for kind in ("schemas", "parameters", "responses")
            for name in spec["components"].get(kind, {})
        }
        assert refs == defined, release


@pytest.mark.parametrize("release", RELEASES)
def test_provenance_lists_exactly_the_operations(release: str) -> None:
    spec = snapshot(release)
    rows = provenance_rows()[release]
    listed = {
        (row[0].lower(), row[1].strip("`"), row[2].strip("`"), row[3], row[4]) for row in rows
    }
    actual = {
        (
            method,
            path,
            op["operationId"],
            op["tags"][0],
            "yes" if op.get("deprecated") else "no",
        )
        for (method, path), op in operations(spec).items()
    }
    assert len(rows) == len(listed)
    assert listed == actual
    assert {row[5] for row in rows} <= {"documented", "inferred"}
    for row in rows:
        assert row[6], row
        if row[5] == "documented":
            assert "https://" in row[6], row


def test_scrub_keeps_property_names_and_drops_prose() -> None:
    fragment = {
        "description": "upstream words",
        "x-internal": True,
        "example": {"a": 1},
        "properties": {"description": {"type": "string", "description": "words"}},
        "allOf": [{"$ref": "#/components/schemas/A"}, {"description": "only words"}],
        "default": {"description": "instance data", "example": 1},
    }
    assert mt_snapshots.drop_empty_all_of_members(mt_snapshots.scrub(fragment)) == {
        "properties": {"description": {"type": "string"}},
        "allOf": [{"$ref": "#/components/schemas/A"}],
        "default": {"description": "instance data", "example": 1},
    }


def test_nullable_repair_moves_null_to_property_uses_and_refuses_other_uses() -> None:
    schemas: dict[str, Any] = {
        "Status": {"nullable": True, "default": None, "allOf": [{"type": "object"}]},
        "Cluster": {
            "type": "object",
            "properties": {"status": {"$ref": "#/components/schemas/Status"}},
        },
    }
    notes = mt_snapshots.repair_for_generator({}, schemas)
    assert schemas["Status"] == {"allOf": [{"type": "object"}]}
    assert schemas["Cluster"]["properties"]["status"] == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/Status"}],
    }
    assert notes and "`Status`" in notes[-1]
    listed = {
        "Status": {"nullable": True, "type": "object"},
        "List": {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
    }
    with pytest.raises(ToolkitError, match="outside a property"):
        mt_snapshots.repair_for_generator({}, listed)


@pytest.mark.upstream
@pytest.mark.parametrize("release", RELEASES)
def test_shared_operations_match_the_control_plane(release: str) -> None:
    cp = control_plane(release)
    spec = snapshot(release)
    cp_ops = operations(cp)
    shared = 0
    for key, operation in operations(spec).items():
        if key not in cp_ops:
            continue
        shared += 1
        upstream = cp_ops[key]
        assert operation["operationId"] == upstream["operationId"], key
        assert bool(operation.get("deprecated")) == bool(upstream.get("deprecated")), key
        ours = parameter_keys(spec, operation)
        theirs = parameter_keys(cp, upstream)
        extra = {p for p in ours - theirs if operation["tags"] == ["Idps"] and p[0] == "tenantId"}
        assert ours - extra == theirs, key
    assert shared == len(operations(spec)) - (4 if release != "2.24" else 5)


@pytest.mark.upstream
@pytest.mark.parametrize("release", RELEASES)
def test_shared_schemas_keep_control_plane_structure(release: str) -> None:
    """Property names, required lists, types, enums and deprecated flags survive the copy."""
    cp_schemas = control_plane(release)["components"]["schemas"]
    renamed = {target: source for source, target in mt_overlay.SCHEMA_RENAMES.items()}
    own = set(mt_overlay.mt_components(release)["schemas"])
    checked = 0
    for name, schema in snapshot(release)["components"]["schemas"].items():
        if name in own:
            continue
        upstream = cp_schemas[renamed.get(name, name)]
        assert schema.get("required") == upstream.get("required"), name
        assert schema.get("enum") == upstream.get("enum"), name
        assert schema.get("type") == upstream.get("type"), name
        ours = schema.get("properties", {})
        theirs = upstream.get("properties", {})
        assert list(ours) == list(theirs), name
        for field, definition in theirs.items():
            assert ours[field].get("deprecated") == definition.get("deprecated"), (name, field)
            assert ours[field].get("enum") == definition.get("enum"), (name, field)
        checked += 1
    assert checked > 10


@pytest.mark.upstream
def test_no_upstream_prose_is_copied() -> None:
    for release in RELEASES:
        upstream_text: set[str] = set()

        def collect(node: Any, into: set[str]) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in ("description", "summary") and isinstance(value, str):
                        into.add(value.strip())
                    collect(value, into)
            elif isinstance(node, list):
                for item in node:
                    collect(item, into)

        collect(control_plane(release), upstream_text)
        ours: set[str] = set()
        collect(snapshot(release), ours)
        # Single words ("Created") are not prose worth owning; anything longer must be ours.
        copied = {text for text in ours & upstream_text if " " in text}
        assert not copied, (release, sorted(copied)[:5])


@pytest.mark.upstream
def test_builder_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    upstream_spec_path("2.22")
    written = mt_snapshots.write_all(SHARED, tmp_path)
    assert len(written) == 4
    for path in written:
        committed = SNAPSHOTS / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), committed


def test_builder_reports_a_missing_reference_file(tmp_path: Path) -> None:
    with pytest.raises(ToolkitError, match=r"multitenant-surface\.json: file not found"):
        mt_snapshots.write_all(tmp_path, tmp_path / "out")


@pytest.mark.slow
@pytest.mark.parametrize("release", RELEASES)
def test_stock_generator_reads_the_snapshot_without_warnings(release: str, tmp_path: Path) -> None:
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            str(venv_bin / "openapi-python-client"),
            "generate",
            "--path",
            str(SNAPSHOTS / release / "openapi.yaml"),
            "--output-path",
            str(tmp_path / "client"),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output and "Unable to" not in output, output
    endpoint_modules = [
        path for path in (tmp_path / "client" / "api").rglob("*.py") if path.name != "__init__.py"
    ]
    assert len(endpoint_modules) == len(operations(snapshot(release)))
    # The nullability moved from components to their uses reaches the generated models.
    models = tmp_path / "client" / "models"
    displayed_cluster = (models / "displayed_cluster.py").read_text(encoding="utf-8")
    assert "status: ClusterDisplayedStatus | None | Unset" in displayed_cluster
    if release != "2.22":
        idp = (models / "idp.py").read_text(encoding="utf-8")
        assert "saml_data: None | SamlData | Unset" in idp
