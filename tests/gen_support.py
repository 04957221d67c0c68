"""Small specs and helpers shared by the repair and generate tests.

`small_spec(release)` is a tiny Multi-tenant-like API holding one instance of every shape the
repair pass fixes and every kind of deprecation; release 2.22 deprecates less than 2.23, so
`deprecated_in` must come out as the earlier release where the item stayed deprecated.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import importlib
import inspect
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from runai_sdkgen.core.manifest import Manifest, load_manifest
from runai_sdkgen.generate.repair import repair_spec
from runai_sdkgen.generate.stage import _needs_class
from runai_sdkgen.spec import naming
from runai_sdkgen.spec.deprecations import deprecated_items, operations, own_properties
from runai_sdkgen.verify.examples import example_value

VENV_BIN = Path(sys.executable).parent
REF = "#/components/schemas/"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def small_spec(release: str = "2.23") -> dict[str, Any]:
    json_body = {"content": {"application/json": {"schema": _ref("Tenant")}}}
    error = {
        "description": "error",
        "content": {"application/json": {"schema": _ref("Error")}},
    }
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "NVIDIA Run:ai", "version": "latest"},
        "servers": [{"url": "https://app.run.ai"}],
        "paths": {
            "/api/v1/tenants": {
                "get": {
                    "operationId": "getTenants",
                    "tags": ["Tenant"],
                    "summary": "List tenants.",
                    "deprecated": True,
                    "parameters": [
                        {"$ref": "#/components/parameters/DeletedAlias"},
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "tenants",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": _ref("Tenant")}
                                }
                            },
                        },
                        "400": error,
                    },
                },
                "post": {
                    "operationId": "createTenant",
                    "tags": ["Tenant"],
                    "requestBody": {"required": True, **json_body},
                    "responses": {"201": {"description": "created", **json_body}},
                },
            },
            "/api/v1/tenants/{tenantId}": {
                "get": {
                    "operationId": "get_tenants",
                    "tags": ["Tenant"],
                    "parameters": [
                        {
                            "name": "tenantId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "verbose",
                            "in": "query",
                            "deprecated": True,
                            "schema": {"type": "boolean"},
                        },
                    ],
                    "responses": {"200": {"description": "tenant", **json_body}, "404": error},
                }
            },
            "/api/v1/tenants/{tenantId}/logs": {
                "get": {
                    "operationId": "getTenantLogs",
                    "tags": ["Tenant"],
                    "parameters": [
                        {
                            "name": "tenantId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "archive",
                            "content": {
                                "application/x-tar": {
                                    "schema": {"type": "string", "format": "binary"}
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "parameters": {
                "Deleted": {
                    "name": "deleted",
                    "in": "query",
                    "deprecated": True,
                    "schema": {"type": "boolean"},
                },
                "DeletedAlias": {"$ref": "#/components/parameters/Deleted"},
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": {"type": "integer", "minimum": 100, "maximum": 599},
                        "message": {"type": "string"},
                    },
                },
                "Phase": {"type": "string", "enum": ["Ready", "Pending"], "nullable": True},
                "TenantBase": {
                    "type": "object",
                    "nullable": True,
                    "properties": {
                        "name": {"type": "string"},
                        "legacyName": {"type": "string", "deprecated": True},
                    },
                },
                "TenantStatus": {
                    "type": "object",
                    "nullable": True,
                    "allOf": [
                        {
                            "type": "object",
                            "properties": {
                                "phase": {"allOf": [_ref("Phase"), {"description": "The phase."}]}
                            },
                        },
                        {},
                    ],
                },
                "Parent": {
                    "type": "object",
                    "nullable": True,
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "parent": _ref("Parent")},
                },
                "Tenant": {
                    "allOf": [
                        _ref("TenantBase"),
                        {
                            "type": "object",
                            "required": ["id"],
                            "properties": {
                                "id": {"type": "integer"},
                                "status": _ref("TenantStatus"),
                                "parent": _ref("Parent"),
                                "tenant": {"type": "string", "description": "shadows the module"},
                                "d": {"type": "string"},
                                "createdAt": {"type": "string", "format": "date-time"},
                            },
                        },
                    ]
                },
                "tenant": {
                    "type": "object",
                    "properties": {"lowercase": {"type": "boolean"}},
                },
            },
        },
    }
    if release == "2.22":
        earlier = copy.deepcopy(spec)
        schemas = earlier["components"]["schemas"]
        schemas["TenantBase"]["properties"]["legacyName"].pop("deprecated")
        earlier["components"]["parameters"]["Deleted"].pop("deprecated")
        return earlier
    return spec


def write_manifest(root: Path, product: str, package: str, specs: dict[str, Any]) -> Manifest:
    """A manifest under `root/specs` whose releases' normalized specs are `specs`."""
    from runai_sdkgen.spec.load import normalize_spec

    lines = [
        f"[products.{product}]",
        f'title = "NVIDIA Run:ai {product} API"',
        f'distribution = "{package.replace("_", "-")}"',
        f'package = "{package}"',
    ]
    for label, spec in specs.items():
        lines += [
            "",
            f"[[products.{product}.releases]]",
            f'label = "{label}"',
            f'snapshot = "{product}/{label}/openapi.yaml"',
            'source = { kind = "embedded" }',
        ]
        normalized = root / "generated" / "specs" / product / label / "openapi.json"
        normalized.parent.mkdir(parents=True, exist_ok=True)
        normalized.write_bytes(normalize_spec(spec))
    manifest_path = root / "specs" / "releases.toml"
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text("\n".join(lines) + "\n")
    return load_manifest(manifest_path)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def run_tool(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True
    )


