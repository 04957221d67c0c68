"""The two-pass parse (components, then operations over stub components) gives the generator
exactly what openapi-python-client's one-pass parse gives it: same models, enums and flags in
the same order, and endpoints whose signatures, docstrings and imports render the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import upstream_spec_path
from gen_support import small_spec
from openapi_python_client.parser import GeneratorData

from runai_sdkgen.generate.repair import repair_spec
from runai_sdkgen.generate.stage import _generator_config, _parse, _text
from runai_sdkgen.spec import load as specio

ROOT = Path(__file__).resolve().parents[1]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _shapes_spec() -> dict[str, Any]:
    """The shapes the second pass must keep: a model sent as multipart/form-data, an array
    component of inline objects, inline bodies and responses, an inline enum parameter, an
    example on a component (shown in endpoint docstrings), nested and recursive models."""
    ok = {"description": "ok"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "shapes", "version": "1"},
        "paths": {
            "/files": {
                "post": {
                    "operationId": "uploadFile",
                    "requestBody": {"content": {"multipart/form-data": {"schema": _ref("Upload")}}},
                    "responses": {
                        "200": {"content": {"application/json": {"schema": _ref("Node")}}, **ok}
                    },
                }
            },
            "/nodes": {
                "get": {
                    "operationId": "listNodes",
                    "parameters": [
                        {
                            "name": "sortBy",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["name", "size"]},
                        }
                    ],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "nodes": {"type": "array", "items": _ref("Node")},
                                            "tags": _ref("Tags"),
                                        },
                                    }
                                }
                            },
                            **ok,
                        }
                    },
                },
                "put": {
                    "operationId": "replaceNodes",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref("Node")}},
                    },
                    "responses": {"204": {"description": "done"}},
                },
            },
        },
        "components": {
            "schemas": {
                "Upload": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "meta": _ref("Node")},
                },
                "Node": {
                    "type": "object",
                    "description": "A node of the tree.",
                    "example": {"name": "root"},
                    "properties": {
                        "name": {"type": "string"},
                        "children": {"type": "array", "items": _ref("Node")},
                        "kind": {"type": "string", "enum": ["leaf", "branch"]},
                    },
                },
                "Tags": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"key": {"type": "string"}}},
                },
            }
        },
    }


def _code(value: Any) -> str:
    """Generated code as text (the generator wraps it in PythonCode)."""
    unembedded = getattr(value, "as_unembedded_code", None)
    return str(unembedded()) if unembedded is not None else _text(value)


def _property(prop: Any) -> tuple[str, ...]:
    return (_code(prop.python_name), _code(prop.get_type_string()), _code(prop.to_docstring()))


def _summary(data: Any) -> dict[str, Any]:
    endpoints = {
        str(tag): [
            (
                str(e.name),
                str(e.method),
                _text(e.path),
                _code(e.response_type()),
                [_property(p) for p in e.list_all_parameters()],
                [(_code(b.content_type), str(b.body_type), *_property(b.prop)) for b in e.bodies],
                sorted(map(_code, e.relative_imports)),
            )
            for e in collection.endpoints
        ]
        for tag, collection in data.endpoint_collections_by_tag.items()
    }
    models = [
        (
            str(m.class_info.name),
            m.is_multipart_body,
            [_property(p) for p in [*m.required_properties, *m.optional_properties]],
            sorted(map(_code, m.relative_imports)),
            sorted(map(_code, m.lazy_imports)),
        )
        for m in data.models
    ]
    enums = [(str(e.class_info.name), sorted(map(_code, e.values.values()))) for e in data.enums]
    return {"endpoints": endpoints, "models": models, "enums": enums}


def _same_as_one_pass(spec: dict[str, Any], tmp_path: Path) -> None:
    report = repair_spec(spec)
    config = _generator_config(report, tmp_path / "pkg")
    one_pass = GeneratorData.from_dict(report.spec, config=config)
    assert isinstance(one_pass, GeneratorData)
    assert _summary(_parse(report.spec, config)) == _summary(one_pass)


def test_shapes_parse_the_same(tmp_path: Path) -> None:
    spec = _shapes_spec()
    _same_as_one_pass(spec, tmp_path)
    data = _parse(repair_spec(spec).spec, _generator_config(repair_spec(spec), tmp_path))
    multipart = [str(m.class_info.name) for m in data.models if m.is_multipart_body]
    assert multipart == ["Upload"]


@pytest.mark.parametrize("release", ["2.22", "2.23", "2.24"])
def test_multi_tenant_snapshots_parse_the_same(release: str, tmp_path: Path) -> None:
    spec = specio.load_spec_file(ROOT / "specs" / "multi-tenant" / release / "openapi.yaml")
    _same_as_one_pass(spec, tmp_path)


def test_small_spec_parses_the_same(tmp_path: Path) -> None:
    _same_as_one_pass(small_spec("2.23"), tmp_path)


@pytest.mark.slow
@pytest.mark.upstream
def test_control_plane_parses_the_same(tmp_path: Path) -> None:
    path = upstream_spec_path("2.24")
    _same_as_one_pass(specio.load_spec_file(path, validate=False), tmp_path)


def test_an_inline_model_named_like_a_stubbed_components_inline_model(tmp_path: Path) -> None:
    """`GetHolderHolderAdditionalProperty` is the inline model of the component
    `GetHolderHolder` (which the operations pass stubs) and also the name the operation
    `getHolder` gives its inline response titled `HolderAdditionalProperty`: the one-pass parse
    sees the clash (and gives up on that response); the two-pass parse must not type the
    response as the component's model instead."""
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "collision", "version": "1"},
        "paths": {
            "/holders": {
                "get": {
                    "operationId": "getHolder",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "title": "HolderAdditionalProperty",
                                        "type": "object",
                                        "properties": {"holder": _ref("GetHolderHolder")},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "GetHolderHolder": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "properties": {"key": {"type": "string"}},
                    },
                }
            }
        },
    }
    _same_as_one_pass(spec, tmp_path)
