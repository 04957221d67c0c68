"""The spec-repair pass: each rule on a two-schema spec, and the meaning it must keep."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from gen_support import small_spec
from openapi_schema_validator import OAS30Validator

from runai_sdkgen.examples import example_value
from runai_sdkgen.repair import RULES, repair_spec

REF = "#/components/schemas/"


def _spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def _parse_errors(spec: dict[str, Any]) -> list[str]:
    """What openapi-python-client 0.29.1 reports for a spec (the library API, no files)."""
    from openapi_python_client.parser import GeneratorData

    from runai_sdkgen.generate import _generator_config

    report = repair_spec(spec)
    data = GeneratorData.from_dict(spec, config=_generator_config(report, Path("unused")))
    assert isinstance(data, GeneratorData)
    errors = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        errors += collection.parse_errors
    return [f"{e.header} {e.detail}" for e in errors]


def _fired(spec: dict[str, Any]) -> dict[str, int]:
    return {rule: n for rule, n in repair_spec(spec).counts().items() if n}


OBJECT = {"type": "object", "properties": {"a": {"type": "string"}}}


@pytest.mark.parametrize(
    ("name", "schemas", "rule"),
    [
        (
            "nullable allOf component",
            {
                "A": OBJECT,
                "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
                "N": {
                    "type": "object",
                    "nullable": True,
                    "allOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}],
                },
                "User": {"type": "object", "properties": {"n": {"$ref": REF + "N"}}},
            },
            "nullable-component-to-uses",
        ),
        (
            "nullable self-recursive object",
            {
                "Node": {
                    "type": "object",
                    "nullable": True,
                    "properties": {"parent": {"$ref": REF + "Node"}},
                }
            },
            "nullable-component-to-uses",
        ),
        (
            "allOf over a nullable object",
            {
                "A": {**OBJECT, "nullable": True},
                "B": {
                    "allOf": [
                        {"$ref": REF + "A"},
                        {"type": "object", "properties": {"b": {"type": "integer"}}},
                    ]
                },
            },
            "nullable-component-to-uses",
        ),
        (
            "allOf over an enum and a description",
            {
                "E": {"type": "string", "enum": ["x", "y"]},
                "U": {
                    "type": "object",
                    "properties": {"e": {"allOf": [{"$ref": REF + "E"}, {"description": "d"}]}},
                },
            },
            "allof-member-cleanup",
        ),
        (
            "allOf over an empty component",
            {
                "Empty": {},
                "A": OBJECT,
                "U": {"allOf": [{"$ref": REF + "A"}, {"$ref": REF + "Empty"}]},
            },
            "allof-member-cleanup",
        ),
        (
            "names that differ in case only",
            {
                "department": OBJECT,
                "Department": {"type": "object", "properties": {"b": {"type": "integer"}}},
            },
            "colliding-schema-name",
        ),
        (
            "an inline model merged twice",
            {
                "Spec": {
                    "type": "object",
                    "properties": {
                        "spec": {"allOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]},
                    },
                },
                "A": OBJECT,
                "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
                "Request": {"allOf": [{"$ref": REF + "Spec"}]},
            },
            "hoist-inline-object",
        ),
        (
            "an enum narrowing a plain string in allOf",
            {
                "E": {"type": "string", "enum": ["x", "y"]},
                "Base": {"type": "object", "properties": {"kind": {"$ref": REF + "E"}}},
                "Wide": {
                    "allOf": [
                        {"$ref": REF + "Base"},
                        {
                            "type": "object",
                            "properties": {"kind": {"type": "string", "nullable": True}},
                        },
                    ]
                },
            },
            "allof-enum-conflict",
        ),
    ],
)
def test_each_rule_fixes_what_the_generator_drops(
    name: str, schemas: dict[str, Any], rule: str
) -> None:
    spec = _spec(schemas)
    assert _parse_errors(spec), f"{name}: the stock generator should fail here"
    report = repair_spec(spec)
    assert _fired(spec).get(rule), (name, _fired(spec))
    assert _parse_errors(report.spec) == [], name


def test_component_parameter_aliases_are_inlined() -> None:
    spec = small_spec()
    assert any("Reference parameters are not supported" in e for e in _parse_errors(spec))
    report = repair_spec(spec)
    parameters = report.spec["components"]["parameters"]
    assert parameters["DeletedAlias"] == parameters["Deleted"]
    assert report.counts()["inline-parameter-alias"] == 1


def test_colliding_operation_ids_get_distinct_modules() -> None:
    report = repair_spec(small_spec())
    assert report.renamed_operations == {"get_tenants": "get_tenants_2"}
    ids = [op["operationId"] for item in report.spec["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))


def test_unusual_response_types_are_read_as_bytes() -> None:
    report = repair_spec(small_spec())
    assert report.content_type_overrides == {"application/x-tar": "application/octet-stream"}
    # The spec itself still documents what the server sends.
    logs = report.spec["paths"]["/api/v1/tenants/{tenantId}/logs"]["get"]
    assert list(logs["responses"]["200"]["content"]) == ["application/x-tar"]


def test_repair_leaves_its_input_alone_and_is_deterministic() -> None:
    spec = small_spec()
    before = copy.deepcopy(spec)
    first = repair_spec(spec)
    assert spec == before
    second = repair_spec(spec)
    assert json.dumps(first.spec, sort_keys=True) == json.dumps(second.spec, sort_keys=True)
    assert first.firings == second.firings
    assert repair_spec(first.spec).counts().get("nullable-component-to-uses") == 0


def test_summary_names_every_rule_that_fired() -> None:
    report = repair_spec(small_spec())
    assert set(report.counts()) == {rule.name for rule in RULES}
    for rule, count in report.counts().items():
        assert (f"{rule}: {count}" in report.summary()) == (count > 0)
    assert repair_spec(_spec({"A": OBJECT})).summary() == "no repairs needed"


def _validator(spec: dict[str, Any], schema: Any) -> OAS30Validator:
    return OAS30Validator({**schema, "components": spec["components"]})


def test_repaired_schemas_accept_and_reject_the_same_payloads() -> None:
    """Meaning check: example payloads of every original component (with and without nulls),
    null itself, and broken variants are judged the same by original and repaired schemas."""
    spec = small_spec()
    report = repair_spec(spec)
    # Null moved from these components to the places that reference them.
    moved = {
        f.location.rsplit("/", 1)[-1]
        for f in report.firings
        if f.rule == "nullable-component-to-uses"
    }
    checked = 0
    for name in spec["components"]["schemas"]:
        new_name = report.renamed_schemas.get(name, name)
        original = _validator(spec, {"$ref": REF + name})
        repaired = _validator(report.spec, {"$ref": REF + new_name})
        payloads: list[Any] = [None, 7, "text", {"id": "wrong type"}]
        for nulls in (False, True):
            payload = example_value({"$ref": REF + name}, spec, nullable_as_null=nulls)
            payloads.append(payload)
            if isinstance(payload, dict):
                payloads += [{**payload, key: 12345} for key in payload]
        for payload in payloads:
            if payload is None and name in moved:
                continue
            assert original.is_valid(payload) == repaired.is_valid(payload), (name, payload)
            checked += 1
    assert checked > 50
