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

import httpx
import pytest
import yaml

from runai_sdkgen.build import build_release
from runai_sdkgen.cli import main
from runai_sdkgen.core.manifest import Manifest, load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.facade import facade_operations, method_names
from runai_sdkgen.generate.stage import generate_release
from runai_sdkgen.verify.contract_server import ContractServer, RecordedRequest
from runai_sdkgen.verify.probe import coerce, probe
from runai_sdkgen.verify.stage import FacadeOutcome, VerifyResult, _check, _Pass, verify_release

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
    "tags": [{"name": "Items"}, {"name": "Tokens"}],
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
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
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
        # Like the Run:ai specs: under the global bearer requirement, yet it issues the token.
        "/api/v1/token": {
            "post": {
                "tags": ["Tokens"],
                "operationId": "grant_token",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/TokenRequest"}
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/TokenResponse"}
                            }
                        },
                    },
                    "400": ERROR_RESPONSE,
                },
            }
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
            "TokenRequest": {
                "type": "object",
                "properties": {
                    "grantType": {"type": "string", "enum": ["app_token", "client_credentials"]},
                    "clientID": {"type": "string", "maxLength": 255},
                    "clientSecret": {"type": "string", "maxLength": 500},
                },
            },
            "TokenResponse": {
                "type": "object",
                "properties": {
                    "accessToken": {"type": "string"},
                    "expiresIn": {"type": "integer"},
                },
            },
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
    generate_release(Workspace.at(root, manifest.path), PRODUCT, RELEASE)
    product = manifest.product(PRODUCT)
    build_release(
        product,
        product.release(RELEASE),
        project=root / "generated" / PRODUCT / RELEASE,
        dist=root / "dist",
    )
    return root, manifest


@pytest.mark.slow
def test_every_operation_passes_in_a_fresh_venv(built_project: tuple[Path, Manifest]) -> None:
    root, manifest = built_project
    result = verify_release(Workspace.at(root, manifest.path), PRODUCT, RELEASE)
    print("\n" + result.summary())
    assert result.wheel.name == "items_client-1.4.2-py3-none-any.whl"
    operation_ids = {"get_items", "create_item", "get_item", "delete_item", "grant_token"}
    assert {o.operation_id for o in result.outcomes} == operation_ids
    assert (result.called, result.passed) == (5, 5)
    assert (result.deprecated, result.deprecated_warned) == (1, 1)
    assert [o.ok for o in result.null_outcomes] == [True] * 5
    assert {o.status for o in result.outcomes} == {200, 201, 204}
    facade = {o.operation_id: o for o in result.facade("operation")}
    assert set(facade) == operation_ids
    assert all(o.ok for o in result.facade_outcomes), result.facade_outcomes
    assert facade["delete_item"].call == "client.items.delete"
    assert facade["grant_token"].call == "client.tokens.grant"
    assert [o.call for o in result.facade("pages")] == ["client.items.list_all"]
    assert [o.call for o in result.facade("credentials")] == [
        "token_endpoint='v1': GET /api/v1/items"
    ]
    async_calls = {o.operation_id: o.call for o in result.facade("async")}
    assert async_calls["delete_item"] == "async_client.items.delete"
    assert set(async_calls) == operation_ids
    # example pass: 5 direct + 5 facade + 5 async facade + 1 page + token exchange + call;
    # null pass: 5 direct
    assert result.requests_recorded == 5 + 5 + 5 + 1 + 2 + 5
    assert (
        "5/5 functional (5 with null responses), 5/5 facade, 5/5 async facade, "
        "1/1 page walkers, " in result.summary()
    )
    assert "1/1 client-credentials, 1/1 deprecated warned;" in result.summary()


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
            verify_release(Workspace.at(root, manifest.path), PRODUCT, RELEASE, dist=root / "dist")
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


def run_probe_in_process(
    root: Path, monkeypatch: pytest.MonkeyPatch, *, release: str = RELEASE, **extra: Any
) -> tuple[dict[str, Any], ContractServer]:
    """`probe()` against a contract server, the generated project on sys.path."""
    monkeypatch.syspath_prepend(str(root / "generated" / PRODUCT / RELEASE))
    try:
        with ContractServer(SPEC, token="probe-token") as server:
            summary = probe(
                {
                    "package": "items_client",
                    "release": release,
                    "version": "1.4.2",
                    "base_url": server.base_url,
                    "token": "probe-token",
                    "requests": [e.to_json() for e in server.example_requests()],
                    **extra,
                }
            )
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "items_client"]:
            del sys.modules[name]
    return summary, server


def facade_entries(root: Path) -> list[dict[str, str | None]]:
    package_dir = root / "generated" / PRODUCT / RELEASE / "items_client"
    return [
        {"module": module, "attribute": attribute, "method": method, "pages": pages}
        for module, (attribute, method, pages) in method_names(
            facade_operations(package_dir, "items_client")
        ).items()
    ]


