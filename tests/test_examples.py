"""examples.py: deterministic schema-valid values, checked with the real OAS 3.0 validator."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from conftest import upstream_spec_path

from runai_sdkgen.verify.examples import SchemaChecker, example_value, json_path

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z][-a-z0-9]{0,62}$"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"$ref": "#/components/schemas/Node"},
                },
            },
            "Phase": {"type": "string", "enum": ["Creating", "Ready", None], "nullable": True},
            "Quantity": {
                "type": "string",
                "pattern": "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$",
                "minLength": 3,
            },
            "Tagged": {
                "allOf": [
                    {"$ref": "#/components/schemas/Node"},
                    {
                        "type": "object",
                        "required": ["id", "phase"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid"},
                            "phase": {"$ref": "#/components/schemas/Phase"},
                            "createdAt": {"type": "string", "format": "date-time"},
                            "count": {"type": "integer", "format": "int32", "minimum": 5},
                            "ratio": {"type": "number", "maximum": 1, "exclusiveMaximum": True},
                            "labels": {
                                "type": "object",
                                "additionalProperties": {"type": "string", "maxLength": 3},
                            },
                        },
                    },
                ]
            },
            "Either": {
                "oneOf": [
                    {"type": "integer", "minimum": 10},
                    {"type": "string", "minLength": 2},
                ]
            },
        }
    },
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize("name", sorted(SPEC["components"]["schemas"]))
@pytest.mark.parametrize("nullable_as_null", [False, True])
def test_every_fixture_schema_gets_a_valid_value(name: str, nullable_as_null: bool) -> None:
    value = example_value(ref(name), SPEC, nullable_as_null=nullable_as_null)
    errors = [e.message for e in SchemaChecker(SPEC).errors(ref(name), value)]
    assert errors == [], (name, value)


def test_values_are_deterministic() -> None:
    first = json.dumps(example_value(ref("Tagged"), SPEC), sort_keys=True)
    assert json.dumps(example_value(ref("Tagged"), SPEC), sort_keys=True) == first


def test_recursion_stops_and_optional_properties_are_included() -> None:
    value = example_value(ref("Node"), SPEC)
    assert set(value) == {"name", "children", "parent"}
    # One level of the cycle is expanded; below it only required fields remain.
    assert value["parent"] == {"name": value["name"]}
    assert value["children"] == [{"name": value["name"]}]


def test_formats_bounds_and_additional_properties() -> None:
    value = example_value(ref("Tagged"), SPEC)
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value["id"]
    )
    assert value["createdAt"].endswith("Z")
    assert value["count"] >= 5
    assert value["ratio"] < 1
    assert value["labels"] and all(len(v) <= 3 for v in value["labels"].values())
    assert value["phase"] in ("Creating", "Ready")


def test_nullable_as_null_answers_null_where_allowed() -> None:
    assert example_value(ref("Phase"), SPEC, nullable_as_null=True) is None
    assert example_value(ref("Phase"), SPEC) == "Creating"


def test_pattern_string_is_built_when_no_candidate_matches() -> None:
    value = example_value(ref("Quantity"), SPEC)
    assert len(value) >= 3
    assert re.search(SPEC["components"]["schemas"]["Quantity"]["pattern"], value)


def test_json_path_names_nested_fields() -> None:
    assert json_path(["spec", "items", 0, "name"]) == "$.spec.items[0].name"


# Unsatisfiable under OAS 3.0 validation with Python's `re` (each checked by hand):
# - a JavaScript-style `/^...$|^$/` pattern (the slashes are literal and `^` follows `/`);
# - NotificationChannelConfig: `oneOf` over two objects without required fields or
#   additionalProperties: false, so every plausible value matches both;
# - 2.22 Superset*: `restartPolicy` is allOf two enums with no common value (RestartPolicy,
#   DistributedInferenceRestartPolicy; null listed in neither): no value satisfies it, only
#   absence does, and the builder fills every property. A fact of the published spec, checked
#   here as published (the repair pass spells it for the generator: allof-disjoint-enums).
JS_STYLE_PATTERN = re.compile(r"^/.*/$")
NOTIFICATION_CONFIGS = [
    ref("EmailNotificationChannelConfig"),
    ref("SlackNotificationChannelConfig"),
]


def unsatisfiable(checker: SchemaChecker, name: str, value: Any) -> bool:
    """True when every error is one of the known unsatisfiable constructs above."""
    for error in checker.errors(ref(name), value):
        schema = error.schema if isinstance(error.schema, dict) else {}
        if error.validator == "pattern" and JS_STYLE_PATTERN.match(schema.get("pattern", "")):
            continue
        if error.validator == "oneOf" and error.validator_value == NOTIFICATION_CONFIGS:
            continue
        path = list(error.absolute_path)
        if error.validator == "enum" and path[-1:] == ["restartPolicy"] and error.instance is None:
            continue
        return False
    return True


@pytest.mark.upstream
@pytest.mark.parametrize(
    ("release", "nullable_modes"),
    [("2.22", (False,)), ("2.23", (False,)), ("2.24", (False, True))],
)
def test_every_control_plane_component_schema(
    release: str, nullable_modes: tuple[bool, ...]
) -> None:
    spec = json.loads(upstream_spec_path(release).read_text(encoding="utf-8"))
    checker = SchemaChecker(spec)
    names = sorted(spec["components"]["schemas"])
    invalid: list[str] = []
    explained: list[str] = []
    for name in names:
        for nullable_as_null in nullable_modes:
            value = example_value(ref(name), spec, nullable_as_null=nullable_as_null)
            errors = list(checker.errors(ref(name), value))
            if not errors:
                continue
            if unsatisfiable(checker, name, value):
                explained.append(name)
            else:
                first = errors[0]
                invalid.append(f"{name}: {json_path(first.absolute_path)}: {first.message[:120]}")
    print(
        f"\n{release}: {len(names)} component schemas, "
        f"{len(names) * len(nullable_modes) - len(invalid) - len(explained)} valid values, "
        f"{len(explained)} unsatisfiable: {sorted(set(explained))}"
    )
    assert invalid == []
