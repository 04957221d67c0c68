"""Per-tag fragments bundled into one spec (manifest source kind `urls`)."""

from __future__ import annotations

from typing import Any

import pytest

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.bundle import Fragment, bundle_fragments

A = "https://docs.example/tags/a.json"
B = "https://docs.example/tags/b.json"


def fragment(origin: str, paths: dict[str, Any], schemas: dict[str, Any], **extra: Any) -> Fragment:
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": origin, "version": "latest"},
        "paths": paths,
        "components": {"schemas": schemas},
        **extra,
    }
    return Fragment(origin=origin, spec=spec)


GET_OK = {"get": {"responses": {"200": {"description": "OK"}}}}
POST_OK = {"post": {"responses": {"201": {"description": "Created"}}}}


def test_paths_components_and_tags_are_united() -> None:
    bundled = bundle_fragments(
        [
            fragment(A, {"/a": GET_OK}, {"Shared": {"type": "string"}}, tags=[{"name": "a"}]),
            fragment(
                B,
                {"/b": GET_OK, "/a": POST_OK},
                {"Shared": {"type": "string"}, "Only": {"type": "integer"}},
                tags=[{"name": "a"}, {"name": "b"}],
            ),
        ]
    )
    assert bundled["info"]["title"] == A
    assert bundled["paths"] == {"/a": {**GET_OK, **POST_OK}, "/b": GET_OK}
    assert set(bundled["components"]["schemas"]) == {"Shared", "Only"}
    assert [t["name"] for t in bundled["tags"]] == ["a", "b"]


def test_conflicting_component_names_both_sources() -> None:
    with pytest.raises(ToolkitError) as caught:
        bundle_fragments(
            [
                fragment(A, {"/a": GET_OK}, {"Shared": {"type": "string"}}),
                fragment(B, {"/b": GET_OK}, {"Shared": {"type": "integer"}}),
            ]
        )
    message = caught.value.message
    assert "components.schemas.Shared" in message
    assert A in message
    assert B in message


def test_conflicting_operation_names_both_sources() -> None:
    with pytest.raises(ToolkitError, match=r"paths\./a\.get in .*a\.json and .*b\.json"):
        bundle_fragments(
            [
                fragment(A, {"/a": GET_OK}, {}),
                fragment(B, {"/a": {"get": {"responses": {"204": {"description": "x"}}}}}, {}),
            ]
        )


def test_mixed_openapi_versions_are_refused() -> None:
    other = fragment(B, {}, {})
    other.spec["openapi"] = "3.1.0"
    with pytest.raises(ToolkitError, match=r"differs from '3\.0\.3'"):
        bundle_fragments([fragment(A, {}, {}), other])
