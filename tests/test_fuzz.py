"""Property-based fuzzing: random valid OpenAPI 3.0 documents always give a working package.

Hypothesis builds documents with nested objects, allOf/oneOf/anyOf, nullability, enums, odd
names (keywords, builtins, non-identifiers) and operations with parameters in every location.
Each one is validated, generated in-process, imported, its models round-tripped with
`example_value` payloads (with and without nulls), and about one package in MYPY_EVERY (chosen
by content hash) is type-checked with mypy --strict. Derandomized (fixed seed) so CI is
reproducible; `RUNAI_SDKGEN_FUZZ_EXAMPLES` scales the number of documents (the `fuzz` nox
session runs many more).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from gen_support import check_catalog_and_classes, check_round_trips, imported, run_tool
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from runai_sdkgen.core.manifest import load_manifest
from runai_sdkgen.generate.stage import Target, generate_target
from runai_sdkgen.spec import load as specio
from runai_sdkgen.spec import naming

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "runai_mt_client"
EXAMPLES = int(os.environ.get("RUNAI_SDKGEN_FUZZ_EXAMPLES", "15"))
MYPY_EVERY = int(os.environ.get("RUNAI_SDKGEN_FUZZ_MYPY_EVERY", "3"))
REF = "#/components/schemas/"
ODD_NAMES = (
    *("class", "from", "None", "True", "import", "lambda", "type", "id", "list", "dict"),
    *("9lives", "a-b", "é", "camelCase", "snake_case", "UPPER", "x", "with.dot", "_under"),
    *("to_dict", "from_dict", "additional_properties", "additional_keys"),
)
TEXT = st.text(alphabet=st.sampled_from("az AZ09_-\"'\\{}%#é🚀"), max_size=12)

COMPONENT_NAMES = st.one_of(
    st.sampled_from(["class", "None", "a-b", "with.dot", "type", "List", "list", "_x"]),
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,6}", fullmatch=True),
)
# openapi-python-client drops an operation whose path parameter is named otherwise (a known gap:
# tests/hostile/gap_path_parameter_names.yaml).
PATH_TEMPLATE_NAME = re.compile(r"[a-zA-Z_-][a-zA-Z0-9_-]*")
names = st.one_of(
    st.sampled_from(ODD_NAMES), st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True)
)


def _unique_by_python_name(candidates: list[str]) -> list[str]:
    """Names the generator keeps apart (two properties `a-b` and `a_b` are one Python name)."""
    kept: dict[str, str] = {}
    for name in candidates:
        kept.setdefault(naming.python_name(name), name)
    return list(kept.values())


@st.composite
def leaf_schema(draw: st.DrawFn, earlier: tuple[str, ...]) -> dict[str, Any]:
    kinds = ["string", "integer", "number", "boolean", "date-time", "str-enum", "int-enum"]
    if earlier:
        kinds.append("ref")
    kind = draw(st.sampled_from(kinds))
    schema: dict[str, Any]
    if kind == "ref":
        return {"$ref": REF + draw(st.sampled_from(earlier))}
    if kind == "date-time":
        schema = {"type": "string", "format": "date-time"}
    elif kind == "str-enum":
        values = draw(st.lists(st.one_of(names, TEXT), min_size=1, max_size=5, unique=True))
        schema = {"type": "string", "enum": values}
    elif kind == "int-enum":
        numbers = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=4, unique=True))
        schema = {"type": "integer", "enum": numbers}
    else:
        schema = {"type": kind}
    if draw(st.booleans()):
        schema["description"] = draw(TEXT)
    if draw(st.integers(0, 3)) == 0:
        schema["nullable"] = True
    return schema


@st.composite
def value_schema(draw: st.DrawFn, earlier: tuple[str, ...], depth: int) -> dict[str, Any]:
    choice = draw(st.integers(0, 5)) if depth < 2 else 0
    if choice in (0, 1, 2):
        return draw(leaf_schema(earlier))
    if choice == 3:
        return {"type": "array", "items": draw(value_schema(earlier, depth + 1))}
    return draw(object_schema(earlier, depth + 1))


@st.composite
def object_schema(
    draw: st.DrawFn, earlier: tuple[str, ...], depth: int, inherited: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """An object; `inherited` are Python names an allOf base already declares (redeclaring one
    with another type would make the allOf unsatisfiable: not a valid input)."""
    drawn = _unique_by_python_name(draw(st.lists(names, max_size=4, unique=True)))
    props = [p for p in drawn if naming.python_name(p) not in inherited]
    properties = {p: draw(value_schema(earlier, depth)) for p in props}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [p for p in props if draw(st.booleans())]
    if required:
        schema["required"] = required
    if draw(st.integers(0, 3)) == 0:
        schema["nullable"] = True
    return schema


@st.composite
def component_schema(
    draw: st.DrawFn, earlier: tuple[str, ...], objects: dict[str, frozenset[str]]
) -> dict[str, Any]:
    """A component; `objects` maps the object components so far to their properties' Python
    names."""
    kinds = ["object", "object", "enum"]
    if objects:
        kinds += ["allOf", "oneOf", "anyOf"]
    kind = draw(st.sampled_from(kinds))
    if kind == "object":
        return draw(object_schema(earlier, 0))
    if kind == "enum":
        values = draw(st.lists(st.one_of(names, TEXT), min_size=1, max_size=6, unique=True))
        return {"type": "string", "enum": values}
    base = draw(st.sampled_from(sorted(objects)))
    if kind == "allOf":
        return {"allOf": [{"$ref": REF + base}, draw(object_schema(earlier, 1, objects[base]))]}
    others = draw(st.lists(st.sampled_from(sorted(objects)), min_size=1, max_size=2, unique=True))
    members = [{"$ref": REF + name} for name in dict.fromkeys([base, *others])]
    union: dict[str, Any] = {kind: members}
    if draw(st.booleans()):
        union["nullable"] = True
    return union


@st.composite
def parameter(draw: st.DrawFn, location: str, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": draw(st.sampled_from(["string", "integer", "boolean"]))}
    if location != "path" and draw(st.booleans()):
        schema = {
            "type": "string",
            "enum": draw(st.lists(names, min_size=1, max_size=3, unique=True)),
        }
    return {"name": name, "in": location, "required": location == "path", "schema": schema}


@st.composite
def openapi_document(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(COMPONENT_NAMES, min_size=1, max_size=6))
    schemas: dict[str, Any] = {}
    objects: dict[str, frozenset[str]] = {}
    for index, base in enumerate(schema_names):
        name = f"{base}{index}"
        schema = draw(component_schema(tuple(schemas), objects))
        if schema.get("type") == "object":
            objects[name] = frozenset(map(naming.python_name, schema["properties"]))
        elif "allOf" in schema:
            parent, extension = schema["allOf"]
            own = frozenset(map(naming.python_name, extension["properties"]))
            objects[name] = objects[parent["$ref"].removeprefix(REF)] | own
        schemas[name] = schema
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        path_param = draw(names.filter(PATH_TEMPLATE_NAME.fullmatch))
        path = f"/r{index}/{{{path_param}}}"
        parameters = [draw(parameter("path", path_param))]
        for location in ("query", "header", "cookie"):
            for name in _unique_by_python_name(draw(st.lists(names, max_size=2, unique=True))):
                if naming.python_name(name) != naming.python_name(path_param):
                    parameters.append(draw(parameter(location, name)))
        target = {"$ref": REF + draw(st.sampled_from(sorted(schemas)))}
        json_content = {"application/json": {"schema": target}}
        operation: dict[str, Any] = {
            "operationId": f"{draw(names)}{index}",
            "tags": [draw(names)],
            "parameters": parameters,
            "responses": {"200": {"description": draw(TEXT) or "ok", "content": json_content}},
        }
        methods = ["get", "delete"]
        method = draw(st.sampled_from(["get", "post", "put", "patch", "delete"]))
        if method not in methods:
            operation["requestBody"] = {"required": draw(st.booleans()), "content": json_content}
        paths[path] = {method: operation}
    return {
        "openapi": "3.0.3",
        "info": {"title": draw(TEXT) or "fuzz", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


_tally: dict[str, int] = {"generated": 0, "type_checked": 0, "round_trips": 0}


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # Each example costs seconds (a generator run): report the failing document unshrunk.
    phases=[Phase.explicit, Phase.generate],
)
@given(document=openapi_document())
def test_random_valid_documents_generate_working_packages(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    specio.validate_spec(document, "fuzz")
    spec: dict[str, Any] = json.loads(specio.normalize_spec(document))
    product = load_manifest(PROJECT_ROOT / "specs" / "releases.toml").product("multi-tenant")
    out = tmp_path_factory.mktemp("fuzz") / "out"
    target = Target(product, "9.9", "9.9.0", spec, (), ("9.9",), out)
    result = generate_target(target, strict=True)
    assert result.lost_operations == () and result.lost_schemas == ()
    _tally["generated"] += 1
    with imported(out, PACKAGE):
        check_catalog_and_classes(PACKAGE, spec, ())
        _tally["round_trips"] += check_round_trips(PACKAGE, spec, ())
    linted = run_tool(["ruff", "check", "--no-cache", "."], out)
    assert linted.returncode == 0, linted.stdout[-3000:]
    # Chosen by content, not by order: a rerun of one document (Hypothesis retries) agrees.
    if int(specio.sha256_hex(specio.normalize_spec(spec))[:8], 16) % MYPY_EVERY == 0:
        done = run_tool(["mypy", "--strict", "--cache-dir=/dev/null", "-p", PACKAGE], out)
        assert done.returncode == 0, done.stdout[-3000:]
        _tally["type_checked"] += 1
    print(f"fuzz tally: {_tally}")
