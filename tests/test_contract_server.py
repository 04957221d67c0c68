"""The contract server over real HTTP: rejections name the field, valid requests get examples."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import upstream_spec_path

from runai_sdkgen.verify.contract_server import ContractServer, ExampleRequest, plain_patterns
from runai_sdkgen.verify.examples import SchemaChecker

TOKEN = "contract-test-token"
ITEM_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1.0"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/api/v1/items": {
            "get": {
                "operationId": "list_items",
                "parameters": [
                    {"$ref": "#/components/parameters/SortOrder"},
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {
                        "name": "tags",
                        "in": "query",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Items"}}
                        },
                    }
                },
            },
            "post": {
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
                    "400": {"description": "bad"},
                },
            },
        },
        "/api/v1/login": {
            "post": {
                "operationId": "login",
                "security": [],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["grant_type"],
                                "properties": {
                                    "grant_type": {"type": "string", "enum": ["password"]},
                                    "ttl": {"type": "integer"},
                                },
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/api/v1/items/count": {
            "get": {
                "operationId": "count_items",
                "security": [],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "integer"}}},
                    }
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
            "delete": {"operationId": "delete_item", "responses": {"204": {"description": "gone"}}},
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "parameters": {
            "SortOrder": {"$ref": "#/components/parameters/SortOrderBase"},
            "SortOrderBase": {
                "name": "sortOrder",
                "in": "query",
                "schema": {"type": "string", "enum": ["asc", "desc"]},
            },
        },
        "schemas": {
            "ItemCreationRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "size": {"type": "integer", "format": "int32"},
                    "labels": {"type": "array", "items": {"type": "string"}, "nullable": True},
                },
            },
            "Item": {
                "allOf": [
                    {"$ref": "#/components/schemas/ItemCreationRequest"},
                    {
                        "type": "object",
                        "required": ["id", "createdAt"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid"},
                            "createdAt": {"type": "string", "format": "date-time"},
                        },
                    },
                ]
            },
            "Items": {
                "type": "object",
                "required": ["items"],
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                },
            },
        },
    },
}


@pytest.fixture
def server() -> Iterator[ContractServer]:
    with ContractServer(SPEC, token=TOKEN) as running:
        yield running


@pytest.fixture
def client(server: ContractServer) -> Iterator[httpx.Client]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=server.base_url, headers=auth) as http:
        yield http


def rejected(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status
    message: str = body["message"]
    return message


def test_valid_request_gets_a_valid_example_response(
    server: ContractServer, client: httpx.Client
) -> None:
    response = client.get("/api/v1/items", params={"sortOrder": "asc", "limit": "5", "tags": "a,b"})
    assert response.status_code == 200
    body = response.json()
    assert SchemaChecker(SPEC).is_valid({"$ref": "#/components/schemas/Items"}, body)
    assert body["items"][0]["id"]
    created = client.post("/api/v1/items", json={"name": "x", "labels": None})
    assert created.status_code == 201
    assert SchemaChecker(SPEC).is_valid({"$ref": "#/components/schemas/Item"}, created.json())
    assert client.delete(f"/api/v1/items/{ITEM_ID}").status_code == 204
    assert [(r.operation_id, r.status) for r in server.requests] == [
        ("list_items", 200),
        ("create_item", 201),
        ("delete_item", 204),
    ]
    assert server.violations == []


def test_null_responses_answer_null_where_the_schema_allows_it() -> None:
    with ContractServer(SPEC, token=TOKEN, null_responses=True) as server:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        body = httpx.post(f"{server.base_url}/api/v1/items", json={"name": "x"}, headers=auth)
    assert body.status_code == 201
    assert body.json()["labels"] is None
    assert body.json()["name"] is not None
    assert SchemaChecker(SPEC).is_valid({"$ref": "#/components/schemas/Item"}, body.json())


def test_concrete_path_wins_and_public_operation_needs_no_token(server: ContractServer) -> None:
    response = httpx.get(f"{server.base_url}/api/v1/items/count")
    assert response.status_code == 200
    assert isinstance(response.json(), int)


def test_wrong_path_is_404(server: ContractServer, client: httpx.Client) -> None:
    message = rejected(client.get("/api/v1/itemz"), 404)
    assert "/api/v1/itemz" in message
    assert server.violations[0].operation_id is None


def test_wrong_method_is_405(client: httpx.Client) -> None:
    message = rejected(client.put("/api/v1/items"), 405)
    assert "GET, POST" in message


def test_missing_or_wrong_token_is_401(server: ContractServer) -> None:
    assert "missing bearer token" in rejected(httpx.get(f"{server.base_url}/api/v1/items"), 401)
    wrong = httpx.get(f"{server.base_url}/api/v1/items", headers={"Authorization": "Bearer no"})
    message = rejected(wrong, 401)
    assert "wrong" in message
    assert "Bearer no" not in message


def test_bad_enum_query_value_names_the_parameter(
    server: ContractServer, client: httpx.Client
) -> None:
    message = rejected(client.get("/api/v1/items", params={"sortOrder": "sideways"}), 400)
    assert "'sortOrder'" in message
    assert "sideways" in message
    assert server.violations[0].operation_id == "list_items"
    assert server.violations[0].violations == (message,)


def test_query_value_of_wrong_type_or_range_is_rejected(client: httpx.Client) -> None:
    assert "'limit'" in rejected(client.get("/api/v1/items", params={"limit": "many"}), 400)
    assert "'limit'" in rejected(client.get("/api/v1/items", params={"limit": "0"}), 400)


def test_unknown_query_parameter_is_rejected(client: httpx.Client) -> None:
    message = rejected(client.get("/api/v1/items", params={"sortorder": "asc"}), 400)
    assert message == "unknown query parameter 'sortorder'"


def test_bad_path_parameter_is_rejected(client: httpx.Client) -> None:
    message = rejected(client.delete("/api/v1/items/not-a-uuid"), 400)
    assert "path parameter 'itemId'" in message


def test_body_missing_a_required_field_names_it(client: httpx.Client) -> None:
    message = rejected(client.post("/api/v1/items", json={"size": 3}), 400)
    assert "'name' is a required property" in message
    assert "$" in message


def test_body_field_of_wrong_type_names_its_json_path(client: httpx.Client) -> None:
    message = rejected(client.post("/api/v1/items", json={"name": "x", "size": "big"}), 400)
    assert message.startswith("request body at $.size:")
    nested = rejected(client.post("/api/v1/items", json={"name": "x", "labels": [1]}), 400)
    assert nested.startswith("request body at $.labels[0]:")


def test_missing_body_and_malformed_json_are_rejected(client: httpx.Client) -> None:
    assert rejected(client.post("/api/v1/items"), 400) == "missing required request body"
    malformed = client.post(
        "/api/v1/items", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert "not valid JSON" in rejected(malformed, 400)


def body_arguments(example: ExampleRequest) -> dict[str, Any]:
    if example.has_json_body:
        return {"json": example.body}
    if example.body_content_type == "application/x-www-form-urlencoded":
        return {"data": example.body}
    return {}


def test_form_encoded_body_is_coerced_and_validated(client: httpx.Client) -> None:
    assert client.post("/api/v1/login", data={"grant_type": "password", "ttl": "60"}).is_success
    message = rejected(client.post("/api/v1/login", data={"grant_type": "magic"}), 400)
    assert message.startswith("request body at $.grant_type:")
    assert "$.ttl" in rejected(
        client.post("/api/v1/login", data={"grant_type": "password", "ttl": "x"}), 400
    )


def test_javascript_regex_literal_patterns_are_read_as_javascript() -> None:
    spec = {
        "components": {
            "schemas": {"Url": {"type": "string", "pattern": "/^(https?://)?[a-z.]+$|^$/"}}
        }
    }
    rewritten, count = plain_patterns(spec)
    assert count == 1
    assert rewritten["components"]["schemas"]["Url"]["pattern"] == "^(https?://)?[a-z.]+$|^$"
    assert spec["components"]["schemas"]["Url"]["pattern"].startswith("/")


def test_example_requests_are_accepted(server: ContractServer, client: httpx.Client) -> None:
    examples = server.example_requests()
    assert {e.operation_id for e in examples} == {
        "list_items",
        "create_item",
        "count_items",
        "delete_item",
        "login",
    }
    for example in examples:
        response = client.request(
            example.method,
            example.url_path(),
            params=example.wire_query(),
            **body_arguments(example),
        )
        assert response.status_code < 300, (example.operation_id, response.text)
    assert server.violations == []


@pytest.mark.upstream
def test_every_operation_of_a_real_control_plane_spec() -> None:
    spec = json.loads(upstream_spec_path("2.24").read_text(encoding="utf-8"))
    failures: list[str] = []
    started = time.perf_counter()
    with (
        ContractServer(spec, token=TOKEN) as server,
        httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}
        ) as http,
    ):
        examples = server.example_requests()
        built = time.perf_counter()
        for example in examples:
            response = http.request(
                example.method,
                example.url_path(),
                params=example.wire_query(),
                headers={k: str(v) for k, v in example.header_params.items()},
                **body_arguments(example),
            )
            if response.status_code >= 300:
                failures.append(f"{example.operation_id}: {response.text}")
    print(
        f"\n2.24: {len(examples)} operations, {len(failures)} rejected, "
        f"{server.rewritten_patterns} JavaScript regex literals read as JavaScript; "
        f"example requests built in {built - started:.1f} s, "
        f"served in {time.perf_counter() - built:.1f} s"
    )
    assert len(examples) == 391
    assert failures == []
    assert server.violations == []
    assert server.rewritten_patterns > 0
