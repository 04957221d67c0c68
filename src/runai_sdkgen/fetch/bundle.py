"""Merging per-tag spec fragments (manifest source kind `urls`) into one OpenAPI document.

Document-level fields (`info`, `servers`, `security`, ...) come from the first fragment; tags
are united by name; paths and components are united, and the same path operation or component
name defined differently by two fragments is an error naming both fragments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec


@dataclass(frozen=True)
class Fragment:
    """One fetched fragment; `origin` is its redacted URL (or file path) for messages."""

    origin: str
    spec: Spec


def bundle_fragments(fragments: Sequence[Fragment]) -> Spec:
    if not fragments:
        raise ToolkitError("no fragments to bundle")
    first = fragments[0]
    bundled: Spec = {
        key: value
        for key, value in first.spec.items()
        if key not in {"paths", "components", "tags"}
    }
    version = first.spec.get("openapi")
    for fragment in fragments[1:]:
        if fragment.spec.get("openapi") != version:
            raise ToolkitError(
                f"{fragment.origin}: openapi {fragment.spec.get('openapi')!r} differs from "
                f"{version!r} in {first.origin}"
            )
    tags: list[Any] = []
    tag_names: set[str] = set()
    paths: dict[str, dict[str, Any]] = {}
    path_origins: dict[tuple[str, str], str] = {}
    components: dict[str, dict[str, Any]] = {}
    component_origins: dict[tuple[str, str], str] = {}
    for fragment in fragments:
        for tag in _mapping_list(fragment, "tags"):
            name = tag.get("name")
            if isinstance(name, str) and name not in tag_names:
                tag_names.add(name)
                tags.append(tag)
        for path, item in _mapping(fragment, fragment.spec.get("paths", {}), "paths").items():
            merged = paths.setdefault(path, {})
            for key, value in _mapping(fragment, item, f"paths.{path}").items():
                _put(
                    merged, key, value, fragment.origin, path_origins, (path, key), f"paths.{path}"
                )
        for section, entries in _mapping(
            fragment, fragment.spec.get("components", {}), "components"
        ).items():
            target = components.setdefault(section, {})
            for name, value in _mapping(fragment, entries, f"components.{section}").items():
                _put(
                    target,
                    name,
                    value,
                    fragment.origin,
                    component_origins,
                    (section, name),
                    f"components.{section}",
                )
    if tags:
        bundled["tags"] = tags
    bundled["paths"] = paths
    if components:
        bundled["components"] = components
    return bundled


def _put(
    target: dict[str, Any],
    key: str,
    value: Any,
    origin: str,
    origins: dict[tuple[str, str], str],
    origin_key: tuple[str, str],
    where: str,
) -> None:
    if key in target:
        if target[key] != value:
            raise ToolkitError(
                f"conflicting definitions of {where}.{key} in {origins[origin_key]} and {origin}"
            )
        return
    target[key] = value
    origins[origin_key] = origin


def _mapping(fragment: Fragment, value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ToolkitError(f"{fragment.origin}: {where} must be a mapping")
    return value


def _mapping_list(fragment: Fragment, key: str) -> list[dict[str, Any]]:
    value = fragment.spec.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ToolkitError(f"{fragment.origin}: {key} must be a list of mappings")
    return value
