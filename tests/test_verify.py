"""The verify stage end to end (generate -> build -> fresh venv -> probe) and its probe logic."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import shutil
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from runai_sdkgen.build import build_release
from runai_sdkgen.cli import main
from runai_sdkgen.contract_server import ContractServer
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate import generate_release
from runai_sdkgen.manifest import Manifest, load_manifest
from runai_sdkgen.verify import verify_release
from runai_sdkgen.verify_probe import coerce, probe

PRODUCT = "items"
RELEASE = "1.4"
ERROR_RESPONSE = {
    "description": "error",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "latest"},
    "security": [{"bearerAuth": []}],
    "tags": [{"name": "Items"}],
    "paths": {
        "/api/v1/items": {
            "get": {
                "tags": ["Items"],
                "operationId": "get_items",
                "parameters": [
                    {
                        "name": "sortOrder",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["asc", "desc"]},
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "createdAfter",
                        "in": "query",
                        "schema": {"type": "string", "format": "date-time"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Item"},
                                }
                            }
                        },
                    },
                    "400": ERROR_RESPONSE,
                },
            },
            "post": {
                "tags": ["Items"],
                "operationId": "create_item",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ItemCreationRequest"}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "400": ERROR_RESPONSE,
                },
            },
        },
        "/api/v1/items/{itemId}": {
            "parameters": [
                {
                    "name": "itemId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                }
            ],
            "get": {
                "tags": ["Items"],
                "operationId": "get_item",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "404": ERROR_RESPONSE,
                },
            },
            "delete": {
                "tags": ["Items"],
                "operationId": "delete_item",
                "deprecated": True,
                "responses": {"204": {"description": "gone"}, "404": ERROR_RESPONSE},
            },
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            },
            "Phase": {"type": "string", "enum": ["Creating", "Ready"]},
            "ItemCreationRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z][-a-z0-9]{0,62}$"},
                    "size": {"type": "integer", "format": "int32"},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
            "Item": {
                "allOf": [
                    {"$ref": "#/components/schemas/ItemCreationRequest"},
                    {
                        "type": "object",
                        "required": ["id", "phase", "createdAt"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid"},
                            "phase": {"$ref": "#/components/schemas/Phase"},
                            "createdAt": {"type": "string", "format": "date-time"},
                            "description": {"type": "string", "nullable": True},
                        },
                    },
                ]
            },
        },
    },
}


def write_project(root: Path, spec: dict[str, Any]) -> Manifest:
    specs = root / "specs"
    (specs / PRODUCT / RELEASE).mkdir(parents=True)
    (specs / PRODUCT / RELEASE / "openapi.yaml").write_text(yaml.safe_dump(spec), "utf-8")
    (specs / "releases.toml").write_text(
        f"""[products.{PRODUCT}]
title = "Items API"
distribution = "items-client"
package = "items_client"

