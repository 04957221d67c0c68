"""The diff engine on minimal specs: one spec pair per rule, plus $ref/allOf, cycles and renames."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from conftest import PROJECT_ROOT

from runai_sdkgen.changes.diff import RULES, RULES_BY_ID, Change, diff_specs
from runai_sdkgen.changes.render.registry import RULE_TABLE

Spec = dict[str, Any]
PATH = "/things/{thingId}"
REQUEST = "requestBody.application/json"
RESPONSE = "responses.200.application/json"


def base_spec() -> Spec:
    """One operation with path/query parameters, a request body and a 200 body of `Thing`."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "security": [{"bearerAuth": []}],
        "paths": {
            PATH: {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "parameters": [
                        {
                            "name": "thingId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "kind",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["a", "b"]},
                        },
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        },
                        "404": {"description": "missing"},
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "integer", "format": "int32"},
                        "color": {"type": "string", "enum": ["red", "blue"]},
                    },
                }
            },
        },
    }


def _op(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][PATH]["post"]
    return operation


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _op(spec)["parameters"] if p["name"] == name)


def _thing(spec: Spec) -> dict[str, Any]:
    thing: dict[str, Any] = spec["components"]["schemas"]["Thing"]
    return thing


Mutation = Callable[[Spec], None]


def _set(getter: Callable[[Spec], dict[str, Any]], key: str, value: Any) -> Mutation:
    def mutate(spec: Spec) -> None:
        getter(spec)[key] = value

    return mutate


def _drop_path(spec: Spec) -> None:
    del spec["paths"][PATH]


def _drop_param(name: str) -> Mutation:
    def mutate(spec: Spec) -> None:
        _op(spec)["parameters"] = [p for p in _op(spec)["parameters"] if p["name"] != name]

    return mutate


