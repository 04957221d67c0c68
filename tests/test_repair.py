"""The spec-repair pass: each rule on a two-schema spec, and the meaning it must keep."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from gen_support import small_spec
from openapi_schema_validator import OAS30Validator

from runai_sdkgen.generate.repair import RULES, class_dialect, repair_spec
from runai_sdkgen.verify.examples import example_value

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

    from runai_sdkgen.generate.stage import _generator_config

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


# Two enums with no value in common, as 2.22's SupersetSpec merges them for `restartPolicy`.
# `nullable: true` without null in the list: null is not one of the values (OAS 3.0.3).
RESTART = {"type": "string", "nullable": True, "enum": ["Always", "Never", "OnFailure"]}
GROUP_RESTART = {
    "type": "string",
    "nullable": True,
    "enum": ["RecreateGroupOnPodRestart", "None"],
    "default": "RecreateGroupOnPodRestart",
}


def _with_null(enum: dict[str, Any]) -> dict[str, Any]:
    return {**enum, "enum": [*enum["enum"], None]}


def _disjoint_schemas(
    first: dict[str, Any], second: dict[str, Any], required: bool = False
) -> dict[str, Any]:
    """Owner: allOf over a component declaring `policy` as enum First, one reaching enum Second
    through a nested allOf, and one declaring it a plain nullable string; the three components
    (and the enums) are used on their own too."""
    flat: dict[str, Any] = {
        "type": "object",
        "properties": {"policy": {"$ref": REF + "First"}, "name": {"type": "string"}},
    }
    if required:
        flat["required"] = ["policy"]
    return {
        "First": first,
        "Second": second,
        "Flat": flat,
        "Base": {"type": "object", "properties": {"zone": {"type": "string"}}},
        "Common": {
            "allOf": [
                {"$ref": REF + "Base"},
                {
                    "type": "object",
                    "properties": {
                        "policy": {"$ref": REF + "Second"},
                        "replicas": {"type": "integer", "nullable": True},
                    },
                },
            ]
        },
        "Loose": {
            "properties": {
                "policy": {"type": "string", "nullable": True},
                "port": {"type": "integer"},
            }
        },
        "Owner": {
            "allOf": [{"$ref": REF + "Flat"}, {"$ref": REF + "Common"}, {"$ref": REF + "Loose"}]
        },
        "User": {
            "type": "object",
            "properties": {
                "owner": {"$ref": REF + "Owner"},
                "flat": {"$ref": REF + "Flat"},
                "common": {"$ref": REF + "Common"},
            },
        },
    }


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
        (
            "enums with no value in common in allOf",
            _disjoint_schemas(RESTART, GROUP_RESTART),
            "allof-disjoint-enums",
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


# --- allof-disjoint-enums -------------------------------------------------------------------

POLICIES: tuple[Any, ...] = (
    None,
    "Always",
    "Never",
    "OnFailure",
    "RecreateGroupOnPodRestart",
    "None",
    "",
    5,
    {},
)
OWNER_PAYLOADS: list[Any] = [
    None,
    "text",
    {},
    {"name": "n", "zone": "z", "replicas": None, "port": 3},
    {"name": 5},
    {"zone": 5},
    {"replicas": "many"},
    {"port": None},
    *({"policy": value} for value in POLICIES),
    *({"name": "n", "zone": "z", "policy": value} for value in POLICIES),
]


def _verdicts(spec: dict[str, Any], name: str, payloads: list[Any]) -> list[bool]:
    validator = _validator(spec, {"$ref": REF + name})
    return [bool(validator.is_valid(p)) for p in payloads]


@pytest.mark.parametrize(
    ("first", "second", "required", "null_valid", "absent_valid"),
    [
        (_with_null(RESTART), _with_null(GROUP_RESTART), False, True, True),
        (_with_null(RESTART), _with_null(GROUP_RESTART), True, True, False),
        (RESTART, _with_null(GROUP_RESTART), False, False, True),
        (RESTART, GROUP_RESTART, True, False, False),
    ],
    ids=["null-only", "null-only-required", "never-set", "never-set-required"],
)
def test_disjoint_enums_keep_what_the_owner_accepts(
    first: dict[str, Any],
    second: dict[str, Any],
    required: bool,
    null_valid: bool,
    absent_valid: bool,
) -> None:
    spec = _spec(_disjoint_schemas(first, second, required))
    report = repair_spec(spec)
    repaired = report.spec
    # With null listed in both enums the generator merges them (to a union) without complaint.
    assert bool(_parse_errors(spec)) != null_valid
    assert _parse_errors(repaired) == []
    assert [(f.rule, f.location) for f in report.firings if f.rule == "allof-disjoint-enums"] == [
        ("allof-disjoint-enums", "/components/schemas/Owner/allOf")
    ]
    # Every payload is judged the same, and no enum value of either member gets through.
    before = _verdicts(spec, "Owner", OWNER_PAYLOADS)
    assert _verdicts(repaired, "Owner", OWNER_PAYLOADS) == before
    verdict = dict(zip(map(json.dumps, OWNER_PAYLOADS), before, strict=True))
    for value in POLICIES[1:]:
        assert not verdict[json.dumps({"policy": value})]
        assert not verdict[json.dumps({"name": "n", "zone": "z", "policy": value})]
    assert verdict[json.dumps({"policy": None})] == null_valid
    assert verdict[json.dumps({})] == absent_valid
    users = [{"owner": p} for p in OWNER_PAYLOADS] + [
        {"flat": {"policy": "Always"}},
        {"flat": {"policy": "RecreateGroupOnPodRestart"}},
        {"common": {"policy": "RecreateGroupOnPodRestart"}},
        {"common": {"policy": "Always"}},
    ]
    assert _verdicts(repaired, "User", users) == _verdicts(spec, "User", users)
    # The members stay shared components with their enums; only the owner changed.
    schemas, original = repaired["components"]["schemas"], spec["components"]["schemas"]
    for name in ("First", "Second", "Flat", "Base", "Common", "Loose", "User"):
        assert schemas[name] == original[name], name
    owned = schemas["Owner"]["allOf"][-1]
    assert owned["properties"]["policy"]["enum" if null_valid else "not"] in ([None], {})
    assert owned.get("required") == (["policy"] if required else None)
    assert "First, Second" in owned["properties"]["policy"]["description"]


def test_disjoint_enums_rule_is_idempotent() -> None:
    report = repair_spec(_spec(_disjoint_schemas(RESTART, GROUP_RESTART)))
    again = repair_spec(report.spec)
    assert again.counts()["allof-disjoint-enums"] == 0
    assert (
        again.spec["components"]["schemas"]["Owner"]
        == report.spec["components"]["schemas"]["Owner"]
    )


@pytest.mark.parametrize(
    ("name", "second"),
    [
        ("one value in common", {**RESTART, "enum": ["Never", "Sometimes"]}),
        ("the same enum twice", RESTART),
        ("an enum and a plain string", {"type": "string", "nullable": True}),
        ("an enum and an integer enum", {"type": "integer", "enum": [1, 2]}),
    ],
)
def test_disjoint_enums_fire_nowhere_else(name: str, second: dict[str, Any]) -> None:
    counts = repair_spec(_spec(_disjoint_schemas(RESTART, second))).counts()
    expected = 1 if name == "an enum and an integer enum" else 0
    assert counts["allof-disjoint-enums"] == expected, name
    assert repair_spec(small_spec()).counts()["allof-disjoint-enums"] == 0


@pytest.mark.upstream
@pytest.mark.parametrize("release", ["2.22", "2.23", "2.24"])
def test_disjoint_enums_on_the_real_specs(release: str) -> None:
    """2.22's SupersetSpec is the one place: `restartPolicy` from AdvancedFlatFields
    (RestartPolicy) and DistributedInferenceCommonSpec (DistributedInferenceRestartPolicy)."""
    from conftest import upstream_spec_path

    spec = json.loads(upstream_spec_path(release).read_text(encoding="utf-8"))
    report = repair_spec(spec)
    fired = [f.location for f in report.firings if f.rule == "allof-disjoint-enums"]
    assert fired == (["/components/schemas/SupersetSpec/allOf"] if release == "2.22" else [])
    if not fired:
        return
    payload = example_value({"$ref": REF + "SupersetSpec"}, spec)
    payload.pop("restartPolicy", None)
    payloads = [payload] + [
        {**payload, "restartPolicy": value}
        for value in (None, "Always", "OnFailure", "RecreateGroupOnPodRestart", "None", 3)
    ]
    before = _verdicts(spec, "SupersetSpec", payloads)
    assert before == [True] + [False] * 6
    assert _verdicts(report.spec, "SupersetSpec", payloads) == before


@pytest.mark.parametrize(
    ("first", "second", "declared"),
    [
        (_with_null(RESTART), _with_null(GROUP_RESTART), {"nullable": True, "enum": [None]}),
        (RESTART, GROUP_RESTART, {"not": {}}),
    ],
    ids=["null-only", "never-set"],
)
def test_disjoint_enums_in_the_class_dialect(
    first: dict[str, Any], second: dict[str, Any], declared: dict[str, Any]
) -> None:
    """The flat Owner of the class dialect declares the property once, without `type: object`
    on a null-only declaration (datamodel-code-generator would type it `dict | None`)."""
    spec = _spec(_disjoint_schemas(first, second))
    dialect = class_dialect(repair_spec(spec).spec)
    owner = dialect["components"]["schemas"]["Owner"]
    assert "allOf" not in owner
    policy = {k: v for k, v in owner["properties"]["policy"].items() if k != "description"}
    assert policy == declared
    assert _verdicts(dialect, "Owner", OWNER_PAYLOADS) == _verdicts(spec, "Owner", OWNER_PAYLOADS)


def test_disjoint_enums_null_only_is_none_in_pydantic(tmp_path: Path) -> None:
    """datamodel-code-generator (the options the generate stage uses) types the null-only
    property `None`: pydantic takes null and refuses either enum's values."""
    import importlib.util
    import subprocess
    import sys

    from pydantic import ValidationError

    from runai_sdkgen.generate.stage import PYDANTIC_OPTIONS

    spec = _spec(_disjoint_schemas(_with_null(RESTART), _with_null(GROUP_RESTART)))
    source, target = tmp_path / "openapi.json", tmp_path / "disjoint_schemas.py"
    source.write_text(json.dumps(class_dialect(repair_spec(spec).spec)), encoding="utf-8")
    tool = Path(sys.executable).with_name("datamodel-codegen")
    subprocess.run(
        [str(tool), f"--input={source}", f"--output={target}", *PYDANTIC_OPTIONS], check=True
    )
    loader = importlib.util.spec_from_file_location("disjoint_schemas", target)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules["disjoint_schemas"] = module
    try:
        loader.loader.exec_module(module)
        assert module.Owner(policy=None, name="n").policy is None
        refused: tuple[Any, ...] = ("Always", "RecreateGroupOnPodRestart", {})
        for value in refused:
            with pytest.raises(ValidationError):
                module.Owner(policy=value)
    finally:
        del sys.modules["disjoint_schemas"]
