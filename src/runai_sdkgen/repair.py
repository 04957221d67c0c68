"""The spec-repair pass: rewrite shapes openapi-python-client 0.29.1 drops, keeping their meaning.

Each rule fixes one root cause (see generator-findings.md) wherever it appears, never a schema
by name. A rule takes the spec (a deep copy the pass owns), rewrites it in place and returns one
`RepairFiring` per place it changed. What the API accepts and returns stays the same: nullability
moves from a component to the places that use it, annotation-only `allOf` members become
annotations of their parent, aliases are inlined, colliding names get a suffix.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from runai_sdkgen import naming
from runai_sdkgen.specio import Spec

SCHEMA_REF_PREFIX = "#/components/schemas/"
PARAMETER_REF_PREFIX = "#/components/parameters/"
# Keys that describe a schema without constraining the values it accepts.
ANNOTATION_KEYS = frozenset(
    {"description", "title", "example", "examples", "externalDocs", "deprecated", "xml"}
)
COMPOSITE_KEYS = ("allOf", "oneOf", "anyOf")
# Media types the generator reads as JSON, text or bytes on its own.
NATIVE_CONTENT_TYPES = ("application/json", "application/octet-stream")
BYTES_CONTENT_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class RepairFiring:
    """One change a rule made: where (JSON pointer) and what."""

    rule: str
    location: str
    detail: str


@dataclass(frozen=True)
class RepairRule:
    name: str
    root_cause: str
    apply: Callable[[Spec, RepairContext], list[RepairFiring]]


@dataclass
class RepairContext:
    """What rules hand to the generator besides the rewritten spec."""

    content_type_overrides: dict[str, str] = field(default_factory=dict)
    renamed_operations: dict[str, str] = field(default_factory=dict)
    renamed_schemas: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RepairReport:
    spec: Spec
    firings: tuple[RepairFiring, ...]
    content_type_overrides: dict[str, str]
    # original operationId -> the one the generator sees; original schema name -> new name
    renamed_operations: dict[str, str]
    renamed_schemas: dict[str, str]

    def counts(self) -> dict[str, int]:
        counter = Counter(f.rule for f in self.firings)
        return {rule.name: counter.get(rule.name, 0) for rule in RULES}

    def summary(self) -> str:
        lines = [f"{name}: {count}" for name, count in self.counts().items() if count]
        return "; ".join(lines) if lines else "no repairs needed"


def pointer(*parts: str | int) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/" + "/".join(escaped)


def _schemas(spec: Spec) -> dict[str, Any]:
    components = spec.get("components") or {}
    schemas = components.get("schemas") or {}
    return schemas if isinstance(schemas, dict) else {}


def _walk(
    node: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[Any, tuple[str | int, ...]]]:
    """Every dict in the document with its path, parents before children."""
    if isinstance(node, dict):
        yield node, path
        for key in list(node):
            yield from _walk(node[key], (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def _ref_target(node: Any) -> str | None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            return ref[len(SCHEMA_REF_PREFIX) :]
    return None


def _referenced_schemas(node: Any) -> set[str]:
    found: set[str] = set()
    for item, _ in _walk(node):
        target = _ref_target(item)
        if target is not None:
            found.add(target)
    return found


# --- rule: component parameters that alias other component parameters ---------------------


def inline_parameter_aliases(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    parameters = (spec.get("components") or {}).get("parameters") or {}
    firings: list[RepairFiring] = []
    for name in sorted(parameters):
        seen = {name}
        target = parameters[name]
        while isinstance(target, dict) and isinstance(target.get("$ref"), str):
            ref: str = target["$ref"]
            if not ref.startswith(PARAMETER_REF_PREFIX):
                break
            alias = ref[len(PARAMETER_REF_PREFIX) :]
            if alias in seen or alias not in parameters:
                break
            seen.add(alias)
            target = parameters[alias]
        if target is not parameters[name] and "$ref" not in target:
            firings.append(
                RepairFiring(
                    "inline-parameter-alias",
                    pointer("components", "parameters", name),
                    f"copied the definition of {parameters[name]['$ref']}",
                )
            )
            parameters[name] = copy.deepcopy(target)
    return firings


# --- rule: component names that collide once turned into class / module names --------------


def rename_colliding_schemas(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    schemas = _schemas(spec)
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in sorted(schemas):
        by_module[naming.module_name(name).lower()].append(name)
    taken = {naming.module_name(name).lower() for name in schemas}
    renames: dict[str, str] = {}
    for group in by_module.values():
        # Keep the name that sorts first (PascalCase before lowercase); suffix the others.
        for name in group[1:]:
            suffix = 2
            while naming.module_name(f"{name}{suffix}").lower() in taken:
                suffix += 1
            new_name = f"{name}{suffix}"
            taken.add(naming.module_name(new_name).lower())
            renames[name] = new_name
    if not renames:
        return []
    firings = [
        RepairFiring(
            "colliding-schema-name",
            pointer("components", "schemas", old),
            f"renamed to {new} (collides with another schema's class name)",
        )
        for old, new in sorted(renames.items())
    ]
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    for item, _ in _walk(spec):
        target = _ref_target(item)
        if target in renames:
            item["$ref"] = SCHEMA_REF_PREFIX + renames[target]
    context.renamed_schemas.update(renames)
    return firings


# --- rule: nullability on composite, recursive or allOf-member components ------------------


def _reaches(schemas: dict[str, Any], start: str) -> set[str]:
    seen: set[str] = set()
    stack = list(_referenced_schemas(schemas[start]))
    while stack:
        name = stack.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        stack.extend(_referenced_schemas(schemas[name]))
    return seen


def _allof_members(spec: Spec) -> set[str]:
    members: set[str] = set()
    for item, _ in _walk(spec):
        for member in item.get("allOf") or []:
            target = _ref_target(member)
            if target is not None:
                members.add(target)
    return members


def _is_structured(schema: dict[str, Any]) -> bool:
    return (
        any(key in schema for key in COMPOSITE_KEYS)
        or schema.get("type") == "object"
        or "properties" in schema
    )


def move_nullability_to_uses(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """`nullable` on an object component the generator can't union with None moves to its uses.

    The generator fails on a nullable component that is composite (allOf/oneOf/anyOf), that
    reaches itself through references, or that is merged into another object through allOf.
    Such a component becomes non-nullable and every reference outside an allOf becomes
    `{"allOf": [ref], "nullable": true}`: every place that accepted null still does. Inside
    allOf the merged object's own `nullable` decides (the Run:ai specs mark a composite
    nullable where they mean it), so members' nullability is dropped there.
    """
    schemas = _schemas(spec)
    moved = [
        name
        for name in sorted(schemas)
        if isinstance(schemas[name], dict)
        and schemas[name].get("nullable") is True
        and _is_structured(schemas[name])
    ]
    if not moved:
        return []
    for name in moved:
        del schemas[name]["nullable"]
    firings = [
        RepairFiring(
            "nullable-component-to-uses",
            pointer("components", "schemas", name),
            "moved nullable: true from the component to each reference",
        )
        for name in moved
    ]
    moved_set = set(moved)
    for item, _ in list(_walk(spec)):
        for key, value in list(item.items()):
            if key == "allOf":
                continue
            if key in COMPOSITE_KEYS and isinstance(value, list):
                for index, member in enumerate(value):
                    if _ref_target(member) in moved_set:
                        item["nullable"] = True
                        value[index] = {"$ref": member["$ref"]}
            elif key != "$ref" and _ref_target(value) in moved_set:
                item[key] = _nullable_use(value)
    return firings


def _nullable_use(reference: dict[str, Any]) -> dict[str, Any]:
    wrapped: dict[str, Any] = {"allOf": [{"$ref": reference["$ref"]}], "nullable": True}
    for key, value in reference.items():
        if key in ANNOTATION_KEYS:
            wrapped[key] = value
    return wrapped


# --- rule: allOf members the generator can't merge -----------------------------------------


def _is_annotation_only(member: Any) -> bool:
    return isinstance(member, dict) and "$ref" not in member and set(member) <= ANNOTATION_KEYS


def clean_allof_members(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Drop `{}` and annotation-only allOf members (their annotations move to the parent) and
    `nullable` on inline members (the merged object's own `nullable` decides)."""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        members = item.get("allOf")
        if not isinstance(members, list):
            continue
        kept: list[Any] = []
        for index, member in enumerate(members):
            if _is_annotation_only(member):
                for key, value in member.items():
                    item.setdefault(key, value)
                firings.append(
                    RepairFiring(
                        "allof-member-cleanup",
                        pointer(*path, "allOf", index),
                        "empty or annotation-only member merged into its parent",
                    )
                )
                continue
            kept.append(member)
        nullable_members = [
            m for m in kept if isinstance(m, dict) and "$ref" not in m and m.get("nullable") is True
        ]
        if nullable_members:
            for member in nullable_members:
                del member["nullable"]
            firings.append(
                RepairFiring(
                    "allof-member-cleanup",
                    pointer(*path, "allOf"),
                    f"moved nullable off {len(nullable_members)} inline member(s)",
                )
            )
        if kept:
            item["allOf"] = kept
        else:
            del item["allOf"]
    return firings