def _add_required_param(spec: Spec) -> None:
    _op(spec)["parameters"].append(
        {"name": "must", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _add_media(where: Callable[[Spec], dict[str, Any]]) -> Mutation:
    def mutate(spec: Spec) -> None:
        where(spec)["content"]["text/csv"] = {"schema": {"type": "string"}}

    return mutate


def _request(spec: Spec) -> dict[str, Any]:
    body: dict[str, Any] = _op(spec)["requestBody"]
    return body


def _ok(spec: Spec) -> dict[str, Any]:
    response: dict[str, Any] = _op(spec)["responses"]["200"]
    return response


def _drop_request_body(spec: Spec) -> None:
    del _op(spec)["requestBody"]


def _add_status(spec: Spec) -> None:
    _op(spec)["responses"]["201"] = {"description": "created"}


def _add_property(required: bool) -> Mutation:
    def mutate(spec: Spec) -> None:
        _thing(spec)["properties"]["tier"] = {"type": "string"}
        if required:
            _thing(spec)["required"] = ["name", "tier"]

    return mutate


def _drop_property(spec: Spec) -> None:
    del _thing(spec)["properties"]["size"]


def _prop(name: str) -> Callable[[Spec], dict[str, Any]]:
    def getter(spec: Spec) -> dict[str, Any]:
        prop: dict[str, Any] = _thing(spec)["properties"][name]
        return prop

    return getter


def _with(*mutations: Mutation) -> Spec:
    spec = base_spec()
    for mutate in mutations:
        mutate(spec)
    return spec


def _redefine_bearer(spec: Spec) -> None:
    spec["components"]["securitySchemes"]["bearerAuth"] = {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
    }


TWO_SCHEMES: list[dict[str, list[str]]] = [{"bearerAuth": []}, {"apiKey": []}]

# rule id -> (mutation of the old spec, mutation of the new spec, expected location)
CASES: dict[str, tuple[Mutation | None, Mutation | None, str]] = {
    "operation-added": (_drop_path, None, ""),
    "operation-removed": (None, _drop_path, ""),
    "operation-deprecated": (None, _set(_op, "deprecated", True), ""),
    "operation-undeprecated": (_set(_op, "deprecated", True), None, ""),
    "operation-id-changed": (None, _set(_op, "operationId", "makeThing"), ""),
    "security-added": (_set(_op, "security", []), None, "security"),
    "security-removed": (None, _set(_op, "security", []), "security"),
    "security-alternative-removed": (_set(_op, "security", TWO_SCHEMES), None, "security"),
    "security-alternative-added": (None, _set(_op, "security", TWO_SCHEMES), "security"),
    "security-scheme-changed": (None, _redefine_bearer, "security"),
    "parameter-added": (_drop_param("q"), None, "parameters.query.q"),
    "parameter-added-required": (None, _add_required_param, "parameters.query.must"),
    "parameter-removed": (None, _drop_param("q"), "parameters.query.q"),
    "parameter-deprecated": (
        None,
        _set(lambda s: _param(s, "q"), "deprecated", True),
        "parameters.query.q",
    ),
    "parameter-undeprecated": (
        _set(lambda s: _param(s, "q"), "deprecated", True),
        None,
        "parameters.query.q",
    ),
    "parameter-made-required": (
        None,
        _set(lambda s: _param(s, "q"), "required", True),
        "parameters.query.q",
    ),
    "parameter-made-optional": (
        _set(lambda s: _param(s, "q"), "required", True),
        None,
        "parameters.query.q",
    ),
    "parameter-type-changed": (
        None,
        _set(lambda s: _param(s, "q"), "schema", {"type": "integer"}),
        "parameters.query.q",
    ),
    "parameter-enum-value-removed": (
        None,
        _set(lambda s: _param(s, "kind"), "schema", {"type": "string", "enum": ["a"]}),
        "parameters.query.kind",
    ),
    "parameter-enum-value-added": (
        None,
        _set(lambda s: _param(s, "kind"), "schema", {"type": "string", "enum": ["a", "b", "c"]}),
        "parameters.query.kind",
    ),
    "request-body-made-required": (None, _set(_request, "required", True), "requestBody"),
    "request-media-type-added": (None, _add_media(_request), "requestBody.text/csv"),
    "request-media-type-removed": (None, _drop_request_body, REQUEST),
    "response-status-added": (None, _add_status, "responses.201"),
    "response-status-removed": (_add_status, None, "responses.201"),
    "response-media-type-added": (None, _add_media(_ok), "responses.200.text/csv"),
    "response-media-type-removed": (_add_media(_ok), None, "responses.200.text/csv"),
    "request-property-added": (None, _add_property(False), f"{REQUEST}.tier"),
    "request-property-added-required": (None, _add_property(True), f"{REQUEST}.tier"),
    "request-property-removed": (None, _drop_property, f"{REQUEST}.size"),
    "request-property-made-required": (
        None,
        _set(_thing, "required", ["name", "size"]),
        f"{REQUEST}.size",
    ),
    "request-property-made-optional": (None, _set(_thing, "required", []), f"{REQUEST}.name"),
    "response-property-added": (None, _add_property(False), f"{RESPONSE}.tier"),
    "response-property-removed": (None, _drop_property, f"{RESPONSE}.size"),
    "response-property-made-optional": (None, _set(_thing, "required", []), f"{RESPONSE}.name"),
    "response-property-made-required": (
        None,
        _set(_thing, "required", ["name", "size"]),
        f"{RESPONSE}.size",
    ),
    "property-deprecated": (None, _set(_prop("size"), "deprecated", True), f"{REQUEST}.size"),
    "property-undeprecated": (_set(_prop("size"), "deprecated", True), None, f"{RESPONSE}.size"),
    "property-type-changed": (None, _set(_prop("size"), "type", "string"), f"{REQUEST}.size"),
    "property-format-changed": (None, _set(_prop("size"), "format", "int64"), f"{RESPONSE}.size"),
    "property-enum-value-removed": (
        None,
        _set(_prop("color"), "enum", ["red"]),
        f"{REQUEST}.color",
    ),
    "property-enum-value-added": (
        None,
        _set(_prop("color"), "enum", ["red", "blue", "green"]),
        f"{RESPONSE}.color",
    ),
}


def _changes(old: Spec, new: Spec) -> list[Change]:
    return diff_specs(old, new).changes


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES_BY_ID), "add a CASES entry for every rule (and only those)"


def test_identical_specs_have_no_changes() -> None:
    assert _changes(base_spec(), base_spec()) == []


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_detects_its_case(rule: Any) -> None:
    old_mutation, new_mutation, location = CASES[rule.id]
    old = _with(*([old_mutation] if old_mutation else []))
    new = _with(*([new_mutation] if new_mutation else []))
    changes = _changes(old, new)
    hits = [c for c in changes if c.rule_id == rule.id]
    # Rules that are not side-specific fire for the request and the response body alike.
    assert location in [c.location for c in hits], changes
    hit = next(c for c in hits if c.location == location)
    assert hit.level == rule.level
    assert hit.operation_key == f"POST {PATH}"
    assert hit.tag == "Things"
    assert hit.message.startswith(f"POST {PATH}")
    assert hit.operation_id in ("createThing", "makeThing")


def test_path_parameter_names_do_not_change_identity() -> None:
    new = base_spec()
    new["paths"]["/things/{id}"] = new["paths"].pop(PATH)
    new["paths"]["/things/{id}"]["post"]["parameters"][0]["name"] = "id"
    assert _changes(base_spec(), new) == []


def test_renamed_but_identical_component_is_no_change() -> None:
    new = base_spec()
    schemas = new["components"]["schemas"]
    schemas["ThingV2"] = schemas.pop("Thing")
    text = json.dumps(new).replace('"#/components/schemas/Thing"', '"#/components/schemas/ThingV2"')
    new = json.loads(text)
    assert "Thing" not in new["components"]["schemas"]
    assert _changes(base_spec(), new) == []


def test_parameter_ref_to_parameter_ref_is_resolved() -> None:
    def spec(deprecated: bool) -> Spec:
        doc = base_spec()
        doc["components"]["parameters"] = {
            "Alias": {"$ref": "#/components/parameters/Filter"},
            "Filter": {
                "name": "filter",
                "in": "query",
                "deprecated": deprecated,
                "schema": {"type": "string"},
            },
        }
        _op(doc)["parameters"].append({"$ref": "#/components/parameters/Alias"})
        return doc

    changes = _changes(spec(False), spec(True))
    assert [(c.rule_id, c.location) for c in changes] == [
        ("parameter-deprecated", "parameters.query.filter")
    ]


def _two_operations_using_base(deprecated: bool) -> Spec:
    doc = base_spec()
    doc["components"]["schemas"]["Base"] = {
        "type": "object",
        "properties": {"legacy": {"type": "string", "deprecated": deprecated}},
    }
    doc["components"]["schemas"]["Thing"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            copy.deepcopy(doc["components"]["schemas"]["Thing"]),
        ]
    }
    doc["paths"]["/others"] = {
        "get": {
            "operationId": "listOthers",
            "tags": ["Others"],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "items": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Thing"},
                                    }
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    return doc


def test_deprecation_in_allof_base_shows_under_each_operation() -> None:
    changes = _changes(_two_operations_using_base(False), _two_operations_using_base(True))
    assert [(c.rule_id, c.operation_key, c.location) for c in changes] == [
        ("property-deprecated", "GET /others", "responses.200.application/json.items[].legacy"),
        ("property-deprecated", f"POST {PATH}", f"{REQUEST}.legacy"),
        ("property-deprecated", f"POST {PATH}", f"{RESPONSE}.legacy"),
    ]


def test_ref_siblings_and_deprecated_target_schema_count() -> None:
    def spec(deprecated: bool) -> Spec:
        doc = base_spec()
        doc["components"]["schemas"]["Level"] = {"type": "integer", "deprecated": deprecated}
        _thing(doc)["properties"]["level"] = {"$ref": "#/components/schemas/Level"}
        _thing(doc)["properties"]["wrapped"] = {
            "allOf": [{"$ref": "#/components/schemas/Level"}],
            "nullable": True,
        }
        return doc

    changes = _changes(spec(False), spec(True))
    assert sorted(c.location for c in changes if c.rule_id == "property-deprecated") == [
        f"{REQUEST}.level",
        f"{REQUEST}.wrapped",
        f"{RESPONSE}.level",
        f"{RESPONSE}.wrapped",
    ]


def _cyclic(extra: bool) -> Spec:
    doc = base_spec()
    schemas = doc["components"]["schemas"]
    schemas["Node"] = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "peer": {"$ref": "#/components/schemas/Peer"},
        },
    }
    schemas["Peer"] = {
        "oneOf": [{"$ref": "#/components/schemas/Node"}, {"type": "string"}],
    }
    if extra:
        schemas["Node"]["properties"]["extra"] = {"type": "boolean"}
    _thing(doc)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    return doc