def same_json(left: Any, right: Any) -> bool:
    """Equal as JSON values, where date-time strings compare by the instant they name."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return datetime.datetime.fromisoformat(left) == datetime.datetime.fromisoformat(right)
        except ValueError:
            return False
    return json.dumps(left) == json.dumps(right)


@contextlib.contextmanager
def imported(project: Path, package: str) -> Iterator[ModuleType]:
    """Import a generated package from its project folder; forget it afterwards."""

    def forget() -> None:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]

    forget()
    sys.path.insert(0, str(project))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(project))
        forget()


def check_catalog_and_classes(package: str, spec: dict[str, Any], lost: tuple[str, ...]) -> None:
    """The (imported) package's catalog lists every operation once; every object or enum
    component schema but `lost` has a class."""
    renamed = repair_spec(spec).renamed_schemas
    catalog = importlib.import_module(f"{package}.operations").OPERATIONS
    assert {(op.method, op.path) for op in catalog} == {
        (method.upper(), path) for path, method, _ in operations(spec)
    }
    assert len({op.module for op in catalog}) == len(catalog)
    for op in catalog:
        assert callable(importlib.import_module(op.module).sync_detailed)
    models = importlib.import_module(f"{package}.models")
    missing = [
        name
        for name, schema in spec["components"]["schemas"].items()
        if _needs_class(schema)
        and name not in lost
        and not hasattr(models, naming.class_name(renamed.get(name, name)))
    ]
    assert missing == []


def check_round_trips(package: str, spec: dict[str, Any], lost: tuple[str, ...]) -> int:
    """Example payloads of every component (with and without nulls) survive from_dict ->
    to_dict unchanged, without warnings; returns how many were checked."""
    renamed = repair_spec(spec).renamed_schemas
    models = importlib.import_module(f"{package}.models")
    checked = 0
    failures: list[str] = []
    for name, schema in sorted(spec["components"]["schemas"].items()):
        if not _needs_class(schema) or name in lost:
            continue
        cls = getattr(models, naming.class_name(renamed.get(name, name)))
        for nulls in (False, True):
            payload = example_value(
                {"$ref": f"#/components/schemas/{name}"}, spec, nullable_as_null=nulls
            )
            if payload is None:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                if "enum" in schema:
                    back: Any = cls(payload).value
                else:
                    back = cls.from_dict(payload).to_dict()
            if not same_json(back, payload):
                failures.append(f"{name}: {payload!r} -> {back!r}"[:300])
            checked += 1
    assert failures == []
    return checked


def check_deprecations_flagged(package: str, spec: dict[str, Any]) -> None:
    """Every deprecated operation, parameter and property declaration of the spec is flagged
    in the (imported) package: @deprecated functions, warning parameters, warning fields."""
    items = deprecated_items(spec)
    catalog = importlib.import_module(f"{package}.operations").OPERATIONS
    by_key = {(op.method.lower(), op.path): op for op in catalog}
    flagged_ops = [op for op in catalog if op.deprecated]
    assert {(op.method.lower(), op.path) for op in flagged_ops} == set(items.operations)
    for op in flagged_ops:
        assert "@deprecated(" in inspect.getsource(importlib.import_module(op.module))
        assert op.deprecated_in is not None and op.removal_in is not None
    flagged_params = {
        (op.method.lower(), op.path, p.location, p.name)
        for op in catalog
        for p in op.parameters
        if p.deprecated
    }
    assert flagged_params == set(items.parameters)
    for method, path, location, name in items.parameters:
        source = inspect.getsource(importlib.import_module(by_key[(method, path)].module))
        assert f"The {location} parameter {name!r}" in source
    models = importlib.import_module(f"{package}.models")
    declared = 0
    for component, schema in repair_spec(spec).spec["components"]["schemas"].items():
        for prop, declaration in own_properties(schema).items():
            if not (isinstance(declaration, dict) and declaration.get("deprecated") is True):
                continue
            declared += 1
            cls = getattr(models, naming.class_name(component))
            attribute = inspect.getattr_static(cls, naming.python_name(prop))
            assert isinstance(attribute, property), (component, prop)
            assert "deprecated" in (attribute.__doc__ or "").lower()
    assert declared == deprecated_property_declarations(spec)


def deprecated_property_declarations(node: Any) -> int:
    """Every `deprecated: true` property declaration anywhere in a document."""
    count = 0
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            count += sum(
                1
                for p in properties.values()
                if isinstance(p, dict) and p.get("deprecated") is True
            )
        count += sum(deprecated_property_declarations(v) for v in node.values())
    elif isinstance(node, list):
        count += sum(deprecated_property_declarations(v) for v in node)
    return count
