"""The engine on the real control-plane specs, checked against counts computed independently here.

The independent count walks the raw JSON with its own small resolver; it never calls the engine.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest
from conftest import upstream_spec_path

from runai_sdkgen.changes.diff import diff_specs

pytestmark = pytest.mark.upstream

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
Spec = dict[str, Any]


@cache
def _load(release: str) -> Spec:
    spec: Spec = json.loads(upstream_spec_path(release).read_text(encoding="utf-8"))
    return spec


def _independent_operations(spec: Spec) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                found[f"{method} {re.sub(r'{[^}]*}', '{}', path)}"] = operation
    return found


def _lookup(spec: Spec, ref: str) -> Any:
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


def _deprecation_flags(spec: Spec, operation: dict[str, Any]) -> dict[str, bool]:
    """location -> deprecated, for every place in the request and 2xx response bodies."""
    flags: dict[str, bool] = {}

    def walk(schema: Any, location: str, seen: frozenset[str]) -> None:
        if not isinstance(schema, dict):
            return
        flags[location] = flags.get(location, False) or schema.get("deprecated") is True
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            walk(_lookup(spec, ref), location, seen | {ref})
        for name, sub in (schema.get("properties") or {}).items():
            walk(sub, f"{location}.{name}", seen)
        if "items" in schema:
            walk(schema["items"], f"{location}[]", seen)
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"], location + "{}", seen)
        for keyword in ("allOf", "oneOf", "anyOf"):
            for member in schema.get(keyword) or ():
                walk(member, location, seen)

    def deref(obj: Any) -> Any:
        while isinstance(obj, dict) and "$ref" in obj:
            obj = _lookup(spec, obj["$ref"])
        return obj

    bodies = [("requestBody", deref(operation.get("requestBody")))]
    bodies += [
        (f"responses.{status}", deref(response))
        for status, response in operation.get("responses", {}).items()
        if str(status).startswith("2")
    ]
    for prefix, holder in bodies:
        for media, content in ((holder or {}).get("content") or {}).items():
            walk(content.get("schema"), f"{prefix}.{media}", frozenset())
    return flags


def _independent_counts(old_release: str, new_release: str) -> dict[str, int]:
    old, new = _load(old_release), _load(new_release)
    old_ops, new_ops = _independent_operations(old), _independent_operations(new)
    common = old_ops.keys() & new_ops.keys()
    newly_deprecated_properties = 0
    for key in common:
        before = _deprecation_flags(old, old_ops[key])
        after = _deprecation_flags(new, new_ops[key])
        newly_deprecated_properties += sum(
            1 for location, flag in after.items() if flag and before.get(location) is False
        )
    return {
        "operation-added": len(new_ops.keys() - old_ops.keys()),
        "operation-removed": len(old_ops.keys() - new_ops.keys()),
        "operation-deprecated": sum(
            1
            for key in common
            if new_ops[key].get("deprecated") is True and old_ops[key].get("deprecated") is not True
        ),
        "property-deprecated": newly_deprecated_properties,
    }


# Operation counts three independent peers agree on.
REFERENCE = {
    ("2.22", "2.23"): {"operation-added": 46, "operation-removed": 20, "operation-deprecated": 6},
    ("2.23", "2.24"): {"operation-added": 34, "operation-removed": 4, "operation-deprecated": 13},
}


@pytest.mark.parametrize(("old", "new"), sorted(REFERENCE))
def test_engine_counts_agree_with_independent_count(old: str, new: str) -> None:
    report = diff_specs(_load(old), _load(new), old_label=old, new_label=new)
    by_rule = report.counts_by_rule()
    independent = _independent_counts(old, new)
    engine = {rule: by_rule.get(rule, 0) for rule in independent}
    print(f"{old}->{new} engine {engine} independent {independent}")
    assert engine == independent
    for rule, count in REFERENCE[(old, new)].items():
        assert engine[rule] == count, rule
    assert engine["property-deprecated"] > 0


def test_real_changes_carry_names_and_locations() -> None:
    report = diff_specs(_load("2.23"), _load("2.24"), old_label="2.23", new_label="2.24")
    removed = {
        (c.operation_key, c.location)
        for c in report.changes
        if c.rule_id == "request-property-removed"
    }
    assert ("POST /api/v1/asset/compute", "requestBody.application/json.spec.migProfile") in removed
    assert {c.tag for c in report.changes if c.rule_id == "operation-removed"} == {"Departments"}


def test_renaming_every_component_of_a_real_spec_changes_nothing() -> None:
    spec = _load("2.24")
    text = json.dumps(spec).replace('"#/components/schemas/', '"#/components/schemas/Renamed')
    renamed = json.loads(text)
    schemas = renamed["components"]["schemas"]
    renamed["components"]["schemas"] = {f"Renamed{name}": body for name, body in schemas.items()}
    assert renamed != spec
    assert diff_specs(spec, renamed).changes == []
