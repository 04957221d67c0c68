"""Small specs and helpers shared by the repair and generate tests.

`small_spec(release)` is a tiny Multi-tenant-like API holding one instance of every shape the
repair pass fixes and every kind of deprecation; release 2.22 deprecates less than 2.23, so
`deprecated_in` must come out as the earlier release where the item stayed deprecated.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from runai_sdkgen.manifest import Manifest, load_manifest

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
    from runai_sdkgen.specio import normalize_spec

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
        from dateutil.parser import isoparse

        try:
            return isoparse(left) == isoparse(right)
        except ValueError:
            return False
    return json.dumps(left) == json.dumps(right)