def test_probe_in_process_reports_wrong_release_pins_and_counts_warnings(
    built_project: tuple[Path, Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _manifest = built_project
    summary, server = run_probe_in_process(
        root, monkeypatch, release="1.5", facade=facade_entries(root)
    )
    # The facade refuses a server release other than its own (on_release_mismatch="error").
    first, second = summary["problems"]
    assert first == "items_client.API_VERSION is '1.4', not '1.5'"
    assert second.startswith("RunaiClient(server_release='1.5'): ReleaseMismatchError: ")
    assert 'pip install "items-client~=1.5.0"' in second
    assert summary["facade"] == {"operations": [], "pages": [], "async_operations": []}
    outcomes = {o["operation_id"]: o for o in summary["operations"]}
    assert all(o["ok"] for o in outcomes.values()), outcomes
    assert outcomes["delete_item"]["warned"] is True
    assert outcomes["get_item"]["warned"] is False
    assert server.violations == []


def test_probe_facade_pass_checks_listing_and_warns_once(
    built_project: tuple[Path, Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _manifest = built_project
    entries = facade_entries(root)
    summary, server = run_probe_in_process(root, monkeypatch, facade=entries)
    facade = {o["operation_id"]: o for o in summary["facade"]["operations"]}
    assert all(o["ok"] for o in facade.values()), facade
    assert facade["delete_item"]["warnings"] == 1
    assert facade["get_items"]["warnings"] == 0
    async_facade = {o["operation_id"]: o for o in summary["facade"]["async_operations"]}
    assert all(o["ok"] for o in async_facade.values()), async_facade
    assert async_facade["delete_item"]["warnings"] == 1
    assert summary["facade"]["pages"][0]["items"] >= 1
    assert summary["problems"] == []
    assert server.violations == []
    # A catalog that disagrees with the facade: the listing check and the call both say so.
    renamed = [{**e, "method": "remove"} if e["method"] == "delete" else e for e in entries]
    summary, _server = run_probe_in_process(root, monkeypatch, facade=renamed)
    assert summary["problems"] == [
        "client.items.deprecated_operations() is ['delete'], expected ['remove']"
    ]
    failed = [
        o
        for o in summary["facade"]["operations"] + summary["facade"]["async_operations"]
        if not o["ok"]
    ]
    assert [(o["call"], o["error"].split(":")[0]) for o in failed] == [
        ("client.items.remove", "AttributeError"),
        ("async_client.items.remove", "AttributeError"),
    ]


def test_probe_credentials_get_the_token_the_server_issues(
    built_project: tuple[Path, Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _manifest = built_project
    credentials = {
        "client_id": "automation",
        "client_secret": "s3cret-value",
        "endpoints": ["v1", "v2"],
        "operation": "GET /api/v1/items",
    }
    summary, server = run_probe_in_process(
        root, monkeypatch, facade=facade_entries(root), credentials=credentials
    )
    by_endpoint = {o["endpoint"]: o for o in summary["credentials"]}
    assert by_endpoint["v1"]["ok"] is True, by_endpoint
    # The spec has no /api/v2/token: the exchange fails with a typed error, secret not shown.
    assert by_endpoint["v2"]["ok"] is False
    assert by_endpoint["v2"]["error"].startswith("NotFoundError: POST ")
    assert "s3cret-value" not in json.dumps(summary)
    tokens = [r for r in server.requests if r.operation == "POST /api/v1/token"]
    # sync_detailed, RunaiClient, AsyncRunaiClient, then the credentials exchange
    assert [r.status for r in tokens] == [200, 200, 200, 200]


def test_contract_server_issues_the_token_it_then_requires() -> None:
    with ContractServer(SPEC, token="issued-token") as server:
        answer = httpx.post(
            f"{server.base_url}/api/v1/token",
            json={"grantType": "client_credentials", "clientID": "a", "clientSecret": "b"},
        )
        assert answer.status_code == 200
        assert answer.json()["accessToken"] == "issued-token"
        assert answer.json()["expiresIn"] == 3600
        headers = {"Authorization": f"Bearer {answer.json()['accessToken']}"}
        assert httpx.get(f"{server.base_url}/api/v1/items", headers=headers).status_code == 200
        assert httpx.get(f"{server.base_url}/api/v1/items").status_code == 401
    with ContractServer(SPEC, token=None) as server:
        # Without a token of its own the server answers the plain example.
        answer = httpx.post(f"{server.base_url}/api/v1/token", json={})
        assert answer.json()["accessToken"] != "issued-token"


def test_facade_failures_and_missing_token_exchanges_fail_the_release() -> None:
    failed = FacadeOutcome(
        kind="operation",
        operation_id="delete_item",
        call="client.items.delete",
        deprecated=True,
        ok=False,
        error="0 DeprecationWarnings about the operation, expected 1",
    )
    probe_pass = _Pass(
        label="example responses",
        outcomes=(),
        problems=(),
        spec_operations={},
        recorded=[
            RecordedRequest("POST", "/api/v1/token", "grant_token", "POST /api/v1/token", 200, ())
        ],
        facade_outcomes=(failed,),
        token_exchanges={"POST /api/v1/token": 3},
    )
    result = VerifyResult(
        product=PRODUCT,
        release=RELEASE,
        version="1.4.2",
        wheel=Path("items_client-1.4.2-py3-none-any.whl"),
        outcomes=(),
        null_outcomes=(),
        facade_outcomes=(failed,),
        requests_recorded=1,
        install_seconds=0.0,
        seconds=0.0,
    )
    assert "0/1 facade" in result.summary()
    with pytest.raises(ToolkitError) as failure:
        _check(result, probe_pass)
    assert failure.value.message == (
        f"verify {PRODUCT}/{RELEASE} failed (example responses): client.items.delete "
        "(delete_item): 0 DeprecationWarnings about the operation, expected 1 | "
        "POST /api/v1/token: the contract server answered 1 token requests, expected 3 "
        "(one per client-credentials exchange)"
    )