def test_cyclic_schemas_terminate_and_compare() -> None:
    changes = _changes(_cyclic(False), _cyclic(True))
    locations = sorted(c.location for c in changes if c.rule_id == "response-property-added")
    # The tree is expanded until a schema repeats on the path, so the new field shows where
    # Node is first reached and where Peer's Node variant is (Node -> Peer -> Node is cut).
    assert locations == [f"{RESPONSE}.tree.extra"]
    assert all(c.rule_id.endswith("property-added") for c in changes)


def test_changes_are_sorted_deterministically() -> None:
    old = _with(_drop_param("q"), _set(_op, "deprecated", True))
    new = _with(_add_property(True), _drop_property)
    first = _changes(old, new)
    assert first == _changes(copy.deepcopy(old), copy.deepcopy(new))
    assert first == sorted(first, key=Change.sort_key)
    report = diff_specs(old, new)
    assert sum(report.counts().values()) == len(first)
    assert list(report.counts()) == ["breaking", "deprecation", "info"]


def test_committed_rules_doc_matches_the_table() -> None:
    committed = (PROJECT_ROOT / "docs" / "diff-rules.md").read_text(encoding="utf-8")
    assert committed == RULE_TABLE.render("md", RULES), (
        "run: runai-sdkgen rules --format md --output docs/diff-rules.md"
    )


def test_gaining_an_enum_removes_values_and_dropping_it_adds_them() -> None:
    free = _with(_set(_prop("color"), "enum", None))
    del _thing(free)["properties"]["color"]["enum"]
    restricted = _changes(free, base_spec())
    assert {(c.rule_id, c.before, c.after) for c in restricted} == {
        ("property-enum-value-removed", "any", '"blue", "red"')
    }
    dropped = _changes(base_spec(), free)
    assert {(c.rule_id, c.before, c.after) for c in dropped} == {
        ("property-enum-value-added", '"blue", "red"', "any")
    }


def test_security_scheme_prose_is_not_a_change() -> None:
    new = base_spec()
    new["components"]["securitySchemes"]["bearerAuth"]["description"] = "Use a JWT."
    assert _changes(base_spec(), new) == []