# --- rule: operationIds that collide once snake_cased within a tag --------------------------


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, path_item in (spec.get("paths") or {}).items():
        if not isinstance(path_item, dict):
            continue
        for method in naming.HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def operation_tag_folder(operation: dict[str, Any]) -> str:
    tags = operation.get("tags") or ["default"]
    return naming.tag_folder(str(tags[0]))


def decollide_operation_ids(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    firings: list[RepairFiring] = []
    taken: set[tuple[str, str]] = set()
    used_ids = {str(op["operationId"]) for _, _, op in _operations(spec) if "operationId" in op}
    for path, method, operation in _operations(spec):
        folder = operation_tag_folder(operation)
        operation_id = operation.get("operationId")
        module = naming.endpoint_module(operation_id, path, method)
        if (folder, module) not in taken:
            taken.add((folder, module))
            continue
        base = str(operation_id) if operation_id is not None else module
        suffix = 2
        while (
            folder,
            naming.endpoint_module(f"{base}_{suffix}", path, method),
        ) in taken or f"{base}_{suffix}" in used_ids:
            suffix += 1
        new_id = f"{base}_{suffix}"
        operation["operationId"] = new_id
        used_ids.add(new_id)
        taken.add((folder, naming.endpoint_module(new_id, path, method)))
        if operation_id is not None:
            context.renamed_operations[str(operation_id)] = new_id
        firings.append(
            RepairFiring(
                "colliding-operation-id",
                pointer("paths", path, method, "operationId"),
                f"{operation_id!r} -> {new_id!r} (same module name as another operation in "
                f"tag folder {folder!r})",
            )
        )
    return firings


# --- rule: response media types the generator ignores --------------------------------------


def _is_native(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base in NATIVE_CONTENT_TYPES or base.startswith("text/") or base.endswith("+json")


def map_unusual_content_types(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Read responses in media types the generator doesn't know (application/x-tar, ...) as
    raw bytes. The spec is unchanged; the mapping goes to the generator's config."""
    firings: list[RepairFiring] = []
    for path, method, operation in _operations(spec):
        for code, response in sorted((operation.get("responses") or {}).items()):
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or any(_is_native(ct) for ct in content):
                continue
            for content_type in sorted(content):
                if content_type not in context.content_type_overrides:
                    context.content_type_overrides[content_type] = BYTES_CONTENT_TYPE
                firings.append(
                    RepairFiring(
                        "unusual-response-content-type",
                        pointer("paths", path, method, "responses", code, "content", content_type),
                        "read as bytes (application/octet-stream)",
                    )
                )
    return firings


RULES: tuple[RepairRule, ...] = (
    RepairRule(
        "inline-parameter-alias",
        "a component parameter that is a $ref to another component parameter",
        inline_parameter_aliases,
    ),
    RepairRule(
        "colliding-schema-name",
        "component names that become the same class or module name (e.g. differ in case only)",
        rename_colliding_schemas,
    ),
    RepairRule(
        "allof-member-cleanup",
        "allOf members that are {}, carry only annotations, or are nullable inline objects",
        clean_allof_members,
    ),
    RepairRule(
        "nullable-component-to-uses",
        "nullable: true on a composite, self-recursive or allOf-member object component",
        move_nullability_to_uses,
    ),
    RepairRule(
        "colliding-operation-id",
        "operationIds that become the same module name within one tag",
        decollide_operation_ids,
    ),
    RepairRule(
        "unusual-response-content-type",
        "responses only in media types the generator omits (application/x-tar, ...)",
        map_unusual_content_types,
    ),
)


def repair_spec(spec: Spec) -> RepairReport:
    """Apply every rule, in order, to a deep copy of `spec`."""
    repaired = copy.deepcopy(spec)
    context = RepairContext()
    firings: list[RepairFiring] = []
    for rule in RULES:
        firings.extend(rule.apply(repaired, context))
    return RepairReport(
        spec=repaired,
        firings=tuple(firings),
        content_type_overrides=dict(sorted(context.content_type_overrides.items())),
        renamed_operations=dict(sorted(context.renamed_operations.items())),
        renamed_schemas=dict(sorted(context.renamed_schemas.items())),
    )