[[products.{PRODUCT}.releases]]
label = "{RELEASE}"
build = 2
snapshot = "{PRODUCT}/{RELEASE}/openapi.yaml"
source = {{ kind = "embedded" }}
""",
        "utf-8",
    )
    return load_manifest(specs / "releases.toml")


@pytest.fixture(scope="module")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    root = tmp_path_factory.mktemp("verify-project")
    manifest = write_project(root, SPEC)
    generate_release(manifest, PRODUCT, RELEASE, root)
    product = manifest.product(PRODUCT)
    build_release(
        product, product.release(RELEASE), generated=root / "generated", dist=root / "dist"
    )
    return root, manifest


@pytest.mark.slow
def test_every_operation_passes_in_a_fresh_venv(built_project: tuple[Path, Manifest]) -> None:
    root, manifest = built_project
    result = verify_release(manifest, PRODUCT, RELEASE, root=root, dist=Path("dist"))
    print("\n" + result.summary())
    assert result.wheel.name == "items_client-1.4.2-py3-none-any.whl"
    assert {o.operation_id for o in result.outcomes} == {
        "get_items",
        "create_item",
        "get_item",
        "delete_item",
    }
    assert (result.called, result.passed) == (4, 4)
    assert (result.deprecated, result.deprecated_warned) == (1, 1)
    assert [o.ok for o in result.null_outcomes] == [True] * 4
    assert result.requests_recorded == 8
    assert {o.status for o in result.outcomes} == {200, 201, 204}


@pytest.mark.slow
def test_a_contract_mismatch_fails_naming_release_operation_and_violation(
    built_project: tuple[Path, Manifest],
) -> None:
    root, manifest = built_project
    # The normalized spec wins over the snapshot: the wheel now disagrees with it (a new required
    # query parameter the client cannot send) and the contract server must say so.
    changed = json.loads(json.dumps(SPEC))
    changed["paths"]["/api/v1/items"]["get"]["parameters"].append(
        {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    normalized = root / "generated" / "specs" / PRODUCT / RELEASE / "openapi.json"
    normalized.parent.mkdir(parents=True)
    normalized.write_text(json.dumps(changed), "utf-8")
    try:
        with pytest.raises(ToolkitError) as failure:
            verify_release(manifest, PRODUCT, RELEASE, root=root, dist=root / "dist")
    finally:
        shutil.rmtree(root / "generated" / "specs")
    message = failure.value.message
    assert message.startswith(
        f"verify {PRODUCT}/{RELEASE} failed (example responses): get_items (GET /api/v1/items)"
    )
    assert "server: missing required query parameter 'tenant'" in message
    assert "\n" not in message


def test_cli_without_a_wheel_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_project(tmp_path, SPEC)
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "--product", PRODUCT]) == 2
    error = capsys.readouterr().err
    assert error.startswith("runai-sdkgen: error: ")
    assert "items_client-1.4.2-*.whl" in error
    assert error.count("\n") == 1


class Color(enum.Enum):
    RED = "red"


class Unset:
    """Stands in for the generated package's `types.Unset` (matched by name)."""


@dataclasses.dataclass
class Model:
    name: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(name=data["name"])


def test_probe_coerces_json_values_by_type_hint() -> None:
    assert coerce(Color | Unset, "red") is Color.RED
    assert coerce(uuid.UUID | Unset, "3fa85f64-5717-4562-b3fc-2c963f66afa6") == uuid.UUID(
        "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    )
    assert coerce(datetime.datetime | Unset, "2024-01-02T03:04:05Z") == datetime.datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC
    )
    assert coerce(datetime.date, "2024-01-02") == datetime.date(2024, 1, 2)
    assert coerce(list[Color] | Unset, ["red"]) == [Color.RED]
    assert coerce(Model | None | Unset, {"name": "x"}) == Model(name="x")
    assert coerce(int | str, "abc") == "abc"
    assert coerce(float, 3) == 3.0
    assert coerce(bool | Unset, True) is True


def test_probe_in_process_reports_wrong_release_pins_and_counts_warnings(
    built_project: tuple[Path, Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _manifest = built_project
    monkeypatch.syspath_prepend(str(root / "generated" / PRODUCT / RELEASE))
    try:
        with ContractServer(SPEC, token="probe-token") as server:
            summary = probe(
                {
                    "package": "items_client",
                    "release": "1.5",
                    "version": "1.4.2",
                    "base_url": server.base_url,
                    "token": "probe-token",
                    "requests": [e.to_json() for e in server.example_requests()],
                }
            )
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "items_client"]:
            del sys.modules[name]
    assert summary["problems"] == ["items_client.API_VERSION is '1.4', not '1.5'"]
    outcomes = {o["operation_id"]: o for o in summary["operations"]}
    assert all(o["ok"] for o in outcomes.values()), outcomes
    assert outcomes["delete_item"]["warned"] is True
    assert outcomes["get_item"]["warned"] is False
    assert server.violations == []
