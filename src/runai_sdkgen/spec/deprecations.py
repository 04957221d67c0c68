"""What a release deprecates, since when, and when it may go: the facts the templates print.

openapi-python-client drops `deprecated` on operations and parameters, so the generate stage
reads it from the spec itself. `deprecated_in` is the earliest release of the product from
which the item stayed deprecated up to this one (computed from the product's earlier specs).
Operations are keyed by method and path, parameters by operation, location and name, and
properties by the component schema that declares them and their name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from runai_sdkgen.core.policy import removal_release
from runai_sdkgen.spec import naming
from runai_sdkgen.spec.load import Spec

PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")


@dataclass(frozen=True)
class Deprecation:
    what: str
    deprecated_in: str
    removal_in: str

    @property
    def message(self) -> str:
        return (
            f"{self.what} is deprecated since Run:ai {self.deprecated_in} and due for removal "
            f"in {self.removal_in}."
        )


OperationKey = tuple[str, str]  # (method, path)
ParameterKey = tuple[str, str, str, str]  # (method, path, location, name)
PropertyKey = tuple[str, str]  # (component schema, property)


@dataclass(frozen=True)
class DeprecatedItems:
    operations: frozenset[OperationKey]
    parameters: frozenset[ParameterKey]
    properties: frozenset[PropertyKey]


def resolve(spec: Spec, node: Any) -> Any:
    """Follow local `$ref`s (chains included) to the node they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return node
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def operations(
    spec: Spec, *, in_document_order: bool = False
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation, by path unless `in_document_order`."""
    items = (spec.get("paths") or {}).items()
    for path, path_item in items if in_document_order else sorted(items):
        if not isinstance(path_item, dict):
            continue
        for method in naming.HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def operation_parameters(spec: Spec, path: str, method: str) -> list[dict[str, Any]]:
    """The resolved parameters of one operation (path-level ones unless overridden)."""
    path_item = spec["paths"][path]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(path_item.get("parameters") or []), *(path_item[method].get("parameters") or [])]:
        parameter = resolve(spec, raw)
        if isinstance(parameter, dict) and "name" in parameter and "in" in parameter:
            merged[(str(parameter["in"]), str(parameter["name"]))] = parameter
    return list(merged.values())


def deprecated_items(spec: Spec) -> DeprecatedItems:
    ops: set[OperationKey] = set()
    params: set[ParameterKey] = set()
    props: set[PropertyKey] = set()
    for path, method, operation in operations(spec):
        if operation.get("deprecated") is True:
            ops.add((method, path))
        for parameter in operation_parameters(spec, path, method):
            if parameter.get("deprecated") is True:
                params.add((method, path, str(parameter["in"]), str(parameter["name"])))
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        for prop, prop_schema in own_properties(schema).items():
            if isinstance(prop_schema, dict) and prop_schema.get("deprecated") is True:
                props.add((name, prop))
    return DeprecatedItems(frozenset(ops), frozenset(params), frozenset(props))


def own_properties(schema: Any) -> dict[str, Any]:
    """Properties a schema declares itself or through inline (not referenced) allOf members."""
    if not isinstance(schema, dict):
        return {}
    found: dict[str, Any] = {}
    for member in schema.get("allOf") or []:
        if isinstance(member, dict) and "$ref" not in member:
            found.update(own_properties(member))
    properties = schema.get("properties")
    if isinstance(properties, dict):
        found.update(properties)
    return found


@dataclass(frozen=True)
class DeprecationIndex:
    """The deprecations of one release, each with the release it started in."""

    release: str
    operations: dict[OperationKey, Deprecation]
    parameters: dict[ParameterKey, Deprecation]
    properties: dict[PropertyKey, Deprecation]

    @property
    def count(self) -> int:
        return len(self.operations) + len(self.parameters) + len(self.properties)


def build_index(
    release: str,
    spec: Spec,
    earlier: Sequence[tuple[str, Spec]],
    known_releases: Sequence[str],
) -> DeprecationIndex:
    """Deprecations of `spec`; `earlier` are the product's previous releases, oldest first."""
    current = deprecated_items(spec)
    history = [deprecated_items(s) for _, s in earlier]
    labels = [label for label, _ in earlier]

    def since(key: Any, kind: str) -> str:
        start = release
        for label, items in zip(reversed(labels), reversed(history), strict=True):
            if key not in getattr(items, kind):
                break
            start = label
        return start

    def deprecation(what: str, key: Any, kind: str) -> Deprecation:
        start = since(key, kind)
        return Deprecation(what, start, removal_release(start, known_releases))

    return DeprecationIndex(
        release=release,
        operations={
            key: deprecation(f"{key[0].upper()} {key[1]}", key, "operations")
            for key in sorted(current.operations)
        },
        parameters={
            key: deprecation(
                f"The {key[2]} parameter {key[3]!r} of {key[0].upper()} {key[1]}", key, "parameters"
            )
            for key in sorted(current.parameters)
        },
        properties={
            key: deprecation(f"Field {key[1]!r} of {key[0]}", key, "properties")
            for key in sorted(current.properties)
        },
    )
